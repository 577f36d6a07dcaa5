"""A scanned name the readings disagree on, settled by more readings of its strip, by majority.

The page's OCR and the closer second reading (verify.py) sometimes disagree on a name: one misreads a
letter ("Consublo", "Leapold"), loses the last one at a line's or a cell's end ("Aberneth"), or runs a
speck or a label's ghost into it ("N Ngozi"). verify.py then keeps the first reading, flagged. Here the
name's strip is read again, enlarged to other resolutions as one line, and every reading votes: the
whole name that at least two readings give wins; else, among readings of as many words, each word that
at least two give; else a reading whose every word is a name in the Census lists, when only one is (the
lexicon only breaks a tie between OCR readings; it never makes a name up). A name the letter's text
gives for its contact ("contact Appeals Officer Ana Ruiz at ...") votes too, and so does the salutation's
spelling of a taxpayer's name word ("Dear Ms. Oduya:"). A settled name stays
flagged (the readings did disagree), with the readings it outvoted; an unsettled one is left as it was,
but for one cracked letter: a word every reading spells with an "l" for an "i" (or the other way) or a "c"
for an "e", where the other spelling is a name's, takes that spelling, flagged. Only names already in
doubt are read again.
"""

from __future__ import annotations

import dataclasses
import difflib
import itertools
import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from parser.core.model import Box, Fact, Word
from parser.core.notes import note
from parser.facts import closing_contact, name_lost_words, name_unboxed_ink, verify
from parser.facts.address import WORDS_BESIDE, salutation_name
from parser.facts.fields import READERS, WRAPPED_NAME_WORD, ValueWords
from parser.facts.name_lexicon import given_names, surname_ranks
from parser.facts.page_crops import Cut, enlarged_crop
from parser.reading.lines import PageText, group_lines, middle_band

if TYPE_CHECKING:
    from PIL import Image

    from parser.facts.header import PageLayout
    from parser.reading.page_source import PageSource

NAME_FIELDS: tuple[str, ...] = ("contact_name", "taxpayer_name")
# Reasons that say the readings of a name disagree or that one of its letters is doubtful: only such a
# name is read again (a name flagged for its page alone, a blurred photo, is not in dispute).
DISPUTED = frozenset({
    "scan.second_reading", "scan.despeckled", "scan.hard_here", "value.name_rare", "value.name_split",
    "value.name_glued_initial", "value.name_case_break", "value.small_l_as_i", "value.mark_as_i",
    "value.name_initial_end",
    "value.name_salutation_differs", "value.name_mark_as_letter", "value.name_mark", "value.initial_as_s",
    name_lost_words.LOST_WORD, name_unboxed_ink.UNBOXED_INK, WORDS_BESIDE,
})
# Reasons whose `value` is another reading of the name (the strip's, the despeckled strip's).
OTHER_READINGS = frozenset({"scan.second_reading", "scan.despeckled"})
# A reason that gives the salutation's spelling (`greeted`) of one word (`part`) of the name.
SALUTATION_SPELLING = "value.name_salutation_differs"
# The strip read again, in line heights around the name's box: further right than verify's strip, where a
# last letter cut at a cell's rule or a line's end stands.
LEFT_REACH = 0.8
RIGHT_REACH = 8.0  # a surname the page's OCR lost whole ("Kwame B" for "Kwame B Villalobos")
NEAR_REACH = 4.0  # words this near are read with the name whatever they are
COLUMN_GAP_LINES = 0.5  # the strip stops this far before another column's word
# The line under a name stopping on an initial: from this far under the name's box, as wide as this.
WRAP_GAP_LINES = 0.3
WRAP_REACH_LINES = 16.0
PAD = 0.45
MIN_WORDS_TO_LEVEL = 2  # a lone word's box is its line's (no other word to say where the line is)
RUN_ON_GAP_LINES = 1.0  # words this many line heights apart at most are one run
MAX_LINE_HEIGHT = 14.0  # points; a taller box took in a speck or a rule above or below the name
DEFAULT_LINE_HEIGHT = 10.0  # points, for a box of no height
# The extra readings: the strip enlarged to each resolution and read as one line of text (mode 7). Two
# resolutions so that a letter one scale misjudges the other may not; they are independent of the page's
# reading (its own scale, whole-page segmentation).
READING_DPIS: tuple[float, ...] = (300.0, 400.0)
ONE_LINE = 7
MIN_KINDS = 2  # kinds of reading (page, strip, one line, text) that must give a name or word to settle it
# The lists break a tie only between words this alike (difflib's ratio): readings of one word.
ALIKE_RATIO = 0.6
MIN_CUT_LETTERS = 3  # a last word read cut short counts for the longer one it begins from this length
NON_NAME = re.compile(r"[^a-z'’-]+")
MARK_INSIDE_A_WORD = re.compile(r"(?<=[A-Za-z])[.,·]+(?=[A-Za-z])")  # a speck read as a stop or a comma
SETTLED = "scan.name_settled"
RARE_NAME = "value.name_rare"  # its `part` is one look-alike letter from the Census lists' `common`
LOOKALIKE_TAKEN = "value.name_lookalike_taken"


