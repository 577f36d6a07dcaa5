"""A place of a scanned page cut from its reading image and made ready to be read again alone.

The closer readings of one value (the letter date's, the taxpayer ID's) all start the same way: the place
is cut from the image the page's OCR read, made grey, enlarged to a reading resolution and its contrast
stretched; some readings then split ink from paper and take out rules (a ruled table's borders, a stamp's
edges) that no character has.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from parser.core.model import Box
from parser.reading.ocr_cleanup import evened_light, uneven_light

if TYPE_CHECKING:
    import numpy
    import numpy.typing as npt
    from PIL import Image

SPECK_FILTER_SIZE = 3  # pixels of the image filtered: a speck a few pixels wide goes, a stroke stays
ENLARGE_ABOVE = 1.05  # a crop is enlarged only when the reading resolution is more than this much larger
AUTOCONTRAST_CUTOFF = 1
INK_LEVEL = 140  # a grey darker than this is ink, for telling a blank place from an inked one


@dataclass(frozen=True)
class Cut:
    """How one place is cut: the resolution it is read at, the smallest side (pixels of the page image) worth
    reading, the specks filtered out, and the share of ink below which the place is blank paper (enlarging
    a blank place's contrast would make its grain into letters; 0: never blank)."""

    dpi: float
    min_side: int = 4
    # A median filter: "page" at the page image's own resolution (a speck of a pixel or two goes),
    # "enlarged" after enlarging (gentler: a faint photo's thin strokes stay); "" none.
    despeckle: str = ""
    min_ink_share: float = 0.0


def enlarged_crop(image: Image.Image, page_width: float, box: Box, cut: Cut) -> Image.Image | None:
    """The place `box` (page points) of a page's reading `image`, grey, enlarged to `cut.dpi` and its
    contrast stretched; None for a sliver or a blank place."""
    from PIL import Image as PILImage
    from PIL import ImageFilter, ImageOps

    if page_width <= 0:
        return None
    scale = image.width / page_width
    crop = image.crop((round(box.x0 * scale), round(box.top * scale), round(box.x1 * scale),
                       round(box.bottom * scale))).convert("L")
    if crop.width < cut.min_side or crop.height < cut.min_side:
        return None
    if uneven_light(crop):  # a photo's shadow: one threshold would black out the paper in it
        crop = evened_light(crop)
    inked = sum(crop.histogram()[:INK_LEVEL])
    if cut.min_ink_share > 0 and inked < cut.min_ink_share * crop.width * crop.height:
        return None
    if cut.despeckle == "page":
        crop = crop.filter(ImageFilter.MedianFilter(SPECK_FILTER_SIZE))
    factor = cut.dpi / (scale * 72.0)
    if factor > ENLARGE_ABOVE:
        crop = crop.resize((round(crop.width * factor), round(crop.height * factor)),
                           PILImage.Resampling.LANCZOS)
    if cut.despeckle == "enlarged":
        crop = crop.filter(ImageFilter.MedianFilter(SPECK_FILTER_SIZE))
    return ImageOps.autocontrast(crop, cutoff=AUTOCONTRAST_CUTOFF)


def middle_line_only(image: Image.Image, *, gap: int) -> Image.Image:
    """A crop of one line (grey, "L") with the slivers of the lines above and below it made paper: the
    rows holding ink, in bands that blank runs shorter than `gap` rows do not part (an "i" and its dot),
    and only the band across the crop's middle row kept, or the one nearest to it. Read as a line,
    Tesseract took a clean "XXX-XX-0104" between two such slivers for "OEKX0106" (apart 9067 0024, a
    photo's lines close together). The crop as it is where it holds no ink."""
    import numpy
    from PIL import Image as PILImage

    pixels = numpy.array(image.convert("L"))
    inked = numpy.flatnonzero((pixels < INK_LEVEL).any(axis=1))
    bands: list[list[int]] = []
    for run in index_runs(inked):
        if bands and run[0] - bands[-1][1] <= gap:
            bands[-1][1] = int(run[-1])
        else:
            bands.append([int(run[0]), int(run[-1])])
    if len(bands) < 2:
        return image
    middle = pixels.shape[0] / 2
    top, bottom = min(bands, key=lambda band: 0.0 if band[0] <= middle <= band[1]
                      else min(abs(band[0] - middle), abs(band[1] - middle)))
    pixels[:max(0, top - gap)] = 255
    pixels[bottom + gap + 1:] = 255
    return PILImage.fromarray(pixels)


def black_and_white(image: Image.Image) -> Image.Image:
    """A grey image ("L") split into ink (0) and paper (255) at its Otsu level."""
    level = _otsu(image)
    return image.point(lambda v: 255 if v > level else 0)


def ink_level(image: Image.Image) -> int:
    """The grey level that best splits ink from paper in a grey image ("L")."""
    return _otsu(image)


def index_runs(indices: npt.NDArray[numpy.intp]) -> list[npt.NDArray[numpy.intp]]:
    """Sorted indices (the inked rows or columns of a crop) cut into their runs of consecutive ones."""
    import numpy

    return numpy.split(indices, numpy.flatnonzero(numpy.diff(indices) > 1) + 1) if indices.size else []


def without_rules(image: Image.Image, *, across: int, down: int) -> Image.Image:
    """A black-and-white image ("L", ink 0) with its runs of ink at least `across` pixels long in a row,
    or `down` pixels in a column, painted white: rules and a stamp's edges, never a character's stroke."""
    from PIL import Image

    width, height = image.size
    rows = image.tobytes()
    cleared = bytearray(rows)
    run_across = re.compile(rb"\x00{%d,}" % across)
    for y in range(height):
        for run in run_across.finditer(rows, y * width, (y + 1) * width):
            cleared[run.start():run.end()] = b"\xff" * (run.end() - run.start())
    columns = image.transpose(Image.Transpose.TRANSPOSE).tobytes()  # column x is row x of this
    run_down = re.compile(rb"\x00{%d,}" % down)
    for x in range(width):
        for run in run_down.finditer(columns, x * height, (x + 1) * height):
            for y in range(run.start() - x * height, run.end() - x * height):
                cleared[y * width + x] = 255
    return Image.frombytes("L", (width, height), bytes(cleared))


def rules_lifted(image: Image.Image, *, across: int) -> Image.Image:
    """A black-and-white image ("L", ink 0) of one line with its rules taken out (`line_rules`) where they
    cross paper, kept where a glyph's ink touches them from above or below: a rule across a line's tops
    ("Letter Date: 26 June 2023" under a fax's rule) leaves the glyphs their tops, which `without_rules`
    takes with it ("2023" then reads "ZOzZs"). A column of ink from the line's top to its bottom is a rule
    crossing the line (a fax's streak down the page through "7,": apart 9090 0041), taken out whole."""
    import numpy
    from PIL import Image

    ink = numpy.asarray(image) == 0
    rows = ink.shape[0]
    crossing = ink.mean(axis=0) >= CROSSING_SHARE
    ink = ink & ~crossing[numpy.newaxis, :]
    rule = ink & line_rules(ink, across=across)
    kept = ink & ~rule
    # Where a column's rule rows have a glyph's ink right above or right below them, they are the glyph's.
    above = numpy.zeros_like(ink)
    below = numpy.zeros_like(ink)
    above[1:] = ink[:-1] & ~rule[:-1]
    below[:-1] = ink[1:] & ~rule[1:]
    touched = numpy.zeros_like(ink)
    for y in range(rows):  # a rule's rows, top to bottom: a touch from above carries down through them
        touched[y] = rule[y] & (above[y] | (touched[y - 1] if y else False))
    for y in range(rows - 1, -1, -1):  # and a touch from below carries up
        touched[y] |= rule[y] & (below[y] | (touched[y + 1] if y + 1 < rows else False))
    return Image.fromarray(numpy.where(kept | touched, 0, 255).astype(numpy.uint8), "L")


# A column inked over this share of a line's crop crosses the line: no glyph reaches from its top to its
# bottom (the crop has room above the capitals and below the descenders).
CROSSING_SHARE = 0.9
# A fax's streak is a few rows thick and breaks here and there, a row's run ending where the next row's
# goes on ("September 7, 2023" struck through: runs 135-317 and 391-636 in one row, 135-315 and 440-544 in
# the next two). Runs of at least this share of a rule's length, within RULE_ROWS rows of a row holding a
# rule and within its reach, are the same rule; a glyph's bar is shorter.
RULE_PIECE_SHARE = 0.25
RULE_ROWS = 2


def line_rules(ink: npt.NDArray[numpy.bool_], *, across: int) -> npt.NDArray[numpy.bool_]:
    """Where an ink mask (True for ink) has rules: runs of at least `across` pixels in a row, and the
    pieces of the same streak in the rows beside them (RULE_PIECE_SHARE, RULE_ROWS)."""
    import numpy

    rows = ink.shape[0]
    runs = [_row_runs(ink[y]) for y in range(rows)]
    rule = numpy.zeros_like(ink)
    piece = max(1, round(across * RULE_PIECE_SHARE))
    spans: list[tuple[int, int, int]] = []
    for y, row in enumerate(runs):
        long = [(start, end) for start, end in row if end - start >= across]
        for start, end in long:
            rule[y, start:end] = True
        if long:
            spans.append((y, long[0][0], long[-1][1]))
    for y, left, right in spans:
        for near in range(max(0, y - RULE_ROWS), min(rows, y + RULE_ROWS + 1)):
            for start, end in runs[near]:
                if end - start >= piece and start >= left - piece and end <= right + piece:
                    rule[near, start:end] = True
    return rule


def _row_runs(row: npt.NDArray[numpy.bool_]) -> list[tuple[int, int]]:
    """A row's runs of ink as (start, end) pixel columns, left to right."""
    import numpy

    edges = numpy.diff(numpy.concatenate(([0], row.astype(numpy.int8), [0])))
    starts, ends = numpy.flatnonzero(edges == 1).tolist(), numpy.flatnonzero(edges == -1).tolist()
    return list(zip(starts, ends, strict=True))


def _otsu(image: Image.Image) -> int:
    """The grey level that best splits ink from paper (Otsu's method on the histogram)."""
    histogram = image.histogram()[:256]
    total = sum(histogram)
    weighted = sum(i * h for i, h in enumerate(histogram))
    best, best_level, below, below_sum = -1.0, 128, 0, 0.0
    for level, count in enumerate(histogram):
        below += count
        if below == 0 or below == total:
            continue
        below_sum += level * count
        mean_low = below_sum / below
        mean_high = (weighted - below_sum) / (total - below)
        between = below * (total - below) * (mean_low - mean_high) ** 2
        if between > best:
            best, best_level = between, level
    return best_level

