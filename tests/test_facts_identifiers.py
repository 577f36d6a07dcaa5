"""Phone, fax, employee ID, tax form and taxpayer ID readers; the full TIN never survives masking."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from parser import identifiers


@pytest.mark.parametrize(("text", "digits", "repaired"), [
    ("(213) 555-0142", "2135550142", False), ("213-555-0142", "2135550142", False),
    ("213.555.0142", "2135550142", False), ("1-213-555-0142", "2135550142", False),
    ("213 555 0142", "2135550142", False), ("2135550142", "2135550142", False),
    ("(2l3) 555-0l42", "2135550142", True), ("213-555-0142 ext. 12", "2135550142", False),
])
def test_phone_numbers(text: str, digits: str, repaired: bool) -> None:
    found = identifiers.phone_number(text)
    assert found is not None
    assert (found.value, found.repaired) == (digits, repaired)


@pytest.mark.parametrize("text", [
    "555-0142", "113-555-0142", "213-155-0142", "12/31/2019", "XXX-XX-1234", "2l3-555-OlO2",
])
def test_not_phone_numbers(text: str) -> None:
    assert identifiers.phone_number(text) is None


@pytest.mark.parametrize(("text", "expected"), [
    ("1000123456", "1000123456"), ("#100012345", "100012345"), ("l000123456", "1000123456"),
    ("ID 54321", "54321"),
])
def test_employee_ids(text: str, expected: str) -> None:
    found = identifiers.employee_id(text)
    assert found is not None and found.value == expected


def test_employee_id_rejects_words_and_short_numbers() -> None:
    assert identifiers.employee_id("1234") is None
    assert identifiers.employee_id("Gonzalez") is None


@pytest.mark.parametrize(("text", "employer", "masked"), [
    ("123-45-6789", False, "XXX-XX-6789"), ("XXX-XX-6789", False, "XXX-XX-6789"),
    ("***-**-6789", False, "XXX-XX-6789"), ("123 45 6789", False, "XXX-XX-6789"),
    ("12-3456789", True, "XX-XXX6789"), ("XX-XXX6789", True, "XX-XXX6789"), ("123456789", True, "XX-XXX6789"),
    ("123456789", False, "XXX-XX-6789"), ("123—45—6789", False, "XXX-XX-6789"),
])
def test_taxpayer_ids_come_back_masked(text: str, employer: bool, masked: str) -> None:
    found = identifiers.taxpayer_id(text, employer=employer)
    assert found is not None and found.value == masked


@pytest.mark.parametrize(("text", "form"), [
    ("1040", "1040"), ("Form 941", "941"), ("1040-SR", "1040-SR"), ("1120S", "1120S"), ("CT-1", "CT-1"),
])
def test_tax_forms(text: str, form: str) -> None:
    found = identifiers.tax_form(text)
    assert found is not None and found.value == form


@pytest.mark.parametrize("text", ["Form 12153", "Form 8857", "2019", "Letter 4390"])
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
