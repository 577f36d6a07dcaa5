"""Where each label's value stands: beside it on the same line, or on the line below it, by position.

The header of an Appeals letter is two columns, and a label's value may follow it on the same line (after a
space or a tab stop) or sit on the next line under it ("Person to contact:" / "Maria Gonzalez"). Values are
found in the label's own column only; another label always ends a value.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import TypeVar

from parser.core.model import PageView, Word
from parser.facts.labels import LabelMatch, find_labels
from parser.reading.lines import Line, Segment

SALUTATION = re.compile(r"^(dear|to whom)\b", re.IGNORECASE)
# Without a salutation, page 1's header is taken to end this far down the page.
HEADER_SHARE_WITHOUT_SALUTATION = 0.5
# The top of later pages may repeat the header (continuation pages).
CONTINUATION_SHARE = 0.25
# A value below its label starts within this many line heights under it.
BELOW_GAP = 1.6
# ... and no further left of the label than this many line heights.
BELOW_LEFT_SLACK = 2.0
# A label whose first word OCR garbled ("one ID Number:", "Employée" split off "ID Number:") starts at that
# word: a word of at most this many characters just before the label, within this many line heights.
DAMAGED_HEAD_CHARS = 10
DAMAGED_HEAD_GAP = 1.5
MAX_FOLLOWING_LINES = 8
# No value is a single character: one alone a tab stop from its label is a speck.
MIN_VALUE_CHARS = 2
# A colon or speck of the label's own end may stand just left of its end (points).
LEVEL_OVERLAP = 2.0
# A line continuing a value starts within this many line heights of the value's left edge.
FOLLOWING_ALIGN = 3.0
# ... or ends within this many line heights of the value's right edge (a column of dates of one width).
RIGHT_ALIGN = 1.0
# What a scan glues after a value's last character that is not part of it.
TRAILING_SPECKS = ".,;:'’‘`\"*°"
# Letters a segment ending in a colon needs to be a label ("Received:"), not a speck read as ":".
OTHER_LABEL_LETTERS = 3
# A value line ending so goes on in the next line ("12/31/2018," / "12/31/2019").
CONTINUED = re.compile(r"(?:[,;&]|\band)$", re.IGNORECASE)

Zone = str  # "header" (page 1 above the salutation) | "continuation" (top of a later page) | "body"


@dataclass(frozen=True)
class ValueSpot:
    """A label and the words that stand where its value should be."""

    label: LabelMatch
    words: tuple[Word, ...]
    below: bool  # the value was on the line under the label
    zone: Zone
    following: tuple[tuple[Word, ...], ...] = ()  # further lines under the value in the same column
    # The line under a label whose beside words hold no digit (the rest of a garbled label, "ID Naber"):
    # a field whose value the beside words are not may take it from here, flagged.
    fallback: bool = False
    # The value's line and each following line as printed: with the punctuation-only words the trim took
    # off their ends put back. A value run over lines may be joined there ("7:30 a.m." / "- 4:00 p.m.").
    printed: tuple[tuple[Word, ...], ...] = ()


@dataclass(frozen=True)
class PageLayout:
    page: PageView
    lines: tuple[Line, ...]
    header_bottom: float  # points from the top: the end of the header (page 1) or continuation zone
    first: bool = False  # the letter's first page (after any fax cover sheet): its top is the header

    def zone_of(self, top: float) -> Zone:
        if top >= self.header_bottom:
            return "body"
        return "header" if self.first else "continuation"

    def header_lines(self) -> list[Line]:
        """The lines of the first page's header, top to bottom (none on a later page)."""
        return [line for line in self.lines if self.zone_of(line.box.top) == "header"]


def header_label(layout: PageLayout, field: str) -> LabelMatch | None:
    """The best-scored label of `field` in the page's header, if the page's OCR read one."""
    labels = [m for m in find_labels(layout.lines)
              if m.field == field and layout.zone_of(m.box.top) == "header"]
    return max(labels, key=lambda m: m.score) if labels else None


Found = TypeVar("Found")


