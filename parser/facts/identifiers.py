"""Phone and fax numbers, employee ID numbers, tax forms, and taxpayer ID numbers (always masked).

The full taxpayer ID number never leaves this module: `taxpayer_id` returns only the masked form
(XXX-XX-1234 for an SSN, XX-XXX1234 for an EIN), and `mask_tins` blanks every SSN- or EIN-shaped number in
any text the parser keeps (evidence, warnings), including OCR-damaged ones. `mask_tins_in_name` does the
same for the file names the tools show (batch docket and errors.csv, the web page), where people write an
ID with any separator or none and nothing but digits can stand for a digit.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from parser.core.notes import Note, NoteValue
from parser.facts.dates import DIGIT_LOOKALIKES, DIGITISH

_D = DIGITISH  # a digit, or a character OCR gives for one
# The last four digits of a taxpayer ID end the value, so a final "1" OCR read as a bracket or a brace
# ("***-**-934]", "XXX-XX-795}", "XXX-XX-795)": a serif "1" on a fax) is still one; inside a phone number or
# a date a bracket may be the text's own.
# A bracket may stand for any of the four (as it always could); a brace or a parenthesis only for the
# final one, where nothing of the text's own can follow a value ("XXX-XX-()715" is not 1715).
LAST_ONE_MARKS = "])}"
_LAST = DIGITISH + r"\]"
_FOUR = rf"[{_LAST}]{{3}}[{_LAST}{re.escape(LAST_ONE_MARKS)}]"  # the last four, a final "1" as any mark
LAST_DIGIT_LOOKALIKES: dict[str, str] = {**DIGIT_LOOKALIKES, **dict.fromkeys(LAST_ONE_MARKS, "1")}
_SEP = r"\s?[-\s–—~.]\s?"  # a separator as printed or as OCR reads a hyphen

# Specks a scan turns a hyphen into ("203°6702"; "816+682-9843", a speck across the hyphen on a 150 dpi
# scan: apart 9090 0022, the number lost): still a join, but a repair to check.
_PHONE_SPECKS = "°·•'’`*~+"
# (800) 555-1234, 800-555-1234, 800.555.1234, 1-800-555-1234, 800 555 1234, 8005551234. A final "1" read
# as a bracket or a brace ("215-229-695]", a serif "1" on a 150 dpi scan) is one, as in a TIN's last four
# (repaired: checked).
PHONE = re.compile(
    rf"(?<![0-9A-Za-z])(?:\+?1\s?[-.,\s]\s?)?\(?\s?(?P<area>[{_D}]{{3}})\s?\)?(?P<speck>[:{_PHONE_SPECKS}])?\s?"
    rf"[-.,\s]?\s?"
    rf"(?P<exchange>[{_D}]{{3}})\s?(?P<join>[-.,\s{_PHONE_SPECKS}])\s?"
    rf"(?P<line>[{_D}]{{3}}[{_D}{re.escape(LAST_ONE_MARKS)}])(?![0-9A-Za-z])"
    rf"|(?<![0-9])(?P<bare>[0-9]{{10}})(?![0-9])"
)
# An employee ID number: 5 to 12 digits, standing alone: never joined by a hyphen to more of a number
# ("871-254-8001"); a hyphen a speck left at its end ("8712548001-", apart 9090 0028) joins nothing.
EMPLOYEE_ID = re.compile(
    rf"(?<![0-9A-Za-z])(?<![0-9A-Za-z]-)(?P<id>[{_D}]{{5,12}})(?![0-9A-Za-z]|-[0-9A-Za-z])")
# SSN as printed in full or masked: 123-45-6789, XXX-XX-6789, ***-**-6789, 123 45 6789.
SSN = re.compile(
    rf"(?<![0-9A-Za-z*])(?P<area>[{_D}Xx*]{{3}}){_SEP}(?P<group>[{_D}Xx*]{{2}}){_SEP}"
    rf"(?P<last>{_FOUR})(?![0-9A-Za-z])"
)
# EIN as printed in full or masked: 12-3456789, XX-XXX6789.
EIN = re.compile(
    rf"(?<![0-9A-Za-z*])(?P<prefix>[{_D}Xx*]{{2}})\s?-\s?(?P<middle>[{_D}Xx*]{{3}})(?P<last>{_FOUR})"
    rf"(?![0-9A-Za-z])"
)
# A masked SSN or EIN as OCR reads a damaged mask: four to nine marks with no digit among them, three of them
# still "*" or "X" ("TH*-**-8843", "*e*.**-8759", "**_**_2723", "*****_7777", "XXX-XX-; 6567"), then the
# last four digits. Only the last four digits are ever kept, so the mask's own shape need not be read.
DAMAGED_MASK = re.compile(
    rf"(?<![0-9A-Za-z*])(?P<mask>(?=(?:[^\s\d]*[*Xx]){{3}})[^\s\d]{{4,9}})\s?(?P<last>{_FOUR})"
    rf"(?![0-9A-Za-z])"
)
# A damaged mask that still shows an EIN's shape: two marks, one hyphen, three or four marks ("XX-XXxX5755":
# a photo's extra "x", apart 9073 0072). An SSN's whole shape is read by SSN itself; any other damaged mask
# is masked as the label says.
EIN_MASK_SHAPE = re.compile(r"^[*Xx]{2}\s?[-–—]\s?[*Xx×]{3,4}$")
# A value standing beside a taxpayer ID label that is nothing but a mask and four digits, the mask as OCR
# damages it beyond DAMAGED_MASK: its stars read as "#", "e", "o", "4" or capitals ("##*_*4_-3796",
# "eee #*5352", "**4_44-3612", "ee ERE 2052", "kK _K_ 3135", "ooe.0*.2115"), and the last four split by a gap
# ("eee **_5 056"). Only the label makes this a taxpayer ID, so it is read only there
# (`labelled_taxpayer_id`), and always flagged. A date's slash is never part of a mask ("**-** 12/31/2019"
# is a mask and a date), and the last four stand apart from any digit before them ("#84 _4*_7949G" is five
# digits or letters, not a last four).
LABELLED_MASK = re.compile(
    rf"^[^\w*#]*(?P<mask>[^\sa-df-jl-np-wyz/]+(?:\s[^\sa-df-jl-np-wyz/]+){{0,3}}?)\s?"
    rf"(?<![{_D}])(?P<last>[{_LAST}](?:\s?[{_LAST}]){{2}}\s?[{_LAST}{re.escape(LAST_ONE_MARKS)}])[^\w]*$"
)
# The last four digits ending a value read again beside a taxpayer ID label, its mask read as anything or
# lost ("+t -**-7434", "“8 ** 7434", "2589"): four real digits apart from any digit before them, after no
# slash (a date's). `trailing_last_four` also wants no word before them and no more digits than a mask has.
TRAILING_LAST_FOUR = re.compile(r"^(?P<mask>[^/]*?)(?<![0-9])(?P<last>[0-9]{4})[^\w]*$")
# Four digits alone beside a taxpayer ID label, no mark of a mask with them, that read as a recent year
# ("2023" of a receipt stamp beside "TIN", read twice: apart 9039 0096) are no last four.
RECENT_YEAR = re.compile(r"19[89][0-9]|20[0-4][0-9]")
# The tail of a masked value whose head (and label) a stamp or a photo's shadow took, as it ends a line's
# cell: two or more of the mask's marks and at least one of its hyphens, then the last four ("-XX-8642",
# "*-**-1234", "XX_8642"). Only the marks and a hyphen say it is a taxpayer ID, so it is one reading only,
# to be confirmed by a closer one (`mask_tail`).
MASK_TAIL = re.compile(
    r"(?:^|(?<=\s))[^\s*Xx0-9_.~–—-]?"  # what a stamp's edge left of the mask's head ("y-XX-6408": 9036 0015)
    r"(?P<mask>(?=[^\s]*[-_–—~.][^\s]*)(?=(?:[^*Xx\s]*[*Xx]){2})[-_–—~.*Xx]{3,7})\s?"
    r"(?P<last>[0-9]{4})[^\w]*$"
)
# A "0" OCR read as a pair of parentheses, among a value's digits or right after its mask ("**_***5()23").
PAREN_ZERO = re.compile(r"(?<=[0-9*Xx_-])\(\)(?=[0-9)\]}|]|$|\s)")
WORD_IN_MASK = re.compile(r"[A-Za-z]{3}")
MASK_MARKS = frozenset("*#Xx×eEKk")  # what a mask's star or X reads as ("*K_KK_", "2K eK" at 150 dpi)
MIN_MASK_MARKS = 2
MASK_LENGTH = (3, 12)  # the mask's characters (XX-XXX is 6, XXX-XX- is 7), leaving room for specks
MAX_MASK_DIGITS = 5  # a star read as "4" is a digit in the mask; more than a mask's places is a number

# An SSN printed whole, as it is grouped: three, two and four real digits joined by hyphens.
PRINTED_SSN = re.compile(r"[0-9]{3}-[0-9]{2}-[0-9]{4}")
# Nine digits with no separators: an SSN or EIN printed plainly (which one, the label says).
BARE_TIN = re.compile(r"(?<![0-9A-Za-z])(?P<digits>[0-9]{5})(?P<last>[0-9]{4})(?![0-9A-Za-z])")
# Anything that could be a TIN, for blanking: 3-2-4 or 2-7 groups of digits or look-alikes, or nine digits.
TIN_SHAPED = re.compile(
    rf"(?<![0-9A-Za-z])(?:[{_D}Xx*]{{3}}{_SEP}[{_D}Xx*]{{2}}{_SEP}{_FOUR}"
    rf"|[{_D}Xx*]{{2}}{_SEP}[{_D}Xx*]{{6}}[{_LAST}{re.escape(LAST_ONE_MARKS)}]|[0-9]{{9}})(?![0-9A-Za-z])"
)
# In a file name: one to three separators between groups of digits ("123_45_6789", "123 - 45 - 6789").
_NAME_SEP = r"[-\s._–—]{1,3}"
# A run of digit groups in a file name: the unit the name masker judges as a whole.
NAME_DIGIT_RUN = re.compile(rf"\d+(?:{_NAME_SEP}\d+)*")
# An SSN (3-2-4) or EIN (2-7) with any separators or none, starting and ending on group boundaries of a run.
NAME_TIN = re.compile(
    rf"(?<!\d)(?:\d{{3}}(?:{_NAME_SEP})?\d{{2}}(?:{_NAME_SEP})?\d{{4}}|\d{{2}}(?:{_NAME_SEP})?\d{{7}})(?!\d)"
)
# A whole run that is a phone number in its 3-3-4 groups (a 1 may lead): no nine of its digits are grouped
# as an SSN or EIN, so it is shown as it is. Ten plain digits are not: they could be a TIN and a page number.
NAME_PHONE = re.compile(rf"(?:1{_NAME_SEP})?\d{{3}}{_NAME_SEP}\d{{3}}{_NAME_SEP}\d{{4}}")
TIN_DIGITS = 9
KEPT_DIGITS = 4
# Tax return forms a Collection Due Process or innocent spouse letter names: 1040, 1040-SR, 941, 1120-S ...
TAX_FORM = re.compile(r"(?<![0-9A-Za-z])(?P<form>(?:CT-1|[0-9]{3,4}(?:-?[A-Z]{1,3})?))(?![0-9A-Za-z])")
# "1040 SR": a form's letters after a space (a type face's wide dash, or a dash a scan lost), taken only
# when they make a known return form (RETURN_FORMS): "1040 FOR 2019" keeps "1040". A scan also turns the dash
# into a look-alike mark ("1040~SR", "1040=SR", "1040 _SR"): read as the dash, and as a repair. A letter a
# scan read in lower case ("1040-sR": apart 9025 0047, read "1040" and sure) is one too, repaired.
SPACED_FORM_LETTERS = re.compile(
    r"(?:(?P<spaces>[ ]{1,2})|[ ]?(?P<mark>[~=_–—−])[ ]?|-)(?P<letters>[A-Za-z]{1,3})(?![0-9A-Za-z])")
# Form numbers that are not tax returns: the hearing and relief requests, the letters themselves, and what
# Appeals encloses with them (Form 886-A, Explanation of Items).
NOT_TAX_FORMS: frozenset[str] = frozenset({
    "12153", "8857", "4390", "3193", "3210", "4439", "3288", "3279", "668", "9465", "433", "656", "2848",
    "8821", "1058", "3172", "12277", "911", "886",
})


@dataclass(frozen=True)
class Parsed:
    """A value read from text, where in the text it stood, and whether OCR look-alikes were read back."""

    value: str
    start: int
    end: int
    repaired: bool = False
    mask_damaged: bool = False  # read from a mask OCR damaged past its shape: a person checks it


def _repair(slot: str, lookalikes: dict[str, str] = DIGIT_LOOKALIKES) -> tuple[str, bool] | None:
    """Digits with look-alikes read back; None unless at least two of three characters are real digits."""
    real = sum(ch.isdigit() for ch in slot)
    if real * 3 < len(slot) * 2:
        return None
    fixed = "".join(lookalikes.get(ch, ch) for ch in slot)
    return (fixed, fixed != slot) if fixed.isdigit() else None


def masked_last_four(last: str, *, employer: bool) -> str:
    """A taxpayer ID's last four in its mask: an EIN's (XX-XXX1234) or an SSN's (XXX-XX-1234)."""
    return f"XX-XXX{last}" if employer else f"XXX-XX-{last}"


