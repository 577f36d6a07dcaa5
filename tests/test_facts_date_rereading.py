"""The letter date read again when a scan's first reading fails (parser/facts/date_rereading.py)."""

from __future__ import annotations

import dataclasses
import datetime as dt
import subprocess
from collections.abc import Sequence
from pathlib import Path

import pytest
from PIL import Image
from read_support import read_facts
from reportlab.lib.pagesizes import LETTER
from reportlab.pdfgen.canvas import Canvas

from parser.core.errors import InputError
from parser.core.model import Box, Document, Evidence, Fact, PageView, Word
from parser.core.notes import Note, note
from parser.facts import dates
from parser.facts.date_rereading import (
    PASSES,
    Ocr,
    date_fragment_bands,
    date_labels,
    letter_dates_in,
    needs_rereading,
    reread,
    with_date_tails,
)
from parser.facts.field_facts import NO_LABEL_REASON
from parser.facts.header import PageLayout
from parser.facts.letter_date import LetterDate, cross_checks
from parser.reading.page_source import PageSource

D = dt.date


@pytest.mark.parametrize(("text", "joined"), [
    ("Date: J anuary 9, 2024", "Date: January  9, 2024"),
    ("Sep tember 3, 2021", "September  3, 2021"),
    ("in J une 9, 2020", "in June  9, 2020"),
    ("Dec ember 1 and Ju ly 4", "December  1 and July  4"),
    ("May 3, 2021", "May 3, 2021"),  # nothing split
    ("a J anuaryx 9", "a J anuaryx 9"),  # no month when joined
])
def test_a_month_name_split_by_ocr_is_joined_in_place(text: str, joined: str) -> None:
    assert dates.joined_split_months(text) == joined
    assert len(joined) == len(text)


def test_a_split_month_is_read_as_a_date() -> None:
    (reading,) = dates.find_dates("Date: J anuary 9, 2024")
    assert reading.value == D(2024, 1, 9)
    assert "Date: J anuary 9, 2024"[reading.start:reading.end] == "J anuary 9, 2024"


def line(text: str, top: float, x0: float = 360.0) -> list[Word]:
    words, x = [], x0
    for token in text.split():
        width = 6.0 * len(token)
        words.append(Word(token, Box(x, top, x + width, top + 10), 1, "ocr", 95.0))
        x += width + 5
    return words


@pytest.mark.parametrize(("lines", "expected"), [
    ([("Date: July 15, 2025", 50)], [D(2025, 7, 15)]),
    ([("Date", 40), ("May 3, 2021", 53)], [D(2021, 5, 3)]),  # the date under its label
    ([("Letter Date: 03/08/2022", 50)], [D(2022, 3, 8)]),
    ([("July 15, 2025", 50)], [D(2025, 7, 15)]),  # a date alone on its line
    ([("RECEIVED MAR 04 2025", 30), ("Date: March 1, 2025", 50)], [D(2025, 3, 1)]),  # never a stamp's
    ([("Tax Period(s) Ended: 12/31/2019", 50)], []),
    ([("Date of hearing: 05/01/2024", 50)], []),
    # A stamp's edge across the tops made the slashes "7"s (apart 9074 0015): beside its label only.
    ([("Date of this letter: 0772472023", 50)], [D(2023, 7, 24)]),
    ([("Date", 40), ("0772472023", 53)], [D(2023, 7, 24)]),
    ([("0772472023", 50)], []),
])
def test_dates_standing_as_a_letter_date(lines: list[tuple[str, float]], expected: list[D]) -> None:
    words = [w for text, top in lines for w in line(text, top)]
    assert [r.value for r in letter_dates_in(words)] == expected


def test_a_date_under_a_date_word_alone_on_its_line_is_labelled_with_another_column_beside_it() -> None:
    """apart 9071 0024, a photo: "Date" over "5 October 2020" at the top right, read "Dete" and "$ October
    2020", the office's name level with the date in the other column."""
    words = [*line("Dete", 30.0, x0=547.0), *line("IRS Independent Office of Appeals", 38.0, x0=54.0),
             *line("$ October 2020", 37.0, x0=512.0)]
    assert [(r.value, r.labelled) for r in letter_dates_in(words)] == [(D(2020, 10, 5), True)]
    # A word of the other column alone above it is no label: the date stays a lone one.
    other = [*line("Detroit", 30.0, x0=547.0), *words[1:]]
    assert [r.labelled for r in letter_dates_in(other)] in ([], [False])


def test_a_sentences_date_word_is_no_date_label() -> None:
    """A photo's header reaching into the first paragraph: "the date of this letter." is no label."""
    words = (*line("Letter Date:", 40.0, x0=320.0), *line("the date of this letter.", 375.0, x0=54.0),
             *line("Date of this letter: March 3, 2025", 60.0, x0=54.0))
    page = PageView(number=1, width=612.0, height=792.0, method="ocr", words=words)
    found = date_labels(PageLayout(page=page, lines=(), header_bottom=396.0, first=True))
    assert [(w.text, w.box.top) for w in found] == [("Date:", 40.0), ("Date", 60.0)]


def layout_with_image() -> PageLayout:
    page = PageView(number=1, width=612.0, height=792.0, method="ocr",
                    words=tuple(line("Date: J anuary 9, 2024", 52)))
    return PageLayout(page=page, lines=(), header_bottom=250.0, first=True)


def scanned(layout: PageLayout) -> tuple[PageLayout, PageSource]:
    """`layout` with the page source of its scan (a blank 150 dpi image the OCR kept)."""
    document = Document(name="scan.png", sha256="0" * 64, kind="image", pages=(layout.page,))
    return layout, PageSource(document, [], {1: Image.new("L", (1275, 1650), 255)})


def fake_ocr(texts: Sequence[str]) -> Ocr:
    """Each pass reads the next text (a line at the crop's top); then nothing."""
    queue = list(texts)

    def ocr(image: Image.Image, dpi: float, psm: int) -> tuple[Word, ...]:
        return tuple(line(queue.pop(0), 5.0, x0=5.0)) if queue else ()

    return ocr


def first_fact(value: D, reason: Note) -> Fact[D]:
    return Fact(value=value, confidence=0.5, needs_review=True, reasons=(reason,),
                evidence=Evidence(page=1, box=Box(389, 52, 467, 62), text=value.isoformat(), method="ocr"))


def always(_: D) -> bool:
    return True


def test_two_agreeing_passes_give_a_date_the_first_reading_missed() -> None:
    dated = reread(LetterDate(fact=None, alternatives=()), *scanned(layout_with_image()), plausible=always,
                   ocr=fake_ocr(["Date: January 9, 2024"] * 3))  # the third: the speck-blind reading
    assert dated.fact is not None and dated.fact.value == D(2024, 1, 9)
    assert not dated.fact.needs_review and dated.fact.confidence >= 0.9
    assert dated.alternatives == ()


def test_passes_that_disagree_leave_the_date_flagged_with_plausible_alternatives() -> None:
    readings = ["Date: January 9, 2024", "Date: January 8, 2024", "Date: June 9, 2024", "", "", "", ""]
    dated = reread(LetterDate(fact=None, alternatives=()), *scanned(layout_with_image()),
                   plausible=lambda day: day < D(2024, 3, 1), ocr=fake_ocr(readings))
    assert dated.fact is not None and dated.fact.needs_review
    assert {dated.fact.value, *dated.alternatives} == {D(2024, 1, 9), D(2024, 1, 8)}  # June is implausible


def test_agreeing_passes_lift_an_ocr_doubt() -> None:
    first = first_fact(D(2024, 1, 9), note("scan.second_unsure", low=52.0))
    dated = reread(LetterDate(fact=first, alternatives=(D(2024, 6, 9),)), *scanned(layout_with_image()),
                   plausible=always, ocr=fake_ocr(["Date: January 9, 2024"] * 3))
    assert dated.fact is not None and not dated.fact.needs_review
    assert dated.alternatives == ()  # the look-alike month no reading gave is gone


def test_agreeing_passes_never_lift_a_cross_check() -> None:
    first = first_fact(D(2024, 1, 9), note("date.after_as_of", as_of=D(2024, 1, 5)))
    dated = reread(LetterDate(fact=first, alternatives=()), *scanned(layout_with_image()), plausible=always,
                   ocr=fake_ocr(["Date: January 9, 2024"] * 2))
    assert dated.fact == first


