"""Page 1 as words: what the letter means, built from an Assessment and one language's catalogue.

No layout here: `page_one_layout` draws it. Keeping the words apart lets a test measure their reading
level and lets every sentence come from the catalogue.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Literal

from annotate.decisions import decision_paragraphs
from annotate.messages import Messages
from annotate.values import format_phone, redact_tins, value_text
from parser.core.model import LetterFacts
from rules.assess import DATE_FROM_PRINTED_DAY, PRINTED_DAY_CONFIRMS, PRINTED_DAY_EARLIER, PRINTED_DAY_LATER
from rules.deadlines import CAVEATS, counted_due, deadline_ids, reviewable_parts
from rules.model import Assessment, Deadline

BannerKind = Literal["stop", "check", "info"]
CardState = Literal["open", "today", "passed"]

# The deadlines each letter type carries, in the order the summary shows them.
FOUR_THREE_NINETY = ("collection_due_process", "innocent_spouse")


@dataclass(frozen=True)
class Banner:
    kind: BannerKind  # stop: deadlines unsure or passed; check: other fields unsure; info: not a 4390
    title: str
    lines: tuple[str, ...]


@dataclass(frozen=True)
class DeadlineCard:
    heading: str
    date: str
    state: CardState
    status: str | None  # days left / passed; None without an as-of date
    unconfirmed: str | None
    notes: tuple[str, ...]
    disputes: str


@dataclass(frozen=True)
class ScopeRow:
    text: str
    current: bool  # the row the as-of date falls in


@dataclass(frozen=True)
class Helper:
    name: str
    text: str


@dataclass(frozen=True)
class PageOne:
    title: str
    about: tuple[str, ...]
    banners: tuple[Banner, ...]
    cards: tuple[DeadlineCard, ...]
    scope_title: str
    scope: tuple[ScopeRow, ...]
    today_label: str
    decided_title: str
    decided: tuple[str, ...]
    file_title: str
    file_steps: tuple[str, ...]
    help_title: str
    helpers: tuple[Helper, ...]

    def plain_text(self) -> str:
        """All of the page's words as sentences (headings end with a period), for readability checks."""
        parts: list[str] = [self.title, *self.about]
        for banner in self.banners:
            parts += [banner.title, *banner.lines]
        for card in self.cards:
            parts += [card.heading, card.date, *(t for t in (card.status, card.unconfirmed) if t),
                      *card.notes, card.disputes]
        if self.scope:
            parts += [self.scope_title, *(row.text for row in self.scope)]
        parts += [self.decided_title, *self.decided]
        if self.file_steps:
            parts += [self.file_title, *self.file_steps]
        parts.append(self.help_title)
        for helper in self.helpers:
            parts += [helper.name, helper.text]
        return " ".join(p if p.rstrip().endswith((".", ":", "?", "!")) else f"{p}." for p in parts)


def build_page_one(assessment: Assessment, msgs: Messages) -> PageOne:
    facts = assessment.facts
    has_deadline_part = bool(assessment.deadlines) or facts.letter_type.value != "other"
    return PageOne(
        title=msgs("p1.title"),
        about=_about(assessment, msgs),
        banners=_banners(assessment, msgs),
        cards=tuple(_card(d, facts, assessment.as_of, msgs) for d in assessment.deadlines),
        scope_title=msgs("scope.title"),
        scope=_scope_rows(assessment, msgs),
        today_label=msgs("scope.today"),
        decided_title=msgs("decided.title"),
        decided=decision_paragraphs(assessment, msgs),
        file_title=msgs("file.title"),
        file_steps=_file_steps(msgs) if has_deadline_part and facts.letter_type.value != "3210" else (),
        help_title=msgs("help.title"),
        helpers=_helpers(facts, msgs),
    )


