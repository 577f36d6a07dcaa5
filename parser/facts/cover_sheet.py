"""A fax cover sheet sent ahead of the letter: its date, phone and names are the sender's, not the letter's.

Clinics and clients fax letters on with a cover page ("FAX COVER SHEET", "To:", "From:", "Pages: 3"). When
the first page is one, the letter's own first page (its header) is the next one.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from parser.reading.lines import Line

COVER_TITLE = re.compile(
    r"\b(?:fax|facsimile|telefax|telecopy|telecopier)\s+(?:cover|transmittal|transmission)\b|"
    r"\bcover\s+(?:sheet|page)\b|\btransmittal\s+sheet\b",
    re.IGNORECASE,
)
# What only a letter's own first page holds: its salutation, or a letter number in its footer.
LETTER_SIGNS = re.compile(r"^(?:dear|to whom)\b|\bletter\s?(?:no\.?\s?)?[0-9]{3,4}\s?\(\s?rev", re.IGNORECASE)
# The cover title stands in the page's top part, within this many lines.
TITLE_LINES = 12
# The boxes of a cover form: a page titled only "FAX" is a cover sheet when it has all three.
COVER_BOXES: dict[str, re.Pattern[str]] = {
    "to": re.compile(r"^to\s?:", re.IGNORECASE),
    "from": re.compile(r"^from\s?:", re.IGNORECASE),
    "pages": re.compile(r"^(?:pages?|no\.? of pages|number of pages|total pages)\s?:", re.IGNORECASE),
}


def is_cover_sheet(lines: Sequence[Line]) -> bool:
    """Whether a page is a fax cover sheet: a cover title near its top, or the To, From and Pages boxes of
    a cover form, and nothing of a letter's own."""
    segments = [segment.text.strip() for line in lines for segment in line.segments]
    boxes = {name for name, box in COVER_BOXES.items() for text in segments if box.match(text)}
    titled = any(COVER_TITLE.search(line.text) for line in lines[:TITLE_LINES])
    if not titled and boxes != set(COVER_BOXES):
        return False
    return not any(LETTER_SIGNS.search(text) for text in segments)
