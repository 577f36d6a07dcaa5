"""The taxpayer ID's last four read glyph by glyph: which words have a mask's shape, and what the digits read.

The values are set in the three type faces letters use (Courier, Times, Helvetica: reportlab's own), with
stars and X's, SSN and EIN masks, at two sizes, and rasterised at the 150 dpi a scan's page is read at.
"""

from __future__ import annotations

import io
from collections.abc import Callable, Sequence
from dataclasses import dataclass

import pytest
from facts_pages import make_doc, make_page
from PIL import Image
from reportlab.pdfbase.pdfmetrics import stringWidth

from parser.core.model import Box, Evidence, Fact, Word
from parser.core.notes import note
from parser.facts import tin_glyphs, tin_rereading
from parser.facts.fields import FieldValue
from parser.facts.header import layout_of
from parser.reading import tesseract
from parser.reading.lines import group_lines
from parser.reading.page_source import PageSource

PAGE_DPI = 150.0
FACES = ("Courier", "Times-Roman", "Helvetica")


def _rendered(lines: tuple[str, ...], face: str, size: float) -> Image.Image:
    """The lines set in `face` at `size` points, one under another, as a grey 150 dpi image."""
    import pypdfium2
    from reportlab.pdfgen import canvas

    out = io.BytesIO()
    width, height = 300.0, 20.0 + 1.6 * size * len(lines)
    page = canvas.Canvas(out, pagesize=(width, height))
    for i, line in enumerate(lines):
        page.setFont(face, size)
        page.drawString(10.0, height - 10.0 - size - 1.6 * size * i, line)
    page.save()
    pdf = pypdfium2.PdfDocument(out.getvalue())
    image: Image.Image = pdf[0].render(scale=PAGE_DPI / 72.0).to_pil().convert("L")
    pdf.close()
    return image


def _ink_start(image: Image.Image) -> int:
    """The first column holding ink."""
    width = image.width
    data = image.tobytes()
    return min(i % width for i, v in enumerate(data) if v < tin_glyphs.INK_LEVEL)


@pytest.mark.parametrize("face", FACES)
@pytest.mark.parametrize("size", [9.0, 11.0])
@pytest.mark.parametrize("value", ["***-**-2573", "XXX-XX-2399", "XX-XXX1234", "xxx-xx-8080"])
def test_a_mask_and_four_digits_are_found_and_cut_before_the_digits(face: str, size: float, value: str
                                                                     ) -> None:
    image = _rendered((value,), face, size)
    found = tin_glyphs.value_glyphs(image)
    assert found is not None
    # Courier's X's touch: a run of them may be one glyph; a thin star may break in two.
    assert len(value) - 3 <= len(found.cells) <= len(value) + 5
    # The last four cells start where the digits alone, set at the same place, start.
    digits_at = _ink_start(_rendered((value[-4:],), face, size))
    shift = stringWidth(value[:-4], face, size) * PAGE_DPI / 72.0
    assert abs(found.last_four[0] - (digits_at + shift)) <= 2


@pytest.mark.parametrize("face", FACES)
def test_the_value_under_its_label_is_found_on_its_own_line(face: str) -> None:
    image = _rendered(("Taxpayer ID number:", "***-**-4071", "Tax form: 1040"), face, 10.0)
    found = tin_glyphs.value_glyphs(image)
    assert found is not None
    digits_at = _ink_start(_rendered(("", "4071"), face, 10.0))
    assert abs(found.last_four[0] - (digits_at + stringWidth("***-**-", face, 10.0) * PAGE_DPI / 72.0)) <= 2
    label_only = _rendered(("Taxpayer ID number:",), face, 10.0)
    assert found.top > label_only.height * 0.3  # below the label's line, not on it


@pytest.mark.parametrize("face", FACES)
@pytest.mark.parametrize("text", [
    "2375384134",  # a 10-digit employee ID: no mask's mark among its glyphs
    "12/31/2019",  # a date: its slashes are as tall as its digits
    "713 492 0651",  # a phone: words of 3 and 4 glyphs
    "713-492-0651",  # a phone with hyphens: more tall glyphs before its last four than a mask has
    "713.492.0651",
    "Tobias A Pettigrew",
    "1040",
    "XXXXXXX",
])
def test_what_is_no_masked_value_gives_no_glyphs(face: str, text: str) -> None:
    assert tin_glyphs.value_glyphs(_rendered((text,), face, 10.0)) is None


def _digits(image: Image.Image, dpi: float, psm: int) -> str:
    words = tesseract.ocr_words(image, dpi=dpi, page=0, psm=psm, characters=tin_glyphs.DIGITS)
    return "".join(w.text for w in words)


