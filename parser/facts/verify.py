"""A second, closer reading of each key value on a scan, to catch what the page's OCR got wrong.

Whole-page OCR drops a lone initial ("Carlos Kowalski" for "Carlos S Kowalski") or misreads a digit with
fair confidence. The value's own strip of the page image, OCR'd again on its own, often reads it right. A
second reading that disagrees with the first does not replace it (neither is known to be the right one);
it flags the value for review, and for the letter date it becomes one of the alternative readings that the
deadlines count from the earliest of. A value the page's OCR could not read at all (a label followed by
garble) is read from its strip the same way, and kept flagged for review.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Generic, TypeVar

from parser.core.model import Box, Evidence, Fact, Word
from parser.core.notes import Note, added, note
from parser.facts import confidence
from parser.facts.confidence import FORMAT_DOUBT, REPAIRED, ocr_stats
from parser.facts.fields import EMPLOYER_WORDS, LABEL_WORDS, READERS, FieldValue, Reading, ValueWords, joined
from parser.facts.identifiers import mask_tins, masked, masked_taxpayer_id, taxpayer_id
from parser.facts.labels import OTHER_PERSON
from parser.reading.lines import Line, group_lines, moved

if TYPE_CHECKING:
    from PIL import Image

    from parser.reading.page_source import PageSource

# Fields worth the second reading: the ones a deadline or a phone call depends on.
VERIFIED_FIELDS: tuple[str, ...] = (
    "letter_date", "printed_last_day", "contact_name", "contact_employee_id", "contact_phone",
    "contact_fax", "contact_hours", "taxpayer_id", "tax_periods", "taxpayer_name", "tax_form",
)
# Fields whose value the page's OCR left unreadable get a reading of their strip too (kept flagged); a
# printed last day is only ever shown beside the computed one, so it is not worth a guess.
# The taxpayer's name is only checked: the address block and the salutation already stand in for it.
# The tax form goes on the petition beside the notice: a garbled one is read from its strip too.
RESCUED_FIELDS = (frozenset(VERIFIED_FIELDS) - {"printed_last_day", "taxpayer_name"}) | {"tax_form"}
# The strip read again: the value's box, widened by these shares of a line height (to the right more,
# where a lost word would stand).
PAD = 0.35
LEFT_REACH = 0.8  # OCR boxes can start a little right of the first character's ink
RIGHT_REACH = 3.0
NON_WORD = re.compile(r"[^a-z0-9:]+")
# A word of the second reading past the first reading's value starts within this many line heights of a
# word the page's OCR read there (and the value's box ends this far left of it at most).
RUN_ON_SLACK = 1.0
# Strips are stacked this many strip heights apart, this far from the left edge, for their one OCR call.
STACK_GAP_LINES = 1.5
STACK_MARGIN_PX = 12
PAPER_CUTOFF = 1  # percent of the darkest and lightest pixels ignored when a strip's contrast is stretched
# A value only the second reading could read.
RESCUED_REASON = note("scan.rescued")
# A flagged value's confidence is capped here.
DISAGREEMENT_CONFIDENCE = 0.5
# Fields in which one wrong digit makes the value wrong and no format check can see it. When the closer
# reading agrees with the first but is itself unsure of some word (OCR confidence below this), the value
# is flagged: on 213 generated scans (seed 4390) this flags 20 of 1046 such values (2%), among them the
# only wrong one that both readings agreed on (a fax number whose "1" both read as "2", at 85 and 59).
EXACT_FIELDS = frozenset({"letter_date", "printed_last_day", "contact_employee_id", "contact_phone",
                          "contact_fax", "taxpayer_id", "tax_periods"})
UNSURE_SECOND_READING = 60.0
# On a speckled page (a fax, a dirty scan) a speck can turn one digit into another for both readings, at
# fair confidence: a fax number's "1" read as "4" at 91 and 76 (held-out seed 2026). There the closer
# reading must be surer; on seed 4390's faxes this flags 11 more of 114 exact values.
UNSURE_SECOND_READING_SPECKLED = 80.0
# Values read a third time, specks filtered out, on a speckled page: the exact ones and the names (a speck
# can make an "l" an "i" for both other readings: "Kowaiski"; an "O" a "Q": "QDUYA").
DESPECKLED_FIELDS = EXACT_FIELDS | {"contact_name", "taxpayer_name"}
# Values read specks filtered out on every scanned page, speckled or not: the letter date, which both
# deadlines count from. One speck can turn a year's digit for the page's OCR and the strip's alike, at high
# confidence ("2021" read "2024" at 93 on a clean 150 dpi scan, apart seed 9011): without a reading that is
# blind to specks, the two agreeing would make a wrong date sure. Its strip joins the one stacked call.
ALWAYS_DESPECKLED = frozenset({"letter_date"})
# Tax periods the closer reading agreed on with a sure first reading, itself unsure of a word ("202012" at 71
# in a strip, read at 96 on the page: 11 of apart 9084's 31 right lists flagged were flagged for that
# alone), are read specks filtered out on a clean page too, then only (its own tesseract call: on every
# scan it cost 3% of a 3-page scan's time), as a third witness: agreeing surely, it settles them. Its
# disagreement on a clean page is no evidence (a median filter thins a Times digit): it flags nothing.
THIRD_WITNESS_FIELDS = frozenset({"tax_periods"})
SECOND_UNSURE = "scan.second_unsure"


# Values that never span a column gap: their strip's reading ends at the first one (the strip's reach to
# the right, there to catch a lost last letter, can take in the next column's label: "BEATRIZ K IWU Tax").
ONE_CELL_FIELDS = frozenset({"taxpayer_name"})


WORDS_COMPARED = frozenset({"contact_hours", "taxpayer_name"})
# Fields whose reader mends OCR look-alikes by a grammar and flags the value for it alone (fields.read_hours):
# a second reading that reads the mended value as printed settles it.
MENDED_FIELDS = frozenset({"contact_hours"})
MENDED_REASONS = frozenset({"value.hours_mended"})
# Fields flagged for nothing but the page's OCR being unsure of their words ("scan.hard_here"): a closer
# reading that reads the same value surely (each word at UNSURE_SECOND_READING or more; on a speckled page
# UNSURE_SECOND_READING_SPECKLED, and the despeckled reading agreeing too) is the evidence the first lacked,
# and the value stands. Tax periods go on the petition and are must-check: a right list flagged for a low
# score alone costs a volunteer's look (apart 9083: 7 of 33 right lists flagged were flagged only so).
OCR_DOUBT_FIELDS = frozenset({"tax_periods"})
OCR_DOUBT_REASONS = frozenset({"scan.hard_here"})


T = TypeVar("T")


@dataclass(frozen=True)
class Check(Generic[T]):
    """What the second reading said about one fact."""

    fact: Fact[T]
    other: FieldValue | None  # a different value the second reading gave, if any


def second_readings(pages: PageSource, facts: Mapping[str, Fact[Any]],
                    unread: Mapping[str, tuple[int, Box]] | None = None) -> dict[str, Reading]:
    """Each verified field read again from its strip of the page image; fields without one are left out.
    `unread` adds the places (page, box) of values the page's OCR could not read at all, by field.

    All strips are stacked into one image and read by a single tesseract call (a call's start-up costs
    about as much as reading a strip), then each strip's words are told apart by their height.
    """
    return _read_strips(pages, _second_strips(pages, facts, unread))[0]


def _second_strips(pages: PageSource, facts: Mapping[str, Fact[Any]],
                   unread: Mapping[str, tuple[int, Box]] | None) -> list[_Strip]:
    strips = [strip for field, fact in facts.items() if (strip := _strip(pages, field, fact)) is not None]
    for field, (page, box) in (unread or {}).items():
        if field in RESCUED_FIELDS and (strip := _strip_at(pages, field, page, box, "year")) is not None:
            strips.append(strip)
    return strips


def masked_tin_in_lines(pages: PageSource, page: int, boxes: Sequence[Box]) -> Fact[Any] | None:
    """A masked taxpayer ID number read from page lines the page's OCR garbled whole (label and value
    lost), each line's strip read again alone. Taken only in a mask's shape, which no other value of a
    letter has, and only when the lines give one number; flagged for review, as any rescued value."""
    placed = [(strip, box) for box in boxes
              if (strip := _strip_at(pages, "taxpayer_id", page, box, "")) is not None]
    where = {id(strip): box for strip, box in placed}
    found: dict[str, tuple[Reading, Box]] = {}
    for strip, lines in _read_lines(pages, [strip for strip, _box in placed]):
        for line in lines:
            text, _spans = joined(line.words)
            shaped = masked_taxpayer_id(text)
            if shaped is None or OTHER_PERSON.search(text[:shaped.start]):
                continue
            employer = bool(set(LABEL_WORDS.findall(text[:shaped.start].lower())) & EMPLOYER_WORDS)
            read = taxpayer_id(text, employer=employer) or shaped
            reading = Reading(value=read.value, words=line.words, text=read.value, repaired=True)
            found[read.value] = (reading, where[id(strip)])  # the cell's place on the page
    if len(found) != 1:
        return None
    reading, box = next(iter(found.values()))
    return _rescued(reading, page, box)


def despeckled_readings(pages: PageSource, facts: Mapping[str, Fact[Any]], speckled: set[int]
                        ) -> dict[str, Reading]:
    """Exact values on the speckled pages (by number), and the letter date on any scanned page, read once
    more from their strips with specks filtered out: a speck on a digit ("0" with a dot over it read as
    "6") can fool both other readings the same way."""
    return _read_strips(pages, _despeckled_strips(pages, facts, speckled))[1]


def _despeckled_strips(pages: PageSource, facts: Mapping[str, Fact[Any]], speckled: set[int]
                       ) -> list[_Strip]:
    from PIL import ImageFilter

    return [dataclasses.replace(strip, image=strip.image.convert("L").filter(ImageFilter.MedianFilter(3)),
                                despeckled=True)
            for field, fact in facts.items()
            if (field in ALWAYS_DESPECKLED or (field in DESPECKLED_FIELDS and fact.evidence.page in speckled))
            and (strip := _strip(pages, field, fact)) is not None]


def strip_of(pages: PageSource, field: str, page: int, box: Box) -> _Strip | None:
    """The strip of a page around `box` that a field's value is read again from (for other modules)."""
    return _strip_at(pages, field, page, box, "")


