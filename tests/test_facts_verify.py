"""The second, closer reading of key values on a scan (needs tesseract): a value the page's OCR got wrong
is flagged, and a right one is left alone."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
import reportlab
from facts_pages import make_doc, make_page
from PIL import Image, ImageDraw, ImageFont
from said import english

from parser.core.model import Box, Document, Evidence, Fact, LetterFacts, PageView, Word
from parser.facts.extract import extract_facts
from parser.facts.fields import FieldValue, Reading
from parser.reading.page_source import PageSource

pytestmark = pytest.mark.ocr

DPI = 150
SCALE = DPI / 72
FONT = ImageFont.truetype(str(Path(reportlab.__file__).parent / "fonts" / "Vera.ttf"), round(10 * SCALE))
ROWS = (
    (330.0, 55.0, "Date:"), (440.0, 55.0, "March 3, 2025"),
    (330.0, 70.0, "Person to contact:"), (440.0, 70.0, "Carlos S Kowalski"),
    (330.0, 85.0, "Telephone:"), (440.0, 85.0, "(213) 555-0142"),
)


def scanned_page(drop: str | None = None, replace: tuple[str, str] | None = None,
                 rows: tuple[tuple[float, float, str], ...] = ROWS, paper: int = 255,
                 garbled: frozenset[str] = frozenset(), garble: str = "eee") -> PageSource:
    """A page image with the rows drawn on it, and OCR words as a first reading would give them:
    `drop` leaves a word out, `replace` misreads one, each word in `garbled` is read as `garble`; `paper` is
    the grey of the sheet."""
    image = Image.new("L", (round(612 * SCALE), round(792 * SCALE)), paper)
    draw = ImageDraw.Draw(image)
    words: list[Word] = []
    for x, top, text in rows:
        cursor = x * SCALE
        for token in text.split():
            left, upper, right, lower = draw.textbbox((cursor, top * SCALE), token, font=FONT)
            draw.text((cursor, top * SCALE), token, font=FONT, fill=0)
            cursor = right + FONT.getlength(" ")
            if token == drop:
                continue
            shown = replace[1] if replace and token == replace[0] else token
            shown = garble if token in garbled else shown
            words.append(Word(text=shown, box=Box(left / SCALE, upper / SCALE, right / SCALE, lower / SCALE),
                              page=1, method="ocr", confidence=93.0))
    page = PageView(number=1, width=612.0, height=792.0, method="ocr", words=tuple(words))
    document = Document(name="scan.png", sha256="0" * 64, kind="image", pages=(page,))
    return PageSource(document, [], {1: image})  # the image kept as an OCR reading keeps it


def facts_of(pages: PageSource) -> LetterFacts:
    return extract_facts(pages.document, pages=pages)


def tesseract_calls(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """The pages of each Tesseract call made from now on (the calls still run)."""
    from parser.reading import tesseract

    calls: list[int] = []
    real = tesseract.ocr_words

    def counted(image: Image.Image, *, dpi: float, page: int, psm: int = tesseract.PAGE_SEGMENTATION,
                characters: str = "") -> tuple[Word, ...]:
        calls.append(page)
        return real(image, dpi=dpi, page=page, psm=psm, characters=characters)

    monkeypatch.setattr(tesseract, "ocr_words", counted)
    return calls


def test_right_values_stay_unflagged() -> None:
    facts = facts_of(scanned_page())
    assert facts.fields.contact_name is not None
    assert facts.fields.contact_name.value == "Carlos S Kowalski"
    assert not facts.fields.contact_name.needs_review
    assert facts.fields.letter_date is not None and not facts.fields.letter_date.needs_review


def test_a_lost_initial_is_flagged() -> None:
    """The page's OCR lost the initial, the strip's reading has it: the two disagree, so the name is read
    twice more (name_rereading) and the readings that give the initial settle it; it stays flagged."""
    facts = facts_of(scanned_page(drop="S"))
    fact = facts.fields.contact_name
    assert fact is not None and fact.value == "Carlos S Kowalski"
    assert fact.needs_review and "contact_name" in facts.needs_review
    assert "the others gave Carlos Kowalski:" in english(fact.reasons)  # the first reading, outvoted


def test_a_misread_digit_is_flagged() -> None:
    """The page's OCR misread a digit the image prints: the strip's reading disagrees, and the number's
    line reading (number_line_reading), sure of the digit, gives the printed one, taken, still flagged."""
    facts = facts_of(scanned_page(replace=("555-0142", "555-0112")))
    fact = facts.fields.contact_phone
    assert fact is not None and fact.value == "2135550142"
    assert fact.needs_review and "contact_phone" in facts.needs_review
    assert [(r.code, dict(r.values)) for r in fact.reasons] == [
        ("scan.second_reading", {"value": "2135550142"}), ("scan.line_reading", {"value": "2135550112"})]


def test_a_misread_letter_date_gets_the_second_reading_as_alternative() -> None:
    facts = facts_of(scanned_page(replace=("3,", "8,")))
    fact = facts.fields.letter_date
    assert fact is not None and fact.value == dt.date(2025, 3, 8)
    assert fact.needs_review
    assert dt.date(2025, 3, 3) in facts.letter_date_alternatives


def test_a_header_without_a_periods_label_is_read_again_only_until_two_readings_find_none(
        monkeypatch: pytest.MonkeyPatch) -> None:
    """The page prints no "Tax period(s)" label: its header band is read again until two readings in a row
    find none, not with all four strategies. A taxpayer ID the page's reading lost whole keeps them going
    (its label may stay under a stamp in every reading: header_rereading.LOST_ONLY_FIELDS)."""
    from parser.facts import header_rereading
    from parser.facts.header_rereading import LABELLESS_PASSES, STRATEGIES

    # The band's readings as tried (two strategies giving the same image cost one Tesseract call).
    passes: list[int] = []
    band_reader = header_rereading._band_reader

    def counted_reader(*args, **kwargs):  # type: ignore[no-untyped-def]
        crop, read = band_reader(*args, **kwargs)
        if read is None:
            return crop, read

        def counted(*read_args, **read_kwargs):  # type: ignore[no-untyped-def]
            passes.append(1)
            return read(*read_args, **read_kwargs)

        return crop, counted

    monkeypatch.setattr(header_rereading, "_band_reader", counted_reader)
    facts = facts_of(scanned_page(rows=(*ROWS, (330.0, 100.0, "SSN:"), (440.0, 100.0, "XXX-XX-1234"))))
    assert facts.fields.tax_periods is None and facts.fields.taxpayer_id is not None
    assert len(passes) == LABELLESS_PASSES == 2 < len(STRATEGIES)
    passes.clear()
    facts = facts_of(scanned_page())
    assert facts.fields.tax_periods is None and facts.fields.taxpayer_id is None
    assert len(passes) == len(STRATEGIES)


def test_stacked_strips_are_read_in_one_call_and_told_apart(monkeypatch: pytest.MonkeyPatch) -> None:
    from parser.facts import verify

    calls = tesseract_calls(monkeypatch)
    pages = scanned_page()
    facts = facts_of(pages)
    assert calls.count(0) == 1  # extract_facts' own check: its strips in one call (page 0: the stack)
    calls.clear()
    checked = {name: getattr(facts.fields, name) for name in ("contact_name", "contact_phone", "letter_date")}
    readings = verify.second_readings(scanned_page(), checked)  # a new source: none of its answers kept
    assert calls == [0]  # the three strips, stacked, in one call
    assert readings["contact_name"].value == "Carlos S Kowalski"
    assert readings["contact_phone"].value == "2135550142"
    assert readings["letter_date"].value == dt.date(2025, 3, 3)


def test_a_value_the_page_ocr_left_unreadable_is_read_from_its_strip_and_flagged() -> None:
    facts = facts_of(scanned_page(replace=("555-0142", "eesoeenioe")))  # the page's OCR garbled it
    fact = facts.fields.contact_phone
    assert fact is not None and fact.value == "2135550142"
    assert fact.needs_review and "contact_phone" in facts.needs_review
    assert "second, closer reading" in english(fact.reasons)
    assert fact.evidence.method == "ocr" and fact.evidence.page == 1
    assert 430 < fact.evidence.box.x0 < 450  # the box of the unreadable words on the page


def test_a_strip_of_a_photo_grey_paper_is_read_too() -> None:
    # A photographed sheet's paper is grey; stacked on the white sheet of strips it must still read as text.
    facts = facts_of(scanned_page(replace=("555-0142", "wigeasie"), paper=150))
    fact = facts.fields.contact_phone
    assert fact is not None and fact.value == "2135550142" and fact.needs_review


def test_a_letter_date_the_page_ocr_left_unreadable_is_read_again_and_sure_when_readings_agree() -> None:
    # "March 3, 2025" read as "<T 3, 2025": the strip's reading rescues it, and two closer readings of the
    # header agreeing with it are the evidence that makes it sure (parser/facts/date_rereading.py).
    facts = facts_of(scanned_page(replace=("March", "<T")))
    fact = facts.fields.letter_date
    assert fact is not None and fact.value == dt.date(2025, 3, 3)
    assert not fact.needs_review and "letter_date" not in facts.needs_review
    assert facts.letter_date_alternatives == ()


def test_a_value_under_its_label_that_the_page_ocr_lost_is_read_from_the_line_under_and_flagged() -> None:
    # A stamp beside the value's line made the page's OCR merge the two lines and lose the value: the
    # label stands with nothing beside or under it.
    rows = ((330.0, 55.0, "Date:"), (440.0, 55.0, "March 3, 2025"),
            (330.0, 85.0, "Telephone number:"), (345.0, 99.0, "213-555-0142"))
    facts = facts_of(scanned_page(drop="213-555-0142", rows=rows))
    fact = facts.fields.contact_phone
    assert fact is not None and fact.value == "2135550142"
    assert fact.needs_review and "second, closer reading" in english(fact.reasons)


@pytest.mark.parametrize(("field", "value", "second_confidence", "speckled", "flagged"), [
    ("contact_fax", "2138972402", 59.0, False, True),  # both readings say "2402"; the closer one is unsure
    ("contact_fax", "2138972402", 76.0, False, False),
    ("contact_fax", "5432088583", 76.0, True, True),  # on a fax the closer reading must be surer
    ("contact_fax", "5432088583", 88.0, True, False),
    ("letter_date", dt.date(2025, 3, 3), 41.0, False, True),
    ("contact_name", "Carlos S Kowalski", 41.0, True, False),  # a letter of a name is not a digit
])
def test_an_agreeing_but_unsure_second_reading_flags_an_exact_value(
        field: str, value: FieldValue, second_confidence: float, speckled: bool, flagged: bool) -> None:
    from parser.core.model import Evidence, Fact
    from parser.facts import verify
    from parser.facts.fields import Reading

    box = Box(300.0, 80.0, 380.0, 90.0)
    fact = Fact(value=value, confidence=0.95,
                evidence=Evidence(page=1, box=box, text=str(value), method="ocr", ocr_confidence=85.0))
    again = Reading(value=value, words=(Word(text=str(value), box=box, page=1, method="ocr",
                                             confidence=second_confidence),), text=str(value))
    check = verify._checked(field, fact, again, speckled=speckled)
    assert check.fact.needs_review is flagged
    assert check.other is None
    if flagged:
        assert f"{second_confidence:.0f} of 100" in english(check.fact.reasons)
        assert check.fact.confidence <= verify.DISAGREEMENT_CONFIDENCE


def test_a_speck_free_reading_that_differs_flags_a_value_both_other_readings_agree_on() -> None:
    # A speck over a "0" made both readings see a "6"; with the specks filtered out the strip reads "0".
    from parser.core.model import Evidence, Fact
    from parser.facts.fields import Reading
    from parser.facts.verify import _checked

    word = Word(text="162421627", box=Box(448, 66, 488, 74), page=1, method="ocr", confidence=94.0)
    fact = Fact(value="162421627", confidence=0.95,
                evidence=Evidence(page=1, box=word.box, text=word.text, method="ocr", ocr_confidence=86.0))
    agreeing = Reading(value="162421627", words=(word,), text=word.text)
    clean = Reading(value="102421627", words=(word,), text="102421627")
    checked = _checked("contact_employee_id", fact, agreeing, speckled=True, despeckled=clean)
    assert checked.fact.needs_review and checked.other == "102421627"
    assert "specks filtered out" in english(checked.fact.reasons)
    same = _checked("contact_employee_id", fact, agreeing, speckled=True, despeckled=agreeing)
    assert not same.fact.needs_review


def test_only_speckled_pages_get_the_speck_free_reading() -> None:
    from parser.facts.verify import despeckled_readings

    pages = scanned_page()
    facts = facts_of(pages)
    phone = facts.fields.contact_phone
    assert phone is not None
    assert despeckled_readings(pages, {"contact_phone": phone}, set()) == {}
    assert despeckled_readings(pages, {"contact_phone": phone}, {1})["contact_phone"].value == "2135550142"


def test_the_letter_date_gets_the_speck_free_reading_on_any_scanned_page_in_the_same_call(
        monkeypatch: pytest.MonkeyPatch) -> None:
    """Every deadline counts from the letter date: a speck that turns one of its digits for the page's OCR
    and the strip's alike must meet a reading blind to specks, speckled page or not; it costs no call."""
    from parser.facts.verify import check_all, despeckled_readings

    pages = scanned_page()
    date = facts_of(pages).fields.letter_date
    assert date is not None and not date.needs_review
    blind = despeckled_readings(pages, {"letter_date": date}, set())
    assert blind["letter_date"].value == dt.date(2025, 3, 3)
    calls = tesseract_calls(monkeypatch)
    checks, _rescued = check_all(scanned_page(), {"letter_date": date})  # a new source: nothing kept
    assert len(calls) == 1 and not checks["letter_date"].fact.needs_review