CASES = (("***-**-2573", "Courier", 10.0), ("XXX-XX-2399", "Courier", 9.0),
         ("XX-XXX6781", "Times-Roman", 10.0), ("***-**-3629", "Helvetica", 11.0))


@pytest.fixture(scope="module")
def read_cases() -> dict[str, list[str]]:
    """Each case's last four, read once for the module's tests (two small Tesseract calls each)."""
    reader: Callable[[Image.Image, float, int], str] = _digits
    return {value: tin_glyphs.last_four(_rendered((value,), face, size), PAGE_DPI, reader)
            for value, face, size in CASES}


@pytest.mark.parametrize(("value", "face", "size"), CASES)
def test_the_last_four_read_alone_agree_on_the_printed_digits(read_cases: dict[str, list[str]], value: str,
                                                              face: str, size: float) -> None:
    assert read_cases[value] == [value[-4:]] * len(tin_glyphs.READINGS)


def test_a_reading_of_other_than_four_digits_is_not_counted() -> None:
    image = _rendered(("***-**-2573",), "Courier", 10.0)
    replies = iter(["2573", "25731", "2573"])
    assert tin_glyphs.last_four(image, PAGE_DPI, lambda _i, _d, _p: next(replies)) == ["2573", "2573"]
    assert tin_glyphs.last_four(image, PAGE_DPI, lambda _i, _d, _p: "25 7") == []


@pytest.mark.parametrize(("replies", "read", "agreed"), [
    (["7755", "7755"], ["7755", "7755"], "7755"),  # the first two agree: no more readings
    (["7755", "7155", "7755"], ["7755", "7155", "7755"], "7755"),  # a tie reading breaks the tie
    (["3463", "463", "363", "3463"], ["3463", "3463"], "3463"),  # short readings are no evidence
    (["7755", "7155", "7155"], ["7755", "7155", "7155"], "7155"),
    (["1111", "2222", "3333", "4444", "5555"], ["1111", "2222", "3333", "4444", "5555"], None),
    (["0692", "1692", "", "1692"], ["0692", "1692", "1692"], "1692"),  # a blank reading is no evidence
])
def test_readings_that_differ_ask_for_more_and_a_value_needs_two_and_the_most(
        replies: list[str], read: list[str], agreed: str | None) -> None:
    image = _rendered(("***-**-2573",), "Helvetica", 10.0)
    answers = iter(replies)
    found = tin_glyphs.last_four(image, PAGE_DPI, lambda _i, _d, _p: next(answers, ""))
    assert found == read
    assert tin_glyphs.agreed(found) == agreed


@pytest.mark.parametrize(("read", "agreed"), [
    (["0692", "1692", "0692", "1692"], None),  # two against two: no last four is better than a wrong one
    (["0692"], None), ([], None), (["0692", "0692", "1692"], "0692"), (["5", "5"], "5"),
])
def test_a_value_is_agreed_only_by_two_readings_and_more_than_any_other(read: list[str], agreed: str | None
                                                                        ) -> None:
    assert tin_glyphs.agreed(read) == agreed


def _dim_photo(image: Image.Image, paper: int, ink: int, margin_share: float) -> Image.Image:
    """`image` as a dim photo shows it: grey paper and grey ink, and a white margin (or a white table
    column) beside it, which the crop's own level parts from the grey paper instead of the ink."""
    from PIL import ImageDraw

    wide = Image.new("L", (image.width * 2, image.height), 255)
    wide.paste(image, (0, 0))
    dim = wide.point(lambda v: round(ink + v / 255 * (paper - ink)))
    ImageDraw.Draw(dim).rectangle((round(dim.width * (1 - margin_share)), 0, dim.width, dim.height), fill=250)
    return dim


@pytest.mark.parametrize("face", FACES)
@pytest.mark.parametrize(("paper", "ink", "margin_share"), [(205, 70, 0.5), (195, 90, 0.4), (215, 60, 0.6)])
def test_a_dim_photos_grey_paper_beside_a_white_margin_still_gives_the_glyphs(
        face: str, paper: int, ink: int, margin_share: float) -> None:
    value = "***-**-3463"
    image = _dim_photo(_rendered((value,), face, 10.0), paper, ink, margin_share)
    found = tin_glyphs.value_glyphs(image)
    assert found is not None
    digits_at = _ink_start(_rendered((value[-4:],), face, 10.0))
    shift = stringWidth(value[:-4], face, 10.0) * PAGE_DPI / 72.0
    assert abs(found.last_four[0] - (digits_at + shift)) <= 2


