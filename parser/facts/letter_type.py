"""Which letter this is: 4390, its relatives (3193, 3210, 4439, 3288, 3279), or something else.

Three kinds of signal, each a table: the footer ("Letter 4390 (Rev. 11-2019)"), the title wording, and the
content (which statutes and parts the letter speaks of). The footer decides when it is there; the content
must agree with it, or the type is flagged. Without a footer the content decides, flagged for review.
Cross-checks: the petition sentences must fit the type (30 days for collection, 90 for innocent spouse),
and a Letter 4390 must speak of both its parts.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence
from dataclasses import dataclass

from parser.core.model import LetterType, LetterTypeValue
from parser.core.notes import Note, note
from parser.facts.decisions.phrases import Hit, find_all
from parser.reading.lines import PageText

KNOWN_TYPES: tuple[LetterTypeValue, ...] = ("4390", "3193", "3210", "4439", "3288", "3279")

# "Letter 4390 (Rev. 11-2019)", "L4390 (Rev 3-2013)", "Letter 4390 (DO) (Rev. ...)", "LTR 4390 (11-2019)",
# "Letter No. 4390 (Rev. ...)": the form's own footer (an office code may follow the number).
FOOTER = re.compile(
    r"\b(?:letter|ltr|l)\s?(?:no\.?\s?)?(?P<number>[0-9]{4})\s?(?:\(\s?[a-z]{1,4}\s?\)\s?)?"
    r"(?:\(\s?)?(?:rev\b|[0-9]{1,2}\s?[-/]\s?(?:19|20)[0-9]{2}\s?\))"
)
# "Notice CP14", "CP 504", "Form 668-A": the footer of an IRS notice or form that is no Appeals letter.
OTHER_FOOTER = re.compile(
    r"\bnotice\s(?:cp|lt)\s?[0-9]{1,4}[a-z]?\b|\b(?:cp|lt)\s?[0-9]{2,4}[a-z]?\s?\(rev\b"
)

# Letters a clinic gets that speak of the same statutes but decide nothing a petition can be filed about:
# their own footer number settles that they are no Appeals determination.
LOOKALIKE_LETTERS: dict[str, str] = {
    "1058": "a final notice of intent to levy, which offers a hearing",
    "3172": "a notice of a federal tax lien filing, which offers a hearing",
    "3174": "a notice of a federal tax lien filing",
    "4837": "an Appeals letter that sets up the hearing",
    "3219": "a notice of deficiency",
    "1153": "a trust fund recovery penalty letter",
}
# Content signals: name -> pattern over the lower-case text.
SIGNALS: dict[str, re.Pattern[str]] = {
    # Also the part named without a code section: "our determination on the collection action(s)", "the
    # collection determination", "the lien filing" (not a mere "collection actions" a leaflet may list).
    "collection": re.compile(
        r"\b63[23]0\b|collection due process|\bcdp\b|notice of federal tax lien|"
        r"notice of intent to levy|proposed levy|"
        r"(?:determination|decision)s? (?:on|concerning|about|regarding|of) (?:the |your )?collection action|"
        r"\bcollection determination|\blien filing|filing of (?:the|a|your) (?:notice of )?"
        r"(?:federal )?(?:tax )?lien\b|\blevy action"
    ),
    "innocent_spouse": re.compile(
        r"\b6015\b|joint and several liability|innocent spouse|\b66\s?\(c\)|relief from joint"
    ),
    # Not the title of Form 12153 ("Request for a Collection Due Process or Equivalent Hearing").
    "equivalent_hearing": re.compile(r"(?<!process or )(?<!or an )equivalent hearing"),
    "appeals": re.compile(r"\bappeals\b"),
    "determination": re.compile(r"\bdetermination\b|\bdecision letter\b"),
    # "within 30 days", "thirty (30) calendar days from the date", "a 30-day period".
    "petition_30": re.compile(
        r"within (?:30|thirty)(?: \(30\))?(?: calendar)? days|(?:30|thirty)[- ]day period|"
        r"(?:30|thirty)(?: \(30\))?(?: calendar)? days (?:from|after|of) the date"
    ),
    "petition_90": re.compile(
        r"(?:90|ninety)(?: \(90\))?(?:th)?(?: calendar)? days?|(?:90|ninety)[- ]day period"
    ),
}
# A sentence cut by a page break ("... file a petition with the Tax Court within 30" | footer | "days from the
# date of this letter ...") is read across it: the last characters of each page, its running footer taken off,
# run on into the next page from its first line, or from its second or third when the first ones are a
# continuation heading ("Name, XXX-XX-1234 / Page 2").
PAGE_JOIN_CHARS = 300
FOOTER_TAIL_CHARS = 60  # what may follow the footer at a page's foot ("Catalog Number 52591V", "Page 1 of 2")
CONTINUATION_HEADING_LINES = 2

# Title wording: (pattern, letter type). The first hit wins, so more specific titles come first.
TITLES: tuple[tuple[re.Pattern[str], LetterTypeValue], ...] = (
    (re.compile(r"decision letter (?:on|concerning) equivalent hearing.{0,120}joint and several"), "4439"),
    (re.compile(r"decision letter (?:on|concerning) equivalent hearing"), "3210"),
    (re.compile(r"notice of determination concerning collection actions?(?:\(s\))?.{0,120}"
                r"joint and several"), "4390"),
    (re.compile(r"notice of determination concerning collection actions?"), "3193"),
    (re.compile(r"final appeals determination"), "3288"),
    (re.compile(r"final determination (?:on|concerning) your request for relief"), "3279"),
    # Last: the letter named by number without a footer ("Letter 4390 Concerning Collection Actions ...").
    *((re.compile(rf"\bletter (?:no\.? )?{number}\b"), number) for number in ("4390", "4439", "3193", "3210",
                                                                            "3288", "3279")),
)
# What each type's content says: (collection part, innocent spouse part, equivalent hearing).
CONTENT: dict[LetterTypeValue, tuple[bool, bool, bool]] = {
    "4390": (True, True, False), "3193": (True, False, False), "3210": (True, False, True),
    "4439": (True, True, True),
}
# Which petition sentences each type has: (30-day collection sentence, 90-day innocent spouse sentence).
PETITION_SENTENCES: dict[LetterTypeValue, tuple[bool, bool]] = {
    "4390": (True, True), "3193": (True, False), "3210": (False, False), "4439": (False, True),
    "3288": (False, True), "3279": (False, True),
}

FOOTER_AGREES = 0.97
FOOTER_ONLY = 0.90
FOOTER_DISAGREES = 0.65
TITLE_ONLY = 0.78
CONTENT_ONLY = 0.62
NOTHING_FOUND = 0.90
TOO_LITTLE_TEXT = 0.55
MIN_WORDS = 40


@dataclass(frozen=True)
class TypeVerdict:
    letter_type: LetterType
    reasons: tuple[Note, ...]  # why it needs review; empty when it does not

    @property
    def needs_review(self) -> bool:
        return bool(self.reasons)


def _first(pattern: re.Pattern[str], texts: Sequence[PageText]) -> Hit | None:
    hits = find_all(pattern, texts)
    return hits[0] if hits else None


def content_type(present: dict[str, bool]) -> LetterTypeValue:
    """The type the content alone points to."""
    collection, spouse, equivalent = present["collection"], present["innocent_spouse"], present[
        "equivalent_hearing"]
    if collection:
        for value, (needs_collection, needs_spouse, needs_equivalent) in CONTENT.items():
            if (needs_collection, needs_spouse, needs_equivalent) == (collection, spouse, equivalent):
                return value
    if spouse and present["determination"]:
        return "3288" if present["appeals"] else "3279"
    return "other"


def _appeals_decision(present: dict[str, bool]) -> bool:
    """Content alone only points to an Appeals letter when it speaks of a determination or decision."""
    return present["determination"] and (present["collection"] or present["innocent_spouse"])


def across_page_breaks(texts: Sequence[PageText]) -> tuple[str, ...]:
    """The text around each page break with the page's running footer taken off: the end of one page run on
    into the start of the next, and into each of the next page's first lines after a continuation heading."""
    joined: list[str] = []
    for before, after in itertools.pairwise(texts):
        tail = before.text[-PAGE_JOIN_CHARS:]
        footers = list(FOOTER.finditer(tail))
        if footers and len(tail) - footers[-1].end() <= FOOTER_TAIL_CHARS:
            tail = tail[:footers[-1].start()]
        joined.extend(f"{tail.rstrip()} {after.text[start:start + PAGE_JOIN_CHARS]}"
                      for start in _line_starts(after, CONTINUATION_HEADING_LINES + 1))
    return tuple(joined)


