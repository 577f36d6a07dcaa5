"""Header values a receipt stamp took with it: the header column beside the stamp, read again on its own.

A clinic's "RECEIVED" stamp is often set in the left half of the header, level with a label and its value
in the right half. The page's OCR then reads the stamp and the label's line as one line, and the label or
its value comes out as garble ("RECEIVED JAN 30 2024 | ieee"). Read alone, without the stamp beside it,
the column's words come back. Values found this way are kept flagged for review.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from parser.core.model import Box
from parser.core.notes import note
from parser.facts import printed_last_day
from parser.facts.header import PageLayout, ValueSpot, value_spots
from parser.facts.labels import LabelMatch, find_labels
from parser.facts.verify import paper_white
from parser.reading.lines import group_lines, moved

if TYPE_CHECKING:
    from parser.reading.page_source import PageSource

STAMP_WORDS = re.compile(r"\b(?:received|rec'?d|recieved)\b", re.IGNORECASE)
# The column is read from a little left of its labels to the page's right edge, this many line heights
# above and under the stamp's line.
REACH_LINES = 2.5
LEFT_PAD = 6.0  # points
# Labels count as the right-hand column when they start past this share of the page width.
RIGHT_COLUMN_SHARE = 0.4
REREAD_REASON = note("scan.stamp")
BLOCK_PSM = 6  # a uniform block of text: the column's lines, one under another


def stamped_column(layout: PageLayout, labels: Sequence[LabelMatch]) -> Box | None:
    """Where page 1's header column stands level with a receipt stamp left of it, on an OCR'd page."""
    page = layout.page
    if page.method != "ocr" or not layout.first:
        return None
    lefts = sorted(label.box.x0 for label in labels if layout.zone_of(label.box.top) == "header"
                   and label.box.x0 > page.width * RIGHT_COLUMN_SHARE)
    if not lefts:
        return None
    column = lefts[len(lefts) // 2]
    for line in layout.header_lines():
        if any(STAMP_WORDS.search(s.text) and s.box.x0 < column for s in line.segments):
            reach = REACH_LINES * line.height
            return Box(max(0.0, column - LEFT_PAD), max(0.0, line.box.top - reach), page.width,
                       min(page.height, line.box.bottom + reach))
    return None


def reread(pages: PageSource, number: int, region: Box, *, psm: int | None = None) -> PageLayout | None:
    """The region of page `number` read again on its own, as a layout whose lines are all header; `psm` sets
    Tesseract's page segmentation (its automatic layout analysis by default)."""
    page = pages.document.page(number)
    image = pages.reading_image(number)
    if page is None or image is None or page.width <= 0:
        return None
    scale = image.width / page.width
    crop = image.crop((round(region.x0 * scale), round(region.top * scale), round(region.x1 * scale),
                            round(region.bottom * scale)))
    if crop.width < 8 or crop.height < 8:
        return None
    words = pages.ocr(paper_white(crop), dpi=scale * 72.0, page=page.number, psm=psm)
    placed = tuple(moved(word, region.x0, region.top) for word in words)
    lines = group_lines(placed)
    return PageLayout(page=dataclasses.replace(page, words=placed), lines=lines, header_bottom=page.height,
                      first=True)


def spots_in(layout: PageLayout) -> tuple[ValueSpot, ...]:
    """The values a region read again shows beside or under their labels, the printed last day's too (its
    label may wrap)."""
    labels = find_labels(layout.lines)
    return value_spots(layout, labels) + printed_last_day.last_day_findings(layout, labels).spots
