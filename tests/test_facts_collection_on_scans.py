"""The collection part read through a scan's damage: a limit on what is sustained said after a sentence that
refers back, a deciding word garbled before "in part", a speck after "not", a word the scan split."""

from __future__ import annotations

import pytest
from facts_pages import make_page
from said import english_each

from parser.facts.decisions import determinations
from parser.facts.decisions.phrases import document_text
from parser.reading.lines import PageText, group_lines


def texts(*rows: str, method: str = "ocr") -> tuple[PageText, ...]:
    page = make_page([(72.0, 100.0 + 14 * i, row) for i, row in enumerate(rows)], method=method)  # type: ignore[arg-type]
    return document_text([group_lines(page.words)])


@pytest.mark.parametrize(("named", "action"), [
    ("We reviewed the proposed levy action.", "levy"),
    ("Appeals reviewed the Notice of Federal Tax Lien (NFTL) filing.", "lien"),
])
@pytest.mark.parametrize("decided", [
    "It is sustained: it remains in place only for the balances left after the abatement of penalties.",
    "It is pestiony sustained: it remains in place only for the balance left after the abatement.",
    "This is sustained; it stays in effect only for the portion of the liability not abated.",
])
def test_a_limit_said_after_a_decision_that_refers_back_makes_it_partly_sustained_and_checked(
        named: str, action: str, decided: str) -> None:
    found, reasons = determinations.collection(texts(named, decided))
    assert found is not None and (found.actions, found.outcome) == ((action,), "partially_sustained")
    assert reasons


@pytest.mark.parametrize("sentence", [
    "The proposed levy is sustained, but it remains in place only for the balance left after the abatement.",
    "The proposed levy is sustained only to the extent of the amounts remaining after the abatement.",
])
def test_a_levy_sustained_for_part_of_the_balances_is_partly_sustained_and_checked(sentence: str) -> None:
    found, reasons = determinations.collection(texts(sentence, method="pdf_text"))
    assert found is not None and found.outcome == "partially_sustained"
    assert any("only for part of the balances" in said for said in english_each(reasons))


@pytest.mark.parametrize(("named", "decided", "action"), [
    ("We reviewed the notice of federal tax lien (NFTL) filing.",
     "It is eee in part: it remains in place only for the balances left after the abatement.", "lien"),
    ("We reviewed the proposed levy.", "lt is sus~1ned in part.", "levy"),
    ("", "The proposed levy is w!thdr@wn in part.", "levy"),
])
def test_a_lien_or_levy_decided_in_part_with_its_word_garbled_is_partly_sustained_and_checked(
        named: str, decided: str, action: str) -> None:
    found, reasons = determinations.collection(texts(*(r for r in (named, decided) if r)))
    assert found is not None and (found.actions, found.outcome) == ((action,), "partially_sustained")
    assert "a sentence deciding a collection action could not be fully read" in english_each(reasons)


@pytest.mark.parametrize("sentence", [
    "The balance on the lien was paid in part.",
    "Your request for relief from the lien is granted in part.",
    "The levy on your wages was issued in part before the hearing.",
])
def test_other_things_said_in_part_decide_no_lien_or_levy(sentence: str) -> None:
    found, _ = determinations.collection(texts(sentence))
    assert found is None or found.outcome != "partially_sustained"


@pytest.mark.parametrize("speck", [":", ".", ",", "'", ";"])
@pytest.mark.parametrize("action", ["proposed levy", "notice of federal tax lien"])
def test_a_speck_standing_after_not_still_negates(speck: str, action: str) -> None:
    found, reasons = determinations.collection(texts(
        f"We determined that the {action} is not appropriate and is not {speck} sustained."))
    assert found is not None and found.outcome == "not_sustained"
    assert reasons  # the damaged "not" is checked


@pytest.mark.parametrize("asked", [
    "We considered a request to postpone collect on until your unemployment ends as an alternative.",
    "You asked us to delay collect1on until the sale of your house as an alternative to the levy.",
])
def test_a_delay_of_collection_with_the_word_split_by_the_scan_is_an_other_alternative(asked: str) -> None:
    found, _ = determinations.collection(texts("The proposed levy is not sustained.", asked))
    assert found is not None and found.alternatives == ("other",)
