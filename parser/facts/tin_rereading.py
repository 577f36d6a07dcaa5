"""The masked taxpayer ID number read again on a scan whose first reading found none, or only a doubtful one.

On a scan the mask's small stars, a receipt stamp over the value, a ruled cell's border or a fax's grain
make whole-page OCR lose the value ("2589" for "***-**-2589", "*#44*.0945" for "***-**-2215") or read it
into garble. The value stands beside its label or under it, so those two places are cut from the page's
reading image, enlarged, and read again alone, in several ways (PASSES): plain and thresholded (a
stamp's lighter ink and a scan's grey specks fall away), at two sizes, and, where a second ink lies
over the place, once with that ink taken out (stamp_ink).

A wrong last four is worse than none, so nothing here is a guess:
- a value is taken only when two readings agree on it (the first reading counts as one); the passes stop
  as soon as two do;
- two closer readings that agree against the first reading leave no value (two readings against two:
  apart seed 9011 0063, a right "5829" against two closer "5899");
- a first reading the closer readings contradict, and none confirms, is dropped (the field is then
  missing, which a person is asked to check);
- a closer reading whose last four took a letter for a digit it could be two of ("Q" for 0 or 9) is no
  evidence;
- every value this module gives is flagged for review: it comes from a scan that was hard to read.

First of all the value's last four are read glyph by glyph (tin_glyphs: a mask's stars and X's garble a
whole-value reading); their two readings agreeing count as two. Against a first reading they need a third
reading on their side, unless the first took its digits from a mask read past its shape.

Where a stamp took the label and the mask's head, so that the page's reading kept only a mask's tail
("-XX-8642") and no label, that tail is the first reading: it is read again around its place as above, and
kept (flagged) only when a closer reading confirms it or the glyphs' two readings give the value.
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
from parser.core.notes import note
from parser.facts import stamp_ink, tin_glyphs
from parser.facts.date_rereading import READ_DPI
from parser.facts.field_facts import MASK_DAMAGED, read_garbled
from parser.facts.fields import (
    EMPLOYER_WORDS,
    LABEL_WORDS,
    PERSON_WORDS,
    READERS,
    FieldValue,
    ValueWords,
    joined,
)
from parser.facts.header import PageLayout, header_label, lone_cell, value_spots
from parser.facts.identifiers import LAST_ONE_MARKS, mask_tail, mask_tins, masked_last_four
from parser.facts.labels import LabelMatch, find_labels
from parser.facts.page_crops import Cut, black_and_white, enlarged_crop, middle_line_only
from parser.facts.verify import DISAGREEMENT_CONFIDENCE
from parser.reading.lines import Segment, middle_band, union_box

if TYPE_CHECKING:
    from PIL import Image

    from parser.reading.page_source import PageSource

FIELD = "taxpayer_id"
AGREEING_READINGS = 2
# Readings of the whole value (the first and closer ones) that outweigh the glyphs' two against them.
OUTWEIGH_GLYPHS = 3


@dataclass(frozen=True)
class Pass:
    """One way of reading the value's places again: the resolution they are enlarged to, and whether
    the image is thresholded to black and white first."""

    dpi: float
    threshold: bool
    # The place with a second ink over it (a stamp) taken out (stamp_ink); no reading where it has none.
    # One reading, never two: it can only confirm another.
    destamp: bool = False


PASSES: tuple[Pass, ...] = (
    Pass(READ_DPI, threshold=False),
    Pass(READ_DPI, threshold=True),
    Pass(1.5 * READ_DPI, threshold=False),
    Pass(1.5 * READ_DPI, threshold=True),
    Pass(READ_DPI, threshold=False, destamp=True),
)
# The places cut around the label, in label heights: beside it (to the right, up to this far) and under it
# (from a little left of it, this far down and across).
BESIDE_REACH = 25.0
BESIDE_PAD = 0.6
# Blank rows (points) that part one line from the slivers of its neighbours in a place read as a line; fewer
# join (an "i" and its dot: 300 dpi letters leave 2 to 4 rows between them).
LINE_GAP_POINTS = 1.5
UNDER_LEFT = 1.0
UNDER_DOWN = (0.1, 1.7)
UNDER_ACROSS = 20.0
# Where only the first reading's value is known (no label read), its box is widened by these heights.
VALUE_PAD = (1.0, 0.5, 6.0)  # left, up and down, right
PSM_LINE = 7  # each place holds one line of value
# A place with fewer pixels than this share of ink is blank paper: enlarging its contrast would make its
# grain into letters.
MIN_INK_SHARE = 0.004
# A ruled cell's border OCR reads as a word of its own at a value's ends: no part of the value.
RULE_WORDS = frozenset("|[]!/\\")
REASON = "scan.tin_reread"
GLYPH_REASON = "scan.tin_glyphs"  # read glyph by glyph (tin_glyphs): the mask's garble left out
GLYPH_UNDER_MORE = 1.0  # label heights the place under the label reaches further down for the glyphs
# Letters OCR gives for a digit that can be no other digit: a round "O" for "0", a stroke for "1".
SURE_LOOKALIKES = frozenset("Oo|!Il" + LAST_ONE_MARKS)

# A date the page's reading saw where a masked value's glyphs seemed to be: digits around a slash, or a year
# after a comma ("Dec. 31, 2018").
DATE_THERE = re.compile(r"[0-9]\s?/\s?[0-9]|,\s(?:19|20)[0-9]{2}\b")

Ocr = Callable[["Image.Image", float, int], tuple[Word, ...]]


@dataclass(frozen=True)
class _Place:
    """A place the value may stand in (page points), and whether four digits alone, their mask lost, may be
    the value there (only right beside its label)."""

    box: Box
    mask_lost: bool


@dataclass(frozen=True)
class _Read:
    value: str
    words: tuple[Word, ...]


def needs_rereading(fact: Fact[FieldValue] | None, layout: PageLayout | None, pages: PageSource) -> bool:
    """Whether the first reading found no taxpayer ID, or a doubtful one, on a scanned header page."""
    if layout is None or layout.page.method != "ocr" or pages.reading_image(layout.page.number) is None:
        return False
    return fact is None or fact.needs_review


def reread(fact: Fact[FieldValue] | None, layout: PageLayout, pages: PageSource, *, ocr: Ocr | None = None
           ) -> Fact[FieldValue] | None:
    """The taxpayer ID after closer readings of where it stands on `layout`'s page (see the module's
    notes); `ocr` stands in for `pages.ocr` (tests). Where no label and no value was read, the tail of a
    mask left in the header (`_mask_tail_reading`) is read again, and kept only when confirmed."""
    label = header_label(layout, FIELD)
    if fact is None and label is None:
        tail = _mask_tail_reading(layout)
        return None if tail is None else _reread(tail, layout, pages, None, ocr=ocr, confirmed_only=True)
    return _reread(fact, layout, pages, label, ocr=ocr)


def _mask_tail_reading(layout: PageLayout) -> Fact[FieldValue] | None:
    """The one header cell ending in a mask's tail and four digits ("-XX-8642": a stamp took the label and
    the mask's head), as a flagged first reading; None where there is none, or two different ones."""
    def tail_of(segment: Segment) -> tuple[str, tuple[Word, ...]] | None:
        text, spans = joined(segment.words)
        tail = mask_tail(text)
        return None if tail is None else (
            tail.value, tuple(w for s, e, w in spans if s < tail.end and e > tail.start))

    lone = lone_cell(layout, tail_of)
    if lone is None:
        return None
    value, words = lone
    return dataclasses.replace(_fact(value, [_Read(value, words)], layout.page.number), reasons=(
        note(MASK_DAMAGED),))


