"""Contact hours are never confidently wrong (issue 16): a scanned value that may be incomplete is flagged,
OCR look-alikes inside the hours' grammar are read back where only one reading fits, and a value so mended
stays flagged unless a second reading of its strip reads it as mended."""

from __future__ import annotations

import dataclasses
import functools
from typing import Any

import pytest
from facts_pages import STANDARD_HEADER, letter_doc
from PIL import Image, ImageDraw, ImageFont

from parser.core.model import Box, Document, Fact, Method, PageView, Word
from parser.facts import hours_rereading, verify
from parser.facts.extract import extract_facts
from parser.facts.fields import ValueWords, read_hours
from parser.facts.hours import goes_on_to, hours_doubt
from parser.facts.hours_mending import mend_hours
from parser.reading.page_source import PageSource

HOURS_ROW = 5  # the hours' row of STANDARD_HEADER


def with_hours(hours: str) -> list[tuple[str, str]]:
    header = list(STANDARD_HEADER)
    header[HOURS_ROW] = ("Hours:", hours)
    return header


@pytest.mark.parametrize(("read", "mended"), [
    # a time's digit read as a look-alike letter, after a joiner (no hour starts with a letter)
    ("Mon-Fri 8am-Spm", "Mon-Fri 8am-5pm"), ("Mon-Fri 8am-s5pm", "Mon-Fri 8am-5pm"),
    ("Mon-Fri 8am-5pm", "Mon-Fri 8am-5pm"), ("8:00 a.m. to 4:3O p.m.", "8:00 a.m. to 4:30 p.m."),
    ("7 AM - lPM ET", "7 AM - 1PM ET"),
    # a meridiem broken up by OCR, after a time: its style taken from the value's whole ones
    ("7:30 a.m. - 4:00 pan, PT", "7:30 a.m. - 4:00 p.m. PT"), ("9 asm... to 5 p.m.", "9 a.m. to 5 p.m."),
    ("8:00 AM - 4:30 bm", "8:00 AM - 4:30 PM"), ("8:00 arn to 4:30 pm", "8:00 am to 4:30 pm"),
    ("7:30 am. + 4:00 pan, PT", "7:30 a.m. + 4:00 p.m. PT"),  # none whole: the dot in one sets the style
    # a meridiem's last dot read as a comma, or lost
    ("Monday through Friday, 7:30 a.m, - 4:00 p.m, CT", "Monday through Friday, 7:30 a.m. - 4:00 p.m. CT"),
    ("8:00 a.m. to 4:30 p.m", "8:00 a.m. to 4:30 p.m."),
    ("9 A.M. to 5 P.M, local time", "9 A.M. to 5 P.M. local time"),
    ("7:30 pan— 4:00 p.m.", "7:30 p.m.— 4:00 p.m."),  # a joiner glued on stays
    # a day or zone name one letter off one name and no other
    ("Monday through Priday, 7:30 a.m. - 4:00 p.m.", "Monday through Friday, 7:30 a.m. - 4:00 p.m."),
    ("Mondav - Friday 8-4:30", "Monday - Friday 8-4:30"),
    ("8:00 AM to 4:30 PM Fastern", "8:00 AM to 4:30 PM Eastern"),
    # a zone glued onto its meridiem
    ("7 AM - 3:30 PMET", "7 AM - 3:30 PM ET"), ("7 am - 3:30 pmCT", "7 am - 3:30 pm CT"),
    ("7 AM - 3:30PMET", "7 AM - 3:30PM ET"),  # apart 9016 0065: the time glued on too,
])
def test_lookalikes_are_read_back_as_the_grammar_says(read: str, mended: str) -> None:
    result = mend_hours(read.split())
    assert " ".join(result.words) == mended
    assert bool(result.changed) == (read != mended)


@pytest.mark.parametrize("read", [
    "8:00 a.m. to 4:30 Sam",  # "Sam" follows a bare time: a meridiem's place, and no meridiem's letters
    "Friday an 8 to 4:30 p.m.",  # "an" after a day, not a time: no meridiem's place (odd, so flagged)
    "Weekdays 8 to 4:30 p.m. Central",
    "Tuesdays 9:00 a.m. to 5:00 p.m.",  # a day name's plural is a day, not a damaged one
    "Mon-Fri Oam-5pm",  # "0am" is no hour: no reading of the grammar fits, left as read
])
def test_words_the_grammar_allows_no_single_reading_of_are_left_as_read(read: str) -> None:
    words = read.split()
    result = mend_hours(words)
    kept = words[result.start:result.start + len(result.words)]
    assert list(result.words) == kept and not result.changed


