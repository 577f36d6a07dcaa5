"""Date reading: the formats letters print, month first, OCR repair only where the format is certain."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest
from fresh_process import printed_by
from hypothesis import given
from hypothesis import strategies as st

from parser.facts import dates

MARCH_3 = dt.date(2025, 3, 3)


@pytest.mark.parametrize("text", [
    "March 3, 2025", "MAR 03 2025", "Mar. 3, 2025", "March 3,2025", "03/03/2025", "3/3/25", "03-03-2025",
    "03.03.2025", "MARCH 03, 2025", "3 March 2025", "03 MAR 2025", "3 Mar. 2025", "2025-03-03",
])
def test_letter_formats(text: str) -> None:
    found = dates.find_dates(text)
    assert [r.value for r in found] == [MARCH_3]
    assert not found[0].repaired and not found[0].ambiguous


@pytest.mark.parametrize(("text", "expected"), [
    ("Sept. 3, 2025", dt.date(2025, 9, 3)), ("Sep 30 2024", dt.date(2024, 9, 30)),
    ("12/31/2019", dt.date(2019, 12, 31)), ("2/29/2024", dt.date(2024, 2, 29)),
    ("March 3rd, 2025", MARCH_3), ("Monday, March 3, 2025", MARCH_3),
])
def test_other_months(text: str, expected: dt.date) -> None:
    assert [r.value for r in dates.find_dates(text)] == [expected]


@pytest.mark.parametrize("text", ["3/3]/2021", "12/31/202]", "Date: [2021]"])
def test_a_bracket_is_a_digit_only_in_a_named_dates_year_or_day(text: str) -> None:
    assert dates.find_dates(text) == ()


def test_numbers_are_read_month_first_never_day_first() -> None:
    assert [r.value for r in dates.find_dates("04/03/2025")] == [dt.date(2025, 4, 3)]
    assert dates.find_dates("13/03/2025") == ()  # no 13th month; never turned into 13 March


@pytest.mark.parametrize(("text", "expected"), [
    ("MAR O3 2O25", MARCH_3), ("Ju1y 4, 2025", dt.date(2025, 7, 4)),
    ("0ctober 1, 2024", dt.date(2024, 10, 1)), ("O3/O3/2025", MARCH_3), ("March 3, 2O2S", MARCH_3),
    ("Marcn 3, 2025", MARCH_3),
    ("May 31, (2022", dt.date(2022, 5, 31)),  # a speck read as "(" before the year (apart seed 9006)
    # An "m" read "rn" in a month name of nine letters, ten in all (apart 9045 0040), day first too.
    ("Septernber 29, 2023", dt.date(2023, 9, 29)), ("29 Septernber 2023", dt.date(2023, 9, 29)),
    # A fax's serif "1" read as a bracket at a named date's year's end (apart 9051 0023, three readings).
    ("MARCH 30 202]", dt.date(2021, 3, 30)), ("30 March 202]", dt.date(2021, 3, 30)),
])
def test_ocr_damage_read_back_and_marked(text: str, expected: dt.date) -> None:
    found = dates.find_dates(text)
    assert [r.value for r in found] == [expected]
    assert found[0].repaired


@pytest.mark.parametrize(("text", "readings"), [
    ("Jui 4, 2025", {dt.date(2025, 6, 4), dt.date(2025, 7, 4)}),
    ("Mav 3, 2025", {dt.date(2025, 3, 3), dt.date(2025, 5, 3)}),
    # apart seed 9005, a fax: "JUNE 1, 2020" read "JUNE 1! 2020"; the "!" is a 1 or the comma.
    ("JUNE 1! 2020", {dt.date(2020, 6, 1), dt.date(2020, 6, 11)}),
    ("MAR 2| 2024", {dt.date(2024, 3, 2), dt.date(2024, 3, 21)}),
])
def test_a_damaged_date_with_two_readings_keeps_both(text: str, readings: set[dt.date]) -> None:
    (found,) = dates.find_dates(text)
    assert found.ambiguous
    assert {found.value, *found.alternatives} == readings


# A day's last character that looks like a 1 is one where a comma (or a period, a comma misread) follows
# it: the comma's place is taken (apart 9029 0011, a fax's serif 1 read "]" by every pass and "!" by the
# speck-blind one). A bracket is read as a 1 in a day; repaired, so checked.
@pytest.mark.parametrize(("text", "day"), [
    ("November 2], 2022", dt.date(2022, 11, 21)), ("November 2!. 2022", dt.date(2022, 11, 21)),
    ("JUNE 1!, 2020", dt.date(2020, 6, 11)), ("MAR 2|, 2024", dt.date(2024, 3, 21)),
    ("2] November 2022", dt.date(2022, 11, 21)), ("1!, June 2020", dt.date(2020, 6, 11)),
    ("November 2] 2022", dt.date(2022, 11, 21)),  # a bracket is tall: never a comma
])
def test_a_ones_look_alike_before_the_comma_is_a_one(text: str, day: dt.date) -> None:
    (found,) = dates.find_dates(text)
    assert (found.value, found.alternatives, found.repaired) == (day, (), True)


# A day of one digit read as a 1's look-alike alone between its month and year ("OCTOBER | 2026": apart 9034
# 0024, a photo, which had no date at all): day 1, repaired.
@pytest.mark.parametrize("text", ["OCTOBER | 2026", "October l, 2026", "OCT I 2026", "Oct. ! 2026"])
def test_a_lone_ones_look_alike_between_month_and_year_is_day_one(text: str) -> None:
    (found,) = dates.find_dates(text)
    assert (found.value, found.repaired) == (dt.date(2026, 10, 1), True)


# A day "5" read as a sign alone ("$ October 2020" in every pass: apart 9071 0024, a photo, no date at all):
# day 5, repaired. A letter alone ("S") stays no day.
@pytest.mark.parametrize("text", ["$ October 2020", "§ October 2020", "October $, 2020", "Date $ Oct 2020"])
def test_a_lone_fives_sign_before_or_after_the_month_is_day_five(text: str) -> None:
    (found,) = dates.find_dates(text)
    assert (found.value, found.repaired) == (dt.date(2020, 10, 5), True)


# An accent a fax's speck put on a month's letter ("Juné 5, 2026" in every pass: own 6384 0066, no date at
# all): the month read as printed; the offsets are the text's own.
@pytest.mark.parametrize(("text", "day", "start"), [
    ("Juné 5, 2026", dt.date(2026, 6, 5), 0), ("Date: ° Juné 5, 2026", dt.date(2026, 6, 5), 8),
    ("Décembér 31, 2020", dt.date(2020, 12, 31), 0),
])
def test_a_month_with_an_accent_a_speck_put_on_it_is_read(text: str, day: dt.date, start: int) -> None:
    (found,) = dates.find_dates(text)
    assert (found.value, found.start, found.end) == (day, start, len(text))


# A date in figures whose slashes a stamp's edge across its tops made "7"s ("0772472023" in every pass: apart
# 9074 0015, a clean Times scan with no date at all), or read "1" or "|": a value's date, repaired. Only as a
# value's text (leading_date), never found in running text.
@pytest.mark.parametrize(("text", "day"), [
    ("0772472023", dt.date(2023, 7, 24)), ("077Z472023", dt.date(2023, 7, 24)),
    (": 12131/2021", dt.date(2021, 12, 31)), ("0311512024 ", dt.date(2024, 3, 15)),
])
def test_a_values_date_whose_slashes_were_read_as_digits(text: str, day: dt.date) -> None:
    found = dates.leading_date(text)
    assert found is not None and (found.value, found.repaired) == (day, True)
    assert dates.find_dates(text) == ()


@pytest.mark.parametrize("text", ["1234567890", "2818709690", "0772472023x", "Tel 0772472023", "1372472023",
                                  "0773272023", "0772471823"])
def test_ten_figures_that_make_no_date_with_slashes_for_digits_are_none(text: str) -> None:
    # an ID, a phone number, run on; a month past twelve, a day past the month's, a year out of range
    assert dates.leading_date(text) is None


@pytest.mark.parametrize("text", [
    "] November 2022", "Nov 2]] 2022",  # a bracket alone, or two, is no day
    "Tax period | 2019", "Form 1040 | 2019", "OCTOBER O 2026",  # no month before the bar; "O" alone no day
    "S October 2020", "Fee $ 2020",  # a letter alone is no day; a sign with no month name, no date
    "February 30, 2025", "123-45-6789", "213-555-1234", "Rev. 11-2019", "Form 12153", "Room 1400 2600",
    "Catalog Number 51634X", "page 1 of 2", "$4,675.49", "l/l/25", "page 2 of 3 2025", "12 months 2019",
    "2025-13-01",
])
def test_not_dates(text: str) -> None:
    assert dates.find_dates(text) == ()


def test_named_patterns_match_their_shapes() -> None:
    assert dates.LONG_DATE.fullmatch("March 3, 2025")
    assert dates.LONG_DATE.fullmatch("MAR 03 2025")
    assert not dates.LONG_DATE.search("March 2025")
    assert dates.LONG_DATE.fullmatch("MAR 26° 2026")  # a scan's speck beside the day
    assert dates.NUMERIC_DATE.fullmatch("3/3/25")
    assert not dates.NUMERIC_DATE.search("3/3-25")  # mixed separators are no date
    assert dates.YEAR_MONTH.fullmatch("201912")
    assert not dates.YEAR_MONTH.search("201913")
    assert dates.YEAR_ONLY.fullmatch("2019")
    assert not dates.YEAR_ONLY.search("12/31/2019")
    assert dates.DAY_FIRST_DATE.fullmatch("30 September 2024")
    assert not dates.DAY_FIRST_DATE.search("12/30 September 2024")
    assert dates.ISO_DATE.fullmatch("2025-03-03")
    assert not dates.ISO_DATE.search("12025-03-03")


# A speck a scan set after a day-first date's day (apart seed 9016, 0058: "Date 24 August 2020" read "Date 24,
# August 2020"): the date is read, and kept for review.
@pytest.mark.parametrize(("text", "expected"), [
    ("Date 24, August 2020", dt.date(2020, 8, 24)),
    ("Date: 8 ’ October 2024", dt.date(2024, 10, 8)),
    ("3; MAR 2025", dt.date(2025, 3, 3)),
    ("15 . Jan. 2023", dt.date(2023, 1, 15)),
])
def test_a_speck_after_the_day_of_a_day_first_date_is_skipped_and_the_date_flagged(
        text: str, expected: dt.date) -> None:
    (found,) = dates.find_dates(text)
    assert found.value == expected and found.repaired


# A speck in the space between a day-first date's month and year (apart 9063 0022, 150 dpi: "Letter Date: 21
# June’2021" had no date): read, marked repaired; a stop or a comma there with no space is a mark.
@pytest.mark.parametrize(("text", "expected", "repaired"), [
    ("Letter Date: 21 June’2021", dt.date(2021, 6, 21), True),
    ("21 JUNE'2021", dt.date(2021, 6, 21), True),
    ("5 MAR*2024", dt.date(2024, 3, 5), True),
    ("21 June,2021", dt.date(2021, 6, 21), False),
    ("3 Oct.2023", dt.date(2023, 10, 3), False),
])
def test_a_speck_between_a_day_first_dates_month_and_year_is_skipped(
        text: str, expected: dt.date, repaired: bool) -> None:
    (found,) = dates.find_dates(text)
    assert found.value == expected and found.repaired == repaired


@pytest.mark.parametrize("text", ["21 June2021", "21 June’’2021x", "3 Form:2021"])
def test_no_day_first_date_without_a_mark_or_space_before_its_year(text: str) -> None:
    assert dates.find_dates(text) == ()


def test_a_clean_day_first_date_is_not_repaired_and_a_comma_between_numbers_is_no_date() -> None:
    (found,) = dates.find_dates("Date: 24 August 2020")
    assert found.value == dt.date(2020, 8, 24) and not found.repaired
    assert dates.find_dates("Form 12153, received 2021, 12 copies") == ()


@pytest.mark.parametrize(("text", "year"), [
    ("2019", True), ("1999", True), ("2099", True), ("1899", False), ("2119", False), ("219", False),
])
def test_a_year_of_the_tools_range(text: str, year: bool) -> None:
    assert (re.fullmatch(dates.YEAR, text) is not None) is year


@pytest.mark.parametrize(("text", "year_end"), [
    ("december 31, ", True), ("december 31 ", True), ("dec. 31, ", True), ("dec 31 ", True),
    ("12/31/", True), ("december 30, ", False), ("12/30/", False), ("decemb. 31, ", False),
])
def test_a_tax_years_last_day_before_its_year(text: str, year_end: bool) -> None:
    assert (re.fullmatch(dates.YEAR_END, text) is not None) is year_end
    assert (re.fullmatch(dates.YEAR_END + dates.YEAR, f"{text}2019") is not None) is year_end


def test_leading_date_must_open_the_text() -> None:
    assert dates.leading_date(": March 3, 2025") is not None
    found = dates.leading_date("[5 July 2023")  # a ruled cell's edge read as a bracket (apart 9079 0077)
    assert found is not None and found.value == dt.date(2023, 7, 5)
    assert dates.leading_date("received March 3, 2025") is None


@pytest.mark.parametrize("value", ['"06/05/2023', "‘06/05/2023", "| 06/05/2023", "° 06/05/2023",
                                   "“June 5, 2023"])
def test_a_mark_a_fax_glued_before_the_date_does_not_hide_it(value: str) -> None:
    found = dates.leading_date(value)
    assert found is not None and found.value == dt.date(2023, 6, 5)


@pytest.mark.parametrize(("text", "years"), [
    ("2019 through 2021", [2019, 2020, 2021]), ("2020-2022", [2020, 2021, 2022]),
    ("2019 thru 2020", [2019, 2020]),
])
def test_a_span_of_tax_years_is_every_year_of_it(text: str, years: list[int]) -> None:
    found = dates.period_ends(text, years_allowed=True)
    assert [r.value for r in found] == [dt.date(y, 12, 31) for y in years]
    assert dates.period_ends(text, years_allowed=False) == ()


def test_period_ends() -> None:
    found = dates.period_ends("201912, 2020 and 12/31/2021", years_allowed=True)
    assert [r.value for r in found] == [dt.date(2019, 12, 31), dt.date(2020, 12, 31), dt.date(2021, 12, 31)]
    assert [r.value for r in dates.period_ends("2020", years_allowed=False)] == []
    assert [r.value for r in dates.period_ends("202006", years_allowed=False)] == [dt.date(2020, 6, 30)]


@pytest.mark.parametrize(("text", "end", "repaired"), [
    ("12/34/2019", dt.date(2019, 12, 31), True),  # a period ends on its month's last day
    ("06/38/2022", dt.date(2022, 6, 30), True),
    ("12/31/2019", dt.date(2019, 12, 31), False),
])
def test_a_period_end_whose_day_a_scan_garbled_is_its_month_end(text: str, end: dt.date, repaired: bool
                                                                 ) -> None:
    (reading,) = dates.period_ends(text, years_allowed=False)
    assert (reading.value, reading.repaired) == (end, repaired)


@pytest.mark.parametrize(("text", "ends"), [
    ("12/3 1/2021", [dt.date(2021, 12, 31)]),  # OCR split the day: "1/2021" is no January
    ("12/3 1/2021, 12/31/2022", [dt.date(2021, 12, 31), dt.date(2022, 12, 31)]),
    ("2/3 1/2021", []),  # the halves joined make no date: nothing is read
])
def test_a_period_end_whose_day_ocr_split_is_joined_and_repaired(text: str, ends: list[dt.date]) -> None:
    found = dates.period_ends(text, years_allowed=False)
    assert [r.value for r in found] == ends
    assert found[:1] == () or found[0].repaired


@pytest.mark.parametrize(("text", "end"), [
    # apart seed 9005: period ends under a stamp; a period ends on its month's last day.
    ("Dec2315.2017", dt.date(2017, 12, 31)), ("Ded. 134, -2020", dt.date(2020, 12, 31)),
    ("Dec. 2315-2022", dt.date(2022, 12, 31)), ("12731/2021", dt.date(2021, 12, 31)),
])
def test_a_period_end_whose_day_is_garbled_is_its_month_s_last_day_repaired(text: str, end: dt.date) -> None:
    (found,) = dates.period_ends(text, years_allowed=False)
    assert (found.value, found.repaired) == (end, True)


@pytest.mark.parametrize("text", ["Feb 31, 2022", "2/31/2022", "Form 1040 2019", "Stop 1002 2019"])
def test_a_day_some_month_has_or_no_month_gives_no_garbled_period(text: str) -> None:
    assert dates.period_ends(text, years_allowed=False) == ()


@pytest.mark.parametrize("text", ["12/34/2019", "2/31/2022"])
def test_a_garbled_day_is_never_mended_in_an_ordinary_date(text: str) -> None:
    assert dates.find_dates(text) == ()
    assert dates.period_ends("2/31/2022", years_allowed=False) == ()  # a day a month can have: no repair


STYLES = ("{d:%B} {d.day}, {d.year}", "{upper} {d:%d} {d.year}", "{d:%m/%d/%Y}", "{d.month}/{d.day}/{d:%y}")


@given(st.dates(min_value=dt.date(2000, 1, 1), max_value=dt.date(2068, 12, 31)), st.sampled_from(STYLES))
def test_any_printed_date_reads_back(day: dt.date, style: str) -> None:
    text = style.format(d=day, upper=f"{day:%b}".upper())
    assert [r.value for r in dates.find_dates(f"Date: {text}")] == [day]


@pytest.mark.parametrize(("text", "expected"), [
    ("MAR 26° 2026", dt.date(2026, 3, 26)), ("March 3', 2025", dt.date(2025, 3, 3)),
    ("June 4·, 2024", dt.date(2024, 6, 4)), ("Mar 3 ,2025", dt.date(2025, 3, 3)),
])
def test_specks_beside_the_day_are_skipped(text: str, expected: dt.date) -> None:
    found = dates.find_dates(text)
    assert [reading.value for reading in found] == [expected]


@pytest.mark.parametrize(("text", "expected"), [
    ("March’21:, 2025", dt.date(2025, 3, 21)), ("NOV .25 2024", dt.date(2024, 11, 25)),
    ("Oct ° 7, 2024", dt.date(2024, 10, 7)), ("Apr... 5, 2024", dt.date(2024, 4, 5)),
    ("Jan.,16, 2025", dt.date(2025, 1, 16)),
])
def test_a_speck_between_month_and_day_is_skipped_and_counted_as_a_repair(text: str,
                                                                          expected: dt.date) -> None:
    (reading,) = dates.find_dates(text)
    assert reading.value == expected and reading.repaired


def test_a_year_split_in_two_words_is_joined_and_counted_as_a_repair() -> None:
    # OCR of a phone photo split "08/25/2023" into "08/25/20" and "23".
    (reading,) = dates.find_dates("08/25/20 23")
    assert reading.value == dt.date(2023, 8, 25) and reading.repaired
    assert [r.value for r in dates.find_dates("12/31/20 12/31/21")] == [dt.date(2020, 12, 31),
                                                                         dt.date(2021, 12, 31)]


@pytest.mark.parametrize("text", ["Jan, 13, 2025", "Jan; 13, 2025", "JAN: 13 2025", "Jan ;13, 2025"])
def test_a_comma_after_the_month_is_read_as_its_period_and_counted_as_a_repair(text: str) -> None:
    (reading,) = dates.find_dates(text)  # a fax's "Jan." read as "Jan," "Jan;" or "Jan:"
    assert reading.value == dt.date(2025, 1, 13) and reading.repaired
    (clean,) = dates.find_dates("Jan. 13, 2025")
    assert clean.value == dt.date(2025, 1, 13) and not clean.repaired


@pytest.mark.parametrize(("head", "tail", "where", "joined"), [
    ("J", "anuary", "text", True), ("Sep", "tember", "text", True), ("Jun", "e", "text", True),
    ("J", "un", "text", False),  # anywhere in a text, only a full month name
    ("J", "une,", "value", True), ("J", "un.", "value", True), ("Ju", "ly", "value", True),
    ("Sep", "tember", "value", False), ("Jun", "e", "value", False),  # a value: two letters at most first
    ("J", "ones", "text", False), ("J", "ones", "value", False),
])
def test_which_split_month_names_are_joined_where(head: str, tail: str, where: str, joined: bool) -> None:
    assert dates.split_month(head, tail, dates.MONTH_SPLITS[where]) is joined


@pytest.mark.parametrize(("text", "readings"), [
    ("Date: 2T July 2023", {dt.date(2023, 7, 21), dt.date(2023, 7, 27)}),  # T for 1 or 7
    ("ZT July 2023", {dt.date(2023, 7, 21), dt.date(2023, 7, 27)}),
    ("March 1T, 2022", {dt.date(2022, 3, 11), dt.date(2022, 3, 17)}),
    ("SEP 2T 2024", {dt.date(2024, 9, 21), dt.date(2024, 9, 27)}),
    ("Feb 3T, 2021", set()),  # no February 31 nor 37: no date
    ("3T July 2023", {dt.date(2023, 7, 31)}),  # only one reading is a day
])
def test_a_day_digit_read_as_a_letter_of_two_digits_keeps_every_reading(text: str,
                                                                         readings: set[dt.date]) -> None:
    found = dates.find_dates(text)
    assert {d for r in found for d in (r.value, *r.alternatives)} == readings
    assert all(r.repaired for r in found)  # a repaired reading is flagged
    if found:
        assert found[0].value == min(readings)


@pytest.mark.parametrize("text", ["JUL T 2023", "TT July 2023", "Form 1040 T 2023"])
def test_a_day_of_letters_only_is_no_day(text: str) -> None:
    assert dates.find_dates(text) == ()


def _dateparser_reading(year: int, month: int, day: int) -> dt.date | None:
    """What the calendar check was before its fast path: dateparser's strict "%B %d, %Y" reading."""
    import calendar

    import dateparser

    parsed = dateparser.parse(f"{calendar.month_name[month]} {day}, {year}", date_formats=["%B %d, %Y"],
                              languages=["en"], settings=dates.DATEPARSER_SETTINGS)  # type: ignore[arg-type]
    if parsed is None or (parsed.year, parsed.month, parsed.day) != (year, month, day):
        return None
    found: dt.date = parsed.date()
    return found


