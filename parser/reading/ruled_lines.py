"""Long straight lines that are not text, taken off a scanned page before its OCR pass.

A fax's vertical streak runs down the whole page; a sender's dirty scanner bar leaves a row of dashes across
it. Tesseract breaks the words such a line crosses ("07|/28/2023" read as garble). A run of dark pixels far
longer than any glyph is no glyph, so:

- vertical: a run longer than VERTICAL_INCHES (a tall bracket is a fifth of an inch) that reaches the top
  or bottom strip of the page is a streak. A ruled table's rules stop at the table and are kept: Tesseract
  finds a table's grid itself, and without its verticals read the cells with less confidence;
- horizontal: a row whose runs longer than DASH_INCHES reach into a margin strip (letters print nothing
  there) and cover HORIZONTAL_SHARE of the page width is a streak. Underlines, rules between paragraphs
  and a table's rows stay inside the text area and are kept.

Only the line's own pixels go: where a glyph meets the line (dark just beyond either side of it: a stroke
crossing, digits standing on it), its pixels are kept, so the glyph stays whole. The first look is cheap
(Pillow's averages of blocks of rows, the margin strips): a clean page costs about 1% of its OCR pass.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import numpy as np
    import numpy.typing as npt
    from PIL import Image

    Mask = npt.NDArray[np.bool_]

DARK_LEVEL = 128
VERTICAL_INCHES = 0.6  # a run of dark this tall is no glyph (the tallest, a bracket, is ~0.2 in)
DASH_INCHES = 0.1  # a horizontal run this long counts toward a streak row (wider than a glyph's bar)
HORIZONTAL_SHARE = 0.25  # a streak row's long runs cover this share of the width
EDGE_SHARE = 0.04  # the top and bottom strips a vertical streak reaches into (0.44 in of a letter page)
MARGIN_SHARE = 0.06  # as ocr_cleanup: the left and right strips where a letter prints nothing
TOLERANCE = 1  # a line may drift a pixel sideways (a slightly tilted fax): runs are measured a pixel wide
BLOCK = 8  # rows per block of the first, coarse look for vertical lines
MAX_THICKNESS_INCHES = 0.025  # thicker than this is a bar of ink, not a streak (5 px at 200 dpi)


@dataclass(frozen=True)
class FoundLines:
    """How many lines the page showed and how many of its pixels were taken off."""

    vertical: int
    horizontal: int
    removed_pixels: int

    @property
    def any(self) -> bool:
        return bool(self.vertical or self.horizontal)


def without_lines(image: Image.Image, *, dpi: float) -> tuple[Image.Image, FoundLines]:
    """The page with its long straight lines removed (glyph strokes across them kept), and what was found;
    the page itself when it has none."""
    import numpy as np
    from PIL import Image as PILImage

    grey = image if image.mode == "L" else image.convert("L")
    streak = _may_have_horizontal_streak(grey, dpi)
    columns, runs = _vertical_runs(grey, _line_columns(grey, dpi), dpi)
    if columns.size == 0 and not streak:
        return image, FoundLines(0, 0, 0)
    pixels = np.asarray(grey)
    dark = pixels < DARK_LEVEL
    vertical = np.zeros_like(dark)
    vertical[:, columns] = runs
    horizontal = _horizontal_streak_rows(dark, dpi) if streak else np.zeros_like(dark)
    found = FoundLines(_count_lines(vertical, axis=0), _count_lines(horizontal, axis=1), 0)
    if not found.any:
        return image, found
    remove = (_line_pixels(dark, vertical, axis=1, dpi=dpi)
              | _line_pixels(dark, horizontal, axis=0, dpi=dpi))
    # The line's grey fringe (a scan's blur, a resampled fax) goes with it: a ghost line must not stay.
    fringe = (_widened(_widened(remove, axis=0), axis=1)) & ~dark
    cleaned = pixels.copy()
    cleaned[remove | fringe] = 255
    return PILImage.fromarray(cleaned, mode="L"), FoundLines(found.vertical, found.horizontal,
                                                             int(remove.sum()))


def _line_columns(grey: Image.Image, dpi: float) -> npt.NDArray[np.intp]:
    """The columns that may hold a vertical line: the cheap first look, on blocks of BLOCK rows (Pillow
    averages them). A line's column is dark block after block (a block where it steps a pixel sideways
    is bridged); text never is for long."""
    import numpy as np

    blocks = np.asarray(grey.reduce((1, BLOCK))) < DARK_LEVEL
    blocks = _widened(blocks, axis=1)
    blocks[1:-1] |= blocks[:-2] & blocks[2:]
    length = max(2, round(VERTICAL_INCHES * dpi)) // BLOCK - 2
    enough = np.flatnonzero(blocks.sum(axis=0) >= length)  # a run needs that many dark blocks in all
    return enough[(_run_lengths(blocks[:, enough]) >= length).any(axis=0)]


def _vertical_runs(grey: Image.Image, columns: npt.NDArray[np.intp],
                   dpi: float) -> tuple[npt.NDArray[np.intp], Mask]:
    """Of the first look's `columns`, those holding a vertical run of dark at least VERTICAL_INCHES long
    (a pixel of sideways drift allowed), and their dark pixels in such runs (one mask column each). Only
    the strip of the page around the columns is read."""
    import numpy as np

    width, height = grey.size
    if columns.size == 0:
        return columns, np.zeros((height, 0), dtype=bool)
    left = max(0, int(columns.min()) - TOLERANCE)
    strip = np.asarray(grey.crop((left, 0, min(width, int(columns.max()) + TOLERANCE + 1), height)))
    local = columns - left
    length = max(2, round(VERTICAL_INCHES * dpi))
    around = np.clip(local[:, None] + np.arange(-TOLERANCE, TOLERANCE + 1)[None, :], 0, strip.shape[1] - 1)
    widened = np.asarray((strip[:, around] < DARK_LEVEL).any(axis=2))  # each column with its neighbours
    runs = (strip[:, local] < DARK_LEVEL) & (_run_lengths(widened) >= length)
    # A streak runs into the top or bottom strip, where a letter prints nothing; a ruled table's rules stop
    # at the table, and Tesseract finds a table's grid itself (with its verticals taken off, the cells of
    # apart 9014 0028 read with lower confidence and went to review).
    edge = max(1, int(height * EDGE_SHARE))
    holding = runs.any(axis=0) & (runs[:edge].any(axis=0) | runs[height - edge:].any(axis=0))
    return columns[holding], np.asarray(runs[:, holding])


def _widened(dark: Mask, *, axis: int) -> Mask:
    """The mask dilated by TOLERANCE pixels along `axis`: a line drifting sideways stays one run."""
    widened = dark.copy()
    for shift in range(1, TOLERANCE + 1):
        if axis == 1:
            widened[:, shift:] |= dark[:, :-shift]
            widened[:, :-shift] |= dark[:, shift:]
        else:
            widened[shift:] |= dark[:-shift]
            widened[:-shift] |= dark[shift:]
    return widened


def _run_lengths(mask: Mask) -> npt.NDArray[np.int32]:
    """For each True pixel, the length of the vertical run of True it belongs to (0 elsewhere)."""
    import numpy as np

    down = _run_so_far(mask)
    up = _run_so_far(mask[::-1])[::-1]
    return np.where(mask, down + up - 1, 0).astype(np.int32)


def _run_so_far(mask: Mask) -> npt.NDArray[np.int32]:
    """For each pixel, how many True pixels end at it going down (0 where it is False)."""
    import numpy as np

    count = np.cumsum(mask, axis=0, dtype=np.int32)
    reset = np.maximum.accumulate(np.where(mask, 0, count), axis=0)
    return np.asarray(count - reset, dtype=np.int32)


def _may_have_horizontal_streak(grey: Image.Image, dpi: float) -> bool:
    """A streak across the page leaves dark rows in a margin strip, where the letter prints nothing."""
    import numpy as np

    width, height = grey.size
    margin = max(1, int(width * MARGIN_SHARE))
    dash = max(2, round(DASH_INCHES * dpi))
    for box in ((0, 0, margin, height), (width - margin, 0, width, height)):
        strip = np.asarray(grey.crop(box)) < DARK_LEVEL
        if bool((strip.sum(axis=1) >= min(dash, margin)).any()):
            return True
    return False


def _horizontal_streak_rows(dark: Mask, dpi: float) -> Mask:
    """The dark pixels of rows that are streaks: long runs reaching a margin and covering a share of the
    width. Returned as a mask of the page; only those rows' long runs are in it."""
    import numpy as np

    width = dark.shape[1]
    margin = max(1, int(width * MARGIN_SHARE))
    dash = max(2, round(DASH_INCHES * dpi))
    widened = _widened(dark, axis=0)  # a row drifting by a pixel still makes long runs
    candidates = np.flatnonzero(widened.sum(axis=1) >= width * HORIZONTAL_SHARE)
    result = np.zeros_like(dark)
    if candidates.size == 0:
        return result
    long_runs = np.asarray(dash <= _run_lengths(widened[candidates].T).T)
    covered = long_runs.sum(axis=1)
    in_margin = long_runs[:, :margin].any(axis=1) | long_runs[:, width - margin:].any(axis=1)
    streaks = (covered >= width * HORIZONTAL_SHARE) & in_margin
    result[candidates[streaks]] = dark[candidates[streaks]] & long_runs[streaks]
    return result


