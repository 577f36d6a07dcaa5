"""Days stamped on a letter after it came (a receipt stamp, the stamp by "in re", a fax machine's header):
a letter date later than one of them is misread, flagged with that day as the earliest it can be; a stamp
after the date, a hearing's date or an hours line's clock times prove nothing."""

from __future__ import annotations

import datetime as dt

import pytest
from facts_pages import words_at

from parser.core.model import PageView
from parser.facts.header import PageLayout, layout_of, value_spots
from parser.facts.labels import find_labels
from parser.facts.letter_date import cross_checks, letter_date, stamped_dates
from parser.reading.lines import group_lines

D = dt.date


def _layout(*rows: tuple[str, float, float]) -> PageLayout:
    words = [w for text, top, x0 in rows for w in words_at(x0, top, text, method="ocr", size=8.0)]
    page = PageView(number=1, width=612.0, height=792.0, method="ocr", words=tuple(words))
    return layout_of(page, group_lines(words), first=True)


HEADER = (("Department of the Treasury", 40.0, 54.0), ("Date:", 45.0, 330.0), ("04/08/2023", 56.0, 340.0),
          ("Internal Revenue Service", 52.0, 54.0), ("Person to Contact:", 70.0, 330.0),
          ("Michael B Obi", 81.0, 340.0))


@pytest.mark.parametrize(("stamp", "stamped"), [
    # own seed 6322 0075: "04/05/2023" read "04/08/2023" by all three readings, the stamp by "in re" says 6
    ((("In re: Due Process Appeal", 200.0, 54.0), ("APR 06 2023", 200.0, 230.0)), D(2023, 4, 6)),
    ((("RECEIVED APR 06 2023", 120.0, 60.0),), D(2023, 4, 6)),
    ((("RECEIVED", 110.0, 60.0), ("APR 06 2023", 121.0, 60.0)), D(2023, 4, 6)),  # the word over its date
    ((("04/06/2023 12:01 FROM: LOW INCOME TAXPAYER CLINIC P. 001/003", 10.0, 30.0),), D(2023, 4, 6)),
])
def test_a_letter_date_after_a_stamped_day_is_flagged_and_counted_from_that_day(
        stamp: tuple[tuple[str, float, float], ...], stamped: D) -> None:
    layout = _layout(*HEADER, *stamp)
    assert stamped_dates(layout) == (stamped,)
    reasons = cross_checks(D(2023, 4, 8), [], as_of=None, tax_periods=(), stamped=(stamped,))
    assert [r.code for r in reasons] == ["date.after_stamp"]
    dated = letter_date(value_spots(layout, find_labels(layout.lines)), [layout], [], as_of=D(2023, 4, 20))
    assert dated.fact is not None and dated.fact.value == D(2023, 4, 8) and dated.fact.needs_review
    assert "date.after_stamp" in [r.code for r in dated.fact.reasons]
    assert stamped in dated.alternatives  # the deadlines count from the earliest: never from the 8th


@pytest.mark.parametrize("rows", [
    (("RECEIVED APR 16 2023", 120.0, 60.0),),  # stamped after the date: as it should be
    (("Hearing held: 03/02/2023", 120.0, 60.0),),  # a hearing's date is before the letter, not after it
    (("Contact hours: 7:00 am - 3:30 pm MT", 95.0, 330.0),),  # clock times, no date
    # Labels of earlier steps (ind57: "Date Form 12153 Received Aug. 2, 2024"), colon or none.
    (("Date Form 12153 Received Aug. 2, 2024", 120.0, 330.0),),
    (("Request Received: 10/02/2022", 120.0, 330.0),),
    (("Hearing: 03/02/2023 at 10:00 am", 120.0, 330.0),),  # a clock time is no fax header without its words
    # ind22: a tax period's second line a little lower than a RECEIVED stamp left of it is no stamp's date.
    (("RECEIVED", 121.0, 200.0), ("12/31/2022", 123.0, 420.0), ("APR 14 2023", 133.0, 200.0)),
])
def test_stamps_after_the_date_and_other_dates_prove_nothing(
        rows: tuple[tuple[str, float, float], ...]) -> None:
    layout = _layout(*HEADER, *rows)
    assert not cross_checks(D(2023, 4, 8), [], as_of=None, tax_periods=(), stamped=stamped_dates(layout))


