"""Where on a page the numbers Rule 27(a) keeps out stand: boxes to cover, from the page's words.

A taxpayer identification number is covered whole, every word of it (no last four digits): by its shape
anywhere on the page (header, body, enclosure), and whatever its shape right after a label that names one.
A date of birth loses all but its year, an account number all but its last four digits, a minor's name all
but its initials; these are cut inside a word by the share of its characters (fonts are near enough
monospaced for digits), leaning towards covering more.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import Literal

from annotate.court_copy.patterns import (
    ACCOUNT_LABEL,
    ACCOUNT_NUMBER,
    BIRTH_DATE,
    BIRTH_LABEL,
    MASK,
    MIN_ACCOUNT_DIGITS,
    MINOR_LABEL,
    NAME_WORD,
    NUMBER_WORD,
    TIN_LABEL,
    TIN_PATTERNS,
    YEAR,
    digit_lookalikes,
)
from parser.core.model import Box, Word
from parser.reading.lines import Line, group_lines

CoverKind = Literal["tin", "birth_date", "account", "minor"]
LINES_BELOW_A_LABEL = 2  # a value printed under its label ("Taxpayer Identification Number:" / "XXX-XX-1234")
# A cut inside a word ends on the estimated boundary between characters: reaching further eats the edge of
# the first kept digit (measured: 0.4 of a digit turned "1968" into "968" under OCR).
CUT_MARGIN_CHARS = 0.0
# Painted covers reach this far past a word's box (ink bleeds past OCR boxes); a cut inside a word is drawn
# that much short on its kept side, so the pad does not eat the digits it keeps.
COVER_PAD_POINTS = 2.0
# ...and stops this short of the kept characters: a cover touching the first kept digit makes it part of
# the black for OCR ("1968" read back as "968"), and a person reads it less easily.
KEEP_GAP_POINTS = 0.8
# Character widths inside a number, as a share of a digit's (Helvetica, Times, Courier: "/" and "-" are
# about half a digit or wider), to place a cut between characters.
NARROW_CHARS = frozenset("/-. ,")
NARROW_WIDTH = 0.5
NUMBER_CHARS = re.compile(rf"\d|{MASK}")


@dataclass(frozen=True)
class Cover:
    page: int
    box: Box
    kind: CoverKind


@dataclass(frozen=True)
class _LineText:
    """A line's words joined by single spaces (look-alikes read as digits), and each word's span in it."""

    line: Line
    text: str
    spans: tuple[tuple[int, int], ...]

    @classmethod
    def of(cls, line: Line) -> _LineText:
        parts: list[str] = []
        spans: list[tuple[int, int]] = []
        position = 0
        for word in line.words:
            text = digit_lookalikes(word.text)
            spans.append((position, position + len(text)))
            parts.append(text)
            position += len(text) + 1
        return cls(line, " ".join(parts), tuple(spans))

    def words_in(self, start: int, end: int) -> list[int]:
        return [i for i, (a, b) in enumerate(self.spans) if a < end and b > start]


def find_covers(words: Sequence[Word]) -> tuple[Cover, ...]:
    """Every area of one page's words that Rule 27(a) keeps out of a filing."""
    lines = [_LineText.of(line) for line in group_lines(words)]
    covers: list[Cover] = []
    for index, line in enumerate(lines):
        covers += _tins(line)
        covers += _labelled_tins(lines, index)
        covers += _births(lines, index)
        covers += _accounts(line)
        covers += _minors(line)
    return tuple(dict.fromkeys(covers))


def _tins(line: _LineText) -> Iterator[Cover]:
    for pattern in TIN_PATTERNS.values():
        for match in pattern.finditer(line.text):
            for i in line.words_in(match.start(), match.end()):
                yield _whole(line.line.words[i], "tin")


