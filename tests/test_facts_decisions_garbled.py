"""Decisions whose deciding words a scan garbled past the phrase tables (apart 9018, 9019, own 6317):
a levy named in a scrap, "collectible" lost before "status", a section's citation cut at a line's end or
garbled before its relief's name, a clause of a relief decision unread. Each kind is read where one
reading is left and the part is checked; where none is, the part is checked and never confidently read.
"""

from __future__ import annotations

import pytest
from facts_pages import make_page
from said import english_each

from parser.facts.decisions import determinations
from parser.facts.decisions.phrases import document_text, sentences
from parser.reading.lines import PageText, group_lines

ACTION_UNREAD = "a sentence deciding a collection action could not be fully read"
ALTERNATIVE_DAMAGED = ("a collection alternative was read from words the scan damaged: check the "
                       "alternatives on the letter")
SECTION_UNREAD = "a statute section in the determination could not be read"
CLAUSE_UNREAD = "a clause granting or denying relief could not be read"


def texts(*rows: str, method: str = "ocr") -> tuple[PageText, ...]:
    page = make_page([(72.0, 100.0 + 14 * i, row) for i, row in enumerate(rows)], method=method)  # type: ignore[arg-type]
    return document_text([group_lines(page.words)])


def lines_apart(*rows: tuple[str, ...]) -> tuple[PageText, ...]:
    """OCR'd rows, each a line of cells far apart: the page's reading ends every line as a row of its own."""
    cells = [(72.0 + 230.0 * j, 100.0 + 14 * i, cell)
             for i, row in enumerate(rows) for j, cell in enumerate(row)]
    return document_text([group_lines(make_page(cells, method="ocr").words)])  # type: ignore[arg-type]


# own 6317 0083: "the proposed re action is sustained": "levy" left as a scrap of two or three letters.
@pytest.mark.parametrize("scrap", ["re", "ey", "lv", "ly"])
@pytest.mark.parametrize(("decided", "outcome"), [
    ("is sustained.", "sustained"), ("is not appropriate and is not sustained.", "not_sustained"),
])
def test_a_levy_left_as_a_scrap_in_the_slot_of_the_proposed_action_is_read_and_checked(
        scrap: str, decided: str, outcome: str) -> None:
    found, reasons = determinations.collection(texts(
        f"We determined that the filing of the notice of federal tax lien {decided}",
        f"The proposed {scrap} action {decided}"))
    assert found is not None and (found.actions, found.outcome) == (("lien", "levy"), outcome)
    assert ACTION_UNREAD in english_each(reasons)


@pytest.mark.parametrize("word", ["IRS", "tax", "new", "CDP"])
def test_a_short_word_of_its_own_in_the_slot_is_no_levy(word: str) -> None:
    found, _ = determinations.collection(texts(
        "We determined that the filing of the notice of federal tax lien is sustained.",
        f"The proposed {word} action is sustained."))
    assert found is not None and found.actions == ("lien",)


# apart 9019 0070: "placing your account in currently not ne status": "collectible" left as a scrap.
@pytest.mark.parametrize("status", [
    "placing your account in currently not ne status", "a currently not c (hardship) status",
    "currently not c0ll status for your account",
])
def test_currently_not_collectible_with_its_last_word_a_scrap_is_read_and_checked(status: str) -> None:
    found, reasons = determinations.collection(texts(
        "We determined that the proposed levy action is not sustained.",
        f"During the hearing we considered a monthly installment agreement and {status}."))
    assert found is not None
    assert found.alternatives == ("installment_agreement", "currently_not_collectible")
    assert ALTERNATIVE_DAMAGED in english_each(reasons)


@pytest.mark.parametrize("sentence", [
    "Your account is currently not in status.", "The lien is currently not of status to release.",
])
def test_currently_not_before_a_word_of_its_own_names_no_alternative(sentence: str) -> None:
    found, _ = determinations.collection(texts("The proposed levy is not sustained.", sentence,
                                               method="pdf_text"))
    assert found is not None and found.alternatives == ()


