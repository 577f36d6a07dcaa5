"""The project's one hierarchy of user-facing errors.

They live in the first stage so every stage can raise them; ``letter4390.exit_codes`` maps each class to
its CLI exit code and HTTP status in one table. Messages are one line, never contain taxpayer data, and
say what to do.
"""

from __future__ import annotations


class Letter4390Error(Exception):
    """Base of every error the user should see as a one-line reason."""


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
