"""Reading each field's value out of the words found where its label says it stands (a table of readers).

Every reader returns None unless the words hold a value of the field's format; that format check is what
keeps a label-looking word in running text from yielding a value.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
import unicodedata
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from parser.core.model import Word, scanned
from parser.core.notes import Note, note
from parser.facts import dates, identifiers, labels
from parser.facts.header import CONTINUED, ValueSpot
from parser.facts.hours import (
    goes_on_to,
    hours_doubt,
    is_damaged_time_zone_line,
    is_time_zone_line,
    token_kind,
)
from parser.facts.hours_mending import mend_hours
from parser.facts.name_lexicon import known_name, lookalike_doubt, split_name

FieldValue = dt.date | str | tuple[dt.date, ...]

# Lower-case words that belong inside a name ("Maria de la Cruz"): never capitalised as OCR damage.
NAME_PARTICLES: frozenset[str] = frozenset({
    "de", "la", "del", "della", "van", "von", "der", "den", "da", "di", "le", "du", "dos", "das", "bin",
    "ibn", "al",
})
# A person's name: optional courtesy title, then 1-5 capitalised words or initials (accents read too:
# a name cut at its first accented letter would be a wrong name).
PERSON_NAME = re.compile(
    r"^(?:(?:Mr|Ms|Mrs|Miss|Dr)\.?\s+)?(?P<name>[A-ZÀ-ÖØ-Þ][A-Za-zÀ-ÖØ-öø-ÿ'’.-]*"
    rf"(?:\s+(?:(?:{'|'.join(sorted(NAME_PARTICLES))})\s+)*[A-ZÀ-ÖØ-Þ][A-Za-zÀ-ÖØ-öø-ÿ'’.-]*){{0,4}})"
)
# A taxpayer's name as printed in an address block or after its label: capitals, '&', commas, LLC.
TAXPAYER_NAME = re.compile(r"^(?P<name>[A-Z][A-Za-z0-9'’&.,/ -]{1,80}?)\s*$")
# Office hours: at least one clock time ("8:00", "8 a.m.", "4:30 PM").
CLOCK_TIME = re.compile(
    r"\b\d{1,2}(?::\d{2})?\s*(?:a\.?\s?m\.?|p\.?\s?m\.?|noon)|\b\d{1,2}:\d{2}\b", re.IGNORECASE
)
# What may stand between tax periods in a list: spaces, commas, semicolons, "&", "and", and specks.
PERIOD_SEPARATORS = re.compile(r"\s+|,|;|&|\band\b|[‘’“”'\"`*.°•·»«_~^]", re.IGNORECASE)
# Label words that say which kind of taxpayer ID number the value is (an SSN or an EIN).
LABEL_WORDS = re.compile(r"[a-z]+")
EMPLOYER_WORDS: frozenset[str] = frozenset({"employer", "ein"})
PERSON_WORDS: frozenset[str] = frozenset({"social", "ssn"})
# A dash or space inside a taxpayer ID number: its grouping (3-2-4 or 2-7) tells an SSN from an EIN.
TIN_GROUPING = re.compile(r"[0-9Xx*]\s?[-\s–—~.]\s?[0-9Xx*]")
# Specks OCR leaves at the ends of a name ("‘LUIS L PATEL", "Linda R Kowalski'").
NAME_EDGES = " ,;:'’‘\"“”`|!*_-~°•·»«"
NAME_JOINERS = frozenset({"-", "'", "&"})
# A speck OCR stuck before a later word of a name ("Rosalind -Adeyemi", "Maria ~Castillo"): marks, then a
# capital and another letter (a name word, not an initial; "O'Brien" keeps its apostrophe inside).
LEADING_SPECK = re.compile(r"[-—–~'’‘\"“”`|*_°•·»«]+(?=[A-Z][A-Za-z])")
# Letters whose capital is their small letter drawn larger: OCR of a scan reads "Whitfield" as "whitfield".
SAME_SHAPE_SMALL = frozenset("cjkopsuvwxz")
# An initial with a speck stuck to it ("Gloria K: Lindqvist", "Carlos S$ Brennan").
SPECKED_INITIAL = re.compile(r"[A-Z][:;$'’‘`,*]{1,2}")
# An initial "S" read as a dollar or section sign ("Maria $' Castillo", "Esperanza §").
DOLLAR_INITIAL = re.compile(r"[$§][.'’‘`]?")
# A name word with one digit OCR reads for a letter of like shape ("8lackwood", "Kowa1ski"): the letter
# meant, by the digit, at a word's start or inside it. (A final "!" may be an "l" or a speck after a whole
# name: "Vanterpoo!", "Gonzalez!": the Census lists pick between the two readings, see _final_bang.)
MARKED_NAME_WORD = re.compile(r"(?=.{4,}$)[A-Za-z]*[0158][A-Za-z]+")
MARK_AT_START = {"8": "B", "0": "O", "5": "S", "1": "I"}
MARK_INSIDE = {"0": "o", "1": "l", "5": "s"}
FINAL_BANG = re.compile(r"[A-Za-z]{3,}!")
# A name word starting with a small "l" or "i" and going on in small letters: a capital "I" in a scan ("lwu"
# or "iwu" for "Iwu": apart 9049 0017, "lvan"); no name begins with a small letter. Not the small words a
# value run on past a name may hold ("is", "in").
SMALL_L_FOR_I = re.compile(r"(?!(?:is|in|if|it|its|into|inc)\b)[li][a-z]{1,20}")
# A later word of a name opening with a square bracket and going on in letters: the capital "I" a serif
# scan read as a bracket ("REGINALD J [WU" for "IWU": apart 9018 0027). Not a name's first word, where a
# speck glued to the line's start is as likely; never "|" or "!", a table rule's and a speck's reading.
MARK_FOR_I = re.compile(r"[\[\]][A-Za-z]{1,20}")
# A middle initial and the surname read as one word, a speck between them read as a mark ("Latoya
# L,Esposito'": own 6344 0038, read "Latoya L").
GLUED_INITIAL_MARK = re.compile(r"(?P<initial>[A-Z])[,;:.](?P<rest>[A-Z][A-Za-z'’-]+[’'.,]?)")
# A name word wrapped onto the next line: a capitalised word, letters, hyphens and apostrophes only.
WRAPPED_NAME_WORD = re.compile(r"[A-Z][A-Za-z'’-]{1,30}")
# Name suffixes printed after a comma.
NAME_SUFFIXES: frozenset[str] = frozenset({"jr", "sr", "ii", "iii", "iv", "esq"})
# Words that end a contact name when printed on the same line ("Maria Gonzalez ID 1000123").
NAME_STOP_WORDS: frozenset[str] = frozenset({
    "id", "employee", "phone", "telephone", "tel", "fax", "hours", "ext", "extension", "badge", "number",
})
# Words that are never a person's name: office lines and titles printed where a name is expected.
NOT_A_NAME: frozenset[str] = frozenset({
    "appeals", "office", "internal", "revenue", "service", "department", "treasury", "officer",
    "settlement", "independent", "team", "manager", "the", "you", "your", "this", "letter", "if", "we",
})


@dataclass(frozen=True)
class Reading:
    """A value read from words: the value, the words it came from, its evidence text, how it was read."""

    value: FieldValue
    words: tuple[Word, ...]
    text: str
    repaired: bool = False
    alternatives: tuple[dt.date, ...] = ()
    doubt: tuple[Note, ...] = ()  # format checks the value failed


@dataclass(frozen=True)
class ValueWords:
    """The words standing where a value should be, and what its label says about it."""

    words: tuple[Word, ...]
    variant: str = ""  # the label's spelling: it tells an SSN from an EIN, tax years from periods
    following: tuple[tuple[Word, ...], ...] = ()  # further lines under the value in its column
    below: bool = False  # the words stand under the label, where the next row's value may stand instead
    # The value's line and each following line as printed, before the punctuation at their ends was trimmed
    # (ValueSpot.printed); empty: as trimmed.
    printed: tuple[tuple[Word, ...], ...] = ()

    @classmethod
    def of(cls, spot: ValueSpot) -> ValueWords:
        return cls(words=spot.words, variant=spot.label.variant, following=spot.following, below=spot.below,
                   printed=spot.printed)


def joined(words: Sequence[Word]) -> tuple[str, list[tuple[int, int, Word]]]:
    """The words joined by spaces, and each word's character span in the result."""
    spans: list[tuple[int, int, Word]] = []
    position = 0
    for word in words:
        spans.append((position, position + len(word.text), word))
        position += len(word.text) + 1
    return " ".join(w.text for w in words), spans


