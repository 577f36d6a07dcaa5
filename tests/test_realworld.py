"""Real IRS Appeals wording (tests/realworld/passages.json) rendered as whole letters and read end to end.

Each passage is quoted from a public source (Tax Court opinions, the IRM, TAS pages) with the reading it
means; tests/realworld/render.py prints it into a Letter 4390. Nothing may be confidently wrong (a value
that differs from the truth must be flagged for review), no printed last day may be missed and no deadline
may be later than the true one. The cases the tool reads wrong today are listed in KNOWN_FAILURES, grouped
by kind: strict xfails, so a fix that makes one pass must remove it from the table.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from conftest import ROOT

sys.path.insert(0, str(ROOT / "tests" / "realworld"))

import render  # tests/realworld is not a package: a site-packages "tests" shadows it
import verdict

# id -> kind of failure ("<id>/scan" for the scanned copy), from the first run (python -m bench.realworld
# --scanned). A fix that makes one pass turns its strict xfail into a failure: remove it here.
KNOWN_FAILURES: dict[str, str] = {}


@pytest.fixture(scope="session")
def out_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Where the letters are rendered: pytest's own temporary tree, so old runs are cleaned up."""
    return tmp_path_factory.mktemp("realworld")


def _params(profile: str) -> list[object]:
    chosen = set(render.scanned_ids()) if profile == "scan" else None
    params: list[object] = []
    for passage in render.load_passages():
        if chosen is not None and passage.id not in chosen:
            continue
        key = passage.id if profile == "digital" else f"{passage.id}/scan"
        marks = [pytest.mark.ocr] if profile == "scan" else []
        if key in KNOWN_FAILURES:
            marks.append(pytest.mark.xfail(strict=True, reason=KNOWN_FAILURES[key]))
        params.append(pytest.param(passage.id, id=key, marks=marks))
    return params


def _verdict(passage_id: str, profile: str, out_dir: Path) -> verdict.Verdict:
    passage = next(p for p in render.load_passages() if p.id == passage_id)
    rendition = render.render(passage, profile, out_dir)
    assessment = verdict.read(rendition.path, rendition.truth["fields"]["letter_date"])
    return verdict.judge(rendition.truth, assessment, id=passage.id, kind=passage.kind)


@pytest.mark.parametrize("passage_id", _params("digital"))
def test_real_wording_never_confidently_wrong(passage_id: str, out_dir: Path) -> None:
    assert _verdict(passage_id, "digital", out_dir).wrong == ()


@pytest.mark.parametrize("passage_id", _params("scan"))
def test_real_wording_scanned_never_confidently_wrong(passage_id: str, out_dir: Path) -> None:
    assert _verdict(passage_id, "scan", out_dir).wrong == ()


def test_known_failures_name_real_cases() -> None:
    ids = {p.id for p in render.load_passages()}
    scans = set(render.scanned_ids())
    for key in KNOWN_FAILURES:
        passage_id, _, profile = key.partition("/")
        assert passage_id in (scans if profile == "scan" else ids), key
        assert profile in ("", "scan"), key


def test_corpus_shape() -> None:
    passages = render.load_passages()
    kinds = [p.kind for p in passages]
    assert kinds.count("determination") >= 80
    assert kinds.count("header") + kinds.count("last_day") >= 20
    assert len({p.id for p in passages}) == len(passages)
    for passage in passages:
        expected = passage.expected
        if passage.kind == "determination":
            assert set(expected) == {"collection", "innocent_spouse"}, passage.id
            assert expected["collection"] or expected["innocent_spouse"], passage.id
        else:
            assert passage.kind in ("header", "last_day"), passage.id
            assert set(expected) == {"letter_date", "printed_last_day"}, passage.id


def test_truth_deadlines_roll_past_weekends_and_dc_holidays() -> None:
    import datetime as dt
    # Boechler: 2017-07-28 -> day 30 a Sunday -> 2017-08-28; Guralnik: 2015-01-16 -> 2015-02-17.
    assert render.last_day(dt.date(2017, 7, 28), 30) == dt.date(2017, 8, 28)
    assert render.last_day(dt.date(2015, 1, 16), 30) == dt.date(2015, 2, 17)
    # Frutiger (innocent spouse): 2021-06-16 -> 2021-09-14.
    assert render.last_day(dt.date(2021, 6, 16), 90) == dt.date(2021, 9, 14)
