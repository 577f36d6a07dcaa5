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

from parser.facts.decisions import determinations
from parser.facts.decisions.phrases import document_text
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
    return found.outcome, found.sections, reasons


def collection(*paragraphs: str) -> tuple[str, tuple[str, ...], tuple[str, ...]]:
    found, reasons = determinations.collection(letter(*paragraphs))
    assert found is not None
    return found.outcome, found.actions, reasons


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
