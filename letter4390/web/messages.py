"""Every word of the web page, looked up by key in the one catalogue (`web.*` in annotate/catalog).

Dates, weekday and holiday names come from the same catalogue as the summary PDF's.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping

from annotate.messages import LANGUAGES as LANGUAGES  # the web offers every catalogue language
from annotate.messages import Messages, messages
from parser.core.errors import Letter4390Error
from rules.deadlines import CAVEATS, COLLECTION_AND_INNOCENT_SPOUSE, COLLECTION_ONLY, INNOCENT_SPOUSE_ONLY
from rules.model import Disputes, RolledDay

DEFAULT_LANGUAGE = "en"
WEB_PREFIX = "web."  # the web page's keys in the one catalogue (annotate/catalog/<lang>.json)


def language(requested: str | None) -> str:
    return requested if requested in LANGUAGES else DEFAULT_LANGUAGE


def catalogue(lang: str) -> Messages:
    """The whole catalogue of `lang` (or of the default language), for words shared with the summary."""
    return messages(language(lang))


def has(lang: str, key: str) -> bool:
    return WEB_PREFIX + key in messages(language(lang)).texts


def text(lang: str, key: str, **values: object) -> str:
    msgs = messages(language(lang))
    return msgs(WEB_PREFIX + key, **values) if values else msgs.texts[WEB_PREFIX + key]


def long_date(lang: str, day: dt.date) -> str:
    """"Monday, March 3, 2025" / "lunes, 3 de marzo de 2025": names from the catalogue, not the locale."""
    return messages(language(lang)).long_date(day)


def short_date(lang: str, day: dt.date) -> str:
    """"March 3, 2025" / "3 de marzo de 2025"."""
    return messages(language(lang)).short_date(day)


def caveats(lang: str) -> tuple[str, ...]:
    """What can change a last day that the letter does not show (rules.CAVEATS), in the catalogue's words."""
    msgs = messages(language(lang))
    return tuple(msgs(f"caveat.{caveat.id}") for caveat in CAVEATS)


def days_left(lang: str, days: int) -> str:
    if days == 0:
        return text(lang, "days_left_today")
    if days > 0:
        return text(lang, "days_left_one") if days == 1 else text(lang, "days_left_many", n=days)
    return text(lang, "days_passed_one") if days == -1 else text(lang, "days_passed_many", n=-days)


# What each deadline lets a petition dispute, by the rules stage's code -> the catalogue's key.
DISPUTES_KEYS: Mapping[Disputes, str] = {
    COLLECTION_AND_INNOCENT_SPOUSE: "disputes_both",
    COLLECTION_ONLY: "disputes_collection",
    INNOCENT_SPOUSE_ONLY: "disputes_spouse",
}
HTTP_ERROR_KEYS: Mapping[int, tuple[str, str]] = {
    404: ("not_found_title", "not_found_text"),
    405: ("method_not_allowed_title", "method_not_allowed_text"),
    500: ("server_error_title", "server_error_text"),
}


def error_text(lang: str, error: Letter4390Error) -> str:
    """The one line for `error`, worded from its note by the catalogue of `lang` (the CLI's words: the API
    returns them as they are)."""
    return messages(language(lang)).said(error.note)


def error_sentence(lang: str, error: Letter4390Error) -> str:
    """`error_text` as the page shows it, a sentence on its own: capital first letter, final stop."""
    line = error_text(lang, error)
    line = line[:1].upper() + line[1:]
    return line if line.endswith((".", "!", "?")) else f"{line}."


def http_error_text(lang: str, status: int) -> tuple[str, str]:
    title, message = HTTP_ERROR_KEYS.get(status, ("other_error_title", "other_error_text"))
    return text(lang, title), text(lang, message)


def disputes_text(lang: str, disputes: Disputes) -> str:
    return text(lang, DISPUTES_KEYS[disputes])


def reason_text(lang: str, rolled: RolledDay) -> str:
    """Why a day was passed over ("Sunday; Emancipation Day", "Año Nuevo (día observado)"), in `lang`."""
    return messages(language(lang)).rolled_line(rolled)