def test_passes_agreeing_on_another_date_keep_the_first_flagged_with_it_as_alternative() -> None:
    first = first_fact(D(2024, 1, 9), note("scan.hard_here", low=41.0))
    dated = reread(LetterDate(fact=first, alternatives=()), *scanned(layout_with_image()), plausible=always,
                   ocr=fake_ocr(["Date: January 8, 2024"] * len(PASSES)))
    assert dated.fact == first
    assert dated.alternatives == (D(2024, 1, 8),)


def test_passes_agreeing_against_a_first_reading_garbled_into_its_digits_give_their_date_flagged() -> None:
    # apart 9068 0062, a Courier scan: "2025-07-27" from words read at 6, six passes read July 21.
    first = first_fact(D(2024, 1, 7), note("value.damaged_chars"))
    first = dataclasses.replace(first, evidence=dataclasses.replace(first.evidence, ocr_confidence=6.0))
    dated = reread(LetterDate(fact=first, alternatives=()), *scanned(layout_with_image()), plausible=always,
                   ocr=fake_ocr(["Date: January 1, 2024"] * len(PASSES)))
    assert dated.fact is not None and dated.fact.value == D(2024, 1, 1) and dated.fact.needs_review
    assert dated.alternatives == (D(2024, 1, 7),)  # the first stays possible; deadlines count from the 1st
    # Read surely, the same first reading keeps its value: a person settles two sure readings.
    sure = dataclasses.replace(first, evidence=dataclasses.replace(first.evidence, ocr_confidence=90.0))
    dated = reread(LetterDate(fact=sure, alternatives=()), *scanned(layout_with_image()), plausible=always,
                   ocr=fake_ocr(["Date: January 1, 2024"] * len(PASSES)))
    assert dated.fact == sure and D(2024, 1, 1) in dated.alternatives


def test_a_text_layer_or_a_sure_date_is_not_read_again() -> None:
    layout, pages = scanned(layout_with_image())
    sure = Fact(value=D(2024, 1, 9), confidence=0.97,
                evidence=Evidence(page=1, box=Box(389, 52, 467, 62), text="January 9, 2024", method="ocr"))
    assert not needs_rereading(LetterDate(fact=sure, alternatives=()), layout, pages)
    assert needs_rereading(LetterDate(fact=None, alternatives=()), layout, pages)
    digital = PageLayout(page=PageView(number=1, width=612, height=792, method="pdf_text", words=()),
                         lines=(), header_bottom=250.0, first=True)
    assert not needs_rereading(LetterDate(fact=None, alternatives=()), digital, pages)


@pytest.mark.ocr
@pytest.mark.parametrize("font", ["Helvetica", "Courier", "Times-Roman"])
def test_a_clean_scan_of_a_date_ocr_splits_is_read_and_sure(tmp_path: Path, font: str) -> None:
    """Helvetica's "January" at 300 dpi: the page's OCR reads "J anuary" (the letter date went missing)."""
    pdf = tmp_path / "letter.pdf"
    canvas = Canvas(str(pdf), pagesize=LETTER)
    canvas.setFont(font, 11)
    top = LETTER[1]
    for i, text in enumerate(["Department of the Treasury", "Internal Revenue Service",
                              "Independent Office of Appeals"]):
        canvas.drawString(72, top - 60 - 14 * i, text)
    for i, text in enumerate(["Date: January 9, 2024", "Person to Contact: Maria T Alvarez",
                              "Employee ID Number: 1000234567", "Tel: 215-555-0143"]):
        canvas.drawString(360, top - 60 - 14 * i, text)
    canvas.drawString(72, top - 260, "Dear Taxpayer:")
    canvas.drawString(72, top - 280, "We made a determination about your Collection Due Process hearing.")
    canvas.drawString(72, 50, "Letter 4390 (Rev. 12-2017)")
    canvas.save()
    scan = tmp_path / "scan"
    subprocess.run(["pdftoppm", "-r", "300", "-gray", "-png", "-singlefile", str(pdf), str(scan)], check=True)
    facts = read_facts(tmp_path / "scan.png", as_of=D(2024, 1, 19))
    date = facts.fields.letter_date
    assert date is not None and date.value == D(2024, 1, 9)
    assert not date.needs_review
    assert "letter_date" not in facts.needs_review and facts.letter_date_alternatives == ()


def test_passes_that_read_the_label_lift_a_first_reading_that_had_none() -> None:
    first = first_fact(D(2022, 4, 18), NO_LABEL_REASON)
    unlabelled = LetterDate(fact=first, alternatives=(), labelled=False)
    dated = reread(unlabelled, *scanned(layout_with_image()), plausible=always,
                   ocr=fake_ocr(["Date: April 18, 2022"] * 3))
    assert dated.fact is not None and not dated.fact.needs_review
    # Passes that find the date alone on its line, no label beside it, are no such evidence.
    alone = reread(unlabelled, *scanned(layout_without_label()), plausible=always,
                   ocr=fake_ocr(["April 18, 2022"] * 2))
    assert alone.fact == first


def test_an_unlabelled_first_reading_gives_way_to_the_labelled_date_passes_agree_on() -> None:
    """A RECEIVED stamp's date, read first because the stamp's word was garbled, is not the letter date."""
    stamp = first_fact(D(2023, 11, 7), NO_LABEL_REASON)
    dated = reread(LetterDate(fact=stamp, alternatives=(), labelled=False), *scanned(layout_with_image()),
                   plausible=lambda day: day <= D(2023, 11, 3),
                   ocr=fake_ocr(["Letter Date: Oct. 24, 2023"] * 3))
    assert dated.fact is not None and dated.fact.value == D(2023, 10, 24)
    assert not dated.fact.needs_review and dated.alternatives == ()  # the stamp's date is after the as-of


def layout_without_label() -> PageLayout:
    layout = layout_with_image()
    words = tuple(line("January 9, 2024", 52))
    return PageLayout(page=dataclasses.replace(layout.page, words=words), lines=(), header_bottom=250.0,
                      first=True)


def test_a_crop_tesseract_refuses_costs_only_its_pass() -> None:
    calls: list[int] = []

    def refusing(image: Image.Image, dpi: float, psm: int) -> tuple[Word, ...]:
        calls.append(psm)
        if len(calls) == 1:
            raise InputError(note("error.ocr_refused"))
        return tuple(line("Date: January 9, 2024", 5.0, x0=5.0))

    dated = reread(LetterDate(fact=None, alternatives=()), *scanned(layout_with_image()), plausible=always,
                   ocr=refusing)
    assert dated.fact is not None and dated.fact.value == D(2024, 1, 9) and not dated.fact.needs_review
    assert len(calls) == 4  # a refused pass, two agreeing, and the speck-blind reading that confirms them


def lines_ocr(pages: Sequence[Sequence[str]]) -> Ocr:
    """Each pass reads the next list of lines (one under the other from the crop's top); then nothing."""
    queue = [list(p) for p in pages]

    def ocr(image: Image.Image, dpi: float, psm: int) -> tuple[Word, ...]:
        texts = queue.pop(0) if queue else []
        return tuple(w for i, text in enumerate(texts) for w in line(text, 5.0 + 13.0 * i, x0=5.0))

    return ocr


def read_lines(texts: Sequence[str]) -> list[D]:
    return [r.value for r in letter_dates_in([w for i, t in enumerate(texts) for w in line(t, 40 + 13 * i)])]


@pytest.mark.parametrize(("texts", "expected"), [
    # A "Date" label a scan damaged by one letter, with its colon or alone above its date.
    (["‘Pate: 01/13/2025"], [D(2025, 1, 13)]),
    (["Rate; March 4, 2022"], [D(2022, 3, 4)]),
    (["Dare", "June 25, 2024"], [D(2024, 6, 25)]),
    (["Oate:", "SEP 09 2021"], [D(2021, 9, 9)]),
    # The end of a longer label whose first words the scan garbled.
    (["Dat is | ly of this letter July 03, 2019"], [D(2019, 7, 3)]),
    (["Lettgr date: Nov. 2, 2020"], [D(2020, 11, 2)]),
    # A date broken over two lines under its label, or through a form's ruling marks.
    (["Date", "——____June_ __", "—__——. 25, 2024"], [D(2024, 6, 25)]),
    (["Date:", "_December__", "1, 2023"], [D(2023, 12, 1)]),
    (["Date:", "——____—June_25, __", "2024"], [D(2024, 6, 25)]),
])
def test_a_damaged_or_broken_labelled_date_is_read_beside_its_label(texts: list[str],
                                                                    expected: list[D]) -> None:
    assert read_lines(texts) == expected


