"""The reading layer's entry point: any accepted file in, its pages' words with boxes out.

PDF pages with a usable text layer are read from it (pdfplumber); pages without one, and images, are read
by Tesseract after turning them upright. Pages are processed one at a time and their full-resolution images
dropped before the next, so memory stays flat in the page count.
"""

from __future__ import annotations

import hashlib
from pathlib import Path
from typing import Literal

from parser import images, ocr_page, pdf_render, pdf_text
from parser.errors import InputTooLargeError, UsageError
from parser.model import Document, PageView
from parser.sniff import sniff

DEFAULT_MAX_PAGES = 20
# A page whose long side is beyond this many inches is no letter page: say so (it is read at reduced dpi).
OVERSIZED_PAGE_INCHES = 17.0
HASH_CHUNK_BYTES = 1 << 20


def read_document(path: Path, *, max_pages: int = DEFAULT_MAX_PAGES) -> Document:
    """Read a PDF or image file into a Document; InputError subclasses say why a file can't be read."""
    if max_pages < 1:
        raise UsageError("the page limit (--max-pages) must be at least 1")
    sniffed = sniff(path)
    digest = _sha256(path)
    kind: Literal["pdf", "image"] = "pdf" if sniffed.kind == "pdf" else "image"
    if kind == "pdf":
        pages, warnings = _read_pdf(path, max_pages)
    else:
        pages, warnings = _read_image(path, max_pages)
    if pages and all(not page.words for page in pages):
        warnings.append("no text was found in the document; check that it is the right file and readable")
    return Document(name=path.name, sha256=digest, kind=kind, pages=tuple(pages), warnings=tuple(warnings))


def _read_pdf(path: Path, max_pages: int) -> tuple[list[PageView], list[str]]:
    pdf = pdf_render.open_pdf(path)
    try:
        count = len(pdf)
        _check_page_count(count, max_pages)
        pages: list[PageView] = []
        warnings: list[str] = []
        with pdf_text.open_text_layer(path) as text_pdf:
            if text_pdf is None:
                warnings.append("the PDF's text layer could not be read; its pages were read by OCR")
            text_pages = len(text_pdf.pages) if text_pdf is not None else 0
            for index in range(count):
                number = index + 1
                width, height = pdf_render.page_size(pdf, index)
                if max(width, height) / 72.0 > OVERSIZED_PAGE_INCHES:
                    warnings.append(
                        f"page {number} is {width / 72:.0f} x {height / 72:.0f} inches, far larger than a "
                        "letter page; it was read at reduced resolution"
                    )
                layer = pdf_text.read_text_layer(text_pdf, index) if text_pdf and index < text_pages else None
                if layer is not None and layer.usable:
                    pages.append(PageView(number, layer.width, layer.height, "pdf_text", layer.words))
                elif layer is not None and layer.blank:
                    warnings.append(f"page {number} is blank")
                    pages.append(PageView(number, layer.width, layer.height, "none", ()))
                else:
                    rendered = pdf_render.render_page(pdf, index)
                    scanned = ocr_page.read_scanned_page(rendered.image, dpi=rendered.dpi, number=number)
                    del rendered  # the 300 dpi image: release before the next page
                    pages.append(_scanned_view(number, scanned, page_size=(width, height)))
                    warnings.extend(scanned.warnings)
        return pages, warnings
    finally:
        pdf.close()


def _read_image(path: Path, max_pages: int) -> tuple[list[PageView], list[str]]:
    count = images.count_frames(path)
    _check_page_count(count, max_pages)
    pages: list[PageView] = []
    warnings: list[str] = []
    for index, page_image in enumerate(images.iter_pages(path, count)):
        number = index + 1
        warnings.extend(page_image.warnings)
        scanned = ocr_page.read_scanned_page(page_image.image, dpi=page_image.dpi, number=number)
        del page_image
        pages.append(_scanned_view(number, scanned))
        warnings.extend(scanned.warnings)
    return pages, warnings


def _scanned_view(
    number: int, scanned: ocr_page.ScannedPage, page_size: tuple[float, float] | None = None
) -> PageView:
    """The PageView of an OCR page; `page_size` (points, as displayed) is exact for PDF pages."""
    width, height = scanned.width, scanned.height
    if page_size is not None:
        width, height = page_size[::-1] if scanned.rotation in (90, 270) else page_size
    return PageView(
        number=number,
        width=width,
        height=height,
        method="ocr" if scanned.words else "none",
        words=scanned.words,
        rotation=scanned.rotation,
        skew=scanned.skew,
        mean_confidence=scanned.mean_confidence,
        image=scanned.kept_image,
    )


def _check_page_count(count: int, max_pages: int) -> None:
    if count > max_pages:
        raise InputTooLargeError(
            f"the document has {count} pages, more than the limit of {max_pages}; raise it with --max-pages"
        )


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        while chunk := handle.read(HASH_CHUNK_BYTES):
            digest.update(chunk)
    return digest.hexdigest()
