"""A line of the header's labels' column the OCR gave no word for: found on the page image wherever it
stands in the column, and nothing found where every line was read or only specks and rules stand."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Sequence

import pytest
from facts_pages import BODY_4390, header_rows, make_doc, make_page
from PIL import Image, ImageDraw, ImageFont

from parser.core.model import Box, Document, PageView, Word
from parser.facts.extract import _line_under_the_list, _list_goes_on_unread, _period_left_out, extract_facts
from parser.facts.header import layout_of
from parser.facts.labels import find_labels
from parser.facts.wordless_lines import wordless_band
from parser.reading.lines import group_lines
from parser.reading.page_source import PageSource

FONTS = ("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
         "/usr/share/fonts/truetype/dejavu/DejaVuSansMono.ttf",
         "/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf")
HEADER = ("Person to contact: Esperanza R. Quintero", "Employee ID number: 9322291926",
          "Telephone number: 913 203 5798", "Facsimile: 913 275 7709", "Hours: 8:00 a.m. to 4:30 p.m.")


def _page(lines: Sequence[str], unread: int | frozenset[int] | None, *, font: str, size: float, dpi: float,
          x: float = 318.0, marks: Sequence[Box] = ()) -> tuple[PageView, Image.Image]:
    """A page whose header column prints `lines` (and the address at the left); every line is given its
    words, as the OCR read them, but line `unread` (or each of them); `marks` (points) are inked without
    words."""
    lost = unread if isinstance(unread, frozenset) else frozenset() if unread is None else frozenset({unread})
    scale = dpi / 72.0
    image = Image.new("L", (round(612 * scale), round(792 * scale)), 255)
    draw = ImageDraw.Draw(image)
    face = ImageFont.truetype(font, round(size * scale))
    words: list[Word] = []
    address = ("Internal Revenue Service", "333 W Pershing Rd", "Kansas City, MO")
    printed = [(54.0, 60.0 + 15.0 * i, text) for i, text in enumerate(address)]
    printed += [(x, 60.0 + 1.4 * size * i, text) for i, text in enumerate(lines)]
    for number, (left, top, text) in enumerate(printed):
        cursor = left * scale
        for token in text.split():
            x0, y0, x1, y1 = draw.textbbox((cursor, top * scale), token, font=face)
            draw.text((cursor, top * scale), token, font=face, fill=0)
            if number - 3 not in lost:
                words.append(Word(token, Box(x0 / scale, y0 / scale, x1 / scale, y1 / scale), 1, "ocr", 95.0))
            cursor = x1 + draw.textlength(" ", font=face)
    for mark in marks:
        draw.rectangle([mark.x0 * scale, mark.top * scale, mark.x1 * scale, mark.bottom * scale], fill=0)
    page = PageView(number=1, width=612.0, height=792.0, method="ocr", words=tuple(words))
    return page, image


def _band(page: PageView, image: Image.Image) -> Box | None:
    layout = layout_of(page, group_lines(page.words), first=True)
    return wordless_band(layout, find_labels(layout.lines), image)


@pytest.mark.parametrize(("unread", "font", "size", "dpi"), [
    (3, FONTS[0], 10.0, 150.0),  # the fax line under the phone's, a 150 dpi scan
    (3, FONTS[1], 9.0, 200.0),  # Courier-like, a fax's resolution
    (4, FONTS[2], 11.0, 300.0),  # the last line of the block
    (1, FONTS[1], 10.0, 200.0),  # a line between lines that read
])
def test_a_line_with_no_word_read_is_found(unread: int, font: str, size: float, dpi: float) -> None:
    page, image = _page(HEADER, unread, font=font, size=size, dpi=dpi)
    band = _band(page, image)
    assert band is not None
    middle = 60.0 + 1.4 * size * unread + size / 2
    assert band.top < middle < band.bottom
    assert band.bottom - band.top < 2.5 * size  # the line alone, not the block
    assert band.x0 < 318.0 < band.x1


# A photo's layout analysis lost a label stacked over its value and the next such pair (apart 9032 0096:
# "TIN:" / "XXX-XX-5635" / "Tax Form Number:" / "1040"): one band holds them all, short lines included.
STACKED = ("Date:", "June 10, 2019", "TIN:", "XXX-XX-5635", "Tax Form Number:", "1040", "Periods:",
           "12/31/2015", "Telephone number:", "913.432.5093")


@pytest.mark.parametrize(("font", "dpi"), [(FONTS[2], 200.0), (FONTS[0], 150.0)])
def test_every_line_with_no_word_read_is_in_the_band(font: str, dpi: float) -> None:
    page, image = _page(STACKED, frozenset({2, 3, 4, 5}), font=font, size=10.0, dpi=dpi)
    band = _band(page, image)
    assert band is not None
    assert band.top < 60.0 + 14.0 * 2 + 5.0 and band.bottom > 60.0 + 14.0 * 5 + 5.0  # "TIN:" to "1040"
    assert band.bottom < 60.0 + 14.0 * 7 + 5.0  # not the period's value, which was read


@pytest.mark.parametrize(("font", "dpi"), [(FONTS[0], 200.0), (FONTS[2], 150.0)])
def test_a_label_and_its_value_lost_under_the_last_label_read_are_in_the_band(font: str, dpi: float) -> None:
    """apart 9043 0048 (a photo): "Fax:" / "(385) 694-9880" stacked under the phone's pair, both lost, a row
    further down than the band used to look."""
    lines = (*STACKED, "Fax:", "(385) 694-9880")
    page, image = _page(lines, frozenset({10, 11}), font=font, size=10.0, dpi=dpi)
    band = _band(page, image)
    assert band is not None
    assert band.top < 60.0 + 14.0 * 10 + 5.0 and band.bottom > 60.0 + 14.0 * 11 + 5.0  # "Fax:" and its value


# A photo's OCR lost four label-over-value pairs and the printed last day's block under "Refer reply to:",
# the column's last label read (apart 9073 0090): lines far more rows down than a pair or two.
RUN_ON = ("Date:", "June 10, 2019", "Tax year(s):", "2017", "Refer reply to:", "AP:FE:HOU:JMB",
          "Appeals Officer:", "Leopold R Pettigrew", "Employee ID number:", "71479077", "Telephone:",
          "385.231.3934", "Facsimile:", "385.750.2740", "Last Day to File a Petition with the",
          "United States Tax Court:", "October 21, 2020")


@pytest.mark.parametrize(("font", "dpi"), [(FONTS[0], 200.0), (FONTS[2], 300.0)])
def test_lost_lines_are_in_the_band_as_far_as_they_go_on(font: str, dpi: float) -> None:
    far = Box(330.0, 60.0 + 14.0 * 21, 520.0, 60.0 + 14.0 * 21 + 7.0)  # ink four rows under the run's end
    page, image = _page(RUN_ON, frozenset(range(6, 17)), font=font, size=10.0, dpi=dpi, marks=(far,))
    band = _band(page, image)
    assert band is not None
    assert band.top < 60.0 + 14.0 * 6 + 5.0 and band.bottom > 60.0 + 14.0 * 16 + 5.0  # all eleven lines
    assert band.bottom < far.top  # not ink the column's lines do not go on to


def test_a_short_line_alone_is_no_lost_line() -> None:
    # "1040" unread under a label whose line read: too short for a line of print far from any lost line.
    page, image = _page(STACKED, 5, font=FONTS[0], size=10.0, dpi=200.0)
    assert _band(page, image) is None


@pytest.mark.parametrize(("font", "dpi", "marks"), [
    (FONTS[0], 150.0, ()),
    (FONTS[1], 200.0, (Box(330.0, 140.0, 332.0, 142.0), Box(500.0, 120.0, 501.5, 121.5))),  # specks
    (FONTS[2], 300.0, (Box(318.0, 138.0, 560.0, 138.6),)),  # a thin rule under the block
])
def test_nothing_is_found_where_every_line_was_read(font: str, dpi: float, marks: Sequence[Box]) -> None:
    page, image = _page(HEADER, None, font=font, size=10.0, dpi=dpi, marks=marks)
    assert _band(page, image) is None


def test_a_text_layer_is_never_measured() -> None:
    page, image = _page(HEADER, 3, font=FONTS[0], size=10.0, dpi=150.0)
    digital = PageView(number=1, width=612.0, height=792.0, method="pdf_text",
                       words=tuple(Word(w.text, w.box, 1, "pdf_text") for w in page.words))
    assert _band(digital, image) is None


# The taxpayer ID's line (apart 9028 0090, a photo: "TIN: XXX-XX-1774" between two lines that read), or its
# label and value stacked and both lost (9032 0096: a short "TIN:" line, too narrow to be found, over the
# value): the lost line is read again alone and the value kept, flagged.
def _letter_losing(rows: list[tuple[float, float, str]], lost: set[str]
                   ) -> tuple[PageView, Document, PageSource]:
    """A 200 dpi scan printing `rows` (and the body under them) whose OCR lost the rows in `lost` whole."""
    rows = [*rows, *((72.0, 300.0 + 18.0 * i, text) for i, text in enumerate(BODY_4390))]
    page = make_page([row for row in rows if row[2] not in lost], method="ocr")
    scale = 200.0 / 72.0
    image = Image.new("L", (round(612 * scale), round(792 * scale)), 255)
    draw = ImageDraw.Draw(image)
    face = ImageFont.truetype(FONTS[0], round(10 * scale))
    for x, top, text in rows:
        draw.text((x * scale, top * scale), text, font=face, fill=0)
    doc = make_doc(page)
    return page, doc, PageSource(doc, [], {1: image})


@pytest.mark.parametrize(("layout", "label"), [("beside", "TIN:"), ("beside", "Taxpayer ID number:"),
                                               ("below", "TIN:")])
def test_a_taxpayer_id_on_a_line_with_no_word_read_is_read_again_flagged(layout: str, label: str) -> None:
    header = (("Date:", "March 3, 2025"), ("Taxpayer name:", "JOHN Q PUBLIC"), (label, "XXX-XX-1774"),
              ("Tax form:", "1040"), ("Person to contact:", "Maria Gonzalez"),
              ("Employee ID number:", "1000123456"), ("Telephone:", "(213) 555-0142"))
    rows = header_rows(header, layout=layout)
    _, doc, pages = _letter_losing(rows, {label, "XXX-XX-1774"})
    found = extract_facts(doc, pages=pages).fields.taxpayer_id
    assert found is not None and found.value == "XXX-XX-1774" and found.needs_review
    assert "scan.lost_line" in [r.code for r in found.reasons]


def test_a_printed_last_day_whose_lines_were_lost_is_read_again_flagged() -> None:
    """apart 9073 0090 (a photo): the last day's label, wrapped onto two lines, and its date under it lost
    whole with the contact's lines above them; missed without a word before."""
    header = (("Date:", "September 21, 2020"), ("Tax year(s):", "2017"),
              ("Person to contact:", "Maria Gonzalez"),
              ("Employee ID number:", "1000123456"), ("Telephone:", "(213) 555-0142"),
              ("Last Day to File a Petition with the", ""), ("United States Tax Court:", ""),
              ("October 21, 2020", ""))
    rows = [row for row in header_rows(header, layout="beside") if row[2]]
    lost = {"Employee ID number:", "1000123456", "Telephone:", "(213) 555-0142",
            "Last Day to File a Petition with the", "United States Tax Court:", "October 21, 2020"}
    _, doc, pages = _letter_losing(rows, lost)
    found = extract_facts(doc, pages=pages).fields
    assert found.printed_last_day is not None and found.printed_last_day.value == dt.date(2020, 10, 21)
    assert found.printed_last_day.needs_review
    assert found.contact_phone is not None and found.contact_phone.value == "2135550142"


