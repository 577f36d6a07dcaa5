"""The DC legal-holiday calendar and the court-closure table behind the roll-forward (IRC 7503).

The golden file pins the `holidays` package's DC list for 2015-2030 (names included), and an independent
oracle written from the statutes (5 U.S.C. 6103, DC Code 1-612.02) checks its dates, so a package update
that changes a date fails here rather than in someone's deadline.
Regenerate the golden file only after checking a difference:
`PYTHONPATH=. python tests/test_rules_calendar.py`.
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from annotate.messages import messages
from rules.calendar import (
    dc_holiday_name,
    filing_calendar,
    known_closures,
)
from rules.model import RolledDay

OCTAVIA = "U.S. Tax Court closed: Winter Storm Octavia (all federal offices in Washington DC closed)"
GOLDEN = Path(__file__).parent / "golden" / "dc_holidays_2015_2030.json"
YEARS = range(2015, 2031)
D = dt.date


def dc_holidays(year: int) -> dict[dt.date, str]:
    """Every DC legal holiday in `year`, observed days included, in date order."""
    days = (D(year, 1, 1) + dt.timedelta(days=n) for n in range((D(year + 1, 1, 1) - D(year, 1, 1)).days))
    return {day: name for day in days if (name := dc_holiday_name(day)) is not None}


def non_filing_reason(day: dt.date, closures: tuple[dt.date, ...] = (), *, include_known: bool = True
                      ) -> str | None:
    """Why `day` is not a filing day, in the JSON's English one-liner; None when it is one."""
    why = filing_calendar(closures, include_known=include_known).days_off(day)
    return messages("en").rolled_line(RolledDay(day, why)) if why else None


def current_table() -> dict[str, dict[str, str]]:
    return {str(year): {day.isoformat(): name for day, name in dc_holidays(year).items()} for year in YEARS}


# --- an independent oracle of the DC legal holidays, written from the statutes -------------------------


def nth_weekday(year: int, month: int, weekday: int, n: int) -> dt.date:
    """The n-th `weekday` (0 = Monday) of the month; n = -1 for the last one."""
    if n > 0:
        first = D(year, month, 1)
        return first + dt.timedelta(days=(weekday - first.weekday()) % 7 + 7 * (n - 1))
    last = D(year, month + 1, 1) - dt.timedelta(days=1)
    return last - dt.timedelta(days=(last.weekday() - weekday) % 7)


def observed(day: dt.date, *, saturday_to_friday: bool = True) -> set[dt.date]:
    if day.weekday() == 5:
        return {day, day - dt.timedelta(days=1)} if saturday_to_friday else {day}
    if day.weekday() == 6:
        return {day, day + dt.timedelta(days=1)}
    return {day}


def oracle_dates(year: int) -> set[dt.date]:
    """Every DC legal holiday date (actual and observed) that falls in `year`."""
    days: set[dt.date] = set()
    for y in (year, year + 1):  # next year's New Year's Day can be observed on this year's December 31
        fixed = [D(y, 1, 1), D(y, 4, 16), D(y, 7, 4), D(y, 11, 11), D(y, 12, 25)]
        if y >= 2021:
            fixed.append(D(y, 6, 19))  # Juneteenth National Independence Day
        for day in fixed:
            days |= observed(day)
        days |= {
            nth_weekday(y, 1, 0, 3),  # Martin Luther King Jr. Day
            nth_weekday(y, 2, 0, 3),  # Washington's Birthday
            nth_weekday(y, 5, 0, -1),  # Memorial Day
            nth_weekday(y, 9, 0, 1),  # Labor Day
            nth_weekday(y, 10, 0, 2),  # Columbus Day / Indigenous Peoples' Day
            nth_weekday(y, 11, 3, 4),  # Thanksgiving Day
        }
        if (y - 1981) % 4 == 0:
            days |= observed(D(y, 1, 20), saturday_to_friday=False)  # Inauguration Day
    return {day for day in days if day.year == year}


def test_golden_dc_holiday_list_2015_2030() -> None:
    golden = json.loads(GOLDEN.read_text(encoding="utf-8"))
    assert current_table() == golden


@pytest.mark.parametrize("year", YEARS)
def test_golden_dates_match_the_statutory_oracle(year: int) -> None:
    golden = json.loads(GOLDEN.read_text(encoding="utf-8"))
    assert {D.fromisoformat(day) for day in golden[str(year)]} == oracle_dates(year)


def test_oracle_knows_a_few_dates_by_hand() -> None:
    # Guards the oracle itself: dates read off a printed calendar.
    assert nth_weekday(2015, 2, 0, 3) == D(2015, 2, 16)
    assert nth_weekday(2024, 5, 0, -1) == D(2024, 5, 27)
    assert nth_weekday(2025, 11, 3, 4) == D(2025, 11, 27)
    assert len(oracle_dates(2015)) == 12


# --- Inauguration Day (DC Code 1-612.02: January 20 every fourth year from 1981) ----------------------


