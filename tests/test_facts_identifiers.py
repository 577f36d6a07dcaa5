"""Phone, fax, employee ID, tax form and taxpayer ID readers; the full TIN never survives masking."""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from parser.core.model import Box, Word
from parser.facts import identifiers
from parser.facts.fields import ValueWords, read_taxpayer_id


@pytest.mark.parametrize(("text", "digits", "repaired"), [
    ("(213) 555-0142", "2135550142", False), ("213-555-0142", "2135550142", False),
    ("213.555.0142", "2135550142", False), ("1-213-555-0142", "2135550142", False),
    ("213 555 0142", "2135550142", False), ("2135550142", "2135550142", False),
    ("(2l3) 555-0l42", "2135550142", True), ("213-555-0142 ext. 12", "2135550142", False),
    ("§13-446-7664", "5134467664", True),  # a fax turned the 5 into a section sign
    ("$13.632.3565", "5136323565", True),  # ... or into a dollar sign
    ("1-202-203°6702", "2022036702", True),  # a hyphen read as a speck (apart seed 9005)
    ("816+682-9843", "8166829843", True),  # a speck across the hyphen (apart 9090 0022, a 150 dpi scan)
    ("+1 816 682 9843", "8166829843", False),  # a country code's plus is printed
    ("559° 269 0897", "5592690897", True), ("559: 631.9263", "5596319263", True),  # ... or after the area
    ("(213)’ 555-0142", "2135550142", True),
    ("215-229-695]", "2152296951", True),  # a serif final "1" read as a bracket (apart 9023 0088)
    ("(503) 414-778}", "5034147781", True), ("1-800-829-104)", "8008291041", True),
    ("(800) 555-1234)", "8005551234", False),  # a closing parenthesis after all four digits is the text's
])
def test_phone_numbers(text: str, digits: str, repaired: bool) -> None:
    found = identifiers.phone_number(text)
    assert found is not None
    assert (found.value, found.repaired) == (digits, repaired)


@pytest.mark.parametrize("text", [
    "555-0142", "113-555-0142", "213-155-0142", "12/31/2019", "XXX-XX-1234", "2l3-555-OlO2",
    "IRC §§ 6320 and 6330", "$1,250.00 a month from 2024", "$350 $125 $1000",
    "213-555-01]]", "(ext. 555-123)",  # one last "1" may be a mark, not two; seven digits are no number
])
def test_not_phone_numbers(text: str) -> None:
    assert identifiers.phone_number(text) is None


@pytest.mark.parametrize(("text", "expected"), [
    ("1000123456", "1000123456"), ("#100012345", "100012345"), ("l000123456", "1000123456"),
    ("ID 54321", "54321"),
    ("8712548001-", "8712548001"),  # a speck's hyphen at its end (apart 9090 0028, a 150 dpi scan)
])
def test_employee_ids(text: str, expected: str) -> None:
    found = identifiers.employee_id(text)
    assert found is not None and found.value == expected


@pytest.mark.parametrize("text", ["1234", "Gonzalez", "871-254-8001", "ID-8712548001", "8712548001-x"])
def test_employee_id_rejects_words_short_numbers_and_hyphenated_runs(text: str) -> None:
    assert identifiers.employee_id(text) is None


@pytest.mark.parametrize(("text", "employer", "masked"), [
    ("123-45-6789", False, "XXX-XX-6789"), ("XXX-XX-6789", False, "XXX-XX-6789"),
    ("***-**-6789", False, "XXX-XX-6789"), ("123 45 6789", False, "XXX-XX-6789"),
    ("12-3456789", True, "XX-XXX6789"), ("XX-XXX6789", True, "XX-XXX6789"), ("123456789", True, "XX-XXX6789"),
    ("123456789", False, "XXX-XX-6789"), ("123—45—6789", False, "XXX-XX-6789"),
])
def test_taxpayer_ids_come_back_masked(text: str, employer: bool, masked: str) -> None:
    found = identifiers.taxpayer_id(text, employer=employer)
    assert found is not None and found.value == masked


