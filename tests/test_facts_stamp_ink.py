"""stamp_ink: a received/date stamp's lighter or coloured ink found over a value and taken out, the text kept.

Images are drawn here with variation (fonts, stamp greys and colours, stamp wording and angle), not cut
from one letter. One test reads with Tesseract, on a small crop shared by a module-scoped fixture.
"""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest
from facts_pages import make_page
from PIL import Image, ImageChops, ImageDraw, ImageFilter, ImageFont

from parser.core.model import Box
from parser.facts import date_rereading, stamp_ink
from parser.facts.date_rereading import letter_dates_in

FONTS = Path("/usr/share/fonts/truetype/dejavu")
TEXT_FONTS = ("DejaVuSerif.ttf", "DejaVuSansMono.ttf", "DejaVuSans.ttf")
STAMP_FONT = "DejaVuSans-Bold.ttf"
PAPER = 244
DPI = 300.0


def _font(name: str, size: int) -> ImageFont.FreeTypeFont:
    path = FONTS / name
    if not path.is_file():
        pytest.skip(f"font {name} not installed")
    return ImageFont.truetype(str(path), size)


def _text(line: str, font: str, size: int = 42) -> Image.Image:
    """A header line printed in black on slightly grey paper, 300 dpi."""
    image = Image.new("L", (1100, 150), PAPER)
    ImageDraw.Draw(image).text((20, 50), line, fill=15, font=_font(font, size))
    return image


def _stamp(size: tuple[int, int], words: str, angle: float, offset: tuple[int, int]) -> Image.Image:
    """A stamp's mask (255 ink): a box and its bold words, turned by `angle` degrees."""
    mask = Image.new("L", (620, 150), 0)
    draw = ImageDraw.Draw(mask)
    draw.rectangle((4, 4, 615, 145), outline=255, width=7)
    draw.text((30, 35), words, fill=255, font=_font(STAMP_FONT, 64))
    mask = mask.rotate(angle, expand=True, resample=Image.Resampling.BICUBIC)
    placed = Image.new("L", size, 0)
    placed.paste(mask, offset)
    return placed


def _stamped_grey(text: Image.Image, stamp: Image.Image, grey: int) -> Image.Image:
    """The stamp pressed in flat `grey` ink over the text: the darker of the two wins."""
    ink = Image.composite(Image.new("L", text.size, grey), Image.new("L", text.size, 255), stamp)
    return ImageChops.darker(text, ink)


def _stamped_colour(text: Image.Image, stamp: Image.Image, colour: tuple[int, int, int]) -> Image.Image:
    ink = Image.composite(Image.new("RGB", text.size, colour), Image.new("RGB", text.size, (255, 255, 255)),
                          stamp)
    return ImageChops.darker(text.convert("RGB"), ink)


CASES = [  # (text line, font, stamp words, angle, offset, grey)
    ("Date: March 6, 2024", "DejaVuSerif.ttf", "RECEIVED", -3.0, (330, 0), 78),
    ("Date of this letter: 07/03/2023", "DejaVuSansMono.ttf", "JUL 10 2023", 2.0, (420, 10), 95),
    ("Letter Date: 12 Jan 2025", "DejaVuSans.ttf", "FILED", 0.0, (250, 5), 120),
]


@pytest.mark.parametrize(("line", "font", "words", "angle", "offset", "grey"), CASES)
def test_a_grey_stamp_is_found_and_taken_out_and_the_text_kept(line: str, font: str, words: str,
                                                               angle: float, offset: tuple[int, int],
                                                               grey: int) -> None:
    text = _text(line, font)
    stamp = _stamp(text.size, words, angle, offset)
    stamped = _stamped_grey(text, stamp, grey)
    inks = stamp_ink.second_ink(stamped)
    assert inks is not None
    assert inks.stamp_low <= grey <= inks.stamp_high
    assert inks.core_below < grey
    cleaned = stamp_ink.without_stamp(stamped, inks)
    # The stamp's ink away from the text is gone: its pixels that were no text are (nearly all) paper.
    text_ink = text.point(lambda v: 255 if v < 200 else 0)
    stamp_only = ImageChops.subtract(stamp.point(lambda v: 255 if v > 128 else 0),
                                     text_ink.filter(ImageFilter.MaxFilter(9)))
    left = ImageChops.multiply(stamp_only, cleaned.point(lambda v: 255 if v < 200 else 0))
    assert _count(left) < 0.03 * _count(stamp_only)
    # The text's core stays dark, under the stamp too.
    core = text.point(lambda v: 255 if v < 60 else 0)
    kept = ImageChops.multiply(core, cleaned.point(lambda v: 255 if v < 60 else 0))
    assert _count(kept) > 0.97 * _count(core)


