"""The batch survives its workers: crashes, hangs, memory blow-ups and errors become rows; Ctrl-C is clean.

The per-letter work is replaced (run_batch's `process_one`) by functions that misbehave on purpose; the
real pipeline runs in test_batch_pipeline.py.
"""

from __future__ import annotations

import csv
import datetime as dt
import json
import os
import signal
import subprocess
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Callable
from pathlib import Path

import pytest
from icalendar import Calendar, Event

from letter4390.batch.outputs import LetterOutputs, atomic_files
from letter4390.batch.runner import BatchSettings, run_batch
from letter4390.pipeline import Options
from parser.core.errors import InputError
from parser.core.notes import note

AS_OF = dt.date(2025, 4, 10)
TESTS = Path(__file__).resolve().parent
ROOT = TESTS.parent


def _calls_dir(outputs: LetterOutputs) -> Path:
    return outputs.summary.parents[2] / "calls"  # beside OUT (OUT/letters/<file>)


def fake_letter(source: Path, outputs: LetterOutputs, options: Options) -> None:
    """Stands in for the pipeline: behaves as the file's name says, and leaves a mark of each call."""
    calls = _calls_dir(outputs)
    calls.mkdir(exist_ok=True)
    (calls / f"{source.name}.{time.time_ns()}").touch()
    name = source.stem
    if name == "crash":
        os.kill(os.getpid(), signal.SIGSEGV)
    if name == "hang":
        child = subprocess.Popen(["sleep", "600"])  # like a Tesseract that never returns
        (calls / "hang.child").write_text(str(child.pid))
        time.sleep(600)
    if name == "memory":
        bytearray(16 * 1024**3)
    if name == "unreadable":
        raise InputError(note("error.not_pdf_or_image", looks_like=note("file_kind.text")))
    if name == "bug":
        raise KeyError("a bug")
    with atomic_files(outputs.summary, outputs.ics, outputs.result) as (summary, ics, result):
        summary.write_bytes(b"%PDF-1.4\n% stand-in\n")
        if name == "half":  # killed between writing its outputs and renaming them into place
            os.kill(os.getpid(), signal.SIGKILL)
        calendar = Calendar()
        calendar.add("prodid", "-//test//EN")
        calendar.add("version", "2.0")
        event = Event()
        event.add("uid", f"{outputs.stem}@test")
        event.add("summary", f"Last day to petition: {outputs.label}")
        event.add("dtstart", dt.date(2025, 5, 1))
        calendar.add_component(event)
        ics.write_bytes(calendar.to_ical())
        result.write_text(json.dumps({
            "letter_type": {"value": "4390", "confidence": 1.0},
            "fields": {"letter_date": None},
            "deadlines": [{"id": "collection_due_process", "due": "2025-05-01"}],
            "needs_review": [],
        }))


def _inbox(tmp_path: Path, names: list[str]) -> Path:
    inbox = tmp_path / "inbox"
    for name in names:
        path = inbox / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(f"content of {name}")
    return inbox


def _settings(inbox: Path, out: Path, **changes: object) -> BatchSettings:
    base = BatchSettings(inbox=inbox, out=out, jobs=2, timeout=3, quiet=True, options=Options(as_of=AS_OF),
                         memory_mb=512)
    return BatchSettings(**{**base.__dict__, **changes})  # type: ignore[arg-type]


def _errors(out: Path) -> dict[str, tuple[int, str]]:
    with (out / "errors.csv").open(encoding="utf-8-sig", newline="") as stream:
        return {row["file"]: (int(row["exit_code"]), row["reason"]) for row in csv.DictReader(stream)}


def _docket_files(out: Path) -> list[str]:
    return [row["file"] for row in json.loads((out / "docket.json").read_text())["rows"]]


def _gone(pid: int) -> bool:
    """The process has exited (a zombie waiting for its new parent to reap it counts as exited)."""
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline:
        try:
            state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
        except (FileNotFoundError, ProcessLookupError):
            return True
        if state == "Z":
            return True
        time.sleep(0.05)
    return False


