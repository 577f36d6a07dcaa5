"""Searching a letter's running text for phrases, tolerant of OCR damage, with the words each hit covers.

OCR'd words are first snapped to the vocabulary the phrase tables use when they are within an edit or two
of a vocabulary word ("sustalned" -> "sustained"), so the phrase regexes can be written in plain English.
A text layer is taken as printed.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache

from rapidfuzz import process
from rapidfuzz.distance import Levenshtein

from parser.core.model import Evidence, Word
from parser.facts.identifiers import mask_tins
from parser.reading.lines import Line, PageText, page_text, union_box

# Words the phrase tables of letter_type.py and determinations.py are written with.
VOCABULARY: tuple[str, ...] = (
    "sustained", "sustain", "sustaining", "sustains", "determination", "determined", "determine", "decision",
    "withdrawn", "withdraw", "withdrawal", "release", "released", "levy", "levies", "lien", "federal",
    "collection", "collectible", "installment", "agreement", "offer", "compromise", "currently", "bond",
    "substitution", "assets", "relief", "granted", "grant", "denied", "deny", "denying", "partial",
    "partially", "full", "equitable", "allocation", "separation", "liability", "innocent", "spouse", "joint",
    "several", "equivalent", "hearing", "petition", "within", "days", "appropriate", "proceed", "entitled",
    "qualify", "eligible", "letter", "notice", "concerning", "action", "actions", "appeals", "final",
    "request", "section", "sections", "intrusive", "necessary", "balances", "efficient", "proposed",
    "intent", "filing", "court", "period", "beginning", "thirty", "ninety", "community", "property",
    "considered", "alternatives", "alternative", "payment", "whole", "entirely", "remain", "responsible",
    "allowed", "allow", "disallowed", "portion", "amount", "reviewable", "judicial", "review", "cannot",
    # Words close to a vocabulary word that mean something else: kept as they are ("the court cannot
    # consider your case" is no record of alternatives Appeals "considered").
    "consider", "proposal",
)
# OCR look-alikes inside alphabetic words ("Sect1on", "6O15" is left alone: it is not alphabetic).
ALPHA_LOOKALIKES = str.maketrans({"1": "l", "0": "o", "|": "l", "5": "s"})
EDGE_PUNCTUATION = "\"'“”‘’()[]{},;:!?"


@lru_cache(maxsize=4096)
def snap(token: str) -> str:
    """An OCR'd word, lower case, snapped to the phrase vocabulary when it is within one or two edits."""
    lowered = token.lower()
    core = lowered.strip(EDGE_PUNCTUATION + ".")
    if not core or len(core) < 4 or core in _VOCABULARY_SET:
        return lowered
    letters = sum(ch.isalpha() for ch in core)
    if letters < len(core) - 1:
        return lowered  # a number or a code, not a damaged word
    folded = core.translate(ALPHA_LOOKALIKES)
    limit = 1 if len(folded) < 8 else 2
    found = process.extractOne(folded, VOCABULARY, scorer=Levenshtein.distance, score_cutoff=limit)
    if found is None:
        return lowered
    return lowered.replace(core, found[0])


_VOCABULARY_SET = frozenset(VOCABULARY)


@dataclass(frozen=True)
class Hit:
    """One phrase found on a page: the words it covers and where it matched in the page text."""

    page: PageText
    start: int
    end: int
    groups: dict[str, str | None]

    @property
    def words(self) -> tuple[Word, ...]:
        return self.page.words_between(self.start, self.end)

    @property
    def text(self) -> str:
        return self.page.text[self.start:self.end]

    def evidence(self) -> Evidence:
        words = self.words
        scores = [w.confidence for w in words if w.confidence is not None]
        return Evidence(
            page=words[0].page, box=union_box(words), text=mask_tins(" ".join(w.text for w in words)),
            method=words[0].method, ocr_confidence=min(scores) if scores else None,
        )


def document_text(lines_by_page: Iterable[Sequence[Line]]) -> tuple[PageText, ...]:
    """Every page's text, OCR'd words snapped to the vocabulary."""
    texts: list[PageText] = []
    for lines in lines_by_page:
        if not lines:
            continue
        ocr = any(w.method == "ocr" for line in lines for w in line.words)
        texts.append(page_text(lines, snap if ocr else str.lower))
    return tuple(texts)


def find_all(pattern: re.Pattern[str], texts: Iterable[PageText]) -> list[Hit]:
    hits: list[Hit] = []
    for text in texts:
        for match in pattern.finditer(text.text):
            if match.end() > match.start():
                hits.append(Hit(page=text, start=match.start(), end=match.end(), groups=match.groupdict()))
    return hits


