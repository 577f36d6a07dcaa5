"""The header label vocabulary (a table) and OCR-tolerant matching of labels in a page's segments.

Matching compares canonical forms: lower case, OCR look-alikes folded the same way on both sides ("rn" and
"m", "1" and "l"), punctuation dropped, so "Ernployee ID nurnber:" and "Te1ephone:" still match. Very short
labels ("Fax", "TIN", "Date") must match exactly; longer ones may differ by a few edits (see MAX_EDITS).
A label without a colon only counts when it opens its segment; the caller then also requires a value of
the right format, so words like "date" or "form" in running text are never taken for labels.
"""

from __future__ import annotations

import dataclasses
import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache

from rapidfuzz import process
from rapidfuzz.distance import Levenshtein

from parser.core.model import Box, Word
from parser.reading.lines import Line, Segment, union_box

# Field -> the label spellings seen or plausible on Appeals letters. Variant order does not matter.
# "contact_name_id" is one label whose value holds both the contact's name and employee ID number.
LABELS: dict[str, tuple[str, ...]] = {
    "letter_date": (
        "Date", "Letter date", "Date of this letter", "Date of letter", "Notice date", "Date of notice",
        "Letter dated", "Date of determination", "Determination date", "Date issued", "Issue date",
        "Date of issue", "Date mailed", "Mailing date", "Date of mailing",
    ),
    "contact_name": (
        "Person to contact", "Contact person", "Contact", "Contact name", "Name of contact", "Person to call",
        "Your contact", "Appeals contact", "Appeals Officer", "Appeals Settlement Officer",
        "Settlement Officer", "Appeals Technical Employee", "Appeals employee", "Appeals representative",
        "Employee name", "Caseworker", "Appeals Team Case Leader", "Case leader", "Appeals Officer name",
    ),
    "contact_name_id": (
        "Person to contact/ID number", "Person to contact/Employee ID number", "Contact person/ID number",
        "Person to contact and ID number", "Name/ID number", "Contact name/ID number", "Name and ID number",
        "Contact person and ID number", "Person to contact and employee ID number",
        "Contact person/employee ID",
    ),
    "contact_employee_id": (
        "Employee ID number", "Employee ID", "Employee ID no", "ID number", "ID no", "ID",
        "Employee identification number", "Employee number", "Contact ID number", "Contact ID",
        "Badge number", "Employee badge number", "Appeals employee ID",
    ),
    "contact_phone": (
        "Phone", "Phone number", "Telephone", "Telephone number", "Tel", "Contact telephone number",
        "Contact telephone", "Contact phone", "Contact phone number", "Direct phone",
        "Direct telephone number", "Toll free", "Telephone no", "Phone no", "Tel no", "Toll free number",
        "Toll free telephone number", "Toll free phone number", "Telephone number (toll free)",
        "Contact telephone number (toll free)", "Direct", "Direct line", "Direct number", "Direct dial",
    ),
    "contact_fax": (
        "Fax", "Fax number", "Fax no", "Facsimile", "Facsimile number", "Contact fax", "Contact fax number",
        "Efax", "Fax phone",
    ),
    "contact_hours": (
        "Hours", "Contact hours", "Hours of operation", "Office hours", "Business hours", "Hours available",
        "Best time to call", "Hours to call",
    ),
    "tax_periods": (
        "Tax period(s) ended", "Tax periods ended", "Tax period ended", "Tax period(s)", "Tax periods",
        "Tax period", "Tax year(s)", "Tax years", "Tax year", "Tax year(s) ended", "Tax years ended",
        "Tax year ended", "Period(s) ended", "Periods ended", "Period ended", "Tax period(s) ending",
        "Tax period ending", "Tax period end date", "Years", "Tax periods ending", "Tax year(s) ending",
        "Year/period ended", "Year/period ending",
        "Tax year ending", "Period(s)", "Period ending", "Periods", "Tax period(s) involved",
    ),
    "tax_form": (
        "Tax form", "Tax form number", "Form number", "Form", "Form no", "Tax return form", "Return form",
        "Form type", "Tax form no", "Type of tax", "Kind of tax", "Return type", "Type of return",
    ),
    "taxpayer_id": (
        "Taxpayer identification number", "Taxpayer ID number", "Taxpayer ID", "TIN",
        "Social security number", "SSN", "Your SSN", "Your social security number",
        "Employer identification number", "EIN", "Your EIN", "Your taxpayer identification number",
        "Taxpayer identifying number", "Identifying number", "Your TIN",
        "Social security or employer identification number", "Social security or employer ID number",
        "Social security or employer identification no", "SSN/EIN", "SSN or EIN", "Your taxpayer ID number",
        "Tax ID number", "Taxpayer ID no", "Social security number (SSN)", "Tax identification number",
        "Taxpayer identification number (TIN)", "Employer identification number (EIN)", "Employer ID number",
        "Employer ID",
        # The first line of a label wrapped in a ruled cell ("Taxpayer Identification / Number").
        "Taxpayer identification", "Social security or employer",
    ),
    "taxpayer_name": (
        "Taxpayer name", "Name of taxpayer", "Taxpayer", "Taxpayer(s)", "Taxpayer(s) name", "Name",
        "Requesting spouse", "Requesting spouse name",
    ),
    "printed_last_day": (
        "Last day to file a petition", "Last day to file a petition with the Tax Court",
        "Last day to file a petition with the United States Tax Court",
        "Last day to file a petition with the U.S. Tax Court", "Last date to file a petition",
        "Last day to petition the Tax Court", "Last day to petition", "Last day to file",
        "Last date to petition Tax Court", "Petition due date", "Tax Court petition due date",
        "Last day to file petition", "Last date to file a petition with the Tax Court",
        "Last date to file a petition with the United States Tax Court", "Last day to file your petition",
        "Last day for filing a petition", "Last date to file petition", "Last day to petition Tax Court",
        "Last date to petition the Tax Court", "Last day to petition the United States Tax Court",
        "Petition must be filed by", "Tax Court petition must be filed by",
    ),
}