def _about(assessment: Assessment, msgs: Messages) -> tuple[str, ...]:
    facts = assessment.facts
    fields = facts.fields
    kind = facts.letter_type.value
    date = fields.letter_date
    if kind == "other":
        first = (msgs("p1.about_other", date=msgs.long_date(date.value)) if date
                 else msgs("p1.about_other_no_date"))
    else:
        first = (msgs("p1.about", letter_type=kind, date=msgs.long_date(date.value)) if date
                 else msgs("p1.about_no_date", letter_type=kind))
    lines = [first]
    if fields.taxpayer_name is not None:
        lines.append(msgs("p1.for", name=redact_tins(fields.taxpayer_name.value)))
    if fields.tax_periods is not None:
        periods = value_text("tax_periods", fields.tax_periods.value, msgs)
        lines.append(msgs("decided.periods", form=redact_tins(fields.tax_form.value), periods=periods)
                     if fields.tax_form is not None else msgs("decided.periods_no_form", periods=periods))
    if assessment.as_of is not None and assessment.deadlines:
        lines.append(msgs("p1.as_of", date=msgs.long_date(assessment.as_of)))
    glance = _ordered({name.rsplit(".", 1)[-1] for name in assessment.worth_a_glance})
    if glance:  # quietly: none of these changes what the person must do
        lines.append(msgs("p1.glance", fields=msgs.join([msgs.field(name) for name in glance])))
    return tuple(lines)


def _banners(assessment: Assessment, msgs: Messages) -> tuple[Banner, ...]:
    facts = assessment.facts
    review = {name.rsplit(".", 1)[-1] for name in assessment.needs_review}
    banners: list[Banner] = []
    ids = tuple(d.id for d in assessment.deadlines)

    if facts.letter_type.value != "4390":
        lines = [msgs(f"type.{facts.letter_type.value}")]
        if set(ids) - set(deadline_ids(facts.letter_type.value)):  # added for safety by the rules stage
            lines.append(msgs("type.uncertain"))
        elif assessment.deadlines or facts.letter_type.value != "other":
            lines.append(msgs("type.no_4390_deadline"))
        banners.append(Banner("info", msgs("type.not_4390_title"), tuple(lines)))

    codes = {w.code for w in assessment.warnings}
    from_printed = DATE_FROM_PRINTED_DAY in codes and bool(assessment.deadlines)
    if facts.fields.letter_date is None and not from_printed and (ids or facts.letter_type.value != "other"):
        banners.append(Banner("stop", msgs("banner.no_date_title"),
                              (msgs("banner.no_date_text"), msgs("banner.no_date_action"))))
    elif any(d.unconfirmed for d in assessment.deadlines) or "letter_date" in review:
        start = min((d.anchor for d in assessment.deadlines), default=None)
        # Counted from the date read where the letter's printed last day rules out its earlier readings; from
        # the date the printed day gives where no date was read.
        counted = ("banner.date_from_printed" if from_printed
                   else "banner.date_printed" if PRINTED_DAY_CONFIRMS in codes else "banner.date_earliest")
        printed_day = facts.fields.printed_last_day
        lines = [msgs(counted, date=msgs.long_date(start),
                      printed=msgs.long_date(printed_day.value) if printed_day else "")] if start else []
        example = (start or dt.date(2025, 3, 3)).isoformat()
        lines.append(msgs("banner.date_action", example=example))
        banners.append(Banner("stop", msgs("banner.date_title"), tuple(lines)))

    # Only a printed day that differs from the count (the rules stage's note) is news; one flagged for a
    # scan's doubt alone, yet equal to a computed day, changes nothing the taxpayer must do.
    printed = facts.fields.printed_last_day
    differs = any(w.code in (PRINTED_DAY_EARLIER, PRINTED_DAY_LATER) for w in assessment.warnings)
    if printed is not None and differs:
        banners.append(Banner("stop", msgs("banner.printed_title", date=msgs.long_date(printed.value)),
                              (msgs("banner.printed_text"),)))

    passed = [d for d in assessment.deadlines if d.days_left is not None and d.days_left < 0]
    if passed:
        still_open = [d for d in assessment.deadlines if d not in passed]
        if still_open:
            title = msgs("banner.passed_title")
            text = msgs("banner.passed_some", date=msgs.long_date(min(d.due for d in still_open)))
        else:
            title, text = msgs("banner.all_passed_title"), msgs("banner.passed_text")
        banners.append(Banner("stop", title, (text,)))

    # Fields to check. When a red box is already shown, this joins it (one box is easier to take in).
    date_named = any(b.title in (msgs("banner.date_title"), msgs("banner.no_date_title")) for b in banners)
    names = [msgs.field(name) for name in _ordered(review) if not (date_named and name == "letter_date")]
    if names:
        kind: BannerKind = "stop" if any(b.kind == "stop" for b in banners) else "check"
        check = (msgs("banner.check_fields", fields=msgs.join(names)), msgs("banner.check_action"))
        banners.append(Banner(kind, msgs("banner.check_title"), check))
    return tuple(banners)


