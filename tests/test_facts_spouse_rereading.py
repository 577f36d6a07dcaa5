"""A second reading of an innocent spouse paragraph flagged only for scan damage, from the page image: the
flag is lifted when it reads the paragraph whole and says the same outcome and sections, kept otherwise."""

from __future__ import annotations

from functools import cache

import pytest
from facts_pages import printed_lines_page
from test_facts_collection_rereading import SharedReadings

from parser.core.model import Box, Evidence, InnocentSpouseDetermination, InnocentSpouseOutcome
from parser.core.notes import Note, note
from parser.facts.decisions.spouse_rereading import spouse_read_again
from parser.reading.page_source import PageSource

DPI = 150
LINES_TOP = 300.0  # points
LINE_HEIGHT = 16.0
# Wording of the kind the letters print (the apart generator's and real notices' alike).
GRANTED = ("Your request for relief from joint and several liability is granted in full under IRC",
           "section 6015(b) and section 6015(f) for the tax period ending Dec. 31, 2019.")
DENIED = ("We have carefully considered the information you provided. Relief under IRC Section 6015(b),",
          "IRC § 6015(c), and IRC § 6015(f) is not allowed for Dec. 31, 2021.")
LOW = (note("decision.hard_to_read"),)


@cache
def source_showing(*lines: str) -> SharedReadings:
    """A scanned page 1 whose reading image prints `lines`."""
    document, image = printed_lines_page(lines, dpi=DPI, top=LINES_TOP, line_height=LINE_HEIGHT, size=10)
    return SharedReadings(document, [], {1: image})


def first_reading(outcome: InnocentSpouseOutcome, sections: tuple[str, ...], lines: tuple[str, ...]
                  ) -> InnocentSpouseDetermination:
    """What a low-scored first reading found, its evidence on the printed lines."""
    evidence = tuple(Evidence(page=1, box=Box(x0=72.0, top=LINES_TOP + i * LINE_HEIGHT, x1=540.0,
                                             bottom=LINES_TOP + (i + 1) * LINE_HEIGHT - 4),
                              text=text, method="ocr", ocr_confidence=48.0) for i, text in enumerate(lines))
    return InnocentSpouseDetermination(outcome=outcome, sections=sections, confidence=0.45,
                                       evidence=evidence)


@pytest.mark.parametrize(("outcome", "sections", "lines"), [
    ("full_relief", ("6015(b)", "6015(f)"), GRANTED),
    ("denied", ("6015(b)", "6015(c)", "6015(f)"), DENIED),
])
def test_a_clean_second_reading_that_agrees_lifts_the_flag(outcome: InnocentSpouseOutcome,
                                                           sections: tuple[str, ...], lines: tuple[str, ...]
                                                           ) -> None:
    first = first_reading(outcome, sections, lines)
    found, reasons = spouse_read_again(source_showing(*lines), first, LOW)
    assert reasons == ()
    assert (found.outcome, found.sections) == (outcome, sections)
    assert found.confidence >= 0.75 and found.evidence == first.evidence


@pytest.mark.parametrize(("outcome", "sections"), [
    ("denied", ("6015(b)", "6015(f)")),          # the page says granted
    ("full_relief", ("6015(b)",)),              # the page names (f) too
])
def test_a_second_reading_that_says_otherwise_keeps_the_first_and_its_flag(
        outcome: InnocentSpouseOutcome, sections: tuple[str, ...]) -> None:
    first = first_reading(outcome, sections, GRANTED)
    found, reasons = spouse_read_again(source_showing(*GRANTED), first, LOW)
    assert found is first and reasons == LOW


@pytest.mark.parametrize("why", [
    (note("decision.hard_to_read"), note("decision.unread_sentence", topic="relief", sentence="...")),
    (note("decision.full_and_partial"),),
])
def test_a_reason_other_than_scan_damage_is_never_lifted(why: tuple[Note, ...]) -> None:
    first = first_reading("full_relief", ("6015(b)", "6015(f)"), GRANTED)
    found, reasons = spouse_read_again(source_showing(*GRANTED), first, why)
    assert found is first and reasons == why


def test_without_the_page_image_the_flag_stays() -> None:
    first = first_reading("full_relief", ("6015(b)", "6015(f)"), GRANTED)
    source = source_showing(*GRANTED)
    found, reasons = spouse_read_again(PageSource(source.document, []), first, LOW)
    assert found is first and reasons == LOW


def test_a_band_citing_a_section_the_reading_lacks_or_a_damaged_one_keeps_the_flag() -> None:
    """The scan cut a sentence short at a misread cite ("section 60!"): the fragment naming 6015(b) has no
    deciding word left, and both readings read (f) alone (apart 9050 0065, a fax)."""
    lines = ("We have carefully considered the information you provided. Relief under IRC section 6015(b),",
             "section 60! 5(c) (allocation of liability), and IRC section 6015(f) is not allowed for 2019.")
    first = first_reading("denied", ("6015(f)",), lines[1:])
    found, reasons = spouse_read_again(source_showing(*lines), first, LOW)
    assert found is first and reasons == LOW
