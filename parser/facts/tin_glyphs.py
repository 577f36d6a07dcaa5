"""The last four digits of a masked taxpayer ID read glyph by glyph, where reading the whole value failed.

Tesseract reads a run of stars or X's in a monospaced font poorly, and the mask's garble spills into the
digits after it: a clean 300 dpi Courier "***-**-2573" reads "RKK_KK_IOBT3", and even a crop of the value
alone reads "KEK _KK_957T3". The value's shape is known, though: a mask with a hyphen in it, then four
digits at the end. So the value's line is found by its ink rows, cut into glyphs by the gaps between its
ink columns, checked to have a mask's shape (as wide as a mask, with a hyphen or a star in it), and only
its last four glyphs are read, digits only, with white paper around them: alone they read "2573".
Two readings (two sizes, grey and black and white) must agree digit for digit; none is a guess. Where
they differ (a dim photo's "7755" read "7155" once), more readings are asked for, and a value needs two
of them agreeing and none other read twice.

The crop's own grey level splits ink from paper; where a dim photo's grey paper, a shaded table cell and
white margins are all in the crop, that level parts paper from paper, so fixed darker levels are tried
after it (FALLBACK_LEVELS).
"""

from __future__ import annotations

import itertools
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from parser.facts.page_crops import black_and_white, ink_level, without_rules

if TYPE_CHECKING:
    from PIL import Image

KEPT = 4  # the digits kept of a taxpayer ID
# The mask before the last four, in digit widths: "XXX-XX-" and "***-**-" are 6 to 7.5 of them in Courier,
# Times and Helvetica, "XX-XXX" 6 to 7; a lost hyphen or a wide star leaves room.
MASK_ADVANCES = (4.5, 9.5)
MAX_TALL_IN_MASK = 5  # X's (or digits) in a mask: 5 at most; a phone's "713-492-" has 6
MAX_MASK_GLYPHS = 16  # a mask's 7 glyphs, each star broken in two by a light scan, and specks
MAX_INK_LEVEL = 200  # the crop's own ink level is never lighter than this
TALL_GLYPH = 0.7  # a digit is at least this share of the line's tallest glyph
FOUR_DIGITS_WIDE = (1.8, 4.8)  # four digits' width in digit heights: Times 3, Helvetica 3.1, Courier 4
INK_LEVEL = 128  # a grey darker than this is ink
MIN_LINE_ROWS = 5  # a band of ink rows lower than this is a speck or a rule's edge, not a line of text
LINE_SHARE = 0.5  # a band lower than this share of the tallest is a line's stray ink, not a line
SHORT_GLYPH = 0.6  # a glyph lower than this share of the line is a hyphen or a star: a mask's mark
WORD_GAP = 2.2  # a gap between glyphs wider than this many times the typical one ends the value
PAD = 12  # white pixels around the last four read: Tesseract misreads glyphs that touch the image's edge
DIGITS = "0123456789"
# A run of ink longer than this (inches) across a row, or down a column, is a rule, never a glyph's stroke
# (Courier's touching X's join their serifs into a run of a quarter inch at 12 points).
RULE_INCHES = (0.45, 0.22)
RULE_SHARE_DOWN = 0.85


@dataclass(frozen=True)
class Reading:
    """One way of reading the last four: the resolution they are enlarged to, black and white or grey,
    and Tesseract's segmentation mode (7 a line, 8 a word)."""

    dpi: float
    threshold: bool
    psm: int


READINGS: tuple[Reading, ...] = (Reading(300.0, threshold=False, psm=7),
                                 Reading(450.0, threshold=True, psm=8))
# Read only where READINGS disagree or one read no four digits: the other size and kind of each.
TIE_READINGS: tuple[Reading, ...] = (Reading(450.0, threshold=False, psm=7),
                                     Reading(300.0, threshold=True, psm=8),
                                     Reading(600.0, threshold=False, psm=8))
AGREEING = 2
# Grey levels tried after the crop's own when no masked value is found at it (see the module's notes).
FALLBACK_LEVELS = (INK_LEVEL, 150)

DigitOcr = Callable[["Image.Image", float, int], str]


@dataclass(frozen=True)
class ValueGlyphs:
    """The value's glyphs in a crop: its line's rows and each glyph's columns (pixels of the crop)."""

    top: int
    bottom: int
    cells: tuple[tuple[int, int], ...]
    last_four: tuple[int, int]  # the columns of the four digits ending it


