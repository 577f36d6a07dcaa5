"""The taxpayer's name from the address block of page 1, when no label names it.

An address block is a few left-aligned lines ending in a city, state and ZIP line. The Appeals office's
return address is one too; the taxpayer's is the block that holds no office words. Its name is the line
just above the street line (a "C/O" or "ATTN" line is skipped). The salutation ("Dear ...") corroborates it,
and stands in for it (flagged) when a scan lost or garbled the block's name line.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Sequence

from parser.core.model import Word, scanned
from parser.core.notes import Note, note
from parser.facts.dates import DIGITISH
from parser.facts.fields import NAME_EDGES, Reading, scanned_name_doubt
from parser.facts.header import PageLayout
from parser.reading.lines import Segment

# "RICHMOND VA 23220", "Springfield, IL 62704-1234"; on a scan a speck can add a digit ("SPOKANE WA 939201").
CITY_STATE_ZIP = re.compile(r"^[A-Za-z][A-Za-z .'-]*,?\s+[A-Z]{2}\.?\s+[0-9]{5,6}(?:-[0-9]{4})?$")
# "657 MAPLE AVE", "PO BOX 12", "P.O. Box 12", "RR 2 Box 5"; a house number's first digit OCR read as a
# look-alike ("$244 W 14TH AVE", "S12 ELM ST").
STREET = re.compile(
    rf"^(?:[{DIGITISH}]?[0-9]+[A-Za-z]?\s|P\.?\s?O\.?\s?BOX\b|RR\s?[0-9]|HC\s?[0-9])", re.IGNORECASE)
OFFICE_WORDS = re.compile(
    r"\b(?:internal revenue|appeals|department of the treasury|irs|stop|room|m/s|mail stop|office)\b",
    re.IGNORECASE,
)
CARE_OF = re.compile(r"^(?:c/o|attn|%|in care of)\b", re.IGNORECASE)
NOT_A_NAME_LINE = re.compile(r"certified|registered|return receipt|mail\b|received|in re\b", re.IGNORECASE)
SALUTATION_NAME = re.compile(r"^dear\s+(?P<name>[^:,]+)", re.IGNORECASE)
# On a scan, "Dear" with one letter misread as its look-alike ("Deax", "Dcar", "Doar"); only on a line that
# ends the way a greeting does, with a colon or a comma, so that a name line ("Dean Holt") is no greeting.
SCANNED_SALUTATION = re.compile(r"^d(?:[ceo]a|e[aeo])[rx]\s+(?P<name>[^:,]+)[:,;.]\s*$", re.IGNORECASE)
GENERIC_GREETINGS = frozenset({"sir", "or", "madam", "taxpayer", "taxpayers", "mr", "ms", "mrs", "dr", "miss",
                               "customer", "client", "representative", "to", "whom", "it", "may", "concern"})
BLOCK_GAP = 1.8
SPECKS = " .,'’‘°*•|_-~:;\"“”"  # line heights between lines of one block
# Confidence of a name read from its place, with and without the salutation agreeing.
CORROBORATED = 0.92
UNCORROBORATED = 0.80  # a clean block (name, street, city-state-ZIP) and a salutation that names no one
CONTRADICTED = 0.60  # the salutation greets someone else
# Only the salutation names the taxpayer (the block's name line lost or garbled): a person checks it.
SALUTATION_ONLY = 0.60
# A block's name line with a word read under GARBLED_NAME is garbled; a salutation with every word at
# SURE_NAME or more is read sure (Tesseract's 0-100).
GARBLED_NAME = 60.0
SURE_NAME = 90.0
# Courtesy titles a salutation puts before a name ("Dear Mr. Okonkwo"): not part of it.
COURTESY_TITLES = frozenset({"mr", "ms", "mrs", "miss", "dr", "mx"})
# A word of a name: two letters or more (an initial alone does not make a name line).
NAME_WORD = re.compile(r"[A-Za-z][A-Za-z'’.-]+")
# Two spellings of one word of the name (the block's and the salutation's) this alike are two readings of
# the same printed word, and on a scan they disagree: "QDUYA" / "ODUYA", "TREMBLA" / "Tremblay".
SAME_WORD_LIKENESS = 0.6
# Words level with a scanned name line, right of it, that its reading left out: OCR set part of the name on
# a line of its own ("Marisol" | "So Castell rer", apart seed 9048 0022). Words this many line heights
# apart at most continue the name; the header's other column stands further off.
WORDS_BESIDE = "value.name_words_beside"
BESIDE_GAP_LINES = 3.0


def taxpayer_name(layout: PageLayout) -> tuple[Reading, float] | None:
    """The name and the label-factor to score it with (higher when the salutation agrees)."""
    segments = [s for line in layout.lines for s in line.segments if layout.zone_of(s.box.top) == "header"]
    for zip_line in (s for s in segments if CITY_STATE_ZIP.match(s.text.strip(SPECKS))):
        block = _block_above(zip_line, segments)
        if any(OFFICE_WORDS.search(s.text) for s in block):
            continue
        streets = [i for i, s in enumerate(block) if STREET.match(s.text)]
        if not streets or streets[-1] == 0:
            continue
        above = block[:streets[-1]]
        names = [s for s in above if not (CARE_OF.match(s.text) or NOT_A_NAME_LINE.search(s.text))]
        if not names:
            continue
        name = names[-1]
        text = " ".join(w.text for w in name.words).strip(NAME_EDGES)
        agrees = _salutation_agrees(layout, text)
        greeted = salutation_name(layout)
        if greeted is not None and (_garbled_beside(name.words, greeted) or (
                agrees is False and _name_words(greeted.text) > _name_words(text))):
            return greeted, SALUTATION_ONLY  # "ee" where the scan garbled the name, "Dear BERNARD MONTGOMERY"
        factor = CORROBORATED if agrees else UNCORROBORATED if agrees is None else CONTRADICTED
        doubt = scanned_name_doubt(text, name.words)
        beside = _words_beside(layout, name) if scanned(name.words) else []
        if beside:
            doubt = (*doubt, note(WORDS_BESIDE, words=" ".join(w.text for w in beside)))
        if greeted is not None and scanned(name.words):
            text, differs = _mended_by_salutation(text, greeted.text)
            doubt = (*doubt, *differs)
        return Reading(value=text, words=name.words, text=text, doubt=doubt), factor
    greeted = salutation_name(layout)
    return None if greeted is None else (greeted, SALUTATION_ONLY)


def _garbled_beside(words: Sequence[Word], greeted: Reading) -> bool:
    """Whether the block's name line was read garbled (a word under GARBLED_NAME) where the salutation's
    name was read sure (every word at SURE_NAME or more), and the block holds a word of two letters or more
    unlike any of the salutation's: "MARCUS EST CaO" at 27 for "Dear Marcus Esposito:" at 95-96 (apart 9088
    0070, a 150 dpi scan); the office's line read "Oca ok hancale" at 0 for the taxpayer's (0046)."""
    low = min((w.confidence for w in words if w.confidence is not None), default=None)
    sure = all(w.confidence is not None and w.confidence >= SURE_NAME for w in greeted.words)
    unlike = [w for w in words if len(w.text.strip(NAME_EDGES + ".")) > 1 and not any(
        _alike(w.text.strip(NAME_EDGES + "."), g.text.strip(NAME_EDGES + ".")) for g in greeted.words)]
    return low is not None and low < GARBLED_NAME and sure and bool(unlike) and all(
        g.text[:1].isupper() for g in greeted.words)


def salutation_name(layout: PageLayout) -> Reading | None:
    """The name "Dear ..." greets, courtesy titles left out; None for a greeting that names no one."""
    for line in layout.lines:
        for segment in line.segments:
            match = _salutation(segment)
            if match is None:
                continue
            words = []
            for word in (*segment.words[1:], *_level_right_of(layout, segment)):
                bare = word.text.strip(NAME_EDGES + ".")
                if bare and bare.lower() not in COURTESY_TITLES:
                    words.append(word)
                if word.text.endswith((":", ",")):
                    break
            text = " ".join(w.text for w in words).strip(NAME_EDGES)
            tokens = {t.strip(".,").lower() for t in text.split()}
            if _name_words(text) < 2 or tokens & GENERIC_GREETINGS:
                return None
            return Reading(value=text, words=tuple(words), text=text, doubt=scanned_name_doubt(text, words))
    return None


def _salutation(segment: Segment) -> re.Match[str] | None:
    """The greeting's match on a line: "Dear ...", or on a scan a look-alike of "Dear" before a name and a
    colon."""
    match = SALUTATION_NAME.match(segment.text)
    if match is None and scanned(segment.words):
        match = SCANNED_SALUTATION.match(segment.text.strip())
    return match


def _words_beside(layout: PageLayout, name: Segment) -> list[Word]:
    """Words with letters level with the scanned name line and right of its start, each at most
    BESIDE_GAP_LINES line heights after the one before, that are not the line's own."""
    reach = BESIDE_GAP_LINES * name.height
    edge, beside = name.box.x1, []
    for word in _level_right_of(layout, name):
        if word.box.x0 - edge > reach:
            break
        edge = max(edge, word.box.x1)
        if NAME_WORD.search(word.text):
            beside.append(word)
    return beside