# needs_review names in the order a person meets them on the letter.
REVIEW_ORDER = (
    "letter_type", "letter_date", "printed_last_day", "collection", "innocent_spouse", "contact_name",
    "contact_phone", "contact_hours", "contact_fax", "contact_employee_id", "taxpayer_name", "taxpayer_id",
    "tax_form", "tax_periods",
)


def _ordered(names: set[str]) -> list[str]:
    known = [name for name in REVIEW_ORDER if name in names]
    return known + sorted(names - set(REVIEW_ORDER))


def _card(deadline: Deadline, facts: LetterFacts, as_of: dt.date | None, msgs: Messages) -> DeadlineCard:
    state: CardState = "open"
    status: str | None = None
    if deadline.days_left is not None:
        if deadline.days_left < 0:
            state, status = "passed", msgs.plural("card.passed", -deadline.days_left)
        elif deadline.days_left == 0:
            state, status = "today", msgs("card.today")
        else:
            status = msgs.plural("card.left", deadline.days_left)
    notes = [msgs("card.counted", days=deadline.days)]
    if deadline.rolled_past:
        notes.append(msgs("card.moved", date=msgs.long_date(deadline.nominal)))
    printed = facts.fields.printed_last_day
    if printed is not None and printed.value == deadline.due and deadline.due != counted_due(deadline):
        notes.append(msgs("card.printed"))
    return DeadlineCard(
        heading=msgs(f"card.{deadline.id}.heading"),
        date=msgs.long_date(deadline.due),
        state=state,
        status=status,
        unconfirmed=msgs("card.unconfirmed") if deadline.unconfirmed else None,
        notes=tuple(notes),
        disputes=msgs(f"card.{deadline.id}.disputes"),
    )


def _scope_rows(assessment: Assessment, msgs: Messages) -> tuple[ScopeRow, ...]:
    """Gray v. Commissioner: which decisions a petition filed on a given day brings before the court."""
    by_id = {d.id: d for d in assessment.deadlines}
    if tuple(by_id) != FOUR_THREE_NINETY:
        return ()
    first, second = by_id["collection_due_process"].due, by_id["innocent_spouse"].due
    as_of = assessment.as_of
    parts = () if as_of is None else reviewable_parts(assessment.deadlines, as_of)
    row = None if as_of is None else 0 if "collection_due_process" in parts else 1 if parts else 2
    texts = (
        msgs("scope.both", date=msgs.long_date(first)),
        msgs("scope.innocent_only", date=msgs.long_date(second)),
        msgs("scope.neither", date=msgs.long_date(second)),
    )
    return tuple(ScopeRow(text, row == index) for index, text in enumerate(texts))


def _file_steps(msgs: Messages) -> tuple[str, ...]:
    """How to file, then what can change the last day that the letter does not show (rules.CAVEATS)."""
    keys = ("file.mail", "file.online", "file.fee", "file.early", *(f"caveat.{c.id}" for c in CAVEATS))
    return tuple(msgs(key) for key in keys)


def _helpers(facts: LetterFacts, msgs: Messages) -> tuple[Helper, ...]:
    fields = facts.fields
    contact_name = msgs("help.contact.name")
    if fields.contact_name is not None:
        contact_name = f"{contact_name}: {redact_tins(fields.contact_name.value)}"
    details = []
    if fields.contact_phone is not None:
        details.append(msgs("help.contact.phone", phone=format_phone(fields.contact_phone.value)))
    if fields.contact_hours is not None:
        details.append(msgs("help.contact.hours", hours=redact_tins(fields.contact_hours.value)))
    contact_text = (". ".join(d.rstrip(".") for d in details) + "." if details
                    else msgs("help.contact.unknown"))
    return (
        Helper(contact_name, contact_text),
        Helper(msgs("help.tas.name"), msgs("help.tas.text")),
        Helper(msgs("help.litc.name"), msgs("help.litc.text")),
        Helper(msgs("help.irs.name"), msgs("help.irs.text")),
        Helper(msgs("help.court.name"), msgs("help.court.text")),
    )
