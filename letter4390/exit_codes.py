"""The one place that maps user-facing errors to CLI exit codes and HTTP statuses."""

from __future__ import annotations

from parser.core.errors import (
    EncryptedInputError,
    InputError,
    InputTooLargeError,
    Letter4390Error,
    MissingDependencyError,
    OutputError,
    ProcessingTimeoutError,
    UnsupportedInputError,
    UsageError,
)

OK = 0
INTERNAL_ERROR = 1
USAGE = 2
UNREADABLE_INPUT = 3
MISSING_DEPENDENCY = 4
BATCH_PARTIAL = 5  # batch: some inputs went to errors.csv

# Most specific class first: the first isinstance match wins.
_TABLE: tuple[tuple[type[Letter4390Error], int, int], ...] = (
    (UsageError, USAGE, 400),
    (InputTooLargeError, UNREADABLE_INPUT, 413),
    (UnsupportedInputError, UNREADABLE_INPUT, 415),
    (EncryptedInputError, UNREADABLE_INPUT, 400),
    (InputError, UNREADABLE_INPUT, 400),
    (OutputError, UNREADABLE_INPUT, 500),
    (ProcessingTimeoutError, UNREADABLE_INPUT, 503),
    (MissingDependencyError, MISSING_DEPENDENCY, 503),
)


def exit_code_for(error: BaseException) -> int:
    for cls, code, _status in _TABLE:
        if isinstance(error, cls):
            return code
    return INTERNAL_ERROR


def http_status_for(error: BaseException) -> int:
    for cls, _code, status in _TABLE:
        if isinstance(error, cls):
            return status
    return 500
