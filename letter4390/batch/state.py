"""What earlier runs finished, so a resumed run skips inputs whose content already has a result.

Each finished input leaves a small record in OUT/.batch/<stem>.json, written after its outputs. A record is
reused when the content (sha256) and the settings that shape a result (page limit, closures, language, tool
version) match and its outputs are all there. An error is reused when it is the file's own fault (an
unreadable or unsupported file), or a timeout or memory blow-up under limits no larger than this run's;
crashes and errors of the environment (a missing program) are tried again.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from dataclasses import asdict, dataclass
from pathlib import Path

from letter4390.batch.outputs import OutLayout, write_text_atomic
from letter4390.batch.worker import Cause
from letter4390.pipeline import Options


@dataclass(frozen=True)
class StateRecord:
    file: str  # the input's display name when it was processed
    sha256: str
    settings: str  # settings_fingerprint of the run that processed it
    ok: bool
    exit_code: int
    reason: str
    cause: Cause
    timeout: float  # the limits of the run that processed it
    memory_mb: int
    seconds: float
    stem: str  # whose outputs hold the result
    finished: str  # ISO timestamp


def settings_fingerprint(options: Options, tool_version: str) -> str:
    """The settings that change a letter's outputs; the as-of date is left out (the docket recounts days)."""
    shaping = {
        "max_pages": options.max_pages,
        "closures": sorted(d.isoformat() for d in options.closures),
        "lang": options.lang,
        "tool_version": tool_version,
    }
    return hashlib.sha256(json.dumps(shaping, sort_keys=True).encode()).hexdigest()[:16]


def now_iso() -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec="seconds")


def save_record(layout: OutLayout, stem: str, record: StateRecord) -> None:
    write_text_atomic(layout.state_record(stem), json.dumps(asdict(record), indent=1) + "\n")


def forget(layout: OutLayout, stem: str) -> None:
    """Drop a stem's record before redoing it: its outputs are about to be replaced."""
    layout.state_record(stem).unlink(missing_ok=True)


def _load(path: Path) -> StateRecord | None:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        return StateRecord(**data)
    except (OSError, ValueError, TypeError):
        return None  # unreadable or from another version: not trusted, the input is redone


class ResumeIndex:
    """Finished results and definitive errors of earlier runs, by content."""

    def __init__(self, layout: OutLayout, fingerprint: str, *, timeout: float, memory_mb: int) -> None:
        self._layout = layout
        self._timeout = timeout
        self._memory_mb = memory_mb
        self._by_stem: dict[str, StateRecord] = {}
        self._by_sha: dict[str, StateRecord] = {}
        for path in sorted(layout.state.glob("*.json")):
            record = _load(path)
            if record is not None and self._usable(record, fingerprint):
                self._by_stem[path.stem] = record
                if record.ok or record.sha256 not in self._by_sha:
                    self._by_sha[record.sha256] = record

    def _usable(self, record: StateRecord, fingerprint: str) -> bool:
        if record.settings != fingerprint:
            return False
        if record.ok:
            return self._layout.letter(record.stem, record.file).complete()
        if record.cause == "input":
            return True
        if record.cause == "timeout":
            return self._timeout <= record.timeout
        if record.cause == "memory":
            return 0 < self._memory_mb <= record.memory_mb
        return False

    def lookup(self, stem: str, sha256: str) -> StateRecord | None:
        """The record for this input's own outputs if its content is unchanged, else any with its content."""
        own = self._by_stem.get(stem)
        if own is not None and own.sha256 == sha256:
            return own
        return self._by_sha.get(sha256)
