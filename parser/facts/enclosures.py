"""Pages sent with the letter that are not the letter: a copy of the Form 12153, a Notice of Federal Tax Lien,
a page of Publication 594, an "Attachment 1". Their alternatives, dates and revision marks are not the
letter's: the Form 12153's checkbox list ("[ ] Installment Agreement [ ] Offer in Compromise") is what the
form offers the taxpayer, not what Appeals considered.

The letter's own pages carry its footer ("Letter 4390 (Rev. 11-2019)", read as letter_type.FOOTER reads it);
an enclosure carries its own form's ("Form 12153 (Rev. 12-2020)", "Publication 594 (Rev. 5-2023)"). Some
offices print the letter's footer and page count on every page sent, enclosures too, so a page is also an
enclosure by what it is whatever its footer says: another form's or publication's title at its head, an
"Attachment 1" or "Enclosure" heading, or a form's checkbox list. A page where Appeals says what it decided
(a "Summary of Determination", a Form 886-A's "we determined ...") is the letter's whatever form it is on.
Enclosures are only looked for after a page that shows the letter (its footer or its salutation): without
one, nothing says where the letter ends, and every page is read as the letter's, as before. Of an enclosure,
the letter's own footer at its foot is kept: a scan may read the letter's number whole only there.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from parser.facts.letter_type import FOOTER, FOOTER_TAIL_CHARS
from parser.reading.lines import PageText

# Pages that say they belong to the letter whatever form they are printed on: "Attachment to Letter 4390",
# "Letter 4390 Attachment", a "Summary of Determination and Discussion" on a Form 886-A.
LETTER_ATTACHMENT = re.compile(
    r"\battachment to letter\b|\bletter\s?[0-9]{3,4}\s?attachment\b|"
    r"\bsummary (?:of (?:the )?determination|and recommendation)\b",
    re.IGNORECASE,
)
# Appeals saying what it decided or weighed: a page in its voice is the letter's (a Form 886-A "Explanation
# of Items" holds the determination's reasons). A taxpayer's form or an IRS publication does not speak so.
APPEALS_VOICE = re.compile(
    r"\b(?:we|appeals|the settlement officer)\s(?:have\s|has\s)?(?:determined|decided|considered|reviewed|"
    r"reached|sustained|verified)\b",
    re.IGNORECASE,
)
# The letter's own first page: its salutation ("Dear Harold A Iwu:").
SALUTATION = re.compile(r"(?:^|\s)dear\s[^\n:]{2,60}:", re.IGNORECASE)
# "Form 12153 (Rev. 12-2020)", "Form 668(Y)(c) (Rev. 2-2004)", "Publication 594 (Rev. 5-2023)", "Pub. 1660".
ENCLOSURE_MARK = re.compile(
    r"\b(?:form|publication|pub\.?|notice)\s?[0-9]{2,5}(?:-?[a-z])?(?:\s?\([a-z0-9]{1,3}\))*\s?\(\s?rev\b",
    re.IGNORECASE,
)
# What opens an enclosure's page: another form's or publication's number ("Form 12153 Request for a
# Collection Due Process...", "Publication 594"), or an attachment's heading ("Attachment 1", "ENCLOSURE",
# "Exhibit A"); not the letter's own list of them ("Enclosures: Copy of Form 12153").
ENCLOSURE_HEADING = re.compile(
    r"^\W{0,3}(?:(?:form|publication|pub\.?)\s?[0-9]{2,5}(?:-?[a-z])?\b|"
    r"(?:attachment|enclosure|exhibit)s?\b(?:\s(?:no\.?\s?)?(?:[0-9]{1,2}|[a-z])\b)?(?!\s?:))",
    re.IGNORECASE,
)
# A page's head: its first words, where a form prints its number and title.
HEAD_WORDS = 16
# A fax machine's line printed above a faxed page ("jun 27 2024 11:12 from: 913 555 0142 to: clinic intake
# p.002/002"): the page's head is what follows it.
FAX_LINE = re.compile(
    r"^[^\n]*\b[0-9o]{1,2}:[0-9o]{2}\b[^\n]*(?:\bfrom\b|\bp[.,]{0,2}\s?[0-9o]{3}\s?/\s?[0-9o]{3}\b)[^\n]*\n",
    re.IGNORECASE,
)
# A form's checkbox: "[ ]", "[X]", "☐", "☒", "□".
CHECKBOX = re.compile(r"\[\s?[x✓✔]?\s?\]|[☐☑☒□▢]", re.IGNORECASE)
# A page with this many checkboxes, not in Appeals' voice, is a form's (a request's list of alternatives).
FORM_BOXES = 3


def enclosure_pages(texts: Sequence[PageText]) -> frozenset[int]:
    """The numbers of the pages that are enclosures, not the letter."""
    enclosures: set[int] = set()
    letter_seen = False
    for page in texts:
        own = LETTER_ATTACHMENT.search(page.text) or APPEALS_VOICE.search(page.text)
        footer = FOOTER.search(page.text)
        if letter_seen and not own and (
                is_enclosure_by_kind(page) or (not footer and ENCLOSURE_MARK.search(page.text))):
            enclosures.add(page.page)
        elif footer or SALUTATION.search(page.text) or LETTER_ATTACHMENT.search(page.text):
            letter_seen = True
    return frozenset(enclosures)


def is_enclosure_by_kind(page: PageText) -> bool:
    """Whether the page is another form's or publication's, or an attachment, whatever its footer says: its
    head carries a form's mark or an attachment's heading, or it holds a form's checkbox list."""
    fax_line = FAX_LINE.match(page.text)
    head = " ".join(page.text[fax_line.end() if fax_line else 0:].split()[:HEAD_WORDS])
    return bool(ENCLOSURE_MARK.search(head) or ENCLOSURE_HEADING.search(head)
                or len(CHECKBOX.findall(page.text)) >= FORM_BOXES)


def letter_pages(texts: Sequence[PageText]) -> tuple[PageText, ...]:
    """The pages that are the letter's own: every page but the enclosures, of which only the letter's own
    footer is kept where it is printed on them (it may be the only one a scan reads whole)."""
    enclosures = enclosure_pages(texts)
    kept: list[PageText] = []
    for page in texts:
        footer = letter_footer(page) if page.page in enclosures else page
        if footer is not None:
            kept.append(footer)
    return tuple(kept)


def letter_footer(page: PageText) -> PageText | None:
    """The letter's footer at the page's foot ("Letter 4390 (Rev. 11-2019) Page 3 of 3"), alone."""
    footers = list(FOOTER.finditer(page.text))
    if not footers or len(page.text) - footers[-1].end() > FOOTER_TAIL_CHARS:
        return None
    start = footers[-1].start()
    return PageText(page.page, page.text[start:],
                    tuple((s - start, e - start, word) for s, e, word in page.spans if s >= start))
