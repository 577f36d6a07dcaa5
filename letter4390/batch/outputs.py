"""Where the batch writes, and how: every file goes to a temporary name first and is renamed into place.

A reader of OUT (or a resumed run) therefore sees either the complete previous file or the complete new
one, never half of one, whatever happens in between (a crash, a kill, Ctrl-C, a full disk).
"""

from __future__ import annotations

import fcntl
import glob
import os
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from parser.core.errors import OutputError, os_reason
from parser.core.notes import note

TEMP_PREFIX = ".tmp-"


@dataclass(frozen=True)
class LetterOutputs:
    """The files written for one input, and the name its calendar events carry."""

    stem: str
    summary: Path
    result: Path
    ics: Path
    label: str

    def complete(self) -> bool:
        return self.summary.is_file() and self.result.is_file() and self.ics.is_file()


@dataclass(frozen=True)
class Permissions:
    """Modes of what the batch creates: the owner's only, or the owner's group's too (read, not write)."""

    umask: int
    file_mode: int
    folder_mode: int

    @staticmethod
    def for_group(group_readable: bool) -> Permissions:
        return GROUP_READABLE if group_readable else OWNER_ONLY


OWNER_ONLY = Permissions(umask=0o077, file_mode=0o600, folder_mode=0o700)
GROUP_READABLE = Permissions(umask=0o027, file_mode=0o640, folder_mode=0o750)


@dataclass(frozen=True)
class OutLayout:
    root: Path
    permissions: Permissions = OWNER_ONLY

    @property
    def letters(self) -> Path:
        return self.root / "letters"

    @property
    def state(self) -> Path:
        """One small record per finished input, read by the next run to skip work already done."""
        return self.root / ".batch"

    @property
    def docket_csv(self) -> Path:
        return self.root / "docket.csv"

    @property
    def docket_json(self) -> Path:
        return self.root / "docket.json"

    @property
    def docket_pdf(self) -> Path:
        return self.root / "docket.pdf"

    @property
    def deadlines_ics(self) -> Path:
        return self.root / "deadlines.ics"

    @property
    def errors_csv(self) -> Path:
        return self.root / "errors.csv"

    @property
    def manifest(self) -> Path:
        return self.root / "manifest.json"

    def letter(self, stem: str, label: str) -> LetterOutputs:
        return LetterOutputs(
            stem=stem,
            summary=self.letters / f"{stem}.summary.pdf",
            result=self.letters / f"{stem}.result.json",
            ics=self.letters / f"{stem}.ics",
            label=label,
        )

    def state_record(self, stem: str) -> Path:
        return self.state / f"{stem}.json"

    def prepare(self) -> None:
        """Create the folders, and give the batch's own folders and files the run's modes (outputs of an
        earlier run, reused by this one, may have been written under other ones)."""
        try:
            created_root = not self.root.exists()
            for folder in (self.root, self.letters, self.state):
                folder.mkdir(parents=True, exist_ok=True)
                if not os.access(folder, os.W_OK | os.X_OK):
                    raise OutputError(note("error.out_not_writable", path=str(folder)))
            self._set_modes(include_root=created_root)
        except OSError as error:
            raise OutputError(note("error.cannot_create_out", path=str(self.root),
                                   reason=os_reason(error))) from None

    def _set_modes(self, *, include_root: bool) -> None:
        """OUT itself only when this run made it: a folder the user made keeps the mode they gave it."""
        folders = (self.root, self.letters, self.state) if include_root else (self.letters, self.state)
        for folder in folders:
            os.chmod(folder, self.permissions.folder_mode)
        for folder in (self.letters, self.state):
            for entry in os.scandir(folder):
                if entry.is_file(follow_symlinks=False):
                    os.chmod(entry.path, self.permissions.file_mode)

    @contextmanager
    def locked(self) -> Iterator[None]:
        """Hold OUT for this run alone: a second batch on the same OUT would delete this one's temporary
        files and interleave its outputs. Inside, temporary files a killed earlier run left are removed."""
        with (self.state / "lock").open("w") as handle:
            try:
                fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except BlockingIOError:
                raise OutputError(note("error.out_in_use", path=str(self.root))) from None
            remove_temps(self.root, patterns=(f"{TEMP_PREFIX}*", ".*.tmp"))
            for folder in (self.letters, self.state):
                remove_temps(folder)
            yield


def temp_path_for(final: Path) -> Path:
    """A temporary name beside `final` (same filesystem, so the rename is atomic), same suffix."""
    return final.with_name(f"{TEMP_PREFIX}{os.getpid()}-{final.name}")


def remove_temps(folder: Path, *, stem: str | None = None, patterns: tuple[str, ...] = (".*",)) -> None:
    """Delete temporary files in `folder`: those of one input's outputs (`stem`), or all matching `patterns`.

    Final names never start with ".", so in the batch's own folders every hidden file is a temporary one
    (ours, or one a stage's own atomic writer left when its worker was killed).
    """
    if stem is not None:
        patterns = (f".*{glob.escape(stem)}*",)
    for pattern in patterns:
        for leftover in folder.glob(pattern):
            if leftover.is_file() and not leftover.is_symlink():
                leftover.unlink(missing_ok=True)


@contextmanager
def atomic_files(*finals: Path) -> Iterator[tuple[Path, ...]]:
    """Yield temporary paths to write; on success rename each onto its final path, in the order given.

    On any failure the temporary files are removed and the final paths keep what they had.
    """
    temps = tuple(temp_path_for(final) for final in finals)
    try:
        yield temps
        for temp, final in zip(temps, finals, strict=True):
            os.replace(temp, final)
    finally:
        for temp in temps:
            temp.unlink(missing_ok=True)


def write_text_atomic(final: Path, text: str) -> None:
    try:
        with atomic_files(final) as (temp,):
            temp.write_text(text, encoding="utf-8", newline="")
    except OSError as error:
        raise OutputError(note("error.cannot_write_file", name=final.name, reason=os_reason(error))) from None


def write_bytes_atomic(final: Path, data: bytes) -> None:
    try:
        with atomic_files(final) as (temp,):
            temp.write_bytes(data)
    except OSError as error:
        raise OutputError(note("error.cannot_write_file", name=final.name, reason=os_reason(error))) from None
