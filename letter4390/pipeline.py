"""The pipeline: read the document, find the letter's facts, apply the deadline rules, write outputs.

Orchestration only: every decision lives in a stage (parser -> rules -> annotate). Stage modules are
imported inside the functions so that a command loads only what it uses (start-up time matters for
`letter4390 deadlines` and for digital letters).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from rules.model import Assessment, Deadline

if TYPE_CHECKING:
    from parser.reading.page_source import PageSource

DEFAULT_MAX_PAGES = 20


@dataclass(frozen=True)
class Options:
    """What a caller (CLI, batch worker, web request) can set for one letter."""

    as_of: dt.date | None = None
    max_pages: int = DEFAULT_MAX_PAGES
    closures: tuple[dt.date, ...] = field(default_factory=tuple)
    lang: str = "en"


def analyse(path: Path, options: Options = Options()) -> Assessment:
    """Read one input file and return its facts with the deadlines they lead to."""
    with read(path, options) as pages:
        return assess_pages(pages, options)


def read(path: Path, options: Options = Options()) -> PageSource:
    """The reading stage: the file's page source, holding its Document (close it when done). A scan's page
    1, read while later pages still are, has its facts found aside on an idle core: the strips of it the
    facts stage reads again are then read already (parser.reading.ocr_answers)."""
    from parser.reading.read import read_document

    return read_document(path, max_pages=options.max_pages, first_page=lambda page_one: _read_ahead(
        page_one, options))


def _read_ahead(page_one: PageSource, options: Options) -> None:
    """Page 1's facts found only for the strips they read again; the facts themselves are dropped."""
    from parser.facts.extract import extract_facts

    extract_facts(page_one.document, as_of=options.as_of, pages=page_one)


def refusing_a_later_page(pages: PageSource) -> PageSource:
    """`pages`, unless its first page is plainly a later page of a letter ("Page 2 of 3", no letterhead):
    then it is closed and LaterPageError says to send all pages together (batch and web)."""
    from parser.facts.later_page import check_not_a_later_page

    try:
        if pages.document.pages:
            check_not_a_later_page(pages.document.pages[0].words)
    except BaseException:
        pages.close()
        raise
    return pages


def assess_pages(pages: PageSource, options: Options = Options()) -> Assessment:
    """The facts of the document `pages` holds (values read again from its images) and their deadlines."""
    from parser.facts.extract import extract_facts
    from rules.assess import assess

    facts = extract_facts(pages.document, as_of=options.as_of, pages=pages)
    return assess(facts, as_of=options.as_of, closures=options.closures)


def summarize(
    path: Path, out: Path, options: Options = Options(), *, ics: Path | None = None
) -> Assessment:
    """Analyse one letter and write its summary PDF (and, if asked, its calendar file)."""
    from annotate.summary import write_summary

    with read(path, options) as pages:
        assessment = assess_pages(pages, options)
        write_summary(assessment, pages, out, lang=options.lang)
    if ics is not None:
        write_calendar(assessment, ics, lang=options.lang)
    return assessment


def write_calendar(
    assessment: Assessment, out: Path, *, label: str | None = None, lang: str = "en"
) -> None:
    from annotate.ics import write_ics

    write_ics(assessment, out, label=label, lang=lang)


def deadlines_for_date(
    letter_date: dt.date,
    *,
    letter_type: str = "4390",
    as_of: dt.date | None = None,
    closures: Iterable[dt.date] = (),
) -> tuple[Deadline, ...]:
    """The deadlines of a letter of `letter_type` dated `letter_date` (for a volunteer who knows the date)."""
    from rules.deadlines import compute_deadlines

    return tuple(compute_deadlines(letter_type, letter_date, as_of=as_of, closures=closures))
