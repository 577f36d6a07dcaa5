"""Letter type signals and the determination phrase tables, on hand-built page text."""

from __future__ import annotations

import re

import pytest
from facts_pages import make_page
from said import english_each

from parser.facts.decisions import determinations
from parser.facts.decisions.decided_years import TAX_YEAR
from parser.facts.decisions.phrases import document_text, sentences, snap
from parser.facts.letter_type import classify
from parser.reading.lines import PageText, group_lines

PETITION_30 = "You must file a petition with the Tax Court within 30 days from the date of this letter."
PETITION_90 = "You must file your petition within 90 days from the date of this letter."
CDP = "We reviewed your Collection Due Process hearing under IRC Section 6320 and/or 6330."
SPOUSE = "We considered your request for relief from joint and several liability under Section 6015."


def texts(*sentences: str, method: str = "pdf_text") -> tuple[PageText, ...]:
    rows = [(72.0, 100.0 + 14 * i, s) for i, s in enumerate(sentences)]
    page = make_page(rows, method=method)  # type: ignore[arg-type]
    return document_text([group_lines(page.words)])


@pytest.mark.parametrize(("footer", "body", "expected"), [
    ("Letter 4390 (Rev. 11-2019)", (CDP, SPOUSE, PETITION_30, PETITION_90), "4390"),
    ("Letter 3193 (Rev. 12-2019)", (CDP, "Notice of Determination.", PETITION_30), "3193"),
    ("Letter 4439 (Rev. 2-2015)", ("in an equivalent hearing.", CDP, SPOUSE, PETITION_90), "4439"),
    ("Letter 3210 (Rev. 7-2011)", ("in an equivalent hearing.", CDP, "This letter is our decision."), "3210"),
    ("Letter 3288 (Rev. 5-2017)", ("The final determination of Appeals.", SPOUSE, PETITION_90), "3288"),
])
def test_footer_decides_when_content_agrees(footer: str, body: tuple[str, ...], expected: str) -> None:
    verdict = classify(texts(*body, footer))
    assert verdict.letter_type.value == expected
    assert not verdict.needs_review
    assert verdict.letter_type.confidence >= 0.9


@pytest.mark.parametrize("footer", [
    "Letter 4390 (DO) (Rev. 11-2019)", "LTR 4390 (Rev. 11-2019)", "Letter No. 4390 (Rev. 11-2019)",
    "Letter 4390 (11-2019)", "Letter 4390(Rev.11-2019) Catalog Number 52591V",
])
def test_footer_spellings(footer: str) -> None:
    verdict = classify(texts(CDP, SPOUSE, PETITION_30, PETITION_90, footer))
    assert verdict.letter_type.value == "4390" and not verdict.needs_review


def test_letter_named_without_footer_is_used_but_flagged() -> None:
    title = "Letter 4390 Concerning Collection Actions"
    verdict = classify(texts(title, CDP, SPOUSE, PETITION_30, PETITION_90))
    assert verdict.letter_type.value == "4390" and verdict.needs_review


def test_title_without_footer_is_flagged() -> None:
    title = ("Notice of Determination Concerning Collection Action(s) Under Section 6320 and/or 6330 and "
             "Your Request for Relief from Joint and Several Liability Under Section 6015")
    verdict = classify(texts(title, CDP, SPOUSE, PETITION_30, PETITION_90))
    assert verdict.letter_type.value == "4390"
    assert verdict.needs_review


def test_4390_without_innocent_spouse_part_is_flagged() -> None:
    verdict = classify(texts(CDP, PETITION_30, "Notice of Determination", "Letter 4390 (Rev. 11-2019)"))
    assert verdict.letter_type.value == "4390"
    assert verdict.needs_review
    assert any("innocent spouse" in reason for reason in english_each(verdict.reasons))


@pytest.mark.parametrize("collection_part", [
    "This letter is our determination on the collection action(s) and your request for relief.",
    "We made a decision concerning your collection actions. The lien filing is appropriate.",
    "Appeals sustains the filing of the notice of lien for the periods shown above.",
    "If you want to dispute the collection determination in court, file a petition.",
])
def test_a_4390_naming_its_collection_part_without_a_code_section_is_whole(collection_part: str) -> None:
    verdict = classify(texts(collection_part, SPOUSE, PETITION_30, PETITION_90, "Letter 4390 (Rev. 6-2013)"))
    assert verdict.letter_type.value == "4390" and not verdict.needs_review, verdict.reasons


@pytest.mark.parametrize("footer", ["Letter 3288 (Rev. 5-2017)", "Letter 3279 (Rev. 2-2016)"])
def test_collection_actions_a_leaflet_lists_make_no_collection_part(footer: str) -> None:
    # An innocent spouse letter with Publication 1660 enclosed: "collection actions" alone decide nothing.
    leaflet = "You may appeal many IRS collection actions to the Independent Office of Appeals."
    verdict = classify(texts("The final determination of Appeals.", SPOUSE, PETITION_90, leaflet, footer))
    assert verdict.letter_type.value == footer.split()[1] and not verdict.needs_review, verdict.reasons


def test_4390_missing_a_petition_sentence_is_flagged() -> None:
    verdict = classify(texts(CDP, SPOUSE, PETITION_90, "Letter 4390 (Rev. 11-2019)"))
    assert verdict.needs_review
    assert any("30-day" in reason for reason in english_each(verdict.reasons))


@pytest.mark.parametrize(("collection_sentence", "spouse_sentence"), [
    ("You must file a petition within thirty (30) days from the date of this letter.",
     "You must file a petition within ninety (90) days from the date of this letter."),
    ("You have 30 calendar days from the date of this letter to file a petition.",
     "Your petition must be filed within 90 calendar days."),
])
def test_petition_sentences_written_out(collection_sentence: str, spouse_sentence: str) -> None:
    verdict = classify(texts(CDP, SPOUSE, collection_sentence, spouse_sentence, "Letter 4390 (Rev. 11-2019)"))
    assert verdict.letter_type.value == "4390"
    assert not verdict.needs_review, verdict.reasons


def pages(*pages: tuple[str, ...]) -> tuple[PageText, ...]:
    """Page texts of several pages, each from its lines of text."""
    made = [make_page([(72.0, 100.0 + 14 * i, line) for i, line in enumerate(lines)], number=number)
            for number, lines in enumerate(pages, start=1)]
    return document_text([group_lines(page.words) for page in made])


def test_one_petition_sentence_for_both_parts_counts_for_both() -> None:
    verdict = classify(texts(
        CDP, SPOUSE, "If you want to dispute this determination, you must file a petition with the United "
        "States Tax Court within 30 days from the date of this letter for the lien and the levy, and within "
        "90 days from the date of this letter for your innocent spouse claim.", "Letter 4390 (Rev. 11-2019)"))
    assert verdict.letter_type.value == "4390" and not verdict.needs_review, verdict.reasons


@pytest.mark.parametrize("continuation", [(), ("Hortense L. Abernathy, XXX-XX-6631", "Page 2")])
def test_a_petition_sentence_cut_by_a_page_break_and_its_footer_is_read_across_it(
        continuation: tuple[str, ...]) -> None:
    # "... within 30" ends page 1, the footer stands under it, and "days from the date ..." opens page 2,
    # under a continuation heading or not.
    verdict = classify(pages(
        (CDP, SPOUSE, "If you want to dispute this determination, you must file a petition with the United "
         "States Tax Court within 30", "Letter 4390 (Rev. 11-2019)"),
        (*continuation, "days from the date of this letter for the lien and the levy, and within 90 days "
         "from the date of this letter for your innocent spouse claim.", "Letter 4390 (Rev. 11-2019)")))
    assert verdict.letter_type.value == "4390" and not verdict.needs_review, verdict.reasons


def test_a_page_break_joins_no_petition_sentence_that_is_not_there() -> None:
    verdict = classify(pages(
        (CDP, SPOUSE, "We reviewed the file for the 30", "Letter 4390 (Rev. 11-2019)"),
        ("Your request was received.", "You must file your petition within 90 days from the date of this "
         "letter.", "Letter 4390 (Rev. 11-2019)")))
    said = english_each(verdict.reasons)
    assert "the 30-day petition sentence of the collection part was not found" in said


def test_form_12153_title_is_no_equivalent_hearing() -> None:
    body = ("We received your Form 12153, Request for a Collection Due Process or Equivalent Hearing.", CDP,
            SPOUSE, PETITION_30, PETITION_90, "Letter 4390 (Rev. 11-2019)")
    verdict = classify(texts(*body))
    assert verdict.letter_type.value == "4390" and not verdict.needs_review


