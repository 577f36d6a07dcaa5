"""The pages of one read letter as pictures: the one way back from the words to the image.

`read_document` gives a PageSource next to the Document it read. Whoever needs a page's image (the
summary, the court copy) or a strip of it read again (the facts stage's second readings) asks the source,
never the input file: a letter joined from several photos has no single file that shows its pages.

An OCR'd page's image (rotation and deskew applied, reduced to KEPT_IMAGE_DPI) is kept here, not in the
frozen facts; it is used when it is sharp enough for the asked resolution. Otherwise the page is rendered
again (PDF, opened once for all pages) or decoded again (image file) and given the turns the reader
recorded. Close the source (or use it as a context manager) to release the PDFs it opened.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING, Literal

from parser.core.errors import InputError
from parser.core.model import Document, PageView, Word
from parser.reading import orientation, pdf_render
from parser.reading.ocr_answers import OcrAnswers

if TYPE_CHECKING:
    import pypdfium2
    from PIL import Image

    from parser.reading.tesseract import Glyph

# Page images are bounded like OCR renders: a 200-inch page must not become a gigapixel image.
MAX_PAGE_IMAGE_PIXELS = 18_000_000
# Off by this many pixels a page image is trimmed or padded to size, not resampled (edges are paper).
FIT_TOLERANCE_PIXELS = 2
# A kept image at least this share of the asked width is used as it is (a 1650.5-pixel page is 1650 wide).
KEPT_IMAGE_SHARP_ENOUGH = 0.98


@dataclass(frozen=True)
class SourceFile:
    """One input file and where its pages sit in the letter (pages first..first+count-1, 1-based)."""

    path: Path
    kind: Literal["pdf", "image"]
    first: int
    count: int


class PageSource:
    """The page images of one read Document, and the one way to OCR a strip of a page again."""

    def __init__(self, document: Document, files: Sequence[SourceFile],
                 kept: Mapping[int, Image.Image] | None = None, *,
                 opened: Mapping[Path, pypdfium2.PdfDocument] | None = None,
                 answers: OcrAnswers | None = None, aside: bool = False) -> None:
        """`kept`: the reduced image each OCR'd page's reading kept, by page number; `opened`: PDFs the
        reading opened already (the source closes them); `answers`: Tesseract's answers this letter's
        sources share (ocr_answers), `aside` for a source that only reads ahead."""
        self.document = document
        self._files = tuple(files)
        self._kept = dict(kept or {})
        self._pdfs: dict[Path, pypdfium2.PdfDocument] = dict(opened or {})
        self._answers = answers if answers is not None else OcrAnswers()
        self._aside = aside

    @classmethod
    def joined(cls, document: Document, parts: Sequence[PageSource]) -> PageSource:
        """One source for `document`, whose pages are the parts' pages in order (numbered through)."""
        files: list[SourceFile] = []
        kept: dict[int, Image.Image] = {}
        opened: dict[Path, pypdfium2.PdfDocument] = {}
        offset = 0
        for part in parts:
            files += [SourceFile(f.path, f.kind, f.first + offset, f.count) for f in part._files]
            kept.update({number + offset: image for number, image in part._kept.items()})
            for path, pdf in part._pdfs.items():  # handed over, not closed (the same file twice: once)
                if opened.setdefault(path, pdf) is not pdf:
                    pdf.close()
            part._pdfs.clear()
            offset += len(part.document.pages)
        return cls(document, files, kept, opened=opened)

    @property
    def answers(self) -> OcrAnswers:
        """Tesseract's answers for this letter's images (shared with a source reading ahead)."""
        return self._answers

    def __enter__(self) -> PageSource:
        return self

    def __exit__(self, kind: type[BaseException] | None, error: BaseException | None,
                 trace: TracebackType | None) -> None:
        self.close()

    def close(self) -> None:
        if not self._aside:
            self._answers.stop()  # a reading ahead still under way ends first
        for pdf in self._pdfs.values():
            pdf.close()
        self._pdfs.clear()

    def reading_image(self, page_number: int) -> Image.Image | None:
        """The image the OCR of page `page_number` read (reduced, upright), not to be painted on; None for
        a page read from its text layer. Strips cut from it are what `ocr` reads again."""
        return self._kept.get(page_number)

    def ocr(self, image: Image.Image, *, dpi: float, page: int = 0, psm: int | None = None,
            characters: str = "") -> tuple[Word, ...]:
        """Words Tesseract reads in `image` (a strip cut from a page's reading image, at `dpi`), boxes in
        points of that image, numbered `page`; `psm` overrides the page segmentation mode; `characters`, when
        given, are the only ones it may read."""
        from parser.reading import tesseract  # only a scan's second readings need it

        mode = psm or tesseract.PAGE_SEGMENTATION
        return self._answers.answer(
            ("words", dpi, page, mode, characters), image,
            lambda: tesseract.ocr_words(image, dpi=dpi, page=page, psm=mode, characters=characters),
            aside=self._aside)

    def glyphs(self, image: Image.Image, *, dpi: float, psm: int = 7) -> tuple[Glyph, ...]:
        """The characters of one line in `image` (a strip cut from a page's reading image, at `dpi`), or of
        a block of lines (`psm` 6), each with its box and the characters Tesseract weighed against it."""
        from parser.reading import tesseract

        return self._answers.answer(("glyphs", dpi, psm), image,
                                    lambda: tesseract.ocr_glyphs(image, dpi=dpi, psm=psm), aside=self._aside)

    def image(self, page_number: int, dpi: float, *, grey: bool = False) -> Image.Image:
        """Page `page_number` (1-based) at `dpi` (lowered for oversized pages), RGB, or "L" when `grey`;
        always the caller's own image."""
        page, used_dpi, size = self._sized(page_number, dpi)
        mode = "L" if grey else "RGB"
        kept = self._kept.get(page_number)
        if kept is not None and kept.width >= size[0] * KEPT_IMAGE_SHARP_ENOUGH:
            return _fit(kept, size, mode, owned=False)
        file = self._file_of(page_number)
        index = page_number - file.first
        if file.kind == "pdf":
            return _fit(self._rendered_pdf_page(file.path, index, page, used_dpi, grey), size, mode)
        from parser.reading import images  # image files only

        loaded = images.load_page(file.path, index)
        return _fit(orientation.turn(loaded.image, page.rotation, page.skew), size, mode)

    def colour_image(self, page_number: int, dpi: float) -> Image.Image | None:
        """Page `page_number` at `dpi` in its file's own colours ("RGB"), as its OCR saw it (cut out of a
        photo, turned and deskewed); None for an image file without colour (a grey scan, a fax), or a page
        no file holds. A coloured stamp over a value is told from the black text here, where the grey page
        the OCR read has them both dark."""
        page, used_dpi, size = self._sized(page_number, dpi)
        file = self._file_holding(page_number)
        if file is None:  # a page given as an image only
            return None
        index = page_number - file.first
        if file.kind == "pdf":
            return _fit(self._rendered_pdf_page(file.path, index, page, used_dpi, False), size, "RGB")
        from parser.reading import images  # image files only

        loaded = images.load_page(file.path, index, colour=True)
        if loaded.image.mode != "RGB":
            return None
        return _fit(orientation.turn(loaded.image, page.rotation, page.skew), size, "RGB")

    def _sized(self, page_number: int, dpi: float) -> tuple[PageView, float, tuple[int, int]]:
        """Page `page_number` (1-based), the resolution it is shown at (`dpi`, lowered for an oversized page)
        and its size in pixels there."""
        if not 1 <= page_number <= len(self.document.pages):
            raise ValueError(f"page {page_number} is not in the document (1..{len(self.document.pages)})")
        page = self.document.pages[page_number - 1]
        used_dpi = pdf_render.bounded_dpi(page.width, page.height, dpi, MAX_PAGE_IMAGE_PIXELS)
        size = (max(1, round(page.width * used_dpi / 72.0)), max(1, round(page.height * used_dpi / 72.0)))
        return page, used_dpi, size

    def _file_holding(self, page_number: int) -> SourceFile | None:
        return next((f for f in self._files if f.first <= page_number < f.first + f.count), None)

    def _file_of(self, page_number: int) -> SourceFile:
        file = self._file_holding(page_number)
        if file is None:
            raise ValueError(f"page {page_number} comes from no file of this source")
        return file

    def _rendered_pdf_page(self, path: Path, index: int, page: PageView, dpi: float,
                           grey: bool) -> Image.Image:
        import pypdfium2

        pdf = self._pdfs.get(path)
        if pdf is None:
            pdf = self._pdfs[path] = pdf_render.open_pdf(path)
        pdf_page = pdf[index]
        try:
            image = _render(pdf_page, dpi, grey)
        except pypdfium2.PdfiumError:
            raise InputError(pdf_render.DAMAGED) from None
        finally:
            pdf_page.close()
        return orientation.turn(image, page.rotation, page.skew)