def test_a_word_boxed_over_lines_reads_none_of_them() -> None:
    """apart 9044 0012 (a photo): a stamp's edge read "|i" and boxed over the two lines the OCR lost; they
    counted as read, and no band was found."""
    page, image = _page(STACKED, frozenset({8, 9}), font=FONTS[0], size=10.0, dpi=200.0)
    tall = Word("|i", Box(300.0, 60.0 + 14.0 * 8 - 2.0, 345.0, 60.0 + 14.0 * 9 + 12.0), 1, "ocr", 10.0)
    band = _band(dataclasses.replace(page, words=(*page.words, tall)), image)
    assert band is not None and band.top < 60.0 + 14.0 * 8 + 5.0 < band.bottom


@pytest.mark.parametrize("lost", [("December 31, 2020", "December 31, 2021"), ("December 31, 2020",)])
def test_periods_with_lines_no_word_was_read_for_under_them_are_flagged(lost: tuple[str, ...]) -> None:
    """apart 9044 0012: "December 31, 2019" read, the two lines under it lost whole: the one period was sure
    (confidently wrong). It is flagged now and read again."""
    printed = ["Date: March 3, 2025", "Taxpayer ID number: XXX-XX-1774", "Tax period(s) ended:",
               "   December 31, 2019", *(f"   {period}" for period in lost), "In reply refer to: AP:CO:KTR",
               "Person to contact: Maria Gonzalez", "Telephone: (213) 555-0142"]
    rows = [(318.0 + (14.0 if text.startswith(" ") else 0.0), 60.0 + 12.0 * i, text.strip())
            for i, text in enumerate(printed)]
    page, doc, pages = _letter_losing(rows, set(lost))
    found = extract_facts(doc, pages=pages).fields.tax_periods
    # Flagged, the list was read again from the header's band: its lost lines are read back.
    assert found is not None and found.value == tuple(dt.date(int(p[-4:]), 12, 31) for p in
                                                     ("December 31, 2019", *lost))
    layout = layout_of(page, group_lines(page.words), first=True)
    flagged = _list_goes_on_unread(extract_facts(doc).fields.tax_periods, layout, pages)
    assert flagged is not None and "value.period_line_unread" in [r.code for r in flagged.reasons]


