"""Cleaning a page for OCR: speckled paper is despeckled, a photo's uneven light is evened out, and a clean
page is left alone."""

from __future__ import annotations

import random
from collections.abc import Callable

import pytest
from PIL import Image, ImageChops, ImageDraw

from parser.reading.ocr_cleanup import (
    GRAINY_STDDEV,
    SPECKLED_MARGIN_SHARE,
    grain,
    margin_darkness,
    prepared_for_ocr,
    uneven_light,
)

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


def shadowed(image: Image.Image, low: int) -> Image.Image:
    """`image` photographed with a shadow across it: paper from `low` (left) up to white (right)."""
    shade = (Image.linear_gradient("L").rotate(90).resize(image.size)
             .point(lambda v: low + v * (255 - low) // 255))
    return Image.composite(image, shade, image.point(lambda v: 255 if v < 128 else 0))


def grainy(image: Image.Image, spread: int) -> Image.Image:
    """`image` with a scan's grain: paper pixels darkened at random by up to `spread` levels."""
    rng = random.Random(3)
    noisy = image.copy()
    pixels = noisy.load()
    assert pixels is not None
    for y in range(0, image.height):
        for x in range(0, image.width, 2):
            value = pixels[x, y]
            assert isinstance(value, int)
            if value > 128:
                pixels[x, y] = value - rng.randrange(spread + 1)
    return noisy


@pytest.mark.parametrize(("make", "uneven"), [
    (lambda: page(), False),  # a clean scan
    (lambda: page(specks=3000), False),  # a fax's specks
    (lambda: grainy(page(), 25), False),  # a grey, grainy 150 dpi scan
    (lambda: shadowed(page(), 140), True),  # a phone photo's shadow (apart 9017 0012)
    (lambda: shadowed(page(), 200), True),  # a milder one
    (lambda: shadowed(page(), 235), False),  # too mild to matter to one threshold
])
def test_uneven_light_is_measured_on_the_paper_not_the_ink(make: Callable[[], Image.Image],
                                                           uneven: bool) -> None:
    assert uneven_light(make()) is uneven


def with_sensor_grain(image: Image.Image, percent: int) -> Image.Image:
    """`image` with a camera sensor's grain: each pixel moved by up to `percent` of half the grey scale
    either way (a dim room's photo: 30, about 15 levels' standard deviation)."""
    rng = random.Random(11)
    size = image.width * image.height
    noise = Image.blend(Image.frombytes("L", image.size, rng.randbytes(size)),
                        Image.frombytes("L", image.size, rng.randbytes(size)), 0.5)
    return ImageChops.add(image, noise.point(lambda v: 128 + (v - 128) * percent // 100), 1.0, -128)


def dim(image: Image.Image) -> Image.Image:
    return image.point(lambda v: 28 + v * 84 // 255)  # paper a dull grey (112), ink near 28


@pytest.mark.parametrize(("make", "is_grainy"), [
    (lambda: page(), False),  # a clean scan
    (lambda: page(specks=3000), False),  # a fax's specks: most of the paper stays blank
    (lambda: shadowed(page(), 140), False),  # a photo's shadow changes slowly: smooth within a tile
    (lambda: with_sensor_grain(page(), 4), False),  # an office scanner's light grain (measured 2.2-2.4)
    (lambda: with_sensor_grain(dim(page()), 30), True),  # a dim room's photo (ind100: 7.7-8.0)
    (lambda: with_sensor_grain(page(), 20), True),
])
def test_grain_is_measured_on_the_blank_paper(make: Callable[[], Image.Image], is_grainy: bool) -> None:
    assert (grain(make()) >= GRAINY_STDDEV) is is_grainy


def test_a_grainy_page_is_smoothed_before_it_is_read_and_keeps_its_text_dark() -> None:
    photo = with_sensor_grain(dim(page()), 30)
    prepared = prepared_for_ocr(photo).image
    assert grain(prepared) < GRAINY_STDDEV  # and the paper evened out: its 112 is near white
    ink, paper = prepared.getpixel((400, 104)), prepared.getpixel((400, 124))
    assert isinstance(ink, int) and isinstance(paper, int)
    assert ink < 100 and paper > 200  # the ink stays far darker than its paper, now near white


def test_a_grainy_pages_kept_copy_is_smoothed_too_and_a_clean_ones_is_not() -> None:
    """The copy the closer readings cut from (and the summary shows) loses a dim photo's grain as the page
    OCR read did: reduced alone it keeps half of it (7.6 here), enough to slow and spoil each reading."""
    from parser.reading import ocr_page

    photo = with_sensor_grain(dim(page()), 30)
    kept = ocr_page.read_scanned_page(photo, dpi=300.0, number=1).kept_image
    assert grain(photo.reduce(2)) >= GRAINY_STDDEV > 2 * grain(kept)
    clean = page()
    assert list(ocr_page.read_scanned_page(clean, dpi=300.0, number=1).kept_image.getdata()) == list(
        clean.reduce(2).getdata())
