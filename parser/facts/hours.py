"""Checking an office-hours value word by word, so OCR damage in it is flagged rather than passed on.

Hours are free text ("Monday - Friday, 8:00 a.m. to 5:00 p.m. ET"), so no format can repair them; but the
words they are written with are few. A word outside that vocabulary, a damaged "a.m." ("a.m,"), two times
with nothing joining them ("8:00 AM 4:30 PM": a dash lost) or a range cut short ("8:00 a.m. to 4:30") is a
doubt the reader must check.
"""

from __future__ import annotations

import itertools
import re

from rapidfuzz.distance import Levenshtein

from parser.core.notes import Note, note

# A clock time: an hour of the day and its minutes, never a "60" (a fax's "3:00" read "3:60" is no time, and
# so a word of the value that may be misread: own seed 6375 0039, read sure before).
CLOCK = r"(?:[01]?\d|2[0-4])(?::[0-5]\d)?"
TIME = re.compile(rf"^{CLOCK}$")
MERIDIEM = re.compile(r"^(?:a\.m\.|p\.m\.|am|pm|noon)$", re.IGNORECASE)
TIME_WITH_MERIDIEM = re.compile(rf"^{CLOCK}(?:a\.m\.|p\.m\.|am|pm)$", re.IGNORECASE)
JOINER = re.compile(r"^(?:to|through|thru|until|and|-|–|—|&)$", re.IGNORECASE)
DAY = re.compile(
    r"^(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:days?|\.)?$|^weekdays?$|^daily$", re.IGNORECASE
)
# Time zones: abbreviations in capitals only ("cst" is OCR damage), names in any case.
ZONE = re.compile(
    r"^(?:[ECMP][SD]?T|AK[SD]?T|H[SD]?T)$|"
    r"^(?i:eastern|central|mountain|pacific|alaska|hawaii|standard|daylight|local|time|except|federal|holidays)$"
)
# Zone names long enough that a word one letter off one ("Fastern") is that name damaged by OCR.
ZONE_NAMES = ("eastern", "central", "mountain", "pacific", "alaska", "hawaii")
# "8am-5pm", "Mon-Fri": words joined by a dash inside one token.
INNER_JOINER = re.compile(r"(?<=\w)[-–—](?=\w)")
# A day range written with the days' initials ("M-F", "M-Th", "Tu-Sa"): capitals only, a dash between.
DAY_INITIALS = r"(?:M|Tu?|W|Th|F|Sa?|Su)"
DAY_INITIALS_RANGE = re.compile(rf"^(?P<first>{DAY_INITIALS})(?P<joiner>[-–—])(?P<last>{DAY_INITIALS}),?$")
# A word with a range's joiner glued to its end ("a.m.—", "a.m..—", "7:30-"): the word, then the joiner.
TRAILING_JOINER = re.compile(r"^(?P<core>.*\w[.,]*)[-–—]$")
# ... or to its start, where a wrapped range's second half opens a line ("-4:00 p.m. CT").
LEADING_JOINER = re.compile(r"^[-–—](?P<core>\w.*)$")
# Days that make a range or a schedule on their own; any other day named alone may be half a range.
WHOLE_WEEK = re.compile(r"^(?:weekdays?|daily)$", re.IGNORECASE)


def token_kind(token: str) -> str | None:
    """The grammar kind of one hours token (see _kind)."""
    return _kind(token)


def word_tokens(raw: str) -> list[tuple[str, str | None]]:
    """One printed word of hours as tokens with their kinds ("8am-5pm": timed, joiner, timed)."""
    word = raw.strip("()")
    initials = DAY_INITIALS_RANGE.match(word)
    if initials is not None:
        return [(initials["first"], "day"), ("-", "joiner"), (initials["last"], "day")]
    out: list[tuple[str, str | None]] = []
    opened = LEADING_JOINER.match(word)
    if opened is not None:
        return [("-", "joiner"), *word_tokens(opened["core"])]
    glued = TRAILING_JOINER.match(word)
    if glued is not None:  # "a.m.—" at a line's end: the range's joiner glued on, specks and all
        core = glued["core"]
        return [*word_tokens(core.rstrip(".,") + "." if _kind(core) is None and _kind(core.rstrip(".,") + ".")
                             else core), ("-", "joiner")]
    pieces = INNER_JOINER.split(word)
    for index, piece in enumerate(pieces):
        if index:
            out.append(("-", "joiner"))
        trailing_comma = piece.endswith(",") and _kind(piece[:-1]) in ("day", "meridiem", "timed", "zone")
        core = piece[:-1] if trailing_comma else piece
        out.append((piece, _kind(core)))
    return out


def _kind(token: str) -> str | None:
    """time | meridiem | timed (a time with a.m./p.m.) | joiner | day | zone; None: not an hours word."""
    for pattern, kind in ((TIME, "time"), (MERIDIEM, "meridiem"), (TIME_WITH_MERIDIEM, "timed"),
                          (JOINER, "joiner"), (DAY, "day"), (ZONE, "zone")):
        if pattern.match(token):
            return kind
    return None


def _tokens(text: str) -> list[tuple[str, str | None]]:
    return [token for raw in text.split() for token in word_tokens(raw)]


def is_time_zone_line(text: str) -> bool:
    """Whether a line holds only a time zone ("CT", "Eastern", "(ET)", "Eastern time"): the end of hours
    that wrapped in a narrow column, not another field's value."""
    tokens = _tokens(text)
    return bool(tokens) and all(kind == "zone" for _, kind in tokens)