def _words_in(spans: list[tuple[int, int, Word]], start: int, end: int) -> tuple[Word, ...]:
    return tuple(w for s, e, w in spans if s < end and e > start)


def read_date(spot: ValueWords) -> Reading | None:
    words = spot.words
    wrapped = bool(words) and bool(spot.following) and CONTINUED.search(words[-1].text) is not None
    if wrapped and dates.leading_date(joined(words)[0]) is None:
        words = (*words, *spot.following[0])  # "Date: September 26," / "2024"
    text, spans = joined(words)
    found = dates.leading_date(text)
    if found is None:
        return None
    words = _words_in(spans, found.start, found.end)
    return Reading(value=found.value, words=words, text=text[found.start:found.end], repaired=found.repaired,
                   alternatives=found.alternatives)


def read_person(spot: ValueWords) -> Reading | None:
    words: list[Word] = []
    repairs: list[Note] = []
    read = (*spot.words, *_surname_wrapped(spot))
    if scanned(read):
        read, parted = _glued_initials_parted(read)
        repairs += parted
    for word in read:
        bare = word.text.strip(",;:")
        lettered = _mark_as_letter(bare) if scanned([word]) else None
        if lettered is not None:
            repairs.append(note("value.name_mark_as_letter", read=bare, mended=lettered))
            word = dataclasses.replace(word, text=word.text.replace(bare, lettered))
            bare = lettered
        folded = _unaccented(bare.strip(NAME_EDGES)) if scanned([word]) else None
        if folded is not None:  # "Béatriz": a speck read as an accent on a name the lists know without it
            repairs.append(note("value.name_accent", read=bare.strip(NAME_EDGES), mended=folded))
            word = dataclasses.replace(word, text=word.text.replace(bare.strip(NAME_EDGES), folded))
            bare = word.text.strip(",;:")
        elif scanned([word]) and not bare.isascii():  # a scan's accent may be a speck: kept, and flagged
            repairs.append(note("value.name_accent_kept", read=bare.strip(NAME_EDGES)))
        speck = LEADING_SPECK.match(bare) if words and scanned([word]) else None
        if speck is not None:  # "Rosalind -Adeyemi": a speck stuck before a later word, left out, flagged
            repairs.append(note("value.name_mark", marks=speck.group(0)))
            word = dataclasses.replace(word, text=word.text[word.text.index(speck.group(0)) + speck.end():])
            bare = word.text.strip(",;:")
        if bare.lower().strip(".") in NAME_STOP_WORDS or any(ch.isdigit() for ch in bare):
            break
        if words and words[-1].text.endswith(",") and _is_suffix(word):
            words.append(word)  # "Rafael A. Garcia-Lopez, Jr."
            break
        if words and words[-1].text.endswith((",", ";")):
            if not _speck_comma(words, word):
                break
            # "Lucinda,Tremblay", "Clifford E., Quintero": a scan's speck or an initial's period read as a
            # comma between a given name or an initial and the surname after it. Left out, and flagged.
            repairs.append(note("value.name_mark", marks=words[-1].text[-1]))
            words[-1] = dataclasses.replace(words[-1], text=words[-1].text.rstrip(",;"))
        text, repair = _name_word(word.text)
        if words and scanned([word]) and MARK_FOR_I.fullmatch(text.rstrip(",.")):
            text, repair = "I" + text[1:], note("value.mark_as_i", read=text)
        words.append(dataclasses.replace(word, text=text) if text != word.text else word)
        if repair:
            repairs.append(repair)
    if scanned(words):
        words, mended = _joined_split_names(words)
        repairs += mended
    suffixed = len(words) > 1 and words[-2].text.endswith(",") and _is_suffix(words[-1])
    suffix = words.pop() if suffixed else None
    # A speck between the words of a name is left out of it, and flagged: it may be a lost initial.
    marks = [w.text for w in words[1:-1]
             if not any(ch.isalnum() for ch in w.text) and w.text not in NAME_JOINERS]
    words = [w for w in words if w.text not in marks or w in (words[0], words[-1])]
    text = " ".join(w.text for w in words).strip(NAME_EDGES)
    match = PERSON_NAME.match(text)
    if match is None:
        return None
    name = match["name"].strip(" ,.") if not match["name"].endswith((" Jr.", " Sr.")) else match["name"]
    if suffix is not None:
        name = f"{name}, {suffix.text.rstrip(',;')}"
    tokens = [t.strip(".").lower() for t in name.split()]
    if len(tokens) < 2 and not match.group(0).startswith(("Mr", "Ms", "Mrs", "Miss", "Dr")):
        return None
    if any(t in NOT_A_NAME for t in tokens):
        return None
    doubt: tuple[Note, ...] = (note("value.name_mark", marks=" ".join(marks)),) if marks else ()
    if not doubt and repairs:
        doubt = tuple(repairs)
    if not doubt and len(tokens) >= 2 and len(tokens[-1]) == 1:
        doubt = (note("value.name_initial_end"),)  # "Patricia T"
    if not doubt:
        doubt = scanned_name_doubt(name, words)
    return Reading(value=name, words=(*words, *([suffix] if suffix else [])), text=text, doubt=doubt)