@pytest.mark.parametrize("colour", [(200, 30, 40), (40, 60, 190), (120, 40, 150)])
def test_a_coloured_stamp_turns_lighter_than_the_text_in_the_brightest_channel(
        colour: tuple[int, int, int]) -> None:
    text = _text("Taxpayer ID: ***-**-6179", "DejaVuSans.ttf")
    stamp = _stamp(text.size, "RECEIVED", 4.0, (300, 0))
    grey = stamp_ink.ink_grey(_stamped_colour(text, stamp, colour))
    assert grey.mode == "L"
    inks = stamp_ink.second_ink(grey)
    assert inks is not None
    assert inks.stamp_low <= max(colour) <= inks.stamp_high


@pytest.mark.parametrize("font", TEXT_FONTS)
def test_a_page_of_one_ink_has_no_second_ink(font: str) -> None:
    lines = Image.new("L", (1100, 450), PAPER)
    draw = ImageDraw.Draw(lines)
    for row, line in enumerate(("Date: May 3, 2021", "Person to contact: Ana Ruiz", "Fax: 559-269-0897")):
        draw.text((20, 20 + 140 * row), line, fill=10, font=_font(font, 40 + 6 * row))
    assert stamp_ink.second_ink(lines) is None
    assert stamp_ink.destamped_crop(lines, 1100 * 72 / DPI, Box(0, 0, 264, 108), DPI) is None


def test_no_second_ink_costs_no_reading() -> None:
    page = Image.new("L", (1100, 150), PAPER)
    ImageDraw.Draw(page).text((20, 50), "Date: June 25, 2024", fill=10, font=_font("DejaVuSerif.ttf", 42))
    calls: list[int] = []

    def ocr(image: Image.Image, dpi: float, psm: int) -> tuple[()]:
        calls.append(psm)
        return ()

    view = dataclasses.replace(make_page([], method="ocr"), width=1100 * 72 / DPI, height=150 * 72 / DPI)
    assert date_rereading._read_destamped(view, page, Box(0, 0, view.width, view.height), ocr) == []
    assert calls == []


READ_CASES = [  # (stamp words, angle, offset, grey): over the month and day, over the year
    ("JAN 21 2024", -2.0, (150, 10), 100),
    ("RECEIVED", 3.0, (380, 0), 90),
]


@pytest.fixture(scope="module")
def destamped_readings() -> list[tuple[list[str], list[str]]]:
    """Each stamped line read as Tesseract reads it plain, and the dates of its cleaned copy."""
    from parser.reading import tesseract

    readings = []
    for words, angle, offset, grey in READ_CASES:
        text = _text("Date: March 6, 2024", "DejaVuSerif.ttf")
        stamped = _stamped_grey(text, _stamp(text.size, words, angle, offset), grey)
        width, height = text.width * 72 / DPI, text.height * 72 / DPI
        crop = stamp_ink.destamped_crop(stamped, width, Box(0, 0, width, height), DPI)
        assert crop is not None
        plain = tesseract.ocr_words(stamped, dpi=DPI, page=1, psm=7)
        cleaned = tesseract.ocr_words(crop, dpi=DPI, page=1, psm=7)
        readings.append(([str(r.value) for r in letter_dates_in(plain)],
                         [str(r.value) for r in letter_dates_in(cleaned)]))
    return readings


def test_the_date_under_a_stamp_is_read_from_the_cleaned_copy_only(
        destamped_readings: list[tuple[list[str], list[str]]]) -> None:
    for plain, cleaned in destamped_readings:
        assert plain == []
        assert cleaned == ["2024-03-06"]


def _count(mask: Image.Image) -> int:
    return sum(mask.histogram()[128:])