@pytest.mark.parametrize("texts", [
    ["JAN 20 2025 15:29 FROM: 913-555-0142 TO: CLINIC INTAKE P.001/003"],  # a fax header's date and time
    ["03/02/2023 9:41 AM FAX 555 0100 PAGE 1"],
    ["Tax year(s): 12/31/2021"],  # a tax year, whatever the label's spelling
    ["Tax years: December 31, 2020"],
])
def test_no_letter_date_where_a_line_names_another_date(texts: list[str]) -> None:
    assert read_lines(texts) == []


@pytest.mark.parametrize("name", ["Kate", "Nate", "Tate"])
def test_a_name_one_letter_from_date_is_no_label(name: str) -> None:
    """The date under it stands alone: a fallback reading, never a labelled one."""
    texts = [name, "May 3, 2021"]
    (found,) = letter_dates_in([w for i, t in enumerate(texts) for w in line(t, 40 + 13 * i)])
    assert found.value == D(2021, 5, 3) and not found.labelled


def test_a_damaged_label_anchors_the_label_passes() -> None:
    """The label passes crop beside the "Date" label even when the scan damaged it ("Pate:")."""
    words = tuple(line("‘Pate: 01/13/2025", 112))
    layout = PageLayout(page=PageView(number=1, width=612.0, height=792.0, method="ocr", words=words),
                        lines=(), header_bottom=250.0, first=True)
    assert [w.text for w in date_labels(layout)] == ["‘Pate:"]


@pytest.mark.parametrize("period_like", ["12/31/2017", "Dec. 31, 2017", "December 31, 2017"])
def test_passes_agreeing_on_an_implausible_date_go_on_to_the_letter_date(period_like: str) -> None:
    """Two passes reading a tax period's end decide nothing: later passes find the labelled date."""
    readings = [[period_like], [period_like], ["Date: July 3, 2019"], ["Date: July 3, 2019"],
                ["Date: July 3, 2019"]]
    dated = reread(LetterDate(fact=None, alternatives=()), *scanned(layout_with_image()),
                   plausible=lambda day: day > D(2018, 12, 31), ocr=lines_ocr(readings))
    assert dated.fact is not None and dated.fact.value == D(2019, 7, 3)
    assert not dated.fact.needs_review and dated.alternatives == ()


@pytest.mark.parametrize("lone", ["12/31/2024", "July 25, 2024", "APR 21 2025"])
def test_a_date_alone_on_its_line_never_sets_an_earlier_deadline_beside_a_labelled_one(lone: str) -> None:
    """A first reading beside its label, passes that disagree, and a lone date (a misread tax period, a
    printed last day, a stamp): only the labelled readings stay as alternatives."""
    first = first_fact(D(2025, 11, 12), note("scan.rescued"))
    readings = [[], [], ["Date: Nov. 12, 2025"], [], ["Date: Nov. 27 2025"], [lone], ["Date: Nov. 27 2025"]]
    dated = reread(LetterDate(fact=first, alternatives=()), *scanned(layout_with_image()),
                   plausible=lambda day: day <= D(2025, 11, 22), ocr=lines_ocr(readings))
    assert dated.fact == first
    assert dated.alternatives == ()  # Nov. 27 is after the as-of date; the lone date is no letter date


@pytest.mark.parametrize(("read", "lookalikes"), [
    ("Jun. 17, 2020", (D(2020, 1, 17), D(2020, 7, 17))),
    ("Mar 5, 2021", (D(2021, 5, 5),)),
    ("JUL 6 2022", (D(2022, 6, 6),)),
])
def test_passes_reading_the_first_value_drop_look_alike_months_no_reading_gave(
        read: str, lookalikes: tuple[D, ...]) -> None:
    """A first reading with damaged characters ("Jun, 17, 2020") whose month could be a look-alike: two
    closer readings of the same month make it sure, and the look-alikes no longer move the deadline."""
    value = dates.find_dates(read)[0].value
    first = first_fact(value, note("value.damaged_chars"))
    dated = reread(LetterDate(fact=first, alternatives=lookalikes), *scanned(layout_with_image()),
                   plausible=always, ocr=fake_ocr([f"Date: {read}"] * 3))
    assert dated.fact is not None and dated.fact.value == value and not dated.fact.needs_review
    assert dated.alternatives == ()


@pytest.mark.parametrize(("passes_read", "settled"), [
    (["Date of this letter: May 28, 2020"] * 3, True),
    (["Date: May 28, 2020"] * 3, True),
    (["May 28, 2020"] * 3, False),  # the passes read no label either: the doubt about it stays
])
def test_passes_reading_the_date_beside_its_label_settle_a_label_the_ocr_garbled(
        passes_read: list[str], settled: bool) -> None:
    """apart 9019 0045: the page's OCR read the label "Dat of this I letter :" and "May" might be "Mar";
    closer readings of the date beside its label settle both."""
    first = first_fact(D(2020, 5, 28), note("value.label_read_as", label="Dat of this I letter :"))
    dated = reread(LetterDate(fact=first, alternatives=(D(2020, 3, 28),)), *scanned(layout_with_image()),
                   plausible=always, ocr=fake_ocr(passes_read))
    assert dated.fact is not None and dated.fact.value == D(2020, 5, 28)
    assert dated.fact.needs_review is not settled
    assert dated.alternatives == (() if settled else (D(2020, 3, 28),))


@pytest.mark.parametrize(("speck_blind", "settled"), [
    ("Date: 03/17/2026", True),
    ("Date: 02/17/2026", False),  # the speck-blind pass reads what the despeckled page read: still in doubt
])
def test_passes_and_the_speck_blind_reading_settle_what_the_despeckled_page_read_otherwise(
        speck_blind: str, settled: bool) -> None:
    """own 6317 0048: a fax's "03/17/2026", which the page read despeckled as "02/17/2026": flagged, the
    deadlines counted from February. Two passes read March beside the label; the speck-blind reading
    decides."""
    first = first_fact(D(2026, 3, 17), note("scan.despeckled", value=D(2026, 2, 17)))
    dated = reread(LetterDate(fact=first, alternatives=(D(2026, 2, 17),)), *scanned(layout_with_image()),
                   plausible=always, ocr=fake_ocr(["Date: 03/17/2026"] * 2 + [speck_blind]))
    assert dated.fact is not None and dated.fact.value == D(2026, 3, 17)
    assert dated.fact.needs_review is not settled
    assert dated.alternatives == (() if settled else (D(2026, 2, 17),))


def test_one_labelled_pass_is_enough_for_agreeing_readings_to_count_as_labelled() -> None:
    """One pass reads the date beside its label, another reads it alone (the label fell out of its crop):
    the agreed date is the labelled letter date, not a stamp's date in place of it."""
    dated = reread(LetterDate(fact=None, alternatives=()), *scanned(layout_with_image()), plausible=always,
                   ocr=lines_ocr([["Date: February 21, 2019"], ["February 21, 2019"]]))
    assert dated.fact is not None and dated.fact.value == D(2019, 2, 21) and dated.labelled


@pytest.mark.parametrize("day", ["2T", "ZT"])
def test_passes_agreeing_on_a_day_of_two_readings_keep_the_date_flagged_with_both(day: str) -> None:
    """"2T July 2023" twice is still 21 or 27: never sure, and the deadlines count from the 21st."""
    dated = reread(LetterDate(fact=None, alternatives=()), *scanned(layout_with_image()), plausible=always,
                   ocr=fake_ocr([f"Date: {day} July 2023"] * 2))
    assert dated.fact is not None and dated.fact.needs_review
    assert dated.fact.value == D(2023, 7, 21) and dated.alternatives == (D(2023, 7, 27),)
    first = first_fact(D(2023, 7, 21), note("scan.hard_here", low=40.0))
    kept = reread(LetterDate(fact=first, alternatives=(D(2023, 7, 27),)), *scanned(layout_with_image()),
                  plausible=always, ocr=fake_ocr([f"Date: {day} July 2023"] * 2))
    assert kept.fact == first and kept.alternatives == (D(2023, 7, 27),)