def _unaccented(text: str) -> str | None:
    """A scanned name word with its accents dropped, when it has one and only the word without it is a
    name in the Census lists ("Béatriz" -> "Beatriz"); else None (a name may truly bear an accent)."""
    plain = "".join(ch for ch in unicodedata.normalize("NFKD", text) if not unicodedata.combining(ch))
    if plain == text or not plain.isascii() or known_name(text) or not known_name(plain):
        return None
    return plain


def _mark_as_letter(text: str) -> str | None:
    """A name word with the one mark in it a scan read for a letter put back ("8lackwood" -> "Blackwood",
    "Kowa1ski" -> "Kowalski", "Vanterpoo!" -> "Vanterpool"); None when the word has none, or a mark no
    letter stands for there."""
    if FINAL_BANG.fullmatch(text):
        return _final_bang(text)
    if not MARKED_NAME_WORD.fullmatch(text) or sum(not ch.isalpha() for ch in text) != 1:
        return None
    index = next(i for i, ch in enumerate(text) if not ch.isalpha())
    letter = MARK_AT_START.get(text[0]) if index == 0 else MARK_INSIDE.get(text[index])
    if letter is None:
        return None
    if index > 0 and text[:index].isupper():
        letter = letter.upper()
    return text[:index] + letter + text[index + 1:]


