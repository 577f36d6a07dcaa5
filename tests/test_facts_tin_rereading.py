"""The taxpayer ID read again on a scan: what a closer reading may take, and when two readings must agree."""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence

import pytest
from facts_pages import make_doc, make_page
from PIL import Image, ImageDraw

from parser.core.model import Box, Evidence, Fact, Word
from parser.core.notes import note
from parser.facts import coverage, tin_rereading
from parser.facts.extract import _tin_kind_by_form
from parser.facts.fields import FieldValue
from parser.facts.header import PageLayout, layout_of, value_spots
from parser.facts.identifiers import (
    labelled_taxpayer_id,
    masked_as_form_says,
    masked_taxpayer_id,
    trailing_last_four,
)
from parser.facts.labels import find_labels
from parser.reading.lines import group_lines
from parser.reading.page_source import PageSource

KEPT_DPI = 150.0


@pytest.mark.parametrize(("text", "last"), [
    ("+t -**-7434", "7434"),  # stars read as specks, the dashes kept
    ("“8 ** 7434", "7434"),  # a star read as a digit, a quote mark
    ("2589", "2589"),  # the mask's small stars lost altogether
    ("[5095", "5095"),  # a ruled cell's border joined to the value
    ("***_**_ 1601", "1601"),
    ("##*-**-4692 .", "4692"),  # a speck after it
])
def test_trailing_last_four_reads_the_last_four_after_any_mask(text: str, last: str) -> None:
    assert trailing_last_four(text) == last


@pytest.mark.parametrize("text", [
    "31 2022",  # the end of a date: a number before it, no mask
    "Form: 1040",  # another label's value
    "12/31/2019",  # a date's slash is never a mask's
    "267.568.5250",  # a phone number: more digits before it than a mask has places
    "nov 9541950",  # no four digits standing apart
    "ooe.99.4285",  # a word where the mask should be
    "Employee ID: 2053 7891",
    "",
])
def test_trailing_last_four_refuses_what_is_not_a_mask(text: str) -> None:
    assert trailing_last_four(text) is None


@pytest.mark.parametrize(("text", "value"), [
    ("2K eK 1 89 5", "XXX-XX-1895"),  # a star read as "K", the last four split by gaps
    ("*K_KK_ 4692", "XXX-XX-4692"),
    ("kK _K_ 3135", "XXX-XX-3135"),
])
def test_a_star_read_as_k_is_a_mask_mark(text: str, value: str) -> None:
    found = labelled_taxpayer_id(text, employer=False)
    assert found is not None and found.value == value and found.repaired


# A scanned page whose header has a taxpayer ID label at (330, 100), its value unreadable in the page's OCR.
def _scan(label: str = "Social Security Number:", *, with_label: bool = True
          ) -> tuple[PageLayout, PageSource]:
    rows = [(54.0, 40.0, "Internal Revenue Service"), (330.0, 80.0, "Date: March 3, 2025")]
    if with_label:
        rows.append((330.0, 100.0, label))
    rows += [(330.0, 120.0, "Form: 1040"), (54.0, 300.0, "Dear Maria Gonzalez:")]
    page = make_page(rows, method="ocr")
    image = Image.new("L", (round(612 * KEPT_DPI / 72), round(792 * KEPT_DPI / 72)), 255)
    ImageDraw.Draw(image).rectangle((0, 150, image.width, 320), fill=0)  # ink where the places are read
    pages = PageSource(make_doc(page), [], {1: image})
    return layout_of(page, group_lines(page.words), first=True), pages


class _Readings:
    """A stand-in for Tesseract: the place readings given in turn, each as one line of text."""

    def __init__(self, texts: Sequence[str]) -> None:
        self.texts = list(texts)
        self.calls = 0

    def __call__(self, image: Image.Image, dpi: float, psm: int) -> tuple[Word, ...]:
        self.calls += 1
        text = self.texts.pop(0) if self.texts else ""
        return tuple(Word(text=token, box=Box(10.0 * i, 0.0, 10.0 * i + 8.0, 10.0), page=1, method="ocr",
                          confidence=80.0) for i, token in enumerate(text.split()))