@pytest.mark.parametrize(("read", "blind"), [
    (dt.date(2024, 2, 5), dt.date(2021, 2, 5)),  # a speck over a "1" read "4"
    (dt.date(2020, 2, 5), dt.date(2021, 2, 5)),  # ... or "0": a year this letter could have
    (dt.date(2021, 8, 18), dt.date(2021, 3, 18)),  # a speck closing a "3" into an "8"
    (dt.date(2021, 6, 17), dt.date(2021, 6, 11)),
])
def test_a_letter_date_the_speck_free_reading_disagrees_with_is_flagged_with_it(read: dt.date,
                                                                                  blind: dt.date) -> None:
    from parser.core.model import Evidence, Fact
    from parser.facts.fields import Reading
    from parser.facts.verify import _checked

    word = Word(text=read.isoformat(), box=Box(448, 66, 488, 74), page=1, method="ocr", confidence=93.0)
    fact = Fact(value=read, confidence=0.98,
                evidence=Evidence(page=1, box=word.box, text=word.text, method="ocr", ocr_confidence=93.0))
    agreeing = Reading(value=read, words=(word,), text=word.text)
    checked = _checked("letter_date", fact, agreeing, despeckled=Reading(value=blind, words=(word,),
                                                                          text=blind.isoformat()))
    assert checked.fact.needs_review and checked.other == blind and checked.fact.confidence <= 0.5