@pytest.mark.parametrize(("read", "kept", "dropped"), [
    ("559-426-1598 8:00 AM to 4:30 PM Eastern", "8:00 AM to 4:30 PM Eastern", ("559-426-1598",)),
    ("559 426 1598 8:00 am to 4:30 pm", "8:00 am to 4:30 pm", ("559", "426", "1598")),
    ("ee M-F 6:00-2:30 PT", "M-F 6:00-2:30 PT", ("ee",)),
    ("8:00 a.m. - 4:30 p.m. 559-426-1598", "8:00 a.m. - 4:30 p.m.", ("559-426-1598",)),
    ("9 a.m. to 5 p.m. local had", "9 a.m. to 5 p.m. local had", ()),  # a damaged last word stays, odd
    ("8:00 a.m. to 4:30 p.m. EF", "8:00 a.m. to 4:30 p.m. EF", ()),  # "EF" may be the zone ("ET")
    ("- Friday, 8:00 a.m. to 5:00 p.m.", "- Friday, 8:00 a.m. to 5:00 p.m.", ()),  # a joiner is kept
])
def test_words_of_no_hours_kind_are_cut_off_the_ends_and_named(read: str, kept: str,
                                                               dropped: tuple[str, ...]) -> None:
    result = mend_hours(read.split())
    assert " ".join(result.words) == kept and result.dropped == dropped


@pytest.mark.parametrize(("hours", "code"), [
    # a day range missing its start (own seed 6315 0003: "Monday-" lost on a fax), in several spellings
    ("Friday, 8:00 a.m. to 5:00 p.m.", "value.hours_one_day"),
    ("Fri 7:30 AM - 4 PM CT", "value.hours_one_day"),
    ("Thursday 9 a.m. to 3 p.m.", "value.hours_one_day"),
    # the first time lost: the value opens on its meridiem, or on the range's joiner
    ("a.m. to 3:00 p.m. Eastern", "value.hours_start_lost"), ("am - 3:30 pm MT", "value.hours_start_lost"),
    ("- 4:30 p.m.", "value.hours_start_lost"), ("to 5 PM", "value.hours_start_lost"),
])
def test_a_scanned_value_whose_start_may_be_lost_is_doubted(hours: str, code: str) -> None:
    doubt = hours_doubt(hours, scanned=True)
    assert doubt is not None and doubt.code == code


@pytest.mark.parametrize("hours", [
    "Monday - Friday, 8:00 a.m. to 5:00 p.m.", "Mon-Fri 8am-5pm", "M-F 6:00-2:30 PT",
    "M-Th 7 AM - 3:30 PM ET",
    "Weekdays 8:00 a.m. to 4:30 p.m.", "Daily, 9 a.m. to 5 p.m.", "8:00 a.m. to 4:30 p.m. ET",
    "Monday through Friday 7:30 a.m. - 4:00 p.m. CT",
])
def test_whole_hours_are_not_doubted(hours: str) -> None:
    assert hours_doubt(hours, scanned=True) is None


@pytest.mark.parametrize(("hours", "value", "flagged"), [
    ("Friday, 8:00 a.m. to 5:00 p.m.", "Friday, 8:00 a.m. to 5:00 p.m.", True),  # a range's start lost
    ("a.m. to 3:00 p.m. Eastern", "a.m. to 3:00 p.m. Eastern", True),
    ("Mon-Fri 8am-Spm", "Mon-Fri 8am-5pm", True),  # mended, read once: flagged
    ("Monday through Priday, 7:30 a.m. - 4:00 p.m. CT", "Monday through Friday, 7:30 a.m. - 4:00 p.m. CT",
     True),
    # the phone number run into the hours: cut off, and flagged
    ("555-0142 8:00 a.m. to 4:30 p.m. ET", "8:00 a.m. to 4:30 p.m. ET", True),
    ("M-F 6:00-2:30 PT", "M-F 6:00-2:30 PT", False),  # the days' initials are days
    # no clock shows a minute 60 or 75: a misread time (own 6375 0039, a fax, read sure)
    ("9:00 a.m. to 3:60 p.m. Eastern", "9:00 a.m. to 3:60 p.m. Eastern", True),
    ("Mon-Fri 8am-5:75pm", "Mon-Fri 8am-5:75pm", True),
])
def test_scanned_hours_are_mended_or_flagged(hours: str, value: str, flagged: bool) -> None:
    fact = extract_facts(letter_doc(with_hours(hours), method="ocr")).fields.contact_hours
    assert fact is not None and fact.value == value
    assert fact.needs_review is flagged