def test_irs_notice_is_other() -> None:
    body = ("We may file a Notice of Federal Tax Lien if you do not pay.", "Notice CP14")
    verdict = classify(texts(*body))
    assert verdict.letter_type.value == "other" and not verdict.needs_review


@pytest.mark.parametrize("footer", ["Letter 1058 (Rev. 1-2020)", "Letter 3172 (Rev. 6-2021)",
                                    "Letter 4837 (Rev. 4-2019)"])
def test_a_look_alike_letter_named_by_its_footer_is_other_without_doubt(footer: str) -> None:
    # A levy or lien notice, or the letter setting up the hearing, speaks of the same statutes and days.
    body = ("You have the right to a Collection Due Process hearing under IRC Section 6330.",
            "You also asked for relief from joint and several liability under Section 6015.",
            "After the hearing, Appeals will send a determination, and you will have 30 days to petition.")
    verdict = classify(texts(*body, footer))
    assert verdict.letter_type.value == "other" and not verdict.needs_review


def test_unknown_letter_number_is_other() -> None:
    assert classify(texts("Please call us.", "Letter 1058 (Rev. 1-2020)")).letter_type.value == "other"


def test_nearly_empty_text_is_other_and_flagged() -> None:
    verdict = classify(texts("Page 1"))
    assert verdict.letter_type.value == "other" and verdict.needs_review


@pytest.mark.parametrize(("sentences", "actions", "outcome"), [
    (("The filing of the Notice of Federal Tax Lien (NFTL) is sustained.",), ("lien",), "sustained"),
    (("Appeals sustains the notice of intent to levy.",), ("levy",), "sustained"),
    (("We determined that the proposed levy is appropriate, and it is sustained.",), ("levy",), "sustained"),
    (("The Notice of Federal Tax Lien will be withdrawn.",), ("lien",), "not_sustained"),
    (("Appeals does not sustain the proposed levy; no levy will be issued.",), ("levy",), "not_sustained"),
    (("The lien filing is not sustained, and the lien will be released.",), ("lien",), "not_sustained"),
    (("The lien filing is sustained.", "The proposed levy action is not sustained."), ("lien", "levy"),
     "partially_sustained"),
    (("The proposed levy is sustained in part.",), ("levy",), "partially_sustained"),
    # apart seed 9006, a fax: "in" damaged to "| n"; and "as part of" is no partial decision.
    (("The proposed levy is sustained | n part.",), ("levy",), "partially_sustained"),
    (("The proposed levy is sustained as part of the agreement.",), ("levy",), "sustained"),
    (("Appeals upheld the filing of the Notice of Federal Tax Lien.",), ("lien",), "sustained"),
    (("The Notice of Federal Tax Lien will remain in place.",), ("lien",), "sustained"),
    # "Remain" or "stay" said of the lien itself, in other tenses and words.
    (("The notice of federal tax lien will remain.",), ("lien",), "sustained"),
    (("The NFTL remains in effect.",), ("lien",), "sustained"),
    (("The lien will stay in place.",), ("lien",), "sustained"),
    (("The Notice of Federal Tax Lien filed on March 3, 2023, is to remain filed.",), ("lien",), "sustained"),
    (("The notice of federal tax lien will not remain in place.",), ("lien",), "not_sustained"),
    (("The notice of federal tax lien will remain. The lien protects the government's interest while a "
      "balance is owed.", "The proposed levy is not sustained. The IRS may not levy while the agreement is "
      "in effect."), ("lien", "levy"), "partially_sustained"),
    (("The proposed levy is not sustained, and the lien will remain in place.",), ("lien", "levy"),
     "partially_sustained"),
    (("The proposed levy action should not proceed.",), ("levy",), "not_sustained"),
    (("We are directing the Collection function to withdraw the lien notice for both periods.",), ("lien",),
     "not_sustained"),
    (("The Notice of Federal Tax Lien will not be withdrawn.",), ("lien",), "sustained"),
    (("The Notice of Federal Tax Lien and the notice of intent to levy are both upheld.",), ("lien", "levy"),
     "sustained"),
    (("The lien is sustained but the levy is not sustained.",), ("lien", "levy"), "partially_sustained"),
    (("The filing of the lien was appropriate, and it is sustained.",), ("lien",), "sustained"),
    (("We find that the levy is an appropriate collection action.",), ("levy",), "sustained"),
    (("Appeals determined the filing of the NFTL was proper.",), ("lien",), "sustained"),
    (("The proposed levy is rescinded.",), ("levy",), "not_sustained"),
    (("The notice of intent to levy is hereby released.",), ("levy",), "not_sustained"),
    (("Appeals found no reason to withdraw the Notice of Federal Tax Lien, and its filing is sustained.",
      "Your installment agreement was approved at $820 a month, so the proposed levy will not go forward."),
     ("lien", "levy"), "partially_sustained"),
    (("Because you do not owe the balances, Appeals does not approve the proposed levy.",), ("levy",),
     "not_sustained"),
    # A decision that refers back to the action the sentence before named (apart seeds 9004 and 9005), and
    # sustained in part with what stays and what goes spelled out in the same sentence.
    (("We reviewed the lien filing.", "It is sustained in part: it remains in place only for the balance "
      "left after the abatement of penalties."), ("lien",), "partially_sustained"),
    (("We reviewed the filing of the Notice of Federal Tax Lien.", "It is partially sustained: it stands for "
      "the earliest period, 12/31/2021, and is released for the later balances."), ("lien",),
     "partially_sustained"),
    (("We reviewed the lien filing.", "It is partially sustained.",
      "We determined that the proposed levy was proper and will remain in place."), ("lien", "levy"),
     "partially_sustained"),
    # The issues Appeals weighs, quoted from IRC 6330(c)(3), decide nothing, even with "whether" misread on
    # a scan (apart seed 9014, a fax: "whcther alternatives to collection are appropriate").
    *[(("We determined that the filing of the Notice of Federal Tax Lien is not appropriate and is not "
        "sustained.", f"Whether the collection action(s) should be sustained, and {whether} alternatives to "
        "collection are appropriate."), ("lien",), "not_sustained")
      for whether in ("whether", "whcther", "wbether", "whethcr")],
])
def test_collection_outcomes(sentences: tuple[str, ...], actions: tuple[str, ...], outcome: str) -> None:
    found, reasons = determinations.collection(texts(*sentences))
    assert found is not None
    assert (found.actions, found.outcome) == (actions, outcome)
    assert english_each(reasons) == ()
    assert found.evidence and found.evidence[0].page == 1


@pytest.mark.parametrize(("sentence", "alternatives"), [
    ("Appeals considered your proposal for an installment agreement of $200 per month.",
     ("installment_agreement",)),
    ("We considered the offer in compromise you submitted.", ("offer_in_compromise",)),
    ("We considered whether your account should be placed in currently not collectible status.",
     ("currently_not_collectible",)),
    ("We considered your proposal to post a bond or substitute other assets.", ("bond_or_substitution",)),
    ("If you want to, you may still request an installment agreement by calling us.", ()),
    # What someone can still do later is none Appeals considered (ind94) ...
    ("The Revenue Officer assigned to your account can set up a payment plan with you; send your bank "
     "statements to the Revenue Officer.", ()),
    # ... unless the sentence also says it was put forward.
    ("We considered the installment agreement you proposed, which the Revenue Officer can set up with you.",
     ("installment_agreement",)),
    # An alternative the person did not put forward is none Appeals considered.
    ("You asked us to put your account in currently not collectible status, but your financial statement "
     "shows that you can pay $420 a month. You did not propose an installment agreement.",
     ("currently_not_collectible",)),
    ("You did not request currently not collectible status or an installment agreement.", ()),
    ("You never asked for an offer in compromise.", ()),
    ("No installment agreement or offer in compromise was proposed.", ()),
    ("An installment agreement was not requested.", ()),
    ("You have not submitted an offer in compromise or asked for an installment agreement.", ()),
    # ... but the denial reaches no further than its clause, nor past other words.
    ("You did not propose an installment agreement, but you asked us to place your account in currently not "
     "collectible status.", ("currently_not_collectible",)),
    ("You proposed an installment agreement of $150 a month, but you have not made the estimated tax "
     "payments required, so we could not approve it.", ("installment_agreement",)),
    ("You did not submit the Form 433-A we needed to evaluate your offer in compromise.",
     ("offer_in_compromise",)),
    # An enclosed form's options: only those checked (apart 9074 0088, its page 2 read as all three).
    ("Collection alternatives: [ ] Installment Agreement [ ] Offer in Compromise [ ] Cannot Pay Balance [ ] "
     "Subordination / Discharge of Lien [X] Other", ()),
    ("Collection alternatives: [X] Installment Agreement [] Offer in Compromise [ ] Cannot Pay Balance",
     ("installment_agreement",)),
    ("Collection alternatives: ☐ Installment Agreement ☒ Offer in Compromise ☐ Cannot Pay Balance",
     ("offer_in_compromise",)),
])
def test_collection_alternatives(sentence: str, alternatives: tuple[str, ...]) -> None:
    found, _ = determinations.collection(texts("The proposed levy is sustained.", sentence))
    assert found is not None and found.alternatives == alternatives


