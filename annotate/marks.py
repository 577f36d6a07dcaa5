"""The numbered facts of a letter: one row on page 2 and one labelled outline on the letter pages each."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from typing import Any

from annotate.messages import Messages
from annotate.values import redact_tins, value_text
from parser.core.model import FIELD_NAMES, Evidence, Fact, LetterFacts
from parser.core.notes import Note
from rules.model import Assessment
from rules.review import is_must_check


@dataclass(frozen=True)
class Mark:
    key: str  # a field name, "letter_type", "collection" or "innocent_spouse"
    label: str
    value: str
    confidence: float
    evidence: tuple[Evidence, ...]
    needs_review: bool = False  # must check (rules/review.py)
    reasons: tuple[Note, ...] = ()  # why to check it, for the catalogue to word
    number: int = 0
    glance: bool = False  # flagged, but only worth a glance: changes nothing the taxpayer must do


def collect_marks(assessment: Assessment, msgs: Messages) -> tuple[tuple[Mark, ...], tuple[str, ...]]:
    """The facts found, numbered in reading order, and the names of the fields not found."""
    facts = assessment.facts
    review = {name.rsplit(".", 1)[-1] for name in assessment.needs_review}
    found: list[Mark] = []
    missing: list[str] = []

    letter_type = facts.letter_type
    if letter_type.evidence is not None:
        found.append(Mark("letter_type", msgs.label("letter_type"), letter_type.value, letter_type.confidence,
                          (letter_type.evidence,)))
    for name in FIELD_NAMES:
        fact: Fact[Any] | None = getattr(facts.fields, name)
        if fact is None:
            missing.append(name)
            continue
        found.append(Mark(name, msgs.label(name), value_text(name, fact.value, msgs), fact.confidence,
                          (fact.evidence,), fact.needs_review, fact.reasons))
    office = facts.fields.issuing_office  # worth a glance (Form 2 item 2): shown when read, never "not found"
    if office is not None:
        found.append(Mark("issuing_office", msgs.label("issuing_office"), redact_tins(office.value),
                          office.confidence, (office.evidence,), office.needs_review, office.reasons))
    found += _determinations(facts, msgs)
    marks = tuple(
        dataclasses.replace(mark, number=number, needs_review=_must(mark, review),
                            glance=(mark.needs_review or mark.key in review) and not _must(mark, review))
        for number, mark in enumerate(found, start=1)
    )
    return marks, tuple(missing)


def _must(mark: Mark, review: set[str]) -> bool:
    return mark.key in review or (mark.needs_review and is_must_check(mark.key))


def _determinations(facts: LetterFacts, msgs: Messages) -> list[Mark]:
    marks: list[Mark] = []
    if facts.collection is not None:
        det = facts.collection
        actions = msgs.join([msgs(f"action.{a}") for a in det.actions])
        outcome = msgs(f"outcome.{det.outcome}")
        value = f"{actions}: {outcome}" if actions else outcome
        if det.alternatives:
            value += "; " + msgs.join([msgs(f"alternative.{a}") for a in det.alternatives])
        marks.append(Mark("collection", msgs.label("collection"), value, det.confidence, det.evidence))
    if facts.innocent_spouse is not None:
        relief = facts.innocent_spouse
        value = msgs(f"relief.{relief.outcome}")
        if relief.sections:
            value += " (IRC " + ", ".join(relief.sections) + ")"
        marks.append(Mark("innocent_spouse", msgs.label("innocent_spouse"), value, relief.confidence,
                          relief.evidence))
    return marks