# OCR readings of masked numbers on the apart generator's seed 9005 scans (the mask damaged, a final "1" read
# as a bracket, a speck after the mask): only the last four digits are kept, and the reading is checked.
@pytest.mark.parametrize(("text", "masked"), [
    ("TH*-**-8843", "XXX-XX-8843"), ("*e*.**-8759", "XXX-XX-8759"), ("**_**_2723", "XXX-XX-2723"),
    ("*****_7777", "XXX-XX-7777"), ("XXX-XX-; 6567", "XXX-XX-6567"), ("***-**-934]", "XXX-XX-9341"),
])
def test_a_damaged_mask_still_gives_the_last_four_digits_flagged(text: str, masked: str) -> None:
    found = identifiers.taxpayer_id(text, employer=False)
    assert found is not None and (found.value, found.repaired) == (masked, True)
    assert identifiers.masked_taxpayer_id(text) == found


@pytest.mark.parametrize(("text", "employer", "masked"), [
    # A damaged mask that still shows its kind is masked as it shows, whatever the label says (apart 9073
    # 0072, a photo: "XX-XXxX5755", an EIN's mask with an "x" too many, beside "Taxpayer Identification
    # Number:"); one that shows no kind is masked as the label says.
    ("XX-XXxX5755", False, "XX-XXX5755"), ("**-****5755", False, "XX-XXX5755"),
    ("XXX-XX-; 6567", True, "XX-XXX6567"), ("XXX-XX-; 6567", False, "XXX-XX-6567"),
    ("*****_7777", True, "XX-XXX7777"), ("*****_7777", False, "XXX-XX-7777"),
    # A final serif "1" a fax or a low-resolution scan reads as a closing bracket, brace or parenthesis
    # (apart seed 9012 0077 "XXX-XX-795}"), whatever the mask and whatever stands after the value on its line.
    ("XXX-XX-795}", False, "XXX-XX-7951"), ("***-**-402)", False, "XXX-XX-4021"),
    ("XXX-XX-795) Date of this letter:", False, "XXX-XX-7951"), ("**#-**_898]", False, "XXX-XX-8981"),
    ("XX-XXX330}", True, "XX-XXX3301"), ("XX-XXX121)", True, "XX-XXX1211"),
])
def test_a_damaged_mask_or_last_one_is_read_checked(text: str, employer: bool, masked: str) -> None:
    found = identifiers.taxpayer_id(text, employer=employer)
    assert found is not None and (found.value, found.repaired) == (masked, True)


# A "0" read as a pair of parentheses beside a taxpayer ID label (apart seed 9012 0006, a photo:
# "**_***5()23" for XX-XXX5023), anywhere in the last four: read back as a repair, the value's place kept.
@pytest.mark.parametrize(("text", "employer", "masked"), [
    ("**_***5()23", True, "XX-XXX5023"), ("XXX-XX-()715", False, "XXX-XX-0715"),
    ("***-**-07()5 |", False, "XXX-XX-0705"), ("(XXX-XX-12()4)", False, "XXX-XX-1204"),
    ("XX-XXX998()", True, "XX-XXX9980"),
])
def test_a_zero_read_as_parentheses_is_read_back_checked(text: str, employer: bool, masked: str) -> None:
    found = identifiers.labelled_taxpayer_id(text, employer=employer)
    assert found is not None and (found.value, found.repaired) == (masked, True)
    assert "()" in text[found.start:found.end] and text[found.end - 1] != " "


@pytest.mark.parametrize("text", ["XXX-XX-7)95", "XXX-XX-1}34", "XXX-XX-12(34", "(2)", "XXX-XX-(1)715"])
def test_a_brace_or_a_stray_parenthesis_inside_the_last_four_is_no_digit(text: str) -> None:
    assert identifiers.labelled_taxpayer_id(text, employer=False) is None


@pytest.mark.parametrize(("text", "masked"), [
    ("(XXX-XX-1234)", "XXX-XX-1234"),  # a parenthesis around a whole value is not read into it
    ("SSN (***-**-5678).", "XXX-XX-5678"),
])
def test_a_bracket_after_four_digits_stays_out_of_the_value(text: str, masked: str) -> None:
    found = identifiers.taxpayer_id(text, employer=False)
    assert found is not None and (found.value, found.repaired) == (masked, False)


@pytest.mark.parametrize("text", [
    "#RK_EK_BAA3",  # too damaged: no mask character left
    "Suite *** 1234", "AP:FE:HOU:JMB 1234", "Mail Stop 1002 #296767", "(213] 555-0142",
])
def test_not_a_damaged_mask(text: str) -> None:
    assert identifiers.taxpayer_id(text, employer=False) is None


