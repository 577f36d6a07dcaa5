"""Cleaning a scanned page for the OCR pass, only where its margins show the page needs it.

Specks: a fax or a dirty scan sprinkles specks that Tesseract reads as punctuation inside values ("26°",
"1-202"). A 3x3 median removes specks of a pixel or two and keeps 300 dpi strokes. Measured on generated
letters (bench corpus, seed 4390, 27 letters a profile): items right on fax 83.1% -> 88.2%, skewed and noisy
scans 93.3% -> 95.6%, clean scans unchanged (97.0% -> 96.8%). The filter costs about 0.15 s a page, so a
clean page, whose margins are blank paper, is left alone.

Uneven light: a phone photo (its margins are the dark table around the sheet) often has a shadow, and
Tesseract's one global threshold then loses whole blocks in it (a header, with the letter date). Dividing
the page by its own paper brightness (the local maximum, blurred) evens the light out. Measured on phone
photos: items right 88.4% -> 91.2% and confidently wrong values 2 -> 0 (seed 4390, 27 letters), 87.2% ->
86.5% (seed 777, 18 letters); about 0.3 s a page. The median is not used on photos: on a shadowed one it
lost the header, and photos gained nothing from it.

Streaks and ruled lines (ruled_lines.py): a fax's vertical streak, a scanner's row of dashes and a ruled
table's vertical rules break the words they cross. They are taken off the page as scanned, before the deskew:
a scanner's streak runs along its raster, and after a turn it would be a slanted line.

Only the OCR pass reads the cleaned page: the second reading of key values (verify.py) reads the page as
scanned, so the two readings do not share a filter's mistakes.
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass
from typing import TYPE_CHECKING

from parser.reading import ruled_lines

if TYPE_CHECKING:
    from PIL import Image

# Left and right margin strips, as a share of the page width: letters print nothing there.
MARGIN_SHARE = 0.06
# Dark pixels (below this grey) in the margins, as a share of them, above which the page is speckled.
DARK_LEVEL = 128
SPECKLED_MARGIN_SHARE = 0.0003  # clean 300 dpi scans measure 0.0000; faxes and noisy scans 0.0007 and up
SURROUND_MARGIN_SHARE = 0.05  # specks never cover this much; a photo's dark surround measures 0.6 and up
MEDIAN_SIZE = 3
# The paper's brightness is measured on a copy this many times smaller, as the brightest pixel around
# (text strokes are far narrower than the window), then blurred so the division leaves no tile edges.
LIGHT_REDUCTION = 8
LIGHT_WINDOW = 7
LIGHT_BLUR = 4.0
# Grey levels between the darkest and brightest paper of an image (5th and 95th percentiles of its paper
# brightness) above which its light is uneven: scans and faxes measure 0-16, a phone photo's shadow 40-60.
UNEVEN_PAPER_SPREAD = 30


def margin_darkness(image: Image.Image) -> float:
    """Share of dark pixels in the page's left and right margin strips."""
    width, height = image.size
    margin = max(1, int(width * MARGIN_SHARE))
    dark = total = 0
    for box in ((0, 0, margin, height), (width - margin, 0, width, height)):
        histogram = image.crop(box).histogram()
        dark += sum(histogram[:DARK_LEVEL])
        total += margin * height
    return dark / max(total, 1)


@dataclass(frozen=True)
class Prepared:
    """The page as the OCR pass should read it, and what its margins showed."""

    image: Image.Image
    speckled: bool  # specks in the margins (a fax, a dirty scan), whether or not the page was despeckled


def prepared_for_ocr(image: Image.Image, *, photographed: bool = False) -> Prepared:
    """The page despeckled, evened out, or (a clean scan) itself; its margins measured once for both.
    `photographed`: a sheet already cut out of a photo (its margins are paper, its light still uneven)."""
    darkness = margin_darkness(image)
    speckled = SPECKLED_MARGIN_SHARE < darkness < SURROUND_MARGIN_SHARE
    if photographed or darkness >= SURROUND_MARGIN_SHARE:
        return Prepared(evened_light(image), speckled)
    if speckled:
        return Prepared(despeckled(image), speckled)
    return Prepared(image, speckled)


def without_streaks(image: Image.Image, *, dpi: float,
                    photographed: bool = False) -> tuple[Image.Image, bool]:
    """The page as scanned less its long straight lines, and whether it had any. A photo has no scanner
    streaks (and its dark surround, or a sheet's edge, is no line): it is left alone."""
    if photographed or margin_darkness(image) >= SURROUND_MARGIN_SHARE:
        return image, False
    cleaned, found = ruled_lines.without_lines(image, dpi=dpi)
    return cleaned, found.any


def despeckled(image: Image.Image) -> Image.Image:
    """The page with specks of a pixel or two removed (3x3 median)."""
    from PIL import ImageFilter

    return image.filter(ImageFilter.MedianFilter(MEDIAN_SIZE))


def uneven_light(image: Image.Image) -> bool:
    """Whether the paper of a grey image ("L") is lit unevenly (a photo's shadow or gradient), so that one
    threshold for the whole of it would take paper in the shade for ink."""
    paper = _paper(image).histogram()
    total = sum(paper)
    if total == 0:
        return False
    seen = list(itertools.accumulate(paper))
    dark = next(level for level, count in enumerate(seen) if count >= 0.05 * total)
    bright = next(level for level, count in enumerate(seen) if count >= 0.95 * total)
    return bright - dark > UNEVEN_PAPER_SPREAD


def _paper(image: Image.Image) -> Image.Image:
    """The paper's brightness around each point of a reduced copy of `image` (the brightest pixel near it)."""
    from PIL import ImageFilter

    return image.reduce(LIGHT_REDUCTION).filter(ImageFilter.MaxFilter(LIGHT_WINDOW))


def evened_light(image: Image.Image) -> Image.Image:
    """The page divided by its own paper brightness: paper white everywhere, text as dark as it was."""
    from PIL import Image as PILImage
    from PIL import ImageFilter, ImageMath

    paper = (_paper(image)
             .filter(ImageFilter.GaussianBlur(LIGHT_BLUR))
             .resize(image.size, PILImage.Resampling.BILINEAR))
    evened = ImageMath.lambda_eval(
        lambda ops: ops["convert"](ops["min"](ops["page"] * 255 / (ops["paper"] + 1), 255), "L"),
        page=image, paper=paper,
    )
    if not isinstance(evened, PILImage.Image):
        raise TypeError("ImageMath gave no image")
    return evened