def _wait_for(condition: Callable[[], bool], *, seconds: float) -> bool:
    """Poll `condition` until it holds or `seconds` pass; whether it held."""
    deadline = time.monotonic() + seconds
    while not condition():
        if time.monotonic() > deadline:
            return False
        time.sleep(0.05)
    return True


def _hidden_files(out: Path) -> list[Path]:
    return [p for p in out.rglob(".*") if p.is_file()]


def _calls(tmp_path: Path) -> Counter[str]:
    """How often the per-letter work ran, by input file name."""
    calls = tmp_path / "calls"
    if not calls.exists():
        return Counter()
    return Counter(p.name.rsplit(".", 1)[0] for p in calls.iterdir() if not p.name.endswith(".child"))


@pytest.fixture()
def private_tmp(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The runner's temporary folders go here, so the test can see that none is left behind."""
    folder = tmp_path / "tmp"
    folder.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(folder))
    return folder


def test_each_failure_becomes_an_error_row_and_the_batch_goes_on(tmp_path: Path, private_tmp: Path) -> None:
    inbox = _inbox(tmp_path, ["ok.pdf", "crash.pdf", "hang.pdf", "memory.pdf", "unreadable.pdf", "bug.pdf",
                              "half.pdf", "sub/ok.pdf"])
    out = tmp_path / "out"

    code = run_batch(_settings(inbox, out), process_one=fake_letter)

    assert code == 5
    errors = _errors(out)
    assert {name: exit_code for name, (exit_code, _) in errors.items()} == {
        "crash.pdf": 1, "hang.pdf": 3, "memory.pdf": 3, "unreadable.pdf": 3, "bug.pdf": 1, "half.pdf": 1}
    assert "crashed (SIGSEGV)" in errors["crash.pdf"][1]
    assert "longer than the 3 s limit" in errors["hang.pdf"][1]
    assert "memory cap (512 MB)" in errors["memory.pdf"][1]
    assert errors["unreadable.pdf"][1] == "not a PDF or image (looks like text)"
    assert errors["bug.pdf"][1].startswith("internal error: KeyError")
    assert "killed (SIGKILL)" in errors["half.pdf"][1]
    assert _docket_files(out) == ["ok.pdf", "sub/ok.pdf"]
    # the hung worker's own child was killed with it
    assert _gone(int((tmp_path / "calls" / "hang.child").read_text()))
    # nothing half-written, no temporary file or folder left
    assert _hidden_files(out / "letters") == [] and _hidden_files(out) == []
    assert not any((out / "letters").glob("half.pdf-*"))
    assert list(private_tmp.iterdir()) == []
    manifest = json.loads((out / "manifest.json").read_text())
    assert manifest["counts"] == {"inputs": 8, "processed": 2, "error": 6}


def test_a_resumed_run_redoes_nothing_and_force_redoes_all(tmp_path: Path, private_tmp: Path) -> None:
    inbox = _inbox(tmp_path, ["a.pdf", "b/a.pdf", "unreadable.pdf", "same-as-a.pdf"])
    (inbox / "same-as-a.pdf").write_text("content of a.pdf")
    out = tmp_path / "out"

    assert run_batch(_settings(inbox, out), process_one=fake_letter) == 5
    assert _calls(tmp_path) == {"a.pdf": 2, "unreadable.pdf": 1}  # a.pdf, b/a.pdf; identical content once
    first = json.loads((out / "manifest.json").read_text())
    same = next(i for i in first["inputs"] if i["file"] == "same-as-a.pdf")
    assert same["outcome"] == "reused" and same["outputs"] == next(
        i["outputs"] for i in first["inputs"] if i["file"] == "a.pdf")
    first_docket = (out / "docket.csv").read_text()
    assert sorted(_docket_files(out)) == ["a.pdf", "b/a.pdf", "same-as-a.pdf"]

    assert run_batch(_settings(inbox, out), process_one=fake_letter) == 5
    assert _calls(tmp_path).total() == 3  # nothing processed again
    second = json.loads((out / "manifest.json").read_text())
    assert {i["outcome"] for i in second["inputs"]} == {"reused"}
    assert second["seconds_in_workers"] == 0
    assert (out / "docket.csv").read_text() == first_docket
    assert _errors(out) == {"unreadable.pdf": (3, "not a PDF or image (looks like text)")}

    (inbox / "b" / "a.pdf").write_text("changed")
    (inbox / "new.pdf").write_text("new")
    before = _calls(tmp_path)
    assert run_batch(_settings(inbox, out), process_one=fake_letter) == 5
    assert _calls(tmp_path) - before == {"a.pdf": 1, "new.pdf": 1}

    before = _calls(tmp_path)
    assert run_batch(_settings(inbox, out, force=True), process_one=fake_letter) == 5
    assert _calls(tmp_path) - before == {"a.pdf": 2, "new.pdf": 1, "unreadable.pdf": 1}