def phone_number(text: str) -> Parsed | None:
    """The first ten-digit US phone number in the text (a leading 1 dropped); area and exchange not 0/1."""
    for match in PHONE.finditer(text):
        if match["bare"]:
            digits, repaired = match["bare"], False
        else:
            parts = [_repair(match["area"]), _repair(match["exchange"]),
                     _repair(match["line"], LAST_DIGIT_LOOKALIKES)]  # a final "1" as a mark
            if any(p is None for p in parts):
                continue
            digits = "".join(p[0] for p in parts if p is not None)
            repaired = (any(p[1] for p in parts if p is not None) or "," in match.group(0)
                        or match["join"] in _PHONE_SPECKS or match["speck"] is not None)
        if digits[0] in "01" or digits[3] in "01":
            continue
        return Parsed(value=digits, start=match.start(), end=match.end(), repaired=repaired)
    return None


def employee_id(text: str) -> Parsed | None:
    """The first stand-alone run of 5 to 12 digits (look-alikes read back) in the text."""
    for match in EMPLOYEE_ID.finditer(text):
        repaired = _repair(match["id"])
        if repaired is not None:
            return Parsed(value=repaired[0], start=match.start(), end=match.end(), repaired=repaired[1])
    return None


def taxpayer_id(text: str, *, employer: bool) -> Parsed | None:
    """The masked taxpayer ID number in the text: XXX-XX-1234 (SSN) or XX-XXX1234 (EIN).

    `employer` says the label names an EIN; a plain nine-digit number is then masked as one.
    """
    patterns = (EIN, SSN) if employer else (SSN, EIN)
    for pattern in patterns:
        match = pattern.search(text)
        if match is None:
            continue
        last = _repair(match["last"], LAST_DIGIT_LOOKALIKES)
        if last is None:
            continue
        return Parsed(value=masked_last_four(last[0], employer=pattern is EIN), start=match.start(),
                      end=match.end(), repaired=last[1])
    bare = BARE_TIN.search(text)
    if bare is not None:
        return Parsed(value=masked_last_four(bare["last"], employer=employer), start=bare.start(),
                      end=bare.end())
    return _damaged_mask(text, employer=employer)