def _reread(fact: Fact[FieldValue] | None, layout: PageLayout, pages: PageSource, label: LabelMatch | None,
            *, ocr: Ocr | None, confirmed_only: bool = False) -> Fact[FieldValue] | None:
    """`reread` beside or under `label`, or around `fact`'s value; with `confirmed_only`, a first reading no
    closer one confirms is dropped."""
    image = pages.reading_image(layout.page.number)
    places = _places(layout, label, fact)
    if image is None or not places:
        return None if confirmed_only else fact

    def read_again(crop: Image.Image, dpi: float, psm: int) -> tuple[Word, ...]:
        return pages.ocr(crop, dpi=dpi, psm=psm)

    variant = label.variant if label is not None else ""
    first = fact.value if fact is not None and isinstance(fact.value, str) else None
    found = _glyph_reads(layout, image, _glyph_places(layout, label, places), variant, pages.ocr)
    # Only the last four are the glyphs' reading: the mask's kind ("XX-XXX" for an EIN) is the first's.
    if found and first is not None and first[-4:] == found[0].value[-4:]:
        return _confirmed(fact) if confirmed_only else fact
    if found and (first is None or _first_reading_garbled(fact)):
        return _fact(found[0].value, found, layout.page.number, GLYPH_REASON)
    # Against a first reading the glyphs' two readings need a third, of the whole value, on their side. The
    # first reading outweighs them only with two closer readings of the whole value on its side (both of
    # the glyphs' readings come from one cut of the same glyphs: own seed 9027 0047 and 0077, faxes whose
    # glyphs read "4123" and "6037" where three whole-value readings read "1123" and "0037"). A side that
    # gets neither, or readings on both sides: no last four is better than a wrong one.
    glyph_value = found[0].value if found else None
    found = []
    for step in PASSES:
        # The stamp is taken out of the page in its colours where it has them (a red stamp is as dark as
        # the text on the grey page the OCR read).
        shown = (pages.colour_image(layout.page.number, 72.0 * image.width / layout.page.width) or image
                 if step.destamp else image)
        # A closer reading with the first's last four agrees with it: the mask's kind is the first's, as
        # for the glyphs (a place read without its label reads an EIN's "XX-XXX5261" as an SSN's mask:
        # apart 9049 0059, where the agreeing readings then dropped the band's agreed value).
        found += [_as_first(r, first) for r in _read(layout, shown, places, step, variant, ocr or read_again)]
        counts = Counter(r.value for r in found)
        if glyph_value is not None:
            for_glyphs, for_first = counts[glyph_value], counts[first or ""]
            if for_glyphs and for_first:
                return None
            if for_glyphs:
                return _fact(glyph_value, [r for r in found if r.value == glyph_value], layout.page.number,
                             GLYPH_REASON)
            if first is not None and for_first + 1 >= OUTWEIGH_GLYPHS:
                return _confirmed(fact, for_first + 1)
            continue
        if first is not None and counts[first] + 1 >= AGREEING_READINGS:
            # a closer reading agrees with the first: two readings, as a value needs
            return _confirmed(fact) if confirmed_only else fact
        agreed = next((value for value, n in counts.items() if n >= AGREEING_READINGS), None)
        if agreed is not None and first is not None and not _outweigh_garbled_first(
                [r for r in found if r.value == agreed], fact):
            return None  # two readings against two: no last four is better than a wrong one
        if agreed is not None:
            return _fact(agreed, [r for r in found if r.value == agreed], layout.page.number)
    if first is not None and (glyph_value is not None or any(r.value != first for r in found)):
        return None  # contradicted and not confirmed twice: no last four is better than a wrong one
    return None if confirmed_only else fact


