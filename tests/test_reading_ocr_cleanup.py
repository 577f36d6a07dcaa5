"""Cleaning a page for OCR: speckled paper is despeckled, a photo's uneven light is evened out, and a clean
page is left alone."""

from __future__ import annotations

import random

from PIL import Image, ImageDraw

from parser.reading.ocr_cleanup import SPECKLED_MARGIN_SHARE, margin_darkness, prepared_for_ocr

SIZE = (850, 1100)  # a letter page at 100 dpi


def page(specks: int = 0) -> Image.Image:
    image = Image.new("L", SIZE, 255)
    draw = ImageDraw.Draw(image)
    for row in range(10):  # text lines, inside the margins
        draw.rectangle((120, 100 + 40 * row, 700, 108 + 40 * row), fill=0)
    rng = random.Random(7)
    for _ in range(specks):
        image.putpixel((rng.randrange(SIZE[0]), rng.randrange(SIZE[1])), 0)
    return image


def test_a_clean_page_is_left_alone() -> None:
    clean = page()
    assert margin_darkness(clean) == 0.0
    assert prepared_for_ocr(clean).image is clean


def test_a_speckled_page_loses_its_specks_and_keeps_its_lines() -> None:
    speckled = page(specks=2000)
    assert margin_darkness(speckled) > SPECKLED_MARGIN_SHARE
    cleaned = prepared_for_ocr(speckled).image
    assert margin_darkness(cleaned) == 0.0
    assert cleaned.getpixel((400, 104)) == 0  # a text line survives


def test_a_shadowed_photo_gets_even_paper_and_keeps_its_text_dark() -> None:
    photo = page()
    draw = ImageDraw.Draw(photo)
    draw.rectangle((0, 0, 40, SIZE[1]), fill=30)  # the table around the sheet
    shadow = Image.linear_gradient("L").resize(SIZE).point(lambda v: 120 + v // 2)  # paper 120 .. 247
    photo = Image.composite(photo, shadow, photo.point(lambda v: 255 if v < 128 else 0))
    assert margin_darkness(photo) > 0.3
    evened = prepared_for_ocr(photo).image
    top_paper, bottom_paper = evened.getpixel((750, 60)), evened.getpixel((750, 1050))
    assert isinstance(top_paper, int) and isinstance(bottom_paper, int)
    assert top_paper >= 240 and bottom_paper >= 240  # was 120 at the top, 247 at the bottom
    assert evened.getpixel((400, 104)) == 0  # text stays black
    assert evened.getpixel((400, 464)) == 0


def test_only_a_page_with_specks_in_its_margins_counts_as_speckled() -> None:
    assert prepared_for_ocr(page(specks=2000)).speckled
    assert not prepared_for_ocr(page()).speckled
    photo = page()
    ImageDraw.Draw(photo).rectangle((0, 0, 60, SIZE[1]), fill=30)  # a photo's dark surround is no speck
    assert not prepared_for_ocr(photo).speckled
