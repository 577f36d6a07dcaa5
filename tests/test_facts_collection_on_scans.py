"""The collection part read through a scan's damage: a limit on what is sustained said after a sentence that
refers back, a deciding word garbled before "in part", a speck after "not", a word the scan split."""

from __future__ import annotations

import pytest
from facts_pages import make_page
from said import english_each

from parser.facts.decisions import determinations
from parser.facts.decisions.determination_ocr import split_words_joined
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


CHECK_ALTERNATIVES = ("a collection alternative was read from words the scan damaged: check the alternatives "
                      "on the letter")


@pytest.mark.parametrize("verb", ["i", "1s", "l $", "j"])
@pytest.mark.parametrize(("first", "second", "actions"), [
    ("the filing of the notice of federal tax lien", "the proposed levy action", ("lien", "levy")),
    ("the proposed levy", "the notice of federal tax lien filing", ("lien", "levy")),
])
def test_two_decisions_run_together_with_the_first_verb_damaged_are_read_apart_and_checked(
        verb: str, first: str, second: str, actions: tuple[str, ...]) -> None:
    # The stop between the two sentences lost, and the first one's "is" read as a lookalike: the second
    # sentence's "not" must not be said of the first action too.
    found, reasons = determinations.collection(texts(
        f"We determined that {first} {verb} appropriate and is - we determined that {second} is not "
        "appropriate and is not sustained."))
    assert found is not None and (found.actions, found.outcome) == (actions, "partially_sustained")
    assert "a sentence deciding a collection action could not be fully read" in english_each(reasons)


@pytest.mark.parametrize("lost", ["~~ ee", "- wi", ""])
@pytest.mark.parametrize(("undecided", "decided", "action"), [
    ("the notice of federal tax lien filing", "the proposed levy", "levy"),
    ("the proposed levy action", "the lien filing", "lien"),
])
def test_an_action_named_in_a_clause_no_outcome_is_said_of_is_checked(
        lost: str, undecided: str, decided: str, action: str) -> None:
    found, reasons = determinations.collection(texts(
        f"We determined that {undecided} {lost} we determined that {decided} is not sustained."))
    assert found is not None and found.actions == (action,)
    assert ("a sentence names a collection action without an outcome that could be read for it"
            in english_each(reasons))


@pytest.mark.parametrize("negated", ["not .sustained", "not’sustained", "not‘ sustained", "not ,sustained",
                                     "not:sustained"])
def test_a_speck_glued_to_the_word_after_not_still_negates(negated: str) -> None:
    found, reasons = determinations.collection(texts(
        f"We determined that the proposed levy is {negated} and will be withdrawn."))
    assert found is not None and found.outcome == "not_sustained"
    assert reasons


@pytest.mark.parametrize("damaged", ["9 lot", ", nat", "* mot", "° npt"])
def test_a_damaged_not_after_a_lone_speck_is_read_as_not_and_checked(damaged: str) -> None:
    found, reasons = determinations.collection(texts(
        f"We determined that the filing of the notice of federal tax lien is {damaged} sustained.",
        "We determined that the proposed levy is not sustained."))
    assert found is not None and found.outcome == "not_sustained"
    assert any(said.startswith("a word the scan shows as") for said in english_each(reasons))


@pytest.mark.parametrize("pronoun", ["te", "ft", "1i", "tt"])
@pytest.mark.parametrize(("named", "action"), [
    ("We review the notice of intent to levy.", "levy"),
    ("We reviewed the notice of federal tax lien (NFTL) filing.", "lien"),
])
def test_a_decision_opening_with_a_damaged_it_refers_back_and_is_checked(
        pronoun: str, named: str, action: str) -> None:
    found, reasons = determinations.collection(texts(
        named, f"{pronoun} is partially sustained: it stands for the earliest period and is released for the "
        "later balances."))
    assert found is not None and (found.actions, found.outcome) == ((action,), "partially_sustained")
    assert "a sentence deciding a collection action could not be fully read" in english_each(reasons)


@pytest.mark.parametrize(("broken", "rest", "action", "outcome"), [
    ("We determined that the notice of federal tax lien (NFTL).", "filing is not sustained.", "lien",
     "not_sustained"),
    ("We determined that the proposed levy.", "action is appropriate and is sustained.", "levy", "sustained"),
    ("Appeals determined that the notice of intent to levy.", "filing is not sustained.", "levy",
     "not_sustained"),
])
def test_a_decision_whose_sentence_broke_off_on_its_action_is_said_of_that_action_and_checked(
        broken: str, rest: str, action: str, outcome: str) -> None:
    found, reasons = determinations.collection(texts(broken, rest))
    assert found is not None and (found.actions, found.outcome) == ((action,), outcome)
    assert reasons


