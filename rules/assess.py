"""From the letter's facts to its deadlines, erring to the earlier date whenever a fact is uncertain.

Never confidently wrong: an uncertain letter date is counted from its earliest reading (but for readings
the last day the letter prints rules out, read sure) and the deadlines are marked unconfirmed; an
uncertain letter type that could be a Letter 4390 also gets the earlier (collection) deadline, but never an
innocent spouse deadline its letter does not allow; a date that cannot be a letter's date gives no
deadline at all; a last day printed on the letter can only move a deadline earlier, never later.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Callable, Iterable

from parser.core.model import LetterFacts
from parser.core.notes import Note, note
from rules.calendar import filing_calendar
from rules.deadlines import RULES, compute_deadlines, deadline_ids, roll_forward
from rules.model import Assessment, Deadline
from rules.review import split_review

LETTER_TYPE_CONFIDENCE_THRESHOLD = 0.8
# A letter date more than this many years before the as-of date is more likely misread than real.
MAX_LETTER_AGE_YEARS = 3
# The letter type whose deadlines cover every other's: the safe choice when the type is uncertain.
WIDEST_LETTER_TYPE = "4390"
# Deadlines an uncertain letter type gains for safety. Only the collection deadline: it is the earlier
# one, and a relative without innocent spouse review must not be told it has 90 days (issue 3).
SAFETY_DEADLINES = ("collection_due_process",)
# Collection Due Process hearings exist since the IRS Restructuring and Reform Act of 1998 (section 3401),
# for collection notices from 1999-01-19 on: no Appeals determination can be dated earlier.
EARLIEST_POSSIBLE_LETTER_DATE = dt.date(1999, 1, 19)
# A date this far after the as-of date is a misreading (e.g. a year 3024), not a letter date.
MAX_DAYS_IN_FUTURE = 366

# What the stage tells the reader, by code (the catalogue's `said.<code>` words it).
LETTER_DATE_UNCERTAIN = "date.uncertain"  # date: the earliest possible date, counted from
LETTER_DATE_MISSING = "date.missing"
LETTER_DATE_IN_FUTURE = "date.future"  # date, as_of
LETTER_DATE_TOO_OLD = "date.too_old"  # date, as_of
LETTER_TYPE_UNCERTAIN = "type.uncertain"  # value: the letter number read
LETTER_DATE_MISREAD = "date.misread"  # date
LETTER_DATE_IMPOSSIBLE = "date.impossible"  # date
PRINTED_DAY_EARLIER = "printed.earlier"  # printed, computed
PRINTED_DAY_LATER = "printed.later"  # printed, computed
PRINTED_DAY_CONFIRMS = "date.printed_confirms"  # date: the date read, which the printed last day confirms
DATE_FROM_PRINTED_DAY = "date.from_printed_day"  # date, printed: no date read; counted from the printed day's
# The last day a letter prints is its collection deadline (RULES), moved on past a weekend and holidays by
# at most this many days (a Saturday, a Sunday and a Monday holiday; a Friday holiday too).
MOVED_ON_AT_MOST = 4


def assess(
    facts: LetterFacts, *, as_of: dt.date | None = None, closures: Iterable[dt.date] = ()
) -> Assessment:
    """The deadlines the letter's facts lead to, with what a person must check before relying on them."""
    needs_review: list[str] = list(facts.needs_review)
    warnings: list[Note] = list(facts.warnings)
    closures = tuple(closures)  # read by the count and by the printed last day's check

    letter_type, extra_ids = _letter_type_for_deadlines(facts, needs_review, warnings)
    deadlines: tuple[Deadline, ...] = ()
    if deadline_ids(letter_type) or extra_ids:
        start = _counting_date(facts, as_of, needs_review, warnings,
                               lambda day: _prints_the_day(facts, compute_deadlines(
                                   letter_type, day, as_of=as_of, closures=closures), closures))
        if start is not None:
            letter_date, unconfirmed = start
            deadlines = compute_deadlines(letter_type, letter_date, as_of=as_of, closures=closures)
            if extra_ids:
                widest = compute_deadlines(WIDEST_LETTER_TYPE, letter_date, as_of=as_of, closures=closures)
                deadlines = _with_safety_deadlines(deadlines, widest, extra_ids)
            if unconfirmed:
                deadlines = tuple(dataclasses.replace(d, unconfirmed=True) for d in deadlines)
            deadlines = _apply_printed_last_day(facts, deadlines, as_of, closures, needs_review, warnings)

    must_check, worth_a_glance = split_review(needs_review)
    return Assessment(
        facts=facts,
        deadlines=deadlines,
        as_of=as_of,
        needs_review=must_check,
        warnings=tuple(dict.fromkeys(warnings)),
        worth_a_glance=worth_a_glance,
    )


