"""A line of the header's labels' column that the page's OCR gave no word for at all.

Tesseract now and then drops a whole clean line of a scan ("Facsimile: 913 275 7709" under the phone's
line, apart seed 9019 0010): no label, no value, no garble, so lost_lines.py, which looks for lines whose
words no label accounts for, sees nothing, and the fax goes missing unflagged. The ink is still on the
page. Here the column under and between the labels is measured on the reading image: a band of rows with
a line's height and a line's width of ink where no word was read is such a line. It is read again alone
(as a lost band is); a contact value still not found there is flagged missing, since the letter may print
it on that line.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from parser.core.model import Box
from parser.facts.header import PageLayout
from parser.facts.labels import LabelMatch
from parser.facts.page_crops import index_runs
from parser.facts.stamp_column import LEFT_PAD, RIGHT_COLUMN_SHARE

if TYPE_CHECKING:
    from PIL import Image

# Lines are looked for down to this many line heights under the column's last label read, within the
# header: two more rows of a label stacked over its value ("Fax:" / "(385) 694-9880" under the phone's
# pair, both lost by a photo's OCR: apart 9043 0048, a fax missing unflagged).
UNDER_LAST_LABEL_LINES = 6.0
DARK = 128  # a pixel this dark or darker is ink (0-255 grey)
# A row holds a line's ink when this share of the column's width is dark in it: a speck or a fax's grain
# darkens a few pixels of a row, a line of print many.
ROW_INK_SHARE = 0.01
MIN_ROW_PIXELS = 3
# A band of inked rows is a line of print when it is at least this share of a label's height tall (a rule
# or a streak is thinner) and its ink spans at least this many line heights across (a speck is narrower).
MIN_HEIGHT_SHARE = 0.5
MIN_WIDTH_LINES = 4.0
# A shorter line ("TIN:", "1040": at least this many line heights across) counts only this many line heights
# (top to top) from a line of that width.
MIN_SHORT_LINES = 1.5
SHORT_LINE_REACH = 2.0
# A band overlapping a read word's rows this much (share of the band's height) was read.
READ_OVERLAP = 0.3
TALL_WORD_LINES = 2.0  # a word's box taller than this many label heights spans lines: no line's reading
# Under those lines, lost lines are looked for as far as the column's lines go on without a gap of more
# than this many line heights, to the header's end.
CHAIN_GAP_LINES = 2.5
BAND_PAD_LINES = 0.5  # the band read again reaches this much above and under the wordless line


def wordless_band(layout: PageLayout, labels: Sequence[LabelMatch], image: Image.Image) -> Box | None:
    """Where page 1's labels' column holds lines of ink no word was read for (points: from the first such
    line to the last), on an OCR'd page; None when there is none."""
    page = layout.page
    if page.method != "ocr" or not layout.first or page.width <= 0:
        return None
    column = [label for label in labels if layout.zone_of(label.box.top) == "header"
              and label.box.x0 > page.width * RIGHT_COLUMN_SHARE]
    if len(column) < 2:
        return None
    left = sorted(label.box.x0 for label in column)[len(column) // 2] - LEFT_PAD
    height = sorted(label.box.height for label in column)[len(column) // 2]
    top = min(label.box.top for label in column)
    last = max(label.box.bottom for label in column)
    reach = min(page.height, max(layout.header_bottom, last))
    bottom = min(reach, last + UNDER_LAST_LABEL_LINES * height)
    # A word boxed over several lines' height is garble (a stamp's edge read "|i" over two lost lines, apart
    # 9044 0012): it reads none of them.
    read = [(w.box.top, w.box.bottom) for w in page.words
            if w.box.x1 > left and top - height <= w.box.top <= reach + height
            and w.box.bottom - w.box.top <= TALL_WORD_LINES * height]
    unread: list[tuple[float, float, bool]] = []  # (top, bottom, a line's width)
    for band_top, band_bottom, width in _column_run(
            ink_bands(image, page.width, Box(left, top, page.width, reach)), bottom, height):
        overlap = max((min(b, band_bottom) - max(t, band_top) for t, b in read), default=0.0)
        if overlap < READ_OVERLAP * (band_bottom - band_top):
            unread.append((band_top, band_bottom, width >= MIN_WIDTH_LINES * height))
    # A short line ("TIN:", "1040") is lost only beside a line of a line's width that is: a label stacked
    # over its value. Every lost line is read at once (a photo lost "TIN:", its value, the form's label and
    # its value, apart 9032 0096), from the first to the last; lines between that did read give nothing new.
    lost = [band for band in unread if band[2] or any(
        other[2] and abs(other[0] - band[0]) <= SHORT_LINE_REACH * height for other in unread)]
    if not lost:
        return None
    pad = BAND_PAD_LINES * height
    return Box(left, max(0.0, lost[0][0] - pad), page.width, min(page.height, lost[-1][1] + pad))


def _column_run(bands: Sequence[tuple[float, float, float]], bottom: float, height: float
                ) -> list[tuple[float, float, float]]:
    """The bands of a line's size down to `bottom`, and under it those the column's lines go on to, each
    within CHAIN_GAP_LINES of the one above: a photo's OCR lost four label-over-value pairs and the printed
    last day's block under "Refer reply to:", the column's last label read (apart 9073 0090)."""
    kept: list[tuple[float, float, float]] = []
    for band in bands:
        band_top, band_bottom, width = band
        if band_bottom - band_top < MIN_HEIGHT_SHARE * height or width < MIN_SHORT_LINES * height:
            continue
        if band_top > bottom and (not kept or band_top - kept[-1][1] > CHAIN_GAP_LINES * height):
            break
        kept.append(band)
    return kept


def ink_bands(image: Image.Image, page_width: float, region: Box) -> list[tuple[float, float, float]]:
    """The bands of rows of `region` (points) holding a line's ink, top to bottom: (top, bottom, width of
    the ink across), in points."""
    import numpy  # here, not at start-up: a digital letter never needs it

    scale = image.width / page_width
    crop = image.convert("L").crop((round(region.x0 * scale), round(region.top * scale),
                                    round(region.x1 * scale), round(region.bottom * scale)))
    width, rows = crop.size
    if width < 8 or rows < 4:
        return []
    ink = numpy.asarray(crop) <= DARK  # rows x columns
    least = max(MIN_ROW_PIXELS, round(ROW_INK_SHARE * width))
    bands: list[tuple[float, float, float]] = []
    for run in index_runs(numpy.flatnonzero(ink.sum(axis=1) >= least)):
        columns = numpy.flatnonzero(ink[run[0]:run[-1] + 1].any(axis=0))
        across = (columns[-1] - columns[0] + 1) / scale
        top, bottom = region.top + float(run[0]) / scale, region.top + float(run[-1] + 1) / scale
        bands.append((top, bottom, float(across)))
    return bands