def _level_right_of(layout: PageLayout, segment: Segment) -> list[Word]:
    """The words level with `segment` and right of it, left to right: a wide letter gap, or a photo's
    curve, can cut a greeting in two ("Dear Oluwaseun" | "K Abernethy:"), the rest on a line of its own.
    Right of the segment's last word's left edge, not of its box: OCR can give a word a box that reaches
    over the words after it, and those then start a segment of their own inside it."""
    box, start = segment.box, segment.words[-1].box.x0
    return sorted((w for line in layout.lines for s in line.segments if s is not segment for w in s.words
                   if w.box.x0 > start and box.top <= (w.box.top + w.box.bottom) / 2 <= box.bottom),
                  key=lambda w: w.box.x0)


def _name_words(text: str) -> int:
    return len(NAME_WORD.findall(text))


def _block_above(last: Segment, segments: Sequence[Segment]) -> list[Segment]:
    """The left-aligned lines above `last` with no wide gap between them, top to bottom, `last` included.

    Another city, state and ZIP line above ends the block: it closes the address printed above this one (the
    return address stacked over the taxpayer's)."""
    block = [last]
    while len(block) < 6:
        current = block[0]
        height = current.height
        # A line's middle, not its bottom: a speck or a stamp's edge can make a scanned line's box tall.
        above = [
            s for s in segments
            if (s.box.top + s.box.bottom) / 2 <= current.box.top
            and current.box.top - s.box.bottom <= BLOCK_GAP * height
            and abs(s.box.x0 - current.box.x0) <= height
        ]
        if not above:
            break
        nearest = max(above, key=lambda s: s.box.top)
        if CITY_STATE_ZIP.match(nearest.text.strip(SPECKS)):
            break
        block.insert(0, nearest)
    return block


