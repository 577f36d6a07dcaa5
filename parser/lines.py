"""Words into lines, lines into column segments, and page text that maps back to words, by position.

A letter's header is two columns side by side, so a printed line of the page can hold two unrelated runs of
words (the return address at left, "Date: ..." at right). Lines are found by vertical overlap; a line is then
cut into segments wherever the horizontal gap between two words is wider than a column gap. Labels and
values are read from segments, never from whole joined lines.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from functools import cached_property
from statistics import median

from parser.model import Box, Word

# Two words belong to one line when their vertical extents overlap by at least this share of the smaller.
LINE_OVERLAP = 0.5
# ... or, when the line's words are all in another column, by at least this share.
FAR_LINE_OVERLAP = 0.65
# Words closer than this many heights side by side are in the same column.
NEAR_WORDS = 3.0
# A horizontal gap wider than this many line heights separates two segments (columns, tab stops).
SEGMENT_GAP = 1.8
# A word that ends a line with a hyphen and a lower-case word opening the next line are one word.
HYPHEN_BREAK = re.compile(r"[A-Za-z]-$")


def union_box(words: Iterable[Word]) -> Box:
    boxes = [w.box for w in words]
    if not boxes:
        raise ValueError("union_box needs at least one word")
    box = boxes[0]
    for other in boxes[1:]:
        box = box.union(other)
    return box


@dataclass(frozen=True)
class Segment:
    """A run of words on one line with no column gap inside: one cell of the page's layout."""

    page: int
    words: tuple[Word, ...]  # left to right
    line_index: int  # index of its line on the page (top to bottom)

    @cached_property
    def box(self) -> Box:
        return union_box(self.words)

    @property
    def text(self) -> str:
        return " ".join(w.text for w in self.words)

    @cached_property
    def height(self) -> float:
        return median(w.box.height for w in self.words)


@dataclass(frozen=True)
class Line:
    """Words whose vertical extents overlap: one printed line across the whole page width."""

    page: int
    index: int
    words: tuple[Word, ...]  # left to right
    segments: tuple[Segment, ...]

    @cached_property
    def box(self) -> Box:
        return union_box(self.words)

    @property
    def text(self) -> str:
        return " ".join(w.text for w in self.words)

    @cached_property
    def height(self) -> float:
        return median(w.box.height for w in self.words)


def group_lines(words: Iterable[Word]) -> tuple[Line, ...]:
    """The page's lines, top to bottom, each with its words left to right and cut into segments."""
    ordered = sorted((w for w in words if w.text.strip()), key=lambda w: (w.page, _centre(w.box)))
    rows: list[list[Word]] = []
    for word in ordered:
        row = _best_row(rows, word)
        if row is None:
            rows.append([word])
        else:
            row.append(word)
    rows.sort(key=lambda r: (r[0].page, median(_centre(w.box) for w in r)))
    lines: list[Line] = []
    index_by_page: dict[int, int] = {}
    for row in rows:
        page = row[0].page
        index = index_by_page.get(page, 0)
        index_by_page[page] = index + 1
        row_words = tuple(sorted(row, key=lambda w: w.box.x0))
        segments = _segments(row_words, page, index)
        lines.append(Line(page=page, index=index, words=row_words, segments=segments))
    return tuple(lines)


def _centre(box: Box) -> float:
    return (box.top + box.bottom) / 2


def _best_row(rows: list[list[Word]], word: Word) -> list[Word] | None:
    """The open row the word overlaps most (rows near the end only: words arrive sorted by centre).

    The overlap is measured against the row's words near the word when it has any (a line of the same
    column); a row whose words are all far away (another column) must overlap more to take the word.
    """
    best: list[Word] | None = None
    best_share = 0.0
    reach = NEAR_WORDS * word.box.height
    for row in reversed(rows[-16:]):
        if row[0].page != word.page or max(w.box.bottom for w in row) <= word.box.top:
            continue
        near = [w for w in row if w.box.x0 - word.box.x1 <= reach and word.box.x0 - w.box.x1 <= reach]
        reference = near or row
        top = median(w.box.top for w in reference)
        bottom = median(w.box.bottom for w in reference)
        overlap = min(bottom, word.box.bottom) - max(top, word.box.top)
        smaller = min(bottom - top, word.box.height) or 1.0
        share = overlap / smaller
        needed = LINE_OVERLAP if near else FAR_LINE_OVERLAP
        if share >= needed and share > best_share:
            best, best_share = row, share
    return best


def _segments(words: tuple[Word, ...], page: int, line_index: int) -> tuple[Segment, ...]:
    height = median(w.box.height for w in words)
    runs: list[list[Word]] = [[words[0]]]
    for previous, word in itertools.pairwise(words):
        if word.box.x0 - previous.box.x1 > SEGMENT_GAP * height:
            runs.append([word])
        else:
            runs[-1].append(word)
    return tuple(Segment(page=page, words=tuple(run), line_index=line_index) for run in runs)


@dataclass(frozen=True)
class PageText:
    """A page's words joined into one string, with the character span of every word, for phrase search."""

    page: int
    text: str
    spans: tuple[tuple[int, int, Word], ...]

    def words_between(self, start: int, end: int) -> tuple[Word, ...]:
        return tuple(w for s, e, w in self.spans if s < end and e > start)


def page_text(lines: Sequence[Line], normalise: Callable[[str], str] = str.lower) -> PageText:
    """The page read line by line, top to bottom; a word hyphenated across a line break is rejoined."""
    if not lines:
        return PageText(page=0, text="", spans=())
    parts: list[str] = []
    spans: list[tuple[int, int, Word]] = []
    position = 0
    glue = ""
    for number, line in enumerate(lines):
        following = lines[number + 1] if number + 1 < len(lines) else None
        for word in line.words:
            token = normalise(word.text)
            if parts:
                parts.append(glue)
                position += len(glue)
            glue = " "
            if word is line.words[-1] and _breaks_word(word, following):
                token, glue = token[:-1], ""
            parts.append(token)
            spans.append((position, position + len(token), word))
            position += len(token)
    return PageText(page=lines[0].page, text="".join(parts), spans=tuple(spans))


def _breaks_word(word: Word, following: Line | None) -> bool:
    return (
        following is not None
        and following.page == word.page
        and bool(HYPHEN_BREAK.search(word.text))
        and following.words[0].text[:1].islower()
    )
