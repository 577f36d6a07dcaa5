"""The fact finder over real files: every committed sample, and fresh digital letters from the generator.

A field is right when it equals the ground truth. On a scan a field may instead be flagged for review;
a wrong value that is not flagged (confidently wrong) always fails. Digital letters must be right.
"""

from __future__ import annotations

import json
import random
from functools import cache
from pathlib import Path
from typing import Any

import pytest
from conftest import SAMPLES, load_truth, sample_truths
from read_support import shared_reading
from said import english, english_each
from truth_shapes import determinations_of, plain

from parser.core.model import Document, LetterFacts
from parser.facts.extract import extract_facts

GENERATED_SEEDS = (101, 202, 303, 404, 505, 606, 707, 808)
GENERATED_TYPES = ("4390", "4390", "4390", "3193", "4439", "3288", "3279", "3210", "other")


@cache
def read_once(path: Path) -> Document:
    """Each file is read (and OCR'd) once per test run, whichever worker or module asks
    (tests/read_support.py); a generated letter is the same file on both workers."""
    with shared_reading(path) as pages:
        return pages.document


def misses(facts: LetterFacts, truth: dict[str, Any], *, scan: bool) -> list[str]:
    """Every disagreement with the truth that is not excused by a review flag on a scan."""
    found: list[str] = []

    def check(name: str, got: object, want: object) -> None:
        if got != want and not (scan and name in facts.needs_review):
            found.append(f"{name}: read {got!r}, truth {want!r}, needs_review={facts.needs_review}")

    check("letter_type", facts.letter_type.value, truth["letter_type"])
    for name, want in truth["fields"].items():
        fact = getattr(facts.fields, name)
        check(name, None if fact is None else plain(fact.value), want)
    got = determinations_of(facts)
    for name in ("collection", "innocent_spouse"):
        check(name, got[name], truth["determinations"][name])
    return found


def _sample_params() -> list[Any]:
    params = []
    for truth_path in sample_truths():
        truth = load_truth(truth_path)
        marks = [pytest.mark.ocr] if truth["profile"] != "digital" else []
        params.append(pytest.param(truth_path, id=truth_path.name.removesuffix(".truth.json"), marks=marks))
    return params


@pytest.mark.parametrize("truth_path", _sample_params())
def test_committed_sample(truth_path: Path) -> None:
    truth: dict[str, Any] = load_truth(truth_path)
    facts = extract_facts(read_once(SAMPLES / truth["file"]))
    assert misses(facts, truth, scan=truth["profile"] != "digital") == []


@pytest.mark.parametrize("truth_path", _sample_params())
def test_committed_sample_keeps_taxpayer_id_masked(truth_path: Path) -> None:
    truth: dict[str, Any] = load_truth(truth_path)
    facts = extract_facts(read_once(SAMPLES / truth["file"]))
    tin = facts.fields.taxpayer_id
    if tin is not None:
        assert tin.value.startswith(("XXX-XX-", "XX-XXX"))
        assert tin.evidence.text == tin.value
    kept = [f.evidence.text for f in vars(facts.fields).values() if f is not None]
    kept += [e.text for part in (facts.collection, facts.innocent_spouse) if part for e in part.evidence]
    kept += list(english_each(facts.warnings))
    kept += [english(f.reasons) for f in vars(facts.fields).values() if f is not None]
    printed = [w.text for page in facts.document.pages for w in page.words]
    full_numbers = {w for w in printed if sum(ch.isdigit() for ch in w) == 9 and "-" in w}
    assert not any(number in text for number in full_numbers for text in kept)


@pytest.fixture(scope="module")
def generated(tmp_path_factory: pytest.TempPathFactory) -> list[tuple[Path, dict[str, Any]]]:
    """Fresh digital letters of every type from the samples generator (fixed seeds)."""
    from samples.generate import write_sample
    from samples.letter_spec import random_spec

    out = tmp_path_factory.mktemp("generated")
    letters = []
    for index, seed in enumerate(GENERATED_SEEDS):
        for offset, letter_type in enumerate(GENERATED_TYPES):
            spec_seed = seed * 100 + offset
            spec = random_spec(random.Random(spec_seed), letter_type=letter_type, seed=spec_seed)
            path, truth_path = write_sample(spec, "digital", out, name=f"{letter_type}-{spec_seed}-{index}")
            letters.append((path, json.loads(truth_path.read_text(encoding="utf-8"))))
    return letters


def test_generated_digital_letters_are_never_confidently_wrong(
        generated: list[tuple[Path, dict[str, Any]]]) -> None:
    failures = {path.name: miss for path, truth in generated
                if (miss := misses(extract_facts(read_once(path)), truth, scan=True))}
    assert failures == {}


def test_generated_digital_letters_are_mostly_right_without_review(
        generated: list[tuple[Path, dict[str, Any]]]) -> None:
    """Flags on clean digital letters are rare (a few generator layouts overlap text, which is flagged)."""
    wrong_or_flagged = {path.name: miss for path, truth in generated
                        if (miss := misses(extract_facts(read_once(path)), truth, scan=False))}
    assert len(wrong_or_flagged) <= len(generated) // 20, wrong_or_flagged
