"""Reading a scanned hours value back through the grammar hours are written in, where OCR misread a glyph.

Hours are days, times, a.m./p.m., joiners and a zone. Inside a token of that grammar, an OCR look-alike
can be read back as the grammar says it must be: "Spm" after a joiner is "5pm" (no hour starts with an
"S"), "pan" after a time is "pm", "Priday" is "Friday" (one letter off one day name and no other),
"PMET" is "PM ET". Only a reading the grammar allows one way is taken; anything else is left as read for
the hours check to flag. Words of no hours kind at the value's ends (a phone number run into it, a speck
read as "ee") are cut off and named, so the value is flagged for them. A value so mended is flagged by the
reader; only a second reading that reads it without mending settles it (verify).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from rapidfuzz.distance import Levenshtein

from parser.facts.hours import DAY_INITIALS_RANGE, TRAILING_JOINER, ZONE_NAMES, token_kind, word_tokens

# Glyphs OCR reads for a digit: in a token the grammar says is a time, they are that digit.
DIGIT_LOOKALIKES: dict[str, str] = {"S": "5", "s": "5", "O": "0", "o": "0", "l": "1", "I": "1", "|": "1"}
# A time's shape before its look-alikes are read back: an hour, optional minutes, nothing else.
TIME_SHAPE = re.compile(r"^(?P<hour>\d{1,2})(?::(?P<minute>\d{2}))?$")
# A meridiem's letters as OCR reads them: "a"/"p" (or "b", a "p" of a fax) then an "m" or what an "m"
# breaks into ("rn", "n", "an", "sm", "nn", "im").
MERIDIEM_HEADS: dict[str, str] = {"a": "a", "p": "p", "b": "p"}
M_LOOKALIKES: frozenset[str] = frozenset({"m", "rn", "n", "an", "sm", "nn", "im"})
# A meridiem, with or without its time, and a zone glued into one token ("PMET", "a.m.CT", "3:30PMET").
GLUED_ZONE = re.compile(
    r"^(?P<meridiem>(?:\d{1,2}(?::\d{2})?)?(?i:[ap]\.?m\.?))(?P<zone>[ECMP][SD]?T|AK[SD]?T|H[SD]?T)[.,]?$")
DAY_NAMES = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
# Names this long are told apart by one letter: a word one letter off exactly one of them is that name.
NAME_MIN_CHARS = 5
# A timed token's digits and colon, left off to see how its meridiem is written ("8:00a.m." -> "a.m.").
MERIDIEM_TAIL = re.compile(r"^[\d:]+|,$")
INNER_JOINER_KEPT = re.compile(r"((?<=\w)[-–—](?=\w))")
# A word of another field's number: three digits in a row (no hour or minute has them).
NUMBER_WORD = re.compile(r"\d{3}")
MAX_HOUR = 12
MAX_MINUTE = 59


@dataclass(frozen=True)
class Mended:
    """The value's words as the grammar reads them back."""

    words: tuple[str, ...]  # the kept words, mended
    start: int  # index of the first kept word among those read
    changed: tuple[tuple[str, str], ...] = ()  # (as read, as mended)
    dropped: tuple[str, ...] = ()  # words of something else cut off the value's ends


def mend_hours(texts: Sequence[str]) -> Mended:
    """The words of a scanned hours value with look-alikes read back and foreign words cut off its ends."""
    dotted, upper = _meridiem_style(texts)
    mended: list[str] = []
    changed: list[tuple[str, str]] = []
    previous: str | None = None
    for text in texts:
        if DAY_INITIALS_RANGE.match(text.strip("()")):
            mended.append(text)
            previous = "day"
            continue
        pieces = INNER_JOINER_KEPT.split(text)
        out: list[str] = []
        for piece in pieces:
            kind = _kind_of(piece)
            if kind is None:
                fixed = _mended_piece(piece, previous, dotted=dotted, upper=upper)
                if fixed is not None:
                    out.append(fixed)
                    previous = _kind_of(fixed.split()[-1])
                    continue
            out.append(piece)
            previous = kind
        word = "".join(out)
        if word != text:
            changed.append((text, word))
        mended.append(word)
    hours = [_is_hours_word(word) for word in mended]
    start = next((i for i, kept in enumerate(hours) if kept), len(mended))
    end = len(mended)
    # At the end only a number is cut off (a phone number run on): a damaged word there ("EF") may be the
    # zone, and stays in the value for the check to flag.
    while end > start and NUMBER_WORD.search(texts[end - 1]) and not hours[end - 1]:
        end -= 1
    end = max(end, start)
    dropped = tuple(texts[:start]) + tuple(texts[end:])
    return Mended(words=tuple(mended[start:end]), start=start, changed=tuple(changed), dropped=dropped)


def _kind_of(piece: str) -> str | None:
    core = piece.strip("()")
    kind = token_kind(core)
    if kind is None and core.endswith(","):
        kind = token_kind(core[:-1])
    return kind