@pytest.mark.parametrize(("printed_periods", "lost"), [
    (("December 31, 2019", "December 31, 2020"), ("December 31, 2019",)),
    (("December 31, 2018", "December 31, 2019", "December 31, 2020"), ("December 31, 2018",)),
])
def test_periods_with_lines_no_word_was_read_for_above_them_under_their_label_are_flagged(
        printed_periods: tuple[str, ...], lost: tuple[str, ...]) -> None:
    """own 6346 0012 (a fax): the first of two periods under "Tax periods:" lost whole, the second read
    sure. The list may begin above what was read: flagged, and read again from the header's band."""
    printed = ["Date: March 3, 2025", "Taxpayer ID number: XXX-XX-1774", "Tax periods:",
               *(f"   {period}" for period in printed_periods), "In reply refer to: AP:CO:KTR",
               "Person to contact: Maria Gonzalez", "Telephone: (213) 555-0142"]
    rows = [(318.0 + (14.0 if text.startswith(" ") else 0.0), 60.0 + 12.0 * i, text.strip())
            for i, text in enumerate(printed)]
    page, doc, pages = _letter_losing(rows, set(lost))
    layout = layout_of(page, group_lines(page.words), first=True)
    first = extract_facts(doc).fields.tax_periods
    assert first is not None and not first.needs_review  # the page's reading alone: one period, sure
    flagged = _list_goes_on_unread(first, layout, pages)
    assert flagged is not None and "value.period_line_unread" in [r.code for r in flagged.reasons]
    found = extract_facts(doc, pages=pages).fields.tax_periods
    assert found is not None and found.needs_review


