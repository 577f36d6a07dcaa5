"""A second reading of a sentence whose relief section the first OCR reading lost, from the page image."""

from __future__ import annotations

import pytest
from facts_pages import printed_lines_page

from parser.core.model import Box, Evidence, InnocentSpouseDetermination, InnocentSpouseSection
from parser.core.notes import note
from parser.facts.decisions.section_rereading import sections_read_again
from parser.reading.page_source import PageSource

DPI = 200
LINES_TOP = 100.0  # points
LINE_HEIGHT = 16.0


def source_showing(*lines: str) -> tuple[PageSource, Box]:
    """A scanned page 1 whose reading image prints `lines`, and the box (points) of those lines."""
    document, image = printed_lines_page(lines, dpi=DPI, top=LINES_TOP, line_height=LINE_HEIGHT, size=11)
    box = Box(x0=70.0, top=LINES_TOP - 2, x1=560.0, bottom=LINES_TOP + LINE_HEIGHT * len(lines) + 2)
    return PageSource(document, [], {1: image}), box


def first_reading(text: str, box: Box, sections: tuple[InnocentSpouseSection, ...]
                  ) -> InnocentSpouseDetermination:
    evidence = Evidence(page=1, box=box, text=text, method="ocr", ocr_confidence=30.0)
    return InnocentSpouseDetermination(outcome="denied", sections=sections, confidence=0.3,
                                       evidence=(evidence,))


@pytest.mark.parametrize(("printed", "read", "first", "expected"), [
    (("You do not meet the requirements of IRC section 6015(b),", "IRC § 6015(c), and IRC § 6015(f)."),
     "You do not meet the requirements of IRC section 6015(b), IRC § 6015(c), and IRC § eee",
     ("6015(b)", "6015(c)"), ("6015(b)", "6015(c)", "6015(f)")),
    (("Relief under section 6015(c) and section 6015(f) is not allowed.",),
     "Relief under section 6015(c) and section 60~ is not allowed.", ("6015(c)",), ("6015(c)", "6015(f)")),
    (("We considered your request under IRC § 6015(b) and IRC § 6015(f).",),
     "We considered your request under IRC § ee(b) and IRC § 6015(f).", ("6015(f)",), ("6015(b)", "6015(f)")),
])
def test_a_section_the_first_reading_lost_is_read_again_and_stays_checked(
        printed: tuple[str, ...], read: str, first: tuple[InnocentSpouseSection, ...],
        expected: tuple[str, ...]) -> None:
    source, box = source_showing(*printed)
    found = sections_read_again(source, first_reading(read, box, first), [note("decision.section_unread")])
    assert found.sections == expected
    assert found.confidence == 0.3  # the reasons to check it are the caller's, unchanged


def test_a_second_reading_that_disagrees_with_the_first_adds_nothing() -> None:
    # The first reading has 6015(b); the image shows no 6015(b): the readings disagree, nothing is added.
    source, box = source_showing("Relief under section 6015(c) and section 6015(f) is not allowed.")
    found = sections_read_again(source, first_reading(
        "Relief under section 6015(b) and section 60~ is not allowed.", box, ("6015(b)",)),
        [note("decision.section_unread")])
    assert found.sections == ("6015(b)",)


def test_no_second_reading_without_a_damaged_section() -> None:
    source, box = source_showing("Relief under section 6015(c) and section 6015(f) is not allowed.")
    first = first_reading("Relief under section 6015(c) and section 60~ is not allowed.", box, ("6015(c)",))
    assert sections_read_again(source, first, [note("decision.hard_to_read")]) is first
    assert sections_read_again(PageSource(source.document, []), first,
                               [note("decision.section_unread")]).sections == ("6015(c)",)
