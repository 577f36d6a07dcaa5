"""Scanned hours whose start may be lost, read again from a strip reaching further left on their line.

OCR can box a value's first word over the next one ("Monday" boxed over the "-" after it) and split the
line in two; the value then starts at "Friday," and its check flags a day named alone (hours.py). The
value's strip, widened to the left, read twice (as cut, and with specks filtered out), shows what stood
before it. The value is completed only when both readings agree, read the first reading's words at their
end, add only days and joiners before them, and leave nothing in doubt; it is then sure. Otherwise the
first reading stays, flagged.
"""

from __future__ import annotations

import dataclasses
from typing import TYPE_CHECKING, Any

from parser.core.model import Box, Fact
from parser.core.notes import note
from parser.facts import confidence, verify
from parser.facts.confidence import FORMAT_DOUBT, REPAIRED
from parser.facts.hours import word_tokens

if TYPE_CHECKING:
    from parser.facts.fields import Reading
    from parser.reading.page_source import PageSource

# The doubts a wider strip can settle: the start of the value lost.
START_LOST = frozenset({"value.hours_one_day", "value.hours_start_lost"})
# How far left of the value the strip reaches, in the value's line heights ("Monday through " before
# "Friday": 8.5 at a 10-point font).
LEFT_REACH_LINES = 10.0
# A completed value whose readings agree but whose score stays under the line: still checked by a person.
COMPLETED_REASON = note("value.hours_completed")
# Words the completion may add before the first reading's: days and joiners only.
ADDED_KINDS = frozenset({"day", "joiner"})


def needs_completing(fact: Fact[Any] | None) -> bool:
    return (fact is not None and fact.needs_review and fact.evidence.method == "ocr"
            and any(reason.code in START_LOST for reason in fact.reasons))


def completed(pages: PageSource, fact: Fact[Any] | None) -> Fact[Any] | None:
    """The hours fact completed from a wider strip when two readings of it agree (see the module)."""
    if fact is None or not needs_completing(fact):
        return fact
    box = fact.evidence.box
    height = min(box.height, 14.0) if box.height > 0 else 10.0
    wider = Box(x0=max(0.0, box.x0 - LEFT_REACH_LINES * height), top=box.top, x1=box.x1, bottom=box.bottom)
    strip = verify.strip_of(pages, "contact_hours", fact.evidence.page, wider)
    if strip is None:
        return fact
    first, second = verify.read_strip_twice(pages, strip)
    if first is None or second is None or not _agree(first, second) or first.doubt:
        return fact
    if _added_words(str(fact.value), str(first.value)) is None:
        return fact
    # Scored as a value read back: what the first reading's score was but for the doubt now settled.
    score = min(1.0, fact.confidence / FORMAT_DOUBT * REPAIRED)
    if confidence.needs_review("contact_hours", confidence.Score(ocr=score, label=1.0, format=1.0)):
        return dataclasses.replace(fact, value=first.value, reasons=(COMPLETED_REASON,))
    return dataclasses.replace(fact, value=first.value, needs_review=False, reasons=(),
                               confidence=round(score, 3))


def _agree(first: Reading, second: Reading) -> bool:
    return verify.words_of(str(first.value)) == verify.words_of(str(second.value))


def _added_words(value: str, longer: str) -> tuple[str, ...] | None:
    """The words the longer reading adds before the value's, when it ends with the value's words and adds
    only days and joiners; None otherwise."""
    mine, theirs = value.split(), longer.split()
    if len(theirs) <= len(mine) or [verify.words_of(w) for w in theirs[-len(mine):]] != [
            verify.words_of(w) for w in mine]:
        return None
    added = tuple(theirs[:-len(mine)])  # "Monday -" before "Friday, 8:00 a.m. ..."
    kinds = [kind for word in added for _, kind in word_tokens(word)]
    return added if kinds and all(kind in ADDED_KINDS for kind in kinds) else None
