"""A second reading of a collection paragraph flagged only for scan damage, from the page image: the flag is
lifted when it reads the paragraph whole and agrees, kept when it disagrees, and kept on a reading completed
by it when it says more with the same outcome."""

from __future__ import annotations

from functools import cache

import pytest
from facts_pages import printed_lines_page
from PIL import Image

from parser.core.model import (
    Box,
    CollectionAction,
    CollectionAlternative,
    CollectionDetermination,
    CollectionOutcome,
    Evidence,
    Word,
)
from parser.core.notes import Note, note
from parser.facts.decisions.collection_rereading import collection_read_again
from parser.reading.page_source import PageSource

DPI = 150
LINES_TOP = 300.0  # points
LINE_HEIGHT = 16.0
LIEN = "We determined that the notice of federal tax lien is appropriate and is sustained."
LEVY = "We determined that the proposed levy is not appropriate and is not sustained."
PLAN = "During the hearing we considered an installment agreement."
DAMAGE = (note("decision.action_unread"), note("decision.hard_to_read"))


class SharedReadings(PageSource):
    """A page source whose second readings of one band are read once for all the tests that ask."""

    def ocr(self, image: Image.Image, *, dpi: float, page: int = 0, psm: int | None = None,
            characters: str = "") -> tuple[Word, ...]:
        if characters:
            return PageSource.ocr(self, image, dpi=dpi, page=page, psm=psm, characters=characters)
        return _ocr(self, image.tobytes(), image.size, dpi, page, psm)


@cache
def _ocr(source: SharedReadings, pixels: bytes, size: tuple[int, int], dpi: float, page: int,
         psm: int | None) -> tuple[Word, ...]:
    return PageSource.ocr(source, Image.frombytes("RGB", size, pixels), dpi=dpi, page=page, psm=psm)


@cache
def source_showing(*lines: str) -> SharedReadings:
    """A scanned page 1 whose reading image prints `lines`."""
    document, image = printed_lines_page(lines, dpi=DPI, top=LINES_TOP, line_height=LINE_HEIGHT, size=10)
    return SharedReadings(document, [], {1: image})


def first_reading(said: tuple[CollectionAction, ...], outcome: CollectionOutcome,
                  alternatives: tuple[CollectionAlternative, ...], *read: tuple[int, str]
                  ) -> CollectionDetermination:
    """What a damaged first reading found, its evidence on the printed lines it names (by index)."""
    evidence = tuple(Evidence(page=1, box=Box(x0=72.0, top=LINES_TOP + i * LINE_HEIGHT, x1=540.0,
                                             bottom=LINES_TOP + (i + 1) * LINE_HEIGHT - 4),
                              text=text, method="ocr", ocr_confidence=31.0) for i, text in read)
    return CollectionDetermination(actions=said, outcome=outcome, alternatives=alternatives, confidence=0.3,
                                   evidence=evidence)


def test_a_clean_second_reading_that_agrees_lifts_the_flag() -> None:
    first = first_reading(("lien", "levy"), "partially_sustained", ("installment_agreement",),
                          (0, LIEN), (1, "We determined that the proposed levy is not"),
                          (1, "appropriate an is not sustained."), (2, PLAN))
    found, reasons = collection_read_again(source_showing(LIEN, LEVY, PLAN), first, DAMAGE)
    assert reasons == ()
    assert (found.actions, found.outcome, found.alternatives) == (
        ("lien", "levy"), "partially_sustained", ("installment_agreement",))
    assert found.confidence >= 0.75 and found.evidence == first.evidence


@pytest.mark.parametrize(("said", "outcome", "alternatives", "why"), [
    # The first reading lost the "not" of the levy: the page says otherwise.
    (("lien", "levy"), "sustained", ("installment_agreement",), (note("decision.damaged_not"),)),
    # The first reading lost the levy's sentence whole: the band holds more than it read, decided otherwise.
    (("lien",), "sustained", ("installment_agreement",), DAMAGE),
])
def test_a_second_reading_that_disagrees_keeps_the_first_and_its_flag(
        said: tuple[CollectionAction, ...], outcome: CollectionOutcome,
        alternatives: tuple[CollectionAlternative, ...], why: tuple[Note, ...]) -> None:
    first = first_reading(said, outcome, alternatives, (0, LIEN), (2, PLAN))
    found, reasons = collection_read_again(source_showing(LIEN, LEVY, PLAN), first, why)
    assert found is first and reasons == why


@pytest.mark.parametrize(("said", "alternatives", "why"), [
    # The first reading lost the alternative's name.
    (("lien", "levy"), (), DAMAGE),
    # ... or an action named in a clause whose deciding word it lost (apart 9019 0076: "the notice of federal
    # tax lien (nftl) filing is et we determined that ...").
    (("levy",), ("installment_agreement",),
     (note("decision.action_undecided"), note("decision.hard_to_read"))),
])
def test_a_clean_second_reading_that_says_more_with_the_same_outcome_completes_the_first_still_checked(
        said: tuple[CollectionAction, ...], alternatives: tuple[CollectionAlternative, ...],
        why: tuple[Note, ...]) -> None:
    first = first_reading(said, "partially_sustained", alternatives, (0, LIEN), (2, PLAN))
    found, reasons = collection_read_again(source_showing(LIEN, LEVY, PLAN), first, why)
    assert (found.actions, found.outcome, found.alternatives) == (
        ("lien", "levy"), "partially_sustained", ("installment_agreement",))
    assert reasons == why and found.evidence == first.evidence


def test_a_reason_other_than_scan_damage_is_never_lifted() -> None:
    first = first_reading(("lien", "levy"), "partially_sustained", ("installment_agreement",),
                          (0, LIEN), (1, LEVY), (2, PLAN))
    limited = (note("decision.hard_to_read"), note("decision.outcome_unread"))
    found, reasons = collection_read_again(source_showing(LIEN, LEVY, PLAN), first, limited)
    assert found is first and reasons == limited


def test_without_the_page_image_the_flag_stays() -> None:
    first = first_reading(("lien", "levy"), "partially_sustained", ("installment_agreement",),
                          (0, LIEN), (1, LEVY), (2, PLAN))
    source = source_showing(LIEN, LEVY, PLAN)
    found, reasons = collection_read_again(PageSource(source.document, []), first, DAMAGE)
    assert found is first and reasons == DAMAGE