@pytest.mark.parametrize(("printed", "specked", "blind"), [
    # A speck turns one digit for every pass alike: a year's "1" read "4", "0" or "7", a day's "3" read "8".
    ("Date: February 05, 2021", "Date: February 05, 2024", "Date: February 05, 2021"),
    ("Date: 03/11/2021", "Date: 03/11/2020", "Date: 03/11/2021"),
    ("Date: SEP 13 2019", "Date: SEP 13 2017", "Date: SEP 13 2019"),
    ("Date: June 3, 2022", "Date: June 8, 2022", "Date: June 3, 2022"),
])
def test_agreeing_passes_that_a_speck_fooled_alike_are_no_evidence_against_the_speck_blind_reading(
        printed: str, specked: str, blind: str) -> None:
    """Two passes agree with a doubtful first reading, but the reading blind to specks reads another date:
    the date stays flagged, and that reading is an alternative (the deadlines count from the earliest)."""
    value, other = dates.find_dates(specked)[0].value, dates.find_dates(blind)[0].value
    first = first_fact(value, note("scan.rescued"))
    dated = reread(LetterDate(fact=first, alternatives=()), *scanned(layout_with_image()), plausible=always,
                   ocr=fake_ocr([specked, specked, blind]))
    assert dated.fact is not None and dated.fact.value == value and dated.fact.needs_review
    assert dated.fact.confidence <= 0.5 and other in dated.alternatives
    # No first reading: two passes agreeing on the specked date are flagged the same way.
    found = reread(LetterDate(fact=None, alternatives=()), *scanned(layout_with_image()), plausible=always,
                   ocr=fake_ocr([specked, specked, blind]))
    assert found.fact is not None and found.fact.needs_review and other in found.alternatives
    assert printed == blind


def scored_ocr(readings: Sequence[Sequence[tuple[str, float]]], calls: list[int]) -> Ocr:
    """Each pass reads the next line of (word, Tesseract confidence) pairs; then nothing. `calls` counts."""
    queue = [list(r) for r in readings]

    def ocr(image: Image.Image, dpi: float, psm: int) -> tuple[Word, ...]:
        calls.append(psm)
        words, x = [], 5.0
        for text, confidence in queue.pop(0) if queue else []:
            words.append(Word(text, Box(x, 5.0, x + 6.0 * len(text), 15.0), 1, "ocr", confidence))
            x += 6.0 * len(text) + 5
        return tuple(words)

    return ocr


def scored(text: str, low: str = "", confidence: float = 96.0) -> list[tuple[str, float]]:
    """`text`'s words at 96, the word `low` at `confidence`."""
    return [(w, confidence if w == low else 96.0) for w in text.split()]


AGREED = scored("Date: Sep. 15, 2026")


@pytest.mark.parametrize(("blind", "sure", "alternatives", "steps"), [
    # Sparse text read the grainy "15," as "7" at 16: the block reading of the same filtered crop decides.
    ([scored("Date: Sep. 7 2026", "7", 16.0), scored("Date: Sep. 15, 2026")], True, (), 2),
    # Neither reading of the page's filter is sure: the gentler filter (a speck may survive it) is not
    # asked, and the unsure "14," (a fax's, at 45) stays a possible date the deadlines count from.
    ([scored("Date: Sep. 14, 2026", "14,", 45.0), [], scored("Date: Sep. 15, 2026", "15,", 93.0)], False,
     (D(2026, 9, 14),), 2),
    # The page's filter read no date at all (a faint photo's strokes gone): the gentler one gives the verdict.
    ([[], [], scored("Date: Sep. 15, 2026", "15,", 93.0)], True, (), 3),
    # A sure reading of another date is a verdict at once: flagged, the other date an alternative.
    ([scored("Date: Sep. 11, 2026", "11,", 93.0)], False, (D(2026, 9, 11),), 1),
    # No step reads the date surely: the first step's reading stands as it is (another date: flagged).
    ([scored("Date: Sep. 7 2026", "7", 16.0), scored("Date: Sep. 1 2026", "1", 30.0)], False,
     (D(2026, 9, 7),), 2),
    # An unsure agreeing reading is no verdict when the block reading surely reads another date.
    ([scored("Date: Sep. 15, 2026", "15,", 40.0), scored("Date: Sep. 18, 2026", "18,", 90.0)], False,
     (D(2026, 9, 18),), 2),
])
def test_a_speck_blind_reading_gives_its_verdict_only_where_it_read_the_date_surely(
        blind: list[list[tuple[str, float]]], sure: bool, alternatives: tuple[D, ...], steps: int) -> None:
    calls: list[int] = []
    first = first_fact(D(2026, 9, 15), note("scan.hard_here", low=71.0))
    dated = reread(LetterDate(fact=first, alternatives=()), *scanned(layout_with_image()), plausible=always,
                   ocr=scored_ocr([AGREED, AGREED, *blind], calls))
    assert dated.fact is not None and dated.fact.value == D(2026, 9, 15)
    assert dated.fact.needs_review is not sure and dated.alternatives == alternatives
    assert len(calls) == 2 + steps  # two agreeing passes, then the speck-blind steps until a sure one


def test_a_label_the_page_s_ocr_lost_and_a_pass_read_anchors_the_passes_beside_it() -> None:
    """The page's OCR read neither the "Date:" label nor its date (a photo's shadow over the header's right
    side): once a pass reads them, the passes beside the label run too, and can agree (apart 9017 0012)."""
    page = PageView(number=1, width=612.0, height=792.0, method="ocr",
                    words=tuple(line("Internal Revenue Service", 52, x0=72.0)))
    layout = PageLayout(page=page, lines=(), header_bottom=250.0, first=True)
    psms: list[int] = []
    labelled = ["Date:", "2 May 2022"]

    def ocr(image: Image.Image, dpi: float, psm: int) -> tuple[Word, ...]:
        psms.append(psm)
        texts = labelled if len(psms) in (2, 5, 6) else []  # right side sparse, label block, speck-blind
        return tuple(w for i, text in enumerate(texts) for w in line(text, 5.0 + 13.0 * i, x0=5.0))

    dated = reread(LetterDate(fact=None, alternatives=()), *scanned(layout), plausible=always, ocr=ocr)
    assert dated.fact is not None and dated.fact.value == D(2022, 5, 2) and not dated.fact.needs_review
    # right side (columns, sparse), header band (thresholded, sparse), then beside the label read (one
    # block: two passes agree), then the speck-blind reading
    assert psms == [4, 11, 6, 11, 6, 11]


def header_layout(*rows: tuple[str, float, float]) -> PageLayout:
    """A scanned page whose header prints `rows` (text, top, left), its header 250 points deep."""
    words = tuple(w for text, top, x0 in rows for w in line(text, top, x0=x0))
    page = PageView(number=1, width=612.0, height=792.0, method="ocr", words=words)
    return PageLayout(page=page, lines=(), header_bottom=250.0, first=True)