# An SSN printed whole in its hyphened groups has a shape no other value of a letter has (own 6332 0023: the
# label garbled over "936-24-6926"); nine digits plain or grouped with spaces do not (a phone's 3-3-4 groups
# never match).
@pytest.mark.parametrize(("text", "masked"), [("***-**-4977", "XXX-XX-4977"), ("XX-XXX1234", "XX-XXX1234"),
                                              ("123-45-6789", "XXX-XX-6789"), ("123 45 6789", None),
                                              ("123456789", None), ("213-555-0142", None),
                                              ("12-3456789", None), ("l23-45-6789", None)])
def test_only_a_masked_number_or_an_ssn_in_its_groups_is_a_taxpayer_id_by_its_shape_alone(
        text: str, masked: str | None) -> None:
    found = identifiers.masked_taxpayer_id(text)
    assert (found.value if found else None) == masked


def test_a_full_number_ending_in_a_bracket_is_still_blanked() -> None:
    assert identifiers.mask_tins("SSN 123-45-678] EIN 12-345678]") == "SSN XXX-XX-678] EIN XX-XXX678]"


@pytest.mark.parametrize(("text", "form"), [
    ("1040", "1040"), ("Form 941", "941"), ("1040-SR", "1040-SR"), ("1120S", "1120S"), ("CT-1", "CT-1"),
    # apart seed 9009: the letters after a space ("Type of tax: 1040 SR"), only when they make a known form.
    ("Type of tax: 1040 SR", "1040-SR"), ("1040  NR", "1040-NR"), ("1120 S", "1120-S"),
    ("FORM 1040 FOR 2019", "1040"), ("1040 SSN", "1040"), ("941 X", "941"),
])
def test_tax_forms(text: str, form: str) -> None:
    found = identifiers.tax_form(text)
    assert found is not None and found.value == form


@pytest.mark.parametrize(("text", "form", "repaired"), [
    # apart seed 9025 0047: "1040-SR" read "1040-sR" on a fax, once taken for a sure "1040".
    ("1040-sR", "1040-SR", True), ("Type of tax: 1040-sr", "1040-SR", True), ("1120-s", "1120-S", True),
    ("1040-SR", "1040-SR", False), ("1040-NR.", "1040-NR", False),
    ("1040-sx", "1040", False),  # no return form when read in capitals: the number alone, as before
])
def test_a_form_letter_read_in_lower_case_is_the_forms_and_a_repair(text: str, form: str,
                                                                    repaired: bool) -> None:
    found = identifiers.tax_form(text)
    assert found is not None and (found.value, found.repaired) == (form, repaired)


@pytest.mark.parametrize("text", ["Form 12153", "Form 8857", "2019", "Letter 4390",
                                  "Form 886-A"])  # the enclosed Explanation of Items (apart seed 9006)
def test_not_tax_return_forms(text: str) -> None:
    assert identifiers.tax_form(text) is None


def test_mask_keeps_other_numbers() -> None:
    text = "phone 213-555-1234, zip 62704-1234, date 03/03/2025, employee 1000123456"
    assert identifiers.mask_tins(text) == text


@given(st.integers(min_value=0, max_value=999_999_999),
       st.sampled_from(["{a}-{b}-{c}", "{a} {b} {c}", "{a}{b}{c}", "{e}-{f}", "{a}—{b}—{c}"]),
       st.text(alphabet=st.characters(whitelist_categories=("L", "Zs")), max_size=20))
def test_no_full_tin_survives_masking(number: int, shape: str, around: str) -> None:
    digits = f"{number:09d}"
    printed = shape.format(a=digits[:3], b=digits[3:5], c=digits[5:], e=digits[:2], f=digits[2:])
    masked = identifiers.mask_tins(f"{around} {printed} {around}")
    assert digits[:5] not in masked.replace("-", "").replace(" ", "").replace("—", "")
    assert masked.endswith(f"{digits[5:]} {around}")


# --- taxpayer ID numbers in file names --------------------------------------------------------------------

# A run of digit groups as a reader sees one, written independently of the module's pattern.
SHOWN_RUN = re.compile(r"\d+(?:[-\s._–—]{1,3}\d+)*")
PHONE_SHAPE = re.compile(r"(?:1[-\s._–—]{1,3})?\d{3}[-\s._–—]{1,3}\d{3}[-\s._–—]{1,3}\d{4}")


