"""The printed last day read wherever it is printed: wrapped labels, table cells, boxes, sentences.

Hand-built pages (words with boxes, as the readers give them) try each layout kind several ways; letters
rendered with reportlab in three fonts, and a 300 dpi scan of each, try them end to end.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import subprocess
from collections.abc import Sequence
from pathlib import Path

import pytest
from facts_pages import BODY_4390, Row, letter_page, make_doc, words_at
from read_support import read_facts
from reportlab.lib.pagesizes import letter
from reportlab.lib.utils import simpleSplit
from reportlab.pdfgen.canvas import Canvas
from said import english

from parser.core.model import Box, Fact, Method, Word
from parser.facts import printed_last_day
from parser.facts.dates import joined_split_month_words
from parser.facts.extract import extract_facts
from parser.facts.header import layout_of
from parser.facts.labels import find_labels, match_label
from parser.facts.printed_last_day import SENTENCE_FORMS, last_day_spots, wrapped_labels
from parser.reading.lines import group_lines, union_box

LAST_DAY = dt.date(2025, 6, 2)  # letter dated March 3, 2025: day 90 is Sunday June 1
PRINTED = "June 2, 2025"
X, Y = 72.0, 440.0  # under the body of facts_pages.letter_page, left margin


def last_day(rows: Sequence[Row] = (), body: Sequence[str] = BODY_4390, method: Method = "pdf_text"
             ) -> Fact[dt.date] | None:
    facts = extract_facts(make_doc(letter_page(body=body, extra=rows, method=method)))
    return facts.fields.printed_last_day


def at(*rows: tuple[float, float, str]) -> list[Row]:
    """Rows placed relative to (X, Y)."""
    return [(X + dx, Y + dy, text) for dx, dy, text in rows]


# --- a label wrapped onto two or three lines ---------------------------------------------------------

WRAPPED: dict[str, list[Row]] = {
    "two lines, date below": at(
        (0, 0, "Last Day to File a Petition With the United States"), (0, 12, "Tax Court:"),
        (0, 24, PRINTED)),
    "two lines, date beside the last": at(
        (0, 0, "Last Day to File a Petition With the"), (0, 12, "United States Tax Court: June 2, 2025")),
    "two lines, date at a tab stop": at(
        (0, 0, "Last Day to File a Petition with"), (0, 12, "the United States Tax Court:"),
        (250, 12, PRINTED)),
    "three lines, date beside": at(
        (0, 0, "Last Day to File a"), (0, 12, "Petition with the United States"),
        (0, 24, "Tax Court: June 2, 2025")),
    "three lines, date below": at(
        (0, 0, "Last Day to File a"), (0, 12, "Petition with the United"), (0, 24, "States Tax Court:"),
        (0, 36, PRINTED)),
    "three lines centred in a cell": at(
        (30, 0, "Last Day to File a"), (10, 12, "Petition with the United States"), (32, 24, "Tax Court:"),
        (40, 38, PRINTED)),
    "a cover line above": at(
        (0, 0, "PREVIOUS NOTICE SENT WITH INCORRECT"), (0, 12, "DATE. CORRECTED NOTICE."),
        (0, 24, "Last Day to File a Petition With the United States"), (0, 36, "Tax Court:"),
        (0, 48, PRINTED)),
}


@pytest.mark.parametrize("rows", WRAPPED.values(), ids=WRAPPED.keys())
def test_a_wrapped_label_s_date_is_read_exactly(rows: list[Row]) -> None:
    fact = last_day(rows)
    assert fact is not None and fact.value == LAST_DAY
    assert not fact.needs_review and fact.reasons == ()
    assert fact.evidence.text == PRINTED


# apart seed 9009: the date beside the label wrapped after its day (no comma), its year back at the margin.
WRAPPED_DATE: dict[str, list[Row]] = {
    "one line": at((0, 0, "Last Day to File Petition with the United States Tax Court: June 2"),
                   (0, 12, "2025")),
    "capitals, a wider line gap": at(
        (0, 0, "Last Day to File Petition with the United States Tax Court: JUNE 2"), (0, 16, "2025")),
    "a wrapped label": at((0, 0, "Last Day to File a Petition With the"),
                          (0, 12, "United States Tax Court: June 2"), (0, 24, "2025")),
}


@pytest.mark.parametrize("rows", WRAPPED_DATE.values(), ids=WRAPPED_DATE.keys())
def test_a_date_beside_the_label_wrapped_after_its_day_is_read_whole(rows: list[Row]) -> None:
    fact = last_day(rows)
    assert fact is not None and fact.value == LAST_DAY
    assert fact.evidence.text.lower() == "june 2 2025"


def test_a_wrapped_label_in_the_header_s_left_column_takes_no_value_of_the_right_column() -> None:
    # Level with the label, the right column holds other labels and their values; the date is under it.
    rows = [(54.0, 106.0, "Last Day to File a"), (54.0, 118.0, "Petition with the United"),
            (54.0, 130.0, "States Tax Court:"), (54.0, 142.0, PRINTED)]
    fact = last_day(rows)
    assert fact is not None and fact.value == LAST_DAY and not fact.needs_review


def test_the_wrapped_label_is_one_label_over_its_lines() -> None:
    page = letter_page(extra=WRAPPED["three lines, date below"])
    (label,) = wrapped_labels([s for line in group_lines(page.words) for s in line.segments])
    assert label.match.text == "Last Day to File a Petition with the United States Tax Court:"
    assert label.match.colon and label.match.score == 1.0
    assert [s.text for s in label.lines] == ["Last Day to File a", "Petition with the United",
                                             "States Tax Court:"]


# --- a ruled table: the date in the cell right of the label, or in the cell below ---------------------

TABLES: dict[str, list[Row]] = {
    "date right of the first line": at(
        (0, 0, "Last Day to File a Petition"), (0, 12, "with the United States Tax Court"),
        (260, 0, PRINTED)),
    "date right of the last line": at(
        (0, 0, "Last Day to File a Petition"), (0, 12, "with the United States Tax Court:"),
        (260, 12, PRINTED)),
    "date cell close to the first line (one run of words)": at(
        (0, 0, "Last Day to File a Petition with"), (160, 0, PRINTED), (0, 12, "the U.S. Tax Court:")),
    "date centred between the lines": at(
        (0, 0, "Last Day to File a Petition"), (0, 12, "with the United States Tax Court"),
        (260, 6, PRINTED)),
    "date in the cell below, beside another column": at(
        (0, 0, "Letter Date"), (150, 0, "Last Day to File a Petition"), (150, 12, "with the Tax Court"),
        (0, 30, "March 3, 2025"), (150, 30, PRINTED)),
    "another column's label to the right, date below": at(
        (0, 0, "Last Day to File a Petition:"), (200, 0, "Letter Date:"), (0, 16, PRINTED),
        (200, 16, "March 3, 2025")),
}


@pytest.mark.parametrize("rows", TABLES.values(), ids=TABLES.keys())
def test_a_table_cell_s_date_is_read_exactly(rows: list[Row]) -> None:
    fact = last_day(rows)
    assert fact is not None and fact.value == LAST_DAY
    assert not fact.needs_review
    assert fact.evidence.text == PRINTED


def test_the_evidence_box_covers_the_date_read() -> None:
    page = letter_page(extra=TABLES["date centred between the lines"])
    fact = extract_facts(make_doc(page)).fields.printed_last_day
    assert fact is not None
    date_words = [w for w in page.words if w.box.top == Y + 6 and w.box.x0 >= X + 260]
    assert [w.text for w in date_words] == PRINTED.split()
    assert fact.evidence.box == union_box(date_words) and fact.evidence.page == 1


# --- other spellings, a label over its date, sentences ------------------------------------------------

SPELLINGS = ("Last date to petition Tax Court:", "Last Day to Petition:", "Petition must be filed by:",
             "Last Day to File a Petition with the U.S. Tax Court:", "Last day to file your petition:")


@pytest.mark.parametrize("label", SPELLINGS)
@pytest.mark.parametrize("place", ["beside", "below"])
def test_label_spellings_beside_or_over_their_date(label: str, place: str) -> None:
    rows = at((0, 0, f"{label} {PRINTED}")) if place == "beside" else at((0, 0, label), (0, 14, PRINTED))
    fact = last_day(rows)
    assert fact is not None and fact.value == LAST_DAY and not fact.needs_review


SENTENCES: dict[str, tuple[str, ...]] = {
    "last day is": ("The last day to file your petition is June 2, 2025.",),
    "with the court, wrapped": (
        "If you want to go to court, the last day to file a petition with the United States",
        "Tax Court is June 2, 2025."),
    "date wrapped": ("The last date to file a petition with the U.S. Tax Court is June", "2, 2025."),
    "last day to petition is": ("The last day to petition the Tax Court is June 2, 2025.",),
    "must be filed by": ("Your petition must be filed with the Tax Court by June 2, 2025.",),
}


@pytest.mark.parametrize("lines", SENTENCES.values(), ids=SENTENCES.keys())
def test_a_sentence_below_the_decisions_names_the_last_day(lines: tuple[str, ...]) -> None:
    fact = last_day(body=(*BODY_4390, *lines))
    assert fact is not None and fact.value == LAST_DAY and not fact.needs_review
    assert fact.evidence.text.replace(" ", "").rstrip(".") == PRINTED.replace(" ", "")


@pytest.mark.parametrize(("name", "text", "date_after"), [
    ("last day to file is", "the last day to file your petition is june 2, 2025.", "june 2"),
    ("last day to file is", "the last date for filing a tax court petition will be on 06/02/2025", "06/02"),
    ("last day to file is", "last day to file a petition in the u.s. tax court is june 2, 2025", "june 2"),
    ("last day to petition is", "the last day to petition the united states tax court is june 2", "june 2"),
    ("petition must be filed by", "your petition must be filed by june 2, 2025", "june 2"),
    ("petition must be filed by", "the petition must be received no later than june 2, 2025", "june 2"),
    ("petition must be filed by", "a petition must be filed with the tax court on or before june 2",
     "june 2"),
])
def test_sentence_forms_end_right_before_their_date(name: str, text: str, date_after: str) -> None:
    found = SENTENCE_FORMS[name].search(text)
    assert found is not None and text[found.end():].startswith(date_after)


@pytest.mark.parametrize("text", [
    "you must file a petition with the united states tax court within 30 days from the date of this letter",
    "we received your request on june 2, 2025",
    "your response is due by june 2, 2025",
    "your petition was filed on june 2, 2025",
])
def test_sentence_forms_need_their_own_words(text: str) -> None:
    assert not any(pattern.search(text) for pattern in SENTENCE_FORMS.values())


# --- dates that are not the last day -----------------------------------------------------------------

NOT_A_LAST_DAY: dict[str, tuple[list[Row], tuple[str, ...]]] = {
    "a receipt in a sentence": ([], ("We received your request on June 2, 2025.",)),
    "a response due date": (at((0, 0, f"Response due date: {PRINTED}")), ()),
    "a hearing date": (at((0, 0, "Hearing date:"), (0, 14, PRINTED)), ()),
    "a hearing in a sentence": ([], ("Your hearing was held on June 2, 2025.",)),
    "a blank label": (at((0, 0, "Last Day to File a Petition With the United States"), (0, 12, "Tax Court:")),
                      ()),
    "a blank label over another label's date": (
        at((0, 0, "Last Day to File a Petition With the"), (0, 12, "United States Tax Court:"),
           (0, 24, f"Response due date: {PRINTED}")), ()),
    "a blank label beside another column's date": (
        at((0, 0, "Last Day to File a Petition:"), (200, 0, "Letter Date:"), (290, 0, PRINTED)), ()),
    "a sentence naming no date": ([], ("The last day to file your petition is shown above.",)),
    "the petition paragraph": ([], ("You may file a petition with the United States Tax Court no later "
                                    "than 90 days from June 2, 2025.",)),
}


@pytest.mark.parametrize(("rows", "body"), NOT_A_LAST_DAY.values(), ids=NOT_A_LAST_DAY.keys())
def test_a_date_that_is_no_last_day_is_not_taken(rows: list[Row], body: tuple[str, ...]) -> None:
    assert last_day(rows, body=(*BODY_4390, *body)) is None


# --- flags: two dates competing, a garbled scanned label -----------------------------------------------

def test_two_different_printed_days_are_flagged() -> None:
    fact = last_day(at((0, 0, "Last Day to File a Petition:"), (0, 14, PRINTED)),
                    body=(*BODY_4390, "The last day to file your petition is June 9, 2025."))
    assert fact is not None and fact.needs_review
    assert "another value" in english(fact.reasons)


def test_the_same_day_printed_twice_is_not_flagged() -> None:
    fact = last_day(at((0, 0, "Last Day to File a Petition:"), (0, 14, PRINTED)),
                    body=(*BODY_4390, "The last day to file your petition is June 2, 2025."))
    assert fact is not None and fact.value == LAST_DAY and not fact.needs_review


def test_a_garbled_wrapped_label_on_a_scan_is_read_and_flagged() -> None:
    rows = at((0, 0, "Last Dav to Fi1e a"), (0, 12, "Petitiom with the United"), (0, 24, "States Tax Court:"),
              (0, 36, PRINTED))
    page = letter_page(extra=rows, method="ocr")
    lines = group_lines(page.words)
    spots = [s for s in last_day_spots(layout_of(page, lines, first=True), find_labels(lines))]
    (spot,) = spots
    assert spot.label.score < 1.0 and spot.below
    assert [w.text for w in spot.words] == PRINTED.split()
    fact = last_day(rows, method="ocr")
    assert fact is not None and fact.value == LAST_DAY
    assert fact.needs_review and "the label was read as" in english(fact.reasons)


def ocr_word(text: str, x0: float, top: float, x1: float, bottom: float) -> Word:
    return Word(text=text, box=Box(x0, top, x1, bottom), page=1, method="ocr", confidence=92.0)


def test_a_date_ocr_boxed_off_its_line_is_still_beside_the_label() -> None:
    # As Tesseract boxed a 300 dpi scan: the "J" of "June" split off and set lower, the box of "Court:"
    # reaching over it; the line grouping puts "J une" on a line of its own.
    label = at((0, 0, "Last Day to File a Petition with the United States Tax"))
    page = letter_page(extra=label, method="ocr")
    court = ocr_word("Court:", X, Y + 13, X + 50.5, Y + 22.5)
    date = (ocr_word("J", X + 30, Y + 12, X + 33, Y + 23.5),
            ocr_word("une", X + 36.5, Y + 13, X + 50, Y + 22.5),
            ocr_word("2,", X + 54.5, Y + 13, X + 61.5, Y + 22),
            ocr_word("2025", X + 66, Y + 13, X + 86.5, Y + 21))
    page = dataclasses.replace(page, words=(*page.words, court, *date))
    fact = extract_facts(make_doc(page)).fields.printed_last_day
    assert fact is not None and fact.value == LAST_DAY
    assert fact.evidence.text == PRINTED and fact.evidence.box == union_box(date)


@pytest.mark.parametrize("stretched", ["Day", "with"])
def test_a_label_line_a_tall_word_box_stretched_over_the_next_line_still_wraps(stretched: str) -> None:
    # apart seed 9010, a 150 dpi scan: Tesseract boxed "with" from above its line to below the top of the
    # label's second line ("U.S. Tax Court:"); the date stands under both.
    first = [ocr_word(text, X + 40.0 * i, Y - (4.0 if text == stretched else 0.0), X + 40.0 * i + 36.0,
                      Y + (15.0 if text == stretched else 8.0))
             for i, text in enumerate(["Last", "Day", "to", "File", "a", "Petition", "with", "the"])]
    second = [ocr_word("U.S.", X, Y + 13.0, X + 17.0, Y + 20.5),
              ocr_word("Tax", X + 20.0, Y + 12.0, X + 36.0, Y + 20.0),
              ocr_word("Court:", X + 39.0, Y + 13.0, X + 65.0, Y + 20.0)]
    date = [ocr_word(PRINTED.split()[0], X, Y + 24.5, X + 22.0, Y + 31.5),
            ocr_word(PRINTED.split()[1], X + 25.0, Y + 24.5, X + 32.0, Y + 31.5),
            ocr_word(PRINTED.split()[2], X + 35.0, Y + 24.5, X + 55.0, Y + 31.5)]
    page = letter_page(method="ocr")
    page = dataclasses.replace(page, words=(*page.words, *first, *second, *date))
    fact = extract_facts(make_doc(page)).fields.printed_last_day
    assert fact is not None and fact.value == LAST_DAY and fact.evidence.text == PRINTED


@pytest.mark.parametrize(("texts", "method", "mended"), [
    (("J", "une", "2,", "2025"), "ocr", ("June", "2,", "2025")),
    (("Ju", "ly", "4,", "2025"), "ocr", ("July", "4,", "2025")),
    (("J", "une", "2,", "2025"), "pdf_text", ("J", "une", "2,", "2025")),  # a text layer is as printed
    (("J", "ones"), "ocr", ("J", "ones")),  # no month name: left alone
    (("Jun", "e"), "ocr", ("Jun", "e")),  # a head of three letters is a word of its own
])
def test_a_month_split_by_ocr_is_joined_only_into_a_month_name(texts: tuple[str, ...], method: Method,
                                                               mended: tuple[str, ...]) -> None:
    words = words_at(X, Y, " ".join(texts), method=method)
    assert tuple(w.text for w in joined_split_month_words(words)) == mended
    if mended != texts:
        assert joined_split_month_words(words)[0].box == union_box(words[:2])


def test_a_table_rule_read_inside_a_scanned_label_is_no_damage() -> None:
    rows = at((0, 0, "Last Day to File a Petition with the |"), (0, 12, "United States Tax Court:"),
              (0, 24, PRINTED))
    fact = last_day(rows, method="ocr")
    assert fact is not None and fact.value == LAST_DAY and not fact.needs_review


# apart 9049 0004 and 9045 0040 (150 dpi): a label wrapped in its cell ("... United States Tax" / "Court:"),
# the date in the cell right of its first line, with the rule between the cells read as a mark of its own
# ("_") or as one more word of the label's line ("| Septernber 29, 2023", an "m" read "rn"). Neither date
# was found; the second label was not even missed.
RULED_WRAPS: dict[str, tuple[list[Row], dt.date]] = {
    "rule read alone, between the cells": (at(
        (0, 0, "Last Day to File a Petition with the United States Tax"), (256, 8, "_"),
        (0, 12, "Court:"), (290, 0, "October 10,2023")), dt.date(2023, 10, 10)),
    "rule and a damaged month on the label's line": (at(
        (0, 0, "Last Day to File a Petition with the United States Tax | Septernber 29, 2023"),
        (0, 12, "Court:")), dt.date(2023, 9, 29)),
    # apart 9079 0077 (a fax): the cell's left edge read as a bracket glued to the day ("[5 July 2023").
    "the cell's edge glued to the date as a bracket": (at(
        (0, 0, "Last Day to File a Petition with the United States Tax [5 July 2023"),
        (0, 12, "Court:")), dt.date(2023, 7, 5)),
}


@pytest.mark.parametrize(("rows", "day"), RULED_WRAPS.values(), ids=RULED_WRAPS.keys())
def test_a_scanned_wrapped_label_s_date_beyond_a_table_rule_is_read(rows: list[Row], day: dt.date) -> None:
    fact = last_day(rows, method="ocr")
    assert fact is not None and fact.value == day


def test_a_scanned_label_read_exactly_is_not_flagged() -> None:
    rows = at((0, 0, "Last Day to File a"), (0, 12, "Petition with the United"), (0, 24, "States Tax Court:"),
              (0, 36, PRINTED))
    fact = last_day(rows, method="ocr")
    assert fact is not None and fact.value == LAST_DAY and not fact.needs_review


@pytest.mark.parametrize(("label", "garbled", "read_surely"), [
    # specks over "File" (apart 9017 0010); read surely, "Last Day to 48 a Petition" is still within a
    # spelling's edits, and its rest follows.
    ("Last Day to 48 a Petition with the U.S. Tax Court:", ("48",), LAST_DAY),
    # Read surely, still the opening of a longer spelling ("Last day to file a petition") and a few words
    # that may be its rest: the date after them is read, flagged.
    ("Last Day to File a Petition with the Unhtd Stx Tax Court:", ("Unhtd", "Stx"), LAST_DAY),
    ("Last Day to Fxxx a Pxtxtxxn with the United States Tax Court:", ("Fxxx", "Pxtxtxxn"), None),
])
def test_a_label_word_ocr_read_at_a_low_confidence_is_no_reason_to_lose_the_label(
        label: str, garbled: tuple[str, ...], read_surely: dt.date | None) -> None:
    """Words OCR read below 60 say nothing of which word was printed: the label is still read, garbled, so
    its date is flagged; the same letters read surely are another text, a label only as far as a spelling
    opens it, and its date, if read, is flagged."""
    rows = at((0, 0, f"{label} {PRINTED}"))
    page = letter_page(extra=rows, method="ocr", low_words=garbled)
    fact = extract_facts(make_doc(page)).fields.printed_last_day
    assert fact is not None and fact.value == LAST_DAY
    assert fact.needs_review and "the label was read as" in english(fact.reasons)
    sure = last_day(rows, method="ocr")
    assert (None if sure is None else sure.value) == read_surely
    assert sure is None or sure.needs_review


@pytest.mark.parametrize(("text", "garbled"), [
    ("petition is fixed: the amount", "fixed:"),
    ("Petition was filed: on time", "filed:"),
    ("petition due dat3: see below", "dat3:"),  # a garbled word of the spelling itself: still a label
])
def test_garbled_words_never_make_a_short_spelling_of_a_sentence(text: str, garbled: str) -> None:
    """A garbled word lets a long label differ by a short word more, never a short one by most of its
    letters: "petition is fixed:" is no "Petition due date" standing without its date (apart 9016 0076)."""
    page = letter_page(extra=at((0, 0, text)), method="ocr", low_words=[garbled])
    facts = extract_facts(make_doc(page))
    assert facts.fields.printed_last_day is None
    assert ("printed_last_day" in facts.needs_review) is text.startswith("petition due")


@pytest.mark.parametrize("text", ["Last Day to File a Response:", "Last day to request a hearing:"])
def test_a_far_off_spelling_is_no_last_day_label(text: str) -> None:
    hit = match_label(text, colon=True)
    assert hit is None or hit[0] != "printed_last_day"


# --- rendered letters: wrapped label, ruled table, box, a line below the decisions ---------------------

FONTS = ("Helvetica", "Times-Roman", "Courier")
LAYOUTS = ("wrapped", "table", "table_below", "box", "sentence")
PAGE_W, PAGE_H = letter
LABEL = "Last Day to File a Petition with the United States Tax Court"
HEADER = (("Date:", "March 3, 2025"), ("Person to contact:", "Maria Gonzalez"),
          ("Employee ID number:", "1000123456"), ("Telephone:", "(213) 555-0142"),
          ("Tax period(s) ended:", "December 31, 2019"), ("Tax form:", "1040"),
          ("Taxpayer identification number:", "XXX-XX-6789"))
BODY = (
    "Notice of Determination Concerning Collection Action(s) Under Section 6320 and/or 6330 and Your "
    "Request for Relief from Joint and Several Liability Under Section 6015",
    "Dear John Q Public:",
    "We received your Form 12153 on October 2, 2024. Your hearing was held on February 10, 2025.",
    "The proposed levy action is sustained. Your request for relief under IRC Section 6015(b) and IRC "
    "Section 6015(f) is denied.",
    "If you disagree with our determination on your request for relief, you must file your petition with the "
    "United States Tax Court within 90 days from the date of this letter.",
)


def render_letter(path: Path, font: str, layout: str) -> tuple[float, float]:
    """A one-page Letter 4390 printing the last day in the given layout; returns where the date's text
    starts (x, distance of its baseline from the top)."""
    size, leading = 10.0, 13.0
    canvas = Canvas(str(path), pagesize=letter, invariant=1)
    canvas.setFont(font, size)

    def text(x: float, top: float, line: str) -> None:
        canvas.drawString(x, PAGE_H - top, line)

    for number, line in enumerate(("Internal Revenue Service", "Independent Office of Appeals",
                                   "1000 Liberty Avenue", "Pittsburgh, PA 15222")):
        text(72, 54 + number * leading, line)
    top = 54.0
    value_x = 320 + max(canvas.stringWidth(label, font, size) for label, _ in HEADER) + 12
    for label, value in HEADER:
        text(320, top, label)
        text(value_x, top, value)
        top += leading
    where = (0.0, 0.0)
    if layout == "wrapped":  # under the header, in its narrow column: the label wraps, its date below
        for line in simpleSplit(LABEL + ":", font, size, 200):
            text(320, top, line)
            top += leading
        text(320, top, PRINTED)
        where = (320.0, top)
        top += leading
    top = max(top, 170.0) + leading
    for line in ("CERTIFIED MAIL", "JOHN Q PUBLIC", "12 ELM ST", "SPRINGFIELD IL 62704"):
        text(72, top, line)
        top += leading
    top += leading
    for paragraph in BODY:
        for line in simpleSplit(paragraph, font, size, PAGE_W - 144):
            text(72, top, line)
            top += leading
        top += leading * 0.6
    top += leading
    if layout == "table":  # two ruled cells: the label wrapped in the left one, the date in the right
        lines = simpleSplit(LABEL, font, size, 180)
        height = leading * len(lines) + 8
        canvas.rect(72, PAGE_H - top - height + 10, 380, height)
        canvas.line(262, PAGE_H - top + 10, 262, PAGE_H - top - height + 10)
        for number, line in enumerate(lines):
            text(78, top + 2 + number * leading, line)
        where = (272.0, top + 2)
        text(*where, PRINTED)
    elif layout == "table_below":  # a ruled table of two rows: headings over their dates
        lines = simpleSplit(LABEL, font, size, 200)
        height = leading * len(lines) + 6
        left, middle, right = 72.0, 200.0, 420.0
        canvas.rect(left, PAGE_H - top - height - leading - 4 + 10, right - left, height + leading + 4)
        canvas.line(middle, PAGE_H - top + 10, middle, PAGE_H - top - height - leading - 4 + 10)
        canvas.line(left, PAGE_H - top - height + 10, right, PAGE_H - top - height + 10)
        text(left + 6, top + 2, "Letter Date")
        for number, line in enumerate(lines):
            text(middle + 6, top + 2 + number * leading, line)
        text(left + 6, top + height + 2, "March 3, 2025")
        where = (middle + 6, top + height + 2)
        text(*where, PRINTED)
    elif layout == "box":  # a box around the label and its date, wrapped over two lines
        lines = simpleSplit(f"{LABEL}: {PRINTED}", font, size, 260)
        canvas.rect(66, PAGE_H - top - leading * len(lines) + 6, 280, leading * len(lines) + 8)
        for number, line in enumerate(lines):
            text(72, top + number * leading, line)
        last = lines[-1]
        indent = canvas.stringWidth(last[:last.index("June")], font, size)
        where = (72 + indent, top + leading * (len(lines) - 1))
    elif layout == "sentence":  # a line below the decisions
        sentence = f"The last day to file your petition is {PRINTED}."
        text(72, top, sentence)
        where = (72 + canvas.stringWidth("The last day to file your petition is ", font, size), top)
    canvas.save()
    return where


@pytest.mark.parametrize("font", FONTS)
@pytest.mark.parametrize("layout", LAYOUTS)
def test_rendered_letters_print_the_last_day_readably(layout: str, font: str, tmp_path: Path) -> None:
    path = tmp_path / f"{layout}-{font}.pdf"
    x, baseline = render_letter(path, font, layout)
    facts = read_facts(path)
    fact = facts.fields.printed_last_day
    assert facts.fields.letter_date is not None and facts.fields.letter_date.value == dt.date(2025, 3, 3)
    assert fact is not None and fact.value == LAST_DAY
    assert not fact.needs_review, english(fact.reasons)
    assert fact.evidence.text == PRINTED and fact.evidence.method == "pdf_text"
    box = fact.evidence.box
    assert abs(box.x0 - x) < 1.5 and box.top < baseline < box.bottom + 3


@pytest.mark.ocr
@pytest.mark.parametrize("layout", LAYOUTS)
def test_scanned_letters_print_the_last_day_readably(layout: str, tmp_path: Path) -> None:
    pdf = tmp_path / f"{layout}.pdf"
    x, baseline = render_letter(pdf, "Helvetica", layout)
    scan = ["pdftoppm", "-r", "300", "-gray", "-png", "-singlefile", str(pdf), str(tmp_path / "scan")]
    subprocess.run(scan, check=True)
    facts = read_facts(tmp_path / "scan.png")
    fact = facts.fields.printed_last_day
    assert fact is not None and fact.value == LAST_DAY
    assert fact.evidence.method == "ocr"
    box = fact.evidence.box
    assert abs(box.x0 - x) < 4 and box.top - 4 < baseline < box.bottom + 6


# --- a label read whole beside a date the scan garbled --------------------------------------------------

GARBLED_DATES: dict[str, list[Row]] = {
    # apart seed 9010: "October 25, 2021" read "October 257, 2020".
    "one line, day and year garbled": at(
        (0, 0, "Last Day to File a Petition with the United States Tax Court: October 257, 2020")),
    "wrapped, date below garbled": at((0, 0, "Last Day to File a Petition With the United States"),
                                      (0, 12, "Tax Court:"), (0, 24, "Jume 3l, 2O2S")),
    "label in a cell, the cell beside it garbled": at(
        (0, 0, "Last Day to File a Petition:"), (250, 0, "Oc; 2 ,")),
}


@pytest.mark.parametrize("rows", GARBLED_DATES.values(), ids=GARBLED_DATES.keys())
def test_a_last_day_label_whose_date_cannot_be_read_asks_a_person(rows: list[Row]) -> None:
    facts = extract_facts(make_doc(letter_page(body=BODY_4390, extra=rows, method="ocr")))
    assert facts.fields.printed_last_day is None
    assert "printed_last_day" in facts.needs_review


@pytest.mark.parametrize("rows", [
    [],  # the letter prints no last day
    at((0, 0, "You may petition the Tax Court; the last day to file a petition depends on the letter date.")),
], ids=["no label", "words of a sentence, no label"])
def test_no_last_day_label_asks_nothing(rows: list[Row]) -> None:
    facts = extract_facts(make_doc(letter_page(body=BODY_4390, extra=rows, method="ocr")))
    assert facts.fields.printed_last_day is None and "printed_last_day" not in facts.needs_review


@pytest.mark.parametrize("tail", ["United States Tax Court:", "the U.S. Tax Court;", "with the Tax Court :"])
def test_a_last_day_labels_tail_alone_in_a_scanned_header_asks_for_the_day(tail: str) -> None:
    """apart 9025 0065: "Last Day to File a Petition with the" lost, only "United States Tax Court:" and a
    date broken over two lines read in a ruled cell; the letter may print a last day there."""
    facts = extract_facts(make_doc(letter_page(body=BODY_4390, extra=[(340.0, 190.0, tail)], method="ocr")))
    assert facts.fields.printed_last_day is None and "printed_last_day" in facts.needs_review


HEAD_READ = (340.0, 190.0, "Last Day to File a Petition with the")


@pytest.mark.parametrize(("rows", "method", "asked"), [
    # apart 9066 0080, a Courier scan: the label's second line garbled with its colon, the date's line lost.
    ([HEAD_READ, (340.0, 202.0, "Uso. stax COULGs")], "ocr", True),
    ([HEAD_READ], "ocr", True),  # no line read after it
    ([HEAD_READ, (340.0, 202.0, "Uso. stax COULGs")], "pdf_text", False),  # a text layer prints what it says
])
def test_a_garbled_last_day_label_in_a_scanned_header_asks_for_the_day(rows: list[Row], method: Method,
                                                                       asked: bool) -> None:
    facts = extract_facts(make_doc(letter_page(body=BODY_4390, extra=rows, method=method)))
    assert facts.fields.printed_last_day is None
    assert ("printed_last_day" in facts.needs_review) is asked


@pytest.mark.parametrize(("rows", "method"), [
    ([(340.0, 190.0, "United States Tax Court:")], "pdf_text"),  # a text layer loses no line
    (at((0, 0, "Send your petition to the United States Tax Court:")), "ocr"),  # a sentence, not the header
])
def test_the_tail_of_a_label_elsewhere_asks_nothing(rows: list[Row], method: Method) -> None:
    facts = extract_facts(make_doc(letter_page(body=BODY_4390, extra=rows, method=method)))
    assert facts.fields.printed_last_day is None and "printed_last_day" not in facts.needs_review


def test_a_last_day_label_with_its_date_read_is_no_missing_value() -> None:
    rows = at((0, 0, "Last Day to File a Petition with the United States Tax Court: June 2, 2025"))
    findings = printed_last_day.last_day_findings(
        layout_of(letter_page(body=BODY_4390, extra=rows), group_lines(
            letter_page(body=BODY_4390, extra=rows).words), first=True), ())
    assert not findings.label_without_date and len(findings.spots) == 1


@pytest.mark.parametrize(("rows", "method", "expected"), [
    # apart 9020 0022: "a Petition with" read "a Tee", "Court:" lost, the date day first, a gap between.
    (at((0, 0, "Last Day to File a Tee"), (130, 0, "the U.s. Tax 2 June 2025")), "ocr", LAST_DAY),
    (at((0, 0, "Last date to file a petition wth th Unted Stats Tx Crt June 2, 2025")), "ocr", LAST_DAY),
    (at((0, 0, "Last Day to Petition Tee Uxxted Sxxtes Tax Court June 2, 2025")), "ocr", LAST_DAY),
    # More words than any spelling has left: a sentence, not a label's rest.
    (at((0, 0, "Last day to file a claim for the refund of the tax you paid is June 2, 2025")), "ocr", None),
    # A text layer prints its label as it is: no rest to guess.
    (at((0, 0, "Last Day to File a Tee the U.s. Tax 2 June 2025")), "pdf_text", None),
])
def test_a_date_after_the_garbled_rest_of_a_longer_label_is_read_and_flagged(
        rows: list[Row], method: Method, expected: dt.date | None) -> None:
    fact = last_day(rows, method=method)
    assert (None if fact is None else fact.value) == expected
    assert fact is None or fact.needs_review