@pytest.mark.parametrize(("rows", "bands"), [
    # A stamp's fine print over "Date of this letter: November 27, 2024": a day and nothing else of it.
    ([("Social Security Number: ***-**-9121", 85, 54.0), ("Da or) r 27,", 85, 318.0)], [(275.4, 85.0)]),
    ([("LAREEY Patek abe Tully 2022", 88, 319.0)], [(275.4, 88.0)]),  # a year
    # A stamp's edge over the day and year: the month's name (apart 9019 0047), a speck glued on or not.
    ([("Taxpayer Identification Number: ***-**-0668", 97, 55.0), ('Date July T77 2073"', 97, 319.0)],
     [(275.4, 97.0)]),
    ([("Letter date: Sept. lS. 2O2l", 88, 319.0)], [(275.4, 88.0)]),
    ([("Date 14 2023'", 88, 319.0)], [(275.4, 88.0)]),  # a year with a speck glued on
    ([("Letter Date: 05/07/2022", 88, 319.0)], []),  # a whole date: the passes read it
    # A fax's streak through "September 7, 2023" glued it into one word (apart 9090 0041).
    ([("Office of Appeais— —september—F,—2023—-", 88, 319.0)], [(275.4, 88.0)]),
    ([("——_ —— —", 88, 319.0)], []),  # a rule alone: no part of a date
    ([("Tax Periods Ended: 202012; 2021", 88, 54.0)], []),  # a line of another date
    ([("RECEIVED", 70, 340.0), ("JUL 20 2022 12:41", 88, 340.0)], []),  # a stamp's, a fax header's clock
    ([("Stop 54, Fresno CA 93888", 60, 54.0)], []),  # no part of a date
    ([("Dat 1 , 2019", 60, 54.0), ("Da r 27,", 88, 330.0), ("Hrs 2021", 110, 330.0), ("x 3, y", 130, 330.0)],
     [(275.4, 88.0), (275.4, 110.0)]),  # the right side's first, at most two
])
def test_header_lines_holding_part_of_a_date_and_no_whole_one_are_read_alone(
        rows: list[tuple[str, float, float]], bands: list[tuple[float, float]]) -> None:
    found = date_fragment_bands(header_layout(*rows))
    assert [(round(b.x0, 1), round(b.top + 0.25 * 10, 1)) for b in found] == bands
    assert all(b.x1 == 612.0 and round(b.bottom - b.top, 1) == 15.0 for b in found)


def _garbled(text: str, top: float, x0: float, confidence: float) -> list[Word]:
    return [dataclasses.replace(w, confidence=confidence) for w in line(text, top, x0=x0)]


# apart 9051 0002 (a clean Courier scan): a table's first row, "Date of this letter: Apr. 17, 2023", read as
# two garbled lines with no fragment of a date in them; the date was never looked for there. A garbled line
# is read alone after the fragments' lines, once for lines the page read on top of each other.
@pytest.mark.parametrize(("rows", "bands"), [
    ([("Bote ° ok tiie iettce :", 45, 303.0, 30.0), ("a e . E es i) - 3603", 46.5, 309.0, 25.0),
      ("Taxpayer XXX-XX-3254", 61, 303.0, 95.0)], [(275.4, 45.0)]),
    ([("Bote ° ok tiie iettce :", 45, 303.0, 95.0)], []),  # words read sure: no garble
    ([("Tax perlod ended: Decenber 3l", 45, 303.0, 30.0)], []),  # another date's line
    ([("SETESG", 45, 440.0, 0.0)], []),  # fewer than three words: a stamp's or a mark's garble
    ([("Da r 27,", 88, 330.0, 95.0), ("Hrs 2021", 110, 330.0, 95.0), ("x vy zz", 130, 330.0, 20.0)],
     [(275.4, 88.0), (275.4, 110.0), (275.4, 130.0)]),  # after the fragments' lines
])
def test_header_lines_the_page_read_garbled_are_read_alone_too(
        rows: list[tuple[str, float, float, float]], bands: list[tuple[float, float]]) -> None:
    words = tuple(w for text, top, x0, confidence in rows for w in _garbled(text, top, x0, confidence))
    page = PageView(number=1, width=612.0, height=792.0, method="ocr", words=words)
    found = date_fragment_bands(PageLayout(page=page, lines=(), header_bottom=250.0, first=True))
    assert [(round(b.x0, 1), round(b.top + 0.25 * 10, 1)) for b in found] == bands


@pytest.mark.parametrize(("text", "labelled"), [
    ("Dale: Ofithis fefter NowemBer 27, 2024", True),  # the label's other words garbled by a stamp
    ("Date Of this Tetier November 27. 2024", True),
    ("DATE: (of letter) 03/08/2022", True),
    ("Dale Ofithis fefter November 27, 2024", False),  # a damaged "Date" word needs its colon
    ("Date: 4 of 5 pages March 3, 2021", False),  # digits between: no label's words
    ("Date: of this letter was sent to November 27, 2024", False),  # too many words between
])
def test_a_date_label_opening_its_line_may_have_garbled_words_before_the_date(text: str,
                                                                             labelled: bool) -> None:
    readings = letter_dates_in(line(text, 40))
    assert [r.labelled for r in readings] == ([True] if labelled else [])


def test_a_line_read_alone_gives_no_date_without_its_label() -> None:
    """A period's end under its label, its year broken ("December 31, 20 19"): read alone, it is a date on
    a line of its own, which is never the letter's, however many readings agree."""
    layout = header_layout(("Tax Periods Ended:", 60, 54.0), ("December 31,", 73, 64.0))
    dated = reread(LetterDate(fact=None, alternatives=()), *scanned(layout), plausible=always,
                   ocr=lines_ocr([[]] * 4 + [["December 31, 2019"]] * 2 + [[]] * 8))
    assert dated.fact is None


def test_the_lines_alone_are_read_last_and_give_a_flagged_date() -> None:
    """No pass reads a date beside its label (a stamp over the line); the line holding a day read alone,
    as one line, reads it: the date is given, flagged (one reading), never left missing (apart 9017 0064)."""
    layout = header_layout(("Da or) r 27,", 85, 318.0))
    psms: list[int] = []

    def ocr(image: Image.Image, dpi: float, psm: int) -> tuple[Word, ...]:
        psms.append(psm)
        text = "Dale: Ofithis fefter NowemBer 27, 2024" if len(psms) == 5 else ""
        return tuple(line(text, 5.0, x0=5.0)) if text else ()

    dated = reread(LetterDate(fact=None, alternatives=()), *scanned(layout), plausible=always, ocr=ocr)
    assert dated.fact is not None and dated.fact.value == D(2024, 11, 27) and dated.fact.needs_review
    # right side and header band (four passes), the line alone (plain: read; thresholded; rules lifted),
    # then the label passes beside the date it read
    assert psms[:7] == [4, 11, 6, 11, 7, 7, 7] and len(psms) == 11


@pytest.mark.parametrize(("label_top", "found"), [(38.0, D(2023, 9, 7)), (10.0, None)])
def test_a_line_read_alone_right_under_a_date_label_gives_a_flagged_date(label_top: float,
                                                                       found: D | None) -> None:
    """apart 9090 0041, a fax: "Letter Date:" over "September 7, 2023", a streak through the date's line
    ("—september—F,—2023—-" at 6). Only that line read alone, its streak lifted, reads the date; the crop
    leaves the label out, but the page's OCR read it right above: the date is given, flagged. A label
    further up claims no line read alone."""
    layout = header_layout(("Letter Date:", label_top, 320.0), ("—september—F,—2023—-", 50.0, 320.0))

    def ocr(image: Image.Image, dpi: float, psm: int) -> tuple[Word, ...]:
        one_line = image.height < 100  # a line's band; the other passes' regions are taller
        return tuple(line("September 7, 2023", 5.0, x0=5.0)) if one_line else ()

    dated = reread(LetterDate(fact=None, alternatives=()), *scanned(layout), plausible=always, ocr=ocr)
    if found is None:
        assert dated.fact is None
    else:
        assert dated.fact is not None and dated.fact.value == found and dated.fact.needs_review


def test_a_date_the_speck_blind_reading_cannot_read_is_not_made_sure() -> None:
    first = first_fact(D(2024, 1, 9), note("scan.second_unsure", low=52.0))
    dated = reread(LetterDate(fact=first, alternatives=()), *scanned(layout_with_image()), plausible=always,
                   ocr=fake_ocr(["Date: January 9, 2024"] * 2))  # then nothing
    assert dated.fact == first
    found = reread(LetterDate(fact=None, alternatives=()), *scanned(layout_with_image()), plausible=always,
                   ocr=fake_ocr(["Date: January 9, 2024"] * 2))
    assert found.fact is not None and found.fact.value == D(2024, 1, 9) and found.fact.needs_review


def test_the_speck_blind_reading_of_an_implausible_agreed_date_is_an_alternative() -> None:
    """Passes agree on "2024" for a letter read in 2021 (a speck on the "1"): the speck-blind reading's
    2021 becomes an alternative, so the deadlines count from it; an implausible one never does."""
    first = first_fact(D(2024, 2, 5), note("scan.rescued"))
    before_2022 = lambda day: day < D(2022, 1, 1)  # noqa: E731
    dated = reread(LetterDate(fact=first, alternatives=()), *scanned(layout_with_image()),
                   plausible=before_2022, ocr=fake_ocr(["Date: Feb. 5, 2024"] * 2 + ["Date: Feb. 5, 2021"]))
    assert dated.fact == first and dated.alternatives == (D(2021, 2, 5),)
    dated = reread(LetterDate(fact=first, alternatives=()), *scanned(layout_with_image()),
                   plausible=before_2022, ocr=fake_ocr(["Date: Feb. 5, 2024"] * 2 + ["Date: Feb. 5, 2028"]))
    assert dated.fact == first and dated.alternatives == ()


