"""The clinic's deadline docket: one row per processed letter, most urgent first, as CSV and JSON.

Rows are built from each letter's result JSON (result.schema.json), so a resumed run builds the same docket
from the results of earlier runs. Days left are counted again from this run's as-of date.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import re
from dataclasses import dataclass
from typing import Any, Literal

from letter4390.batch.words import words
from parser.facts.identifiers import mask_tins_in_name

DEADLINE_IDS = ("collection_due_process", "innocent_spouse")
# A masked taxpayer id as the result schema allows it: only the last four digits shown.
MASKED_TIN = re.compile(r"^[X*]{3}-[X*]{2}-[0-9]{4}$|^[X*]{2}-[X*]{3}[0-9]{4}$")
# Spreadsheet programs run a cell that starts with one of these as a formula (CSV injection).
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
INTEGER = re.compile(r"^-?\d+$")
# A phone number as the result schema gives it: ten digits, shown as they are (not a nine-digit TIN).
SCHEMA_PHONE = re.compile(r"^[0-9]{10}$")

Status = Literal["check_now", "open", "passed", "none"]
# The two kinds of flag a letter's result carries (rules/review.py): what a person must check before relying
# on the deadline (JSON `needs_review`), and what is only worth a glance (JSON `worth_a_glance`).
ReviewKind = Literal["must_check", "worth_a_glance", ""]
REVIEW_KIND_TEXT: dict[ReviewKind, str] = {
    "must_check": "must check", "worth_a_glance": "worth a glance", "": "",
}
# Short names of flagged items, for the docket's narrow review column, are the catalogue's
# `docket.item.<name>`; a name not there is shown as it is.
REVIEW_ITEM_PREFIX = "docket.item."

CSV_COLUMNS = (
    "file", "status", "next_due", "next_days_left", "letter_type", "letter_date",
    "collection_due_process_due", "collection_due_process_days_left",
    "innocent_spouse_due", "innocent_spouse_days_left", "printed_last_day",
    "contact_name", "contact_phone", "taxpayer_name", "taxpayer_id",
    "review", "needs_review", "review_items", "worth_a_glance", "summary_pdf", "result_json",
)
# Excel on Windows reads a CSV without a byte order mark in the local code page ("JosÃ© MuÃ±oz").
CSV_BOM = "\ufeff"


@dataclass(frozen=True)
class DueDate:
    id: str
    due: dt.date
    days_left: int


@dataclass(frozen=True)
class DocketRow:
    file: str
    summary_pdf: str  # relative to OUT
    result_json: str
    letter_type: str
    letter_date: dt.date | None
    deadlines: tuple[DueDate, ...]
    printed_last_day: dt.date | None
    contact_name: str | None
    contact_phone: str | None
    taxpayer_name: str | None
    taxpayer_id: str | None  # masked
    needs_review: tuple[str, ...]  # must check
    worth_a_glance: tuple[str, ...] = ()

    @property
    def review_kind(self) -> ReviewKind:
        if self.needs_review:
            return "must_check"
        return "worth_a_glance" if self.worth_a_glance else ""

    @property
    def next_open(self) -> DueDate | None:
        open_ones = [d for d in self.deadlines if d.days_left >= 0]
        return min(open_ones, key=lambda d: d.due) if open_ones else None

    @property
    def status(self) -> Status:
        if self.next_open is not None:
            return "open"
        if self.deadlines:
            return "passed"
        # No deadline and the tool is unsure of something (the date, the letter type): it could be due
        # tomorrow, so a person must look first.
        return "check_now" if self.needs_review else "none"

    def due(self, deadline_id: str) -> DueDate | None:
        return next((d for d in self.deadlines if d.id == deadline_id), None)


def sort_key(row: DocketRow) -> tuple[int, int, str]:
    """Unknown deadlines first, then open ones by nearest due date, then passed (latest first), then none."""
    status = row.status
    if status == "check_now":
        return (0, 0, row.file)
    if status == "open":
        nearest = row.next_open
        return (1, nearest.due.toordinal() if nearest else 0, row.file)
    if status == "passed":
        return (2, -max(d.due for d in row.deadlines).toordinal(), row.file)
    return (3, 0, row.file)


def sort_rows(rows: list[DocketRow]) -> list[DocketRow]:
    return sorted(rows, key=sort_key)


def _field_value(result: dict[str, Any], name: str) -> Any:
    fact = result.get("fields", {}).get(name)
    return None if fact is None else fact.get("value")


def _date(value: Any) -> dt.date | None:
    return dt.date.fromisoformat(value) if isinstance(value, str) else None


def _masked_tin(value: Any) -> str | None:
    if not isinstance(value, str):
        return None
    if MASKED_TIN.match(value):
        return value
    digits = re.sub(r"\D", "", value)
    return f"XXX-XX-{digits[-4:]}" if len(digits) >= 4 else None


def _text(value: Any) -> str | None:
    return mask_tins_in_name(value) if isinstance(value, str) else None


def _phone(value: Any) -> str | None:
    return value if isinstance(value, str) and SCHEMA_PHONE.match(value) else _text(value)


def row_from_result(file: str, result: dict[str, Any], *, as_of: dt.date,
                    summary_pdf: str, result_json: str) -> DocketRow:
    deadlines = []
    for deadline in result.get("deadlines", []):
        due = dt.date.fromisoformat(deadline["due"])
        deadlines.append(DueDate(id=deadline["id"], due=due, days_left=(due - as_of).days))
    return DocketRow(
        file=file,
        summary_pdf=summary_pdf,
        result_json=result_json,
        letter_type=str(result.get("letter_type", {}).get("value", "other")),
        letter_date=_date(_field_value(result, "letter_date")),
        deadlines=tuple(sorted(deadlines, key=lambda d: DEADLINE_IDS.index(d.id))),
        printed_last_day=_date(_field_value(result, "printed_last_day")),
        contact_name=_text(_field_value(result, "contact_name")),
        contact_phone=_phone(_field_value(result, "contact_phone")),
        taxpayer_name=_text(_field_value(result, "taxpayer_name")),
        taxpayer_id=_masked_tin(_field_value(result, "taxpayer_id")),
        needs_review=tuple(str(item) for item in result.get("needs_review", [])),
        worth_a_glance=tuple(str(item) for item in result.get("worth_a_glance", [])),
    )


def _iso(value: dt.date | None) -> str | None:
    return None if value is None else value.isoformat()


def row_json(row: DocketRow) -> dict[str, Any]:
    nearest = row.next_open
    record: dict[str, Any] = {
        "file": row.file,
        "status": row.status,
        "next_due": _iso(nearest.due) if nearest else None,
        "next_days_left": nearest.days_left if nearest else None,
        "letter_type": row.letter_type,
        "letter_date": _iso(row.letter_date),
    }
    for deadline_id in DEADLINE_IDS:
        due = row.due(deadline_id)
        record[f"{deadline_id}_due"] = _iso(due.due) if due else None
        record[f"{deadline_id}_days_left"] = due.days_left if due else None
    record.update({
        "printed_last_day": _iso(row.printed_last_day),
        "contact_name": row.contact_name,
        "contact_phone": row.contact_phone,
        "taxpayer_name": row.taxpayer_name,
        "taxpayer_id": row.taxpayer_id,
        "review": REVIEW_KIND_TEXT[row.review_kind],
        "needs_review": bool(row.needs_review),
        "review_items": list(row.needs_review),
        "worth_a_glance": list(row.worth_a_glance),
        "summary_pdf": row.summary_pdf,
        "result_json": row.result_json,
    })
    return record


def safe_cell(value: Any) -> str:
    """A CSV cell as text; text a spreadsheet would run as a formula is prefixed with an apostrophe."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, list):
        value = "; ".join(str(v) for v in value)
    text = str(value)
    if text.startswith(FORMULA_START) and not INTEGER.match(text):
        return "'" + text
    return text


def review_items_text(items: tuple[str, ...]) -> str:
    """Flagged items in the docket's short words: "date, tax periods"."""
    texts = words().texts
    return ", ".join(texts.get(REVIEW_ITEM_PREFIX + item, item.replace("_", " ")) for item in items)


def docket_csv(rows: list[DocketRow]) -> str:
    """The docket as CSV text, starting with a byte order mark so that spreadsheets read it as UTF-8."""
    buffer = io.StringIO()
    buffer.write(CSV_BOM)
    writer = csv.writer(buffer)
    writer.writerow(CSV_COLUMNS)
    for row in rows:
        record = row_json(row)
        writer.writerow([safe_cell(record[column]) for column in CSV_COLUMNS])
    return buffer.getvalue()


def docket_json(rows: list[DocketRow], *, as_of: dt.date) -> str:
    document = {
        "as_of": as_of.isoformat(),
        "sorted_by": words()("docket.sorted_by"),
        "rows": [row_json(row) for row in rows],
    }
    return json.dumps(document, indent=2, ensure_ascii=False) + "\n"