@pytest.mark.parametrize("hours", [
    "Friday, 8:00 a.m. to 5:00 p.m.", "Monday through Priday, 7:30 a.m. - 4:00 p.m. CT", "M-F 6:00-2:30 PT",
    "Tuesdays 9 a.m. - 5 p.m.", "Fri 7:30 AM - 4 PM CT",
])
def test_a_text_layer_prints_its_hours_exactly_and_they_are_not_mended(hours: str) -> None:
    """A text layer's characters are exact: an odd word there is how the letter prints its hours."""
    fact = extract_facts(letter_doc(with_hours(hours), method="pdf_text")).fields.contact_hours
    assert fact is not None and fact.value == hours and not fact.needs_review


# A real-OCR check of the second reading: the hours drawn on a page image, the first reading given as the
# page's OCR would give it (a look-alike in one word); the strip is read by Tesseract.
DPI = 150
SCALE = DPI / 72
DEJAVU_SANS = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"


LOST = "_"  # a word of the first reading that the page's OCR lost


def scanned_hours(printed: str, first_reading: str) -> PageSource:
    font = ImageFont.truetype(DEJAVU_SANS, round(10 * SCALE))
    image = Image.new("L", (round(612 * SCALE), round(792 * SCALE)), 255)
    draw = ImageDraw.Draw(image)
    words: list[Word] = []
    method: Method = "ocr"
    for x, top, text, read in ((330.0, 55.0, "Hours:", "Hours:"), (400.0, 55.0, printed, first_reading)):
        cursor = x * SCALE
        for token, shown in zip(text.split(), read.split(), strict=True):
            left, upper, right, lower = draw.textbbox((cursor, top * SCALE), token, font=font)
            draw.text((cursor, top * SCALE), token, font=font, fill=0)
            cursor = right + font.getlength(" ")
            if shown == LOST:
                continue
            words.append(Word(text=shown, box=Box(left / SCALE, upper / SCALE, right / SCALE, lower / SCALE),
                              page=1, method=method, confidence=95.0))
    page = PageView(number=1, width=612.0, height=792.0, method=method, words=tuple(words))
    document = Document(name="scan.png", sha256="0" * 64, kind="image", pages=(page,))
    return PageSource(document, [], {1: image})


@functools.cache
def read_twice(printed: str, first_reading: str) -> Fact[Any] | None:
    """The hours fact of a drawn page, read from the page's words and checked against its strip's reading
    (one Tesseract call), shared by the tests that ask again."""
    pages = scanned_hours(printed, first_reading)
    first = extract_facts(pages.document).fields.contact_hours  # without pages: no strip read yet
    if first is None or (first.needs_review and not verify.settled_by_second_reading("contact_hours", first)):
        return first
    checks, _ = verify.check_all(pages, {"contact_hours": first})
    return checks["contact_hours"].fact


@pytest.mark.parametrize(("printed", "first_reading"), [
    ("Mon-Fri 8am-5pm", "Mon-Fri 8am-Spm"),
    ("8:00 a.m. to 4:30 p.m. ET", "8:00 a.m. to 4:30 pan ET"),
])
def test_a_mend_a_second_reading_reads_as_printed_is_settled(printed: str, first_reading: str) -> None:
    fact = read_twice(printed, first_reading)
    assert fact is not None and fact.value == printed
    assert not fact.needs_review and fact.confidence >= 0.85


def test_a_mend_the_second_reading_disagrees_with_stays_flagged() -> None:
    # "6pm" printed, the first reading "Spm": the grammar reads back "5pm", the strip reads "6pm".
    fact = read_twice("Mon-Fri 8am-6pm", "Mon-Fri 8am-Spm")
    assert fact is not None and fact.value == "Mon-Fri 8am-5pm" and fact.needs_review


def test_a_meridiem_whose_dot_was_read_as_a_comma_is_settled_by_a_clean_second_reading() -> None:
    fact = read_twice("Monday - Friday, 7:30 a.m. - 4:00 p.m. CT",
                      "Monday - Friday, 7:30 a.m, - 4:00 p.m, CT")
    assert fact is not None and fact.value == "Monday - Friday, 7:30 a.m. - 4:00 p.m. CT"
    assert not fact.needs_review


