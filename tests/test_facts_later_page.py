"""A file that is plainly a later page of a letter ("Page 2 of 3", no letterhead) is told apart."""

from __future__ import annotations

import pickle

import pytest
from conftest import SAMPLES
from said import english

from parser.core.errors import InputError
from parser.core.model import Box, Word
from parser.facts.later_page import (
    PAGE_OF_PATTERN,
    LaterPageError,
    PageOf,
    check_not_a_later_page,
    later_page_of,
)
from parser.reading.read import read_document


def _words(text: str) -> tuple[Word, ...]:
    return tuple(Word(part, Box(10.0 * i, 700, 10.0 * i + 8, 710), 1, "pdf_text")
                 for i, part in enumerate(text.split()))


@pytest.mark.parametrize(
    ("footer", "expected"),
    [
        ("Page 2 of 3", (2, 3)),
        ("page 3 of 3 pages", (3, 3)),
        ("PAGE 2/4", (2, 4)),
        ("Pg. 2 of 2", (2, 2)),
        ("Página 2 de 3", (2, 3)),
        ("Pagina 3 de 5", (3, 5)),
    ],
)
def test_the_page_of_pattern_reads_footer_spellings(footer: str, expected: tuple[int, int]) -> None:
    match = PAGE_OF_PATTERN.search(f"Catalog Number 51634X {footer}")
    assert match is not None
    assert (int(match["page"]), int(match["of"])) == expected


@pytest.mark.parametrize("text", ["homepage 2 of 3", "Form 12153 of 2019", "page two of three", "Page 2"])
def test_the_page_of_pattern_needs_a_page_word_and_two_numbers(text: str) -> None:
    assert PAGE_OF_PATTERN.search(text) is None


def test_a_continuation_page_without_letterhead_is_a_later_page() -> None:
    words = _words("The time limits for filing a petition are fixed by law. Letter 4390 (Rev. 11-2019) "
                   "Catalog Number 51634X Page 2 of 3")
    assert later_page_of(words) == PageOf(2, 3)
    with pytest.raises(LaterPageError) as raised:
        check_not_a_later_page(words)
    assert isinstance(raised.value, InputError)
    assert english(raised.value.note) == "this looks like page 2 of a 3-page letter; send all pages together"
    copied = pickle.loads(pickle.dumps(raised.value))
    assert isinstance(copied, LaterPageError) and copied.found == PageOf(2, 3)


@pytest.mark.parametrize(
    "text",
    [
        "Department of the Treasury Internal Revenue Service Date: 03/21/2025 Page 2 of 3",
        "Independent Office of Appeals Person to contact: Jane Doe Page 2 of 2",
        "Letter 4390 (Rev. 11-2019) Page 1 of 3",  # a first page
        "Page 4 of 3",  # nonsense numbers
        "Dear Taxpayer, we have made a determination",  # no page footer at all
    ],
)
def test_a_first_page_or_a_page_without_footer_is_not_a_later_page(text: str) -> None:
    assert later_page_of(_words(text)) is None
    check_not_a_later_page(_words(text))  # raises nothing


def test_the_pages_of_a_real_sample_letter() -> None:
    document = read_document(SAMPLES / "4390-digital-juneteenth.pdf").document
    found = [later_page_of(page.words) for page in document.pages]
    assert found == [None, PageOf(2, 3), PageOf(3, 3)]


