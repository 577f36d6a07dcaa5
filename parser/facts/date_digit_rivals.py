"""A scanned letter date read sure, checked digit by digit against the recogniser's own rivals.

Every reading of a fax can misread one digit alike: "04/05/2024" was read "04/08/2024" by the page and by
every closer reading (own 6350 0084), and the deadlines counted three days late. Tesseract weighs other
characters for each one it reads. One more reading of the date's strip as a line, those choices kept, shows
where a digit had a rival digit weighed nearly as much ("8" at 74, "5" at 72): the date may be another one
there. Each date a rival makes (one digit changed at a time), or a different best digit, that is a
plausible letter date, flags the date with it, and the deadlines count from the earliest. A date no digit
of which has such a rival stays as it was, and so does one whose digits the line reading cannot be matched
to. The line reading is value_glyphs' (one call for the date and the other digit values).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from parser.core.notes import note
from parser.facts import dates, verify
from parser.facts.letter_date import LetterDate
from parser.facts.value_glyphs import rivals

if TYPE_CHECKING:
    from parser.reading.tesseract import Glyph

RIVALS_REASON = "date.digit_rivals"


def wanted(dated: LetterDate) -> bool:
    """Whether the letter date is one to check against its digits' rivals: read sure from a scan, digits
    and all (a date already in doubt is checked by a person anyway)."""
    fact = dated.fact
    return (fact is not None and not fact.needs_review and not dated.alternatives
            and fact.evidence.method == "ocr" and any(ch.isdigit() for ch in fact.evidence.text))


def checked(dated: LetterDate, glyphs: Sequence[Glyph], plausible: Callable[[dt.date], bool]) -> LetterDate:
    """The letter date, flagged with the dates its digits' rivals make when there are any (see above);
    `glyphs` are its strip's, read as a line (value_glyphs)."""
    fact = dated.fact
    if fact is None or not wanted(dated):
        return dated
    printed = fact.evidence.text
    digits = [glyph for glyph in glyphs if glyph.text.isdigit()]
    places = [index for index, ch in enumerate(printed) if ch.isdigit()]
    if len(digits) != len(places):
        return dated  # the line reading's digits cannot be matched to the date's: no evidence either way
    possible: set[dt.date] = set()
    for place, glyph in zip(places, digits, strict=True):
        for rival in rivals(glyph) - {printed[place]}:
            found = dates.find_dates(printed[:place] + rival + printed[place + 1:])
            possible.update(reading.value for reading in found[:1])
    others = tuple(sorted(day for day in possible if day != fact.value and plausible(day)))
    if not others:
        return dated
    flagged = verify.flagged(fact, note(RIVALS_REASON, dates=others))
    return dataclasses.replace(dated, fact=flagged, alternatives=others)