# own 6317 0065: "... full relief ... under internal revenue code" / "section 66(c ) for the tax period".
@pytest.mark.parametrize(("decided", "cite", "outcome", "section"), [
    ("We determined that you are entitled to full relief from joint and several liability under internal "
     "revenue code", "section 66(c ) for the tax periods shown above.", "full_relief", "66(c)"),
    ("Your request for relief is denied under the IRC", "§ 6015(f) for 2021.", "denied", "6015(f)"),
    ("You qualify for full relief under I.R.C.", "6015(b) for 2019 and 2020.", "full_relief", "6015(b)"),
])
def test_a_citation_cut_at_the_end_of_a_line_stays_with_its_decision(
        decided: str, cite: str, outcome: str, section: str) -> None:
    found, reasons = determinations.innocent_spouse(lines_apart((decided,), (cite,)))
    assert found is not None and (found.outcome, found.sections) == (outcome, (section,))
    assert reasons == ()


@pytest.mark.parametrize(("first", "second"), [
    ("we determined that you are entitled to full relief from joint and : several liability under internal "
     "revenue code", ". section 66(c ) for the tax period shown above."),
    ("your request for relief is denied under the irc", "§ 6015(f) for 2021."),
    ("you qualify for full relief under i.r.c.", "6015(b) for 2019 and 2020."),
    ("relief is allowed under the internal revenue code", ", section 6015(c) (allocation of liability)."),
])
def test_a_line_break_inside_a_citation_ends_no_sentence(first: str, second: str) -> None:
    text = f"{first}\n{second}"
    assert sentences(PageText(page=1, text=text, spans=())) == [(0, len(text))]


@pytest.mark.parametrize("second", ["letter 4390 (rev. 5-2021)", "if you disagree, you may petition."])
def test_a_line_ending_on_code_before_no_section_still_ends_there(second: str) -> None:
    text = f"see the internal revenue code\n{second}"
    assert len(sentences(PageText(page=1, text=text, spans=()))) >= 2


def test_a_line_ending_on_code_before_a_sentence_of_its_own_still_ends_there() -> None:
    found, _ = determinations.innocent_spouse(lines_apart(
        ("Your request for relief under section 6015(f) is granted. See the Internal Revenue Code",),
        ("Letter 4390 (Rev. 5-2021)",)))
    assert found is not None and (found.outcome, found.sections) == ("full_relief", ("6015(f)",))


# apart 9018 0070: "section 6015(b) of the internal revenue code, section woesir!" / "(allocation of rem a
# sey hs and irc section 6015(f).": the middle item garbled whole, the relief's name after it still read.
@pytest.mark.parametrize(("garbled", "name", "section"), [
    ("woesir!", "(allocation of rem a sey hs", "6015(c)"),
    ("6o!5(e}", "(separation of liability)", "6015(c)"),
    ("~~1S.", "(innocent spouse relief)", "6015(b)"),
])
def test_a_section_garbled_before_its_relief_name_is_read_from_the_name_and_checked(
        garbled: str, name: str, section: str) -> None:
    found, reasons = determinations.innocent_spouse(lines_apart(
        ("Your request for relief from joint and several liability is denied.",),
        ("You do not meet the requirements of section 6015(b) of the internal revenue code, section "
         f"{garbled}",),
        (f"{name} and irc section 6015(f).",)))
    assert found is not None and found.outcome == "denied"
    assert section in found.sections and "6015(f)" in found.sections
    assert SECTION_UNREAD in english_each(reasons)


# apart 9018 0062: "under irc section 6015(c) you are relieved of the itabliity for 12/31/2021; for 12/31/2022
# no relief is allowed": the grant's clause garbled, the denial's read. Read alone it was a confident denial.
@pytest.mark.parametrize(("sentence", "outcome"), [
    ("Under IRC section 6015(c) you are relieved of the itabliity for 12/31/2021; for 12/31/2022 no relief "
     "is allowed.", "partial_relief"),
    ("Under section 6015(b) you are relieved of your l!@b1l1ty for 2019; for 2020 your request is denied.",
     "partial_relief"),
    # a garbled denial beside a grant: 2021 would read as relieved
    ("You are relieved of the tax for 2020 under section 6015(f); for 2021 your request is de ied.",
     "full_relief"),
    # a grant in words no table knows, beside a denial
    ("Your request under section 6015(f) is denied for 2018; we grantd y0u relief for 2019.",
     "partial_relief"),
    ("Your request under section 6015(b) is denied for 2018; we h@ve qr@nt3d relief for 2019.", "denied"),
])
def test_a_clause_of_a_relief_decision_left_unread_checks_the_part(sentence: str, outcome: str) -> None:
    found, reasons = determinations.innocent_spouse(texts(sentence))
    assert found is not None and found.outcome == outcome
    assert CLAUSE_UNREAD in english_each(reasons)