# Phrases that hold a label word but name something else: matched like labels so that they claim their
# words ("Date received:" is a receipt stamp, not the letter date; "Taxpayer Advocate" is not a name).
NOT_LABELS: tuple[str, ...] = (
    "Date received", "Received date", "Received", "Date filed", "Filed date", "Date of hearing",
    "Hearing date", "Hearing held", "Date of birth", "Due date", "Date signed", "Date of request",
    "Request date", "Date requested", "Date of receipt", "Receipt date", "Date of the hearing",
    "Conference date", "Taxpayer Advocate", "Taxpayer Advocate Service", "Local Taxpayer Advocate",
    "Appeals Team Manager", "Team manager", "Manager", "Date stamped", "Postmark date", "Rev",
    "Revision date", "Cat. No", "Catalog number", "Spouse", "Non-requesting spouse", "Nonrequesting spouse",
    # The other spouse's number is not the holder's ("Spouse SSN: XXX-XX-4412" under "SSN:").
    "Spouse SSN", "Spouse's SSN", "Spouse TIN", "Spouse's TIN", "Spouse's social security number",
    "Spouse social security number", "Secondary SSN", "Other spouse's SSN",
    "Other spouse", "In reply refer to", "Refer reply to", "Reply to", "Case number", "Docket number",
    "Taxpayer clinic", "Low income taxpayer clinic", "Taxpayer assistance center",  # a clinic's stamp
    # Dates of earlier steps that a header or a form row may show beside the letter's own date.
    "Date of levy notice", "Levy notice date", "Date of lien notice", "Lien notice date",
    "Date of CDP notice", "Date of your hearing request", "Hearing request date", "Date hearing requested",
    "Request received", "Date request received", "Date Form 12153 received", "Form 12153 received",
    "Conference held", "Date of conference", "Date of preliminary determination",
)
OTHER = "_other"
# Words naming a person other than the letter's holder before a number ("Spouse SSN:", "Secondary TIN"): a
# masked number after them, whatever garble its label became, is not the holder's.
OTHER_PERSON = re.compile(r"\b(?:spouse'?s?|secondary|non-?requesting)\b", re.IGNORECASE)

