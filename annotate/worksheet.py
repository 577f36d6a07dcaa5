"""The petition worksheet as words: what to write in each item of Tax Court Form 2, and where on the letter
it comes from. `worksheet_layout` draws it on a page of its own after page 1.

Form 2, Petition (Simplified Form), REV. 03/23 (ustaxcourt.gov; its "Information About Filing a Case"
sheet): item 1 the kind of notice, item 2 the notice's date and the city and state of the IRS office that
issued it, item 3 the tax years or periods, item 4 the small ("S") case choice (collection: unpaid tax at
most $50,000 for all years combined; innocent spouse: relief sought at most $50,000 for all years combined;
no box checked is a regular case; an S case's decision cannot be appealed), items 5 and 6 the errors and
facts (an error left out may be conceded, Rule 331(b)(4)), then signature, address, state of legal
residence, e-mail and e-service, and a block for a spouse who also files. With it: a copy of the notice
(Rules 331(b)(8), 321(b)(2)), Form 4 (Statement of Taxpayer Identification Number, Rule 20(b): the only
paper with the SSN, not public), Form 5 (Request for Place of Trial, Rule 140(a)), the $60 fee or the
Application for Waiver of Filing Fee (Rules 20(d), 321(c)). Rule 27(a): no taxpayer ID number at all, birth
years only, minors' initials, the last four digits of account numbers. Mail: IRC 7502 (postmark).

Which boxes of item 1 a petition filed on the as-of day can still carry comes from the rules stage
(`rules.deadlines.reviewable_parts`, Gray v. Commissioner, 138 T.C. 295 (2012)); nothing is counted here.
Every value shown carries its evidence number from page 2 and, when flagged, says so.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from annotate.marks import Mark
from annotate.messages import Messages
from annotate.values import redact_tins
from parser.core.model import Fact
from rules.deadlines import reviewable_parts
from rules.model import Assessment, DeadlineId

# The Form 2 items the worksheet walks through, in the form's order.
ITEMS: tuple[str, ...] = (
    "notice", "date_office", "periods", "small_case", "errors", "sign", "enclose", "file",
)
# Item 1's box for each part of a letter the Tax Court can review.
BOX_KEYS: dict[DeadlineId, str] = {
    "collection_due_process": "ws.box.collection",
    "innocent_spouse": "ws.box.innocent_spouse",
}
# The marks (page 2 evidence numbers) each item's values come from.
ITEM_SOURCES: dict[str, tuple[str, ...]] = {
    "notice": ("letter_type", "collection", "innocent_spouse"),
    "date_office": ("letter_date", "issuing_office"),
    "periods": ("tax_periods",),
    "errors": ("collection", "innocent_spouse"),
}
DECEMBER = 12
LAST_DAY_OF_YEAR = 31


@dataclass(frozen=True)
class Source:
    """Where on the letter a value was read: its page-2 number and page, and whether to check it."""

    number: int
    page: int | None
    flagged: bool


@dataclass(frozen=True)
class WorksheetLine:
    item: str  # one of ITEMS
    heading: str
    lines: tuple[str, ...]  # what to do, one sentence per entry
    sources: tuple[Source, ...] = ()
    warnings: tuple[str, ...] = ()  # shown in red: a flagged value, a part no longer reviewable
    flagged: bool = False  # a value shown here needs checking on the letter
    values: tuple[str, ...] = ()  # what to write or check on the form, shown first and in bold


@dataclass(frozen=True)
class Worksheet:
    title: str
    intro: tuple[str, ...]
    lines: tuple[WorksheetLine, ...]
    privacy_title: str
    privacy: str

    def line(self, item: str) -> WorksheetLine:
        return next(line for line in self.lines if line.item == item)

    def plain_text(self) -> str:
        """Every sentence of the page, for reading-level checks and tests."""
        parts = [self.title, *self.intro]
        for line in self.lines:
            parts += [line.heading, *line.values, *line.lines, *line.warnings]
        parts += [self.privacy_title, self.privacy]
        return " ".join(p if p.rstrip().endswith((".", ":", "?", "!", ")")) else f"{p}." for p in parts)


def has_worksheet(assessment: Assessment) -> bool:
    """Only a letter the Tax Court can review gets a petition worksheet."""
    return bool(assessment.deadlines)


def build_worksheet(assessment: Assessment, marks: Sequence[Mark], msgs: Messages) -> Worksheet:
    by_key = {mark.key: mark for mark in marks}
    review = {name.rsplit(".", 1)[-1] for name in assessment.needs_review}

    def sources(item: str) -> tuple[Source, ...]:
        found = [by_key[key] for key in ITEM_SOURCES.get(item, ()) if key in by_key]
        # A value copied onto the Court's form is shown flagged whatever its kind of review.
        return tuple(Source(m.number, m.evidence[0].page if m.evidence else None,
                            m.needs_review or m.glance or m.key in review) for m in found)

    lines = (
        _notice(assessment, msgs, sources("notice"), review),
        _date_office(assessment, msgs, sources("date_office"), review),
        _periods(assessment, msgs, sources("periods"), review),
        WorksheetLine("small_case", msgs("ws.item.small_case"), tuple(
            msgs(k) for k in ("ws.small.what", "ws.small.test", "ws.small.ask", "ws.small.none"))),
        WorksheetLine("errors", msgs("ws.item.errors"), (msgs("ws.errors.what"), msgs("ws.errors.lost")),
                      sources("errors")),
        WorksheetLine("sign", msgs("ws.item.sign"), (msgs("ws.sign"), msgs("ws.spouse"))),
        WorksheetLine("enclose", msgs("ws.item.enclose"),
                      tuple(msgs(k) for k in ("ws.enclose.copy", "ws.enclose.form4", "ws.enclose.form5",
                                              "ws.enclose.fee"))),
        WorksheetLine("file", msgs("ws.item.file"), (msgs("ws.file.online"), msgs("ws.file.mail"))),
    )
    return Worksheet(
        title=msgs("ws.title"),
        intro=(msgs("ws.intro"), msgs("ws.intro.numbers")),
        lines=lines,
        privacy_title=msgs("ws.privacy.title"),
        privacy=msgs("ws.privacy"),
    )


def _notice(assessment: Assessment, msgs: Messages, sources: tuple[Source, ...], review: set[str]
            ) -> WorksheetLine:
    deadlines = assessment.deadlines
    as_of = assessment.as_of
    warnings: list[str] = []
    values: list[str] = []
    lines: list[str]
    if as_of is None:  # no day to count from: say which boxes go with which last day
        lines = [msgs("ws.boxes.plan", date=msgs.long_date(d.due),
                      boxes=msgs.join([_box(part, msgs) for part in reviewable_parts(deadlines, d.due)]))
                 for d in deadlines]
    else:
        parts = reviewable_parts(deadlines, as_of)
        lines = []
        values = [msgs("ws.boxes.as_of", date=msgs.long_date(as_of))]
        values += [msgs("ws.boxes.check", box=_box(part, msgs)) for part in parts]
        passed = [d for d in deadlines if d.id not in parts]
        if not parts:
            warnings.append(msgs("ws.boxes.none", date=msgs.long_date(max(d.due for d in deadlines))))
        elif passed:
            warnings += [msgs(f"ws.boxes.late.{d.id}", date=msgs.long_date(d.due)) for d in passed]
    date = assessment.facts.fields.letter_date
    date_doubted = "letter_date" in review or (date is not None and date.needs_review)
    unsure = date_doubted or any(d.unconfirmed for d in deadlines) or any(s.flagged for s in sources)
    if unsure:
        warnings.append(msgs("ws.boxes.unsure"))
    return WorksheetLine("notice", msgs("ws.item.notice"), tuple(lines), sources, tuple(warnings), unsure,
                         tuple(values))


def _box(part: DeadlineId, msgs: Messages) -> str:
    return msgs(BOX_KEYS[part])


def _date_office(assessment: Assessment, msgs: Messages, sources: tuple[Source, ...], review: set[str]
                 ) -> WorksheetLine:
    fields = assessment.facts.fields
    date, office = fields.letter_date, fields.issuing_office
    values = [msgs("ws.date", date=msgs.short_date(date.value)) if date else msgs("ws.date.missing"),
              msgs("ws.office", office=redact_tins(office.value)) if office else msgs("ws.office.missing")]
    warnings: list[str] = []
    if date is not None and _flagged("letter_date", date, review):
        warnings.append(msgs("ws.flagged", what=msgs("ws.what.date")))
    if office is not None and office.needs_review:
        warnings.append(msgs("ws.flagged", what=msgs("ws.what.office")))
    return WorksheetLine("date_office", msgs("ws.item.date_office"), (), sources, tuple(warnings),
                         bool(warnings), tuple(values))


def _periods(assessment: Assessment, msgs: Messages, sources: tuple[Source, ...], review: set[str]
             ) -> WorksheetLine:
    periods = assessment.facts.fields.tax_periods
    if periods is None:
        return WorksheetLine("periods", msgs("ws.item.periods"), (), sources,
                             values=(msgs("ws.periods.missing"),))
    shown = msgs.join([_period(day, msgs) for day in periods.value])
    flagged = _flagged("tax_periods", periods, review)
    warnings = (msgs("ws.flagged", what=msgs("ws.what.periods")),) if flagged else ()
    return WorksheetLine("periods", msgs("ws.item.periods"), (), sources, warnings, flagged,
                         (msgs("ws.periods", periods=shown),))


def _period(day: dt.date, msgs: Messages) -> str:
    """A calendar year as its year ("2019"); any other period by its last day."""
    if (day.month, day.day) == (DECEMBER, LAST_DAY_OF_YEAR):
        return str(day.year)
    return msgs("ws.period.ending", date=msgs.short_date(day))


def _flagged(name: str, fact: Fact[Any], review: set[str]) -> bool:
    return fact.needs_review or name in review
