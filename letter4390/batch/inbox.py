"""Walk the inbox: every entry under it, following no links, each with a stable unique output name.

Entries that are not regular files (links, pipes, unreadable folders) are listed too, so the batch can
account for them in errors.csv instead of silently skipping them. Clinics sometimes name scans by SSN: every
name shown or written is masked by parser.facts.identifiers.mask_tins_in_name.
"""

from __future__ import annotations

import hashlib
import os
import re
import stat
from dataclasses import dataclass
from pathlib import Path, PurePosixPath
from typing import Literal

from parser.facts.identifiers import mask_tins_in_name

EntryKind = Literal["file", "link", "special", "unreadable_folder"]

# Characters kept in output file names; everything else becomes "_".
UNSAFE_NAME_CHARS = re.compile(r"[^A-Za-z0-9._-]+")
SLUG_MAX_CHARS = 80
NAME_HASH_CHARS = 10


@dataclass(frozen=True)
class InboxEntry:
    path: Path  # where it is
    display: str  # the path relative to the inbox, printable, taxpayer ids masked: used in every output
    stem: str  # output name stem: readable, unique per relative path, the same on every run
    kind: EntryKind


def display_name(relative: PurePosixPath | Path) -> str:
    """A printable, masked form of a relative path (undecodable bytes become U+FFFD)."""
    raw = os.fsencode(str(PurePosixPath(*relative.parts)))
    return mask_tins_in_name(raw.decode("utf-8", "replace"))


def output_stem(relative: PurePosixPath | Path) -> str:
    """A file-name-safe stem for an input's outputs.

    Readable (the masked path with "/" as "__"), bounded in length, and made unique by a hash of the exact
    path bytes: "a/b.pdf" and "c/b.pdf", or two names that sanitise alike, never share outputs.
    """
    parts = [UNSAFE_NAME_CHARS.sub("_", display_name(PurePosixPath(p))) for p in relative.parts]
    slug = "__".join(parts).strip("._-") or "input"
    digest = hashlib.sha256(os.fsencode(str(PurePosixPath(*relative.parts)))).hexdigest()[:NAME_HASH_CHARS]
    return f"{slug[:SLUG_MAX_CHARS]}-{digest}"


def _entry(path: Path, inbox: Path, kind: EntryKind) -> InboxEntry:
    relative = path.relative_to(inbox)
    return InboxEntry(path=path, display=display_name(relative), stem=output_stem(relative), kind=kind)


def _kind_of(entry: os.DirEntry[str]) -> EntryKind | Literal["folder"]:
    if entry.is_symlink():
        return "link"
    mode = entry.stat(follow_symlinks=False).st_mode
    if stat.S_ISDIR(mode):
        return "folder"
    if stat.S_ISREG(mode):
        return "file"
    return "special"


def walk_inbox(inbox: Path, *, exclude: Path | None = None) -> tuple[InboxEntry, ...]:
    """Every entry under `inbox`, sorted by path; the folder `exclude` (the output folder) is skipped."""
    excluded = exclude.resolve() if exclude is not None else None
    found: list[InboxEntry] = []
    folders = [inbox]
    while folders:
        folder = folders.pop()
        try:
            with os.scandir(folder) as listing:
                children = list(listing)
        except OSError:
            if folder == inbox:
                raise
            found.append(_entry(folder, inbox, "unreadable_folder"))
            continue
        for child in children:
            path = Path(child.path)
            try:
                kind = _kind_of(child)
            except OSError:
                kind = "special"
            if kind == "folder":
                if excluded is None or path.resolve() != excluded:
                    folders.append(path)
            else:
                found.append(_entry(path, inbox, kind))
    return tuple(sorted(found, key=lambda e: os.fsencode(str(e.path))))

