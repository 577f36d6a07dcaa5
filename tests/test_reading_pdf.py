"""Digital PDFs: words from the text layer, boxes in points from the page's top-left, mixed documents."""

from __future__ import annotations

import io
from pathlib import Path

import pikepdf
import pytest
from reading_fixtures import letter_pdf, mixed_pdf, scan_of
from reportlab.lib.pagesizes import letter
from reportlab.pdfgen import canvas

from parser.reading.read import read_document

HELVETICA_ASCENT = 0.718  # of the font size: where the glyph box top sits above the baseline
HELVETICA_DESCENT = 0.207



def test_digital_letter_words_and_boxes_come_from_the_text_layer(tmp_path: Path) -> None:
    source = read_document(letter_pdf(tmp_path))
    document = source.document
    assert document.kind == "pdf"
    assert document.method == "pdf_text"
    assert document.warnings == ()
    page = document.pages[0]
    assert (page.width, page.height) == (612, 792)
    assert source.reading_image(1) is None
    date = next(word for word in page.words if word.text == "Date:")
    # Drawn at x=72 on the baseline y=720-2*18 (PDF origin bottom-left), 11 pt Helvetica.
    baseline_from_top = 792 - (720 - 2 * 18)
    assert date.box.x0 == pytest.approx(72, abs=0.01)
    assert date.box.bottom == pytest.approx(baseline_from_top + 11 * HELVETICA_DESCENT, abs=0.6)
    assert date.box.top == pytest.approx(baseline_from_top - 11 * HELVETICA_ASCENT, abs=2.5)
    assert date.method == "pdf_text" and date.confidence is None and date.page == 1
    line = [word.text for word in page.words if abs(word.box.top - date.box.top) < 1]
    assert line == ["Date:", "March", "3,", "2025"]


def test_overprinted_bold_text_is_read_once(tmp_path: Path) -> None:
    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer, pagesize=letter)
    pdf.setFont("Helvetica", 11)
    for offset in (0.0, 0.2):  # fake bold: the same string printed twice, a fraction of a point apart
        pdf.drawString(72 + offset, 700, "Date: March 3, 2025")
    pdf.showPage()
    pdf.save()
    path = tmp_path / "bold.pdf"
    path.write_bytes(buffer.getvalue())
    words = [word.text for word in read_document(path).document.pages[0].words]
    assert words == ["Date:", "March", "3,", "2025"]


def test_cropped_page_boxes_are_measured_from_the_crop_box(tmp_path: Path) -> None:
    source = letter_pdf(tmp_path)
    cropped = tmp_path / "cropped.pdf"
    with pikepdf.open(source) as pdf:
        pdf.pages[0].CropBox = [36, 36, 576, 756]
        pdf.save(cropped)
    full = read_document(source).document.pages[0]
    crop = read_document(cropped).document.pages[0]
    assert (crop.width, crop.height) == (540, 720)
    for whole, part in zip(full.words, crop.words, strict=True):
        assert part.box.x0 == pytest.approx(whole.box.x0 - 36, abs=0.01)
        assert part.box.top == pytest.approx(whole.box.top - 36, abs=0.01)


def test_sideways_text_layer_is_not_trusted(tmp_path: Path) -> None:
    from parser.reading.pdf_text import open_text_layer, read_text_layer

    turned = tmp_path / "turned.pdf"
    with pikepdf.open(letter_pdf(tmp_path)) as pdf:
        pdf.pages[0].Rotate = 90
        pdf.save(turned)
    with open_text_layer(turned) as text_pdf:
        assert text_pdf is not None
        layer = read_text_layer(text_pdf, 0)
    assert not layer.usable
    assert layer.reason == "sideways"
    assert (layer.width, layer.height) == (792, 612)


def test_upside_down_text_layer_is_read_by_ocr_turned_upright(tmp_path: Path) -> None:
    # /Rotate 180 shows the page upside down: pdfplumber calls its letters upright but spells words backwards.
    from parser.reading.pdf_text import open_text_layer, read_text_layer

    turned = tmp_path / "upside-down.pdf"
    with pikepdf.open(letter_pdf(tmp_path)) as pdf:
        pdf.pages[0].Rotate = 180
        pdf.save(turned)
    with open_text_layer(turned) as text_pdf:
        assert text_pdf is not None
        layer = read_text_layer(text_pdf, 0)
    assert not layer.usable
    assert layer.reason == "upside_down"
    page = read_document(turned).document.pages[0]
    assert page.method == "ocr" and page.rotation == 180
    assert "Date:" in [word.text for word in page.words]