def test_periods_over_a_line_read_garbled_in_their_column_are_flagged_and_read_again() -> None:
    """apart 9071 0075, a clean Times scan: "December 31, 2021" read "ae ee :" at 30 under two periods read
    sure; its words cover its ink, so no line is wordless. Flagged, the list is read again from its band."""
    printed = ["Date: March 3, 2025", "Taxpayer ID number: XXX-XX-1774", "Tax period(s) ended:",
               "   December 31, 2019", "   December 31, 2020", "   December 31, 2021",
               "In reply refer to: AP:CO:KTR", "Person to contact: Maria Gonzalez",
               "Telephone: (213) 555-0142"]
    rows = [(318.0 + (14.0 if text.startswith(" ") else 0.0), 60.0 + 12.0 * i, text.strip())
            for i, text in enumerate(printed)]
    page, _, pages = _letter_losing(rows, {"December 31, 2021"})
    top = 60.0 + 12.0 * 5
    garbled = tuple(Word(text, Box(x0, top, x1, top + 10.0), 1, "ocr", 30.0)
                    for text, x0, x1 in (("ae", 332.0, 370.0), ("ee", 372.0, 398.0), (":", 399.0, 402.0)))
    page = dataclasses.replace(page, words=(*page.words, *garbled))
    doc = make_doc(page)
    pages = PageSource(doc, [], {1: pages.reading_image(1)})
    # The page's words alone: two periods, flagged for the garbled line under them.
    first = extract_facts(doc).fields.tax_periods
    assert first is not None and len(first.value) == 2
    assert "value.period_line_unread" in [r.code for r in first.reasons]
    # With the page's image: the list read again from its band, all three periods, flagged.
    found = extract_facts(doc, pages=pages).fields.tax_periods
    assert found is not None and found.needs_review
    assert found.value == (dt.date(2019, 12, 31), dt.date(2020, 12, 31), dt.date(2021, 12, 31))