@pytest.mark.parametrize(("second", "third", "expected", "flagged"), [
    # apart 9017 0086: the range's dash glued to "a.m." with specks, the rest on a third line
    ("Priday, 7:30 a.m..—", "4:00 p.m. CT", "Monday through Friday, 7:30 a.m..— 4:00 p.m. CT", True),
    ("Friday, 7:30 a.m.—", "4:00 p.m. CT", "Monday through Friday, 7:30 a.m.— 4:00 p.m. CT", False),
    # a dash alone at the line's end, trimmed as a speck would be, is put back as the range's joiner; the
    # comma stuck to the time is still odd, flagged
    ("Friday, 7:30 —", "4:00, p.m. CT", "Monday through Friday, 7:30 — 4:00, p.m. CT", True),
])
def test_scanned_hours_over_three_lines_are_read_to_their_end(second: str, third: str, expected: str,
                                                              flagged: bool) -> None:
    header = [*(row for row in STANDARD_HEADER if not row[0].startswith("Hours")),
              ("Hours:", "Monday through")]
    rows = [(440.0, 43.0 + 9 * 12.0, second), (440.0, 43.0 + 10 * 12.0, third)]
    doc = letter_doc(header, extra=rows, method="ocr")
    fact = extract_facts(doc).fields.contact_hours
    assert fact is not None and fact.value == expected
    assert fact.needs_review is flagged


@pytest.mark.parametrize(("printed", "first_reading"), [
    # own 6315 0003: a fax's OCR boxed "Monday" over its dash and split the line; "Friday, ..." read sure
    ("Monday - Friday, 8:00 a.m. to 5:00 p.m.", "_ _ Friday, 8:00 a.m. to 5:00 p.m."),
    ("Mon - Fri 7:30 AM - 4:00 PM", "_ _ Fri 7:30 AM - 4:00 PM"),
    ("Monday through Friday 9 a.m. to 3 p.m.", "_ _ Friday 9 a.m. to 3 p.m."),
])
def test_hours_whose_start_was_lost_are_completed_when_two_readings_agree(printed: str,
                                                                         first_reading: str) -> None:
    fact = completed_once(printed, first_reading)
    assert fact is not None and fact.value == printed and not fact.needs_review


def test_hours_naming_one_day_that_no_wider_reading_completes_stay_flagged() -> None:
    fact = completed_once("Friday, 8:00 a.m. to 5:00 p.m.", "Friday, 8:00 a.m. to 5:00 p.m.")
    assert fact is not None and fact.value == "Friday, 8:00 a.m. to 5:00 p.m." and fact.needs_review


def completed_once(printed: str, first_reading: str) -> Fact[Any] | None:
    """The hours fact of a drawn page as the page's words give it, then completed from its wider strip
    (one Tesseract call for the strip and its speck-free copy)."""
    pages = scanned_hours(printed, first_reading)
    first = extract_facts(pages.document).fields.contact_hours
    assert first is not None and first.needs_review  # a day named alone: the start may be lost
    return hours_rereading.completed(pages, first)


def _line(text: str, top: float, method: Method) -> tuple[Word, ...]:
    words, x = [], 436.0
    for token in text.split():
        words.append(Word(token, Box(x, top, x + 5.0 * len(token), top + 6.0), 1, method,
                          None if method == "pdf_text" else 95.0))
        x += 5.0 * len(token) + 4.0
    return tuple(words)


@pytest.mark.parametrize(("under", "method", "flagged"), [
    ("Cr", "ocr", True),  # apart 9021 0020: "CT" wrapped alone and read "Cr"
    ("E1", "ocr", True),
    ("CT", "ocr", False),  # a zone: read as part of the hours
    ("Taxpayer ID:", "ocr", False),  # a longer line is something else
    ("Cr", "pdf_text", False),  # a text layer prints what it prints
])
def test_a_short_line_under_scanned_hours_that_is_not_read_flags_them(under: str, method: Method,
                                                                      flagged: bool) -> None:
    spot = ValueWords(words=_line("Monday through Friday, 7:30 a.m. - 4:00 p.m.", 201.0, method),
                      following=(_line(under, 212.0, method),))
    reading = read_hours(spot)
    assert reading is not None
    assert any(d.code == "value.hours_line" for d in reading.doubt) is flagged


