"""The whole extractor on letters written independently of samples/ (tests/independent/make.py).

Every field, determination and deadline must be right or flagged for review, never confidently wrong. On a
digital letter the letter date, the letter type and both deadlines must be exactly right and unflagged.
A letter that is not a 4390 gets no innocent spouse deadline it does not allow; no output holds a full
taxpayer ID number.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from functools import cache
from pathlib import Path
from typing import Any

import jsonschema
import pytest
from conftest import ROOT, load_truth
from read_support import read_facts
from run_once import file_key, once_per_run
from truth_shapes import determinations_of, plain

from letter4390.result_json import result_schema, to_result
from rules.assess import assess
from rules.model import Assessment

LETTERS = ROOT / "tests" / "independent" / "letters"
AS_OF = dt.date(2025, 6, 30)
DEADLINE_IDS = ("collection_due_process", "innocent_spouse")
FULL_TIN = re.compile(r"(?<![0-9X*])[0-9]{3}-[0-9]{2}-[0-9]{4}|(?<![0-9X*])[0-9]{2}-[0-9]{7}")


def _params() -> list[Any]:
    params = []
    for truth_path in sorted(LETTERS.glob("*.truth.json")):
        truth = load_truth(truth_path)
        name = truth_path.name.removesuffix(".truth.json")
        # One letter's tests on one worker (`--dist loadgroup`): the other worker runs other letters instead
        # of waiting for this one's reading (a dim photo's, over a minute, held both).
        marks = [pytest.mark.xdist_group(name)]
        marks += [] if truth["profile"] == "digital" else [pytest.mark.ocr]
        params.append(pytest.param(truth_path, id=name, marks=marks))
    return params


@cache
def analysed(truth_path: Path) -> tuple[dict[str, Any], Assessment]:
    """The letter's assessment, read once in the run whichever worker runs its tests (tests/run_once.py)."""
    truth: dict[str, Any] = load_truth(truth_path)
    letter = LETTERS / truth["file"]
    return truth, once_per_run(file_key(letter, "assessed", AS_OF), lambda: _assessed(letter))


def _assessed(letter: Path) -> Assessment:
    return assess(read_facts(letter, as_of=AS_OF), as_of=AS_OF)


def deadlines_of(assessment: Assessment) -> dict[str, str | None]:
    due: dict[str, str] = {d.id: d.due.isoformat() for d in assessment.deadlines}
    return {name: due.get(name) for name in DEADLINE_IDS}


# A name is the same name whether or not a scan kept the period after an initial ("R." or "R"), and in
# capitals or not (the address block's "TABITHA R KOVALENKO" is an attachment's "Tabitha R Kovalenko").
NAME_FIELDS = ("contact_name", "taxpayer_name")


def _name_as_compared(name: str) -> str:
    return re.sub(r"(?<=\b[A-Za-z])\.", "", name).casefold()


def confidently_wrong(truth: dict[str, Any], assessment: Assessment) -> list[str]:
    """Every value that differs from the truth without being flagged for review."""
    facts, review = assessment.facts, set(assessment.needs_review) | set(assessment.worth_a_glance)
    wrong: list[str] = []

    def check(name: str, got: object, want: object, flags: tuple[str, ...]) -> None:
        if got != want and not review & set(flags):
            wrong.append(f"{name}: read {got!r}, truth {want!r}, needs_review={sorted(review)}")

    check("letter_type", facts.letter_type.value, truth["letter_type"], ("letter_type",))
    for name, want in truth["fields"].items():
        fact = getattr(facts.fields, name)
        got = None if fact is None else plain(fact.value)
        if name in NAME_FIELDS and isinstance(got, str) and isinstance(want, str):
            got, want = _name_as_compared(got), _name_as_compared(want)
        check(name, got, want, (name,))
    got = determinations_of(facts)
    for name in ("collection", "innocent_spouse"):
        check(name, got[name], truth["determinations"][name], (name,))
    deadlines = deadlines_of(assessment)
    for name in DEADLINE_IDS:
        check(f"deadline {name}", deadlines[name], truth["deadlines"][name], ("letter_date", "letter_type"))
    return wrong


@pytest.mark.parametrize("truth_path", _params())
def test_never_confidently_wrong(truth_path: Path) -> None:
    truth, assessment = analysed(truth_path)
    assert confidently_wrong(truth, assessment) == []


@pytest.mark.parametrize("truth_path", [p for p in _params() if not any(m.name == "ocr" for m in p.marks)])
def test_digital_letter_date_type_and_deadlines_exact(truth_path: Path) -> None:
    truth, assessment = analysed(truth_path)
    facts = assessment.facts
    dated = facts.fields.letter_date
    assert (None if dated is None else dated.value.isoformat()) == truth["fields"]["letter_date"]
    assert facts.letter_type.value == truth["letter_type"]
    assert deadlines_of(assessment) == truth["deadlines"]
    assert not {"letter_date", "letter_type"} & set(assessment.needs_review)
    assert not any(d.unconfirmed for d in assessment.deadlines)


@pytest.mark.parametrize("truth_path", _params())
def test_no_deadline_the_letter_does_not_allow(truth_path: Path) -> None:
    truth, assessment = analysed(truth_path)
    allowed = {name for name, due in truth["deadlines"].items() if due is not None}
    assert {d.id for d in assessment.deadlines} <= allowed


@pytest.mark.parametrize("truth_path", _params())
def test_result_is_valid_and_keeps_taxpayer_id_masked(truth_path: Path) -> None:
    _, assessment = analysed(truth_path)
    result = to_result(assessment)
    jsonschema.validate(result, result_schema())
    assert FULL_TIN.findall(json.dumps(result)) == []
