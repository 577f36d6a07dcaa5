"""Long straight lines that are not text (a fax's streak, a scanner's row of dashes, a table's vertical rules)
are taken off a page before OCR, the glyph strokes they cross kept; underlines, short strokes and clean pages
are left alone."""

from __future__ import annotations

import random

import pytest
from PIL import Image, ImageDraw, ImageFont

from parser.reading import tesseract
from parser.reading.ocr_cleanup import prepared_for_ocr, without_streaks
from parser.reading.ruled_lines import FoundLines, without_lines

DPI = 200
WIDTH, HEIGHT = 1700, 640  # a band of a letter page at 200 dpi
FONTS = ("/usr/share/fonts/truetype/dejavu/DejaVuSansMono.ttf",
         "/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf",
         "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf")
# Values as a letter's right column prints them, one a row, each row in another font.
VALUES = ("07/28/2023", "XXX-XX-9463", "Desmond J Whitlock", "312302218", "816.836.4634", "1040-SR")
VALUE_LEFT = 900
ROW_STEP = 95


def text_page(values: tuple[str, ...] = VALUES) -> Image.Image:
    """Values in a column at right and a paragraph line at left, 10-12 pt, in three fonts."""
    page = Image.new("L", (WIDTH, HEIGHT), 255)
    draw = ImageDraw.Draw(page)
    for row, value in enumerate(values):
        font = ImageFont.truetype(FONTS[row % len(FONTS)], 28 + 3 * (row % 3))
        draw.text((VALUE_LEFT, 40 + ROW_STEP * row), value, fill=0, font=font)
        draw.text((150, 40 + ROW_STEP * row), "Internal Revenue [Service] | Appeals", fill=0, font=font)
    return page


def streaked(page: Image.Image, *, x: int, thickness: int, drift: int = 0) -> Image.Image:
    """A fax's vertical streak from top to bottom, `drift` pixels off vertical over its length."""
    page = page.copy()
    ImageDraw.Draw(page).line((x, 0, x + drift, HEIGHT), fill=0, width=thickness)
    return page


def dashed(page: Image.Image, *, y: int, thickness: int, seed: int) -> Image.Image:
    """A sender's scanner streak: a row of dashes of random length across the whole width."""
    page = page.copy()
    draw = ImageDraw.Draw(page)
    rng = random.Random(seed)
    x = 0
    while x < WIDTH:
        run = rng.randrange(20, 160)
        if rng.random() < 0.6:
            draw.line((x, y, min(WIDTH, x + run), y), fill=0, width=thickness)
        x += run + rng.randrange(5, 40)
    return page


def dark_in(page: Image.Image, box: tuple[int, int, int, int]) -> int:
    return sum(page.crop(box).point(lambda v: 255 if v < 128 else 0).histogram()[255:])


def test_a_page_without_lines_comes_back_as_it_was() -> None:
    page = text_page()
    # An underline under a word and a rule between paragraphs, inside the text area: no streaks.
    draw = ImageDraw.Draw(page)
    draw.line((150, 80, 700, 80), fill=0, width=2)
    draw.line((150, 600, 1550, 600), fill=0, width=1)
    cleaned, found = without_lines(page, dpi=DPI)
    assert cleaned is page
    assert found == FoundLines(0, 0, 0)


@pytest.mark.parametrize(("thickness", "drift", "x"), [(1, 0, 903), (2, 1, 960), (3, 0, 1011), (2, -1, 1200)])
def test_a_vertical_streak_goes_and_the_strokes_it_crosses_stay(thickness: int, drift: int, x: int) -> None:
    page = text_page()
    ImageDraw.Draw(page).rectangle((x - 30, 20, x + 30, 24), fill=0)  # a bar across the streak's path
    cleaned, found = without_lines(streaked(page, x=x, thickness=thickness, drift=drift), dpi=DPI)
    assert found.vertical == 1 and found.horizontal == 0
    # Between the rows of text only the streak was there: now blank paper.
    for row in range(len(VALUES)):
        gap = 40 + ROW_STEP * row - 8
        assert dark_in(cleaned, (x - 6, gap - 4, x + 7, gap)) == 0
    # The bar it crossed is whole, and the page keeps (nearly) all its text.
    assert dark_in(cleaned, (x - 3, 20, x + 4, 25)) == dark_in(page, (x - 3, 20, x + 4, 25))
    assert dark_in(cleaned, (0, 0, WIDTH, HEIGHT)) >= 0.97 * dark_in(page, (0, 0, WIDTH, HEIGHT))


