"""A bounded pool of worker processes for reading letters, with a time limit per request.

At most `size` letters are read at once, each in its own child process of a forkserver (started once,
with the reading stages imported, so a child starts in milliseconds). Requests beyond that wait for a
free slot, up to a queue limit. A child that runs past the time limit is killed with its process group;
a child that runs out of its memory cap answers with an error instead of taking the server down.
"""

from __future__ import annotations

import multiprocessing
import os
import signal
import threading
from multiprocessing.context import ForkServerContext

from anyio import to_thread

from letter4390.web import job as job_module
from letter4390.web.job import Job, JobOutcome
from parser.core.errors import Letter4390Error, ProcessingTimeoutError
from parser.core.notes import note

# Imported once in the forkserver so that each child starts with them loaded.
PRELOAD = ["letter4390.web.job", "parser.reading.read", "parser.facts.extract", "rules.assess",
           "annotate.summary", "annotate.ics"]
JOIN_SECONDS = 5.0


class WorkerCrashedError(Letter4390Error):
    """The worker process stopped without an answer (maps to HTTP 500)."""


class WorkerPool:
    def __init__(self, size: int, *, timeout_seconds: float, queue_timeout_seconds: float,
                 memory_mb: int) -> None:
        self._slots = threading.BoundedSemaphore(size)
        self._timeout = timeout_seconds
        self._queue_timeout = queue_timeout_seconds
        self._memory_mb = memory_mb
        self._context: ForkServerContext = multiprocessing.get_context("forkserver")
        self._context.set_forkserver_preload(PRELOAD)

    async def run(self, job: Job) -> JobOutcome:
        """Run `job` in a worker process; raises the job's own error, or a timeout/busy error."""
        return await to_thread.run_sync(self._run_bounded, job)

    def _run_bounded(self, job: Job) -> JobOutcome:
        if not self._slots.acquire(timeout=self._queue_timeout):
            raise ProcessingTimeoutError(note("error.server_busy"))
        try:
            return self._run_in_child(job)
        finally:
            self._slots.release()

    def _run_in_child(self, job: Job) -> JobOutcome:
        receiver, sender = self._context.Pipe(duplex=False)
        process = self._context.Process(target=job_module.child_main, args=(job, sender, self._memory_mb),
                                        name="letter4390-reader")
        process.start()
        sender.close()
        try:
            if not receiver.poll(self._timeout):
                raise ProcessingTimeoutError(note("error.reading_too_long", seconds=self._timeout))
            try:
                status, payload = receiver.recv()
            except EOFError:
                raise WorkerCrashedError(note("error.reader_stopped")) from None
        finally:
            _stop(process)
            receiver.close()
        if status == "ok" and isinstance(payload, JobOutcome):
            return payload
        if status == "error" and isinstance(payload, Letter4390Error):
            raise payload
        raise WorkerCrashedError(note("error.reader_internal", name=str(payload)))


def _stop(process: multiprocessing.process.BaseProcess) -> None:
    """End the child and anything it started (its own process group), then reap it."""
    if process.pid is not None and process.is_alive():
        try:
            os.killpg(process.pid, signal.SIGKILL)
        except (ProcessLookupError, PermissionError):
            process.kill()
    process.join(JOIN_SECONDS)
    if process.exitcode is not None:
        process.close()