def _line_pixels(dark: Mask, line: Mask, *, axis: int, dpi: float) -> Mask:
    """The pixels of `line` to take off: all but those where a glyph meets it (ink just beyond either side
    of the line). `axis` is the direction across the line (1: a vertical line, its sides left
    and right; 0: a horizontal one). Only the columns (rows) near a line are looked at."""
    import numpy as np

    if not line.any():
        return line
    reach = max(1, round(MAX_THICKNESS_INCHES * dpi))
    if axis == 1:
        return _line_pixels(dark.T, line.T, axis=0, dpi=dpi).T
    near = np.flatnonzero(line.any(axis=1))
    near = np.unique(np.clip(np.concatenate([near + k for k in range(-reach - 1, reach + 2)]),
                             0, line.shape[0] - 1))
    band, ink = np.asarray(line[near]), np.asarray(dark[near] & ~line[near])
    # Across the line (down the band's rows): where the line's run above and below a pixel ends.
    above = np.arange(band.shape[0])[:, None] - _run_so_far(band)  # first row above the run
    below = np.arange(band.shape[0])[:, None] + _run_so_far(band[::-1])[::-1]  # first row below
    rows = band.shape[0]
    thin = (below - above - 1) <= reach  # a thicker run is a bar of ink, not this line
    ink_above = np.take_along_axis(ink, np.clip(above, 0, rows - 1), axis=0) & (above >= 0)
    ink_below = np.take_along_axis(ink, np.clip(below, 0, rows - 1), axis=0) & (below < rows)
    # Rows of `near` that are not neighbours in the page have no pixel between them: not crossings.
    adjacent_above = _neighbouring(near, np.clip(above, 0, rows - 1), +1)
    adjacent_below = _neighbouring(near, np.clip(below, 0, rows - 1), -1)
    # A glyph on either side (a stroke crossing, or letters sitting on the line) keeps the pixels: taking
    # them off would cut the glyph's edge where it runs along the line (digits standing on a dash line).
    touched = (ink_above & adjacent_above) | (ink_below & adjacent_below)
    remove = np.zeros_like(line)
    remove[near] = band & thin & ~touched
    return remove


def _neighbouring(near: npt.NDArray[np.intp], index: npt.NDArray[np.intp], step: int) -> Mask:
    """Whether band row `index` and the one `step` from it are neighbouring rows of the page too (the band
    holds only rows near a line, so its rows can jump)."""
    import numpy as np

    other = np.clip(index + step, 0, near.size - 1)
    return np.asarray(np.abs(near[other] - near[index]) <= 1)


def _count_lines(mask: Mask, *, axis: int) -> int:
    """Separate lines in the mask: groups of neighbouring columns (axis 0) or rows (axis 1) holding any."""
    import numpy as np

    holding = np.asarray(mask.any(axis=axis))
    if not holding.any():
        return 0
    starts = np.flatnonzero(holding[1:] & ~holding[:-1])
    return int(starts.size + (1 if holding[0] else 0))