def _as_first(read: _Read, first: str | None) -> _Read:
    """The reading counted as the first's value when their last four digits are the same."""
    same = first is not None and read.value != first and read.value[-4:] == first[-4:]
    return _Read(first, read.words) if same and first is not None else read


def _confirmed(fact: Fact[FieldValue] | None, readings: int = AGREEING_READINGS) -> Fact[FieldValue] | None:
    """A first reading that closer ones confirmed: `readings` agree (still flagged)."""
    return None if fact is None else dataclasses.replace(fact, reasons=(note(REASON, n=readings),))


def _outweigh_garbled_first(agreeing: Sequence[_Read], fact: Fact[FieldValue] | None) -> bool:
    """Whether closer readings that agree outweigh a first reading garbled into its digits: read surer
    than it was ("XR KK-B206" at 6 for "XXX-XX-8296", read right twice at 58: apart 9065 0042, a photo);
    never readings surer of nothing ("XX-XXX4868" at 7 against a right first "1868" at 34: 9058 0006)."""
    if fact is None or not _first_reading_garbled(fact):
        return False
    scores = [w.confidence for r in agreeing for w in r.words if w.confidence is not None]
    return bool(scores) and min(scores) > (fact.evidence.ocr_confidence or 0.0)


def _first_reading_garbled(fact: Fact[FieldValue] | None) -> bool:
    """Whether the first reading took its last four from a mask OCR read past its shape ("XxX KK 9 809" for
    "XXX-XX-2399"), or from characters it repaired in words OCR read garbled (apart seed 9032 0004 and
    0088, 150 dpi scans: "0786" and "0955" at OCR confidence 10 and 0, for "9286" and "0551"): the garble
    spills into the digits, so the glyphs' two readings outweigh it."""
    if fact is None:
        return False
    return read_garbled(fact) or any(r.code == MASK_DAMAGED for r in fact.reasons)