@pytest.mark.parametrize(("glued", "action"), [
    ("the notice of intent tolevy", "levy"), ("thelien filing", "lien"), ("the proposedlevy", "levy"),
])
def test_an_action_glued_to_the_word_before_it_is_read_and_checked(glued: str, action: str) -> None:
    found, reasons = determinations.collection(texts(f"We determined that {glued} is sustained."))
    assert found is not None and (found.actions, found.outcome) == ((action,), "sustained")
    assert reasons


@pytest.mark.parametrize(("sentence", "alternative"), [
    ("You proposed a currently not co collectible (hardship) status.", "currently_not_collectible"),
    ("During the hearing we considered a currently not coheetible (hardship) status.",
     "currently_not_collectible"),
    ("You asked us to consider placing your account in currently n0t coilectihle status.",
     "currently_not_collectible"),
    ("You proposed an offer in comprom se based on doubt as to collectibility.", "offer_in_compromise"),
    ("We considered your offer ln comprom se.", "offer_in_compromise"),
    ("You proposed an otter in compromise as a collection alternative.", "offer_in_compromise"),
    ("During the hearing we considered your oiler in compromise.", "offer_in_compromise"),
    ("You proposed a eer plan. — agreement) as a collection alternative.", "installment_agreement"),
    ("You proposed substitution: of ol rer assets as a collection alternative.", "bond_or_substitution"),
    ("We considered a substitution o f 0ther assets.", "bond_or_substitution"),
    ("You asked for a delay we considered your proposal but could not accept it of collection until the "
     "sale.", "other"),
])
def test_an_alternative_named_in_damaged_words_is_read_and_checked(sentence: str, alternative: str) -> None:
    found, reasons = determinations.collection(texts("The proposed levy is not sustained.", sentence))
    assert found is not None and alternative in found.alternatives
    assert CHECK_ALTERNATIVES in english_each(reasons)


# A plan's terms considered with the plan's own name lost (own seed 6313, 0057: "installment" lifted onto a
# line of its own by a fax's OCR, "your proposal for an agreement of $369 per"): which alternative is not
# read, so the alternatives are checked rather than reported as none.
@pytest.mark.parametrize("sentence", [
    "Appeals considered your proposal for an agreement of $369 per",
    "We considered your proposal to pay $250 a month, but your financial statement shows you can pay more.",
    "During the hearing we considered your request for monthly payments of $410.",
    "You proposed an agreement to pay the balance over 72 months.",
])
def test_a_plan_considered_whose_name_the_scan_lost_checks_the_alternatives(sentence: str) -> None:
    found, reasons = determinations.collection(texts("The proposed levy is sustained.", sentence))
    assert found is not None and found.alternatives == () and found.outcome == "sustained"
    assert "a collection alternative Appeals considered could not be read" in english_each(reasons)


# An alternative considered in a sentence whose stop the scan lost, run on into the letter's advice (own
# seed 6313, 0057: "... for an installment agreement of $369 per month, if you want to dispute this
# determination in court ..."): the advice records nothing, what was considered before it still counts.
@pytest.mark.parametrize(("sentence", "alternative"), [
    ("Appeals considered your proposal for an installment agreement of $369 per month, if you want to "
     "dispute this determination in court, you must file a petition.", "installment_agreement"),
    ("We considered your offer in compromise but rejected it For more information about the Tax Court, "
     "visit its website.", "offer_in_compromise"),
    ("During the hearing we considered placing your account in currently not collectible status, if you "
     "would like a copy of your file call the number above.", "currently_not_collectible"),
])
def test_an_alternative_considered_in_a_sentence_run_on_into_advice_is_read(sentence: str, alternative: str
                                                                            ) -> None:
    found, _reasons = determinations.collection(texts("The proposed levy is sustained.", sentence))
    assert found is not None and found.alternatives == (alternative,)


@pytest.mark.parametrize("sentence", [
    "An installment agreement is available; if you want one, call the number above.",
    "You may request an installment agreement or an offer in compromise at any time.",
    "If you want to propose an offer in compromise, use Form 656.",
])
def test_advice_alone_records_no_alternative(sentence: str) -> None:
    found, reasons = determinations.collection(texts("The proposed levy is sustained.", sentence))
    assert found is not None and found.alternatives == () and english_each(reasons) == ()