@pytest.mark.parametrize(("name", "masked"), [
    # SSN and EIN whatever the separator, or none.
    ("123-45-6789.pdf", "XXX-XX-6789.pdf"),
    ("123_45_6789.pdf", "XXX_XX_6789.pdf"),
    ("123.45.6789.pdf", "XXX.XX.6789.pdf"),
    ("123 45 6789.tif", "XXX XX 6789.tif"),
    ("123456789.pdf", "XXXXX6789.pdf"),
    ("12-3456789.pdf", "XX-XXX6789.pdf"),
    ("12_3456789.pdf", "XX_XXX6789.pdf"),
    ("123 - 45 - 6789.pdf", "XXX - XX - 6789.pdf"),
    ("123–45–6789.pdf", "XXX–XX–6789.pdf"),
    ("123-45 6789.pdf", "XXX-XX 6789.pdf"),  # mixed separators
    ("ssn123456789.pdf", "ssnXXXXX6789.pdf"),  # glued to letters
    ("Scan 123-45-6789 (2).pdf", "Scan XXX-XX-6789 (2).pdf"),
    ("a/b/123_45_6789.pdf", "a/b/XXX_XX_6789.pdf"),
    # A TIN beside other numbers: its last four are the ones shown, everything else in the run hidden.
    ("Smith 123-45-6789 2024-03-15.pdf", "Smith XXX-XX-6789 XXXX-XX-XX.pdf"),
    ("2024-03-15 123-45-6789.pdf", "XXXX-XX-XX XXX-XX-6789.pdf"),
    ("2024-03-15_12-3456789.pdf", "XXXX-XX-XX_XX-XXX6789.pdf"),
    # Nine or more digits in any other shape could still hold one: only the last four shown.
    ("1234567890.pdf", "XXXXXX7890.pdf"),  # ten plain digits: a TIN and a page number?
    ("1234-56789.pdf", "XXXX-X6789.pdf"),
    ("IMG_20240315_101530.jpg", "IMG_XXXXXXXX_XX1530.jpg"),
    ("2024-03-15 12.pdf", "XXXX-XX-15 12.pdf"),
    ("555-123-4567 8.pdf", "XXX-XXX-X567 8.pdf"),
    ("１２３-４５-６７８９.pdf", "XXX-XX-６７８９.pdf"),  # full-width digits are digits too
    # Kept: fewer than nine digits, phone numbers in their 3-3-4 groups, names already masked.
    ("letter 2024-03-15.pdf", "letter 2024-03-15.pdf"),
    ("2024-03-15 letter 2.pdf", "2024-03-15 letter 2.pdf"),
    ("12345678.pdf", "12345678.pdf"),
    ("call 555-123-4567.pdf", "call 555-123-4567.pdf"),
    ("1-800-829-1040.pdf", "1-800-829-1040.pdf"),
    ("555.123.4567.pdf", "555.123.4567.pdf"),
    ("XXX-XX-6789.pdf", "XXX-XX-6789.pdf"),
    ("Letter 4390 Smith.pdf", "Letter 4390 Smith.pdf"),
    ("no digits.pdf", "no digits.pdf"),
    ("", ""),
])
def test_mask_tins_in_name(name: str, masked: str) -> None:
    assert identifiers.mask_tins_in_name(name) == masked


@pytest.mark.parametrize(("run", "groups"), [
    ("123-45-6789", ["123-45-6789"]), ("123 - 45 - 6789", ["123 - 45 - 6789"]),
    ("a 2024-03-15 b 12", ["2024-03-15", "12"]), ("12    34", ["12", "34"]), ("1/2", ["1", "2"]),
])
def test_name_digit_run(run: str, groups: list[str]) -> None:
    assert [m.group(0) for m in identifiers.NAME_DIGIT_RUN.finditer(run)] == groups


@pytest.mark.parametrize(("run", "tin"), [
    ("123-45-6789", "123-45-6789"), ("123456789", "123456789"), ("12-3456789", "12-3456789"),
    ("12345 6789", "12345 6789"), ("2024-03-15 123_45_6789", "123_45_6789"),
    ("2024-03-15", None), ("1234567890", None), ("555-123-4567", None), ("1234-56789", None),
])
def test_name_tin(run: str, tin: str | None) -> None:
    found = identifiers.NAME_TIN.search(run)
    assert (found.group(0) if found else None) == tin


