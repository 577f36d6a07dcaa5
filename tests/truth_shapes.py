"""Facts in the shape of a `.truth.json` file, so corpus tests compare like with like."""

from __future__ import annotations

import datetime as dt
from typing import Any

from parser.core.model import LetterFacts


def plain(value: object) -> object:
    """A fact's value as JSON holds it: dates as ISO text, tuples as lists."""
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, tuple):
        return [plain(v) for v in value]
    return value


def determinations_of(facts: LetterFacts) -> dict[str, Any]:
    """Both determinations as the truth files write them."""
    collection, spouse = facts.collection, facts.innocent_spouse
    return {
        "collection": None if collection is None else {
            "actions": list(collection.actions), "outcome": collection.outcome,
            "alternatives": list(collection.alternatives)},
        "innocent_spouse": None if spouse is None else {
            "outcome": spouse.outcome, "sections": list(spouse.sections)},
    }
