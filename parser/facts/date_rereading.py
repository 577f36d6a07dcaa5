"""The letter date read again on a scan whose first reading found none, or only doubtful ones (issue 16).

Whole-page OCR can split a clean date ("J anuary 9, 2024"), run a label into it, or read it at a low
confidence that says little. So when the first reading fails, the header is read again with other
strategies (the table below): the lines beside and under the "Date" label (or the date read), then the
header's right side and the whole header band, each in another Tesseract page segmentation mode, enlarged,
or thresholded. The passes stop as soon as two of them agree. Thresholded passes also take out rules no
character has (a run of ink longer than any letter): the edge of a date stamp pressed over the date's line,
a line struck through the "Date" label.

What the readings decide, from evidence only:
- two passes that agree with a first reading that is otherwise beyond doubt make the date sure;
- two passes that agree give a date where the first reading found none (flagged only when it fails a
  cross-check, e.g. it is after the day the letter is read);
- either way, sure only when one more reading blind to specks (SPECK_BLIND: a median filter first) reads
  the same date digit for digit: every other pass sees the same speck, and a speck over a "1" reads "4"
  in all of them alike (apart seed 9011: "2021" read "2024" by five readings). When it reads another date
  the date is flagged and its reading, if plausible, is one more alternative; when it reads none, the
  date stays flagged. It runs only when a date is about to be made sure;
- passes that disagree leave the date flagged, and the plausible readings become alternatives;
- a first reading this letter cannot have (a year misread: "2027" for 2021, "5022") is no rival: the
  plausible date the passes agree on replaces it (by the same rules as where there was none), and where
  they disagree the plausible readings do, flagged, the earliest counted from;
- a first reading no "Date" label claimed, which every agreeing pass reads beside its label, is labelled
  (and so counted from) even where it stays flagged.
- where no two passes agree, or they agree only on a date alone on its line (a date stamp's), and a
  second ink lies over the date's place (a stamp pressed over it: stamp_ink), that place is read once
  more with the ink taken out. Its readings count as one reading: a date only they give is shown
  flagged, never sure; only a pass of the page's own image agreeing with them can lead to a sure date.
A reading is plausible when it passes every cross-check for this letter (not after the as-of date, not
years before it, not before the form's revision or a tax period's end): only plausible readings may set
the "earliest possible" date the deadlines count from.
"""

from __future__ import annotations

import contextlib
import dataclasses
import datetime as dt
import itertools
import re
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from statistics import median
from typing import TYPE_CHECKING

from parser.core.errors import InputError
from parser.core.model import Box, Evidence, Fact, PageView, Word
from parser.core.notes import Note, added, note
from parser.facts import dates, stamp_ink
from parser.facts.field_facts import NO_LABEL_REASON, read_garbled
from parser.facts.header import PageLayout
from parser.facts.labels import DATE_WORD_ALONE, without_accents
from parser.facts.letter_date import CLOCK_TIME, LetterDate, year_lookalikes
from parser.facts.page_crops import Cut, black_and_white, enlarged_crop, rules_lifted
from parser.facts.page_crops import without_rules as _without_rules
from parser.facts.verify import RESCUED_REASON
from parser.reading.lines import group_lines, union_box

if TYPE_CHECKING:
    from PIL import Image

    from parser.reading.page_source import PageSource

# Lines that hold some other date than the letter's.
OTHER_DATE_WORDS = re.compile(
    r"\b(?:received|filed|hearing|stamp|postmark|rev|birth|period|ended|due process|last day|petition"
    r"|tax years?|years?\s?\(s\))(?![a-z])",
    re.IGNORECASE)
# A "Date" label a scan damaged by one letter ("Pate:", "Rate;", "Dare", "Oate:"): a label only where it
# stands as one, colon-ended, or with its "D" alone on the line above a date. Its "e" and colon may be read
# as one "&" ("Dat&": apart 9024 0065, under a fax's rule), which ends it as a colon does.
DAMAGED_DATE_WORD = re.compile(r"^[^A-Za-z0-9]{0,2}(?:[A-Za-z]ate|[Dd][a-z]te|[Dd]a[a-z]e|[Dd]at)[:;.&]?$")
COLON_ENDS = ":;&"
# "Date" with its colon read as an "s" ("Dates Jul. 11, 2023"): the word kept whole, its "D" too.
COLON_READ_AS_S = re.compile(r"^[^A-Za-z0-9]{0,2}[Dd][Aa][Tt][Ee][sS]$")
# A label a stamp's edge struck through, all but its first letters garbled, still ending as a label does
# ("Dale Gi Unis icicer:", "Da a of cirrs eer.", "Date=ofctrrsretter:" for "Date of this letter:"): a
# word opening "Da", at most two letters more, then no digit up to the label's end right before the date.
STRUCK_LABEL = re.compile(r"^[^A-Za-z0-9]{0,2}[Dd][Aa][A-Za-z]{0,2}(?![A-Za-z])[^0-9]{0,40}?\s?[:;.]$")
# The end of a longer label before its date, whose first word a scan may have garbled: "Letter date",
# "Date of this letter" ("Dat is | ly of this letter July 03, 2019").
LABEL_PHRASE_END = re.compile(r"(?:\bletter\s+date|\bof\s+(?:this\s+)?letter|\bdated?)\s*[:;.]?\s*$",
                              re.IGNORECASE)
