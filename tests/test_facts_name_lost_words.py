"""A scanned contact name whose first word OCR boxed apart or read into another run: flagged with where
the lost word stands, read again from there, and completed only when the readings agree."""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence

import pytest
from facts_pages import words_at

from parser.core.model import Box, Fact, PageView, Word
from parser.facts import name_lost_words
from parser.facts.field_facts import candidates_for, choose
from parser.facts.header import layout_of, value_spots
from parser.facts.labels import find_labels
from parser.facts.name_rereading import Vote, _on_line, settled_fact, starts_put_back
from parser.reading.lines import group_lines

LINE_1, LINE_2 = "one line at 300 dpi", "one line at 400 dpi"


def _word(text: str, x0: float, top: float, x1: float, bottom: float, method: str = "ocr") -> Word:
    return Word(text=text, box=Box(x0, top, x1, bottom), page=1, method=method,  # type: ignore[arg-type]
                confidence=None if method != "ocr" else 95.0)


def _header(label: str, stacked: bool, name: Sequence[Word], method: str = "ocr") -> list[Word]:
    """An address column at the left and, at the right, the contact's label with the name's words beside
    it or under it, then an employee ID line."""
    words = [*words_at(55, 67, "IRS Office of Appeals", method=method),  # type: ignore[arg-type]
             *words_at(55, 80, "915 Second Ave. M/S W-1000", method=method),  # type: ignore[arg-type]
             *words_at(330, 67 if stacked else 80, label, method=method)]  # type: ignore[arg-type]
    words += name
    words += words_at(330, 100, "Employee ID number: 1006390349", method=method)  # type: ignore[arg-type]
    return words


def _checked(words: list[Word]) -> Fact[object] | None:
    method = words[0].method
    page = PageView(number=1, width=612.0, height=792.0, method=method, words=tuple(words))
    layout = layout_of(page, group_lines(words), first=True)
    spots = value_spots(layout, find_labels(layout.lines))
    fact, _ = choose("contact_name", candidates_for("contact_name", spots))
    return name_lost_words.checked(fact, spots, [layout])


# Three names as apart seeds 9010-9013 boxed them: the middle word boxed over the end of the first, reaching
# from `middle_x0` (its real glyph's left edge, or further left).
def _boxed_over(middle_x0: tuple[float, float, float]) -> list[tuple[str, bool, list[Word], str]]:
    return [
        ("Appeals Officer:", True, [_word("Angela", 344.4, 81.4, 377.0, 90.7),
                                    _word("J", middle_x0[0], 78.7, 377.0, 91.7),
                                    _word("Fitzgerald", 380.4, 79.7, 418.3, 90.5)], "Angela J Fitzgerald"),
        ("Person to contact:", True, [_word("Marisol", 331.0, 84.0, 368.0, 93.0),
                                      _word("T.", middle_x0[1], 79.0, 367.5, 94.0),
                                      _word("Okafor", 373.0, 81.0, 404.0, 91.5)], "Marisol T. Okafor"),
        ("Contact person:", False, [_word("Desmond", 404.0, 82.0, 446.0, 91.0),
                                    _word("H", middle_x0[2], 79.0, 445.0, 93.5),
                                    _word("Pettigrew", 452.0, 81.0, 497.0, 91.0)], "Desmond H Pettigrew"),
    ]


# A box reaching over its neighbour's box as far as the neighbour's first half, so that line grouping sets
# one of them apart: the first word lost (under its label or beside it), or the initial in the middle.
LOST_WORD = [(label, stacked, name, lost) for (label, stacked, name, _), lost
             in zip(_boxed_over((355.0, 342.0, 418.0)), ("Angela", "Marisol", "H"), strict=True)]
# The boxes the seeds gave: the next word boxed inside the end of its neighbour's box. Line grouping keeps
# such end words side by side, so the name is read whole.
END_OVERLAP = _boxed_over((373.7, 364.0, 441.0))


@pytest.mark.parametrize(("label", "stacked", "name", "whole"), END_OVERLAP)
def test_a_word_boxed_inside_the_end_of_its_neighbour_stays_in_the_name(label: str, stacked: bool,
                                                                       name: list[Word], whole: str) -> None:
    fact = _checked(_header(label, stacked, name))
    assert fact is not None and fact.value == whole
    assert not any(r.code == name_lost_words.LOST_WORD for r in fact.reasons)


@pytest.mark.parametrize(("label", "stacked", "name", "lost"), LOST_WORD)
def test_a_word_boxed_apart_flags_the_name(label: str, stacked: bool, name: list[Word], lost: str) -> None:
    fact = _checked(_header(label, stacked, name))
    assert fact is not None
    assert fact.needs_review
    assert lost not in str(fact.value)  # the page's reading lost it ...
    reason = next(r for r in fact.reasons if r.code == name_lost_words.LOST_WORD)
    assert dict(reason.values)["word"] == lost  # ... and the flag says which word and where it begins
    lost_word = next(w for w in name if w.text == lost)
    assert name_lost_words.lost_left(fact) == pytest.approx(lost_word.box.x0, abs=0.1)


