"""The contact's employee ID read again on a scan: which words make the value, when readings must agree."""

from __future__ import annotations

import random
from collections.abc import Sequence

import pytest
from facts_pages import make_doc, make_page
from PIL import Image, ImageDraw, ImageFont

from parser.core.model import Box, Evidence, Fact, PageView, Word
from parser.facts import id_rereading
from parser.facts.fields import FieldValue
from parser.facts.header import PageLayout, header_label, layout_of
from parser.reading.lines import group_lines
from parser.reading.page_source import PageSource

LABEL_X, LABEL_TOP = 330.0, 100.0
VALUE_X = 465.0  # where the value starts, right of "Employee ID number:" (10 pt, in any of the fonts)
FONT_SIZE = 10.0


def _words(*tokens: tuple[str, float, float]) -> list[Word]:
    """Words of one line of a place read again: (text, left, right) in page points, 10 points high."""
    return [Word(text=text, box=Box(x0, 0.0, x1, 10.0), page=1, method="ocr", confidence=80.0)
            for text, x0, x1 in tokens]


@pytest.mark.parametrize(("tokens", "value"), [
    ((("856051", 0, 34), ("48", 37, 48)), "85605148"),  # one value OCR split in two words
    ((("64048", 0, 28), ("13333", 31, 59)), "6404813333"),
    ((("$791", 0, 20), ("272513", 23, 55)), "5791272513"),  # a first "5" read as "$", boxed off
    ((("|", 0, 2), ("1234567", 6, 44)), "1234567"),  # a cell's border before the value
    ((("1234567", 0, 38), ("Phone:", 60, 90)), "1234567"),  # the next column's label, well apart
    ((("5551234", 0, 38), ("213", 60, 78)), "5551234"),  # a column's gap: the second run is no part of it
    ((("98765432.", 0, 50),), "98765432"),  # a speck read as a period after it
    ((("ber:", 0, 20), ("1000123456", 24, 80)), "1000123456"),  # the label's tail the place caught
    ((("-", 0, 3), ("7O55123", 6, 44)), "7055123"),  # a round O for a zero
])
def test_a_place_reads_the_digit_words_at_its_start(tokens: Sequence[tuple[str, float, float]],
                                                   value: str) -> None:
    read = id_rereading.value_of(_words(*tokens))
    assert read is not None and read[0] == value


@pytest.mark.parametrize("tokens", [
    (("856051", 0, 34),),  # six digits: not an employee ID's length
    (("12345678901", 0, 60),),  # eleven
    (("1234567", 0, 38), ("Fax", 41, 58)),  # letters glued to the digits: garble, not a value
    (("12/31/2019", 0, 55),),  # a date
    (("ID", 0, 10), ("1234567", 14, 50)),  # a word of letters first: not a value's start
])
def test_a_place_gives_nothing_that_is_not_one_id(tokens: Sequence[tuple[str, float, float]]) -> None:
    assert id_rereading.value_of(_words(*tokens)) is None


def _page(value_words: str = "", *, value_x: float = VALUE_X) -> PageView:
    rows = [(54.0, 40.0, "Internal Revenue Service"), (LABEL_X, 80.0, "Date: March 3, 2025"),
            (LABEL_X, LABEL_TOP, "Employee ID number:")]
    if value_words:
        rows.append((value_x, LABEL_TOP, value_words))
    rows += [(LABEL_X, 120.0, "Phone: 213-555-0142"), (54.0, 300.0, "Dear Maria Gonzalez:")]
    return make_page(rows, method="ocr")


def _scan(page: PageView, image: Image.Image | None = None) -> tuple[PageLayout, PageSource]:
    if image is None:
        image = Image.new("L", (1275, 1650), 255)
        ImageDraw.Draw(image).rectangle((0, 150, image.width, 320), fill=0)  # ink where the value is read
    return layout_of(page, group_lines(page.words), first=True), PageSource(make_doc(page), [], {1: image})


class _Readings:
    """A stand-in for Tesseract: the place readings given in turn, each as one line of text."""

    def __init__(self, texts: Sequence[str], confidence: float = 80.0) -> None:
        self.texts = list(texts)
        self.calls = 0
        self.confidence = confidence

    def __call__(self, image: Image.Image, dpi: float, psm: int) -> tuple[Word, ...]:
        self.calls += 1
        text = self.texts.pop(0) if self.texts else ""
        return tuple(Word(text=token, box=Box(40.0 * i, 0.0, 40.0 * i + 36.0, 10.0), page=1, method="ocr",
                          confidence=self.confidence) for i, token in enumerate(text.split()))