@pytest.mark.parametrize(("stamp", "periods", "as_of", "counted"), [
    # own seed 6324 0012: a fax's "RECEIVED JUN 07 2026" read "2020", before the 2024 period it decides
    ("RECEIVED JUN 07 2020", (D(2024, 12, 31),), D(2026, 6, 1), ()),
    ("RECEIVED APR 06 2023", (D(2021, 12, 31), D(2022, 12, 31)), D(2023, 4, 20), (D(2023, 4, 6),)),
    # a period ending after the as-of day is itself misread ("2022" read "2028"): it bounds nothing
    ("RECEIVED APR 06 2023", (D(2028, 12, 31),), D(2023, 4, 20), (D(2023, 4, 6),)),
    ("RECEIVED DEC 31 2022", (D(2022, 12, 31),), D(2023, 4, 20), ()),  # no later than the period's end
])
def test_a_stamped_day_before_the_letters_tax_periods_ended_is_a_misread_stamp(
        stamp: str, periods: tuple[D, ...], as_of: D, counted: tuple[D, ...]) -> None:
    layout = _layout(*HEADER, (stamp, 120.0, 60.0))
    assert stamped_dates(layout, tax_periods=periods, as_of=as_of) == counted


@pytest.mark.parametrize(("header", "at", "bounds"), [
    # a damaged month: June or July, no bound (apart 9028 0083, own 6327 0049)
    ("Jub 06 2022 16:41 FROM: 1-713-555-0142 TO: CLINIC INTAKE P.001/004", 10.0, ()),
    ("In re: Due Process Appeal | sun 09 2026 |", 200.0, ()),
    ("In re: Due Process Appeal | JUL 09 2026 |", 200.0, (D(2026, 7, 9),)),
    ("RECEIVED JUN 06 2022", 120.0, (D(2022, 6, 6),)),
    ("06/06/2022 16:41 FROM: 1-713-555-0142 TO: CLINIC INTAKE P.001/004", 10.0, (D(2022, 6, 6),)),
])
def test_a_stamped_day_read_through_a_damaged_month_bounds_nothing(header: str, at: float,
                                                                   bounds: tuple[D, ...]) -> None:
    layout = _layout(*HEADER, (header, at, 30.0))
    assert stamped_dates(layout) == bounds


# apart 9053 0017 (a fax): the "Tax Periods Ended:" label lost under a RECEIVED stamp, its three periods
# beside the stamp's words; "December 31, 2017" bounded a letter of March 13, 2019 as a stamp's day, and the
# deadlines counted from 2017's end. Month ends stacked in a column are a list of periods, no stamp's days.
@pytest.mark.parametrize("periods", [
    ("December 31, 2015", "December 31, 2016", "December 31, 2017"),
    ("12/31/2016", "12/31/2017"),
    ("June 30, 2017", "September 30, 2017", "December 31, 2017"),
])
def test_month_ends_stacked_under_a_stamp_are_a_list_of_periods_not_its_days(
        periods: tuple[str, ...]) -> None:
    rows = [("RECEIVED", 118.0, 60.0),
            *((period, 130.0 + 11.0 * i, 68.0) for i, period in enumerate(periods))]
    layout = _layout(*HEADER, *rows)
    assert stamped_dates(layout) == ()


def test_a_stamps_own_day_beside_a_list_of_periods_still_bounds_the_date() -> None:
    rows = [("RECEIVED", 118.0, 200.0), ("APR 06 2023", 129.0, 200.0),
            ("December 31, 2021", 130.0, 68.0), ("December 31, 2022", 141.0, 68.0)]
    layout = _layout(*HEADER, *rows)
    assert stamped_dates(layout) == (D(2023, 4, 6),)