def read_strip_twice(pages: PageSource, strip: _Strip) -> tuple[Reading | None, Reading | None]:
    """A strip's reading as cut and with specks filtered out, in one tesseract call."""
    from PIL import ImageFilter

    speckless = dataclasses.replace(strip, image=strip.image.convert("L").filter(ImageFilter.MedianFilter(3)),
                                    despeckled=True)
    plain, despeckled = _read_strips(pages, [strip, speckless])
    return plain.get(strip.field), despeckled.get(strip.field)


def words_of(text: str) -> list[str]:
    """A free-text value's words, without case or punctuation: what two readings of it are compared by."""
    return _words_of(text)


def _read_strips(pages: PageSource, strips: list[_Strip]) -> tuple[dict[str, Reading], dict[str, Reading]]:
    """The readings of the strips by field: those of the strips as cut, and those of the despeckled ones
    (all strips of one resolution in one tesseract call)."""
    plain: dict[str, Reading] = {}
    despeckled: dict[str, Reading] = {}
    for strip, lines in _read_lines(pages, strips):
        first, *rest = [trimmed_strip_words(line.words) for line in lines]
        if strip.field in ONE_CELL_FIELDS:
            first = trimmed_strip_words(lines[0].segments[0].words)
        value_words = ValueWords(words=first, variant=strip.variant, following=tuple(rest))
        reading = READERS[strip.field](value_words)
        if reading is not None:
            (despeckled if strip.despeckled else plain)[strip.field] = reading
    return plain, despeckled