def _label_box(label: LabelMatch) -> Box:
    """The label's box on its own line: a word OCR joined to it from a stamp above ("VED [Social Security
    Number:") would make it as tall as both."""
    last = label.words[-1].box
    height = last.bottom - last.top
    words = [w for w in label.words if abs(w.box.top - last.top) <= 0.5 * height]
    # Its top and bottom are its words' middle ones: a word boxed down over a speck ("Number" read "wunber",
    # 267-280 on a line of 267-274: own 6337 0084) put the place under the label below the value.
    box = union_box(words)
    return middle_band([w.box for w in words], box.x0, box.x1)


def _places(layout: PageLayout, label: LabelMatch | None, fact: Fact[FieldValue] | None) -> list[_Place]:
    """Where the value may stand: beside the label and under it; without a label, around the first
    reading's value."""
    page = layout.page
    if label is not None:
        box = _label_box(label)
        height = box.bottom - box.top
        beside = Box(box.x1 + 1.0, box.top - BESIDE_PAD * height, box.x1 + BESIDE_REACH * height,
                     box.bottom + BESIDE_PAD * height)
        under = Box(box.x0 - UNDER_LEFT * height, box.bottom + UNDER_DOWN[0] * height,
                    box.x0 + UNDER_ACROSS * height, box.bottom + UNDER_DOWN[1] * height)
        # Under the label stands the next label's value where the value is beside it ("Form: 1040"):
        # four digits there are a taxpayer ID's only with some of its mask. Where the page's reading saw
        # the value's place (digits beside the label, or a value under it and none beside), only that
        # place is read again.
        spots = [spot for spot in value_spots(layout, find_labels(layout.lines)) if spot.label == label]
        digits_beside = any(not spot.below and _has_digit(spot.words) for spot in spots)
        only_under = bool(spots) and all(spot.below and not spot.fallback for spot in spots)
        places = ([] if only_under else [_Place(beside, mask_lost=True)]) + (
            [] if digits_beside else [_Place(under, mask_lost=False)])
    elif fact is not None and fact.evidence.page == page.number and fact.evidence.box.height > 0:
        box = fact.evidence.box
        height = box.height
        left, pad, right = VALUE_PAD
        places = [_Place(Box(box.x0 - left * height, box.top - pad * height, box.x1 + right * height,
                             box.bottom + pad * height), mask_lost=False)]
    else:
        return []
    clipped = [dataclasses.replace(p, box=Box(max(0.0, p.box.x0), max(0.0, p.box.top),
                                              min(page.width, p.box.x1), min(page.height, p.box.bottom)))
               for p in places]
    return [p for p in clipped if p.box.x1 - p.box.x0 > 1.0 and p.box.bottom - p.box.top > 1.0]


