"""A scanned tax form one look-alike digit from another return form is read once more, alone and enlarged."""

from __future__ import annotations

import pytest
from facts_pages import DEJAVU_SANS, printed_lines_page
from PIL import ImageFont

from parser.core.model import Box, Evidence, Fact
from parser.facts import form_rereading
from parser.facts.fields import FieldValue
from parser.reading.page_source import PageSource

TOP, SIZE = 100.0, 10.0


def scanned_form(printed: str, read: str, dpi: float) -> tuple[Fact[FieldValue], PageSource]:
    """A page printing `printed` at (72, TOP) and the page reading's fact, which read it as `read`."""
    doc, image = printed_lines_page([printed], dpi=dpi, top=TOP, line_height=14.0, size=SIZE)
    left, _top, right, _bottom = ImageFont.truetype(DEJAVU_SANS, round(SIZE * dpi / 72)).getbbox(printed)
    box = Box(72.0 + left * 72 / dpi, TOP + 1.5, 72.0 + right * 72 / dpi, TOP + SIZE)
    fact: Fact[FieldValue] = Fact(value=read, confidence=1.0, evidence=Evidence(1, box, read, "ocr", 92.0))
    return fact, PageSource(doc, [], {1: image})


@pytest.mark.parametrize(("printed", "read", "dpi"), [("941", "944", 150.0), ("944", "941", 200.0)])
def test_a_form_the_page_read_as_its_look_alike_is_flagged(printed: str, read: str, dpi: float) -> None:
    fact, pages = scanned_form(printed, read, dpi)
    got = form_rereading.reread(fact, pages)
    assert got is not None and got.value == read and got.needs_review
    assert any(dict(r.values).get("value") == printed for r in got.reasons)


@pytest.mark.parametrize(("printed", "read", "dpi"), [("1040", "4040", 150.0), ("1040", "1010", 200.0)])
def test_a_no_form_reading_whose_look_alike_the_crop_reads_is_put_right_flagged(
        printed: str, read: str, dpi: float) -> None:
    fact, pages = scanned_form(printed, read, dpi)
    got = form_rereading.reread(fact, pages)
    assert got is not None and got.value == printed and got.needs_review


@pytest.mark.parametrize(("printed", "dpi"), [("941", 200.0), ("944", 150.0)])
def test_a_form_the_crop_reads_the_same_stays_as_it_was(printed: str, dpi: float) -> None:
    fact, pages = scanned_form(printed, printed, dpi)
    assert form_rereading.reread(fact, pages) is fact


@pytest.mark.parametrize(("value", "scan"), [("1040", True), ("1120", True), ("941", False)])
def test_forms_no_digit_makes_another_and_text_layers_are_not_read_again(value: str, scan: bool) -> None:
    evidence = Evidence(1, Box(0, 0, 9, 9), value, "ocr" if scan else "pdf_text")
    assert not form_rereading.in_doubt(Fact[FieldValue](value=value, confidence=1.0, evidence=evidence))