def test_a_value_a_receipt_stamp_garbled_is_read_from_the_header_column_alone_and_flagged() -> None:
    # The stamp left of "Telephone:" made the page's OCR lose the label and garble the number.
    rows = (*ROWS, (60.0, 85.0, "RECEIVED JAN 30 2024"))
    facts = facts_of(scanned_page(drop="Telephone:", replace=("555-0142", "ieee"), rows=rows))
    fact = facts.fields.contact_phone
    assert fact is not None and fact.value == "2135550142"
    assert fact.needs_review and "receipt stamp" in english(fact.reasons)


def test_without_a_stamp_the_header_column_is_not_read_again() -> None:
    facts = facts_of(scanned_page(drop="Telephone:", replace=("555-0142", "ieee")))
    assert facts.fields.contact_phone is None


def garbled(pages: PageSource, top: float, reading: str, confidence: float = 30.0) -> PageSource:
    """The page with the words of the row at `top` read as `reading`, every word unsure: the page's OCR
    garbled the whole cell, label and value (apart seed 9008: "TIN: ***-**-7777" read "UN soa Set R77 7")."""
    page = pages.document.pages[0]
    row = [w for w in page.words if abs(w.box.top - top) < 4.0]
    box = Box(min(w.box.x0 for w in row), min(w.box.top for w in row), max(w.box.x1 for w in row),
              max(w.box.bottom for w in row))
    step = (box.x1 - box.x0) / len(reading.split())
    read = [Word(text=token, box=Box(box.x0 + i * step, box.top, box.x0 + (i + 1) * step - 2, box.bottom),
                 page=1, method="ocr", confidence=confidence) for i, token in enumerate(reading.split())]
    others = [w for w in page.words if w not in row]
    words = tuple(sorted((*others, *read), key=lambda w: (w.box.top, w.box.x0)))
    kept = PageView(number=1, width=page.width, height=page.height, method="ocr", words=words)
    document = Document(name="scan.png", sha256="0" * 64, kind="image", pages=(kept,))
    image = pages.reading_image(1)
    assert image is not None
    return PageSource(document, [], {1: image})