def labelled_taxpayer_id(text: str, *, employer: bool) -> Parsed | None:
    """The taxpayer ID in a value its label names as one: `taxpayer_id`, else a value that is only a badly
    damaged mask and four digits (LABELLED_MASK), its last four read back and marked repaired (checked).
    A "0" read as a pair of parentheses ("**_***5()23") is read back first, as a repair."""
    found = _labelled_taxpayer_id(text, employer=employer)
    if found is not None or PAREN_ZERO.search(text) is None:
        return found
    closed = PAREN_ZERO.sub("0", text)
    found = _labelled_taxpayer_id(closed, employer=employer)
    if found is None:
        return None
    return Parsed(value=found.value, start=_in_original(text, found.start), end=_in_original(text, found.end),
                  repaired=True, mask_damaged=found.mask_damaged)


def _in_original(text: str, position: int) -> int:
    """Where `position` of `text` with each PAREN_ZERO read back as "0" (one character fewer) stands in
    `text` itself."""
    shift = 0
    for match in PAREN_ZERO.finditer(text):
        if match.start() - shift < position:  # where this pair's "0" stands in the text read back
            shift += 1
    return position + shift


def _labelled_taxpayer_id(text: str, *, employer: bool) -> Parsed | None:
    found = taxpayer_id(text, employer=employer)
    if found is not None:
        return found
    match = LABELLED_MASK.match(text)
    if match is None:
        return None
    mask = match["mask"].replace(" ", "")
    marks = sum(ch in MASK_MARKS for ch in mask)
    digits = sum(ch.isdigit() for ch in mask)
    shaped = MASK_LENGTH[0] <= len(mask) <= MASK_LENGTH[1]
    if marks < MIN_MASK_MARKS or digits > MAX_MASK_DIGITS or not shaped:
        return None
    last = _repair(match["last"].replace(" ", ""), LAST_DIGIT_LOOKALIKES)
    if last is None:
        return None
    return Parsed(value=masked_last_four(last[0], employer=_employer_mask(mask, employer)),
                  start=match.start("mask"), end=match.end("last"), repaired=True, mask_damaged=True)