def without_rules_grey(crop: Image.Image, crop_dpi: float) -> Image.Image:
    """`crop` grey with the ink of rules painted white: a ruled cell's borders around the value, which
    would join every row into one band and every column into one glyph."""
    from PIL import ImageChops

    grey = crop.convert("L")
    level = _level(grey)
    ink = grey.point(lambda v: 0 if v < level else 255)
    # In a crop lower than a rule is long, a rule crossing all of it is one too: a glyph is never that tall.
    down = min(round(RULE_INCHES[1] * crop_dpi), max(2, round(RULE_SHARE_DOWN * grey.height)))
    kept = without_rules(ink, across=round(RULE_INCHES[0] * crop_dpi), down=down)
    removed = ImageChops.subtract(kept, ink)  # white where a rule's ink was taken out, black elsewhere
    return ImageChops.lighter(grey, removed)


def value_glyphs(crop: Image.Image) -> ValueGlyphs | None:
    """The masked value's glyphs on the first line of `crop` (grey, as the page was read) that holds a word
    shaped like a mask and four digits (a label's line above it holds none), or None; split from the paper
    at the crop's own level, else at each of FALLBACK_LEVELS darker than it."""
    grey = crop.convert("L")
    own = _level(grey)
    for level in (own, *(lv for lv in FALLBACK_LEVELS if lv < own)):
        if (found := _glyphs_at(grey, level)) is not None:
            return found
    return None


def _glyphs_at(grey: Image.Image, level: int) -> ValueGlyphs | None:
    """`value_glyphs` with ink split from paper at `level`."""
    width, height = grey.size
    ink = [v < level for v in grey.tobytes()]
    rows = [any(ink[y * width:(y + 1) * width]) for y in range(height)]
    bands = [b for b in _runs(rows, join=1) if b[1] - b[0] >= MIN_LINE_ROWS]
    if not bands:
        return None
    tallest = max(b[1] - b[0] for b in bands)
    for top, bottom in (b for b in bands if b[1] - b[0] >= LINE_SHARE * tallest):
        columns = [any(ink[y * width + x] for y in range(top, bottom)) for x in range(width)]
        for word in _words(_runs(columns, join=0)):
            heights = [_height(ink, width, cell, top, bottom) for cell in word]
            digits = _digits_at(word, heights)
            if digits is not None and _mask_shaped(word[:digits], heights[:digits], word[digits:],
                                                   max(heights)):
                return ValueGlyphs(top, bottom, tuple(word), (word[digits][0], word[-1][1]))
    return None


def _level(grey: Image.Image) -> int:
    """The grey level below which `grey` is ink: a light scan's thin strokes (a Times star, a table's grey
    rules) are lighter than a fixed level, so the crop's own level splits ink from paper."""
    return min(max(INK_LEVEL, ink_level(grey)), MAX_INK_LEVEL)


def _digits_at(cells: Sequence[tuple[int, int]], heights: Sequence[int]) -> int | None:
    """Where the last four digits start among the glyphs: the last four when they stand apart, else all
    after the last short glyph (the mask's hyphen) where a light scan broke or joined digits ("0" read as
    two arcs, "01" touching) and they are as wide as four digits of the line's height."""
    if len(cells) <= KEPT:
        return None
    tall = max(heights)
    if all(h >= TALL_GLYPH * tall for h in heights[-KEPT:]) and heights[-KEPT - 1] < SHORT_GLYPH * tall:
        return len(cells) - KEPT
    short = [i for i, h in enumerate(heights) if h < SHORT_GLYPH * tall]
    if not short or short[-1] + 1 >= len(cells):
        return None
    start = short[-1] + 1
    wide = (cells[-1][1] - cells[start][0]) / tall
    if all(h >= TALL_GLYPH * tall for h in heights[start:]) and (
            FOUR_DIGITS_WIDE[0] <= wide <= FOUR_DIGITS_WIDE[1]):
        return start
    if all(h >= TALL_GLYPH * tall for h in heights[-KEPT:]):
        return len(cells) - KEPT  # an EIN's X's before the digits: no hyphen right before them
    return None