@pytest.mark.parametrize(("label", "printed", "masked"), [
    ("TIN:", "XXX-XX-7777", "XXX-XX-7777"), ("SSN:", "xxx-xx-4412", "XXX-XX-4412"),
    ("EIN:", "XX-XXX1234", "XX-XXX1234"),  # (Vera's small stars at 150 dpi are past any reading)
])
def test_a_masked_taxpayer_id_in_a_header_cell_the_page_ocr_garbled_is_read_again_and_flagged(
        label: str, printed: str, masked: str) -> None:
    rows = (*ROWS, (330.0, 100.0, label), (380.0, 100.0, printed))
    facts = facts_of(garbled(scanned_page(rows=rows), 100.0, "UN soa Set Hi R77 7"))
    fact = facts.fields.taxpayer_id
    assert fact is not None and fact.value == masked and fact.needs_review
    assert fact.evidence.text == masked


@pytest.mark.parametrize("printed", ["ID number: 1000123456", "Fax: 213-555-0199", "Tax form: 1040"])
def test_a_garbled_cell_without_a_masked_number_gives_no_taxpayer_id(printed: str) -> None:
    rows = (*ROWS, (330.0, 100.0, printed))
    facts = facts_of(garbled(scanned_page(rows=rows), 100.0, "UN soa Set Hi R77 7"))
    assert facts.fields.taxpayer_id is None