@pytest.mark.parametrize("speck", [(1, 1), (2, 2), (2, 1), (1, 2)])
def test_the_speck_blind_crop_drops_a_speck_and_keeps_the_strokes(speck: tuple[int, int]) -> None:
    """A speck of one or two pixels of the page image (a 150 dpi scan's dust) by a digit goes; strokes two or
    more pixels wide stay."""
    from parser.facts.date_rereading import SPECK_BLIND, _crop

    image = Image.new("L", (1275, 1650), 255)
    ink = Image.new("L", (2, 20), 0)  # the stem of a "1", two pixels wide at 150 dpi
    image.paste(ink, (820, 120))
    image.paste(Image.new("L", (12, 2), 0), (815, 139))  # its foot
    image.paste(Image.new("L", speck, 0), (812, 112))  # a speck up left of its top, apart from it
    page = PageView(number=1, width=612.0, height=792.0, method="ocr", words=())
    box = Box(380.0, 48.0, 410.0, 72.0)
    plain = _crop(page, image, box, threshold=False)
    blind = _crop(page, image, box, threshold=False, despeckle=SPECK_BLIND[0].despeckle)
    assert plain is not None and blind is not None and plain.size == blind.size
    scale = blind.width / (30.0 * 150 / 72)  # crop pixels per page-image pixel (enlarged to 300 dpi)
    left, top = 380 * 150 / 72, 48 * 150 / 72

    def darkest(crop: Image.Image, x: int, y: int, w: int, h: int) -> int:
        window = crop.crop((round((x - left) * scale), round((y - top) * scale),
                            round((x + w - left) * scale), round((y + h - top) * scale)))
        low, _high = window.getextrema()
        assert isinstance(low, int)
        return low

    assert darkest(plain, 812, 112, *speck) < 160 and darkest(blind, 812, 112, *speck) > 200
    assert darkest(plain, 820, 120, 2, 20) < 60 and darkest(blind, 820, 120, 2, 20) < 60
    assert darkest(blind, 815, 139, 12, 2) < 60


@pytest.mark.parametrize(("rule", "kept"), [
    ((0, 30, 400, 33), True),  # a stamp's bottom edge across the date's line
    ((40, 0, 43, 90), True),  # a stamp's side down through it
    ((95, 18, 230, 20), True),  # a line struck through the label
    ((0, 30, 400, 33), False),  # the same edge over a line of no characters
])
def test_thresholded_passes_take_out_rules_and_keep_characters(rule: tuple[int, int, int, int],
                                                               kept: bool) -> None:
    from PIL import ImageDraw

    from parser.facts.date_rereading import _without_rules

    image = Image.new("L", (400, 90), 255)
    draw = ImageDraw.Draw(image)
    if kept:  # strokes as a 300 dpi "1" and "7" have: stems 45 px tall, bars under 30 px
        draw.rectangle((100, 10, 104, 55), fill=0)
        draw.rectangle((120, 10, 150, 14), fill=0)
        draw.rectangle((146, 10, 150, 55), fill=0)
    draw.rectangle(rule, fill=0)
    cleared = _without_rules(image, across=125, down=80)
    x0, top, x1, bottom = rule
    assert cleared.getpixel(((x0 + x1) // 2 if x1 - x0 > 100 else x0 + 1, (top + bottom) // 2 if x1 - x0 > 100
                              else min(bottom - 1, 80))) == 255
    if kept:
        assert cleared.getpixel((102, 45)) == 0 and cleared.getpixel((135, 12)) == 0
        assert cleared.getpixel((148, 50)) == 0


@pytest.mark.parametrize("label", ["Date of this letter:", "Letter date:", "Dated:"])
def test_a_longer_label_ending_the_line_above_labels_the_date_under_it(label: str) -> None:
    readings = letter_dates_in([*line(label, 40), *line("SEPTEMBER 14 2021", 53)])
    assert [(r.value, r.labelled) for r in readings] == [(D(2021, 9, 14), True)]
    # Without its colon a line ending "... of this letter" is prose, not a label.
    prose = letter_dates_in([*line("Keep a copy of this letter", 40), *line("SEPTEMBER 14 2021", 53)])
    assert [r.labelled for r in prose] == [False]


@pytest.mark.parametrize("label", ["’ Date ; : :", "Date .", "Date :", ", Date of this letter: '", "Date"])
def test_specks_after_a_label_ending_its_line_still_label_the_date_under_it(label: str) -> None:
    """apart 9040 0040: "Date" over "MARCH 31 2025", specks read beside the label; every pass read the date
    as a lone one, and no date was kept."""
    readings = letter_dates_in([*line(label, 40), *line("MARCH 31 2025 - ;", 53)])
    assert [(r.value, r.labelled) for r in readings] == [(D(2025, 3, 31), True)]
    # Specks do not make a word that is no label into one.
    other = letter_dates_in([*line("Kate ; :", 40), *line("MARCH 31 2025", 53)])
    assert [r.labelled for r in other] == [False]


@pytest.mark.parametrize("line_text", ["a . 11/25/2024", "o 11/25/2024", ". e ‘ 11/25/2024"])
def test_a_speck_read_as_a_lone_letter_before_a_date_under_its_label_is_no_word(line_text: str) -> None:
    """own 6338 0057 (a fax): "DATE:" over "·11/25/2024", the speck read "a"; the date was no one's."""
    readings = letter_dates_in([*line("DATE:", 40), *line(line_text, 53)])
    assert [(r.value, r.labelled) for r in readings] == [(D(2024, 11, 25), True)]
    # A word of two letters before the date is no speck ("to 11/25/2024").
    assert not any(r.labelled for r in letter_dates_in([*line("DATE:", 40), *line("to 11/25/2024", 53)]))


@pytest.mark.parametrize("mark", ["|", "I", "l", "!"])
def test_a_days_first_1_read_as_a_mark_apart_is_no_rule_and_leaves_day_1_possible(mark: str) -> None:
    """apart 9043 0047 (a fax): "Letter Date: Apr. | 1, 2022" for April 11; the mark was taken out as a
    table's rule and every pass agreed on a sure April 1 (confidently wrong, deadlines 10 days early)."""
    words = line(f"Letter Date: Apr. {mark} 1, 2022", 40)
    (found,) = letter_dates_in(words)
    assert found.value == D(2022, 4, 11) and found.alternatives == (D(2022, 4, 1),)


@pytest.mark.parametrize(("text", "value"), [
    ("Date: OCTOBER | 2026", D(2026, 10, 1)),  # a lone day 1, no day after it: as before
    ("Date: | 06/26/2025", D(2025, 6, 26)),  # a table's rule before a number, no month before it
    ("Date: Apr. 11, 2022", D(2022, 4, 11)),
])
def test_a_mark_joins_only_a_one_digit_day_after_a_month(text: str, value: D) -> None:
    (found,) = letter_dates_in(line(text, 40))
    assert found.value == value and found.alternatives == ()


def test_an_unlabelled_first_reading_gives_way_to_one_labelled_pass_flagged() -> None:
    """A struck-through label lost on the page; one pass reads the date under it: that labelled date is the
    value, flagged (one reading), and the first reading stays a possible date."""
    first = first_fact(D(2021, 9, 15), NO_LABEL_REASON)
    readings = [["September 15, 2021"], [], ["Date of this letter:", "SEPTEMBER 14 2021"]]
    dated = reread(LetterDate(fact=first, alternatives=(), labelled=False), *scanned(layout_with_image()),
                   plausible=always, ocr=lines_ocr(readings))
    assert dated.fact is not None and dated.fact.value == D(2021, 9, 14) and dated.fact.needs_review
    assert dated.labelled and dated.alternatives == (D(2021, 9, 15),)


