"""A scanned tax form one look-alike digit from another return form is read once more, alone and enlarged."""

from __future__ import annotations

import pytest
from facts_pages import DEJAVU_SANS, make_doc, make_page, printed_lines_page
from PIL import ImageFont

from parser.core.model import Box, Evidence, Fact
from parser.facts import form_rereading
from parser.facts.fields import FieldValue
from parser.facts.header import PageLayout, layout_of, value_spots
from parser.facts.labels import LabelMatch, find_labels
from parser.reading.lines import group_lines
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


def _ruled_cell(printed: str, dpi: float, grey: int) -> tuple[Fact[FieldValue], PageSource]:
    """`scanned_form` in a table cell whose borders stand just beside the value, on a dim photo's grey
    paper (`grey`): read alone, the left border reads as a "1" or a "T" before the number."""
    from PIL import ImageDraw

    fact, pages = scanned_form(printed, printed, dpi)
    image = pages.reading_image(1)
    assert image is not None
    scale = dpi / 72.0
    box = fact.evidence.box
    dim = image.convert("L").point(lambda v: round(40 + v / 255 * (grey - 40)))
    draw = ImageDraw.Draw(dim)
    for x in (box.x0 - 4.0, box.x1 + 4.0):
        column = round(x * scale)
        draw.line((column, round((TOP - 6.0) * scale), column, round((TOP + 18.0) * scale)),
                  fill=60, width=max(1, round(scale * 0.8)))
    return fact, PageSource(pages.document, [], {1: dim})


@pytest.mark.parametrize(("printed", "read", "dpi", "grey"), [
    ("1040", "7040", 150.0, 200), ("1040", "T7080", 200.0, 215), ("941", "947", 150.0, 190)])
def test_a_form_in_a_ruled_cell_is_read_alone_without_the_cells_borders(
        printed: str, read: str, dpi: float, grey: int) -> None:
    fact, pages = _ruled_cell(printed, dpi, grey)
    first = Fact[FieldValue](value=read, confidence=0.5, evidence=fact.evidence, needs_review=True)
    got = form_rereading.reread(first, pages)
    assert got is not None and got.needs_review
    assert any(dict(r.values).get("value") == printed for r in got.reasons)


LABEL_X, LABEL_TOP = 330.0, 100.0


def _garbled_label_page(cells: tuple[tuple[str, str], ...], dpi: float = 150.0, *, method: str = "ocr"
                        ) -> tuple[PageLayout, tuple[LabelMatch, ...], PageSource]:
    """A header whose "Tax form number:" label the page's reading garbled ("RE Orernomber:"), the value
    under it; each cell (printed, read) one more label and value pair, a column further right."""
    from PIL import Image, ImageDraw

    scale = dpi / 72.0
    image = Image.new("L", (round(612 * scale), round(792 * scale)), 255)
    draw = ImageDraw.Draw(image)
    font = ImageFont.truetype(DEJAVU_SANS, round(SIZE * scale))
    rows: list[tuple[float, float, str]] = [(54.0, 40.0, "Internal Revenue Service"),
                                            (54.0, 300.0, "Dear Maria Gonzalez:")]
    for i, (printed, read) in enumerate(cells):
        x = LABEL_X + 130.0 * i
        draw.text((round(x * scale), round(LABEL_TOP * scale)), "Tax form number:", font=font, fill=0)
        draw.text((round((x + 8.0) * scale), round((LABEL_TOP + 14.0) * scale)), printed, font=font, fill=0)
        rows += [(x, LABEL_TOP, "RE Orernomber:"), (x + 8.0, LABEL_TOP + 14.0, read)]
    page = make_page(rows, method=method)  # type: ignore[arg-type]
    layout = layout_of(page, group_lines(page.words), first=True)
    return layout, find_labels(layout.lines), PageSource(make_doc(page), [], {1: image})


@pytest.mark.parametrize(("printed", "read"), [("1040", "1040"), ("941", "941"), ("1040-SR", "1040-SR ."),
                                               ("1120", "1120 '")])
def test_a_lone_return_form_under_a_garbled_label_is_taken_when_read_alone_agrees_flagged(
        printed: str, read: str) -> None:
    got = form_rereading.unlabelled(*_garbled_label_page(((printed, read),)))
    assert got is not None and got.value == printed and got.needs_review
    assert got.reasons[0].code == "value.no_label"


@pytest.mark.parametrize("cells", [
    (("1040", "1041"),),  # the closer reading says another form: no value
    (("1040", "1040"), ("941", "941")),  # two lone forms: which is the letter's is open
    (("12153", "12153"),),  # a request form, no return
    (("1040 Dec. 31, 2019", "1040 Dec. 31, 2019"),),  # not alone in its cell
])
def test_a_lone_form_not_confirmed_or_not_alone_gives_none(cells: tuple[tuple[str, str], ...]) -> None:
    assert form_rereading.unlabelled(*_garbled_label_page(cells)) is None


def test_a_text_layer_is_never_read_for_a_lone_form() -> None:
    assert form_rereading.unlabelled(*_garbled_label_page((("1040", "1040"),), method="pdf_text")) is None


@pytest.mark.parametrize("specks", [",", ". '", "|", "‘ ."])
@pytest.mark.parametrize(("label", "value"), [("Tax form number:", "1040"), ("Form:", "941"),
                                              ("Tax period(s) ended:", "December 31, 2019")])
def test_a_line_of_specks_between_a_label_and_its_value_under_it_is_passed_over(
        specks: str, label: str, value: str) -> None:
    page = make_page([(54.0, 40.0, "Internal Revenue Service"), (LABEL_X, LABEL_TOP, label),
                      (LABEL_X + 20.0, LABEL_TOP + 7.0, specks), (LABEL_X, LABEL_TOP + 13.0, value),
                      (54.0, 300.0, "Dear Maria Gonzalez:")], method="ocr")
    layout = layout_of(page, group_lines(page.words), first=True)
    spots = [s for s in value_spots(layout, find_labels(layout.lines))
             if s.label.words[0].text == label.split()[0]]
    assert [" ".join(w.text for w in s.words) for s in spots] == [value]