@pytest.mark.parametrize("sentence", [
    "You did not propose an offer in comprom se.",
    "You are currently not in compliance with your filing requirements, so we rejected the alternative.",
    "We will postpone enforced collection while we consider your claim for relief.",
    "The IRS may delay the levy while the innocent spouse claim is open, and collection then resumes.",
])
def test_words_like_a_damaged_alternative_name_none_that_was_not_put_forward(sentence: str) -> None:
    found, reasons = determinations.collection(texts("The proposed levy is not sustained.", sentence))
    assert found is not None and found.alternatives == ()
    assert CHECK_ALTERNATIVES not in english_each(reasons)


@pytest.mark.parametrize("speck", ["‘", ",", ":"])
def test_a_speck_after_a_not_that_negates_no_outcome_raises_no_doubt(speck: str) -> None:
    found, reasons = determinations.collection(texts(
        "We determined that the lien filing was proper and will remain in place.",
        "We considered an offer in compromise as an alternative to the collection action.",
        f"Your financial statement shows you can pay the balance, so the alternative was not {speck} "
        "accepted."))
    assert found is not None and found.outcome == "sustained"
    assert found.alternatives == ("offer_in_compromise",)
    assert not any(said.startswith("a word the scan shows as") for said in english_each(reasons))


@pytest.mark.parametrize("garbled", ["oe", "n*", "p@r", "nc1"])
@pytest.mark.parametrize("action", ["proposed levy", "notice of federal tax lien filing"])
def test_a_word_garbled_between_the_verb_and_the_outcome_is_checked(garbled: str, action: str) -> None:
    # "not" or "partially" may have stood there: the outcome as read may be turned around or whole.
    found, reasons = determinations.collection(texts(
        f"We determined that the {action} is {garbled} sustained."))
    assert found is not None
    assert "a sentence deciding a collection action could not be fully read" in english_each(reasons)


@pytest.mark.parametrize("word", ["hereby", "fully", "now", "therefore"])
def test_a_real_word_between_the_verb_and_the_outcome_raises_no_doubt(word: str) -> None:
    found, reasons = determinations.collection(texts(
        f"We determined that the proposed levy is {word} sustained.", method="pdf_text"))
    assert found is not None and found.outcome == "sustained"
    assert not reasons


def page_with_cells(*rows: tuple[str, ...]) -> tuple[PageText, ...]:
    """OCR'd rows, each a line of one or more cells far apart (a gap a lost word left reads as a cell)."""
    cells = [(72.0 + 230.0 * j, 100.0 + 14 * i, cell)
             for i, row in enumerate(rows) for j, cell in enumerate(row)]
    return document_text([group_lines(make_page(cells, method="ocr").words)])  # type: ignore[arg-type]


@pytest.mark.parametrize(("open_line", "rest", "action", "outcome"), [
    ("We determined that the proposed levy action is not", ("appropriate an", "is not sustained."),
     "levy", "not_sustained"),
    ("We determined that the notice of federal tax lien is", ("not sustained and", "will be released."),
     "lien", "not_sustained"),
    ("Appeals decided that the filing of the lien was", ("appropriate and it", "is sustained."),
     "lien", "sustained"),
    ("The notice of intent to levy for 2019 and 2020 will", ("be withdrawn", "by Collection."),
     "levy", "not_sustained"),
])
def test_a_sentence_the_reading_broke_after_a_word_no_sentence_ends_with_goes_on(
        open_line: str, rest: tuple[str, ...], action: str, outcome: str) -> None:
    found, _ = determinations.collection(page_with_cells((open_line,), rest))
    assert found is not None and (found.actions, found.outcome) == ((action,), outcome)


def test_a_table_row_that_ends_on_a_whole_word_stays_a_row_of_its_own() -> None:
    found, _ = determinations.collection(page_with_cells(
        ("Notice of Federal Tax Lien", "Sustained"), ("Proposed levy", "Not sustained")))
    assert found is not None and (found.actions, found.outcome) == (("lien", "levy"), "partially_sustained")


@pytest.mark.parametrize(("named", "decided", "action", "outcome"), [
    ("We reviewed the lien filing.", "It is partially susta ined: it remains in place only for 2019.",
     "lien", "partially_sustained"),
    ("", "The proposed l evy is not sus tained.", "levy", "not_sustained"),
    ("", "The notice of federal tax l1en will be withdr awn.", "lien", "not_sustained"),
    ("", "Appeals determined the proposed levy is appro priate and is sustained.", "levy", "sustained"),
])
def test_a_deciding_word_the_scan_split_in_two_is_read_whole(
        named: str, decided: str, action: str, outcome: str) -> None:
    found, _ = determinations.collection(texts(*(r for r in (named, decided) if r)))
    assert found is not None and (found.actions, found.outcome) == ((action,), outcome)


