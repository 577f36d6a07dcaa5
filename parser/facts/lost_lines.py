"""Header lines the page's OCR lost: a line of the labels' column that no label or value accounts for.

A fax's streak or a stamp across the contact block can turn a whole line ("Telephone: 1-281-877-3803")
into garble ("enepnones | eeererr one"), so neither its label nor its value is found and the field goes
missing without a trace. Such a line still stands where the labels stand, between or just under lines that
did read. When a contact value is missing, that band of the column is read again on its own; what it gives
is kept flagged for review.
"""

from __future__ import annotations

from collections.abc import Sequence

from parser.core.model import Box
from parser.core.notes import note
from parser.facts.fields import READERS, ValueWords
from parser.facts.header import PageLayout, ValueSpot
from parser.facts.labels import LabelMatch
from parser.facts.stamp_column import LEFT_PAD, RIGHT_COLUMN_SHARE

# The fields whose lines make up the contact block (the ones read again when missing).
CONTACT_FIELDS: tuple[str, ...] = ("contact_name", "contact_employee_id", "contact_phone", "contact_fax")
# A line starts in the labels' column when its left edge is within this many line heights of theirs.
COLUMN_REACH_LINES = 1.5
# The band read again reaches this many line heights above and under the lost lines.
BAND_REACH_LINES = 1.2
# Lost lines are looked for down to this many line heights under the column's last label.
UNDER_LAST_LABEL_LINES = 2.5
REREAD_REASON = note("scan.lost_line")


def lost_band(layout: PageLayout, labels: Sequence[LabelMatch], spots: Sequence[ValueSpot]) -> Box | None:
    """Where page 1's labels' column holds lines that no label or value accounts for, on an OCR'd page."""
    page = layout.page
    if page.method != "ocr" or not layout.first:
        return None
    column = [label for label in labels if layout.zone_of(label.box.top) == "header"
              and label.box.x0 > page.width * RIGHT_COLUMN_SHARE]
    if len(column) < 2:
        return None
    lefts = sorted(label.box.x0 for label in column)
    left = lefts[len(lefts) // 2]
    height = sorted(label.box.height for label in column)[len(column) // 2]
    top = min(label.box.top for label in column)
    bottom = max(label.box.bottom for label in column) + UNDER_LAST_LABEL_LINES * height
    claimed = {id(w) for label in labels for w in label.words}
    # A spot's words count as accounted for only when they read as its field's value: garble beside a
    # label ("Name of contact:" level with a streaked line) is still a lost line.
    claimed |= {id(w) for spot in spots if _reads(spot)
                for w in (*spot.words, *(w for line in spot.following for w in line))}
    lost: list[Box] = []
    for line in layout.header_lines():
        if not top <= line.box.top <= bottom:
            continue
        for segment in line.segments:
            in_column = segment.box.x0 - COLUMN_REACH_LINES * height <= left < segment.box.x1
            if in_column and not any(id(w) in claimed for w in segment.words):
                lost.append(segment.box)
    if not lost:
        return None
    reach = BAND_REACH_LINES * height
    return Box(max(0.0, left - LEFT_PAD), max(0.0, min(b.top for b in lost) - reach), page.width,
               min(page.height, max(b.bottom for b in lost) + reach))


def _reads(spot: ValueSpot) -> bool:
    reader = READERS.get(spot.label.field)
    return reader is None or reader(ValueWords.of(spot)) is not None