def _final_bang(text: str) -> str | None:
    """A name word read with a final "!": an "l" cut from its foot ("Vanterpoo!") or a speck after a whole
    word ("Gonzalez!"). The Census lists tell the two readings apart only when they know the one with the
    "l" and not the other; else None (the edges' trimming drops the mark)."""
    bare = text[:-1]
    with_l = bare + ("L" if bare.isupper() else "l")
    return with_l if known_name(with_l) and not known_name(bare) else None


def _glued_initials_parted(words: Sequence[Word]) -> tuple[tuple[Word, ...], list[Note]]:
    """A later word that is an initial, a mark and a name word ("L,Esposito") parted into the initial and
    the name word, each with its share of the box; the mark left out, and said (a person checks it)."""
    parted: list[Word] = []
    repairs: list[Note] = []
    for index, word in enumerate(words):
        glued = GLUED_INITIAL_MARK.fullmatch(word.text) if index else None
        if glued is None:
            parted.append(word)
            continue
        box, letter = word.box, (word.box.x1 - word.box.x0) / len(word.text)
        initial = dataclasses.replace(box, x1=box.x0 + letter)
        parted.append(dataclasses.replace(word, text=glued["initial"], box=initial))
        rest = dataclasses.replace(box, x0=box.x0 + 2 * letter)
        parted.append(dataclasses.replace(word, text=glued["rest"], box=rest))
        repairs.append(note("value.name_mark", marks=word.text[1]))
    return tuple(parted), repairs


def _joined_split_names(words: list[Word]) -> tuple[list[Word], list[Note]]:
    """A capital letter and a word starting small that together make a name are one name the scan split at
    a wide letter gap ("J anet" -> "Janet"): joined, and still checked (the repair says so)."""
    joined: list[Word] = []
    repairs: list[Note] = []
    for word in words:
        previous = joined[-1] if joined else None
        if (previous is not None and len(previous.text) == 1 and previous.text.isupper()
                and word.text[:1].islower() and split_name(previous.text, word.text) is not None):
            joined[-1] = dataclasses.replace(previous, text=previous.text + word.text,
                                             box=previous.box.union(word.box))
            repairs.append(note("value.name_joined", first=previous.text, second=word.text))
        else:
            joined.append(word)
    return joined, repairs


def scanned_name_doubt(name: str, words: Sequence[Word]) -> tuple[Note, ...]:
    """A scanned name one look-alike letter from a common name it is not; a text layer is read exactly."""
    doubt = lookalike_doubt(name) if scanned(words) else None
    return () if doubt is None else (doubt,)