# The letter date's label in its bare spellings ("Date", "Dated", "Letter date"). The table above matches
# them only colon-ended or opening a segment; readers that look for the word beside a date use these two
# forms of the one spelling:
BARE_DATE_WORD = r"(?:letter\s+)?dated?"
# a word of its own, with a colon or not ("Date:", "DATE"; not "Date of birth", "Date received") ...
DATE_WORD_ALONE = re.compile(rf"^{BARE_DATE_WORD}[:.;]?$", re.IGNORECASE)
# ... or right before its date, without a colon ("Date August 6, 2020", and "DateAugust 6, 2020" where a
# text layer lost the space).
DATE_WORD_BEFORE_DATE = re.compile(rf"^{BARE_DATE_WORD}\s*(?=[A-Za-z0-9])", re.IGNORECASE)

# The longest a canonical label may differ from a spelling, by the spelling's canonical length.
MAX_EDITS: tuple[tuple[int, int], ...] = ((4, 0), (7, 1), (13, 2), (10_000, 3))
COLON_CHARS = ":;"
SHORT_FORM = 4  # canonical length up to which a label is "short" and must match (almost) exactly
SLACK_MIN_LENGTH = 13  # only spellings longer than this (canonical) take a caller's slack for garbled words
SLACK_MAX_SHARE = 0.2  # and then differ by at most this share of their letters ("File" read "48" in 39)
MAX_LABEL_WORDS = 12
MAX_SPLIT_WORDS = 8  # a label wrapped over two lines: words of its first line
# OCR look-alikes folded the same way on both sides before comparing.
LOOKALIKES: tuple[tuple[str, str], ...] = (
    ("rn", "m"), ("vv", "w"), ("1", "l"), ("|", "l"), ("!", "l"), ("0", "o"), ("5", "s"), ("8", "b"),
    ("$", "s"), ("i", "l"),  # "1D Number:" is "ID Number:" (the "1" folds to "l", so the "I" must too)
)
NON_LETTERS = re.compile(r"[^a-z]")
# A segment that is nothing but a few words and a colon ("tase pewieds:") stands where a label stands. When
# no spelling is within MAX_EDITS of it, one within this share of its length (same first letter, a spelling
# this long at least) is taken, scored no higher than LOOSE_SCORE so that its value is always reviewed.
LOOSE_EDIT_SHARE = 0.4
LOOSE_MIN_LENGTH = 6
LOOSE_MAX_WORDS = 5
LOOSE_SCORE = 0.6
# Spellings this close to a label are all as good as exact when choosing between overlapping labels.
CLOSE_MATCH = 0.85
# A label whose first letters OCR ran into the word before it ("...Spouse Operatiogppeals Settlement
# Officer:", an office name printed up to the label's column) is looked for inside that word, on scans
# only: at least this many letters of the word before stay outside it, and the label is a long one.
MERGED_MIN_HEAD = 3
MERGED_MIN_FORM = 10


@dataclass(frozen=True)
class LabelMatch:
    """A label found on a page: which field it names, its words, and how well it matched."""

    field: str
    variant: str
    words: tuple[Word, ...]
    segment: Segment  # the segment holding the label's last word
    end: int  # index in segment.words just after the label
    score: float  # 1.0 exact; lower for OCR-damaged spellings
    colon: bool

    @property
    def box(self) -> Box:
        return union_box(self.words)

    @property
    def page(self) -> int:
        return self.segment.page

    @property
    def text(self) -> str:
        return " ".join(w.text for w in self.words)


def without_accents(text: str) -> str:
    """The text with the accents a scan's specks put on letters taken off ("Daté" for "Date", apart 9034
    0076): an English letter's labels have none. Each character stays one character (offsets hold)."""
    if text.isascii():
        return text
    return "".join(_base_letter(ch) for ch in text)


def _base_letter(ch: str) -> str:
    base = unicodedata.normalize("NFD", ch)[0]
    return ch if unicodedata.combining(base) else base


def canonical(text: str) -> str:
    folded = without_accents(text).lower()
    for seen, meant in LOOKALIKES:
        folded = folded.replace(seen, meant)
    return NON_LETTERS.sub("", folded)


def max_edits(length: int) -> int:
    return next(edits for limit, edits in MAX_EDITS if length <= limit)


@lru_cache(maxsize=1)
def _spellings() -> tuple[tuple[str, str, str], ...]:
    """(canonical form, field, variant) for every label and not-label."""
    rows = [(canonical(v), field, v) for field, variants in LABELS.items() for v in variants]
    rows += [(canonical(v), OTHER, v) for v in NOT_LABELS]
    return tuple(rows)


