"""From the letter's facts to its deadlines, erring to the earlier date whenever a fact is uncertain.

Never confidently wrong: an uncertain letter date is counted from its earliest reading and the deadlines
are marked unconfirmed; an uncertain letter type that could be a Letter 4390 gets both of its deadlines; a
last day printed on the letter can only move a deadline earlier, never later.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Iterable

from parser.model import LetterFacts
from rules.deadlines import compute_deadlines, deadline_ids
from rules.model import Assessment, Deadline

LETTER_TYPE_CONFIDENCE_THRESHOLD = 0.8
# A letter date more than this many years before the as-of date is more likely misread than real.
MAX_LETTER_AGE_YEARS = 3
# The letter type whose deadlines cover every other's: the safe choice when the type is uncertain.
WIDEST_LETTER_TYPE = "4390"

LETTER_DATE_UNCERTAIN = (
    "The letter date could not be read with certainty; the deadlines are counted from the earliest "
    "possible date, {date}. Check the date on the letter."
)
LETTER_DATE_MISSING = (
    "The letter date could not be found, so no deadline could be counted. Find the date next to "
    "\"Date\" at the top of the letter and count from it (letter4390 deadlines DATE)."
)
LETTER_DATE_IN_FUTURE = "The letter date, {date}, is after {as_of}. Check the date on the letter."
LETTER_DATE_TOO_OLD = (
    "The letter date, {date}, is more than three years before {as_of}. Check the date on the letter."
)
LETTER_TYPE_UNCERTAIN = (
    "The letter number could not be read with certainty (read as Letter {value}); both deadlines of a "
    "Letter 4390 are shown to be safe. Check the letter number at the bottom of the letter."
)
PRINTED_DAY_EARLIER = (
    "The letter prints {printed} as the last day to file, earlier than the computed {computed}. "
    "The earlier date, {printed}, is used to be safe."
)
PRINTED_DAY_LATER = (
    "The letter prints {printed} as the last day to file, but the computed last day is {computed}. "
    "Do not rely on the later printed date; file by {computed}."
)


def assess(
    facts: LetterFacts, *, as_of: dt.date | None = None, closures: Iterable[dt.date] = ()
) -> Assessment:
    """The deadlines the letter's facts lead to, with what a person must check before relying on them."""
    needs_review: list[str] = list(facts.needs_review)
    warnings: list[str] = list(facts.warnings)

    letter_type = _letter_type_for_deadlines(facts, needs_review, warnings)
    deadlines: tuple[Deadline, ...] = ()
    if deadline_ids(letter_type):
        start = _counting_date(facts, as_of, needs_review, warnings)
        if start is not None:
            letter_date, unconfirmed = start
            deadlines = compute_deadlines(letter_type, letter_date, as_of=as_of, closures=closures)
            if unconfirmed:
                deadlines = tuple(dataclasses.replace(d, unconfirmed=True) for d in deadlines)
            deadlines = _apply_printed_last_day(facts, deadlines, as_of, needs_review, warnings)

    return Assessment(
        facts=facts,
        deadlines=deadlines,
        as_of=as_of,
        needs_review=tuple(dict.fromkeys(needs_review)),
        warnings=tuple(dict.fromkeys(warnings)),
    )


def _letter_type_for_deadlines(facts: LetterFacts, needs_review: list[str], warnings: list[str]) -> str:
    """The letter type to count for: the read one, or Letter 4390 when the reading may be wrong."""
    read = facts.letter_type
    uncertain = read.confidence < LETTER_TYPE_CONFIDENCE_THRESHOLD or "letter_type" in facts.needs_review
    if not uncertain or read.value == WIDEST_LETTER_TYPE or not _could_be_4390(facts):
        if uncertain:
            needs_review.append("letter_type")
        return read.value
    needs_review.append("letter_type")
    warnings.append(LETTER_TYPE_UNCERTAIN.format(value=read.value))
    return WIDEST_LETTER_TYPE


def _could_be_4390(facts: LetterFacts) -> bool:
    """A misread Appeals/innocent spouse relative, or any letter in which a determination was found."""
    return (
        facts.letter_type.value != "other"
        or facts.collection is not None
        or facts.innocent_spouse is not None
    )


def _counting_date(
    facts: LetterFacts, as_of: dt.date | None, needs_review: list[str], warnings: list[str]
) -> tuple[dt.date, bool] | None:
    """The date to count from and whether it is unconfirmed; None (flagged) when there is none."""
    fact = facts.fields.letter_date
    if fact is None:
        needs_review.append("letter_date")
        warnings.append(LETTER_DATE_MISSING)
        return None
    candidates = (fact.value, *facts.letter_date_alternatives)
    start = min(candidates)
    unconfirmed = False
    if fact.needs_review or len(set(candidates)) > 1:
        unconfirmed = True
        needs_review.append("letter_date")
        warnings.append(LETTER_DATE_UNCERTAIN.format(date=start.isoformat()))
    if as_of is not None:
        implausible = (
            LETTER_DATE_IN_FUTURE if fact.value > as_of
            else LETTER_DATE_TOO_OLD if fact.value < _years_before(as_of, MAX_LETTER_AGE_YEARS)
            else None
        )
        if implausible is not None:
            unconfirmed = True
            needs_review.append("letter_date")
            warnings.append(implausible.format(date=fact.value.isoformat(), as_of=as_of.isoformat()))
    return start, unconfirmed


def _years_before(day: dt.date, years: int) -> dt.date:
    """The same calendar day `years` earlier (February 29 becomes February 28)."""
    try:
        return day.replace(year=day.year - years)
    except ValueError:
        return day.replace(year=day.year - years, day=28)


def _apply_printed_last_day(
    facts: LetterFacts,
    deadlines: tuple[Deadline, ...],
    as_of: dt.date | None,
    needs_review: list[str],
    warnings: list[str],
) -> tuple[Deadline, ...]:
    """Compare a last day printed on the letter with the nearest computed one; keep the earlier."""
    printed_fact = facts.fields.printed_last_day
    if printed_fact is None or not deadlines:
        return deadlines
    printed = printed_fact.value
    if any(d.due == printed for d in deadlines):
        return deadlines
    nearest = min(deadlines, key=lambda d: (abs((d.due - printed).days), d.due))
    needs_review.append("printed_last_day")
    dates = {"printed": printed.isoformat(), "computed": nearest.due.isoformat()}
    if printed > nearest.due:
        warnings.append(PRINTED_DAY_LATER.format(**dates))
        return deadlines
    warnings.append(PRINTED_DAY_EARLIER.format(**dates))
    moved = dataclasses.replace(
        nearest,
        due=printed,
        rolled_past=tuple(r for r in nearest.rolled_past if r.date < printed),
        days_left=None if as_of is None else (printed - as_of).days,
    )
    return tuple(moved if d is nearest else d for d in deadlines)