def lone_cell(layout: PageLayout, read: Callable[[Segment], tuple[str, Found] | None]
              ) -> tuple[str, Found] | None:
    """The one value the header's cells give when each is read with `read` (a value and what to keep of the
    first cell giving it), however many cells give it; None where no cell gives one, or two give different
    ones (nothing on the page says which)."""
    found: dict[str, Found] = {}
    for line in layout.header_lines():
        for segment in line.segments:
            got = read(segment)
            if got is not None:
                found.setdefault(*got)
    return next(iter(found.items())) if len(found) == 1 else None


def layout_of(page: PageView, lines: Sequence[Line], *, first: bool) -> PageLayout:
    """The page's lines and where its header (first page) or continuation zone ends."""
    if first:
        salutations = [ln.box.top for ln in lines if any(SALUTATION.match(s.text) for s in ln.segments)]
        bottom = min(salutations) if salutations else page.height * HEADER_SHARE_WITHOUT_SALUTATION
    else:
        bottom = page.height * CONTINUATION_SHARE
    return PageLayout(page=page, lines=tuple(lines), header_bottom=bottom, first=first)


def cover_layout(page: PageView, lines: Sequence[Line]) -> PageLayout:
    """A fax cover sheet's page: all of it body, so none of its values are taken for the letter's."""
    return PageLayout(page=page, lines=tuple(lines), header_bottom=0.0)

def value_spots(layout: PageLayout, labels: Sequence[LabelMatch]) -> tuple[ValueSpot, ...]:
    """For every label on the page, the words of its value (beside it, else below it)."""
    label_words = {id(w) for label in labels for w in label.words}
    label_starts = {id(label.words[0]) for label in labels}
    segments = [s for line in layout.lines for s in line.segments]
    as_printed = _Printed(segments, label_words)
    spots: list[ValueSpot] = []
    for label in labels:
        zone = layout.zone_of(label.box.top)
        column = Column(left=_column_left(label, segments), segments=segments, label_starts=label_starts)
        beside = (_beside(label, layout, label_starts, label_words)
                  or _beside_first_line(label, layout, label_starts, label_words)
                  or _beside_on_next_line(label, layout, label_starts, label_words)
                  or _beside_on_line_above(label, layout, label_starts, label_words))
        if beside:
            following = following_lines(beside, column)
            spots.append(ValueSpot(label=label, words=beside, below=False, zone=zone, following=following,
                                   printed=as_printed(beside, following)))
            under = () if any(ch.isdigit() for w in beside for ch in w.text) else _below(
                label, segments, label_starts)
            if under:
                following = following_lines(under, column)
                spots.append(ValueSpot(label=label, words=under, below=True, zone=zone, following=following,
                                       fallback=True, printed=as_printed(under, following)))
            continue
        below = _below(label, segments, label_starts)
        if below:
            following = following_lines(below, column)
            spots.append(ValueSpot(label=label, words=below, below=True, zone=zone, following=following,
                                   printed=as_printed(below, following)))
            continue
        colon_ended = _colon_ended_beside(label, layout, label_starts)
        if colon_ended:
            spots.append(ValueSpot(label=label, words=colon_ended, below=False, zone=zone, fallback=True))
    return tuple(spots)


def _colon_ended_beside(label: LabelMatch, layout: PageLayout, label_starts: set[int]) -> tuple[Word, ...]:
    """The words beside a colon-ended label that end in a colon themselves, when nothing else can be its
    value: a speck at a value's end read as a colon ("Imelda Tremblay:") makes it look like another
    label. Taken only as a fallback, so the value is flagged."""
    segment = label.segment
    if not label.colon or segment.words[label.end:]:
        return ()
    line = next(ln for ln in layout.lines if ln.index == segment.line_index)
    later = next((s for s in line.segments if s.box.x0 > segment.box.x1), None)
    if later is None or not _other_label(later) or any(id(w) in label_starts for w in later.words):
        return ()
    return _until_label(later.words, label_starts)


def _until_label(words: Sequence[Word], label_starts: set[int], label_words: set[int] | None = None
                 ) -> tuple[Word, ...]:
    taken: list[Word] = []
    for word in words:
        if id(word) in label_starts or (label_words is not None and id(word) in label_words):
            break
        taken.append(word)
    # Specks and rules that OCR reads as punctuation are no part of a value: trimmed at its ends. Inside
    # it they stay, for the field's reader to judge (a joiner, or a damaged letter).
    while taken and not _has_alnum(taken[0]):
        taken.pop(0)
    while taken and not _has_alnum(taken[-1]):
        taken.pop()
    return tuple(taken)