# apart 9016 0089: "we grant you (ull relief under irc § 6015(c)": the word before "relief" garbled where
# "full" or "partial" stood; apart 9012 0028: "[you do] not meet the requirements of irc § 6015(b), ...": the
# sections of a decision said before, in a sentence whose deciding words the scan lost.
@pytest.mark.parametrize(("rows", "outcome", "sections"), [
    (("The lien filing is not sustained because we granted you full relief from joint and several liability.",
      "After considering all the facts and circumstances, we grant you (ull relief under IRC § 6015(c)."),
     "full_relief", ("6015(c)",)),
    (("Appeals awards y0u equitable relief.", "We allow her |u11 relief under section 6015(f)."),
     "full_relief", ("6015(f)",)),
    (("Your request for relief from joint and several liability is denied.",
      "not meet the requirements of irc § 6015(b), section 6015(c) (allocation of liability), and irc "
      "section 6015(f)."), "denied", ("6015(b)", "6015(c)", "6015(f)")),
])
def test_a_relief_decision_whose_words_the_scan_garbled_keeps_its_sections_and_is_checked(
        rows: tuple[str, ...], outcome: str, sections: tuple[str, ...]) -> None:
    found, reasons = determinations.innocent_spouse(texts(*rows))
    assert found is not None and (found.outcome, found.sections) == (outcome, sections)
    assert reasons


@pytest.mark.parametrize("sentence", [
    "Under IRC section 6015(c) you are relieved of the liability for 12/31/2021; for 12/31/2022 no relief is "
    "allowed.",
    "We cannot grant relief under section 6015(b); you do not qualify.",
    "Your request under section 6015(b) for 2019 is denied; you filed a joint return for 2019.",
    "Your request under section 6015(f) is denied; if you disagree, you may petition the Tax Court.",
])
def test_every_clause_read_raises_no_doubt(sentence: str) -> None:
    _, reasons = determinations.innocent_spouse(texts(sentence, method="pdf_text"))
    assert reasons == ()


# apart 9018 0046: "you asked us to consider an inpcaiaent agreement and a bond or substitution of other
# assets": the plan's name garbled before "agreement" left only the bond, flagged for low confidence alone.
@pytest.mark.parametrize("garbled", ["inpcaiaent", "mstallmert", "lnsta11ment", "inpstaiaent"])
def test_a_garbled_word_before_agreement_that_looks_like_installment_is_read_and_checked(
        garbled: str) -> None:
    found, reasons = determinations.collection(texts(
        "We determined that the notice of federal tax lien (NFTL) filing is sustained.",
        f"You asked us to consider an {garbled} agreement and a bond or substitution of other assets."))
    assert found is not None
    assert found.alternatives == ("installment_agreement", "bond_or_substitution")
    assert ALTERNATIVE_DAMAGED in english_each(reasons)


@pytest.mark.parametrize("garbled", ["xqzzv", "h#rkq"])
def test_a_garbled_word_before_agreement_that_looks_like_nothing_checks_the_alternatives(
        garbled: str) -> None:
    found, reasons = determinations.collection(texts(
        "The lien filing is sustained.", f"You asked us to consider a {garbled} agreement."))
    assert found is not None and found.alternatives == ()
    assert "a collection alternative Appeals considered could not be read" in english_each(reasons)


@pytest.mark.parametrize("sentence", [
    "You asked us to consider a settlement agreement with your former spouse.",
    "We considered the closing agreement you signed in 2019.",
    "We considered your request for an installment agreement.",
])
def test_agreements_named_in_words_of_their_own_raise_no_doubt(sentence: str) -> None:
    _, reasons = determinations.collection(texts("The lien filing is sustained.", sentence,
                                                 method="pdf_text"))
    assert reasons == ()


