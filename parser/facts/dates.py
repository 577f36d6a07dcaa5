"""Dates as US letters print them, month first, with OCR damage repaired only where the format is certain.

Accepted: "March 3, 2025", "MAR 03 2025", "Mar. 3, 2025", "Sept. 3, 2025", "03/03/2025", "3/3/25",
"03-03-2025", and the two orders a month name or a leading year make certain: "3 March 2025", "03 MAR 2025"
and "2025-03-03"; for tax periods also "201912" (year and month) and a bare year ("2019") where the label says
tax year. Numbers are always read month first; a day-first reading is never guessed.

OCR repair: inside a slot that can only hold digits (the day, the year, a numeric month), a letter that OCR
commonly gives for a digit (O for 0, l or I for 1, S for 5, B for 8, Z for 2, G for 6) is read as that digit.
A damaged month name is matched to the month names; when two months are equally close ("Jui" = Jun or
Jul) the date has two readings: it is returned with both, and the caller must flag it, never choose.
A month name OCR split at a wide letter gap ("J anuary") is joined again by one rule table (MONTH_SPLITS):
in every text a date is read from (offsets held), and in a scanned value's first two words (made one word,
so that the evidence covers both).
The final calendar check is the calendar's for four-digit years (what dateparser's strict month-day-year
parsing gives them) and dateparser's for any other year.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from rapidfuzz import process
from rapidfuzz.distance import Levenshtein

from parser.core.model import Word, scanned
from parser.facts.labels import without_accents

# Letters OCR returns for digits, read back as digits only inside digit-only slots. A closing bracket is one
# only where a slot allows it (a named date's year, YEAR_DIGITISH; a day, DAY_DIGIT_LOOKALIKES).
DIGIT_LOOKALIKES: dict[str, str] = {
    "O": "0", "o": "0", "Q": "0", "D": "0", "I": "1", "l": "1", "i": "1", "|": "1", "!": "1", "L": "1",
    "S": "5", "s": "5", "B": "8", "Z": "2", "z": "2", "G": "6", "§": "5", "$": "5", "]": "1",
}
DIGITISH = "0-9OoQDIli|!LSsBZzG§$"
# A named date's year may end in a serif "1" a fax reads as a bracket ("MARCH 30 202]" in three readings of
# apart 9051 0023): the month name beside it says it is a date.
YEAR_DIGITISH = DIGITISH + r"\]"
# Marks OCR gives for a named date's day digits, read there only as every digit they may be: a "T" for more
# than one ("2T July" for 21 or 27: the date is kept with all its readings, flagged, the earliest counted
# from); a bracket for a serif "1" on a fax ("November 2], 2022": apart 9029 0011, read so by every pass;
# a repair, checked).
DAY_DIGIT_LOOKALIKES: dict[str, str] = {"T": "17", "]": "1"}
DAY_DIGITISH = DIGITISH + re.escape("".join(DAY_DIGIT_LOOKALIKES))
# A named date's day of one digit read as a 1's look-alike alone ("OCTOBER | 2026": apart 9034 0024, a photo):
# between a month name and a year nothing else stands, so it is day 1, repaired (checked). Other look-alikes
# alone ("O", "S") are letters more often than a lost digit.
LONE_ONE_DAYS = frozenset("|!Il")
# A day "5" read as a sign alone ("$ October 2020" in every pass of a photo: apart 9071 0024): no letter,
# and between a day's place and a month's name (spelled whole) no sign stands, so it is day 5, repaired.
LONE_FIVE_DAYS = frozenset("$§")
# Specks a scan leaves beside a date's day ("MAR 26° 2026"): noise, never a digit, so they are skipped.
SPECKS = "°'’‘`*•·\"()"

MONTHS: dict[str, int] = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4, "may": 5,
    "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8, "september": 9, "sept": 9, "sep": 9,
    "october": 10, "oct": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
}
# Look-alikes of a 1 that a damaged comma also gives: a day's last character read as one may be the comma.
COMMA_LOOKALIKES = frozenset("!|")
# Month-name letters that OCR turns into digits ("Ju1y", "0ctober"): folded back before matching.
MONTH_LOOKALIKES = str.maketrans({"1": "l", "0": "o", "5": "s", "8": "b", "|": "l", "!": "l"})
# Letter pairs a scan makes of an "m" ("Decernber", "Deceniber", "Decentber"): read back as the "m" when
# that spells a month name exactly (two letters off is too far for the one-letter fuzzy match).
M_LOOKALIKES: tuple[str, ...] = ("rn", "ni", "nt", "in", "iii", "rri")

# A year in this tool's range, as every date pattern reads it; the readers of sentences (decisions) read
# a tax year with it too.
YEAR = r"(?:19|20)[0-9]{2}"
# A tax year's last day written before its year in a sentence ("December 31, 2019", "Dec. 31 2019",
# "12/31/2019"): lower case, as sentences are read.
YEAR_END = r"(?:(?:december|dec\.?) 31,? |12/31/)"

# "March 3, 2025", "MAR 03 2025", "Mar. 3, 2025": a word of 3-9 letters, a 1-2 digit day, a 4 digit year;
# up to 11 letters where a scan made two or three of an "m" ("Septernber": M_LOOKALIKES).
MONTH_WORD_LETTERS = 11
LONG_DATE = re.compile(
    rf"(?<![A-Za-z0-9])(?P<month>[A-Za-z0-9|!]{{3,{MONTH_WORD_LETTERS}}})(?P<mark>[.,;:])?\s*"
    rf"(?P<speck>(?:[{SPECKS}.,;:]\s*){{1,3}})?(?P<day>[{DAY_DIGITISH}]{{1,2}})"
    rf"(?:st|nd|rd|th)?"
    rf"(?P<sep>(?:\s*(?:[,.;:]|[{SPECKS}])){{0,2}})\s*"
    rf"(?P<year>[{YEAR_DIGITISH}]{{4}})(?![A-Za-z0-9])"
)
# "03/03/2025", "3/3/25", "03-03-2025", "03.03.2025": month, day, year in digits, month first.
NUMERIC_DATE = re.compile(
    rf"(?<![A-Za-z0-9/])(?P<month>[{DIGITISH}]{{1,2}})\s?(?P<sep>[/.-])\s?(?P<day>[{DIGITISH}]{{1,2}})"
    rf"\s?(?P=sep)\s?(?P<year>[{DIGITISH}]{{4}}|(?:19|20) [0-9]{{2}}|[{DIGITISH}]{{2}})(?![A-Za-z0-9/])"
)
# "3 March 2025", "03 MAR 2025": day first, which only a month name makes certain. A speck a scan set after
# the day ("24, August 2020", "24. August", "8 ' October") is skipped, and the date kept for review; so is one
# in the space between month and year ("21 June’2021", apart 9063 0022: no date). A stop or a comma there
# with no space ("21 June,2021"; a colon or semicolon too) is a mark, not a speck.
DAY_FIRST_DATE = re.compile(
    rf"(?<![A-Za-z0-9/.-])(?P<day>[{DAY_DIGITISH}]{{1,2}})(?P<dayspeck>\s?[.,;:{SPECKS}])?\s+"
    rf"(?P<month>[A-Za-z0-9|!]{{3,{MONTH_WORD_LETTERS}}})(?:\.?,?\s+|(?P<monthspeck>[.,;:{SPECKS}])\s*)"
    rf"(?P<year>[{YEAR_DIGITISH}]{{4}})(?![A-Za-z0-9])"
)
# "2025-03-03": year, month, day (ISO 8601).
ISO_DATE = re.compile(
    rf"(?<![0-9/.-])(?P<year>{YEAR})-(?P<month>[0-9]{{2}})-(?P<day>[0-9]{{2}})(?![0-9/.-])"
)
# "12/2019": a tax period as month and year (the month's last day).
# Not after "12/3 " (SPLIT_DAY_DATE): that "1/2021" is the end of a split day.
MONTH_YEAR = re.compile(
    rf"(?<![0-9/])(?<![0-9]/[0-9] )(?P<month>0?[1-9]|1[0-2])/(?P<year>{YEAR})(?![0-9/])"
)
# "December 2019": a tax period as month name and year.
MONTH_NAME_YEAR = re.compile(
    rf"(?<![A-Za-z0-9])(?P<month>[A-Za-z]{{3,9}})\.?\s+(?P<year>{YEAR})(?![0-9])"
)
# A month name OCR split at a wide letter gap ("J anuary", "Sep tember"): two letter runs that together
# spell a month name (MONTH_SPLITS) are joined before matching (the space moves after the name: offsets hold).
SPLIT_MONTH = re.compile(r"(?<![A-Za-z])(?P<head>[A-Za-z]{1,8}) (?=(?P<tail>[A-Za-z]{1,8})(?![A-Za-z]))")
FULL_MONTH_NAMES = frozenset(calendar.month_name[m].lower() for m in range(1, 13))
# "Monday, March 3, 2025": a weekday before a date is skipped.
WEEKDAY_PREFIX = re.compile(
    r"^\s*(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?\.?,?\s+", re.IGNORECASE
)
# "201912": a tax period as year and month (the month's last day), as IRS transcripts print it.
YEAR_MONTH = re.compile(rf"(?<![0-9])(?P<year>{YEAR})(?P<month>0[1-9]|1[0-2])(?![0-9])")
# "12/34/2019": a tax period end whose day's second digit a scan garbled past any month's length. A period
# ends on its month's last day, so the month and year alone tell the date (read as repaired).
GARBLED_PERIOD_DAY = re.compile(
    rf"(?<![0-9/])(?P<month>0?[1-9]|1[0-2])/3[2-9]/(?P<year>{YEAR})(?![0-9/])"
)
# A tax period end whose day a scan garbled into something no day is: "Dec2315.2017", "Ded. 134, -2020",
# "12731/2021" (a slash read as a 7). The period ends on its month's last day, so a month read beyond doubt
# and the year alone tell the date (read as repaired, so a person checks it).
GARBLED_NAMED_PERIOD = re.compile(
    rf"(?<![A-Za-z])(?P<month>[A-Za-z]{{3,9}})\.?\s?(?P<day>[0-9OoIl|!.,\s-]{{1,8}}?)(?P<year>{YEAR})(?![0-9])"
)
GARBLED_NUMERIC_PERIOD = re.compile(
    rf"(?<![0-9/])(?P<month>1[0-2]|0[1-9])[7|](?P<day>[0-9]{{1,3}})/(?P<year>{YEAR})(?![0-9/])"
)
# "42/31/2015": a numeric period end whose month a scan turned past twelve (a fax streak made the 1 a 4).
# The day read is a month's last day: the month is the one look-alike of the digits read
# (MONTH_DIGIT_LOOKALIKES) that ends on that day, taken only when exactly one does (read as repaired, so a
# person checks it).
GARBLED_MONTH_PERIOD = re.compile(
    rf"(?<![0-9/])(?P<month>1[3-9]|[2-9][0-9])/(?P<day>3[01]|2[89])/(?P<year>{YEAR})(?![0-9/])"
)
# "December 3], 2016": a named period end whose day's 1 a scan made a bracket (a serif 1 on a fax). Only
# the 30th or 31st can be read so, and a period ends on its month's last day: the month and year tell it.
BRACKET_DAY_PERIOD = re.compile(
    rf"(?<![A-Za-z])(?P<month>[A-Za-z]{{3,9}})\.?\s?3[\]}}],?\s?(?P<year>{YEAR})(?![0-9])"
)
# Digits a scan makes of a month's digits: the first one's 1 read as 4 or 7, the second's 0 as 8 or 6.
MONTH_DIGIT_LOOKALIKES: dict[str, str] = {"4": "1", "7": "1", "8": "0", "6": "0", "9": "0"}
# A day as printed ("Feb 31, 2022"): a day some month has, so the month may be the damaged part, and the
# garbled-day reading is not taken. (A numeric period's garbled slash leaves a clean day: "12731/2021".)
CLEAN_DAY = re.compile(r"^\s*(?:[1-9]|[12][0-9]|3[01])\s*[,.]?\s*$")
# "2019": a tax year (its last day), only where the label names tax years.
# "12/3 1/2021": OCR split a period end's day in two, leaving "1/2021" to look like a month and year. The
# halves joined are the only date the characters make (read as repaired).
SPLIT_DAY_DATE = re.compile(
    r"(?<![0-9/])(?P<month>0?[1-9]|1[0-2])/(?P<first>[0-3]) (?P<second>[0-9])/"
    rf"(?P<year>{YEAR})(?![0-9/])"
)
YEAR_ONLY = re.compile(rf"(?<![0-9/.-])(?P<year>{YEAR})(?![0-9/.-])")
# "2019 through 2021": every tax year of the span (at most MAX_YEAR_SPAN of them), where years are allowed.
YEAR_RANGE = re.compile(rf"(?<![0-9/.-])(?P<first>{YEAR})\s?(?:through|thru|to|-|–)\s?"
                        rf"(?P<last>{YEAR})(?![0-9/.-])", re.IGNORECASE)
MAX_YEAR_SPAN = 10
# Two-digit years: 00-68 are 2000-2068 (as strptime reads %y); letters in this tool's range are 20xx.
TWO_DIGIT_YEAR_PIVOT = 69

# Years "%Y" reads (four digits): their date is the calendar's own, the same as dateparser's reading.
FOUR_DIGIT_YEARS = (1000, 9999)
DATEPARSER_SETTINGS: dict[str, object] = {
    "DATE_ORDER": "MDY", "STRICT_PARSING": True, "PREFER_LOCALE_DATE_ORDER": False,
    "REQUIRE_PARTS": ["day", "month", "year"],
}


@dataclass(frozen=True)
class DateReading:
    """A date found in a text: its value, other readings it allows, whether OCR damage was repaired."""

    value: dt.date
    start: int
    end: int
    style: str  # long | numeric | year_month | year
    repaired: bool = False  # a digit look-alike or a damaged month name was read back
    alternatives: tuple[dt.date, ...] = ()  # other dates the same characters could mean

    @property
    def ambiguous(self) -> bool:
        return bool(self.alternatives)


def _digits(slot: str) -> tuple[str, bool] | None:
    """The slot's digits with look-alikes read back, and whether any were; None if not mostly digits."""
    real = sum(ch.isdigit() for ch in slot)
    if real == 0 or real * 2 < len(slot):
        return None
    repaired = "".join(DIGIT_LOOKALIKES.get(ch, ch) for ch in slot)
    if not repaired.isdigit():
        return None
    return repaired, repaired != slot


