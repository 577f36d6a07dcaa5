"""Shared test fixtures: the committed sample corpus and a fixed as-of date."""

from __future__ import annotations

import json
import os
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "samples" / "letters"

# Tesseract in every test process runs single-threaded (tests run side by side under xdist).
os.environ.setdefault("OMP_THREAD_LIMIT", "1")
# xdist already runs two test processes on two cores: one OCR page at a time in each.
os.environ.setdefault("LETTER4390_OCR_JOBS", "1")


def sample_truths() -> list[Path]:
    return sorted(SAMPLES.glob("*.truth.json"))


def load_truth(path: Path) -> dict[str, object]:
    truth: dict[str, object] = json.loads(path.read_text(encoding="utf-8"))
    return truth
