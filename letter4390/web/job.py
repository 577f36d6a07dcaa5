"""The work of one request, run inside a worker process: read the letter, then make its downloads.

Runs in a fresh child of the forkserver (see workers.py) so that a hostile file's memory use is capped
and a hung read can be killed with everything it started (Tesseract included).
"""

from __future__ import annotations

import os
import resource
from dataclasses import dataclass
from multiprocessing.connection import Connection
from pathlib import Path
from typing import TYPE_CHECKING

from letter4390.pipeline import Options, assess_pages
from parser.core.errors import InputTooLargeError, Letter4390Error
from parser.core.notes import Note, note
from rules.model import Assessment

if TYPE_CHECKING:
    from parser.reading.page_source import PageSource

MIB = 1024 * 1024


@dataclass(frozen=True)
class Job:
    sources: tuple[Path, ...]  # the files of one letter, in page order (usually one)
    options: Options
    want_downloads: bool  # also make the summary PDF and calendar file


@dataclass(frozen=True)
class JobOutcome:
    assessment: Assessment  # page images dropped: they are not needed once the summary is made
    summary_pdf: bytes | None = None
    calendar_ics: bytes | None = None
    download_error: Note | None = None  # why the summary or calendar could not be made
    worksheet_pdf: bytes | None = None  # the petition worksheet alone, for a letter the Court reviews
    court_copy_pdf: bytes | None = None  # the letter with its TINs covered, to attach to a petition


# What the child sends back: ("ok", JobOutcome) | ("error", Letter4390Error) | ("internal", class name).
Reply = tuple[str, object]


def read(job: Job) -> PageSource:
    """The page source of the files of one letter, read as one document (each page shown from its own
    file); a file that starts with a later page ("Page 2 of 3", no letterhead) is refused with a message
    to send all pages together."""
    from letter4390.pipeline import refusing_a_later_page
    from parser.reading.read import read_letter_pages

    return refusing_a_later_page(read_letter_pages(job.sources, max_pages=job.options.max_pages))


def analyse(job: Job) -> Assessment:
    """pipeline.analyse for the files of one letter (see `read`)."""
    with read(job) as pages:
        return assess_pages(pages, job.options)


def run_job(job: Job) -> JobOutcome:
    with read(job) as pages:
        assessment = assess_pages(pages, job.options)
        if not job.want_downloads:
            return JobOutcome(assessment)
        try:
            from annotate.court_copy.redact import court_copy
            from annotate.ics import ics_bytes
            from annotate.summary import summary_pdf, worksheet_pdf

            # All made in memory: nothing but the upload itself ever touches the disk.
            summary = summary_pdf(assessment, pages, lang=job.options.lang)
            calendar = ics_bytes(assessment, lang=job.options.lang) if assessment.deadlines else None
            worksheet = worksheet_pdf(assessment, lang=job.options.lang)
            # The copy is drawn at 200 dpi from the file itself: one file only (joined photos keep 150 dpi).
            copy = court_copy(pages).pdf if assessment.deadlines and len(job.sources) == 1 else None
            return JobOutcome(assessment, summary, calendar, worksheet_pdf=worksheet, court_copy_pdf=copy)
        except Letter4390Error as error:
            # The deadlines on the page still stand; say why the files are missing.
            return JobOutcome(assessment, download_error=error.note)


def child_main(job: Job, reply_to: Connection, memory_mb: int) -> None:
    """Entry point of the worker process."""
    os.setsid()  # own process group: a timeout kills Tesseract along with us
    os.environ["OMP_THREAD_LIMIT"] = "1"
    os.environ["LETTER4390_OCR_JOBS"] = "1"  # the pool already keeps every core busy
    limit = memory_mb * MIB
    resource.setrlimit(resource.RLIMIT_AS, (limit, limit))
    reply: Reply
    try:
        reply = ("ok", run_job(job))
    except Letter4390Error as error:
        reply = ("error", error)
    except MemoryError:
        reply = ("error", InputTooLargeError(note("error.reader_out_of_memory")))
    except Exception as error:  # a bug: only its class name crosses over, never its message
        reply = ("internal", type(error).__name__)
    try:
        reply_to.send(reply)
    except Exception as error:  # e.g. an exception that does not pickle
        reply_to.send(("internal", type(error).__name__))
    finally:
        reply_to.close()

