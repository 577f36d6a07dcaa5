"""What parser/ and rules/ said in English (a fact's reason, a warning), in the catalogue's words.

The stages still word their reasons as English sentences (parser/facts is being reworked to emit codes,
issue 19). Until then each known sentence is matched here by its template and worded again from the
catalogue key `said.<code>`, with the same values; a sentence this table does not know is shown as written
and reported as such, so a page can say which notes stay in English. A value named `reason` is itself a
stage sentence and is worded the same way.
"""

from __future__ import annotations

import re
import string
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache

from annotate.messages import Messages
from rules import assess
from rules.calendar import REASON_SEPARATOR

# code -> the English template the stage fills in. rules/ templates are its own constants; parser/ ones are
# copied from parser/ (tests/test_annotate_stage_words.py checks each against the parser's constant).
TEMPLATES: Mapping[str, str] = {
    "date.uncertain": assess.LETTER_DATE_UNCERTAIN,
    "date.missing": assess.LETTER_DATE_MISSING,
    "date.future": assess.LETTER_DATE_IN_FUTURE,
    "date.too_old": assess.LETTER_DATE_TOO_OLD,
    "date.misread": assess.LETTER_DATE_MISREAD,
    "date.impossible": assess.LETTER_DATE_IMPOSSIBLE,
    "type.uncertain": assess.LETTER_TYPE_UNCERTAIN,
    "printed.earlier": assess.PRINTED_DAY_EARLIER,
    "printed.later": assess.PRINTED_DAY_LATER,
    "decision.collection": "Collection determination: {reason}.",
    "decision.spouse": "Innocent spouse determination: {reason}.",
    "decision.hard_to_read": "the scan is hard to read in the sentences that state this determination",
    "decision.damaged_not": ('a word the scan shows as "{word}" was read as "not": check the decision on '
                             "the letter"),
    "scan.hard_here": "the scan is hard to read here (OCR confidence as low as {low} of 100)",
    "scan.despeckled": "a reading of the scan with its specks filtered out gave {value}",
    "scan.rescued": ("the scan's first reading of this value was unreadable; a second, closer reading gave "
                     "it: check it on the letter"),
    "scan.doubtful_page": "the letter date and most other values on this scan could not be read with "
                          "confidence: check this one on the letter too",
    "scan.stamp": "a receipt stamp beside this value garbled the page's reading of it; the header column was "
                  "read again without the stamp: check the value on the letter",
    "page.turned": "page {number} was turned {degrees}° clockwise to read it upright",
    "page.tilted": "page {number} was tilted; straightened by {degrees}°",
    "page.strongly_tilted": "page {number} is strongly tilted ({degrees}°); scan again at 300 dpi, flat, in "
                            "good light",
    "page.hard": "page {number} is hard to read (mean OCR confidence {mean}%, {words} words); scan again at "
                 "300 dpi, flat, in good light",
    "page.blank": "page {number} is blank",
    "page.cover": "Page 1 is a fax cover sheet: the letter's own first page is page 2, and its values are "
                  "read from there.",
    "file.no_text": "no text was found in the document; check that it is the right file and readable",
    "file.partly_read": "Parts of the letter could not be read. Scan it again at 300 dpi, flat, in good "
                        "light, and check the decisions and dates shown against the letter.",
    "file.low_text": "Little text could be read from this file. If it is a letter, scan it again at 300 dpi, "
                     "flat, in good light, and check every value shown against the letter.",
    "value.no_label": "no label was found for this value; it was read from its place on the page",
    "value.fallback": "the value was read from the line under its label, past words beside the label that "
                      "are not one: check it on the letter",
    "value.orphan_phone": "the label beside this number could not be read; it was taken for the contact's "
                          "phone number by its format and place: check it on the letter",
    "value.orphan_periods": "the label above these dates could not be read; they were taken for the tax "
                            "periods by their place and format: check them on the letter",
    "value.hours_words": "some words of the hours were not recognised ({words})",
    "value.closing_contact": "the letter names its contact only in its text, not in a labelled header: "
                             "check it on the letter",
    "value.unnamed_office": "no office name was read above this address: check it is the IRS office's, "
                            "not yours",
    "date.reread": "the scan's first reading found no letter date; {n} closer readings of the header gave it",
    "date.disagree": "closer readings of the scan's header disagree on the letter date ({dates})",
    "date.other_possible": "the letter shows other possible letter dates ({dates})",
    "date.after_as_of": "the letter date is after {as_of}, the date it is being read on",
    "date.over_three_years": "the letter date is more than three years before {as_of}",
    "date.before_revision": "the letter date is before the form's revision date ({revision})",
    "date.period_after": "a tax period shown on the letter ends after the letter date",
    "date.later_step": "the letter tells of a step taken on {date}, after the letter date",
    "type.different_numbers": "the pages carry different letter numbers ({numbers})",
    "type.footer_vs_text": "the footer says Letter {footer} but the text reads like Letter {text}",
    "type.other_notice": "the footer names another notice but the text reads like Letter {text}",
    "type.from_title": "no letter number was found in the footer; the type is read from the title",
    "type.guessed": "no letter number or title was found; the type is guessed from the text",
    "type.too_little": "the pages hold too little readable text to tell what letter this is",
    "type.no_30": "the 30-day petition sentence of the collection part was not found",
    "type.no_90": "the 90-day petition sentence of the innocent spouse part was not found",
    "type.extra_30": "a 30-day petition sentence was found, which a Letter {value} does not have",
    "value.label_read_as": "the label was read as \"{label}\"",
    "value.label_in_body": "the label was found in the body of the letter, not in its header",
    "value.dates_ambiguous": "the characters can be read as more than one date ({readings})",
    "value.damaged_chars": "some characters were damaged and read back by their format",
    "value.other_elsewhere": "the letter shows another value for this field elsewhere ({shown})",
    "decision.sustain_unread": "a sentence about sustaining a collection action could not be fully read",
    "page.photo": "page {number} is a photo: the sheet was cut out of it and its perspective undone",
}


