"""Page geometry without OCR: skew estimation, turning, and the reading-quality measure."""

from __future__ import annotations

import pytest
from PIL import Image, ImageChops
from reading_fixtures import letter_pdf, scan_of, tilted

from parser.core.model import Box, Word
from parser.reading.orientation import estimate_skew, turn
from parser.reading.reading_quality import measure


@pytest.fixture(scope="module")
def scan_200(tmp_path_factory: pytest.TempPathFactory) -> Image.Image:
    return scan_of(letter_pdf(tmp_path_factory.mktemp("letter")), dpi=200)


@pytest.mark.parametrize("degrees", [-7.0, -3.2, -1.0, 0.6, 2.5, 5.0])
def test_skew_is_found_to_a_tenth_of_a_degree(scan_200: Image.Image, degrees: float) -> None:
    assert estimate_skew(tilted(scan_200, degrees)) == pytest.approx(-degrees, abs=0.15)


def test_an_upright_or_barely_tilted_page_is_left_alone(scan_200: Image.Image) -> None:
    assert estimate_skew(scan_200) == 0.0
    assert estimate_skew(tilted(scan_200, 0.1)) == 0.0


def test_a_blank_page_has_no_skew() -> None:
    assert estimate_skew(Image.new("L", (1700, 2200), 255)) == 0.0


def test_turning_applies_the_recorded_correction(scan_200: Image.Image) -> None:
    crooked = tilted(scan_200, 3.0)
    straightened = turn(crooked, 0, estimate_skew(crooked))
    assert estimate_skew(straightened) == 0.0
    assert straightened.size == scan_200.size


@pytest.mark.parametrize("rotation", [90, 180, 270])
def test_quarter_turns_are_clockwise_and_lossless(scan_200: Image.Image, rotation: int) -> None:
    turned = turn(scan_200, rotation, 0.0)
    expected_size = scan_200.size if rotation == 180 else scan_200.size[::-1]
    assert turned.size == expected_size
    assert ImageChops.difference(turn(turned, 360 - rotation, 0.0), scan_200).getbbox() is None
    if rotation == 90:  # the page's top-left corner (text) ends at the top-right
        assert turned.crop((turned.width - 300, 0, turned.width, 300)).getextrema()[0] < 128  # type: ignore[operator]


UPRIGHT_TEXT = "Date: March 3, 2025 Person to contact: Jane Doe of the Office"
UPSIDE_DOWN_TEXT = "ecl0 aueP :pe;uo2 o; uos1ad 9Z0Z 'E y21eW :a;eQ"  # what Tesseract makes of it turned


def _words(texts: list[str], confidence: float) -> tuple[Word, ...]:
    return tuple(Word(text, Box(0, 0, 10, 10), 1, "ocr", confidence) for text in texts)


def test_an_upright_reading_outscores_an_upside_down_one() -> None:
    upright = measure(_words(UPRIGHT_TEXT.split() * 2, 94.0))
    upside_down = measure(_words(UPSIDE_DOWN_TEXT.split(), 41.0))
    assert upright.dictionary_share == pytest.approx(7 / 10)  # numbers are not counted
    assert upright.mean_confidence == 94.0
    assert not upright.suspect and not upright.poor
    short_page = ["Enclosures:", "Publication", "594"]
    assert not measure(_words(short_page, 94.0)).poor  # the last lines of a letter, read clearly
    assert measure(_words(short_page, 65.0)).poor  # few words, read unsurely
    assert upside_down.dictionary_share == 0.0
    assert upside_down.suspect and upside_down.poor
    assert upright.score > upside_down.score


def test_no_words_measure_as_empty_and_poor() -> None:
    empty = measure(())
    assert (empty.words, empty.mean_confidence, empty.dictionary_share) == (0, 0.0, 0.0)
    assert empty.suspect and empty.poor


def test_one_short_line_is_not_a_blank_page(tmp_path_factory: pytest.TempPathFactory) -> None:
    from parser.reading.ocr_page import BLANK_INK_FRACTION, ink_fraction

    folder = tmp_path_factory.mktemp("short")
    one_line = scan_of(letter_pdf(folder, "short.pdf", ("Page 3 of 3",)), dpi=300)
    assert ink_fraction(one_line) > 2 * BLANK_INK_FRACTION
    assert ink_fraction(Image.new("L", one_line.size, 250)) == 0.0


def test_a_faded_print_is_not_a_blank_page(tmp_path_factory: pytest.TempPathFactory) -> None:
    from parser.reading.ocr_page import BLANK_INK_FRACTION, ink_fraction

    folder = tmp_path_factory.mktemp("faded")
    page = scan_of(letter_pdf(folder, "faded.pdf", ("Date: January 16, 2025",) * 3), dpi=300)
    faded = page.point(lambda v: 150 + v * 105 // 255)  # low toner: its blackest ink is grey 150
    assert ink_fraction(faded) > 2 * BLANK_INK_FRACTION
    assert ink_fraction(Image.new("L", page.size, 200)) == 0.0  # an even grey sheet is still blank