def test_no_alternative_put_forward_is_no_damaged_alternative() -> None:
    found, reasons = determinations.collection(texts(
        "You did not propose a collection alternative or send the financial information we asked for, so the "
        "proposed levy is sustained."))
    assert found is not None and found.alternatives == () and reasons == ()


@pytest.mark.parametrize(("sentences", "alternatives"), [
    (("We considered an offer in compromise based on doubt as to collectibility as an alternative to the "
      "collection action.",), ("offer_in_compromise",)),
    (("You submitted an offer-in-compromise (doubt as to collectability), which we considered.",),
     ("offer_in_compromise",)),
    (("We considered an offer in compromise based on doubt as to liability.",), ("offer_in_compromise",)),
    (("We considered your offer in compromise (effective tax administration) and your request for currently "
      "not collectible status.",), ("offer_in_compromise", "currently_not_collectible")),
])
def test_the_grounds_of_an_offer_in_compromise_name_no_other_alternative(
        sentences: tuple[str, ...], alternatives: tuple[str, ...]) -> None:
    found, reasons = determinations.collection(texts("The proposed levy is sustained.", *sentences))
    assert found is not None and found.alternatives == alternatives and reasons == (), reasons


@pytest.mark.parametrize("sentence", [
    "We considered an ofer in c0mpromise based on doubt as to collectibility.",
    "We considered your request for currently not colectible status.",
])
def test_an_alternative_whose_name_the_scan_damaged_is_flagged(sentence: str) -> None:
    found, reasons = determinations.collection(texts("The proposed levy is sustained.", sentence))
    assert found is not None and reasons


def test_a_release_on_payment_is_no_determination() -> None:
    # Standard lien wording: the lien is released when the tax is paid; it says nothing of the hearing.
    released = texts("The lien will be released when the liability is paid.")
    assert determinations.collection(released) == (None, ())


@pytest.mark.parametrize("sentence", [
    "The lien will remain until the balance is paid.",
    "The Notice of Federal Tax Lien will remain in place until you pay the balance in full.",
    "A notice of federal tax lien remains in effect until the liability is satisfied.",
    "We will release the lien within 30 days after you pay. Until then, the lien will remain in place.",
    "Until you pay, the lien will remain.",
    "You will remain liable for the balance, and the lien will be released when it is paid.",
    "The IRS may not levy while the installment agreement remains in effect.",
    "If the lien will remain, you may ask us to subordinate it.",
])
def test_a_lien_that_stays_only_until_something_happens_is_no_determination(sentence: str) -> None:
    assert determinations.collection(texts(sentence)) == (None, ())


def test_no_collection_sentence_means_no_collection_part() -> None:
    assert determinations.collection(texts(SPOUSE, PETITION_90)) == (None, ())


@pytest.mark.parametrize(("sentence", "outcome", "sections"), [
    ("We determined that you are entitled to full relief from joint and several liability under IRC Section "
     "6015(b) for the tax period(s) shown above.", "full_relief", ("6015(b)",)),
    ("Your request for relief from joint and several liability is granted in full under section 6015(c).",
     "full_relief", ("6015(c)",)),
    ("We determined that you qualify for partial relief under IRC § 6015(f). You are relieved of $5,944.",
     "partial_relief", ("6015(f)",)),
    ("Your request for relief is granted in part under IRC §§ 6015(b), (c) and (f): relief of $3,000 is "
     "allowed.", "partial_relief", ("6015(b)", "6015(c)", "6015(f)")),
    ("We determined that you do not qualify for relief from joint and several liability under Internal "
     "Revenue Code Section 66(c). Your request for relief is denied.", "denied", ("66(c)",)),
    ("Your request for relief under section 6015(b) and section 6015(f) is denied; you remain liable.",
     "denied", ("6015(b)", "6015(f)")),
    ("We are unable to grant relief under section 6015(c).", "denied", ("6015(c)",)),
    ("Appeals denies your claim for equitable relief under IRC Section 6015(f).", "denied", ("6015(f)",)),
    ("You are not entitled to equitable relief under section 6015(f).", "denied", ("6015(f)",)),
    ("Your claim for relief under IRC Section 6015(b) is allowed in full.", "full_relief", ("6015(b)",)),
    ("We have determined that you are entitled to equitable relief under IRC Section 6015(f) for the full "
     "amount of the liability for the years shown above.", "full_relief", ("6015(f)",)),
    ("You do not qualify for relief under section 6015(c) for the full amount of the understatement.",
     "denied", ("6015(c)",)),
    ("You qualify for relief under IRC Section 6015(c) for part of the understatement.", "partial_relief",
     ("6015(c)",)),
    ("We have approved your request for relief under section 6015(b).", "full_relief", ("6015(b)",)),
    ("Your request for innocent spouse relief under IRC 6015(c) is granted.", "full_relief", ("6015(c)",)),
    ("We approved your request for relief under section 6015(f) in part.", "partial_relief", ("6015(f)",)),
    ("Your request for equitable relief under section 6015(f) was not approved.", "denied", ("6015(f)",)),
    ("We have determined that relief under IRC 6015(b), (c) and (f) is not available to you.", "denied",
     ("6015(b)", "6015(c)", "6015(f)")),
    ("We reject your request for relief under section 6015(f).", "denied", ("6015(f)",)),
    ("Your claim for relief under section 6015(b) has been disallowed.", "denied", ("6015(b)",)),
    ("You are entitled to relief of $3,215 under section 6015(c) and you remain liable for $1,000.",
     "partial_relief", ("6015(c)",)),
    ("You do not qualify for innocent spouse relief under IRC Section 6015(b). However, Appeals grants you "
     "partial equitable relief under IRC Section 6015(f) for 2019.", "partial_relief",
     ("6015(b)", "6015(f)")),
    ("Appeals awards you equitable relief under IRC Section 6015(f).", "full_relief", ("6015(f)",)),
    ("You are entitled to relief under section 6015(b).", "full_relief", ("6015(b)",)),
    ("You qualify for full innocent spouse relief under section 6015(c).", "full_relief", ("6015(c)",)),
    ("We allow innocent spouse relief under IRC Section 6015(b) for 2019.", "full_relief", ("6015(b)",)),
    ("You did not meet the requirements for relief under IRC 6015(b), because the tax was reported. However, "
     "you meet the requirements for equitable relief under IRC 6015(f) for $2,960 of the tax for 2021.",
     "partial_relief", ("6015(b)", "6015(f)")),
    ("Under IRC Sec. 6015(c), the whole deficiency is allocated to him, and you are not liable for any part "
     "of it.", "full_relief", ("6015(c)",)),
    ("You are relieved of the understatement of tax for 2020 under IRC 6015(c).", "full_relief",
     ("6015(c)",)),
    # Separation of liability refused: the election cannot be made.
    ("You are still married to your husband, so you cannot elect to separate your liability under IRC "
     "Section 6015(c).", "denied", ("6015(c)",)),
    ("You are not eligible to elect separation of liability under IRC Section 6015(c).", "denied",
     ("6015(c)",)),
    ("Your election under section 6015(c) is invalid because you were married when you made it.", "denied",
     ("6015(c)",)),
    # Relief said not to fit, of a section or of relief.
    ("The balances are tax shown on your joint returns, which IRC Section 6015(b) does not cover.", "denied",
     ("6015(b)",)),
    ("Relief under IRC Section 6015(b) does not apply to tax shown on a return.", "denied", ("6015(b)",)),
    ("Equitable relief under IRC Section 6015(f) is not appropriate.", "denied", ("6015(f)",)),
    # A verdict beside the section, as in a summary box or a list.
    ("Innocent spouse relief, IRC 6015(b)  Denied", "denied", ("6015(b)",)),
    ("Equitable relief, IRC Section 6015(f) - Denied", "denied", ("6015(f)",)),
    ("Separation of liability, IRC Section 6015(c): granted.", "full_relief", ("6015(c)",)),
    ("Separation of liability, IRC Section 6015(c): granted in part.", "partial_relief", ("6015(c)",)),
    ("Relief denied under IRC 6015(b) and 6015(f)", "denied", ("6015(b)", "6015(f)")),
])
def test_innocent_spouse_outcomes(sentence: str, outcome: str, sections: tuple[str, ...]) -> None:
    found, reasons = determinations.innocent_spouse(texts(sentence))
    assert found is not None
    assert (found.outcome, found.sections) == (outcome, sections)
    assert english_each(reasons) == ()


