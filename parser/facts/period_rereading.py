"""The tax periods read again from their band of a scanned page when the page's OCR read the list in doubt.

Whole-page OCR garbles a line of a list of periods ("12/3 E2020" / "2 S520 20" / "12/31/2022"), loses the
last line of a list under a stamp-free Courier scan, or glues a speck to a year. The band that holds the
list (the value's line and the lines under it in its column, up to the next label) is cut from the page
image and read alone in a few ways (as it is, enlarged, thresholded with specks filtered out). A reading
is taken only when two of them give the same periods; it stays flagged unless it is clean and keeps every
period the page's reading found. Readings that disagree leave the value as it was, flagged.
"""

from __future__ import annotations

import dataclasses
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, cast

from parser.core.model import Box, Evidence, Fact, Word
from parser.core.notes import Note, added, note
from parser.facts.fields import FieldValue, Reading, ValueWords, read_periods
from parser.facts.header import ValueSpot
from parser.facts.verify import trimmed_strip_words
from parser.reading.lines import union_box

if TYPE_CHECKING:
    from PIL import Image

    from parser.reading.page_source import PageSource

# The band reaches this many line heights left of the value (a first character OCR boxed late), right of
# its widest line (a date's lost tail) and above and below it.
LEFT_REACH = 0.8
RIGHT_REACH = 3.0
PAD = 0.4
# A label's line at most this many line heights under the list's last line closes the list.
CLOSE_GAP = 1.0
# Words of another column start at least this many line heights right of the list.
COLUMN_GAP = 1.5
# Tesseract reads the band as one block of text (psm 6): a list's lines, each on its own.
BLOCK_MODE = 6
ENLARGED = 2
# Words whose middles are within this share of a word's height of a row's first word stand in that row.
ROW_REACH = 0.6
# Enough readings agree to take their periods.
AGREEING = 2
# A re-read value is taken without review only when every word of the agreeing readings was read at least
# this sure.
SURE_WORD = 70.0
REREAD_REASON = note("value.periods_reread")
# Readings that tie are settled by the surer side only when its least sure word beats the other's by this.
TIE_MARGIN = 8.0
UNSURE_CONFIDENCE = 0.5
SURE_CONFIDENCE = 0.9


@dataclass(frozen=True)
class Band:
    """Where the list of periods stands on its page (points), and the label's spelling."""

    page: int
    box: Box
    variant: str
    rows: int = 1  # lines of the band that hold a digit: each must give periods for a reading to be whole
    closed: bool = False  # a label's line stands right under the list: no line of it can be lost below


def band_of(spot: ValueSpot, page_width: float, page_words: Sequence[Word]) -> Band | None:
    """The value's line and the lines under it that are not another label's, cut before another column."""
    if not spot.words or any(w.method != "ocr" for w in spot.words):
        return None
    # Following lines stop at the first labelled one: a list goes on only up to the next label.
    kept: list[tuple[Word, ...]] = [spot.words]
    closing: tuple[Word, ...] | None = None
    for line in spot.following:
        if _labelled(line):
            closing = line
            break
        kept.append(line)
    words = [w for line in kept for w in line]
    height = min(14.0, max(w.box.bottom - w.box.top for w in spot.words))
    last_bottom = max(w.box.bottom for w in kept[-1])
    if closing is None:
        # The value's reader may have stopped before the label's line itself (a line opening with another
        # label's words where labels start, header._opens_with_label): the first line under the list.
        left = min(w.box.x0 for w in words) - LEFT_REACH * height
        under = sorted((w for w in page_words if w.box.top > last_bottom and w.box.x0 >= left),
                       key=lambda w: w.box.top)
        right = max(w.box.x1 for w in words)
        starts = [w for w in under if w.box.x0 <= right]  # a line starting in the list's column
        first = [w for w in under if starts and abs(w.box.top - starts[0].box.top) <= 0.5 * height]
        closing = tuple(first) if first and _labelled(first) else None
    closed = closing is not None and (
        min(w.box.top for w in closing) - last_bottom <= CLOSE_GAP * height)
    rows = sum(1 for line in kept if any(ch.isdigit() for w in line for ch in w.text))
    box = union_box(words)
    top, bottom = box.top - PAD * height, box.bottom + PAD * height
    others = [w.box.x0 for w in page_words
              if w.box.x0 >= box.x1 + COLUMN_GAP * height and w.box.bottom > top and w.box.top < bottom]
    right = min([page_width, box.x1 + RIGHT_REACH * height, *(x - 0.5 * height for x in others)])
    left = max(0.0, box.x0 - LEFT_REACH * height)
    return Band(page=spot.words[0].page, box=Box(left, max(0.0, top), right, bottom),
                variant=spot.label.variant, rows=max(1, rows), closed=closed)


def _labelled(line: Sequence[Word]) -> bool:
    """A line holding a label ("Reply to:", "In reply refer to:"): a word of letters ending in a colon."""
    return any(w.text.endswith(":") and any(ch.isalpha() for ch in w.text) for w in line)


