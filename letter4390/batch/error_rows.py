"""errors.csv: one row per input that could not be processed, with its exit code and one-line reason."""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass

from letter4390.batch.docket import CSV_BOM, safe_cell

ERROR_COLUMNS = ("file", "exit_code", "reason")


@dataclass(frozen=True)
class ErrorRow:
    file: str  # display name (relative to the inbox, taxpayer ids masked)
    exit_code: int  # what `letter4390 extract` on this file would exit with (README: exit codes)
    reason: str  # one line


def errors_csv(rows: list[ErrorRow]) -> str:
    buffer = io.StringIO()
    buffer.write(CSV_BOM)  # like docket.csv: file names with accents open right in Excel
    writer = csv.writer(buffer)
    writer.writerow(ERROR_COLUMNS)
    for row in sorted(rows, key=lambda r: r.file):
        writer.writerow([safe_cell(row.file), row.exit_code, safe_cell(row.reason)])
    return buffer.getvalue()
