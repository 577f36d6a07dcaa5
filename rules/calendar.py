"""Which days a Tax Court petition cannot fall due on: weekends, DC legal holidays, court closures.

IRC 7503 and Tax Court Rule 25(a) move a last day that is a Saturday, Sunday or "legal holiday in the
District of Columbia" to the next day that is none of these. The DC legal holidays (DC Code 1-612.02: the
federal ones, DC Emancipation Day, Inauguration Day every fourth year, with their observed days) come from
the `holidays` package, which implements those rules (checked against an independent oracle and a golden
list in tests/test_rules_calendar.py).

A day the Tax Court's clerk's office was closed counts like a holiday (Guralnik v. Commissioner, 146 T.C.
230 (2016)). Closures can't be predicted, so they come from a maintained table, rules/data/court_closures.csv
(date, reason, source), plus dates a user adds. Add a row only with a source that shows the court itself was
closed (an opinion or a court notice): a wrong row would give a deadline that is too late.
"""

from __future__ import annotations

import csv
import datetime as dt
import functools
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from importlib import resources
from types import MappingProxyType
from typing import Literal

from rules import holiday_cache

CLOSURES_RESOURCE = "data/court_closures.csv"
# Holiday names in English whatever the system locale: the summary's catalogue translates them.
HOLIDAY_NAMES_LANGUAGE = "en_US"

# Saturday and Sunday, by date.weekday().
WEEKEND_NAMES: Mapping[int, str] = MappingProxyType({5: "Saturday", 6: "Sunday"})


# "user_closure": a day the user said the court is closed (it has no name; the catalogue words it).
DayOffKind = Literal["weekend", "holiday", "closure", "user_closure"]


@dataclass(frozen=True)
class DayOff:
    """One reason a day is not a filing day, as data: the catalogue words it (annotate/messages.py)."""

    kind: DayOffKind
    # "Saturday"/"Sunday"; the holiday's English name from `holidays` (two on one day joined by "; "); a
    # known closure's detail from the table; "" for a user's closure.
    name: str


@dataclass(frozen=True)
class CourtClosure:
    date: dt.date
    reason: str
    source: str


@functools.cache
def _dc_holidays_around(year: int) -> Mapping[dt.date, str]:
    """DC legal holidays of `year` and its neighbours: observed days cross year ends (2021-12-31).

    Computed by `holidays` the first time on a machine (its first call imports every country module,
    about 0.1 s), then read from rules/holiday_cache.py's file for that package version.
    """
    table = holiday_cache.dc_holidays(range(year - 1, year + 2), HOLIDAY_NAMES_LANGUAGE)
    return MappingProxyType(table)


def dc_holiday_name(day: dt.date) -> str | None:
    """The name of the DC legal holiday on `day` ("Washington's Birthday", "... (observed)"), or None."""
    return _dc_holidays_around(day.year).get(day)


@functools.lru_cache(maxsize=1)
def known_closures() -> tuple[CourtClosure, ...]:
    """The maintained table of days the Tax Court was closed."""
    text = resources.files("rules").joinpath(CLOSURES_RESOURCE).read_text(encoding="utf-8")
    rows = csv.DictReader(text.splitlines())
    return tuple(
        CourtClosure(dt.date.fromisoformat(row["date"]), row["reason"].strip(), row["source"].strip())
        for row in rows
    )


@dataclass(frozen=True)
class FilingCalendar:
    """The non-filing days for one computation: weekends, DC holidays and the given court closures."""

    # A closure's detail from the table, or None for a day the user added.
    closures: Mapping[dt.date, str | None] = field(default_factory=lambda: MappingProxyType({}))

    def days_off(self, day: dt.date) -> tuple[DayOff, ...]:
        """Why `day` is not a filing day (empty when it is one): weekend, DC holiday, court closure."""
        found: list[DayOff] = []
        weekend = WEEKEND_NAMES.get(day.weekday())
        if weekend is not None:
            found.append(DayOff("weekend", weekend))
        holiday = dc_holiday_name(day)
        if holiday is not None:
            found.append(DayOff("holiday", holiday))
        if day in self.closures:
            closure = self.closures[day]
            found.append(DayOff("closure", closure) if closure is not None else DayOff("user_closure", ""))
        return tuple(found)


def filing_calendar(
    user_closures: Iterable[dt.date] = (), *, include_known: bool = True
) -> FilingCalendar:
    """The calendar of the maintained closure table (unless `include_known` is False) plus user closures."""
    closures: dict[dt.date, str | None] = {}
    for day in user_closures:
        closures[day] = None
    if include_known:
        for closure in known_closures():
            closures[closure.date] = closure.reason
    return FilingCalendar(MappingProxyType(closures))
