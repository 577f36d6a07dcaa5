"""The taxpayer ID's last four read glyph by glyph: which words have a mask's shape, and what the digits read.

The values are set in the three type faces letters use (Courier, Times, Helvetica: reportlab's own), with
stars and X's, SSN and EIN masks, at two sizes, and rasterised at the 150 dpi a scan's page is read at.
"""

from __future__ import annotations

import io
from collections.abc import Callable

import pytest
from PIL import Image
from reportlab.pdfbase.pdfmetrics import stringWidth

from parser.facts import tin_glyphs
from parser.reading import tesseract

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
    # Courier's X's touch: a run of them may be one glyph; the stars, hyphens and digits stand apart.
    assert len(value) - 3 <= len(found.cells) <= len(value)
    # The last four cells start where the digits alone, set at the same place, start.
    digits_at = _ink_start(_rendered((value[-4:],), face, size))
    shift = stringWidth(value[:-4], face, size) * PAGE_DPI / 72.0
    assert abs(found.last_four[0] - (digits_at + shift)) <= 2


@pytest.mark.parametrize("face", FACES)
def test_the_value_under_its_label_is_found_on_its_own_line(face: str) -> None:
    image = _rendered(("Taxpayer ID number:", "***-**-4071", "Tax form: 1040"), face, 10.0)
    found = tin_glyphs.value_glyphs(image)
    assert found is not None and len(found.cells) == len("***-**-4071")
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
    replies = iter(["2573", "25731"])
    assert tin_glyphs.last_four(image, PAGE_DPI, lambda _i, _d, _p: next(replies)) == ["2573"]
    assert tin_glyphs.last_four(image, PAGE_DPI, lambda _i, _d, _p: "25 7") == []
