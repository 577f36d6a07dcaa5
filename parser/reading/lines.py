"""Words into lines, lines into column segments, and page text that maps back to words, by position.

A letter's header is two columns side by side, so a printed line of the page can hold two unrelated runs of
words (the return address at left, "Date: ..." at right). Lines are found by vertical overlap; a line is then
cut into segments wherever the horizontal gap between two words is wider than a column gap. Labels and
values are read from segments, never from whole joined lines.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from functools import cached_property
from statistics import median

from parser.core.model import Box, Word

# Two words belong to one line when their vertical extents overlap by at least this share of the smaller.
LINE_OVERLAP = 0.5
# A run whose last word ends this far left of the next word can take no more words (points).
RUN_REACH = 80.0
# A horizontal gap wider than this many line heights separates two segments (columns, tab stops).
SEGMENT_GAP = 1.8
RUN_HEIGHT_WORDS = 5  # the words before a gap whose median height stands for the run's text height
# A word that ends a line with a hyphen and a lower-case word opening the next line are one word.
HYPHEN_BREAK = re.compile(r"[A-Za-z]-$")
# A heading: at most this many words, not ending in sentence punctuation or a joiner, ending this share of
# the next line's width short of it.
HEADING_MAX_WORDS = 8
HEADING_NOT_AFTER = ".,;:-!?"
HEADING_SHORTFALL = 0.4
ROW_WINDOW = 16  # a run of words looks for its line among this many lines made last
ROW_CELL_CHARS = 3  # letters and digits a segment needs to count as a table cell
# OCR can box a word over the words after it on its line ("States" boxed over "Tax Court:", a first name
# over the rest of the name). A word's box wider than this many line heights a character reaches over its
# neighbours: the words inside it still follow it on its line (no letter is that wide).
OVERREACH_WIDTH_PER_CHAR = 1.3
# Or wider per character than this many times the run's other words ("operation:" boxed over "Mon-Fri" on a
# photo: 10 points a character beside words of 4). No word of a line is twice as wide per letter as its
# neighbours, even all capitals beside lower case.
OVERREACH_RELATIVE = 2.0


def middle_band(boxes: Sequence[Box], x0: float, x1: float) -> Box:
    """From `x0` to `x1`, between the boxes' middle top and middle bottom: the rows of the line they stand
    on, whatever a speck or a blur did to one box's height."""
    return Box(x0, median(b.top for b in boxes), x1, median(b.bottom for b in boxes))


def moved(word: Word, dx: float, dy: float) -> Word:
    """The word with its box moved by (dx, dy) points: a crop's reading set back in place on its page."""
    box = word.box
    return dataclasses.replace(word, box=Box(box.x0 + dx, box.top + dy, box.x1 + dx, box.bottom + dy))


def union_box(words: Iterable[Word]) -> Box:
    boxes = [w.box for w in words]
    if not boxes:
        raise ValueError("union_box needs at least one word")
    box = boxes[0]
    for other in boxes[1:]:
        box = box.union(other)
    return box


class _WordRun:
    """What a run of words left to right knows of itself: its box, its text, its typical word height."""

    words: tuple[Word, ...]

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
class Segment(_WordRun):
    """A run of words on one line with no column gap inside: one cell of the page's layout."""

    page: int
    words: tuple[Word, ...]  # left to right
    line_index: int  # index of its line on the page (top to bottom)


@dataclass(frozen=True)
class Line(_WordRun):
    """Words whose vertical extents overlap: one printed line across the whole page width."""

    page: int
    index: int
    words: tuple[Word, ...]  # left to right
    segments: tuple[Segment, ...]


