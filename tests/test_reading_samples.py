"""Every committed sample reads: page count, method per page, and the turns the generator applied
(its truth records rotation and skew per page) found again by the reader."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from read_support import shared_reading
from said import english

from parser.reading.read import read_document

SAMPLES = Path(__file__).resolve().parent.parent / "samples" / "letters"
# Scans with a distinct degradation each (the rest of the scans are read by the facts and end-to-end tests).
SCANS_TO_CHECK = (
    "4390-rotated90.png",
    "4390-rotated180.png",
    "4390-skew-noise.png",
    "4390-fax200.tif",
    "4390-mixed.pdf",
    "blank-scan.pdf",
)
SKEW_TOLERANCE = 0.3
BLANK_SAMPLE = "blank-scan"  # its truth says only "other": the README names it a blank scanned page


def _truth(path: Path) -> dict[str, Any]:
    truth: dict[str, Any] = json.loads(path.with_name(f"{path.stem}.truth.json").read_text(encoding="utf-8"))
    return truth


def _samples(profile_is_digital: bool) -> list[Path]:
    if not SAMPLES.is_dir():
        return []
    paths = sorted(path for path in SAMPLES.iterdir() if path.with_name(f"{path.stem}.truth.json").exists())
    return [path for path in paths if (_truth(path)["profile"] == "digital") == profile_is_digital]


@pytest.mark.parametrize("path", _samples(profile_is_digital=True), ids=lambda path: path.name)
def test_digital_samples_read_from_their_text_layer(path: Path) -> None:
    document = read_document(path).document
    assert len(document.pages) == _truth(path)["pages"]
    assert [page.method for page in document.pages] == ["pdf_text"] * len(document.pages)
    assert all(len(page.words) >= 20 for page in document.pages)
    assert document.warnings == ()


@pytest.mark.ocr
@pytest.mark.parametrize("name", SCANS_TO_CHECK)
def test_scanned_samples_are_turned_and_straightened_as_their_truth_says(name: str) -> None:
    path = SAMPLES / name
    if not path.exists():
        pytest.skip("samples/letters not generated")
    truth = _truth(path)
    degradation = truth["degradation"]
    with shared_reading(path) as pages:  # read_document's reading, shared with the other sample tests
        document = pages.document
    assert len(document.pages) == truth["pages"]
    scanned = degradation.get("scanned_pages", truth["pages"])
    for page, applied_skew in zip(document.pages, degradation["skew"], strict=True):
        if page.number > scanned:
            assert page.method == "pdf_text"
            continue
        if path.stem == BLANK_SAMPLE:
            assert page.method == "none" and page.words == ()
            assert english(document.warnings[0]) == "page 1 looks blank; nothing was read from it"
            continue
        assert page.method == "ocr"
        assert page.mean_confidence is not None and page.mean_confidence > 75
        assert page.rotation == degradation["rotation"]
        # Fax and noisy scans are speckled (their digits get a stricter second reading); the others not.
        assert page.speckled is (path.stem in ("4390-fax200", "4390-skew-noise"))
        if abs(applied_skew) >= 0.5 + SKEW_TOLERANCE:
            assert abs(page.skew) == pytest.approx(abs(applied_skew), abs=SKEW_TOLERANCE)
        else:
            assert abs(page.skew) <= abs(applied_skew) + SKEW_TOLERANCE
