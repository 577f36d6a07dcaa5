"""The deadline spec as data: the statutory periods, which letters carry them, and the roll-forward.

Counting (Treas. Reg. 301.6330-1(f)(1), Tax Court Rule 25(a)): day 1 is the day after the letter date, so
the nominal last day is the letter date plus the period, in calendar days (Guerrier, T.C. Memo. 2002:
2001-02-21 -> 2001-03-23). A nominal day that is a weekend, DC legal holiday or court closure moves to the
next filing day (IRC 7503; Guralnik, 146 T.C. 230 (2016)).

Not computed here, by design: IRC 7451(b) tolling when the clerk's office or DAWSON is inaccessible on the
due date (days of inaccessibility + 14; Sall v. Commissioner, 161 T.C. No. 13 (2023): 2022-11-25 ->
2022-12-12) can only be known after the fact; bankruptcy suspension (IRC 6330(d)(2), 6015(e)(6)) depends on
facts the letter does not show. CAVEATS carries both so the summary can say so.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from types import MappingProxyType

from parser.core.errors import UsageError
from parser.core.notes import note
from rules.calendar import FilingCalendar, filing_calendar
from rules.model import Deadline, DeadlineId, Disputes, RolledDay

ROLL_FORWARD_AUTHORITY = "IRC 7503; Tax Court Rule 25(a)"


@dataclass(frozen=True)
class DeadlineRule:
    id: DeadlineId
    days: int
    authority: str


RULES: Mapping[DeadlineId, DeadlineRule] = MappingProxyType({
    "collection_due_process": DeadlineRule(
        "collection_due_process", 30,
        f"IRC 6330(d)(1); Treas. Reg. 301.6330-1(f)(1); {ROLL_FORWARD_AUTHORITY}",
    ),
    "innocent_spouse": DeadlineRule(
        "innocent_spouse", 90, f"IRC 6015(e)(1)(A)(ii); {ROLL_FORWARD_AUTHORITY}",
    ),
})

# What a petition filed by each deadline lets the person dispute. In a Letter 4390 a petition filed by the
# collection deadline covers both decisions; one filed later, by the innocent spouse deadline, covers only
# the innocent spouse decision (Gray v. Commissioner, 138 T.C. No. 13 (2012)).
COLLECTION_AND_INNOCENT_SPOUSE: Disputes = "collection_and_innocent_spouse"
COLLECTION_ONLY: Disputes = "collection_only"
INNOCENT_SPOUSE_ONLY: Disputes = "innocent_spouse_only"

# Which Tax Court reviews each letter allows (TAS notice pages), with what each deadline lets one dispute.
LETTER_DEADLINES: Mapping[str, tuple[tuple[DeadlineId, Disputes], ...]] = MappingProxyType({
    "4390": (
        ("collection_due_process", COLLECTION_AND_INNOCENT_SPOUSE),
        ("innocent_spouse", INNOCENT_SPOUSE_ONLY),
    ),
    "3193": (("collection_due_process", COLLECTION_ONLY),),
    "3210": (),  # equivalent hearing: no Tax Court review
    "4439": (("innocent_spouse", INNOCENT_SPOUSE_ONLY),),  # its equivalent-hearing part is not reviewable
    "3288": (("innocent_spouse", INNOCENT_SPOUSE_ONLY),),
    "3279": (("innocent_spouse", INNOCENT_SPOUSE_ONLY),),
    "other": (),
})


@dataclass(frozen=True)
class Caveat:
    """Something that can change a deadline which the letter does not show. The summary says so in the
    catalogue's words (key `caveat.<id>`); rules/ keeps only which caveats there are and their authority."""

    id: str
    authority: str


CAVEATS: tuple[Caveat, ...] = (
    Caveat("mailing_date", "IRC 6015(e)(1)(A); Weiss v. Commissioner, 147 T.C. 179 (2016)"),
    Caveat("court_closure", "Guralnik v. Commissioner, 146 T.C. 230 (2016); IRC 7451(b); "
                            "Sall v. Commissioner, 161 T.C. No. 13 (2023)"),
    Caveat("bankruptcy", "IRC 6330(d)(2); IRC 6015(e)(6)"),
)


def deadline_ids(letter_type: str) -> tuple[DeadlineId, ...]:
    """The deadlines a letter of `letter_type` carries (raises UsageError for an unknown type)."""
    return tuple(rule_id for rule_id, _ in _letter_deadlines(letter_type))


def roll_forward(day: dt.date, calendar: FilingCalendar) -> tuple[dt.date, tuple[RolledDay, ...]]:
    """The first filing day on or after `day`, and each day passed over with its reasons."""
    rolled: list[RolledDay] = []
    why = calendar.days_off(day)
    while why:
        rolled.append(RolledDay(day, why))
        day += dt.timedelta(days=1)
        why = calendar.days_off(day)
    return day, tuple(rolled)


def compute_deadlines(
    letter_type: str,
    letter_date: dt.date,
    *,
    as_of: dt.date | None = None,
    closures: Iterable[dt.date] = (),
    include_known_closures: bool = True,
) -> tuple[Deadline, ...]:
    """The last days to petition the Tax Court for a letter of `letter_type` dated `letter_date`.

    `closures` are extra days the court is known to be closed (added to rules/data/court_closures.csv
    unless `include_known_closures` is False). `days_left` is due - as_of when `as_of` is given.
    """
    calendar = filing_calendar(closures, include_known=include_known_closures)
    deadlines: list[Deadline] = []
    for rule_id, disputes in _letter_deadlines(letter_type):
        rule = RULES[rule_id]
        nominal = letter_date + dt.timedelta(days=rule.days)
        due, rolled = roll_forward(nominal, calendar)
        deadlines.append(Deadline(
            id=rule.id,
            anchor=letter_date,
            days=rule.days,
            nominal=nominal,
            due=due,
            rolled_past=rolled,
            authority=rule.authority,
            disputes=disputes,
            days_left=None if as_of is None else (due - as_of).days,
        ))
    return tuple(deadlines)


def counted_due(deadline: Deadline) -> dt.date:
    """The last day the count and the roll-forward alone give: `due` unless an earlier printed last day
    moved it (rules/assess.py), which the summary then says."""
    return deadline.due if deadline.counted is None else deadline.counted


def reviewable_parts(deadlines: Iterable[Deadline], filed_on: dt.date) -> tuple[DeadlineId, ...]:
    """Which parts of the letter a petition filed on `filed_on` brings before the Tax Court (Gray).

    Each part is reviewable while its own deadline has not passed: for a Letter 4390, filed by the
    collection due date -> both parts; after it but by the innocent spouse due date -> innocent spouse
    only; after both -> none. (A petition filed before the letter is not judged here.)
    """
    return tuple(deadline.id for deadline in deadlines if filed_on <= deadline.due)


def _letter_deadlines(letter_type: str) -> tuple[tuple[DeadlineId, Disputes], ...]:
    try:
        return LETTER_DEADLINES[letter_type]
    except KeyError:
        raise UsageError(note("error.unknown_letter_type", letter_type=letter_type,
                              known=tuple(LETTER_DEADLINES))) from None
