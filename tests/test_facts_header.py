"""The header reader's value lines as printed: the trim that takes specks and rules off a value's ends
keeps them in the spot's printed lines, where a value run over lines may be joined ("7:30 a.m." / "- 4:00
p.m. CT": the range's dash)."""

from __future__ import annotations

import pytest
from facts_pages import STANDARD_HEADER, header_rows, make_page

from parser.core.model import Method, Word
from parser.facts.header import ValueSpot, layout_of, value_spots
from parser.facts.labels import find_labels
from parser.reading.lines import group_lines


def hours_spot(lines: tuple[str, ...], method: Method) -> ValueSpot:
    header = [*(row for row in STANDARD_HEADER if not row[0].startswith("Hours")), ("Hours:", lines[0])]
    rows = [*header_rows(header), *((440.0, 43.0 + (len(header) + i) * 12.0, text)
                                    for i, text in enumerate(lines[1:]))]
    page = make_page(rows, method=method)
    found = group_lines(page.words)
    return next(s for s in value_spots(layout_of(page, found, first=True), find_labels(found))
                if s.label.field == "contact_hours")


def texts(lines: tuple[tuple[Word, ...], ...]) -> list[str]:
    return [" ".join(w.text for w in line) for line in lines]


DAYS_FROM = "Monday through Friday, 7:30 a.m."


@pytest.mark.parametrize("method", ["pdf_text", "ocr"])
@pytest.mark.parametrize(("lines", "trimmed", "printed"), [
    (("Monday through Friday, 7:30 a.m.", "- 4:00 p.m. CT"),
     [DAYS_FROM, "4:00 p.m. CT"], [DAYS_FROM, "- 4:00 p.m. CT"]),
    (("Monday through Friday, 7:30 a.m. -", "4:00 p.m. CT"),
     [DAYS_FROM, "4:00 p.m. CT"], [f"{DAYS_FROM} -", "4:00 p.m. CT"]),
    (("8 a.m. –", "– 4:30 p.m. ET ."), ["8 a.m.", "4:30 p.m. ET"], ["8 a.m. –", "– 4:30 p.m. ET ."]),
    (("8:00 a.m. to 4:30 p.m. ET",), ["8:00 a.m. to 4:30 p.m. ET"], ["8:00 a.m. to 4:30 p.m. ET"]),
])
def test_a_values_lines_are_kept_as_printed_beside_their_trimmed_words(
        lines: tuple[str, ...], trimmed: list[str], printed: list[str], method: Method) -> None:
    spot = hours_spot(lines, method)
    assert texts((spot.words, *spot.following)) == trimmed
    assert texts(spot.printed) == printed


def test_the_printed_lines_stop_at_another_label() -> None:
    """Another label on the value's segment ends it as printed too: its words (here the "-" the label reads
    as its own damaged head) are never the value's."""
    spot = hours_spot(("8:00 a.m. to 4:30 p.m. ET - Fax: 213-555-0199",), "pdf_text")
    assert texts((spot.words,)) == texts(spot.printed) == ["8:00 a.m. to 4:30 p.m. ET"]