def match_label(text: str, *, colon: bool, min_length: int = 0, first_letter_free: bool = False,
                slack: int = 0) -> tuple[str, str, float] | None:
    """(field, variant, score) of the spelling `text` is closest to, within the allowed edits; only
    spellings of at least `min_length` letters (canonical) count, and with `first_letter_free` a damaged
    label may have lost its first letter (to the word OCR ran it into). `slack`: edits more a long spelling
    may differ by (a word of it OCR read at a low confidence, garbled: the caller's evidence)."""
    query = canonical(text)
    if not query:
        return None
    spellings = _spellings()
    forms = [form for form, _, _ in spellings]
    found = process.extract(query, forms, scorer=Levenshtein.distance, score_cutoff=3 + slack, limit=8)
    best: tuple[str, str, float] | None = None
    best_key: tuple[float, int] = (-1.0, 0)
    for form, distance, index in found:
        allowed = max_edits(len(form)) + (1 if colon and len(form) == 4 else 0)
        if len(form) > SLACK_MIN_LENGTH:  # garbled words may cost more edits, never most of the spelling
            allowed = max(allowed, min(allowed + slack, int(SLACK_MAX_SHARE * len(form))))
        if distance > allowed or (len(form) <= SHORT_FORM and not _mostly_letters(text, len(form))):
            continue
        if len(form) < min_length:
            continue
        if distance and query[0] != form[0] and not first_letter_free and not _first_letter_misread(
                query, form, colon=colon):
            continue  # "by telephone" is not "Telephone": a damaged label keeps its first letter
        _, field, variant = spellings[index]
        score = 1.0 - distance / max(len(form), 1)
        key = (score, len(form))
        if key > best_key:
            best, best_key = (field, variant, score), key
    return best


# A label whose first letter alone a scan misread, colon-ended and long enough that no other word is one
# letter from it ("Yelephone:" behind a speck, apart 9054 0011: the phone went unread).
FIRST_LETTER_MISREAD_MIN = 6


def _first_letter_misread(query: str, form: str, *, colon: bool) -> bool:
    return colon and len(form) >= FIRST_LETTER_MISREAD_MIN and query[1:] == form[1:]


def damaged_short_label(text: str, field: str) -> bool:
    """Whether `text` (a label's words before its colon) is one of `field`'s short spellings with one letter
    misread, the first included ("Pax" for "Fax", "Tei" for "Tel"), and no other field's spelling is as close.
    Short labels must otherwise match exactly; callers use this only where the value's format and place
    already say which field it is, and keep the value flagged."""
    query = canonical(text)
    if not 2 <= len(query) <= SHORT_FORM:
        return False
    closest = {other for form, other, _ in _spellings()
               if len(form) == len(query) and Levenshtein.distance(query, form, score_cutoff=1) <= 1}
    return closest == {field}


def _mostly_letters(text: str, length: int) -> bool:
    """A short label must be written in letters: "55 N." folds to "ssn" but is no SSN label."""
    return sum(ch.isalpha() for ch in text) >= length - 1 and sum(ch.isdigit() for ch in text) <= 1


def _ends_with_colon(words: Sequence[Word], following: Word | None) -> bool:
    if words and words[-1].text.rstrip()[-1:] in COLON_CHARS:
        return True
    return following is not None and following.text.strip() in set(COLON_CHARS)


@dataclass(frozen=True)
class _Candidate:
    match: LabelMatch
    start: int
    first_word: Word


def find_labels(lines: Iterable[Line]) -> tuple[LabelMatch, ...]:
    """Every label on the given lines, at most one per word, best and longest first where they overlap.

    A label broken over two lines ("Person to" / "contact:") is found too, when its second part is
    left-aligned under its first and ends with a colon.
    """
    segments = [segment for line in lines for segment in line.segments]
    found: list[LabelMatch] = []
    for segment in segments:
        labels, claimed = _segment_labels(segment)
        found.extend(labels if claimed else _loose_label(segment))
    for split in _split_labels(segments):
        lower = {id(w) for w in split.words}
        overlapping = [m for m in found if any(id(w) in lower for w in m.words)]
        longer = all(len(canonical(m.variant)) < len(canonical(split.variant)) and m.score <= split.score
                     for m in overlapping)
        if longer:
            found = [m for m in found if m not in overlapping] + [split]
    return tuple(found)


