"""The contact person named only in the letter's text (parser/facts/closing_contact.py)."""

from __future__ import annotations

import pytest
from facts_pages import make_page

from parser.facts.closing_contact import contact_in_text
from parser.facts.decisions.phrases import document_text
from parser.reading.lines import group_lines


def found_in(*sentences: str) -> dict[str, object]:
    page = make_page([(72.0, 400.0 + 14 * i, s) for i, s in enumerate(sentences)])
    return {field: r.value for field, r in contact_in_text(document_text([group_lines(page.words)])).items()}


def test_a_contact_named_in_the_closing_paragraph_is_read() -> None:
    assert found_in("If you have questions, contact Settlement Officer Anabel C. Ruiz, ID 1000456789, at",
                    "(404) 555-0137.") == {
        "contact_name": "Anabel C. Ruiz", "contact_employee_id": "1000456789", "contact_phone": "4045550137"}


def test_a_contact_without_an_id_number() -> None:
    assert found_in("Please call Appeals Officer Marcus T. Hale at 215-555-0101 with any questions.") == {
        "contact_name": "Marcus T. Hale", "contact_phone": "2155550101"}


@pytest.mark.parametrize("sentence", [
    "You can contact the Taxpayer Advocate Service at 1-877-777-4778.",
    "You may contact Taxpayer Advocate Service at 1-877-777-4778.",
    "If you have questions, call us at 1-800-829-1040.",
    "If you have questions, contact Anabel C. Ruiz by mail.",
])
def test_an_office_a_service_or_a_contact_without_a_phone_is_no_contact(sentence: str) -> None:
    assert found_in(sentence) == {}