def _first(value: str, *, review: bool = True, confidence: float | None = None) -> Fact[FieldValue]:
    evidence = Evidence(page=1, box=Box(VALUE_X, LABEL_TOP, VALUE_X + 6 * len(value), LABEL_TOP + 10),
                        text=value, method="ocr", ocr_confidence=confidence)
    return Fact(value=value, confidence=0.5, evidence=evidence, needs_review=review)


def test_two_closer_readings_that_agree_replace_a_doubtful_first_reading_flagged() -> None:
    layout, pages = _scan(_page("670683820)"))
    readings = _Readings(["6706838200", "6706838200"])
    fact = id_rereading.reread(_first("670683820"), layout, pages, ocr=readings)
    assert fact is not None and fact.value == "6706838200" and fact.needs_review
    assert fact.reasons[-1].code == id_rereading.REASON and readings.calls == 2


def test_a_closer_reading_that_surely_agrees_with_the_first_keeps_it_after_one_call() -> None:
    layout, pages = _scan(_page("1764896"))
    first = _first("1764896")
    readings = _Readings(["1764896", "4764896", "4764896"], confidence=95.0)
    assert id_rereading.reread(first, layout, pages, ocr=readings) is first and readings.calls == 1


def test_an_unsure_agreement_with_the_first_reading_is_not_enough() -> None:
    # A speck fools the page's reading and the first closer one alike ("1" read "4"): two closer readings
    # read the "1", and a third agrees with them.
    layout, pages = _scan(_page("4764896"))
    fact = id_rereading.reread(_first("4764896"), layout, pages,
                               ocr=_Readings(["4764896", "1764896", "1764896", "1764896"]))
    assert fact is not None and fact.value == "1764896" and fact.needs_review
    first = _first("4764896")  # two unsure closer readings that agree with the first confirm it
    readings = _Readings(["4764896", "1764896", "4764896", "1764896"])
    assert id_rereading.reread(first, layout, pages, ocr=readings) is first and readings.calls == 3


@pytest.mark.parametrize(("page", "closer", "kept"), [
    (96.0, 60.0, True),  # own 6332 0029: a speck read "0" as "9" by every closer reading, none of them sure
    (96.0, 95.0, False),  # sure closer readings still outweigh it
    (70.0, 60.0, False),  # an unsure page reading gives way to three closer readings, as before
])
def test_a_sure_first_reading_gives_way_only_to_sure_closer_readings(page: float, closer: float,
                                                                     kept: bool) -> None:
    layout, pages = _scan(_page("1006989330"))
    first = _first("1006989330", confidence=page)
    readings = _Readings(["1906989330"] * 4, confidence=closer)
    fact = id_rereading.reread(first, layout, pages, ocr=readings)
    assert fact is not None and fact.value == ("1006989330" if kept else "1906989330") and fact.needs_review


@pytest.mark.parametrize(("first", "other"), [
    ("1218892244", "1218892344"),  # ten digits, one read as another
    ("718771206", "718791208"),  # nine, two read as others
    ("7330163", "1330163"),  # seven, the first
])
def test_a_same_length_first_reading_yields_to_two_sure_readings_or_three(first: str, other: str) -> None:
    layout, pages = _scan(_page(first))

    def value(readings: _Readings) -> FieldValue | None:
        fact = id_rereading.reread(_first(first), layout, pages, ocr=readings)
        return None if fact is None else fact.value

    assert value(_Readings([other, other, "", ""])) == first  # two unsure readings against the first
    assert value(_Readings([other, other, other])) == other
    sure = _Readings([other, other], confidence=95.0)
    assert value(sure) == other and sure.calls == 2


def test_closer_readings_that_never_agree_leave_the_first_reading() -> None:
    layout, pages = _scan(_page("865629"))
    first = _first("865629")
    readings = _Readings(["8656291", "8656281", "9656291", ""])
    assert id_rereading.reread(first, layout, pages, ocr=readings) is first and readings.calls == 4