@pytest.mark.parametrize("misread", ["13/31/2018", "12/31/2O18"])
def test_periods_over_a_period_read_as_no_date_are_flagged_and_read_again(misread: str) -> None:
    """apart 9075 0078, a photo of a ruled table: "12/31/2018" read "42/31/2018" at 87, on a line of its own
    between "12/31/2017" and "12/31/2019"; the list stopped at it and "2017" alone was sure. A word shaped as
    a period's date that reads as no date, under the list, flags it; a look-alike the date reader reads back
    ("2O18") does not."""
    printed = ["Date: March 3, 2025", "Taxpayer ID number: XXX-XX-1774", "Tax period(s):",
               "   12/31/2017", "   12/31/2018", "   12/31/2019", "Person to contact: Maria Gonzalez",
               "Telephone: (213) 555-0142"]
    rows = [(318.0 + (14.0 if text.startswith(" ") else 0.0), 60.0 + 12.0 * i, text.strip())
            for i, text in enumerate(printed)]
    page, _, pages = _letter_losing(rows, {"12/31/2018", "12/31/2019"})
    top = 60.0 + 12.0 * 4
    read = Word(misread, Box(332.0, top, 380.0, top + 10.0), 1, "ocr", 87.0)
    other_column = Word("CERTIFIED", Box(54.0, top, 100.0, top + 10.0), 1, "ocr", 95.0)  # level with it
    doc = make_doc(dataclasses.replace(page, words=(*page.words, read, other_column)))
    first = extract_facts(doc).fields.tax_periods
    assert first is not None and first.value[0] == dt.date(2017, 12, 31)
    shaped_as_no_date = misread != "12/31/2O18"
    assert ("value.period_line_unread" in [r.code for r in first.reasons]) == shaped_as_no_date
    if shaped_as_no_date:  # with the page's image: the list read again from its band, all three, flagged
        found = extract_facts(doc, pages=PageSource(doc, [], {1: pages.reading_image(1)})).fields.tax_periods
        assert found is not None and found.needs_review
        assert found.value == (dt.date(2017, 12, 31), dt.date(2018, 12, 31), dt.date(2019, 12, 31))