def last_four(crop: Image.Image, crop_dpi: float, ocr: DigitOcr, glyphs: ValueGlyphs | None = None
              ) -> list[str]:
    """The last four digits of the masked value in `crop` (grey, at `crop_dpi`; its `glyphs` when already
    found in it without its rules), once for each of READINGS that reads exactly four, and where those
    differ once for each of TIE_READINGS too; empty where the crop holds no value shaped like one. `ocr`
    reads digits only."""
    from PIL import Image as PILImage
    from PIL import ImageOps

    crop = without_rules_grey(crop, crop_dpi)
    glyphs = glyphs if glyphs is not None else value_glyphs(crop)
    if glyphs is None:
        return []
    x0, x1 = glyphs.last_four
    margin = max(1, (glyphs.bottom - glyphs.top) // 4)
    digits = crop.convert("L").crop((max(0, x0 - margin), max(0, glyphs.top - margin),
                                     min(crop.width, x1 + margin), min(crop.height, glyphs.bottom + margin)))
    found: list[str] = []
    for way in (*READINGS, *TIE_READINGS):
        if len(found) >= len(READINGS) and agreed(found) is not None:
            break  # two readings agree, and no other value as often: no tie left to break
        factor = way.dpi / crop_dpi
        image = digits.resize((max(1, round(digits.width * factor)), max(1, round(digits.height * factor))),
                              PILImage.Resampling.LANCZOS)
        image = ImageOps.autocontrast(image, cutoff=1)
        if way.threshold:
            image = black_and_white(image)
        read = ocr(ImageOps.expand(image, PAD, fill=255), way.dpi, way.psm)
        text = "".join(ch for ch in read if not ch.isspace())
        if len(text) == KEPT and text.isdigit():
            found.append(text)
    return found


def agreed(read: Sequence[str]) -> str | None:
    """The last four that AGREEING readings of `read` gave and no other value as often, or None."""
    counts = sorted(((read.count(v), v) for v in set(read)), reverse=True)
    if not counts or counts[0][0] < AGREEING or (len(counts) > 1 and counts[1][0] == counts[0][0]):
        return None
    return counts[0][1]


def _runs(flags: Sequence[bool], *, join: int) -> list[tuple[int, int]]:
    """The runs of True in `flags` (start, end), runs apart by at most `join` False joined."""
    runs: list[tuple[int, int]] = []
    start: int | None = None
    for i, flag in enumerate([*flags, False]):
        if flag and start is None:
            start = i
        elif not flag and start is not None:
            runs.append((start, i))
            start = None
    joined: list[tuple[int, int]] = []
    for run in runs:
        if joined and run[0] - joined[-1][1] <= join:
            joined[-1] = (joined[-1][0], run[1])
        else:
            joined.append(run)
    return joined


def _words(glyphs: Sequence[tuple[int, int]]) -> list[list[tuple[int, int]]]:
    """The glyphs grouped into words: a gap much wider than the typical gap between glyphs parts them."""
    if len(glyphs) < 2:
        return [list(glyphs)] if glyphs else []
    gaps = sorted(b[0] - a[1] for a, b in itertools.pairwise(glyphs))
    typical = max(1, gaps[len(gaps) // 2])
    widths = sorted(g[1] - g[0] for g in glyphs)
    wide = max(WORD_GAP * typical, widths[len(widths) // 2])
    words: list[list[tuple[int, int]]] = [[glyphs[0]]]
    for before, glyph in itertools.pairwise(glyphs):
        if glyph[0] - before[1] > wide:
            words.append([])
        words[-1].append(glyph)
    return words


def _height(ink: Sequence[bool], width: int, cell: tuple[int, int], top: int, bottom: int) -> int:
    """How many rows of the line the glyph in columns `cell` inks, from its first to its last."""
    inked = [y for y in range(top, bottom) if any(ink[y * width + x] for x in range(*cell))]
    return inked[-1] - inked[0] + 1 if inked else 0


def _mask_shaped(mask: Sequence[tuple[int, int]], heights: Sequence[int], digits: Sequence[tuple[int, int]],
                 tall: int) -> bool:
    """Whether glyphs in these columns, of these heights (the line's tallest `tall`), are a mask before the
    `digits`: as wide as MASK_ADVANCES digits, with a short glyph (a hyphen or a star) and at most
    MAX_TALL_IN_MASK tall ones (Courier's "XXX" touch and are one; a phone's "713-492-" has 6)."""
    if not mask or len(mask) > MAX_MASK_GLYPHS:
        return False
    short = sum(h < SHORT_GLYPH * tall for h in heights)
    advance = (digits[-1][1] - digits[0][0]) / KEPT
    width = (digits[0][0] - mask[0][0]) / advance if advance > 0 else 0.0
    return (short >= 1 and len(mask) - short <= MAX_TALL_IN_MASK
            and MASK_ADVANCES[0] <= width <= MASK_ADVANCES[1])
