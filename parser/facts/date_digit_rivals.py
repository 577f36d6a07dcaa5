"""A scanned letter date read sure, checked digit by digit against the recogniser's own rivals.

Every reading of a fax can misread one digit alike: "04/05/2024" was read "04/08/2024" by the page and by
every closer reading (own 6350 0084), and the deadlines counted three days late. Tesseract weighs other
characters for each one it reads. One more reading of the date's strip as a line, those choices kept, shows
where a digit had a rival digit weighed nearly as much ("8" at 74, "5" at 72): the date may be another one
there. Each date a rival makes (one digit changed at a time), or a different best digit, that is a
plausible letter date, flags the date with it, and the deadlines count from the earliest. A date no digit
of which has such a rival stays as it was, and so does one whose digits the line reading cannot be matched
to. One Tesseract call per scanned letter whose date is sure.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Callable
from typing import TYPE_CHECKING

from parser.core.model import Box
from parser.core.notes import note
from parser.facts import dates, verify
from parser.facts.letter_date import LetterDate
from parser.facts.page_crops import Cut, enlarged_crop

if TYPE_CHECKING:
    from parser.reading.page_source import PageSource

# A rival digit makes its date possible when weighed nearly as much as the digit read (Tesseract's 0-100):
# the fax's "8" at 74 against its "5" at 72. Rivals of a right digit on faxes and photos weigh 30-47
# against the best's 90 and more (apart 9052 0030, 0047, 0077): no doubt of the digit.
RIVAL_SHARE = 0.6
RIVAL_MIN = 20.0
READ_DPI = 300.0
# The strip around the date's box, in its line heights: room for a first or last digit the box cut.
PAD_ACROSS = 0.8
PAD_DOWN = 0.3
RIVALS_REASON = "date.digit_rivals"


def checked(dated: LetterDate, pages: PageSource, plausible: Callable[[dt.date], bool]) -> LetterDate:
    """The letter date, flagged with the dates its digits' rivals make when there are any (see above)."""
    fact = dated.fact
    if fact is None or fact.needs_review or dated.alternatives or fact.evidence.method != "ocr":
        return dated
    page = pages.document.page(fact.evidence.page)
    image = pages.reading_image(fact.evidence.page)
    printed = fact.evidence.text
    if page is None or image is None or not any(ch.isdigit() for ch in printed):
        return dated
    box = fact.evidence.box
    height = box.bottom - box.top
    across, down = PAD_ACROSS * height, PAD_DOWN * height
    strip = Box(max(0.0, box.x0 - across), max(0.0, box.top - down),
                min(page.width, box.x1 + across), min(page.height, box.bottom + down))
    crop = enlarged_crop(image, page.width, strip, Cut(READ_DPI))
    if crop is None:
        return dated
    digits = [glyph for glyph in pages.glyphs(crop, dpi=READ_DPI) if glyph.text.isdigit()]
    places = [index for index, ch in enumerate(printed) if ch.isdigit()]
    if len(digits) != len(places):
        return dated  # the line reading's digits cannot be matched to the date's: no evidence either way
    possible: set[dt.date] = set()
    for place, glyph in zip(places, digits, strict=True):
        best = max((weight for _, weight in glyph.choices), default=0.0)
        rivals = {glyph.text} | {text for text, weight in glyph.choices if len(text) == 1 and text.isdigit()
                                 and weight >= max(RIVAL_MIN, RIVAL_SHARE * best)}
        for rival in rivals - {printed[place]}:
            found = dates.find_dates(printed[:place] + rival + printed[place + 1:])
            possible.update(reading.value for reading in found[:1])
    others = tuple(sorted(day for day in possible if day != fact.value and plausible(day)))
    if not others:
        return dated
    flagged = verify.flagged(fact, note(RIVALS_REASON, dates=others))
    return dataclasses.replace(dated, fact=flagged, alternatives=others)