def test_a_period_line_a_stamp_boxed_tall_still_goes_on_the_list() -> None:
    """apart 9090 0016, a 150 dpi scan: "December 31, 2021" read at 83-95 under two periods, a stamp's ink
    boxing "31," and "2021" from the line above's middle down past their own and "December" over both; the
    list was read as 2019 and 2020, sure. The line is under the list by its middle, and the list goes on."""
    printed = ["Date: March 3, 2025", "Taxpayer ID number: XXX-XX-1774", "Tax period(s):",
               "   December 31, 2019", "   December 31, 2020", "   December 31, 2021",
               "Person to contact: Maria Gonzalez", "Telephone: (213) 555-0142"]
    rows = [(318.0 + (14.0 if text.startswith(" ") else 0.0), 60.0 + 12.0 * i, text.strip())
            for i, text in enumerate(printed)]
    page, _, _ = _letter_losing(rows, {"December 31, 2021"})
    top = 60.0 + 12.0 * 5
    tall = tuple(Word(text, Box(x0, top - 8.0, x1, top + 12.0), 1, "ocr", 95.0)
                 for text, x0, x1 in (("31,", 372.0, 386.0), ("2021", 389.0, 412.0)))
    left_out = (Word("December", Box(332.0, top + 1.0, 370.0, top + 9.0), 1, "ocr", 83.0), *tall)
    doc = make_doc(dataclasses.replace(page, words=(*page.words, *left_out)))
    found = extract_facts(doc).fields.tax_periods
    assert found is not None
    assert found.value == (dt.date(2019, 12, 31), dt.date(2020, 12, 31), dt.date(2021, 12, 31))
    layout = layout_of(doc.pages[0], group_lines(doc.pages[0].words), first=True)
    two = Box(found.evidence.box.x0, found.evidence.box.top, found.evidence.box.x1, top - 2.0)
    under = _line_under_the_list(two, layout)  # the line under the first two periods, by its words' middles
    assert [w.text for w in under] == ["December", "31,", "2021"]


@pytest.mark.parametrize(("line", "left_out"), [
    ("December 31, 2021", True), ("| 12/31/2021", True), ("December 31, 2020", False),
    ("Person to contact:", False), ("", False)])
def test_a_date_under_a_list_of_periods_that_the_list_does_not_hold_flags_it(line: str, left_out: bool
                                                                          ) -> None:
    """A date right under a list of periods, in its column, that the list does not hold: the list goes on
    there, its line left out of the reading (a safety net behind the reading of the list's lines)."""
    words = [Word(text, Box(332.0 + 30.0 * i, 130.0, 360.0 + 30.0 * i, 140.0), 1, "ocr", 90.0)
             for i, text in enumerate(line.split())]
    assert _period_left_out(words, (dt.date(2019, 12, 31), dt.date(2020, 12, 31))) is left_out


def test_periods_read_whole_with_no_lost_line_near_them_stay_sure() -> None:
    printed = ["Date: March 3, 2025", "Taxpayer ID number: XXX-XX-1774", "Tax periods:",
               "   December 31, 2019", "In reply refer to: AP:CO:KTR", "Person to contact: Maria Gonzalez",
               "Telephone: (213) 555-0142"]
    rows = [(318.0 + (14.0 if text.startswith(" ") else 0.0), 60.0 + 12.0 * i, text.strip())
            for i, text in enumerate(printed)]
    page, doc, pages = _letter_losing(rows, set())
    layout = layout_of(page, group_lines(page.words), first=True)
    first = extract_facts(doc).fields.tax_periods
    assert _list_goes_on_unread(first, layout, pages) is first