def hours_over_lines(lines: tuple[str, ...], method: Method, after: tuple[str, str] | None = None
                     ) -> Fact[Any] | None:
    """The hours fact of a letter whose hours row is the header's last (then `after`, if given), the rest
    of its lines under its value."""
    header = [*(row for row in STANDARD_HEADER if not row[0].startswith("Hours")), ("Hours:", lines[0])]
    header += [after] if after else []
    rows = [(440.0, 43.0 + (len(header) + i) * 12.0, text) for i, text in enumerate(lines[1:])]
    return extract_facts(letter_doc(header, extra=rows, method=method)).fields.contact_hours


WHOLE = "Monday through Friday, 7:30 a.m. - 4:00 p.m. CT"
WRAPPED_AT_A_JOINT = [
    # apart 9038 0073, 9039 0007: the range's dash opens the second line, and the header trims it as a speck
    (("Monday through Friday, 7:30 a.m.", "- 4:00 p.m. CT"), WHOLE),
    (("Monday through Friday, 7:30 a.m. -", "4:00 p.m. CT"), WHOLE),  # ... or ends the first
    (("Mon–Fri 07:00", "– 15:30 PT"), "Mon–Fri 07:00 – 15:30 PT"),
    (("Mon–Fri 07:00 –", "15:30 PT"), "Mon–Fri 07:00 – 15:30 PT"),
    (("M-F 6:00", "-2:30 PT"), "M-F 6:00 -2:30 PT"),  # the dash glued to the second half
    (("M-F 6:00-", "2:30 PT"), "M-F 6:00- 2:30 PT"),
    (("Mon-Fri 8am", "- 5pm"), "Mon-Fri 8am - 5pm"),
    (("8 a.m.", "to 4:30 p.m. ET"), "8 a.m. to 4:30 p.m. ET"),
    (("8 a.m. to", "4:30 p.m. ET"), "8 a.m. to 4:30 p.m. ET"),
    (("8:00 AM", "through 4:30 PM Eastern"), "8:00 AM through 4:30 PM Eastern"),
    (("9 a.m. –", "5 p.m. local time"), "9 a.m. – 5 p.m. local time"),
    # the zone wrapped once more, alone
    (("Monday through Friday, 7:30 a.m.", "— 4:00 p.m.", "CT"), WHOLE.replace("-", "—")),
    (("Monday -", "Friday, 8:00 a.m. to 5:00 p.m."), "Monday - Friday, 8:00 a.m. to 5:00 p.m."),
]


@pytest.mark.parametrize(("lines", "expected"), WRAPPED_AT_A_JOINT)
def test_a_text_layers_hours_wrapped_at_their_joiner_are_read_whole_and_need_no_review(
        lines: tuple[str, ...], expected: str) -> None:
    fact = hours_over_lines(lines, "pdf_text")
    assert fact is not None and fact.value == expected and not fact.needs_review


@pytest.mark.parametrize(("lines", "expected"), WRAPPED_AT_A_JOINT[:4])
def test_scanned_hours_wrapped_at_their_joiner_are_read_whole(lines: tuple[str, ...], expected: str) -> None:
    fact = hours_over_lines(lines, "ocr")
    assert fact is not None and fact.value == expected


@pytest.mark.parametrize(("method", "flagged"), [("pdf_text", False), ("ocr", True)])
def test_a_range_whose_joiner_is_lost_at_the_wrap_is_read_whole(method: Method, flagged: bool) -> None:
    """No dash seen at all ("7:30 a.m." / "4:00 p.m. CT"): the second line is the range's end alone. A scan
    may have lost the dash, so there the two times unjoined are doubted."""
    fact = hours_over_lines(("Monday through Friday, 7:30 a.m.", "4:00 p.m. CT"), method)
    assert fact is not None and fact.value == "Monday through Friday, 7:30 a.m. 4:00 p.m. CT"
    assert fact.needs_review is flagged


