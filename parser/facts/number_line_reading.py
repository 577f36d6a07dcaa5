"""A scanned phone or fax number checked against its strip read once more as a line, enlarged to 300 dpi.

The page's reading and the strip's closer reading can misread one digit of a fax alike, sure of it ("215"
read "245", apart 9056 0017); on a 150 dpi scan both can drop a stroke ("3852797366" read "...7365"). The
line reading enlarged to 300 dpi (value_glyphs) reads such small digits better: read alone, on 328 phone
and fax numbers of six earlier seeds' scans (apart 9050-9052, own 6345-6347), it never read a right number
wrong and read right 3 of the 5 the other readings got wrong. Read with the other values in one call, it
read a right number's digit otherwise only where it weighed another character at least half as much
(SURE_SHARE). So when it reads another number, sure of each digit it reads otherwise, that number is taken,
flagged with the other reading for a person to see; and when one of its digits had a rival digit weighed
nearly as much, the number is flagged as it is. Re-run on apart 9053 and 9054 and own 6345, phone and fax
numbers read wrong went from 9 to 6, none newly. A line reading that gives no number, or digits that
cannot be matched to the number's, is no evidence either way.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from parser.core.model import Fact
from parser.core.notes import note
from parser.facts import identifiers, verify
from parser.facts.value_glyphs import rivals

if TYPE_CHECKING:
    from parser.reading.tesseract import Glyph

NUMBER_FIELDS = ("contact_phone", "contact_fax")
# The line reading's number is the run of its digits nearest the first reading's, at most this many digits
# apart (the misreads seen: one digit, or two); the strip's padding can take in a label's colon read "2",
# a long-distance "1-", or a neighbouring column's digits, on either side.
MAX_CHANGED = 2
# A digit the line reading reads otherwise is taken only when nothing else weighed even this share of it.
# Taken right (apart 9050 0010, 9056 0017; own 6352 0006, 0007, 0031): other digits at 0.31 of the best at
# most; taken wrong before this rule (apart 9050 0035, 9053 0017, 0023, 0065): a rival digit at 0.61-1.01.
SURE_SHARE = 0.45
TAKEN_REASON = "scan.line_reading"
RIVALS_REASON = "scan.digit_rivals"


def checked(fact: Fact[Any], glyphs: Sequence[Glyph]) -> Fact[Any]:
    """The number as its line reading reads it (see above), flagged when it differs from the first
    reading or a digit had a near rival; `fact` unchanged when the line reading is no evidence."""
    first = str(fact.value)
    digits = _nearest([glyph for glyph in glyphs if len(glyph.text) == 1 and glyph.text.isdigit()], first)
    if digits is None:
        return fact
    number = "".join(glyph.text for glyph in digits)
    changed = [glyph for glyph, digit in zip(digits, first, strict=True) if glyph.text != digit]
    if not all(_sure(glyph) for glyph in changed):
        # The line reading is itself in two minds about a digit it reads otherwise (a fax's "4" at 83 with
        # a "1" at 84, apart 9050 0035): no reading to take, but a digit in doubt.
        return verify.flagged(fact, note(RIVALS_REASON))
    if number != first:
        parsed = identifiers.phone_number(number)
        if parsed is None or parsed.value != number:
            return fact  # no phone number (an area code starting 0 or 1): no evidence
        taken = dataclasses.replace(fact, value=number)
        return verify.flagged(taken, note(TAKEN_REASON, value=first))
    if any(rivals(glyph) != {glyph.text} for glyph in digits):
        return verify.flagged(fact, note(RIVALS_REASON))
    return fact


def _sure(glyph: Glyph) -> bool:
    """Whether the line reading weighed the digit it read above every other character, and none other at
    SURE_SHARE of it ("6" read where a "§" weighed 97 and the "6" 52: apart 9058 0089)."""
    best = max((weight for _, weight in glyph.choices), default=0.0)
    own = max((weight for text, weight in glyph.choices if text == glyph.text), default=0.0)
    return own >= best > 0 and not any(text != glyph.text and weight >= SURE_SHARE * best
                                       for text, weight in glyph.choices)


def _nearest(digits: Sequence[Glyph], first: str) -> Sequence[Glyph] | None:
    """The run of the line reading's digits nearest the first reading's number (fewest digits changed,
    at most MAX_CHANGED); None when there is none, or two runs are as near."""
    size = len(first)
    starts = range(len(digits) - size + 1)
    runs = sorted((_changed(digits[start:start + size], first), start) for start in starts)
    if not runs or runs[0][0] > MAX_CHANGED or (len(runs) > 1 and runs[1][0] == runs[0][0]):
        return None
    return digits[runs[0][1]:runs[0][1] + size]


def _changed(digits: Sequence[Glyph], first: str) -> int:
    return sum(glyph.text != digit for glyph, digit in zip(digits, first, strict=True))
