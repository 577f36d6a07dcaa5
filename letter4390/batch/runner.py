"""`letter4390 batch INBOX -o OUT`: plan the run, let the pool do the letters, write what the clinic uses.

Every entry under INBOX ends as exactly one docket row or one errors.csv row (or, after Ctrl-C, as "not
processed" in the manifest). The files in OUT are always whole: per-letter outputs and the run's files are
written under temporary names and renamed into place.
"""

from __future__ import annotations

import datetime as dt
import gc
import hashlib
import json
import os
import shutil
import signal
import sys
import tempfile
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from pathlib import Path
from types import FrameType
from typing import Any, TextIO

from letter4390 import exit_codes
from letter4390.batch import docket, state
from letter4390.batch.calendar_merge import merge_calendars
from letter4390.batch.docket_pdf import docket_pdf
from letter4390.batch.error_rows import ErrorRow, errors_csv
from letter4390.batch.inbox import InboxEntry, display_name, walk_inbox
from letter4390.batch.janitor import Janitor
from letter4390.batch.manifest import InputRecord, RunInfo, manifest_json, tesseract_version, tool_version
from letter4390.batch.outputs import (
    OutLayout,
    Permissions,
    atomic_files,
    write_bytes_atomic,
    write_text_atomic,
)
from letter4390.batch.pool import Task, WorkerPool
from letter4390.batch.progress import Progress, choose_mode
from letter4390.batch.words import words
from letter4390.batch.worker import (
    ProcessOne,
    WorkerJob,
    WorkerReport,
    preload_stages,
    process_letter,
    warm_up,
)
from letter4390.pipeline import Options
from parser.core.errors import InputError, OutputError, UsageError, os_reason
from parser.core.notes import note

DEFAULT_MEMORY_MB = 2048


@dataclass(frozen=True)
class BatchSettings:
    inbox: Path
    out: Path
    jobs: int = 1
    timeout: float = 300
    force: bool = False
    quiet: bool = False
    options: Options = field(default_factory=Options)
    memory_mb: int = DEFAULT_MEMORY_MB  # address space per worker on top of its start; 0 = no cap
    group_readable: bool = False  # outputs readable by the owner's group too (else by the owner only)


@dataclass
class _Plan:
    """Each entry's fate: reused, an error known before running, a task, or a copy of another task."""

    records: dict[int, InputRecord] = field(default_factory=dict)  # by entry index
    tasks: list[Task] = field(default_factory=list)
    followers: dict[int, int] = field(default_factory=dict)  # entry index -> entry index of its leader
    sha: dict[int, tuple[str, int]] = field(default_factory=dict)  # entry index -> (sha256, size)


def _sha256(path: Path) -> str:
    with path.open("rb") as stream:
        return hashlib.file_digest(stream, "sha256").hexdigest()


def _error(entry: InboxEntry, code: int, reason: str) -> InputRecord:
    return InputRecord(file=entry.display, sha256=None, size=None, outcome="error", exit_code=code,
                       reason=reason, seconds=0.0, outputs=None)


