"""A place of a page image cut, enlarged and cleaned for a closer reading (the date's, the taxpayer ID's)."""

from __future__ import annotations

import numpy
import pytest
from PIL import Image, ImageDraw

from parser.core.model import Box
from parser.facts.page_crops import (
    Cut,
    black_and_white,
    enlarged_crop,
    index_runs,
    middle_line_only,
    rules_lifted,
    without_rules,
)

PAGE_WIDTH = 612.0  # points


def _page(dpi: float) -> Image.Image:
    """A white page image at `dpi` with a dark word-sized block at (100, 100)-(160, 110) points."""
    scale = dpi / 72.0
    image = Image.new("L", (round(PAGE_WIDTH * scale), round(792 * scale)), 255)
    ImageDraw.Draw(image).rectangle((100 * scale, 100 * scale, 160 * scale, 110 * scale), fill=40)
    return image


def test_a_place_is_cut_and_enlarged_to_the_reading_resolution() -> None:
    for page_dpi, read_dpi in ((150.0, 300.0), (100.0, 450.0)):
        crop = enlarged_crop(_page(page_dpi), PAGE_WIDTH, Box(90, 95, 190, 115), Cut(read_dpi))
        assert crop is not None and crop.mode == "L"
        width, height = round(100 * read_dpi / 72), round(20 * read_dpi / 72)
        assert abs(crop.width - width) <= 2 and abs(crop.height - height) <= 2
        assert crop.getextrema() == (0, 255)  # contrast stretched: the grey block is black now


def test_a_page_read_finer_than_the_reading_resolution_is_not_shrunk() -> None:
    crop = enlarged_crop(_page(300.0), PAGE_WIDTH, Box(90, 95, 190, 115), Cut(300.0))
    assert crop is not None and crop.size == (round(100 * 300 / 72), round(20 * 300 / 72))


def test_a_sliver_or_blank_paper_is_no_place_to_read() -> None:
    page = _page(150.0)
    assert enlarged_crop(page, PAGE_WIDTH, Box(90, 95, 91, 115), Cut(300.0, min_side=4)) is None
    blank = Box(300, 300, 400, 320)
    assert enlarged_crop(page, PAGE_WIDTH, blank, Cut(300.0, min_ink_share=0.004)) is None
    assert enlarged_crop(page, PAGE_WIDTH, blank, Cut(300.0)) is not None  # no ink asked for: read it
    inked = Box(90, 95, 190, 115)
    assert enlarged_crop(page, PAGE_WIDTH, inked, Cut(300.0, min_ink_share=0.004)) is not None
    assert enlarged_crop(page, 0.0, inked, Cut(300.0)) is None


def test_a_speck_is_filtered_out_and_a_stroke_stays() -> None:
    page = _page(150.0)
    page.putpixel((round(200 * 150 / 72), round(105 * 150 / 72)), 0)  # one dark pixel on the paper
    place, scale = Box(90, 95, 210, 115), 300 / 72
    speck, block = (round(110 * scale), round(10 * scale)), (round(40 * scale), round(10 * scale))
    plain = enlarged_crop(page, PAGE_WIDTH, place, Cut(300.0))
    at_page = enlarged_crop(page, PAGE_WIDTH, place, Cut(300.0, despeckle="page"))
    enlarged = enlarged_crop(page, PAGE_WIDTH, place, Cut(300.0, despeckle="enlarged"))
    assert plain is not None and at_page is not None and enlarged is not None
    assert _grey(plain, *speck) < 128 and _grey(at_page, *speck) == 255
    assert _grey(plain, *speck) < _grey(enlarged, *speck) < 255  # gentler: the speck fades, not gone
    assert all(_grey(crop, *block) < 64 for crop in (plain, at_page, enlarged))