def test_a_raised_timeout_retries_a_timed_out_file(tmp_path: Path, private_tmp: Path) -> None:
    inbox = _inbox(tmp_path, ["hang.pdf"])
    out = tmp_path / "out"
    run_batch(_settings(inbox, out, timeout=1), process_one=fake_letter)
    run_batch(_settings(inbox, out, timeout=1), process_one=fake_letter)
    assert _calls(tmp_path) == {"hang.pdf": 1}  # same limit: the timeout is remembered
    run_batch(_settings(inbox, out, timeout=2), process_one=fake_letter)
    assert _calls(tmp_path) == {"hang.pdf": 2}


INTERRUPTED_RUN = """
import signal, sys, datetime as dt
from pathlib import Path
# As a batch started at a terminal has it: a process started in the background by a shell without job
# control (CI, nohup) inherits SIGINT ignored, and a Ctrl-C would never reach the batch.
signal.signal(signal.SIGINT, signal.default_int_handler)
sys.path.insert(0, {tests!r})
from test_batch_failures import fake_letter
from letter4390.batch.runner import BatchSettings, run_batch
from letter4390.pipeline import Options
settings = BatchSettings(inbox=Path({inbox!r}), out=Path({out!r}), jobs=2, timeout=600, quiet=True,
                         options=Options(as_of=dt.date(2025, 4, 10)))
try:
    sys.exit(run_batch(settings, process_one=fake_letter))
except KeyboardInterrupt:
    sys.exit(130)
"""


@pytest.mark.parametrize("stop_signal", [signal.SIGINT, signal.SIGTERM])
def test_ctrl_c_leaves_out_consistent(tmp_path: Path, stop_signal: signal.Signals) -> None:
    inbox = _inbox(tmp_path, ["a.pdf", "b.pdf", "hang.pdf", "z.pdf"])
    out = tmp_path / "out"
    script = INTERRUPTED_RUN.format(tests=str(TESTS), inbox=str(inbox), out=str(out))
    env = {**os.environ, "TMPDIR": str(tmp_path), "PYTHONPATH": str(ROOT)}
    runner = subprocess.Popen([sys.executable, "-c", script], cwd=ROOT, env=env)
    hang_child = tmp_path / "calls" / "hang.child"
    records = out / ".batch"

    def settled() -> bool:
        # hang.pdf is stuck, and the batch's own process has taken in a.pdf's and b.pdf's results: it writes
        # a state record for each as it does (their result files alone come earlier, from the workers).
        return hang_child.exists() and len(list(records.glob("[!.]*.json"))) >= 2

    assert _wait_for(settled, seconds=60)
    runner.send_signal(stop_signal)
    assert runner.wait(timeout=60) == 130

    manifest = json.loads((out / "manifest.json").read_text())
    outcomes = {i["file"]: i["outcome"] for i in manifest["inputs"]}
    assert manifest["run"]["interrupted"] is True
    assert outcomes["a.pdf"] == outcomes["b.pdf"] == "processed"
    assert outcomes["hang.pdf"] == "not_processed"
    assert sorted(_docket_files(out)) == sorted(f for f, o in outcomes.items() if o == "processed")
    assert _hidden_files(out / "letters") == []
    assert not list(tmp_path.glob("letter4390-batch-*"))
    assert _gone(int(hang_child.read_text()))

    # the next run does only what was left
    (inbox / "hang.pdf").unlink()
    assert run_batch(_settings(inbox, out), process_one=fake_letter) == 0
    assert sorted(_docket_files(out)) == ["a.pdf", "b.pdf", "z.pdf"]
    assert _calls(tmp_path)["a.pdf"] == 1