@pytest.mark.parametrize(("lines", "after", "expected", "flagged"), [
    # another label's line is never glued on, whatever it starts with
    (("Monday through Friday, 7:30 a.m.",), ("Fax:", "213-555-0199"), "Monday through Friday, 7:30 a.m.",
     True),
    (("Monday through Friday, 7:30 a.m.",), ("Fax:", "- 4:00 p.m."), "Monday through Friday, 7:30 a.m.",
     True),
    (("Monday through Friday, 7:30 a.m. - 4:00 p.m.",), ("Fax:", "- 213-555-0199"),
     "Monday through Friday, 7:30 a.m. - 4:00 p.m.", False),
    # unrelated text under the hours: no range's second half
    (("8:00 a.m.", "- RETURN RECEIPT REQUESTED"), None, "8:00 a.m.", True),
    (("Monday through Friday, 7:30 a.m.", "12/31/2019"), None, "Monday through Friday, 7:30 a.m.", True),
    (("8:00 a.m. to 4:30 p.m.", "4:00 p.m. CT"), None, "8:00 a.m. to 4:30 p.m.", False),  # already whole
    (("8:00 a.m. to 4:30 p.m. ET -", "12 ELM ST"), None, "8:00 a.m. to 4:30 p.m. ET", False),
])
def test_a_line_that_does_not_continue_the_hours_is_not_glued_on(
        lines: tuple[str, ...], after: tuple[str, str] | None, expected: str, flagged: bool) -> None:
    fact = hours_over_lines(lines, "pdf_text", after)
    assert fact is not None and fact.value == expected and fact.needs_review is flagged


@pytest.mark.parametrize(("text", "next_line", "expected"), [
    # the joiner ends the first line, or opens the second (en dash, "to", "through", glued)
    ("Monday through Friday, 7:30 a.m. -", "4:00 p.m. CT", True),
    ("Monday through Friday, 7:30 a.m.", "- 4:00 p.m. CT", True),
    ("Mon–Fri 07:00", "– 15:30 PT", True), ("8 a.m.", "to 4:30 p.m. ET", True),
    ("8:00 AM", "through 4:30 PM", True), ("M-F 6:00", "-2:30 PT", True), ("8 a.m. to", "noon", True),
    ("9:00 a.m.", "to noon", True), ("Monday through Friday, 7:30", "a.m. - 4:00 p.m.", True),
    ("Monday -", "Friday 8-4:30", True),
    # no joiner seen: the next line is the range's end alone, or not
    ("Monday through Friday, 7:30 a.m.", "4:00 p.m. CT", True), ("Mon-Fri 8am", "5pm", True),
    ("Monday through Friday, 7:30 a.m.", "4:00 p.m. Fax: 213-555-0199", False),
    ("8:00 a.m.", "4:30", False),  # no a.m./p.m.: a number, not a time, may start a line
    # whole hours, another field's value, unrelated words
    ("8:00 a.m. to 4:30 p.m.", "- 5:00 p.m.", False), ("8:00 a.m. to 4:30 p.m.", "4:00 p.m. CT", False),
    ("8:00 a.m.", "- RETURN RECEIPT REQUESTED", False), ("8:00 a.m.", "Fax: 213-555-0199", False),
    ("8:00 a.m.", "213-555-0199", False), ("Monday through Friday, 7:30", "12 ELM ST", False),
    ("8:00 a.m. to 4:30 p.m. ET -", "12 ELM ST", False), ("8:00 a.m. to 4:30 p.m. ET -", "5 p.m.", False),
    ("8:00 a.m.", "12/31/2019", False), ("8:00 a.m.", "-", False),
    ("Monday", "- Friday", False),  # not a time's range: left to the reader's wrap of hours with no time
])
def test_a_line_goes_on_with_the_hours_only_where_their_range_does(text: str, next_line: str,
                                                                   expected: bool) -> None:
    assert goes_on_to(text, next_line) is expected


def test_a_joiner_the_header_trimmed_is_kept_at_the_joint() -> None:
    """The spot's printed lines hold the "-" the trim took off the second line's start: it is the range's."""
    first, second = _line("Monday through Friday, 7:30 a.m.", 201.0, "pdf_text"), _line(
        "- 4:00 p.m. CT", 212.0, "pdf_text")
    trimmed = ValueWords(words=first, following=(second[1:],))
    printed = dataclasses.replace(trimmed, printed=(first, second))
    reading = read_hours(printed)
    assert reading is not None and reading.value == "Monday through Friday, 7:30 a.m. - 4:00 p.m. CT"
    assert not reading.doubt and reading.words == (*first, *second)
    # without the printed lines (a reader that builds its own spot) the second half is still taken whole
    reading = read_hours(trimmed)
    assert reading is not None and reading.value == "Monday through Friday, 7:30 a.m. 4:00 p.m. CT"
