"""Pages sent with the letter (a Form 12153 copy, a lien notice, a publication page) are not the letter."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from facts_pages import LINE_STEP, letter_page, make_doc, make_page
from read_support import read_facts
from reportlab.lib.pagesizes import letter
from reportlab.pdfgen import canvas

from parser.facts.enclosures import enclosure_pages, is_enclosure_by_kind, letter_pages
from parser.facts.extract import extract_facts
from parser.reading.lines import PageText


def pages(*texts: str) -> tuple[PageText, ...]:
    return tuple(PageText(number, text, ()) for number, text in enumerate(texts, start=1))


LETTER_PAGE = "we considered your installment agreement. letter 4390 (rev. 11-2019)"
LETTER_FOOTER = "letter 4390 (rev. 11-2019) page 3 of 3"


@pytest.mark.parametrize(("enclosure", "is_enclosure"), [
    ("you may propose an offer in compromise. form 12153 (rev. 12-2020)", True),
    ("notice of federal tax lien. part 3 - taxpayer's copy form 668(y)(c) (rev. 2-2004)", True),
    ("publication 594 (rev. 5-2023) page 7 an offer in compromise", True),
    ("the levy is sustained. letter 4390 (rev. 11-2019) page 2", False),  # the letter's own page 2
    ("page 3 the levy is sustained.", False),  # no form's mark: read as the letter's
])
def test_a_page_with_its_own_form_mark_after_the_letter_is_an_enclosure(enclosure: str,
                                                                        is_enclosure: bool) -> None:
    assert (2 in enclosure_pages(pages(LETTER_PAGE, enclosure))) is is_enclosure


def test_without_the_letter_footer_every_page_is_the_letter_s() -> None:
    # A scan that lost the letter's footer: nothing says where the letter ends, so nothing is left out.
    document = pages("we considered your installment agreement.", "form 12153 (rev. 12-2020)")
    assert letter_pages(document) == document


def test_letter_pages_leave_out_only_the_enclosures() -> None:
    document = pages(LETTER_PAGE, "form 12153 (rev. 12-2020)", "letter 4390 (rev. 11-2019) page 3")
    assert [page.page for page in letter_pages(document)] == [1, 3]


@pytest.mark.parametrize("attachment", [
    "attachment to letter 4390 - summary of determination and discussion form 886-a (rev. 4-68)",
    "summary and recommendation the levy is sustained. letter 4390 attachment",
])
def test_an_attachment_of_the_letter_is_the_letter_s_whatever_form_it_is_on(attachment: str) -> None:
    # ind103: the determination is only in a "Summary of Determination" printed on a Form 886-A.
    assert enclosure_pages(pages(LETTER_PAGE, attachment)) == frozenset()


def test_a_form_number_with_a_letter_suffix_marks_an_enclosure() -> None:
    assert enclosure_pages(pages(LETTER_PAGE, "explanation of items form 886-a (rev. 4-68)")) == {2}


# Enclosures that carry the letter's own footer and page count too, as some offices print on every page sent:
# what the page is, not its footer, settles it.
@pytest.mark.parametrize("enclosure", [
    # A copy of the taxpayer's request, its form number and title at its head.
    "form 12153 (rev. 12-2013) request for a collection due process or equivalent hearing copy - as received "
    "collection alternatives: [ ] installment agreement [ ] offer in compromise [ ] i cannot pay balance",
    # The same form without its revision mark, as its title line is often printed.
    "form 12153 request for a collection due process or equivalent hearing taxpayer name: ana ruiz",
    # Only an attachment heading at its top.
    "attachment 1 request for a collection due process hearing reason: i want an offer in compromise",
    "enclosure collection information statement monthly income and expenses",
    # A publication page: its running head first, its number and revision in it.
    "page 4 publication 594 (rev. 5-2023) the irs collection process you may be able to pay with an "
    "installment agreement or an offer in compromise",
    # Checkboxes of a form with no number on the page.
    "which collection alternatives do you want considered? ☐ installment agreement ☐ offer in compromise "
    "☒ i cannot pay the balance ☐ lien subordination",
    "□ installment agreement □ offer in compromise □ currently not collectible",
])
def test_an_enclosure_is_one_by_what_it_is_even_under_the_letter_s_footer(enclosure: str) -> None:
    assert enclosure_pages(pages(LETTER_PAGE, f"{enclosure} {LETTER_FOOTER}")) == {2}


@pytest.mark.parametrize("page_two", [
    # The letter's continuation: the taxpayer's name and TIN at its head, its own list of enclosures.
    "ana ruiz xxx-xx-6789 page 2 the time limit for filing your petition is fixed by law. sincerely, "
    "team manager enclosures: copy of form 12153; publication 594",
    # It names the request's form, revision and all, past its head.
    "ana ruiz xxx-xx-6789 page 2 we received your request for a hearing on the form you sent us, "
    "a form 12153 (rev. 12-2013), on may 2, 2024.",
    # A Form 886-A in Appeals' voice: the determination's reasons, a form number at its head.
    "form 886-a (rev. 4-68) explanation of items discussion and conclusion we considered your offer in "
    "compromise and determined that the levy is sustained.",
    # A list of boxes in which Appeals says what it considered: a decision, not a form.
    "we considered the following alternatives: [x] installment agreement [ ] offer in compromise "
    "[ ] currently not collectible",
])
def test_the_letter_s_own_pages_stay_the_letter_s(page_two: str) -> None:
    assert enclosure_pages(pages(LETTER_PAGE, f"{page_two} {LETTER_FOOTER}")) == frozenset()


def test_of_an_enclosure_under_the_letter_s_footer_only_that_footer_is_kept() -> None:
    # A scan may read the letter's number whole only on a page sent with it: its type is still read there.
    form = "form 12153 (rev. 12-2013) [ ] installment agreement [ ] offer in compromise [ ] other "
    kept = letter_pages(pages(LETTER_PAGE, form + LETTER_FOOTER))
    assert [(page.page, page.text) for page in kept] == [(1, LETTER_PAGE), (2, LETTER_FOOTER)]


def test_an_enclosure_citing_a_letter_number_in_its_body_leaves_nothing() -> None:
    form = ("publication 594 (rev. 5-2023) after letter 1058 (rev. 2-2019) you may ask for a hearing; "
            "the hearing is held by the independent office of appeals, far from this page's foot.")
    assert [page.page for page in letter_pages(pages(LETTER_PAGE, form))] == [1]


def test_the_letter_is_recognised_by_its_salutation_when_its_footer_is_lost() -> None:
    document = pages("notice of determination dear ana ruiz: we considered your installment agreement.",
                     "☐ installment agreement ☐ offer in compromise ☐ currently not collectible")
    assert enclosure_pages(document) == {2}


def test_the_first_page_is_never_an_enclosure() -> None:
    assert not enclosure_pages(pages("attachment 1 ☐ installment agreement ☐ offer ☐ other " + LETTER_FOOTER))


@pytest.mark.parametrize(("text", "expected"), [
    ("enclosures: copy of form 12153", False),  # the letter's list of what it sends
    ("exhibit a notice of federal tax lien", True),
    ("[ ] installment agreement [ ] offer in compromise", False),  # two boxes: too few for a form
    # Under a fax machine's line, the page's head is the line after it.
    ("jun 27 2024 11:12 from: 912-555 0143 to: clinic intake p.002/002\npublication 971 (rey. 10-2022) "
     "innocent spouse relief many married taxpayers choose to file a joint tax return", True),
    ("jul o01 2024 16:41 from: 1-281-555-0142 to! clinic intake p.003/003\nform 12153 request for a "
     "collection due process or equivalent hearing", True),
    ("jun 27 2024 11:12 from: 913 555 0142 to: clinic intake p.001/002\ndepartment of the treasury date of "
     "this letter: jun. 10, 2024 form 12153", False),
])
def test_what_marks_an_enclosure_by_kind(text: str, expected: bool) -> None:
    assert is_enclosure_by_kind(PageText(2, text, ())) is expected


# Through the fact finder: the letter's words, and a form copy's page after it with its checkbox list.
FORM_12153_COPY = (
    "Form 12153 (Rev. 12-2013) Request for a Collection Due Process or Equivalent Hearing",
    "Taxpayer name: John Q Public Taxpayer identification number: 123-45-6789",
    "[X] Filed Notice of Federal Tax Lien [X] Proposed Levy or Actual Levy",
    "Collection alternatives: [X] Installment Agreement [ ] Offer in Compromise",
    "[ ] I Cannot Pay Balance [ ] Subordination / Discharge of Lien [ ] Other",
    "Letter 4390 (Rev. 11-2019) Page 2 of 2",
)


def test_a_form_copy_s_checkboxes_are_no_alternatives_appeals_considered() -> None:
    form = make_page([(54.0, 60.0 + i * LINE_STEP * 1.5, text) for i, text in enumerate(FORM_12153_COPY)],
                     number=2)
    collection = extract_facts(make_doc(letter_page(), form)).collection
    assert collection is not None
    assert collection.alternatives == ("installment_agreement",)


# Rendered PDFs, read by the reader: a letter and what is sent with it.
LETTER_LINES = (
    "Internal Revenue Service Date: March 3, 2025",
    "Independent Office of Appeals Person to contact: Maria Gonzalez",
    "Notice of Determination Concerning Collection Action(s) Under Section 6320 and/or 6330",
    "Dear John Q Public:",
    "This letter is our determination on the collection action(s).",
    "Your hearing was held on February 10, 2025.",
    "We determined that the proposed levy is sustained.",
    "We considered your request to place your account in currently not collectible status.",
    "If you want to dispute this determination in court, you must file a petition with the United",
    "States Tax Court within 30 days from the date of this letter.",
    "Enclosures: Copy of Form 12153; Publication 594",
    "Letter 4390 (Rev. 11-2019) Page 1 of 3",
)
PUBLICATION_PAGE = (
    "Page 7 Publication 594 (Rev. 5-2023)",
    "The IRS Collection Process",
    "If you cannot pay in full, you may be able to set up an installment agreement, or make an",
    "offer in compromise. Posting a bond may also stop a levy.",
    "Letter 4390 (Rev. 11-2019) Page 3 of 3",
)
ATTACHED_REQUEST = (
    "Attachment 1",
    "Request for a Collection Due Process Hearing",
    "Collection alternatives: [ ] Installment Agreement [X] Offer in Compromise",
    "[ ] I Cannot Pay Balance [ ] Subordination / Discharge of Lien",
    "Letter 4390 (Rev. 11-2019) Page 2 of 3",
)


def rendered(directory: Path, *page_lines: tuple[str, ...]) -> Path:
    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer, pagesize=letter)
    pdf.setFont("Helvetica", 9)
    for lines in page_lines:
        for i, line in enumerate(lines[:-1]):
            pdf.drawString(54, 740 - i * 16, line)
        pdf.drawString(54, 30, lines[-1])  # the footer, at the page's foot
        pdf.showPage()
    pdf.save()
    path = directory / "letter.pdf"
    path.write_bytes(buffer.getvalue())
    return path


@pytest.mark.parametrize("enclosed", [
    ((*FORM_12153_COPY[:-1], "Letter 4390 (Rev. 11-2019) Page 2 of 3"), PUBLICATION_PAGE),
    (ATTACHED_REQUEST, PUBLICATION_PAGE),
])
def test_a_rendered_letter_s_alternatives_are_its_own_not_its_enclosures(
        tmp_path: Path, enclosed: tuple[tuple[str, ...], ...]) -> None:
    facts = read_facts(rendered(tmp_path, LETTER_LINES, *enclosed))
    assert facts.collection is not None
    assert facts.collection.alternatives == ("currently_not_collectible",)