def _first(value: str) -> Fact[FieldValue]:
    evidence = Evidence(page=1, box=Box(420, 100, 480, 110), text=value, method="ocr")
    return Fact(value=value, confidence=0.5, evidence=evidence, needs_review=True)


def test_two_agreeing_readings_give_a_missing_value_flagged() -> None:
    layout, pages = _scan()
    readings = _Readings(["+t -**-7434", "“8 ** 7434"])  # each pass: beside the label, read first
    fact = tin_rereading.reread(None, layout, pages, ocr=readings)
    assert fact is not None and fact.value == "XXX-XX-7434"
    assert fact.needs_review and fact.reasons[0].code == "scan.tin_reread"
    assert "7434" in fact.evidence.text and readings.calls == 2


def test_readings_that_disagree_give_nothing() -> None:
    layout, pages = _scan()
    readings = _Readings(["***-**-2715", "", "***-**-2215", "", "***-**-0945", "", "eee 2211", ""])
    assert tin_rereading.reread(None, layout, pages, ocr=readings) is None


def test_two_closer_readings_against_the_first_leave_no_value() -> None:
    layout, pages = _scan()
    readings = _Readings(["***-**-2215", "XXX-XX-2215"])
    assert tin_rereading.reread(_first("XXX-XX-0945"), layout, pages, ocr=readings) is None
    readings = _Readings(["***-**-5899", "***_**_5899"])  # or a right first reading against two wrong
    assert tin_rereading.reread(_first("XXX-XX-5829"), layout, pages, ocr=readings) is None


def test_two_closer_readings_against_a_first_reading_garbled_into_its_digits_give_theirs_flagged() -> None:
    # apart 9065 0042, a photo: the page read "XR KK-B206" at 6 for "XXX-XX-8296", read right twice, 450 dpi.
    layout, pages = _scan()
    garbled = dataclasses.replace(_first("XXX-XX-8206"), reasons=(note("value.tin_mask_damaged"),))
    readings = _Readings(["***-**-8296", "XXX-XX-8296"])
    fact = tin_rereading.reread(garbled, layout, pages, ocr=readings)
    assert fact is not None and fact.value == "XXX-XX-8296"
    assert fact.needs_review and fact.reasons[0].code == "scan.tin_reread"
    # Readings less sure than the first (here 80 against 90) outweigh nothing: no last four (apart 9058 0006:
    # "4868" read at 7, twice, against a right "1868" at 34).
    surer = dataclasses.replace(garbled, evidence=dataclasses.replace(garbled.evidence, ocr_confidence=90.0))
    readings = _Readings(["***-**-8296", "XXX-XX-8296"])
    assert tin_rereading.reread(surer, layout, pages, ocr=readings) is None


def test_a_first_reading_contradicted_and_never_confirmed_twice_is_dropped() -> None:
    layout, pages = _scan()
    # Closer readings give another last four, once: neither it nor the first reading is sure.
    readings = _Readings(["***-**-1906", "", "", "", "", "", "", ""])
    assert tin_rereading.reread(_first("XXX-XX-4906"), layout, pages, ocr=readings) is None


def test_a_first_reading_stays_when_closer_readings_read_nothing() -> None:
    layout, pages = _scan()
    first = _first("XXX-XX-5331")
    assert tin_rereading.reread(first, layout, pages, ocr=_Readings([])) is first


def test_a_first_reading_two_closer_readings_confirm_stays_as_it_was() -> None:
    layout, pages = _scan()
    first = _first("XXX-XX-1601")
    readings = _Readings(["***_**_ 160]", "**£*_¢4_1 601"])
    assert tin_rereading.reread(first, layout, pages, ocr=readings) is first


