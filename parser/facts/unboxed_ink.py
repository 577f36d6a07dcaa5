"""Ink on a scanned line that no word's box covers: a letter or a word the page's OCR lost.

Tesseract now and then leaves a letter or words out of its reading while boxing their neighbours: an
initial put into the next word's text ("MEI P OKONKWO" read "MEI POKONKWO", the P outside every box: apart
seed 9021 0039), or words dropped from a sentence ("6015(b), (c) and (f). Your request" read "6015(b), (c)
Your request", own seed 6322 0055). Nothing in the words read says so; the page image does: a run of ink as
tall and wide as a letter, touching no word's box. A period, a comma or a speck is too small, and ink only
partly boxed is a word's own glyph under a box drawn too narrow.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from parser.core.model import Box, Evidence, Word
from parser.facts.page_crops import index_runs, ink_level
from parser.reading.lines import group_lines, union_box

if TYPE_CHECKING:
    from PIL import Image

    from parser.reading.page_source import PageSource

# A decision with such ink on its lines is checked: its reading may lack a word that changes it.
WORDS_LOST = "decision.words_unread"
# A word's box covers the ink this far past its edges (a fraction of the line's height): Tesseract boxes
# the ink it thresholded, and a lighter edge pixel may stand just outside.
BOX_PAD_LINES = 0.08
# Unboxed ink is a letter when it is this tall and this wide (fractions of the line's height): a period,
# a comma or a speck is shorter, a scratch thinner.
LETTER_HEIGHT_LINES = 0.6
LETTER_WIDTH_LINES = 0.2
# ... and fills at least this share of its box: a letter's strokes do (0.2 for a "(", 0.3-0.5 for most);
# a fax's upright streak crossing a rule's dash makes a box as large, nearly empty (0.1).
LETTER_FILL = 0.15


def lost_on_lines(evidence: Evidence, pages: PageSource) -> float | None:
    """Where (points from the page's left) a letter's worth of ink no word's box covers first stands on a
    line of an OCR'd passage (its evidence), or None; a text layer's passage is exact."""
    page = pages.document.page(evidence.page)
    image = pages.reading_image(evidence.page)
    if evidence.method != "ocr" or page is None or image is None:
        return None
    box = evidence.box
    inside = [w for w in page.words if box.x0 <= (w.box.x0 + w.box.x1) / 2 <= box.x1
              and box.top <= (w.box.top + w.box.bottom) / 2 <= box.bottom]
    for line in group_lines(inside) if inside else []:
        left = unboxed_letter(union_box(list(line.words)), page.words, image, page.width)
        if left is not None:
            return left
    return None


def unboxed_letter(line_box: Box, words: Sequence[Word], image: Image.Image,
                   page_width: float) -> float | None:
    """Where (points from the page's left) the first letter's worth of ink within a line's box (a name's,
    a decision's line) that touches no word's box on that line begins; None when there is none. Ink only
    partly boxed is that word's own glyph under a box Tesseract drew too narrow (a "K" boxed 1.4 points
    wide), not a lost one."""
    import numpy  # here, not at start-up: a digital letter never needs it

    if page_width <= 0 or line_box.height <= 0 or line_box.width <= 0:
        return None
    scale = image.width / page_width
    x0, top = round(line_box.x0 * scale), round(line_box.top * scale)
    crop = image.convert("L").crop((x0, top, round(line_box.x1 * scale), round(line_box.bottom * scale)))
    if crop.width < 2 or crop.height < 2:
        return None
    ink = numpy.asarray(crop) <= ink_level(crop)  # rows x columns; a dim photo's paper is grey, not white
    line = crop.height
    pad = BOX_PAD_LINES * line
    boxed = numpy.zeros(crop.width, dtype=bool)
    for word in words:
        middle = (word.box.top + word.box.bottom) / 2
        if line_box.top <= middle <= line_box.bottom:
            start = max(0, int(word.box.x0 * scale - x0 - pad))
            boxed[start:max(start, round(word.box.x1 * scale - x0 + pad + 0.5))] = True
    # Each run of inked columns: a glyph, or glyphs touching.
    for run in index_runs(numpy.flatnonzero(ink.any(axis=0))):
        if boxed[run[0]:run[-1] + 1].any():
            continue
        glyph = ink[:, run[0]:run[-1] + 1]
        rows = numpy.flatnonzero(glyph.any(axis=1))
        tall = rows[-1] - rows[0] + 1
        filled = float(glyph.sum()) / (tall * len(run))
        lettered = tall >= LETTER_HEIGHT_LINES * line and len(run) >= LETTER_WIDTH_LINES * line
        if lettered and filled >= LETTER_FILL:
            return line_box.x0 + float(run[0]) / scale
    return None