def _is_suffix(word: Word) -> bool:
    return word.text.strip(",;:").lower().strip(".") in NAME_SUFFIXES


def _speck_comma(words: Sequence[Word], word: Word) -> bool:
    """Whether a comma ending the name's first word or its middle initial, on a scan, before a capitalised
    name word, is a speck: no name is printed "Given, Surname"; a suffix after it is read as such before."""
    named = WRAPPED_NAME_WORD.fullmatch(word.text.rstrip(",;.")) is not None
    return (scanned([words[-1], word]) and len(words) <= 2 and named
            and (len(words) == 1 or len(words[-1].text.strip(".,;")) == 1))


def _surname_wrapped(spot: ValueWords) -> tuple[Word, ...]:
    """The next line of the column when it holds the rest of a name a narrow column wrapped ("THADDEUS J."
    / "FAIRWEATHER"): the value stops on a lone first name or initial and the next line is one or two
    name words, no digits, no colon."""
    if not spot.following or not 1 <= len(spot.words) <= 2:
        return ()
    last = spot.words[-1].text.strip(".,")
    if len(spot.words) == 2 and not (len(last) == 1 and last.isalpha()):
        return ()
    if not WRAPPED_NAME_WORD.fullmatch(spot.words[0].text):
        return ()
    rest = spot.following[0]
    if not 1 <= len(rest) <= 2 or not all(WRAPPED_NAME_WORD.fullmatch(w.text) for w in rest):
        return ()
    return rest


def _name_word(text: str) -> tuple[str, Note | None]:
    """One word of a name with the OCR damage its shape makes certain mended, and what was mended (a
    repair a person should check) or None: a capital read small where both look alike ("whitfield"), a
    speck after an initial ("K:", "S$"), an initial "S" read as "$"."""
    if SPECKED_INITIAL.fullmatch(text):
        return text[0], None
    if DOLLAR_INITIAL.fullmatch(text):
        return "S", note("value.initial_as_s", read=text)
    if SMALL_L_FOR_I.fullmatch(text.rstrip(",.")) and text.rstrip(",.") not in NAME_PARTICLES:
        return "I" + text[1:], note("value.small_l_as_i", read=text)
    if (len(text) > 2 and text[0] in SAME_SHAPE_SMALL and text[1:].isalpha() and text.lower() == text
            and text not in NAME_PARTICLES):
        return text[0].upper() + text[1:], None
    return text, None


def read_employee_id(spot: ValueWords) -> Reading | None:
    reading = _parsed(spot, identifiers.employee_id)
    if reading is not None and isinstance(reading.value, str) and scanned(reading.words) and not (
            USUAL_ID_DIGITS[0] <= len(reading.value) <= USUAL_ID_DIGITS[1]):
        # Most IRS employee numbers on Appeals letters have 9 or 10 digits: a scanned one of another length
        # may have lost or gained a digit. A text layer's digits are exact: 7 or 8 of them are its number.
        reading = dataclasses.replace(
            reading, doubt=(note("value.id_digits", n=len(reading.value)),))
    return reading


def read_phone(spot: ValueWords) -> Reading | None:
    return _parsed(spot, identifiers.phone_number)


FORM_CUT_MARKS = "-–—"  # a form number's last word ending in one of these lost what followed it


def read_form(spot: ValueWords) -> Reading | None:
    reading = _parsed(spot, identifiers.tax_form)
    if (reading is not None and isinstance(reading.value, str) and not identifiers.known_return_form(
            reading.value) and scanned(reading.words)):
        # "400" for "1040" on a photo: a scanned number that is no tax return form lost or changed a digit.
        reading = dataclasses.replace(reading, doubt=(note("value.not_a_form", form=reading.value),))
    if (reading is not None and scanned(reading.words) and reading.words
            and reading.words[-1].text.rstrip(".,;")[-1:] in FORM_CUT_MARKS):
        # "1040-" with nothing read after its dash (apart 9046 0086: "1040-SR"): a suffix the scan lost.
        cut = note("value.form_cut", form=reading.value)
        reading = dataclasses.replace(reading, doubt=(*reading.doubt, cut))
    return reading


