"""A scan's list of tax periods read in doubt is read again from its band of the page image (issue 16)."""

from __future__ import annotations

import datetime as dt

import pytest
from facts_pages import make_doc, make_page
from PIL import Image, ImageDraw, ImageFont

from parser.core.model import Box, Evidence, Fact, PageView, Word
from parser.facts import dates, identifiers, period_rereading
from parser.facts.fields import FieldValue, Reading
from parser.facts.header import layout_of, value_spots
from parser.facts.labels import find_labels
from parser.reading.lines import group_lines
from parser.reading.page_source import PageSource

DPI = 200.0
SCALE = DPI / 72.0
MONO = "/usr/share/fonts/truetype/dejavu/DejaVuSansMono.ttf"


def years(*ys: int) -> tuple[dt.date, ...]:
    return tuple(dt.date(y, 12, 31) for y in ys)


def ocr_word(text: str, confidence: float = 90.0) -> Word:
    return Word(text=text, box=Box(100, 100, 140, 110), page=1, method="ocr", confidence=confidence)


def reading(value: tuple[dt.date, ...], *, confidence: float = 90.0, doubt: bool = False) -> Reading:
    from parser.core.notes import note

    return Reading(value=value, words=(ocr_word("x", confidence),), text="x",
                   doubt=(note("value.period_digits"),) if doubt else ())


def flagged_fact(value: tuple[dt.date, ...]) -> Fact[FieldValue]:
    from parser.core.notes import note

    return Fact(value=value, confidence=0.5, evidence=Evidence(1, Box(0, 0, 1, 1), "x", "ocr"),
                needs_review=True, reasons=(note("value.period_line", line="2 S520 20"),))


def test_two_clean_readings_that_keep_every_period_replace_a_short_list_without_review() -> None:
    fact = flagged_fact(years(2020))
    got = period_rereading.decided(fact, [reading(years(2020, 2021, 2022)), reading(years(2020, 2021, 2022))])
    assert got is not None and got.value == years(2020, 2021, 2022) and not got.needs_review


def test_agreeing_readings_that_drop_a_period_the_page_read_stay_flagged() -> None:
    # The page read 2021-12-31 (a damaged "03/317 2021"); the band reads the quarters: taken, still checked.
    quarters = (dt.date(2021, 3, 31), dt.date(2021, 6, 30), dt.date(2021, 9, 30))
    fact = flagged_fact((dt.date(2021, 6, 30), dt.date(2021, 9, 30), dt.date(2021, 12, 31)))
    got = period_rereading.decided(fact, [reading(quarters), reading(quarters)])
    assert got is not None and got.value == quarters and got.needs_review
    assert period_rereading.REREAD_REASON in got.reasons


@pytest.mark.parametrize("readings", [
    [reading(years(2019, 2020)), reading(years(2019, 2021))],  # they disagree
    [reading(years(2019, 2020))],  # one reading alone
    [reading(years(2019)), reading(years(2019))],  # readings holding what the page read: nothing new
    [],
])
def test_readings_that_do_not_agree_leave_the_fact_as_it_was(readings: list[Reading]) -> None:
    fact = flagged_fact(years(2019))
    assert period_rereading.decided(fact, readings) is fact


@pytest.mark.parametrize("second", [
    reading(years(2017, 2018, 2019), confidence=40.0),  # unsure words
    Reading(value=years(2017, 2018, 2019), words=(ocr_word("x"),), text="x", repaired=True),  # "202!"
    reading(years(2017, 2018, 2019), doubt=True),  # the reading itself doubts a line
])
def test_an_unsure_or_doubtful_agreeing_reading_keeps_the_value_flagged(second: Reading) -> None:
    got = period_rereading.decided(flagged_fact(years(2017)), [reading(years(2017, 2018, 2019)), second])
    assert got is not None and got.value == years(2017, 2018, 2019) and got.needs_review


def test_periods_unread_beside_their_label_are_taken_only_flagged() -> None:
    got = period_rereading.decided(None, [reading(years(2019)), reading(years(2019))])
    assert got is not None and got.value == years(2019) and got.needs_review