def month_numbers(token: str) -> tuple[tuple[int, ...], bool]:
    """The months a (possibly damaged) month token can mean, and whether it was damaged."""
    folded = token.lower().rstrip(".").translate(MONTH_LOOKALIKES)
    if folded in MONTHS:
        return (MONTHS[folded],), folded != token.lower().rstrip(".")
    if len(folded) < 3 or not folded.isalpha():
        return (), False
    mended = {MONTHS[name] for pair in M_LOOKALIKES if (name := folded.replace(pair, "m")) in MONTHS}
    if len(mended) == 1:
        return tuple(mended), True
    found = process.extract(folded, list(MONTHS), scorer=Levenshtein.distance, score_cutoff=1, limit=None)
    months = tuple(sorted({MONTHS[name] for name, _, _ in found}))
    return months, True


@lru_cache(maxsize=512)
def _calendar_date(year: int, month: int, day: int) -> dt.date | None:
    """dateparser's strict month-day-year reading of the parts; None when no such day exists."""
    if not (1 <= month <= 12 and 1 <= day <= 31):
        return None
    if FOUR_DIGIT_YEARS[0] <= year <= FOUR_DIGIT_YEARS[1]:
        # A four-digit year is what dateparser's "%B %d, %Y" reads with strptime: the same date or none,
        # without loading dateparser (about 80 ms of a digital letter's run; tests/test_facts_dates.py).
        try:
            return dt.date(year, month, day)
        except ValueError:
            return None
    import dateparser  # other years only: dateparser's own reading decides them, as it always did

    text = f"{calendar.month_name[month]} {day}, {year}"
    parsed = dateparser.parse(text, date_formats=["%B %d, %Y"], languages=["en"],
                              settings=DATEPARSER_SETTINGS)  # type: ignore[arg-type]
    if parsed is None or (parsed.year, parsed.month, parsed.day) != (year, month, day):
        return None
    found: dt.date = parsed.date()
    return found


