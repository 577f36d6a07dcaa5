"""The tax periods and the tax form read again from the header's whole block of labels, when the page's
reading left them unread or in doubt; and the taxpayer ID, when it left it unread.

A receipt stamp over the left column, the rules of a table the header is printed in, or a line the scan
damaged can lose a header line whole (label and value: "Form nutes oa?", "Tax | z | ber 31, 2021"), or keep
a label and lose the lines of its list under it (a ruled cell "12/31/2016" / "12/31/2017" / "12/31/2018"
read "- = y" / "12/31/2018"). The band from the first header label to the last is then read again across the
whole page width (the lost line may stand in either column) in a few ways: as it is, with the table's rules
whitened out, enlarged and read as one block, and thresholded dark. A value is taken only when two readings
(the page's own one counting) agree on it; a value the page's reading did not give stays flagged, and so
does a list of periods with a year implausible for the letter. The extra readings run only on failure.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, cast

from parser.core.model import Box, Evidence, Fact
from parser.core.notes import Note, added, note
from parser.facts import coverage, identifiers
from parser.facts.field_facts import candidates_for
from parser.facts.fields import READERS, FieldValue, Reading, ValueWords
from parser.facts.header import PageLayout, ValueSpot, value_spots
from parser.facts.labels import LabelMatch, find_labels

# The same agreement, scale, mode and confidences as the periods' own band (the page's own reading
# counts as one of the AGREEING readings here).
from parser.facts.period_rereading import (
    AGREEING,
    BLOCK_MODE,
    ENLARGED,
    REREAD_REASON,
    SURE_CONFIDENCE,
    UNSURE_CONFIDENCE,
)
from parser.facts.verify import paper_white
from parser.reading.lines import group_lines, moved, union_box

if TYPE_CHECKING:
    from PIL import Image

    from parser.reading.page_source import PageSource

FIELDS: tuple[str, ...] = ("tax_periods", "tax_form")
# Read again only when the page's reading lost it whole (a flagged one is worth a glance, no more readings):
# a receipt stamp over its label ("Social Security Number: ***-**-7420" lost with the lines under it, apart
# 9039 0032). Its label may stay under the stamp, so a masked number's shape, alone in a reading, counts.
LOST_ONLY_FIELDS: tuple[str, ...] = ("taxpayer_id",)
# The band reaches this many label heights above the first header label and under the last one.
REACH_LINES = 1.5
# Labels that stand apart from the header's block (a printed last day under the address) do not stretch it.
OUTSIDE_BLOCK = frozenset({"printed_last_day"})
# A pixel counts as ink under this grey level; a pixel row this share ink across the band, or a pixel
# column this share ink down it, is a table's rule (a line of text is never so dense), whitened out.
INK_LEVEL = 128
RULE_ROW_SHARE = 0.3
RULE_COLUMN_SHARE = 0.5
AUTOMATIC_MODE = 3  # the band's two columns are found apart, each line in its own column
# A tax period this many years before the letter, or in a year after it, is not one a letter is about.
OLDEST_PERIOD_YEARS = 25
LOST_REASON = note("scan.lost_line")
# Readings in a row that find no label of a wanted field end the search: a page whose header has no
# "Tax period(s)" label at all (a letter that prints none) would otherwise cost all four readings.
LABELLESS_PASSES = 2


@dataclass(frozen=True)
class Vote:
    """One reading's value of a field, and whether its reader found nothing to doubt in it."""

    value: FieldValue
    clean: bool
    reading: Reading | None = None  # None for the page's own reading


def needs_rereading(facts: dict[str, Fact[FieldValue] | None]) -> bool:
    """Whether the tax periods are unread or in doubt (they go on the petition), or the taxpayer ID is
    unread. The form, worth a glance, is read again only alongside them (alone it would cost a scan up to
    four more readings of its header)."""
    wanted = _wanted(facts)
    return "tax_periods" in wanted or any(field in wanted for field in LOST_ONLY_FIELDS)


def _wanted(facts: dict[str, Fact[FieldValue] | None]) -> list[str]:
    return [*(field for field in FIELDS if (fact := facts.get(field)) is None or fact.needs_review),
            *(field for field in LOST_ONLY_FIELDS if field in facts and facts[field] is None)]


