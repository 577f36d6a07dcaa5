"""Typed values the parser hands to the rest of the pipeline.

Coordinates: every box is (x0, top, x1, bottom) in PDF points (1/72 inch) measured from the page's
top-left corner, on the page *as the tool shows it* (after any rotation or deskew the parser applied).
Pages are 1-based.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Generic, Literal, TypeVar

from parser.core.notes import Note

Method = Literal["pdf_text", "ocr"]
SourceMethod = Literal["pdf_text", "ocr", "mixed", "none"]
LetterTypeValue = Literal["4390", "3193", "3210", "4439", "3288", "3279", "other"]
CollectionAction = Literal["lien", "levy"]
CollectionOutcome = Literal["sustained", "not_sustained", "partially_sustained", "unknown"]
CollectionAlternative = Literal[
    "installment_agreement", "offer_in_compromise", "currently_not_collectible", "bond_or_substitution",
    "other",
]
InnocentSpouseOutcome = Literal["full_relief", "partial_relief", "denied", "unknown"]
InnocentSpouseSection = Literal["6015(b)", "6015(c)", "6015(f)", "66(c)"]

T = TypeVar("T")


@dataclass(frozen=True)
class Box:
    x0: float
    top: float
    x1: float
    bottom: float

    @property
    def width(self) -> float:
        return self.x1 - self.x0

    @property
    def height(self) -> float:
        return self.bottom - self.top

    def union(self, other: Box) -> Box:
        return Box(min(self.x0, other.x0), min(self.top, other.top), max(self.x1, other.x1),
                   max(self.bottom, other.bottom))

    def as_list(self) -> list[float]:
        return [round(self.x0, 1), round(self.top, 1), round(self.x1, 1), round(self.bottom, 1)]


@dataclass(frozen=True)
class Word:
    """One word as read from a page, with where it stands and how sure the reader was."""

    text: str
    box: Box
    page: int
    method: Method
    confidence: float | None = None  # Tesseract's 0-100 word confidence; None for a text layer


def scanned(words: Iterable[Word]) -> bool:
    """Whether any of the words was read by OCR: a text layer is read exactly, a scan may be misread."""
    return any(word.method == "ocr" for word in words)


@dataclass(frozen=True)
class PageView:
    """One page as the parser saw it."""

    number: int
    width: float  # points, after rotation
    height: float
    method: Literal["pdf_text", "ocr", "none"]
    words: tuple[Word, ...]
    rotation: int = 0  # degrees clockwise the parser turned the page before reading it
    skew: float = 0.0  # degrees of deskew applied
    mean_confidence: float | None = None  # mean OCR word confidence, None for a text layer
    speckled: bool = False  # an OCR page with specks in its margins (a fax, a dirty scan)


@dataclass(frozen=True)
class Document:
    """Words with positions, page by page: what the reading layer hands to the fact finder."""

    name: str
    sha256: str
    kind: Literal["pdf", "image"]
    pages: tuple[PageView, ...]
    warnings: tuple[Note, ...] = ()

    def page(self, number: int) -> PageView | None:
        """The page numbered `number` (1-based, as evidence names it); None when there is none."""
        return next((p for p in self.pages if p.number == number), None)

    @property
    def method(self) -> SourceMethod:
        methods = {p.method for p in self.pages if p.method != "none"}
        if not methods:
            return "none"
        if len(methods) == 1:
            return "pdf_text" if "pdf_text" in methods else "ocr"
        return "mixed"


@dataclass(frozen=True)
class Evidence:
    page: int
    box: Box
    text: str
    method: Method
    ocr_confidence: float | None = None


@dataclass(frozen=True)
class Fact(Generic[T]):
    """A value read off the letter, where it was read, and how far to trust it."""

    value: T
    confidence: float  # 0..1
    evidence: Evidence
    needs_review: bool = False
    reasons: tuple[Note, ...] = ()  # why it needs review, for the catalogue to word


@dataclass(frozen=True)
class Fields:
    """Every header fact of the schema; None where the letter does not show it or it could not be read."""

    letter_date: Fact[dt.date] | None = None
    contact_name: Fact[str] | None = None
    contact_employee_id: Fact[str] | None = None
    contact_phone: Fact[str] | None = None  # ten digits
    contact_fax: Fact[str] | None = None  # ten digits
    contact_hours: Fact[str] | None = None
    taxpayer_name: Fact[str] | None = None
    taxpayer_id: Fact[str] | None = None  # masked: XXX-XX-1234 or XX-XXX1234, never the full number
    tax_periods: Fact[tuple[dt.date, ...]] | None = None
    tax_form: Fact[str] | None = None
    printed_last_day: Fact[dt.date] | None = None
    # "City, ST" of the letterhead's IRS office (Form 2 item 2); not in FIELD_NAMES: never a must-check field.
    issuing_office: Fact[str] | None = None


FIELD_NAMES: tuple[str, ...] = (
    "letter_date", "contact_name", "contact_employee_id", "contact_phone", "contact_fax", "contact_hours",
    "taxpayer_name", "taxpayer_id", "tax_periods", "tax_form", "printed_last_day",
)


@dataclass(frozen=True)
class LetterType:
    value: LetterTypeValue
    confidence: float
    evidence: Evidence | None = None


@dataclass(frozen=True)
class CollectionDetermination:
    actions: tuple[CollectionAction, ...]
    outcome: CollectionOutcome
    alternatives: tuple[CollectionAlternative, ...]
    confidence: float
    evidence: tuple[Evidence, ...] = ()


@dataclass(frozen=True)
class InnocentSpouseDetermination:
    outcome: InnocentSpouseOutcome
    sections: tuple[InnocentSpouseSection, ...]
    confidence: float
    evidence: tuple[Evidence, ...] = ()


@dataclass(frozen=True)
class LetterFacts:
    """Everything the parser found in one letter: the input of the rules and annotate stages."""

    document: Document
    letter_type: LetterType
    fields: Fields
    collection: CollectionDetermination | None
    innocent_spouse: InnocentSpouseDetermination | None
    needs_review: tuple[str, ...] = ()
    warnings: tuple[Note, ...] = ()
    # Other dates that could be the letter date (e.g. two readings of a damaged date); the rules stage
    # counts from the earliest so an uncertain date never yields a too-late deadline.
    letter_date_alternatives: tuple[dt.date, ...] = ()
