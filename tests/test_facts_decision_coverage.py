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