def trailing_last_four(text: str) -> str | None:
    """The last four digits ending `text` after at most a damaged mask (TRAILING_LAST_FOUR); only where a
    label names the value a taxpayer ID, and only as one reading of several (it reads no mask's shape)."""
    match = TRAILING_LAST_FOUR.match(text.strip())
    if match is None:
        return None
    mask = match["mask"].replace(" ", "")
    if mask and all(ch.isalnum() for ch in mask):
        return None  # a number before it ("31 2022"), not a mask: a mask has stars or dashes left
    if (len(mask) > MASK_LENGTH[1] or WORD_IN_MASK.search(mask)
            or sum(ch.isdigit() for ch in mask) > MAX_MASK_DIGITS):
        return None
    if not any(ch in MASK_MARKS or not ch.isalnum() for ch in mask) and RECENT_YEAR.fullmatch(match["last"]):
        return None  # four digits alone that read as a year: a stamp's or a date's, as likely as a last four
    return match["last"]


def mask_lost_taxpayer_id(text: str, *, employer: bool) -> Parsed | None:
    """The last four digits that are all a scan's reading kept of a value its label names a taxpayer ID, the
    mask lost or read as specks ("3608" for "***-**-3608" at OCR confidence 0 on a photo; "“+ 3884"):
    masked as the label says, and marked repaired and damaged (a person checks it; closer readings of the
    place, and the glyphs, outweigh it)."""
    last = trailing_last_four(text)
    if last is None:
        return None
    start = text.rindex(last)
    return Parsed(value=masked_last_four(last, employer=employer), start=start, end=start + len(last),
                  repaired=True, mask_damaged=True)