def test_a_release_on_payment_is_no_decision_even_by_we() -> None:
    assert determinations.collection(texts(
        "We will release the lien within 30 days after you pay the full amount you owe.")) == (None, ())


def test_a_levy_sustained_for_some_periods_and_not_others_is_partly_sustained_and_flagged() -> None:
    found, reasons = determinations.collection(texts(
        "The proposed levy is sustained for 2019 through 2021.",
        "The proposed levy is not sustained for 2018."))
    assert found is not None and found.outcome == "partially_sustained"
    assert english_each(reasons) == ("the letter says different things about the levy",)


def test_a_levy_whose_decision_the_scan_garbled_flags_the_collection_part() -> None:
    found, reasons = determinations.collection(texts(
        "The filing of the Notice of Federal Tax Lien (NFTL) is sustained.",
        "The notice of intent to levy is not eee", method="ocr"))
    assert found is not None and found.actions == ("lien",)  # the levy's decision is not known
    assert english_each(reasons) == ("a sentence deciding a collection action could not be fully read",)


@pytest.mark.parametrize("garbled", ["Appeals sustuins'the notice of intent to levy.",
                                     "Appeals upholcs the notice of intent to levy."])
def test_a_deciding_verb_the_scan_garbled_flags_the_collection_part(garbled: str) -> None:
    found, reasons = determinations.collection(texts(
        "The filing of the Notice of Federal Tax Lien is not sustained, and the lien will be withdrawn.",
        garbled, method="ocr"))
    assert found is not None and found.actions == ("lien",)
    assert english_each(reasons) == ("a sentence deciding a collection action could not be fully read",)


@pytest.mark.parametrize("sentence", ["The lien will be released when the liability is paid.",
                                      "A levy is a legal seizure of your property.",
                                      "You withdrew your request for a hearing on the levy.",
                                      "The levy proceeds were applied to the balance."])
def test_a_lien_or_levy_in_plain_words_is_no_garbled_decision(sentence: str) -> None:
    found, reasons = determinations.collection(texts("The proposed levy is sustained.", sentence))
    assert found is not None and reasons == ()


@pytest.mark.parametrize("cited", ["IRC Section 601 5(b)", "IRC §86015(b)", "IRC § 6O15{b)",
                                   "section 6015%b)",
                                   "IRC § 601 S(b)", "IRC Section 6015(b", "IRC §§ 6015({b)"])  # seed 2718
def test_a_section_number_ocr_split_or_glued_is_read_whole(cited: str) -> None:
    found, reasons = determinations.innocent_spouse(texts(
        f"We determined that you are entitled to full relief under {cited} for the tax periods."))
    assert found is not None and (found.outcome, found.sections) == ("full_relief", ("6015(b)",))
    assert english_each(reasons) == ()


@pytest.mark.parametrize(("cited", "section"), [
    ("IRC Section 6045(f)", "6015(f)"), ("IRC § 6815(c)", "6015(c)"),
])
def test_a_section_number_one_digit_off_is_read_as_6015_and_flagged(cited: str, section: str) -> None:
    # Seed 2718's noisy scan: "granted in part under IRC Section 6045(f)".
    found, reasons = determinations.innocent_spouse(texts(
        f"Your request for relief is granted in part under {cited}: relief of $25,493 is allowed."))
    assert found is not None and (found.outcome, found.sections) == ("partial_relief", (section,))
    assert reasons


def test_a_preliminary_determination_told_as_history_decides_nothing() -> None:
    assert determinations.innocent_spouse(texts(
        "The Cincinnati office sent you a preliminary determination letter on March 3, 2023 that denied your "
        "request for relief under section 6015(b).")) == (None, ())


def test_rows_of_a_decision_table_are_read_one_by_one() -> None:
    rows = [(76.0, 100.0, "Collection action"), (300.0, 100.0, "Decision"),
            (76.0, 114.0, "Notice of Federal Tax Lien"), (300.0, 114.0, "Sustained"),
            (76.0, 128.0, "Notice of Intent to Levy"), (300.0, 128.0, "Not sustained")]
    page = make_page(rows)
    found, reasons = determinations.collection(document_text([group_lines(page.words)]))
    assert found is not None and reasons == ()
    assert (found.actions, found.outcome) == (("lien", "levy"), "partially_sustained")


@pytest.mark.parametrize(("sentences", "outcome", "sections"), [
    # A decision naming no relief or section belongs to the sentences on relief just before it.
    (("You asked for relief under IRC Sections 6015(b) and 6015(c) from the deficiency on your return.",
      "You knew about the brokerage income he left off the return.", "Your request is denied."),
     "denied", ("6015(b)", "6015(c)")),
    (("You qualify for innocent spouse relief under IRC Section 6015(b) for 2020.",
      "You do not qualify for 2021, because you signed the return knowing of the income.",
      "We grant your request in part."), "partial_relief", ("6015(b)",)),
])
def test_a_decision_in_the_sentences_around_the_relief_part(sentences: tuple[str, ...], outcome: str,
                                                            sections: tuple[str, ...]) -> None:
    found, _ = determinations.innocent_spouse(texts(*sentences))
    assert found is not None and (found.outcome, found.sections) == (outcome, sections)


def test_each_section_decided_in_a_paragraph_that_opens_with_it() -> None:
    found, reasons = determinations.innocent_spouse(texts(
        "Section 6015(b). You do not qualify for innocent spouse relief. The understatement came from "
        "dividends on an account held in both your names.",
        "Section 6015(c). You are still married to your husband and lived with him in the twelve months "
        "before you filed your claim, so you cannot elect to separate your liability.",
        "Section 6015(f). You do not qualify for equitable relief.",
        "We cannot relieve you of joint and several liability for 2021."))
    assert found is not None
    assert (found.outcome, found.sections) == ("denied", ("6015(b)", "6015(c)", "6015(f)"))
    assert english_each(reasons) == ()


def test_a_section_named_with_its_relief_in_parentheses_decides_nothing() -> None:
    # apart seed 9005: "(allocation of liability)" names 6015(c); it is no unread decision.
    found, reasons = determinations.innocent_spouse(texts(
        "We considered your request under IRC § 6015(b), section 6015(c) (allocation of liability), and IRC "
        "§ 6015(f).",
        "We have determined that you do not qualify for relief for 2021, and your request is denied."))
    assert found is not None
    assert (found.outcome, found.sections) == ("denied", ("6015(b)", "6015(c)", "6015(f)"))
    assert english_each(reasons) == ()


@pytest.mark.parametrize("sentences", [
    ("For 2021, we grant you full relief under IRC Section 6015(b).",
     "For 2022, we cannot grant relief. The 2022 balance is tax that was reported but not paid, so IRC "
     "Section 6015(b) does not apply to it.",
     "You are not eligible for equitable relief under IRC Section 6015(f) either."),
    ("Relief under section 6015(b) is denied for tax year 2019.",
     "You are granted full equitable relief under section 6015(f) for tax year 2020."),
    # apart seed 9005: one sentence, a clause each, the periods written year and month.
    ("Under IRC § 6015(b) you are relieved of the liability for 202012; for 202112 no relief is allowed.",),
    # apart seed 9008: "in part" said, then which period is relieved and which is not.
    ("Your Request for Innocent Spouse Relief (Form 8857) Your request is allowed in part.",
     "Under section 6015(c) (allocation of liability) you are relieved of the liability for 201512; for "
     "201612 no relief is allowed."),
])
def test_relief_granted_for_some_years_and_denied_for_others_is_partial(sentences: tuple[str, ...]) -> None:
    found, reasons = determinations.innocent_spouse(texts(*sentences))
    assert found is not None and found.outcome == "partial_relief"
    assert english_each(reasons) == ()


