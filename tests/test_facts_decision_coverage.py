"""Decisions read by coverage, kind by kind: lists of relief sections read whole, relief with a limit read as
partial, a second collection action decided in a later sentence, Appeals' other phrasings, and a sentence
that names what a decision is about yet is read by nothing flags its part instead of passing unseen.

Each kind has several wordings, some of which must stay confident and right: a flag costs a volunteer's
time. Letters are set as paragraphs wrapped into lines the way a printed letter wraps them.
"""

from __future__ import annotations

import textwrap

import pytest
from facts_pages import make_page
from said import english_each

from parser.facts.decisions import determinations
from parser.facts.decisions.phrases import document_text, sentences
from parser.reading.lines import PageText, group_lines

LINE_CHARS = 88


def letter(*paragraphs: str, width: int = LINE_CHARS) -> tuple[PageText, ...]:
    """The page text of paragraphs wrapped at `width` characters a line, a blank line between them."""
    rows: list[tuple[float, float, str]] = []
    top = 100.0
    for paragraph in paragraphs:
        for line in textwrap.wrap(paragraph, width):
            rows.append((72.0, top, line))
            top += 12.0
        top += 12.0
    return document_text([group_lines(make_page(rows).words)])


def spouse(*paragraphs: str, width: int = LINE_CHARS) -> tuple[str, tuple[str, ...], tuple[str, ...]]:
    found, reasons = determinations.innocent_spouse(letter(*paragraphs, width=width))
    assert found is not None
    return found.outcome, found.sections, english_each(reasons)


def collection(*paragraphs: str) -> tuple[str, tuple[str, ...], tuple[str, ...]]:
    found, reasons = determinations.collection(letter(*paragraphs))
    assert found is not None
    return found.outcome, found.actions, english_each(reasons)


# Kind 1: a list of relief sections loses its last item ("(b), (c), and (f)", "(b) or (f)").
@pytest.mark.parametrize(("cited", "sections"), [
    # Santa v. Commissioner, T.C. Memo. 2013-178: "relief from joint and several liability under section
    # 6015(b), (c), and (f)" (the serial comma before the last item).
    ("section 6015(b), (c), and (f)", ("6015(b)", "6015(c)", "6015(f)")),
    ("section 6015(b), (c) and (f)", ("6015(b)", "6015(c)", "6015(f)")),
    # Thomas v. Commissioner, T.C. Summary Opinion 2005 (law.onecle.com/tax/2005/thomasdwan.sum):
    # "if relief is not available under section 6015(b) or (c)".
    ("section 6015(b) or (f)", ("6015(b)", "6015(f)")),
    ("IRC §§ 6015(b), (c), or (f)", ("6015(b)", "6015(c)", "6015(f)")),
    ("section 6015(b) and/or (f)", ("6015(b)", "6015(f)")),
    ("sections 6015(b) and 6015(f)", ("6015(b)", "6015(f)")),
    ("sections 6015(b), 6015(c), and 6015(f)", ("6015(b)", "6015(c)", "6015(f)")),
    ("IRC 6015 (b), (c) & (f)", ("6015(b)", "6015(c)", "6015(f)")),
    ("subsections (b), (c) and (f) of section 6015", ("6015(b)", "6015(c)", "6015(f)")),
    ("26 U.S.C. § 6015(b) or (f)", ("6015(b)", "6015(f)")),
    ("secs. 6015(b) and (f)", ("6015(b)", "6015(f)")),
])
@pytest.mark.parametrize("width", [LINE_CHARS, 60, 72])  # the list wrapped across a line break, or not
def test_a_list_of_relief_sections_is_read_whole(cited: str, sections: tuple[str, ...], width: int) -> None:
    outcome, found, reasons = spouse(
        f"After considering all of the facts and circumstances, Appeals has determined that you do not "
        f"qualify for relief from joint and several liability under {cited} for the tax years shown above.",
        width=width)
    assert (outcome, found, reasons) == ("denied", sections, ())


@pytest.mark.parametrize("width", range(40, 100, 4))
def test_a_list_wrapped_at_any_word_keeps_its_last_item(width: int) -> None:
    outcome, found, reasons = spouse(
        "We have determined that you are entitled to full relief under IRC Section 6015(b), (c), and (f) "
        "for the tax periods shown above.", width=width)
    assert (outcome, found, reasons) == ("full_relief", ("6015(b)", "6015(c)", "6015(f)"), ())