def test_passes_that_read_the_date_alone_first_still_let_later_passes_read_it_beside_its_label() -> None:
    """apart 9019 0040: "Date of this letter:" over "06/26/2025"; the first two passes' crops lost the label
    and read the date alone, which is no letter date on a scan. The later passes read it under its label:
    the date is labelled, and with the speck-blind reading agreeing, sure."""
    first = first_fact(D(2025, 6, 26), NO_LABEL_REASON)
    alone, labelled = ["06/26/2025"], ["Date of this letter:", "06/26/2025"]
    readings = [alone, [], alone, labelled, labelled, labelled]
    dated = reread(LetterDate(fact=first, alternatives=(), labelled=False), *scanned(layout_with_image()),
                   plausible=always, ocr=lines_ocr(readings))
    assert dated.labelled and dated.fact is not None and dated.fact.value == D(2025, 6, 26)
    assert not dated.fact.needs_review and dated.alternatives == ()
    # Where no later pass reads a label, the date agreed alone stays unlabelled (maybe a stamp's).
    only_alone = reread(LetterDate(fact=first, alternatives=(), labelled=False),
                        *scanned(layout_with_image()), plausible=always, ocr=lines_ocr([alone, alone]))
    assert not only_alone.labelled


def test_the_gentler_speck_blind_reading_runs_only_where_the_first_reads_no_date() -> None:
    """A faint photo's thin strokes do not survive the filter at the page's resolution: the gentler one
    (after enlarging) confirms the date; the date is sure only when one of them reads it."""
    read: list[str] = []
    texts = ["Date: August 05, 2026", "Date: August 05, 2026", "", "", "Date: August 05, 2026"]

    def ocr(image: Image.Image, dpi: float, psm: int) -> tuple[Word, ...]:
        text = texts[len(read)] if len(read) < len(texts) else ""
        read.append(text)
        return tuple(line(text, 5.0, x0=5.0)) if text else ()

    dated = reread(LetterDate(fact=None, alternatives=()), *scanned(layout_with_image()), plausible=always,
                   ocr=ocr)
    assert dated.fact is not None and dated.fact.value == D(2026, 8, 5) and not dated.fact.needs_review
    assert len(read) == 5  # two agreeing passes, the page's filter (sparse, one block), the gentler one


@pytest.mark.parametrize(("month", "rest"), [
    ("SEPTEMBER", ["23", "2021"]),
    ("February", ["05,", "2024"]),
    ("Dec.", ["9,", "2019"]),
])
def test_a_month_the_ocr_boxed_over_the_day_and_year_is_read_with_them(month: str, rest: list[str]) -> None:
    """Tesseract stretched the month's box over the words after it (a photo): the closer readings cut it
    back, and the date under its label is read (the whole page's OCR is left as it is)."""
    label = line("Date of this letter:", 10.0)
    top = 26.0
    x = 360.0
    stretched = Word(month, Box(x, top + 1.5, x + 80.0, top + 8.0), 1, "ocr", 96.0)
    after = []
    x += 6.0 * len(month) + 5
    for token in rest:
        after.append(Word(token, Box(x, top, x + 6.0 * len(token), top + 10.0), 1, "ocr", 95.0))
        x += 6.0 * len(token) + 5
    expected = dates.find_dates(" ".join([month, *rest]))[0].value
    readings = letter_dates_in([*label, stretched, *after])
    assert [(r.value, r.labelled) for r in readings] == [(expected, True)]


@pytest.mark.parametrize(("texts", "expected"), [
    # A label a stamp's edge struck through: its first letters and its end kept, the rest garbled.
    (["Dale Gi Unis icicer: Oct. 12, 2026"], [D(2026, 10, 12)]),
    (["Da a of cirrs eer. Oct. 12 2026"], [D(2026, 10, 12)]),
    (["Da oC of chrrsPettrer : 03/08/2022"], [D(2022, 3, 8)]),
    (["DATE=OFTHIS LETTR: 14 December 2022"], [D(2022, 12, 14)]),
    # "Date:" with its colon read as an "s", or its "e" and colon as one "&".
    (["Dates Jul. 11, 2023"], [D(2023, 7, 11)]),
    (["Deter Dat& 26 June 2023"], [D(2023, 6, 26)]),
    (["Dat& 03/08/2022"], [D(2022, 3, 8)]),
    (["DATES 2 May 2024"], [D(2024, 5, 2)]),
    # Specks and marks before the date on the line under its label.
    (["Date of this letter:", "‘ March 13, 2023"], [D(2023, 3, 13)]),
    ([". . od Date of this letter:", ", March 13, 2023"], [D(2023, 3, 13)]),
    (["Date:", "• 06/05/2023"], [D(2023, 6, 5)]),
])
def test_a_label_a_stamp_or_speck_damaged_still_labels_its_date(texts: list[str], expected: list[D]) -> None:
    found = letter_dates_in([w for i, t in enumerate(texts) for w in line(t, 40 + 13 * i)])
    assert [r.value for r in found] == expected and all(r.labelled for r in found)


def _ruled(label: str, rule: str, date: str, *, rule_width: float, rule_height: float) -> list[Word]:
    """A label's cell and a date's cell of a ruled table, the rule between them read as the word `rule`."""
    words = line(label, 40.0)
    x = words[-1].box.x1 + 8.0
    words.append(Word(rule, Box(x, 38.0, x + rule_width, 38.0 + rule_height), 1, "ocr", 40.0))
    return words + line(date, 40.0, x0=x + rule_width + 6.0)


@pytest.mark.parametrize(("label", "rule", "date", "width", "height", "expected"), [
    # A ruled table's rule between the label's cell and the date's, read as a letter or two: narrow and
    # as tall as the cell (apart 9022 0070 read "Date:. fi 7 August 2024", the "fi" 2.4 by 9.8 points).
    ("Date:.", "fi", "7 August 2024", 2.4, 9.8, D(2024, 8, 7)),
    ("Date:", "i", "03/08/2022", 1.6, 12.0, D(2022, 3, 8)),
    ("Letter Date", "I", "July 15, 2025", 2.0, 11.0, D(2025, 7, 15)),
    ("Date of this letter:", "l", "Oct. 12, 2026", 1.2, 14.0, D(2026, 10, 12)),
])
def test_a_table_rule_read_as_a_letter_between_label_and_date_is_no_word(
        label: str, rule: str, date: str, width: float, height: float, expected: D) -> None:
    (found,) = letter_dates_in(_ruled(label, rule, date, rule_width=width, rule_height=height))
    assert (found.value, found.labelled) == (expected, True)


@pytest.mark.parametrize(("label", "rule", "date", "width", "height"), [
    # A rule taken out leaves the words before it: another label, or words that are no label.
    ("Hearing held:", "i", "March 3, 2021", 1.6, 12.0),
    ("Dear Taxpayer:", "l", "03/08/2022", 1.2, 11.0),
    ("Received", "fi", "7 August 2024", 2.4, 9.8),
])
def test_a_rule_after_words_that_are_no_date_label_labels_nothing(
        label: str, rule: str, date: str, width: float, height: float) -> None:
    assert not any(r.labelled for r in letter_dates_in(_ruled(label, rule, date, rule_width=width,
                                                              rule_height=height)))


@pytest.mark.parametrize("text", [
    "Dayton, OH: March 3, 2021",  # a place, not a label: its word is longer than a damaged "Date"
    "Dear Taxpayer: March 3, 2021",
    "Gates March 3, 2021",  # a name ending in "ates" is no "Dates"
    "Da 2 of this: March 3, 2021",  # digits in the label: not a label's text
])
def test_words_that_only_look_like_a_struck_label_label_nothing(text: str) -> None:
    found = letter_dates_in(line(text, 40))
    assert not any(r.labelled for r in found)


def test_a_colon_read_as_s_anchors_the_label_passes() -> None:
    words = tuple(line("Taxpayer ID number: XXX-XX-4366 Dates Jul. 12023", 107))
    layout = PageLayout(page=PageView(number=1, width=612.0, height=792.0, method="ocr", words=words),
                        lines=(), header_bottom=250.0, first=True)
    assert [w.text for w in date_labels(layout)] == ["Dates"]


def misread_year(value: D) -> Fact[D]:
    return first_fact(value, note("date.after_as_of", as_of=D(2023, 1, 1)))


