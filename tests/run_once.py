"""A value computed once per test run and shared by the xdist workers: a letter's reading, mostly.

`make test` runs `pytest -n 2`, and xdist's `load` sends the tests of one letter to either worker, so a
per-process cache read (and OCR'd) nearly every letter twice: 387 reads of 195 files in two test modules,
measured. (`--dist loadgroup` keeps a group's tests together, tests/xdist_groups.py, but one letter is read
by tests of several modules and groups.) This is xdist's documented recipe for work done once per session
instead: a file lock in the folder all workers of the run share. The first worker to ask computes the
value and leaves it pickled there; the other waits for the lock and loads it. The folder is new each run,
so no value outlives the code that made it.
"""

from __future__ import annotations

import fcntl
import hashlib
import os
import pickle
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

T = TypeVar("T")

# The run's shared folder, set by tests/conftest.py before the first test.
RUN_FOLDER_VARIABLE = "LETTER4390_TEST_RUN_FOLDER"


def run_folder() -> Path:
    """The folder every test process of this run shares: files a shared value names are written there."""
    return Path(os.environ[RUN_FOLDER_VARIABLE])


def once_per_run(key: str, compute: Callable[[], T]) -> T:
    """`compute()`'s value for `key`, computed by whichever test process asks first in this run."""
    folder = run_folder()
    name = hashlib.sha256(key.encode("utf-8")).hexdigest()[:24]
    stored = folder / f"{name}.pickle"
    with open(folder / f"{name}.lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)  # released when the file closes
        if stored.exists():
            with open(stored, "rb") as file:
                value: T = pickle.load(file)
            return value
        value = compute()
        partial = stored.with_suffix(".partial")
        with open(partial, "wb") as file:
            pickle.dump(value, file)
        partial.replace(stored)
        return value


def file_key(path: Path, *parts: object) -> str:
    """A key naming a file by its content (two workers' copies of a generated letter are one file)."""
    return "|".join([hashlib.sha256(path.read_bytes()).hexdigest(), *map(str, parts)])