@pytest.mark.parametrize(
    ("day", "name_part"),
    [
        (D(1981, 1, 20), "Inauguration Day"),  # Tuesday
        (D(1985, 1, 21), "Inauguration Day (observed)"),  # the 20th was a Sunday
        (D(2013, 1, 21), "Inauguration Day (observed)"),  # Sunday -> Monday
        (D(2017, 1, 20), "Inauguration Day"),  # Friday
        (D(2021, 1, 20), "Inauguration Day"),  # Wednesday
        (D(2025, 1, 20), "Inauguration Day"),  # Monday, also Martin Luther King Jr. Day
        (D(2025, 1, 20), "Martin Luther King Jr. Day"),
        (D(2029, 1, 20), "Inauguration Day"),  # Saturday
    ],
)
def test_inauguration_day_is_a_dc_holiday(day: dt.date, name_part: str) -> None:
    name = dc_holiday_name(day)
    assert name is not None and name_part in name


@pytest.mark.parametrize(
    "day",
    [
        D(2029, 1, 19),  # Friday before a Saturday Inauguration Day: no substitute
        D(2027, 1, 20),  # not an inauguration year
        D(2024, 1, 22),  # Monday after a non-inauguration January 20 (Saturday)
    ],
)
def test_no_inauguration_holiday(day: dt.date) -> None:
    assert dc_holiday_name(day) is None
    assert non_filing_reason(day) is None


# --- DC Emancipation Day (April 16), Juneteenth (from 2021), year-end crossing ---------------------------


@pytest.mark.parametrize(
    ("day", "expected"),
    [
        (D(2015, 4, 16), "Emancipation Day"),  # Thursday
        (D(2016, 4, 15), "Emancipation Day (observed)"),  # the 16th was a Saturday
        (D(2017, 4, 17), "Emancipation Day (observed)"),  # the 16th was a Sunday
        (D(2022, 4, 15), "Emancipation Day (observed)"),
        (D(2023, 4, 17), "Emancipation Day (observed)"),
        (D(2028, 4, 17), "Emancipation Day (observed)"),
        (D(2021, 6, 18), "Juneteenth National Independence Day (observed)"),  # first year; 19th a Saturday
        (D(2022, 6, 20), "Juneteenth National Independence Day (observed)"),
        (D(2023, 6, 19), "Juneteenth National Independence Day"),
        (D(2021, 12, 31), "New Year's Day (observed)"),  # 2022-01-01 was a Saturday
        (D(2027, 12, 31), "New Year's Day (observed)"),
        (D(2015, 2, 16), "Washington's Birthday"),
    ],
)
def test_dc_holiday_names(day: dt.date, expected: str) -> None:
    assert dc_holiday_name(day) == expected


@pytest.mark.parametrize("day", [D(2020, 6, 19), D(2019, 6, 19), D(2016, 4, 18), D(2017, 4, 14)])
def test_days_that_are_not_holidays(day: dt.date) -> None:
    assert dc_holiday_name(day) is None


def test_year_end_observed_day_is_found_from_either_year() -> None:
    assert D(2021, 12, 31) in dc_holidays(2021)
    assert D(2021, 12, 31) not in dc_holidays(2022)
    assert dc_holiday_name(D(2021, 12, 31)) == "New Year's Day (observed)"


# --- reasons and closures ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("day", "reason"),
    [
        (D(2017, 8, 27), "Sunday"),
        (D(2017, 8, 26), "Saturday"),
        (D(2017, 4, 16), "Sunday; Emancipation Day"),
        (D(2029, 1, 20), "Saturday; Inauguration Day"),
        (D(2015, 2, 16), "Washington's Birthday"),
        (D(2015, 2, 17), OCTAVIA),
        (D(2017, 8, 28), None),
    ],
)
def test_non_filing_reason(day: dt.date, reason: str | None) -> None:
    assert non_filing_reason(day) == reason


def test_user_closure_is_a_non_filing_day() -> None:
    day = D(2024, 3, 12)  # a Tuesday
    assert non_filing_reason(day) is None
    assert non_filing_reason(day, (day,)) == "U.S. Tax Court closed: closure added by the user"


def test_known_closures_can_be_left_out() -> None:
    assert non_filing_reason(D(2015, 2, 17)) == OCTAVIA
    assert non_filing_reason(D(2015, 2, 17), include_known=False) is None


def test_closure_table_rows_are_sourced_working_days() -> None:
    rows = known_closures()
    assert D(2015, 2, 17) in {row.date for row in rows}
    assert len({row.date for row in rows}) == len(rows)
    for row in rows:
        assert row.reason and row.source
        # A closure on a weekend or holiday would change nothing: such a row is a mistake.
        assert row.date.weekday() < 5 and dc_holiday_name(row.date) is None, row


if __name__ == "__main__":
    GOLDEN.write_text(json.dumps(current_table(), indent=1, ensure_ascii=False) + "\n", encoding="utf-8")

