"""What parser/ and rules/ tell the reader, as data: a code and its values, never a sentence.

A stage says *what* it found (`note("page.tilted", number=1, degrees=3.0)`); the one catalogue
(annotate/catalog/<lang>.json, key `said.<code>`) words it in the reader's language, dates included.
A note is frozen, hashable and picklable: results cross process boundaries in batch and web.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import TypeAlias


@dataclass(frozen=True)
class Note:
    code: str  # the catalogue key without its "said." prefix, e.g. "page.blank"
    values: tuple[tuple[str, NoteValue], ...] = ()  # (name, value) in the order given: hashable


# A value a note carries: text read off the letter (already masked), a number, a date, a note nested in it
# ("Collection determination: {reason}."), or a list of these (dates, page numbers, notes).
NoteValue: TypeAlias = str | int | float | dt.date | Note | tuple[str | int | dt.date | Note, ...]


def note(code: str, **values: NoteValue) -> Note:
    """`Note` with its values by keyword: note("page.blank", number=3)."""
    return Note(code, tuple(values.items()))


def added(notes: tuple[Note, ...], *more: Note) -> tuple[Note, ...]:
    """`notes` then each of `more` not already among them, in order (a fact's reasons say each thing once)."""
    return tuple(dict.fromkeys((*notes, *more)))