# A "Date" label opening a line may be the first word of a longer one whose other words a stamp garbled:
# at most this many words, then the date.
WORDS_AFTER_OPENING_LABEL = 3
# A ruled table's column rule, read as a letter or two ("Date:. fi 7 August 2024", the "fi" 2.4 points wide
# and 9.8 tall: apart 9022 0070, a 150 dpi scan): a word of at most this many characters, no digit, at
# most this share of its height wide. A letter that narrow is an "l" or an "I" alone, never a word of a
# date's line.
RULE_READ_CHARACTERS = 2
RULE_READ_WIDTH_SHARE = 0.3
# Ruling lines and fill a form prints under or through a value ("——____June_25, __"): not characters.
RULE_MARKS = re.compile(r"[_—–]+")
# A 1's look-alike at most this many of its heights before a number is that number's first digit.
ONE_GAP_HEIGHTS = 0.8
LONE_ONE_START = re.compile(rf"^[{re.escape(''.join(sorted(dates.LONE_ONE_DAYS)))}]\d")
ONE_DIGIT_DAY = re.compile(r"\d[,.]?")  # the rest of a day of two digits ("1," of "| 1,"), never a year
# The re-read image is enlarged to this resolution (Tesseract reads best at about 300 dpi).
READ_DPI = 300.0
# Crops, in points, around the label or value: how far left of it and how many line heights down.
LABEL_LEFT_REACH = 12.0
LINES_UNDER_LABEL = 3.2
LINE_HEIGHT = 12.0
# Line heights above a date read without its label that the label passes reach up to ("Date of this
# letter:" over its date, struck through so the page's OCR lost it).
LABEL_ABOVE_VALUE = 1.2
# The header's right side starts this share of the page width in.
RIGHT_SIDE = 0.45
# Confidence of a date that re-readings agree on, where the first reading had none or doubted it.
AGREED_CONFIDENCE = 0.92
# Confidence of a date only one re-reading gave, or re-readings that disagree.
DOUBTFUL_CONFIDENCE = 0.5
# Reasons a first reading is doubted that are about the OCR alone; other reasons (a cross-check, a rival
# "Date" on the letter) are never lifted by agreeing readings.
OCR_DOUBTS = frozenset({
    "scan.hard_here", "decision.hard_to_read", "scan.second_reading", "scan.second_unsure", "scan.rescued",
    "scan.despeckled",  # the page's despeckled reading differed: the speck-blind pass reads that again
    "date.reread", "date.disagree", "date.reread_implausible", "date.other_possible", "value.damaged_chars",
})
AGREEING_PASSES = 2
# Doubts about the first reading's label, settled by passes that read the date beside a "Date" label.
LABEL_DOUBTS = frozenset({"value.label_read_as"})


@dataclass(frozen=True)
class Pass:
    """One strategy: which part of the header, which segmentation mode, and how the image is prepared."""

    name: str
    region: str  # "label": beside and under the label or value; "right": the header's right side; "band"
    psm: int
    threshold: bool = False  # ink and paper split (Otsu), and rules no character has taken out
    # A median filter: "page" at the page image's own resolution (a speck of a pixel or two goes), or
    # "enlarged" after enlarging to READ_DPI (gentler: a faint photo's thin strokes stay); "" none.
    despeckle: str = ""
    # With `threshold`: a rule's pixels over a glyph kept (page_crops.rules_lifted), not cut with the rule.
    lift_rules: bool = False


PASSES: tuple[Pass, ...] = (
    Pass("label, one block", "label", 6),
    Pass("label, one line", "label", 7),
    Pass("label, thresholded", "label", 6, threshold=True),
    Pass("label, thresholded, sparse", "label", 11, threshold=True),
    Pass("right side, columns", "right", 4),
    Pass("right side, sparse", "right", 11),
    Pass("header band, thresholded", "band", 6, threshold=True),
    Pass("header band, sparse", "band", 11),
)
# The confirming reading: beside and under the label, specks filtered out, read as sparse text (the label
# and its date both read, as on 0082 of apart seed 9011, where a block reading lost the label). Where sparse
# text reads the date's words only at a low confidence (a grainy 150 dpi scan's "15," read "7" at 16: apart
# seed 9016 0022), the same filtered crop read as one block gives the verdict. Only where the filter at the
# page's resolution leaves no date to read at all (a faint photo: apart 9010 0036), the gentler one: a speck
# may survive it, so it never overrules a date the page's filter read.
SPECK_BLIND: tuple[Pass, ...] = (
    Pass("label, specks filtered out", "label", 11, despeckle="page"),
    Pass("label, specks filtered out, one block", "label", 6, despeckle="page"),
    Pass("label, enlarged, specks filtered out", "label", 11, despeckle="enlarged"),
)
# A speck-blind reading gives a verdict only when Tesseract read each of the date's words at least this
# sure (clean digits read at 85-96; the misreads of a grainy crop at 16-45). Where no step reads the date
# that surely, the first reading stands, as it is.
BLIND_WORD_CONFIDENCE = 60.0
# A header line where the page's OCR read part of a date (a year, a day with its comma) but no whole date:
# a stamp's box or fine print over the line broke the page's reading ("Da ... r 27," for "Date of this
# letter: November 27, 2024": apart 9017 0064), or a month name ("Date July T77 2073\"" for "Date July 17,
# 2024" under a stamp's edge: apart 9019 0047), a speck glued to it or not. Read alone as one line, cut
# tight, it can read whole. At most MAX_FRAGMENT_LINES such lines, those on the header's right side first.
DATE_FRAGMENT = re.compile(r"^(?:(?:19|20)\d\d|[0-3]?\d,)[.,;]?$")
FRAGMENT_SPECKS = dates.SPECKS + ".:;"
LINE_PASSES: tuple[Pass, ...] = (
    Pass("the line alone", "line", 7),
    Pass("the line alone, thresholded", "line", 7, threshold=True),
    Pass("the line alone, rules lifted off its glyphs", "line", 7, threshold=True, lift_rules=True),
)
MAX_FRAGMENT_LINES = 2
# A header line the page's OCR garbled, most of its words read below BLIND_WORD_CONFIDENCE, is read alone as
# well when no date was found: a clean table's first row under its top rule read "Bote ° ok tiie iettce :"
# and "a e . E es i) - 3603" for "Date of this letter: Apr. 17, 2023" (apart 9051 0002, a Courier scan
# with no date at all), no fragment of a date left in it. At most MAX_GARBLED_LINES, after the fragments.
GARBLED_LINE_WORDS = 3
MAX_GARBLED_LINES = 2
# The tail of a date the page's OCR read apart from its head, a day and the year ("17/2026", "17, 2026"),
# within TAIL_REACH line heights of a flagged date's line: another day that date may have.
DATE_TAIL = re.compile(r"^(?P<day>[0-3]?[0-9])\s?[/.,-]\s?(?P<year>(?:19|20)[0-9]{2})[.,;]?$")
TAIL_REACH = 1.5
# Above and below the line's middle word boxes (capitals and digits), this share of their height: the
# descenders and accents, not the next line's.
BAND_SLACK = 0.25
# The place with a stamp's ink taken out (stamp_ink), read as a block and as sparse text; the strategy
# names its mode.
DESTAMPED_PSMS = {"stamp ink taken out, one block": 6, "stamp ink taken out, sparse": 11}
# Runs of ink no character has, in line heights: across (a stamp's top or bottom edge over the date's line,
# a line struck through the label) and down (a stamp's side). Taken out of a thresholded crop.
RULE_ACROSS = 2.5
RULE_DOWN = 1.6