# own 6324 0021 and 0048 (faxes): the "is" between a request for relief and its outcome read "is." or "js".
@pytest.mark.parametrize(("rows", "outcome", "sections", "checked"), [
    (("Your request for relief under IRC Section 6015(c) and IRC Section 6015(f) is. denied: you remain",
      "liable for the tax shown above."), "denied", ("6015(c)", "6015(f)"), False),
    (("Your sequest for relief under IRC Section 6015(b) js denied; you remain liable for the tax shown",
      "above."), "denied", ("6015(b)",), True),
    (("Your claim for relief under section 6015(f) 1s granted.",), "full_relief", ("6015(f)",), True),
    (("Your request for relief under section 66(c) |s not granted.",), "denied", ("66(c)",), True),
    (("Your request for relief under section 6015(b) was. denied.",), "denied", ("6015(b)",), False),
])
def test_a_damaged_is_between_a_request_for_relief_and_its_outcome_is_read_back(
        rows: tuple[str, ...], outcome: str, sections: tuple[str, ...], checked: bool) -> None:
    found, reasons = determinations.innocent_spouse(texts(*rows))
    assert found is not None and (found.outcome, found.sections) == (outcome, sections)
    assert ("decision.damaged_verb" in [r.code for r in reasons]) is checked


@pytest.mark.parametrize("sentence", [
    "Your request for relief under section 6015(f) is denied.",
    "This is. Your request for relief is denied.",  # "is." no sentence ends with: still one decision
])
def test_an_is_read_whole_is_no_damaged_verb(sentence: str) -> None:
    found, reasons = determinations.innocent_spouse(texts(sentence))
    assert found is not None and found.outcome == "denied"
    assert "decision.damaged_verb" not in [r.code for r in reasons]


# own 6329 0021 and 0093 (faxes): a list's "and" changed by a letter ("und", "ane"), and a closing bracket
# read as "y" or another bracket ("(cy"), between subsections: read back, and the part checked.
@pytest.mark.parametrize(("cited", "sections"), [
    ("IRC §§ 6015(b), (cy und (f)", ("6015(b)", "6015(c)", "6015(f)")),
    ("IRC §§ 601.5(b) ane (t)", ("6015(b)", "6015(f)")),
    ("IRC §§ 6015(b) amd (c}", ("6015(b)", "6015(c)")),
    ("IRC §§ 6015(c) ur (f]", ("6015(c)", "6015(f)")),
    ("sections 6015(b), (c], aud (f)", ("6015(b)", "6015(c)", "6015(f)")),
    ("IRC §§ 6015(b) om (1)", ("6015(b)", "6015(f)")),  # own 6332 0084: "or" with its "r" changed
    ("section G015(b)", ("6015(b)",)),  # own 6332 0048: the section's first digit read "G"
    ("IRC §§ 6015(b), (c).and (f)", ("6015(b)", "6015(c)", "6015(f)")),  # own 6341 0056: a speck at the join
    ("IRC §§ 6015(b)'or (f)", ("6015(b)", "6015(f)")),
])
def test_a_damaged_join_or_closing_bracket_in_a_list_of_sections_is_read_back_checked(
        cited: str, sections: tuple[str, ...]) -> None:
    found, reasons = determinations.innocent_spouse(texts(
        f"We determined that you do not qualify for relief under {cited}. "
        "Your request for relief is denied."))
    assert found is not None and (found.outcome, found.sections) == ("denied", sections)
    assert "decision.section_unread" in [r.code for r in reasons]


@pytest.mark.parametrize(("cited", "sections"), [
    ("IRC §§ 6015(b) and (f)", ("6015(b)", "6015(f)")),
    ("IRC § 6015(b) for (the years shown)", ("6015(b)",)),  # a word, not a join: no item after it
    ("IRC § 6015(b) on (the years shown)", ("6015(b)",)),
])
def test_a_list_written_whole_is_read_as_it_is(cited: str, sections: tuple[str, ...]) -> None:
    found, reasons = determinations.innocent_spouse(
        texts(f"Your request for relief under {cited} is denied."))
    assert found is not None and (found.outcome, found.sections) == ("denied", sections)
    assert "decision.section_unread" not in [r.code for r in reasons]


# own 6324 0083 (skewed and noisy): "IRC § 66():", the subsection letter of section 66 lost.
@pytest.mark.parametrize("cited", ["IRC § 66():", "section 66( ),", "IRC Section 66(.)", "IRC Section 66(0)",
                                   "section 66(o)"])