@pytest.mark.parametrize("sentences", [
    # The same year granted and denied (under other sections): which holds is not known.
    ("We grant you full relief under IRC Section 6015(b) for 2021.",
     "Relief for 2021 under IRC Section 6015(f) is denied."),
    # A denial that names no year of its own follows the grant's year.
    ("Relief under section 6015(b) is denied for 2019.",
     "You are granted full equitable relief under section 6015(f)."),
    # A span of years holds every year in it.
    ("Your request for relief under IRC Section 6015(f) is granted in full for 2019 through 2021.",
     "Your request for relief under IRC Section 6015(b) for 2020 is denied."),
    # A year that tells when something happened is no year decided.
    ("Because you were divorced in 2021, you qualify for relief under IRC Section 6015(c).",
     "Your request for relief under IRC Section 6015(b) for 2019 is denied."),
    # Clauses of one sentence that name the same period.
    ("You are relieved of the liability for 202012 under 6015(b); relief under 6015(f) for 202012 is "
     "denied.",),
])
def test_grant_and_denial_not_told_apart_by_year_stay_unknown(sentences: tuple[str, ...]) -> None:
    found, reasons = determinations.innocent_spouse(texts(*sentences))
    assert found is not None and found.outcome == "unknown" and reasons


def test_a_summary_box_is_read_row_by_row() -> None:
    rows = [(76.0, 100.0, "Issue"), (320.0, 100.0, "Determination"),
            (76.0, 114.0, "Notice of Federal Tax Lien (IRC 6320)"),
            (320.0, 114.0, "Not sustained - lien to be withdrawn"),
            (76.0, 128.0, "Notice of Intent to Levy (IRC 6330)"), (320.0, 128.0, "Sustained"),
            (76.0, 142.0, "Innocent spouse relief, IRC 6015(b)"), (320.0, 142.0, "Denied"),
            (76.0, 156.0, "Separation of liability, IRC 6015(c)"), (320.0, 156.0, "Denied"),
            (76.0, 170.0, "Equitable relief, IRC 6015(f)"), (320.0, 170.0, "Denied")]
    page = document_text([group_lines(make_page(rows).words)])
    collection, collection_reasons = determinations.collection(page)
    assert collection is not None and collection_reasons == ()
    assert (collection.actions, collection.outcome) == (("lien", "levy"), "partially_sustained")
    spouse, spouse_reasons = determinations.innocent_spouse(page)
    assert spouse is not None and spouse_reasons == ()
    assert (spouse.outcome, spouse.sections) == ("denied", ("6015(b)", "6015(c)", "6015(f)"))


def test_rows_per_tax_period_that_differ_are_never_one_plain_outcome() -> None:
    # A table per period whose lien and levy columns name no action in its rows (one cell names the levy):
    # each row is read, but which action each other cell decides stays unknown (flagged); the periods
    # differ, so neither part is read as one outcome.
    rows = [(76.0, 100.0, "Period"), (150.0, 100.0, "Lien"), (260.0, 100.0, "Levy"), (370.0, 100.0, "Relief"),
            (76.0, 114.0, "12/31/2019"), (150.0, 114.0, "Sustained"), (260.0, 114.0, "Sustained"),
            (370.0, 114.0, "Denied under IRC 6015(b)"),
            (76.0, 128.0, "12/31/2020"), (150.0, 128.0, "Not sustained"),
            (260.0, 128.0, "Levy not sustained"), (370.0, 128.0, "Full relief under IRC 6015(c)")]
    page = document_text([group_lines(make_page(rows).words)])
    collection, collection_reasons = determinations.collection(page)
    assert collection is not None and collection.outcome == "partially_sustained" and collection_reasons
    spouse, _ = determinations.innocent_spouse(page)
    assert spouse is not None and spouse.outcome == "partial_relief"


def test_a_collection_sentence_does_not_carry_the_relief_part_on() -> None:
    found, _ = determinations.innocent_spouse(texts(
        "Your request for relief under section 6015(f) is granted.",
        "Your request for an installment agreement is denied."))
    assert found is not None and found.outcome == "full_relief"


def test_a_condition_decides_nothing() -> None:
    assert determinations.innocent_spouse(texts(
        "If you qualify for relief under section 6015(f), the balance will be adjusted.")) == (None, ())


def test_a_deciding_sentence_that_states_no_known_outcome_is_flagged() -> None:
    found, reasons = determinations.innocent_spouse(texts(
        "Your request for relief under section 6015(b) is denied. Appeals has allocated part of the "
        "deficiency under section 6015(c) to your former spouse."))
    assert found is not None and found.outcome == "denied"
    assert english_each(reasons) == ("a sentence deciding relief under a cited section could not be read",)


def test_unreadable_section_is_flagged() -> None:
    found, reasons = determinations.innocent_spouse(texts(
        "We determined that you are entitled to full relief under section 6015(b) and section 6015(%) for "
        "the tax periods."))
    assert found is not None
    assert found.sections == ("6015(b)",)
    assert reasons


@pytest.mark.parametrize(("cited", "sections"), [
    ("irc § 6015(b), irc § 6015(c), and irc § 6015(.", ("6015(b)", "6015(c)", "6015(f)")),
    ("section 6015(f), section 6015(b) or section 6015(%)", ("6015(b)", "6015(c)", "6015(f)")),
    ("IRC 6015(c), IRC 6015( ) and IRC 6015(f)", ("6015(b)", "6015(c)", "6015(f)")),
])
def test_the_one_lost_letter_of_a_list_of_three_is_read_by_elimination_and_checked(
        cited: str, sections: tuple[str, ...]) -> None:
    found, reasons = determinations.innocent_spouse(texts(
        f"We considered your request under {cited}. Your request is denied.", method="ocr"))
    assert found is not None and (found.outcome, found.sections) == ("denied", sections)
    assert "a statute section in the determination could not be read" in english_each(reasons)


@pytest.mark.parametrize(("cited", "sections"), [
    ("section 6015(b) and section 6015(.", ("6015(b)",)),  # two cited: which one was lost cannot be told
    ("section 6015(b), section 6015(b) and section 6015(.", ("6015(b)",)),  # a letter read twice leaves two
    ("irc § 6015(b), irc § 6015(c), and irc § eee", ("6015(b)", "6015(c)")),  # no "6015" left to read
])
def test_a_lost_letter_no_elimination_tells_is_not_invented(cited: str, sections: tuple[str, ...]) -> None:
    found, reasons = determinations.innocent_spouse(texts(
        f"Your request for relief under {cited} is denied.", method="ocr"))
    assert found is not None and found.sections == sections
    assert reasons


@pytest.mark.parametrize("damaged", ["§§ 6015(¢) and, (1)", "§§ 6015(c) and; (t)", "§§ 6015(c), or, (:"])
def test_an_unreadable_item_after_a_join_with_a_speck_is_checked(damaged: str) -> None:
    """"and," is a join too: the item after it is read or checked, never dropped unseen (own seed 6353 0048:
    "(f)" read "(1)" after "and,", the list read as (c) alone)."""
    found, reasons = determinations.innocent_spouse(texts(
        f"We determined that you are entitled to full relief under IRC {damaged} for the tax periods.",
        method="ocr"))
    assert found is not None and "6015(c)" in found.sections
    assert "a statute section in the determination could not be read" in english_each(reasons)


def test_a_lookalike_subsection_is_read_and_checked() -> None:
    found, reasons = determinations.innocent_spouse(texts(
        "We determined that you are entitled to full relief under section 6015(b), section 6015(¢) and "
        "section 6015(1) for the tax periods."))
    assert found is not None
    assert found.sections == ("6015(b)", "6015(c)", "6015(f)")
    assert "a statute section in the determination could not be read" in english_each(reasons)