@dataclass(frozen=True)
class Vote:
    """One reading of the name: its text and where it came from (for the note)."""

    value: str
    source: str  # "page", "strip", "one line at 300 dpi", "text"


OcrLine = Callable[["Image.Image", float], tuple[Word, ...]]


def disputed(fact: Fact[Any] | None) -> bool:
    """Whether a name is a scan's and its readings or letters are in doubt."""
    return (fact is not None and fact.needs_review and fact.evidence.method == "ocr"
            and isinstance(fact.value, str) and any(r.code in DISPUTED for r in fact.reasons))


def settle_names(facts: Mapping[str, Fact[Any] | None], pages: PageSource, texts: Sequence[PageText],
                 first_page: PageLayout | None = None) -> dict[str, Fact[Any] | None]:
    """The facts with each disputed name settled by its readings' majority where one is found; the
    letter's first page (`first_page`) gives the salutation's reading of the taxpayer's name."""
    settled = dict(facts)
    for field in NAME_FIELDS:
        fact = facts.get(field)
        if fact is None or not disputed(fact):
            continue
        votes = earlier_votes(fact)
        greeted = salutation_vote(fact, first_page) if field == "taxpayer_name" else None
        if greeted is not None and not any(tokens(v.value) == tokens(greeted.value) for v in votes[1:]):
            # (A second reading that is the salutation's already, as the address block check gives it,
            # is not counted twice.)
            votes = [*earlier_votes(fact, spelled=False), greeted]
        votes += _text_votes(field, texts)
        votes += strip_votes(field, fact, pages)
        counted = starts_put_back(votes) if name_lost_words.lost_left(fact) is not None else votes
        settled[field] = lookalike_taken(settled_fact(fact, votes, counted), votes)
    return settled


def lookalike_taken(fact: Fact[Any], votes: Sequence[Vote]) -> Fact[Any]:
    """The name with a word every reading spells with one cracked letter (CRACKED) put right ("Svetiana",
    "Delacrolx", "Mbcki" on faxes, apart 9045-9051), when that spelling is no name in the lists and the
    other is one, or is spelled as names are (name_lexicon's `value.name_rare`). Readings of two kinds, and
    none with the other spelling; or readings split as many kinds against as many (the majority above
    could not settle them), where a kind that never spells the cracked letter gives the other. Flagged."""
    rare = next((r for r in fact.reasons if r.code == RARE_NAME), None)
    if rare is None or not isinstance(fact.value, str):
        return fact
    said = dict(rare.values)
    part, common = str(said["part"]), str(said["common"])
    words = fact.value.split()
    if part not in words or not _cracked(part, common):
        return fact
    spelled = [v for v in votes if part.lower() in tokens(v.value)]
    other = [v for v in votes if common.lower() in tokens(v.value)]
    if other:
        # Readings split as many kinds against as many, which the majority above left unsettled: the
        # lists break the tie for the spelling a kind of reading that never spells the cracked letter
        # gives ("Oyclaran" on a fax's page, "Oyelaran" twice read as one line: apart 9066 0065).
        if _kinds(other) < _kinds(spelled) or not (
                {_kind(v.source) for v in other} - {_kind(v.source) for v in spelled}):
            return fact
    elif _kinds(spelled) < MIN_KINDS:
        return fact
    mended = common.upper() if part.isupper() else common.title()
    value = " ".join(mended if word == part else word for word in words)
    taken = note(LOOKALIKE_TAKEN, part=part, common=mended)  # says all the rare-name note said, and more
    rest = tuple(r for r in fact.reasons if r is not rare)
    return verify.flagged(dataclasses.replace(fact, value=value, reasons=rest), taken)


