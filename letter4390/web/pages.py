"""The HTML of the page: the layout, the upload form (with or without an error) and the "gone" page.

HTML is assembled from small escaped fragments and one layout file (page.html); every value that came
from a letter or a request passes through `html.escape`.
"""

from __future__ import annotations

import datetime as dt
from functools import cache
from html import escape
from importlib import resources
from string import Template

from letter4390.web import messages
from letter4390.web.messages import text
from letter4390.web.uploads import size_text

LANGUAGE_NAMES = {"en": "English", "es": "Español"}
ACCEPTED_FILES = (".pdf,.png,.jpg,.jpeg,.tif,.tiff,.heic,.heif,"
                  "application/pdf,image/png,image/jpeg,image/tiff,image/heic,image/heif")


@cache
def _layout() -> Template:
    return Template(resources.files("letter4390.web").joinpath("page.html").read_text(encoding="utf-8"))


def layout(lang: str, title: str, body: str, *, language_switch: bool = True) -> str:
    """The page around `body`. A result page has no language switch: following it would lose the result,
    which the server does not keep."""
    lang = messages.language(lang)
    other = "es" if lang == "en" else "en"
    switch = (f'<a class="lang-switch" href="/?lang={other}" lang="{other}" hreflang="{other}">'
              f'{escape(text(other, "other_language_name"))}</a>') if language_switch else ""
    return _layout().substitute(
        lang=lang,
        title=escape(f"{title} – {text(lang, 'app_title')}" if title != text(lang, "app_title") else title),
        skip=escape(text(lang, "skip")),
        app_title=escape(text(lang, "app_title")),
        language_switch=switch,
        not_advice=escape(text(lang, "not_advice")),
        body=body,
    )


def as_of_banner(lang: str, as_of: dt.date | None, today: dt.date) -> str:
    """The banner every page shows when days are counted from a day other than today ("" otherwise)."""
    if as_of is None or as_of == today:
        return ""
    note = text(lang, "as_of_banner", date=messages.long_date(lang, as_of),
                today=messages.long_date(lang, today))
    return f'<p class="as-of-banner" data-as-of="{as_of.isoformat()}"><strong>{escape(note)}</strong></p>'


def upload_page(lang: str, *, max_upload_bytes: int, error: str | None = None,
                volunteer: bool = False, server_as_of: dt.date | None = None) -> str:
    """The upload form. `volunteer`: with the as-of date field (a clinic's form; taxpayers count from
    today). `server_as_of`: the server's fixed as-of date (serve --as-of), said in the banner."""
    lang = messages.language(lang)
    options = "".join(
        f'<option value="{code}"{" selected" if code == lang else ""} lang="{code}">{name}</option>'
        for code, name in LANGUAGE_NAMES.items()
    )
    error_block = ""
    if error is not None:
        error_block = (
            '<div class="error-summary" role="alert" id="error" tabindex="-1">'
            f'<h2>{escape(text(lang, "error_title"))}</h2><p>{escape(error)}</p></div>'
        )
    banner = ""
    if server_as_of is not None and server_as_of != dt.date.today():
        banner = (f'<p class="as-of-banner"><strong>'
                  f'{escape(text(lang, "as_of_server", date=messages.long_date(lang, server_as_of)))}'
                  "</strong></p>")
    size = size_text(max_upload_bytes)
    as_of_field = f"""
    <div class="field">
      <label class="label" for="as_of">{escape(text(lang, "as_of_label"))}</label>
      <p class="hint" id="as-of-hint">{escape(text(lang, "as_of_hint"))}</p>
      <input type="date" id="as_of" name="as_of" aria-describedby="as-of-hint">
    </div>""" if volunteer else ""
    action = f"/?lang={lang}" + ("&amp;volunteer=1" if volunteer else "")
    title = text(lang, "volunteer_title") if volunteer else text(lang, "app_title")
    body = f"""
{banner}
<h1>{escape(title)}</h1>
<p class="lead">{escape(text(lang, "intro"))}</p>
{error_block}
<form class="upload" method="post" action="{action}" enctype="multipart/form-data" data-upload-form
  data-max-bytes="{max_upload_bytes}" data-too-large="{escape(text(lang, "too_large", size=size))}">
  <div class="drop-zone" data-drop-zone data-drop-text="{escape(text(lang, "drop_here"))}">
    <label class="label" for="file">{escape(text(lang, "file_label"))}</label>
    <p class="hint" id="file-hint">{escape(text(lang, "file_hint", size=size))}</p>
    <input class="file-input" type="file" id="file" name="file" accept="{ACCEPTED_FILES}" required multiple
      aria-describedby="file-hint">
    <div class="chosen" data-chosen aria-live="polite" data-title="{escape(text(lang, "chosen_title"))}"
      data-page="{escape(text(lang, "page_n"))}" data-up="{escape(text(lang, "move_up"))}"
      data-down="{escape(text(lang, "move_down"))}" data-remove="{escape(text(lang, "remove"))}"></div>
  </div>
  <div class="field-row">
    <div class="field">
      <label class="label" for="lang">{escape(text(lang, "lang_label"))}</label>
      <select id="lang" name="lang">{options}</select>
    </div>{as_of_field}
  </div>
  <button type="submit" class="button">{escape(text(lang, "submit"))}</button>
  <p class="working" data-working role="status" hidden>{escape(text(lang, "working"))}</p>
</form>
<p class="privacy">{escape(text(lang, "privacy"))}</p>
"""
    return layout(lang, title, body)


def gone_page(lang: str) -> str:
    lang = messages.language(lang)
    body = (
        f'<h1>{escape(text(lang, "gone_title"))}</h1><p>{escape(text(lang, "gone_text"))}</p>'
        f'<p><a class="button" href="/?lang={lang}">{escape(text(lang, "another"))}</a></p>'
    )
    return layout(lang, text(lang, "gone_title"), body)


def plain_page(lang: str, title: str, message: str) -> str:
    body = f"<h1>{escape(title)}</h1><p>{escape(message)}</p>"
    return layout(lang, title, body)
