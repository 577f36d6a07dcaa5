"""One letter in one worker process: bounded, isolated, and reporting one line whatever happens.

The worker runs in its own session (so Ctrl-C reaches only the runner, and the runner can kill the worker
together with any Tesseract it started), single-threaded OCR, a cap on its address space, no core dumps
(they would hold taxpayer data), and temporary files in a folder the runner deletes afterwards. It dies
with the runner, however the runner ends (on Linux the kernel kills it: PR_SET_PDEATHSIG; the janitor,
janitor.py, kills what it started and removes its files).
"""

from __future__ import annotations

import contextlib
import ctypes
import ctypes.util
import faulthandler
import os
import resource
import signal
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from multiprocessing.connection import Connection
from pathlib import Path, PurePosixPath
from typing import TYPE_CHECKING, Literal

from letter4390 import exit_codes
from letter4390.batch.held_signals import release_in_child
from letter4390.batch.inbox import display_name
from letter4390.batch.outputs import LetterOutputs, atomic_files
from letter4390.batch.words import words
from letter4390.pipeline import Options, assess_pages, read, refusing_a_later_page
from parser.core.errors import InputError, Letter4390Error, OutputError, ProcessingTimeoutError, os_reason
from parser.core.notes import note
from parser.facts.identifiers import mask_tins_in_name

if TYPE_CHECKING:
    from parser.reading.page_source import PageSource
    from rules.model import Assessment

ProcessOne = Callable[[Path, LetterOutputs, Options], None]
# Why a letter failed decides whether a resumed run tries it again: "input" (the file itself is unreadable)
# never, "timeout"/"memory" when the limit was raised, the others (crash, missing program, bug) always.
Cause = Literal["ok", "input", "timeout", "memory", "crash", "environment"]

REASON_MAX_CHARS = 300
# Modules the default worker needs: imported once in the runner so that every forked worker starts warm.
STAGE_MODULES = ("parser.reading.read", "parser.reading.ocr_page", "parser.reading.images",
                 "parser.facts.extract", "parser.facts.later_page", "rules.assess", "annotate.summary",
                 "annotate.ics")


@dataclass(frozen=True)
class WorkerJob:
    source: Path
    outputs: LetterOutputs
    options: Options
    memory_mb: int  # address space allowed on top of what the worker starts with; 0 = no cap
    temp_dir: Path  # the worker's TMPDIR, removed by the runner whatever happens
    ocr_jobs: int = 1  # pages OCR'd at once: 1 while other letters keep the cores busy


@dataclass(frozen=True)
class WorkerReport:
    ok: bool
    exit_code: int
    reason: str  # one line, no taxpayer data; "" when ok
    cause: Cause
    seconds: float


def one_line(text: str) -> str:
    line = " ".join(text.split())
    if len(line) > REASON_MAX_CHARS:
        line = line[: REASON_MAX_CHARS - 1] + "…"
    return mask_tins_in_name(line)


def analyse_file(source: Path, options: Options) -> Assessment:
    """pipeline.analyse, refusing a file that starts with a later page of a letter ("Page 2 of 3", no
    letterhead): read alone it has no date and so no deadline; the volunteer is told to put the letter's
    pages together (LaterPageError, an input error: its one line goes to errors.csv and docket.pdf)."""
    with read_file(source, options) as pages:
        return assess_pages(pages, options)


def read_file(source: Path, options: Options) -> PageSource:
    """The file's page source (pipeline.read), refused with LaterPageError when it starts with a later
    page (see analyse_file)."""
    return refusing_a_later_page(read(source, options))


def process_letter(source: Path, outputs: LetterOutputs, options: Options) -> None:
    """The real per-letter work: analyse, then write summary PDF, calendar and result JSON (JSON last)."""
    from annotate.ics import ics_bytes
    from annotate.summary import summary_pdf
    from letter4390 import result_json

    with read_file(source, options) as pages:
        assessment = assess_pages(pages, options)
        summary_bytes = summary_pdf(assessment, pages, lang=options.lang)
    result = result_json.to_result(assessment)
    # The file name as the outputs show it: printable (undecodable bytes replaced) and taxpayer ids masked.
    result["source"]["name"] = display_name(PurePosixPath(str(result["source"]["name"])))
    try:
        with atomic_files(outputs.summary, outputs.ics, outputs.result) as (summary, ics, result_file):
            summary.write_bytes(summary_bytes)
            ics.write_bytes(ics_bytes(assessment, label=outputs.label, lang=options.lang))
            result_file.write_text(result_json.dumps(result) + "\n", encoding="utf-8")
    except OSError as error:
        raise OutputError(note("error.cannot_write_outputs", reason=os_reason(error))) from None