@pytest.mark.parametrize(("y", "thickness", "seed"), [(52, 1, 1), (150, 2, 2), (340, 3, 3)])
def test_a_row_of_dashes_across_the_page_goes_and_an_underline_stays(y: int, thickness: int,
                                                                     seed: int) -> None:
    page = text_page()
    ImageDraw.Draw(page).line((VALUE_LEFT, 505, VALUE_LEFT + 420, 505), fill=0, width=2)  # an underline
    lined = dashed(page, y=y, thickness=thickness, seed=seed)
    cleaned, found = without_lines(lined, dpi=DPI)
    assert found.horizontal >= 1 and found.vertical == 0
    assert dark_in(cleaned, (0, y - 3, 140, y + 4)) == 0  # the left margin is paper again
    assert dark_in(cleaned, (VALUE_LEFT, 504, VALUE_LEFT + 420, 507)) == dark_in(page, (VALUE_LEFT, 504,
                                                                                      VALUE_LEFT + 420, 507))
    assert dark_in(cleaned, (0, 0, WIDTH, HEIGHT)) >= 0.97 * dark_in(page, (0, 0, WIDTH, HEIGHT))


@pytest.mark.parametrize(("top", "bottom"), [(30, 610), (60, 560), (200, 420)])
def test_a_ruled_tables_rules_stay_a_streak_through_it_goes(top: int, bottom: int) -> None:
    """A table's rules stop short of the page's top and bottom strips: Tesseract reads a grid itself. A
    streak through the table runs on to the page's edges and goes."""
    page = text_page()
    draw = ImageDraw.Draw(page)
    for x in (VALUE_LEFT - 30, VALUE_LEFT - 400, 1600):
        draw.line((x, top, x, bottom), fill=0, width=2)
    for y in range(top, bottom + 1, 95):
        draw.line((VALUE_LEFT - 400, y, 1600, y), fill=0, width=2)
    cleaned, found = without_lines(page, dpi=DPI)
    assert cleaned is page and not found.any
    cleaned, found = without_lines(streaked(page, x=1300, thickness=2), dpi=DPI)
    assert (found.vertical, found.horizontal) == (1, 0)
    assert dark_in(cleaned, (1295, 0, 1306, top - 5)) == 0
    assert dark_in(cleaned, (VALUE_LEFT - 35, top, VALUE_LEFT - 25, bottom)) == dark_in(
        page, (VALUE_LEFT - 35, top, VALUE_LEFT - 25, bottom))  # the table's rule is all there


def test_short_strokes_are_no_lines() -> None:
    """Tall glyphs, a stack of bars and brackets a line apart: all shorter than a line."""
    page = text_page()
    draw = ImageDraw.Draw(page)
    big = ImageFont.truetype(FONTS[2], 64)
    draw.text((300, 560), "[ | ] l I 1", fill=0, font=big)
    for row in range(5):  # vertical bars of one column on rows 20 px apart: each 18 px tall
        draw.rectangle((1400, 30 + 20 * row, 1403, 48 + 20 * row), fill=0)
    assert not without_lines(page, dpi=DPI)[1].any


def test_a_photographed_sheet_is_not_searched_for_lines() -> None:
    page = streaked(text_page(), x=960, thickness=2)
    assert without_streaks(page, dpi=DPI, photographed=True) == (page, False)
    cleaned, lined = without_streaks(page, dpi=DPI)
    assert lined and dark_in(cleaned, (955, 0, 966, 30)) == 0


