"""Image hygiene: every mode, resolution and orientation a scanner or phone produces becomes an upright
grayscale page at about 300 dpi (no OCR needed to check it)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PIL import Image
from reading_fixtures import letter_pdf, scan_of
from said import english, english_each

from parser.reading.images import count_frames, load_page

LETTER_300 = (2550, 3300)

MISSING_DPI = "page 1: the image's resolution is missing or wrong; assumed 150 dpi"


@pytest.fixture(scope="module")
def scan_150(tmp_path_factory: pytest.TempPathFactory) -> Image.Image:
    return scan_of(letter_pdf(tmp_path_factory.mktemp("letter")), dpi=150)


def _dark_fraction(image: Image.Image) -> float:
    histogram = image.convert("L").histogram()
    return sum(histogram[:128]) / (image.width * image.height)


def test_missing_resolution_is_estimated_from_a_letter_page(tmp_path: Path, scan_150: Image.Image) -> None:
    path = tmp_path / "no-dpi.png"
    scan_150.save(path)
    page = load_page(path, 0)
    assert page.source_dpi == pytest.approx(150)
    assert page.dpi == pytest.approx(300)
    assert page.image.size == pytest.approx(LETTER_300, abs=3)
    assert english_each(page.warnings) == (MISSING_DPI,)


def test_an_implausible_resolution_is_replaced(tmp_path: Path, scan_150: Image.Image) -> None:
    path = tmp_path / "wrong-dpi.png"
    scan_150.save(path, dpi=(600, 600))  # would make the page 2.1 x 2.75 inches
    page = load_page(path, 0)
    assert page.source_dpi == pytest.approx(150)
    assert english_each(page.warnings) == (MISSING_DPI,)


def test_low_resolution_is_enlarged_and_flagged(tmp_path: Path, scan_150: Image.Image) -> None:
    path = tmp_path / "low.png"
    scan_150.resize((425, 550)).save(path, dpi=(50, 50))
    page = load_page(path, 0)
    assert page.image.size == pytest.approx(LETTER_300, abs=3)
    assert english(page.warnings[-1]) == (
        "page 1: low resolution (50 dpi); scan again at 300 dpi for a reliable reading"
    )


def test_fax_pixels_twice_as_tall_are_squared(tmp_path: Path, scan_150: Image.Image) -> None:
    fax = scan_150.resize((1734, 1078)).convert("1")  # 204 x 98 dpi "standard" fax resolution
    path = tmp_path / "fax.tif"
    fax.save(path, dpi=(204, 98), compression="group4")
    page = load_page(path, 0)
    assert page.dpi == pytest.approx(300)
    assert page.image.size == pytest.approx(LETTER_300, abs=2)
    assert page.image.mode == "L"
    assert page.warnings == ()


def test_a_600_dpi_jpeg_is_decoded_reduced(tmp_path: Path) -> None:
    big = Image.new("L", (5100, 6600), 255)
    path = tmp_path / "600.jpg"
    big.save(path, dpi=(600, 600), quality=50)
    page = load_page(path, 0)
    assert page.source_dpi == pytest.approx(600)
    assert page.image.size == pytest.approx(LETTER_300, abs=3)
    assert page.dpi == pytest.approx(300)


@pytest.mark.parametrize("mode", ["1", "P", "RGB", "CMYK", "LA", "RGBA", "I;16", "I"])
def test_every_mode_becomes_grayscale_with_dark_text_on_white(
    tmp_path: Path, scan_150: Image.Image, mode: str
) -> None:
    if mode in ("I;16", "I"):
        source = scan_150.convert("I").point(lambda value: value * 257)
        source = source if mode == "I" else source.convert("I;16")
    else:
        source = scan_150.convert(mode)
    path = tmp_path / ("page.tif" if mode in ("CMYK", "I") else "page.png")
    source.save(path, dpi=(150, 150))
    page = load_page(path, 0)
    assert page.image.mode == "L"
    assert page.image.getextrema() == (0, 255) or page.image.getextrema()[1] == 255
    assert _dark_fraction(page.image) == pytest.approx(_dark_fraction(scan_150), rel=0.25)


def test_transparent_background_becomes_white_paper(tmp_path: Path) -> None:
    ink = Image.new("RGBA", (1275, 1650), (0, 0, 0, 0))  # fully transparent black "paper"
    ink.paste((0, 0, 0, 255), (100, 100, 400, 140))  # one opaque black bar
    path = tmp_path / "alpha.png"
    ink.save(path, dpi=(150, 150))
    page = load_page(path, 0).image
    assert page.getpixel((10, 10)) == 255
    assert page.getpixel((500, 240)) == 0


def test_exif_orientation_is_applied(tmp_path: Path, scan_150: Image.Image) -> None:
    stored = scan_150.transpose(Image.Transpose.ROTATE_90)  # what the camera wrote: landscape pixels
    exif = Image.Exif()
    exif[0x0112] = 6  # "rotate 90 clockwise to display"
    path = tmp_path / "phone.jpg"
    stored.save(path, dpi=(150, 150), exif=exif, quality=90)
    page = load_page(path, 0)
    assert page.image.size == pytest.approx(LETTER_300, abs=3)
    top_band = page.image.crop((0, 0, 2550, 400))
    bottom_band = page.image.crop((0, 2900, 2550, 3300))
    assert _dark_fraction(top_band) > 4 * _dark_fraction(bottom_band)  # the letter's text is at the top


def test_an_iphone_heic_photo_is_read_upright(tmp_path: Path, scan_150: Image.Image) -> None:
    from pillow_heif import register_heif_opener

    register_heif_opener()
    stored = scan_150.transpose(Image.Transpose.ROTATE_90).convert("RGB")  # landscape pixels, as shot
    exif = Image.Exif()
    exif[0x0112] = 6  # "rotate 90 clockwise to display", as an iPhone writes it
    path = tmp_path / "IMG_0001.HEIC"
    stored.save(path, format="HEIF", exif=exif.tobytes(), quality=90)
    assert path.read_bytes()[4:12] == b"ftypheic"
    assert count_frames(path) == 1
    page = load_page(path, 0)
    assert page.image.mode == "L"
    assert page.image.size == pytest.approx(LETTER_300, abs=3)
    top_band = page.image.crop((0, 0, 2550, 400))
    bottom_band = page.image.crop((0, 2900, 2550, 3300))
    assert _dark_fraction(top_band) > 4 * _dark_fraction(bottom_band)  # turned once, not twice


def test_multi_page_tiff_is_read_page_by_page(tmp_path: Path, scan_150: Image.Image) -> None:
    blank = Image.new("L", scan_150.size, 255)
    path = tmp_path / "three.tif"
    scan_150.save(path, dpi=(150, 150), save_all=True, append_images=[blank, scan_150.rotate(180)])
    assert count_frames(path) == 3
    assert _dark_fraction(load_page(path, 1).image) == 0
    third = load_page(path, 2).image
    assert _dark_fraction(third.crop((0, 2900, 2550, 3300))) > 0.001