@pytest.mark.parametrize(("first", "printed", "truth"), [
    (D(2027, 7, 19), "Date: July 19, 2021", D(2021, 7, 19)),  # a "1" read "7"
    (D(5022, 12, 14), "Date: 14 December 2022", D(2022, 12, 14)),  # a "2" read "5"
    (D(2028, 3, 8), "Letter date: 03/08/2023", D(2023, 3, 8)),  # a "3" read "8"
])
def test_a_misread_year_gives_way_to_the_plausible_date_the_passes_agree_on(first: D, printed: str,
                                                                           truth: D) -> None:
    """A first reading the letter cannot have is no rival: two passes and the speck-blind reading agreeing
    on a plausible date make it sure; without the speck-blind reading it is given, flagged."""
    def plausible(day: D) -> bool:
        return day <= D(2023, 6, 1)

    dated = reread(LetterDate(fact=misread_year(first), alternatives=(truth,)), *scanned(layout_with_image()),
                   plausible=plausible, ocr=fake_ocr([printed] * 3))
    assert dated.fact is not None and dated.fact.value == truth and not dated.fact.needs_review
    assert dated.alternatives == ()
    unconfirmed = reread(LetterDate(fact=misread_year(first), alternatives=()), *scanned(layout_with_image()),
                         plausible=plausible, ocr=fake_ocr([printed] * 2))
    assert unconfirmed.fact is not None and unconfirmed.fact.value == truth and unconfirmed.fact.needs_review


def test_plausible_passes_that_disagree_replace_a_misread_year_flagged_with_the_earliest_kept() -> None:
    readings = [["Date: July 19, 2021"], ["Date: July 18, 2021"], [], [], [], [], [], []]
    first = LetterDate(fact=misread_year(D(2027, 7, 19)), alternatives=())
    dated = reread(first, *scanned(layout_with_image()), plausible=lambda day: day <= D(2023, 6, 1),
                   ocr=lines_ocr(readings))
    assert dated.fact is not None and dated.fact.needs_review
    assert {dated.fact.value, *dated.alternatives} == {D(2021, 7, 19), D(2021, 7, 18)}  # never 2027


def test_a_plausible_first_reading_still_holds_against_passes_agreeing_on_another_date() -> None:
    first = first_fact(D(2021, 7, 19), note("scan.hard_here", low=40.0))
    dated = reread(LetterDate(fact=first, alternatives=()), *scanned(layout_with_image()),
                   plausible=always, ocr=fake_ocr(["Date: July 17, 2021"] * 8))
    assert dated.fact is not None and dated.fact.value == D(2021, 7, 19) and dated.fact.needs_review
    assert D(2021, 7, 17) in dated.alternatives


@pytest.mark.parametrize("label", [["Date of this letter:"], ["Date:"], ["Letter date"]])
def test_an_unlabelled_first_reading_the_passes_read_beside_its_label_is_labelled_and_kept_flagged(
        label: list[str]) -> None:
    """A table's label split over two lines left the first reading without it: passes that read it beside
    the label make it labelled (it is counted from); with no speck-blind reading it stays flagged."""
    first = first_fact(D(2025, 10, 20), NO_LABEL_REASON)
    readings = [[*label, "October 20, 2025"], [*label, "October 20, 2025"]]
    dated = reread(LetterDate(fact=first, alternatives=(), labelled=False), *scanned(layout_with_image()),
                   plausible=always, ocr=lines_ocr(readings))
    assert dated.labelled and dated.fact is not None and dated.fact.value == D(2025, 10, 20)
    assert dated.fact.needs_review and NO_LABEL_REASON not in dated.fact.reasons


@pytest.mark.parametrize(("periods", "flagged"), [
    ((D(2021, 12, 31), D(2022, 12, 31), D(2028, 12, 31)), False),  # "2023" read "2028": after the as-of date
    ((D(2030, 6, 30),), False),
    ((D(2021, 12, 31), D(2025, 10, 31)), True),  # a period the letter date precedes: a real doubt
    ((D(2025, 10, 20),), True),
])
def test_only_a_tax_period_the_letter_can_have_disproves_its_date(periods: tuple[D, ...],
                                                                  flagged: bool) -> None:
    reasons = cross_checks(D(2025, 10, 20), [], as_of=D(2025, 11, 15), tax_periods=periods)
    assert (note("date.period_after") in reasons) is flagged


@pytest.mark.parametrize(("rows", "alternatives"), [
    # apart 9020 0092: a stamp's edge across "07/17/2026"; the page's OCR read its tail apart, a line under.
    ([("Dat AUG 98 2026", 82, 320.0), ("17/2026", 90, 369.0)], (D(2026, 7, 17),)),
    ([("Date", 82, 320.0), ("17, 2026", 91, 369.0)], (D(2026, 7, 17),)),  # the tail in two words
    ([("Date", 82, 320.0), ("21/2026", 90, 369.0)], (D(2026, 7, 21),)),  # a later day: shown, not counted
    ([("Date", 82, 320.0), ("17/2025", 90, 369.0)], ()),  # another year: another date's tail
    ([("Date", 82, 320.0), ("17/2026", 130, 369.0)], ()),  # lines away: another line's
    ([("Tax Periods Ended: 12/31/2023", 90, 320.0)], ()),  # a whole date is no tail
])
def test_a_flagged_date_takes_the_days_of_a_date_s_tail_read_beside_it_as_alternatives(
        rows: list[tuple[str, float, float]], alternatives: tuple[D, ...]) -> None:
    flagged = Fact(value=D(2026, 7, 19), confidence=0.5, needs_review=True,
                   reasons=(note("date.reread", n=1),),
                   evidence=Evidence(page=1, box=Box(350, 84, 420, 94), text="07/19/2026", method="ocr"))
    layout = header_layout(*rows)
    dated = with_date_tails(LetterDate(fact=flagged, alternatives=()), layout, always)
    assert dated.alternatives == alternatives
    sure = dataclasses.replace(flagged, needs_review=False, reasons=())
    assert with_date_tails(LetterDate(fact=sure, alternatives=()), layout, always).alternatives == ()


# apart 9053 0078 (a photo): "Date:" over "April 4, 2019" at the top right; readings across the page ran the
# left column's words and a stamp's onto both lines, so the date was never under its label, only alone,
# and was then dropped as a stamp's may be.
@pytest.mark.parametrize("left", ["Internal Revenue Service APR 07 2019", "Appeals Office"])
def test_a_date_right_under_a_date_label_ending_its_column_is_labelled(left: str) -> None:
    words = [*line(left, 40, x0=60.0), *line("Date:", 40, x0=520.0),
             *line("Appeals Office 1919 Smith St", 53, x0=60.0), *line("April 4, 2019", 53, x0=505.0)]
    readings = letter_dates_in(words)
    assert [(r.value, r.labelled) for r in readings] == [(D(2019, 4, 4), True)]


@pytest.mark.parametrize(("printed", "truth", "others"), [
    ("Letter Date: 31 July 2624", D(2024, 7, 31), ()),  # a fax streak closed 2024's "0" (apart 9082 0023)
    ("Date: 03/08/2028", D(2020, 3, 8), (D(2023, 3, 8),)),  # its "8" a "0" or a "3": the earliest counts
])
def test_a_year_every_pass_misread_alike_is_mended_by_one_look_alike_digit_flagged(
        printed: str, truth: D, others: tuple[D, ...]) -> None:
    """Readings that all give a year the letter cannot have: the earliest date one look-alike digit of the
    year makes plausible is the date, flagged and said why; the deadlines count from it."""
    dated = reread(LetterDate(fact=None, alternatives=()), *scanned(layout_with_image()),
                   plausible=lambda day: D(2018, 1, 1) <= day <= D(2025, 1, 1), ocr=fake_ocr([printed] * 20))
    assert dated.fact is not None and dated.fact.value == truth and dated.fact.needs_review
    assert [r.code for r in dated.fact.reasons] == ["date.year_mended"]
    assert dated.alternatives == others


def test_a_year_no_look_alike_digit_mends_gives_no_date() -> None:
    dated = reread(LetterDate(fact=None, alternatives=()), *scanned(layout_with_image()),
                   plausible=lambda day: D(2018, 1, 1) <= day <= D(2026, 1, 1),
                   ocr=fake_ocr(["Date: 31 July 2424"] * 20))
    assert dated.fact is None