def _year(slot: str) -> tuple[int, bool] | None:
    # OCR splits a year in two words on a photo ("08/25/20 23"): joined, and counted as a repair.
    split = " " in slot
    digits = _digits(slot.replace(" ", ""))
    if digits is None:
        return None
    text, repaired = digits[0], digits[1] or split
    year = int(text)
    if len(text) == 2:
        year += 2000 if year < TWO_DIGIT_YEAR_PIVOT else 1900
    return year, repaired


def _day_readings(slot: str) -> tuple[list[int], bool] | None:
    """The days a named date's day slot may be: one, or one per digit a look-alike mark may be."""
    if slot in LONE_ONE_DAYS:
        return [1], True
    if slot in LONE_FIVE_DAYS:
        return [5], True
    if not any(ch in DAY_DIGIT_LOOKALIKES for ch in slot):
        day = _digits(slot)
        return None if day is None else ([int(day[0])], day[1])
    if sum(ch not in DAY_DIGIT_LOOKALIKES for ch in slot) * 2 < len(slot):
        return None  # "TT", "T": letters, not a day
    readings = [""]
    for ch in slot:
        readings = [r + d for r in readings for d in DAY_DIGIT_LOOKALIKES.get(ch, ch)]
    days = [_digits(r) for r in readings]
    found = [int(d[0]) for d in days if d is not None]
    return (found, True) if found else None


