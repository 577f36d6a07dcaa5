"""A second, closer reading of each key value on a scan, to catch what the page's OCR got wrong.

Whole-page OCR drops a lone initial ("Carlos Kowalski" for "Carlos S Kowalski") or misreads a digit with
fair confidence. The value's own strip of the page image, OCR'd again on its own, often reads it right. A
second reading that disagrees with the first does not replace it (neither is known to be the right one);
it flags the value for review, and for the letter date it becomes one of the alternative readings that the
deadlines count from the earliest of.
"""

from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass
from typing import Generic, TypeVar

from parser.fields import READERS, FieldValue, Reading, ValueWords, shown_value
from parser.identifiers import mask_tins
from parser.lines import group_lines
from parser.model import Document, Fact, PageView, Word

# Fields worth the second reading: the ones a deadline or a phone call depends on.
VERIFIED_FIELDS: tuple[str, ...] = (
    "letter_date", "printed_last_day", "contact_name", "contact_employee_id", "contact_phone",
    "contact_fax", "contact_hours", "taxpayer_id", "tax_periods",
)
# The strip read again: the value's box, widened by these shares of a line height (to the right more,
# where a lost word would stand).
PAD = 0.35
LEFT_REACH = 0.8  # OCR boxes can start a little right of the first character's ink
RIGHT_REACH = 3.0
NON_WORD = re.compile(r"[^a-z0-9:]+")
# A flagged value's confidence is capped here.
DISAGREEMENT_CONFIDENCE = 0.5


T = TypeVar("T")


@dataclass(frozen=True)
class Check(Generic[T]):
    """What the second reading said about one fact."""

    fact: Fact[T]
    other: FieldValue | None  # a different value the second reading gave, if any


def second_reading(doc: Document, field: str, fact: Fact[T]) -> Reading | None:
    """The field read again from its strip of the page image; None when there is no image or no value."""
    page = next((p for p in doc.pages if p.number == fact.evidence.page), None)
    if page is None or page.image is None or fact.evidence.method != "ocr":
        return None
    words = _ocr_strip(page, fact)
    if not words:
        return None
    lines = group_lines(words)
    first, *rest = [_trimmed(line.words) for line in lines]
    variant = "employer" if isinstance(fact.value, str) and fact.value.startswith("XX-XXX") else "year"
    return READERS[field](ValueWords(words=first, variant=variant, following=tuple(rest)))


def _ocr_strip(page: PageView, fact: Fact[T]) -> tuple[Word, ...]:
    from parser.tesseract import ocr_words  # the project's one tesseract wrapper (single-threaded)

    image = page.image
    if image is None:
        return ()
    box = fact.evidence.box
    height = min(box.height, 14.0) if box.height > 0 else 10.0
    scale = image.width / page.width
    left = max(0.0, box.x0 - LEFT_REACH * height)
    right = min(page.width, box.x1 + RIGHT_REACH * height)
    top = max(0.0, box.top - PAD * height)
    bottom = min(page.height, box.bottom + PAD * height)
    crop = image.crop((round(left * scale), round(top * scale), round(right * scale), round(bottom * scale)))
    if crop.width < 4 or crop.height < 4:
        return ()
    return ocr_words(crop, dpi=scale * 72.0, page=page.number)


def _trimmed(words: tuple[Word, ...]) -> tuple[Word, ...]:
    """The words without specks at either end, nor the tail of a label ("n:") the strip caught."""
    start, end = 0, len(words)
    while start < end and (not any(ch.isalnum() for ch in words[start].text)
                           or words[start].text.endswith(":")):
        start += 1
    while end > start and not any(ch.isalnum() for ch in words[end - 1].text):
        end -= 1
    return words[start:end]


def check(doc: Document, field: str, fact: Fact[T]) -> Check[T]:
    """The fact, flagged when its second reading gives another value or finds damage the first missed."""
    if field not in VERIFIED_FIELDS or fact.evidence.method != "ocr":
        return Check(fact=fact, other=None)
    again = second_reading(doc, field, fact)
    if again is None:
        return Check(fact=fact, other=None)
    if not _same(field, again.value, fact.value):
        reason = f"a second, closer reading of the scan gave {mask_tins(shown_value(again.value))}"
        return Check(fact=_flagged(fact, reason), other=again.value)
    if again.doubt:
        return Check(fact=_flagged(fact, again.doubt), other=None)
    return Check(fact=fact, other=None)


def _same(field: str, first: object, second: object) -> bool:
    """Whether two readings agree; free text (hours) is compared by its words, not its punctuation."""
    if field == "contact_hours" and isinstance(first, str) and isinstance(second, str):
        return _words_of(first) == _words_of(second)
    return first == second


def _words_of(text: str) -> list[str]:
    return [token for token in NON_WORD.split(text.lower()) if token]


def _flagged(fact: Fact[T], reason: str) -> Fact[T]:
    reasons = "; ".join(r for r in (fact.reason, reason) if r)
    return dataclasses.replace(fact, needs_review=True, reason=reasons,
                               confidence=min(fact.confidence, DISAGREEMENT_CONFIDENCE))

