"""The printed last day to petition the Tax Court, read wherever the letter prints it.

The generic label reader (labels.py, header.py) finds a label on one line, or two when the second ends in a
colon, and its value beside or under it. The last day is printed in more ways, by kind:

* a label wrapped over two or three lines of its column or cell ("Last Day to File a" / "Petition with the
  United States" / "Tax Court:"): the lines are joined before the label is matched;
* its value beside the label's last line, in the cell to the right of any of its lines (a ruled table), or
  in the line or cell below it (a label over its date);
* a sentence ("The last day to file your petition is March 4, 2025.", "Your petition must be filed by ...").

On a scan, a month name OCR split after its first letter ("J une") is joined again in the value, and a
date beside the label is also looked for by position, as OCR may box such a letter off its line.

Each finding is a ValueSpot like the generic ones, so it is read, scored and compared with them the same
way: two different dates for the label are flagged by field_facts.choose; a date alone is exact on a text
layer. Only a date that stands right where the label says is taken, never another date of the page.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from rapidfuzz.distance import Levenshtein

from parser.core.model import Word, scanned
from parser.facts import dates
from parser.facts.confidence import GARBLED_WORD_CONFIDENCE
from parser.facts.header import BELOW_GAP, BELOW_LEFT_SLACK, PageLayout, ValueSpot
from parser.facts.labels import COLON_CHARS, LABELS, LabelMatch, canonical, match_label, max_edits
from parser.reading.lines import SEGMENT_GAP, Segment, page_text

FIELD = "printed_last_day"
MAX_LABEL_LINES = 3
# A wrapped label's next line starts within this many line heights under the line above it ...
WRAP_GAP = 1.0
# ... with its left edge, or its centre (a centred cell), within this many line heights of the first line's.
WRAP_ALIGN = 1.5
# A label's text, canonical, is never longer than this (the longest spelling with OCR slack).
MAX_LABEL_CHARS = 80
# A cell right of the label is level with it: its centre within this many line heights of the label block.
RIGHT_SLACK = 0.5
# A word beside the label's last word has its centre within this many line heights of that word's box.
LEVEL_SLACK = 0.3
# A damaged first word of the label still opens it within this many edits (4 letters or more).
OPENING_EDITS = 1
OPENING_MIN_CHARS = 4
# Spellings this close count as equal when choosing between overlapping labels (as labels.CLOSE_MATCH).
CLOSE_MATCH = 0.85
# A scanned label that differs from every spelling even after OCR look-alikes are folded is garbled: it is
# scored no higher than this, so its date is checked by a person (a text layer's label is as printed).
GARBLED_LABEL_SCORE = 0.85
# A text is matched against the spellings only when it opens within a few edits of one: letters compared.
PREFIX_CHARS = 8
# A label word OCR read garbled (below confidence.GARBLED_WORD_CONFIDENCE: "File" read "48" at 43 through
# specks) lets the label differ from a spelling by GARBLED_WORD_EDITS more (about a short word's letters).
# The label is then garbled, so its date is scored as one (GARBLED_LABEL_SCORE) and checked by a person.
GARBLED_WORD_EDITS = 4
# What a ruled table's lines and a box's edges read as on a scan: marks inside a label, left out of it.
RULE_MARKS = frozenset("|[]_—–-=")
COLONS = frozenset(COLON_CHARS)  # a set: "" is in every string, never in a set of characters

# The sentence forms: a phrase that names the last day, right before the date. Named, and tested one by one.
_COURT = r"(?:\s+(?:with|in|to)\s+the\s+(?:united\s+states\s+|u\.\s?s\.\s+)?tax\s+court)?"
SENTENCE_FORMS: dict[str, re.Pattern[str]] = {
    # "The last day to file your petition (with the United States Tax Court) is March 4, 2025."
    "last day to file is": re.compile(
        r"\blast\s+(?:day|date)\s+(?:to|for)\s+(?:file|filing)\s+(?:a\s+|your\s+|the\s+)?(?:tax\s+court\s+)?"
        rf"petition{_COURT}\s+(?:is|was|will\s+be)\s+(?:on\s+)?"),
    # "The last day to petition (the Tax Court) is March 4, 2025."
    "last day to petition is": re.compile(
        r"\blast\s+(?:day|date)\s+to\s+petition(?:\s+the)?(?:\s+(?:united\s+states\s+|u\.\s?s\.\s+)?tax\s+"
        r"court)?\s+(?:is|was|will\s+be)\s+(?:on\s+)?"),
    # "Your petition must be filed (with the Tax Court) by March 4, 2025."
    "petition must be filed by": re.compile(
        rf"\bpetition\s+must\s+be\s+(?:filed|received){_COURT}\s+(?:by|on\s+or\s+before|no\s+later\s+than)\s+"),
}
# The word every sentence form holds (its start, as a line break may hyphenate the word).
SENTENCE_WORD = "peti"
# How far after a sentence form its date may end (characters): the date follows the phrase at once.
SENTENCE_DATE_CHARS = 40


# The end of a last-day label whose first line a scan's OCR lost ("Last Day to File a Petition with the" /
# "United States Tax Court:" in a ruled cell, only the second line read: apart 9025 0065), in a scanned
# header: with no last day found, the letter may print one there, and a person looks.
LABEL_TAIL = re.compile(r"\btax\s+court\s*[:;]\s*$", re.IGNORECASE)


def _openings() -> frozenset[str]:
    """The canonical first words of the last-day spellings ("last", "petition", "tax")."""
    return frozenset(canonical(variant.split()[0]) for variant in LABELS[FIELD])


OPENINGS = _openings()


@dataclass(frozen=True)
class WrappedLabel:
    """A last-day label and the lines (segments) it is printed on, top to bottom."""

    match: LabelMatch
    lines: tuple[Segment, ...]
    # Dates printed on the label's earlier lines right after its words, with no column gap between (a
    # ruled table's date cell set close to the label's cell): "Last Day to File a Petition with  February
    # 27, 2023" / "the U.S. Tax Court:".
    inline_dates: tuple[tuple[Word, ...], ...] = ()

    @property
    def top(self) -> float:
        return self.lines[0].box.top

    @property
    def bottom(self) -> float:
        return self.lines[-1].box.bottom

    @property
    def height(self) -> float:
        return self.lines[0].height


@dataclass(frozen=True)
class LastDayFindings:
    """What a page says of the last day: the spots of its dates, and whether it prints a last-day label
    (one ending in a colon) with no date read where the label says: a date the scan garbled ("October 257,
    2020"), which a person must then look for, never a day missed without a word."""

    spots: tuple[ValueSpot, ...]
    label_without_date: bool


def last_day_spots(layout: PageLayout, labels: Sequence[LabelMatch]) -> tuple[ValueSpot, ...]:
    """Where the page prints the last day: one spot per last-day label or sentence whose date stands where
    the label says. `labels` are the page's other labels: their words end a value."""
    return last_day_findings(layout, labels).spots


def last_day_findings(layout: PageLayout, labels: Sequence[LabelMatch]) -> LastDayFindings:
    """The page's last-day spots (as last_day_spots), and whether a last-day label stands without a date."""
    segments = [s for line in layout.lines for s in line.segments]
    found: list[ValueSpot] = []
    wrapped = wrapped_labels(segments)
    own = {id(w) for label in wrapped for w in label.match.words}
    stops = {id(label.words[0]) for label in labels} - own
    dateless = False
    for label in wrapped:
        spot = _value_spot(label, segments, stops, layout)
        if spot is not None:
            found.append(spot)
        dateless = dateless or (spot is None and (label.match.colon or (
            _cut_short_on_a_scan(label) and layout.zone_of(label.top) == "header")))
    found += sentence_spots(layout)
    tail = any(LABEL_TAIL.search(s.text) and layout.zone_of(s.box.top) == "header" for s in segments
               if s.words and s.words[0].method == "ocr")
    return LastDayFindings(spots=tuple(found), label_without_date=(dateless or tail) and not found)


def _cut_short_on_a_scan(label: WrappedLabel) -> bool:
    """Whether a scan garbled the label or lost its end, where its colon stands: "Last Day to File a Petition
    with the" over "Uso. stax COULGs", the date's line lost (apart 9066 0080, a Courier scan), or with no
    line after it read at all. No colon read then says nothing, and the date a person sees under the label
    was missed without a word."""
    if not scanned(label.match.words):
        return False
    text = canonical(" ".join(line.text for line in label.lines))
    unfinished = any(len(spelling) > len(text) and spelling.startswith(text)
                     for spelling in map(canonical, LABELS[FIELD]))
    return unfinished or label.match.score <= GARBLED_LABEL_SCORE


def wrapped_labels(segments: Sequence[Segment]) -> list[WrappedLabel]:
    """Every last-day label printed on one to MAX_LABEL_LINES lines of its column, at most one per word."""
    candidates: list[WrappedLabel] = []
    for first in segments:
        for start, word in enumerate(first.words):
            if _opens_label(word):
                hit = _label_from(first, start, segments)
                if hit is not None:
                    candidates.append(hit)
    chosen: list[WrappedLabel] = []
    taken: set[int] = set()
    for label in sorted(candidates, key=_rank, reverse=True):
        ids = {id(w) for w in label.match.words}
        if ids & taken:
            continue
        chosen.append(label)
        taken |= ids
    return chosen


def _rank(label: WrappedLabel) -> tuple[bool, float, int, float]:
    match = label.match
    return match.colon, min(round(match.score, 2), CLOSE_MATCH), len(canonical(match.variant)), match.score


def _opens_label(word: Word) -> bool:
    form = canonical(word.text)
    if form in OPENINGS:
        return True
    return len(form) >= OPENING_MIN_CHARS and any(
        Levenshtein.distance(form, opening) <= OPENING_EDITS for opening in OPENINGS
        if len(opening) >= OPENING_MIN_CHARS)


def _label_from(first: Segment, start: int, segments: Sequence[Segment]) -> WrappedLabel | None:
    """The best last-day label opening at `first.words[start]` and ending on that line or one of the next
    MAX_LABEL_LINES - 1 lines of its column. A label without a colon must open its segment."""
    lines = [first]
    best: WrappedLabel | None = None
    head: list[Word] = []
    inline: list[tuple[Word, ...]] = []
    while True:
        line = lines[-1]
        words = line.words[start:] if len(lines) == 1 else line.words
        offset = start if len(lines) == 1 else 0
        for end in range(1, len(words) + 1):
            window = [*head, *words[:end]]
            text = " ".join(w.text for w in window if not _rule_mark(w))
            form = canonical(text)
            if len(form) > MAX_LABEL_CHARS:
                break
            following = words[end] if end < len(words) else None
            colon = _colon_ended(words[end - 1], following)
            slack = GARBLED_WORD_EDITS * sum(_garbled(w) for w in window)
            if (not colon and start > 0) or not _near_a_spelling(form, slack):
                continue
            hit = match_label(text, colon=colon, slack=slack)
            if hit is None or hit[0] != FIELD:
                continue
            lone_colon = following is not None and following.text.strip() in COLONS
            stop = offset + end + (1 if lone_colon else 0)
            score = hit[2] if hit[2] == 1.0 or not scanned(window) else min(hit[2], GARBLED_LABEL_SCORE)
            match = LabelMatch(field=FIELD, variant=hit[1], words=tuple(window), segment=line, end=stop,
                               score=score, colon=colon)
            label = WrappedLabel(match=match, lines=tuple(lines), inline_dates=tuple(inline))
            if best is None or _rank(label) > _rank(best):
                best = label
        cut = _date_start(words)
        head += words[:cut]
        if cut < len(words):
            inline.append(tuple(words[cut:]))
        if len(lines) == MAX_LABEL_LINES or len(canonical(" ".join(w.text for w in head))) > MAX_LABEL_CHARS:
            return best
        below = _next_line(lines, segments)
        if below is None:
            return best
        lines.append(below)


def _rule_mark(word: Word) -> bool:
    """A table's rule or a box's edge that OCR read as a word ("|"): no letter of the label."""
    return all(ch in RULE_MARKS for ch in word.text)


def _date_start(words: Sequence[Word]) -> int:
    """Where a date begins among a line's words (their count if none does): a wrapped label's line ends
    there, and the date is the next cell's."""
    for index in range(1, len(words)):
        text = words[index].text
        if (any(ch.isdigit() for ch in text) or dates.month_numbers(text)[0]) and _dated(words[index:]):
            return index
    return len(words)


@lru_cache(maxsize=1)
def _spelling_forms() -> tuple[tuple[int, str], ...]:
    """(canonical length, first PREFIX_CHARS letters) of every last-day spelling."""
    return tuple((len(canonical(v)), canonical(v)[:PREFIX_CHARS]) for v in LABELS[FIELD])


def _near_a_spelling(form: str, slack: int = 0) -> bool:
    """A cheap first test before matching: some last-day spelling is about as long as the text and opens
    as it does (within the edits a label of that length may have, and `slack` more for garbled words)."""
    return any(abs(len(form) - length) <= max_edits(length) + slack
               and Levenshtein.distance(form[:PREFIX_CHARS], prefix) <= max_edits(length) + slack
               for length, prefix in _spelling_forms())


def _garbled(word: Word) -> bool:
    """A word OCR read at a low confidence: its letters are no evidence of which word was printed."""
    return word.confidence is not None and word.confidence < GARBLED_WORD_CONFIDENCE


def _colon_ended(word: Word, following: Word | None) -> bool:
    return word.text.rstrip()[-1:] in COLONS or (following is not None and following.text.strip() in COLONS)


def _next_line(lines: Sequence[Segment], segments: Sequence[Segment]) -> Segment | None:
    """The segment that continues a wrapped label: right under its last line, aligned left or centred
    with its first line."""
    first, last = lines[0], lines[-1]
    height = first.height
    centre = (first.box.x0 + first.box.x1) / 2
    under = [
        s for s in segments
        if s.page == last.page and s.line_index > last.line_index
        # under the line's middle, not its bottom: OCR can box a word of a scanned line over the next one
        and s.box.top > (last.box.top + last.box.bottom) / 2
        and s.box.top - last.box.bottom <= WRAP_GAP * height
        and (abs(s.box.x0 - first.box.x0) <= WRAP_ALIGN * height
             or abs((s.box.x0 + s.box.x1) / 2 - centre) <= WRAP_ALIGN * height)
    ]
    return min(under, key=lambda s: (s.box.top, abs(s.box.x0 - first.box.x0)), default=None)


def _value_spot(label: WrappedLabel, segments: Sequence[Segment], stops: set[int], layout: PageLayout
                ) -> ValueSpot | None:
    """The label's date: beside its last word (in its segment, else level with it), else in the cell right
    of its lines, else under it."""
    zone = layout.zone_of(label.top)
    match = label.match
    beside = _until_stop(match.segment.words[match.end:], stops)
    places: tuple[tuple[tuple[Word, ...], bool], ...] = (
        (beside, False),
        (_level_run(match, layout.page.words, stops), False),
        *((_until_stop(words, stops), False) for words in label.inline_dates),
        (_right_cell(label, segments, stops), False),
        (_cell_below(label, segments, stops), True),
        # "...Tax Court: OCTOBER 25" with "2023" wrapped onto the next line, back at the label's margin.
        ((*beside, *_wrapped_on(label, segments, stops)), False),
    )
    for words, below in places:
        words = dates.joined_split_month_words(words)
        if _dated(words):
            return ValueSpot(label=match, words=words, below=below, zone=zone)
    after_rest = _after_garbled_rest(match, _level_words(match, layout.page.words, stops))
    if after_rest:
        garbled = dataclasses.replace(match, score=min(match.score, GARBLED_LABEL_SCORE))
        return ValueSpot(label=garbled, words=after_rest, below=False, zone=zone)
    return None


def _after_garbled_rest(match: LabelMatch, beside: Sequence[Word]) -> tuple[Word, ...]:
    """On a scan, the date a few words after a label that opens a longer spelling, those words being its
    rest the OCR garbled past matching ("Last Day to File Tee the U.s. Tax 5 November 2025" for "... a
    Petition with the U.S. Tax Court: 5 November 2025", apart 9020 0022): no more words than the longest
    such spelling has left. The label is then garbled (checked by a person)."""
    rest = _words_left(match.variant)
    if not rest or not scanned(match.words):
        return ()
    start = _date_start(beside)
    return tuple(dates.joined_split_month_words(beside[start:])) if start <= rest else ()


def _level_words(match: LabelMatch, words: Sequence[Word], stops: set[int]) -> tuple[Word, ...]:
    """Every word right of the label's last word and level with it, left to right, up to another label
    (a column gap OCR left in a garbled label's rest ends no run here)."""
    last = match.words[-1]
    height = last.box.height
    mine = {id(w) for w in match.words}
    level = sorted((w for w in words
                    if id(w) not in mine and w.page == last.page and w.box.x0 > last.box.x0
                    and last.box.top - LEVEL_SLACK * height <= (w.box.top + w.box.bottom) / 2
                    <= last.box.bottom + LEVEL_SLACK * height), key=lambda w: w.box.x0)
    return _until_stop(level, stops)


@lru_cache(maxsize=64)
def _words_left(variant: str) -> int:
    """The most words a longer last-day spelling opening with `variant` has after it (0: none)."""
    form, count = canonical(variant), len(variant.split())
    return max((len(v.split()) - count for v in LABELS[FIELD]
                if canonical(v).startswith(form) and len(v.split()) > count), default=0)


def _wrapped_on(label: WrappedLabel, segments: Sequence[Segment], stops: set[int]) -> tuple[Word, ...]:
    """The start of the line after the label's last line, where a value beside the label wrapped on."""
    following = _next_line(label.lines, segments)
    return () if following is None else _until_stop(following.words, stops)


def _level_run(match: LabelMatch, words: Sequence[Word], stops: set[int]) -> tuple[Word, ...]:
    """The words right after the label's last word and level with it, by position alone: OCR may box a
    letter of the date lower than its line ("J une", the J's tail), and the line grouping then puts its
    words on a line of their own; its box for the label's last word may even reach over the date's first
    letters. The run ends at a column gap or another label."""
    last = match.words[-1]
    height = last.box.height
    run: list[Word] = []
    right = last.box.x1
    for word in _level_words(match, words, stops):
        if word.box.x0 - right > SEGMENT_GAP * height:
            break
        run.append(word)
        right = max(right, word.box.x1)
    return tuple(run)


def _until_stop(words: Sequence[Word], stops: set[int]) -> tuple[Word, ...]:
    """The words up to another label's first word."""
    taken: list[Word] = []
    for word in words:
        if id(word) in stops:
            break
        taken.append(word)
    return tuple(taken)


def _label_like(segment: Segment, stops: set[int]) -> bool:
    """Another label: one of the page's, or words with no digit ending in a colon ("Letter Date:")."""
    text = segment.text.rstrip()
    return id(segment.words[0]) in stops or (text[-1:] in COLONS and not any(c.isdigit() for c in text))


def _right_cell(label: WrappedLabel, segments: Sequence[Segment], stops: set[int]) -> tuple[Word, ...]:
    """The nearest segment right of the label and level with it: the next cell of its table row. A label
    there (another column's) means the value is not to the right. A segment of marks alone is the rule
    between the cells, or a speck, read as "_" or "|" (apart 9049 0004): no cell."""
    height = label.height
    mine = {id(s) for s in label.lines}
    right: list[Segment] = []
    for s in segments:
        centre = (s.box.top + s.box.bottom) / 2
        if id(s) in mine or s.page != label.lines[0].page or not any(c.isalnum() for c in s.text):
            continue
        if not label.top - RIGHT_SLACK * height <= centre <= label.bottom + RIGHT_SLACK * height:
            continue
        level = [ln for ln in label.lines
                 if ln.box.top - RIGHT_SLACK * height <= centre <= ln.box.bottom + RIGHT_SLACK * height]
        if all(s.box.x0 > ln.box.x1 for ln in level or label.lines):
            right.append(s)
    if not right:
        return ()
    nearest = min(right, key=lambda s: (s.box.x0, abs(s.box.top - label.lines[-1].box.top)))
    return () if _label_like(nearest, stops) else _until_stop(nearest.words, stops)


def _cell_below(label: WrappedLabel, segments: Sequence[Segment], stops: set[int]) -> tuple[Word, ...]:
    """The segment right under the label's last line, within its column: the line or cell below it."""
    height = label.height
    left = min(s.box.x0 for s in label.lines)
    right = max(s.box.x1 for s in label.lines)
    under = [
        s for s in segments
        if s.page == label.lines[0].page and s.box.top > label.bottom - 0.5 * height
        and s.box.top - label.bottom <= BELOW_GAP * height
        and left - BELOW_LEFT_SLACK * height <= s.box.x0 <= right
        and id(s) not in {id(ln) for ln in label.lines}
    ]
    if not under:
        return ()
    nearest = min(under, key=lambda s: (s.box.top, abs(s.box.x0 - left)))
    return () if _label_like(nearest, stops) else _until_stop(nearest.words, stops)


def sentence_spots(layout: PageLayout) -> list[ValueSpot]:
    """The last day named in a sentence: a SENTENCE_FORMS phrase followed at once by a date."""
    found: list[ValueSpot] = []
    if not any(SENTENCE_WORD in w.text.lower() for line in layout.lines for w in line.words):
        return found  # every form names the petition: a page without the word has none (and is not joined)
    text = page_text(layout.lines)
    for name, pattern in SENTENCE_FORMS.items():
        for phrase in pattern.finditer(text.text):
            words = text.words_between(phrase.start(), phrase.end())
            after = dates.joined_split_month_words(
                text.words_between(phrase.end(), phrase.end() + SENTENCE_DATE_CHARS))
            after = tuple(w for w in after if all(w is not mine for mine in words))
            segment = _segment_of(words[-1], layout) if words else None
            if segment is None or not _dated(after):
                continue
            # The sentence's verb ("is", "by") ties the phrase to its date as firmly as a colon does.
            match = LabelMatch(field=FIELD, variant=name, words=words, segment=segment,
                               end=segment.words.index(words[-1]) + 1, score=1.0, colon=True)
            zone = layout.zone_of(words[0].box.top)
            found.append(ValueSpot(label=match, words=after, below=False, zone=zone))
    return found


def _dated(words: Sequence[Word]) -> bool:
    """Whether the words open with a date."""
    return bool(words) and dates.leading_date(" ".join(w.text for w in words)) is not None


def _segment_of(word: Word, layout: PageLayout) -> Segment | None:
    return next((s for line in layout.lines for s in line.segments if any(w is word for w in s.words)), None)
