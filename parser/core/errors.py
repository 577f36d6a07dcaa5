"""The project's one hierarchy of user-facing errors.

They live in the first stage so every stage can raise them; ``letter4390.exit_codes`` maps each class to
its CLI exit code and HTTP status in one table. An error carries a note (a code and its values,
parser/core/notes.py), never a sentence: the one catalogue (`said.<code>` in annotate/catalog/<lang>.json)
words it for the CLI, errors.csv and the web page, in the reader's language (`Messages.said(error.note)`).
Its values never contain taxpayer data.
"""

from __future__ import annotations

from parser.core.notes import Note, NoteValue, note


class Letter4390Error(Exception):
    """Base of every error the user should see as a one-line reason."""

    def __init__(self, said: Note) -> None:
        super().__init__(said)  # args == (note,): the error pickles across processes as it is
        self.note = said

    def __str__(self) -> str:
        """The note for a developer's eyes (tracebacks): "input.too_many_pages (pages=3, limit=2)"; the
        reader's words come from the catalogue."""
        values = ", ".join(f"{name}={value!r}" for name, value in self.note.values)
        return f"{self.note.code} ({values})" if values else self.note.code


def os_reason(error: OSError) -> NoteValue:
    """Why the system refused (its own words, e.g. "Permission denied"), or a plain "input/output error"."""
    return error.strerror or note("error.io")


class UsageError(Letter4390Error):
    """The command was called wrongly (bad option value, bad date)."""


class InputError(Letter4390Error):
    """The input can't be read: missing, empty, corrupt, encrypted, unsupported, too large."""


class UnsupportedInputError(InputError):
    """The file is of a type the tool does not read."""


class InputTooLargeError(InputError):
    """Too many pages, too many pixels, too many bytes."""


class EncryptedInputError(InputError):
    """A PDF that needs a password to open."""


class MissingDependencyError(Letter4390Error):
    """A program the tool needs (e.g. tesseract) is not installed."""


class OutputError(Letter4390Error):
    """The output can't be written (read-only directory, disk full)."""


class ProcessingTimeoutError(Letter4390Error):
    """Reading one input took longer than the allowed time."""