# apart 9049 0059 (a fax): the header band's two readings agreed on an EIN's "XX-XXX5261"; the closer
# readings, beside a label they read as an SSN's, masked the same last four as an SSN's, and the value was
# dropped as contradicted. The last four is what they read; the mask's kind stays the first's.
@pytest.mark.parametrize("beside", ["XXX-XX-5261", "***-**-5261"])
def test_closer_readings_of_the_first_s_last_four_in_another_mask_confirm_it(beside: str) -> None:
    layout, pages = _scan()
    first = _first("XX-XXX5261")
    fact = tin_rereading.reread(first, layout, pages, ocr=_Readings([beside, beside]))
    assert fact is not None and fact.value == "XX-XXX5261"


def test_a_letter_read_for_a_digit_that_could_be_another_is_no_evidence() -> None:
    layout, pages = _scan()
    # Courier's "9" read "Q" by two readings alike: "Q" is taken for "0", so they would agree on a wrong
    # last four; a stroke read for a "1" ("]") is no such doubt.
    first = _first("XXX-XX-9460")
    readings = _Readings(["**k*k_-*k_-Q460", "x*k*_*kk_Q460", "", "", "***-**-9460", "***_**_9460 |"])
    assert tin_rereading.reread(first, layout, pages, ocr=readings) is first
    readings = _Readings(["***-**-S0Q5", "", "eK E_50Q5", "", "", "", "", ""])
    assert tin_rereading.reread(None, layout, pages, ocr=readings) is None
    first = _first("XXX-XX-0176")
    readings = _Readings(["CK _*K_O176", "*#F_*K_O176"])  # a round "O" is a "0" and nothing else
    assert tin_rereading.reread(first, layout, pages, ocr=readings) is first


def test_the_value_under_the_label_is_read_when_nothing_stands_beside_it() -> None:
    layout, pages = _scan()
    readings = _Readings(["", "***-**-1895", "", "*K_KK_ 1895"])  # beside: blank; under: the value
    fact = tin_rereading.reread(None, layout, pages, ocr=readings)
    assert fact is not None and fact.value == "XXX-XX-1895"


@pytest.mark.parametrize("under", ["1040", "| 1041 |", "2021", "[1120", "1065 .", "“5329"])
def test_four_digits_alone_under_the_label_are_another_values(under: str) -> None:
    # A ruled table's value cell reads blank; under the label stands the next row's value, its own label
    # in another cell. Its four digits are no last four (apart seed 9013 0075: "1040" read there dropped a
    # right "8280"), nor any evidence for one.
    layout, pages = _scan()
    first = _first("XXX-XX-8280")
    readings = _Readings(["", under] * 4)
    assert tin_rereading.reread(first, layout, pages, ocr=readings) is first
    readings = _Readings(["", under] * 4)
    assert tin_rereading.reread(None, layout, pages, ocr=readings) is None


@pytest.mark.parametrize(("beside", "value"), [
    ("XXX-XX-795) Date of this letter: |", "XXX-XX-7951"),  # the next column's label on the same line
    ("***-**-402} |", "XXX-XX-4021"),
])
def test_a_final_one_read_as_a_bracket_confirms_the_first_reading(beside: str, value: str) -> None:
    layout, pages = _scan()
    first = _first(value)
    assert tin_rereading.reread(first, layout, pages, ocr=_Readings([beside])) is first
    assert tin_rereading.reread(None, layout, pages, ocr=_Readings([beside, "", beside.upper()])) is not None


def test_two_readings_of_a_zero_as_parentheses_agree_on_it() -> None:
    layout, pages = _scan("Employer Identification Number:")
    fact = tin_rereading.reread(None, layout, pages, ocr=_Readings(["**_***5()23", "pan", "**_***5()23 |"]))
    assert fact is not None and fact.value == "XX-XXX5023" and fact.needs_review


# The passes that read every place; the de-stamped one reads only where a stamp's ink is (none here).
PLAIN_PASSES = [step for step in tin_rereading.PASSES if not step.destamp]