def mask_tail(text: str) -> Parsed | None:
    """The last four after the tail of a mask ending `text` (MASK_TAIL), masked as an SSN's; marked repaired
    and damaged (the mask's kind is unread)."""
    match = MASK_TAIL.search(text.strip())
    if match is None:
        return None
    return Parsed(value=f"XXX-XX-{match['last']}", start=match.start("mask"), end=match.end("last"),
                  repaired=True, mask_damaged=True)


def masked_taxpayer_id(text: str) -> Parsed | None:
    """A taxpayer ID number printed masked ("XXX-XX-1234", "***-**-1234", or a mask OCR damaged), or printed
    whole in an SSN's hyphened groups ("936-24-6926": own 6332 0023, its label garbled): shapes no other value
    of a letter has, so it is one even where its label is lost (masked here as always). A plain number, or
    one grouped with spaces, is not."""
    found = taxpayer_id(text, employer=False)
    if found is None:
        return None
    shown = text[found.start:found.end]
    if not any(ch in "*Xx" for ch in shown) and not PRINTED_SSN.fullmatch(shown):
        return None
    return found


def _damaged_mask(text: str, *, employer: bool) -> Parsed | None:
    """A masked number whose mask OCR damaged: its last four digits, always marked as repaired (checked),
    masked as the mask's shape shows, else as the label says."""
    for match in DAMAGED_MASK.finditer(text):
        last = _repair(match["last"], LAST_DIGIT_LOOKALIKES)
        if last is not None:
            return Parsed(value=masked_last_four(last[0], employer=_employer_mask(match["mask"], employer)),
                          start=match.start(), end=match.end(), repaired=True)
    return None