class BatchRun:
    def __init__(self, settings: BatchSettings, process_one: ProcessOne | None,
                 stdout: TextIO, stderr: TextIO) -> None:
        self.settings = settings
        self.layout = OutLayout(settings.out, Permissions.for_group(settings.group_readable))
        self.process_one = process_one or process_letter
        self.stdout = stdout
        self.stderr = stderr
        self.as_of = settings.options.as_of or dt.date.today()
        self.fingerprint = state.settings_fingerprint(settings.options, tool_version())
        self.entries: tuple[InboxEntry, ...] = ()
        self.plan = _Plan()
        self.started = time.time()
        self.interrupted = False

    # -- planning --------------------------------------------------------------------------------------

    def scan(self) -> None:
        inbox = self.settings.inbox
        if not inbox.exists():
            raise InputError(note("error.no_inbox", path=display_name(inbox)))
        if not inbox.is_dir():
            raise InputError(note("error.inbox_not_folder", path=display_name(inbox)))
        if self.settings.out.resolve() == inbox.resolve():
            raise UsageError(note("error.out_is_inbox"))
        self.layout.prepare()
        try:
            self.entries = walk_inbox(inbox, exclude=self.settings.out)
        except OSError as error:
            raise InputError(note("error.cannot_open_inbox", reason=os_reason(error))) from None

    def plan_work(self, temp_root: Path) -> None:
        index = None if self.settings.force else state.ResumeIndex(
            self.layout, self.fingerprint, timeout=self.settings.timeout, memory_mb=self.settings.memory_mb)
        leaders: dict[str, int] = {}
        for position, entry in enumerate(self.entries):
            if entry.kind != "file":
                reason = words()(f"batch.not_a_file.{entry.kind}")
                self.plan.records[position] = _error(entry, exit_codes.UNREADABLE_INPUT, reason)
                continue
            try:
                sha, size = _sha256(entry.path), entry.path.stat().st_size
            except OSError as error:
                reason = words().said(note("error.cannot_read_this", reason=os_reason(error)))
                self.plan.records[position] = _error(entry, exit_codes.UNREADABLE_INPUT, reason)
                continue
            self.plan.sha[position] = (sha, size)
            previous = index.lookup(entry.stem, sha) if index is not None else None
            if previous is not None:
                self.plan.records[position] = InputRecord(
                    file=entry.display, sha256=sha, size=size, outcome="reused",
                    exit_code=previous.exit_code if not previous.ok else None, reason=previous.reason,
                    seconds=0.0, outputs=previous.stem if previous.ok else None)
            elif sha in leaders:
                self.plan.followers[position] = leaders[sha]
            else:
                leaders[sha] = position
                state.forget(self.layout, entry.stem)
                job = WorkerJob(source=entry.path, outputs=self.layout.letter(entry.stem, entry.display),
                                options=self.settings.options, memory_mb=self.settings.memory_mb,
                                temp_dir=temp_root / str(position))
                self.plan.tasks.append(Task(key=position, job=job))

    # -- running ---------------------------------------------------------------------------------------

    def _done(self, task: Task, report: WorkerReport, progress: Progress) -> None:
        entry = self.entries[task.key]
        sha, size = self.plan.sha[task.key]
        outputs = self.layout.letter(entry.stem, entry.display)
        ok = report.ok and outputs.complete()
        if report.ok and not ok:
            report = replace(report, ok=False, exit_code=exit_codes.INTERNAL_ERROR, cause="environment",
                             reason=words()("batch.outputs_missing"))
        self.plan.records[task.key] = InputRecord(
            file=entry.display, sha256=sha, size=size, outcome="processed" if ok else "error",
            exit_code=None if ok else report.exit_code, reason=report.reason,
            seconds=round(report.seconds, 3), outputs=entry.stem if ok else None)
        state.save_record(self.layout, entry.stem, state.StateRecord(
            file=entry.display, sha256=sha, settings=self.fingerprint, ok=ok, exit_code=report.exit_code,
            reason=report.reason, cause=report.cause, timeout=self.settings.timeout,
            memory_mb=self.settings.memory_mb, seconds=round(report.seconds, 3), stem=entry.stem,
            finished=state.now_iso()))
        progress.done(entry.display, ok=ok, seconds=report.seconds, reason=report.reason)

    def run_tasks(self, temp_root: Path, janitor: Janitor | None = None) -> None:
        tasks = self.plan.tasks
        total = len(self.entries)
        mode = choose_mode(quiet=self.settings.quiet, stream=self.stderr)
        progress = Progress(len(tasks), mode=mode, stream=self.stderr)
        reused = sum(1 for r in self.plan.records.values() if r.outcome == "reused")
        unreadable = sum(1 for r in self.plan.records.values() if r.outcome == "error")
        progress.note(words()("batch.plan", total=total, reused=reused, unreadable=unreadable,
                              tasks=len(tasks), jobs=self.settings.jobs))
        if tasks and self.process_one is process_letter:
            preload_stages()
            if len(tasks) > self.settings.jobs:  # worth a second once when each worker would pay it
                warm_up_folder = temp_root / "warm-up"
                warm_up_folder.mkdir()
                warm_up(warm_up_folder)
            # The collector of a forked worker walks every object the runner holds, copying the memory pages
            # it touches: frozen, they are left alone (about 8 ms of CPU a digital letter).
            gc.freeze()
        pool = WorkerPool(jobs=self.settings.jobs, timeout=self.settings.timeout,
                          process_one=self.process_one,
                          on_done=lambda task, report: self._done(task, report, progress),
                          on_tick=progress.tick, janitor=janitor)
        try:
            pool.run(tasks)
        finally:
            progress.close()

    def resolve_followers(self) -> None:
        for position, leader in self.plan.followers.items():
            entry = self.entries[position]
            sha, size = self.plan.sha[position]
            lead = self.plan.records.get(leader)
            if lead is None:
                continue  # interrupted before its leader finished
            same = words()("batch.same_content", file=lead.file)
            self.plan.records[position] = InputRecord(
                file=entry.display, sha256=sha, size=size,
                outcome="reused" if lead.outputs else "error", exit_code=lead.exit_code,
                reason=words()("batch.same_content_reason", same=same, reason=lead.reason) if lead.reason
                else same, seconds=0.0, outputs=lead.outputs)

    # -- writing ---------------------------------------------------------------------------------------

    def records(self) -> list[InputRecord]:
        result = []
        for position, entry in enumerate(self.entries):
            record = self.plan.records.get(position)
            if record is None:
                sha, size = self.plan.sha.get(position, (None, None))
                record = InputRecord(file=entry.display, sha256=sha, size=size, outcome="not_processed",
                                     exit_code=None, reason=words()("batch.interrupted_first"), seconds=0.0,
                                     outputs=None)
            result.append(record)
        return result

    def _docket_row(self, record: InputRecord) -> docket.DocketRow | ErrorRow:
        assert record.outputs is not None
        outputs = self.layout.letter(record.outputs, record.file)
        try:
            result: dict[str, Any] = json.loads(outputs.result.read_text(encoding="utf-8"))
            return docket.row_from_result(
                record.file, result, as_of=self.as_of,
                summary_pdf=outputs.summary.relative_to(self.layout.root).as_posix(),
                result_json=outputs.result.relative_to(self.layout.root).as_posix())
        except (OSError, ValueError, KeyError, TypeError):
            return ErrorRow(record.file, exit_codes.INTERNAL_ERROR, words()("batch.result_unreadable"))

    def write_outputs(self, records: list[InputRecord]) -> tuple[list[docket.DocketRow], list[ErrorRow]]:
        built: list[tuple[docket.DocketRow, str]] = []
        errors: list[ErrorRow] = []
        for record in records:
            if record.outputs is not None:
                row = self._docket_row(record)
                if isinstance(row, ErrorRow):
                    errors.append(row)
                else:
                    built.append((row, record.outputs))
            elif record.exit_code is not None:
                errors.append(ErrorRow(record.file, record.exit_code, record.reason))
        built.sort(key=lambda pair: docket.sort_key(pair[0]))
        rows = [row for row, _stem in built]
        layout = self.layout
        write_text_atomic(layout.docket_csv, docket.docket_csv(rows))
        write_text_atomic(layout.docket_json, docket.docket_json(rows, as_of=self.as_of))
        stems = dict.fromkeys(stem for _row, stem in built)
        calendars = [layout.letter(stem, "").ics for stem in stems]
        write_bytes_atomic(layout.deadlines_ics, merge_calendars(calendars))
        try:
            with atomic_files(layout.docket_pdf) as (temp,):
                docket_pdf(rows, temp, as_of=self.as_of, errors=errors)
        except OSError as error:
            raise OutputError(note("error.cannot_write_file", name="docket.pdf",
                                   reason=os_reason(error))) from None
        write_text_atomic(layout.errors_csv, errors_csv(errors))
        run = RunInfo(started=dt.datetime.fromtimestamp(self.started, dt.UTC).isoformat(timespec="seconds"),
                      finished=state.now_iso(), seconds=round(time.time() - self.started, 3),
                      jobs=self.settings.jobs, timeout=self.settings.timeout,
                      memory_mb=self.settings.memory_mb, interrupted=self.interrupted)
        write_text_atomic(layout.manifest, manifest_json(
            run=run, options=self.settings.options, fingerprint=self.fingerprint,
            inbox=display_name(self.settings.inbox), tesseract=tesseract_version(), inputs=records))
        return rows, errors


