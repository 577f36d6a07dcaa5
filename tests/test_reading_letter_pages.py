"""Several files, one letter: each file's pages read in order into one Document."""

from __future__ import annotations

from pathlib import Path

import pypdfium2
import pytest
from conftest import SAMPLES

from parser.core.errors import InputTooLargeError
from parser.core.notes import note
from parser.reading.read import read_document, read_letter_pages

THREE_PAGES = SAMPLES / "4390-digital-juneteenth.pdf"


def split_pages(pdf_path: Path, directory: Path) -> list[Path]:
    """One single-page PDF per page, as a phone app's "scan each page" would send them."""
    source = pypdfium2.PdfDocument(pdf_path)
    paths = []
    try:
        for index in range(len(source)):
            single = pypdfium2.PdfDocument.new()
            single.import_pages(source, [index])
            path = directory / f"page-{index + 1}.pdf"
            single.save(path)
            single.close()
            paths.append(path)
    finally:
        source.close()
    return paths


def test_three_single_page_files_read_as_the_three_page_letter(tmp_path: Path) -> None:
    whole = read_document(THREE_PAGES).document
    parts = split_pages(THREE_PAGES, tmp_path)
    joined = read_letter_pages(parts).document
    assert [page.number for page in joined.pages] == [1, 2, 3]
    assert [[w.page for w in page.words][:1] for page in joined.pages] == [[1], [2], [3]]
    assert [[w.text for w in page.words] for page in joined.pages] == \
        [[w.text for w in page.words] for page in whole.pages]
    assert joined.name == "page-1.pdf + page-2.pdf + page-3.pdf"
    assert joined.kind == "pdf"


def test_the_order_of_the_files_is_the_order_of_the_pages(tmp_path: Path) -> None:
    parts = split_pages(THREE_PAGES, tmp_path)
    joined = read_letter_pages([parts[2], parts[0]]).document
    assert "Page 3 of 3" in " ".join(w.text for w in joined.pages[0].words)
    assert "Page 1 of 3" in " ".join(w.text for w in joined.pages[1].words)
    assert joined.pages[1].words[0].page == 2


def test_a_page_is_found_by_the_number_its_evidence_names(tmp_path: Path) -> None:
    parts = split_pages(THREE_PAGES, tmp_path)
    joined = read_letter_pages([parts[2], parts[0]]).document
    second = joined.page(2)
    assert second is not None and "Page 1 of 3" in " ".join(w.text for w in second.words)
    assert joined.page(3) is None and joined.page(0) is None


def test_one_file_reads_as_read_document_does() -> None:
    assert read_letter_pages([THREE_PAGES]).document == read_document(THREE_PAGES).document


def test_the_page_limit_counts_all_files_together(tmp_path: Path) -> None:
    parts = split_pages(THREE_PAGES, tmp_path)
    with pytest.raises(InputTooLargeError) as raised:
        read_letter_pages(parts, max_pages=2)
    assert raised.value.note == note("error.too_many_pages", pages=3, limit=2)


def test_page_images_are_rendered_from_each_pages_own_file(tmp_path: Path) -> None:
    parts = split_pages(THREE_PAGES, tmp_path)
    with read_letter_pages(parts) as joined, read_document(THREE_PAGES) as whole:
        images = [joined.image(number, 150, grey=True) for number in (1, 2, 3)]
        originals = [whole.image(number, 150, grey=True) for number in (1, 2, 3)]
    assert all(image.mode == "L" for image in images)
    assert images[0].size == pytest.approx((1275, 1650), abs=2)  # 150 dpi
    assert images[0].tobytes() != images[1].tobytes()
    assert [image.tobytes() for image in images] == [image.tobytes() for image in originals]
