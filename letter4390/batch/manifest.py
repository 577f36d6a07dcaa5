"""manifest.json: what the run did with each input, under which versions and settings, and the timings."""

from __future__ import annotations

import importlib
import json
from dataclasses import asdict, dataclass
from functools import cache
from importlib import metadata
from typing import Any, Literal

from letter4390.pipeline import Options

Outcome = Literal["processed", "reused", "error", "not_processed"]
MANIFEST_VERSION = "1"


@dataclass(frozen=True)
class InputRecord:
    file: str  # display name, relative to the inbox
    sha256: str | None  # None when the entry could not be read (a link, an unreadable file)
    size: int | None
    outcome: Outcome  # processed now; reused from an earlier run; error; not processed (interrupted)
    exit_code: int | None
    reason: str
    seconds: float  # time spent on it in this run (0 when reused)
    outputs: str | None  # the stem of its outputs in OUT/letters (another input's for identical content)


@dataclass(frozen=True)
class RunInfo:
    started: str
    finished: str | None
    seconds: float
    jobs: int
    timeout: float
    memory_mb: int
    interrupted: bool


@cache
def tool_version() -> str:
    try:
        return metadata.version("letter4390")
    except metadata.PackageNotFoundError:
        return "unknown"


def tesseract_version() -> str | None:
    """The reading layer's Tesseract version (pytesseract's if that layer does not say); None if absent."""
    try:
        reader = importlib.import_module("parser.reading.tesseract")
        read_version = getattr(reader, "tesseract_version", None)
        if callable(read_version):
            return str(read_version())
        import pytesseract

        return str(pytesseract.get_tesseract_version())
    except Exception:  # not installed or not runnable: the manifest says so rather than failing the batch
        return None


def options_json(options: Options) -> dict[str, Any]:
    return {
        "as_of": options.as_of.isoformat() if options.as_of else None,
        "max_pages": options.max_pages,
        "closures": [d.isoformat() for d in options.closures],
        "lang": options.lang,
    }


def manifest_json(*, run: RunInfo, options: Options, fingerprint: str, inbox: str,
                  tesseract: str | None, inputs: list[InputRecord]) -> str:
    counts: dict[str, int] = {}
    for record in inputs:
        counts[record.outcome] = counts.get(record.outcome, 0) + 1
    processed_seconds = sum(r.seconds for r in inputs if r.outcome in ("processed", "error"))
    document = {
        "manifest_version": MANIFEST_VERSION,
        "tool": {"name": "letter4390", "version": tool_version(), "tesseract": tesseract},
        "inbox": inbox,
        "settings": {**options_json(options), "fingerprint": fingerprint},
        "run": asdict(run),
        "counts": {"inputs": len(inputs), **counts},
        "seconds_in_workers": round(processed_seconds, 3),
        "inputs": [asdict(record) for record in inputs],
    }
    return json.dumps(document, indent=2, ensure_ascii=False) + "\n"