def _scanned_header(label: str, printed: list[str], read: list[str], *, closed: bool = True
                    ) -> tuple[PageSource, PageView]:
    """A page whose image prints `printed` under `label` and whose OCR words read `read` there, with a
    right-hand column and a "Reply to:" label under the list."""
    rows = [(54.0, 100.0, label)]
    image_rows = list(rows)
    for number, (shown, garbled) in enumerate(zip(printed, read, strict=True)):
        top = 112.0 + 12.0 * number
        rows.append((54.0, top, garbled))
        image_rows.append((54.0, top, shown))
    below = 112.0 + 12.0 * len(printed)
    closing = [(54.0, below, "Reply to: AP:SB:PHL:RHC")] if closed else []
    for row in (*closing, (330.0, 100.0, "Person to contact: Ana Ruiz"),
                (330.0, 112.0, "Direct phone: 267-706-7021")):
        rows.append(row)
        image_rows.append(row)
    page = make_page(rows, method="ocr", confidence=90.0)
    image = Image.new("L", (round(612 * SCALE), round(792 * SCALE)), 255)
    draw = ImageDraw.Draw(image)
    font = ImageFont.truetype(MONO, round(10 * 0.5 / 0.6 * SCALE))  # 0.5 em a character, as make_page
    for x, top, text in image_rows:
        draw.text((x * SCALE, top * SCALE), text, fill=0, font=font)
    source = PageSource(make_doc(page), [], kept={1: image})
    return source, page


@pytest.mark.parametrize(("label", "printed", "read", "expected"), [
    ("Tax period(s) ended:", ["12/31/2020", "12/31/2021", "12/31/2022"],
     ["12/31/2020", "2 S520 20", "12/31/2022"], years(2020, 2021, 2022)),
    ("Tax period(s):", ["December 31, 2019", "December 31, 2020"],
     ["December 31, 2019", "Deceniber 31 ; 2020"], years(2019, 2020)),
    ("Tax year(s):", ["2015", "2016", "2017"], ["2015", "2016", "ese"], years(2015, 2016, 2017)),
])
def test_a_list_line_the_page_garbled_is_read_from_the_band(
        label: str, printed: list[str], read: list[str], expected: tuple[dt.date, ...]) -> None:
    source, page = _scanned_header(label, printed, read)
    lines = group_lines(page.words)
    spots = [s for s in value_spots(layout_of(page, lines, first=True), find_labels(lines))
             if s.label.field == "tax_periods"]
    band = period_rereading.band_of(spots[0], 612.0, page.words)
    assert band is not None
    assert band.box.bottom < 112.0 + 12.0 * len(printed) + 5  # not the "Reply to:" line's middle under it
    assert band.box.x1 <= 330.0  # nor the column beside it
    first = flagged_fact(years(expected[0].year))
    got = period_rereading.reread(first, band, source)
    assert got is not None and got.value == expected and not got.needs_review


def test_a_list_with_no_label_under_it_is_read_from_the_band_but_stays_flagged() -> None:
    # Nothing shows the list ends at its last line read: a line under it may be lost to the scan.
    source, page = _scanned_header("Tax year(s):", ["2015", "2016", "2017"], ["2015", "2016", "ese"],
                                   closed=False)
    lines = group_lines(page.words)
    spot = next(s for s in value_spots(layout_of(page, lines, first=True), find_labels(lines))
                if s.label.field == "tax_periods")
    band = period_rereading.band_of(spot, 612.0, page.words)
    assert band is not None and not band.closed
    got = period_rereading.reread(flagged_fact(years(2015)), band, source)
    assert got is not None and got.value == years(2015, 2016, 2017) and got.needs_review


@pytest.mark.parametrize(("text", "form", "repaired"), [
    ("1040~SR", "1040-SR", True),
    ("1040 = SR", "1040-SR", True),
    ("1040—SR", "1040-SR", True),
    ("1120_S", "1120-S", True),
    ("1040 SR", "1040-SR", False),
    ("1040 FOR 2019", "1040", False),
    ("1040~XYZ", "1040", False),  # letters that make no return form are not taken
])
def test_a_form_dash_a_scan_turned_into_another_mark_is_read_as_the_dash(
        text: str, form: str, repaired: bool) -> None:
    parsed = identifiers.tax_form(text)
    assert parsed is not None and parsed.value == form and parsed.repaired is repaired


@pytest.mark.parametrize(("token", "month"), [
    ("Decentber", 12), ("Deceniber", 12), ("Decernber", 12), ("Novernber", 11), ("Septeinber", 9),
    ("NOVERNBER", 11),
])
def test_an_m_a_scan_made_two_letters_is_read_back_in_a_month_name(token: str, month: int) -> None:
    assert dates.month_numbers(token) == ((month,), True)


@pytest.mark.parametrize("token", ["Marni", "Mann", "Ninth", "Remit"])
def test_words_that_are_no_month_with_an_m_mended_stay_no_month(token: str) -> None:
    assert dates.month_numbers(token)[0] == ()


