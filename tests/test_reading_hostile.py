"""Issue 7's input matrix at the reading layer: each broken file gets its exact error class and message."""

from __future__ import annotations

import resource
from collections.abc import Callable
from pathlib import Path

import hostile_fixtures as fixtures
import pytest
from said import english, english_each

from parser.core.errors import (
    EncryptedInputError,
    InputError,
    InputTooLargeError,
    UnsupportedInputError,
    UsageError,
)
from parser.reading.read import read_document

Builder = Callable[[Path], Path]

REFUSED: list[tuple[Builder, type[InputError], str]] = [
    (fixtures.missing_path, InputError, "the file does not exist"),
    (fixtures.a_directory, InputError, "the path is a directory, not a file"),
    (fixtures.empty_file, InputError, "the file is empty"),
    (fixtures.text_named_pdf, UnsupportedInputError, "not a PDF or image (looks like text)"),
    (fixtures.zip_file, UnsupportedInputError, "not a PDF or image (looks like a ZIP archive)"),
    (
        fixtures.truncated_pdf,
        InputError,
        "the PDF is truncated (incomplete download or copy); get the complete file and retry",
    ),
    (fixtures.unrepairable_pdf, InputError, "the PDF is damaged and cannot be read"),
    (
        fixtures.user_password_pdf,
        EncryptedInputError,
        "the PDF is password-protected; remove the password and retry",
    ),
    (
        fixtures.many_blank_pages_pdf,
        InputTooLargeError,
        "the document has 500 pages, more than the limit of 20; raise it with --max-pages",
    ),
    (
        fixtures.huge_image,
        InputTooLargeError,
        "the image has more pixels than the limit of 80 megapixels; scan the letter at 300 dpi",
    ),
    (
        fixtures.decompression_bomb_png,
        InputTooLargeError,
        "the image has more pixels than the limit of 80 megapixels; scan the letter at 300 dpi",
    ),
    (fixtures.corrupt_jpeg, InputError, "the image is damaged or truncated and cannot be read"),
    (fixtures.zero_page_tiff, InputError, "the image file has no pages"),
]


@pytest.mark.parametrize(
    ("build", "error", "message"), REFUSED, ids=[build.__name__ for build, _error, _message in REFUSED]
)
def test_hostile_input_is_refused_with_one_clear_line(
    tmp_path: Path, build: Builder, error: type[InputError], message: str
) -> None:
    path = build(tmp_path)
    with pytest.raises(InputError) as raised:
        read_document(path)
    assert type(raised.value) is error
    assert english(raised.value.note) == message
    assert "\n" not in english(raised.value.note)
    assert raised.value.__cause__ is None  # nothing of the library's traceback chained for the user


def test_images_over_the_pixel_limit_are_refused_before_decoding(tmp_path: Path) -> None:
    bomb = fixtures.decompression_bomb_png(tmp_path)
    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    with pytest.raises(InputTooLargeError):
        read_document(bomb)
    grown_kib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - before
    assert grown_kib < 50 * 1024  # decoding would take 400 MB


def test_image_between_the_project_limit_and_pillows_names_its_size(tmp_path: Path) -> None:
    path = fixtures.png_header_only(tmp_path, 10000, 9000, "large.png")
    with pytest.raises(InputTooLargeError) as raised:
        read_document(path)
    assert english(raised.value.note) == (
        "the image is 10000 x 9000 pixels, more than the limit of 80 megapixels; scan the letter at 300 dpi"
    )


def test_the_page_limit_can_be_raised(tmp_path: Path) -> None:
    path = fixtures.many_blank_pages_pdf(tmp_path, pages=25)
    with pytest.raises(InputTooLargeError):
        read_document(path)
    document = read_document(path, max_pages=25).document
    assert len(document.pages) == 25
    assert {page.method for page in document.pages} == {"none"}
    assert "page 25 is blank" in english_each(document.warnings)


def test_a_page_limit_below_one_is_a_usage_error(tmp_path: Path) -> None:
    with pytest.raises(UsageError):
        read_document(fixtures.owner_password_pdf(tmp_path), max_pages=0)


@pytest.mark.parametrize("build", [fixtures.repairable_xref_pdf, fixtures.owner_password_pdf])
def test_repairable_and_owner_locked_pdfs_are_read(tmp_path: Path, build: Builder) -> None:
    document = read_document(build(tmp_path)).document
    assert document.method == "pdf_text"
    texts = [word.text for word in document.pages[0].words]
    assert texts[:3] == ["Internal", "Revenue", "Service"]
    assert "Doe" in texts


@pytest.mark.ocr
def test_a_200_inch_page_is_rendered_at_bounded_resolution(tmp_path: Path) -> None:
    path = fixtures.huge_page_pdf(tmp_path)
    with read_document(path) as source:
        document = source.document
        kept = source.reading_image(1)
        shown = source.image(1, dpi=100)
    page = document.pages[0]
    assert (page.width, page.height) == pytest.approx((14400, 14400), abs=2)
    assert english(document.warnings[0]) == (
        "page 1 is 200 x 200 inches, far larger than a letter page; it was read at reduced resolution"
    )
    assert kept is not None and kept.width * kept.height <= 18_000_000
    assert shown.width * shown.height <= 18_000_000


@pytest.mark.ocr
def test_a_blank_scan_gives_pages_without_words_and_says_so(tmp_path: Path) -> None:
    document = read_document(fixtures.blank_scan(tmp_path)).document
    assert len(document.pages) == 1
    assert document.pages[0].words == ()
    assert document.method == "none"
    assert english_each(document.warnings) == (
        "page 1 looks blank; nothing was read from it",
        "no text was found in the document; check that it is the right file and readable",
    )
