"""Reading a file the way the pipeline does, for tests that need only its Document or its facts."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from parser.core.model import Document, LetterFacts
from parser.facts.extract import extract_facts
from parser.reading.read import read_document


def read_doc(path: Path, **options: Any) -> Document:
    """The Document read_document reads from `path` (its page source closed)."""
    with read_document(path, **options) as pages:
        return pages.document


def read_facts(path: Path, *, as_of: dt.date | None = None) -> LetterFacts:
    """The facts of `path`, values read again from its page images as the pipeline does."""
    with read_document(path) as pages:
        return extract_facts(pages.document, as_of=as_of, pages=pages)