def reread(fact: Fact[FieldValue] | None, band: Band, pages: PageSource) -> Fact[FieldValue] | None:
    """The periods after the band's readings: the agreed value, or the fact as it was (flagged)."""
    image = pages.reading_image(band.page)
    page = pages.document.page(band.page)
    if image is None or page is None or page.width <= 0:
        return fact
    scale = image.width / page.width
    box = band.box
    crop = image.crop((round(box.x0 * scale), round(box.top * scale), round(box.x1 * scale),
                       round(box.bottom * scale)))
    if crop.width < 8 or crop.height < 8:
        return fact
    readings: list[Reading] = []
    for prepare, factor in STRATEGIES:
        reading = _read(pages, prepare(crop), scale * 72.0 * factor, band)
        if reading is not None:
            readings.append(reading)
    return decided(fact, readings)


def decided(fact: Fact[FieldValue] | None, readings: Sequence[Reading]) -> Fact[FieldValue] | None:
    """The fact given the band's readings: two that agree on other periods than the fact's replace it.
    Losing a garbled line is OCR's way, making up a well-formed period is not: readings that each hold
    part of the page's list never replace it (apart 9034 0089: a fax's streak through a list's second line
    lost it and the third in all three readings), and one reading holding every period the others read,
    and more, is taken over them, flagged (9038 0094: two readings stopped at a speck before ".Dec. 31,
    2018")."""
    if fact is not None and _holds_every(fact.value, [r.value for r in readings]):
        return fact
    whole = _whole_list(fact, readings)
    if whole is not None:
        return _tie_broken(fact, [r for r in readings if r.value == whole])
    votes = Counter(r.value for r in readings)
    if fact is not None:
        votes[fact.value] += 1
    ranked = votes.most_common()
    if not ranked or ranked[0][1] < AGREEING:
        return fact
    value = ranked[0][0]
    if len(ranked) > 1 and ranked[1][1] == ranked[0][1]:
        surer = _surer_side(fact, readings, [v for v, n in ranked if n == ranked[0][1]])
        if surer is None or (fact is not None and surer == fact.value) or _drops_from(surer, fact):
            return fact
        return _tie_broken(fact, [r for r in readings if r.value == surer])
    if fact is not None and value == fact.value:
        return fact
    agreeing = [r for r in readings if r.value == value]
    kept_all = fact is None or (isinstance(fact.value, tuple) and isinstance(value, tuple)
                                and set(fact.value) <= set(value))
    clean = not any(r.doubt or r.repaired for r in agreeing) and all(
        (w.confidence or 0.0) >= SURE_WORD for r in agreeing for w in r.words)
    sure = clean and kept_all and fact is not None
    scores = [w.confidence for w in agreeing[0].words if w.confidence is not None]
    evidence = Evidence(page=agreeing[0].words[0].page, box=union_box(agreeing[0].words),
                        text=agreeing[0].text, method="ocr", ocr_confidence=min(scores) if scores else None)
    if sure:
        return Fact(value=value, confidence=SURE_CONFIDENCE, evidence=evidence, needs_review=False)
    reasons: tuple[Note, ...] = added(fact.reasons if fact is not None else (), REREAD_REASON)
    return Fact(value=value, confidence=UNSURE_CONFIDENCE, evidence=evidence, needs_review=True,
                reasons=reasons)


def _holds_every(value: FieldValue, others: Sequence[FieldValue]) -> bool:
    """Whether a list of periods holds every period each of `others` holds, and more than at least one."""
    if not isinstance(value, tuple) or not others:
        return False
    return (all(isinstance(o, tuple) and set(o) <= set(value) for o in others)
            and any(set(o) < set(value) for o in others if isinstance(o, tuple)))


def _whole_list(fact: Fact[FieldValue] | None, readings: Sequence[Reading]) -> FieldValue | None:
    """The one reading's list that holds every other reading's periods and more, where it also holds the
    page's (or the page's share none with any reading: a misread year, "2027" for "2017"); None else."""
    values = list(dict.fromkeys(r.value for r in readings))
    read = {d for v in values if isinstance(v, tuple) for d in v}
    for value in values:
        others = [r.value for r in readings if r.value != value]
        page_kept = fact is None or not isinstance(fact.value, tuple) or set(fact.value) <= set(
            value if isinstance(value, tuple) else ()) or not set(fact.value) & read
        if page_kept and _holds_every(value, others):
            return value
    return None


def _drops_from(value: FieldValue, fact: Fact[FieldValue] | None) -> bool:
    """Whether `value` is the fact's periods with some left out: a tie never drops a period the page's
    reading found (apart seed 9027 0005, a fax: two band readings lost "201512:" of three periods the page
    and a third band reading read; losing a garbled item is OCR's way, making up a well-formed one is not)."""
    return (fact is not None and isinstance(value, tuple) and isinstance(fact.value, tuple)
            and set(value) < set(fact.value))


