"""Lists of relief sections a scan damaged: a comma read as a stop, a lookalike subsection, a misread number.

Each kind is shown with several variations. A list read through damage keeps all its items but is checked;
what the text does not show is never read.
"""

from __future__ import annotations

import pytest
from facts_pages import make_page
from said import english_each

from parser.facts.decisions import determinations
from parser.facts.decisions.phrases import document_text, sentences
from parser.reading.lines import PageText, group_lines

SECTION_UNREAD = "a statute section in the determination could not be read"


def texts(*rows: str, method: str = "ocr") -> tuple[PageText, ...]:
    page = make_page([(72.0, 100.0 + 14 * i, row) for i, row in enumerate(rows)], method=method)  # type: ignore[arg-type]
    return document_text([group_lines(page.words)])


@pytest.mark.parametrize(("rows", "sections"), [
    # one line: the comma after "Code" read as a stop, no join before the next item
    (("Your request is allowed in part. Under section 6015(b) of the Internal Revenue Code. section 6015(c) "
      "(allocation of liability), and IRC section 6015(f) you are relieved of the liability for 2020; for "
      "2021 no relief is allowed.",), ("6015(b)", "6015(c)", "6015(f)")),
    # a join after the stop, the last item's number split by the scan
    (("Relief under IRC § 6015(b), IRC section 6015(c). and section 601 5(f) (equitable relief) is not "
      "allowed.",), ("6015(b)", "6015(c)", "6015(f)")),
    # specks around the stop and a garbled "IRC §" before the last item
    (("You do not meet the requirements of section 6015(b) of the internal revenue code, irc § 6015(c),. "
      "and tre -§ 6015(f) for relief, so your request is denied.",), ("6015(b)", "6015(c)", "6015(f)")),
    # "or" lists, the stop at the end of a line
    (("Relief under IRC § 6015(c).", "or IRC § 6015(f) is not allowed."), ("6015(c)", "6015(f)")),
    # a speck after the "(c" read ")." and a bare subsection after the join (own 6387 0011, a noisy scan)
    (("We determined that you do not qualify for relief from joint and several liability under IRC §§ "
      "6015(c ). and (f). Your request for relief is denied.",), ("6015(c)", "6015(f)")),
])
def test_a_stop_inside_a_list_of_sections_keeps_the_list_whole_and_checked(
        rows: tuple[str, ...], sections: tuple[str, ...]) -> None:
    found, reasons = determinations.innocent_spouse(texts(*rows))
    assert found is not None and found.sections == sections
    assert SECTION_UNREAD in english_each(reasons)


@pytest.mark.parametrize("text", [
    # a real end of sentence before a sentence that is no list item
    "Your request under section 6015(b) is denied. Section 6015(c) relief is not available to you.",
    "We considered section 6015(f). The levy is sustained.",
    "Relief under 6015(b) is denied. And we reviewed the lien.",
])
def test_a_stop_before_a_sentence_of_its_own_still_ends_the_sentence(text: str) -> None:
    page = texts(text)[0]
    assert len(sentences(page)) == 2


@pytest.mark.parametrize(("cited", "sections"), [
    ("IRC section 6015(b) and IRC section 6015(1)", ("6015(b)", "6015(f)")),
    ("section 6015(c) and section 6015(t)", ("6015(c)", "6015(f)")),
    ("§ 6015(/)", ("6015(f)",)),
    ("IRC §§ 6015(b), (c) and (|)", ("6015(b)", "6015(c)", "6015(f)")),
    ("section 6015(6) or section 6015(f)", ("6015(b)", "6015(f)")),
    ("irc § 6015(b), irc § 6015(ec), and irc § 6015(f)", ("6015(b)", "6015(c)", "6015(f)")),
    ("irc § 6015(f1)", ("6015(f)",)),
    ("irc § 60ts(c) and irc section 6015(f)", ("6015(c)", "6015(f)")),
    ("section 60!5(b)", ("6015(b)",)),
    ("irc section 6015(b), irc § 6013(c), and irc section 6015(f)", ("6015(b)", "6015(c)", "6015(f)")),
])
def test_a_lookalike_subsection_or_number_is_read_and_checked(cited: str, sections: tuple[str, ...]) -> None:
    found, reasons = determinations.innocent_spouse(texts(
        f"Your request for relief under {cited} is denied."))
    assert found is not None and (found.outcome, found.sections) == ("denied", sections)
    assert SECTION_UNREAD in english_each(reasons)


@pytest.mark.parametrize(("cited", "sections"), [
    ("section 6015(b)(1)", ("6015(b)",)), ("section 6015(c)(2) and (3)", ("6015(c)",)),
    ("section 6015(b)(1) and section 6015(f)", ("6015(b)", "6015(f)")),
])
def test_a_paragraph_after_a_subsection_is_no_lookalike(cited: str, sections: tuple[str, ...]) -> None:
    found, _ = determinations.innocent_spouse(texts(f"Your request for relief under {cited} is denied."))
    assert found is not None and found.sections == sections


def test_sections_borrowed_from_a_damaged_sentence_before_are_checked() -> None:
    found, reasons = determinations.innocent_spouse(texts(
        "We considered your request under section 6015(b) and section 6015(t).",
        "We have determined that you do not qualify for relief, and your request is denied."))
    assert found is not None and (found.outcome, found.sections) == ("denied", ("6015(b)", "6015(f)"))
    assert SECTION_UNREAD in english_each(reasons)


@pytest.mark.parametrize("cut", [":", ",", ";"])
@pytest.mark.parametrize(("granted", "denied"), [
    ("december 31, 2017", "december 31, 2018"), ("2019", "2020"), ("tax year 2021", "tax year 2022")])
def test_years_parted_by_a_semicolon_the_scan_misread_still_read_as_partial_relief(
        cut: str, granted: str, denied: str) -> None:
    found, _ = determinations.innocent_spouse(texts(
        f"Under section 6015(b) you are relieved of the liability for {granted}{cut} for {denied} no relief "
        "is allowed."))
    assert found is not None and found.outcome == "partial_relief"


@pytest.mark.parametrize(("decided", "sections"), [
    # own 6318 0083: "(f)" read "(:", the part reported partial relief under (b) and (c) alone, sure.
    ("is granted in part under IRC §§ 6015(b), (c) and (: relief of $29,617 is allowed",
     ("6015(b)", "6015(c)")),
    ("under section 6015(b) and (1 is denied", ("6015(b)",)),
    ("under sections 6015(c), or ( is denied", ("6015(c)",)),
])
def test_a_list_item_opened_and_never_closed_on_a_letter_checks_the_sections(
        decided: str, sections: tuple[str, ...]) -> None:
    found, reasons = determinations.innocent_spouse(texts(f"Your request for relief {decided}."))
    assert found is not None and found.sections == sections
    assert SECTION_UNREAD in english_each(reasons)


def test_a_closed_list_item_is_read_and_not_checked() -> None:
    found, reasons = determinations.innocent_spouse(texts(
        "Your request for relief under section 6015(b), (c) and (f ) is denied."))
    assert found is not None and found.sections == ("6015(b)", "6015(c)", "6015(f)")
    assert SECTION_UNREAD not in english_each(reasons)