def group_lines(words: Iterable[Word]) -> tuple[Line, ...]:
    """The page's lines, top to bottom, each with its words left to right and cut into segments.

    Words are first chained left to right into runs (each word joins the run whose last word it sits
    beside: close, and overlapping it vertically), so a slightly tilted line or a column printed a little
    higher than its neighbour stays whole. Runs that overlap vertically then form the page's lines.
    """
    runs: list[list[Word]] = []
    active: list[list[Word]] = []  # runs a later word can still extend
    # Each run's text height, kept as the run grows: it is asked for every word beside the run.
    heights: dict[int, float] = {}
    printed = [w for w in words if w.text.strip()]
    char_widths = _char_widths(printed)
    for word in sorted(printed, key=lambda w: (w.page, w.box.x0)):
        active = [r for r in active if r[-1].page == word.page and r[-1].box.x1 >= word.box.x0 - RUN_REACH]
        run = _run_for(active, word, heights, char_widths.get(word.page, 0.0))
        if run is None:
            run = [word]
            runs.append(run)
            active.append(run)
        else:
            run.append(word)
        heights[id(run)] = _small_median([w.box.height for w in run[-RUN_HEIGHT_WORDS:]])
    # Each finished run's middle top, bottom and centre, worked out once (every later step asks for them).
    spans = {id(run): _RunSpan.of(run) for run in runs}
    rows: list[list[list[Word]]] = []
    # Runs of words first, then specks (a speck's thin line must not become the line that a tall OCR box
    # of a value joins, away from its label); specks then join any line of their page.
    for run in sorted(runs, key=lambda r: (not spans[id(r)].has_text, r[0].page, spans[id(r)].centre)):
        span = spans[id(run)]
        row = _row_for(rows if not span.has_text else rows[-ROW_WINDOW:], run, spans)
        if row is None:
            rows.append([run])
        else:
            row.append(run)
    lines: list[Line] = []
    index_by_page: dict[int, int] = {}
    def row_order(row: list[list[Word]]) -> tuple[int, float]:
        return row[0][0].page, _small_median([spans[id(run)].centre for run in row])

    for row in sorted(rows, key=row_order):
        page = row[0][0].page
        index = index_by_page.get(page, 0)
        index_by_page[page] = index + 1
        ordered = sorted(row, key=lambda run: run[0].box.x0)
        segments = tuple(Segment(page=page, words=tuple(run), line_index=index) for run in ordered)
        line_words = tuple(sorted((w for run in ordered for w in run), key=lambda w: w.box.x0))
        lines.append(Line(page=page, index=index, words=line_words, segments=segments))
    return tuple(lines)


def _centre(box: Box) -> float:
    return (box.top + box.bottom) / 2


def _small_median(values: list[float]) -> float:
    """statistics.median of a short list, without its overhead (group_lines asks tens of thousands)."""
    ordered = sorted(values)
    middle = len(ordered) // 2
    if len(ordered) % 2:
        return ordered[middle]
    return (ordered[middle - 1] + ordered[middle]) / 2


@dataclass(frozen=True)
class _RunSpan:
    """A finished run's middle top, bottom and centre (medians over its words) and whether it has text."""

    top: float
    bottom: float
    centre: float
    has_text: bool

    @classmethod
    def of(cls, run: list[Word]) -> _RunSpan:
        return cls(_small_median([w.box.top for w in run]), _small_median([w.box.bottom for w in run]),
                   _small_median([_centre(w.box) for w in run]), _has_text(run))


def overlap_share(top: float, bottom: float, box: Box) -> float:
    """How much of the shorter of the band from `top` to `bottom` and `box`'s rows the two share (0 to 1)."""
    overlap = min(bottom, box.bottom) - max(top, box.top)
    smaller = min(bottom - top, box.height) or 1.0
    return overlap / smaller


def _char_widths(words: list[Word]) -> dict[int, float]:
    """Each page's median width of a character, over its words of three characters or more."""
    widths: dict[int, list[float]] = {}
    for word in words:
        if len(word.text) >= 3:
            widths.setdefault(word.page, []).append(word.box.width / len(word.text))
    return {page: median(values) for page, values in widths.items()}


def _run_for(runs: list[list[Word]], word: Word, heights: dict[int, float], char_width: float
             ) -> list[Word] | None:
    """The run whose last word the word follows on the same printed line, if any (`heights`: each run's
    median word height over its last RUN_HEIGHT_WORDS words; `char_width`: the page's median width of a
    character)."""
    best: list[Word] | None = None
    best_key = (LINE_OVERLAP, 0.0)
    word_box = word.box
    word_top, word_bottom, word_height = word_box.top, word_box.bottom, word_box.height
    for run in runs:
        last = run[-1].box
        # Most runs beside a word are other lines of the page: the vertical test comes first, and is
        # overlap_share(last.top, last.bottom, word_box) written out (it runs for every word and run).
        share = (min(last.bottom, word_bottom) - max(last.top, word_top)) / (
            min(last.bottom - last.top, word_height) or 1.0)
        if share < LINE_OVERLAP:
            continue
        # The gap is weighed against the run's text height, not its last word's box: "a.m." or a dash has no
        # ascender, and against its short box a word space read as a column gap ("7:30 a.m.  - 4:00 p.m.").
        height = max(heights[id(run)], last.height, word_height)
        gap = word_box.x0 - last.x1
        if _inside_overreaching(run, word, heights[id(run)], char_width) or _boxed_in_end_of(last, word):
            gap = 0.0
        # OCR boxes of neighbouring words can overlap; the word must still reach further right.
        elif gap > SEGMENT_GAP * height or word_box.x1 <= last.x1 or gap < -0.5 * last.width:
            continue
        key = (share, -gap)
        if key > best_key:
            best, best_key = run, key
    return best


