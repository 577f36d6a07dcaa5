"""The docket: rows from result JSONs, urgency order, spreadsheet-safe CSV, masked ids, one-page PDF."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import re
import subprocess
from pathlib import Path
from typing import Any

import pdfplumber
from hypothesis import given
from hypothesis import strategies as st

from letter4390.batch import docket
from letter4390.batch.docket_pdf import docket_pdf
from letter4390.batch.error_rows import ErrorRow

AS_OF = dt.date(2025, 4, 10)


def _fact(value: object) -> dict[str, Any]:
    return {"value": value, "confidence": 0.9,
            "evidence": {"page": 1, "bbox": [0, 0, 1, 1], "text": str(value), "method": "pdf_text"}}


def _result(*, dues: dict[str, str], letter_type: str = "4390", letter_date: str | None = "2025-03-03",
            review: tuple[str, ...] = (), glance: tuple[str, ...] = (), tin: str | None = "XXX-XX-1234",
            name: str = "YAMAMOTO HOLDINGS LLC") -> dict[str, Any]:
    return {
        "letter_type": {"value": letter_type, "confidence": 0.99},
        "fields": {
            "letter_date": _fact(letter_date) if letter_date else None,
            "contact_name": _fact("Kevin B Gonzalez"),
            "contact_phone": _fact("3126313329"),
            "taxpayer_name": _fact(name),
            "taxpayer_id": _fact(tin) if tin else None,
            "printed_last_day": None,
        },
        "deadlines": [{"id": key, "due": due} for key, due in dues.items()],
        "needs_review": list(review),
        "worth_a_glance": list(glance),
    }


def _row(file: str, result: dict[str, Any]) -> docket.DocketRow:
    return docket.row_from_result(file, result, as_of=AS_OF, summary_pdf=f"letters/{file}.summary.pdf",
                                  result_json=f"letters/{file}.result.json")


def test_row_counts_days_left_from_the_as_of_date() -> None:
    row = _row("a.pdf", _result(dues={"collection_due_process": "2025-04-02",
                                      "innocent_spouse": "2025-06-02"}))
    assert [(d.id, d.days_left) for d in row.deadlines] == [("collection_due_process", -8),
                                                             ("innocent_spouse", 53)]
    assert row.status == "open"
    assert row.next_open is not None and row.next_open.due == dt.date(2025, 6, 2)
    assert row.letter_date == dt.date(2025, 3, 3)


def test_urgency_order() -> None:
    rows = [
        _row("none.pdf", _result(dues={}, letter_type="3210")),
        _row("passed-old.pdf", _result(dues={"collection_due_process": "2024-01-02"})),
        _row("later.pdf", _result(dues={"innocent_spouse": "2025-07-01"})),
        _row("unknown-date.pdf", _result(dues={}, letter_date=None, review=("letter_date",))),
        _row("sooner.pdf", _result(dues={"collection_due_process": "2025-04-02",
                                         "innocent_spouse": "2025-04-20"})),
        _row("passed-recent.pdf", _result(dues={"collection_due_process": "2025-04-09"})),
        _row("today.pdf", _result(dues={"collection_due_process": "2025-04-10"})),
    ]
    ordered = [r.file for r in docket.sort_rows(rows)]
    assert ordered == ["unknown-date.pdf", "today.pdf", "sooner.pdf", "later.pdf", "passed-recent.pdf",
                       "passed-old.pdf", "none.pdf"]


@given(st.lists(st.dates(dt.date(2024, 1, 1), dt.date(2026, 12, 31)), min_size=1, max_size=12))
def test_open_rows_come_in_due_order(dues: list[dt.date]) -> None:
    rows = [_row(f"{i}.pdf", _result(dues={"innocent_spouse": d.isoformat()})) for i, d in enumerate(dues)]
    ordered = docket.sort_rows(rows)
    open_dues = [r.next_open.due for r in ordered if r.next_open is not None]
    assert open_dues == sorted(d for d in dues if d >= AS_OF)
    statuses = [r.status for r in ordered]
    assert statuses == sorted(statuses, key=["open", "passed"].index)


def _csv_records(text: str) -> list[dict[str, str]]:
    assert text.startswith(docket.CSV_BOM)  # Excel reads the file as UTF-8 only with it
    return list(csv.DictReader(io.StringIO(text.removeprefix(docket.CSV_BOM))))


def test_csv_is_spreadsheet_safe_and_never_holds_a_full_tin() -> None:
    rows = [
        _row("=HYPERLINK(1).pdf", _result(dues={"collection_due_process": "2025-04-02"}, tin="123-45-6789")),
        _row("b.pdf", _result(dues={"collection_due_process": "2025-05-02"})),
    ]
    text = docket.docket_csv(docket.sort_rows(rows))
    records = _csv_records(text)
    assert [r["file"] for r in records] == ["b.pdf", "'=HYPERLINK(1).pdf"]
    assert records[1]["collection_due_process_days_left"] == "-8"  # a number stays a number
    assert records[1]["taxpayer_id"] == "XXX-XX-6789"
    assert "123-45" not in text and "12345" not in text
    assert records[0]["contact_phone"] == "3126313329"
    assert records[0]["needs_review"] == "no"


def test_csv_is_utf8_with_a_byte_order_mark_and_reads_back_the_name(tmp_path: Path) -> None:
    rows = [_row("josé.pdf", _result(dues={"innocent_spouse": "2025-06-02"}, name="José Muñoz"))]
    path = tmp_path / "docket.csv"
    path.write_bytes(docket.docket_csv(rows).encode("utf-8"))
    assert path.read_bytes().startswith(b"\xef\xbb\xbffile,status,")
    with path.open(encoding="utf-8-sig", newline="") as stream:
        (record,) = csv.DictReader(stream)
    assert record["taxpayer_name"] == "José Muñoz" and record["file"] == "josé.pdf"


def test_review_comes_in_two_kinds() -> None:
    rows = [
        _row("date.pdf", _result(dues={"innocent_spouse": "2025-06-02"}, review=("letter_date",),
                                 glance=("contact_hours",))),
        _row("employee-id.pdf", _result(dues={"innocent_spouse": "2025-06-03"},
                                        glance=("contact_employee_id", "contact_hours"))),
        _row("clean.pdf", _result(dues={"innocent_spouse": "2025-06-04"})),
    ]
    assert [r.review_kind for r in rows] == ["must_check", "worth_a_glance", ""]
    records = {r["file"]: r for r in _csv_records(docket.docket_csv(rows))}
    assert (records["date.pdf"]["review"], records["date.pdf"]["needs_review"],
            records["date.pdf"]["review_items"]) == ("must check", "yes", "letter_date")
    assert (records["employee-id.pdf"]["review"], records["employee-id.pdf"]["needs_review"],
            records["employee-id.pdf"]["worth_a_glance"]) == ("worth a glance", "no",
                                                              "contact_employee_id; contact_hours")
    assert records["clean.pdf"]["review"] == "" and records["clean.pdf"]["worth_a_glance"] == ""
    document = json.loads(docket.docket_json(rows, as_of=AS_OF))
    assert [r["review"] for r in document["rows"]] == ["must check", "worth a glance", ""]
    assert document["rows"][1]["worth_a_glance"] == ["contact_employee_id", "contact_hours"]


def test_json_docket_has_typed_values() -> None:
    rows = [_row("a.pdf", _result(dues={"innocent_spouse": "2025-04-20"}, review=("collection",)))]
    document = json.loads(docket.docket_json(rows, as_of=AS_OF))
    assert document["as_of"] == "2025-04-10"
    (row,) = document["rows"]
    assert row["innocent_spouse_days_left"] == 10
    assert row["collection_due_process_due"] is None
    assert row["needs_review"] is True and row["review_items"] == ["collection"]


def _pdf_pages_and_text(path: Path) -> tuple[int, str]:
    with pdfplumber.open(path) as pdf:
        return len(pdf.pages), "\n".join(page.extract_text() or "" for page in pdf.pages)


def _pdftotext(path: Path) -> str:
    return subprocess.run(["pdftotext", "-layout", str(path), "-"], check=True, capture_output=True,
                          text=True).stdout


def test_docket_pdf_is_one_page_most_urgent_first_with_review_marks(tmp_path: Path) -> None:
    rows = docket.sort_rows([
        _row("later.pdf", _result(dues={"innocent_spouse": "2025-07-01"}, glance=("contact_employee_id",))),
        _row("sooner.pdf", _result(dues={"collection_due_process": "2025-04-14"}, review=("letter_date",))),
    ])
    out = tmp_path / "docket.pdf"
    docket_pdf(rows, out, as_of=AS_OF, errors=[])
    pages, text = _pdf_pages_and_text(out)
    assert pages == 1
    assert text.index("sooner.pdf") < text.index("later.pdf")
    sooner_line = next(line for line in text.splitlines() if "sooner.pdf" in line)
    assert sooner_line.startswith("REVIEW 2025-04-14 4 sooner.pdf YAMAMOTO HOLDINGS LLC ")
    assert " date " in sooner_line
    later_line = next(line for line in text.splitlines() if "later.pdf" in line)
    assert later_line.startswith("glance 2025-07-01 82 later.pdf ") and "employee ID" in later_line
    assert "REVIEW" not in later_line
    assert "(312) 631-3329" in text
    assert "0 files could not be read" in text


def test_docket_pdf_shows_every_title_whole_the_names_and_the_unreadable_files(tmp_path: Path) -> None:
    rows = docket.sort_rows([
        _row(f"letter-{i:02}-with-a-rather-long-file-name.pdf",
             _result(dues={"innocent_spouse": (AS_OF + dt.timedelta(days=i)).isoformat()},
                     review=("letter_date",) if i % 2 else (), name=f"José Muñoz {i}"))
        for i in range(30)
    ])
    errors = [ErrorRow("empty.pdf", 3, "the file is empty"),
              ErrorRow("scans/page-2.jpg", 3, "this looks like page 2 of a 3-page letter; send all pages "
                                              "together")]
    out = tmp_path / "docket.pdf"
    docket_pdf(rows, out, as_of=AS_OF, errors=errors)
    text = _pdftotext(out)
    header = next(line for line in text.splitlines() if "Next due" in line)
    for title in ("Review", "Next due", "Days left", "File", "Taxpayer", "Letter date", "CDP due",
                  "Spouse due", "What to check", "Person to contact"):
        assert title in header, title
    assert "…" not in header
    assert "José Muñoz 0" in text and "José Muñoz 29" in text
    assert "2 files could not be read" in text
    assert "Files that could not be read (2)" in text
    assert re.search(r"empty\.pdf +the file is empty", text)
    assert re.search(r"scans/page-2\.jpg +this looks like page 2 of a 3-page letter", text)


def test_docket_pdf_stays_one_page_for_a_big_inbox(tmp_path: Path) -> None:
    rows = docket.sort_rows([
        _row(f"letter-{i:03}.pdf",
             _result(dues={"innocent_spouse": (AS_OF + dt.timedelta(days=i)).isoformat()}))
        for i in range(120)
    ])
    out = tmp_path / "docket.pdf"
    docket_pdf(rows, out, as_of=AS_OF, errors=[])
    pages, text = _pdf_pages_and_text(out)
    assert pages == 1
    assert "letter-000.pdf" in text  # the most urgent are shown
    assert "letter-119.pdf" not in text
    shown = sum(1 for i in range(120) if f"letter-{i:03}.pdf" in text)
    assert f"… {120 - shown} more letters: see docket.csv" in text
