"""What Tax Court Rule 27(a) keeps out of a filing, as named patterns over a line of words.

Rule 27(a) (Privacy protection for filings made with the Court): taxpayer identification numbers are left
out entirely (not even the last four digits); dates of birth show the year only; minors show initials only;
financial account numbers show the last four digits only. The filer is responsible (Rule 27(g)).

Patterns run over a line's text after `digit_lookalikes` (an OCR'd "926-I9-62O5" is still a number), so a
match's span maps back to the same characters of the line. A TIN match covers whole words.
"""

from __future__ import annotations

import re

# Characters OCR reads for digits inside a number; mapped only in words that already hold a digit.
LOOKALIKES = str.maketrans({"O": "0", "o": "0", "D": "0", "Q": "0", "I": "1", "l": "1", "|": "1", "i": "1",
                            "S": "5", "s": "5", "B": "8", "Z": "2", "z": "2", "g": "9"})
HAS_DIGIT = re.compile(r"\d")
MASK = r"[Xx*#•]"

# Taxpayer identification numbers: SSN and ITIN share one shape (ITINs begin with 9), EINs another.
TIN_PATTERNS: dict[str, re.Pattern[str]] = {
    # 123-45-6789, 123 45 6789, 123.45.6789: the separators agree.
    "ssn_full": re.compile(r"(?<![\dA-Za-z])\d{3}([- .])\d{2}\1\d{4}(?!\d)"),
    # XXX-XX-6789, ***-**-6789, xxx xx 6789: the last four are still part of the number (Rule 27(a)).
    "ssn_masked": re.compile(rf"(?<![\w*#•]){MASK}{{3}}[- .]?{MASK}{{2}}[- .]?\d{{4}}(?!\d)"),
    # 12-3456789
    "ein_full": re.compile(r"(?<![\dA-Za-z])\d{2}-\d{7}(?!\d)"),
    # XX-XXX6789, **-***6789
    "ein_masked": re.compile(rf"(?<![\w*#•]){MASK}{{2}}-?{MASK}{{3}}\d{{4}}(?!\d)"),
}
# A label that names a taxpayer identification number: whatever number follows it is covered, whatever its
# shape ("ending in 6789", "6789", nine digits run together).
TIN_LABEL = re.compile(
    r"\b(?:taxpayer\s+identification\s+(?:number|no\.?)|taxpayer\s+id(?:\s+(?:number|no\.?))?|"
    r"social\s+security\s+(?:number|no\.?)|employer\s+identification\s+(?:number|no\.?)|"
    r"(?<!employee\s)identification\s+number|i?tin|ssn|ein)\b\s*(?:#|no\.?)?\s*:?",
    re.IGNORECASE,
)
# A word that carries part of a number after a TIN label: digits, masks, or both.
NUMBER_WORD = re.compile(rf"^[(\[]?(?:{MASK}|\d)[\dXx*#•\-.]*[)\].,;:]?$")

# Dates of birth: the year stays.
BIRTH_LABEL = re.compile(r"\b(?:date\s+of\s+birth|birth\s*date|d\.?o\.?b\.?|born(?:\s+on)?)\s*:?",
                         re.IGNORECASE)
YEAR = re.compile(r"(?<!\d)(?:19|20)\d{2}(?!\d)")
# 01/02/1980, 1-2-1980, 1980-01-02, January 2, 1980, Jan. 2 1980: the date that follows a birth label.
BIRTH_DATE = re.compile(
    r"\d{1,2}[/.-]\d{1,2}[/.-](?:19|20)\d{2}|(?:19|20)\d{2}-\d{1,2}-\d{1,2}|"
    r"[A-Za-z]{3,9}\.?\s+\d{1,2},?\s+(?:19|20)\d{2}"
)

# Financial account numbers: the last four digits stay.
ACCOUNT_LABEL = re.compile(
    r"\b(?:(?:bank|financial|checking|savings|routing)\s+)?(?:account|acct)\.?\s*(?:number|no\.?|#)?\s*:?",
    re.IGNORECASE,
)
ACCOUNT_NUMBER = re.compile(r"(?<!\d)\d[\d -]{3,}\d(?!\d)")
MIN_ACCOUNT_DIGITS = 5

# Minors: initials stay. A name that follows one of these labels on its line.
MINOR_LABEL = re.compile(
    r"\b(?:minor(?:\s+child(?:ren)?)?|dependent(?:\s+child(?:ren)?)?|child(?:ren)?)(?:'s)?\s*(?:name)?s?\s*:",
    re.IGNORECASE,
)
NAME_WORD = re.compile(r"^[A-Z][A-Za-z'.-]*[,;]?$")


def digit_lookalikes(word: str) -> str:
    """`word` with OCR look-alikes of digits read as digits, when it already holds a digit; same length."""
    return word.translate(LOOKALIKES) if HAS_DIGIT.search(word) else word