def _split_labels(segments: Sequence[Segment]) -> list[LabelMatch]:
    found: list[LabelMatch] = []
    for upper in segments:
        # The label's first line may be followed on its line by the value: "Employee Identification 2710834"
        # over "Number:". The head then stops before the value's first word.
        stop = len(upper.words)
        while stop > 1 and not _wordlike(upper.words[stop - 1]):
            stop -= 1
        if upper.words[stop - 1].text.rstrip()[-1:] in COLON_CHARS:
            continue
        height = upper.height
        # The lower part starts under the upper one's middle: a speck or a photo's blur can box the upper
        # words down over its top ("Employee Identification" to 168, "Number:" read "lamer:" from 165:
        # apart 9041 0016).
        below = [
            s for s in segments
            if upper.box.top + 0.5 * height < s.box.top <= upper.box.bottom + height
            and abs(s.box.x0 - upper.box.x0) <= 1.5 * height
        ]
        for lower in below[:1]:
            for start in range(max(0, stop - MAX_SPLIT_WORDS), stop):
                if not all(_wordlike(w) for w in upper.words[start:stop]):
                    continue
                match = _split_match(upper.words[start:stop], lower)
                if match is not None:
                    found.append(match)
                    break
    return found


def _wordlike(word: Word) -> bool:
    """A word a label could be made of: mostly letters (labels hold no numbers)."""
    letters = sum(ch.isalpha() for ch in word.text)
    return letters > 0 and letters * 2 >= len(word.text)


def _numberlike(word: Word) -> bool:
    """A word more digits than letters: a value, never the end of a label (no spelling ends in a number)."""
    return sum(ch.isdigit() for ch in word.text) > sum(ch.isalpha() for ch in word.text)


def _split_match(head: Sequence[Word], lower: Segment) -> LabelMatch | None:
    for end in range(1, min(len(lower.words), MAX_SPLIT_WORDS) + 1):
        following = lower.words[end] if end < len(lower.words) else None
        if not _ends_with_colon(lower.words[:end], following):
            continue
        words = (*head, *lower.words[:end])
        hit = match_label(" ".join(w.text for w in words), colon=True)
        if hit is None or hit[0] == OTHER:
            return None
        stop = end + 1 if following is not None and following.text.strip() in set(COLON_CHARS) else end
        return LabelMatch(field=hit[0], variant=hit[1], words=words, segment=lower, end=stop, score=hit[2],
                          colon=True)
    return None


def _segment_labels(segment: Segment) -> tuple[list[LabelMatch], bool]:
    """The segment's labels, and whether any spelling (a label or a not-label) claimed words of it."""
    words = segment.words
    candidates: list[_Candidate] = []
    for start in range(len(words)):
        for end in range(start + 1, min(len(words), start + MAX_LABEL_WORDS) + 1):
            window = words[start:end]
            if _numberlike(window[-1]):
                continue  # "Ended: 202212;": the colon after a value is no label's, the number its value
            following = words[end] if end < len(words) else None
            colon = _ends_with_colon(window, following)
            if start > 0 and not colon:
                continue  # a label without a colon only counts when it opens its segment
            text = " ".join(w.text for w in window)
            if len(canonical(text)) > 70:
                break
            hit = match_label(text, colon=colon)
            if hit is None:
                continue
            if not colon and _starts_longer_label(text, words[end:end + 2]):
                continue  # "Taxpayer" of "Taxpayer Identification Number" broken over lines
            field, variant, score = hit
            stop = end + 1 if following is not None and following.text.strip() in set(COLON_CHARS) else end
            match = LabelMatch(field=field, variant=variant, words=tuple(window), segment=segment, end=stop,
                               score=score, colon=colon)
            candidates.append(_Candidate(match=match, start=start, first_word=window[0]))
    candidates += _merged_candidates(segment)
    return _resolve(candidates), bool(candidates)