def _has_alnum(word: Word) -> bool:
    return any(ch.isalnum() for ch in word.text)


class _Printed:
    """Value lines as printed: each line's trimmed words with the punctuation-only words that stood right
    before and after them in their segments (up to a label's word) put back."""

    def __init__(self, segments: Sequence[Segment], label_words: set[int]) -> None:
        self._place = {id(w): (s.words, i) for s in segments for i, w in enumerate(s.words)}
        self._label_words = label_words

    def __call__(self, value: Sequence[Word], following: Sequence[Sequence[Word]]
                 ) -> tuple[tuple[Word, ...], ...]:
        return tuple(self._line(line) for line in (value, *following))

    def _line(self, words: Sequence[Word]) -> tuple[Word, ...]:
        if not words or id(words[0]) not in self._place or id(words[-1]) not in self._place:
            return tuple(words)
        (first_segment, start), (last_segment, end) = self._place[id(words[0])], self._place[id(words[-1])]
        lead = self._punctuation(reversed(first_segment[:start]))[::-1]
        tail = self._punctuation(last_segment[end + 1:])
        return (*lead, *words, *tail)

    def _punctuation(self, words: Iterable[Word]) -> tuple[Word, ...]:
        taken: list[Word] = []
        for word in words:
            if _has_alnum(word) or id(word) in self._label_words:
                break
            taken.append(word)
        return tuple(taken)


def _beside(label: LabelMatch, layout: PageLayout, label_starts: set[int], label_words: set[int]
            ) -> tuple[Word, ...]:
    """The rest of the label's segment; if the label ends it, the next segment on the line (a tab stop)."""
    segment = label.segment
    rest = _until_label(segment.words[label.end:], label_starts, label_words)
    if rest:
        return rest
    if any(id(w) in label_starts for w in segment.words[label.end:]):
        return ()  # another label follows on the same segment: this one's value is not beside it
    line = next(ln for ln in layout.lines if ln.index == segment.line_index)
    for later in (s for s in line.segments if s.box.x0 > segment.box.x1):
        if any(id(w) in label_starts for w in later.words[:1]) or _other_label(later):
            return ()
        words = _until_label(later.words, label_starts, label_words)
        # A speck a tab stop away ("7", "*") is no value: the value is further on, or under the label.
        if sum(ch.isalnum() for w in words for ch in w.text) >= MIN_VALUE_CHARS:
            return words
    return ()


def _beside_first_line(label: LabelMatch, layout: PageLayout, label_starts: set[int], label_words: set[int]
                       ) -> tuple[Word, ...]:
    """For a label wrapped over two lines with nothing beside its last line, the value beside its first line
    ("Employee Identification   2710834" over "Number:")."""
    # Its first line's words are those not on the segment of its last (a speck or a blur can box them
    # down past that segment's top: "Identification" to 168 over "lamer:" from 165, apart 9041 0016).
    lower = {id(w) for w in label.segment.words}
    head = [w for w in label.words if id(w) not in lower]
    if not head:
        return ()
    last = head[-1]
    line = next((ln for ln in layout.lines if any(w is last for s in ln.segments for w in s.words)), None)
    if line is None:
        return ()
    after = [w for s in line.segments for w in s.words if w.box.x0 > last.box.x1]
    words = _until_label(after, label_starts, label_words)
    return words if sum(ch.isalnum() for w in words for ch in w.text) >= MIN_VALUE_CHARS else ()


def _beside_on_next_line(label: LabelMatch, layout: PageLayout, label_starts: set[int], label_words: set[int]
                         ) -> tuple[Word, ...]:
    """A value the OCR put on a line of its own though it stands beside the label: the next line holds it
    alone, right of the label's end and within the label's height ("Tel:" boxed 160-172 over a cell's
    rule, "1-385-259-0198" at 166-172: apart 9041 0075). Never a next row's value: that line holds
    nothing at or left of the label's end, and starts within the label's box."""
    segment = label.segment
    following = next((ln for ln in layout.lines if ln.index == segment.line_index + 1), None)
    if following is None or not following.segments:
        return ()
    first = following.segments[0]
    if first.box.x0 <= segment.box.x1 or not segment.box.top <= first.box.top < label.box.bottom:
        return ()
    if any(id(w) in label_starts for w in first.words[:1]) or _other_label(first):
        return ()
    words = _until_label(first.words, label_starts, label_words)
    return words if sum(ch.isalnum() for w in words for ch in w.text) >= MIN_VALUE_CHARS else ()