@dataclass(frozen=True)
class Reread:
    value: dt.date
    strategy: str
    words: tuple[Word, ...]
    text: str
    labelled: bool = True  # beside or under a "Date" label (False: a date alone on its line)
    alternatives: tuple[dt.date, ...] = ()  # other dates the same characters could be ("2T July": 21 or 27)


Plausible = Callable[[dt.date], bool]
Ocr = Callable[["Image.Image", float, int], tuple[Word, ...]]


def needs_rereading(dated: LetterDate, layout: PageLayout | None, pages: PageSource | None) -> bool:
    """Whether the first reading failed on a scanned header page that has an image to read again."""
    if (layout is None or layout.page.method != "ocr" or pages is None
            or pages.reading_image(layout.page.number) is None):
        return False
    return dated.fact is None or dated.fact.needs_review or bool(dated.alternatives)


def reread(dated: LetterDate, layout: PageLayout, pages: PageSource, *, plausible: Plausible,
           ocr: Ocr | None = None) -> LetterDate:
    """The letter date after closer readings of `layout`'s header (see the module's notes), cut from the
    page's reading image in `pages` and OCR'd by `pages` (or `ocr`); a date still in doubt takes as
    alternatives the days that the tails of a date near it give (`with_date_tails`)."""
    return with_date_tails(_reread(dated, layout, pages, plausible=plausible, ocr=ocr), layout, plausible)


def with_date_tails(dated: LetterDate, layout: PageLayout, plausible: Plausible) -> LetterDate:
    """A flagged date with the other days its own line's tails say (DATE_TAIL) as alternatives: the page's
    OCR may have read the day apart from the rest, where the reading kept took it from a stamp's edge
    across the digits (apart 9020 0092: "07/19/2026" read through the edge, "17/2026" under it). The
    deadlines count from the earliest."""
    fact = dated.fact
    if fact is None or not fact.needs_review or fact.evidence.page != layout.page.number:
        return dated
    box, value = fact.evidence.box, fact.value
    near = [w for w in layout.page.words
            if abs(w.box.top - box.top) <= TAIL_REACH * LINE_HEIGHT
            and w.box.x1 >= box.x0 - LINE_HEIGHT and w.box.x0 <= box.x1 + LINE_HEIGHT]
    texts = [w.text for w in near] + [f"{a.text} {b.text}" for a, b in itertools.pairwise(near)]
    days = {int(m["day"]) for text in texts if (m := DATE_TAIL.match(text)) and int(m["year"]) == value.year}
    tails = set()
    for day in days:
        with contextlib.suppress(ValueError):
            tails.add(dt.date(value.year, value.month, day))
    tails = {d for d in tails if d != value and plausible(d)}
    if not tails:
        return dated
    return dataclasses.replace(dated, alternatives=tuple(sorted({*dated.alternatives, *tails})))


def _reread(dated: LetterDate, layout: PageLayout, pages: PageSource, *, plausible: Plausible,
            ocr: Ocr | None = None) -> LetterDate:
    image = pages.reading_image(layout.page.number)
    if image is None:
        return dated

    def read_again(crop: Image.Image, dpi: float, psm: int) -> tuple[Word, ...]:
        return pages.ocr(crop, dpi=dpi, psm=psm)

    first = dated.fact
    anchor = _anchor(first, layout)
    # A first reading garbled into its digits ("2025-07-27" from words at 6, where the strip and six passes
    # beside the label read July 21: apart 9068 0062, a Courier scan) is no rival to agreeing passes.
    garbled = read_garbled(first)

    def speck_blind() -> list[Reread]:
        unsure: list[Reread] = []
        for step in SPECK_BLIND:
            if step.despeckle == "enlarged" and unsure:
                break  # the page's filter read a date: the gentler filter, which a speck may survive, waits
            box = _region(step.region, anchor, layout) or _region("right", anchor, layout)
            read = [] if box is None else _read(layout.page, image, box, step, ocr or read_again)
            sure = [r for r in read if _read_surely(r)]
            if sure:
                return sure
            unsure = unsure or read
        return unsure

    def destamped() -> list[Reread]:
        # The date's place (beside a "Date" label read, else the header's right side) with a second ink
        # over it taken out; no reading where it has none.
        kind = "label" if date_labels(layout) else "right"
        box = _region(kind, anchor, layout) or _region("right", anchor, layout)
        if box is None:
            return []
        colour = pages.colour_image(layout.page.number, 72.0 * image.width / layout.page.width)
        return _read_destamped(layout.page, image, box, ocr or read_again, colour)

    found: list[Reread] = []
    steps: list[tuple[Pass, Box | None]] = [(step, None) for step in PASSES]  # None: the region's box
    waiting: list[tuple[Pass, Box | None]] = []
    bands_read = False
    while steps or not bands_read:
        if not steps:
            # Last, the header's lines that hold part of a date and no whole one, each read alone.
            bands_read = True
            steps = [(step, band) for band in date_fragment_bands(layout) for step in LINE_PASSES]
            continue
        step, band = steps.pop(0)
        box = band or _region(step.region, anchor, layout)
        if box is None:
            waiting.append((step, band))
            continue
        read = _read(layout.page, image, box, step, ocr or read_again)
        # A line read alone counts only beside its label, or right under a "Date" label the page's OCR
        # read (the line's crop leaves it out: "Letter Date:" over "September 7, 2023" struck through by a
        # fax's streak, apart 9090 0041): a lone date there is some other date's line (a tax period's end
        # whose year the page's OCR broke), never the letter's.
        found += [r if r.labelled else dataclasses.replace(r, labelled=True) for r in read
                  if r.labelled or _under_a_date_label(r, layout)] if band is not None else read
        if anchor is None and any(r.labelled for r in found):
            # A pass read the label the page's OCR lost: the passes beside it can run now, after the rest.
            anchor = _value_box(next(r for r in found if r.labelled).words)
            steps += waiting
            waiting = []
        found = _labelled_first(found, first is not None and dated.labelled)
        # A first reading no "Date" label claimed may be a stamp's: passes may agree on another date.
        agreed = _agreed(found, first.value if first is not None and dated.labelled else None, plausible,
                         first_garbled=garbled)
        if agreed is None:
            continue
        # (A first reading beside its label counts as one; no first reading, no label.)
        if (first is not None and dated.labelled) or any(r.labelled for r in found):
            return _decided(dated, agreed, found, layout, plausible, speck_blind)
        # Passes agree on a date alone on its line, as a stamp's is, or as a date under its label is when
        # the crop cut the label off: the passes still to run may read it beside its label (apart 9019
        # 0040: "Date of this letter:" over "06/26/2025", read alone twice, then beside it twice).
    more = destamped()
    loose = None if any(r.labelled for r in found) else _agreed(
        found, first.value if first is not None and dated.labelled else None, plausible,
        first_garbled=garbled)
    if loose is not None:
        # No pass read the agreed date beside a label: the place with a stamp's ink taken out may.
        labelled = [r for r in more if r.labelled]
        if not labelled:
            return _decided(dated, loose, found, layout, plausible, speck_blind)
        return _undecided(dated, labelled, layout, plausible)
    # Last, where a second ink (a stamp) lies over the date's place: that place with the ink taken out.
    # Its readings are one more reading, never two: a date they alone agree on stays flagged.
    if more:
        found = _labelled_first([*found, *more], first is not None and dated.labelled)
        agreed = _agreed(found, first.value if first is not None and dated.labelled else None, plausible,
                         first_garbled=garbled)
        if agreed is not None and any(r.value == agreed and r.strategy not in DESTAMPED_PSMS
                                      for r in found):
            return _decided(dated, agreed, found, layout, plausible, speck_blind)
    return _undecided(dated, found, layout, plausible)