@pytest.mark.parametrize("face", FACES)
@pytest.mark.parametrize("text", ["713-492-0651", "12/31/2019", "2375384134"])
def test_on_dim_paper_what_is_no_masked_value_still_gives_no_glyphs(face: str, text: str) -> None:
    assert tin_glyphs.value_glyphs(_dim_photo(_rendered((text,), face, 10.0), 205, 70, 0.5)) is None


# The taxpayer ID read again on a whole scanned page: its label read by the page's OCR, its value lost there.
LABEL_AT = (330.0, 100.0)


@dataclass(frozen=True)
class Letter:
    label: str
    value: str
    face: str
    under: bool  # the value under its label, else beside it
    ruled: bool = False  # the label and value in a ruled table's cells
    rule_grey: float = 0.0  # the rules' grey (0 black; a light table's are 0.6)
    wrapped: str = ""  # the label's second line (the value beside its first)


def _page_image(letter: Letter) -> Image.Image:
    """The header's label and value set where the page's words say, at the page's reading resolution."""
    import pypdfium2
    from reportlab.pdfgen import canvas

    out = io.BytesIO()
    sheet = canvas.Canvas(out, pagesize=(612.0, 792.0))
    x, top = LABEL_AT
    sheet.setFont("Courier-Bold", 10.0)
    sheet.drawString(x, 792.0 - top - 8.0, letter.label)
    beside = x + max(130.0, stringWidth(letter.label, "Courier-Bold", 10.0) + 20.0)
    vx, vtop = (x, top + 14.0) if letter.under else (beside, top)
    sheet.setFont(letter.face, 10.0)
    sheet.drawString(vx, 792.0 - vtop - 8.0, letter.value)
    if letter.wrapped:
        sheet.setFont("Courier-Bold", 10.0)
        sheet.drawString(x, 792.0 - top - 14.0 - 8.0, letter.wrapped)
    if letter.ruled:
        sheet.setStrokeGray(letter.rule_grey)
        for y in (top - 4.0, top + 12.0):
            sheet.line(x - 6.0, 792.0 - y, beside + 130.0, 792.0 - y)
        for rule_x in (x - 6.0, beside - 6.0, beside + 130.0):
            sheet.line(rule_x, 792.0 - top + 4.0, rule_x, 792.0 - top - 12.0)
    sheet.drawString(54.0, 792.0 - 308.0, "Dear Maria Gonzalez:")
    sheet.save()
    pdf = pypdfium2.PdfDocument(out.getvalue())
    image: Image.Image = pdf[0].render(scale=PAGE_DPI / 72.0).to_pil().convert("L")
    pdf.close()
    return image


def _reread(letter: Letter, first: Fact[FieldValue] | None, closer: Sequence[str] = ()
            ) -> Fact[FieldValue] | None:
    """The value read again; the closer readings of the whole value give `closer` in turn, then nothing."""
    wrapped = [(LABEL_AT[0], LABEL_AT[1] + 14.0, letter.wrapped)] if letter.wrapped else []
    page = make_page([(54.0, 40.0, "Internal Revenue Service"), (LABEL_AT[0], LABEL_AT[1], letter.label),
                      *wrapped, (54.0, 300.0, "Dear Maria Gonzalez:")], method="ocr")
    pages = PageSource(make_doc(page), [], {1: _page_image(letter)})
    layout = layout_of(page, group_lines(page.words), first=True)
    texts = list(closer)

    def read_whole_value(_image: Image.Image, _dpi: float, _psm: int) -> tuple[Word, ...]:
        text = texts.pop(0) if texts else ""
        return tuple(Word(text=token, box=Box(10.0 * i, 0.0, 10.0 * i + 8.0, 10.0), page=1, method="ocr",
                          confidence=80.0) for i, token in enumerate(text.split()))

    return tin_rereading.reread(first, layout, pages, ocr=read_whole_value)


def _first(value: str, *, damaged: bool, repaired_at: float | None = None) -> Fact[FieldValue]:
    """A first reading; `damaged`: from a mask read past its shape; `repaired_at`: from characters its reader
    repaired, in words OCR read at that confidence."""
    evidence = Evidence(page=1, box=Box(330, 114, 390, 124), text=value, method="ocr",
                        ocr_confidence=repaired_at)
    reasons = (note("value.tin_mask_damaged"),) if damaged else ()
    reasons += (note("value.damaged_chars"),) if repaired_at is not None else ()
    return Fact(value=value, confidence=0.5, evidence=evidence, needs_review=True, reasons=reasons)


