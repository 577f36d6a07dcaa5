"""Tax periods beside a label the scan cut to its first letters ("Tax Pe", "Tax pel") (issue 16)."""

from __future__ import annotations

import datetime as dt

import pytest
from facts_pages import make_page

from parser.core.model import PageView
from parser.facts import cut_label
from parser.facts.header import layout_of
from parser.facts.labels import find_labels
from parser.reading.lines import group_lines

RIGHT = [(330.0, 100.0, "Date of this letter: January 9, 2020"), (330.0, 112.0, "Employee ID: 658995229"),
         (330.0, 124.0, "Telephone: 1-202-661-7803")]


def _read(rows: list[tuple[float, float, str]], method: str = "ocr") -> tuple[dt.date, ...] | None:
    page: PageView = make_page([*rows, *RIGHT], method=method, confidence=80.0)  # type: ignore[arg-type]
    lines = group_lines(page.words)
    found = cut_label.periods_after_cut_label(layout_of(page, lines, first=True), find_labels(lines))
    return None if found is None else found.value  # type: ignore[return-value]


@pytest.mark.parametrize(("row", "expected"), [
    ("Tax Pe Ended: Dec. , 2018", (dt.date(2018, 12, 31),)),  # the stamp took "riods" and the day
    ("Tax pel 12/31/2019; 12/31/2020", (dt.date(2019, 12, 31), dt.date(2020, 12, 31))),
    ("TAX PE 201712; 201812", (dt.date(2017, 12, 31), dt.date(2018, 12, 31))),
    ("Tax ye: 2021", (dt.date(2021, 12, 31),)),
])
def test_periods_beside_a_cut_label_are_read_up_to_the_next_label(row: str, expected: tuple[dt.date, ...]
                                                                     ) -> None:
    assert _read([(54.0, 124.0, row)]) == expected


@pytest.mark.parametrize("row", [
    "Tax form: 1040",  # another label's head
    "Tax Professional 2019",  # a whole other word
    "Tax P 12/31/2019",  # one letter could be any label
    "Tax pe nothing here",  # no period beside it
    "Tax Period(s) Ended: 12/31/2019",  # a label read whole is not cut
])
def test_other_lines_are_no_cut_periods_label(row: str) -> None:
    assert _read([(54.0, 124.0, row)]) is None


def test_two_cut_heads_with_periods_are_no_one_value_and_a_text_layer_is_never_read_so() -> None:
    assert _read([(54.0, 112.0, "Tax pe 2019"), (54.0, 136.0, "Tax ye 2020")]) is None
    assert _read([(54.0, 124.0, "Tax pel 12/31/2019")], method="pdf_text") is None