def _salutation_agrees(layout: PageLayout, name: str) -> bool | None:
    """True when "Dear ..." names the person, False when it names someone else, None when it names no one."""
    tokens = {t.strip(".,").lower() for t in name.split() if len(t.strip(".,")) > 1}
    for line in layout.lines:
        for segment in line.segments:
            match = _salutation(segment)
            if match is None:
                continue
            greeted = {t.strip(".,").lower() for t in match["name"].split()} - GENERIC_GREETINGS
            if not greeted:
                return None
            return bool(tokens & greeted)
    return None


def _mended_by_salutation(name: str, greeted: str) -> tuple[str, tuple[Note, ...]]:
    """The block's scanned name checked word by word against the salutation's reading of it: a word the
    two spell differently (but alike) is a misreading in one of them, so the name is flagged; a block word
    that is the start of the salutation's word lost its end at the scan ("TREMBLA" for "Tremblay") and
    takes the salutation's spelling (still flagged)."""
    words = name.split()
    greeted_words = [w.strip(NAME_EDGES + ".") for w in greeted.split()]
    greeted_keys = {w.lower() for w in greeted_words}
    notes: list[Note] = []
    for index, word in enumerate(words):
        bare = word.strip(NAME_EDGES + ".")
        if len(bare) < 2 or bare.lower() in greeted_keys:
            continue
        other = next((g for g in greeted_words if len(g) > 1 and g.lower() not in {w.lower() for w in words}
                      and _alike(bare, g)), None)
        if other is None:
            continue
        notes.append(note("value.name_salutation_differs", part=bare, greeted=other))
        if len(other) > len(bare) and other.lower().startswith(bare.lower()):
            words[index] = word.replace(bare, other.upper() if bare.isupper() else other)
    return " ".join(words), tuple(notes)


def _alike(first: str, second: str) -> bool:
    return difflib.SequenceMatcher(None, first.lower(), second.lower()).ratio() >= SAME_WORD_LIKENESS

