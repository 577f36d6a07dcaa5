"""Run letters side by side, one short-lived worker process per letter, at most `jobs` at a time.

A process per letter (rather than concurrent.futures, whose pool breaks for good when one worker dies) keeps
every failure local: a worker that segfaults, is killed for memory, or exceeds the per-file timeout becomes
that letter's error row and the batch goes on. Workers are forked from the runner, which has imported the
stage modules already, so starting one costs milliseconds.
"""

from __future__ import annotations

import dataclasses
import multiprocessing
import os
import shutil
import signal
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from multiprocessing.connection import Connection, wait
from multiprocessing.process import BaseProcess

from letter4390 import exit_codes
from letter4390.batch.held_signals import held_stop_signals
from letter4390.batch.janitor import Janitor
from letter4390.batch.outputs import remove_temps
from letter4390.batch.words import words
from letter4390.batch.worker import ProcessOne, WorkerJob, WorkerReport, run_job

# How often the runner wakes while waiting, so the progress display stays live.
TICK_SECONDS = 0.5
# How long a worker that has sent its report may take to exit before it is killed.
EXIT_GRACE_SECONDS = 5.0


@dataclass(frozen=True)
class Task:
    key: int
    job: WorkerJob


@dataclass
class _Running:
    task: Task
    process: BaseProcess
    conn: Connection
    started: float


def _kill(process: BaseProcess) -> None:
    """Kill a worker and everything it started (it leads its own process group)."""
    pid = process.pid
    if pid is None:
        return
    try:
        os.killpg(pid, signal.SIGKILL)
    except (ProcessLookupError, PermissionError):
        process.kill()  # it had not become a group leader yet
    process.join()


def _crash_report(exitcode: int | None, seconds: float) -> WorkerReport:
    if exitcode is not None and exitcode < 0:
        name = signal.Signals(-exitcode).name
        if -exitcode == signal.SIGKILL:
            reason = words()("batch.worker_killed")
        else:
            reason = words()("batch.worker_crashed", signal=name)
    else:
        reason = words()("batch.worker_stopped", status=exitcode)
    return WorkerReport(ok=False, exit_code=exit_codes.INTERNAL_ERROR, reason=reason, cause="crash",
                        seconds=seconds)


def _timeout_report(timeout: float) -> WorkerReport:
    return WorkerReport(
        ok=False, exit_code=exit_codes.UNREADABLE_INPUT,
        reason=words()("batch.timed_out", seconds=timeout),
        cause="timeout", seconds=timeout)


def _clean_after(slot: _Running) -> None:
    outputs = slot.task.job.outputs
    remove_temps(outputs.result.parent, stem=outputs.stem)
    shutil.rmtree(slot.task.job.temp_dir, ignore_errors=True)


class WorkerPool:
    """Starts, watches and reaps the workers; reports each task's outcome through `on_done`."""

    def __init__(self, *, jobs: int, timeout: float, process_one: ProcessOne,
                 on_done: Callable[[Task, WorkerReport], None],
                 on_tick: Callable[[], None] = lambda: None, janitor: Janitor | None = None) -> None:
        self._jobs = max(1, jobs)
        self._timeout = timeout
        self._process_one = process_one
        self._on_done = on_done
        self._on_tick = on_tick
        self._context = multiprocessing.get_context("fork")
        self._running: list[_Running] = []
        self._janitor = janitor

    def run(self, tasks: Sequence[Task]) -> None:
        """Run every task; on KeyboardInterrupt kill the running workers, clean up, and re-raise."""
        pending = list(reversed(tasks))
        try:
            while pending or self._running:
                while pending and len(self._running) < self._jobs:
                    task = pending.pop()
                    # The last letters would leave cores idle as the others finish: each of them may OCR
                    # that many pages at once (single-threaded tesseracts share cores without thrashing).
                    tail = len(pending) < self._jobs
                    self._start(dataclasses.replace(
                        task, job=dataclasses.replace(task.job, ocr_jobs=self._jobs if tail else 1)))
                self._wait()
                for slot in list(self._running):
                    self._check(slot)
                self._on_tick()
        except BaseException:
            self.stop_all()
            raise

    def stop_all(self) -> None:
        for slot in self._running:
            _kill(slot.process)
            self._reaped(slot)
            slot.conn.close()
            _clean_after(slot)
        self._running.clear()

    def _reaped(self, slot: _Running) -> None:
        if self._janitor is not None and slot.process.pid is not None:
            self._janitor.reaped(slot.process.pid)

    def _start(self, task: Task) -> None:
        task.job.temp_dir.mkdir(parents=True, exist_ok=True)
        receiver, sender = self._context.Pipe(duplex=False)
        process = self._context.Process(target=run_job,
                                        args=(task.job, sender, self._process_one, os.getpid()),
                                        name=f"letter4390-batch-{task.key}", daemon=True)
        with held_stop_signals():  # a Ctrl-C during the fork would be lost in an at-fork hook
            process.start()
        if self._janitor is not None and process.pid is not None:
            self._janitor.watch(process.pid)
        sender.close()  # the worker holds the only writer: EOF here means it died
        self._running.append(_Running(task=task, process=process, conn=receiver, started=time.monotonic()))

    def _wait(self) -> None:
        now = time.monotonic()
        nearest_timeout = min(slot.started + self._timeout - now for slot in self._running)
        waitables: list[Connection | int] = [slot.conn for slot in self._running]
        waitables += [slot.process.sentinel for slot in self._running]
        wait(waitables, timeout=max(0.0, min(TICK_SECONDS, nearest_timeout)))

    def _finish(self, slot: _Running, report: WorkerReport) -> None:
        self._reaped(slot)
        self._running.remove(slot)
        slot.conn.close()
        _clean_after(slot)
        self._on_done(slot.task, report)

    def _check(self, slot: _Running) -> None:
        elapsed = time.monotonic() - slot.started
        report: WorkerReport | None = None
        if slot.conn.poll():
            try:
                received = slot.conn.recv()
                if isinstance(received, WorkerReport):
                    report = received
            except (EOFError, OSError):
                report = None  # the pipe closed without a report: the worker died
            slot.process.join(EXIT_GRACE_SECONDS)
            if slot.process.exitcode is None:
                _kill(slot.process)
            self._finish(slot, report or _crash_report(slot.process.exitcode, elapsed))
            return
        if not slot.process.is_alive():
            slot.process.join()
            self._finish(slot, _crash_report(slot.process.exitcode, elapsed))
        elif elapsed >= self._timeout:
            _kill(slot.process)
            self._finish(slot, _timeout_report(self._timeout))
