"""How good an OCR reading of a page is: the measure that picks an orientation and the scan-quality verdict.

A page read upside down or sideways still yields "words", but with low confidences and almost none of them
real English words; an upright page of a letter is full of the most common words. The vocabulary below is
data: the commonest English words plus those every IRS Appeals letter carries.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from parser.core.model import Word

_COMMON_WORDS_TEXT = """
    a about after all also an and any are as at be been before being but by can could date day days did do
    does for from had has have he her him his how if in into is it its may more must no not of on one only
    or other our out over said see she should so some such than that the their them then there these they
    this those to under up upon us was we were what when where which who will with within would you your
    yours appeal appeals amount balance collection contact copy court decision determination due employee
    federal fax file filed filing form hearing hours identification innocent internal irs joint legal letter
    levy liability lien notice number office payment period periods person petition phone please relief
    request required review revenue right rights section service sincerely spouse tax taxpayer telephone
    united states year years enclosure enclosures information send receive received
"""
COMMON_WORDS: frozenset[str] = frozenset(_COMMON_WORDS_TEXT.split())
WORD_CHARACTERS = re.compile(r"[^a-z]")

# Verdict thresholds, calibrated on clean and degraded samples: an upright 300 dpi letter page reads with
# mean confidence above 85 and a dictionary share above 0.4.
SUSPECT_MEAN_CONFIDENCE = 70.0  # below: maybe rotated or garbage, worth an orientation check
SUSPECT_DICTIONARY_SHARE = 0.25
POOR_MEAN_CONFIDENCE = 60.0  # below (after every correction): tell the user to rescan
POOR_MIN_WORDS = 15  # a page with ink but fewer words than this, read with low confidence, was not read
MIN_WORDS_FOR_VERDICT = 8  # fewer alphabetic words than this: the share is noise
# Tesseract reads a sideways page's lines as vertical text, confidently: words taller than wide betray it.
MAX_VERTICAL_SHARE = 0.3
VERTICAL_ASPECT = 1.5  # a word box this many times taller than wide runs vertically
MIN_CHARACTERS_FOR_ASPECT = 3  # "I" or "1," are tall by nature


@dataclass(frozen=True)
class ReadingQuality:
    words: int
    mean_confidence: float  # 0..100; 0 when no words
    dictionary_share: float  # fraction of alphabetic words that are common English words
    vertical_share: float = 0.0  # fraction of longer words whose box runs vertically

    @property
    def score(self) -> float:
        """One number to compare readings of the same page in different orientations (higher is better)."""
        return self.words * self.dictionary_share * self.mean_confidence * (1.0 - self.vertical_share)

    @property
    def suspect(self) -> bool:
        """Whether the reading looks like a turned or unreadable page (worth an orientation check)."""
        return (
            self.words < MIN_WORDS_FOR_VERDICT
            or self.mean_confidence < SUSPECT_MEAN_CONFIDENCE
            or self.dictionary_share < SUSPECT_DICTIONARY_SHARE
            or self.vertical_share > MAX_VERTICAL_SHARE
        )

    @property
    def legible(self) -> bool:
        """Whether the words read are real text (whatever their direction)."""
        confident = self.mean_confidence >= SUSPECT_MEAN_CONFIDENCE
        return confident and self.dictionary_share >= SUSPECT_DICTIONARY_SHARE

    @property
    def poor(self) -> bool:
        """Whether the page is too poorly read to trust (the user should rescan). A short page (the last
        lines of a letter) is poor only when it is also read with little confidence."""
        if self.mean_confidence < POOR_MEAN_CONFIDENCE:
            return True
        return self.words < POOR_MIN_WORDS and self.mean_confidence < SUSPECT_MEAN_CONFIDENCE


def measure(words: Sequence[Word]) -> ReadingQuality:
    """The quality of one page's OCR words."""
    if not words:
        return ReadingQuality(0, 0.0, 0.0)
    confidences = [word.confidence or 0.0 for word in words]
    alphabetic = [WORD_CHARACTERS.sub("", word.text.lower()) for word in words]
    alphabetic = [token for token in alphabetic if token]
    known = sum(1 for token in alphabetic if token in COMMON_WORDS)
    share = known / len(alphabetic) if alphabetic else 0.0
    longer = [word for word in words if len(word.text) >= MIN_CHARACTERS_FOR_ASPECT]
    vertical = sum(1 for word in longer if word.box.height > VERTICAL_ASPECT * word.box.width)
    vertical_share = vertical / len(longer) if longer else 0.0
    return ReadingQuality(len(words), sum(confidences) / len(confidences), share, vertical_share)
