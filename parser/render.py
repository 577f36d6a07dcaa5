"""A page as the tool saw it, for the summary: evidence boxes in points map onto it by dpi/72.

The reading layer keeps a reduced copy of every OCR page (rotation and deskew applied) in PageView.image;
it is used when it is sharp enough for the asked resolution. Otherwise the page is rendered again (PDF) or
re-read (image) and given the same turns the reader recorded.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from parser import images, orientation, pdf_render
from parser.errors import InputError
from parser.model import Document, PageView

if TYPE_CHECKING:
    from PIL import Image

# Summary page images are bounded like OCR renders: a 200-inch page must not become a gigapixel image.
MAX_PAGE_IMAGE_PIXELS = 18_000_000
# Off by this many pixels a page image is trimmed or padded to size, not resampled (edges are paper).
FIT_TOLERANCE_PIXELS = 2


def page_image(source: Path, doc: Document, page_number: int, dpi: int = 100) -> Image.Image:
    """Page `page_number` (1-based) of `source` as an RGB image at `dpi` (lowered for oversized pages)."""
    if not 1 <= page_number <= len(doc.pages):
        raise ValueError(f"page {page_number} is not in the document (1..{len(doc.pages)})")
    page = doc.pages[page_number - 1]
    used_dpi = pdf_render.bounded_dpi(page.width, page.height, dpi, MAX_PAGE_IMAGE_PIXELS)
    size = (max(1, round(page.width * used_dpi / 72.0)), max(1, round(page.height * used_dpi / 72.0)))
    if page.image is not None and page.image.width >= size[0] * 0.98:
        return _fit(page.image, size)
    if doc.kind == "pdf":
        return _fit(_rendered_pdf_page(source, page, used_dpi), size)
    loaded = images.load_page(source, page_number - 1)
    return _fit(orientation.turn(loaded.image, page.rotation, page.skew), size)


def _rendered_pdf_page(source: Path, page: PageView, dpi: float) -> Image.Image:
    import pypdfium2

    pdf = pdf_render.open_pdf(source)
    try:
        pdf_page = pdf[page.number - 1]
        try:
            bitmap = pdf_page.render(scale=dpi / 72.0)
            image = bitmap.to_pil().convert("RGB")
            bitmap.close()
        except pypdfium2.PdfiumError:
            raise InputError(pdf_render.DAMAGED_MESSAGE) from None
        finally:
            pdf_page.close()
    finally:
        pdf.close()
    return orientation.turn(image, page.rotation, page.skew)


def _fit(image: Image.Image, size: tuple[int, int]) -> Image.Image:
    """The image at exactly `size`, RGB. A renderer rounds page sizes up (1651 rows for 1650.5): within
    FIT_TOLERANCE_PIXELS the edge is trimmed or padded with white paper instead of resampling the page."""
    from PIL import Image as PILImage

    if image.size == size:
        return image.convert("RGB")
    if all(abs(have - want) <= FIT_TOLERANCE_PIXELS for have, want in zip(image.size, size, strict=True)):
        rgb = image.convert("RGB")
        if rgb.width >= size[0] and rgb.height >= size[1]:
            return rgb.crop((0, 0, *size))
        paper = PILImage.new("RGB", size, (255, 255, 255))
        paper.paste(rgb.crop((0, 0, min(rgb.width, size[0]), min(rgb.height, size[1]))), (0, 0))
        return paper
    return image.resize(size, PILImage.Resampling.LANCZOS).convert("RGB")
