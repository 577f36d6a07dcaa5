"""A scan's digit values read once more, each as a line with the recogniser's rival characters, in one call.

Every reading of a fax can misread one digit alike: the page's and the value's strip's ("215" read "245",
apart 9056 0017; a date's "5" read "8", own 6350 0084). Read again enlarged to 300 dpi, as a line, the
same digits often come out right, and Tesseract's weights for the other characters it considered show
where a digit was nearly another one. Each value's strip is cut and enlarged alike; the strips are set side
by side on white paper as one line and read by a single Tesseract call (a call's start-up costs about as
much as reading a line), each glyph going back to the strip its box stands in.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from parser.core.model import Box, Fact
from parser.facts.page_crops import Cut, enlarged_crop

if TYPE_CHECKING:
    from PIL import Image

    from parser.reading.page_source import PageSource
    from parser.reading.tesseract import Glyph

READ_DPI = 300.0
# The strip around a value's box, in its line heights: room for a first or last digit the box cut.
PAD_ACROSS = 0.8
PAD_DOWN = 0.3
# Strips stand side by side on one line, this many of the tallest strip's heights apart, with this much
# paper above and below: read as one line (mode 7), each weighs its characters' rivals as it does alone.
# Stacked as a block of lines (mode 6), a photo's right "8" had a "6" at 0.62 of it (apart 9059 0012), where
# read alone it had none.
GAP_LINES = 2.0
MARGIN_PX = 24
ONE_LINE = 7  # Tesseract's page segmentation mode for one line of text
# A rival digit puts a digit in doubt when weighed nearly as much as the best (Tesseract's 0-100): a fax's
# "8" at 74 against its "5" at 72 (own 6350 0084). Rivals of a right digit on faxes and photos weigh 30-47
# against the best's 90 and more (apart 9052 0030, 0047, 0077): no doubt of the digit.
RIVAL_SHARE = 0.6
RIVAL_MIN = 20.0


def read(pages: PageSource, facts: Mapping[str, Fact[Any]]) -> dict[str, tuple[Glyph, ...]]:
    """Each fact's value (read by OCR) read again as a line, its glyphs in reading order, by field; a field
    whose strip cannot be cut, or reads as nothing, is left out. One Tesseract call for them all."""
    from PIL import Image as PILImage

    crops = {field: crop for field, fact in facts.items()
             if fact.evidence.method == "ocr" and (crop := _strip(pages, fact)) is not None}
    if not crops:
        return {}
    height = max(crop.height for crop in crops.values())
    gap = round(GAP_LINES * height)
    width = gap + sum(crop.width + gap for crop in crops.values())
    sheet = PILImage.new("L", (width, height + 2 * MARGIN_PX), 255)
    spans: dict[str, tuple[int, int]] = {}
    left = gap
    for field, crop in crops.items():
        sheet.paste(crop, (left, MARGIN_PX + (height - crop.height) // 2))
        spans[field] = (left, left + crop.width)
        left += crop.width + gap
    glyphs = pages.glyphs(sheet, dpi=READ_DPI, psm=ONE_LINE)
    found: dict[str, tuple[Glyph, ...]] = {}
    for field, (low, high) in spans.items():
        mine = [glyph for glyph in glyphs
                if glyph.box is not None and low <= (glyph.box.x0 + glyph.box.x1) / 2 < high]
        if mine:  # in their reading order: the recogniser's character boxes overlap and can misorder
            found[field] = tuple(mine)
    return found


def _strip(pages: PageSource, fact: Fact[Any]) -> Image.Image | None:
    page = pages.document.page(fact.evidence.page)
    image = pages.reading_image(fact.evidence.page)
    if page is None or image is None:
        return None
    box = fact.evidence.box
    across, down = PAD_ACROSS * box.height, PAD_DOWN * box.height
    strip = Box(max(0.0, box.x0 - across), max(0.0, box.top - down),
                min(page.width, box.x1 + across), min(page.height, box.bottom + down))
    return enlarged_crop(image, page.width, strip, Cut(READ_DPI))


def rivals(glyph: Glyph) -> set[str]:
    """The digits a glyph may be: the one read and each rival digit weighed nearly as much as the best."""
    best = max((weight for _, weight in glyph.choices), default=0.0)
    return {glyph.text} | {text for text, weight in glyph.choices if len(text) == 1 and text.isdigit()
                           and weight >= max(RIVAL_MIN, RIVAL_SHARE * best)}