def _has_digit(words: Sequence[Word]) -> bool:
    return any(ch.isdigit() for word in words for ch in word.text)


def _read(layout: PageLayout, image: Image.Image, places: Sequence[_Place], step: Pass, variant: str,
          ocr: Ocr) -> list[_Read]:
    """The taxpayer ID one pass reads: the first place that gives one (beside the label before under)."""
    for place in places:
        crop = _crop(layout, image, place, step)
        if crop is None:
            continue
        try:
            words = ocr(crop, step.dpi, PSM_LINE)
        except InputError:  # Tesseract refused the crop: the other places and passes go on
            continue
        placed = _trimmed([_placed(w, place.box, layout.page.number) for w in words])
        value = _value(placed, variant, mask_lost=place.mask_lost)
        if value is not None:
            return [value]
    return []


def _value(words: Sequence[Word], variant: str, *, mask_lost: bool) -> _Read | None:
    """The taxpayer ID the words of one place give, as the label's reader reads it: a mask and its last
    four, or, where the mask may be lost (`mask_lost`: beside the label), the last four digits alone."""
    if not words:
        return None
    reading = READERS[FIELD](ValueWords(words=tuple(words), variant=variant, below=not mask_lost))
    if reading is None or not isinstance(reading.value, str) or _guessed_digit(reading.words):
        return None
    return _Read(reading.value, reading.words)


def _guessed_digit(words: Sequence[Word]) -> bool:
    """Whether a last four read includes a letter taken for a digit that could as well be another digit
    (Courier's "9" read "Q", taken for "0", by two readings alike): such a reading is no evidence. A round
    "O" is a "0", a stroke or a bracket ("160]", "795)") a "1", and no other digit."""
    text, _spans = joined(words)
    last = [ch for ch in text if ch.isalnum() or ch in SURE_LOOKALIKES][-4:]
    return any(not ch.isdigit() and ch not in SURE_LOOKALIKES for ch in last)


def _trimmed(words: Sequence[Word]) -> list[Word]:
    """The words without the cell borders OCR read as words of their own at either end."""
    kept = list(words)
    while kept and kept[0].text in RULE_WORDS:
        kept.pop(0)
    while kept and kept[-1].text in RULE_WORDS:
        kept.pop()
    return kept


def _placed(word: Word, box: Box, page: int) -> Word:
    """A word read on the stacked sheet, given its place on the page (the box of the place read)."""
    return dataclasses.replace(word, page=page, box=box)


def _crop(layout: PageLayout, image: Image.Image, place: _Place, step: Pass) -> Image.Image | None:
    if step.destamp:
        return stamp_ink.destamped_crop(image, layout.page.width, place.box, step.dpi)
    crop = enlarged_crop(image, layout.page.width, place.box, Cut(step.dpi, min_ink_share=MIN_INK_SHARE))
    if crop is None:
        return None
    # Read as one line: the lines above and below that the place cuts into are taken out first.
    crop = middle_line_only(crop, gap=round(LINE_GAP_POINTS * step.dpi / 72.0))
    return black_and_white(crop) if step.threshold else crop


def _glyph_places(layout: PageLayout, label: LabelMatch | None, places: Sequence[_Place]) -> list[Box]:
    """Where the glyph reading looks for the value: the places read again, the one beside the label reaching
    the page's edge (a ruled table's value column may start far right of a short label, "SSN:"), the one
    under it a line further down (a label of capitals alone, "TIN:", is lower than the value under it,
    whose bottom the place under it would cut off), and beside a wrapped label's first line. Only a word
    shaped like a mask is taken in them."""
    if label is None:
        return [p.box for p in places]
    box = _label_box(label)
    height = box.bottom - box.top
    lowest, right = layout.page.height, layout.page.width
    boxes = [Box(p.box.x0, p.box.top, right, p.box.bottom) if p.mask_lost
             else Box(p.box.x0, p.box.top, p.box.x1, min(lowest, p.box.bottom + GLYPH_UNDER_MORE * height))
             for p in places]
    # A label wrapped onto two lines ("Taxpayer Identification / Number:") has its value beside its first.
    first = union_box([w for w in label.words if abs(w.box.top - label.words[0].box.top) <= 0.5 * height])
    if first.bottom <= box.top:
        pad = BESIDE_PAD * (first.bottom - first.top)
        boxes.append(Box(first.x1 + 1.0, max(0.0, first.top - pad), right, first.bottom + pad))
    return boxes