# Leap days of leap and common years (2000 and 2400 leap, 1900 and 2100 not), month ends, a 31st of a
# 30-day month, the edges of four-digit years, and years with fewer or more digits (OCR damage).
@pytest.mark.parametrize(("year", "month", "day"), [
    (2024, 2, 29), (2023, 2, 29), (2000, 2, 29), (1900, 2, 29), (2100, 2, 29), (2400, 2, 29),
    (2025, 4, 31), (2025, 4, 30), (2025, 12, 31), (2025, 1, 1), (1000, 1, 1), (9999, 12, 31), (1969, 7, 4),
    (999, 3, 3), (24, 3, 3), (0, 3, 3), (202, 11, 5), (10000, 1, 1), (20245, 2, 16),
])
def test_the_calendar_check_agrees_with_dateparser(year: int, month: int, day: int) -> None:
    dates._calendar_date.cache_clear()
    assert dates._calendar_date(year, month, day) == _dateparser_reading(year, month, day)


@given(st.integers(1000, 9999), st.integers(1, 12), st.integers(1, 31))
def test_any_four_digit_year_reads_as_dateparser_reads_it(year: int, month: int, day: int) -> None:
    expected = _dateparser_reading(year, month, day)
    assert dates._calendar_date(year, month, day) == expected
    if expected is not None:
        assert [r.value for r in dates.find_dates(f"{month:02d}/{day:02d}/{year}")] == [expected]


