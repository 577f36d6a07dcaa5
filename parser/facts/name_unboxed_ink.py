"""A scanned name with a letter's ink between its words that no word's box covers: flagged.

Tesseract now and then puts a letter into its neighbour's text while boxing the neighbour alone: "MEI P
OKONKWO" was read "MEI POKONKWO" at confidence 91, the box of "POKONKWO" starting at the "O" (apart seed
9021 0039); or it drops an initial outright. When the lists know neither spelling, nothing in the words
says the reading lost a space or a letter. The page image does: a letter's ink stands between the name's
words where no word was boxed. Such a name is flagged, with where that ink begins, so that its strip is
read again (name_rereading.py). A speck or a period is too short to be a letter and is passed over. A text
layer is exact: a digital letter's name is never questioned here.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from parser.core.model import Box, Fact, Word
from parser.core.notes import note
from parser.facts import verify
from parser.facts.page_crops import ink_level

if TYPE_CHECKING:
    from PIL import Image

    from parser.reading.page_source import PageSource

UNBOXED_INK = "value.name_ink_unread"
# A word's box covers the ink this far past its edges (a fraction of the line's height): Tesseract boxes
# the ink it thresholded, and a lighter edge pixel may stand just outside.
BOX_PAD_LINES = 0.08
# Unboxed ink is a letter when it is this tall and this wide (fractions of the line's height): a period,
# a comma or a speck is shorter, a scratch thinner.
LETTER_HEIGHT_LINES = 0.6
LETTER_WIDTH_LINES = 0.2


def checked(fact: Fact[Any] | None, pages: PageSource) -> Fact[Any] | None:
    """The scanned name, flagged when a letter's ink stands among its words outside every word's box."""
    if fact is None or fact.evidence.method != "ocr" or not isinstance(fact.value, str):
        return fact
    page = next((p for p in pages.document.pages if p.number == fact.evidence.page), None)
    image = pages.reading_image(fact.evidence.page)
    if page is None or image is None or any(r.code == UNBOXED_INK for r in fact.reasons):
        return fact
    left = unboxed_letter(fact.evidence.box, page.words, image, page.width)
    return fact if left is None else verify.flagged(fact, note(UNBOXED_INK, left=round(left, 1)))


def unboxed_letter(name: Box, words: Sequence[Word], image: Image.Image, page_width: float) -> float | None:
    """Where (points from the page's left) the first letter's worth of ink within the name's box that
    touches no word's box on its line begins; None when there is none. Ink only partly boxed is that
    word's own glyph under a box Tesseract drew too narrow (a "K" boxed 1.4 points wide), not a lost one."""
    import numpy  # here, not at start-up: a digital letter never needs it

    if page_width <= 0 or name.height <= 0 or name.width <= 0:
        return None
    scale = image.width / page_width
    x0, top = round(name.x0 * scale), round(name.top * scale)
    crop = image.convert("L").crop((x0, top, round(name.x1 * scale), round(name.bottom * scale)))
    if crop.width < 2 or crop.height < 2:
        return None
    ink = numpy.asarray(crop) <= ink_level(crop)  # rows x columns; a dim photo's paper is grey, not white
    line = crop.height
    pad = BOX_PAD_LINES * line
    boxed = numpy.zeros(crop.width, dtype=bool)
    for word in words:
        middle = (word.box.top + word.box.bottom) / 2
        if name.top <= middle <= name.bottom:
            start = max(0, int(word.box.x0 * scale - x0 - pad))
            boxed[start:max(start, round(word.box.x1 * scale - x0 + pad + 0.5))] = True
    columns = numpy.flatnonzero(ink.any(axis=0))
    runs = numpy.split(columns, numpy.flatnonzero(numpy.diff(columns) > 1) + 1) if columns.size else []
    for run in runs:  # each run of inked columns: a glyph, or glyphs touching
        if boxed[run[0]:run[-1] + 1].any():
            continue
        rows = numpy.flatnonzero(ink[:, run[0]:run[-1] + 1].any(axis=1))
        tall = rows[-1] - rows[0] + 1
        if tall >= LETTER_HEIGHT_LINES * line and len(run) >= LETTER_WIDTH_LINES * line:
            return name.x0 + float(run[0]) / scale
    return None
