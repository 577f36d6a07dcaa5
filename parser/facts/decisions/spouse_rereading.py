"""A second reading of the innocent spouse paragraph when the scan's damage is the only reason to check it.

As for the collection part (collection_rereading): on faxes and low-resolution scans the innocent spouse
part is most often flagged because Tesseract scored its words low ("decision.hard_to_read": 18 of the 20
right but flagged parts of apart seed 9083), not because the wording left any doubt. When every reason to
check the part is such damage, the band of the page that holds its sentences is read again as one block;
the flag is lifted only when that reading accounts for every sentence (its only allowed reason is low
Tesseract confidence) and says what the first said: the same outcome and the same relief sections, which
are every section the band cites, none damaged. A sentence the scan cut short ("Relief under IRC section
6015(b), section 60!" then "5(c) ..., and IRC section 6015(f) is not allowed": apart 9050 0065, a fax) has
no deciding word left for the coverage check, and both readings read (f) alone. Two
readings of the paragraph agreeing is the evidence one low-scored reading lacked. Otherwise the first
reading stands, flagged. A relief limit, a sentence no reading accounts for, a page left unread: doubt no
second reading settles, and no extra OCR is spent.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence

from parser.core.model import InnocentSpouseDetermination
from parser.core.notes import Note
from parser.facts.confidence import DETERMINATION_THRESHOLD
from parser.facts.decisions import determinations
from parser.facts.decisions.collection_rereading import HARD_TO_READ, clean_second_reading
from parser.facts.decisions.phrases import snap
from parser.facts.decisions.relief_sections import cited_sections
from parser.reading.page_source import PageSource

# Reasons that only say the scan damaged the words: low scores, a relief section's characters damaged (read
# again first by section_rereading).
SCAN_DAMAGE = frozenset({HARD_TO_READ, "decision.section_unread"})


def spouse_read_again(source: PageSource, found: InnocentSpouseDetermination, reasons: Sequence[Note]
                      ) -> tuple[InnocentSpouseDetermination, tuple[Note, ...]]:
    """The determination and its reasons; without the reasons when a clean second reading agrees."""
    read = clean_second_reading(source, found.evidence, reasons, SCAN_DAMAGE, determinations.innocent_spouse)
    if read is None:
        return found, tuple(reasons)
    second, words_by_page = read
    if (second.outcome, set(second.sections)) != (found.outcome, set(found.sections)):
        return found, tuple(reasons)
    cited, damaged = cited_sections(" ".join(snap(w.text) for words in words_by_page for w in words))
    if damaged or cited != set(found.sections):
        return found, tuple(reasons)
    return dataclasses.replace(found, confidence=max(second.confidence, DETERMINATION_THRESHOLD)), ()