@pytest.mark.parametrize("layout", ["beside", "below"])
def test_periods_over_another_labels_line_read_garbled_stay_sure(layout: str) -> None:
    """apart 9076 0027, a clean Times scan: "In reply refer to: AP:FE:HOU:JMB" under "Tax Period(s) Ended:
    12/31/2019; 12/31/2020; 12/31/2021", its code read at 21 and 59: another label's line, not the list's."""
    header = (("Date:", "March 3, 2025"), ("Tax Period(s) Ended:", "12/31/2019; 12/31/2020; 12/31/2021"),
              ("In reply refer to:", "AP:FE:HOU:JMB"), ("Person to contact:", "Maria Gonzalez"))
    rows = header_rows(header, layout=layout)
    page, _, pages = _letter_losing(rows, set())
    code = next(w for w in page.words if w.text == "AP:FE:HOU:JMB")
    words = tuple(dataclasses.replace(w, confidence=21.0) if w is code else w for w in page.words)
    doc = make_doc(dataclasses.replace(page, words=words))
    found = extract_facts(doc, pages=PageSource(doc, [], {1: pages.reading_image(1)})).fields.tax_periods
    assert found is not None and len(found.value) == 3
    assert "value.period_line_unread" not in [r.code for r in found.reasons]


def test_periods_in_a_ruled_tables_cell_over_another_labels_garbled_code_stay_sure() -> None:
    """apart 9090 0002, a Courier scan of a ruled table: "Tax year(s):" at 300, its years at 435 on two
    lines; "In reply refer to:" under it at 300, its code at 435 read at 6. The list's own label is found
    across the table's wide gap, so the code's line is another label's."""
    rows = [(300.0, 60.0, "TIN:"), (435.0, 60.0, "XXX-XX-5355"), (300.0, 74.0, "Tax year(s):"),
            (435.0, 74.0, "2021"), (435.0, 85.0, "2022"), (300.0, 100.0, "In reply refer to:"),
            (435.0, 100.0, "AP:EX:KCY:TLS"), (300.0, 114.0, "Settlement Officer:"),
            (435.0, 114.0, "TOBIAS G CASTELLANOS")]
    page, _, pages = _letter_losing(rows, set())
    code = next(w for w in page.words if w.text == "AP:EX:KCY:TLS")
    words = tuple(dataclasses.replace(w, confidence=6.0) if w is code else w for w in page.words)
    doc = make_doc(dataclasses.replace(page, words=words))
    found = extract_facts(doc, pages=PageSource(doc, [], {1: pages.reading_image(1)})).fields.tax_periods
    assert found is not None and found.value == (dt.date(2021, 12, 31), dt.date(2022, 12, 31))
    assert "value.period_line_unread" not in [r.code for r in found.reasons]


def test_periods_over_another_labels_line_read_sure_stay_sure_with_a_lost_line_under_it() -> None:
    """apart 9090 0021, a clean Times scan: "Tax Periods Ended: 12/31/2022", then "In reply refer to:
    AP:CO:OGD:KTR" read sure, then the contact's line lost: that line is no line of the list's."""
    printed = ["Date: March 3, 2025", "Taxpayer ID number: XXX-XX-1774", "Tax Periods Ended: 12/31/2022",
               "In reply refer to: AP:CO:OGD:KTR", "Person to contact: Thaddeus Gallagher",
               "Telephone: (213) 555-0142"]
    rows = [(318.0, 60.0 + 12.0 * i, text) for i, text in enumerate(printed)]
    page, doc, pages = _letter_losing(rows, {"Person to contact: Thaddeus Gallagher"})
    layout = layout_of(page, group_lines(page.words), first=True)
    assert wordless_band(layout, find_labels(layout.lines), pages.reading_image(1)) is not None
    first = extract_facts(doc).fields.tax_periods
    assert first is not None and first.value == (dt.date(2022, 12, 31),)
    assert _list_goes_on_unread(first, layout, pages) is first