# One letter's stroke lost or cracked on a fax, as (read, meant): an "l" cracked into an "i" or the other
# way, an "e" that lost its bar read "c" ("Mbcki" for "Mbeki": apart 9028 0071, 9051 0023).
CRACKED: frozenset[tuple[str, str]] = frozenset({("I", "L"), ("L", "I"), ("C", "E")})


def _cracked(read: str, common: str) -> bool:
    """Whether two spellings differ in one letter only, a cracked one (CRACKED)."""
    pairs = [(a, b) for a, b in zip(read.upper(), common.upper(), strict=False) if a != b]
    return len(read) == len(common) and len(pairs) == 1 and pairs[0] in CRACKED


def salutation_vote(fact: Fact[Any], layout: PageLayout | None) -> Vote | None:
    """The name the salutation greets ("Dear ESPERANZA L NAKASHIMA:"), read apart from the address block
    or label the name was taken from; None when there is none or it is where the name was read."""
    reading = None if layout is None else salutation_name(layout)
    if reading is None or not isinstance(reading.value, str) or not reading.words:
        return None
    if any(_overlap(word.box, fact.evidence.box) for word in reading.words):
        return None  # the name was read from the salutation itself: no second reading of it
    return Vote(reading.value, "salutation")


def _overlap(first: Box, second: Box) -> bool:
    return (first.x0 < second.x1 and second.x0 < first.x1
            and first.top < second.bottom and second.top < first.bottom)


def earlier_votes(fact: Fact[Any], *, spelled: bool = True) -> list[Vote]:
    """The readings the fact records: the page's (its value) and the other readings its reasons name;
    with `spelled`, also the name with the salutation's spelling of a word put in (when the salutation
    itself is not at hand)."""
    votes = [Vote(str(fact.value), "page")]
    for reason in fact.reasons:
        if reason.code in OTHER_READINGS:
            value = dict(reason.values).get("value")
            if isinstance(value, str):
                votes.append(Vote(value, "strip"))
    greeted = [dict(r.values) for r in fact.reasons if r.code == SALUTATION_SPELLING]
    if greeted and spelled:  # the salutation ("Dear Ms. Oduya:") read the name's words elsewhere on the page
        words = str(fact.value).split()
        respelled = {str(g.get("part")): str(g.get("greeted")) for g in greeted}
        votes.append(Vote(" ".join(respelled.get(w.strip(".,"), w) for w in words), "salutation"))
    return votes


def _text_votes(field: str, texts: Sequence[PageText]) -> list[Vote]:
    """The contact's name as the letter's text gives it (a sentence naming the person to call)."""
    if field != "contact_name":
        return []
    reading = closing_contact.contact_in_text(texts).get("contact_name")
    return [] if reading is None or not isinstance(reading.value, str) else [Vote(reading.value, "text")]


