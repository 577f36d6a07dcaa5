"""Reading a file the way the pipeline does, for tests that need only its Document or its facts.

`shared_reading` reads a file once per test run (tests/run_once.py) for every module that asks: the
committed samples' scans were OCR'd again by each module that checks them (end to end, the corpus, the
reading of samples, the summary and worksheet tests).
"""

from __future__ import annotations

import datetime as dt
from functools import cache
from pathlib import Path
from typing import Any

from PIL import Image
from run_once import file_key, once_per_run

from parser.core.model import Document, LetterFacts
from parser.facts.extract import extract_facts
from parser.reading.page_source import PageSource, SourceFile
from parser.reading.read import read_document

# What a reading keeps beyond its Document: the reduced image of each OCR'd page, by page number.
_Kept = dict[int, Image.Image]


def read_doc(path: Path, **options: Any) -> Document:
    """The Document read_document reads from `path` (its page source closed)."""
    with read_document(path, **options) as pages:
        return pages.document


def read_facts(path: Path, *, as_of: dt.date | None = None) -> LetterFacts:
    """The facts of `path`, values read again from its page images as the pipeline does."""
    with read_document(path) as pages:
        return extract_facts(pages.document, as_of=as_of, pages=pages)


def shared_reading(path: Path) -> PageSource:
    """read_document(path), read once in the test run whichever test process asks first: a new PageSource
    over the same Document and the same kept OCR images (close it, or use it as a context manager)."""
    document, kept = _reading(path)
    return PageSource(document, [SourceFile(path, document.kind, 1, len(document.pages))], kept)


def shared_facts(path: Path, *, as_of: dt.date | None = None) -> LetterFacts:
    """read_facts(path) from the shared reading of `path`."""
    with shared_reading(path) as pages:
        return extract_facts(pages.document, as_of=as_of, pages=pages)


@cache
def _reading(path: Path) -> tuple[Document, _Kept]:
    return once_per_run(file_key(path, "reading"), lambda: _read(path))


def _read(path: Path) -> tuple[Document, _Kept]:
    with read_document(path) as pages:
        kept = {page.number: image for page in pages.document.pages
                if (image := pages.reading_image(page.number)) is not None}
        return pages.document, kept