def _scan_with(rows: Sequence[tuple[float, float, str]]) -> tuple[PageLayout, PageSource]:
    page = make_page([(54.0, 40.0, "Internal Revenue Service"), *rows, (54.0, 300.0, "Dear Maria Gonzalez:")],
                     method="ocr")
    image = Image.new("L", (round(612 * KEPT_DPI / 72), round(792 * KEPT_DPI / 72)), 255)
    ImageDraw.Draw(image).rectangle((0, 150, image.width, 320), fill=0)
    return layout_of(page, group_lines(page.words), first=True), PageSource(make_doc(page), [], {1: image})


@pytest.mark.parametrize("beside", ["Rs 4#6 1 23", "***-**-12E4", "XXX-XX-"])
def test_where_the_page_read_digits_beside_the_label_only_that_place_is_read_again(beside: str) -> None:
    layout, pages = _scan_with([(330.0, 100.0, f"SSN: {beside}"), (330.0, 120.0, "Form: 1040")])
    readings = _Readings([])
    assert tin_rereading.reread(None, layout, pages, ocr=readings) is None
    # One place a pass (beside), not two; "XXX-XX-" holds no digit, so under is read too.
    assert readings.calls == (len(PLAIN_PASSES) * (2 if beside == "XXX-XX-" else 1))


@pytest.mark.parametrize("label", ["Social Security Number:", "Taxpayer ID number:", "SSN:"])
def test_where_the_value_stands_under_the_label_only_under_is_read_again(label: str) -> None:
    layout, pages = _scan_with([(330.0, 100.0, label), (330.0, 111.0, "wae A IIA"),
                                (330.0, 130.0, "Tax form:"), (330.0, 141.0, "1040")])
    readings = _Readings(["***-**-7224", "***_**_7224"])
    fact = tin_rereading.reread(None, layout, pages, ocr=readings)
    assert fact is not None and fact.value.endswith("7224") and readings.calls == 2  # type: ignore[union-attr]
    readings = _Readings([])
    tin_rereading.reread(None, layout, pages, ocr=readings)
    assert readings.calls == len(PLAIN_PASSES)


@pytest.mark.parametrize(("label", "value"), [
    ("Employer Identification Number:", "XX-XXX5331"),
    ("EIN:", "XX-XXX5331"),
    ("Taxpayer ID number:", "XXX-XX-5331"),
    ("SSN:", "XXX-XX-5331"),
])
def test_the_last_four_alone_is_masked_as_the_label_names_it(label: str, value: str) -> None:
    layout, pages = _scan(label)
    fact = tin_rereading.reread(None, layout, pages, ocr=_Readings(["5331", "|5331 |"]))
    assert fact is not None and fact.value == value


def test_four_digits_alone_without_a_label_are_never_taken() -> None:
    layout, pages = _scan(with_label=False)
    readings = _Readings(["5331"] * 8)
    assert tin_rereading.reread(None, layout, pages, ocr=readings) is None
    assert readings.calls == 0  # no label and no first reading: nowhere to look


def test_no_rereading_on_a_text_layer_or_of_a_sure_value() -> None:
    layout, pages = _scan()
    assert tin_rereading.needs_rereading(None, layout, pages)
    evidence = Evidence(page=1, box=Box(0, 0, 1, 1), text="", method="ocr")
    sure: Fact[FieldValue] = Fact(value="XXX-XX-1234", confidence=0.95, evidence=evidence)
    assert not tin_rereading.needs_rereading(sure, layout, pages)
    digital = make_page([(330.0, 100.0, "SSN: XXX-XX-1234")])
    digital_layout = layout_of(digital, group_lines(digital.words), first=True)
    assert not tin_rereading.needs_rereading(None, digital_layout, PageSource(make_doc(digital), []))


@pytest.mark.parametrize(("form", "value"), [
    ("941", "XX-XXX5331"), ("1120-S", "XX-XXX5331"), ("1065", "XX-XXX5331"), ("940", "XX-XXX5331"),
    ("1040", "XXX-XX-5331"), ("1040-SR", "XXX-XX-5331"), ("1040NR", "XXX-XX-5331"),
])
def test_a_mask_read_past_its_shape_is_masked_as_the_tax_form_says(form: str, value: str) -> None:
    assert masked_as_form_says("XXX-XX-5331", form) == value
    assert masked_as_form_says("XX-XXX5331", form) == "XX-XXX5331"  # an EIN's mask read is kept