def read_taxpayer_id(spot: ValueWords) -> Reading | None:
    named = set(LABEL_WORDS.findall(spot.variant.lower()))
    employer, person = bool(named & EMPLOYER_WORDS), bool(named & PERSON_WORDS)
    text, spans = joined(spot.words)
    found = identifiers.labelled_taxpayer_id(text, employer=employer and not person)
    # The mask lost to the scan: its last four alone, checked; only beside the label (under it four digits
    # alone are the next row's value: "1040").
    if found is None and not spot.below and scanned(spot.words):
        found = identifiers.mask_lost_taxpayer_id(text, employer=employer and not person)
    if found is None:
        return None
    doubt: tuple[Note, ...] = ()
    if employer and person and not TIN_GROUPING.search(text[found.start:found.end]):
        doubt = (note("value.ssn_or_ein"),)
    if found.mask_damaged:
        doubt = (*doubt, note("value.tin_mask_damaged"))
    # The evidence text is the masked value itself: the full number is never kept.
    return Reading(value=found.value, words=_words_in(spans, found.start, found.end), text=found.value,
                   repaired=found.repaired, doubt=doubt)


def _parsed(spot: ValueWords, parse: Callable[[str], identifiers.Parsed | None]) -> Reading | None:
    text, spans = joined(spot.words)
    found = parse(text)
    if found is None:
        return None
    return Reading(value=found.value, words=_words_in(spans, found.start, found.end),
                   text=text[found.start:found.end], repaired=found.repaired)


# A scanned line this short (letters and digits) right under the hours, not read as part of them, may be
# their time zone wrapped on its own and garbled ("Cr" for "CT").
SHORT_LINE_CHARS = 4


def read_hours(spot: ValueWords) -> Reading | None:
    first, *following = _hours_lines(spot)
    words, tail = first.words, first.tail
    # A joiner the trim cut off the line's end is left to goes_on_to: a rule or speck read as "-" after
    # whole hours must not glue on whatever line is next.
    wrapped = not CLOCK_TIME.search(_text_of(words)) or HOURS_GO_ON.search(" ".join(w.text for w in words))
    if wrapped and following:
        # "Monday through Friday," / "7:00 a.m. to 3:30 p.m. Central": hours wrapped in a narrow column.
        words, tail, following = _glued(words, tail, following)
    if following and goes_on_to(_text_of((*words, *tail)), _text_of(following[0].as_printed)):
        words, _, following = _glued(words, tail, following)  # "..., 7:30" / "a.m. - 4:00 p.m. CT"
    zone_line = _text_of(following[0].words) if following else ""
    unread: tuple[Note, ...] = ()
    if following and (is_time_zone_line(zone_line)
                      or (scanned(following[0].words) and is_damaged_time_zone_line(zone_line))):
        words = (*words, *following[0].words)  # "8:00 AM to 4:30 PM" / "Eastern": the zone wrapped alone
    elif following and scanned(following[0].words) and 0 < _alnum_count(zone_line) <= SHORT_LINE_CHARS:
        # "CT" wrapped alone and read "Cr" (apart 9021 0020): a zone the reading may have lost.
        unread = (note("value.hours_line", line=zone_line),)
    text = " ".join(w.text for w in words).strip(" ,;")
    if not CLOCK_TIME.search(text):
        return None
    if scanned(words):
        reading = _mended_hours(words) or _hours_reading(words, text, scanned=True)
        return dataclasses.replace(reading, doubt=(*reading.doubt, *unread))
    return _hours_reading(words, text, scanned=False)


@dataclass(frozen=True)
class _HoursLine:
    """One line of an hours value as its spot holds it, and the joiners its trim took off its ends: hours
    that run on over lines may be joined there ("7:30 a.m." / "- 4:00 p.m. CT"), and a joiner alone at a
    line's end is trimmed like a speck."""

    words: tuple[Word, ...]
    lead: tuple[Word, ...] = ()
    tail: tuple[Word, ...] = ()

    @property
    def as_printed(self) -> tuple[Word, ...]:
        """The line from its cut lead on: how it opens where the line above runs on to it."""
        return (*self.lead, *self.words)


def _hours_lines(spot: ValueWords) -> list[_HoursLine]:
    """The spot's value line and following lines, each with the joiners cut off its ends found again in
    the line as printed (none where the spot holds no printed lines)."""
    lines = (spot.words, *spot.following)
    printed = spot.printed if len(spot.printed) == len(lines) else lines
    return [_with_cut_joiners(line, as_printed) for line, as_printed in zip(lines, printed, strict=True)]


