"""Is a scanned name one look-alike letter from a common name it is not? Then a person should check it.

OCR of a fax or a worn scan can crack an "l" into an "i" with a dot ("Kowalski" read "Kowaiski") at full
word confidence, and nothing in the format of a name can tell. The names people bear can: "Kowaiski" is no
surname in the Census list, and one look-alike letter turns it into one that is. So does a middle initial
run into the surname ("MBRENNAN"). Such a name is flagged, and kept as read: a rare name may truly be
spelled that way (name_rereading takes the other spelling, flagged, only where readings of two kinds all
spell the word with one cracked letter: an "l" read "i" or an "i" read "l", an "e" read "c").

The lists are the 1990 U.S. Census surnames (88,799) and given names (5,494), as shipped by the `names`
package (public-domain Census data). They are read only when a scanned name is checked.
"""

from __future__ import annotations

import itertools
import re
from collections import Counter
from functools import cache
from importlib.resources import files

from parser.core.notes import Note, note

# Letters and letter pairs Tesseract confuses on faxes and worn scans, each way round. Kept to pairs whose
# shapes differ only by a crack, a speck or a merge, so that real names are seldom flagged: 14 of the 6,265
# surnames in Faker's lists for 27 countries were (0.2%; "Volta", "Querini"). With "c" and "e" and names of
# three letters, 79 of Faker's 14,629 surnames and 216 of its 16,529 given names are (0.5% and 1.3%, from 60
# and 170; "Broek", "Eoin", "Deo").
LOOKALIKES: tuple[tuple[str, str], ...] = (
    ("L", "I"),    # a cracked "l" is an "i" with its dot
    ("RN", "M"),   # "rn" run together
    ("CL", "D"),
    ("VV", "W"),
    ("LI", "H"),
    ("II", "U"),
    ("G", "Q"),    # the tail of a "q" lost, or a "g" opened
    ("C", "E"),    # the bar of an "e" lost on a fax ("MEI" read "MCI": own seed 6326 0003)
    ("O", "G"),    # an "o" with a fax's streak under it ("Dubois" read "Dubgis" at 90: own 6345 0075); with
                   # it, 48 of the Census list's 68,799 rare surnames are flagged rather than 46
    ("O", "A"),    # an "o" a fax's streak closed on its side ("Vanterpool" read "Vanterpoal" at 90 in every
                   # reading: apart 9054 0077); with it, 225 of those 68,799 (0.3%; the flag is a glance's)
    ("T", "F"),    # a speck left of a "T"'s stem reads as an "F"'s ("THIBODEAUX" read "FHIBODEAUX" sure, 150
                   # dpi: apart 9066 0028); with it, 240 of those 68,799
    ("C", "G"),    # a "c" a 150 dpi scan closed into a "g" ("Marcus" read "Margus" sure: apart 9081); with
                   # it, 276 of those 68,799 (many of the 36 more are the list's own misspellings: "Carcia",
                   # "Cuzman", "Sanghez")
)
SUBSTITUTIONS: tuple[tuple[str, str], ...] = (*LOOKALIKES, *((b, a) for a, b in LOOKALIKES))
# Shorter words and the lower-case particles of names ("de", "van", "dos") are too short to judge.
MIN_LETTERS = 3
# The Census list itself holds misspellings ("NQUYEN", rank 55,185): a surname this rare is questioned too
# when a look-alike letter makes one at least RANK_RATIO times higher in the list ("NGUYEN", rank 229).
RARE_RANK = 20_000
RANK_RATIO = 50
# A "c" no Census name holds the letters around (at most this many names do), where an "e" makes runs of three
# letters at least this many names hold: the "e" a fax read "c" (`unspelled_lookalike`).
UNSEEN_TRIGRAM = 1
COMMON_TRIGRAM = 5
# The particles after which a name goes on in a capital: "McDonald", "MacArthur", "DeLuca", "DiMaggio",
# "DuBois", "LaFleur", "LeBlanc", "VanDyke", "VonEssen", "StJohn", "FitzGerald".
CAPITAL_AFTER = frozenset({"Mc", "Mac", "Da", "De", "Di", "Du", "La", "Le", "Van", "Von", "St", "Fitz"})
NAME_PARTS = re.compile(r"[\s\-]+")
NOT_LETTERS = re.compile(r"[^A-Za-z]")
SURNAMES = "dist.all.last"
GIVEN_NAMES = ("dist.male.first", "dist.female.first")


def _census_list(list_name: str) -> dict[str, str]:
    """Name (in capitals, apostrophes dropped: "OBRIEN") to its rank as printed, "1" the most common."""
    # Each line: name, frequency, cumulative frequency, rank. Ranks stay text until asked for (a scan pays
    # for this list once per process).
    columns = files("names").joinpath(list_name).read_text(encoding="ascii").split()
    return dict(zip(columns[0::4], columns[3::4], strict=True))


@cache
def surname_ranks() -> dict[str, str]:
    return _census_list(SURNAMES)


def _rank(name: str) -> int | None:
    rank = surname_ranks().get(name)
    return None if rank is None else int(rank)


@cache
def given_names() -> frozenset[str]:
    return frozenset(name for list_name in GIVEN_NAMES for name in _census_list(list_name))