def test_digital_page_image_is_rendered_in_colour_at_the_asked_dpi(tmp_path: Path) -> None:
    path = letter_pdf(tmp_path)
    with read_document(path) as source:
        document = source.document
        image = source.image(1, dpi=100)
    assert image.mode == "RGB"
    assert image.size == (850, 1100)
    date = next(word for word in document.pages[0].words if word.text == "Date:")
    left, top, right, bottom = (round(value * 100 / 72) for value in date.box.as_list())
    inked = image.crop((left, top, right, bottom)).convert("L")
    assert inked.getextrema()[0] < 100  # type: ignore[operator]
    with pytest.raises(ValueError, match="page 2 is not in the document"):
        source.image(2, dpi=100)


@pytest.mark.ocr
def test_mixed_pdf_reads_text_pages_from_the_layer_and_scanned_pages_by_ocr(tmp_path: Path) -> None:
    scan = scan_of(letter_pdf(tmp_path), dpi=200)
    path = mixed_pdf(tmp_path, scan)
    document = read_document(path).document
    assert document.method == "mixed"
    assert [page.method for page in document.pages] == ["pdf_text", "ocr"]
    scanned = document.pages[1]
    assert (scanned.width, scanned.height) == (612, 792)
    assert scanned.mean_confidence is not None and scanned.mean_confidence > 85
    texts = [word.text for word in scanned.words]
    for expected in ("Date:", "March", "2025", "Jane", "Doe", "1000123456"):
        assert expected in texts
    date = next(word for word in scanned.words if word.text == "Date:")
    assert date.method == "ocr" and date.page == 2
    assert date.box.x0 == pytest.approx(72, abs=2.5)
    assert date.box.bottom == pytest.approx(792 - (720 - 2 * 18) + 11 * HELVETICA_DESCENT, abs=3)


def test_a_label_glued_to_its_value_is_split_into_two_words(tmp_path: Path) -> None:
    path = tmp_path / "glued.pdf"
    pdf = canvas.Canvas(str(path), pagesize=letter)
    pdf.setFont("Helvetica", 10)
    pdf.drawString(330, 700, "Date:March 3, 2025")  # no space: pdfplumber sees one word "Date:March"
    pdf.drawString(330, 685, "Phone:(213) 555-0142 Hours: 8:00 a.m.")
    pdf.drawString(72, 640, "See https://www.irs.gov for more.")
    pdf.drawString(330, 670, "SSN:***-**-4977")  # a masked number (apart seed 9005)
    pdf.save()
    words = read_document(path).document.pages[0].words
    texts = [word.text for word in words]
    assert texts[:4] == ["Date:", "March", "3,", "2025"]
    assert texts[4:10] == ["Phone:", "(213)", "555-0142", "Hours:", "8:00", "a.m."]
    assert texts[10:12] == ["SSN:", "***-**-4977"]
    assert "https://www.irs.gov" in texts
    label, value = words[0], words[1]
    assert label.box.x1 <= value.box.x0 + 0.01  # the label's box ends where the value's begins
    assert abs(label.box.x0 - 330) < 0.5


# apart 9050 0031: "Date" and "Dec. 27, 2021" set as two runs of text a space's width apart, no space
# character between them: pdfplumber's 3-point word gap ran them into "DateDec." and the date was lost.
@pytest.mark.parametrize(("font", "size"), [("Helvetica", 10), ("Helvetica", 8), ("Times-Roman", 9),
                                            ("Courier", 10)])
def test_words_set_a_space_apart_without_a_space_character_stay_apart(
        tmp_path: Path, font: str, size: int) -> None:
    path = tmp_path / "runs.pdf"
    pdf = canvas.Canvas(str(path), pagesize=letter)
    pdf.setFont(font, size)
    space = pdf.stringWidth(" ", font, size)
    x = 330.0
    for word in ("Date", "Dec.", "27,", "2021"):
        pdf.drawString(x, 700, word)
        x += pdf.stringWidth(word, font, size) + space
    text = pdf.beginText(72, 650)  # a kerned word's letters set one by one stay one word
    text.setFont(font, size)
    text.setCharSpace(0.04 * size)
    text.textOut("Determination")
    pdf.drawText(text)
    pdf.save()
    texts = [word.text for word in read_document(path).document.pages[0].words]
    assert texts == ["Date", "Dec.", "27,", "2021", "Determination"]


def test_two_runs_of_text_that_collide_are_read_as_their_own_words(tmp_path: Path) -> None:
    # A long office name runs into the label column: its last letter starts after the label's first one.
    path = tmp_path / "collided.pdf"
    pdf = canvas.Canvas(str(path), pagesize=letter)
    pdf.setFont("Courier", 9)
    office = "Cincinnati Centralized Innocent Spouse Operation"
    pdf.drawString(54, 700, office)
    pdf.drawString(54 + pdf.stringWidth(office, "Courier", 9) - 4, 700, "Contact person:")
    pdf.save()
    texts = [word.text for word in read_document(path).document.pages[0].words]
    assert texts == ["Cincinnati", "Centralized", "Innocent", "Spouse", "Operation", "Contact", "person:"]