def test_a_digital_letter_is_read_without_loading_dateparser() -> None:
    """Its dates have four-digit years: the calendar checks them; dateparser (~80 ms to load) stays out."""
    digital = Path(__file__).resolve().parent.parent / "samples" / "letters" / "4390-digital-july4.pdf"
    script = (
        "import sys\n"
        "from pathlib import Path\n"
        "from letter4390.pipeline import analyse\n"
        f"result = analyse(Path({str(digital)!r}))\n"
        "print(result.facts.fields.letter_date.value, 'dateparser' in sys.modules)\n"
    )
    letter_date, loaded = printed_by(script)
    assert dt.date.fromisoformat(letter_date) == dt.date(2024, 4, 5) and loaded == "False"


@pytest.mark.parametrize(("text", "expected"), [
    ("42/31/2015", dt.date(2015, 12, 31)),  # a fax streak made the month's 1 a 4
    ("72/31/2019", dt.date(2019, 12, 31)),  # ... or a 7
    ("18/31/2020", dt.date(2020, 10, 31)),  # the month's 0 read as an 8
    ("19/31/2022", dt.date(2022, 10, 31)),  # ... or a 9
    ("46/30/2021", None),  # no look-alike month of one digit changed: 16 and 40 are none
    ("43/31/2015", None),  # 13 and the 3's look-alike 83 are none
    ("42/30/2015", None),  # 12 is a month but December does not end on the 30th
])
def test_a_numeric_period_whose_month_a_scan_turned_past_twelve(text: str, expected: dt.date | None) -> None:
    found = dates.period_ends(text, years_allowed=False, scanned=True)
    assert [(r.value, r.repaired) for r in found] == ([] if expected is None else [(expected, True)])
    assert dates.period_ends(text, years_allowed=False) == ()  # a text layer is exact: nothing read into it


@pytest.mark.parametrize("text", ["December 3], 2016", "Dec. 3}, 2016", "DECEMBER 3] 2016", "Dec 3] 2016",
                                  "Dec.3],2016"])
def test_a_named_period_whose_day_s_one_a_scan_made_a_bracket_is_its_month_s_last_day(text: str) -> None:
    found = dates.period_ends(text, years_allowed=True, scanned=True)
    assert [(r.value, r.repaired) for r in found] == [(dt.date(2016, 12, 31), True)]
    # A text layer's reading takes the bracket for a 1 as a named date's day (find_dates reads look-alikes
    # wherever it reads), or the year: either way nothing is taken as sure but the year.
    assert all(r.style == "year" or (r.value, r.repaired) == (dt.date(2016, 12, 31), True)
               for r in dates.period_ends(text, years_allowed=True))
