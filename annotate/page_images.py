"""The letter's pages as pictures for the summary: grey, at a modest resolution, taxpayer ID covered."""

from __future__ import annotations

import io
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PIL import Image

from annotate.tin_mask import cover_tins, tin_covers
from parser.core.errors import Letter4390Error, os_reason
from parser.core.model import Box, LetterFacts, PageView
from parser.core.notes import Note, note

if TYPE_CHECKING:
    from parser.reading.page_source import PageSource

# Crops on page 2 need the detail; full pages are shrunk further when embedded (EMBED_DPI).
WORKING_DPI = 150
EMBED_DPI = 110
PAGE_JPEG_QUALITY = 60
CROP_JPEG_QUALITY = 80


@dataclass(frozen=True)
class PageImage:
    number: int
    width: float  # points
    height: float
    image: Image.Image | None  # grey, taxpayer ID covered; None when it could not be made
    problem: Note | None = None  # why the image could not be made, for the catalogue to word
    covered: int = 0  # how many taxpayer ID areas were covered
    embed: Image.Image | None = None  # the page at EMBED_DPI, covered too (PDF pages rendered afresh)

    @property
    def scale(self) -> tuple[float, float]:
        """Pixels per point, across and down."""
        if self.image is None or self.width <= 0 or self.height <= 0:
            return (WORKING_DPI / 72, WORKING_DPI / 72)
        return (self.image.width / self.width, self.image.height / self.height)

    def crop_jpeg(self, box: Box, *, pad_left: float, pad: float) -> tuple[bytes, float, float] | None:
        """A JPEG of `box` with margins (points), and its size in points; None without an image."""
        if self.image is None:
            return None
        sx, sy = self.scale
        left = max(0.0, box.x0 - pad_left)
        top = max(0.0, box.top - pad)
        right = min(self.width, box.x1 + pad)
        bottom = min(self.height, box.bottom + pad)
        if right <= left or bottom <= top:
            return None
        crop = self.image.crop((int(left * sx), int(top * sy), int(right * sx), int(bottom * sy)))
        return jpeg(crop, CROP_JPEG_QUALITY), right - left, bottom - top

    def embed_jpeg(self) -> bytes | None:
        """The whole page as a JPEG at EMBED_DPI, for the annotated letter pages."""
        if self.image is None:
            return None
        if self.embed is not None:
            return jpeg(self.embed, PAGE_JPEG_QUALITY)
        target = (max(1, round(self.width * EMBED_DPI / 72)), max(1, round(self.height * EMBED_DPI / 72)))
        image = self.image
        if image.width > target[0]:
            # An area average (BOX) shrinks as cleanly as LANCZOS here at a quarter of its cost.
            image = image.resize(target, Image.Resampling.BOX)
        return jpeg(image, PAGE_JPEG_QUALITY)


def jpeg(image: Image.Image, quality: int) -> bytes:
    buffer = io.BytesIO()
    image.save(buffer, format="JPEG", quality=quality)  # optimize=True: 4% smaller, twice the time
    return buffer.getvalue()


def load_page_images(pages: PageSource, facts: LetterFacts) -> tuple[PageImage, ...]:
    """Every page of `facts` as the reading saw it (rotation/deskew applied), from its page source."""
    return tuple(_load(pages, facts, page) for page in facts.document.pages)


def _load(pages: PageSource, facts: LetterFacts, page: PageView) -> PageImage:
    embed: Image.Image | None = None
    try:
        kept = pages.reading_image(page.number)
        if kept is not None:
            image = _working_copy(kept, page)
        else:
            image = pages.image(page.number, WORKING_DPI, grey=True)
            if facts.document.kind == "pdf":
                # pdfium renders the page again at EMBED_DPI sharper than, and in a third of the time of,
                # shrinking the WORKING_DPI one.
                embed = pages.image(page.number, EMBED_DPI, grey=True)
    except (Letter4390Error, OSError) as error:
        return PageImage(page.number, page.width, page.height, None, problem=_problem(error))
    covers = tin_covers(facts, page.number)
    for picture in (image, embed):
        if picture is not None:
            sx = picture.width / page.width if page.width > 0 else WORKING_DPI / 72
            sy = picture.height / page.height if page.height > 0 else WORKING_DPI / 72
            cover_tins(picture, covers, sx, sy)
    return PageImage(page.number, page.width, page.height, image, covered=len(covers), embed=embed)


def _working_copy(image: Image.Image, page: PageView) -> Image.Image:
    """A grey copy no finer than WORKING_DPI (the parser's own image must not be painted on)."""
    grey = image.convert("L")  # always a new image
    if page.width > 0 and grey.width > page.width * WORKING_DPI / 72 * 1.05:
        size = (round(page.width * WORKING_DPI / 72), round(page.height * WORKING_DPI / 72))
        grey = grey.resize(size, Image.Resampling.LANCZOS)
    return grey


def _problem(error: Letter4390Error | OSError) -> Note:
    """Why a page's image could not be made, as the note the summary words."""
    if isinstance(error, Letter4390Error):
        return error.note
    return note("error.cannot_read", reason=os_reason(error))
