"""A body sentence about an earlier step ("filed Form 8857 ... on June 6, 2025") is no stamp, even when the
header's end took it in and its line starts with a stamp's word: its date comes before the letter's, and as
a stamped day it would count the deadlines from months before the letter (own seed 6334 0039)."""

from __future__ import annotations

import datetime as dt

import pytest
from facts_pages import words_at

from parser.core.model import PageView
from parser.facts.header import PageLayout, layout_of, value_spots
from parser.facts.labels import find_labels
from parser.facts.letter_date import letter_date, stamped_dates
from parser.reading.lines import group_lines

D = dt.date

HEADER = (("Department of the Treasury", 40.0, 54.0), ("Date:", 45.0, 330.0),
          ("November 7, 2025", 56.0, 340.0), ("Internal Revenue Service", 52.0, 54.0),
          ("Person to Contact:", 70.0, 330.0), ("Denise C McAllister", 81.0, 340.0))
# The body's first sentences as the header's end took them in (0039): each date a past step's.
BODY = (("We received your Form 12153, Request for a Collection Due Process Hearing, on August 5, 2025. You",
         359.0, 72.0),
        ("filed Form 8857, Request for Innocent Spouse Relief, on June 6, 2025. Your hearing was held by",
         372.7, 72.0),
        ("telephone on", 384.5, 72.0), ("September 15, 2025.", 396.5, 72.0))


def _layout(*rows: tuple[str, float, float]) -> PageLayout:
    words = [w for text, top, x0 in rows for w in words_at(x0, top, text, method="ocr", size=8.0)]
    page = PageView(number=1, width=612.0, height=792.0, method="ocr", words=tuple(words))
    layout = layout_of(page, group_lines(words), first=True)
    return PageLayout(page=layout.page, lines=layout.lines, header_bottom=420.0, first=True)


def test_a_body_sentences_dates_are_no_stamped_days() -> None:
    layout = _layout(*HEADER, *BODY)
    assert stamped_dates(layout) == ()
    dated = letter_date(value_spots(layout, find_labels(layout.lines)), [layout], [], as_of=D(2025, 11, 17))
    assert dated.fact is not None and dated.fact.value == D(2025, 11, 7)
    assert "date.after_stamp" not in [r.code for r in dated.fact.reasons]
    assert dated.alternatives == ()


@pytest.mark.parametrize(("stamp", "day"), [
    (("RECEIVED NOV 06 2025", 122.0, 60.0), D(2025, 11, 6)),
    (("11/06/2025 10:04 FROM: LOW INCOME TAXPAYER CLINIC P. 001/002", 5.0, 25.0), D(2025, 11, 6)),
])
def test_a_stamp_beside_the_body_sentences_still_bounds_the_letter_date(
        stamp: tuple[str, float, float], day: D) -> None:
    layout = _layout(*HEADER, stamp, *BODY)
    assert stamped_dates(layout) == (day,)
    dated = letter_date(value_spots(layout, find_labels(layout.lines)), [layout], [], as_of=D(2025, 11, 17))
    assert dated.fact is not None and dated.fact.needs_review and day in dated.alternatives


def test_a_stamp_on_the_line_under_a_sentence_is_still_a_stamp() -> None:
    """Only "on" right before the date makes it a step's: a stamp's date under a line of the body is not."""
    layout = _layout(*HEADER, ("Your hearing was held by telephone.", 110.0, 60.0),
                     ("RECEIVED NOV 06 2025", 122.0, 60.0))
    assert stamped_dates(layout) == (D(2025, 11, 6),)