def _glyph_reads(layout: PageLayout, image: Image.Image, boxes: Sequence[Box], variant: str,
                 ocr: Callable[..., tuple[Word, ...]]) -> list[_Read]:
    """The taxpayer ID the last four glyphs of the first masked value in `boxes` give, twice (tin_glyphs),
    when two readings agree and no other value is read as often; else nothing."""
    scale = image.width / layout.page.width

    def digits(crop: Image.Image, dpi: float, psm: int) -> str:
        try:
            return "".join(w.text for w in ocr(crop, dpi=dpi, psm=psm, characters=tin_glyphs.DIGITS))
        except InputError:
            return ""

    named = set(LABEL_WORDS.findall(variant.lower()))
    employer = bool(named & EMPLOYER_WORDS) and not named & PERSON_WORDS
    for box in boxes:
        crop = image.crop((round(box.x0 * scale), round(box.top * scale), round(box.x1 * scale),
                           round(box.bottom * scale)))
        if crop.width < 1 or crop.height < 1:
            continue
        crop = tin_glyphs.without_rules_grey(crop, 72.0 * scale)
        if (glyphs := tin_glyphs.value_glyphs(crop)) is None:
            continue
        x0, x1 = glyphs.last_four
        where = Box(box.x0 + x0 / scale, box.top + glyphs.top / scale, box.x0 + x1 / scale,
                    box.top + glyphs.bottom / scale)
        if _date_read_there(layout, where):
            return []  # a date's digits, its thin slashes broken into a mask's short marks
        read = tin_glyphs.last_four(crop, 72.0 * scale, digits, glyphs)
        if (last := tin_glyphs.agreed(read)) is not None:
            value = masked_last_four(last, employer=employer)
            word = Word(last, where, layout.page.number, "ocr", None)
            return [_Read(value, (word,)), _Read(value, (word,))]
        return []  # the value's glyphs were found and read apart: no other place holds it
    return []


def _date_read_there(layout: PageLayout, box: Box) -> bool:
    """Whether the page's reading read a date where the glyphs' last four stand ("10/17/2023",
    "Dec. 31, 2018"): a mask has no slash, and no year after a comma."""
    words = [w for line in layout.lines for w in line.words
             if w.box.x0 < box.x1 and w.box.x1 > box.x0 and w.box.top < box.bottom and w.box.bottom > box.top]
    before = [w for line in layout.lines for w in line.words
              if w.box.x1 <= box.x0 + 1.0 and w.box.top < box.bottom and w.box.bottom > box.top]
    last_before = max(before, key=lambda w: w.box.x1).text if before else ""
    return bool(DATE_THERE.search(" ".join([last_before, *(w.text for w in words)])))


def _fact(value: str, agreeing: Sequence[_Read], page: int, reason: str = REASON) -> Fact[FieldValue]:
    words = [w for r in agreeing for w in r.words]
    box = Box(min(w.box.x0 for w in words), min(w.box.top for w in words), max(w.box.x1 for w in words),
              max(w.box.bottom for w in words))
    scores = [w.confidence for w in words if w.confidence is not None]
    evidence = Evidence(page=page, box=box, text=mask_tins(value), method="ocr",
                        ocr_confidence=min(scores) if scores else None)
    return Fact(value=value, confidence=DISAGREEMENT_CONFIDENCE, evidence=evidence, needs_review=True,
                reasons=(note(reason, n=len(agreeing)),))