def strip_votes(field: str, fact: Fact[Any], pages: PageSource, ocr: OcrLine | None = None) -> list[Vote]:
    """The name read from its strip enlarged to each of READING_DPIS, as one line; `ocr` stands in for
    the page source's OCR (tests)."""
    page = pages.document.page(fact.evidence.page)
    image = pages.reading_image(fact.evidence.page)
    if page is None or image is None:
        return []

    def read_line(crop: Image.Image, dpi: float) -> tuple[Word, ...]:
        return pages.ocr(crop, dpi=dpi, psm=ONE_LINE)

    reader = ocr or read_line
    votes: list[Vote] = []
    name = _run_on(_levelled(_from_lost_start(fact, page.words), page.words), page.words)
    right = _next_column(name, page.words, page.width)
    box = name_strip(name, right, page.height)
    for dpi in READING_DPIS:
        crop = enlarged_crop(image, page.width, box, Cut(dpi))
        if crop is None:
            continue
        value = read_name(field, reader(crop, dpi))
        if value is not None:
            votes.append(Vote(value, f"one line at {dpi:.0f} dpi"))
    if _stops_on_initial(str(fact.value)):
        under = _line_under(name, right, page.height)
        wrapped: list[str] = []
        for dpi in READING_DPIS:
            crop = enlarged_crop(image, page.width, under, Cut(dpi))
            rest = None if crop is None else _wrapped_rest(reader(crop, dpi))
            if rest is not None:
                wrapped.append(rest)
        # Taken only where both resolutions read the same words there: then the name as read so far is
        # the start of the longer name (the votes above count for it, as a name cut short does).
        if len(wrapped) == len(READING_DPIS) and len(set(wrapped)) == 1:
            whole = f"{fact.value} {wrapped[0]}"
            short = tokens(str(fact.value))
            votes = [Vote(whole, v.source) if tokens(v.value) == short else v for v in votes]
            votes.append(Vote(whole, "the line under it"))
    return votes


def _stops_on_initial(name: str) -> bool:
    """Whether a name is a first name and an initial ("Clifford M."): a narrow cell may have wrapped its
    surname onto the next line."""
    words = name.split()
    return len(words) == 2 and len(words[1].strip(".,")) == 1 and words[1][0].isalpha()


def _line_under(name: Box, right: float, height: float) -> Box:
    """The strip of the line under a name, from the name's start to where the strip beside it stops."""
    line = _line_height(name)
    top = name.bottom + WRAP_GAP_LINES * line
    return Box(max(0.0, name.x0 - LEFT_REACH * line), top, min(right, name.x0 + WRAP_REACH_LINES * line),
               min(height, top + (1.0 + 2 * PAD) * line))


def _wrapped_rest(words: Sequence[Word]) -> str | None:
    """The one or two name words a strip under a name reads as its first line ("Fairweather"), or None:
    garble, digits, a label."""
    if not words:
        return None
    line = [w.text.strip(".,;|") for w in group_lines(list(words))[0].words]
    line = [w for w in line if w]
    # A cell's rule beside the word, read as a mark or a small letter ("|", "j"), is no part of the name.
    while line and len(line[0]) == 1 and not line[0].isupper():
        line = line[1:]
    while line and len(line[-1]) == 1 and not line[-1].isupper():
        line = line[:-1]
    if not 1 <= len(line) <= 2 or not all(WRAPPED_NAME_WORD.fullmatch(w) for w in line):
        return None
    return " ".join(line)


def _run_on(box: Box, words: Sequence[Word]) -> Box:
    """The name's box widened over the words the page's OCR read right after it on its line, each within
    a gap of a word space or so: the rest of a name the first reading cut at a digit or a speck ("Ngozi 7
    Oyelaran" read for "Ngozi B Oyelaran")."""
    line = _line_height(box)
    level = sorted((w for w in words if box.top <= (w.box.top + w.box.bottom) / 2 <= box.bottom
                    and w.box.x0 >= box.x1 - 0.5), key=lambda w: w.box.x0)
    right = box.x1
    for word in level:
        if word.box.x0 - right > RUN_ON_GAP_LINES * line:
            break
        right = max(right, word.box.x1)
    return Box(box.x0, box.top, right, box.bottom)


def _levelled(box: Box, words: Sequence[Word]) -> Box:
    """The name's box cut down to its line: between the middle top and bottom of the words on it. A
    garbled word whose box the OCR stretched up over a speck (apart 9040 0016: "Blackwood" read
    "apkansedt", boxed 113-129 on a line of 121-128) took the lines above and under into the strip, and
    no reading of it gave a name."""
    on_line = [w.box for w in words if box.x0 - 0.5 <= w.box.x0 < box.x1
               and box.top <= (w.box.top + w.box.bottom) / 2 <= box.bottom]
    if len(on_line) < MIN_WORDS_TO_LEVEL:
        return box
    return middle_band(on_line, box.x0, box.x1)