def _with_cut_joiners(line: tuple[Word, ...], printed: tuple[Word, ...]) -> _HoursLine:
    at = next((i for i, w in enumerate(printed) if line and w is line[0]), None)
    if at is None or printed[at:at + len(line)] != line:
        return _HoursLine(line)
    return _HoursLine(line, lead=_joiners(printed[:at][::-1])[::-1], tail=_joiners(printed[at + len(line):]))


def _joiners(words: Sequence[Word]) -> tuple[Word, ...]:
    """The words from the start of `words` that are a range's joiners ("-", "–", "—"), none after a speck:
    a speck between the joiner and the line stops it."""
    taken: list[Word] = []
    for word in words:
        if token_kind(word.text) != "joiner":
            break
        taken.append(word)
    return tuple(taken)


def _glued(words: tuple[Word, ...], tail: tuple[Word, ...], following: list[_HoursLine]
           ) -> tuple[tuple[Word, ...], tuple[Word, ...], list[_HoursLine]]:
    """The hours with the next line run on, the joiners at their joint kept; that line's own cut tail."""
    line = following[0]
    return (*words, *tail, *line.as_printed), line.tail, following[1:]


def _alnum_count(text: str) -> int:
    return sum(ch.isalnum() for ch in text)


def _hours_reading(words: tuple[Word, ...], text: str, *, scanned: bool, extra: tuple[Note, ...] = ()
                   ) -> Reading:
    doubt = hours_doubt(text, scanned=scanned)
    return Reading(value=text, words=words, text=text, doubt=(*(() if doubt is None else (doubt,)), *extra))


def _mended_hours(words: tuple[Word, ...]) -> Reading | None:
    """Scanned hours read back through their grammar (hours_mending): look-alikes mended, words of no
    hours kind cut off its ends; each change is a doubt of its own, so the value stays flagged."""
    mended = mend_hours([w.text for w in words])
    text = " ".join(mended.words).strip(" ,;")
    if not CLOCK_TIME.search(text):
        return None
    kept = words[mended.start:mended.start + len(mended.words)]
    extra: tuple[Note, ...] = ()
    if mended.dropped:
        extra += (note("value.hours_words", words=mended.dropped),)
    if mended.changed:
        extra += (note("value.hours_mended", read=tuple(read for read, _ in mended.changed),
                       mended=tuple(fixed for _, fixed in mended.changed)),)
    reading = _hours_reading(kept, text, scanned=True, extra=extra)
    return dataclasses.replace(reading, doubt=tuple(dict.fromkeys(reading.doubt)))


def _text_of(words: Sequence[Word]) -> str:
    return " ".join(w.text for w in words).strip(" ,;")


USUAL_ID_DIGITS = (9, 10)
# Hours that go on to the next line: the line ends in a comma or a joiner ("8:00 a.m. to").
HOURS_GO_ON = re.compile(r"(?:,|\bto|\bthrough|\bthru|\band|[-–])\s*$", re.IGNORECASE)


def read_taxpayer_name(spot: ValueWords) -> Reading | None:
    words = _before_another_label(spot.words)
    repairs: list[Note] = []
    if scanned(words):  # a later word's look-alike damage mended as in a contact's name ("Emeka lwu")
        mended = [words[0]]
        for word in words[1:]:
            text, repair = _name_word(word.text)
            mended.append(dataclasses.replace(word, text=text) if text != word.text else word)
            repairs += [repair] if repair else []
        words = tuple(mended)
    text = " ".join(w.text for w in words).strip(NAME_EDGES)
    match = TAXPAYER_NAME.match(text)
    if match is None or not any(ch.isalpha() for ch in text):
        return None
    value = match["name"].strip()
    doubt = tuple(repairs) or scanned_name_doubt(value, words)
    return Reading(value=value, words=words, text=text, doubt=doubt)


def _before_another_label(words: Sequence[Word]) -> tuple[Word, ...]:
    """The words up to another field's label spelled out in full, or a taxpayer ID number, right after the
    value with no gap to tell them apart ("SIOBHAN A MWANGI-PETERSEN Taxpayer ID" in a tight grid)."""
    for start in range(1, len(words)):
        if identifiers.taxpayer_id(words[start].text, employer=False) is not None:
            return tuple(words[:start])  # the next column's value: "... QUINTANILLA-BOATENG XXX-XX-9052"
        for length in (n for n in LABEL_WORDS_AFTER_VALUE if start + n <= len(words)):
            phrase = " ".join(w.text for w in words[start:start + length])
            found = labels.match_label(phrase, colon=False, min_length=MIN_LABEL_AFTER_VALUE)
            if found is not None and found[0] != "taxpayer_name" and found[2] == 1.0:
                return tuple(words[:start])
    return tuple(words)