@pytest.mark.parametrize(("text", "expected"), [
    # A line of the list ended as a row or heading would end it ("\n"): the list goes on across it.
    ("relief under section 6015(b), (c) and\n(f) is denied.",
     ["relief under section 6015(b), (c) and\n(f) is denied."]),
    ("relief under section 6015(b) or\n(f) is denied.", ["relief under section 6015(b) or\n(f) is denied."]),
    ("relief under section 6015(b),\nand (f) is denied.",
     ["relief under section 6015(b),\nand (f) is denied."]),
    # A sentence that ends, or a line that opens with something else, still parts.
    ("relief under section 6015(b).\n(c) the lien is sustained.",
     ["relief under section 6015(b).", "(c) the lien is sustained."]),
    ("relief under section 6015(b)\nlien sustained", ["relief under section 6015(b)", "lien sustained"]),
])
def test_a_line_break_inside_a_list_of_subsections_ends_no_sentence(text: str, expected: list[str]) -> None:
    assert [text[start:end] for start, end in sentences(PageText(1, text, ()))] == expected


def test_a_second_subsection_glued_to_the_first_is_checked_not_guessed() -> None:
    # "(b)(c) and (f)": a list short of its comma; "6015(c)(3)(C)" is a paragraph of (c) and reads clean.
    _, _, reasons = spouse("Your request for relief under section 6015(b)(c) and (f) is denied.")
    assert reasons == ("a statute section in the determination could not be read",)
    assert spouse("Your election under section 6015(c)(3)(C) is invalid.") == ("denied", ("6015(c)",), ())


# Kind 2: relief granted with a limit (an amount, years left out, a balance left owing) read as full relief.
@pytest.mark.parametrize("paragraphs", [
    ("After reviewing the information you and your former spouse gave us, Appeals grants you relief under "
     "section 6015(b) of $16,912; you remain liable for the remaining balance of the 2019 tax.",),
    ("Your request for relief under IRC Section 6015(f) is allowed in the amount of $2,480 for 2020.",),
    ("We grant you equitable relief under section 6015(f) for 2019 but not 2020.",),
    ("Appeals approves your claim for relief under section 6015(c) except for the 2021 tax year.",),
    ("We grant you innocent spouse relief under section 6015(b) for 2018 only.",),
    ("Your request for relief under section 6015(f) is granted. You remain liable for $1,215 of the tax "
     "shown on your 2020 joint return.",),
    # Smith v. Commissioner, T.C. Summary Opinion 2007 (law.onecle.com/tax/2007/smith3.sum): a table of
    # "Relief Allowed" and "Liability Remaining" per year, relief granted for part of each year's balance.
    ("Appeals has determined that you are entitled to relief under section 66(c) for the unpaid liability "
     "attributable to your former husband. You are still responsible for the remaining balance shown in "
     "the table below.",),
])
def test_relief_with_a_limit_is_partial_relief(paragraphs: tuple[str, ...]) -> None:
    outcome, _, reasons = spouse(*paragraphs)
    assert (outcome, reasons) == ("partial_relief", ())


@pytest.mark.parametrize("paragraphs", [
    ("We determined that you are entitled to full relief under IRC Section 6015(b) for the tax period(s) "
     "shown above.",),
    ("Appeals decided to allow you full relief under section 6015(c) from the understatement of $4,512 for "
     "2019.",),
    ("Your request for relief under IRC 6015(f) is granted in full. Your former spouse remains liable for "
     "the balance.",),
    ("Your claim for relief under section 6015(b) is allowed for 2019 and 2020.",),
    # A remaining liability told before the grant is the request's story, no limit on it.
    ("You asked for relief from the remaining balance of your 2021 joint return. We grant you equitable "
     "relief under section 6015(f).",),
])
def test_relief_without_a_limit_stays_full_and_confident(paragraphs: tuple[str, ...]) -> None:
    outcome, _, reasons = spouse(*paragraphs)
    assert (outcome, reasons) == ("full_relief", ())


