"""Header lines the page's OCR lost: a line of the labels' column that no label or value accounts for.

A fax's streak or a stamp across the contact block can turn a whole line ("Telephone: 1-281-877-3803")
into garble ("enepnones | eeererr one"), so neither its label nor its value is found and the field goes
missing without a trace. Such a line still stands where the labels stand, between or just under lines that
did read. When a contact value is missing, that band of the column is read again on its own; what it gives
is kept flagged for review.
"""

from __future__ import annotations

from collections.abc import Sequence

from parser.core.model import Box, Word
from parser.core.notes import note
from parser.facts import coverage
from parser.facts.fields import READERS, FieldValue, Reading, ValueWords
from parser.facts.header import PageLayout, ValueSpot
from parser.facts.labels import LABELS, LabelMatch, canonical, damaged_short_label, find_labels
from parser.facts.stamp_column import LEFT_PAD, RIGHT_COLUMN_SHARE
from parser.reading.lines import Segment

# The fields whose lines make up the contact block (the ones read again when missing).
CONTACT_FIELDS: tuple[str, ...] = ("contact_name", "contact_employee_id", "contact_phone", "contact_fax")
# A line starts in the labels' column when its left edge is within this many line heights of theirs.
COLUMN_REACH_LINES = 1.5
# The band read again reaches this many line heights above and under the lost lines.
BAND_REACH_LINES = 1.2
# Lost lines are looked for down to this many line heights under the column's last label.
UNDER_LAST_LABEL_LINES = 2.5
REREAD_REASON = note("scan.lost_line")
# A fax label stands on the number's line or the line just above or under it: centres this many heights of
# the number apart at most (digits are boxed shorter than a line of letters).
FAX_LABEL_REACH_LINES = 2.0
FAX_SPELLINGS = frozenset(canonical(variant) for variant in LABELS["contact_fax"])


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
    # label ("Name of contact:" level with a streaked line) is still a lost line. Of the lines under a
    # spot, only those its value took (a wrapped name, hours) are: a streaked fax line under a phone that
    # reads on one line is lost, not the phone's.
    # A label whose value reads beside it has no value under it as well: the line under it, taken as its
    # value too ("Name of taxpayer: RAJESH BRANNIGAN" over "Tesclec 060", the form's line garbled on a
    # photo: apart 9031 0096), is no line its value accounts for.
    read_beside = {id(spot.label) for spot in spots if not spot.below and _accounted(spot)}
    claimed |= {id(w) for spot in spots if not (spot.below and id(spot.label) in read_beside)
                for w in _accounted(spot)}
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


def _accounted(spot: ValueSpot) -> tuple[Word, ...]:
    """The words a spot's value accounts for: its own words and the following words its reading took, when
    they read as its field's value; none when they do not."""
    reader = READERS.get(spot.label.field)
    if reader is None:
        return (*spot.words, *(w for line in spot.following for w in line))
    reading = reader(ValueWords.of(spot))
    return () if reading is None else (*spot.words, *reading.words)


def fax_in_band(layout: PageLayout, spots: Sequence[ValueSpot], phone: FieldValue | None) -> Reading | None:
    """The fax number of a lost band read again when its label stays damaged there ("Fat" under
    "1-267-550-3995"): the one phone number no label claims, other than the contact's phone, with a fax
    label (or one misread by a letter) on its line or the line above or under it. None when no such
    number, or two different ones."""
    labels = find_labels(layout.lines)
    found: dict[FieldValue, Reading] = {}
    for segment in coverage.orphan_phone_numbers(layout, labels, spots):
        reading = READERS["contact_fax"](ValueWords(words=segment.words))
        if reading is not None and reading.value != phone and _fax_label_near(layout, segment):
            found[reading.value] = reading
    return next(iter(found.values())) if len(found) == 1 else None


def _fax_label_near(layout: PageLayout, segment: Segment) -> bool:
    centre = (segment.box.top + segment.box.bottom) / 2
    reach = FAX_LABEL_REACH_LINES * segment.height
    for line in layout.lines:
        if abs((line.box.top + line.box.bottom) / 2 - centre) > reach:
            continue
        for other in line.segments:
            head = other.text.split(":")[0].strip(" .,;-—_|")
            if canonical(head) in FAX_SPELLINGS or damaged_short_label(head, "contact_fax"):
                return True
            first = other.words[0].text.strip(" .,;:-—_|") if other.words else ""
            if canonical(first) in FAX_SPELLINGS or damaged_short_label(first, "contact_fax"):
                return True
    return False