def test_of_two_garbled_cells_the_holders_number_is_read_again_never_the_spouses() -> None:
    # Read again alone, each cell's label says whose number it holds: "SSN:" the holder's, "Spouse SSN:" the
    # other spouse's (a phrase that is no label of the holder's number).
    rows = (*ROWS, (330.0, 100.0, "SSN: XXX-XX-7777"), (330.0, 115.0, "Spouse SSN: XXX-XX-4412"))
    pages = garbled(garbled(scanned_page(rows=rows), 100.0, "UN soa Set R77"), 115.0, "Sn eh ee 441")
    fact = facts_of(pages).fields.taxpayer_id
    assert fact is not None and fact.value == "XXX-XX-7777" and fact.needs_review
    rows = (*ROWS, (330.0, 115.0, "Spouse SSN: XXX-XX-4412"))
    assert facts_of(garbled(scanned_page(rows=rows), 115.0, "Sn eh ee 441")).fields.taxpayer_id is None


CONTACT_BLOCK = (
    (330.0, 55.0, "Date:"), (440.0, 55.0, "March 3, 2025"),
    (330.0, 70.0, "Person to contact:"), (440.0, 70.0, "Carlos S Kowalski"),
    (330.0, 85.0, "Employee ID:"), (440.0, 85.0, "1000123456"),
    (330.0, 100.0, "Telephone:"), (440.0, 100.0, "(213) 555-0142"),
    (330.0, 115.0, "Fax:"), (440.0, 115.0, "213-555-0199"),
    (330.0, 130.0, "Hours:"), (440.0, 130.0, "8 a.m. to 4 p.m. ET"),
)


@pytest.mark.parametrize(("garbled", "field", "value"), [
    # apart seed 9008: a fax's streak turned whole contact lines into garble ("enepnones | eeererr one").
    (("Telephone:", "(213)", "555-0142"), "contact_phone", "2135550142"),
    (("Fax:", "213-555-0199"), "contact_fax", "2135550199"),
    (("Person", "to", "contact:", "Carlos", "S", "Kowalski"), "contact_name", "Carlos S Kowalski"),
    (("Employee", "ID:", "1000123456"), "contact_employee_id", "1000123456"),
])
def test_a_contact_line_the_page_ocr_lost_is_read_again_alone_and_flagged(garbled: tuple[str, ...],
                                                                          field: str, value: str) -> None:
    facts = facts_of(scanned_page(rows=CONTACT_BLOCK, garbled=frozenset(garbled)))
    fact = getattr(facts.fields, field)
    assert fact is not None and fact.value == value
    assert fact.needs_review and "read again on its own" in english(fact.reasons)
    assert facts.fields.letter_date is not None and not facts.fields.letter_date.needs_review