@pytest.mark.parametrize(("sentence", "sections"), [
    # Damage seen on faxes and phone photos that leaves one reading of each subsection.
    ("Your request for relief under IRC §§ 6015(b), (¢) and‘(f£) is denied.",
     ("6015(b)", "6015(c)", "6015(f)")),
    ("Your request for relief under IRC § 6015(c) and IRC § 6015(f£) is denied.", ("6015(c)", "6015(f)")),
    ("We determined that you qualify for partial relief under section 66(c¢).", ("66(c)",)),
    # A bracket read as "%", a digit as a letter.
    ("Your request for relief is granted in full under section 66(c%.", ("66(c)",)),
    ("Your request for relief is granted in part under section 6015%f£): relief of $23,951.", ("6015(f)",)),
    ("Your request for relief under IRC § 6015(b), IRC § 6015(c) and IRC § 6O15{f) is denied.",
     ("6015(b)", "6015(c)", "6015(f)")),
    # A later item of the list that lost its closing bracket (own seed 6315 0057, a fax).
    ("We determined that you are entitled to full relief under IRC §§ 6015(b) and (f for the tax periods.",
     ("6015(b)", "6015(f)")),
    ("Your request for relief under IRC §§ 6015(b), (c and (f is denied.", ("6015(b)", "6015(c)", "6015(f)")),
    ("Your request for relief under section 6015(c) or (f, is denied.", ("6015(c)", "6015(f)")),
    # A space before a closing bracket is no lost bracket (own seed 6315 0047: "(b ), (c) and (f)").
    ("We determined that you do not qualify for relief under IRC §§ 6015(b ), (c) and (f).",
     ("6015(b)", "6015(c)", "6015(f)")),
    ("Your request for relief under IRC §§ 6015(b), (c ) and (f ) is denied.",
     ("6015(b)", "6015(c)", "6015(f)")),
    # A comma a noisy scan read as a semicolon (own seed 6367 0011: full relief read under (b) alone, sure).
    ("Your request for relief from joint and several liability is granted in full under IRC §§ 6015(b); (c) "
     "and (f).", ("6015(b)", "6015(c)", "6015(f)")),
    ("Your request for relief under section 6015(b); (c); and (f) is denied.",
     ("6015(b)", "6015(c)", "6015(f)")),
    # A speck read as a comma after the "and" (own seed 6353 0048, a fax).
    ("We determined that you are entitled to full relief under IRC §§ 6015(c) and, (f) for the tax periods.",
     ("6015(c)", "6015(f)")),
    # ... or a dash glued to it (own seed 6353 0056, a noisy scan).
    ("We determined that you are entitled to full relief under IRC §§ 6015(b)-and (f) for the tax periods.",
     ("6015(b)", "6015(f)")),
    ("We determined that you are entitled to full relief under irc §§ 6015(c)‘and,(f) for the tax periods.",
     ("6015(c)", "6015(f)")),
])
def test_subsections_with_a_glued_lookalike_are_read(sentence: str, sections: tuple[str, ...]) -> None:
    found, reasons = determinations.innocent_spouse(texts(sentence))
    assert found is not None
    assert (found.sections, reasons) == (sections, ())


@pytest.mark.parametrize(("sentence", "outcome"), [
    ("Your request is denied. You do not meet the. requirements of section 6015(b) of the Internal Revenue "
     "Code, IRC § 6015(c), and IRC § 6015(f).", "denied"),  # apart 9018 0028
    ("We determined that you are entitled to full relief from. joint and several liability under. IRC §§ "
     "6015(b), (c) and (f) for the tax periods shown.", "full_relief"),
    ("You do not qualify for. relief under section 6015(b), (c) or (f) of the. Code.", "denied"),
])
def test_a_speck_read_as_a_period_after_an_open_word_is_no_stop_inside_the_decision(sentence: str,
                                                                                     outcome: str) -> None:
    found, reasons = determinations.innocent_spouse(texts(sentence, method="ocr"))
    assert found is not None
    assert (found.outcome, found.sections, reasons) == (outcome, ("6015(b)", "6015(c)", "6015(f)"), ())


@pytest.mark.parametrize("text", [
    "relief under section 6015(b) (for the years shown) is denied",  # "(for": a word, no subsection
    "relief under section 6015(b) and (c)(1) is denied",
])
def test_only_a_list_item_lost_its_closing_bracket(text: str) -> None:
    from parser.facts.decisions.determination_ocr import section_marks_repaired

    assert section_marks_repaired(text) == text


@pytest.mark.parametrize(("sentence", "outcome", "sections"), [
    # A speck read as a period after a word no sentence ends with does not cut the section off.
    ("We determined that you qualify for partial relief under. Internal Revenue Code Section 66(c ). "
     "You are relieved of $23,041 of the liability.", "partial_relief", ("66(c)",)),
    ("We determined that you do not qualify for relief from. joint and several liability under IRC "
     "Section 66(c). Your request for relief is denied.", "denied", ("66(c)",)),
    ("We determined that you are entitled to full relief from joint and several liability under IRC. "
     "Section 6015(f) for the tax period(s) shown above.", "full_relief", ("6015(f)",)),
    ("Your request for relief is granted in part under IRC § 6015(c) and IRC § 6015/(f): relief of $12,883 "
     "is allowed.", "partial_relief", ("6015(c)", "6015(f)")),
])
def test_ocr_specks_inside_the_determination_sentence(sentence: str, outcome: str,
                                                       sections: tuple[str, ...]) -> None:
    found, reasons = determinations.innocent_spouse(texts(sentence, method="ocr"))
    assert found is not None
    assert (found.outcome, found.sections, reasons) == (outcome, sections, ())


@pytest.mark.parametrize(("text", "expected"), [
    ("relief under. internal revenue code section 66(c). you are relieved.",
     ["relief under. internal revenue code section 66(c).", "you are relieved."]),
    ("the levy is sustained. the lien is not sustained.",
     ["the levy is sustained.", "the lien is not sustained."]),
    ("we looked at the file under irc. section 6330. it is complete.",
     ["we looked at the file under irc. section 6330.", "it is complete."]),
    ("see sec. 6015(f) and the u.s. tax court.", ["see sec. 6015(f) and the u.s. tax court."]),
    # A speck standing alone at a line's start: "appeals sustains the" / ". notice of intent to levy."
    ("appeals sustains the . notice of intent to levy. the lien is sustained.",
     ["appeals sustains the . notice of intent to levy.", "the lien is sustained."]),
])
def test_sentences_end_only_where_a_sentence_can(text: str, expected: list[str]) -> None:
    assert [text[start:end] for start, end in sentences(PageText(1, text, ()))] == expected


def test_a_not_damaged_into_another_word_is_read_as_not_and_flagged() -> None:
    found, reasons = determinations.collection(texts(
        "The filing of the Notice of Federal Tax Lien (NFTL) is sustained. "
        "The proposed levy action is net sustained.", method="ocr"))
    assert found is not None and found.outcome == "partially_sustained"
    assert any('"net" was read as "not"' in reason for reason in english_each(reasons))
    spouse, spouse_reasons = determinations.innocent_spouse(texts(
        "Your request for relief under section 6015(f) is nat granted.", method="ocr"))
    assert spouse is not None and spouse.outcome == "denied"
    assert spouse_reasons


@pytest.mark.parametrize("damaged", ["not,sustained", "not.sustained", "not;sustained", "not:|sustained"])
def test_a_speck_glued_between_not_and_its_outcome_keeps_the_not_and_flags_it(damaged: str) -> None:
    # own generator seed 7321, a 200 dpi fax: "The proposed levy action is not,sustained."
    found, reasons = determinations.collection(texts(f"The proposed levy action is {damaged}.", method="ocr"))
    assert found is not None and found.outcome == "not_sustained"
    assert any('was read as "not"' in reason for reason in english_each(reasons))
    spouse, _ = determinations.innocent_spouse(texts(
        f"Your request for relief under section 6015(f) is {damaged.replace('sustained', 'granted')}.",
        method="ocr"))
    assert spouse is not None and spouse.outcome == "denied"


@pytest.mark.parametrize("damaged", ["npt", "nöt", "ncit", "nof", "Not"])
def test_any_word_one_letter_from_not_before_the_outcome_is_a_damaged_not(damaged: str) -> None:
    # own generator seed 5311, a 200 dpi fax: "... to levy is npt sustained." was read as sustained.
    found, reasons = determinations.collection(texts(
        f"The notice of intent to levy is {damaged} sustained.", method="ocr"))
    assert found is not None and found.outcome == "not_sustained"
    assert (damaged == "Not") is not any("was read as" in reason for reason in english_each(reasons))


@pytest.mark.parametrize(("sentence", "outcome"), [
    ("The notice of intent to levy is now sustained.", "sustained"),
    ("The proposed levy is to be sustained.", "sustained"),
])
def test_a_real_word_one_letter_from_not_is_no_damaged_not(sentence: str, outcome: str) -> None:
    found, reasons = determinations.collection(texts(sentence, method="ocr"))
    assert found is not None and found.outcome == outcome
    assert not any("was read as" in reason for reason in english_each(reasons))


def test_a_sentence_telling_what_the_law_offers_decides_nothing() -> None:
    # ind92: the law's three ways, told after the decision, had 6015(f) "allow" relief.
    law = ("A spouse who filed a joint return may ask for relief from joint and several liability in three "
           "ways.",
           "If relief is not available under either, IRC Section 6015(f) allows equitable relief from an "
           "understatement or an underpayment when, taking into account all the facts and circumstances, it "
           "would be inequitable to hold the requesting spouse liable.")
    assert determinations.innocent_spouse(texts(*law)) == (None, ())
    found, _ = determinations.innocent_spouse(texts(
        "Your request for relief under IRC Section 6015(c) is granted in full.", *law))
    assert found is not None and (found.outcome, found.sections) == ("full_relief", ("6015(c)",))


