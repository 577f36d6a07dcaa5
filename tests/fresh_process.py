"""Run a snippet of Python in a fresh interpreter at the project root: what a first import loads (a lazy
import's promise) can only be seen in a process that has loaded nothing yet."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def printed_by(script: str) -> list[str]:
    """The words the script printed, after it ran to its end without error."""
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=False,
                          cwd=ROOT)
    assert done.returncode == 0, done.stderr
    return done.stdout.split()
