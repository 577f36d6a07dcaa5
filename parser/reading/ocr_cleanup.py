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

Grain: a phone photo taken in a dim room is grainy with the sensor's noise, every pixel a few grey levels
off its neighbours, and Tesseract's threshold then turns the paper into a field of specks (a dim photo's
page 2 read as 5 words in 20 s; a 300 dpi scan given the same grain, 0 words). A slight blur first
(Gaussian, 1.5 px) brings it back: 248 words at mean confidence 76 in 3 s, and 338 words at 93 on the 300 dpi
one. Grain is measured where the paper is blank: the quietest tenth of small tiles of the page's middle
shows a grainy page's noise (7.7-8.0) and not a clean page's text (0.0-2.4 on scans, faxes and photos).

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
# Grain: the grey levels' standard deviation within GRAIN_TILE-pixel tiles of the page's middle half, at the
# GRAIN_QUANTILE quietest (blank paper between lines): clean scans, faxes and photos 0.0-2.4, dim photos 7.7+.
GRAIN_TILE = 24
GRAIN_QUANTILE = 0.1
GRAINY_STDDEV = 5.0
GRAIN_BLUR = 2.0


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
    grainy: bool = False  # its paper grainy (a dim room's photo): smoothed before anything else


def prepared_for_ocr(image: Image.Image, *, photographed: bool = False) -> Prepared:
    """The page despeckled, evened out, or (a clean scan) itself; its margins measured once for both.
    `photographed`: a sheet already cut out of a photo (its margins are paper, its light still uneven)."""
    grained = grainy(image)
    if grained:
        image = smoothed(image)
    darkness = margin_darkness(image)
    speckled = SPECKLED_MARGIN_SHARE < darkness < SURROUND_MARGIN_SHARE
    if photographed or darkness >= SURROUND_MARGIN_SHARE:
        return Prepared(evened_light(image), speckled, grained)
    if speckled:
        return Prepared(despeckled(image), speckled, grained)
    return Prepared(image, speckled, grained)


def without_streaks(image: Image.Image, *, dpi: float,
                    photographed: bool = False) -> tuple[Image.Image, bool]:
    """The page as scanned less its long straight lines, and whether it had any. A photo has no scanner
    streaks (and its dark surround, or a sheet's edge, is no line): it is left alone."""
    if photographed or margin_darkness(image) >= SURROUND_MARGIN_SHARE:
        return image, False
    cleaned, found = ruled_lines.without_lines(image, dpi=dpi)
    return cleaned, found.any


def grain(image: Image.Image) -> float:
    """The noise of a grey image's blank paper: the standard deviation of the GRAIN_QUANTILE quietest of
    the GRAIN_TILE-pixel tiles of its middle half (its margins may be a photo's surround)."""
    import numpy as np

    width, height = image.size
    box = (width // 4, height // 4, 3 * width // 4, 3 * height // 4)
    middle = np.asarray(image.crop(box), dtype=np.float32)
    rows, columns = middle.shape[0] // GRAIN_TILE, middle.shape[1] // GRAIN_TILE
    if rows == 0 or columns == 0:
        return 0.0
    tiles = middle[:rows * GRAIN_TILE, :columns * GRAIN_TILE].reshape(rows, GRAIN_TILE, columns, GRAIN_TILE)
    deviations = tiles.std(axis=(1, 3))
    return float(np.quantile(deviations, GRAIN_QUANTILE))


def grainy(image: Image.Image) -> bool:
    """Whether a grey page is grainy enough (a dim room's photo) that its paper would read as specks."""
    return grain(image) >= GRAINY_STDDEV


def smoothed(image: Image.Image, scale: float = 1.0) -> Image.Image:
    """The page with its grain blurred away; strokes stay far wider than the blur. `scale`: the image's
    size against the page image the blur is set for (a reduced copy is blurred as much less)."""
    from PIL import ImageFilter

    return image.filter(ImageFilter.GaussianBlur(GRAIN_BLUR * scale))


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