def preload_stages() -> None:
    """Import the stage modules in the runner, before forking, so each worker does not import them again."""
    import importlib

    for name in STAGE_MODULES:
        # A stage that fails to import fails again in the worker, which reports it as that input's error.
        with contextlib.suppress(ImportError):
            importlib.import_module(name)


WARM_UP_LINES = (
    "Internal Revenue Service", "Independent Office of Appeals", "Date: March 3, 2025",
    "Person to contact: Jane Doe", "Phone: 800-555-0100",
    "Notice of Determination Concerning Collection Action(s) Under IRC 6320 and/or 6330",
    "You may petition the United States Tax Court within 30 days from the date of this letter.",
    "Letter 4390 (Rev. 10-2019)",
)


def warm_up(folder: Path) -> None:
    """Run the whole per-letter work once in the runner on a tiny letter of its own making.

    The stages load data on first use (holiday tables, fonts, lazily imported modules): about a second
    per letter when every forked worker does it afresh, once when the runner does it before forking.
    Best effort: a failure here only means the workers warm up themselves.
    """
    from reportlab.lib.pagesizes import letter
    from reportlab.pdfgen.canvas import Canvas

    source = folder / "warm-up.pdf"
    canvas = Canvas(str(source), pagesize=letter)
    for number, line in enumerate(WARM_UP_LINES):
        canvas.drawString(72, 720 - 16 * number, line)
    canvas.save()
    outputs = LetterOutputs(stem="warm-up", summary=folder / "warm-up.summary.pdf",
                            result=folder / "warm-up.result.json", ics=folder / "warm-up.ics",
                            label="warm-up")
    with contextlib.suppress(Exception):
        process_letter(source, outputs, Options())


def _address_space_bytes() -> int:
    try:
        pages = int(Path("/proc/self/statm").read_text().split()[0])
    except (OSError, ValueError, IndexError):
        return 0
    return pages * os.sysconf("SC_PAGE_SIZE")


# prctl(2) option: the signal this process gets when the thread that forked it ends (linux/prctl.h).
PR_SET_PDEATHSIG = 1


def _die_with(runner_pid: int) -> None:
    """Have the kernel SIGKILL this worker when the runner ends, even by `kill -9` (Linux; elsewhere the
    janitor does it). A runner that died before the request was made has already left: exit now."""
    libc_name = ctypes.util.find_library("c")
    if libc_name is not None:
        with contextlib.suppress(OSError, AttributeError):
            libc = ctypes.CDLL(libc_name, use_errno=True)
            libc.prctl(PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0)
    if os.getppid() != runner_pid:
        os._exit(1)


def _isolate(job: WorkerJob, runner_pid: int) -> None:
    _die_with(runner_pid)
    os.setsid()
    faulthandler.disable()  # a crash is reported as its error row, not as a dump on the terminal
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    release_in_child()  # forked with them held; its Tesseracts inherit the mask
    os.environ["OMP_THREAD_LIMIT"] = "1"
    os.environ["LETTER4390_OCR_JOBS"] = str(max(1, job.ocr_jobs))
    os.environ["TMPDIR"] = str(job.temp_dir)
    tempfile.tempdir = str(job.temp_dir)
    # Libraries' own warnings would tear the runner's progress bar; the report carries the reason.
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, 1)
    os.dup2(devnull, 2)
    os.close(devnull)
    resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
    if job.memory_mb > 0:
        cap = _address_space_bytes() + job.memory_mb * 1024 * 1024
        resource.setrlimit(resource.RLIMIT_AS, (cap, cap))


def _report_for(error: BaseException, memory_mb: int) -> tuple[int, str, Cause]:
    if isinstance(error, MemoryError):
        return exit_codes.UNREADABLE_INPUT, words()("batch.out_of_memory", megabytes=memory_mb), "memory"
    if isinstance(error, Letter4390Error):
        cause: Cause = ("input" if isinstance(error, InputError)
                        else "timeout" if isinstance(error, ProcessingTimeoutError) else "environment")
        return exit_codes.exit_code_for(error), one_line(words().said(error.note)), cause
    internal = words()("batch.internal_error", name=type(error).__name__)
    return exit_codes.INTERNAL_ERROR, internal, "environment"


def run_job(job: WorkerJob, conn: Connection, process_one: ProcessOne, runner_pid: int) -> None:
    """The worker process's body: isolate, do the letter, send one WorkerReport, exit."""
    started = time.monotonic()
    _isolate(job, runner_pid)
    try:
        process_one(job.source, job.outputs, job.options)
        report = WorkerReport(ok=True, exit_code=exit_codes.OK, reason="", cause="ok",
                              seconds=time.monotonic() - started)
    except Exception as error:
        code, reason, cause = _report_for(error, job.memory_mb)
        report = WorkerReport(ok=False, exit_code=code, reason=reason, cause=cause,
                              seconds=time.monotonic() - started)
    conn.send(report)
    conn.close()