@pytest.mark.parametrize(("run", "phone"), [
    ("555-123-4567", True), ("1 800 829 1040", True), ("555.123.4567", True),
    ("5551234567", False), ("555-12-34567", False), ("123-45-6789", False), ("2-555-123-4567", False),
])
def test_name_phone(run: str, phone: bool) -> None:
    assert bool(identifiers.NAME_PHONE.fullmatch(run)) is phone


@given(st.integers(min_value=0, max_value=999_999_999),
       st.sampled_from(["{a}{s}{b}{s}{c}", "{a}{b}{c}", "{e}{s}{f}", "{a}{s}{b}{c}"]),
       st.sampled_from(["-", " ", ".", "_", "–", " - ", "__"]),
       st.text(alphabet="abcXYZ ()_.", max_size=12), st.sampled_from(["", ".pdf", " (2).png"]))
def test_name_shows_only_the_last_four_of_a_tin(number: int, shape: str, sep: str, before: str,
                                                after: str) -> None:
    digits = f"{number:09d}"
    printed = shape.format(a=digits[:3], b=digits[3:5], c=digits[5:], e=digits[:2], f=digits[2:], s=sep)
    masked = identifiers.mask_tins_in_name(before + printed + after)
    assert masked == before + re.sub(r"\d", "X", printed[:-4]) + digits[5:] + after


@given(st.text(alphabet="0123456789-_. –abc", max_size=60))
def test_masked_names_show_at_most_four_digits_of_a_long_run(name: str) -> None:
    masked = identifiers.mask_tins_in_name(name)
    assert len(masked) == len(name)
    assert all(a.isdecimal() and b == "X" for a, b in zip(name, masked, strict=True) if a != b)
    for run in SHOWN_RUN.finditer(masked):
        digits = sum(char.isdecimal() for char in run.group(0))
        assert digits < 9 or PHONE_SHAPE.fullmatch(run.group(0)), run.group(0)
    assert identifiers.mask_tins_in_name(masked) == masked


# A value beside a taxpayer ID label that is only a mask OCR damaged past DAMAGED_MASK and four digits
# (apart seeds 9007-9008: stars read as "#", "e", "4" or capitals, the last four split by a gap): the last
# four are read, always as repaired (a person checks them), in the label's kind (SSN or EIN).
@pytest.mark.parametrize(("text", "employer", "masked"), [
    ("##*_*4_-3796", False, "XXX-XX-3796"), ("eee #*5352", False, "XXX-XX-5352"),
    ("**4_44-3612", False, "XXX-XX-3612"), ("#*4_**_6409", False, "XXX-XX-6409"),
    ("eee **_5 056", False, "XXX-XX-5056"), ("eee.0¢°.6951", False, "XXX-XX-6951"),
    ("ee ERE 2052", True, "XX-XXX2052"), ("#x*—**—5O10", False, "XXX-XX-5010"),
    ("‘ XXE-#X-7I23 .", False, "XXX-XX-7123"), ("e#-##e 88l4", True, "XX-XXX8814"),
    ("ooe.0*.2115", False, "XXX-XX-2115"),  # stars read as "o" on a photo (apart 9032 0048)
])
def test_a_labelled_value_of_mask_and_four_digits_is_read_flagged(text: str, employer: bool,
                                                                  masked: str) -> None:
    found = identifiers.labelled_taxpayer_id(text, employer=employer)
    assert found is not None and (found.value, found.repaired) == (masked, True)
    assert identifiers.masked_taxpayer_id(text) is None or found.value == masked


@pytest.mark.parametrize("text", [
    "eee", "Form 1040", "12/31/2019", "ID 2052", "see 2052", "Box 2052", "oo 2052", "Room 2052",
    "Mail Stop 1002 #296767", "Suite *** 1234",
    "eee e OLS?",  # the last four too damaged to read: left to the strip's second reading
    "#x*—**—5OTO",  # only one real digit of four: not read back from letters alone
    "** 3612 Form 1040", "**-** 12/31/2019", "*#123456-3612",
    "#84 _4*_7949G", "**-*7 12345",  # the four read glued to a fifth digit or look-alike: not a last four
])
def test_a_labelled_value_that_is_not_a_mask_and_four_digits(text: str) -> None:
    assert identifiers.labelled_taxpayer_id(text, employer=False) is None


def test_a_damaged_mask_is_read_only_beside_its_label() -> None:
    assert identifiers.masked_taxpayer_id("eee #*5352") is None
    assert identifiers.taxpayer_id("**4_44-3612", employer=False) is None


