"""Phone photos: the sheet is found on the table around it (even with a shadow biting into an edge), cut
out and flattened; a scan, or a sheet the photo cuts off, is left as it is."""

from __future__ import annotations

import math
from pathlib import Path

import pytest
from PIL import Image, ImageDraw, ImageFilter
from said import english

from parser.reading import images
from parser.reading.sheet import Sheet, find_sheet, flattened, perspective_coefficients

PAGE = (850, 1100)  # a letter page at 100 dpi
PHOTO = (1000, 1300)
# Where the page's corners land in the photo (upper left, lower left, lower right, upper right): tilted,
# and narrower at the top, as a phone held over a desk sees it.
CORNERS = ((118.0, 95.0), (72.0, 1215.0), (930.0, 1240.0), (890.0, 70.0))


def letter_page() -> Image.Image:
    page = Image.new("L", PAGE, 245)
    draw = ImageDraw.Draw(page)
    for row in range(22):
        draw.rectangle((100, 90 + 42 * row, 100 + 600 - 13 * (row % 5), 98 + 42 * row), fill=20)
    draw.rectangle((500, 95, 760, 103), fill=20)  # the header's right column
    return page


def photographed(page: Image.Image, corners: tuple[tuple[float, float], ...] = CORNERS,
                 table: int = 70) -> Image.Image:
    """The page laid on a table at `corners` of the photo (an inverse perspective warp of the page)."""
    photo = Image.new("L", PHOTO, table)
    # Image.transform maps output pixels to input ones: warp a white mask and the page the same way.
    width, height = PAGE
    coefficients = perspective_coefficients(corners, ((0, 0), (0, height), (width, height), (width, 0)))
    warped = page.transform(PHOTO, Image.Transform.PERSPECTIVE, coefficients, Image.Resampling.BILINEAR)
    mask = Image.new("L", PAGE, 255).transform(PHOTO, Image.Transform.PERSPECTIVE, coefficients)
    photo.paste(warped, (0, 0), mask)
    return photo.filter(ImageFilter.GaussianBlur(1))


def assert_corners_near(sheet: Sheet | None, tolerance: float = 12.0) -> None:
    assert sheet is not None
    for found, true in zip(sheet.corners, CORNERS, strict=True):
        assert math.dist(found, true) <= tolerance, (found, true)


def test_perspective_coefficients_take_each_corner_to_its_source() -> None:
    targets = ((0.0, 0.0), (0.0, 1100.0), (850.0, 1100.0), (850.0, 0.0))
    a, b, c, d, e, f, g, h = perspective_coefficients(targets, CORNERS)
    for (x, y), (u, v) in zip(targets, CORNERS, strict=True):
        denominator = g * x + h * y + 1
        assert (a * x + b * y + c) / denominator == pytest.approx(u)
        assert (d * x + e * y + f) / denominator == pytest.approx(v)


def test_the_sheet_of_a_photo_is_found_at_its_corners() -> None:
    sheet = find_sheet(photographed(letter_page()))
    assert_corners_near(sheet)
    assert sheet is not None
    assert sheet.height / sheet.width == pytest.approx(11 / 8.5, rel=0.01)  # snapped to a letter page
    assert sheet.dpi == pytest.approx(sheet.width / 8.5)


def test_a_shadow_over_one_corner_does_not_move_the_sides() -> None:
    photo = photographed(letter_page())
    shadow = Image.new("L", PHOTO, 255)
    ImageDraw.Draw(shadow).ellipse((-250, -250, 420, 520), fill=110)  # the paper there goes dim
    photo = Image.composite(photo.point(lambda v: v * 110 // 255), photo,
                            shadow.point(lambda v: 255 if v < 200 else 0))
    assert_corners_near(find_sheet(photo), tolerance=16.0)


def test_the_flattened_sheet_has_straight_lines_again() -> None:
    photo = photographed(letter_page())
    sheet = find_sheet(photo)
    assert sheet is not None
    flat = flattened(photo, sheet)
    assert flat.size == (sheet.width, sheet.height)
    # The first text line (page row 90-98 of 1100) runs level across the flattened page: dark at both ends.
    scale = flat.height / PAGE[1]
    y = round(94 * scale)
    for x in (round(110 * flat.width / PAGE[0]), round(600 * flat.width / PAGE[0])):
        column = [int(flat.getpixel((x, y + dy))) for dy in range(-3, 4)]  # type: ignore[arg-type]
        assert min(column) < 100


def test_a_scan_has_no_sheet_to_cut_out() -> None:
    assert find_sheet(letter_page()) is None  # paper to the edges: no table around it


def test_a_sheet_cut_off_by_the_photo_is_left_alone() -> None:
    photo = photographed(letter_page()).crop((0, 0, 600, PHOTO[1]))  # the right side is out of the frame
    assert find_sheet(photo) is None


def test_a_photo_file_is_read_as_its_flattened_sheet(tmp_path: Path) -> None:
    path = tmp_path / "photo.jpg"
    photographed(letter_page()).save(path, quality=90)  # a phone JPEG: no resolution in it
    page = images.load_page(path, 0)
    assert page.photographed
    assert english(page.warnings[0]) == (
        "page 1 is a photo: the sheet was cut out of it and its perspective undone")
    assert page.image.height / page.image.width == pytest.approx(11 / 8.5, rel=0.01)
    assert page.source_dpi == pytest.approx(95, abs=3)  # the sheet spans about 810 of the photo's pixels
    assert page.dpi == 300  # and is brought to 300 dpi for Tesseract


def test_a_scan_file_is_not_taken_for_a_photo(tmp_path: Path) -> None:
    path = tmp_path / "scan.png"
    letter_page().save(path, dpi=(100, 100))
    page = images.load_page(path, 0)
    assert not page.photographed
    assert page.image.size == (2550, 3300)  # brought to 300 dpi, nothing cut