def _read_lines(pages: PageSource, strips: list[_Strip]) -> Iterator[tuple[_Strip, tuple[Line, ...]]]:
    """Each strip that reads as any words, with its lines: one tesseract call per resolution."""
    for group in _by_resolution(strips):
        for strip, words in _ocr_stacked(pages, group):
            if words:
                yield strip, group_lines(words)


@dataclass(frozen=True)
class _Strip:
    """One value's strip of its page image, to be read again."""

    field: str
    page: int
    dpi: float
    image: Image.Image
    variant: str
    despeckled: bool = False  # specks filtered out of the image (a median filter)


def _strip(pages: PageSource, field: str, fact: Fact[Any]) -> _Strip | None:
    if field not in VERIFIED_FIELDS or fact.evidence.method != "ocr":
        return None
    variant = "employer" if isinstance(fact.value, str) and fact.value.startswith("XX-XXX") else "year"
    return _strip_at(pages, field, fact.evidence.page, fact.evidence.box, variant)


def _strip_at(pages: PageSource, field: str, number: int, box: Box, variant: str) -> _Strip | None:
    """The strip of page `number`'s image around `box` (points), widened to catch lost characters."""
    page = pages.document.page(number)
    image = pages.reading_image(number)
    if page is None or image is None or page.width <= 0:
        return None
    height = _strip_height(box)
    scale = image.width / page.width
    left = _strip_left(box)
    right = min(page.width, box.x1 + RIGHT_REACH * height)
    top = max(0.0, box.top - PAD * height)
    bottom = min(page.height, box.bottom + PAD * height)
    crop = image.crop((round(left * scale), round(top * scale), round(right * scale), round(bottom * scale)))
    if crop.width < 4 or crop.height < 4:
        return None
    return _Strip(field=field, page=page.number, dpi=scale * 72.0, image=crop, variant=variant)


