"""The last day to petition the Tax Court, computed from the letter date (the truth the generator writes).

Day 1 is the day after the letter date; a last day on a Saturday, Sunday or District of Columbia legal
holiday moves to the next day that is none of these (IRC 7503, Tax Court Rule 25(a)).
"""

from __future__ import annotations

import datetime as dt

import holidays

COLLECTION_DAYS = 30
INNOCENT_SPOUSE_DAYS = 90
# Which petition periods each letter type opens (days after the letter date; None: no Tax Court review).
PETITION_DAYS: dict[str, dict[str, int | None]] = {
    "4390": {"collection_due_process": COLLECTION_DAYS, "innocent_spouse": INNOCENT_SPOUSE_DAYS},
    "3193": {"collection_due_process": COLLECTION_DAYS, "innocent_spouse": None},
    "3210": {"collection_due_process": None, "innocent_spouse": None},  # equivalent hearing: no review
    "other": {"collection_due_process": None, "innocent_spouse": None},
}


def is_filing_day(day: dt.date) -> bool:
    """Not a Saturday, Sunday or DC legal holiday."""
    if day.weekday() >= 5:
        return False
    calendar = holidays.country_holidays("US", subdiv="DC", years=range(day.year - 1, day.year + 2))
    return day not in calendar


def last_day(letter_date: dt.date, days: int) -> dt.date:
    """The day `days` after the letter date, rolled forward to the next filing day."""
    day = letter_date + dt.timedelta(days=days)
    while not is_filing_day(day):
        day += dt.timedelta(days=1)
    return day


def deadlines(letter_type: str, letter_date: dt.date) -> dict[str, str | None]:
    """The truth's deadlines block: ISO dates, or None where the letter opens no petition period."""
    return {name: None if days is None else last_day(letter_date, days).isoformat()
            for name, days in PETITION_DAYS[letter_type].items()}
