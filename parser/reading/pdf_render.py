"""Opening PDFs with pypdfium2 (the robust gatekeeper) and rendering pages to grayscale images.

pdfium repairs broken cross-reference tables and opens owner-password-only files with the empty password;
what it cannot open is refused here with a one-line reason. Rendering keeps pixels bounded: a page far
larger than a letter is rendered at a lower resolution rather than exhausting memory.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from parser.core.errors import EncryptedInputError, InputError
from parser.core.notes import note

if TYPE_CHECKING:
    import pypdfium2
    from PIL import Image

OCR_DPI = 300
# 8.5 x 14 in (legal) at 300 dpi is 10.7 Mpx; A3 at 300 dpi is 17.4 Mpx. Beyond this the dpi is lowered.
MAX_RENDER_PIXELS = 18_000_000
# Acrobat's rule: "%%EOF" in the last 1024 bytes. A file without it was cut short (download, copy).
# A scan embedded as one page-sized image is decoded instead of rendered only in these plain forms.
EMBEDDED_BITS_PER_PIXEL = frozenset({8, 24})
EMBEDDED_COLORSPACES = frozenset({1, 2, 10})  # FPDF_COLORSPACE_DEVICEGRAY, _DEVICERGB, _INDEXED
EMBEDDED_BITMAP_FORMATS = frozenset({1, 2, 3})  # FPDFBitmap_Gray, _BGR, _BGRx (no alpha)
MATRIX_TOLERANCE_POINTS = 0.01
EOF_MARKER = b"%%EOF"
EOF_WINDOW = 1024
# pdfium's FPDF_GetLastError codes.
PDFIUM_ERR_FORMAT = 3
PDFIUM_ERR_PASSWORD = 4
PDFIUM_ERR_SECURITY = 5
ENCRYPTED = note("error.pdf_encrypted")
DAMAGED = note("error.pdf_damaged")
TRUNCATED = note("error.pdf_truncated")
NO_PAGES = note("error.pdf_no_pages")


@dataclass(frozen=True)
class RenderedPage:
    image: Image.Image  # grayscale ("L")
    dpi: float  # the resolution actually used (lower than asked for oversized pages)
    width: float  # page size in points, as displayed (after /Rotate)
    height: float


def open_pdf(path: Path) -> pypdfium2.PdfDocument:
    """The PDF opened by pdfium; InputError subclasses for truncated, damaged, encrypted or empty files."""
    import pypdfium2

    check_not_truncated(path)
    try:
        pdf = pypdfium2.PdfDocument(path)
    except pypdfium2.PdfiumError as error:
        if getattr(error, "err_code", None) in (PDFIUM_ERR_PASSWORD, PDFIUM_ERR_SECURITY):
            raise EncryptedInputError(ENCRYPTED) from None
        raise InputError(DAMAGED) from None
    if len(pdf) == 0:
        pdf.close()
        raise InputError(NO_PAGES)
    return pdf


def check_not_truncated(path: Path) -> None:
    """InputError when the PDF lacks its end-of-file marker (an incomplete download or copy)."""
    if not _has_eof_marker(path):
        raise InputError(TRUNCATED)


def page_size(pdf: pypdfium2.PdfDocument, index: int) -> tuple[float, float]:
    """Width and height in points of page `index` (0-based) as displayed."""
    page = _load_page(pdf, index)
    try:
        width, height = page.get_size()
        return float(width), float(height)
    finally:
        page.close()


def bounded_dpi(width: float, height: float, dpi: float, max_pixels: int = MAX_RENDER_PIXELS) -> float:
    """`dpi`, lowered so that a page of width x height points renders to at most `max_pixels` pixels."""
    area_inches = max(width, 1.0) / 72.0 * max(height, 1.0) / 72.0
    # 0.999: pixel sizes are rounded up by the renderer; stay within the bound.
    return min(float(dpi), 0.999 * math.sqrt(max_pixels / area_inches))


def render_page(
    pdf: pypdfium2.PdfDocument, index: int, dpi: float = OCR_DPI, *, plain_images: bool = False
) -> RenderedPage:
    """Page `index` (0-based) rendered in grayscale at `dpi` (bounded by MAX_RENDER_PIXELS).

    `plain_images`: the caller has checked that the page's images carry no mask or decode array (pdfium
    does not say); a page that is one such image at the render's own pixel size is decoded, not rendered.
    """
    import pypdfium2

    page = _load_page(pdf, index)
    try:
        width, height = (float(value) for value in page.get_size())
        used_dpi = bounded_dpi(width, height, dpi)
        image = _embedded_scan(page, used_dpi) if plain_images else None
        if image is None:
            try:
                # pdfium's own grayscale mode is measured 3-4x slower than a colour render converted by
                # Pillow.
                bitmap = page.render(scale=used_dpi / 72.0)
            except pypdfium2.PdfiumError:
                raise InputError(DAMAGED) from None
            image = bitmap.to_pil().convert("L")
            bitmap.close()
    finally:
        page.close()
    return RenderedPage(image=image, dpi=used_dpi, width=width, height=height)


def _embedded_scan(page: pypdfium2.PdfPage, dpi: float) -> Image.Image | None:
    """The page's scanned image taken straight from the file, when the page is nothing but one upright
    image drawn over the whole page at exactly the pixel size a render at `dpi` has: pdfium then copies
    its pixels one to one, so decoding it alone gives the same image 5-7x faster. Else None (render)."""
    import pypdfium2
    import pypdfium2.raw as pdfium_c

    if page.get_rotation() != 0 or pdfium_c.FPDFPage_CountObjects(page) != 1:
        return None
    width, height = page.get_width(), page.get_height()
    scale = dpi / 72.0
    size = (math.ceil(width * scale), math.ceil(height * scale))  # as PdfPage.render sizes its bitmap
    left, bottom, right, top = page.get_cropbox()
    try:
        image_object = next(page.get_objects(max_depth=0))
        if not isinstance(image_object, pypdfium2.PdfImage):
            return None
        metadata = image_object.get_metadata()
        matrix = image_object.get_matrix().get()
        if (
            (metadata.width, metadata.height) != size
            or metadata.bits_per_pixel not in EMBEDDED_BITS_PER_PIXEL
            or metadata.colorspace not in EMBEDDED_COLORSPACES
            or not _close(matrix, (right - left, 0.0, 0.0, top - bottom, left, bottom))
        ):
            return None
        bitmap = image_object.get_bitmap(render=False)
    except pypdfium2.PdfiumError:
        return None  # let the render say whether the page is damaged
    # (Not closed by hand: pypdfium2 frees the decoded bitmap when it is collected, and warns otherwise.)
    if bitmap.format not in EMBEDDED_BITMAP_FORMATS or (bitmap.width, bitmap.height) != size:
        return None  # an alpha channel is composited onto paper by a render, not by the decoder
    decoded: Image.Image = bitmap.to_pil().convert("L")  # a copy: independent of pdfium's buffer
    return decoded


def _close(have: tuple[float, ...], want: tuple[float, ...]) -> bool:
    return all(abs(a - b) <= MATRIX_TOLERANCE_POINTS for a, b in zip(have, want, strict=True))


def _load_page(pdf: pypdfium2.PdfDocument, index: int) -> pypdfium2.PdfPage:
    import pypdfium2

    try:
        return pdf[index]
    except pypdfium2.PdfiumError:
        raise InputError(DAMAGED) from None


def _has_eof_marker(path: Path) -> bool:
    """Whether the file ends (ignoring trailing whitespace and NULs) with a %%EOF marker nearby."""
    with path.open("rb") as handle:
        handle.seek(0, 2)
        size = handle.tell()
        handle.seek(max(size - 16 * EOF_WINDOW, 0))
        tail = handle.read()
    return EOF_MARKER in tail.rstrip(b"\x00 \t\r\n")[-EOF_WINDOW:]