def _strip_height(box: Box) -> float:
    return min(box.height, 14.0) if box.height > 0 else 10.0


def _strip_left(box: Box) -> float:
    """Where a value's strip starts on its page (points): its words' x is counted from here."""
    return max(0.0, box.x0 - LEFT_REACH * _strip_height(box))


def _by_resolution(strips: list[_Strip]) -> list[list[_Strip]]:
    """Strips grouped by the resolution of their page image (one tesseract call per group)."""
    groups: dict[int, list[_Strip]] = {}
    for strip in strips:
        groups.setdefault(round(strip.dpi), []).append(strip)
    return list(groups.values())


def _ocr_stacked(pages: PageSource, strips: list[_Strip]) -> list[tuple[_Strip, tuple[Word, ...]]]:
    """Read strips of one resolution in one call; each strip's words in its own coordinates (points)."""
    from PIL import Image

    gap = round(max(STACK_GAP_LINES * strip.image.height for strip in strips))
    width = max(strip.image.width for strip in strips) + 2 * STACK_MARGIN_PX
    tops: list[int] = []
    y = gap
    for strip in strips:
        tops.append(y)
        y += strip.image.height + gap
    sheet = Image.new("L", (width, y), 255)
    for strip, top in zip(strips, tops, strict=True):
        sheet.paste(paper_white(strip.image), (STACK_MARGIN_PX, top))
    dpi = strips[0].dpi
    words = pages.ocr(sheet, dpi=dpi)
    points = 72.0 / dpi
    result: list[tuple[_Strip, tuple[Word, ...]]] = []
    for strip, top in zip(strips, tops, strict=True):
        low, high = top * points, (top + strip.image.height) * points
        dx, dy = STACK_MARGIN_PX * points, top * points
        mine = tuple(dataclasses.replace(moved(word, -dx, -dy), page=strip.page) for word in words
                     if low <= (word.box.top + word.box.bottom) / 2 < high)
        result.append((strip, mine))
    return result


def paper_white(image: Image.Image) -> Image.Image:
    """A cut of the page in grey with its paper made white: a grey cut (a photo's paper) read on its own,
    or on the white sheet of stacked strips, reads to Tesseract as a picture, not text, and comes back
    empty."""
    from PIL import ImageOps

    return ImageOps.autocontrast(image.convert("L"), cutoff=PAPER_CUTOFF)


def trimmed_strip_words(words: Sequence[Word]) -> tuple[Word, ...]:
    """A re-read strip's words without specks at either end, nor the tail of a label ("n:") it caught."""
    start, end = 0, len(words)
    while start < end and (not any(ch.isalnum() for ch in words[start].text)
                           or words[start].text.endswith(":")):
        start += 1
    while end > start and not any(ch.isalnum() for ch in words[end - 1].text):
        end -= 1
    return tuple(words[start:end])


