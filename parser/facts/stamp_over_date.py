"""A scan's lone date where the letter's should stand: a receipt stamp's, or the letter's, its label lost.

A Letter 4390 prints its date beside a "Date" label. A scan whose only date reading stands alone, no label
beside it, may show a RECEIVED or date stamp pressed over the letter's date and label (the scan lost both),
and a stamp's date is later than the letter's: counted from, it gives deadlines later than the true ones.
So such a date is not counted from (apart seed 9007: a date stamp's "APR 21 2025" over a lost label, a
week after the letter), whatever checks it passes.

One piece of evidence tells the two apart: the last day to petition the letter prints (read sure) falls
exactly 30 days after the letter's date, and never 30 days after a stamp's, which is later. A lone date
whose thirtieth day is that printed day is the letter's: it is kept, flagged, the printed day named as
the reason (apart 9062 0058: "Date of this letter:" garbled under a stamp, "August 9, 2021" read sure and
"September 8, 2021" printed as the last day). A printed day that fell on a weekend and was moved on is no
exact match: the date then stays unread, and the rules stage counts from the earliest date that printed
day gives (rules/assess.py), unconfirmed.
"""

from __future__ import annotations

import dataclasses
import datetime as dt

from parser.core.model import Fact
from parser.core.notes import Note, note
from parser.facts.fields import FieldValue
from parser.facts.letter_date import LetterDate
from parser.facts.verify import flagged

# The letter's printed last day is the thirtieth day after its date (IRC 6330(d)(1), as the letter says:
# "within a 30-day period beginning the day after the date of this letter").
PRINTED_DAY_AFTER_DATE = dt.timedelta(days=30)
CONFIRMED = "date.lone_printed_day"  # a lone date kept: the printed last day is its thirtieth day
DROPPED = "date.stamp_nearby"  # a lone date not counted from: it may be a stamp's


def stamp_in_place_of_the_date(dated: LetterDate) -> bool:
    """Whether the date is a scan's lone reading with no "Date" label beside it."""
    fact = dated.fact
    return fact is not None and not dated.labelled and fact.evidence.method == "ocr"


def printed_day(printed: Fact[FieldValue] | None) -> dt.date | None:
    """The letter's printed last day, where it was read sure."""
    if printed is None or printed.needs_review or not isinstance(printed.value, dt.date):
        return None
    return printed.value


def settled(dated: LetterDate, printed: Fact[FieldValue] | None) -> tuple[LetterDate, list[Note]]:
    """The letter date after the lone-date check (`printed`: the printed last day's fact), and the note it
    leaves on the letter when the date is dropped."""
    fact = dated.fact
    if fact is None or not stamp_in_place_of_the_date(dated):
        return dated, []
    last_day = printed_day(printed)
    if last_day is not None and fact.value + PRINTED_DAY_AFTER_DATE == last_day:
        kept = flagged(fact, note(CONFIRMED, date=fact.value, printed=last_day))
        return dataclasses.replace(dated, fact=kept), []
    return LetterDate(fact=None, alternatives=()), [note(DROPPED, date=fact.value)]