@contextmanager
def _sigterm_as_interrupt() -> Iterator[None]:
    """SIGTERM (a service manager stopping the batch) ends it as cleanly as Ctrl-C does."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return

    def _raise(signum: int, frame: FrameType | None) -> None:
        raise KeyboardInterrupt

    previous = signal.signal(signal.SIGTERM, _raise)
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, previous)


@contextmanager
def _no_interrupts() -> Iterator[None]:
    """While the run's own files are written, a second Ctrl-C waits (the writes are short)."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    previous = signal.signal(signal.SIGINT, signal.SIG_IGN)
    try:
        yield
    finally:
        signal.signal(signal.SIGINT, previous)


def run_batch(settings: BatchSettings, *, process_one: ProcessOne | None = None,
              stdout: TextIO | None = None, stderr: TextIO | None = None) -> int:
    """Process every file under settings.inbox into settings.out; 0 when all were processed, 5 when some
    went to errors.csv. `process_one` replaces the per-letter work (tests simulate crashes and hangs)."""
    run = BatchRun(settings, process_one, stdout or sys.stdout, stderr or sys.stderr)
    # Every file and folder the run (and its forked workers) creates is private to the owner, or to the
    # owner's group when asked: the outputs hold taxpayers' names and the decisions about them.
    previous_umask = os.umask(run.layout.permissions.umask)
    try:
        run.scan()
        with run.layout.locked():
            records, rows, errors = _run_locked(run)
    finally:
        os.umask(previous_umask)
    out = run.stdout
    if run.interrupted:
        left = sum(1 for r in records if r.outcome == "not_processed")
        print(words()("batch.interrupted", letters=len(rows), errors=len(errors), left=left,
                      out=settings.out), file=out)
        raise KeyboardInterrupt
    print(words()("batch.finished", files=len(records), letters=len(rows), errors=len(errors),
                  out=settings.out), file=out)
    return exit_codes.BATCH_PARTIAL if errors else exit_codes.OK


def _run_locked(run: BatchRun) -> tuple[list[InputRecord], list[docket.DocketRow], list[ErrorRow]]:
    temp_root = Path(tempfile.mkdtemp(prefix="letter4390-batch-"))
    janitor = Janitor(temp_root, run.layout)  # cleans up after the run even if it is killed
    try:
        with _sigterm_as_interrupt():
            try:
                run.plan_work(temp_root)
                run.run_tasks(temp_root, janitor)
            except KeyboardInterrupt:
                run.interrupted = True
        with _no_interrupts():
            run.resolve_followers()
            records = run.records()
            rows, errors = run.write_outputs(records)
    finally:
        shutil.rmtree(temp_root, ignore_errors=True)
        janitor.close()
    return records, rows, errors