# A Ctrl-C that lands while the runner forks a worker: sent from an at-fork hook in the runner, the moment
# CPython would run the KeyboardInterrupt's handler inside the hook and ignore what it raised.
INTERRUPTED_IN_FORK = """
import os, signal, sys, datetime as dt
from pathlib import Path
signal.signal(signal.SIGINT, signal.default_int_handler)
sys.path.insert(0, {tests!r})
from test_batch_failures import fake_letter
from letter4390.batch.runner import BatchSettings, run_batch
from letter4390.pipeline import Options
runner, sent = os.getpid(), []
def ctrl_c_once() -> None:
    if os.getpid() == runner and not sent and any(Path({inbox!r}).parent.joinpath("calls").glob("b.pdf.*")):
        sent.append(1)
        os.kill(runner, signal.SIGINT)
os.register_at_fork(after_in_parent=ctrl_c_once)
settings = BatchSettings(inbox=Path({inbox!r}), out=Path({out!r}), jobs=1, timeout=600, quiet=True,
                         options=Options(as_of=dt.date(2025, 4, 10)))
try:
    sys.exit(run_batch(settings, process_one=fake_letter))
except KeyboardInterrupt:
    sys.exit(130)
"""


def test_a_ctrl_c_while_a_worker_is_forked_still_stops_the_batch(tmp_path: Path) -> None:
    inbox = _inbox(tmp_path, ["a.pdf", "b.pdf", "c.pdf", "d.pdf"])
    out = tmp_path / "out"
    script = INTERRUPTED_IN_FORK.format(tests=str(TESTS), inbox=str(inbox), out=str(out))
    env = {**os.environ, "TMPDIR": str(tmp_path), "PYTHONPATH": str(ROOT)}
    done = subprocess.run([sys.executable, "-c", script], cwd=ROOT, env=env, timeout=120, check=False)
    assert done.returncode == 130
    manifest = json.loads((out / "manifest.json").read_text())
    outcomes = {i["file"]: i["outcome"] for i in manifest["inputs"]}
    assert manifest["run"]["interrupted"] is True
    assert outcomes["a.pdf"] == outcomes["b.pdf"] == "processed"
    assert outcomes["d.pdf"] == "not_processed"


def ocr_jobs_recorder(source: Path, outputs: LetterOutputs, options: Options) -> None:
    """Leaves the number of pages the worker may OCR at once, then does the stand-in letter's work."""
    marks = _calls_dir(outputs).parent / "ocr-jobs"
    marks.mkdir(exist_ok=True)
    (marks / source.name).write_text(os.environ["LETTER4390_OCR_JOBS"])
    fake_letter(source, outputs, options)


def test_only_the_last_letters_ocr_several_pages_at_once(tmp_path: Path, private_tmp: Path) -> None:
    # With 2 jobs, a letter OCRs one page at a time while others keep the cores busy; the last two,
    # which would leave a core idle as the other finishes, may OCR two pages at once.
    inbox = _inbox(tmp_path, [f"letter{n}.pdf" for n in range(5)])
    out = tmp_path / "out"
    assert run_batch(_settings(inbox, out), process_one=ocr_jobs_recorder) == 0
    marks = {p.name: p.read_text() for p in (tmp_path / "ocr-jobs").iterdir()}
    assert sorted(marks.values()) == ["1", "1", "1", "2", "2"]
    assert run_batch(_settings(inbox, tmp_path / "out1", jobs=1, force=True),
                     process_one=ocr_jobs_recorder) == 0
    assert {p.read_text() for p in (tmp_path / "ocr-jobs").iterdir()} == {"1"}  # one job: always one page
