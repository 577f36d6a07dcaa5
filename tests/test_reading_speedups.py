"""The reading layer's speed-ups change nothing that is read: same words, boxes, confidences and warnings."""

from __future__ import annotations

import io
import json
import os
import random
import struct
import subprocess
import sys
from pathlib import Path

import pdfplumber
import pypdfium2
import pytest
from fresh_process import printed_by
from PIL import Image, ImageChops, ImageDraw
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen import canvas
from said import english, english_each

from parser.core.errors import UsageError
from parser.reading import images, ocr_page, page_source, pdf_render, read, reading_quality
from parser.reading.read import read_document

SAMPLES = Path(__file__).resolve().parent.parent / "samples" / "letters"


def _blank_frames_tiff(directory: Path, frames: int) -> Path:
    """A multi-page TIFF of white 150 dpi sheets with faint noise (blank pages: no OCR needed)."""
    sheets = [
        Image.effect_noise((1275, 1650), 6).point(lambda value: 240 + value % 16).convert("L")
        for _ in range(frames)
    ]
    path = directory / "blank-pages.tif"
    sheets[0].save(path, save_all=True, append_images=sheets[1:], dpi=(150, 150))
    return path


@pytest.mark.ocr
def test_pages_read_two_at_a_time_equal_a_sequential_read() -> None:
    sample = SAMPLES / "4390-fax200.tif"
    one_by_one = read_document(sample, ocr_jobs=1)
    two_at_once = read_document(sample, ocr_jobs=2)
    sequential, parallel = one_by_one.document, two_at_once.document
    assert [len(page.words) for page in sequential.pages] == [len(page.words) for page in parallel.pages]
    assert sum(len(page.words) for page in parallel.pages) > 300
    assert parallel == sequential  # words, boxes, confidences, turns and warnings, in order
    kept = [(one_by_one.reading_image(page.number), two_at_once.reading_image(page.number))
            for page in sequential.pages]
    assert all(a is not None and b is not None and a.tobytes() == b.tobytes() for a, b in kept)


def test_warnings_of_pages_read_at_once_come_in_page_order(tmp_path: Path) -> None:
    path = _blank_frames_tiff(tmp_path, 4)
    document = read_document(path, ocr_jobs=4).document
    assert english_each(document.warnings) == (
        "page 1 looks blank; nothing was read from it",
        "page 2 looks blank; nothing was read from it",
        "page 3 looks blank; nothing was read from it",
        "page 4 looks blank; nothing was read from it",
        "no text was found in the document; check that it is the right file and readable",
    )
    assert [page.number for page in document.pages] == [1, 2, 3, 4]
    assert document == read_document(path, ocr_jobs=1).document