def common_lookalike(word: str) -> str | None:
    """The common Census name one look-alike substitution makes of `word`, when `word` is no name or a far
    rarer surname than that; else None. A given name in the list is taken as it is."""
    letters = NOT_LETTERS.sub("", word).upper()
    if len(letters) < MIN_LETTERS or letters in given_names():
        return None
    rank = _rank(letters)
    if rank is not None and rank <= RARE_RANK:
        return None
    for seen, meant in SUBSTITUTIONS:
        start = letters.find(seen)
        while start >= 0:
            candidate = letters[:start] + meant + letters[start + len(seen):]
            candidate_rank = _rank(candidate)
            if rank is None and (candidate_rank is not None or candidate in given_names()):
                return candidate
            if rank is not None and candidate_rank is not None and candidate_rank * RANK_RATIO <= rank:
                return candidate
            start = letters.find(seen, start + 1)
    return None


@cache
def _trigrams() -> Counter[str]:
    """How many of the Census names (surnames and given names) hold each run of three letters."""
    names = {*surname_ranks(), *given_names()}
    return Counter(gram for name in names for gram in {name[i:i + 3] for i in range(len(name) - 2)})


def unspelled_lookalike(word: str) -> str | None:
    """The spelling a fax's lost bar of an "e" leaves when `word` is no name in the lists: a "c" whose runs of
    three letters no Census name (or one) holds, where an "e" makes runs many names hold ("Mbcki" for
    "Mbeki": apart 9028 0071, read sure). Neither spelling need be in the lists: the letters around the "c"
    say it is unlikely. Else None. Each left out of the counts in turn, 29 of 4,000 Census surnames with a
    "c" would be flagged (0.7%), and 2,873 of 4,000 with an "e" read "c" are (72%)."""
    letters = NOT_LETTERS.sub("", word).upper()
    if len(letters) < MIN_LETTERS or known_name(letters):
        return None
    grams = _trigrams()
    for index, letter in enumerate(letters):
        if letter != "C":
            continue
        around = range(max(0, index - 2), min(index + 1, len(letters) - 2))
        mended = letters[:index] + "E" + letters[index + 1:]
        if (around and min(grams[letters[i:i + 3]] for i in around) <= UNSEEN_TRIGRAM
                and min(grams[mended[i:i + 3]] for i in around) >= COMMON_TRIGRAM):
            return mended
    return None


def glued_initial(word: str) -> str | None:
    """The common surname left when the first letter goes, when `word` is no name: a middle initial OCR ran
    into the surname ("STEVEN MBRENNAN"); else None."""
    letters = NOT_LETTERS.sub("", word).upper()
    if len(letters) <= MIN_LETTERS or letters in given_names() or letters in surname_ranks():
        return None
    rank = _rank(letters[1:])
    return letters[1:] if rank is not None and rank <= RARE_RANK else None


def split_name(first: str, second: str) -> str | None:
    """The name a letter and the word after it make together, when the scan split one name at a wide letter
    gap ("Y vonne", "J anet"): the word alone is no name and the two joined are a given name or a common
    surname; else None."""
    head, tail = NOT_LETTERS.sub("", first).upper(), NOT_LETTERS.sub("", second).upper()
    if len(head) != 1 or len(tail) < MIN_LETTERS - 1 or tail in given_names() or _common_surname(tail):
        return None
    joined = head + tail
    return joined if joined in given_names() or _common_surname(joined) else None


def known_name(word: str) -> bool:
    """Whether a word is a given name or a surname in the Census lists (apostrophes and case aside)."""
    letters = NOT_LETTERS.sub("", word).upper()
    return letters in given_names() or letters in surname_ranks()


def _common_surname(letters: str) -> bool:
    rank = _rank(letters)
    return rank is not None and rank <= RARE_RANK


def case_break(word: str) -> bool:
    """Whether a word of small letters holds a capital right after a small letter that no particle before it
    explains ("McDonald", "DeLuca": CAPITAL_AFTER) and the word is no name in the lists ("JoAnn" is): OCR
    read that letter in the other case, as a fax's "t" read "L" in "AchLerberg" for "Achterberg", sure (apart
    9069 0089). Which letter it was, nothing says: the name is checked."""
    letters = NOT_LETTERS.sub("", word)
    breaks = [index for index in range(1, len(letters))
              if letters[index].isupper() and letters[index - 1].islower()]
    return bool(breaks) and not known_name(letters) and any(
        letters[:index] not in CAPITAL_AFTER for index in breaks)


def lookalike_doubt(name: str) -> Note | None:
    """Why a scanned name should be checked against the letter, or None when no part of it suggests so."""
    parts = [part.strip(",.") for part in NAME_PARTS.split(name) if part.strip(",.")]
    for first, second in itertools.pairwise(parts):
        joined = split_name(first, second)
        if joined is not None:
            return note("value.name_split", first=first, second=second, joined=joined.title())
    for number, part in enumerate(parts):
        common = common_lookalike(part) or unspelled_lookalike(part)
        if common is not None:
            return note("value.name_rare", part=part, common=common.title())
        surname = glued_initial(part) if number > 0 else None
        if surname is not None:
            return note("value.name_glued_initial", part=part, surname=surname.title())
        if case_break(part):
            return note("value.name_case_break", part=part)
    return None
