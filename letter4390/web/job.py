"""The work of one request, run inside a worker process: read the letter, then make its downloads.

Runs in a fresh child of the forkserver (see workers.py) so that a hostile file's memory use is capped
and a hung read can be killed with everything it started (Tesseract included).
"""

from __future__ import annotations

import dataclasses
import os
import resource
from dataclasses import dataclass
from multiprocessing.connection import Connection
from pathlib import Path

from letter4390.pipeline import Options
from parser.core.errors import InputTooLargeError, Letter4390Error
from rules.model import Assessment

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
    download_error: str | None = None  # why the summary or calendar could not be made


# What the child sends back: ("ok", JobOutcome) | ("error", Letter4390Error) | ("internal", class name).
Reply = tuple[str, object]


def analyse(job: Job) -> Assessment:
    """pipeline.analyse for the files of one letter; a file that starts with a later page ("Page 2 of
    3", no letterhead) is refused with a message to send all pages together."""
    from parser.facts.extract import extract_facts
    from parser.facts.later_page import check_not_a_later_page
    from parser.reading.read import read_letter_pages
    from rules.assess import assess

    options = job.options
    # Several files: no one source can show the joined pages to the summary, so each page keeps its image.
    document = read_letter_pages(job.sources, max_pages=options.max_pages,
                                 page_images=job.want_downloads and len(job.sources) > 1)
    if document.pages:
        check_not_a_later_page(document.pages[0].words)
    facts = extract_facts(document, as_of=options.as_of)
    return assess(facts, as_of=options.as_of, closures=options.closures)


def run_job(job: Job) -> JobOutcome:
    assessment = analyse(job)
    if not job.want_downloads:
        return JobOutcome(_without_images(assessment))
    try:
        from annotate.ics import ics_bytes
        from annotate.summary import summary_pdf

        # Both made in memory: nothing but the upload itself ever touches the disk.
        summary = summary_pdf(assessment, job.sources[0], lang=job.options.lang)
        calendar = ics_bytes(assessment, lang=job.options.lang) if assessment.deadlines else None
        return JobOutcome(_without_images(assessment), summary, calendar)
    except Letter4390Error as error:
        # The deadlines on the page still stand; say why the files are missing.
        return JobOutcome(_without_images(assessment), download_error=str(error))


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
        reply = ("error", InputTooLargeError("the letter needs more memory to read than allowed; "
                                             "send fewer pages or a lower-resolution scan"))
    except Exception as error:  # a bug: only its class name crosses over, never its message
        reply = ("internal", type(error).__name__)
    try:
        reply_to.send(reply)
    except Exception as error:  # e.g. an exception that does not pickle
        reply_to.send(("internal", type(error).__name__))
    finally:
        reply_to.close()


def _without_images(assessment: Assessment) -> Assessment:
    document = assessment.facts.document
    pages = tuple(dataclasses.replace(page, image=None) for page in document.pages)
    facts = dataclasses.replace(assessment.facts, document=dataclasses.replace(document, pages=pages))
    return dataclasses.replace(assessment, facts=facts)
