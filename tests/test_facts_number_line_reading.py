"""Phone and fax numbers on scans, and a sure letter date, read once more as lines enlarged to 300 dpi in one
Tesseract call (value_glyphs); a number that line reads otherwise is taken, flagged (apart 9056 0017, a fax:
"215 659 1080" read "245 ..." by the page and by its strip, sure; own 6352 0006, 0007, 0031)."""

from __future__ import annotations

from collections.abc import Sequence

import pytest
from facts_pages import DEJAVU_SANS, make_doc, make_page
from PIL import Image, ImageDraw, ImageFont

from parser.core.model import Box, Evidence, Fact
from parser.facts import number_line_reading, value_glyphs
from parser.reading.page_source import PageSource
from parser.reading.tesseract import Glyph


def _glyphs(text: str, rivals: dict[int, tuple[tuple[str, float], ...]] | None = None) -> list[Glyph]:
    return [Glyph(ch, 95.0, ((ch, 94.0), *(rivals or {}).get(i, ()))) for i, ch in enumerate(text)]


def _phone(value: str = "2456591080", *, flagged: bool = False) -> Fact[str]:
    evidence = Evidence(page=1, box=Box(337.0, 131.8, 391.7, 138.7), text=value, method="ocr",
                        ocr_confidence=95.0)
    return Fact(value=value, confidence=0.95, evidence=evidence, needs_review=flagged)


@pytest.mark.parametrize(("line", "taken"), [
    ("215 659 1080", "2156591080"),  # the fax's "1" every other reading took for a "4"
    ("215 659 1080!", "2156591080"),
    ("(215) 659-1080", "2156591080"),
    ("2215-659-1080", "2156591080"),  # the label's colon read "2" ahead of it
    ("1-215-659-1080", "2156591080"),  # a long-distance "1-"
    ("215 659 1086", "2156591086"),  # two digits apart: still a reading of this number
    ("245 659 1080", None),  # the same number
])
def test_a_number_the_line_reads_otherwise_is_taken_flagged_with_the_first_reading(
        line: str, taken: str | None) -> None:
    got = number_line_reading.checked(_phone(), _glyphs(line))
    if taken is None:
        assert got == _phone()
        return
    assert got.value == taken and got.needs_review
    assert [(r.code, dict(r.values)) for r in got.reasons] == [("scan.line_reading", {"value": "2456591080"})]


@pytest.mark.parametrize("line", [
    "215 600 1786",  # three digits apart: another number, not a reading of this one
    "245 659",  # too few digits to match
    "045 659 1080",  # no phone number (an area code never starts 0)
    "",
])
def test_a_line_reading_that_is_no_reading_of_the_number_leaves_it(line: str) -> None:
    assert number_line_reading.checked(_phone(), _glyphs(line)) == _phone()


@pytest.mark.parametrize("rival", [("1", 84.0), ("1", 57.0), ("5", 57.0), ("§", 97.0), ("B", 60.0)])
def test_a_digit_read_otherwise_but_in_doubt_is_not_taken(rival: tuple[str, float]) -> None:
    """A fax's "4" at 83 with a "1" at 84 (apart 9050 0035): the line reading is in two minds about it;
    so it is with any other digit weighed 0.6 of it (apart 9053 0065: "6" at 96, "5" at 58), or any other
    character weighed more (apart 9058 0089: a "6" at 52 where a "§" weighed 97)."""
    line = _glyphs("8166457844", {9: (rival,)})
    got = number_line_reading.checked(_phone("8166457841"), line)
    assert got.value == "8166457841" and got.needs_review
    assert [r.code for r in got.reasons] == ["scan.digit_rivals"]


@pytest.mark.parametrize(("rivals", "doubted"), [
    ({9: (("6", 63.0),)}, True),  # the 150 dpi scan's "...7365" for "...7366": "5" at 94, "6" at 63
    ({0: (("3", 72.0),)}, True),
    ({9: (("6", 41.0),)}, False),  # a right digit's rival on a photo, far below the best
    ({3: (("B", 80.0),)}, False),  # a letter is no rival of a digit
])
def test_a_digit_with_a_near_rival_flags_the_number_as_it_is(
        rivals: dict[int, tuple[tuple[str, float], ...]], doubted: bool) -> None:
    line = _glyphs("2456591080", rivals)
    got = number_line_reading.checked(_phone(), line)
    assert got.value == "2456591080" and got.needs_review == doubted
    assert [r.code for r in got.reasons] == (["scan.digit_rivals"] if doubted else [])


DPI = 150.0


def _scanned(rows: Sequence[tuple[float, str]]) -> tuple[PageSource, dict[str, Fact[str]]]:
    """A page image printing each row's label and value at 150 dpi, and a fact for each value's box."""
    scale = DPI / 72.0
    image = Image.new("L", (round(612 * scale), round(792 * scale)), 255)
    draw = ImageDraw.Draw(image)
    font = ImageFont.truetype(DEJAVU_SANS, round(9 * scale))
    facts: dict[str, Fact[str]] = {}
    for index, (top, text) in enumerate(rows):
        draw.text((330 * scale, top * scale), "Phone:", fill=0, font=font)
        draw.text((380 * scale, top * scale), text, fill=0, font=font)
        width = draw.textlength(text, font=font) / scale
        box = Box(380.0, top + 1.0, 380.0 + width, top + 10.0)
        evidence = Evidence(page=1, box=box, text=text, method="ocr", ocr_confidence=90.0)
        facts[f"value{index}"] = Fact(value=text, confidence=0.9, evidence=evidence)
    page = make_page([(330.0, top, f"Phone: {text}") for top, text in rows], method="ocr")
    return PageSource(make_doc(page), [], {1: image}), facts


def test_real_tesseract_reads_each_strip_read_in_one_call_back_to_its_own_value() -> None:
    pages, facts = _scanned([(100.0, "215 659 1080"), (114.0, "04/05/2024"), (300.0, "(410) 329-4135")])
    read = value_glyphs.read(pages, facts)
    digits = {field: "".join(g.text for g in glyphs if g.text.isdigit()) for field, glyphs in read.items()}
    assert digits == {"value0": "2156591080", "value1": "04052024", "value2": "4103294135"}
    assert all(g.choices for glyphs in read.values() for g in glyphs if g.text.isdigit())


def test_values_read_from_a_text_layer_are_not_read_again() -> None:
    pages, facts = _scanned([(100.0, "215 659 1080")])
    layer = {field: Fact(value=fact.value, confidence=1.0, evidence=Evidence(
        page=1, box=fact.evidence.box, text=fact.value, method="pdf_text")) for field, fact in facts.items()}
    assert value_glyphs.read(pages, layer) == {}


def test_a_digit_read_otherwise_with_only_faint_rivals_is_taken() -> None:
    """A 150 dpi scan's "3" at 96 with a "2" at 30 (apart 9050 0010: "385" the other readings read "685")."""
    got = number_line_reading.checked(_phone("6858588562"), _glyphs("3858588562", {0: (("2", 30.0),)}))
    assert got.value == "3858588562" and [r.code for r in got.reasons] == ["scan.line_reading"]