# A label run onto a taxpayer's name is two or three words, spelled in full ("Taxpayer ID", "Tax period").
LABEL_WORDS_AFTER_VALUE = (2, 3)
MIN_LABEL_AFTER_VALUE = 6
# A few scanned characters right under the tax periods ("no") may be a period the scan garbled.
GARBLED_LINE_CHARS = 12


def read_periods(spot: ValueWords) -> Reading | None:
    """Every tax period end on the value's line and the lines under it that hold nothing else."""
    years_named = "year" in spot.variant.lower()
    found: list[dt.date] = []
    used: list[Word] = []
    repaired = False
    bare_years = False
    stopped_at: str | None = None
    stopped_scanned = False
    stray_digits = False
    last_read = ""
    for number, line in enumerate((spot.words, *spot.following)):
        text, spans = joined(line)
        readings = dates.period_ends(text, years_allowed=True, scanned=scanned(line))
        if not readings or (number > 0 and not _only_periods(text, readings)):
            stopped_at = text if number > 0 else None
            stopped_scanned = scanned(line)
            break
        last_read = text
        if number == 0 and scanned(line):
            # Digits beside the periods that no period took ("12/3" of a day split in two) may be one lost.
            stray_digits = stray_digits or any(ch.isdigit() for ch in _left_over(text, readings))
        for reading in readings:
            found.append(reading.value)
            used.extend(_words_in(spans, reading.start, reading.end))
            repaired = repaired or reading.repaired
            bare_years = bare_years or reading.style == "year"
    # A tax period ends on its month's last day: a value of none such ("June 15, 2022", under "the tax
    # period(s) shown above" in running text) is some other date.
    month_ends = [day for day in found if (day + dt.timedelta(days=1)).day == 1]
    if not month_ends:
        return None
    text = " ".join(w.text for w in used)
    garbled = stopped_scanned and stopped_at is not None and len(stopped_at.strip()) <= GARBLED_LINE_CHARS
    doubt: Note | None = None
    if stopped_at is not None and (any(ch.isdigit() for ch in stopped_at) or _names_a_month(stopped_at)
                                   or garbled):
        doubt = note("value.period_line", line=stopped_at)
    elif stray_digits:
        doubt = note("value.period_digits")
    elif len(month_ends) < len(found):
        doubt = note("value.period_not_month_end")
    elif CONTINUED.search(last_read.rstrip()) or _names_a_month(last_read.split()[-1]):
        # "12/31/2014;" ending the line, or "Dec." with its day and year wrapped onto the next line
        doubt = note("value.period_list_open", word=last_read.split()[-1])
    elif bare_years and not years_named:
        doubt = note("value.period_year_only")
    return Reading(value=tuple(sorted(set(found))), words=tuple(used), text=text, repaired=repaired,
                   doubt=() if doubt is None else (doubt,))


def _names_a_month(text: str) -> bool:
    return any(dates.month_numbers(token)[0] and not dates.month_numbers(token)[1] for token in text.split())


def _only_periods(text: str, readings: Sequence[dates.DateReading]) -> bool:
    return not _left_over(text, readings)


def _left_over(text: str, readings: Sequence[dates.DateReading]) -> str:
    """What of the text no reading took, separators left out."""
    rest = text
    for reading in sorted(readings, key=lambda r: -r.start):
        rest = rest[:reading.start] + rest[reading.end:]
    return PERIOD_SEPARATORS.sub("", rest)


READERS: dict[str, Callable[[ValueWords], Reading | None]] = {
    "letter_date": read_date,
    "printed_last_day": read_date,
    "contact_name": read_person,
    "contact_employee_id": read_employee_id,
    "contact_phone": read_phone,
    "contact_fax": read_phone,
    "contact_hours": read_hours,
    "taxpayer_id": read_taxpayer_id,
    "taxpayer_name": read_taxpayer_name,
    "tax_periods": read_periods,
    "tax_form": read_form,
}


def shown_value(value: FieldValue) -> str:
    """A field value as text for a review reason (dates in ISO form, periods joined)."""
    if isinstance(value, tuple):
        return ", ".join(d.isoformat() for d in value)
    if isinstance(value, dt.date):
        return value.isoformat()
    return value