def _is_hours_word(word: str) -> bool:
    """Whether a (mended) word is one of the hours: one of its pieces is of an hours kind other than a
    joiner, or it is nothing but joiners ("-"). "559-426-1598" (a phone number run in) is none."""
    kinds = [kind for piece in word.split() for _, kind in word_tokens(piece)]
    return any(kind not in (None, "joiner") for kind in kinds) or (bool(kinds) and None not in kinds)


def _meridiem_style(texts: Sequence[str]) -> tuple[bool, bool]:
    """Whether the value writes its meridiems with dots ("a.m.") and in capitals: as its whole ones are
    written ("p.m.", "8AM"); with none whole, as its damaged ones ("am.", "pan,": a dot in any is dots)."""
    whole = [MERIDIEM_TAIL.sub("", token) for text in texts for token, kind in word_tokens(text)
             if kind in ("meridiem", "timed")]
    sample = whole or [text for text in texts if _meridiem_letters(text.rstrip(",")) is not None]
    dotted = any("." in s for s in sample)
    upper = bool(sample) and all(s.upper() == s for s in sample)
    return dotted, upper


def _mended_piece(piece: str, previous: str | None, *, dotted: bool, upper: bool) -> str | None:
    """The piece as the grammar reads it, when it allows one reading only; None otherwise."""
    glued_joiner = TRAILING_JOINER.match(piece)
    if glued_joiner is not None:  # "a.m.—", "pan—": the word mended, its joiner kept
        inner = glued_joiner["core"]
        if _kind_of(inner) is not None or _kind_of(inner.rstrip(".,") + ".") is not None:
            return None
        fixed = _mended_piece(inner, previous, dotted=dotted, upper=upper)
        return None if fixed is None else fixed + piece[len(inner):]
    trailing = "," if piece.endswith(",") else ""
    core = piece.rstrip(",")
    glued = GLUED_ZONE.match(core)
    if glued is not None:
        return f"{glued['meridiem']} {glued['zone']}{trailing}"
    if previous == "time" and (meridiem := _meridiem_letters(core)) is not None:
        styled = _styled(meridiem, dotted=dotted, upper=upper)
        # "a.m," / "pan,": a comma where the last dot stood is that dot ("a.m.", not "a.m.,").
        return styled if styled.endswith(".") and not core.endswith(".") else styled + trailing
    # A time stands after a joiner or a day, never right after another time ("4:30 Sam" is no "4:30 5am").
    if previous in ("joiner", "day") and (timed := _lookalike_time(core)) is not None:
        return timed + trailing
    named = _one_letter_off(core.strip("."), DAY_NAMES) or _one_letter_off(core.strip("."), ZONE_NAMES)
    if named is not None:
        return (named.capitalize() if core[:1].isupper() else named) + trailing
    return None


def _meridiem_letters(text: str) -> str | None:
    """"a" or "p" when the text is a meridiem's letters as OCR misreads them ("pan", "asm...", "bm")."""
    if any(ch.isdigit() for ch in text) or len(text) > 6:
        return None
    letters = re.sub(r"[^a-z]", "", text.lower())
    head = MERIDIEM_HEADS.get(letters[:1])
    return head if head is not None and letters[1:] in M_LOOKALIKES else None


def _styled(meridiem: str, *, dotted: bool, upper: bool) -> str:
    text = f"{meridiem}.m." if dotted else f"{meridiem}m"
    return text.upper() if upper else text


def _lookalike_time(text: str) -> str | None:
    """A time with its meridiem whose digits OCR read as look-alikes ("Spm", "s5pm", "8:O0am"): the one
    way of reading its head as an hour (1-12) and minutes; None when there is no way or more than one."""
    found: set[str] = set()
    for split in range(1, len(text) + 1):
        head, tail = text[:split], text[split:]
        # A bare time needs its colon ("4:3O"): without one, a word of letters is no time.
        meridiem = _meridiem_letters(tail) if tail else ("" if ":" in head else None)
        if meridiem is None or not any(ch in DIGIT_LOOKALIKES or ch.isdigit() for ch in head):
            continue
        for candidate in (head, head[1:]):  # the head as read, or after a speck before it ("s5pm")
            digits = "".join(DIGIT_LOOKALIKES.get(ch, ch) for ch in candidate)
            shape = TIME_SHAPE.match(digits)
            if shape is None or not 1 <= int(shape["hour"]) <= MAX_HOUR or (
                    shape["minute"] is not None and int(shape["minute"]) > MAX_MINUTE):
                continue
            styled = tail if not tail or token_kind(tail) == "meridiem" else _styled(
                meridiem, dotted="." in tail, upper=tail.upper() == tail)
            found.add(digits + styled)
    if not any(ch.isdigit() for ch in text) and not text[:1].isdigit() and text[:1] not in DIGIT_LOOKALIKES:
        return None
    return next(iter(found)) if len(found) == 1 else None


def _one_letter_off(word: str, names: Sequence[str]) -> str | None:
    if len(word) < NAME_MIN_CHARS or not word.isalpha():
        return None
    near = [name for name in names if Levenshtein.distance(word.lower(), name, score_cutoff=1) <= 1]
    return near[0] if len(near) == 1 and word.lower() != near[0] else None