def _from_lost_start(fact: Fact[Any], words: Sequence[Word]) -> Box:
    """The name's box, widened left over the word its reading lost at its start (name_lost_words.py), between
    the middle top and bottom of the words on it: the lost word was boxed apart from a tall one (an
    initial's), whose height would take the lines above and under into the strip."""
    box, left = fact.evidence.box, name_lost_words.lost_left(fact)
    if left is None or left >= box.x0:
        return box
    on_line = [w.box for w in words if left - 0.5 <= w.box.x0 < box.x1
               and box.top <= (w.box.top + w.box.bottom) / 2 <= box.bottom]
    if not on_line:
        return Box(left, box.top, box.x1, box.bottom)
    return middle_band(on_line, left, box.x1)


def _next_column(box: Box, words: Sequence[Word], width: float) -> float:
    """Where the strip right of a name must stop: a word gap before the first word the page's OCR read
    level with it beyond NEAR_REACH (another column's: a nearer word may be the name's own, cut off its
    reading), else the page's edge."""
    line = _line_height(box)
    level = [w.box.x0 for w in words if box.top <= (w.box.top + w.box.bottom) / 2 <= box.bottom
             and w.box.x0 >= box.x1 + NEAR_REACH * line]
    return min(width, min(level, default=width) - COLUMN_GAP_LINES * line)


def _line_height(box: Box) -> float:
    """A name's line height in points: its box's, at most MAX_LINE_HEIGHT (a taller box took in a speck)."""
    return min(box.height, MAX_LINE_HEIGHT) if box.height > 0 else DEFAULT_LINE_HEIGHT


def name_strip(box: Box, width: float, height: float) -> Box:
    """The place read again around a name's box (points), within `width` (the page's, or where the next
    column starts) and the page's height."""
    line = _line_height(box)
    return Box(max(0.0, box.x0 - LEFT_REACH * line), max(0.0, box.top - PAD * line),
               min(width, box.x1 + RIGHT_REACH * line), min(height, box.bottom + PAD * line))


def read_name(field: str, words: Sequence[Word]) -> str | None:
    """The name a strip's words give: its first line's, without a label's tail; a taxpayer's name ends at
    the first column gap (the next column's label is no part of it)."""
    if not words:
        return None
    line = group_lines(list(words))[0]
    chosen = line.segments[0].words if field in verify.ONE_CELL_FIELDS else _on_line(line.box, words)
    reading = READERS[field](ValueWords(words=verify.trimmed_strip_words(chosen)))
    return reading.value if reading is not None and isinstance(reading.value, str) else None


def _on_line(band: Box, words: Sequence[Word]) -> tuple[Word, ...]:
    """The words whose middle is within a line's band, left to right: line grouping sets a word Tesseract
    boxed inside its neighbour's box on a line apart (the initial "J" inside "Angela"), though the strip
    was read as one line."""
    return tuple(sorted((w for w in words if band.top <= (w.box.top + w.box.bottom) / 2 <= band.bottom),
                        key=lambda w: w.box.x0))


def settled_fact(fact: Fact[Any], votes: Sequence[Vote], counted: Sequence[Vote] | None = None) -> Fact[Any]:
    """The fact with the value its readings' majority gives, kept flagged with the readings outvoted; the
    fact unchanged when no majority is found or it is the value already. `counted`: the votes as counted
    (a reading cut short taken for the longer one it is part of), when not `votes` as read."""
    counted = votes if counted is None else counted
    winner = majority(counted)
    if winner is None or winner == str(fact.value):
        return fact
    outvoted = sorted({v.value for v in votes if _letters(v.value) != _letters(winner)})
    agreeing = sum(_letters(v.value) == _letters(winner) for v in votes)
    reason = note(SETTLED, value=winner, outvoted="; ".join(outvoted), votes=agreeing, readings=len(votes))
    return verify.flagged(dataclasses.replace(fact, value=winner), reason)


def majority(votes: Sequence[Vote]) -> str | None:
    """The name the readings settle on, or None when nothing settles it.

    First the letters: when readings of two kinds give the same letters and only the spaces differ ("Y
    VETTE" and "YVETTE"), the spelling whose words the Census lists know is taken. Else word by word,
    among the most readings of one length: a word given by readings of two kinds; a last word another
    reading gives cut short counts for it ("Aberneth" for "Abernethy"); a word no two kinds agree on is
    taken only when it is the one word read there that the lists know (or the one lone initial) and the
    words read there are alike (readings of one word, not a word and garble).
    """
    votes = _small_l_put_back(votes)
    by_letters = _letters_agree(votes)
    return by_letters if by_letters is not None else _word_majority(votes)