def test_ocr_jobs_come_from_the_environment_then_the_cpu_count(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(read.OCR_JOBS_VARIABLE, "1")
    assert read._ocr_jobs(None) == 1
    assert read._ocr_jobs(3) == 3  # an explicit argument wins
    monkeypatch.setenv(read.OCR_JOBS_VARIABLE, "0")
    assert read._ocr_jobs(None) == 1
    monkeypatch.delenv(read.OCR_JOBS_VARIABLE)
    assert read._ocr_jobs(None) == len(os.sched_getaffinity(0))


def test_a_malformed_ocr_jobs_variable_is_a_usage_error(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(read.OCR_JOBS_VARIABLE, "two")
    with pytest.raises(UsageError) as raised:
        read_document(SAMPLES / "4390-fax200.tif")
    assert english(raised.value.note) == "LETTER4390_OCR_JOBS must be a whole number, not 'two'"


def _page_with_a_dot(size: tuple[int, int]) -> Image.Image:
    page = Image.new("L", size, 255)
    page.putpixel((10, 10), 0)
    return page


@pytest.mark.parametrize("have", [(1275, 1651), (1275, 1652), (1274, 1649), (1277, 1648)])
def test_a_page_image_a_pixel_or_two_off_is_trimmed_or_padded_not_resampled(have: tuple[int, int]) -> None:
    fitted = page_source._fit(_page_with_a_dot(have), (1275, 1650))
    assert fitted.size == (1275, 1650)
    assert fitted.mode == "RGB"
    assert fitted.getpixel((10, 10)) == (0, 0, 0)  # a resampled dot would be smeared grey
    assert fitted.getpixel((11, 10)) == (255, 255, 255)
    assert fitted.getpixel((1274, 1649)) == (255, 255, 255)  # padding is white paper


def test_a_page_image_further_off_is_resampled() -> None:
    fitted = page_source._fit(_page_with_a_dot((2550, 3300)), (1275, 1650))
    assert fitted.size == (1275, 1650)
    pixel = fitted.getpixel((5, 5))
    assert isinstance(pixel, tuple)
    assert 0 < pixel[0] < 255


def _one_image_pdf(
    directory: Path, image: Image.Image, page_size: tuple[float, float], *, rotate: int = 0,
    text: bool = False,
) -> Path:
    """A PDF page that is `image` drawn over the whole page (a scan), optionally turned or with a caption."""
    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer, pagesize=page_size)
    pdf.drawImage(ImageReader(image), 0, 0, width=page_size[0], height=page_size[1], mask="auto")
    if text:
        pdf.drawString(72, 72, "Scanned by the office copier")
    if rotate:
        pdf.setPageRotation(rotate)
    pdf.showPage()
    pdf.save()
    path = directory / "scan.pdf"
    path.write_bytes(buffer.getvalue())
    return path


# 792.24 pt at 300 dpi is 3301.0 rows, exactly what pdfium renders: the scan maps onto the render 1:1.
ONE_TO_ONE_PAGE = (612.0, 792.24)
ONE_TO_ONE_PIXELS = (2550, 3301)


def _plain_render(path: Path) -> Image.Image:
    pdf = pypdfium2.PdfDocument(path)
    try:
        image: Image.Image = pdf[0].render(scale=300 / 72).to_pil().convert("L")
        return image
    finally:
        pdf.close()


@pytest.mark.parametrize("mode", ["L", "RGB"])
def test_a_one_to_one_scan_is_decoded_and_equals_the_render(tmp_path: Path, mode: str) -> None:
    scan = Image.effect_noise(ONE_TO_ONE_PIXELS, 80).convert(mode)
    path = _one_image_pdf(tmp_path, scan, ONE_TO_ONE_PAGE)
    pdf = pdf_render.open_pdf(path)
    try:
        page = pdf[0]
        assert pdf_render._embedded_scan(page, 300.0) is not None
        rendered = pdf_render.render_page(pdf, 0, plain_images=True)
    finally:
        pdf.close()
    assert rendered.image.mode == "L"
    assert rendered.image.size == ONE_TO_ONE_PIXELS
    assert ImageChops.difference(rendered.image, _plain_render(path)).getbbox() is None


@pytest.mark.parametrize(
    ("pixels", "page_size", "rotate", "text", "alpha"),
    [
        ((2550, 3300), (612.0, 792.0), 0, False, False),  # pdfium renders 3301 rows: resampled, not 1:1
        (ONE_TO_ONE_PIXELS, ONE_TO_ONE_PAGE, 90, False, False),  # /Rotate: the render turns it
        (ONE_TO_ONE_PIXELS, ONE_TO_ONE_PAGE, 0, True, False),  # something else drawn on the page
        (ONE_TO_ONE_PIXELS, ONE_TO_ONE_PAGE, 0, False, True),  # a soft mask the render composites
    ],
)
def test_other_image_pages_are_rendered(
    tmp_path: Path, pixels: tuple[int, int], page_size: tuple[float, float], rotate: int, text: bool,
    alpha: bool,
) -> None:
    scan = Image.effect_noise(pixels, 80).convert("L")
    if alpha:
        scan = scan.convert("RGBA")
        scan.putalpha(Image.effect_noise(pixels, 80).convert("L"))
    path = _one_image_pdf(tmp_path, scan, page_size, rotate=rotate, text=text)
    pdf = pdf_render.open_pdf(path)
    try:
        with pdfplumber.open(path) as text_pdf:
            plain = read._plain_images(text_pdf, 0)
        assert plain != alpha  # the soft mask is seen (pdfium does not say)
        assert pdf_render._embedded_scan(pdf[0], 300.0) is None or alpha
        rendered = pdf_render.render_page(pdf, 0, plain_images=plain)
    finally:
        pdf.close()
    assert ImageChops.difference(rendered.image, _plain_render(path)).getbbox() is None


@pytest.mark.parametrize("size", [(2550, 3300), (2550, 3301), (2551, 3301)])
def test_the_kept_150_dpi_copy_of_a_300_dpi_page_averages_two_by_two_blocks(size: tuple[int, int]) -> None:
    page = Image.new("L", size, 255)
    page.paste(0, (100, 100, 102, 102))  # one 2x2 block of ink: one black pixel at 150 dpi
    page.putpixel((201, 201), 0)  # a lone dot: a quarter of a block
    kept = ocr_page._result(
        ocr_page._Reading(0, 0.0, page, (), reading_quality.measure(())), 300.0, []
    ).kept_image
    assert kept.size == (round(size[0] / 2), round(size[1] / 2))
    assert kept.getpixel((50, 50)) == 0
    assert kept.getpixel((100, 100)) == 191  # (3 * 255 + 0) / 4, rounded
    assert kept.getpixel((51, 50)) == 255


def _fax_tiff() -> bytes:
    """A one-page Group 4 fax TIFF of text lines (libtiff decodes it)."""
    sheet = Image.new("1", (1700, 2200), 1)
    draw = ImageDraw.Draw(sheet)
    for top in range(100, 2100, 40):
        draw.text((100, top), "Letter 4390 Internal Revenue Service Appeals determination " * 2, fill=0)
    buffer = io.BytesIO()
    sheet.save(buffer, "TIFF", compression="group4", dpi=(200, 200))
    return buffer.getvalue()


def _strips_past_the_end(data: bytes) -> bytes:
    """The TIFF with every strip offset pointing beyond the end of the file (a cut-off transfer)."""
    damaged = bytearray(data)
    (ifd,) = struct.unpack_from("<I", data, 4)
    (entries,) = struct.unpack_from("<H", data, ifd)
    for entry in range(entries):
        tag, kind, count, value = struct.unpack_from("<HHII", data, ifd + 2 + 12 * entry)
        if tag == STRIP_OFFSETS_TAG:
            assert kind == 4 and count > 1  # LONGs stored elsewhere
            for strip in range(count):
                struct.pack_into("<I", damaged, value + 4 * strip, len(data) + 1000 * strip)
            return bytes(damaged)
    raise AssertionError("no StripOffsets tag")


def _bad_code_words(data: bytes) -> bytes:
    """The TIFF with a run of junk inside its compressed data: it still decodes, with libtiff's complaints."""
    rng = random.Random(3)
    damaged = bytearray(data)
    start = 8 + rng.randrange(len(data) // 3, len(data) // 2)
    for position in range(start, start + 200):
        damaged[position] = rng.randrange(256)
    return bytes(damaged)


STRIP_OFFSETS_TAG = 273


def _extract(path: Path) -> subprocess.CompletedProcess[str]:
    command = [str(Path(sys.executable).with_name("letter4390")), "extract", str(path), "--json"]
    environment = {**os.environ, "OMP_THREAD_LIMIT": "1"}
    return subprocess.run(command, capture_output=True, text=True, env=environment, timeout=120, check=False)


def test_libtiff_complaints_do_not_reach_stderr_of_a_refused_tiff(tmp_path: Path) -> None:
    path = tmp_path / "cut-off-fax.tif"
    path.write_bytes(_strips_past_the_end(_fax_tiff()))
    finished = _extract(path)
    assert finished.returncode == 3
    assert finished.stdout == ""
    assert finished.stderr == "letter4390: error: the image is damaged or truncated and cannot be read\n"


@pytest.mark.ocr
def test_libtiff_complaints_do_not_reach_stderr_of_a_damaged_tiff_that_is_read(tmp_path: Path) -> None:
    path = tmp_path / "noisy-fax.tif"
    path.write_bytes(_bad_code_words(_fax_tiff()))
    finished = _extract(path)
    assert finished.returncode == 0, finished.stderr
    assert json.loads(finished.stdout)
    assert finished.stderr == ""


def test_stderr_is_back_after_a_silenced_decode(capfd: pytest.CaptureFixture[str]) -> None:
    with images._libtiff_silenced(True):
        os.write(2, b"swallowed\n")
    os.write(2, b"heard\n")
    assert capfd.readouterr().err == "heard\n"


def test_a_digital_letter_is_read_without_loading_pdfium(tmp_path: Path) -> None:
    """Every page has a text layer: pdfplumber alone reads it; pdfium is loaded only when a page needs it."""
    digital = SAMPLES / "4390-digital-july4.pdf"
    script = (
        "import sys\n"
        "from pathlib import Path\n"
        "from parser.reading.read import read_document\n"
        f"doc = read_document(Path({str(digital)!r})).document\n"
        "print(len(doc.pages), doc.pages[0].method, 'pypdfium2' in sys.modules)\n"
    )
    count, method, loaded = printed_by(script)
    assert int(count) >= 1 and method == "pdf_text" and loaded == "False"