def _letter_type_for_deadlines(
    facts: LetterFacts, needs_review: list[str], warnings: list[Note]
) -> tuple[str, tuple[str, ...]]:
    """The letter type read, and the deadline ids it gains for safety when that reading may be wrong."""
    read = facts.letter_type
    uncertain = read.confidence < LETTER_TYPE_CONFIDENCE_THRESHOLD or "letter_type" in facts.needs_review
    if uncertain:
        needs_review.append("letter_type")
    if not uncertain or read.value == WIDEST_LETTER_TYPE or not _could_be_4390(facts):
        return read.value, ()
    extra = tuple(i for i in _safety_ids(facts) if i not in deadline_ids(read.value))
    if extra:
        warnings.append(note(LETTER_TYPE_UNCERTAIN, value=read.value))
    return read.value, extra


def _with_safety_deadlines(
    own: tuple[Deadline, ...], widest: tuple[Deadline, ...], extra_ids: tuple[str, ...]
) -> tuple[Deadline, ...]:
    """The letter's own deadlines plus the Letter 4390 ones named in `extra_ids`, earliest first."""
    own_ids = {d.id for d in own}
    added = tuple(d for d in widest if d.id in extra_ids and d.id not in own_ids)
    return tuple(sorted(own + added, key=lambda d: d.days))


def _safety_ids(facts: LetterFacts) -> tuple[str, ...]:
    """The collection deadline; and the innocent spouse one only for an unnumbered letter that decides one."""
    if facts.letter_type.value == "other" and facts.innocent_spouse is not None:
        return (*SAFETY_DEADLINES, "innocent_spouse")
    return SAFETY_DEADLINES


def _could_be_4390(facts: LetterFacts) -> bool:
    """A misread Appeals/innocent spouse relative, or any letter in which a determination was found."""
    return (
        facts.letter_type.value != "other"
        or facts.collection is not None
        or facts.innocent_spouse is not None
    )


def _counting_date(
    facts: LetterFacts, as_of: dt.date | None, needs_review: list[str], warnings: list[Note],
    printed_by: Callable[[dt.date], bool],
) -> tuple[dt.date, bool] | None:
    """The date to count from and whether it is unconfirmed; None (flagged) when there is none.
    `printed_by(day)`: whether the deadlines counted from `day` include the last day the letter prints,
    read sure. Where they do for the date read and for no earlier reading, the letter itself rules those
    out, and the count starts at the date read (still unconfirmed): "February 26, 2025" with a "4" a near
    rival of its "6", and "March 28, 2025" printed as the last day (apart 9070 0059, a fax)."""
    fact = facts.fields.letter_date
    latest_possible = None if as_of is None else as_of + dt.timedelta(days=MAX_DAYS_IN_FUTURE)

    def possible(day: dt.date) -> bool:
        return day >= EARLIEST_POSSIBLE_LETTER_DATE and not (latest_possible and day > latest_possible)

    if fact is None:
        needs_review.append("letter_date")
        given = _date_the_printed_day_gives(facts, possible, printed_by, warnings)
        if given is None:
            warnings.append(note(LETTER_DATE_MISSING))
        return given

    # A date read as impossible ("2623") still counts from a possible reading of its characters, if any.
    candidates = [d for d in (fact.value, *facts.letter_date_alternatives) if possible(d)]
    if not possible(fact.value):
        needs_review.append("letter_date")
        warning = LETTER_DATE_IMPOSSIBLE if not candidates else LETTER_DATE_MISREAD
        warnings.append(note(warning, date=fact.value))
        if not candidates:
            return None
    start = min(candidates)
    confirmed = (start != fact.value and possible(fact.value) and printed_by(fact.value)
                 and not any(printed_by(day) for day in candidates if day < fact.value))
    if confirmed:
        start = fact.value
    unconfirmed = False
    if fact.needs_review or len(set(candidates)) > 1 or start != fact.value:
        unconfirmed = True
        needs_review.append("letter_date")
        warnings.append(note(PRINTED_DAY_CONFIRMS, date=start) if confirmed
                        else note(LETTER_DATE_UNCERTAIN, date=start))
    if as_of is not None:
        implausible = (
            LETTER_DATE_IN_FUTURE if fact.value > as_of
            else LETTER_DATE_TOO_OLD if fact.value < _years_before(as_of, MAX_LETTER_AGE_YEARS)
            else None
        )
        if implausible is not None:
            unconfirmed = True
            needs_review.append("letter_date")
            warnings.append(note(implausible, date=fact.value, as_of=as_of))
    return start, unconfirmed


