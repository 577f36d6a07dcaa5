"""Pages sent with the letter (a Form 12153 copy, a lien notice, a publication page) are not the letter."""

from __future__ import annotations

import pytest

from parser.facts.enclosures import enclosure_pages, letter_pages
from parser.reading.lines import PageText


def pages(*texts: str) -> tuple[PageText, ...]:
    return tuple(PageText(number, text, ()) for number, text in enumerate(texts, start=1))


LETTER_PAGE = "we considered your installment agreement. letter 4390 (rev. 11-2019)"


@pytest.mark.parametrize(("enclosure", "is_enclosure"), [
    ("you may propose an offer in compromise. form 12153 (rev. 12-2020)", True),
    ("notice of federal tax lien. part 3 - taxpayer's copy form 668(y)(c) (rev. 2-2004)", True),
    ("publication 594 (rev. 5-2023) page 7 an offer in compromise", True),
    ("the levy is sustained. letter 4390 (rev. 11-2019) page 2", False),  # the letter's own page 2
    ("page 3 the levy is sustained.", False),  # no form's mark: read as the letter's
])
def test_a_page_with_its_own_form_mark_after_the_letter_is_an_enclosure(enclosure: str,
                                                                        is_enclosure: bool) -> None:
    assert (2 in enclosure_pages(pages(LETTER_PAGE, enclosure))) is is_enclosure


def test_without_the_letter_footer_every_page_is_the_letter_s() -> None:
    # A scan that lost the letter's footer: nothing says where the letter ends, so nothing is left out.
    document = pages("we considered your installment agreement.", "form 12153 (rev. 12-2020)")
    assert letter_pages(document) == document


def test_letter_pages_leave_out_only_the_enclosures() -> None:
    document = pages(LETTER_PAGE, "form 12153 (rev. 12-2020)", "letter 4390 (rev. 11-2019) page 3")
    assert [page.page for page in letter_pages(document)] == [1, 3]


@pytest.mark.parametrize("attachment", [
    "attachment to letter 4390 - summary of determination and discussion form 886-a (rev. 4-68)",
    "summary and recommendation the levy is sustained. letter 4390 attachment",
])
def test_an_attachment_of_the_letter_is_the_letter_s_whatever_form_it_is_on(attachment: str) -> None:
    # ind103: the determination is only in a "Summary of Determination" printed on a Form 886-A.
    assert enclosure_pages(pages(LETTER_PAGE, attachment)) == frozenset()


def test_a_form_number_with_a_letter_suffix_marks_an_enclosure() -> None:
    assert enclosure_pages(pages(LETTER_PAGE, "explanation of items form 886-a (rev. 4-68)")) == {2}
