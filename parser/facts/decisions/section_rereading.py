"""A second reading of the sentences whose relief sections the scan damaged.

"You do not meet the requirements of IRC section 6015(b), IRC § 6015(c), and IRC § eee": the first reading
lost the last item. The sentence's own lines, cut from the page image and read again as one block, often
read it whole. A section is added only when the second reading also reads every section the first one did
(the two agree on what both read), and the part stays checked: the first reading was damaged. Runs only on a
scan whose innocent spouse part already has a damaged section, so clean letters cost nothing.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable, Sequence

from parser.core.model import Evidence, InnocentSpouseDetermination, InnocentSpouseSection, Word
from parser.core.notes import Note
from parser.facts.decisions.phrases import snap
from parser.facts.decisions.relief_sections import SECTION_ORDER, cited_sections
from parser.reading.page_source import PageSource

SECTION_UNREAD = "decision.section_unread"
BLOCK_PSM = 6  # the sentence's lines read as one block of text
PAD = 3.0  # points around the sentence's box, for strokes its words' boxes leave out


def sections_read_again(source: PageSource, found: InnocentSpouseDetermination, reasons: Sequence[Note]
                        ) -> InnocentSpouseDetermination:
    """The determination with the sections a second reading of its damaged sentences adds."""
    if not any(reason.code == SECTION_UNREAD for reason in reasons):
        return found
    added: set[InnocentSpouseSection] = set()
    for evidence in found.evidence:
        first, damaged = cited_sections(_snapped(evidence.text.split()))
        if evidence.method != "ocr" or not damaged:
            continue
        words = _read_again(source, evidence)
        second, _ = cited_sections(_snapped(w.text for w in words))
        if first <= second:
            added |= second - first
    if not added - set(found.sections):
        return found
    sections = set(found.sections) | added
    return dataclasses.replace(found, sections=tuple(s for s in SECTION_ORDER if s in sections))


def _snapped(tokens: Iterable[str]) -> str:
    return " ".join(snap(token) for token in tokens)


def _read_again(source: PageSource, evidence: Evidence) -> tuple[Word, ...]:
    """The words of the sentence's lines, cut from the image the page was read from and read again."""
    page = source.document.page(evidence.page)
    image = source.reading_image(evidence.page)
    if page is None or image is None or page.width <= 0:
        return ()
    scale = image.width / page.width
    box = evidence.box
    crop = image.crop((round(max(0.0, box.x0 - PAD) * scale), round(max(0.0, box.top - PAD) * scale),
                       round(min(page.width, box.x1 + PAD) * scale),
                       round(min(page.height, box.bottom + PAD) * scale)))
    if crop.width < 4 or crop.height < 4:
        return ()
    return source.ocr(crop, dpi=scale * 72.0, page=evidence.page, psm=BLOCK_PSM)
