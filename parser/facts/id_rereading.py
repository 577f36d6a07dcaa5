"""The contact's employee ID read again on a scan whose first reading found none, or only a doubtful one.

On a fax or a grainy scan whole-page OCR gains or loses digits at the value's ends: a cell's border glued to
the last digit ("670683820)" for 6706838200), the value split into two words ("856051 48"), a first digit
read as a letter and boxed off ("$791 272513"), or the value lost in garble. The value's place (beside its
label, from the label's end to the next word of letters) is cut from the page's reading image and read
again alone, in several ways (PASSES): thresholded with rules taken out, plain, despeckled, larger.

A reading of a place is the run of digit words at its start, words split by OCR joined again (a gap no
wider than a few characters), and no word of letters past them (a phone, fax or date label ends the value,
so their digits are never the ID's). The first reading stands when a closer reading agrees with it digit
for digit and read its digits surely, or two closer readings do. Another value replaces it when two closer
readings agree on it; against a first reading of the same length (one digit read as another) they must be
sure, or three. Without agreement the first reading stays as it was.
Every value read here stays flagged for review (it comes from a place the page's OCR read badly); a text
layer is exact and never read again.
"""

from __future__ import annotations

import dataclasses
import re
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from parser.core.errors import InputError
from parser.core.model import Box, Evidence, Fact, Word
from parser.core.notes import added, note
from parser.facts.date_rereading import READ_DPI
from parser.facts.fields import FieldValue
from parser.facts.header import PageLayout, header_label
from parser.facts.identifiers import employee_id, masked
from parser.facts.labels import LabelMatch
from parser.facts.page_crops import Cut, black_and_white, enlarged_crop, without_rules
from parser.facts.verify import DISAGREEMENT_CONFIDENCE
from parser.reading.lines import union_box

if TYPE_CHECKING:
    from PIL import Image

    from parser.reading.page_source import PageSource

FIELD = "contact_employee_id"
AGREEING_READINGS = 2
# OCR confidence of a closer reading's digit words that outweighs the first's digit, or alone confirms it:
# below it a speck can fool the page's reading and a closer one alike ("1" read "4" at 73 and 2, apart 9016
# 0065), so an unsure confirmation needs a second.
SURE_DIGITS = 90.0
ID_DIGITS = (7, 10)  # an Appeals employee ID's length: a reading of another length is no evidence


@dataclass(frozen=True)
class Pass:
    """One way of reading the value's place again: its resolution, thresholded with the rules (a ruled
    cell's border, a fax's streak) taken out, or specks filtered out."""

    dpi: float
    threshold: bool = False
    despeckle: str = ""


# The first pass is of another kind than the page's reading (black and white, no rules): a border glued to
# the last digit fools the page's reading and a plain one alike.
PASSES: tuple[Pass, ...] = (
    Pass(READ_DPI, threshold=True),
    Pass(READ_DPI),
    Pass(READ_DPI, despeckle="page"),
    Pass(1.5 * READ_DPI, threshold=True),
)
PSM_LINE = 7  # the place holds one line of value
# The place, in label (or value) heights: this far above and below, from a little past the label's end,
# reaching this far right of it (no first value) or of the first value's end (a lost last digit, a split
# tail), and this far left of a first value not beside its label (beside it, the place starts at the label).
PAD = 0.6
LABEL_GAP = 0.2
REACH_WITHOUT_VALUE = 30.0  # a ruled table's value cell can stand far right of a short label
REACH_PAST_VALUE = 3.0
LEFT_OF_VALUE = 2.5
# Words of one value that OCR split apart stand at most this many heights apart; a wider gap is a column's.
SPLIT_GAP = 1.2
RULE_ACROSS, RULE_DOWN = 8.0, 1.3  # a rule's run of ink, in line heights: longer than any digit's stroke
MARGIN_PX = 12
MIN_INK_SHARE = 0.004  # below it the place is blank paper
# A digit run as OCR reads one: a cell's border glued before it read as a bracket ("(1330163"), a speck after
# it as a mark; both left out of the value.
DIGIT_WORD = re.compile(r"[(\[{]?[0-9OoQDIli|!LSsBZzG§$]+[.,:;)\]]?")
EDGE_MARKS = "([{.,:;)]"
REASON = "scan.id_reread"

Ocr = Callable[["Image.Image", float, int], tuple[Word, ...]]