def _read_surely(reading: Reread) -> bool:
    """Whether OCR read each of the date's words at BLIND_WORD_CONFIDENCE or more (a text layer's always)."""
    return all(w.confidence is None or w.confidence >= BLIND_WORD_CONFIDENCE for w in reading.words)


def _labelled_first(found: Sequence[Reread], first_labelled: bool) -> list[Reread]:
    """The readings beside or under a "Date" label when there are any (or the first reading was one): a
    date alone on its line is then some other date of the header (a tax period's end, a printed last
    day, a stamp's), never a possible letter date."""
    if first_labelled or any(r.labelled for r in found):
        return [r for r in found if r.labelled]
    return list(found)


def _agreed(found: Sequence[Reread], first: dt.date | None, plausible: Plausible, *,
            first_garbled: bool = False) -> dt.date | None:
    """The date two passes agree on; where a plausible first reading exists, only its value can be agreed
    (passes that agree on another date are a disagreement, settled by a person). A first reading this
    letter cannot have ("2027" for 2021, "5022": a misread year), or one read garbled into its digits
    (`first_garbled`), is no rival: passes may agree on a plausible date instead (it stays an alternative,
    and the deadlines count from the earlier). Passes agreeing on a date that cannot be this letter's (a
    tax period's end) decide nothing: the next passes go on."""
    if first is not None:
        if sum(r.value == first for r in found) >= AGREEING_PASSES:
            return first
        if plausible(first) and not first_garbled:
            return None
    counts = Counter(r.value for r in found if plausible(r.value))
    value, count = counts.most_common(1)[0] if counts else (None, 0)
    return value if count >= AGREEING_PASSES and len(counts) == 1 else None


def _decided(dated: LetterDate, value: dt.date, found: Sequence[Reread], layout: PageLayout,
             plausible: Plausible, speck_blind: Callable[[], list[Reread]]) -> LetterDate:
    first = dated.fact
    agreeing = [r for r in found if r.value == value]
    if first is not None and first.value == value:
        # Passes that each read the date beside its label settle a label the page's OCR lost or garbled
        # ("Dat of this I letter :", apart 9019 0045).
        beside_label = all(r.labelled for r in agreeing)
        doubts = [r for r in first.reasons if r != RESCUED_REASON
                  and not (beside_label and (r == NO_LABEL_REASON or r.code in LABEL_DOUBTS))]
        if not plausible(value):
            # Readings that agree on a date this letter cannot have: the speck-blind reading may say
            # which date it is, as one more alternative (the deadlines count from the earliest).
            other = {d for d in _blind_dates(speck_blind()) if d != value and plausible(d)}
            return dataclasses.replace(dated, alternatives=tuple(sorted({*dated.alternatives, *other})))
        kept = _found_beside_its_label(dated, agreeing)
        if any(d.code not in OCR_DOUBTS for d in doubts):
            return kept  # a cross-check or a rival date: agreeing readings do not lift that doubt
        rivals = [d for d in dated.alternatives if _rival(d, found, value)]
        if rivals or any(r.alternatives for r in agreeing):
            return kept
        blind = _blind_dates(speck_blind())
        if blind != {value}:
            disagreeing = sorted(d for d in blind - {value} if plausible(d))
            if not disagreeing:
                return kept  # read no date, or only dates this letter cannot have: still in doubt
            disagree = note("date.disagree", dates=tuple(sorted({value, *disagreeing})))
            doubted = dataclasses.replace(first, needs_review=True, reasons=added(first.reasons, disagree),
                                          confidence=min(first.confidence, DOUBTFUL_CONFIDENCE))
            return dataclasses.replace(kept, fact=doubted,
                                       alternatives=tuple(sorted({*dated.alternatives, *disagreeing}
                                                                 - {value})))
        sure = dataclasses.replace(first, needs_review=False, reasons=(),
                                   confidence=max(first.confidence, AGREED_CONFIDENCE))
        return LetterDate(fact=sure, alternatives=(),
                          labelled=dated.labelled or all(r.labelled for r in agreeing))
    others = [d for r in found for d in (r.value, *r.alternatives) if d != value and plausible(d)]
    if first is not None and plausible(first.value):  # the unlabelled first reading stays a possibility
        others.append(first.value)
    reason = None if plausible(value) else note("date.reread_implausible")
    if reason is None and others:
        reason = note("date.disagree", dates=tuple(sorted({value, *others})))
    if reason is None and len(agreeing) >= AGREEING_PASSES:
        blind = _blind_dates(speck_blind())
        others += [d for d in blind - {value} if plausible(d)]
        if blind - {value}:
            reason = note("date.disagree", dates=tuple(sorted({value, *blind})))
        elif not blind:
            reason = note("date.reread", n=len(agreeing))
    fact = _fact(value, agreeing, layout.page.number,
                 confidence=AGREED_CONFIDENCE if reason is None else DOUBTFUL_CONFIDENCE,
                 reason=reason)
    if reason is None and len(agreeing) < AGREEING_PASSES:
        fact = dataclasses.replace(fact, needs_review=True, reasons=(note("date.reread", n=len(agreeing)),))
    return LetterDate(fact=fact, alternatives=tuple(sorted(set(others))),
                      labelled=any(r.labelled for r in agreeing))