def _boxed_in_end_of(box: Box, word: Word) -> bool:
    """Whether `word` (with a letter or digit) lies inside the right half of `box`: OCR boxed the word before
    it over its glyphs, a little ("currently" over "not" of "currently not collectible" on a tilted line,
    own seed 6324 0056; "Desmond" over the initial of "Desmond H Pettigrew"). It follows that word; a word
    inside the left half of a box is not after it."""
    return ((box.x0 + box.x1) / 2 < word.box.x0 and word.box.x1 <= box.x1
            and any(c.isalnum() for c in word.text))


def _inside_overreaching(run: list[Word], word: Word, height: float, char_width: float) -> bool:
    """Whether `word` (a word with a letter or digit) starts inside the box of the run's last word, and that
    box is too wide for its text (for the line's height, or beside the run's other words, or the page's
    when the run has too few): OCR boxed the last word over the words after it."""
    last = run[-1]
    box = last.box
    if not (box.x0 < word.box.x0 < box.x1 and word.box.x1 <= box.x1 and any(c.isalnum() for c in word.text)):
        return False
    if box.width > OVERREACH_WIDTH_PER_CHAR * max(height, 1.0) * len(last.text):
        return True
    others = [w.box.width / len(w.text) for w in run[-RUN_HEIGHT_WORDS:-1] if len(w.text) >= 2]
    reference = median(others) if len(others) >= 2 else char_width
    return reference > 0 and box.width > OVERREACH_RELATIVE * reference * len(last.text)


def _row_for(rows: list[list[list[Word]]], run: list[Word],
             spans: dict[int, _RunSpan]) -> list[list[Word]] | None:
    """The line a run belongs to: the one it overlaps most vertically (runs arrive sorted by centre). Of
    lines it overlaps by the same share, the one it overlaps over more points: a speck's thin line above a
    label must not take the tall OCR box of the value beside that label."""
    best: list[list[Word]] | None = None
    best_key = (LINE_OVERLAP, 0.0)
    span = spans[id(run)]
    top, bottom = span.top, span.bottom
    run_box = Box(run[0].box.x0, top, run[-1].box.x1, bottom)
    for row in reversed(rows):
        if row[0][0].page != run[0].page:
            continue
        row_top = _small_median([spans[id(r)].top for r in row])
        row_bottom = _small_median([spans[id(r)].bottom for r in row])
        share = overlap_share(row_top, row_bottom, run_box)
        key = (round(share, 3), min(row_bottom, bottom) - max(row_top, top))
        if key >= best_key and not any(
                _overlaps_horizontally(r, run) for r in row if spans[id(r)].has_text and span.has_text):
            best, best_key = row, key
    return best


def _has_text(run: list[Word]) -> bool:
    """Whether a run holds a letter or digit: a run of specks (a table rule read as ":") blocks no line."""
    return any(ch.isalnum() for w in run for ch in w.text)


def _overlaps_horizontally(first: list[Word], second: list[Word]) -> bool:
    return first[0].box.x0 < second[-1].box.x1 and second[0].box.x0 < first[-1].box.x1


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
            elif word is line.words[-1] and (_heading(line, following) or _row(line) or _row(following)):
                glue = "\n"  # a heading ("Lien and levy") or a table row is no part of a sentence around it
            parts.append(token)
            spans.append((position, position + len(token), word))
            position += len(token)
    return PageText(page=lines[0].page, text="".join(parts), spans=tuple(spans))


def _heading(line: Line, following: Line | None) -> bool:
    """A short line with no closing punctuation over a line that opens with a capital and runs on much
    further right: a heading over its paragraph, not the first line of a sentence."""
    if following is None or following.page != line.page or len(line.words) > HEADING_MAX_WORDS:
        return False
    last, first = line.words[-1].text, following.words[0].text
    if last[-1:] in HEADING_NOT_AFTER or not first[:1].isupper():
        return False
    return line.box.x1 < following.box.x1 - HEADING_SHORTFALL * following.box.width


def _row(line: Line | None) -> bool:
    """A line of two or more cells that hold words (a table row, "Proposed levy    Not sustained"); a speck
    far from the text is no cell."""
    if line is None:
        return False
    cells = [s for s in line.segments if sum(ch.isalnum() for ch in s.text) >= ROW_CELL_CHARS]
    return len(cells) >= 2


def _breaks_word(word: Word, following: Line | None) -> bool:
    return (
        following is not None
        and following.page == word.page
        and bool(HYPHEN_BREAK.search(word.text))
        and following.words[0].text[:1].islower()
    )
