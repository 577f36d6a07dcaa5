"""`letter4390 redact`: the copy of the letter to attach to a petition (Tax Court Rule 27(a)).

Test letters are made here with reportlab: a TIN in the header (full), in the body (full), and in an
enclosure (masked SSN, full EIN), with a date of birth and an account number; once as a digital PDF and
once as a scan. Each copy is OCR'd back: no digit run of any TIN, no text layer, the rest still readable.
"""

from __future__ import annotations

import io
import re
from collections.abc import Iterator
from functools import cache
from pathlib import Path

import pdfplumber
import pypdfium2
import pytesseract
import pytest
from conftest import SAMPLES
from PIL import Image, ImageFilter
from reportlab.lib.pagesizes import LETTER
from reportlab.pdfgen.canvas import Canvas

from annotate.court_copy.find import COVER_PAD_POINTS, KEEP_GAP_POINTS, Cover, find_covers
from annotate.court_copy.patterns import TIN_PATTERNS, digit_lookalikes
from annotate.court_copy.pdf import DAWSON_MAX_BYTES
from annotate.court_copy.redact import court_copy
from letter4390 import cli
from parser.core.model import Box, Word
from parser.reading.read import read_document

HEADER_TIN = "517-83-2946"  # full SSN in the header, under its label
BODY_TIN = "517-83-2946"  # the same number repeated in a sentence
MASKED_SSN = "XXX-XX-4071"  # an enclosure's masked SSN: its last four are still a TIN's digits
EIN = "38-1759264"
TIN_DIGITS = ("517832946", "4071", "381759264")
EMPLOYEE_ID = "1001016207"  # nine-plus digits that are no TIN: they stay
BIRTH = "04/17/1968"
ACCOUNT = "9876543210"
OCR_DPI = 300
SHORT_OF_KEPT = COVER_PAD_POINTS + KEEP_GAP_POINTS  # a cut stops this far before what it keeps


def _letter(canvas: Canvas) -> None:
    top = LETTER[1] - 60
    canvas.setFont("Helvetica", 11)
    for i, text in enumerate(("Department of the Treasury", "Internal Revenue Service",
                              "Independent Office of Appeals", "1000 Liberty Ave., Room 1400",
                              "Pittsburgh, PA 15222")):
        canvas.drawString(54, top - 14 * i, text)
    for i, text in enumerate(("Date:", "    March 3, 2025", "Employee ID number:", f"    {EMPLOYEE_ID}",
                              "Taxpayer Identification Number:", f"    {HEADER_TIN}")):
        canvas.drawString(340, top - 14 * i, text)
    body = top - 160
    for i, text in enumerate((
            "Notice of Determination Concerning Collection Action",
            "Dear Taxpayer:",
            f"This letter is about the taxes owed under number {BODY_TIN} for the year 2019.",
            "Appeals sustains the proposed levy. You may petition the United States Tax Court.")):
        canvas.drawString(54, body - 20 * i, text)
    canvas.showPage()
    canvas.setFont("Helvetica", 11)
    for i, text in enumerate((
            "Enclosure: account summary",
            f"SSN: {MASKED_SSN}",
            f"Employer identification number: {EIN}",
            f"Date of birth: {BIRTH}",
            f"Account number: {ACCOUNT}",
            "Keep this page with your records.")):
        canvas.drawString(54, top - 22 * i, text)
    canvas.showPage()


@cache
def _digital_bytes() -> bytes:
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=LETTER)
    _letter(canvas)
    canvas.save()
    return buffer.getvalue()


def _rendered(data: bytes, dpi: int) -> list[Image.Image]:
    pdf = pypdfium2.PdfDocument(data)
    try:
        return [page.render(scale=dpi / 72).to_pil().convert("L") for page in pdf]
    finally:
        pdf.close()


def _scan_bytes(dpi: int = 300, blur: float = 0.0) -> bytes:
    """The digital letter printed and scanned: image-only pages, no text layer."""
    pages = _rendered(_digital_bytes(), dpi)
    if blur:
        pages = [page.filter(ImageFilter.GaussianBlur(blur)) for page in pages]
    buffer = io.BytesIO()
    pages[0].save(buffer, "PDF", save_all=True, append_images=pages[1:], resolution=dpi)
    return buffer.getvalue()


@pytest.fixture(params=["digital", "scanned"])
def letter(request: pytest.FixtureRequest, tmp_path: Path) -> Path:
    path = tmp_path / f"{request.param}.pdf"
    path.write_bytes(_digital_bytes() if request.param == "digital" else _scan_bytes())
    return path


