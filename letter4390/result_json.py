"""The result JSON of `letter4390 extract --json` (result.schema.json), built from an Assessment.

Every result the tool prints or writes (CLI, batch, web) comes from `to_result`, so all of them validate
against the one schema.
"""

from __future__ import annotations

import datetime as dt
import json
import os
from dataclasses import fields as dataclass_fields
from functools import cache
from importlib import resources
from typing import Any

from annotate.messages import messages
from parser.core.model import (
    CollectionDetermination,
    Evidence,
    Fact,
    InnocentSpouseDetermination,
)
from rules.model import Assessment, Deadline

SCHEMA_VERSION = "1"
# The JSON result speaks English: its notes and rolled days are worded by the English catalogue.
JSON_LANGUAGE = "en"

JsonObject = dict[str, Any]


def _value(value: object) -> object:
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, tuple | list):
        return [_value(v) for v in value]
    return value


def evidence_json(evidence: Evidence) -> JsonObject:
    return {
        "page": evidence.page,
        "bbox": evidence.box.as_list(),
        "text": evidence.text,
        "method": evidence.method,
        "ocr_confidence": None if evidence.ocr_confidence is None else round(evidence.ocr_confidence, 1),
    }


def fact_json(fact: Fact[Any] | None) -> JsonObject | None:
    if fact is None:
        return None
    return {
        "value": _value(fact.value),
        "confidence": round(fact.confidence, 3),
        "evidence": evidence_json(fact.evidence),
    }


def collection_json(det: CollectionDetermination | None) -> JsonObject | None:
    if det is None:
        return None
    return {
        "actions": list(det.actions),
        "outcome": det.outcome,
        "alternatives": list(det.alternatives),
        "confidence": round(det.confidence, 3),
        "evidence": [evidence_json(e) for e in det.evidence],
    }


def innocent_spouse_json(det: InnocentSpouseDetermination | None) -> JsonObject | None:
    if det is None:
        return None
    return {
        "outcome": det.outcome,
        "sections": list(det.sections),
        "confidence": round(det.confidence, 3),
        "evidence": [evidence_json(e) for e in det.evidence],
    }


def deadline_json(deadline: Deadline) -> JsonObject:
    return {
        "id": deadline.id,
        "due": deadline.due.isoformat(),
        "nominal": deadline.nominal.isoformat(),
        "days": deadline.days,
        "anchor": deadline.anchor.isoformat(),
        "rolled_past": [{"date": r.date.isoformat(), "reason": messages(JSON_LANGUAGE).rolled_line(r)}
                        for r in deadline.rolled_past],
        "authority": deadline.authority,
        "days_left": deadline.days_left,
    }


def display_name(name: str) -> str:
    """A file name that can be written as UTF-8 (non-UTF-8 names arrive with surrogate escapes)."""
    return os.fsencode(name).decode("utf-8", errors="replace")


def to_result(assessment: Assessment) -> JsonObject:
    facts = assessment.facts
    document = facts.document
    return {
        "schema_version": SCHEMA_VERSION,
        "source": {
            "name": display_name(document.name),
            "sha256": document.sha256,
            "pages": len(document.pages),
            "method": document.method,
        },
        "letter_type": {
            "value": facts.letter_type.value,
            "confidence": round(facts.letter_type.confidence, 3),
        },
        "fields": {f.name: fact_json(getattr(facts.fields, f.name)) for f in dataclass_fields(facts.fields)},
        "determinations": {
            "collection": collection_json(facts.collection),
            "innocent_spouse": innocent_spouse_json(facts.innocent_spouse),
        },
        "deadlines": [deadline_json(d) for d in assessment.deadlines],
        "needs_review": list(dict.fromkeys(assessment.needs_review)),
        "worth_a_glance": list(dict.fromkeys(assessment.worth_a_glance)),
        "warnings": [messages(JSON_LANGUAGE).said(note) for note in assessment.warnings],
    }


@cache
def result_schema() -> JsonObject:
    text = resources.files("letter4390").joinpath("result.schema.json").read_text(encoding="utf-8")
    schema: JsonObject = json.loads(text)
    return schema


def dumps(result: JsonObject) -> str:
    return json.dumps(result, indent=2, ensure_ascii=False)
