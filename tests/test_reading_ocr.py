"""Scanned pages through Tesseract: words, boxes in points, rotation and deskew, and the page as shown.

OCR costs about a second a page, so each scenario is read once (module fixtures) and checked several ways.
"""

from __future__ import annotations

import os
import random
from pathlib import Path

import pytest
from PIL import Image, ImageChops, ImageDraw, ImageStat
from reading_fixtures import SPARSE_LINES, letter_pdf, scan_of, tilted
from said import english, english_each

from parser.core.errors import MissingDependencyError, ProcessingTimeoutError
from parser.core.model import Document, Word
from parser.reading import tesseract
from parser.reading.page_source import PageSource, SourceFile
from parser.reading.read import read_document

pytestmark = pytest.mark.ocr

EXPECTED_WORDS = ("Internal", "Revenue", "Service", "Date:", "March", "2025", "Jane", "Doe", "1000123456")


@pytest.fixture(scope="module")
def workdir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("ocr")


@pytest.fixture(scope="module")
def digital(workdir: Path) -> Document:
    return read_document(letter_pdf(workdir)).document


@pytest.fixture(scope="module")
def scan_300(workdir: Path) -> Image.Image:
    return scan_of(letter_pdf(workdir), dpi=300)


def _save(image: Image.Image, path: Path, dpi: int | None = 300) -> Path:
    if dpi is None:
        image.save(path)
    else:
        image.save(path, dpi=(dpi, dpi))
    return path


def _word(document: Document, text: str, page: int = 1) -> Word:
    return next(word for word in document.pages[page - 1].words if word.text == text)


def _ink_under(image: Image.Image, word: Word, dpi: int) -> int:
    """The darkest pixel inside the word's box on the page image (boxes are points: scale by dpi/72)."""
    x0, top, x1, bottom = (round(value * dpi / 72) for value in word.box.as_list())
    darkest: int = image.convert("L").crop((x0, top, x1, bottom)).getextrema()[0]  # type: ignore[assignment]
    return darkest


def _assert_reads_the_letter(document: Document, digital: Document) -> None:
    texts = {word.text for word in document.pages[0].words}
    assert set(EXPECTED_WORDS) <= texts
    for text in ("Date:", "Jane", "1000123456"):
        seen, truth = _word(document, text).box, _word(digital, text).box
        assert seen.x0 == pytest.approx(truth.x0, abs=3)
        assert seen.bottom == pytest.approx(truth.bottom, abs=3)


@pytest.fixture(scope="module")
def upright(workdir: Path, scan_300: Image.Image) -> PageSource:
    return read_document(_save(scan_300, workdir / "upright.png"))


def test_a_clean_scan_reads_every_word_with_boxes_where_the_text_is(
    upright: PageSource, digital: Document
) -> None:
    document = upright.document
    assert document.kind == "image"
    assert document.method == "ocr"
    assert document.warnings == ()
    page = document.pages[0]
    assert (page.width, page.height) == pytest.approx((612, 792), abs=0.5)
    assert (page.rotation, page.skew) == (0, 0.0)
    assert page.mean_confidence is not None and page.mean_confidence > 85
    assert all(word.method == "ocr" and word.confidence is not None for word in page.words)
    _assert_reads_the_letter(document, digital)
    kept = upright.reading_image(1)
    assert kept is not None and kept.size == pytest.approx((1275, 1650), abs=2)
    shown = upright.image(1, dpi=100)
    assert shown.size == (850, 1100)
    assert _ink_under(shown, _word(document, "Date:"), 100) < 100


@pytest.fixture(scope="module")
def skewed(workdir: Path, scan_300: Image.Image) -> tuple[Path, PageSource]:
    path = _save(tilted(scan_300, 3.0), workdir / "skewed.png")
    return path, read_document(path)


def test_a_crooked_scan_is_straightened_and_says_so(
    skewed: tuple[Path, PageSource], digital: Document
) -> None:
    path, source = skewed
    document = source.document
    page = document.pages[0]
    assert page.skew == pytest.approx(-3.0, abs=0.15)
    assert page.rotation == 0
    assert english_each(document.warnings) == ("page 1 was tilted; straightened by 3.0°",)
    _assert_reads_the_letter(document, digital)
    # The page as shown is the straightened one: boxes land on the words, also when re-read from the file.
    without_kept_image = PageSource(document, [SourceFile(path, "image", 1, 1)])
    for pages in (source, without_kept_image):
        shown = pages.image(1, dpi=100)
        assert _ink_under(shown, _word(document, "1000123456"), 100) < 100


def test_a_colour_scan_is_shown_in_its_colours_where_its_grey_page_is_and_a_grey_one_has_none(
    workdir: Path, scan_300: Image.Image, skewed: tuple[Path, PageSource]
) -> None:
    # A crooked colour scan with a red stamp at the top right: the page in colours is turned as its grey
    # page is (the stamp's red where the grey page shows it dark), for the closer readings to tell the
    # stamp's ink from the text's.
    coloured = scan_300.convert("RGB")
    ImageDraw.Draw(coloured).rectangle((1900, 120, 2300, 260), outline=(200, 30, 30), width=12)
    source = read_document(_save(tilted(coloured, 3.0), workdir / "skewed-colour.png"))
    shown = source.colour_image(1, dpi=100)
    grey = source.image(1, dpi=100, grey=True)
    assert shown is not None and shown.mode == "RGB" and shown.size == grey.size == (850, 1100)
    assert ImageStat.Stat(ImageChops.difference(shown.convert("L"), grey)).mean[0] < 2.0
    red = [(x, y) for x in range(600, 800, 4) for y in range(30, 130, 4)
           if shown.getpixel((x, y))[0] - shown.getpixel((x, y))[1] > 100]  # type: ignore[index]
    assert red and all(grey.getpixel(xy) < 140 for xy in red)  # type: ignore[operator]
    assert skewed[1].colour_image(1, dpi=100) is None  # a grey scan has no colours to show