# The form's line garbled on a photo (apart 9031 0096, "Type of tax: 1040" read "Tesclec 060"), two lines
# under a label whose value reads beside it: no value of that label, so a lost line, read again alone.
@pytest.mark.parametrize("label", ["Type of tax:", "Form:"])
def test_a_tax_form_line_the_page_ocr_garbled_is_read_again_alone_and_flagged(label: str) -> None:
    rows = ((330.0, 55.0, "Letter Date: March 3, 2025"), (330.0, 70.0, "Name of taxpayer: JOHN Q PUBLIC"),
            (330.0, 85.0, "SSN: XXX-XX-2443"), (330.0, 100.0, f"{label} 1040"),
            (330.0, 115.0, "Tax Periods Ended: 201812; 201912"),
            (330.0, 130.0, "Contact person: Carlos Ruiz"))
    facts = facts_of(scanned_page(rows=rows, garbled=frozenset({*label.split(), "1040"}), garble="Tesclec"))
    fact = facts.fields.tax_form
    assert fact is not None and fact.value == "1040" and fact.needs_review
    assert "read again on its own" in english(fact.reasons)
    assert facts.fields.taxpayer_name is not None and facts.fields.taxpayer_name.value == "JOHN Q PUBLIC"


def test_a_line_under_a_label_read_beside_it_is_no_value_of_that_label() -> None:
    # apart 9031 0096's geometry: the name's label reads its value beside it, and took the garbled form's
    # line, two lines down past "SSN:", as a value under it as well; that line is lost, and read again.
    from parser.facts.extract import _read_pages

    rows = [(54.0, 36.0, "Internal Revenue Service"), (321.0, 36.0, "Letter Date: Dec. 23, 2022"),
            (321.0, 47.0, "Name of taxpayer: RAJESH BRANNIGAN"), (321.0, 58.0, "SSN: XXX-XX-2443"),
            (321.0, 69.0, "Tesclec 060"), (321.0, 80.0, "Tax Periods Ended: 201812; 201912"),
            (321.0, 91.0, "Contact person: Duncan A. Blackwood")]
    band = _read_pages(make_doc(make_page(rows, method="ocr"))).lost_band
    assert band is not None and band[1].top < 69.0 < band[1].bottom


def test_a_contact_block_read_whole_gives_no_band_to_read_again() -> None:
    from parser.facts.extract import _read_pages

    pages = scanned_page(rows=CONTACT_BLOCK)
    assert _read_pages(pages.document).lost_band is None
    lost = scanned_page(rows=CONTACT_BLOCK, garbled=frozenset({"Fax:", "213-555-0199"}))
    band = _read_pages(lost.document).lost_band
    assert band is not None and band[1].top < 115.0 < band[1].bottom


def _with_fax_line(label: str, number: str, *, under: bool = False) -> PageSource:
    """The contact block with its fax line printed as `label` and `number` (beside it, or under it), and the
    page's OCR garbling that whole line (apart seed 9011: a fax's streak read "—Faxt-t-267+ 550-3935")."""
    rows = [row for row in CONTACT_BLOCK if not row[2].startswith(("Fax", "213-555-0199"))]
    rows.append((330.0, 115.0, label))
    rows.append((330.0, 127.0, number) if under else (440.0, 115.0, number))
    if under:  # the hours move down a line
        rows = [(x, 142.0, text) if top == 130.0 else (x, top, text) for x, top, text in rows]
    return scanned_page(rows=tuple(rows), garbled=frozenset({label, *number.split()}))


@pytest.mark.parametrize("label", ["Fat:", "Pax:", "Fsx:"])
@pytest.mark.parametrize("under", [False, True])
def test_a_lost_fax_line_read_again_with_its_label_still_damaged_gives_the_number_flagged(
        label: str, under: bool) -> None:
    facts = facts_of(_with_fax_line(label, "1-267-550-3995", under=under))
    fax = facts.fields.contact_fax
    assert fax is not None and fax.value == "2675503995" and fax.needs_review
    assert facts.fields.contact_phone is not None and facts.fields.contact_phone.value == "2135550142"


@pytest.mark.parametrize(("label", "number"), [
    ("Ref:", "1-267-550-3995"),  # no fax label, damaged or not: a number of something else
    ("Fat:", "(213) 555-0142"),  # the contact's phone again
])
def test_a_number_in_a_lost_band_without_a_fax_label_or_equal_to_the_phone_is_no_fax(label: str,
                                                                                    number: str) -> None:
    facts = facts_of(_with_fax_line(label, number))
    assert facts.fields.contact_fax is None


@pytest.mark.parametrize(("name", "after"), [
    ("BEATRIZ K IWU", "Tax period: 2021"),  # apart seed 9010: the strip ran into "Tax"
    ("Leopold Fairweather", "Form: 1040"),
])
def test_a_name_s_second_reading_running_into_the_next_label_still_agrees(name: str, after: str) -> None:
    label_end = 330.0 + 52.0
    rows = (*ROWS, (330.0, 100.0, "Taxpayer:"), (label_end, 100.0, f"{name} {after}"))
    facts = facts_of(scanned_page(rows=rows))
    fact = facts.fields.taxpayer_name
    assert fact is not None and fact.value == name
    # No disagreement of the readings; this sparse page (four expected values missing) is flagged as a
    # doubtful page as a whole, which is another rule's doing.
    assert {reason.code for reason in fact.reasons} <= {"scan.doubtful_page"}