def _employer_mask(mask: str, employer: bool) -> bool:
    """Whether a damaged mask is an EIN's: where its shape shows one (EIN_MASK_SHAPE), else as the label
    says (`employer`)."""
    return employer or EIN_MASK_SHAPE.fullmatch(mask) is not None


def mask_tins(text: str) -> str:
    """The text with every number shaped like an SSN or EIN blanked to its last four characters."""

    def blank(match: re.Match[str]) -> str:
        shown = match.group(0)
        last = shown[-4:]
        if "-" in shown and shown.count("-") == 1 and len(shown.replace(" ", "")) <= 10:
            return f"XX-XXX{last}"
        return f"XXX-XX-{last}"

    return TIN_SHAPED.sub(blank, text)


def masked(said: Note) -> Note:
    """The note with every text value (nested ones too) passed through `mask_tins`."""
    return Note(said.code, tuple((name, _masked_value(value)) for name, value in said.values))


def _masked_value(value: NoteValue) -> NoteValue:
    if isinstance(value, str):
        return mask_tins(value)
    if isinstance(value, Note):
        return masked(value)
    if isinstance(value, tuple):
        return tuple(mask_tins(v) if isinstance(v, str) else masked(v) if isinstance(v, Note) else v
                     for v in value)
    return value


def mask_tins_in_name(name: str) -> str:
    """The name with every run of nine or more digits showing only four of them, phone numbers excepted.

    Any such run could hold an SSN or EIN, so all but four of its digits become X, separators kept
    ("123_45_6789.pdf" -> "XXX_XX_6789.pdf"). The four shown are the last of the first SSN- or EIN-shaped
    part ("123-45-6789 2024-03-15" -> "XXX-XX-6789 XXXX-XX-XX"), else the run's last four.
    """

    def mask(match: re.Match[str]) -> str:
        run = match.group(0)
        digit_at = [i for i, char in enumerate(run) if char.isdecimal()]
        if len(digit_at) < TIN_DIGITS or NAME_PHONE.fullmatch(run):
            return run
        tin = NAME_TIN.search(run)
        shown = set(range(tin.end() - KEPT_DIGITS, tin.end())) if tin else set(digit_at[-KEPT_DIGITS:])
        return "".join("X" if char.isdecimal() and i not in shown else char for i, char in enumerate(run))

    return NAME_DIGIT_RUN.sub(mask, name)


