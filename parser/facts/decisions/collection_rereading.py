"""A second reading of the collection paragraph when the scan's damage is the only reason to check it.

A flag on the collection part costs a volunteer's time; on faxes and low-resolution scans it is most often
a lost or garbled word ("appropriate an is not sustained", a "not" read as "riot"), not real doubt about
what was decided. When every reason to check the part is such damage, the band of the page that holds the
paragraph (its sentences' lines, with a margin of lines above and below for a sentence the first reading
lost whole) is cut from the page image and read again as one block. The flag is lifted only when that
second reading reads every phrase whole (no damaged word, no sentence it cannot account for: its only
allowed reason is low Tesseract confidence) and agrees with the first on the actions, the outcome and the
alternatives. When the clean second reading says all the first said, with the same outcome, and more (an
action or alternative the first lost), its actions and alternatives are taken, still flagged; otherwise the
first reading stands as it was, flagged. Letters whose first reading raised no such reason get no extra OCR.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Sequence
from typing import TypeVar

from parser.core.model import Box, CollectionDetermination, Evidence, Word
from parser.core.notes import Note
from parser.facts.confidence import DETERMINATION_THRESHOLD
from parser.facts.decisions import determinations
from parser.facts.decisions.phrases import document_text
from parser.reading.lines import PageText, group_lines
from parser.reading.page_source import PageSource

# Reasons that only say the scan damaged the words; any other reason (sentences that differ, a limit on
# what was sustained, a sentence no reading accounts for) is doubt a second reading cannot settle.
SCAN_DAMAGE = frozenset({
    "decision.hard_to_read", "decision.action_unread", "decision.damaged_not", "decision.alternative_damaged",
    "decision.alternative_unread", "decision.sustain_unread", "decision.action_undecided",
})
# Low Tesseract confidence somewhere in the paragraph is no doubt the second reading leaves when it reads
# every phrase whole and says what the first said.
HARD_TO_READ = "decision.hard_to_read"
BLOCK_PSM = 6  # the band read as one block of text
MARGIN = 30.0  # points above and below the paragraph's sentences: about two lines
T = TypeVar("T")
# How a part is read from a document's text: its determination (or None) and the reasons to check it.
ReadPart = Callable[[Sequence[PageText]], tuple[T | None, tuple[Note, ...]]]


def collection_read_again(source: PageSource, found: CollectionDetermination, reasons: Sequence[Note]
                          ) -> tuple[CollectionDetermination, tuple[Note, ...]]:
    """The determination and its reasons; without the reasons when a clean second reading agrees."""
    read = clean_second_reading(source, found.evidence, reasons, SCAN_DAMAGE, determinations.collection)
    if read is None:
        return found, tuple(reasons)
    second, _words = read
    if _said(second) == _said(found):
        return dataclasses.replace(found, confidence=max(second.confidence, DETERMINATION_THRESHOLD)), ()
    if _completes(second, found):
        # What the damage lost (the lien of "the lien filing is et we determined that the levy was proper",
        # an alternative's garbled name), read whole the second time; still checked, as the readings differ.
        completed = dataclasses.replace(found, actions=second.actions, alternatives=second.alternatives)
        return completed, tuple(reasons)
    return found, tuple(reasons)


def _completes(second: CollectionDetermination, first: CollectionDetermination) -> bool:
    """Whether the second reading says all the first said, with the same outcome, and more besides."""
    return (second.outcome == first.outcome and set(first.actions) <= set(second.actions)
            and set(first.alternatives) <= set(second.alternatives))


def _said(found: CollectionDetermination) -> tuple[object, ...]:
    return (frozenset(found.actions), found.outcome, frozenset(found.alternatives))


def clean_second_reading(source: PageSource, evidence: Sequence[Evidence], reasons: Sequence[Note],
                         scan_damage: frozenset[str], read_part: ReadPart[T]
                         ) -> tuple[T, list[tuple[Word, ...]]] | None:
    """A part's reading (`read_part`) of its bands read again (bands_read_again), with the bands' words, when
    it reads one and its only reason to check it is low Tesseract confidence; else None."""
    words_by_page = bands_read_again(source, evidence, reasons, scan_damage)
    if words_by_page is None:
        return None
    second, second_reasons = read_part(document_text(group_lines(words) for words in words_by_page))
    if second is None or any(r.code != HARD_TO_READ for r in second_reasons):
        return None
    return second, words_by_page


def bands_read_again(source: PageSource, evidence: Sequence[Evidence], reasons: Sequence[Note],
                     scan_damage: frozenset[str]) -> list[tuple[Word, ...]] | None:
    """The words of each page's band that holds a part's sentences (`evidence`), read again; None (and no
    OCR) unless every reason to check the part is one of `scan_damage` and every band could be read."""
    if not reasons or any(reason.code not in scan_damage for reason in reasons) or not evidence or any(
            e.method != "ocr" for e in evidence):
        return None
    pages = sorted({e.page for e in evidence})
    words_by_page = [read_band(source, page, [e for e in evidence if e.page == page]) for page in pages]
    return words_by_page if all(words_by_page) else None


def read_band(source: PageSource, page_number: int, evidence: Sequence[Evidence]) -> tuple[Word, ...]:
    """The words of the page's band that holds the evidence, cut from the page image and read again."""
    page = source.document.page(page_number)
    image = source.reading_image(page_number)
    if page is None or image is None or page.width <= 0 or not evidence:
        return ()
    scale = image.width / page.width
    band = Box(x0=0.0, top=max(0.0, min(e.box.top for e in evidence) - MARGIN), x1=page.width,
               bottom=min(page.height, max(e.box.bottom for e in evidence) + MARGIN))
    crop = image.crop((round(band.x0 * scale), round(band.top * scale), round(band.x1 * scale),
                       round(band.bottom * scale)))
    if crop.width < 4 or crop.height < 4:
        return ()
    return source.ocr(crop, dpi=scale * 72.0, page=page_number, psm=BLOCK_PSM)