def test_a_name_s_second_reading_with_a_letter_the_first_lost_flags_it() -> None:
    rows = (*ROWS, (330.0, 100.0, "Taxpayer:"), (382.0, 100.0, "GIULIA E TREMBLAY"))
    facts = facts_of(scanned_page(rows=rows, replace=("TREMBLAY", "TREMBLA")))
    fact = facts.fields.taxpayer_name
    # The readings that disagree are settled by two more (name_rereading): flagged, with the first one.
    assert fact is not None and fact.value == "GIULIA E TREMBLAY" and fact.needs_review
    assert "the others gave GIULIA E TREMBLA:" in english(fact.reasons)


@pytest.mark.parametrize(("printed", "misread"), [("MARCUS PETRAKIS", "MARCUS PETRAKIS."),
                                                   ("Ana M Ruiz", "Ana M. Ruiz")])
def test_name_readings_differing_only_in_a_speck_of_punctuation_agree(printed: str, misread: str) -> None:
    from parser.facts.verify import _same

    assert _same("taxpayer_name", printed, misread)
    assert not _same("taxpayer_name", printed, misread.replace("R", "P"))


@pytest.mark.parametrize(("printed", "lost", "after"), [
    ("CLIFFORD A FERREIRA", "FERREIRA", ""),  # apart seed 9009: the surname lost, nothing after it
    ("Mei P Pettigrew", "Pettigrew", "Tax period: 2021"),
])
def test_a_surname_only_the_strips_read_is_taken_by_their_majority_and_flagged(printed: str, lost: str,
                                                                               after: str) -> None:
    """The page's OCR lost the surname whole; verify's strip alone is no run-on to take, but the name's
    strips read again at two resolutions (name_rereading, reaching past where verify's stops) both read it,
    and the next column's label is no part of it (apart 9040 0054: "Kwame B" for "Kwame B Villalobos")."""
    rows = (*ROWS, (330.0, 100.0, "Taxpayer:"), (382.0, 100.0, f"{printed}   {after}".strip()))
    facts = facts_of(scanned_page(rows=rows, drop=lost))
    fact = facts.fields.taxpayer_name
    assert fact is not None and fact.value == printed and fact.needs_review
    assert "scan.name_settled" in [r.code for r in fact.reasons]


PERIODS = (dt.date(2019, 12, 31), dt.date(2020, 12, 31))


def _unsure_periods(*reasons: str) -> tuple[Fact[tuple[dt.date, ...]], Box]:
    from parser.core.notes import note

    box = Box(300.0, 80.0, 420.0, 90.0)
    notes = tuple(note(code, low=41.0) if code == "scan.hard_here" else note(code) for code in reasons)
    fact = Fact(value=PERIODS, confidence=0.5, needs_review=True, reasons=notes,
                evidence=Evidence(page=1, box=box, text="12/31/2019 12/31/2020", method="ocr",
                                  ocr_confidence=41.0))
    return fact, box


def _periods_read(value: tuple[dt.date, ...], confidence: float, box: Box) -> Reading:
    words = tuple(Word(text=day.strftime("%m/%d/%Y"), box=box, page=1, method="ocr", confidence=confidence)
                  for day in value)
    return Reading(value=value, words=words, text=" ".join(w.text for w in words))


@pytest.mark.parametrize(("second", "confidence", "speckled", "despeckled", "flagged"), [
    (PERIODS, 93.0, False, None, False),     # read again surely: the first's low score is settled
    (PERIODS, 55.0, False, None, True),      # read again unsurely: no second witness
    (PERIODS[:1], 93.0, False, None, True),  # read again otherwise: a disagreement
    (PERIODS, 93.0, True, PERIODS, False),   # a fax: the despeckled reading agrees too
    (PERIODS, 93.0, True, None, True),       # a fax without it: a speck may fool both alike
    (PERIODS, 72.0, True, PERIODS, True),    # a fax: the second reading must be surer
])
def test_periods_flagged_only_for_an_unsure_first_reading_are_settled_by_a_sure_agreeing_one(
        second: tuple[dt.date, ...], confidence: float, speckled: bool,
        despeckled: tuple[dt.date, ...] | None, flagged: bool) -> None:
    """Tax periods flagged for nothing but the page's OCR scoring them low are read again from their strip;
    a closer reading that reads the same list surely is the evidence the first lacked."""
    from parser.facts import verify

    fact, box = _unsure_periods("scan.hard_here")
    assert verify.settled_by_second_reading("tax_periods", fact)
    again = _periods_read(second, confidence, box)
    clean = None if despeckled is None else _periods_read(despeckled, 95.0, box)
    check = verify._checked("tax_periods", fact, again, speckled=speckled, despeckled=clean)
    assert check.fact.needs_review is flagged
    assert check.fact.value == PERIODS
    if not flagged:
        assert check.fact.reasons == () and check.fact.confidence >= 0.85