@pytest.mark.parametrize(("paragraphs", "named"), [
    # An amount with no word on what it is: the grant's size or the tax's.
    (("We grant you relief under section 6015(b), and $3,000 will be abated.",),
     "an amount the grant does not explain"),
    (("Appeals allows your claim under section 6015(f); $2,750 is your former spouse's to pay.",),
     "an amount the grant does not explain"),
    # A liability that stays, but not a sum or a balance: maybe tax outside the claim, maybe not.
    (("Your request for relief under section 6015(c) is granted. You remain liable for the tax shown on "
      "your joint return.",), "a liability that remains"),
])
def test_relief_with_a_possible_limit_is_checked(paragraphs: tuple[str, ...], named: str) -> None:
    outcome, _, reasons = spouse(*paragraphs)
    assert outcome == "full_relief"
    assert reasons == (f"relief is granted with {named}: check whether it is full or partial relief",)


def test_a_denial_with_a_liability_that_remains_stays_a_denial() -> None:
    assert spouse("Your request for relief under section 6015(b) and section 6015(f) is denied. You remain "
                  "liable for the balance of $8,200.") == ("denied", ("6015(b)", "6015(f)"), ())


# Kind 3: a second collection action decided in a later sentence (or in words the tables did not know) was
# dropped, and the first action's outcome reported as the whole decision.
@pytest.mark.parametrize(("paragraphs", "expected"), [
    (("The filing of the notice of federal tax lien is sustained. Appeals determined that collection of the "
      "tax liability by levy was no longer necessary because a collection alternative, an installment "
      "agreement, had been reached.",), ("partially_sustained", ("lien", "levy"))),
    (("The Notice of Federal Tax Lien will remain in place.", "Because your offer in compromise was "
      "accepted, the proposed levy is unnecessary and will not be issued."),
     ("partially_sustained", ("lien", "levy"))),
    (("The lien filing is sustained.", "A levy is not needed to collect the balance while you make the "
      "agreed payments."), ("partially_sustained", ("lien", "levy"))),
    # Stevens Technologies, Inc. v. Commissioner, T.C. Memo. 2014-13: "sustaining proposed levies and
    # filings of notices of liens" (the actions in the plural).
    (("Appeals sustains the proposed levies and the filings of the notices of liens for the periods shown "
      "above.",), ("sustained", ("lien", "levy"))),
    # Cropper v. Commissioner, 826 F.3d 1280 (10th Cir. 2016): "the IRS could proceed with the proposed levy";
    # Holliday v. Commissioner, T.C. Memo. 2004: "recommended proceeding with the levy".
    (("The Office of Appeals determined that the IRS could proceed with the proposed levy.",),
     ("sustained", ("levy",))),
    (("The Appeals officer recommended proceeding with the levy.",), ("sustained", ("levy",))),
])
def test_a_second_action_or_a_new_wording_is_read(paragraphs: tuple[str, ...],
                                                  expected: tuple[str, tuple[str, ...]]) -> None:
    outcome, actions, reasons = collection(*paragraphs)
    assert (outcome, actions, reasons) == (*expected, ())


@pytest.mark.parametrize(("paragraphs", "action"), [
    (("The proposed levy is sustained for tax years 2018 and 2019 only.",), "levy"),
    (("Appeals sustains the proposed levy for 2020 but not for 2019.",), "levy"),
    (("For 2021 only, the notice of federal tax lien is sustained.",), "lien"),
    (("The proposed levy is sustained, but the IRS may not levy for six months while you sell the house.",),
     "levy"),
    (("The levy is allowed for 2019 and 2020 but not for 2018.",), "levy"),
    (("The proposed levy is sustained; enforcement is suspended until your home sale closes.",), "levy"),
])
def test_an_action_allowed_only_for_some_years_or_some_time_is_partly_sustained_and_checked(
        paragraphs: tuple[str, ...], action: str) -> None:
    outcome, actions, reasons = collection(*paragraphs)
    assert (outcome, actions) == ("partially_sustained", (action,))
    assert len(reasons) == 1 and reasons[0].startswith(f"the {action} is sustained ")


