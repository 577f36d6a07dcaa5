"""OCR words a label's colon glued to its value are parted in two; codes, times and addresses are not."""

from __future__ import annotations

import pytest

from parser.core.model import Box, Word
from parser.reading.glued_words import parted


def _word(text: str) -> Word:
    return Word(text, Box(100.0, 10.0, 100.0 + 6.0 * len(text), 20.0), 1, "ocr", 41.0)


@pytest.mark.parametrize(("text", "head", "tail"), [
    ("person::ROSALIND", "person::", "ROSALIND"),  # apart 9073 0070, a 150 dpi scan
    ("Fax:559-269-0897", "Fax:", "559-269-0897"),
    ("Hours:8:00", "Hours:", "8:00"),
    ("number(s):XXX-XX-1234", "number(s):", "XXX-XX-1234"),
])
def test_a_label_glued_to_its_value_is_parted_at_its_colon(text: str, head: str, tail: str) -> None:
    first, second = parted([_word(text)])
    assert (first.text, second.text) == (head, tail)
    # each part boxed by its share of the characters, on the word's line, with the word's confidence
    assert first.box.x0 == 100.0 and second.box.x1 == 100.0 + 6.0 * len(text)
    assert first.box.x1 == second.box.x0 == pytest.approx(100.0 + 6.0 * len(head))
    assert first.box.top == second.box.top == 10.0 and first.confidence == second.confidence == 41.0


@pytest.mark.parametrize(("text", "head", "tail"), [
    ('Officer="Tobias', "Officer=", "Tobias"),  # apart 9087 0008, a Courier scan: the colon smeared to "="
    ("person:“ROSALIND", "person:", "ROSALIND"),
])
def test_a_colon_read_as_an_equals_sign_or_with_a_speck_after_it_is_parted_too(text: str, head: str, tail: str
                                                                               ) -> None:
    first, second = parted([_word(text)])
    assert (first.text, second.text) == (head, tail)
    assert first.box.x1 == second.box.x0 == pytest.approx(100.0 + 6.0 * len(head))  # the speck is the tail's


@pytest.mark.parametrize("text", ["AP:CO:FRE:DWA", "a=b", "x==y", "8:00", "https://www.irs.gov", "Number:",
                                  "TIN:XXX", "a.m.:CT", "Re:JOHN"])
def test_codes_times_addresses_and_labels_alone_stay_whole(text: str) -> None:
    assert parted([_word(text)]) == (_word(text),)