def _small_l_put_back(votes: Sequence[Vote]) -> list[Vote]:
    """Each reading of a capitals name with a small "l" in a word ("MEl OYELARAN", a photo's page
    reading: apart 9059 0072) counted as the one other reading that has a capital "I" or "L" there and is
    otherwise the same: a small letter among capitals is a misread capital, which that reading read."""
    spellings = {v.value for v in votes}
    mended: list[Vote] = []
    for vote in votes:
        words = vote.value.split()
        if not any(_small_l_among_capitals(word) for word in words):
            mended.append(vote)
            continue
        matches = {other for other in spellings if _capital_for_small_l(words, other.split())}
        mended.append(Vote(matches.pop(), vote.source) if len(matches) == 1 else vote)
    return mended


def _small_l_among_capitals(word: str) -> bool:
    rest = word.replace("l", "")
    return "l" in word and sum(ch.isalpha() for ch in rest) >= 1 and rest.upper() == rest


def _capital_for_small_l(words: Sequence[str], others: Sequence[str]) -> bool:
    """Whether `others` is `words` with each small "l" among capitals read as a capital "I" or "L"."""
    if len(words) != len(others) or list(words) == list(others):
        return False
    return all(word == other or (_small_l_among_capitals(word) and len(word) == len(other) and all(
        a == b or (a == "l" and b in "IL") for a, b in zip(word, other, strict=True)))
        for word, other in zip(words, others, strict=True))


def _letters_agree(votes: Sequence[Vote]) -> str | None:
    groups: dict[str, list[Vote]] = {}
    for vote in votes:
        if _letters(vote.value):
            groups.setdefault(_letters(vote.value), []).append(vote)
    valid = [group for group in groups.values() if _kinds(group) >= MIN_KINDS]
    if len(valid) != 1:
        return None
    group = valid[0]
    spellings = list(dict.fromkeys(" ".join(tokens(v.value)) for v in group))
    known = [v.value for v in group if _all_known(tokens(v.value))]
    if len(spellings) > 1 and known:
        return known[0]

    def weight(vote: Vote) -> tuple[int, int, int]:
        """A spelling given by more kinds of reading, then one with more words: OCR loses a space between
        tight letters ("NgoziB") far more often than it makes one up; then one with no mark between two
        letters of a word ("OL.UWASEUN", a speck read as a stop: apart 9059 0033), which parts no words."""
        spelling = " ".join(tokens(vote.value))
        kinds = _kinds([v for v in group if " ".join(tokens(v.value)) == spelling])
        return kinds, len(tokens(vote.value)), -len(MARK_INSIDE_A_WORD.findall(vote.value))

    return max(group, key=weight).value


def _word_majority(votes: Sequence[Vote]) -> str | None:
    votes = _ends_put_back(votes)
    # The length most kinds of reading give, then most readings.
    by_length: dict[int, list[Vote]] = {}
    for vote in votes:
        if tokens(vote.value):
            by_length.setdefault(len(tokens(vote.value)), []).append(vote)
    ranked = sorted(((_kinds(group), len(group)), length) for length, group in by_length.items())[::-1]
    if not ranked or ranked[0][0][1] < MIN_KINDS or (len(ranked) > 1 and ranked[1][0] == ranked[0][0]):
        return None
    length = ranked[0][1]
    same = [v for v in votes if len(tokens(v.value)) == length]
    chosen: list[str] = []
    for position in range(length):
        read = [(tokens(v.value)[position], v.source) for v in same]
        word = _settled_word(read, last=position == length - 1)
        if word is None:
            return None
        chosen.append(word)
    return _spelled(chosen, same)