def _labelled_tins(lines: Sequence[_LineText], index: int) -> Iterator[Cover]:
    """Whatever number follows a TIN label: beside it on its line, or else in the lines just under it."""
    line = lines[index]
    for label in TIN_LABEL.finditer(line.text):
        after = _after(line, label.end())
        numbers = [i for i in after if NUMBER_CHARS.search(line.text[slice(*line.spans[i])])]
        if numbers:
            yield from (_whole(line.line.words[i], "tin") for i in numbers)
            continue
        label_words = line.words_in(label.start(), label.end())
        if not label_words:
            continue
        left = line.line.words[label_words[0]].box.x0
        right = line.line.words[label_words[-1]].box.x1
        for below in lines[index + 1: index + 1 + LINES_BELOW_A_LABEL]:
            reach = right + 2 * (right - left)
            under = [w for w in below.line.words if w.box.x1 > left - 2 and w.box.x0 < reach
                     and NUMBER_WORD.match(digit_lookalikes(w.text))]
            if under:
                yield from (_whole(w, "tin") for w in under)
                break


def _after(line: _LineText, position: int) -> list[int]:
    """The words after `position` in the same column segment as the word at it."""
    start = next((i for i, (a, _) in enumerate(line.spans) if a >= position), None)
    if start is None:
        return []
    segment = next((s for s in line.line.segments if line.line.words[start] in s.words), None)
    members = set(map(id, segment.words)) if segment is not None else set()
    return [i for i in range(start, len(line.spans)) if id(line.line.words[i]) in members]


def _births(lines: Sequence[_LineText], index: int) -> Iterator[Cover]:
    line = lines[index]
    for label in BIRTH_LABEL.finditer(line.text):
        for date in BIRTH_DATE.finditer(line.text, label.end()):
            year = YEAR.search(line.text, date.start(), date.end())
            keep = (year.start(), year.end()) if year else (date.end(), date.end())
            yield from _cut(line, (date.start(), date.end()), keep, "birth_date")
            break


def _accounts(line: _LineText) -> Iterator[Cover]:
    for label in ACCOUNT_LABEL.finditer(line.text):
        for number in ACCOUNT_NUMBER.finditer(line.text, label.end()):
            digits = [m.start() for m in re.finditer(r"\d", number.group())]
            if len(digits) < MIN_ACCOUNT_DIGITS:
                continue
            keep_from = number.start() + digits[-4]
            yield from _cut(line, (number.start(), number.end()), (keep_from, number.end()), "account")
            break


def _minors(line: _LineText) -> Iterator[Cover]:
    for label in MINOR_LABEL.finditer(line.text):
        for i in _after(line, label.end()):
            word = line.line.words[i]
            if not NAME_WORD.match(word.text):
                break
            a, b = line.spans[i]
            yield from _cut(line, (a, b), (a, a + 1), "minor")


def _whole(word: Word, kind: CoverKind) -> Cover:
    return Cover(word.page, word.box, kind)


def _cut(line: _LineText, span: tuple[int, int], keep: tuple[int, int], kind: CoverKind) -> Iterator[Cover]:
    """Cover the characters of `span` outside `keep`, word by word."""
    for i in line.words_in(*span):
        a, b = line.spans[i]
        word = line.line.words[i]
        start, end = max(a, span[0]), min(b, span[1])
        pieces = [(start, min(end, keep[0])), (max(start, keep[1]), end)]
        for p0, p1 in pieces:
            if p1 > p0:
                yield Cover(word.page, _char_box(word, p0 - a, p1 - a, b - a), kind)


def _char_box(word: Word, start: int, end: int, length: int) -> Box:
    """Characters `start`..`end` of a `length`-character word, by their estimated widths."""
    text = word.text.ljust(length)[:length]
    widths = [NARROW_WIDTH if ch in NARROW_CHARS else 1.0 for ch in text]
    unit = word.box.width / max(sum(widths), 1e-6)

    def at(index: float) -> float:
        whole = int(index)
        part = (index - whole) * (widths[whole] if whole < length else 0.0)
        return word.box.x0 + unit * (sum(widths[:whole]) + part)

    x0 = at(max(0.0, start - CUT_MARGIN_CHARS)) + (COVER_PAD_POINTS + KEEP_GAP_POINTS if start > 0 else 0.0)
    x1 = at(min(float(length), end + CUT_MARGIN_CHARS)) - (COVER_PAD_POINTS + KEEP_GAP_POINTS if end < length
                                                          else 0.0)
    return Box(x0, word.box.top, max(x0, x1), word.box.bottom)