def _beside_on_line_above(label: LabelMatch, layout: PageLayout, label_starts: set[int],
                          label_words: set[int]) -> tuple[Word, ...]:
    """A value the OCR put on the line before the label's though it stands beside the label: a stamp's
    words level with the label, left of it, can shift the lines' grouping (": Rajesh Brannigan" at 132-139
    a line above "Contact person:" at 132-139, a receipt stamp's date left of both: apart 9088 0044, a
    Courier scan). Only words right of the label's end whose middles lie within the label's height: a row
    above has its own."""
    segment = label.segment
    above = next((ln for ln in layout.lines if ln.index == segment.line_index - 1), None)
    if above is None:
        return ()
    level = [w for s in above.segments for w in s.words if w.box.x0 >= segment.box.x1 - LEVEL_OVERLAP
             and label.box.top <= (w.box.top + w.box.bottom) / 2 <= label.box.bottom]
    if not level or any(w.box.x1 <= segment.box.x1 and _has_alnum(w) for w in level):
        return ()
    words = _until_label(level, label_starts, label_words)
    return words if sum(ch.isalnum() for w in words for ch in w.text) >= MIN_VALUE_CHARS else ()


def _other_label(segment: Segment) -> bool:
    """A segment of words ending in a colon, with no digit: a label of something else ("Conference Held:"),
    never a value. A speck read as ":" is none."""
    text = segment.text.rstrip()
    return (text.endswith(":") and not any(ch.isdigit() for ch in text)
            and sum(ch.isalpha() for ch in text) >= OTHER_LABEL_LETTERS)


def _below(label: LabelMatch, segments: Sequence[Segment], label_starts: set[int]) -> tuple[Word, ...]:
    """The segment right under the label, in its column."""
    height = label.segment.height
    box = label.box
    left = _column_left(label, segments)
    candidates = [
        s for s in segments
        if s.box.top > box.top + height * 0.5
        and s.box.top - box.bottom <= BELOW_GAP * height
        and (left - BELOW_LEFT_SLACK * height <= s.box.x0 <= box.x1 + height
             # a right-aligned column: "Date" at the right margin, "SEPTEMBER 22 2022" ending under it
             or (abs(_inked_right(s) - box.x1) <= RIGHT_ALIGN * height and s.box.x0 < box.x0))
        and id(s.words[0]) not in label_starts
        and not _specks_only(s)
    ]
    if not candidates:
        return ()
    nearest = min(candidates, key=lambda s: (s.box.top, abs(s.box.x0 - box.x0)))
    # A value OCR split into segments at wide gaps (a monospaced "Jan.   15,   2024" under its label) is the
    # candidates of the nearest one's line, left to right, up to the next label.
    on_its_line = [s for s in candidates if s.page == nearest.page and s.line_index == nearest.line_index]
    same_line = sorted(on_its_line, key=lambda s: s.box.x0)
    return _until_label([w for s in same_line for w in s.words], label_starts)


def _specks_only(segment: Segment) -> bool:
    """A segment of fewer than MIN_VALUE_CHARS letters and digits (a fax's specks read as "," or ". '"):
    never the value under a label, which may stand a line further down (own seed 6317 0021)."""
    return sum(ch.isalnum() for ch in segment.text) < MIN_VALUE_CHARS


def _inked_right(segment: Segment) -> float:
    """Where a segment's text ends: a trailing speck a scan left after it ("October 31, 2024 .") is not the
    value's right edge, nor is one OCR glued to its last word ("2024.": the word's box is cut back by the
    share of its characters the speck takes, apart seed 9016, 0016)."""
    inked = [w for w in segment.words if any(ch.isalnum() for ch in w.text)]
    if not inked:
        return segment.box.x1
    last = max(inked, key=lambda w: w.box.x1)
    kept = len(last.text.rstrip(TRAILING_SPECKS))
    glued = last.box.x0 + (last.box.x1 - last.box.x0) * kept / max(len(last.text), 1)
    return max([w.box.x1 for w in inked if w is not last] + [glued])