def _found_beside_its_label(dated: LetterDate, agreeing: Sequence[Reread]) -> LetterDate:
    """A first reading no "Date" label claimed (a table's label split over two lines: apart 9013 0023),
    read beside its label by every agreeing pass: labelled now, so it is counted from, and still flagged
    where the caller keeps a doubt."""
    first = dated.fact
    if first is None or dated.labelled or not all(r.labelled for r in agreeing):
        return dated
    reasons = (tuple(r for r in first.reasons if r != NO_LABEL_REASON)
               or (note("date.reread", n=len(agreeing)),))
    return LetterDate(fact=dataclasses.replace(first, needs_review=True, reasons=reasons),
                      alternatives=dated.alternatives, labelled=True)


def _blind_dates(readings: Sequence[Reread]) -> set[dt.date]:
    """Every date the speck-blind reading gave, each with the other dates its characters could be; a
    labelled reading, where there is one, stands for the letter date (a lone one is another date)."""
    kept = [r for r in readings if r.labelled] or list(readings)
    return {d for r in kept for d in (r.value, *r.alternatives)}


def _rival(other: dt.date, found: Sequence[Reread], value: dt.date) -> bool:
    """An alternative stays a rival unless it came from the OCR alone: no closer reading gave it."""
    return other != value and any(r.value == other for r in found)


def _undecided(dated: LetterDate, found: Sequence[Reread], layout: PageLayout,
               plausible: Plausible) -> LetterDate:
    """No two passes agreed: the first reading (if any) stays flagged; plausible readings join the
    alternatives, and implausible alternatives are dropped so they cannot set an earlier deadline."""
    readings = [r for r in found if plausible(r.value)]
    first = dated.fact
    if not readings and (first is None or not plausible(first.value)):
        mended = _year_mended(found, layout.page.number, plausible)
        if mended is not None:
            return mended
    possible = {d for r in readings for d in r.alternatives if plausible(d)}
    # A first reading no "Date" label claimed gives way to a pass that read the date beside its label (a
    # stamp's edge or a line struck through the label had hidden it); it stays a possible date.
    # A first reading this letter cannot have gives way to plausible readings the same way.
    if first is None or not plausible(first.value) or (
            not dated.labelled and any(r.labelled for r in readings)):
        if not readings:
            return dated
        if first is not None and plausible(first.value):
            possible.add(first.value)
        counts = Counter(r.value for r in readings)
        value = counts.most_common(1)[0][0]
        agreeing = [r for r in readings if r.value == value]
        reason = (note("date.disagree", dates=tuple(sorted({r.value for r in readings} | possible)))
                  if len(counts) > 1 or possible - {value} else note("date.reread", n=len(agreeing)))
        fact = _fact(value, agreeing, layout.page.number, confidence=DOUBTFUL_CONFIDENCE, reason=reason)
        return LetterDate(fact=fact, alternatives=tuple(sorted((set(counts) | possible) - {value})),
                          labelled=any(r.labelled for r in agreeing))
    alternatives = {d for d in dated.alternatives if plausible(d)} | {r.value for r in readings} | possible
    alternatives.discard(first.value)
    return dataclasses.replace(dated, alternatives=tuple(sorted(alternatives)))


def _year_mended(found: Sequence[Reread], page: int, plausible: Plausible) -> LetterDate | None:
    """Where every reading gave a date this letter cannot have, the dates one look-alike digit of the year
    makes plausible ("31 July—2624", a fax's streak through the "0" of 2024, read so by every pass: apart
    9082 0023): the earliest is the date, flagged, the others its alternatives. None where no year mends."""
    kept = [r for r in found if r.labelled] or list(found)  # a lone date is another's where one is labelled
    mended = {d for r in kept for d in year_lookalikes(r.value) if plausible(d)}
    if not mended:
        return None
    value = min(mended)
    agreeing = [r for r in kept if value in year_lookalikes(r.value)]
    fact = _fact(value, agreeing, page, confidence=DOUBTFUL_CONFIDENCE,
                 reason=note("date.year_mended", read=agreeing[0].value.year, year=value.year))
    return LetterDate(fact=fact, alternatives=tuple(sorted(mended - {value})),
                      labelled=any(r.labelled for r in agreeing))


def _fact(value: dt.date, agreeing: Sequence[Reread], page: int, *, confidence: float,
          reason: Note | None) -> Fact[dt.date]:
    words = agreeing[0].words
    box = Box(min(w.box.x0 for w in words), min(w.box.top for w in words), max(w.box.x1 for w in words),
              max(w.box.bottom for w in words))
    scores = [w.confidence for w in words if w.confidence is not None]
    evidence = Evidence(page=page, box=box, text=agreeing[0].text, method="ocr",
                        ocr_confidence=min(scores) if scores else None)
    return Fact(value=value, confidence=confidence, evidence=evidence, needs_review=reason is not None,
                reasons=() if reason is None else (reason,))


def date_labels(layout: PageLayout) -> list[Word]:
    """The header's words that are a "Date" label on their own (the page's OCR may not have joined them
    to a label phrase, nor any value to them)."""
    header = [w for w in layout.page.words if w.box.top < layout.header_bottom]
    return [w for line in group_lines(header) for index, w in enumerate(line.words)
            if _date_label(w.text, alone=len(line.words) == 1) and not _in_a_sentence(w, index)]


