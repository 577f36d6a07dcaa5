"""Checks of a letter date against the letter's other dates: only readings a letter can hold are evidence."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest
from facts_pages import make_page

from parser.core.model import Box, Evidence, Fact
from parser.facts import verify
from parser.facts.decisions.phrases import document_text
from parser.facts.extract import _verified_date
from parser.facts.letter_date import LetterDate, cross_checks
from parser.reading.lines import group_lines

D = dt.date
LETTER = D(2025, 5, 12)
AS_OF = D(2025, 6, 30)


@pytest.mark.parametrize(("step", "later"), [
    ("We received your Form 12153 on May 20, 2025.", D(2025, 5, 20)),  # after the letter: misread
    ("We received your Form 12153 on March 17, 3025.", None),  # "3025" for "2025" (own 6328 0075)
    ("Your hearing was held on June 3, 2028.", None),  # after the as-of day: itself misread
    ("Your hearing was held on April 2, 2025.", None),  # before the letter, as it should be
])
def test_a_past_step_dated_after_the_as_of_day_proves_nothing(step: str, later: D | None) -> None:
    page = make_page([(72.0, 300.0, step)], method="ocr")
    texts = document_text([group_lines(page.words)])
    reasons = cross_checks(LETTER, texts, as_of=AS_OF, tax_periods=())
    assert [dict(r.values)["date"] for r in reasons if r.code == "date.later_step"] == (
        [] if later is None else [later])


def _dated(value: D) -> LetterDate:
    evidence = Evidence(page=1, box=Box(330, 56, 386, 63), text=f"{value:%B} {value.day}, {value.year}",
                        method="ocr")
    return LetterDate(fact=Fact(value=value, confidence=0.97, evidence=evidence), alternatives=())


@pytest.mark.parametrize(("other", "kept"), [
    (D(2028, 5, 12), True),  # a despeckled reading's "2028": no letter date, no evidence (own 6328 0075)
    (D(2025, 5, 17), False),  # a day it may be: flagged, and an alternative
])
def test_a_second_reading_no_letter_date_can_be_is_no_evidence(other: D, kept: bool) -> None:
    dated = _dated(LETTER)
    assert dated.fact is not None
    checked = verify.Check(fact=dataclasses.replace(dated.fact, needs_review=True), other=other)
    got = _verified_date(dated, checked, lambda day: not cross_checks(day, [], as_of=AS_OF, tax_periods=()))
    assert (got is dated) is kept
    assert kept or (got.fact is not None and got.fact.needs_review and other in got.alternatives)
