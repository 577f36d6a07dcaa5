"""Whether a file is plainly a later page of a letter ("Page 2 of 3", no letterhead), so the person can be
told to send all the pages together instead of getting a reading of one page without its date.

Words in, `(page, of)` or None out. Used by the web (several photos of one letter) and the batch.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from parser.core.errors import InputError
from parser.core.model import Word
from parser.core.notes import note

# "Page 2 of 3", "Page 2 of 3 pages", "page 2/3", "Pg. 2 of 3", "Página 2 de 3" (OCR may drop the accent).
PAGE_OF_PATTERN = re.compile(
    r"\b(?:page|pg\.?|p[aá]gina)\s*(?P<page>\d{1,2})\s*(?:of|de|/)\s*(?P<of>\d{1,2})\b",
    re.IGNORECASE,
)
# What only a letter's first page carries: the sender block and the header labels. Any one of these on
# the page means it is (or includes) a first page, whatever its footer says.
LETTERHEAD_PHRASES: tuple[str, ...] = (
    "department of the treasury",
    "internal revenue service",
    "office of appeals",
    "person to contact",
    "taxpayer identification number",
    "employee id",
)


@dataclass(frozen=True)
class PageOf:
    page: int
    of: int


class LaterPageError(InputError):
    """The file starts with a later page of a letter: its first page (with the date) is missing."""

    def __init__(self, found: PageOf) -> None:
        super().__init__(note("error.later_page", page=found.page, of=found.of))
        self.found = found

    def __reduce__(self) -> tuple[type[LaterPageError], tuple[PageOf]]:
        return (LaterPageError, (self.found,))  # crosses from the web's worker process intact


def later_page_of(words: Iterable[Word]) -> PageOf | None:
    """`PageOf` when the words (one page's) say "Page N of M" with 2 <= N <= M and there is no letterhead."""
    text = " ".join(word.text for word in words)
    lowered = " ".join(text.lower().split())
    if any(phrase in lowered for phrase in LETTERHEAD_PHRASES):
        return None
    for match in PAGE_OF_PATTERN.finditer(text):
        page, of = int(match["page"]), int(match["of"])
        if 2 <= page <= of:
            return PageOf(page, of)
    return None


def check_not_a_later_page(first_page_words: Iterable[Word]) -> None:
    """Raise LaterPageError when the first page read is plainly a later page of a letter."""
    found = later_page_of(first_page_words)
    if found is not None:
        raise LaterPageError(found)
