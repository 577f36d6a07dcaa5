"""A page as the tool saw it, for the summary: evidence boxes in points map onto it by dpi/72.

The reading layer keeps a reduced copy of every OCR page (rotation and deskew applied) in PageView.image;
it is used when it is sharp enough for the asked resolution. Otherwise the page is rendered again (PDF) or
re-read (image) and given the same turns the reader recorded.
"""

from __future__ import annotations

from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING

from parser.core.errors import InputError
from parser.core.model import Document, PageView
from parser.reading import orientation, pdf_render

if TYPE_CHECKING:
    import pypdfium2
    from PIL import Image

# Summary page images are bounded like OCR renders: a 200-inch page must not become a gigapixel image.
MAX_PAGE_IMAGE_PIXELS = 18_000_000
# Off by this many pixels a page image is trimmed or padded to size, not resampled (edges are paper).
FIT_TOLERANCE_PIXELS = 2


def page_image(source: Path, doc: Document, page_number: int, dpi: int = 100) -> Image.Image:
    """Page `page_number` (1-based) of `source` as an RGB image at `dpi` (lowered for oversized pages)."""
    with PageRenderer(source, doc) as renderer:
        return renderer.image(page_number, dpi)


class PageRenderer:
    """Page images of one document; a PDF is opened once for all of them (a summary asks for several)."""

    def __init__(self, source: Path, doc: Document) -> None:
        self.source = source
        self.doc = doc
        self._pdf: pypdfium2.PdfDocument | None = None

    def __enter__(self) -> PageRenderer:
        return self

    def __exit__(self, kind: type[BaseException] | None, error: BaseException | None,
                 trace: TracebackType | None) -> None:
        self.close()

    def close(self) -> None:
        if self._pdf is not None:
            self._pdf.close()
            self._pdf = None

    def image(self, page_number: int, dpi: float, *, grey: bool = False) -> Image.Image:
        """Page `page_number` (1-based) at `dpi` (lowered for oversized pages), RGB, or "L" when `grey`."""
        if not 1 <= page_number <= len(self.doc.pages):
            raise ValueError(f"page {page_number} is not in the document (1..{len(self.doc.pages)})")
        page = self.doc.pages[page_number - 1]
        used_dpi = pdf_render.bounded_dpi(page.width, page.height, dpi, MAX_PAGE_IMAGE_PIXELS)
        size = (max(1, round(page.width * used_dpi / 72.0)), max(1, round(page.height * used_dpi / 72.0)))
        mode = "L" if grey else "RGB"
        if page.image is not None and page.image.width >= size[0] * 0.98:
            return _fit(page.image, size, mode, owned=False)
        if self.doc.kind == "pdf":
            return _fit(self._rendered_pdf_page(page, used_dpi, grey), size, mode)
        from parser.reading import images  # image files only

        loaded = images.load_page(self.source, page_number - 1)
        return _fit(orientation.turn(loaded.image, page.rotation, page.skew), size, mode)

    def _rendered_pdf_page(self, page: PageView, dpi: float, grey: bool) -> Image.Image:
        import pypdfium2

        if self._pdf is None:
            self._pdf = pdf_render.open_pdf(self.source)
        pdf_page = self._pdf[page.number - 1]
        try:
            image = _render(pdf_page, dpi, grey)
        except pypdfium2.PdfiumError:
            raise InputError(pdf_render.DAMAGED_MESSAGE) from None
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
