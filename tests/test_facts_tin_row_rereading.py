"""A taxpayer ID whose header row the page's OCR garbled whole, read again as one line from the labels'
column (apart photos: 9046 0030's "Taxpayer ID number: ***-**-4244" read as one garbled word, "SETESG")."""

from __future__ import annotations

from collections.abc import Sequence

import pytest
from facts_pages import DEJAVU_SANS, make_doc, make_page
from PIL import Image, ImageDraw, ImageFont

from parser.core.model import Box
from parser.facts import tin_row_rereading
from parser.facts.header import PageLayout, layout_of
from parser.reading.lines import Segment, group_lines
from parser.reading.page_source import PageSource

DPI = 150.0
LABEL_X, VALUE_X, TOP, STEP = 330.0, 440.0, 60.0, 14.0


def _header(rows: Sequence[tuple[str, str]], lost: int, stamp: bool = False
            ) -> tuple[tuple[Segment, ...], PageLayout, PageSource]:
    """A scanned header whose row `lost` the page's reading kept as one garbled word in the value column
    (with `stamp`, a stamp's garble left of the labels instead); its image prints every row."""
    scale = DPI / 72.0
    image = Image.new("L", (round(612 * scale), round(792 * scale)), 255)
    draw = ImageDraw.Draw(image)
    font = ImageFont.truetype(DEJAVU_SANS, round(9 * scale))
    words: list[tuple[float, float, str]] = [(54.0, 40.0, "Internal Revenue Service")]
    for index, (label, value) in enumerate(rows):
        top = TOP + index * STEP
        draw.text((LABEL_X * scale, top * scale), label, fill=0, font=font)
        draw.text((VALUE_X * scale, top * scale), value, fill=0, font=font)
        words += [(VALUE_X, top, "SETESG")] if index == lost else [(LABEL_X, top, f"{label} {value}")]
    words += [(200.0, TOP, "RECENED")] if stamp else []
    page = make_page(words, method="ocr", low_words=("SETESG", "RECENED"), low=0.0)
    layout = layout_of(page, group_lines(page.words), first=True)
    garbled = tuple(s for line in layout.lines for s in line.segments if s.text in ("SETESG", "RECENED"))
    return garbled, layout, PageSource(make_doc(page), [], {1: image})


@pytest.mark.parametrize(("label", "printed", "value"), [
    ("Taxpayer ID number:", "***-**-4244", "XXX-XX-4244"),
    ("Employer ID number:", "XX-XXX5261", "XX-XXX5261"),
])
def test_a_garbled_rows_taxpayer_id_is_read_again_flagged(label: str, printed: str, value: str) -> None:
    rows = [("Date:", "March 3, 2025"), (label, printed), ("Tax form:", "1040")]
    garbled, layout, pages = _header(rows, lost=1)
    fact = tin_row_rereading.reread(layout, garbled, pages)
    assert fact is not None and fact.value == value and fact.needs_review
    assert fact.evidence.box.x0 >= VALUE_X - 10


def test_a_garbled_row_of_another_label_gives_no_taxpayer_id() -> None:
    rows = [("Date:", "March 3, 2025"), ("Contact ID number:", "1000124244"), ("Tax form:", "1040")]
    garbled, layout, pages = _header(rows, lost=1)
    assert tin_row_rereading.reread(layout, garbled, pages) is None


def test_a_garbled_segment_left_of_every_labels_column_is_not_read() -> None:
    rows = [("Date:", "March 3, 2025"), ("Tax form:", "1040")]
    garbled, layout, pages = _header(rows, lost=-1, stamp=True)  # a stamp's garble in the left margin
    assert [s.text for s in garbled] == ["RECENED"]
    assert tin_row_rereading._column_left([LABEL_X], garbled[0].box) is None
    assert tin_row_rereading.reread(layout, garbled, pages) is None


def test_a_garbled_label_of_the_column_is_its_own_row() -> None:
    assert tin_row_rereading._column_left([54.0, LABEL_X], Box(LABEL_X, 60.0, 420.0, 70.0)) == LABEL_X
    assert tin_row_rereading._column_left([54.0, LABEL_X], Box(VALUE_X, 60.0, 480.0, 70.0)) == LABEL_X


@pytest.mark.parametrize(("text", "last"), [
    ("wee.e* 4244 |", "4244"), ("***_0*_4244", "4244"), ("$080 4244", "4244"), ("/ wee.* 4244 }", "4244"),
    ("990.094244 |", None),  # digits run into the last four: no mask stands apart from them
    ("12/31/2021 4244", None),  # a date before four digits is no mask
])
def test_the_last_four_after_a_garbled_mask(text: str, last: str | None) -> None:
    match = tin_row_rereading.ROW_LAST_FOUR.match(text)
    found = match["last"] if match and sum(ch.isdigit() for ch in match["mask"]) <= 5 else None
    assert found == last