# Contractions, written out so that the phrase tables' "not" reads them: "you didn't meet the requirements
# for relief" (the IRS's own plain-language letters), "the lien won't be withdrawn", "she wasn't eligible".
CONTRACTIONS: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"\bcan[’']t\b"), "cannot"),
    (re.compile(r"\bwon[’']t\b"), "will not"),
    (re.compile(r"\bshan[’']t\b"), "shall not"),
    (re.compile(r"\b(is|are|was|were|do|does|did|has|have|had|should|would|could|must|need)n[’']t\b"),
     r"\1 not"),
)


def contractions_expanded(text: str) -> str:
    """The text with each "n't" contraction written out ("didn't" -> "did not")."""
    for pattern, written_out in CONTRACTIONS:
        text = pattern.sub(written_out, text)
    return text


# A sentence ends at ". " followed by a capital-less page text, so split on the punctuation itself.
SENTENCE_END = re.compile(r"(?<=[.!?])\s+|\n")


def sentences(text: PageText) -> list[tuple[int, int]]:
    """(start, end) of each sentence of the page text."""
    spans: list[tuple[int, int]] = []
    start = 0
    for match in SENTENCE_END.finditer(text.text):
        if (_abbreviation_before(text.text, match.start()) or _speck_after_open_word(text.text, match.start())
                or _lone_mark_after_open_word(text.text, match.start())
                or _month_before_its_day(text.text, match) or VERB_GOES_ON.match(text.text, match.end())
                or NEVER_OPENS.match(text.text, match.end()) or _line_left_open(text.text, match)):
            continue
        if (_list_goes_on(text.text, match) or _list_goes_on_past_a_stop(text.text, match)
                or RELIEF_NAME_AFTER.match(text.text, match.end())):
            continue
        spans.append((start, match.start()))
        start = match.end()
    spans.append((start, len(text.text)))
    return [(s, e) for s, e in spans if e > s]


# A line break inside a list of subsections ("... under section 6015(b), (c) and" / "(f) ..."), where the
# page's reading ended a line as a table row or a heading, ends no sentence: the list would lose its last
# item.
LIST_OPEN_BEFORE = re.compile(
    r"(?:\b6015\s?\(\s?[bcf]\s?\)|\(\s?[bcf]\s?\))(?:,|,?\s(?:and/or|and|or|&))?\s?$")
LIST_GOES_ON_AFTER = re.compile(r"^(?:(?:,|and/or|and|or|&)\s?)?\(\s?[bcf]\s?\)")


# "... section woesir!" / "(allocation of liability) and section 6015(f).": no sentence opens on the name of
# a relief in brackets; it names the section cited before the break (its mark the scan garbled into a stop).
RELIEF_NAME_AFTER = re.compile(
    r"\(\s?(?:(?:the|an?)\s)?(?:innocent spouse relief|allocation of|separation of|separate liab|"
    r"equitable relief)")


def _list_goes_on(text: str, end: re.Match[str]) -> bool:
    """Whether a line break stands inside a list of relief subsections."""
    return ("\n" in end.group() and bool(LIST_OPEN_BEFORE.search(text[max(0, end.start() - 40):end.start()]))
            and bool(LIST_GOES_ON_AFTER.match(text[end.end():])))


# A stop inside a list of relief sections: a scan's comma read as a stop ("under section 6015(b) of the
# internal revenue code. section 6015(c) (allocation of liability), and irc section 6015(f) you are ...",
# "irc § 6015(b), irc section 6015(c). and section 6015(f) is not allowed"). The list would lose its last
# items to a sentence of their own. The section number may itself be damaged ("601 5", "60ts", "6013").
_LOOSE_6015 = r"\b6[\s.,]?[0o][\s.,]?[1lit|!][\s.,]?[0-9s]\s?\("
CITE_BEFORE_STOP = re.compile(
    _LOOSE_6015 + r"\s?\S{1,2}\s?\)(?:\s?\([a-z ]{3,40}\))?(?:\s(?:of|under) the internal revenue code)?"
    r"[\s.,;:-]*$")