def _render(page: pypdfium2.PdfPage, dpi: float, grey: bool) -> Image.Image:
    import pypdfium2.raw as pdfium_c

    # pdfium's own grayscale mode renders text and drawings in a third of the time of a colour render
    # converted by Pillow, but images several times slower: it is used on pages without any image.
    if grey and not any(True for _ in page.get_objects(filter=(pdfium_c.FPDF_PAGEOBJ_IMAGE,))):
        # An "L" bitmap: the image shares its (Python-owned) buffer, which lives as long as the image.
        shared: Image.Image = page.render(scale=dpi / 72.0, grayscale=True).to_pil()
        return shared
    bitmap = page.render(scale=dpi / 72.0)
    image: Image.Image = bitmap.to_pil().convert("L" if grey else "RGB")
    bitmap.close()
    return image


def _fit(image: Image.Image, size: tuple[int, int], mode: str = "RGB", *, owned: bool = True) -> Image.Image:
    """The image at exactly `size`, in `mode`, never the caller's own unless `owned`. A renderer rounds
    page sizes up (1651 rows for 1650.5): within FIT_TOLERANCE_PIXELS the edge is trimmed or padded with
    white paper instead of resampling the page."""
    from PIL import Image as PILImage

    if image.mode != mode:
        image = image.convert(mode)  # a new image
    elif image.size == size and not owned:
        return image.copy()
    if image.size == size:
        return image
    if all(abs(have - want) <= FIT_TOLERANCE_PIXELS for have, want in zip(image.size, size, strict=True)):
        if image.width >= size[0] and image.height >= size[1]:
            return image.crop((0, 0, *size))
        paper = PILImage.new(mode, size, "white")
        paper.paste(image.crop((0, 0, min(image.width, size[0]), min(image.height, size[1]))), (0, 0))
        return paper
    return image.resize(size, PILImage.Resampling.LANCZOS)