def _surer_side(fact: Fact[FieldValue] | None, readings: Sequence[Reading], tied: Sequence[FieldValue]
                ) -> FieldValue | None:
    """Of values the votes tie on, the one whose readings OCR was surest of (the least sure word of each
    side), by at least TIE_MARGIN points: the page's reading and the band's plain one see the same pixels
    and may share a misread ("2015" read "2016" at 72 and 84), where the enlarged readings agree surely
    on another value (at 90 and 96). None when no side is clearly surer."""
    least: dict[FieldValue, float] = {}
    for reading in readings:
        if reading.value in tied:
            scores = [w.confidence or 0.0 for w in reading.words]
            least[reading.value] = min([least.get(reading.value, 100.0), *scores])
    if fact is not None and fact.value in tied and fact.evidence.ocr_confidence is not None:
        least[fact.value] = min(least.get(fact.value, 100.0), fact.evidence.ocr_confidence)
    ranked = sorted(least.items(), key=lambda item: -item[1])
    if len(ranked) < 2 or ranked[0][1] - ranked[1][1] < TIE_MARGIN:
        return None
    return ranked[0][0]


def _tie_broken(fact: Fact[FieldValue] | None, agreeing: Sequence[Reading]) -> Fact[FieldValue]:
    """The surer side of a tie, always flagged: the readings did disagree."""
    scores = [w.confidence for w in agreeing[0].words if w.confidence is not None]
    evidence = Evidence(page=agreeing[0].words[0].page, box=union_box(agreeing[0].words),
                        text=agreeing[0].text, method="ocr", ocr_confidence=min(scores) if scores else None)
    reasons: tuple[Note, ...] = added(fact.reasons if fact is not None else (), REREAD_REASON)
    return Fact(value=agreeing[0].value, confidence=UNSURE_CONFIDENCE, evidence=evidence, needs_review=True,
                reasons=reasons)


def _read(pages: PageSource, image: Image.Image, dpi: float, band: Band) -> Reading | None:
    """The periods one reading of the band gives, its words placed back on the page."""
    words = pages.ocr(image, dpi=dpi, page=band.page, psm=BLOCK_MODE)
    moved = [dataclasses.replace(w, box=Box(w.box.x0 + band.box.x0, w.box.top + band.box.top,
                                            w.box.x1 + band.box.x0, w.box.bottom + band.box.top))
             for w in words]
    lines = [line for line in (trimmed_strip_words(line) for line in _rows(moved)) if line]
    # The band may catch the foot of a label above the list ("ended:" of a label over its value): the
    # list starts at its first line that reads as periods.
    start = next((n for n, line in enumerate(lines)
                  if read_periods(ValueWords(words=line, variant=band.variant)) is not None), None)
    if start is None:
        return None
    lines = lines[start:]
    found = read_periods(ValueWords(words=lines[0], variant=band.variant, following=tuple(lines[1:])))
    if found is None:
        return None
    used = {id(w) for w in found.words}
    rows = sum(1 for line in lines if any(id(w) in used for w in line))
    if rows < band.rows or not band.closed:
        # A line of the band gave no period, or nothing shows the list ends here: taken only flagged.
        found = dataclasses.replace(found, doubt=(*found.doubt, REREAD_REASON))
    return found


def _rows(words: Sequence[Word]) -> list[tuple[Word, ...]]:
    """The band's words in rows by their middles: a small crop's boxes vary in height (a comma's box sits
    low, a capital's high) more than the page grouping of lines allows for."""
    if not words:
        return []
    height = sorted(w.box.bottom - w.box.top for w in words)[len(words) // 2]
    rows: list[list[Word]] = []
    for word in sorted(words, key=_middle):
        if rows and abs(_middle(word) - _middle(rows[-1][0])) <= ROW_REACH * height:
            rows[-1].append(word)
        else:
            rows.append([word])
    return [tuple(sorted(row, key=lambda w: w.box.x0)) for row in rows]


def _middle(word: Word) -> float:
    return (word.box.top + word.box.bottom) / 2


def _plain(image: Image.Image) -> Image.Image:
    from parser.facts.verify import paper_white

    return paper_white(image)


def _enlarged(image: Image.Image) -> Image.Image:
    from PIL import Image as PILImage

    plain = _plain(image)
    return plain.resize((plain.width * ENLARGED, plain.height * ENLARGED), PILImage.Resampling.LANCZOS)


def _despeckled(image: Image.Image) -> Image.Image:
    """Enlarged, specks filtered out, then black and white at the midpoint of its greys."""
    from PIL import ImageFilter

    grey = _enlarged(image).filter(ImageFilter.MedianFilter(3))
    low, high = cast("tuple[int, int]", grey.getextrema())  # a grey image: its darkest and lightest
    cut = (low + high) // 2
    return grey.point(lambda v: 255 if v > cut else 0)


# Each way of reading the band: how its image is prepared, and by what factor that enlarges it.
STRATEGIES: tuple[tuple[Callable[[Image.Image], Image.Image], int], ...] = (
    (_plain, 1), (_enlarged, ENLARGED), (_despeckled, ENLARGED),
)