def check_all(
    pages: PageSource, facts: Mapping[str, Fact[Any]], unread: Mapping[str, tuple[int, Box]] | None = None,
) -> tuple[dict[str, Check[Any]], dict[str, Fact[Any]]]:
    """Each fact, flagged when its second reading gives another value or finds damage the first missed;
    and the values `unread` (a label's value the page's OCR left unreadable: page and box) that their
    closer reading could read, flagged for review."""
    speckled = {page.number for page in pages.document.pages if page.speckled}
    again, despeckled = _read_strips(pages, [*_second_strips(pages, facts, unread),
                                             *_despeckled_strips(pages, facts, speckled)])
    again = {field: _without_run_on(pages, facts[field], reading)
             if field in ONE_CELL_FIELDS and field in facts else reading for field, reading in again.items()}
    despeckled = {field: _without_run_on(pages, facts[field], reading)
                  if field in ONE_CELL_FIELDS and field in facts else reading
                  for field, reading in despeckled.items()}
    checks = {field: _checked(field, fact, again.get(field), speckled=fact.evidence.page in speckled,
                              despeckled=despeckled.get(field))
              for field, fact in facts.items()}
    waiting = {field: facts[field] for field, check in checks.items()
               if field in THIRD_WITNESS_FIELDS and field not in despeckled
               and [r.code for r in check.fact.reasons] == [SECOND_UNSURE]}
    if waiting:  # the third witness, read only where the closer reading agreed unsurely on a clean page
        on_pages = {fact.evidence.page for fact in waiting.values()}
        _, third = _read_strips(pages, _despeckled_strips(pages, waiting, on_pages))
        for field, reading in third.items():
            checks[field] = _checked(field, facts[field], again.get(field), despeckled=reading)
    rescued = {field: _rescued(again[field], page, box)
               for field, (page, box) in (unread or {}).items() if field in again and field not in facts}
    return checks, rescued


def _without_run_on(pages: PageSource, fact: Fact[Any], again: Reading) -> Reading:
    """The second reading without the words it ran on into: when it reads the first reading's value and
    then words starting where the page's own OCR has a word right after the value (the next label:
    "BEATRIZ K IWU" then "Tax", "Taxp.", "Tax i"), both readings saw the same word there and the first
    left it out of the value; they agree on the value. A word only the strip reads (the page's OCR read
    nothing there: a lost surname) is kept, and the readings disagree."""
    first, second = _words_of(str(fact.value)), _words_of(str(again.value))
    if len(second) <= len(first) or second[:len(first)] != first:
        return again
    box = fact.evidence.box
    height = max(box.height, 1.0)
    left = _strip_left(box)  # the strip's words stand in its own coordinates
    beyond = sorted((w for w in again.words if left + w.box.x0 >= box.x1 - RUN_ON_SLACK * height),
                    key=lambda w: w.box.x0)
    page = pages.document.page(fact.evidence.page)
    if not beyond or page is None:
        return again
    level = [w for w in page.words if box.top <= (w.box.top + w.box.bottom) / 2 <= box.bottom]
    start = left + beyond[0].box.x0
    if any(abs(w.box.x0 - start) <= RUN_ON_SLACK * height and w.box.x0 >= box.x1 for w in level):
        return dataclasses.replace(again, value=fact.value)
    return again


def _rescued(reading: Reading, page: int, box: Box) -> Fact[Any]:
    evidence = Evidence(page=page, box=box, text=mask_tins(reading.text), method="ocr",
                        ocr_confidence=ocr_stats(reading.words)[0])
    return Fact(value=reading.value, confidence=DISAGREEMENT_CONFIDENCE, evidence=evidence,
                needs_review=True, reasons=(RESCUED_REASON,))


def settled_by_second_reading(field: str, fact: Fact[Any]) -> bool:
    """Whether a flagged fact's doubts are all of a kind its second reading can settle: hours whose
    look-alikes were read back through their grammar ("Spm" as "5pm"), flagged for that alone; a value
    flagged only for the page's OCR being unsure of it (OCR_DOUBT_FIELDS)."""
    if not fact.needs_review or fact.evidence.method != "ocr" or not fact.reasons:
        return False
    codes = {reason.code for reason in fact.reasons}
    return ((field in MENDED_FIELDS and codes <= MENDED_REASONS)
            or (field in OCR_DOUBT_FIELDS and codes <= OCR_DOUBT_REASONS))