def _ends_put_back(votes: Sequence[Vote]) -> list[Vote]:
    """Each reading that is the start of one longer reading, word for word, counted as that one: a name
    cut at a line's end or under a stamp ("ESPERANZA" beside "Dear ESPERANZA L NAKASHIMA:")."""
    names = {tuple(tokens(v.value)): v.value for v in votes if tokens(v.value)}
    extended: list[Vote] = []
    for vote in votes:
        start = tuple(tokens(vote.value))
        longer = [value for words, value in names.items()
                  if len(words) > len(start) and words[:len(start)] == start]
        extended.append(Vote(longer[0], vote.source) if start and len(longer) == 1 else vote)
    return extended


def starts_put_back(votes: Sequence[Vote]) -> list[Vote]:
    """Each reading that is the end of one longer reading, word for word, counted as that one: a name
    whose first word the page's reading lost ("J Fitzgerald" beside "Angela J Fitzgerald"). Used only
    for a name flagged for a word lost before it, so that a reading with garble run on before the name
    is not taken for its start elsewhere."""
    names = {tuple(tokens(v.value)): v.value for v in votes if tokens(v.value)}
    extended: list[Vote] = []
    for vote in votes:
        end = tuple(tokens(vote.value))
        longer = [value for words, value in names.items()
                  if len(words) > len(end) and words[len(words) - len(end):] == end]
        extended.append(Vote(longer[0], vote.source) if end and len(longer) == 1 else vote)
    return extended


def _settled_word(read: Sequence[tuple[str, str]], *, last: bool) -> str | None:
    """The word readings of two kinds give at one place (a cut-short reading of a last word counting for
    the one word it begins), else the one word read there the Census lists know."""
    words = list(dict.fromkeys(word for word, _ in read))
    kinds: dict[str, set[str]] = {}
    for word in words:
        supporters = [w for w in words if w == word or (last and _cut_short(w, word, words))]
        kinds[word] = {_kind(source) for w, source in read if w in supporters}
    settled = [word for word in words if len(kinds[word]) >= MIN_KINDS]
    if len(settled) == 1:
        return settled[0]
    known = [word for word in words if _known(word)]
    alike = all(_alike(a, b) for a, b in itertools.combinations(words, 2))
    return known[0] if alike and len(known) == 1 else None


def _alike(first: str, second: str) -> bool:
    """Two readings of one word ("Aberneth", "Abernethy"; "P", "Pp"), not a word and garble ("eee", "Teo")."""
    return difflib.SequenceMatcher(None, first, second).ratio() >= ALIKE_RATIO


def _cut_short(short: str, word: str, words: Sequence[str]) -> bool:
    """`short` is `word` cut at its end, and the only word read here that it begins."""
    return (len(short) >= MIN_CUT_LETTERS and short != word and word.startswith(short)
            and sum(w.startswith(short) and w != short for w in words) == 1)


def _kinds(votes: Sequence[Vote]) -> int:
    return len({_kind(v.source) for v in votes})


def _kind(source: str) -> str:
    """Readings of one kind share their errors: the enlarged one-line readings are one kind."""
    return "line" if source.startswith("one line") else source


def _known(word: str) -> bool:
    letters = word.upper().replace("'", "").replace("’", "")
    return len(letters) == 1 or letters in surname_ranks() or letters in given_names()


def _all_known(words: Sequence[str]) -> bool:
    """Every word of a name is an initial or a given name or surname in the Census lists."""
    return all(_known(w) for w in words)


def _spelled(chosen: Sequence[str], votes: Sequence[Vote]) -> str:
    """The chosen words as the readings printed them (case, initials' periods), from the first reading
    that gives each word."""
    whole = next((v.value for v in votes if tokens(v.value) == list(chosen)), None)
    if whole is not None:
        return whole  # one reading gives every word: its spelling throughout
    printed: list[str] = []
    for position, word in enumerate(chosen):
        spelling = next((v.value.split()[position] for v in votes
                         if len(v.value.split()) == len(tokens(v.value)) == len(chosen)
                         and tokens(v.value)[position] == word), word)
        printed.append(spelling)
    return " ".join(printed)


def _letters(name: str) -> str:
    return "".join(tokens(name))


def tokens(name: str) -> list[str]:
    """A name's words compared without case or punctuation."""
    return [t for t in (NON_NAME.sub("", part.lower()) for part in name.split()) if t]