# Tax return forms a collection hearing is about (IRS form numbers, the base before any "-SR" or "S").
RETURN_FORMS: frozenset[str] = frozenset({
    "1040", "1040A", "1040EZ", "1040NR", "1040SR", "1040SS", "1040PR", "1040X", "941", "940", "943", "944",
    "945", "1120", "1120S", "1065", "1041", "720", "2290", "CT-1", "990", "990T", "706", "709", "1042",
    "730", "11C", "8804", "4720", "5330",
})


# Returns only a business files, under its employer identification number (EIN): employment, corporate,
# partnership, excise, exempt-organization and fiduciary returns (IRS: "Do you need an EIN?").
EMPLOYER_RETURN_FORMS: frozenset[str] = frozenset({
    "941", "940", "943", "944", "945", "1120", "1120S", "1065", "1041", "720", "2290", "CT-1", "990", "990T",
    "1042", "730", "11C", "8804", "4720", "5330",
})


def masked_as_form_says(value: str, form: str) -> str:
    """An SSN-masked value ("XXX-XX-5331") masked as an EIN ("XX-XXX5331") when the letter's tax form is
    one only a business files. For a mask OCR read past its shape, whose kind no label named: the last
    four are kept as read, only the mask's shape is told by the form."""
    base = form.upper().replace("-", "")
    employer = base in EMPLOYER_RETURN_FORMS or form.upper() in EMPLOYER_RETURN_FORMS
    return f"XX-XXX{value[-KEPT_DIGITS:]}" if employer and value.startswith("XXX-XX-") else value


# Digits a fax or a worn scan turns into one another in a form number ("941" read "944": a streak closed
# the 1's top into a 4; "1040" read "4040"), each way round.
FORM_DIGIT_LOOKALIKES: dict[str, str] = {
    "1": "47", "4": "19", "7": "1", "9": "4", "0": "68", "6": "058", "8": "036", "3": "8", "5": "6",
}


def form_lookalikes(form: str) -> tuple[str, ...]:
    """The return forms one look-alike digit away from `form` ("944" -> "941"; "4040" -> "1040")."""
    found: list[str] = []
    for position, digit in enumerate(form):
        for other in FORM_DIGIT_LOOKALIKES.get(digit, ""):
            candidate = form[:position] + other + form[position + 1:]
            if known_return_form(candidate) and candidate not in found:
                found.append(candidate)
    return tuple(found)


def known_return_form(form: str) -> bool:
    """Whether a form number read is one of the tax returns a collection hearing is about."""
    return form.upper().replace("-", "") in RETURN_FORMS or form.upper() in RETURN_FORMS


def tax_form(text: str) -> Parsed | None:
    """The first tax return form number in the text ("Form 1040" -> "1040"), never a request form."""
    for match in TAX_FORM.finditer(text):
        form = match["form"]
        if form.split("-")[0] in NOT_TAX_FORMS or _looks_like_year(form):
            continue
        spaced = SPACED_FORM_LETTERS.match(text, match.end())
        letters = spaced["letters"].upper() if spaced else ""
        if form.isdigit() and spaced and form + letters in RETURN_FORMS:
            return Parsed(value=f"{form}-{letters}", start=match.start(), end=spaced.end(),
                          repaired=spaced["mark"] is not None or letters != spaced["letters"])
        return Parsed(value=form, start=match.start(), end=match.end())
    return None


def _looks_like_year(form: str) -> bool:
    return form.isdigit() and len(form) == 4 and form[:2] in ("19", "20")