@pytest.mark.parametrize("reasons", [("scan.hard_here", "value.damaged_chars"), ("value.period_line",)])
def test_periods_flagged_for_more_than_an_unsure_reading_are_not_settled_by_agreement(
        reasons: tuple[str, ...]) -> None:
    from parser.facts import verify

    fact, _box = _unsure_periods(*reasons)
    assert not verify.settled_by_second_reading("tax_periods", fact)


@pytest.mark.parametrize(("first", "despeckled", "despeckled_score", "speckled", "flagged"), [
    (96.0, PERIODS, 92.0, False, False),   # sure first, sure despeckled: the unsure strip is outvoted
    (96.0, PERIODS, 92.0, True, False),
    (96.0, PERIODS, 70.0, True, True),     # the despeckled reading unsure too on a speckled page
    (50.0, PERIODS, 92.0, False, True),    # the first reading was unsure as well
    (96.0, PERIODS[:1], 92.0, False, True),  # the despeckled reading reads another list: no settling
    (96.0, None, 0.0, False, True),        # no third reading
])
def test_periods_a_closer_reading_agreed_on_unsurely_are_settled_by_a_sure_despeckled_reading(
        first: float, despeckled: tuple[dt.date, ...] | None, despeckled_score: float, speckled: bool,
        flagged: bool) -> None:
    """"202012" read at 96 on the page and at 71 in its strip (apart 9084 0012, a photo): the despeckled
    strip reading it surely is a third witness; on a clean page its disagreement flags nothing new."""
    from parser.facts import verify

    box = Box(300.0, 80.0, 420.0, 90.0)
    fact = Fact(value=PERIODS, confidence=0.95, evidence=Evidence(page=1, box=box, text="2019 2020",
                                                                  method="ocr", ocr_confidence=first))
    again = _periods_read(PERIODS, 55.0, box)
    clean = None if despeckled is None else _periods_read(despeckled, despeckled_score, box)
    check = verify._checked("tax_periods", fact, again, speckled=speckled, despeckled=clean)
    assert check.fact.needs_review is flagged
    if flagged:
        assert [r.code for r in check.fact.reasons] == ["scan.second_unsure"]


@pytest.mark.parametrize(("second_score", "reads"), [
    (93.0, [[("tax_periods", False)]]),                          # sure: no third reading
    (40.0, [[("tax_periods", False)], [("tax_periods", True)]]),  # unsure: the despeckled strip, then only
])
def test_the_third_witness_is_read_only_where_the_closer_reading_agreed_unsurely(
        second_score: float, reads: list[list[tuple[str, bool]]], monkeypatch: pytest.MonkeyPatch) -> None:
    from parser.facts import verify

    box = Box(300.0, 80.0, 420.0, 90.0)
    fact = Fact(value=PERIODS, confidence=0.95, evidence=Evidence(page=1, box=box, text="2019 2020",
                                                                  method="ocr", ocr_confidence=96.0))
    calls: list[list[tuple[str, bool]]] = []

    def read_strips(pages: PageSource, strips: list[verify._Strip]) -> tuple[dict[str, Reading],
                                                                              dict[str, Reading]]:
        calls.append([(strip.field, strip.despeckled) for strip in strips])
        plain = {s.field: _periods_read(PERIODS, second_score, box) for s in strips if not s.despeckled}
        clean = {s.field: _periods_read(PERIODS, 92.0, box) for s in strips if s.despeckled}
        return plain, clean

    monkeypatch.setattr(verify, "_read_strips", read_strips)
    checks, _ = verify.check_all(scanned_page(), {"tax_periods": fact})
    assert calls == reads
    assert not checks["tax_periods"].fact.needs_review