@pytest.mark.parametrize(("paragraphs", "expected"), [
    # A lien kept "while collection is suspended" is kept whole (currently not collectible).
    (("The filing of the notice of federal tax lien is sustained. The lien will stay in place while "
      "collection is suspended.",), ("sustained", ("lien",))),
    # A limit said of relief in the same sentence limits no lien.
    (("Summary: the lien stays in place, the levy will not proceed because we accepted your offer in "
      "compromise, and you are granted equitable relief for 2019 but not for 2020.",),
     ("partially_sustained", ("lien", "levy"))),
    (("The notice of federal tax lien filed for 2018 and 2019 is sustained.",), ("sustained", ("lien",))),
    (("The notice of intent to levy is not allowed for any period.",), ("not_sustained", ("levy",))),
])
def test_years_and_time_that_limit_no_action_leave_it_read_clean(
        paragraphs: tuple[str, ...], expected: tuple[str, tuple[str, ...]]) -> None:
    outcome, actions, reasons = collection(*paragraphs)
    assert (outcome, actions, reasons) == (*expected, ())


# Kind 4: Appeals' other phrasings were left unread.
@pytest.mark.parametrize(("paragraphs", "expected"), [
    (("Appeals decided to allow you full relief under section 6015(c).",), ("full_relief", ("6015(c)",))),
    (("Appeals decided to grant you full relief under IRC Section 6015(b) for 2020.",),
     ("full_relief", ("6015(b)",))),
    # Cook v. Commissioner, T.C. Memo. 2005 (law.onecle.com/tax/2005/cook7.tcm): "we grant petitioner
    # relief under section 6015(c)".
    (("Appeals grants the requesting spouse relief under section 6015(c).",), ("full_relief", ("6015(c)",))),
    (("Appeals denies the requesting spouse's request for relief under section 6015(f).",),
     ("denied", ("6015(f)",))),
    (("You are relieved of the penalty and interest for 2021 under section 6015(f) but remain liable for "
      "the tax.",), ("partial_relief", ("6015(f)",))),
])
def test_other_phrasings_of_relief_are_read(paragraphs: tuple[str, ...],
                                            expected: tuple[str, tuple[str, ...]]) -> None:
    outcome, sections, reasons = spouse(*paragraphs)
    assert (outcome, sections, reasons) == (*expected, ())


@pytest.mark.parametrize("returned", [
    "Your case will be returned to the Collection function to monitor the installment agreement.",
    "We will send your case back to Collection so that they can set up the payment plan.",
    "The case has been returned to the Collection function for appropriate action.",
])
def test_a_case_returned_to_collection_beside_a_decision_is_read_as_what_happens_next(returned: str) -> None:
    assert collection("The notice of federal tax lien is sustained.", returned) == (
        "sustained", ("lien",), ())
    assert collection("The proposed levy is not sustained.", returned) == ("not_sustained", ("levy",), ())


def test_a_case_returned_to_collection_for_action_as_the_only_decision_is_sustained_and_checked() -> None:
    # Sapp v. Commissioner, T.C. Memo. 2003-207: "we will return you [sic] case to the Collection function
    # for collection appropriate action" (the hearing's only decision; the levy named only in the history).
    outcome, actions, reasons = collection(
        "Since you did not respond to the Appeals Officer's request for information nor attend the "
        "scheduled conference, we will return your case to the Collection function for appropriate "
        "collection action.")
    assert (outcome, actions) == ("sustained", ())
    assert reasons[0].startswith("the letter returns the case to Collection")


# Coverage: a sentence that may decide something and that no reading accounts for checks its part.
@pytest.mark.parametrize(("paragraphs", "part", "topic"), [
    (("The proposed levy is sustained.", "The notice of federal tax lien will be subordinated to the "
      "mortgage on your home."), "collection", "a lien or levy"),
    (("The notice of federal tax lien is sustained.", "Appeals released the levy on your wages for 2021."),
     "collection", "a lien or levy"),
    (("Your request for relief under section 6015(b) is denied.", "We reduced the balance you owe for 2019 "
      "by $1,200 under section 6015(f)."), "innocent_spouse", "a relief section"),
    (("Your request for relief under section 6015(f) is granted.", "Relief for 2020 is held in abeyance "
      "pending your former spouse's bankruptcy."), "innocent_spouse", "a tax year"),
])
def test_a_sentence_that_may_decide_and_is_read_by_nothing_checks_its_part(
        paragraphs: tuple[str, ...], part: str, topic: str) -> None:
    read = collection if part == "collection" else spouse
    *_, reasons = read(*paragraphs)
    assert len(reasons) == 1 and reasons[0].startswith(f"a sentence on {topic} was not read as any decision")