def _in_a_sentence(word: Word, index: int) -> bool:
    """Whether a "date" word is a sentence's: small, after other words, no colon ("the date of this
    letter." in a photo's first paragraph, within its header's depth: apart 9071 0024). A label is
    capitalised, opens its line or ends in a colon."""
    return index > 0 and word.text[:1].islower() and word.text.rstrip()[-1:] not in COLON_ENDS


def _anchor(first: Fact[dt.date] | None, layout: PageLayout) -> Box | None:
    """Where the date stands: a "Date" label in the header (the first reading may be a stamp's date that
    no label claimed), else the first reading's value."""
    labels = date_labels(layout)
    if labels:
        return min(labels, key=lambda w: (w.box.top, w.box.x0)).box
    if first is not None and first.evidence.page == layout.page.number:
        # The value read without its label: the label the page's OCR lost may stand on the line above.
        box = first.evidence.box
        return Box(box.x0, max(0.0, box.top - LABEL_ABOVE_VALUE * LINE_HEIGHT), box.x1, box.bottom)
    return None


def date_fragment_bands(layout: PageLayout) -> list[Box]:
    """The bands of the header's lines (see DATE_FRAGMENT) holding part of a date and no whole date, nor
    naming another date: from the header's right side (where the date's column is) to the page's edge, or
    the whole width for a fragment left of it; then those of lines the page's OCR garbled (see
    GARBLED_LINE_WORDS) that no band above covers."""
    page = layout.page
    right_side = page.width * RIGHT_SIDE
    header = [w for w in page.words if w.box.top < layout.header_bottom]
    bands: list[tuple[bool, float, Box]] = []
    garbled: list[tuple[bool, float, Box]] = []
    for line in group_lines(header):
        text = " ".join(w.text for w in line.words)
        words = [w for w in line.words if any(ch.isalnum() for ch in w.text)]
        fragments = [w for w in line.words if _date_fragment(w.text)]
        unsure = sum((w.confidence or 0.0) < BLIND_WORD_CONFIDENCE for w in words)
        mostly_garbled = len(words) >= GARBLED_LINE_WORDS and 2 * unsure > len(words)
        if not (fragments or mostly_garbled) or _other_date_line(text) or dates.find_dates(text):
            continue
        top = median(w.box.top for w in words)
        bottom = median(w.box.bottom for w in words)
        on_right = (fragments[-1] if fragments else words[-1]).box.x0 >= right_side
        slack = BAND_SLACK * (bottom - top)
        left = right_side if on_right else 0.0
        band = (not on_right, top, Box(left, max(0.0, top - slack), page.width, bottom + slack))
        (bands if fragments else garbled).append(band)
    chosen = [box for _, _, box in sorted(bands, key=lambda band: band[:2])[:MAX_FRAGMENT_LINES]]
    for _, _, box in sorted(garbled, key=lambda band: band[:2]):
        if len(chosen) < MAX_FRAGMENT_LINES + MAX_GARBLED_LINES and not any(
                box.top < other.bottom and other.top < box.bottom for other in chosen):
            chosen.append(box)
    return chosen


def _date_fragment(token: str) -> bool:
    """A year, a day with its comma, or a month's name (see DATE_FRAGMENT), specks around it or not, or
    one of those where a rule struck through the line glued them into one word ("—september—F,—2023—-": a
    fax's streak through "September 7, 2023", apart 9090 0041)."""
    return any(_fragment(part) for part in (token, *RULE_MARKS.split(token)) if part)


def _fragment(token: str) -> bool:
    bare = token.strip(FRAGMENT_SPECKS)
    return (DATE_FRAGMENT.match(token.strip(dates.SPECKS)) is not None
            or bare.casefold() in dates.MONTHS)


def _value_box(words: Sequence[Word]) -> Box:
    """Where a date read by a pass stands, reaching up to the line above it (where its label may be)."""
    top = min(w.box.top for w in words)
    return Box(min(w.box.x0 for w in words), max(0.0, top - LABEL_ABOVE_VALUE * LINE_HEIGHT),
               max(w.box.x1 for w in words), max(w.box.bottom for w in words))


def _region(kind: str, anchor: Box | None, layout: PageLayout) -> Box | None:
    page = layout.page
    bottom = min(layout.header_bottom, page.height * 0.5) if layout.header_bottom > 0 else page.height * 0.4
    if kind == "label":
        if anchor is None:
            return None
        left = min(anchor.x0 - LABEL_LEFT_REACH, page.width * RIGHT_SIDE)  # a value set right under it
        return Box(max(0.0, left), max(0.0, anchor.top - 0.5 * LINE_HEIGHT),
                   page.width, min(page.height, anchor.bottom + LINES_UNDER_LABEL * LINE_HEIGHT))
    if kind == "right":
        return Box(page.width * RIGHT_SIDE, 0.0, page.width, bottom)
    return Box(0.0, 0.0, page.width, bottom)


def _read(page: PageView, image: Image.Image, box: Box, step: Pass, ocr: Ocr) -> list[Reread]:
    """The dates one pass reads in `box` of the page (its reading `image`), each with its words (in page
    points)."""
    crop = _crop(page, image, box, threshold=step.threshold, despeckle=step.despeckle,
                 lift_rules=step.lift_rules)
    if crop is None:
        return []
    try:
        read = ocr(crop, READ_DPI, step.psm)
    except InputError:  # Tesseract refused this crop (a blank band, a sliver): the other passes go on
        return []
    words = tuple(dataclasses.replace(w, box=Box(w.box.x0 + box.x0, w.box.top + box.top,
                                                 w.box.x1 + box.x0, w.box.bottom + box.top),
                                      page=page.number)
                  for w in read)
    return [dataclasses.replace(r, strategy=step.name) for r in letter_dates_in(words)]