def is_damaged_time_zone_line(text: str) -> bool:
    """Whether a line holds a time zone with a word one letter off a zone's name ("Fastern", "Centra1"):
    on a scan, the wrapped end of the hours with OCR damage. Taken with the hours, whose check then
    flags the damaged word."""
    tokens = _tokens(text)
    return bool(tokens) and not is_time_zone_line(text) and all(
        kind == "zone" or any(Levenshtein.distance(token.lower().strip(".,"), name, score_cutoff=1) <= 1
                              for name in ZONE_NAMES) for token, kind in tokens)


def goes_on_to(text: str, next_line: str) -> bool:
    """Whether the next line of the value's column continues hours cut short at a line end, the line as
    printed (a joiner opening or ending it kept). The joint is in a range: the value stops on a bare time
    or a range's joiner ("Monday through Friday, 7:30", "7:30 a.m. -") and the next line opens with what
    must follow one ("a.m. - 4:00 p.m. CT", "4:00 p.m. CT"); or the value holds one time and the next line
    is its range's second half, its joiner opening it ("- 4:30 p.m.", "through 5 PM") or lost ("4:00 p.m.
    CT"). Another label's line or unrelated words ("12 ELM ST", "- RETURN RECEIPT") open with no such."""
    tokens, following = _tokens(text), _tokens(next_line)
    if not tokens or not following:
        return False
    kinds = [kind or _kind(token.rstrip(",")) for token, kind in following]
    last = tokens[-1][1]
    if last == "time":
        return _second_half(kinds)
    if last == "joiner":
        before = tokens[-2][1] if len(tokens) > 1 else None
        if before == "day":
            return kinds[0] == "day"  # "Monday -" / "Friday, 8:00 a.m. ..."
        # After a zone the range is closed ("... 4:30 p.m. ET -"): a "-" there is a rule, not a joiner.
        return before in (None, "time", "timed", "meridiem") and _second_half(kinds)
    # "Mon-Fri 8:00 AM" / "to 4:30 PM": one time only, the rest of its range on the next line.
    one_time = sum(kind in ("time", "timed") for _, kind in tokens) == 1
    if not one_time or last not in ("meridiem", "timed"):
        return False
    return _second_half(kinds) if kinds[0] == "joiner" else _range_end(kinds)


def _second_half(kinds: list[str | None]) -> bool:
    """Whether a line's tokens (by kind) open what follows a time or a range's joiner: a meridiem, a time
    (a bare one followed by an hours word: "4:30 p.m.", not "12 ELM ST"), or a joiner and a time."""
    first, then = kinds[0], kinds[1] if len(kinds) > 1 else None
    if first == "joiner":
        return then in ("time", "timed", "meridiem")  # "- 4:00 p.m.", "to noon"
    if first == "time":
        return len(kinds) == 1 or then is not None
    return first in ("meridiem", "timed")


def _range_end(kinds: list[str | None]) -> bool:
    """Whether a line's tokens (by kind) are a range's second half alone, its joiner lost: one time with its
    a.m./p.m., then at most a time zone ("4:00 p.m. CT", "5pm")."""
    if kinds[0] == "timed":
        return all(kind == "zone" for kind in kinds[1:])
    return kinds[:2] == ["time", "meridiem"] and all(kind == "zone" for kind in kinds[2:])


def hours_doubt(text: str, *, scanned: bool = True) -> Note | None:
    """Why the hours value may be misread; None when every word and the ranges check out.

    A text layer's characters are exact: an unfamiliar word or a range written without a dash is how the
    letter prints its hours, not a misreading. There only a value that may be cut short is doubted."""
    tokens = _tokens(text)
    odd = [token for token, kind in tokens if kind is None]
    if odd and scanned:
        return note("value.hours_words", words=tuple(odd))
    if scanned and (start := _start_lost(tokens)) is not None:
        return start
    times = [i for i, (_, kind) in enumerate(tokens) if kind in ("time", "timed")]
    if len(times) == 1:
        return note("value.hours_single_time")
    days = [i for i, (_, kind) in enumerate(tokens) if kind == "day"]
    for first, second in itertools.pairwise(days):
        if second == first + 1 and scanned:
            return note("value.hours_days_unjoined")
    for first, second in itertools.pairwise(times):
        if not any(kind == "joiner" for _, kind in tokens[first + 1:second]) and scanned:
            return note("value.hours_times_unjoined")
    if tokens and tokens[-1][1] == "joiner":
        return note("value.hours_open_range")
    said_meridiem = any(kind in ("meridiem", "timed") for _, kind in tokens)
    if said_meridiem and times:
        last = times[-1]
        after = tokens[last + 1][1] if last + 1 < len(tokens) else None
        if tokens[last][1] != "timed" and after != "meridiem":
            return note("value.hours_cut_short")
    return None


def _start_lost(tokens: list[tuple[str, str | None]]) -> Note | None:
    """On a scan, hours whose start OCR lost: they open on an a.m./p.m. or a joiner ("a.m. to 3:00 p.m.",
    "- Friday, ..."), or name one day alone where a range of days stood ("Friday, 8:00 a.m. to 5:00
    p.m.": "Monday -" dropped). A single day ("Weekdays", "Daily" aside) is never a whole week's hours."""
    if tokens and tokens[0][1] in ("meridiem", "joiner"):
        return note("value.hours_start_lost", word=tokens[0][0])
    days = {token.strip(",.").lower() for token, kind in tokens if kind == "day" and not WHOLE_WEEK.match(
        token.strip(",."))}
    if len(days) == 1:
        return note("value.hours_one_day", day=next(iter(days)))
    return None
