"""A fax cover sheet sent ahead of the letter: its date, phone and names are the sender's, not the letter's.

Clinics and clients fax letters on with a cover page ("FAX COVER SHEET", "To:", "From:", "Pages: 3"). When
the first page is one, the letter's own first page (its header) is the next one.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from parser.lines import Line

COVER_TITLE = re.compile(
    r"\b(?:fax|facsimile|telefax|telecopy|telecopier)\s+(?:cover|transmittal|transmission)\b|"
    r"\bcover\s+(?:sheet|page)\b|\btransmittal\s+sheet\b",
    re.IGNORECASE,
)
# What only a letter's own first page holds: its salutation, or a letter number in its footer.
LETTER_SIGNS = re.compile(r"^(?:dear|to whom)\b|\bletter\s?(?:no\.?\s?)?[0-9]{3,4}\s?\(\s?rev", re.IGNORECASE)
# The cover title stands in the page's top part, within this many lines.
TITLE_LINES = 12


def is_cover_sheet(lines: Sequence[Line]) -> bool:
    """Whether a page is a fax cover sheet: a cover title near its top and nothing of a letter's own."""
    if not any(COVER_TITLE.search(line.text) for line in lines[:TITLE_LINES]):
        return False
    return not any(LETTER_SIGNS.search(segment.text) for line in lines for segment in line.segments)