STAR_UNDER = Letter("Taxpayer ID number:", "***-**-2573", "Courier", under=True)
X_IN_TABLE = Letter("SSN:", "XXX-XX-7453", "Times-Roman", under=False, ruled=True)
EIN_BESIDE = Letter("Employer ID number:", "XX-XXX6781", "Helvetica", under=False)
CAPITALS_LABEL = Letter("TIN:", "XXX-XX-2399", "Courier", under=True)
NO_MASK = Letter("TIN:", "2375384134", "Courier", under=True)
WRAPPED_LIGHT_TABLE = Letter("Taxpayer Identification", "***-**-3629", "Times-Roman", under=False, ruled=True,
                             rule_grey=0.6, wrapped="Number:")


@pytest.fixture(scope="module")
def reread_cases() -> dict[str, Fact[FieldValue] | None]:
    """Each case read again once for the module's tests (real OCR of the glyphs, two small calls each)."""
    return {
        "star under": _reread(STAR_UNDER, None),
        "x in table": _reread(X_IN_TABLE, None),
        "ein beside": _reread(EIN_BESIDE, None),
        "damaged first": _reread(CAPITALS_LABEL, _first("XXX-XX-9809", damaged=True)),
        "plain first": _reread(CAPITALS_LABEL, _first("XXX-XX-9809", damaged=False)),
        "same first": _reread(CAPITALS_LABEL, _first("XXX-XX-2399", damaged=False)),
        # characters repaired in words OCR read garbled (apart 9032 0004: at 10), or read surely
        "garbled first": _reread(CAPITALS_LABEL, _first("XXX-XX-9809", damaged=False, repaired_at=10.0)),
        "repaired first": _reread(CAPITALS_LABEL, _first("XXX-XX-9809", damaged=False, repaired_at=91.0)),
        # Closer readings of the whole value against the glyphs' (2399): on the first's side twice, or on
        # both sides, or once.
        "first outweighs": _reread(CAPITALS_LABEL, _first("XXX-XX-9809", damaged=False),
                                   ["XXX-XX-9809", "XXX-XX-9809"]),
        "both sides": _reread(CAPITALS_LABEL, _first("XXX-XX-9809", damaged=False),
                              ["XXX-XX-9809", "XXX-XX-2399"]),
        "first once": _reread(CAPITALS_LABEL, _first("XXX-XX-9809", damaged=False), ["XXX-XX-9809"]),
        "no mask": _reread(NO_MASK, None),
        "wrapped label": _reread(WRAPPED_LIGHT_TABLE, None),
    }


@pytest.mark.parametrize(("case", "value"), [
    ("star under", "XXX-XX-2573"),  # under its label, stars in Courier
    ("x in table", "XXX-XX-7453"),  # in a ruled table's cell far right of a short label, X's in Times
    ("ein beside", "XX-XXX6781"),  # an EIN beside its label, in Helvetica: masked as the label names it
    ("damaged first", "XXX-XX-2399"),  # a first reading from a mask read past its shape gives way
    ("garbled first", "XXX-XX-2399"),  # so does one repaired from words OCR read garbled
    ("wrapped label", "XXX-XX-3629"),  # beside a wrapped label's first line, in a table of grey rules
])
def test_a_lost_value_is_read_from_its_glyphs_and_flagged(reread_cases: dict[str, Fact[FieldValue] | None],
                                                         case: str, value: str) -> None:
    fact = reread_cases[case]
    assert fact is not None and fact.value == value
    assert fact.needs_review and fact.reasons[0].code == "scan.tin_glyphs"
    assert value[-4:] in fact.evidence.text


def test_glyphs_against_a_plain_first_reading_leave_no_value(reread_cases: dict[str, Fact[FieldValue] | None]
                                                            ) -> None:
    assert reread_cases["plain first"] is None  # two readings against one, none siding: no last four


def test_a_first_reading_two_closer_readings_confirm_outweighs_the_glyphs(
        reread_cases: dict[str, Fact[FieldValue] | None]) -> None:
    # Three readings of the whole value against the glyphs' two, both of one cut of the same glyphs (apart
    # seed 9027 0047 and 0077: faxes whose glyphs read "4123" and "6037" for "1123" and "0037").
    fact = reread_cases["first outweighs"]
    assert fact is not None and fact.value == "XXX-XX-9809" and fact.needs_review
    assert [(r.code, dict(r.values)) for r in fact.reasons] == [("scan.tin_reread", {"n": 3})]


@pytest.mark.parametrize("case", ["both sides", "first once", "repaired first"])
def test_glyphs_against_a_first_reading_without_two_closer_readings_leave_no_value(
        reread_cases: dict[str, Fact[FieldValue] | None], case: str) -> None:
    assert reread_cases[case] is None