# After the stop: a join and the next item, its "irc §" perhaps garbled ("and tre -§ 6015(£)"); or, with no
# join, the next item followed by more of the list ("section 6015(c) (allocation of liability), and").
_ITEM_PREFIX = r"(?:(?:irc|i\.r\.c\.|section|sec\.|§+)\s?){0,2}"
# Or a join and a bare subsection ("6015(c ). and (f).", a speck after the "(c" read ")." at 10: own 6387
# 0011, a noisy scan, the "(f)" lost, sure).
ITEM_AFTER_STOP = re.compile(
    rf"^(?:and/or|and|or|&)\s(?:\S{{1,6}}\s){{0,2}}?{_ITEM_PREFIX}{_LOOSE_6015}|"
    r"^(?:and/or|and|or|&)\s\(\s?[bcf]\s?\)|"
    rf"^{_ITEM_PREFIX}{_LOOSE_6015}\s?\S{{1,2}}\s?\)(?:\s?\([a-z ]{{3,40}}\))?\s?(?:,|and\b|or\b|&)")


STOP = re.compile(r"(?<=[.!?])\s+")


def stop_inside_a_list(text: str) -> bool:
    """Whether the sentence holds a stop read through as inside a list of relief sections: a damaged mark
    the list was read past, so its sections are checked."""
    return any(_list_goes_on_past_a_stop(text, match) for match in STOP.finditer(text))


def _list_goes_on_past_a_stop(text: str, end: re.Match[str]) -> bool:
    """Whether a stop stands inside a list of relief sections, between one item and the next."""
    return (bool(CITE_BEFORE_STOP.search(text[max(0, end.start() - 80):end.start()]))
            and bool(ITEM_AFTER_STOP.match(text[end.end():end.end() + 120])))


ABBREVIATIONS = ("u.s.", "sec.", "secs.", "sect.", "sects.", "subsec.", "subsecs.", "par.", "para.",
                 "i.r.c.", "no.", "rev.", "proc.", "reg.", "regs.", "treas.", "e.g.", "i.e.", "st.", "mr.",
                 "ms.", "mrs.", "dr.", "inc.", "p.m.", "a.m.", "v.", "vs.", "c.f.r.", "u.s.c.", "approx.")
# A citation's initialism, letters each with its period ("u.s.c.", "i.r.c.", "c.f.r."), ends no sentence: a
# split after "26 U.S.C." would cut the section a decision names from the decision.
INITIALISM = re.compile(r"(?:[a-z]\.){2,}")


# Words no sentence ends with: a period after one is a speck of the scan ("relief under. Internal Revenue
# Code Section 66(c)", "liability under IRC. Section 6015(f)", "6015(f) is. denied": own seed 6324 0021;
# "6015(c), and. section 6015(f) ... is not allowed": apart seed 9030 0076; an attachment's "Whether. the
# collection action(s) should be sustained", 9048 0040), and the sentence goes on.
OPEN_WORDS = frozenset({"under", "from", "of", "for", "to", "the", "a", "an", "by", "with", "per", "irc",
                        "§", "§§", "section", "sections", "is", "are", "was", "were", "and", "or",
                        "whether"})


SPECK_MARKS = ".,·'’`*"
# The same speck inside a sentence, taken out before its phrases are read: "you do not meet the. requirements
# of section 6015(b)" is the denial "do not meet the requirements" (apart 9018 0028).
OPEN_WORD_SPECK = re.compile(
    r"(?<![\w.])(" + "|".join(re.escape(w) for w in sorted(OPEN_WORDS, key=len, reverse=True)) + r")\.(?=\s)")


# A quote mark glued to a word's end before a space: a speck of the scan ("a request to postpone’
# collection", apart 9050 0016, lost the alternative), or a plural possessive's apostrophe, which no phrase
# needs either. (Contractions are written out before; one after "not" is left to with_not_repaired, which
# reads the "not" back and has the part checked.)
GLUED_QUOTE = re.compile(r"(?<=[a-z])(?<!\bnot)['’‘`](?=\s)")


def open_word_specks_removed(text: str) -> str:
    """The text without a period right after a word no sentence ends with (see OPEN_WORDS), nor a mark
    standing alone after one, nor a quote mark glued to a word's end (GLUED_QUOTE)."""
    return GLUED_QUOTE.sub("", LONE_MARK_AFTER_OPEN_WORD.sub(r"\1", OPEN_WORD_SPECK.sub(r"\1", text)))


def _speck_after_open_word(text: str, position: int) -> bool:
    """Whether the period before `position` is a speck: after a word no sentence ends with, or standing
    alone as a word of its own (a sentence's own period is glued to its last word)."""
    # (a speck opening a line stands alone too: "under internal revenue code" / ". section 66(c)")
    before = (text[max(0, position - 12):position].split() or [""])[-1]
    return before.endswith(".") and (before[:-1] in OPEN_WORDS or not before.strip(SPECK_MARKS))


