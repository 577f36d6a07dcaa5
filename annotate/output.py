"""Writing an output file whole or not at all: a temporary file beside it, then a rename."""

from __future__ import annotations

import contextlib
import os
import tempfile
from pathlib import Path

from parser.core.errors import OutputError, os_reason
from parser.core.notes import note


def write_atomically(data: bytes, out: Path) -> None:
    """Write `data` to `out` so a reader never sees half a file; OutputError if it can't be written."""
    directory = out.parent if str(out.parent) else Path(".")
    temp_name: str | None = None
    try:
        handle, temp_name = tempfile.mkstemp(prefix=f".{out.name}.", suffix=".tmp", dir=directory)
        with os.fdopen(handle, "wb") as stream:
            stream.write(data)
            stream.flush()
            os.fsync(stream.fileno())
        os.chmod(temp_name, 0o644)
        os.replace(temp_name, out)
        temp_name = None
    except OSError as error:
        raise OutputError(note("error.cannot_write", path=str(out), reason=os_reason(error))) from None
    finally:
        if temp_name is not None:
            with contextlib.suppress(OSError):
                os.unlink(temp_name)