def _column_left(label: LabelMatch, segments: Sequence[Segment]) -> float:
    """Where the label's column starts: at the label, or at a garbled first word of it just before."""
    height = label.segment.height
    words = [w for s in segments if s.page == label.segment.page and s.line_index == label.segment.line_index
             for w in s.words]
    before = [w for w in words if w.box.x1 <= label.box.x0 + 0.5]
    if not before:
        return label.box.x0
    head = max(before, key=lambda w: w.box.x1)
    near = label.box.x0 - head.box.x1 <= DAMAGED_HEAD_GAP * height
    if near and len(head.text) <= DAMAGED_HEAD_CHARS and head.text[:1].isalpha():
        return head.box.x0
    return label.box.x0


@dataclass(frozen=True)
class Column:
    """A label's column: where it starts on the page, and the page's segments and label starts."""

    left: float
    segments: Sequence[Segment]
    label_starts: set[int]


def following_lines(value: Sequence[Word], column: Column) -> tuple[tuple[Word, ...], ...]:
    """Lines under a value that continue it in the same column (a list of tax periods). A line ending in a
    comma or "and" goes on in the next line even where that starts back under the label."""
    segments, label_starts = column.segments, column.label_starts
    lines: list[tuple[Word, ...]] = []
    last = value
    for _ in range(MAX_FOLLOWING_LINES):
        top, bottom, x0 = min(w.box.top for w in last), max(w.box.bottom for w in last), last[0].box.x0
        x1 = last[-1].box.x1
        height = bottom - top
        left = x0 - FOLLOWING_ALIGN * height
        if CONTINUED.search(last[-1].text):
            left = min(left, column.left - BELOW_LEFT_SLACK * height)
        # Lower by its middle, not its top: a stamp's ink can box a word of the next line from the last
        # line's middle down ("31," and "2021" at 102-120 under a period at 99-106: apart 9090 0016).
        candidates = [
            s for s in segments
            if (s.box.top + s.box.bottom) / 2 > (top + bottom) / 2 + height * 0.5
            and s.box.top - bottom <= BELOW_GAP * height
            and (left <= s.box.x0 <= x0 + FOLLOWING_ALIGN * height
                 or abs(s.box.x1 - x1) <= RIGHT_ALIGN * height)  # a speck widened the line's first box
            and any(_has_alnum(w) for w in s.words)
        ]
        if not candidates:
            break
        nearest = min(candidates, key=lambda s: (s.box.top, abs(s.box.x0 - x0)))
        if _labelled_in_column(nearest, column, height):
            break  # the next line belongs to another label
        words = _until_label(nearest.words, label_starts)
        if not words:
            break
        lines.append(words)
        last = words
    return tuple(lines)


def _labelled_in_column(segment: Segment, column: Column, height: float) -> bool:
    """Whether the segment, or one before it on its line in the label's column, is a label (one of the
    page's, or words ending in a colon). A label further left is another column's ("Date:" in the return
    address block beside a list of tax periods)."""
    reach = column.left - BELOW_LEFT_SLACK * height
    return any(
        s.page == segment.page and s.line_index == segment.line_index and reach <= s.box.x0 <= segment.box.x0
        and (id(s.words[0]) in column.label_starts or _other_label(s)
             or (s.box.x0 <= column.left + BELOW_LEFT_SLACK * height and _opens_with_label(s)))
        for s in column.segments)


# A segment opening with words and a colon, its value after them, where the label's own column starts:
# "Refer reply to: AP:FE: HOU:JMB", a label the vocabulary does not know, with a speck level with it read
# "ns" under a period (apart 9092 0076). In the value's column such words may be the value's own
# ("Monday-Friday: 8 a.m. ...").
OPENING_LABEL = re.compile(r"^(?P<label>[A-Za-z][A-Za-z ()'/-]*[A-Za-z)]):\s")


def _opens_with_label(segment: Segment) -> bool:
    """Whether a segment opens with another label's words and colon (OPENING_LABEL), its value after them."""
    opening = OPENING_LABEL.match(segment.text)
    return opening is not None and sum(ch.isalpha() for ch in opening["label"]) >= OTHER_LABEL_LETTERS