def test_glyphs_agreeing_with_the_first_reading_keep_it(reread_cases: dict[str, Fact[FieldValue] | None]
                                                       ) -> None:
    fact = reread_cases["same first"]
    assert fact is not None and fact.value == "XXX-XX-2399" and not fact.reasons


def test_digits_without_a_mask_under_the_label_are_not_read(reread_cases: dict[str, Fact[FieldValue] | None]
                                                           ) -> None:
    assert reread_cases["no mask"] is None


# A stamp took the label and the mask's head: the page's words keep only a garbled word and the mask's tail.
TAIL_LABEL = "Taxpayer ID Number:"


def _tail_reread(value: str, face: str, tails: tuple[str, ...]) -> Fact[FieldValue] | None:
    beside = LABEL_AT[0] + max(130.0, stringWidth(TAIL_LABEL, "Courier-Bold", 10.0) + 20.0)
    rows = [(beside + 4.0 + 60.0 * i, LABEL_AT[1], tail) for i, tail in enumerate(tails)]
    page = make_page([(54.0, 40.0, "Internal Revenue Service"), (LABEL_AT[0], LABEL_AT[1], "Tax"), *rows,
                      (54.0, 300.0, "Dear Maria Gonzalez:")], method="ocr")
    pages = PageSource(make_doc(page), [], {1: _page_image(Letter(TAIL_LABEL, value, face, under=False))})
    layout = layout_of(page, group_lines(page.words), first=True)
    return tin_rereading.reread(None, layout, pages, ocr=lambda _image, _dpi, _psm: ())


@pytest.fixture(scope="module")
def tail_cases() -> dict[str, Fact[FieldValue] | None]:
    """Each mask's tail read again once for the module's tests (the glyphs' real OCR, two small calls)."""
    return {
        "courier": _tail_reread("XXX-XX-8642", "Courier", ("-XX-8642",)),
        "times stars": _tail_reread("***-**-5023", "Times-Roman", ("*-**-5023",)),
        "helvetica": _tail_reread("XXX-XX-7105", "Helvetica", ("XX_7105",)),
        "digits differ": _tail_reread("XXX-XX-8642", "Courier", ("-XX-8647",)),
        "no mask on paper": _tail_reread("2375384134", "Courier", ("-XX-4134",)),
        "two tails": _tail_reread("XXX-XX-8642", "Courier", ("-XX-8642", "XX-1234")),
    }


@pytest.mark.parametrize(("case", "value"), [
    ("courier", "XXX-XX-8642"), ("times stars", "XXX-XX-5023"), ("helvetica", "XXX-XX-7105")])
def test_a_mask_tail_left_by_a_stamp_is_kept_when_its_glyphs_confirm_it(
        tail_cases: dict[str, Fact[FieldValue] | None], case: str, value: str) -> None:
    fact = tail_cases[case]
    assert fact is not None and fact.value == value
    assert fact.needs_review and fact.reasons[0].code == "scan.tin_reread"


def test_a_mask_tail_the_glyphs_read_otherwise_gives_the_glyphs_two_readings_flagged(
        tail_cases: dict[str, Fact[FieldValue] | None]) -> None:
    fact = tail_cases["digits differ"]
    assert fact is not None and fact.value == "XXX-XX-8642" and fact.needs_review
    assert fact.reasons[0].code == "scan.tin_glyphs"


@pytest.mark.parametrize("case", ["no mask on paper", "two tails"])
def test_an_unconfirmed_or_ambiguous_mask_tail_gives_no_value(tail_cases: dict[str, Fact[FieldValue] | None],
                                                              case: str) -> None:
    assert tail_cases[case] is None


@pytest.mark.parametrize(("text", "date"), [
    ("Date: 10/17/2023", True), ("Periods: Dec. 31, 2018", True), ("Received 1/9/2021", True),
    ("SSN: XXX-XX-2023", False), ("TIN: ***-**-2018", False), ("Stop 1400", False),
])
def test_glyphs_where_the_page_read_a_date_are_no_taxpayer_id(text: str, date: bool) -> None:
    page = make_page([(330.0, 100.0, text), (54.0, 300.0, "Dear Maria Gonzalez:")], method="ocr")
    layout = layout_of(page, group_lines(page.words), first=True)
    last = [w for w in page.words if w.box.top < 200][-1].box  # where the glyphs' last four would stand
    four = Box(last.x1 - 0.4 * (last.x1 - last.x0) if len(text.split()[-1]) > 4 else last.x0, last.top,
               last.x1, last.bottom)
    assert tin_rereading._date_read_there(layout, four) is date