def test_a_period_whose_month_a_scan_garbled_this_way_is_read_and_marked_repaired() -> None:
    found = dates.period_ends("December 31, 2019 Deceniber 31 ; 2020", years_allowed=False)
    assert [r.value for r in found] == list(years(2019, 2020)) and found[1].repaired


def page_read_fact(value: tuple[dt.date, ...], confidence: float) -> Fact[FieldValue]:
    from parser.core.notes import note

    return Fact(value=value, confidence=0.5, evidence=Evidence(1, Box(0, 0, 1, 1), "x", "ocr", confidence),
                needs_review=True, reasons=(note("scan.hard_here", low=confidence),))


@pytest.mark.parametrize(("page", "plain", "enlarged", "cleaned"), [
    (72.0, 84.0, 90.0, 96.0),  # a fax's 5 read as 6 by the page and the band as it is (apart 9016 0035)
    (61.0, 70.0, 88.0, 85.0),
])
def test_a_tie_goes_to_the_readings_ocr_was_clearly_surer_of_and_stays_flagged(
        page: float, plain: float, enlarged: float, cleaned: float) -> None:
    misread, printed = years(2013, 2014, 2016), years(2013, 2014, 2015)
    got = period_rereading.decided(page_read_fact(misread, page), [
        reading(printed, confidence=enlarged), reading(misread, confidence=plain),
        reading(printed, confidence=cleaned)])
    assert got is not None and got.value == printed and got.needs_review


@pytest.mark.parametrize(("page", "other"), [(90.0, 92.0), (85.0, 80.0), (95.0, 60.0)])
def test_a_tie_no_side_is_clearly_surer_of_keeps_the_page_s_reading(page: float, other: float) -> None:
    first, second = years(2018, 2019), years(2018, 2020)
    fact = page_read_fact(first, page)
    got = period_rereading.decided(fact, [reading(second, confidence=other), reading(first, confidence=page),
                                          reading(second, confidence=other)])
    assert got is fact


@pytest.mark.parametrize("page", [years(2017), years(2027), None])
def test_one_reading_holding_every_period_the_others_read_and_more_is_taken_flagged(
        page: tuple[dt.date, ...] | None) -> None:
    """apart 9038 0094: "Dec. 31, 2017" / ".Dec. 31, 2018" / "Dec. 31, 2019"; two readings stopped at the
    speck, one read all three. The page read the first alone, misread its year ("2027"), or lost it."""
    fact = None if page is None else page_read_fact(page, 60.0)
    whole = years(2017, 2018, 2019)
    got = period_rereading.decided(fact, [reading(years(2017)), reading(whole, confidence=70.0),
                                          reading(years(2017))])
    assert got is not None and got.value == whole and got.needs_review
    # Not where the page read a period no reading holds while readings do confirm others: which is right
    # is left to a person (the majority's usual way).
    kept = page_read_fact(years(2016, 2017), 60.0)
    other = period_rereading.decided(kept, [reading(years(2017)), reading(whole), reading(years(2017))])
    assert other is not None and other.value != whole and other.needs_review


@pytest.mark.parametrize("lost", [[years(2022)] * 3, [years(2022), years(2022, 2023), years(2022)]])
def test_readings_that_each_lost_lines_of_the_page_s_list_never_replace_it(
        lost: list[tuple[dt.date, ...]]) -> None:
    """apart 9034 0089 (a fax): a streak through "Dec. 31, 2023" lost that line and the next in every reading
    of the band; the page had read all three ("Dev. 34 2023" among them)."""
    fact = page_read_fact(years(2022, 2023, 2024), 60.0)
    assert period_rereading.decided(fact, [reading(v) for v in lost]) is fact


@pytest.mark.parametrize(("page", "lost", "kept"), [(56.0, 79.0, 56.0), (60.0, 96.0, 70.0)])
def test_a_tie_never_drops_a_period_the_page_read_even_where_the_shorter_side_is_surer(
        page: float, lost: float, kept: float) -> None:
    # apart 9027 0005 (a fax): "201512: 201612; 201712", the band's plain and cleaned readings lost the first.
    three, two = years(2015, 2016, 2017), years(2016, 2017)
    fact = page_read_fact(three, page)
    got = period_rereading.decided(fact, [reading(two, confidence=lost), reading(three, confidence=kept),
                                          reading(two, confidence=lost)])
    assert got is fact and got.needs_review
