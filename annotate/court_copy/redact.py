"""The copy of the letter to attach to a petition: each page rendered, its Rule 27(a) numbers covered, and
every page written back as an image only, in order.

Words come from the reading layer. A page read by OCR is covered from those words (boxes on the same
turned page the renderer gives back). A page read from its text layer is OCR'd as well, at the copy's
resolution: a text layer need not hold what the page shows (a scanned enclosure inside a digital PDF), and
the copy must hide what a reader can see. A scanned page read with low confidence, or with a number-like
word read too poorly to be sure of, is named for a person to check.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from types import MappingProxyType

from PIL import Image

from annotate.court_copy.find import Cover, CoverKind, find_covers
from annotate.court_copy.pdf import COPY_DPI, DAWSON_MAX_BYTES, FALLBACK_DPIS, image_pdf, paint_covers
from parser.core.model import Box, PageView, Word
from parser.reading import reading_quality
from parser.reading.page_source import PageSource

# A scanned page whose mean OCR confidence is below this may hide a number OCR did not read as one.
CHECK_MEAN_CONFIDENCE = 80.0
# A word with this many digits (or look-alikes) read below this confidence may be a misread number.
LOW_WORD_CONFIDENCE = 60.0
MIN_DIGITS_TO_DOUBT = 3


@dataclass(frozen=True)
class PageReport:
    number: int
    covered: Mapping[CoverKind, int]  # how many areas of each kind were covered
    check: bool  # a person must look over this page: it could not be read well enough to be sure


@dataclass(frozen=True)
class CourtCopy:
    pdf: bytes
    pages: tuple[PageReport, ...]
    dpi: float

    @property
    def pages_to_check(self) -> tuple[int, ...]:
        return tuple(page.number for page in self.pages if page.check)


def court_copy(pages: PageSource) -> CourtCopy:
    """The image-only, covered copy of the document `pages` holds (read_document's page source)."""
    images: list[Image.Image] = []
    reports: list[PageReport] = []
    for page in pages.document.pages:
        image = pages.image(page.number, COPY_DPI, grey=True)
        dpi = image.width * 72.0 / page.width
        words = list(page.words if page.method == "ocr" else pages.ocr(image, dpi=dpi, page=page.number))
        if page.method == "pdf_text":
            words = [*page.words, *words]
        covers = find_covers(words)
        images.append(paint_covers(image, covers, dpi))
        kinds = Counter(cover.kind for cover in _distinct(covers))
        doubtful = _doubtful(page, words, covers)
        reports.append(PageReport(page.number, MappingProxyType(dict(kinds)), doubtful))
    return _written(images, tuple(reports))


def _distinct(covers: Sequence[Cover]) -> list[Cover]:
    """One cover per place: a digital page's number is found in its text layer and again by OCR."""
    kept: list[Cover] = []
    for cover in covers:
        if not any(other.kind == cover.kind and _overlap(other.box, cover.box) for other in kept):
            kept.append(cover)
    return kept


def _overlap(a: Box, b: Box) -> bool:
    width = min(a.x1, b.x1) - max(a.x0, b.x0)
    height = min(a.bottom, b.bottom) - max(a.top, b.top)
    return width > 0 and height > 0 and width * height >= 0.5 * min(a.width * a.height, b.width * b.height)


def _doubtful(page: PageView, words: Sequence[Word], covers: Sequence[Cover]) -> bool:
    scanned = [word for word in words if word.method == "ocr"]
    if page.method == "ocr":
        mean = page.mean_confidence
        if mean is None or mean < CHECK_MEAN_CONFIDENCE or reading_quality.measure(scanned).poor:
            return True
    covered = {cover.box for cover in covers}
    return any(word.box not in covered and (word.confidence or 0.0) < LOW_WORD_CONFIDENCE
               and sum(ch.isdigit() or ch in "OoIlSB" for ch in word.text) >= MIN_DIGITS_TO_DOUBT
               and any(ch.isdigit() for ch in word.text) for word in scanned)


def _written(images: list[Image.Image], reports: tuple[PageReport, ...]) -> CourtCopy:
    """The PDF at COPY_DPI, or at the first lower resolution that DAWSON's size limit accepts."""
    pdf = image_pdf(images, COPY_DPI)
    dpi: float = COPY_DPI
    for lower in FALLBACK_DPIS:
        if len(pdf) <= DAWSON_MAX_BYTES:
            break
        factor = lower / COPY_DPI
        smaller = [image.resize((max(1, round(image.width * factor)), max(1, round(image.height * factor))))
                   for image in images]
        pdf, dpi = image_pdf(smaller, lower), lower
    return CourtCopy(pdf, reports, dpi)