def needs_rereading(fact: Fact[FieldValue] | None, layout: PageLayout | None, pages: PageSource) -> bool:
    """Whether the first reading found a doubtful employee ID, or none beside a label the page's OCR read,
    on a scanned header page."""
    if layout is None or layout.page.method != "ocr" or pages.reading_image(layout.page.number) is None:
        return False
    if fact is None:
        return header_label(layout, FIELD) is not None
    return fact.needs_review and fact.evidence.method == "ocr" and fact.evidence.page == layout.page.number


def reread(fact: Fact[FieldValue] | None, layout: PageLayout, pages: PageSource, *, ocr: Ocr | None = None
           ) -> Fact[FieldValue] | None:
    """The employee ID after closer readings of its place on `layout`'s page (see the module's notes);
    `ocr` stands in for `pages.ocr` (tests)."""
    image = pages.reading_image(layout.page.number)
    place = _place(layout, header_label(layout, FIELD), fact)
    if image is None or place is None:
        return fact

    def read_again(crop: Image.Image, dpi: float, psm: int) -> tuple[Word, ...]:
        return pages.ocr(crop, dpi=dpi, psm=psm)

    first = fact.value if fact is not None and isinstance(fact.value, str) else None
    found: list[tuple[str, tuple[Word, ...]]] = []
    for step in PASSES:
        read = _read(layout, image, place, step, ocr or read_again)
        if read is None:
            continue
        found.append(read)
        counts = Counter(value for value, _words in found)
        if read[0] == first and (_sure([read[1]]) or counts[first] >= AGREEING_READINGS):
            return fact  # closer readings confirm the first: one read surely, or two
        agreed = next((value for value, n in counts.items() if value != first and _outweighs(
            fact, value, n, [words for v, words in found if v == value])), None)
        if agreed is not None:
            return _fact(agreed, [words for value, words in found if value == agreed], layout, fact)
    return fact


def _outweighs(fact: Fact[FieldValue] | None, value: str, n: int, agreeing: Sequence[tuple[Word, ...]]
               ) -> bool:
    """Whether `n` closer readings agreeing on `value` (`agreeing`) replace the first reading: as many as
    `_needed`, and against a sure first reading of the same length, sure ones (own 6332 0029: a speck read
    "0" as "9" three times at 37-65 against the page's "1006989330" at 96)."""
    first = fact.value if fact is not None and isinstance(fact.value, str) else None
    if n < _needed(first, value, agreeing):
        return False
    first_sure = fact is not None and (fact.evidence.ocr_confidence or 0.0) >= SURE_DIGITS
    return not (first_sure and first is not None and len(first) == len(value) and not _sure(agreeing))


def _needed(first: str | None, value: str, agreeing: Sequence[tuple[Word, ...]]) -> int:
    """How many closer readings must agree on `value` to replace the first reading. A digit gained or lost
    at an end is what a fax does to the page's reading: two suffice. Against a first reading of the same
    length (one digit read as another), the closer readings, cut from the same grain, can share a misreading
    ("1218892344" twice at 80 for a right "1218892244", apart 9010 0083): two suffice only when each read
    its digits surely, else a third must agree."""
    if first is None or len(first) != len(value):
        return AGREEING_READINGS
    return AGREEING_READINGS if _sure(agreeing) else AGREEING_READINGS + 1


def _sure(readings: Sequence[tuple[Word, ...]]) -> bool:
    """Whether every digit word of the readings was read at SURE_DIGITS or more."""
    return all(w.confidence is not None and w.confidence >= SURE_DIGITS for words in readings for w in words)


def _place(layout: PageLayout, label: LabelMatch | None, fact: Fact[FieldValue] | None) -> Box | None:
    """Where the value stands: from past the label's end (or a little left of the first value) to the next
    word of letters on its line, or a few heights past the first value."""
    page = layout.page
    label_box = None if label is None else union_box(label.words[-1:])
    if fact is not None and fact.evidence.box.height > 0:
        box = fact.evidence.box
        height = min(box.height, 14.0)
        left = box.x0 - LEFT_OF_VALUE * height
        if label_box is not None and _same_line(label_box, box) and label_box.x1 <= box.x0:
            left = label_box.x1 + LABEL_GAP * height  # a first digit boxed off the value stands between
        right = box.x1 + REACH_PAST_VALUE * height
    elif label_box is not None:
        box = label_box
        height = min(box.height, 14.0)
        left = box.x1 + LABEL_GAP * height
        right = box.x1 + REACH_WITHOUT_VALUE * height
    else:
        return None
    # The next word of letters on the line (a phone's or a fax's label, the next column) ends the place.
    beyond = [w.box.x0 for w in page.words if _same_line(w.box, box) and w.box.x0 > box.x1
              and sum(ch.isalpha() for ch in w.text) >= 2 and DIGIT_WORD.fullmatch(w.text) is None]
    right = min([right, page.width, *[x - LABEL_GAP * height for x in beyond]])
    place = Box(max(0.0, left), max(0.0, box.top - PAD * height), right,
                min(page.height, box.bottom + PAD * height))
    return place if place.x1 - place.x0 > height and place.bottom > place.top else None