def _date_the_printed_day_gives(facts: LetterFacts, possible: Callable[[dt.date], bool],
                                printed_by: Callable[[dt.date], bool], warnings: list[Note]
                                ) -> tuple[dt.date, bool] | None:
    """Where the letter date could not be read but its printed last day was, read sure: the earliest date
    whose deadlines include that day, counted from, unconfirmed (a receipt stamp pressed over the date,
    "April 9, 2025" printed as the last day: apart 9077 0089, a fax). The letter says its last day falls 30
    days after its date; a day moved on past a weekend or holiday may follow from a date or two before."""
    printed = facts.fields.printed_last_day
    if printed is None:
        return None
    days = [printed.value - dt.timedelta(days=RULES["collection_due_process"].days + back)
            for back in range(MOVED_ON_AT_MOST + 1)]
    given = [day for day in days if possible(day) and printed_by(day)]
    if not given:
        return None
    start = min(given)
    warnings.append(note(DATE_FROM_PRINTED_DAY, date=start, printed=printed.value))
    return start, True


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
    closures: Iterable[dt.date],
    needs_review: list[str],
    warnings: list[Note],
) -> tuple[Deadline, ...]:
    """Compare a last day printed on the letter with the nearest computed one; keep the earlier."""
    printed_fact = facts.fields.printed_last_day
    if printed_fact is None or not deadlines:
        return deadlines
    printed = printed_fact.value
    if _agrees(printed, deadlines, closures):
        return deadlines
    nearest = min(deadlines, key=lambda d: (abs((d.due - printed).days), d.due))
    needs_review.append("printed_last_day")
    if printed > nearest.due:
        warnings.append(note(PRINTED_DAY_LATER, printed=printed, computed=nearest.due))
        return deadlines
    warnings.append(note(PRINTED_DAY_EARLIER, printed=printed, computed=nearest.due))
    moved = dataclasses.replace(
        nearest,
        due=printed,
        counted=nearest.due,
        rolled_past=tuple(r for r in nearest.rolled_past if r.date < printed),
        days_left=None if as_of is None else (printed - as_of).days,
    )
    return tuple(moved if d is nearest else d for d in deadlines)


def _agrees(printed: dt.date, deadlines: Iterable[Deadline], closures: Iterable[dt.date]) -> bool:
    """Whether a printed last day is one of the computed ones. A printed day on a weekend or holiday that
    rolls forward to the computed one agrees with it: IRC 7503 moves any last day, the letter's too (apart
    seed 9004: "09/25/2022", a Sunday, for Monday's deadline)."""
    rolled_printed, _ = roll_forward(printed, filing_calendar(closures))
    return any(d.due in (printed, rolled_printed) for d in deadlines)


def _prints_the_day(facts: LetterFacts, deadlines: Iterable[Deadline], closures: Iterable[dt.date]) -> bool:
    """Whether `deadlines` include the last day the letter prints, read sure (no review asked of it)."""
    printed = facts.fields.printed_last_day
    return (printed is not None and not printed.needs_review and "printed_last_day" not in facts.needs_review
            and _agrees(printed.value, deadlines, closures))