@pytest.mark.parametrize(("label", "stacked", "name"), [
    # A whole name beside or under its label; a speck or a rule before it; a title the reader leaves out.
    ("Appeals Officer:", True, words_at(330, 81, "Angela J Fitzgerald", method="ocr")),
    ("Contact person:", False, words_at(404, 80, "Desmond H Pettigrew", method="ocr")),
    ("Contact person:", False, [_word("|", 400.0, 80.0, 401.0, 90.0),
                                *words_at(404, 80, "Soraya Whitlock", method="ocr")]),
    ("Person to contact:", True, [_word("~", 331.0, 82.0, 335.0, 90.0),
                                  *words_at(340, 81, "Priya R Vukovic", method="ocr")]),
])
def test_a_whole_name_is_not_questioned(label: str, stacked: bool, name: list[Word]) -> None:
    fact = _checked(_header(label, stacked, name))
    assert fact is not None
    assert not any(r.code == name_lost_words.LOST_WORD for r in fact.reasons)
    assert name_lost_words.lost_left(fact) is None


def test_a_text_layer_is_never_questioned() -> None:
    name = [dataclasses.replace(w, method="pdf_text", confidence=None) for w in LOST_WORD[0][2]]
    fact = _checked(_header("Appeals Officer:", True, name, method="pdf_text"))
    assert fact is not None
    assert not fact.needs_review


@pytest.mark.parametrize(("page", "lines", "settled"), [
    ("J Fitzgerald", ("Angela J Fitzgerald", "Angela J Fitzgerald"), "Angela J Fitzgerald"),
    ("T. Okafor", ("Marisol T. Okafor", "Marisol T. Okafor"), "Marisol T. Okafor"),
    ("H Pettigrew", ("Desmond H Pettigrew", "Desmond H Pettigrew"), "Desmond H Pettigrew"),
])
def test_readings_that_agree_complete_the_name_and_keep_it_flagged(page: str, lines: tuple[str, str],
                                                                     settled: str) -> None:
    fact = _checked(_header("Appeals Officer:", True, LOST_WORD[0][2]))
    assert fact is not None
    fact = dataclasses.replace(fact, value=page)
    votes = [Vote(page, "page"), Vote(lines[0], LINE_1), Vote(lines[1], LINE_2)]
    done = settled_fact(fact, votes, starts_put_back(votes))
    assert done.value == settled
    assert done.needs_review
    settled_note = next(r for r in done.reasons if r.code == "scan.name_settled")
    assert dict(settled_note.values)["outvoted"] == page and dict(settled_note.values)["votes"] == 2


@pytest.mark.parametrize("lines", [
    ("Anqela J Fitzgerald", "Arigela J Fitzgerald"),  # the readings of the start disagree, neither a name
    ("Soraya Iwu", "Soraya Iwu"),  # one kind of reading gives another name
])
def test_readings_that_disagree_leave_the_name_as_read_and_flagged(lines: tuple[str, str]) -> None:
    fact = _checked(_header("Appeals Officer:", True, LOST_WORD[0][2]))
    assert fact is not None
    votes = [Vote(str(fact.value), "page"), Vote(lines[0], LINE_1), Vote(lines[1], LINE_2)]
    done = settled_fact(fact, votes, starts_put_back(votes))
    assert done.value == fact.value and done.needs_review


def test_a_reading_is_extended_only_by_the_one_longer_reading_it_ends() -> None:
    votes = [Vote("J Fitzgerald", "page"), Vote("Angela J Fitzgerald", LINE_1),
             Vote("Xo J Fitzgerald", LINE_2)]
    assert [v.value for v in starts_put_back(votes)] == [v.value for v in votes]  # two longer: none taken
    votes = [Vote("Whitlock", "page"), Vote("Soraya Whitlock", LINE_1)]
    assert [v.value for v in starts_put_back(votes)] == ["Soraya Whitlock", "Soraya Whitlock"]


@pytest.mark.parametrize("inner", [(39.4, 41.3), (20.0, 23.0)])
def test_a_word_boxed_inside_its_neighbour_stays_on_a_one_line_reading(inner: tuple[float, float]) -> None:
    words = [_word('"Angela', 0.0, 0.0, 43.4, 20.6), _word("J", inner[0], 0.0, inner[1], 20.6),
             _word("Fitzgerald", 44.2, 0.0, 82.8, 15.8)]
    line = group_lines(words)[0]
    assert [w.text for w in _on_line(line.box, words)] == ['"Angela', "J", "Fitzgerald"]