def test_a_value_the_page_lost_is_read_beside_its_label() -> None:
    layout, pages = _scan(_page())
    assert id_rereading.needs_rereading(None, layout, pages)
    fact = id_rereading.reread(None, layout, pages, ocr=_Readings(["| 6330638840", "6330638840 ."]))
    assert fact is not None and fact.value == "6330638840" and fact.needs_review


def test_a_sure_first_reading_or_a_text_layer_is_never_read_again() -> None:
    layout, pages = _scan(_page("1000123456"))
    assert not id_rereading.needs_rereading(_first("1000123456", review=False), layout, pages)
    digital = make_page([(LABEL_X, LABEL_TOP, "Employee ID number: 1234567")])
    text_layout = layout_of(digital, group_lines(digital.words), first=True)
    assert not id_rereading.needs_rereading(_first("1234567"), text_layout, PageSource(make_doc(digital), []))


def test_the_place_stops_before_the_next_label_on_the_line() -> None:
    page = make_page([(LABEL_X, LABEL_TOP, "Employee ID number:"), (500.0, LABEL_TOP, "Phone: 2135550142")],
                     method="ocr")
    layout, _pages = _scan(page)
    place = id_rereading._place(layout, header_label(layout, id_rereading.FIELD), None)
    assert place is not None and LABEL_X + 90 < place.x0 < 440 and place.x1 < 500.0


# Real OCR: a header line printed at 150 dpi (a scan's reading image), the value damaged as faxes damage it;
# the page's first reading is given as it went wrong (a digit lost or gained at an end).
DPI = 150.0
FONTS = ("/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf",
         "/usr/share/fonts/truetype/dejavu/DejaVuSansMono.ttf",
         "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")
CASES = (  # (font, value, damage, first reading)
    (FONTS[0], "6706838200", "border", "670683820"),  # a cell's border glued to the last digit
    (FONTS[1], "85605148", "split", "856051"),  # the value split by a wide gap
    (FONTS[2], "4246081", "specks", "424608"),  # specks round the value, the last digit lost
    (FONTS[0], "158971880", "split", "1158971880"),  # a digit gained at the start
)


def _printed(value: str, font_path: str, damage: str, seed: int) -> Image.Image:
    scale = DPI / 72.0
    image = Image.new("L", (round(612 * scale), round(792 * scale)), 255)
    draw = ImageDraw.Draw(image)
    font = ImageFont.truetype(font_path, round(FONT_SIZE * scale))
    top = LABEL_TOP * scale
    draw.text((LABEL_X * scale, top), "Employee ID number:", fill=0, font=font)
    x = VALUE_X * scale
    if damage == "split":  # the gap OCR splits a value at: two characters' width after the sixth digit
        draw.text((x, top), value[:6], fill=0, font=font)
        draw.text((x + font.getlength(value[:6]) + 0.35 * font.size, top), value[6:], fill=0, font=font)
    else:
        draw.text((x, top), value, fill=0, font=font)
    end = x + font.getlength(value)
    if damage == "border":  # a ruled cell's right border a hair after the last digit, past the line
        draw.rectangle((end + 1, top - 0.8 * font.size, end + 2, top + 1.8 * font.size), fill=0)
    if damage == "specks":
        rng = random.Random(seed)
        for _ in range(40):
            sx = rng.uniform(x - 30, end + 30)
            sy = rng.uniform(top - 8, top + 1.4 * font.size)
            draw.point((sx, sy), fill=rng.choice((0, 60, 120)))
    return image


@pytest.fixture(scope="module")
def reread_cases() -> list[tuple[str, Fact[FieldValue] | None]]:
    """Each case's true value and what the re-reading made of its wrong first reading (shared OCR)."""
    results: list[tuple[str, Fact[FieldValue] | None]] = []
    for seed, (font, value, damage, first) in enumerate(CASES):
        page = _page(first)
        layout, pages = _scan(page, _printed(value, font, damage, seed))
        results.append((value, id_rereading.reread(_first(first), layout, pages)))
    return results


@pytest.mark.parametrize("case", range(len(CASES)))
def test_damaged_values_are_read_right_and_stay_flagged(
        reread_cases: list[tuple[str, Fact[FieldValue] | None]], case: int) -> None:
    value, fact = reread_cases[case]
    assert fact is not None and fact.value == value and fact.needs_review