def _read_destamped(page: PageView, image: Image.Image, box: Box, ocr: Ocr,
                    colour: Image.Image | None = None) -> list[Reread]:
    """The dates read in `box` with a second ink over it taken out; none (and no OCR) where it has none.
    The page in its colours (`colour`), where there is one, shows a coloured stamp lighter than the text
    (stamp_ink.ink_grey); the grey page the OCR read shows a red one as dark as the text."""
    crop = stamp_ink.destamped_crop(image if colour is None else colour, page.width, box, READ_DPI)
    if crop is None:
        return []
    found: list[Reread] = []
    for name, psm in DESTAMPED_PSMS.items():
        try:
            read = ocr(crop, READ_DPI, psm)
        except InputError:
            continue
        words = tuple(dataclasses.replace(w, box=Box(w.box.x0 + box.x0, w.box.top + box.top,
                                                     w.box.x1 + box.x0, w.box.bottom + box.top),
                                          page=page.number)
                      for w in read)
        found += [dataclasses.replace(r, strategy=name) for r in letter_dates_in(words)]
    return found


def letter_dates_in(words: Sequence[Word]) -> list[Reread]:
    """Dates standing as a letter date does: after or under a "Date" label (one a scan damaged by a letter
    too, or the end of a longer label); where no label was read, a date alone on its line. A date a scan
    broke over two lines under its label is read joined. Never on a line that names another date (a stamp,
    a hearing, a tax period, a fax header's clock time), nor under a line that does (a stamp's "RECEIVED"
    over its date)."""
    labelled: list[Reread] = []
    lone: list[Reread] = []
    label_above = other_above = False
    label_boxes: list[Box] = []  # the line above's "Date:" words, wherever they stand on it
    lines = [_clean(line.words) for line in group_lines(_unstretched(words))]
    lines = [ws for ws in lines if ws]
    for index, line_words in enumerate(lines):
        text = " ".join(t for _, t in line_words)
        # Specks a scan left beside a word ("’ Date ; : :") are no words: the label still ends its line.
        tokens = [t for _, t in line_words if any(ch.isalnum() for ch in t)]
        if not tokens:
            continue
        has_label = any(_date_label(t, alone=len(tokens) == 1) for t in tokens)
        other_here = _other_date_line(text)
        readings = [] if other_here else _dates_on(line_words, text, lines[index + 1:index + 2],
                                                   split=label_above or has_label)
        for start, found in readings:
            # Specks and marks a scan left before the date ("‘ March 13, 2023") are no words.
            before = [t for t in text[:start].split() if any(ch.isalnum() for ch in t)]
            after_label = bool(before) and (_date_label(before[-1], alone=False)
                                            or STRUCK_LABEL.match(text[:start].strip()) is not None
                                            or LABEL_PHRASE_END.search(text[:start]) is not None
                                            or _label_opens_line(before, text[:start]))
            # Under its label, a speck before the date may read as a lone letter ("DATE:" / "a . 11/25/2024").
            specks = all(len(t) == 1 and t.isalpha() for t in before)
            under = any(_right_under(found.words, box, [w for w, _ in line_words]) for box in label_boxes)
            if after_label or ((not before or specks) and label_above) or under:
                labelled.append(found)
            elif not before and not has_label and not other_above:
                lone.append(dataclasses.replace(found, labelled=False))
        # A label ending its line: "Date", or a longer one with its colon ("Date of this letter:").
        label_above = (has_label and _date_label(tokens[-1], alone=len(tokens) == 1)) or (
            LABEL_PHRASE_END.search(ending := _without_trailing_specks(text)) is not None
            and ending[-1:] in ":;")
        other_above = other_here
        # A "Date:" word ending a column of its own: a reading across the page may run the other column's
        # words onto its line (a stamp's, an office's: apart 9053 0078, a photo, "Date:" over "April 4,
        # 2019" at the top right), so the date right under it counts as under its label all the same. So
        # does a "Date" word alone on its line, with no colon ("Dete" over "$ October 2020" at a photo's top
        # right, the office's name level with the date: apart 9071 0024).
        label_boxes = [w.box for w, t in line_words if t[-1:] in ":;" and _date_label(t, alone=False)]
        if len(tokens) == 1 and _date_label(tokens[0], alone=True):
            label_boxes += [w.box for w, t in line_words if t == tokens[0]]
    return labelled or lone


def _under_a_date_label(reading: Reread, layout: PageLayout) -> bool:
    """Whether a date read from a line alone stands right under a "Date" label of the page's own OCR."""
    return any(_right_under(reading.words, label.box, reading.words) for label in date_labels(layout))


def _right_under(words: Sequence[Word], label: Box, line: Sequence[Word]) -> bool:
    """Whether the date's words stand right under the label, the next line down across its width, with no
    word of their line before them in the label's column (only another column's: "to 11/25/2024" under
    "DATE:" is a sentence's)."""
    box = union_box(words)
    height = label.bottom - label.top
    before = [w for w in line if w.box.x1 <= box.x0 and w not in words]
    return (label.bottom - 0.3 * height <= box.top <= label.bottom + LABEL_ABOVE_VALUE * height
            and box.x0 < label.x1 and label.x0 < box.x1
            and all(w.box.x1 < min(label.x0, box.x0) - height for w in before))


def _without_trailing_specks(text: str) -> str:
    """A line without the specks a scan left after its last word, a colon read apart kept: "Date of this
    letter: '" is "Date of this letter:", "Date of this letter : ." is "Date of this letter :"."""
    words = text.split()
    while words and not any(ch.isalnum() for ch in words[-1]) and words[-1][0] not in ":;":
        words.pop()
    return " ".join(words)


def _label_opens_line(before: Sequence[str], text: str) -> bool:
    """Whether the words before a date are a "Date" label opening the line and the rest of a longer label a
    stamp's fine print garbled ("Dale: Ofithis fefter", "Date Of this Tetier" for "Date of this letter:"):
    at most WORDS_AFTER_OPENING_LABEL words, no digit."""
    return (1 < len(before) <= 1 + WORDS_AFTER_OPENING_LABEL and _date_label(before[0], alone=False)
            and not any(ch.isdigit() for ch in text))


def _unstretched(words: Sequence[Word]) -> list[Word]:
    """The words of one reading (in the OCR's order), a word whose box the OCR stretched over the next
    word beside it cut back to where that word starts: "SEPTEMBER" boxed over "23 2021" put the day on a
    line of its own, and no date was read (apart 9009 0012). Only in these closer readings of the date:
    cut on the whole page, it made a blurred page read as sound, and a misread fax number went unflagged
    (tests/test_independent_letters.py, ind98)."""
    fixed = list(words)
    for index, (word, following) in enumerate(itertools.pairwise(words)):
        beside = following.box.top < word.box.bottom and word.box.top < following.box.bottom
        if beside and word.box.x0 < following.box.x0 < word.box.x1:
            box = Box(word.box.x0, word.box.top, following.box.x0, word.box.bottom)
            fixed[index] = dataclasses.replace(word, box=box)
    return fixed