def test_section_66_with_its_subsection_lost_is_66c_and_checked(cited: str) -> None:
    found, reasons = determinations.innocent_spouse(texts(
        f"Your request for relief is granted in part under {cited} relief of $42,577 is allowed."))
    assert found is not None and (found.outcome, found.sections) == ("partial_relief", ("66(c)",))
    assert reasons


@pytest.mark.parametrize("cited", ["6015()", "66(b)(2)", "66(a)", "66(1)"])
def test_an_empty_6015_subsection_or_another_66_paragraph_is_not_66c(cited: str) -> None:
    found, _ = determinations.innocent_spouse(texts(f"Your request for relief under {cited} is denied."))
    assert found is None or "66(c)" not in found.sections


# apart 9028 0004 (150 dpi): a speck read "?" after "not" at a line's end: still one sentence, read as "not"
# and checked. A mark alone after another word no sentence ends with is a speck, nothing to check.
@pytest.mark.parametrize(("rows", "outcome", "checked"), [
    (("We determined that the proposed levy is not ?", "sustained and will be withdrawn."), "not_sustained",
     True),
    (("We determined that the proposed levy is not !", "sustained."), "not_sustained", True),
    (("We determined that the proposed levy is ? not sustained.",), "not_sustained", False),
    (("The notice of intent to levy is sustained for the ; tax periods shown above.",), "sustained", False),
])
def test_a_mark_alone_after_a_word_no_sentence_ends_with_is_a_speck(rows: tuple[str, ...], outcome: str,
                                                                   checked: bool) -> None:
    found, reasons = determinations.collection(texts(*rows))
    assert found is not None and found.outcome == outcome
    assert ("decision.damaged_not" in [r.code for r in reasons]) is checked


# apart 9028 0022: an attachment's issue, its comma before "are" read as a colon.
@pytest.mark.parametrize("issue", [
    "Whether the collection action(s) should be sustained, and whether aiornatives to collection: are "
    "appropriate.",
    "If the levy is proper: it is sustained.",
])
def test_a_colon_ends_no_condition(issue: str) -> None:
    found, _ = determinations.collection(texts(issue))
    assert found is None


# apart 9048 0004 and 0040 (150 dpi): an attachment's issue beside two actions not sustained, a speck read
# as a comma glued between two words, or as a period after "Whether": the issue read as a decision
# "sustained", and the part as partly sustained.
@pytest.mark.parametrize("issue", [
    ("Issues - Whether the collection action(s) should be sustained, and whether alternatives,to collection "
     "are appropriate.",),
    ("Issues", "Whether. the collection action(s) should be sustained, and whether alternatives to",
     "collection are appropriate."),
    ("Whether the lien,filing is sustained.",),
])
def test_a_speck_in_a_condition_does_not_end_it(issue: tuple[str, ...]) -> None:
    found, _ = determinations.collection(texts(
        "We determined that the Notice of Federal Tax Lien (NFTL) filing is not sustained.",
        "We determined that the proposed levy is not appropriate and is not sustained.", *issue))
    assert found is not None and found.outcome == "not_sustained" and found.actions == ("lien", "levy")


def test_a_comma_and_a_space_still_end_a_condition() -> None:
    found, _ = determinations.collection(texts("If you agree, the levy is sustained."))
    assert found is not None and found.outcome == "sustained"


# apart 9030 0076 (150 dpi): a speck after "and" in a list of sections: "6015(c), and. section 6015(f) ... is
# not allowed" lost (b) and (c), sure.
@pytest.mark.parametrize("joiner", ["and.", "or.", "and"])
def test_a_stop_after_and_in_a_list_of_sections_ends_no_sentence(joiner: str) -> None:
    found, _ = determinations.innocent_spouse(texts(
        f"Relief under IRC § 6015(b), IRC section 6015(c), {joiner} section",
        "6015(f) (equitable relief) is not allowed for 12/31/2021 and 12/31/2022."))
    assert found is not None and found.outcome == "denied"
    assert found.sections == ("6015(b)", "6015(c)", "6015(f)")