# A second action's outcome whose lien or levy word the scan lost (apart seed 9015, 0070: "the Proposed
# [levy] action was proper and will remain in place", the word read apart as "ivy"): the first action's
# outcome must not pass as the whole decision.
@pytest.mark.parametrize("lost", [
    "We determined that the proposed action was proper and will remain in place.",
    "The Proposed enforced action was appropriate and will stay in place.",
    "We determined that the intended enforcement action is appropriate.",
    "Appeals decided the planned action will proceed as proposed.",
])
def test_an_outcome_whose_action_word_was_lost_checks_the_collection_part(lost: str) -> None:
    outcome, actions, reasons = collection(
        "We reviewed the filing of the Notice of Federal Tax Lien. It is sustained.", lost)
    assert (outcome, actions) == ("sustained", ("lien",))
    # Checked: as a decision whose action was left unnamed, or else as a sentence no reading used.
    unnamed = "a sentence deciding a collection action could not be fully read"
    assert len(reasons) == 1 and (reasons[0] == unnamed
                                  or reasons[0].startswith("a sentence on a collection action was not read"))


# The sentences around a decision in a typical letter: each decides nothing, and none is flagged.
ROUTINE = (
    "You requested a Collection Due Process hearing on the notice of federal tax lien filed for 2019 and "
    "2020 on March 3, 2023.",
    "You filed Form 8857 asking for relief under section 6015(b), (c) and (f) for 2019.",
    "The tax for each period was properly assessed, and notice and demand for payment was mailed to your "
    "last known address before the lien was filed.",
    "The filing of the lien balances the need for the efficient collection of taxes with your legitimate "
    "concern that any collection action be no more intrusive than necessary.",
    "The lien will be released when the balance of $12,400 is paid in full.",
    "If you pay the balance, you may ask us to withdraw the lien for 2019.",
    "We rejected your offer in compromise because your reasonable collection potential is more than "
    "$19,000.",
    "Release of the lien",
    "You withdrew your request for a hearing on the levy for 2018.",
    "This letter is our determination on the collection action(s) and your request for relief from joint and "
    "several liability.",
    "We considered whether the proposed collection action balances the need for efficient collection with "
    "your concern that it be no more intrusive than necessary.",
    # own seed 6314, 0027 (a digital Letter 4439): what the hearing reviewed, with a deciding-like word.
    "We reviewed the collection action(s) for the tax period(s) shown above in an equivalent hearing, "
    "because your request was not received within the time allowed for a Collection Due Process hearing.",
)


@pytest.mark.parametrize("routine", ROUTINE)
def test_sentences_that_decide_nothing_leave_a_part_read_clean(routine: str) -> None:
    assert collection("The notice of federal tax lien is sustained.", routine) == ("sustained", ("lien",), ())
    assert spouse("Your request for relief under section 6015(f) is denied.", routine) == (
        "denied", ("6015(f)",), ())


def test_a_whole_letter_of_routine_sentences_reads_clean() -> None:
    letter_text = ("The notice of federal tax lien is sustained.", *ROUTINE,
                   "We grant you full relief under section 6015(c) for 2019.")
    assert collection(*letter_text) == ("sustained", ("lien",), ())
    assert spouse(*letter_text) == ("full_relief", ("6015(c)",), ())


# An offer named only as "the offer": an offer in compromise when the letter names one somewhere, else checked
# (Hult v. Commissioner, T.C. Memo. 2007 (law.onecle.com/tax/2007/hult.tcm): "while the 2003 offer was
# under consideration").
def test_an_offer_the_letter_never_names_is_checked() -> None:
    found, reasons = determinations.collection(letter(
        "The notice of federal tax lien is sustained.",
        "It was not improper to file the lien while the 2023 offer was under consideration."))
    assert found is not None and found.alternatives == ()
    assert english_each(reasons) == (
        "the letter tells of an offer it does not name: check whether it was an offer "
                       "in compromise",)


def test_an_offer_the_letter_names_elsewhere_is_read_clean() -> None:
    found, reasons = determinations.collection(letter(
        "You submitted an offer in compromise of $4,000.",
        "We rejected the offer because your reasonable collection potential is more than $19,000.",
        "The notice of federal tax lien is sustained."))
    assert found is not None and (found.alternatives, reasons) == (("offer_in_compromise",), ())