def header_band(layout: PageLayout, labels: Sequence[LabelMatch]) -> Box | None:
    """The whole width of page 1 from its first header label to its last, on an OCR'd page."""
    page = layout.page
    if page.method != "ocr" or not layout.first:
        return None
    block = [label for label in labels
             if layout.zone_of(label.box.top) == "header" and label.field not in OUTSIDE_BLOCK]
    if len(block) < 2:
        return None
    height = sorted(label.box.height for label in block)[len(block) // 2]
    top = min(label.box.top for label in block) - REACH_LINES * height
    bottom = max(label.box.bottom for label in block) + REACH_LINES * height
    return Box(0.0, max(0.0, top), page.width, min(page.height, bottom))


def reread(facts: dict[str, Fact[FieldValue] | None], pages: PageSource, number: int, band: Box,
           letter_date: dt.date | None) -> dict[str, Fact[FieldValue] | None]:
    """The periods and the form after the band's readings; the others as they were. The readings stop as
    soon as each field that needs it has two agreeing votes."""
    wanted = _wanted(facts)
    crop, layout_of_band = _band_reader(pages, number, band)
    if crop is None or layout_of_band is None:
        return facts
    votes: dict[str, list[Vote]] = {field: [] for field in wanted}
    for field in wanted:
        fact = facts.get(field)
        if fact is not None and _plausible(fact.value, letter_date):
            votes[field].append(Vote(value=fact.value, clean=False))
    labelless = 0
    # A lost taxpayer ID's label may never be read (a stamp over it): its readings go on to the last.
    give_up = LABELLESS_PASSES if not any(field in wanted for field in LOST_ONLY_FIELDS) else len(STRATEGIES)
    for prepare, factor, mode in STRATEGIES:
        if all(_agreed(votes[field]) is not None for field in wanted) or labelless >= give_up:
            break
        layout = layout_of_band(prepare(crop), factor, mode)
        labels = find_labels(layout.lines)
        labelless = 0 if any(label.field in wanted for label in labels) else labelless + 1
        spots = value_spots(layout, labels)
        for field in wanted:
            found = candidates_for(field, spots)
            reading = found[0].reading if found else (
                _unlabelled_tin(layout, labels, spots) if field == "taxpayer_id" else None)
            if reading is not None and _plausible(reading.value, letter_date):
                votes[field].append(Vote(value=reading.value, clean=not reading.doubt, reading=reading))
    changed = dict(facts)
    for field in wanted:
        changed[field] = decided(facts.get(field), votes[field], letter_date)
    return changed


def _unlabelled_tin(layout: PageLayout, labels: Sequence[LabelMatch], spots: Sequence[ValueSpot]
                    ) -> Reading | None:
    """The one masked taxpayer ID number a reading of the band holds where no label claims it (its label
    still under the stamp); none where it holds two (the spouse's beside the taxpayer's)."""
    if len(coverage.masked_numbers(layout.lines)) != 1:
        return None
    segment = coverage.orphan_masked_tin(layout, labels, spots)
    return None if segment is None else READERS["taxpayer_id"](ValueWords(words=segment.words))


def decided(fact: Fact[FieldValue] | None, votes: Sequence[Vote], letter_date: dt.date | None
            ) -> Fact[FieldValue] | None:
    """The fact given the votes: an agreed value replaces a fact unread, implausible or holding less (a list
    that lost periods, a number that is no form), flagged unless the fact was read, every re-reading of the
    value is clean and keeps all the fact's periods, and the periods are plausible."""
    value = _agreed(votes)
    if value is None or (fact is not None and value == fact.value):
        return fact
    if fact is not None and _plausible(fact.value, letter_date) and not _grows(fact.value, value):
        # Readings of one image misread a digit alike (a fax's "201512" read "201812" twice): they add
        # what the page's reading lost, they do not overrule a plausible value it read.
        return fact
    agreeing = [v.reading for v in votes if v.value == value and v.reading is not None]
    reading = agreeing[0]
    kept_all = fact is not None and isinstance(fact.value, tuple) and isinstance(value, tuple) and set(
        fact.value) <= set(value)
    sure = kept_all and len(agreeing) >= AGREEING and all(not r.doubt and not r.repaired for r in agreeing)
    sure = sure and _plausible(value, letter_date, strict=True)
    scores = [w.confidence for w in reading.words if w.confidence is not None]
    evidence = Evidence(page=reading.words[0].page, box=union_box(reading.words), text=reading.text,
                        method="ocr", ocr_confidence=min(scores) if scores else None)
    if sure:
        return Fact(value=value, confidence=SURE_CONFIDENCE, evidence=evidence, needs_review=False)
    reason = LOST_REASON if fact is None or not isinstance(value, tuple) else REREAD_REASON
    reasons: tuple[Note, ...] = added(fact.reasons if fact is not None else (), reason)
    return Fact(value=value, confidence=UNSURE_CONFIDENCE, evidence=evidence, needs_review=True,
                reasons=reasons)


def _grows(first: FieldValue, value: FieldValue) -> bool:
    """Whether a re-read value only adds to the page's one: periods it lost, a form's lost suffix ("1040"
    read for "1040-SR"), or a form number for one that is no tax return form ("1010")."""
    if isinstance(first, tuple) and isinstance(value, tuple):
        return set(first) < set(value)
    return isinstance(first, str) and isinstance(value, str) and (
        value.startswith(first + "-") or not identifiers.known_return_form(first))


def _agreed(votes: Sequence[Vote]) -> FieldValue | None:
    """The one clean re-read list of periods that holds every other vote's periods when none of those is
    clean (they lost lines of it); else the value at least two votes give, one of them a re-reading, with
    no rival as many."""
    reread = [v for v in votes if v.reading is not None]
    clean = {v.value for v in reread if v.clean and isinstance(v.value, tuple)}
    if len(clean) == 1:
        whole = next(iter(clean))
        others = [v for v in votes if v.value != whole]
        if others and all(isinstance(o.value, tuple) and set(o.value) < set(whole) and not (
                o.clean and o.reading is not None) for o in others):
            return whole
    counted = Counter(v.value for v in votes).most_common()
    if not counted or counted[0][1] < AGREEING or not any(v.value == counted[0][0] for v in reread):
        return None
    return None if len(counted) > 1 and counted[1][1] == counted[0][1] else counted[0][0]


def _plausible(value: FieldValue, letter_date: dt.date | None, *, strict: bool = False) -> bool:
    """A list of periods none of which ends after the letter's year or long before it; without a letter
    date, any list (`strict`: none). Any other value is plausible."""
    if not isinstance(value, tuple):
        return True
    if letter_date is None:
        return not strict
    return all(isinstance(day, dt.date) and letter_date.year - OLDEST_PERIOD_YEARS <= day.year
               <= letter_date.year for day in value)


LayoutReader = Callable[["Image.Image", int, int], PageLayout]


def _band_reader(pages: PageSource, number: int, band: Box
                 ) -> tuple[Image.Image | None, LayoutReader | None]:
    """The band cut from the page image, and a reading of a prepared cut as a layout in page points."""
    page = pages.document.page(number)
    image = pages.reading_image(number)
    if page is None or image is None or page.width <= 0:
        return None, None
    scale = image.width / page.width
    crop = image.crop((round(band.x0 * scale), round(band.top * scale), round(band.x1 * scale),
                       round(band.bottom * scale)))
    if crop.width < 8 or crop.height < 8:
        return None, None

    def read(prepared: Image.Image, factor: int, mode: int) -> PageLayout:
        words = pages.ocr(prepared, dpi=scale * 72.0 * factor, page=number, psm=mode)
        placed = tuple(moved(word, band.x0, band.top) for word in words)
        return PageLayout(page=dataclasses.replace(page, words=placed), lines=group_lines(placed),
                          header_bottom=page.height, first=True)

    return crop, read


def _unruled(image: Image.Image) -> Image.Image:
    """The cut with its paper white and a table's rules whitened out: rows and columns mostly ink."""
    from PIL import Image as PILImage

    grey = paper_white(image)
    ink = grey.point(lambda v: 255 if v < INK_LEVEL else 0)
    # A box-filtered shrink to one pixel wide (high) gives each row's (column's) share of ink.
    rows = list(ink.resize((1, ink.height), PILImage.Resampling.BOX).tobytes())
    columns = list(ink.resize((ink.width, 1), PILImage.Resampling.BOX).tobytes())
    out = grey.copy()
    for y, share in enumerate(rows):
        if share > 255 * RULE_ROW_SHARE:
            out.paste(255, (0, y, out.width, y + 1))
    for x, share in enumerate(columns):
        if share > 255 * RULE_COLUMN_SHARE:
            out.paste(255, (x, 0, x + 1, out.height))
    return out


def _enlarged(image: Image.Image) -> Image.Image:
    from PIL import Image as PILImage

    plain = paper_white(image)
    return plain.resize((plain.width * ENLARGED, plain.height * ENLARGED), PILImage.Resampling.LANCZOS)


def _dark(image: Image.Image) -> Image.Image:
    """Enlarged, specks filtered out, black and white a third of the way up its greys (a grey stamp's ink
    over the text goes white, the text's stays black)."""
    from PIL import ImageFilter

    grey = _enlarged(image).filter(ImageFilter.MedianFilter(3))
    low, high = cast("tuple[int, int]", grey.getextrema())
    cut = low + (high - low) // 3
    return grey.point(lambda v: 255 if v > cut else 0)


# Each way of reading the band, in order: how its image is prepared, by what factor that enlarges it, and
# Tesseract's page segmentation mode.
STRATEGIES: tuple[tuple[Callable[[Image.Image], Image.Image], int, int], ...] = (
    (paper_white, 1, AUTOMATIC_MODE), (_unruled, 1, AUTOMATIC_MODE), (_enlarged, ENLARGED, BLOCK_MODE),
    (_dark, ENLARGED, BLOCK_MODE),
)
