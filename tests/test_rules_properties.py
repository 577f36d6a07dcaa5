"""Properties every computed deadline must have, whatever the letter date and closures."""

from __future__ import annotations

import datetime as dt

from hypothesis import given
from hypothesis import strategies as st

from rules.calendar import dc_holiday_name, filing_calendar, known_closures
from rules.deadlines import LETTER_DEADLINES, RULES, compute_deadlines, reviewable_parts, roll_forward

letter_dates = st.dates(min_value=dt.date(1990, 1, 1), max_value=dt.date(2099, 12, 31))
letter_types = st.sampled_from(sorted(LETTER_DEADLINES))
closure_lists = st.lists(st.dates(min_value=dt.date(1990, 1, 1), max_value=dt.date(2100, 6, 30)), max_size=8)
# Closures clustered after the letter date, so that they often land on or next to a nominal day.
offsets = st.lists(st.integers(min_value=25, max_value=100), max_size=8)


def closures_near(letter_date: dt.date, days: list[int]) -> list[dt.date]:
    return [letter_date + dt.timedelta(days=n) for n in days]


@given(letter_types, letter_dates, offsets, closure_lists)
def test_due_date_is_a_filing_day_never_before_the_nominal_day(
    letter_type: str, letter_date: dt.date, near: list[int], far: list[dt.date]
) -> None:
    closures = set(closures_near(letter_date, near)) | set(far)
    closed = closures | {row.date for row in known_closures()}
    calendar = filing_calendar(closures)
    for deadline in compute_deadlines(letter_type, letter_date, closures=closures):
        assert deadline.nominal == letter_date + dt.timedelta(days=RULES[deadline.id].days)
        assert deadline.due >= deadline.nominal
        assert deadline.due.weekday() < 5
        assert dc_holiday_name(deadline.due) is None
        assert deadline.due not in closed
        # Every day from the nominal day up to the due day was rolled past, in order, for a true reason.
        span = (deadline.due - deadline.nominal).days
        assert [r.date for r in deadline.rolled_past] == [
            deadline.nominal + dt.timedelta(days=n) for n in range(span)
        ]
        assert all(r.why == calendar.days_off(r.date) and r.why for r in deadline.rolled_past)
        assert not deadline.unconfirmed


@given(letter_types, letter_dates, offsets)
def test_rolling_a_due_date_gives_itself(letter_type: str, letter_date: dt.date, near: list[int]) -> None:
    closures = closures_near(letter_date, near)
    calendar = filing_calendar(closures)
    for deadline in compute_deadlines(letter_type, letter_date, closures=closures):
        assert roll_forward(deadline.due, calendar) == (deadline.due, ())


@given(letter_types, letter_dates, letter_dates, offsets)
def test_due_date_is_monotonic_in_the_letter_date(
    letter_type: str, first: dt.date, second: dt.date, near: list[int]
) -> None:
    earlier, later = sorted((first, second))
    closures = closures_near(earlier, near)
    early = compute_deadlines(letter_type, earlier, closures=closures)
    late = compute_deadlines(letter_type, later, closures=closures)
    for a, b in zip(early, late, strict=True):
        assert a.id == b.id
        assert a.due <= b.due


@given(letter_types, letter_dates, letter_dates)
def test_days_left_is_due_minus_as_of(letter_type: str, letter_date: dt.date, as_of: dt.date) -> None:
    with_as_of = compute_deadlines(letter_type, letter_date, as_of=as_of)
    without = compute_deadlines(letter_type, letter_date)
    for deadline, plain in zip(with_as_of, without, strict=True):
        assert deadline.days_left == (deadline.due - as_of).days
        assert plain.days_left is None
        assert deadline.due == plain.due


@given(letter_dates, st.integers(min_value=-10, max_value=130))
def test_gray_scope_by_filing_day(letter_date: dt.date, offset: int) -> None:
    cdp, innocent = compute_deadlines("4390", letter_date)
    filed_on = letter_date + dt.timedelta(days=offset)
    parts = reviewable_parts((cdp, innocent), filed_on)
    if filed_on <= cdp.due:
        assert parts == ("collection_due_process", "innocent_spouse")
    elif filed_on <= innocent.due:
        assert parts == ("innocent_spouse",)
    else:
        assert parts == ()
    # Filing later never brings more before the court.
    later = reviewable_parts((cdp, innocent), filed_on + dt.timedelta(days=1))
    assert set(later) <= set(parts)