# The last four that are all a scan's reading kept beside a taxpayer ID label, the mask lost or read as
# specks (apart 9030 0036: "3608" at OCR confidence 0 for "***-**-3608" on a photo; 9027 0048 "“+ 3884"):
# read in the label's kind, always repaired and damaged (a person checks them).
@pytest.mark.parametrize(("text", "employer", "masked"), [
    ("3608", False, "XXX-XX-3608"), ("“+ 3884", False, "XXX-XX-3884"), ("***_** 9879", False, "XXX-XX-9879"),
    ("4471", True, "XX-XXX4471"), ("-- 0715.", False, "XXX-XX-0715"),
    ("***_** 2023", False, "XXX-XX-2023"), ("2150", False, "XXX-XX-2150"),  # a mark of the mask; no year
])
def test_a_lone_last_four_beside_its_label_is_read_checked(text: str, employer: bool, masked: str) -> None:
    found = identifiers.mask_lost_taxpayer_id(text, employer=employer)
    assert found is not None
    assert (found.value, found.repaired, found.mask_damaged) == (masked, True, True)
    assert text[found.start:found.end] == masked[-4:]


@pytest.mark.parametrize("text", [
    "31 2022",  # a number before the four: no mask is left there
    "12/31/2019", "Form 1040", "see 2052", "36081", "360", "#123456 3608",
    "2023", "1999",  # a year alone (a stamp's beside the label: apart 9039 0096), no mark of a mask with it
])
def test_what_is_no_lone_last_four(text: str) -> None:
    assert identifiers.mask_lost_taxpayer_id(text, employer=False) is None


@pytest.mark.parametrize(("method", "below", "value"), [
    ("ocr", False, "XXX-XX-3608"),
    ("text", False, None),  # a text layer is exact: four digits alone are no masked value
    ("ocr", True, None),  # under the label four digits alone are the next row's value ("1040")
])
def test_a_lone_last_four_is_read_beside_its_label_only_on_a_scan(method: str, below: bool,
                                                                  value: str | None) -> None:
    word = Word("3608", Box(440.0, 72.0, 476.0, 78.0), 1, method, 0.0 if method == "ocr" else None)
    reading = read_taxpayer_id(ValueWords(words=(word,), variant="Social Security Number", below=below))
    assert (None if reading is None else reading.value) == value
    if reading is not None:
        assert reading.repaired and [n.code for n in reading.doubt] == ["value.tin_mask_damaged"]


@pytest.mark.parametrize(("form", "lookalikes"), [
    ("941", ("944",)), ("944", ("941",)),  # a 1 and a 4 a streak turns into one another
    ("4040", ("1040",)), ("1010", ("1040",)), ("940", ("990",)),
    ("1040", ()), ("1120", ()), ("1065", ()), ("1040-SR", ()),  # nothing one look-alike digit away
])
def test_a_form_s_look_alikes_are_the_return_forms_one_misread_digit_away(
        form: str, lookalikes: tuple[str, ...]) -> None:
    assert identifiers.form_lookalikes(form) == lookalikes


@pytest.mark.parametrize(("text", "last"), [
    ("-XX-8642", "8642"), ("XX-8642", "8642"), ("*-**-1234", "1234"), ("XX_8642", "8642"),
    ("**-***9490", "9490"), ("Tax -XX-8642", "8642"), ("XX-XX 1234", "1234"), ("x*-0715.", "0715"),
    ("y-XX-6408", "6408"), ("S@turtry=Sewaber. y-XX-6408", "6408"),  # a stamp's edge left one mark glued on
])
def test_a_masks_tail_ending_a_cell_gives_its_last_four(text: str, last: str) -> None:
    found = identifiers.mask_tail(text)
    assert found is not None and found.value == f"XXX-XX-{last}" and found.mask_damaged


@pytest.mark.parametrize("text", [
    "x-1234",  # one mark: an extension, not a mask
    "713-492-0651", "AP:CO:FRE:DWA", "12/31/2018", "Dec. 31, 2018", "---1234", "XXX8642", "Stop 1400",
    "xx-1234 more",  # the tail must end the cell
    "BOX-1234",  # a word's letters, not a mask's marks
    "ay-XX-6408", "7-XX-6408",  # two marks glued on, or a digit: a word or a number, no mask's tail
])
def test_what_is_no_masks_tail_gives_none(text: str) -> None:
    assert identifiers.mask_tail(text) is None