def _merged_candidates(segment: Segment) -> list[_Candidate]:
    """A colon-ended label that begins inside an OCR word (MERGED_MIN_HEAD), its first letter perhaps lost
    in the join; the label's part of the word gets its share of the word's box."""
    words = segment.words
    if not _ends_with_colon(words, None):
        return []
    found: list[_Candidate] = []
    for start in range(max(0, len(words) - MAX_SPLIT_WORDS), len(words)):
        word = words[start]
        if word.method != "ocr" or len(word.text) < MERGED_MIN_HEAD + 3:
            continue
        rest = " ".join(w.text for w in words[start + 1:])
        best: tuple[float, int, str, str] | None = None
        for cut in range(MERGED_MIN_HEAD, len(word.text) - 2):
            hit = _tail_label(f"{word.text[cut:]} {rest}")
            if hit is not None and (best is None or hit[2] > best[0]):
                best = (hit[2], cut, hit[0], hit[1])
        if best is None:
            continue
        score, cut, field, variant = best
        share = cut / len(word.text)
        x0 = word.box.x0 + share * word.box.width
        part = dataclasses.replace(word, text=word.text[cut:], box=dataclasses.replace(word.box, x0=x0))
        match = LabelMatch(field=field, variant=variant, words=(part, *words[start + 1:]), segment=segment,
                           end=len(words), score=score, colon=True)
        found.append(_Candidate(match=match, start=start, first_word=part))
    return found


def _tail_label(text: str) -> tuple[str, str, float] | None:
    """(field, variant, score) of the long label `text` is within the allowed edits of, its first letter
    free (the join may have eaten it); None for a not-label."""
    hit = match_label(text, colon=True, min_length=MERGED_MIN_FORM, first_letter_free=True)
    return None if hit is None or hit[0] == OTHER else hit


def _loose_label(segment: Segment) -> list[LabelMatch]:
    """The whole segment as an OCR-garbled label, when it is only a few words ending in a colon."""
    words = segment.words
    if not 0 < len(words) <= LOOSE_MAX_WORDS or not _ends_with_colon(words, None):
        return []
    if any(w.method != "ocr" for w in words):
        return []  # a text layer's words are as printed: an unknown label there is another label
    if not all(_wordlike(w) for w in words):
        return []
    query = canonical(" ".join(w.text for w in words))
    if len(query) < LOOSE_MIN_LENGTH:
        return []
    spellings = _spellings()
    best: tuple[float, int] | None = None
    for index, (form, _, _) in enumerate(spellings):
        if len(form) < LOOSE_MIN_LENGTH or form[0] != query[0]:
            continue
        distance = Levenshtein.distance(query, form, score_cutoff=int(LOOSE_EDIT_SHARE * len(form)))
        if distance <= LOOSE_EDIT_SHARE * len(form):
            score = 1.0 - distance / len(form)
            if best is None or score > best[0]:
                best = (score, index)
    if best is None:
        return []
    _, field, variant = spellings[best[1]]
    if field == OTHER:
        return []
    return [LabelMatch(field=field, variant=variant, words=tuple(words), segment=segment, end=len(words),
                       score=min(best[0], LOOSE_SCORE), colon=True)]


def _starts_longer_label(text: str, following: Sequence[Word]) -> bool:
    """Whether the text and the word(s) after it begin some longer label spelling."""
    if not following:
        return False
    extended = canonical(" ".join([text, *(w.text for w in following[:1])]))
    return len(extended) > len(canonical(text)) and any(
        form.startswith(extended) for form, _, _ in _spellings())


def _resolve(candidates: list[_Candidate]) -> list[LabelMatch]:
    """At most one label per word: colon-ended first, then the closest spelling, then the longest. Close
    spellings count as equal, so "Persdn to contact:" is one label, not "contact:" and a stray word."""
    chosen: list[_Candidate] = []
    taken: set[int] = set()
    ranked = sorted(candidates, key=lambda c: (c.match.colon, min(round(c.match.score, 2), CLOSE_MATCH),
                                               len(c.match.words), c.match.score), reverse=True)
    for candidate in ranked:
        span = set(range(candidate.start, candidate.match.end))
        if span & taken:
            continue
        chosen.append(candidate)
        taken |= span
    return [c.match for c in sorted(chosen, key=lambda c: c.start) if c.match.field != OTHER]