def _may_be_the_comma(last: str, after: str) -> bool:
    """Whether a day's last character, a look-alike of a 1, may be the comma after a day of one digit ("JUNE
    1! 2020": day 1 or 11). Not where a comma or a period (a comma misread) follows it ("November 2!, 2022",
    "2!. 2022": apart 9029 0011, a fax's serif 1): the comma's place is taken. A bracket is always a 1."""
    return last in COMMA_LOOKALIKES and not any(mark in after for mark in ",.")


def _long(match: re.Match[str]) -> DateReading | None:
    months, month_repaired = month_numbers(match["month"])
    day = _day_readings(match["day"])
    year = _year(match["year"])
    if not months or day is None or year is None:
        return None
    if match["day"] in LONE_FIVE_DAYS and month_repaired:
        return None  # a sign beside a word a letter away from a month's name ("Fee $ 2020") is an amount's
    days = list(day[0])
    between = match.groupdict().get("sep") or ""
    after_day = between or match.groupdict().get("dayspeck") or ""
    if len(match["day"]) == 2 and _may_be_the_comma(match["day"][1], after_day):
        days.append(days[0] // 10)
    dates = [d for m in months for n in days if (d := _calendar_date(year[0], m, n)) is not None]
    if not dates:
        return None
    # "Jan, 13, 2025", "Dec; 31, 2022": a comma, semicolon or colon after the month is a period OCR misread.
    # "March’21", "NOV .25 2024": a speck between month and day is skipped, and the date kept for review (a
    # speck might have been a digit).
    comma = (match.groupdict().get("mark") or ".") != "."
    speck = (bool(match.groupdict().get("speck")) or bool(match.groupdict().get("dayspeck"))
             or any(ch in SPECKS for ch in between + (match.groupdict().get("monthspeck") or "")))
    return DateReading(value=dates[0], start=match.start(), end=match.end(), style="long",
                       repaired=month_repaired or day[1] or year[1] or comma or speck,
                       alternatives=tuple(dates[1:]))


def _numeric(match: re.Match[str]) -> DateReading | None:
    month, day, year = _digits(match["month"]), _digits(match["day"]), _year(match["year"])
    if month is None or day is None or year is None:
        return None
    value = _calendar_date(year[0], int(month[0]), int(day[0]))
    if value is None:
        return None
    return DateReading(value=value, start=match.start(), end=match.end(), style="numeric",
                       repaired=month[1] or day[1] or year[1])


def find_dates(text: str) -> tuple[DateReading, ...]:
    """Every calendar date in the text, left to right, month first. Accents a scan's specks put on a
    month's letters are taken off ("Juné 5, 2026" in every pass of a fax: own 6384 0066, no date at all)."""
    text = joined_split_months(without_accents(text))
    readings: list[DateReading] = []
    for pattern, reader in ((LONG_DATE, _long), (NUMERIC_DATE, _numeric), (DAY_FIRST_DATE, _long),
                            (ISO_DATE, _numeric)):
        for match in pattern.finditer(text):
            reading = reader(match)
            if reading is not None:
                readings.append(reading)
    readings.sort(key=lambda r: (r.start, -r.end))
    kept: list[DateReading] = []
    for reading in readings:
        if kept and reading.start < kept[-1].end:
            continue
        kept.append(reading)
    return tuple(kept)


# What may stand before a value's date: spaces, the label's colon, the quote marks, bars and specks a fax
# or scan glues to the value ('DATE: "06/05/2023'), and a ruled cell's left edge read as a bracket ("[5
# July 2023": apart 9079 0077, a fax, the printed last day missed without a word).
LEADING_JUNK = " \t:;,.-'\"‘’“”`|*°[("


@dataclass(frozen=True)
class MonthSplit:
    """Which month names OCR split in two at a wide letter gap are joined again."""

    before_gap: int  # letters before the gap, at most
    names: frozenset[str]  # what the two parts together must spell (lower case, a trailing "." or "," off)


# Where a split month name is joined again, and how it may be split there.
MONTH_SPLITS: dict[str, MonthSplit] = {
    # Anywhere in a text a date is read from (every date reader): a full month name, split after any of
    # its letters ("J anuary", "Sep tember").
    "text": MonthSplit(before_gap=8, names=FULL_MONTH_NAMES),
    # The first two words of a scanned value, where its date must open: any month name, an abbreviation
    # too ("J un"), split after its first letter or two ("J une", "Ju ly"; in "Jun e" the month is "Jun").
    "value": MonthSplit(before_gap=2, names=frozenset(MONTHS)),
}


def split_month(head: str, tail: str, rule: MonthSplit) -> bool:
    """Whether `head` and `tail`, a gap between them, are one month name OCR split in two."""
    return len(head) <= rule.before_gap and f"{head}{tail}".rstrip(".,").lower() in rule.names


def joined_split_months(text: str) -> str:
    """The text with month names OCR split in two joined again, of the same length ("J anuary 9" ->
    "January  9"), so that positions in it are positions in the text read."""
    if " " not in text:
        return text
    for match in SPLIT_MONTH.finditer(text):
        if split_month(match["head"], match["tail"], MONTH_SPLITS["text"]):
            start, end = match.start(), match.end("tail")
            text = f"{text[:start]}{match['head']}{match['tail']} {text[end:]}"
    return text


def joined_split_month_words(words: Sequence[Word]) -> tuple[Word, ...]:
    """A value's words with a month name OCR split in its first two words ("J une") made one word again,
    its box both words' (so that the evidence covers them). A text layer's words are as printed."""
    if len(words) < 2 or not scanned(words[:2]):
        return tuple(words)
    head, tail = words[0], words[1]
    if not split_month(head.text, tail.text, MONTH_SPLITS["value"]):
        return tuple(words)
    scores = [w.confidence for w in (head, tail) if w.confidence is not None]
    merged = Word(text=f"{head.text}{tail.text}", box=head.box.union(tail.box), page=head.page,
                  method=head.method, confidence=min(scores) if scores else None)
    return (merged, *words[2:])


def leading_date(text: str) -> DateReading | None:
    """The date the text opens with (after punctuation and spaces), or None; a value's text, so a date in
    figures whose slashes a scan read as digits is one too (`slashes_misread`)."""
    weekday = WEEKDAY_PREFIX.match(text.lstrip(LEADING_JUNK))
    stripped = len(text) - len(text.lstrip(LEADING_JUNK)) + (weekday.end() if weekday else 0)
    dates = find_dates(text)
    if dates and dates[0].start <= stripped:
        return dates[0]
    misread = slashes_misread(text)
    return misread if misread is not None and misread.start <= stripped else None


# "07/24/2023" read "0772472023" in every pass: a stamp's edge across the date's tops gave each slash a
# bar, a "7" (apart 9074 0015, a clean Times scan with no date at all); or read "1" or "|". Ten characters,
# the third and sixth a slash's look-alike, the rest a month, a day and a year in figures: only as a
# value's text (beside or under a date's label), never in running text, and repaired (checked).
SLASHES_MISREAD = re.compile(
    rf"(?<![A-Za-z0-9/])(?P<month>[{DIGITISH}]{{2}})(?P<first>[71|/])(?P<day>[{DIGITISH}]{{2}})"
    rf"(?P<second>[71|/])(?P<year>[{DIGITISH}]{{4}})(?![A-Za-z0-9/])"
)


def slashes_misread(text: str) -> DateReading | None:
    """The first date in figures in the text whose slashes a scan read as digits (SLASHES_MISREAD)."""
    for match in SLASHES_MISREAD.finditer(text):
        if match["first"] == match["second"] == "/":
            continue  # a date as printed: find_dates reads it
        parts = [_digits(match[name]) for name in ("month", "day", "year")]
        if any(part is None for part in parts):
            continue
        month, day, year = (int(part[0]) for part in parts if part is not None)
        if not 1900 <= year <= 2099:  # YEAR's range
            continue
        value = _calendar_date(year, month, day)
        if value is not None:
            return DateReading(value=value, start=match.start(), end=match.end(), style="numeric",
                               repaired=True)
    return None


def _lookalike_period_end(match: re.Match[str]) -> dt.date | None:
    """The period end a scan's look-alike damage leaves one reading of: a month past twelve, a bracket day."""
    year = int(match["year"])
    if match.re is GARBLED_MONTH_PERIOD:
        return _month_of_lookalike(match["month"], int(match["day"]), year)
    months, _damaged = month_numbers(match["month"])
    return dt.date(year, months[0], calendar.monthrange(year, months[0])[1]) if len(months) == 1 else None


def _month_of_lookalike(month: str, day: int, year: int) -> dt.date | None:
    """The one month end a garbled month's look-alike digits make with the day read, or None."""
    ends: set[dt.date] = set()
    for position, digit in enumerate(month):
        for other in MONTH_DIGIT_LOOKALIKES.get(digit, ""):
            number = int(month[:position] + other + month[position + 1:])
            if 1 <= number <= 12 and calendar.monthrange(year, number)[1] == day:
                ends.add(dt.date(year, number, day))
    return next(iter(ends)) if len(ends) == 1 else None


def period_ends(text: str, *, years_allowed: bool, scanned: bool = False) -> tuple[DateReading, ...]:
    """Tax period end dates in the text: full dates, year-month ("201912"), and bare years if allowed; on a
    scanned line also the ends a scan's look-alike digits leave one reading of (a text layer is exact)."""
    found = list(find_dates(text))
    taken = [(r.start, r.end) for r in found]

    def free(start: int, end: int) -> bool:
        return all(end <= s or start >= e for s, e in taken)

    for match in SPLIT_DAY_DATE.finditer(text):
        value = _calendar_date(int(match["year"]), int(match["month"]), int(match["first"] + match["second"]))
        if value is not None and free(match.start(), match.end()):
            found.append(DateReading(value=value, start=match.start(), end=match.end(), style="numeric",
                                     repaired=True))
            taken.append((match.start(), match.end()))
    for pattern in (YEAR_MONTH, MONTH_YEAR, MONTH_NAME_YEAR, GARBLED_PERIOD_DAY, GARBLED_NAMED_PERIOD,
                    GARBLED_NUMERIC_PERIOD):
        garbled = pattern in (GARBLED_PERIOD_DAY, GARBLED_NAMED_PERIOD, GARBLED_NUMERIC_PERIOD)
        for match in pattern.finditer(text):
            named = pattern in (MONTH_NAME_YEAR, GARBLED_NAMED_PERIOD)
            months, damaged = month_numbers(match["month"]) if named else ((int(match["month"]),), False)
            # A garbled day leaves only the month to go by: one month, however damaged its name.
            if len(months) != 1 or (damaged and not garbled) or not free(match.start(), match.end()):
                continue
            if pattern is GARBLED_NAMED_PERIOD and CLEAN_DAY.match(match["day"]):
                continue
            year, month = int(match["year"]), months[0]
            last = dt.date(year, month, calendar.monthrange(year, month)[1])
            found.append(DateReading(value=last, start=match.start(), end=match.end(), style="year_month",
                                     repaired=garbled))
            taken.append((match.start(), match.end()))
    if scanned:
        for match in (*GARBLED_MONTH_PERIOD.finditer(text), *BRACKET_DAY_PERIOD.finditer(text)):
            value = _lookalike_period_end(match)
            if value is not None and free(match.start(), match.end()):
                found.append(DateReading(value=value, start=match.start(), end=match.end(), style="numeric",
                                         repaired=True))
                taken.append((match.start(), match.end()))
    if years_allowed:
        for match in YEAR_RANGE.finditer(text):
            first_year, last_year = int(match["first"]), int(match["last"])
            if free(match.start(), match.end()) and 0 < last_year - first_year < MAX_YEAR_SPAN:
                found += [DateReading(value=dt.date(year, 12, 31), start=match.start(), end=match.end(),
                                      style="year") for year in range(first_year, last_year + 1)]
                taken.append((match.start(), match.end()))
        for match in YEAR_ONLY.finditer(text):
            if free(match.start(), match.end()):
                found.append(DateReading(value=dt.date(int(match["year"]), 12, 31), start=match.start(),
                                         end=match.end(), style="year"))
    return tuple(sorted(found, key=lambda r: r.start))