def test_a_place_in_a_photo_s_shadow_keeps_its_paper_white_when_split_into_ink_and_paper() -> None:
    """One threshold over a shadowed place takes the shaded paper for ink (a photo's date lost in a black
    half: apart 9017 0012); the place's light is evened first, so only the characters are ink."""
    page = _page(150.0)
    shade = Image.linear_gradient("L").rotate(90).resize(page.size).point(lambda v: 120 + v * 135 // 255)
    photo = Image.composite(page, shade, page.point(lambda v: 255 if v < 128 else 0))
    place, scale = Box(20, 95, 590, 115), 300 / 72
    crop = enlarged_crop(photo, PAGE_WIDTH, place, Cut(300.0))
    assert crop is not None
    split = black_and_white(crop)
    block = (round(110 * scale), round(10 * scale))  # inside the dark block (100-160 points)
    shaded_paper = (round(40 * scale), round(10 * scale))  # paper at the dark end of the shadow
    assert _grey(split, *block) == 0 and _grey(split, *shaded_paper) == 255
    assert sum(v == 0 for v in split.tobytes()) < 0.2 * split.width * split.height


def test_black_and_white_then_rules_out() -> None:
    image = Image.new("L", (200, 40), 230)
    draw = ImageDraw.Draw(image)
    draw.line((0, 5, 199, 5), fill=30)  # a rule across
    draw.rectangle((50, 15, 53, 30), fill=60)  # a character's stroke
    split = black_and_white(image)
    assert set(split.tobytes()) == {0, 255}
    cleared = without_rules(split, across=100, down=30)
    assert _grey(cleared, 120, 5) == 255 and _grey(cleared, 51, 20) == 0


@pytest.mark.parametrize(("rule_top", "thickness"), [(10, 2), (9, 3), (10, 1)])
def test_a_rule_over_glyph_tops_is_lifted_off_paper_and_left_on_the_glyphs(rule_top: int,
                                                                           thickness: int) -> None:
    """A fax's rule across a line's tops: cut with the rule, the tops go ("2023" read "ZOzZs": apart 9024
    0065); lifted, the rule goes where it crosses paper and stays on the glyphs it touches."""
    image = Image.new("L", (300, 40), 235)
    draw = ImageDraw.Draw(image)
    draw.rectangle((0, rule_top, 299, rule_top + thickness - 1), fill=20)  # the rule across the line
    glyphs = [(40, 46), (90, 98), (150, 153)]  # strokes standing under the rule, touching it
    for x0, x1 in glyphs:
        draw.rectangle((x0, rule_top + thickness, x1, 34), fill=25)
    draw.rectangle((200, 24, 206, 34), fill=25)  # a lower glyph, clear of the rule
    split = black_and_white(image)
    lifted = rules_lifted(split, across=100)
    cut = without_rules(split, across=100, down=1000)
    for y in range(rule_top, rule_top + thickness):
        assert _grey(lifted, 20, y) == 255 and _grey(lifted, 120, y) == 255 and _grey(lifted, 203, y) == 255
        for x0, x1 in glyphs:
            assert _grey(lifted, (x0 + x1) // 2, y) == 0  # the glyph keeps its top
            assert _grey(cut, (x0 + x1) // 2, y) == 255  # cutting takes it
    assert _grey(lifted, 203, 30) == 0 and _grey(lifted, 43, 30) == 0


def test_a_streak_broken_over_its_rows_is_lifted_whole_and_a_column_crossing_the_line_taken_out() -> None:
    """A fax's streak through "September 7, 2023" (apart 9090 0041): three rows thick, one row's run broken
    where the next rows' go on (135-317 and 391-636; 135-315 and 440-544), and a streak down the page
    crossing the line at "7,". Each piece of the streak goes where it crosses paper; the crossing column
    goes whole; a glyph's bar as long as a character is kept."""
    image = Image.new("L", (700, 62), 240)
    draw = ImageDraw.Draw(image)
    draw.rectangle((135, 29, 317, 29), fill=20)
    draw.rectangle((391, 29, 636, 29), fill=20)
    draw.rectangle((135, 30, 315, 31), fill=20)
    draw.rectangle((440, 30, 544, 31), fill=20)
    draw.rectangle((470, 0, 472, 61), fill=20)  # the streak down the page
    draw.rectangle((200, 15, 204, 45), fill=20)  # a glyph's stem the streak crosses
    draw.rectangle((600, 40, 625, 42), fill=20)  # a glyph's bar (a "7"'s foot), clear of the streak
    lifted = rules_lifted(black_and_white(image), across=125)
    for x, y in ((150, 29), (300, 31), (500, 30), (500, 31), (540, 31), (471, 10), (471, 50)):
        assert _grey(lifted, x, y) == 255, (x, y)
    assert _grey(lifted, 202, 30) == 0 and _grey(lifted, 202, 20) == 0  # the stem keeps its ink
    assert _grey(lifted, 610, 41) == 0


def _grey(image: Image.Image, x: int, y: int) -> int:
    value = image.getpixel((x, y))
    assert isinstance(value, int)
    return value


@pytest.mark.parametrize(("indices", "runs"), [
    ([], []),
    ([7], [[7]]),
    ([2, 3, 4, 9, 10, 15], [[2, 3, 4], [9, 10], [15]]),
    ([0, 2, 4], [[0], [2], [4]]),
])
def test_inked_rows_are_cut_into_runs_of_consecutive_ones(indices: list[int], runs: list[list[int]]) -> None:
    assert [run.tolist() for run in index_runs(numpy.array(indices, dtype=numpy.intp))] == runs


def _line_crop(rows: list[tuple[int, int]]) -> Image.Image:
    """A 300-pixel-wide crop, 64 rows high, with ink across each (top, bottom) band of rows."""
    image = Image.new("L", (300, 64), 250)
    for top, bottom in rows:
        ImageDraw.Draw(image).rectangle((20, top, 280, bottom), fill=30)
    return image


def _inked_rows(image: Image.Image) -> list[int]:
    return [int(row) for row in numpy.flatnonzero((numpy.array(image) < 140).any(axis=1))]


def test_the_slivers_of_the_lines_above_and_below_a_line_are_made_paper() -> None:
    # apart 9067 0024, a photo: the place beside "SSN:" cut into the lines above and below the value.
    kept = middle_line_only(_line_crop([(0, 6), (19, 45), (61, 63)]), gap=6)
    assert _inked_rows(kept) == list(range(19, 46))


def test_a_line_parted_by_fewer_blank_rows_than_the_gap_is_kept_whole() -> None:
    # An "i" and its dot (three blank rows between), and a line alone: nothing taken out.
    dotted = _line_crop([(16, 19), (23, 45)])
    assert _inked_rows(middle_line_only(dotted, gap=6)) == _inked_rows(dotted)
    alone = _line_crop([(19, 45)])
    assert middle_line_only(alone, gap=6) is alone


def test_with_no_band_across_the_middle_the_nearest_is_kept() -> None:
    kept = middle_line_only(_line_crop([(2, 20), (50, 60)]), gap=4)
    assert _inked_rows(kept) == list(range(2, 21))
