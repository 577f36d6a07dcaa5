"""What a note says in English: tests assert the words of reasons and warnings through the catalogue."""

from __future__ import annotations

from collections.abc import Iterable

from annotate.messages import messages
from parser.core.notes import Note


def english(notes: Note | Iterable[Note] | None) -> str:
    """One note, or several joined as the JSON and the evidence page join them ("first; second")."""
    if notes is None:
        return ""
    return messages("en").said_all((notes,) if isinstance(notes, Note) else notes)


def english_each(notes: Iterable[Note]) -> tuple[str, ...]:
    return tuple(messages("en").said(n) for n in notes)