@pytest.mark.parametrize(("sentence", "outcome"), [
    ("You are entitled to relief under IRC 6015(b) for tax year 2021 but not for 2022.", "partial_relief"),
    ("We grant you relief under section 6015(b) for 2020 and 2021, but not for tax year 2022.",
     "partial_relief"),
    ("You are entitled to relief under IRC 6015(b) for tax years 2021 and 2022.", "full_relief"),
])
def test_relief_for_some_years_but_not_others_is_partial(sentence: str, outcome: str) -> None:
    found, _ = determinations.innocent_spouse(texts(sentence))
    assert found is not None and (found.outcome, found.sections) == (outcome, ("6015(b)",))


def test_sections_named_further_back_than_the_sentences_read_with_a_decision_flag_it() -> None:
    # ind106: the request names (b) and (f); two sentences later only (b) is named; then "denied in full".
    found, reasons = determinations.innocent_spouse(texts(
        "You asked for relief under IRC Section 6015(b) and equitable relief under IRC Section 6015(f).",
        "The balances are tax shown on the returns, so section 6015(b), which covers only understatements, "
        "does not apply.",
        "You handled the household's finances and knew the tax would not be paid.",
        "Your innocent spouse relief is denied in full."))
    assert found is not None and found.outcome == "denied"
    assert any("6015(f)" in reason for reason in english_each(reasons))


def test_riot_is_a_damaged_not() -> None:
    # Seed 6174's fax: "n" read as "ri". As it stood, the levy read as sustained and the part as partly so.
    found, reasons = determinations.collection(texts(
        "Appeals does not sustain the filing of the Notice of Federal Tax Lien; the lien will be released. "
        "The proposed levy action is riot sustained.", method="ocr"))
    assert found is not None and found.outcome == "not_sustained"
    assert any('"riot" was read as "not"' in reason for reason in english_each(reasons))


def test_a_damaged_not_flags_only_the_part_it_stands_in() -> None:
    letter = texts("The proposed levy action is net sustained.",
                   "Your request for relief under section 6015(b) is granted in full.", method="ocr")
    assert determinations.collection(letter)[1]
    spouse, spouse_reasons = determinations.innocent_spouse(letter)
    assert spouse is not None and spouse.outcome == "full_relief" and spouse_reasons == ()


@pytest.mark.parametrize("sentence", [
    "You may ask for a withdrawal of the notice of federal tax lien after the balance is paid.",
    "The lien withdrawing process is explained in Publication 1450.",
])
def test_words_near_a_deciding_word_are_not_taken_for_a_garbled_one(sentence: str) -> None:
    found, reasons = determinations.collection(texts(
        "The filing of the Notice of Federal Tax Lien is sustained.", sentence, method="ocr"))
    assert found is not None and found.outcome == "sustained"
    assert english_each(reasons) == ()


def test_net_as_a_word_of_its_own_is_left_alone() -> None:
    found, reasons = determinations.collection(texts(
        "The balance is net of your payments. The proposed levy action is sustained.", method="ocr"))
    assert found is not None and found.outcome == "sustained"
    assert english_each(reasons) == ()


def test_two_different_letters_in_one_subsection_mark_stay_flagged() -> None:
    found, reasons = determinations.innocent_spouse(texts(
        "Your request for relief under IRC § 6015(b) and IRC § 6015(cf) is denied."))
    assert found is not None and found.sections == ("6015(b)",)
    assert reasons


def test_conflicting_spouse_outcomes_are_unknown_and_flagged() -> None:
    found, reasons = determinations.innocent_spouse(texts(
        "Your request for relief is granted in full under section 6015(b).",
        "Your request for relief under section 6015(b) is denied."))
    assert found is not None and found.outcome == "unknown" and reasons


def test_low_ocr_confidence_in_a_determination_is_flagged() -> None:
    rows = [(72.0, 100.0, "The proposed levy action is sustained.")]
    page = make_page(rows, method="ocr", low_words=("sustained.",), low=20.0)
    found, reasons = determinations.collection(document_text([group_lines(page.words)]))
    assert found is not None and found.outcome == "sustained"
    assert reasons and found.confidence < 0.75


def test_ocr_damaged_words_snap_to_the_phrase_vocabulary() -> None:
    assert snap("sustalned.") == "sustained."
    assert snap("Determlnation") == "determination"
    assert snap("1040") == "1040"
    found, _ = determinations.collection(texts("The proposed levy actlon is sustalned.", method="ocr"))
    assert found is not None and found.outcome == "sustained"


def test_a_word_close_to_the_vocabulary_but_another_word_is_kept() -> None:
    assert snap("consider") == "consider" and snap("proposal") == "proposal"
    found, _ = determinations.collection(texts(
        "The proposed levy is sustained.", "The court cannot consider your case if you file late.",
        method="ocr"))
    assert found is not None and len(found.evidence) == 1  # the petition sentence is no evidence


def test_a_damaged_second_alternative_is_read_and_flagged_even_when_the_first_was_read() -> None:
    found, reasons = determinations.collection(texts(
        "We determined that the Notice of Federal Tax Lien filing was appropriate, and it is sustained. "
        "Appeals considered your installment agreement and your offer in cornpromise as alternatives."
    ))
    assert found is not None and found.alternatives == ("installment_agreement", "offer_in_compromise")
    assert ("a collection alternative was read from words the scan damaged: check the alternatives on the "
            "letter") in english_each(reasons)


def test_two_alternatives_read_whole_raise_no_doubt() -> None:
    found, reasons = determinations.collection(texts(
        "We determined that the Notice of Federal Tax Lien filing was appropriate, and it is sustained. "
        "Appeals considered your installment agreement and your offer in compromise as alternatives."
    ))
    assert found is not None
    assert found.alternatives == ("installment_agreement", "offer_in_compromise")
    assert not reasons


def test_an_alternative_split_by_scrambled_lines_is_flagged() -> None:
    # A phone photo's OCR interleaved two lines: "currently not coll" ... "ectible status".
    found, reasons = determinations.collection(texts(
        "We determined that the Notice of Federal Tax Lien filing was appropriate, and it is sustained. "
        "We considered the offer in compromise you sub: account should be placed in currently not coll "
        "mitted in the amount of $233. We considered whether your ectible status."
    ))
    assert found is not None and found.alternatives == ("offer_in_compromise",)
    assert "a collection alternative Appeals considered could not be read" in english_each(reasons)


@pytest.mark.parametrize(("text", "named"), [
    ("2019", True), ("the tax year 2019", True), ("tax years 2019", True), ("fiscal year 2019", False),
    ("tax periods ending december 31, 2019", True), ("the period ended 12/31/2019", True),
    ("tax year 19", False), ("tax period ending june 30, 2019", False),
])
def test_a_tax_year_as_sentences_name_it(text: str, named: bool) -> None:
    assert (re.fullmatch(TAX_YEAR, text) is not None) is named


# Kinds of scan damage and wording on the apart generator's letters (seeds 9007, 9008), each with variation.

@pytest.mark.parametrize(("granted", "denied"), [
    ("Dec. 31, 2021", "Dec. 31, 2022"), ("Dec. 31, 2019", "Dec. 31, 2020 and Dec. 31, 2021"),
    ("Dec. 31, 2017 and Dec. 31, 2018", "Dec. 31, 2019"),
])
def test_a_month_abbreviated_before_its_day_ends_no_sentence(granted: str, denied: str) -> None:
    found, reasons = determinations.innocent_spouse(texts(
        "Your request is allowed in part.",
        f"Under IRC section 6015(c) you are relieved of the liability for {granted}; for {denied} no relief "
        "is allowed."))
    assert found is not None and (found.outcome, found.sections) == ("partial_relief", ("6015(c)",))
    assert english_each(reasons) == ()


@pytest.mark.parametrize(("sentence", "outcome"), [
    ("We determined that the notice of intent to levy! is sustained.", "sustained"),
    ("We determined that the proposed levy. is not sustained.", "not_sustained"),
    ("The notice of intent to levy? was upheld.", "sustained"),
])
def test_a_stop_the_scan_put_before_the_deciding_verb_ends_no_sentence(sentence: str, outcome: str) -> None:
    found, reasons = determinations.collection(texts(sentence, method="ocr"))
    assert found is not None and (found.actions, found.outcome) == (("levy",), outcome)
    assert english_each(reasons) == ()