@pytest.fixture(scope="module")
def readings() -> dict[str, str]:
    """One page with a streak through the values' first characters and a row of dashes through one value,
    read as cleaned; and the clean page, read as printed."""
    clean = text_page()
    damaged = dashed(streaked(clean, x=VALUE_LEFT + 18, thickness=2, drift=1), y=40 + ROW_STEP * 2 + 16,
                     thickness=2, seed=5)

    def read(image: Image.Image) -> str:  # the values' column only: the whole band is read in the tests above
        column = image.crop((VALUE_LEFT - 40, 0, VALUE_LEFT + 420, HEIGHT))
        return " ".join(w.text for w in tesseract.ocr_words(column, dpi=DPI, page=1))

    cleaned = prepared_for_ocr(without_streaks(damaged, dpi=DPI)[0]).image
    return {"clean": read(clean), "cleaned": read(cleaned)}


@pytest.mark.parametrize("value", VALUES)
def test_values_under_a_streak_read_as_on_a_clean_page(readings: dict[str, str], value: str) -> None:
    assert value in readings["clean"]  # the test page itself reads right
    assert value in readings["cleaned"]


def test_the_ocr_pass_reads_the_page_without_its_streak_and_the_kept_page_keeps_it(
        monkeypatch: pytest.MonkeyPatch) -> None:
    """read_scanned_page takes the streak off what Tesseract reads (before the deskew); the page it keeps
    for second readings stays as scanned, so they do not share the cleanup's mistakes."""
    from parser.core.model import Box, Word
    from parser.reading import ocr_page

    seen: list[Image.Image] = []  # the upright reading first (a wide band may be tried turned too)

    def reading(image: Image.Image, *, dpi: float, page: int) -> tuple[Word, ...]:
        seen.append(image)
        words = ("Letter", "date", "July", "28", "2023", "Appeals", "office", "Kansas", "City", "the")
        return tuple(Word(text, Box(10.0 + 40 * i, 10.0, 40.0 + 40 * i, 22.0), page, "ocr", 95.0)
                     for i, text in enumerate(words))

    monkeypatch.setattr(tesseract, "ocr_words", reading)
    x = 1011
    scanned = ocr_page.read_scanned_page(streaked(text_page(), x=x, thickness=2), dpi=DPI, number=1)
    assert seen and dark_in(seen[0], (x - 5, 0, x + 6, 30)) == 0  # above the text: only the streak was there
    kept = scanned.kept_image  # 150 dpi: x scales by 0.75
    assert dark_in(kept, (round(x * 0.75) - 3, 0, round(x * 0.75) + 4, 30)) > 0


@pytest.mark.parametrize(("font", "thickness", "overlap"),
                         [(FONTS[0], 2, 0), (FONTS[1], 3, 1), (FONTS[2], 1, 2)])
def test_digits_standing_on_a_row_of_dashes_stay_whole(font: str, thickness: int, overlap: int) -> None:
    """A dash line along the foot of a value (as under "Employee ID: 8189534" on a fax): the glyphs keep
    their pixels (all but a serif's foot lying inside the line), the line goes where no glyph meets it."""
    import numpy as np

    page = Image.new("L", (WIDTH, 200), 255)
    ImageDraw.Draw(page).text((VALUE_LEFT, 60), "8189534 Oyelaran", fill=0, font=ImageFont.truetype(font, 30))
    bottom = (page.point(lambda v: 255 - v).getbbox() or (0, 0, 0, 0))[3]
    lined = page.copy()
    ImageDraw.Draw(lined).line((0, bottom - overlap, WIDTH, bottom - overlap), fill=0, width=thickness)
    cleaned, found = without_lines(lined, dpi=DPI)
    assert found.horizontal == 1
    glyphs = np.asarray(page) < 128
    assert (np.asarray(cleaned)[glyphs] < 128).mean() >= 0.99
    assert dark_in(cleaned, (0, bottom - 4, 140, bottom + 5)) == 0  # the margin is paper again
    assert dark_in(cleaned, (VALUE_LEFT - 300, bottom - 4, VALUE_LEFT - 20, bottom + 5)) == 0
