"""Pages sent with the letter that are not the letter: a copy of the Form 12153, a Notice of Federal Tax Lien,
a page of Publication 594. Their alternatives, dates and revision marks are not the letter's.

The letter's own pages carry its footer ("Letter 4390 (Rev. 11-2019)", read as letter_type.FOOTER reads
it); an enclosure carries its own form's ("Form 12153 (Rev. 12-2020)", "Publication 594 (Rev. 5-2023)"). A
page is an enclosure when it bears such a mark and not the letter's, after a page that bears the letter's:
without the letter's footer to go by, every page is read as the letter's, as before.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from parser.facts.letter_type import FOOTER
from parser.reading.lines import PageText

# Pages that say they belong to the letter whatever form they are printed on: "Attachment to Letter 4390",
# "Letter 4390 Attachment", a "Summary of Determination and Discussion" on a Form 886-A.
LETTER_ATTACHMENT = re.compile(
    r"\battachment to letter\b|\bletter\s?[0-9]{3,4}\s?attachment\b|"
    r"\bsummary (?:of (?:the )?determination|and recommendation)\b",
    re.IGNORECASE,
)
# "Form 12153 (Rev. 12-2020)", "Form 668(Y)(c) (Rev. 2-2004)", "Publication 594 (Rev. 5-2023)", "Pub. 1660".
ENCLOSURE_MARK = re.compile(
    r"\b(?:form|publication|pub\.?|notice)\s?[0-9]{2,5}(?:-?[a-z])?(?:\s?\([a-z0-9]{1,3}\))*\s?\(\s?rev\b",
    re.IGNORECASE,
)


def enclosure_pages(texts: Sequence[PageText]) -> frozenset[int]:
    """The numbers of the pages that are enclosures, not the letter."""
    enclosures: set[int] = set()
    letter_seen = False
    for page in texts:
        if FOOTER.search(page.text) or LETTER_ATTACHMENT.search(page.text):
            letter_seen = True
        elif letter_seen and ENCLOSURE_MARK.search(page.text):
            enclosures.add(page.page)
    return frozenset(enclosures)


def letter_pages(texts: Sequence[PageText]) -> tuple[PageText, ...]:
    """The pages that are the letter's own: every page but the enclosures."""
    enclosures = enclosure_pages(texts)
    return tuple(page for page in texts if page.page not in enclosures)
