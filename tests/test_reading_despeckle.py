"""Despeckling before OCR: only pages whose margins are not clean paper are filtered, and specks go."""

from __future__ import annotations

import random

from PIL import Image, ImageDraw

from parser.despeckle import SPECKLED_MARGIN_SHARE, despeckled, margin_darkness

SIZE = (850, 1100)  # a letter page at 100 dpi


def page(specks: int) -> Image.Image:
    image = Image.new("L", SIZE, 255)
    draw = ImageDraw.Draw(image)
    for row in range(10):  # text lines, inside the margins
        draw.rectangle((120, 100 + 40 * row, 700, 108 + 40 * row), fill=0)
    rng = random.Random(7)
    for _ in range(specks):
        x, y = rng.randrange(SIZE[0]), rng.randrange(SIZE[1])
        image.putpixel((x, y), 0)
    return image


def test_a_clean_page_is_left_alone() -> None:
    clean = page(specks=0)
    assert margin_darkness(clean) == 0.0
    assert despeckled(clean) is clean


def test_a_speckled_page_loses_its_specks_and_keeps_its_lines() -> None:
    speckled = page(specks=2000)
    assert margin_darkness(speckled) > SPECKLED_MARGIN_SHARE
    cleaned = despeckled(speckled)
    assert cleaned is not speckled
    assert margin_darkness(cleaned) == 0.0
    assert cleaned.getpixel((400, 104)) == 0  # a text line survives


def test_a_photo_with_a_dark_surround_is_left_alone() -> None:
    photo = page(specks=2000)
    ImageDraw.Draw(photo).rectangle((0, 0, 30, SIZE[1]), fill=40)
    assert margin_darkness(photo) > 0.3
    assert despeckled(photo) is photo
