"""Scoring one letter's Assessment against the generator's ground truth, item by item.

An item is a header field, the letter type, a determination or a deadline. For each the bench records
whether the value is right, whether the tool flagged it for review, and so whether it is *confidently
wrong* (a wrong value the tool did not flag: the failure that costs people their day in court) or a
*silent miss* (a value the letter shows that the tool neither found nor flagged).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from parser.core.model import FIELD_NAMES, Fact, LetterFacts
from rules.model import Assessment

DEADLINE_IDS = ("collection_due_process", "innocent_spouse")
ITEMS: tuple[str, ...] = (
    "letter_type", *FIELD_NAMES, "collection", "innocent_spouse", *(f"deadline:{d}" for d in DEADLINE_IDS),
)
# A deadline counts from the letter date and depends on the letter type: either flagged flags it.
DEADLINE_INPUTS = ("letter_date", "letter_type")
NOT_ALPHANUMERIC = re.compile(r"[^0-9a-z]+")
TEXT_FIELDS = frozenset({"contact_name", "contact_hours", "taxpayer_name", "tax_form"})


@dataclass(frozen=True)
class Outcome:
    item: str
    expected: str | None  # canonical text of the truth (None: the letter has no such value)
    found: str | None
    flagged: bool

    @property
    def right(self) -> bool:
        return self.expected == self.found

    @property
    def confidently_wrong(self) -> bool:
        return self.found is not None and not self.right and not self.flagged

    @property
    def silent_miss(self) -> bool:
        return self.found is None and self.expected is not None and not self.flagged

    @property
    def later_than_true(self) -> bool:
        """A deadline later than the true one: the dangerous direction (earlier only costs days)."""
        return (self.item.startswith("deadline:") and self.expected is not None and self.found is not None
                and self.found > self.expected)


def score(assessment: Assessment, truth: Mapping[str, Any]) -> tuple[Outcome, ...]:
    """Every item of ITEMS for one letter."""
    facts = assessment.facts
    review = set(assessment.needs_review) | set(facts.needs_review)
    fields: Mapping[str, Any] = truth["fields"]
    determinations: Mapping[str, Any] = truth["determinations"]
    outcomes = [Outcome("letter_type", truth["letter_type"], facts.letter_type.value,
                        "letter_type" in review)]
    for name in FIELD_NAMES:
        fact: Fact[Any] | None = getattr(facts.fields, name)
        outcomes.append(Outcome(
            name, _canonical(name, fields.get(name)), None if fact is None else _canonical(name, fact.value),
            name in review or (fact is not None and fact.needs_review),
        ))
    outcomes.append(Outcome("collection", _collection_truth(determinations.get("collection")),
                            _collection_found(facts), _flagged_determination("collection", review)))
    outcomes.append(Outcome("innocent_spouse", _spouse_truth(determinations.get("innocent_spouse")),
                            _spouse_found(facts), _flagged_determination("innocent_spouse", review)))
    due = {d.id: d for d in assessment.deadlines}
    for deadline_id in DEADLINE_IDS:
        found = due.get(deadline_id)  # type: ignore[call-overload]
        flagged = any(name in review for name in (*DEADLINE_INPUTS, f"deadline:{deadline_id}", deadline_id))
        outcomes.append(Outcome(
            f"deadline:{deadline_id}", truth["deadlines"].get(deadline_id),
            None if found is None else found.due.isoformat(),
            flagged or (found is not None and found.unconfirmed),
        ))
    return tuple(outcomes)


def _canonical(name: str, value: Any) -> str | None:
    """One comparable text per value: dates ISO, lists sorted, names and hours without case or punctuation."""
    if value is None:
        return None
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, list | tuple):
        return ",".join(sorted(_canonical(name, item) or "" for item in value))
    text = str(value)
    if name == "taxpayer_id":
        return text.replace("*", "X")
    if name in TEXT_FIELDS:
        return NOT_ALPHANUMERIC.sub(" ", text.casefold()).strip()
    return text


def _flagged_determination(name: str, review: set[str]) -> bool:
    return any(key in review for key in (name, f"determinations.{name}", f"{name}_outcome"))


def _collection_truth(truth: Mapping[str, Any] | None) -> str | None:
    if truth is None:
        return None
    return _collection_text(truth["actions"], truth["outcome"], truth["alternatives"])


def _collection_found(facts: LetterFacts) -> str | None:
    found = facts.collection
    return None if found is None else _collection_text(found.actions, found.outcome, found.alternatives)


def _collection_text(actions: Any, outcome: Any, alternatives: Any) -> str:
    return f"{'+'.join(sorted(actions))}:{outcome}:{'+'.join(sorted(alternatives))}"


def _spouse_truth(truth: Mapping[str, Any] | None) -> str | None:
    return None if truth is None else f"{truth['outcome']}:{'+'.join(sorted(truth['sections']))}"


def _spouse_found(facts: LetterFacts) -> str | None:
    found = facts.innocent_spouse
    return None if found is None else f"{found.outcome}:{'+'.join(sorted(found.sections))}"