def _line_starts(text: PageText, count: int) -> list[int]:
    """Where the page's first `count` printed lines start in its text (a word below the one before it)."""
    starts = [0]
    for (_, _, previous), (start, _, word) in itertools.pairwise(text.spans):
        if len(starts) >= count:
            break
        if word.box.top >= previous.box.bottom:
            starts.append(start)
    return starts


def classify(texts: Sequence[PageText]) -> TypeVerdict:
    joined = across_page_breaks(texts)
    present = {name: _first(pattern, texts) is not None or any(pattern.search(text) for text in joined)
               for name, pattern in SIGNALS.items()}
    footers = find_all(FOOTER, texts)
    footer_numbers = list(dict.fromkeys(h.groups["number"] or "" for h in footers))
    title = next(((hit, value) for pattern, value in TITLES if (hit := _first(pattern, texts)) is not None),
                 None)
    by_content = content_type(present) if _appeals_decision(present) else "other"
    other_footer = _first(OTHER_FOOTER, texts)
    reasons: list[Note] = []
    word_count = sum(len(t.spans) for t in texts)

    if footer_numbers:
        # Of several (misread) numbers, the known one that the content or title agrees with counts most.
        number = max(footer_numbers, key=lambda n: (n in KNOWN_TYPES, n == by_content or (
            title is not None and title[1] == n)))
        evidence = next(h.evidence() for h in footers if h.groups["number"] == number)
        if len(footer_numbers) > 1:
            reasons.append(note("type.different_numbers", numbers=tuple(footer_numbers)))
        if number in KNOWN_TYPES:
            value: LetterTypeValue = number  # type: ignore[assignment]
            agrees = by_content == value or (title is not None and title[1] == value)
            confidence = FOOTER_AGREES if agrees else FOOTER_ONLY
            if by_content not in ("other", value) and (title is None or title[1] != value):
                confidence = FOOTER_DISAGREES
                reasons.append(note("type.footer_vs_text", footer=value, text=by_content))
        elif number.lstrip("0") in LOOKALIKE_LETTERS and (title is None or title[1] not in KNOWN_TYPES):
            value, confidence = "other", FOOTER_AGREES
        else:
            value, confidence = "other", FOOTER_AGREES if by_content == "other" else FOOTER_DISAGREES
            if by_content != "other":
                reasons.append(note("type.footer_vs_text", footer=number, text=by_content))
    elif other_footer is not None:
        value, evidence = "other", other_footer.evidence()
        confidence = FOOTER_AGREES if by_content == "other" else FOOTER_DISAGREES
        if by_content != "other":
            reasons.append(note("type.other_notice", text=by_content))
    elif title is not None:
        value, confidence, evidence = title[1], TITLE_ONLY, title[0].evidence()
        reasons.append(note("type.from_title"))
    elif by_content != "other":
        value, confidence, evidence = by_content, CONTENT_ONLY, None
        reasons.append(note("type.guessed"))
    else:
        value, evidence = "other", None
        confidence = NOTHING_FOUND if word_count >= MIN_WORDS else TOO_LITTLE_TEXT
        if word_count < MIN_WORDS:
            reasons.append(note("type.too_little"))

    reasons.extend(_cross_checks(value, present))
    if reasons:
        confidence = min(confidence, 0.7)
    return TypeVerdict(LetterType(value=value, confidence=confidence, evidence=evidence), tuple(reasons))


def _cross_checks(value: LetterTypeValue, present: dict[str, bool]) -> list[Note]:
    reasons: list[Note] = []
    if value == "4390" and not (present["collection"] and present["innocent_spouse"]):
        missing = "collection" if not present["collection"] else "innocent_spouse"
        reasons.append(note("type.part_missing", part=note(f"part.{missing}")))
    expected = PETITION_SENTENCES.get(value)
    if expected is not None:
        has_30, has_90 = present["petition_30"], present["petition_90"]
        if expected[0] and not has_30:
            reasons.append(note("type.no_30"))
        if expected[1] and not has_90:
            reasons.append(note("type.no_90"))
        if has_30 and not expected[0] and value in ("3288", "3279"):
            reasons.append(note("type.extra_30", value=value))
    return reasons