@dataclass(frozen=True)
class Worded:
    text: str
    known: bool  # every part of it was in the table (so it is in the catalogue's language)


def worded(msgs: Messages, said: str) -> Worded:
    """`said` in `msgs`' language: each known sentence, or run of `; `-joined ones, by its template."""
    parts = said.split(REASON_SEPARATOR)
    out: list[str] = []
    known = True
    while parts:
        # The longest run of parts that is one sentence: a template may hold the separator itself.
        for size in range(len(parts), 0, -1):
            found = _reworded(msgs, REASON_SEPARATOR.join(parts[:size]))
            if found is not None:
                out.append(found.text)
                known = known and found.known
                parts = parts[size:]
                break
        else:
            out.append(parts.pop(0))
            known = False
    return Worded(REASON_SEPARATOR.join(out), known)


def _reworded(msgs: Messages, sentence: str) -> Worded | None:
    for code, pattern in _patterns():
        match = pattern.fullmatch(sentence)
        if match is None:
            continue
        values = match.groupdict()
        known = True
        if "reason" in values:
            inner = worded(msgs, values["reason"])
            values["reason"], known = inner.text, inner.known
        return Worded(msgs(f"said.{code}", **values), known)
    return None


@cache
def _patterns() -> tuple[tuple[str, re.Pattern[str]], ...]:
    return tuple((code, _pattern(template)) for code, template in TEMPLATES.items())


def _pattern(template: str) -> re.Pattern[str]:
    """"page {number} is blank" -> r"page (?P<number>.+?) is blank"; a name used twice must match the same."""
    source, seen = "", set()
    for literal, name, _, _ in string.Formatter().parse(template):
        source += re.escape(literal)
        if name:
            source += f"(?P={name})" if name in seen else f"(?P<{name}>.+?)"
            seen.add(name)
    return re.compile(source, re.DOTALL)