def _lone_mark_after_open_word(text: str, position: int) -> bool:
    """Whether the stop before `position` stands alone after a word no sentence ends with: a speck the
    scan read as a mark ("the proposed levy is not ?" / "sustained and will be withdrawn.": apart seed 9028
    0004, a 150 dpi scan)."""
    words = text[max(0, position - 24):position].split()
    return (len(words) >= 2 and not words[-1].strip(SPECK_MARKS + "?!:;")
            and words[-2] in LINE_OPEN_WORDS | OPEN_WORDS)


# "for Dec. 31, 2021; for Dec. 31, 2022 no relief is allowed": a month's abbreviation before its day ends no
# sentence (cut there, the years a decision is said of would part from it).
MONTH_ABBREVIATION = re.compile(r"(?:jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)\.")
DAY_AFTER = re.compile(r"[0-3]?[0-9]\b")


# "the notice of intent to hwy! is sustained": no sentence of a letter opens on the verb of the one before
# it, so a stop before one is a speck of the scan.
VERB_GOES_ON = re.compile(r"(?:is|are|was|were)\s(?:not\s)?(?:sustained|upheld|withdrawn|released|"
                          r"appropriate|allowed|denied|granted)\b")


# A word no sentence opens on: a stop before it is a speck the scan read as one ("Appeals sustains the filing
# of the Notice. of Federal Tax Lien.": own 6364 0084, a fax, where the lien was lost from the decision;
# "You proposed a delay. of collection": apart 9058 0046).
NEVER_OPENS = re.compile(r"of\s")


# "We determined that the proposed levy action is not" / "appropriate and is not sustained.": a line that
# ends on a word no sentence ends with, where the page's reading ended it as a table row or a heading (a
# word's letters lost left a gap in the next line that reads as a cell). The sentence goes on past the break.
LINE_OPEN_WORDS = frozenset({"not", "is", "are", "was", "were", "be", "been", "will", "shall", "has", "have",
                             "and", "or", "that", "which", "a", "an", "the", "of", "to", "for", "under", "by",
                             "with", "its", "your", "our", "this"})

# A speck standing alone after a word no sentence or line ends with (OPEN_WORDS, LINE_OPEN_WORDS): "the
# lien ? filing is sustained". Not after "not": a mark there may be a word lost, and determination_ocr reads
# it back and checks the decision.
_SPECK_FOLLOWED = sorted((OPEN_WORDS | LINE_OPEN_WORDS) - {"not"}, key=len, reverse=True)
LONE_MARK_AFTER_OPEN_WORD = re.compile(
    r"(?<![\w.])(" + "|".join(re.escape(w) for w in _SPECK_FOLLOWED) + r")\s[.?!:;,·'`*]{1,2}(?=\s)")


# "... full relief from joint and several liability under internal revenue code" / "section 66(c) for the
# tax period shown above.": a code named at a line's end and its section at the next line's start are one
# citation; cut there, the decision would part from the section it is made under.
CODE_AT_LINE_END = re.compile(r"\b(?:code|irc|i\.r\.c\.?)$")
SECTION_AT_LINE_START = re.compile(r"[\s.,·'`*]*(?:sections?|sec\.|§+)?\s?(?:6015|66)\b")  # specks before


def _line_left_open(text: str, end: re.Match[str]) -> bool:
    """Whether a line break stands after a word no sentence ends with (no mark after it), or inside a
    citation (a code at the line's end, its section at the next one's start)."""
    if "\n" not in end.group():
        return False
    before = text[max(0, end.start() - 12):end.start()].split(" ")[-1]
    if CODE_AT_LINE_END.search(before) and SECTION_AT_LINE_START.match(text, end.end()):
        return True
    return before in LINE_OPEN_WORDS and end.end() < len(text)


def _month_before_its_day(text: str, end: re.Match[str]) -> bool:
    before = text[max(0, end.start() - 6):end.start()].split(" ")[-1]
    return bool(MONTH_ABBREVIATION.fullmatch(before)) and bool(DAY_AFTER.match(text, end.end()))


def _abbreviation_before(text: str, position: int) -> bool:
    before = text[max(0, position - 10):position].split(" ")[-1]
    return (before in ABBREVIATIONS or bool(re.fullmatch(r"[a-z]\.|§+", before))
            or bool(INITIALISM.fullmatch(before)))


def clause_spans(text: str, breaks: re.Pattern[str]) -> list[tuple[int, int]]:
    """The (start, end) of each clause of a sentence, cut after every match of `breaks`; the last clause's
    end is one past the text, so every position of the text, its end included, falls in one clause."""
    cuts = [0, *(m.end() for m in breaks.finditer(text)), len(text) + 1]
    return list(itertools.pairwise(cuts))