def _same_line(a: Box, b: Box) -> bool:
    middle = (a.top + a.bottom) / 2
    return b.top - 0.2 * b.height <= middle <= b.bottom + 0.2 * b.height


def _read(layout: PageLayout, image: Image.Image, place: Box, step: Pass, ocr: Ocr
          ) -> tuple[str, tuple[Word, ...]] | None:
    """The employee ID one pass reads in the place, with its words (page points), if any."""
    from PIL import ImageOps

    crop = enlarged_crop(image, layout.page.width, place,
                         Cut(step.dpi, despeckle=step.despeckle, min_ink_share=MIN_INK_SHARE))
    if crop is None:
        return None
    if step.threshold:
        height = step.dpi / 72.0 * (place.bottom - place.top) / (1 + 2 * PAD)
        crop = without_rules(black_and_white(crop), across=round(RULE_ACROSS * height),
                             down=round(RULE_DOWN * height))
    try:  # paper round the crop: digits touching its edge are often not read at all
        words = ocr(ImageOps.expand(crop, MARGIN_PX, fill=255), step.dpi, PSM_LINE)
    except InputError:  # Tesseract refused the crop: the other passes go on
        return None
    margin = MARGIN_PX * 72.0 / step.dpi
    placed = tuple(dataclasses.replace(w, page=layout.page.number, box=Box(
        place.x0 + w.box.x0 - margin, place.top + w.box.top - margin, place.x0 + w.box.x1 - margin,
        place.top + w.box.bottom - margin))
        for w in sorted(words, key=lambda w: w.box.x0))
    return value_of(placed)


def value_of(words: Sequence[Word]) -> tuple[str, tuple[Word, ...]] | None:
    """The employee ID a place's words give: the digit words at its start (a cell's border, a speck or the
    label's tail before them skipped), joined where OCR split one value; None when a word of letters
    follows them closely or the digits are not an ID's length."""
    run: list[Word] = []
    for word in words:
        text = word.text
        if not run and (not any(ch.isalnum() for ch in text) or text.endswith(":")):
            continue  # a border or a speck before the value, or the tail of its label ("ber:")
        if DIGIT_WORD.fullmatch(text) is None or not any(ch.isdigit() for ch in text):
            if run and any(ch.isalpha() for ch in text) and _gap(run[-1], word) <= SPLIT_GAP:
                return None  # letters glued to the digits: a label or garble, not a value
            break
        if run and _gap(run[-1], word) > SPLIT_GAP:
            break
        run.append(word)
    if not run:
        return None
    parsed = employee_id("".join(w.text.strip(EDGE_MARKS) for w in run))
    if parsed is None or not ID_DIGITS[0] <= len(parsed.value) <= ID_DIGITS[1]:
        return None
    return parsed.value, tuple(run)


def _gap(before: Word, after: Word) -> float:
    """The gap between two words of a line, in heights of the taller."""
    height = max(before.box.bottom - before.box.top, after.box.bottom - after.box.top, 1.0)
    return (after.box.x0 - before.box.x1) / height


def _fact(value: str, agreeing: Sequence[tuple[Word, ...]], layout: PageLayout,
          first: Fact[FieldValue] | None) -> Fact[FieldValue]:
    words = [w for group in agreeing for w in group]
    box = union_box(words)
    scores = [w.confidence for w in words if w.confidence is not None]
    evidence = Evidence(page=layout.page.number, box=box, text=value, method="ocr",
                        ocr_confidence=min(scores) if scores else None)
    reason = masked(note(REASON, n=len(agreeing), first=first.value if first is not None else ""))
    reasons = added(first.reasons, reason) if first is not None else (reason,)
    return Fact(value=value, confidence=DISAGREEMENT_CONFIDENCE, evidence=evidence, needs_review=True,
                reasons=reasons)