def _date_label(token: str, *, alone: bool) -> bool:
    """Whether a word is the letter date's label: as printed, or damaged by a letter where its colon or
    its standing alone on the line shows it is a label."""
    token = without_accents(token)
    if DATE_WORD_ALONE.match(token):
        return True
    if COLON_READ_AS_S.match(token):
        return True
    if DAMAGED_DATE_WORD.match(token) is None:
        return False
    # Alone on its line without a colon, only with its "D" kept: "Dare", never a name such as "Kate".
    return token[-1] in COLON_ENDS or (alone and token.lstrip("‘’'`\"")[:1] in "Dd")


def _other_date_line(text: str) -> bool:
    return OTHER_DATE_WORDS.search(text) is not None or CLOCK_TIME.search(text) is not None


def _clean(words: Sequence[Word]) -> list[tuple[Word, str]]:
    """A line's words with ruling marks taken out ("——____June_25," is "June 25,"); words of marks alone
    go, and so does a table's rule read as a letter."""
    cleaned = [(w, " ".join(RULE_MARKS.sub(" ", w.text).split())) for w in _ones_joined(words)
               if not _rule_read(w)]
    return [(w, t) for w, t in cleaned if t]


def _ones_joined(words: Sequence[Word]) -> list[Word]:
    """The words with a 1's look-alike that stands between a month's name and a number, a letter's gap
    before it, joined to that number. It is a day's first 1 read as a mark ("Apr. | 1, 2022", "Apr. I 1,
    2022" for April 11: apart 9043 0047, a fax), no table's rule: taking it out made a sure April 1.
    Joined, the day reads "|1": 11, repaired, and 1 stays a possible day (`_with_lone_one_alternative`)."""
    joined: list[Word] = []
    for word in words:
        previous = joined[-1] if joined else None
        # Only after a month's name: elsewhere such a mark is a table's rule before its cell's value.
        month = len(joined) > 1 and bool(dates.month_numbers(joined[-2].text.strip(",."))[0])
        if (previous is not None and month and previous.text in dates.LONE_ONE_DAYS
                and ONE_DIGIT_DAY.fullmatch(word.text) is not None
                and 0 <= word.box.x0 - previous.box.x1 <= ONE_GAP_HEIGHTS * previous.box.height):
            box = Box(previous.box.x0, min(previous.box.top, word.box.top), word.box.x1,
                      max(previous.box.bottom, word.box.bottom))
            joined[-1] = dataclasses.replace(word, text=previous.text + word.text, box=box)
            continue
        joined.append(word)
    return joined


def _with_lone_one_alternative(reading: Reread) -> Reread:
    """A reading whose day began with a 1's look-alike ("|1"), with the day without it as an alternative:
    the mark may be a speck before a day of one digit."""
    if not any(LONE_ONE_START.match(w.text) for w in reading.words) or not 10 <= reading.value.day <= 19:
        return reading
    other = reading.value.replace(day=reading.value.day - 10)
    return dataclasses.replace(reading, alternatives=tuple(sorted({*reading.alternatives, other})))


def _rule_read(word: Word) -> bool:
    """Whether a word is a table's upright rule read as a letter or two: narrow for its height, no digit."""
    return (len(word.text) <= RULE_READ_CHARACTERS and not any(ch.isdigit() for ch in word.text)
            and word.box.width <= RULE_READ_WIDTH_SHARE * word.box.height)


def _dates_on(line_words: Sequence[tuple[Word, str]], text: str,
              following: Sequence[Sequence[tuple[Word, str]]], *, split: bool) -> list[tuple[int, Reread]]:
    """The dates on a line, each with where it starts in `text`; with `split` (a label on or above the
    line) and none found, a date the line begins and the next line ends ("June 25," / "2024")."""
    found: list[tuple[int, Reread]] = []
    readings = dates.find_dates(text)
    if not readings and split and (misread := dates.slashes_misread(text)) is not None:
        readings = (misread,)  # beside or under its label: a value's text ("0772472023")
    for reading in readings:
        found.append((reading.start, _with_lone_one_alternative(Reread(
            value=reading.value, strategy="", words=_words_of(line_words, reading.start, reading.end),
            text=text[reading.start:reading.end], alternatives=reading.alternatives))))
    if found or not split or not following or _other_date_line(" ".join(t for _, t in following[0])):
        return found
    both = [*line_words, *following[0]]
    joined = " ".join(t for _, t in both)
    for reading in dates.find_dates(joined):
        if reading.start < len(text) < reading.end:
            found.append((reading.start, Reread(value=reading.value, strategy="",
                                                words=_words_of(both, reading.start, reading.end),
                                                text=joined[reading.start:reading.end],
                                                alternatives=reading.alternatives)))
    return found


def _words_of(words: Sequence[tuple[Word, str]], start: int, end: int) -> tuple[Word, ...]:
    """The words whose (cleaned) texts, joined by single spaces, span [start, end)."""
    used: list[Word] = []
    position = 0
    for word, token in words:
        if position < end and position + len(token) > start:
            used.append(word)
        position += len(token) + 1
    return tuple(used) or tuple(w for w, _ in words)


def _crop(page: PageView, image: Image.Image, box: Box, *, threshold: bool, despeckle: str = "",
          lift_rules: bool = False) -> Image.Image | None:
    crop = enlarged_crop(image, page.width, box, Cut(READ_DPI, min_side=8, despeckle=despeckle))
    if crop is None or not threshold:
        return crop
    if lift_rules:
        return rules_lifted(black_and_white(crop), across=round(RULE_ACROSS * LINE_HEIGHT * READ_DPI / 72.0))
    return _without_rules(black_and_white(crop), across=round(RULE_ACROSS * LINE_HEIGHT * READ_DPI / 72.0),
                          down=round(RULE_DOWN * LINE_HEIGHT * READ_DPI / 72.0))