def _run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = cli.main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def _ocr_pages(path: Path) -> list[str]:
    images = _rendered(path.read_bytes(), OCR_DPI)
    return [pytesseract.image_to_string(image, config="--psm 3") for image in images]


def _digit_runs(text: str) -> Iterator[str]:
    """Every run of digits (look-alikes read as digits) in `text`, separators inside a number dropped."""
    for token in re.findall(r"[\w*#•-]+", text):
        yield re.sub(r"\D", "", digit_lookalikes(token))


def _windows(digits: str, size: int = 3) -> set[str]:
    return {digits[i:i + size] for i in range(len(digits) - size + 1)}


@pytest.mark.ocr  # digital pages are OCR'd too
def test_the_copy_hides_every_tin_keeps_the_rest_and_has_no_text_layer(
        letter: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "copy.pdf"
    code, stdout, stderr = _run(capsys, "redact", str(letter), "-o", str(out))
    assert code == 0, stderr
    assert "Page 1: covered taxpayer ID number (2 areas)" in stdout  # header and body
    page_two = next(line for line in stdout.splitlines() if line.startswith("Page 2:"))
    assert "taxpayer ID number (2 areas)" in page_two  # masked SSN and EIN
    assert "date of birth (year kept) (1 area)" in page_two and "account number (last four kept)" in page_two
    assert not any(d in stdout + stderr for d in ("2946", "4071", "1759264"))  # never printed
    with pdfplumber.open(out) as pdf:
        assert len(pdf.pages) == 2
        # The paper size is kept (a scan's page may come back a third of a point taller: whole pixels).
        assert all(abs(page.width - LETTER[0]) < 1 and abs(page.height - LETTER[1]) < 1 for page in pdf.pages)
        assert all(page.chars == [] and not page.extract_text() for page in pdf.pages)  # no text layer
        assert all(len(page.images) == 1 for page in pdf.pages)
    size = out.stat().st_size
    assert size < 1_500_000 < DAWSON_MAX_BYTES  # measured about 0.6 MB for these two pages

    one, two = _ocr_pages(out)
    runs = [run for page in (one, two) for run in _digit_runs(page) if len(run) >= 3]
    for tin in TIN_DIGITS:
        leaked = [run for run in runs if _windows(tin) & _windows(run)]
        assert not leaked, (tin, leaked)
    # What is not a TIN is still there to read.
    assert "Notice of Determination" in one and "March 3, 2025" in one and EMPLOYEE_ID in one
    # Birth year and last four kept (OCR may split or drop the kept digit beside the black: "1 968", "968").
    assert "968" in two and "3210" in two and "9876" not in two


@pytest.mark.ocr
def test_a_poor_scan_names_the_pages_to_check_and_still_exits_0(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    poor = tmp_path / "poor.pdf"
    poor.write_bytes(_scan_bytes(dpi=75, blur=1.0))  # measured: mean OCR confidence 66 and 52
    out = tmp_path / "copy.pdf"
    code, _, stderr = _run(capsys, "redact", str(poor), "-o", str(out))
    assert code == 0
    assert "warning: check page(s) 1, 2 of the copy yourself before you file it" in stderr, stderr
    assert out.read_bytes().startswith(b"%PDF")


def test_a_missing_file_is_an_input_error(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, _, stderr = _run(capsys, "redact", str(tmp_path / "none.pdf"), "-o", str(tmp_path / "c.pdf"))
    assert code == 3 and "error" in stderr
    assert not (tmp_path / "c.pdf").exists()


def _words(*texts: str, top: float = 100.0) -> list[Word]:
    """One line of words, 8 points per character, one space apart."""
    words, x = [], 50.0
    for text in texts:
        words.append(Word(text, Box(x, top, x + 8 * len(text), top + 10), 1, "ocr", 95.0))
        x += 8 * len(text) + 6
    return words


def _covered(covers: tuple[Cover, ...], word: Word) -> bool:
    return any(c.box.x0 <= word.box.x0 + 0.5 and c.box.x1 >= word.box.x1 - 0.5 for c in covers)


@pytest.mark.parametrize(("name", "text", "expected"), [
    ("ssn_full", "reference 123-45-6789 here", "123-45-6789"),
    ("ssn_full", "reference 123 45 6789 here", "123 45 6789"),
    ("ssn_masked", "SSN XXX-XX-6789", "XXX-XX-6789"),
    ("ssn_masked", "SSN ***-**-6789", "***-**-6789"),
    ("ein_full", "EIN 12-3456789.", "12-3456789"),
    ("ein_masked", "EIN XX-XXX6789", "XX-XXX6789"),
])
def test_tin_patterns(name: str, text: str, expected: str) -> None:
    match = TIN_PATTERNS[name].search(text)
    assert match is not None and match.group() == expected


@pytest.mark.parametrize("text", ["1001016207", "2025-03-03", "Room 1400", "412-620-6252", "Page 1 of 2"])
def test_tin_patterns_leave_other_numbers(text: str) -> None:
    assert not any(pattern.search(text) for pattern in TIN_PATTERNS.values())


def test_an_ocr_misread_tin_is_still_covered_whole() -> None:
    words = _words("Your", "number", "5I7-83-29", "4O", top=100.0)
    words = [*words[:2], Word("5I7-83-294O", words[2].box.union(words[3].box), 1, "ocr", 70.0)]
    covers = find_covers(words)
    assert _covered(covers, words[2]) and not _covered(covers, words[0])


def test_a_tin_split_in_words_is_covered_word_by_word() -> None:
    words = _words("number", "123", "45", "6789", "due")
    covers = find_covers(words)
    assert [_covered(covers, w) for w in words] == [False, True, True, True, False]


def test_any_number_after_a_tin_label_is_covered_even_partial() -> None:
    words = _words("Taxpayer", "ID", "ending", "in", "6789")
    assert _covered(find_covers(words), words[-1])
    under = [*_words("Taxpayer", "Identification", "Number:"), *_words("6789", top=114.0)]
    assert _covered(find_covers(under), under[-1])


def test_an_employee_id_is_not_a_tin() -> None:
    words = _words("Employee", "ID", "number:", EMPLOYEE_ID)
    assert find_covers(words) == ()
    labelled = _words("Employee", "identification", "number:", EMPLOYEE_ID)
    assert find_covers(labelled) == ()


def test_date_of_birth_keeps_only_the_year() -> None:
    words = _words("Date", "of", "birth:", "04/17/1968")
    [cover] = find_covers(words)
    date = words[-1].box
    # "04/17/" is 4 digits and 2 slashes (half a digit each) of 9 digit widths: the cut ends there, less the
    # paint's pad, so the year's first digit stays whole.
    unit = date.width / 9
    assert cover.kind == "birth_date" and cover.box.x0 == date.x0
    assert cover.box.x1 == pytest.approx(date.x0 + 5 * unit - SHORT_OF_KEPT)


def test_account_number_keeps_its_last_four() -> None:
    words = _words("Account", "number:", ACCOUNT)
    [cover] = find_covers(words)
    number = words[-1].box
    assert cover.kind == "account" and cover.box.x0 == number.x0
    assert cover.box.x1 == pytest.approx(number.x0 + 6 * 8 - SHORT_OF_KEPT)


def test_a_minors_name_keeps_initials() -> None:
    words = _words("Minor", "child:", "Emma", "Lopez")
    covers = find_covers(words)
    assert [c.kind for c in covers] == ["minor", "minor"]
    for cover, word in zip(covers, words[2:], strict=True):
        first = word.box.x0 + word.box.width / len(word.text)  # where the initial ends
        assert cover.box.x0 == pytest.approx(first + SHORT_OF_KEPT)
        assert cover.box.x1 == word.box.x1


# Committed samples whose text layer prints the taxpayer ID: in full (Saturday) and masked (Juneteenth).
COMMITTED = ("4390-digital-saturday.pdf", "4390-digital-juneteenth.pdf", "3193-digital.pdf")


@pytest.mark.ocr
@pytest.mark.parametrize("name", COMMITTED)
def test_committed_samples_lose_their_printed_tin(name: str, tmp_path: Path) -> None:
    source = SAMPLES / name
    with pdfplumber.open(source) as pdf:
        printed = " ".join(page.extract_text() for page in pdf.pages)
    tins = [m.group() for pattern in TIN_PATTERNS.values() for m in pattern.finditer(printed)]
    assert tins, "the sample prints a taxpayer ID"
    groups = {group for tin in tins for group in re.findall(r"\d{4,}", tin)}
    with read_document(source) as pages:
        copy = court_copy(pages)
    out = tmp_path / "copy.pdf"
    out.write_bytes(copy.pdf)
    assert copy.pages_to_check == ()
    runs = [run for page in _ocr_pages(out) for run in _digit_runs(page)]
    assert not [run for run in runs if any(group in run for group in groups)], groups
    with pdfplumber.open(out) as pdf:
        assert all(not page.chars for page in pdf.pages)