# Contractions and other objects of a decision: the IRS's plain-language letters write "didn't", and a
# decision may name the person it is about.
@pytest.mark.parametrize(("paragraphs", "expected"), [
    # Vera v. Commissioner, 157 T.C. No. 6 (2021), quoting the final Appeals determination letter (rw094):
    # "For tax year 2010, the information we have shows that you didn't meet the requirements for relief."
    (("For tax year 2021, the information we have shows that you didn’t meet the requirements for relief "
      "under section 6015(f).",), ("denied", ("6015(f)",))),
    (("You aren't eligible for relief under section 6015(c) because you were married on the date you "
      "elected.",), ("denied", ("6015(c)",))),
    # Puckett v. Commissioner, T.C. Summary Opinion 2006 (rw088): "was not entitled to the requested relief";
    # Jonson v. Commissioner, 118 T.C. 106 (2002) (rw080): "has denied Barbara relief under section 6015(f)".
    (("Appeals determined that you were not entitled to the requested relief under section 6015(f).",),
     ("denied", ("6015(f)",))),
    (("Appeals has denied Barbara relief under section 6015(f).",), ("denied", ("6015(f)",))),
    (("We can't grant relief under section 6015(b).",), ("denied", ("6015(b)",))),
])
def test_contractions_and_named_persons_in_relief_decisions(paragraphs: tuple[str, ...],
                                                            expected: tuple[str, tuple[str, ...]]) -> None:
    outcome, sections, reasons = spouse(*paragraphs)
    assert (outcome, sections, reasons) == (*expected, ())


@pytest.mark.parametrize(("paragraphs", "expected"), [
    (("The notice of federal tax lien won't be withdrawn.",), ("sustained", ("lien",))),
    (("The proposed levy isn't sustained.",), ("not_sustained", ("levy",))),
    # Blackburn v. Commissioner, T.C. Summary Opinion 2007 (rw091): "did not abuse his discretion in refusing
    # to withdraw the NFTL".
    (("The Appeals officer refused to withdraw the NFTL.",), ("sustained", ("lien",))),
    (("Appeals declines to release the lien for 2019 and 2020.",), ("sustained", ("lien",))),
])
def test_contractions_and_refusals_in_collection_decisions(paragraphs: tuple[str, ...],
                                                           expected: tuple[str, tuple[str, ...]]) -> None:
    outcome, actions, reasons = collection(*paragraphs)
    assert (outcome, actions, reasons) == (*expected, ())


def test_the_reason_quoting_an_unread_sentence_masks_taxpayer_id_numbers() -> None:
    _, _, reasons = collection("The notice of federal tax lien is sustained.",
                               "Appeals released the levy on account 123-45-6789 for 2021.")
    assert len(reasons) == 1 and "123-45" not in reasons[0] and "6789" in reasons[0]


@pytest.mark.parametrize(("paragraphs", "expected"), [
    # Magee v. Commissioner, T.C. Memo. 2005-263: "R's denial of equitable relief under sec. 6015(f), I.R.C.,
    # is sustained" (Appeals upholding the preliminary denial).
    (("The denial of equitable relief under sec. 6015(f), I.R.C., is sustained.",), ("denied", ("6015(f)",))),
    (("Appeals is sustaining the denial of your claim for relief under section 6015(b).",),
     ("denied", ("6015(b)",))),
    (("We affirm the disallowance of your request for relief under section 6015(c).",),
     ("denied", ("6015(c)",))),
])
def test_a_denial_upheld_is_a_denial(paragraphs: tuple[str, ...],
                                     expected: tuple[str, tuple[str, ...]]) -> None:
    outcome, sections, reasons = spouse(*paragraphs)
    assert (outcome, sections, reasons) == (*expected, ())


def test_a_denial_upheld_beside_a_levy_sustained_leaves_the_levy_clean() -> None:
    text = ("The proposed levy is sustained.", "The denial of equitable relief under section 6015(f) is "
            "sustained.")
    assert collection(*text) == ("sustained", ("levy",), ())
    assert spouse(*text) == ("denied", ("6015(f)",), ())