# own 6330 0020 (skewed and noisy): "The Notice of Federal Tax:Lier will be withdrawn", the lien lost and the
# levy's outcome read as the whole decision, sure. Glued to "tax", the damaged or whole word is read as the
# lien and checked; standing apart, the notice's name says it is the lien.
@pytest.mark.parametrize(("notice", "checked"), [
    ("Notice of Federal Tax:Lier", True), ("Notice of Federal TaxLien", True),
    ("Notice of Federal Tax.Licn", True),
    ("Notice of Federal Tax Lier", False), ("Notice of Federal Tax Licn", False),
    ("Notice of Federal Tax Lien", False), ("Notice of Federal Tax Liens", False),
])
def test_a_lien_named_by_its_notice_is_read_whatever_its_last_word(notice: str, checked: bool) -> None:
    found, reasons = determinations.collection(texts(
        f"The {notice} will be withdrawn. The proposed levy action is sustained."))
    assert found is not None and found.actions == ("lien", "levy")
    assert found.outcome == "partially_sustained"
    assert ("decision.action_unread" in [r.code for r in reasons]) is checked


# apart 9050 0016 (150 dpi): a speck glued after "postpone" as a quote mark hid the alternative, and the part
# read sure without it. A possessive's apostrophe changes no phrase either.
@pytest.mark.parametrize(("glued", "alternatives"), [
    ("postpone’", ("other",)), ("postpone'", ("other",)), ("postpone`", ("other",)), ("postpone", ("other",)),
])
def test_a_quote_mark_glued_to_a_words_end_hides_no_alternative(glued: str, alternatives: tuple[str, ...]
                                                                 ) -> None:
    found, _ = determinations.collection(texts(
        "We determined that the proposed levy is not sustained and will be withdrawn.",
        f"You asked us to consider a request to {glued} collection until your unemployment ends."))
    assert found is not None and found.outcome == "not_sustained" and found.alternatives == alternatives


# apart 9086 0095 (a fax): "a request to pos: pone collection until ...", the postponement's word broken,
# after an offer in compromise: the offer alone was read, sure.
@pytest.mark.parametrize("broken", ["pos: pone", "pos pone", "postp0ne", "de lay"])
def test_a_postponement_whose_word_the_scan_broke_is_read_and_checked(broken: str) -> None:
    found, reasons = determinations.collection(texts(
        "We determined that the proposed levy is not sustained and will be withdrawn.",
        f"We considered an offer in compromise and a request to {broken} collection until your unemployment "
        "ends as an alternative to the collection action."))
    assert found is not None and found.alternatives == ("offer_in_compromise", "other")
    assert "decision.alternative_damaged" in [r.code for r in reasons]


def test_a_plural_possessive_still_reads_its_decision() -> None:
    found, _ = determinations.innocent_spouse(texts(
        "Your request for relief under section 6015(c) from the taxpayers’ joint liability is denied."))
    assert found is not None and found.outcome == "denied" and found.sections == ("6015(c)",)


# own 6346 0029 (a skewed, noisy scan): "is, mot sustained" (a speck read as a comma after the verb, "not"
# read "mot" at 90) read as a sure "sustained".
@pytest.mark.parametrize("verb", ["is,", "is.", "is’", "is"])
def test_a_damaged_not_after_a_verb_with_a_speck_glued_to_it_is_read_back(verb: str) -> None:
    found, reasons = determinations.collection(texts(f"The proposed levy action {verb} mot sustained."))
    assert found is not None and found.outcome == "not_sustained"
    assert "decision.damaged_not" in [r.code for r in reasons]


@pytest.mark.parametrize("text", [
    "appeals sustains the filing of the notice. of federal tax lien.",  # own 6364 0084, a fax
    "you proposed a delay. of collection until the sale of your residence.",  # apart 9058 0046
])
def test_a_stop_before_of_is_a_speck_no_sentence_ends_there(text: str) -> None:
    assert sentences(PageText(page=1, text=text, spans=())) == [(0, len(text))]


def test_the_lien_a_speck_parted_from_its_sentence_is_still_decided() -> None:
    found, _ = determinations.collection(lines_apart(
        ("Appeals sustains the filing of the Notice. of Federal Tax Lien. Appeals sustains the notice of "
         "intent to levy.",), ()))
    assert found is not None and set(found.actions) == {"lien", "levy"} and found.outcome == "sustained"
