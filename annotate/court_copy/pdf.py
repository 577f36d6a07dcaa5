"""Covers painted on page images, and the image-only PDF they make: no text layer, nothing hidden.

Size: DAWSON, the Tax Court's e-filing system, takes PDF files of 250 MB or less each ("Error Message: File
size too big ... Each document must be 250MB or less", ustaxcourt.gov, DAWSON FAQs: Case Management). Pages
are written in grey at COPY_DPI as JPEG, about 0.2-0.5 MB a page, so a 20-page letter stays far under it;
a copy over the limit is written again at a lower resolution.
"""

from __future__ import annotations

import io
from collections.abc import Sequence

from PIL import Image, ImageDraw

from annotate.court_copy.find import COVER_PAD_POINTS, Cover
from annotate.messages import messages

DAWSON_MAX_BYTES = 250 * 1024 * 1024
COURT_LANGUAGE = "en"  # the copy is filed with the U.S. Tax Court
COPY_DPI = 200  # letter text stays sharp when printed and when OCR'd back
FALLBACK_DPIS = (150, 100)  # tried in turn if a copy would pass DAWSON's limit
JPEG_QUALITY = 70
BLACK = 0


def paint_covers(image: Image.Image, covers: Sequence[Cover], dpi: float) -> Image.Image:
    """`image` ("L", the page at `dpi`) with every cover painted solid black."""
    scale = dpi / 72.0
    draw = ImageDraw.Draw(image)
    for cover in covers:
        box, pad = cover.box, COVER_PAD_POINTS
        draw.rectangle((int((box.x0 - pad) * scale), int((box.top - pad) * scale),
                        round((box.x1 + pad) * scale), round((box.bottom + pad) * scale)), fill=BLACK)
    return image


def image_pdf(pages: Sequence[Image.Image], dpi: float) -> bytes:
    """An image-only PDF of `pages`, in order, each page sized by `dpi` (its paper size is kept)."""
    buffer = io.BytesIO()
    grey = [page if page.mode == "L" else page.convert("L") for page in pages]
    title = messages(COURT_LANGUAGE)("court_copy.title")
    grey[0].save(buffer, "PDF", save_all=True, append_images=grey[1:], resolution=dpi, quality=JPEG_QUALITY,
                 title=title, author="letter4390", creator="letter4390")
    return buffer.getvalue()