@pytest.mark.parametrize(("pieces", "kept"), [
    ("the lien is sustained", "the lien is sustained"),     # two words of their own stay two
    ("we with drew our request", "we with drew our request"),  # "withdrew" is no word of the tables
    ("a bond was posted", "a bond was posted"),
])
def test_words_of_their_own_are_never_joined(pieces: str, kept: str) -> None:
    assert split_words_joined(pieces) == kept


@pytest.mark.parametrize(("damaged", "joined"), [
    ("it is partially susta ined: it remains", "it is partially sustained: it remains"),
    ("an instal lment agreement", "an installment agreement"),
    ("currently not collect ible status", "currently not collectible status"),
])
def test_a_split_word_is_joined_with_its_closing_mark(damaged: str, joined: str) -> None:
    assert split_words_joined(damaged) == joined


@pytest.mark.parametrize("header", [
    "Person to contact: Bond J Whitlock Employee ID: 2302218",
    "Contact: Ms. Bond, Settlement Officer",
    "The levy reached your savings bond at the bank in 2019.",
])
def test_the_word_bond_alone_is_no_alternative_considered(header: str) -> None:
    found, _ = determinations.collection(texts(
        header, "The proposed levy is sustained.",
        "You proposed a delay of collection until the sale of your home."))
    assert found is not None and found.alternatives == ("other",)


@pytest.mark.parametrize("sentence", [
    "You proposed posting a bond in place of the levy.",
    "We considered your offer of a bond as a collection alternative.",
    "Appeals accepted the bond you furnished.",
])
def test_a_bond_put_forward_or_weighed_is_an_alternative(sentence: str) -> None:
    found, _ = determinations.collection(texts("The proposed levy is sustained.", sentence))
    assert found is not None and found.alternatives == ("bond_or_substitution",)


@pytest.mark.parametrize("status", [
    "currenuytot collectible (hardship) status",
    "curr ntlynot collectible status",
    "cu7rentlyn0t collectible (hardship) status",
])
def test_currently_not_collectible_garbled_before_collectible_status_is_read_and_checked(status: str) -> None:
    found, reasons = determinations.collection(texts(
        "The notice of intent to levy is not sustained.",
        f"We reached an agreement with you on an offer in compromise and {status}, which replaces the levy."))
    assert found is not None
    assert found.alternatives == ("offer_in_compromise", "currently_not_collectible")
    assert CHECK_ALTERNATIVES in english_each(reasons)


@pytest.mark.parametrize("garbled", ["ivy", "lcvv", "ievv", "iivy"])  # two letters off: no snap reads them
@pytest.mark.parametrize(("decided", "outcome"), [
    ("was proper and will remain in place.", "sustained"),
    ("is not appropriate and is not sustained.", "not_sustained"),
])
def test_a_levy_garbled_in_the_slot_of_the_proposed_action_is_read_and_checked(
        garbled: str, decided: str, outcome: str) -> None:
    found, reasons = determinations.collection(texts(
        "We reviewed the filing of the notice of federal tax lien. It is sustained.",
        f"We determined that the proposed {garbled} action {decided}"))
    assert found is not None and found.actions == ("lien", "levy")
    assert found.outcome == ("sustained" if outcome == "sustained" else "partially_sustained")
    assert "a sentence deciding a collection action could not be fully read" in english_each(reasons)


def test_the_proposed_collection_action_is_no_garbled_levy() -> None:
    found, _ = determinations.collection(texts(
        "We determined that the proposed collection action is appropriate.", method="pdf_text"))
    assert found is not None and found.actions == ()


@pytest.mark.parametrize("unnamed", [
    "We determined that the proposed xq~ action was proper and will remain in place.",
    "Appeals decided that the §§ filing is not appropriate.",
    "The settlement officer concluded that the ‡‡ was proper.",
])
def test_a_determination_of_an_action_the_scan_left_unnamed_checks_the_part(unnamed: str) -> None:
    found, reasons = determinations.collection(texts(
        "We reviewed the filing of the notice of federal tax lien. It is sustained.", unnamed))
    assert found is not None and found.actions == ("lien",)
    assert "a sentence deciding a collection action could not be fully read" in english_each(reasons)


def test_a_determination_on_relief_is_no_collection_action_left_unnamed() -> None:
    _, reasons = determinations.collection(texts(
        "We reviewed the filing of the notice of federal tax lien. It is sustained.",
        "We determined that relief under section 6015(f) is not warranted.", method="pdf_text"))
    assert reasons == ()
