"""The result page: the deadlines first, then what a person must check, the key facts and downloads."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from html import escape

from letter4390.web import messages
from letter4390.web.messages import catalogue, long_date, short_date, text
from letter4390.web.pages import as_of_banner, layout
from parser.core.model import FIELD_NAMES, CollectionDetermination, Fact, InnocentSpouseDetermination
from parser.core.notes import Note
from rules.deadlines import reviewable_parts
from rules.model import Assessment, Deadline
from rules.review import is_must_check

PHONE_DIGITS = 10


@dataclass(frozen=True)
class DownloadLinks:
    summary: str | None = None  # one-time URLs
    calendar: str | None = None
    json: str | None = None
    error: Note | None = None  # why the summary/calendar could not be made
    worksheet: str | None = None  # the petition worksheet alone
    court_copy: str | None = None  # the letter with its TINs covered (Rule 27(a))


def result_page(lang: str, assessment: Assessment, links: DownloadLinks, *, today: dt.date) -> str:
    """What is still open first (on a phone's first screen), then what to check, the deadlines, the
    facts and the downloads. `today`: the day the page is made (the banner says when days are counted
    from another day)."""
    lang = messages.language(lang)
    body = "\n".join((
        as_of_banner(lang, assessment.as_of, today),
        f'<h1>{escape(text(lang, "result_title"))}</h1>',
        _still_open(lang, assessment, today),
        _review_banner(lang, assessment),
        f'<p class="source">{escape(assessment.facts.document.name)}</p>',
        _deadlines(lang, assessment),
        _facts(lang, assessment),
        _downloads(lang, links),
        f'<p><a class="button secondary" href="/?lang={lang}">{escape(text(lang, "another"))}</a></p>',
    ))
    return layout(lang, text(lang, "result_title"), body, language_switch=False)


def _still_open(lang: str, assessment: Assessment, today: dt.date) -> str:
    """One block saying what can still be done and by when, from the rules' own scope rule (Gray):
    which parts a petition filed on the counting day could still bring before the Tax Court."""
    counted_from = assessment.as_of or today
    open_ids = set(reviewable_parts(assessment.deadlines, counted_from))
    lines = [text(lang, f"still_open_{d.id}",
                  left=messages.days_left(lang, (d.due - counted_from).days), date=long_date(lang, d.due))
             for d in sorted(assessment.deadlines, key=lambda d: d.due) if d.id in open_ids]
    if any(d.unconfirmed for d in assessment.deadlines if d.id in open_ids):
        lines.append(text(lang, "still_open_unconfirmed"))
    tone = "open"
    if not lines:
        tone = "closed"
        lines = [text(lang, "nothing_open" if assessment.deadlines else "no_deadline_open"),
                 text(lang, "who_can_help", contact=_contact(lang, assessment))]
    first, *rest = lines
    more = "".join(f"<p>{escape(line)}</p>" for line in rest)
    return (f'<section class="still-open {tone}" aria-labelledby="still-open-title" data-still-open>'
            f'<h2 id="still-open-title" class="visually-hidden">{escape(text(lang, "still_open_title"))}</h2>'
            f'<p class="still-open-first">{escape(first)}</p>{more}</section>')


def _contact(lang: str, assessment: Assessment) -> str:
    fields = assessment.facts.fields
    if fields.contact_name is None:
        return ""
    phone = ""
    if fields.contact_phone is not None:
        phone = f" ({_fact_text(lang, 'contact_phone', fields.contact_phone.value)})"
    return text(lang, "who_can_help_contact", name=str(fields.contact_name.value), phone=phone)


def _review_banner(lang: str, assessment: Assessment) -> str:
    msgs = messages.catalogue(lang)
    notes = "".join(f"<li>{escape(msgs.said(note))}</li>" for note in assessment.warnings)
    if not assessment.needs_review:
        if not notes:
            return ""
        return (f'<section class="notes" aria-labelledby="notes-title"><h2 id="notes-title">'
                f'{escape(text(lang, "notes_title"))}</h2><ul>{notes}</ul></section>')
    items = "".join(f"<li>{escape(_item_label(lang, item))}</li>"
                    for item in dict.fromkeys(assessment.needs_review))
    return (
        '<section class="review-banner" role="alert" aria-labelledby="review-title" data-needs-review>'
        f'<h2 id="review-title">{escape(text(lang, "review_title"))}</h2>'
        f'<p>{escape(text(lang, "review_items"))}</p><ul class="review-items">{items}</ul>'
        + (f'<p>{escape(text(lang, "review_why"))}</p><ul>{notes}</ul>' if notes else "")
        + "</section>"
    )


def _item_label(lang: str, item: str) -> str:
    key = f"field_{item}"
    if messages.has(lang, key):
        return text(lang, key)
    return item.replace("_", " ")


def _deadlines(lang: str, assessment: Assessment) -> str:
    title = f'<h2 id="deadlines-title">{escape(text(lang, "deadlines_title"))}</h2>'
    if not assessment.deadlines:
        cards = f'<p class="no-deadlines">{escape(text(lang, "no_deadlines"))}</p>'
    else:
        cards = ('<div class="deadline-list">' + "".join(_deadline(lang, d) for d in assessment.deadlines)
                 + "</div>")
    caveats = "".join(f"<li>{escape(caveat)}</li>" for caveat in messages.caveats(lang))
    return (f'<section class="deadlines" aria-labelledby="deadlines-title">{title}{cards}'
            f'<p class="how-to-file">{escape(text(lang, "how_to_file"))}</p>'
            f'<ul class="caveats">{caveats}</ul>'
            f'<p class="help">{escape(text(lang, "help"))}</p></section>')


def _deadline(lang: str, deadline: Deadline) -> str:
    key = f"deadline_{deadline.id}"
    heading = text(lang, key) if messages.has(lang, key) else deadline.id
    status = ""
    if deadline.days_left is not None:
        tone = "passed" if deadline.days_left < 0 else "today" if deadline.days_left == 0 else "open"
        status = (f'<p class="days-left {tone}" data-days-left="{deadline.days_left}">'
                  f"{escape(messages.days_left(lang, deadline.days_left))}</p>")
    unconfirmed = (f'<p class="unconfirmed">{escape(text(lang, "unconfirmed"))}</p>'
                   if deadline.unconfirmed else "")
    disputes = messages.disputes_text(lang, deadline.disputes)
    details = [text(lang, "counted_from", days=deadline.days, anchor=long_date(lang, deadline.anchor))]
    details += [text(lang, "moved_past", date=short_date(lang, r.date),
                     reason=messages.reason_text(lang, r))
                for r in deadline.rolled_past]
    return (
        f'<article class="deadline{" is-unconfirmed" if deadline.unconfirmed else ""}" '
        f'aria-labelledby="deadline-{deadline.id}" data-deadline="{deadline.id}">'
        f'<h3 id="deadline-{deadline.id}">{escape(heading)}</h3>'
        f'<p class="due"><time datetime="{deadline.due.isoformat()}">{escape(long_date(lang, deadline.due))}'
        f"</time></p>{status}{unconfirmed}"
        f'<p class="disputes">{escape(text(lang, "disputes", what=disputes))}</p>'
        f'<p class="small">{escape(" ".join(details))}</p>'
        f'<p class="small authority">{escape(deadline.authority)}</p></article>'
    )


def _facts(lang: str, assessment: Assessment) -> str:
    facts = assessment.facts
    flagged = set(assessment.needs_review)
    letter_type = (text(lang, "letter_type_other") if facts.letter_type.value == "other"
                   else text(lang, "letter_type_value", value=facts.letter_type.value))
    rows = [_row(lang, "letter_type", letter_type, "letter_type" in flagged)]
    for name in FIELD_NAMES:
        fact: Fact[object] | None = getattr(facts.fields, name)
        value = None if fact is None else _fact_text(lang, name, fact.value)
        check = name in flagged or (fact is not None and fact.needs_review and is_must_check(name))
        rows.append(_row(lang, name, value, check))
    if facts.collection is not None:
        rows.append(_row(lang, "collection", _collection_text(lang, facts.collection),
                         "collection" in flagged))
    if facts.innocent_spouse is not None:
        rows.append(_row(lang, "innocent_spouse", _spouse_text(lang, facts.innocent_spouse),
                         "innocent_spouse" in flagged))
    glance = ""
    if assessment.worth_a_glance:
        items = ", ".join(_item_label(lang, item) for item in dict.fromkeys(assessment.worth_a_glance))
        glance = (f'<p class="small glance" data-glance>{escape(text(lang, "glance_title"))}: '
                  f"{escape(items)}</p>")
    return (f'<section class="facts" aria-labelledby="facts-title"><h2 id="facts-title">'
            f'{escape(text(lang, "facts_title"))}</h2><dl class="fact-list">{"".join(rows)}</dl>{glance}'
            "</section>")


def _row(lang: str, name: str, value: str | None, check: bool) -> str:
    shown = (f'<span class="missing">{escape(text(lang, "not_in_letter"))}</span>' if value is None
             else escape(value))
    tag = f' <strong class="check-tag">{escape(text(lang, "needs_check"))}</strong>' if check else ""
    return (f'<div class="fact{" needs-check" if check else ""}" data-field="{name}">'
            f"<dt>{escape(text(lang, f'field_{name}'))}</dt><dd>{shown}{tag}</dd></div>")


def _fact_text(lang: str, name: str, value: object) -> str:
    if isinstance(value, dt.date):
        return long_date(lang, value) if name != "tax_periods" else short_date(lang, value)
    if isinstance(value, tuple):
        return "; ".join(_fact_text(lang, name, v) for v in value)
    shown = str(value)
    if name in ("contact_phone", "contact_fax") and shown.isdigit() and len(shown) == PHONE_DIGITS:
        return f"{shown[:3]}-{shown[3:6]}-{shown[6:]}"
    return shown


def _collection_text(lang: str, det: CollectionDetermination) -> str:
    actions = ", ".join(text(lang, f"action_{a}") for a in det.actions) or text(lang, "actions_unknown")
    parts = [f"{actions}: {text(lang, f'collection_{det.outcome}')}"]
    if det.alternatives:
        items = ", ".join(text(lang, f"alternative_{a}") for a in det.alternatives)
        parts.append(text(lang, "alternatives", items=items))
    return ". ".join(parts)


def _spouse_text(lang: str, det: InnocentSpouseDetermination) -> str:
    shown = text(lang, f"spouse_{det.outcome}")
    if det.sections:
        shown += " " + text(lang, "sections", items=", ".join(det.sections))
    return shown


def _downloads(lang: str, links: DownloadLinks) -> str:
    items = [(links.summary, "download_summary"), (links.worksheet, "download_worksheet"),
             (links.court_copy, "download_court_copy"), (links.calendar, "download_calendar"),
             (links.json, "download_json")]
    anchors = "".join(
        f'<li><a class="download" href="{escape(href)}" download>{escape(text(lang, key))}</a></li>'
        for href, key in items if href is not None
    )
    failed = ""
    if links.error is not None:
        reason = catalogue(lang).said(links.error)
        failed = f'<p class="download-error">{escape(text(lang, "downloads_failed", reason=reason))}</p>'
    return (f'<section class="downloads" aria-labelledby="downloads-title"><h2 id="downloads-title">'
            f'{escape(text(lang, "downloads_title"))}</h2>{failed}<ul class="download-list">{anchors}</ul>'
            f'<p class="small">{escape(text(lang, "downloads_once"))}</p></section>')
