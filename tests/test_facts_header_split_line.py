"""A value the OCR set on a line of its own though it stands beside its label (apart 9041 0075: a ruled
table's "Tel:" boxed down over the cell's rule, its number a few points lower)."""

from __future__ import annotations

import dataclasses

import pytest
from facts_pages import make_page

from parser.core.model import Box, Word
from parser.facts.header import layout_of, value_spots
from parser.facts.labels import find_labels
from parser.reading.lines import group_lines


def _spots(rows: list[tuple[float, float, str]], *, label_bottom: float) -> dict[str, list[str]]:
    page = make_page(rows, method="ocr")
    # The label's box reaches down over the cell's rule, as the scan's OCR boxed it.
    words = [dataclasses.replace(w, box=Box(w.box.x0, w.box.top, w.box.x1, label_bottom))
             if w.text == "Tel:" else w for w in page.words]
    page = dataclasses.replace(page, words=tuple(words))
    lines = group_lines(page.words)
    return {s.label.field: [w.text for w in s.words]
            for s in value_spots(layout_of(page, lines, first=True), find_labels(lines))}


ADDRESS = [(73.0, 148.0, "5425 JUNIPER CT"), (73.0, 159.0, "LAS CRUCES NM 88001")]


@pytest.mark.parametrize("drop", [6.0, 4.0])
def test_a_value_a_few_points_under_its_tall_labels_top_is_beside_it(drop: float) -> None:
    rows = [*ADDRESS, (302.0, 149.0, "Employee ID: 6233910790"), (302.0, 160.0, "Tel:"),
            (438.0, 160.0 + drop, "1-385-259-0198"), (302.0, 180.0, "Office hours: 9 a.m. to 5 p.m.")]
    spots = _spots(rows, label_bottom=172.0)
    assert spots["contact_phone"] == ["1-385-259-0198"]
    assert spots["contact_hours"] == ["9", "a.m.", "to", "5", "p.m."]


def test_the_next_rows_value_is_never_taken_beside_a_label_with_none() -> None:
    # "Tel:" printed with no number; the next row is another label and its value.
    rows = [*ADDRESS, (302.0, 160.0, "Tel:"), (302.0, 172.0, "Office hours:"),
            (438.0, 172.0, "9 a.m. to 5 p.m.")]
    assert "contact_phone" not in _spots(rows, label_bottom=168.0)


def test_a_value_under_the_labels_bottom_is_no_value_beside_it() -> None:
    # A lone number a line under the label, past its box: a stacked layout's, read as such elsewhere.
    rows = [*ADDRESS, (302.0, 160.0, "Tel:"), (438.0, 175.0, "1-385-259-0198")]
    assert "contact_phone" not in _spots(rows, label_bottom=168.0)


@pytest.mark.parametrize(("lower", "stretched"), [("Number:", 0.0), ("lamer:", 0.0), ("lamer:", 6.0)])
def test_a_label_wrapped_in_its_cell_takes_the_value_beside_its_first_line(lower: str, stretched: float
                                                                           ) -> None:
    """apart 9041 0016: "Employee Identification" / "Number:" in a table cell, the ID beside the first line;
    a photo's blur boxed "Identification" down over the second line's top, which read "lamer:"."""
    rows = [*ADDRESS, (302.0, 150.0, "Employee Identification"), (438.0, 150.0, "8740801"),
            (302.0, 161.0, lower), (302.0, 180.0, "Office hours: 9 a.m. to 5 p.m.")]
    page = make_page(rows, method="ocr")
    words = [dataclasses.replace(w, box=Box(w.box.x0, w.box.top, w.box.x1, w.box.bottom + stretched))
             if w.text == "Identification" else w for w in page.words]
    page = dataclasses.replace(page, words=tuple(words))
    lines = group_lines(page.words)
    spots = {s.label.field: [w.text for w in s.words]
             for s in value_spots(layout_of(page, lines, first=True), find_labels(lines))}
    assert spots["contact_employee_id"] == ["8740801"]


def _spots_of(words: list[tuple[str, float, float, float, float]]) -> dict[str, list[str]]:
    page = make_page([(72.0, 60.0, "Internal Revenue Service"), (318.0, 144.0, "Employee ID: 4664305")],
                     method="ocr")
    page = dataclasses.replace(page, words=(*page.words, *(
        Word(text, Box(x0, top, x1, bottom), 1, "ocr", 95.0) for text, x0, top, x1, bottom in words)))
    lines = group_lines(page.words)
    return {s.label.field: [w.text for w in s.words]
            for s in value_spots(layout_of(page, lines, first=True), find_labels(lines))}


LABEL = [("Contact", 317.76, 132.48, 354.48, 138.0), ("person:", 360.48, 133.44, 396.24, 139.2)]


def test_a_value_a_speck_set_on_a_line_above_its_label_is_beside_it() -> None:
    """apart 9088 0044, a Courier scan: a speck read ":" inside the label's end (394.8-396.24) starts a run
    the name joins, and ": Rajesh Brannigan" is grouped as a line above "Contact person:", level with it."""
    speck = [(":", 394.8, 132.96, 396.24, 134.16)]
    name = [("Rajesh", 403.68, 131.76, 435.84, 138.96), ("Brannigan", 441.84, 132.24, 489.84, 138.72)]
    spots = _spots_of([*speck, *LABEL, *name])
    assert spots["contact_name"] == ["Rajesh", "Brannigan"]
    assert spots["contact_employee_id"] == ["4664305"]


def test_the_row_aboves_value_is_never_taken_beside_a_label_with_none() -> None:
    # "Contact person:" printed with no name; the row above holds a code, level with its own label.
    above = [("In", 318.0, 121.0, 328.0, 126.0), ("reply:", 334.0, 120.0, 360.0, 126.0),
             ("AP:FE:HOU:JMB", 400.0, 120.0, 480.0, 126.0)]
    assert "contact_name" not in _spots_of([*above, *LABEL])


@pytest.mark.parametrize(("next_row", "goes_on"), [
    ("Refer reply to: AP:FE: HOU:JMB", False),  # a label the vocabulary does not know, where labels start
    ("Case code: 24-1187", False),
    ("", True),  # nothing there but the speck: the speck stays for the list's reader to judge
])
def test_a_line_opening_with_another_labels_words_where_labels_start_ends_a_list(next_row: str,
                                                                                goes_on: bool) -> None:
    """apart 9092 0076, a 150 dpi scan: a speck read "ns" at the right end of "Refer reply to: AP:FE:
    HOU:JMB", under "December 31, 2021": taken for a line of the list, it flagged the one period."""
    rows = [(318.0, 76.0, "Tax period(s) ended:"), (404.0, 76.0, "December 31, 2021")]
    rows += [(318.0, 89.0, next_row)] if next_row else []
    page = make_page(rows, method="ocr")
    speck = Word("ns", Box(472.0, 88.0, 481.0, 94.0), 1, "ocr", 19.0)
    page = dataclasses.replace(page, words=(*page.words, speck))
    lines = group_lines(page.words)
    spot = next(s for s in value_spots(layout_of(page, lines, first=True), find_labels(lines))
                if s.label.field == "tax_periods")
    assert bool(spot.following) == goes_on
