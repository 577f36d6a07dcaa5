"""`letter4390 batch` on a real mixed inbox, through the real pipeline (issue 5's "done when", in small).

The inbox is built from the committed samples: digital 4390s (two of them named letter.pdf in different
folders, one named after an SSN), a scanned photo, a 3193, an unrelated notice, plus a truncated PDF, a
damaged one, an empty file, a 30000 x 30000 image and a symbolic link, and a letter whose long name is not
valid UTF-8. One batch run is shared by the tests.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import os
import re
import shutil
import subprocess
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pdfplumber
import pytest
from hostile_fixtures import empty_file, huge_image, truncated_pdf, unrepairable_pdf
from icalendar import Calendar
from said import english
from test_reading_letter_pages import split_pages

from letter4390 import result_json
from letter4390.batch.runner import BatchSettings, run_batch
from letter4390.pipeline import Options, analyse
from parser.core.errors import InputError

SAMPLES = Path(__file__).resolve().parent.parent / "samples" / "letters"
AS_OF = dt.date(2025, 4, 10)
FULL_SSN = re.compile(r"\b\d{3}-\d{2}-\d{4}\b")

# inbox path -> committed sample it is a copy of
LETTERS = {
    "4390-digital-saturday.pdf": "4390-digital-saturday.pdf",
    "may/letter.pdf": "4390-digital-july4.pdf",
    "june/letter.pdf": "4390-digital-emancipation.pdf",
    "123-45-6789.pdf": "4390-digital-juneteenth.pdf",
    "scans/4390-photo.jpg": "4390-photo.jpg",
    "3193-digital.pdf": "3193-digital.pdf",
    "other-cp14.pdf": "other-cp14.pdf",
    os.fsdecode(b"caf\xe9-" + b"x" * 150 + b".pdf"): "4390-digital-inauguration.pdf",
}
MASKED_NAME = "XXX-XX-6789.pdf"
# Page 2 of the three-page juneteenth letter, scanned on its own: refused with a message, not read alone.
LATER_PAGE = "mail/page-2.pdf"
LATER_PAGE_REASON = "this looks like page 2 of a 3-page letter; send all pages together"
UNDECODABLE_NAME = "caf\ufffd-" + "x" * 150 + ".pdf"


@dataclass(frozen=True)
class Batch:
    inbox: Path
    out: Path
    code: int
    log: str
    broken: dict[str, Path]  # inbox name -> file
    temp: Path


def _run(inbox: Path, out: Path, *, force: bool = False) -> tuple[int, str]:
    log = io.StringIO()
    settings = BatchSettings(inbox=inbox, out=out, jobs=2, timeout=120, force=force,
                             options=Options(as_of=AS_OF))
    return run_batch(settings, stdout=io.StringIO(), stderr=log), log.getvalue()


@pytest.fixture(scope="module")
def batch(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Batch]:
    root = tmp_path_factory.mktemp("batch")
    inbox = root / "inbox"
    for name, sample in LETTERS.items():
        (inbox / name).parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(SAMPLES / sample, inbox / name)
    broken_dir = inbox / "broken"
    broken_dir.mkdir()
    broken = {f"broken/{p.name}": p for p in (truncated_pdf(broken_dir), unrepairable_pdf(broken_dir),
                                              empty_file(broken_dir), huge_image(broken_dir))}
    (inbox / "shortcut.pdf").symlink_to(SAMPLES / "3193-digital.pdf")
    pages = root / "pages"
    pages.mkdir()
    (inbox / LATER_PAGE).parent.mkdir()
    shutil.move(split_pages(SAMPLES / "4390-digital-juneteenth.pdf", pages)[1], inbox / LATER_PAGE)
    temp = root / "tmp"
    temp.mkdir()
    saved, tempfile.tempdir = tempfile.tempdir, str(temp)
    try:
        code, log = _run(inbox, root / "out")
        yield Batch(inbox, root / "out", code, log, broken, temp)
    finally:
        tempfile.tempdir = saved


def _docket(out: Path) -> list[dict[str, Any]]:
    rows: list[dict[str, Any]] = json.loads((out / "docket.json").read_text())["rows"]
    return rows


def _errors(out: Path) -> list[dict[str, str]]:
    with (out / "errors.csv").open(encoding="utf-8-sig", newline="") as stream:
        return list(csv.DictReader(stream))


def _manifest(out: Path) -> dict[str, Any]:
    manifest: dict[str, Any] = json.loads((out / "manifest.json").read_text())
    return manifest


def _display(name: str) -> str:
    """How the outputs name an input."""
    return {"123-45-6789.pdf": MASKED_NAME}.get(name, os.fsencode(name).decode("utf-8", "replace"))


def test_every_input_is_accounted_for(batch: Batch) -> None:
    assert batch.code == 5
    docket_files = sorted(row["file"] for row in _docket(batch.out))
    error_files = sorted(row["file"] for row in _errors(batch.out))
    assert docket_files == sorted(_display(name) for name in LETTERS)
    assert error_files == sorted([*batch.broken, "shortcut.pdf", LATER_PAGE])
    files_in_inbox = [p for p in batch.inbox.rglob("*") if p.is_file() or p.is_symlink()]
    assert len(docket_files) + len(error_files) == len(files_in_inbox) == 14
    assert UNDECODABLE_NAME in docket_files
    manifest = _manifest(batch.out)
    assert manifest["counts"] == {"inputs": 14, "processed": 8, "error": 6}
    assert manifest["tool"]["tesseract"].startswith("5.")
    assert all(len(i["sha256"]) == 64 for i in manifest["inputs"] if i["file"] != "shortcut.pdf")


def test_error_rows_carry_the_readers_exit_code_and_reason(batch: Batch) -> None:
    errors = {row["file"]: row for row in _errors(batch.out)}
    for name, path in batch.broken.items():
        with pytest.raises(InputError) as raised:
            analyse(path)
        assert errors[name]["exit_code"] == "3"
        assert errors[name]["reason"] == english(raised.value.note)
    assert errors["shortcut.pdf"]["exit_code"] == "3"
    assert "symbolic link" in errors["shortcut.pdf"]["reason"]
    assert (errors[LATER_PAGE]["exit_code"], errors[LATER_PAGE]["reason"]) == ("3", LATER_PAGE_REASON)


def test_docket_rows_match_each_letters_own_result(batch: Batch) -> None:
    rows = {row["file"]: row for row in _docket(batch.out)}
    for name, sample in LETTERS.items():
        row = rows[_display(name)]
        result = json.loads((batch.out / row["result_json"]).read_text())
        assert result["source"]["sha256"] == _manifest_sha(batch, _display(name))
        dues = {d["id"]: d["due"] for d in result["deadlines"]}
        assert row["collection_due_process_due"] == dues.get("collection_due_process")
        assert row["innocent_spouse_due"] == dues.get("innocent_spouse")
        assert row["letter_type"] == result["letter_type"]["value"]
        assert row["review_items"] == result["needs_review"]
        assert row["worth_a_glance"] == result.get("worth_a_glance", [])
        assert row["review"] == ("must check" if result["needs_review"] else
                                 "worth a glance" if result.get("worth_a_glance") else "")
        assert (batch.out / row["summary_pdf"]).read_bytes().startswith(b"%PDF")
        if not sample.endswith(".jpg"):  # the same answer as a single-letter run (OCR left out for speed)
            alone = result_json.to_result(analyse(SAMPLES / sample, Options(as_of=AS_OF)))
            assert [(d["id"], d["due"]) for d in alone["deadlines"]] == [
                (d["id"], d["due"]) for d in result["deadlines"]]
    assert rows["3193-digital.pdf"]["letter_type"] == "3193"
    assert rows["3193-digital.pdf"]["innocent_spouse_due"] is None
    assert rows["other-cp14.pdf"]["letter_type"] == "other"
    assert rows["other-cp14.pdf"]["status"] == "none"
    assert rows["may/letter.pdf"]["summary_pdf"] != rows["june/letter.pdf"]["summary_pdf"]


def _manifest_sha(batch: Batch, file: str) -> str:
    return str(next(i["sha256"] for i in _manifest(batch.out)["inputs"] if i["file"] == file))


def test_docket_is_sorted_by_nearest_open_deadline(batch: Batch) -> None:
    rows = _docket(batch.out)
    group = {"check_now": 0, "open": 1, "passed": 2, "none": 3}
    assert [group[r["status"]] for r in rows] == sorted(group[r["status"]] for r in rows)
    open_rows = [r for r in rows if r["status"] == "open"]
    assert [r["next_due"] for r in open_rows] == sorted(r["next_due"] for r in open_rows)
    for row in rows:
        dues = [row[f"{k}_due"] for k in ("collection_due_process", "innocent_spouse") if row[f"{k}_due"]]
        still_open = sorted(d for d in dues if dt.date.fromisoformat(d) >= AS_OF)
        assert row["next_due"] == (still_open[0] if still_open else None)
        if row["next_due"]:
            assert row["next_days_left"] == (dt.date.fromisoformat(row["next_due"]) - AS_OF).days
    with (batch.out / "docket.csv").open(encoding="utf-8-sig", newline="") as stream:
        assert [r["file"] for r in csv.DictReader(stream)] == [r["file"] for r in rows]


def test_calendar_has_every_deadline_of_every_letter(batch: Batch) -> None:
    calendar = Calendar.from_ical((batch.out / "deadlines.ics").read_bytes())
    events = [(str(e.get("summary")), e.decoded("dtstart")) for e in calendar.walk("VEVENT")]
    expected = []
    for row in _docket(batch.out):
        for key in ("collection_due_process", "innocent_spouse"):
            if row[f"{key}_due"]:
                expected.append((row["file"], dt.date.fromisoformat(row[f"{key}_due"])))
    assert len(events) == len(expected) > 0
    for file, due in expected:
        assert any(file in summary and start == due for summary, start in events), (file, due)


def _all_output_text(out: Path) -> str:
    texts = [str(p.relative_to(out)) for p in out.rglob("*")]
    for path in out.rglob("*"):
        if path.suffix == ".pdf":
            with pdfplumber.open(path) as pdf:
                texts += [page.extract_text() or "" for page in pdf.pages]
        elif path.is_file():
            texts.append(path.read_text(encoding="utf-8"))
    return "\n".join(texts)


def test_no_output_holds_a_full_taxpayer_id(batch: Batch) -> None:
    full_ids = {"123-45-6789"}  # the file name
    for sample in LETTERS.values():
        if sample.endswith(".pdf"):
            with pdfplumber.open(SAMPLES / sample) as pdf:
                full_ids.update(FULL_SSN.findall("\n".join(p.extract_text() or "" for p in pdf.pages)))
    assert len(full_ids) >= 3
    text = _all_output_text(batch.out)
    for full in full_ids:
        assert full not in text
        assert full.replace("-", "") not in text
    assert MASKED_NAME in text
    assert batch.log and "123-45" not in batch.log


def test_nothing_temporary_is_left(batch: Batch) -> None:
    assert [p for p in batch.out.rglob(".*") if p.is_file()] == []
    assert list(batch.temp.iterdir()) == []
    assert re.search(r"^\[13/13\] ", batch.log, re.MULTILINE)  # plain progress lines: not a terminal


def test_resumed_run_does_no_work_and_force_redoes_all(batch: Batch) -> None:
    before = (batch.out / "docket.csv").read_text()
    results = {p: p.stat().st_mtime_ns for p in (batch.out / "letters").iterdir()}

    code, log = _run(batch.inbox, batch.out)

    assert code == 5
    manifest = _manifest(batch.out)
    assert {i["outcome"] for i in manifest["inputs"]} == {"reused", "error"}
    assert [i["file"] for i in manifest["inputs"] if i["outcome"] == "error"] == ["shortcut.pdf"]
    assert manifest["seconds_in_workers"] == 0
    assert {p: p.stat().st_mtime_ns for p in (batch.out / "letters").iterdir()} == results
    assert (batch.out / "docket.csv").read_text() == before
    assert "0 to process" in log

    code, _ = _run(batch.inbox, batch.out, force=True)
    assert code == 5
    outcomes = [i["outcome"] for i in _manifest(batch.out)["inputs"]]
    assert outcomes.count("processed") == 8 and outcomes.count("error") == 6
    assert (batch.out / "docket.csv").read_text() == before


def test_docket_pdf_names_the_taxpayers_and_lists_the_unreadable_files(batch: Batch) -> None:
    text = subprocess.run(["pdftotext", "-layout", str(batch.out / "docket.pdf"), "-"], check=True,
                          capture_output=True, text=True).stdout
    header = next(line for line in text.splitlines() if "Next due" in line)
    assert "Days left" in header and "Taxpayer" in header and "…" not in header
    for name in ("4390-digital-saturday.pdf", "4390-digital-july4.pdf"):
        truth = json.loads((SAMPLES / name).with_suffix(".truth.json").read_text())
        assert truth["fields"]["taxpayer_name"] in text
    assert "Files that could not be read (6)" in text
    errors = {row["file"]: row["reason"] for row in _errors(batch.out)}
    for file, reason in errors.items():
        line = next(line for line in text.splitlines() if line.lstrip().startswith(file))
        assert line.split(file, 1)[1].split()[:4] == reason.split()[:4], (file, line)
    assert LATER_PAGE_REASON.split(";")[0] in text
