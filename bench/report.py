"""Markdown tables for the console and for bench/results/*.md (the README quotes them)."""

from __future__ import annotations

import datetime as dt
import platform
from collections.abc import Sequence
from pathlib import Path

RESULTS_DIR = Path(__file__).resolve().parent / "results"


def table(headers: Sequence[str], rows: Sequence[Sequence[object]]) -> str:
    """A GitHub markdown table; numbers are right-aligned."""
    cells = [[_cell(value) for value in row] for row in rows]
    align = ["---:" if rows and all(_numeric(row[i]) for row in rows) else "---" for i in range(len(headers))]
    lines = ["| " + " | ".join(headers) + " |", "| " + " | ".join(align) + " |"]
    lines.extend("| " + " | ".join(row) + " |" for row in cells)
    return "\n".join(lines)


def machine_line(load: str) -> str:
    return (f"Measured {dt.datetime.now():%Y-%m-%d %H:%M} on {platform.machine()} "
            f"(Python {platform.python_version()}), load average {load}.")


def write_result(name: str, text: str) -> Path:
    RESULTS_DIR.mkdir(parents=True, exist_ok=True)
    path = RESULTS_DIR / name
    path.write_text(text.rstrip() + "\n", encoding="utf-8")
    return path


def seconds(value: float) -> str:
    return f"{value:.2f} s"


def mib(value: float) -> str:
    return f"{value:.0f} MB"


def percent(part: int, whole: int) -> str:
    return "–" if whole == 0 else f"{100.0 * part / whole:.1f}%"


def _cell(value: object) -> str:
    return f"{value:.2f}" if isinstance(value, float) else str(value)


def _numeric(value: object) -> bool:
    if isinstance(value, int | float):
        return True
    text = str(value).removesuffix(" s").removesuffix(" MB").removesuffix("%").removesuffix("×")
    try:
        float(text)
    except ValueError:
        return False
    return True