@pytest.fixture(scope="module")
def upside_down(workdir: Path, scan_300: Image.Image) -> PageSource:
    return read_document(_save(scan_300.rotate(180), workdir / "upside-down.png"))


def test_an_upside_down_page_is_turned_and_shown_upright(upside_down: PageSource, digital: Document) -> None:
    document = upside_down.document
    assert document.pages[0].rotation == 180
    assert english_each(document.warnings) == ("page 1 was turned 180° clockwise to read it upright",)
    _assert_reads_the_letter(document, digital)
    shown = upside_down.image(1, dpi=100)
    assert _ink_under(shown, _word(document, "Jane"), 100) < 100


@pytest.mark.parametrize(("stored_turn", "expected_rotation"), [(90, 270), (270, 90)])
def test_a_sideways_page_is_turned_upright(
    workdir: Path, scan_300: Image.Image, digital: Document, stored_turn: int, expected_rotation: int
) -> None:
    sideways = scan_300.rotate(-stored_turn, expand=True)  # the page lies turned `stored_turn` clockwise
    document = read_document(_save(sideways, workdir / f"sideways-{stored_turn}.png")).document
    page = document.pages[0]
    assert page.rotation == expected_rotation
    assert (page.width, page.height) == pytest.approx((612, 792), abs=0.5)
    _assert_reads_the_letter(document, digital)


def dim_room_photo(page: Image.Image, seed: int = 5) -> Image.Image:
    """The page as a phone sees it in a dim room: paper a dull grey (112), ink near 28, and the sensor's
    grain on every pixel (about 15 grey levels either way)."""
    rng = random.Random(seed)
    grey = page.convert("L").point(lambda v: 28 + v * 84 // 255)
    size = grey.width * grey.height
    grain = Image.blend(Image.frombytes("L", grey.size, rng.randbytes(size)),
                        Image.frombytes("L", grey.size, rng.randbytes(size)), 0.5)
    return ImageChops.add(grey, grain.point(lambda v: 128 + (v - 128) * 30 // 100), 1.0, -128)


def test_a_grainy_photo_from_a_dim_room_is_read(workdir: Path, scan_300: Image.Image,
                                                digital: Document) -> None:
    # Read as it came, its grain was a field of specks to Tesseract: no word at all.
    document = read_document(_save(dim_room_photo(scan_300), workdir / "dim.png")).document
    page = document.pages[0]
    assert page.rotation == 0
    assert page.mean_confidence is not None and page.mean_confidence > 80
    _assert_reads_the_letter(document, digital)


def test_a_sparse_upside_down_page_is_turned_when_osd_cannot_tell(workdir: Path) -> None:
    sparse = scan_of(letter_pdf(workdir, "sparse.pdf", SPARSE_LINES), dpi=300)
    document = read_document(_save(sparse.rotate(180), workdir / "sparse-upside-down.png")).document
    assert document.pages[0].rotation == 180
    read = " ".join(word.text for word in document.pages[0].words)
    assert read == "Date: March 3, 2025 Person to contact: Jane Doe"


def test_a_low_resolution_jpeg_without_dpi_is_enlarged_and_read(
    workdir: Path, digital: Document
) -> None:
    small = scan_of(letter_pdf(workdir), dpi=150)
    path = workdir / "phone.jpg"
    small.save(path, quality=80)
    document = read_document(path).document
    assert english_each(document.warnings) == (
        "page 1: the image's resolution is missing or wrong; assumed 150 dpi",)
    _assert_reads_the_letter(document, digital)


def test_tesseract_runs_single_threaded_and_reports_its_version() -> None:
    assert int(tesseract.tesseract_version().split(".")[0]) >= 4
    tesseract.ocr_words(Image.new("L", (200, 100), 255), dpi=300, page=1)
    assert os.environ["OMP_THREAD_LIMIT"] == "1"


def test_a_missing_tesseract_names_the_install_command(monkeypatch: pytest.MonkeyPatch) -> None:
    import pytesseract

    monkeypatch.setattr(pytesseract.pytesseract, "tesseract_cmd", "/nonexistent/tesseract")
    with pytest.raises(MissingDependencyError) as raised:
        tesseract.ocr_words(Image.new("L", (200, 100), 255), dpi=300, page=1)
    assert english(raised.value.note) == (
        "tesseract is not installed; install it with: "
        "apt-get install tesseract-ocr tesseract-ocr-eng tesseract-ocr-osd"
    )


def test_a_tesseract_run_past_the_timeout_is_a_processing_timeout(
    monkeypatch: pytest.MonkeyPatch, scan_300: Image.Image
) -> None:
    monkeypatch.setattr(tesseract, "OCR_TIMEOUT_SECONDS", 0.01)
    with pytest.raises(ProcessingTimeoutError) as raised:
        tesseract.ocr_words(scan_300, dpi=300, page=1)
    assert english(raised.value.note) == "reading a page took too long (OCR timed out)"