def _settled(field: str, fact: Fact[T], again: Reading | None, *, speckled: bool,
             despeckled: Reading | None) -> Check[T] | None:
    """A fact settled_by_second_reading says its strip can settle, read again without any mending or doubt
    and to the same words: two readings agree. A mend stands, scored as a repaired value (a second reading
    that needed the same mends is no second witness). An unsure first reading stands where the second read
    each word surely, and on a speckled page the despeckled reading read it too (a speck fools the others
    alike), scored by the second reading's words."""
    if not settled_by_second_reading(field, fact) or again is None or again.doubt:
        return None
    if not _same(field, again.value, fact.value):
        return None
    if field in OCR_DOUBT_FIELDS:
        low, _ = ocr_stats(again.words)
        if low is None or low < _sure_line(speckled) or (
                speckled and (despeckled is None or not _same(field, despeckled.value, fact.value))):
            return None
        score = confidence.ocr_factor(again.words)
        if confidence.needs_review(field, confidence.Score(ocr=score, label=1.0, format=1.0)):
            return None
        return Check(fact=dataclasses.replace(fact, needs_review=False, reasons=(), confidence=score),
                     other=None)
    score = fact.confidence / FORMAT_DOUBT * REPAIRED
    if confidence.needs_review(field, confidence.Score(ocr=score, label=1.0, format=1.0)):
        return None
    return Check(fact=dataclasses.replace(fact, needs_review=False, reasons=(), confidence=round(score, 3)),
                 other=None)


def _checked(field: str, fact: Fact[T], again: Reading | None, *, speckled: bool = False,
             despeckled: Reading | None = None) -> Check[T]:
    if (settled := _settled(field, fact, again, speckled=speckled, despeckled=despeckled)) is not None:
        return settled
    witness_only = field in THIRD_WITNESS_FIELDS and not speckled and field not in ALWAYS_DESPECKLED
    if despeckled is not None and not witness_only and not _same(field, despeckled.value, fact.value) and (
            again is None or _same(field, again.value, fact.value)):
        reason = masked(note("scan.despeckled", value=despeckled.value))
        return Check(fact=flagged(fact, reason), other=despeckled.value)
    if again is None:
        return Check(fact=fact, other=None)
    if not _same(field, again.value, fact.value):
        reason = masked(note("scan.second_reading", value=again.value))
        return Check(fact=flagged(fact, reason), other=again.value)
    if again.doubt:
        return Check(fact=flagged(fact, *again.doubt), other=None)
    low, _ = ocr_stats(again.words)
    threshold = _sure_line(speckled)
    if field in EXACT_FIELDS and low is not None and low < threshold:
        if field in THIRD_WITNESS_FIELDS and _sure_witness(field, fact, despeckled, threshold):
            return Check(fact=fact, other=None)
        reason = note(SECOND_UNSURE, low=low)
        return Check(fact=flagged(fact, reason), other=None)
    return Check(fact=fact, other=None)


def _sure_witness(field: str, fact: Fact[T], despeckled: Reading | None, threshold: float) -> bool:
    """Whether the first reading and the despeckled one both read the value surely (each word at
    `threshold` or more) and agree: with the unsure closer reading, three readings of one value."""
    if despeckled is None or not _same(field, despeckled.value, fact.value):
        return False
    low, _ = ocr_stats(despeckled.words)
    first = fact.evidence.ocr_confidence
    return low is not None and low >= threshold and first is not None and first >= threshold


def _sure_line(speckled: bool) -> float:
    """The OCR confidence each word of a closer reading must reach to be sure (higher on a speckled page)."""
    return UNSURE_SECOND_READING_SPECKLED if speckled else UNSURE_SECOND_READING


def _same(field: str, first: object, second: object) -> bool:
    """Whether two readings agree; free text (hours) and the taxpayer's name ("MARCUS PETRAKIS." with a
    speck read as a period) are compared by their words, not their punctuation."""
    if field in WORDS_COMPARED and isinstance(first, str) and isinstance(second, str):
        return _words_of(first) == _words_of(second)
    return first == second


def _words_of(text: str) -> list[str]:
    return [token for token in NON_WORD.split(text.lower()) if token]


def flagged(fact: Fact[T], *reasons: Note) -> Fact[T]:
    return dataclasses.replace(fact, needs_review=True, reasons=added(fact.reasons, *reasons),
                               confidence=min(fact.confidence, DISAGREEMENT_CONFIDENCE))

