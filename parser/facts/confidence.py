"""How far to trust a value: OCR word confidence x label match quality x format checks, and the review line.

Each factor is 0..1 and they multiply, so any one weak part pulls the field below the review threshold:
- OCR: a text layer is 1.0; OCR words blend their minimum and mean Tesseract confidence (the weakest word
  matters most: one misread digit spoils a date), mapped so that 90+ is 1.0 and 40 or less is 0.4.
- Label: the spelling's similarity (1.0 exact), times a penalty for a missing colon, a value found below
  rather than beside its label, a label outside the letter's header, or no label at all.
- Format: 1.0 when the value is in a clean format; lower when OCR look-alikes were read back; far lower
  when the characters allow two readings or a cross-check fails.
A field below its review threshold is flagged needs_review with the reason of its weakest factor.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from dataclasses import dataclass

from parser.core.model import Word
from parser.core.notes import Note, note

# Below this a field needs a person's review. The letter date, which every deadline counts from, has the
# strictest line; fields no deadline depends on have a looser one.
REVIEW_THRESHOLD = 0.80
# Calibrated on the sample corpora (committed set and generated scans of every profile): the lines at which
# every wrong value seen was flagged while few right ones were. Digit strings (phone, fax, ID) misread one
# digit at OCR confidences in the low 80s, so their line is high.
FIELD_THRESHOLDS: dict[str, float] = {
    "letter_date": 0.90,
    "printed_last_day": 0.90,
    "tax_periods": 0.85,
    "taxpayer_id": 0.85,
    "contact_phone": 0.92,
    "contact_fax": 0.92,
    "contact_employee_id": 0.90,
    "contact_name": 0.88,
    "contact_hours": 0.85,
    "taxpayer_name": 0.80,
    "tax_form": 0.80,
}
# Determinations and the letter type are judged on the same 0..1 scale.
DETERMINATION_THRESHOLD = 0.75
LETTER_TYPE_THRESHOLD = 0.80

# OCR factor: blend = MIN_WEIGHT * min + (1 - MIN_WEIGHT) * mean, mapped linearly from FLOOR to FULL.
OCR_MIN_WEIGHT = 0.6
OCR_FULL = 90.0
# A word OCR read below this confidence is garbled: its letters are no evidence of the word printed.
GARBLED_WORD_CONFIDENCE = 60.0
OCR_FLOOR = 40.0
OCR_FLOOR_FACTOR = 0.4

# Label factor penalties.
NO_COLON = 0.93
VALUE_BELOW = 0.98
OUTSIDE_HEADER = 0.85
CONTINUATION_PAGE = 0.97
UNLABELLED = 0.70

# Format factor.
CLEAN = 1.0
REPAIRED = 0.90
TWO_READINGS = 0.45
FORMAT_DOUBT = 0.60
CROSS_CHECK_FAILED = 0.50


@dataclass(frozen=True)
class Score:
    """The three factors of a field's confidence and the reason the weakest one gives."""

    ocr: float
    label: float
    format: float
    reasons: tuple[Note, ...] = ()
    must_review: bool = False  # a finding that needs a person whatever the score (a value from the body)

    @property
    def value(self) -> float:
        return round(max(0.0, min(1.0, self.ocr * self.label * self.format)), 3)

    def with_format(self, factor: float, reason: Note) -> Score:
        return dataclasses.replace(self, format=min(self.format, factor), reasons=(*self.reasons, reason))


def ocr_stats(words: Sequence[Word]) -> tuple[float | None, float | None]:
    """(minimum, mean) OCR confidence of the words; (None, None) for a text layer."""
    scores = [w.confidence for w in words if w.confidence is not None and w.confidence >= 0]
    if not scores:
        return None, None
    return min(scores), sum(scores) / len(scores)


def ocr_factor(words: Sequence[Word]) -> float:
    low, mean = ocr_stats(words)
    if low is None or mean is None:
        return 1.0
    blend = OCR_MIN_WEIGHT * low + (1 - OCR_MIN_WEIGHT) * mean
    share = (blend - OCR_FLOOR) / (OCR_FULL - OCR_FLOOR)
    return round(OCR_FLOOR_FACTOR + (1 - OCR_FLOOR_FACTOR) * max(0.0, min(1.0, share)), 3)


def ocr_reason(words: Sequence[Word]) -> Note | None:
    low, _ = ocr_stats(words)
    if low is None or ocr_factor(words) >= 0.95:
        return None
    return note("scan.hard_here", low=low)


def threshold(field: str) -> float:
    return FIELD_THRESHOLDS.get(field, REVIEW_THRESHOLD)


def needs_review(field: str, score: Score) -> bool:
    return score.must_review or score.value < threshold(field)


def reasons_for(score: Score) -> tuple[Note, ...]:
    """The reasons to check a value: those collected for its weak factors, each once."""
    return tuple(dict.fromkeys(score.reasons))