def test_only_a_rescued_or_reread_taxpayer_id_takes_its_kind_from_the_form() -> None:
    evidence = Evidence(page=1, box=Box(0, 0, 1, 1), text="", method="ocr")
    form: Fact[FieldValue] = Fact(value="941", confidence=0.9, evidence=evidence)
    reread = Fact[FieldValue](value="XXX-XX-5331", confidence=0.5, evidence=evidence, needs_review=True,
                              reasons=(note("scan.tin_reread", n=2),))
    fact = _tin_kind_by_form(reread, form)
    assert fact is not None and fact.value == "XX-XXX5331" and fact.needs_review
    read_in_shape = Fact[FieldValue](value="XXX-XX-5331", confidence=0.9, evidence=evidence)
    assert _tin_kind_by_form(read_in_shape, form) is read_in_shape


@pytest.mark.parametrize(("value", "masked"), [
    ("XXX-XX-1412", "XXX-XX-1412"), ("***-**-9360", "XXX-XX-9360"), ("XX-XXX5331", "XX-XXX5331"),
])
@pytest.mark.parametrize("first_word", ["Taxpayer:", "Name:", "Taxpayer(s)"])
def test_a_mask_taken_for_another_labels_value_is_still_an_orphan_taxpayer_id(
        value: str, masked: str, first_word: str) -> None:
    # A photo's curve split "Taxpayer ID number:" in two: its first word, read as the taxpayer name's
    # label, holds the value; "ID number:" stands on a line of its own.
    page = make_page([(54.0, 40.0, "Internal Revenue Service"), (330.0, 60.0, "Name of taxpayer: Ann Lee"),
                      (330.0, 80.0, f"{first_word} {value}"), (480.0, 91.0, "ID number:"),
                      (330.0, 104.0, "Tax Form Number: 1040"), (54.0, 300.0, "Dear Ann Lee:")], method="ocr")
    layout = layout_of(page, group_lines(page.words), first=True)
    labels = find_labels(layout.lines)
    found = coverage.orphan_masked_tin(layout, labels, value_spots(layout, labels))
    assert found is not None and masked_taxpayer_id(found.text) is not None
    assert masked_taxpayer_id(found.text).value == masked  # type: ignore[union-attr]


def test_a_taxpayer_id_labels_own_value_is_no_orphan() -> None:
    page = make_page([(330.0, 80.0, "Taxpayer ID number: XXX-XX-1412"), (54.0, 300.0, "Dear Ann Lee:")],
                     method="ocr")
    layout = layout_of(page, group_lines(page.words), first=True)
    labels = find_labels(layout.lines)
    assert coverage.orphan_masked_tin(layout, labels, value_spots(layout, labels)) is None


@pytest.mark.parametrize("stretched", [0.0, 6.0, 12.0])
def test_the_place_under_a_label_starts_at_its_line_whatever_a_speck_did_to_a_words_box(stretched: float
                                                                                      ) -> None:
    """own 6337 0084: "Taxpayer identification wunber" over "XXX-XX-4163", "wunber" boxed down over a speck
    to 280 on a line of 267-274; the place under the label started below the value's line (278-285)."""
    page = make_page([(306.0, 267.0, "Taxpayer identification number"), (320.0, 278.0, "XXX-XX-4163")],
                     method="ocr")
    words = list(page.words)
    box = words[2].box
    words[2] = Word(text="wunber", box=Box(box.x0, box.top, box.x1, box.bottom + stretched), page=1,
                    method="ocr", confidence=0.0)
    label = find_labels(group_lines(words))[0]
    assert label.field == "taxpayer_id"
    under = tin_rereading._places(layout_of(page, group_lines(page.words), first=True), label, None)[-1].box
    assert under.top <= 278.0 + 1.0 and under.bottom >= 285.0
