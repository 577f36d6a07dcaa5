"""Shared test fixtures: the committed sample corpus and a fixed as-of date."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from run_once import RUN_FOLDER_VARIABLE
from xdist_groups import pytest_collection_modifyitems  # noqa: F401  (a hook: keeps xdist groups together)

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "samples" / "letters"

# Tesseract in every test process runs single-threaded (tests run side by side under xdist).
os.environ.setdefault("OMP_THREAD_LIMIT", "1")
# xdist already runs two test processes on two cores: one OCR page at a time in each.
os.environ.setdefault("LETTER4390_OCR_JOBS", "1")


@pytest.fixture(scope="session", autouse=True)
def _holiday_cache(tmp_path_factory: pytest.TempPathFactory) -> None:
    """A fresh holiday cache for the session (rules/holiday_cache.py): the first reading of a year in each
    test process is the `holidays` package's own, never a file an earlier run or another version left."""
    os.environ["LETTER4390_CACHE_DIR"] = str(tmp_path_factory.mktemp("holiday-cache"))


@pytest.fixture(scope="session", autouse=True)
def _run_folder(tmp_path_factory: pytest.TempPathFactory) -> None:
    """The folder tests/run_once.py shares between the xdist workers of this run: the parent of each
    worker's own base folder (pytest-N, new each run), or the base folder itself without xdist."""
    base = tmp_path_factory.getbasetemp()
    folder = (base.parent if os.environ.get("PYTEST_XDIST_WORKER") else base) / "run-once"
    folder.mkdir(exist_ok=True)
    os.environ[RUN_FOLDER_VARIABLE] = str(folder)


def sample_truths() -> list[Path]:
    return sorted(SAMPLES.glob("*.truth.json"))


def load_truth(path: Path) -> dict[str, object]:
    truth: dict[str, object] = json.loads(path.read_text(encoding="utf-8"))
    return truth