@pytest.mark.parametrize("garbled", ["hwy!", "1cvv", "lxxy"])
def test_a_notice_of_intent_whose_last_word_the_scan_garbled_is_the_levy(garbled: str) -> None:
    found, _ = determinations.collection(texts(
        "We determined that the notice of federal tax lien filing is sustained.",
        f"We determined that the notice of intent to {garbled} is sustained.", method="ocr"))
    assert found is not None and (found.actions, found.outcome) == (("lien", "levy"), "sustained")


@pytest.mark.parametrize(("sentence", "outcome"), [
    ("We determined that the —_———proposed levy is not—appropriate and—is-not—sustained.", "not_sustained"),
    ("We determined that the proposed levy action isnot | ~ sustained.", "not_sustained"),
    ("The proposed levy wasnot__sustained.", "not_sustained"),
    ("We determined that the proposed levy is appropriate_and is ~ sustained.", "sustained"),
])
def test_rules_and_specks_the_scan_put_across_a_decision_are_spaces(sentence: str, outcome: str) -> None:
    found, reasons = determinations.collection(texts(sentence, method="ocr"))
    assert found is not None and (found.actions, found.outcome) == (("levy",), outcome)
    assert english_each(reasons) == ()


@pytest.mark.parametrize("sentence", [
    "—after—considering all the facts_and circumstances, we grant you_full relief under IRC § 6015(c).",
    "We grant you — full relief under IRC § 6015(c).",
])
def test_rules_across_a_grant_of_relief_are_spaces(sentence: str) -> None:
    found, _ = determinations.innocent_spouse(texts(sentence, method="ocr"))
    assert found is not None and (found.outcome, found.sections) == ("full_relief", ("6015(c)",))


@pytest.mark.parametrize(("cited", "sections"), [
    ("section 6015(b), section 6015(c) (allocation of liability), and section 6015(1) (equitable relief)",
     ("6015(b)", "6015(c)", "6015(f)")),
    ("section 6015(l) (the equitable relief)", ("6015(f)",)),
    ("IRC § 6015(e) (separation of liability) and IRC § 6015(t) (equitable relief)", ("6015(c)", "6015(f)")),
])
def test_a_subsection_the_scan_damaged_is_read_from_the_relief_named_beside_it(
        cited: str, sections: tuple[str, ...]) -> None:
    found, reasons = determinations.innocent_spouse(texts(f"Relief under {cited} is not allowed for 2019.",
                                                          method="ocr"))
    assert found is not None and (found.outcome, found.sections) == ("denied", sections)
    assert english_each(reasons) == ()


@pytest.mark.parametrize("cited", ["section 6015(1)", "section 6015(b) and section 6015(1)"])
def test_a_damaged_subsection_with_no_relief_named_stays_checked(cited: str) -> None:
    found, reasons = determinations.innocent_spouse(texts(f"Relief under {cited} is not allowed.",
                                                          method="ocr"))
    assert found is not None and reasons


@pytest.mark.parametrize(("cited", "section"), [
    ("IRC section 66({(c)", "66(c)"), ("IRC section 66(((c)", "66(c)"), ("IRC § 6015( ((f)", "6015(f)"),
])
def test_specks_read_as_more_opening_brackets_leave_one_subsection(cited: str, section: str) -> None:
    found, reasons = determinations.innocent_spouse(texts(
        "Your request for relief from joint and several liability is denied.",
        f"You do not meet the requirements of {cited}.", method="ocr"))
    assert found is not None and (found.outcome, found.sections) == ("denied", (section,))
    assert english_each(reasons) == ()


@pytest.mark.parametrize("cited", ["IRC section 60.15(b)", "IRC § 601,5(b)", "section 6.015(b)"])
def test_a_stop_inside_a_section_number_is_a_speck(cited: str) -> None:
    found, reasons = determinations.innocent_spouse(texts(
        f"You are granted full relief under {cited} for the tax periods.", method="ocr"))
    assert found is not None and (found.outcome, found.sections) == ("full_relief", ("6015(b)",))
    assert english_each(reasons) == ()


@pytest.mark.parametrize("lost", ["irc section er", "IRC section , relief", "IRC § relief"])
def test_an_irc_section_whose_number_the_scan_lost_flags_the_sections(lost: str) -> None:
    found, reasons = determinations.innocent_spouse(texts(
        f"Your request is granted in part under section 6015(b) of the internal revenue code and {lost} "
        "relief of $1,822 is allowed, and you remain liable for $7,424 of the balances.", method="ocr"))
    assert found is not None and found.outcome == "partial_relief" and reasons


@pytest.mark.parametrize("it", ["jt", "lt", "1t", "It"])
def test_a_decision_referring_back_by_an_it_the_scan_damaged(it: str) -> None:
    found, _ = determinations.collection(texts(
        "We reviewed the notice of intent to levy.",
        f"{it} is partially sustained: it remains in place only for the balances left after the abatement.",
        method="ocr"))
    assert found is not None and (found.actions, found.outcome) == (("levy",), "partially_sustained")


# (a word of four letters or more one off "levy" is snapped to it with the rest of the vocabulary)
@pytest.mark.parametrize("damaged", ["the proposed evy action", "the notice of intent to !evy",
                                     "the proposed evy", "the evy action"])
def test_a_levy_named_one_letter_off_is_read_and_flagged(damaged: str) -> None:
    found, reasons = determinations.collection(texts(
        f"We determined that {damaged} is not appropriate and is not sustained.", method="ocr"))
    assert found is not None and (found.actions, found.outcome) == (("levy",), "not_sustained")
    assert english_each(reasons) == ("a sentence deciding a collection action could not be fully read",)


@pytest.mark.parametrize("sentence", ["We proposed less than that.", "Please send us the forms.",
                                      "The lien filing is sustained."])
def test_words_near_levy_name_no_levy(sentence: str) -> None:
    found, _ = determinations.collection(texts("The lien filing is sustained.", sentence, method="ocr"))
    assert found is not None and found.actions == ("lien",)


@pytest.mark.parametrize("proposal", [
    "you proposed a delay of collection until the sale of your residence",
    "you asked us to postpone collection until your unemployment ends",
    "you requested a postponement of collection while your house is on the market",
])
def test_a_hold_the_person_proposed_is_no_limit_on_the_levy_sustained(proposal: str) -> None:
    found, reasons = determinations.collection(texts(
        f"We determined that the notice of intent to levy is appropriate and is sustained, {proposal}."))
    assert found is not None and (found.actions, found.outcome) == (("levy",), "sustained")
    assert "other" in found.alternatives and english_each(reasons) == ()


def test_a_hold_appeals_set_still_limits_the_levy_sustained() -> None:
    found, reasons = determinations.collection(texts(
        "The proposed levy is sustained, but collection will be postponed for six months."))
    assert found is not None and found.outcome == "partially_sustained" and reasons


@pytest.mark.parametrize(("sentence", "alternatives"), [
    ("You proposed placing your account in cicvenly not collectible status as a collection alternative.",
     ("currently_not_collectible",)),
    ("We considered a not-collectible (hardship) status.", ("currently_not_collectible",)),
    ("You asked us to consider substitution-of other assets.", ("bond_or_substitution",)),
    ("We considered a substitution of-another asset.", ("bond_or_substitution",)),
])
def test_alternatives_named_through_scan_damage(sentence: str, alternatives: tuple[str, ...]) -> None:
    found, reasons = determinations.collection(texts("The proposed levy is sustained.", sentence,
                                                     method="ocr"))
    assert found is not None and found.alternatives == alternatives
    assert english_each(reasons) == ()


@pytest.mark.parametrize("amount", ["|$22,744", "~$5,770", "$ 9,416"])
def test_a_speck_glued_before_an_amount_of_relief_leaves_the_amount(amount: str) -> None:
    found, reasons = determinations.innocent_spouse(texts(
        "We have determined that you qualify for partial relief under section 6015(b).",
        f"You are relieved of {amount} of the understatement.", method="ocr"))
    assert found is not None and (found.outcome, found.sections) == ("partial_relief", ("6015(b)",))
    assert english_each(reasons) == ()


@pytest.mark.parametrize("title", [
    "Notice of Determination Concerning Collection Actions Under IRC Sections 6320 and/or 6330 and Your "
    "Request for Relief from Joint and Several Liability Under IRC Section 6015(b) is denied.",
    "Relief under IRC secs. 6015(b) and (c) is denied.",
])
def test_irc_sections_cited_with_their_numbers_are_no_damage(title: str) -> None:
    found, reasons = determinations.innocent_spouse(texts(title, method="ocr"))
    assert found is not None and found.outcome == "denied" and english_each(reasons) == ()
