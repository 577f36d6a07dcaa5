"""The taxpayer ID read again from a header row the page's OCR garbled whole, label and value.

On a photo or a stamped scan, the page's OCR can lose a ruled header row entire: "Taxpayer ID number:
***-**-4244" read as one word of garble in the value column ("SETESG" at confidence 0; apart 9046 0030, and
photos of most apart seeds), so no label is found and tin_rereading has no place to read again. Such a row
is a header line with a segment whose every word OCR read garbled, right of a column of labels. Its band
is cut from that column's left edge to the page's right margin and read as one line of text, as it is and
enlarged twice and three times. A reading that finds a taxpayer ID's label on it gives the value beside
the label; the mask may stay garbled there ("wee.e* 4244 |"), and then the four digits ending the value,
after no more than a mask's worth of marks, are its last four, masked as the label says. A value two
readings give and no other reading gives as often is taken, flagged; anything else gives nothing. It runs
only when no taxpayer ID was read at all.
"""

from __future__ import annotations

import dataclasses
import re
from collections import Counter
from collections.abc import Sequence
from typing import TYPE_CHECKING

from parser.core.model import Box, Evidence, Fact
from parser.core.notes import note
from parser.facts.field_facts import candidates_for
from parser.facts.fields import EMPLOYER_WORDS, LABEL_WORDS, PERSON_WORDS, FieldValue, Reading, joined
from parser.facts.header import PageLayout, ValueSpot, value_spots
from parser.facts.identifiers import MASK_LENGTH, MAX_MASK_DIGITS, masked_last_four
from parser.facts.labels import find_labels
from parser.facts.tin_rereading import REASON
from parser.reading.lines import Segment, group_lines, middle_band, moved, union_box

if TYPE_CHECKING:
    from parser.reading.page_source import PageSource

FIELD = "taxpayer_id"
FACTORS: tuple[int, ...] = (1, 2, 3)  # the band enlarged so, a reading each
ONE_LINE = 7  # Tesseract's page segmentation mode for a single line of text
AGREEING = 2
# The band reaches this far above and under the garbled segment's middle, and this far left of the labels'
# column, in the header labels' line heights (a garbled box may be stretched over a speck): no further, or
# the rows above and under put parts of their glyphs in the one line read.
HALF_BAND_LINES = 0.75
LEFT_PAD_LINES = 1.0
RIGHT_MARGIN = 18.0  # points left free at the page's right edge
CONFIDENCE = 0.5  # as any value read again: a person checks it
MAX_ROWS = 3
# The four digits ending a labelled value after a garbled mask: no more of it than a mask's characters, and
# nothing after the digits but a table's rule or a speck.
ROW_LAST_FOUR = re.compile(
    rf"^(?P<mask>.{{0,{MASK_LENGTH[1]}}}?)(?<![0-9])(?P<last>[0-9]{{4}})[\s|\]\[{{}}()!.,'_-]*$")


def reread(layout: PageLayout, garbled: Sequence[Segment], pages: PageSource) -> Fact[FieldValue] | None:
    """The taxpayer ID two readings of a garbled header row agree on, flagged; None when none do. The row is
    the segment's words' middle band (a garbled word's box may reach over the next line)."""
    labels = [label for label in find_labels(layout.lines) if layout.zone_of(label.box.top) == "header"]
    if not labels:
        return None
    columns = sorted({label.box.x0 for label in labels})
    height = sorted(label.box.height for label in labels)[len(labels) // 2]
    boxes = [middle_band([w.box for w in s.words], s.box.x0, s.box.x1) for s in garbled]
    rows = [(box, left) for box in boxes if (left := _column_left(columns, box)) is not None]
    for box, left in rows[:MAX_ROWS]:
        readings = [r for factor in FACTORS
                    if (r := _read_row(layout, pages, _band(layout, box, left, height), factor)) is not None]
        counted = Counter(str(r.value) for r in readings).most_common()
        if counted and counted[0][1] >= AGREEING and (len(counted) == 1 or counted[1][1] < counted[0][1]):
            agreeing = [r for r in readings if r.value == counted[0][0]]
            return _fact(counted[0][0], agreeing, layout.page.number)
    return None


def _column_left(columns: Sequence[float], box: Box) -> float | None:
    """The left edge of the labels' column the garbled segment stands in (a label garbled with its value:
    a stamp over both) or right of (its value column); None for a segment left of every column's labels."""
    left = [x for x in columns if x <= box.x0 + box.height]
    return max(left) if left else None


def _band(layout: PageLayout, box: Box, left: float, height: float) -> Box:
    """The garbled segment's row, from left of the labels' column to the page's right margin."""
    middle, page = (box.top + box.bottom) / 2, layout.page
    return Box(max(0.0, left - LEFT_PAD_LINES * height), max(0.0, middle - HALF_BAND_LINES * height),
               page.width - RIGHT_MARGIN, min(page.height, middle + HALF_BAND_LINES * height))


def _read_row(layout: PageLayout, pages: PageSource, band: Box, factor: int) -> Reading | None:
    page, image = layout.page, pages.reading_image(layout.page.number)
    if image is None or page.width <= 0:
        return None
    from PIL import Image as PILImage

    scale = image.width / page.width
    crop = image.crop((round(band.x0 * scale), round(band.top * scale), round(band.x1 * scale),
                       round(band.bottom * scale))).convert("L")
    if crop.width < 8 or crop.height < 4:
        return None
    enlarged = crop.resize((crop.width * factor, crop.height * factor), PILImage.Resampling.LANCZOS)
    words = pages.ocr(enlarged, dpi=scale * 72.0 * factor, page=page.number, psm=ONE_LINE)
    placed = tuple(moved(word, band.x0, band.top) for word in words)
    row = PageLayout(page=dataclasses.replace(page, words=placed), lines=group_lines(placed),
                     header_bottom=page.height, first=True)
    spots = [spot for spot in value_spots(row, find_labels(row.lines))
             if spot.label.field == FIELD and not spot.below]
    found = candidates_for(FIELD, spots)
    if found:
        return found[0].reading
    return next((reading for spot in spots if (reading := _last_four(spot)) is not None), None)


def _last_four(spot: ValueSpot) -> Reading | None:
    """The four digits ending the value beside a taxpayer ID's label after a garbled mask, masked as the
    label names the number; None where more than a mask stands before them, or a number."""
    text, spans = joined(spot.words)
    match = ROW_LAST_FOUR.match(text.strip())
    if match is None or sum(ch.isdigit() for ch in match["mask"]) > MAX_MASK_DIGITS:
        return None
    named = set(LABEL_WORDS.findall(spot.label.variant.lower()))
    employer = bool(named & EMPLOYER_WORDS) and not named & PERSON_WORDS
    value = masked_last_four(match["last"], employer=employer)
    words = tuple(word for _start, _end, word in spans if match["last"] in word.text) or spot.words
    return Reading(value=value, words=words, text=value, repaired=True)


def _fact(value: str, agreeing: Sequence[Reading], page: int) -> Fact[FieldValue]:
    words = [w for r in agreeing for w in r.words]
    scores = [w.confidence for w in words if w.confidence is not None]
    evidence = Evidence(page=page, box=union_box(words), text=value, method="ocr",
                        ocr_confidence=min(scores) if scores else None)
    return Fact(value=value, confidence=CONFIDENCE, evidence=evidence, needs_review=True,
                reasons=(note(REASON, n=len(agreeing)),))
