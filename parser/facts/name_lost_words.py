"""A scanned contact name that lost one of its words: flagged, and told where the lost word stands.

Tesseract sometimes boxes a name's word over its neighbour's box ("Angela" under the tall box of the
initial "J", or an initial "H" inside "Desmond"), and line grouping then sets one of them on a line apart:
the name is read "J Fitzgerald" or "Desmond Pettigrew" at full confidence. Either way a word with letters
stands on the name's line, before the name (between where its value begins, after the label beside it or
under the label above it, and its first word) or among its words, that the name's reading did not take.
Such a name is flagged, with the lost word's left edge, so that the name's strip is read again from there
(name_rereading.py). A text layer is exact: a digital letter's name is never questioned here.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from parser.core.model import Box, Fact, Word
from parser.core.notes import note
from parser.facts import verify
from parser.facts.header import PageLayout, ValueSpot

LOST_WORD = "value.name_word_lost"
# The labels that may carry the contact's name (the name-and-ID label holds it too).
NAME_LABELS = frozenset({"contact_name", "contact_name_id"})
# A word before the name has two letters at least: a stray mark read as a letter there is common.
MIN_LETTERS_BEFORE = 2
# Titles the name reader leaves out by design.
TITLES = frozenset({"mr", "ms", "mrs", "miss", "dr"})
# A value under its label may start this many line heights left of the label (a ragged column).
UNDER_LABEL_REACH_LINES = 1.0
EDGE = 0.5  # points: boxes this close count as the same edge


def checked(fact: Fact[Any] | None, spots: Sequence[ValueSpot],
            layouts: Sequence[PageLayout]) -> Fact[Any] | None:
    """The contact's name, flagged when a word stands on its line that its reading left out."""
    if fact is None or fact.evidence.method != "ocr" or any(r.code == LOST_WORD for r in fact.reasons):
        return fact
    layout = next((lay for lay in layouts if lay.page.number == fact.evidence.page), None)
    spot = _spot_of(fact, spots)
    if layout is None or spot is None:
        return fact
    lost = lost_words(fact.evidence.box, spot, layout.page.words)
    if not lost:
        return fact
    return verify.flagged(fact, note(LOST_WORD, word=" ".join(w.text for w in lost),
                                     left=round(min(w.box.x0 for w in lost), 1)))


def lost_left(fact: Fact[Any]) -> float | None:
    """Where the first word a name lost begins (points), when the name was flagged for one."""
    for reason in fact.reasons:
        if reason.code == LOST_WORD:
            left = dict(reason.values).get("left")
            if isinstance(left, int | float):
                return float(left)
    return None


def lost_words(name: Box, spot: ValueSpot, words: Sequence[Word]) -> list[Word]:
    """The words on the name's line its spot did not hold: before the name, within the value's column
    (right of a label beside it, or from a label's left edge above it), with letters and neither a label's
    word nor a title; or among the name's words, with a letter."""
    line = max(name.height, 1.0)
    start = spot.label.box.x0 - UNDER_LABEL_REACH_LINES * line if spot.below else spot.label.box.x1
    held = {id(w) for w in (*spot.label.words, *spot.words, *(w for run in spot.following for w in run))}
    lost = []
    for word in sorted(words, key=lambda w: w.box.x0):
        centre = (word.box.top + word.box.bottom) / 2
        if id(word) in held or not name.top <= centre <= name.bottom:
            continue
        letters = sum(ch.isalpha() for ch in word.text)
        if name.x0 - EDGE <= word.box.x0 < name.x1 - EDGE:
            if letters:
                lost.append(word)
        elif (word.box.x0 < name.x0 - EDGE and word.box.x1 > start and word.box.x0 >= start - line
              and letters >= MIN_LETTERS_BEFORE and word.text.strip(".,").lower() not in TITLES
              and not word.text.endswith(":")):
            lost.append(word)
    return lost


def _spot_of(fact: Fact[Any], spots: Sequence[ValueSpot]) -> ValueSpot | None:
    """The labelled spot the name was read from: a name label's spot holding the name's first word."""
    box = fact.evidence.box
    for spot in spots:
        if spot.label.field not in NAME_LABELS:
            continue
        held = [w for w in (*spot.words, *(w for line in spot.following for w in line))
                if w.page == fact.evidence.page and box.x0 - EDGE <= w.box.x0 <= box.x1
                and w.box.top < box.bottom and box.top < w.box.bottom]
        if held:
            return spot
    return None
