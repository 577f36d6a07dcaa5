"""A place of a scan with a second, lighter ink taken out: a receipt or date stamp pressed over a value.

A clinic's "RECEIVED" or date stamp is inked in colour (red, blue, purple). On a scan or photo turned grey
that ink is a flat mid grey, lighter than the printed text's black core, and where the two overlap the
text stays dark. So a place whose first readings failed is looked at again for that second ink:
- the place's histogram shows it as a peak of its own between the text's core and the paper (the text's
  anti-aliased edges spread evenly over those greys; a stamp's flat ink piles up at one level);
- the stamp's strokes are the pixels of that grey lying inside a stroke of it (a small square of the
  place all of that grey); around them, everything lighter than the text's core and not touching it is
  paper again. The text's core, and its edges next to the core, are kept where the stamp crossed them.
A colour image is made grey from its brightest channel first: a coloured ink is bright in its own channel,
so it comes out lighter than black text whatever its colour. On a photo that grey is no flat peak (the
light falls unevenly across the stamp: apart 9081 0084's purple "RECEIVED" spread over greys 64 to 200),
so a colour image's stamp is found by its colour first: its pixels are those whose channels spread apart
(chroma) beyond the paper's own tint, which black text and grey paper never do, and colour tells each
pixel apart, so only the stamp's pixels go, not the place they enclose.

Nothing here reads: the copy is handed to the re-reading modules as one more reading, and a value only
this copy gave stays flagged (see date_rereading and tin_rereading).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from parser.core.model import Box
from parser.facts.page_crops import AUTOCONTRAST_CUTOFF, ENLARGE_ABOVE

if TYPE_CHECKING:
    from PIL import Image

# The histogram is smoothed over this many grey levels either side before peaks are looked for.
SMOOTHING = 2
# A stamp's grey is a peak this many times the median height of the greys between text and paper.
PEAK_OVER_BASE = 3.0
# The band of the stamp's grey: where the smoothed histogram stays above this many times that median.
BAND_OVER_BASE = 2.0
BAND_SLACK = 6  # grey levels either side of the band still counted as the stamp's (scan grain)
# Greys this far below the paper's are ink (the paper's own grain lies closer).
PAPER_MARGIN = 40
DARKEST_STAMP = 25  # a peak darker than this is the text's own black, never a second ink
# The text's core must hold at least this share of the place's ink: else nothing is left to read.
MIN_CORE_SHARE = 0.02
# Square sizes at the reading resolution (300 dpi): a stamp's stroke holds a STROKE_SQUARE square of its
# grey (a text edge of that grey is a pixel or two wide); the stroke's soft edge reaches EDGE_SQUARE.
STROKE_SQUARE = 3
EDGE_SQUARE = 15
CORE_EDGE_SQUARE = 3
# A stamp's enclosed area: its strokes closed over gaps this wide (pixels at 300 dpi), worked this much
# smaller.
AREA_GAP = 60
AREA_REDUCTION = 6
# A second ink is a stamp only when this share of the place's ink, and this many pixels (at 300 dpi: a few
# characters of a stamp), lie inside its broad strokes.
MIN_STROKE_SHARE = 0.01
MIN_STROKE_PIXELS = 300
# A pixel whose channels spread this much more than the paper's commonest spread is a coloured ink's (apart
# 9082 0048, a photo: paper 8 to 24, a faded blue stamp 24 to 48); its edges blended into the paper spread
# less, from EDGE_CHROMA_OVER_PAPER.
CHROMA_OVER_PAPER = 12
EDGE_CHROMA_OVER_PAPER = 6
# Next to the stamp's pixels, what is no more than STAMP_SPREAD darker than its strokes' median grey is its
# ink or faded edge; text under the stamp is darker (dim grey text under red ink stays coloured, so the
# strokes hold it too: a median, not their darkest).
STAMP_SPREAD = 40
# The paper's light is judged at 1/LIGHT_REDUCTION of the size, as the lightest grey LIGHT_REACH pixels
# across there (wider than any letter's stroke at 300 dpi).
LIGHT_REDUCTION = 8
LIGHT_REACH = 7
# Grey broader than this square (pixels at 300 dpi) is no stamp's stroke: a photo's surround, a shadow.
BROAD_SQUARE = 36  # the text's anti-aliased edge kept next to its core
PAPER = 255


@dataclass(frozen=True)
class Inks:
    """The greys of a place that holds two inks: text darker than `core_below`, a stamp within
    [`stamp_low`, `stamp_high`], and the paper at `paper`."""

    core_below: int
    stamp_low: int
    stamp_high: int
    paper: int


def ink_grey(image: Image.Image) -> Image.Image:
    """A grey ("L") copy of `image` where a coloured ink is lighter than black: the brightest channel of a
    colour image, the image itself if grey."""
    from PIL import ImageChops

    if image.mode in ("L", "1", "I", "F", "P", "LA"):
        return image.convert("L")
    red, green, blue = image.convert("RGB").split()
    return ImageChops.lighter(ImageChops.lighter(red, green), blue)


def second_ink(grey: Image.Image) -> Inks | None:
    """The text's and the stamp's greys in `grey` ("L"), or None when it holds one ink only."""
    inks = ink_levels(grey)
    return inks if inks is not None and has_strokes(grey, inks) else None


def ink_levels(grey: Image.Image) -> Inks | None:
    """The greys of two inks as `grey`'s histogram shows them (a peak of its own between the text's
    core and the paper), or None. Best taken at the scan's own resolution: enlarging blurs a thin
    stamp's flat grey into its neighbours."""
    counts = grey.histogram()[:256]
    smooth = [sum(counts[max(0, i - SMOOTHING):i + SMOOTHING + 1]) / (2 * SMOOTHING + 1) for i in range(256)]
    paper = max(range(128, 256), key=lambda i: smooth[i])
    lightest_ink = paper - PAPER_MARGIN
    if lightest_ink <= DARKEST_STAMP + 2 * SMOOTHING:
        return None
    between = sorted(smooth[DARKEST_STAMP:lightest_ink])
    base = max(between[len(between) // 2], 1.0)
    peak = max(range(DARKEST_STAMP, lightest_ink), key=lambda i: smooth[i])
    if smooth[peak] < PEAK_OVER_BASE * base:
        return None
    low = peak
    while low > 0 and smooth[low - 1] > BAND_OVER_BASE * base:
        low -= 1
    high = peak
    while high < lightest_ink and smooth[high + 1] > BAND_OVER_BASE * base:
        high += 1
    core_below = low - BAND_SLACK
    inked = sum(counts[:lightest_ink])
    if core_below <= 0 or sum(counts[:core_below]) < MIN_CORE_SHARE * max(inked, 1):
        return None
    return Inks(core_below=core_below, stamp_low=core_below, stamp_high=min(high + BAND_SLACK, lightest_ink),
                paper=paper)


def has_strokes(grey: Image.Image, inks: Inks) -> bool:
    """Whether `grey` (about 300 dpi) has strokes of the stamp's grey: a stamp's are broad and flat, a
    peak of a text's anti-aliased edges has none."""
    inked = sum(grey.histogram()[:inks.paper - PAPER_MARGIN])
    strokes = _strokes(grey, inks)
    counted = _count(strokes) - _count(_broad(strokes))
    return counted >= MIN_STROKE_PIXELS and counted >= MIN_STROKE_SHARE * max(inked, 1)


def _broad(strokes: Image.Image) -> Image.Image:
    """The parts of `strokes` broader than any stamp's stroke (a photo's dark surround, a shadow): 255
    on every BROAD_SQUARE square all of the stamp's grey, edges included (judged at 1/AREA_REDUCTION of
    the size)."""
    from PIL import Image as PILImage
    from PIL import ImageFilter

    size = (max(1, strokes.width // AREA_REDUCTION), max(1, strokes.height // AREA_REDUCTION))
    small = strokes.resize(size, PILImage.Resampling.BOX).point(lambda v: 255 if v == 255 else 0)
    reach = 2 * (BROAD_SQUARE // (2 * AREA_REDUCTION)) + 1
    opened = small.filter(ImageFilter.MinFilter(reach)).filter(ImageFilter.MaxFilter(reach + 2))
    return opened.resize(strokes.size, PILImage.Resampling.NEAREST)


def _strokes(grey: Image.Image, inks: Inks) -> Image.Image:
    """255 where a STROKE_SQUARE square of `grey` is all of the stamp's grey."""
    from PIL import ImageFilter

    band = grey.point(lambda v: 255 if inks.stamp_low <= v <= inks.stamp_high else 0)
    # 255 where the square is all set: its box blur stays at 255 (a rank filter is slow on a page's width).
    return band.filter(ImageFilter.BoxBlur(STROKE_SQUARE // 2)).point(lambda v: 255 if v == 255 else 0)


def _count(mask: Image.Image) -> int:
    return sum(mask.histogram()[128:256])


def coloured_strokes(image: Image.Image) -> Image.Image | None:
    """255 where a STROKE_SQUARE square of `image` ("RGB", about 300 dpi) is all of a coloured ink, when it
    holds enough of one to be a stamp (as has_strokes counts); else None (a grey image, one ink only)."""
    from PIL import ImageFilter

    if image.mode != "RGB":
        return None
    chroma, tint = _chroma(image)
    least = tint + CHROMA_OVER_PAPER
    coloured = chroma.point(lambda v: 255 if v >= least else 0)
    # A square all coloured: a stroke, not a photo's colour fringe along black text (a pixel wide).
    strokes = coloured.filter(ImageFilter.BoxBlur(STROKE_SQUARE // 2)).point(lambda v: 255 if v == 255 else 0)
    grey = ink_grey(image)
    inked = sum(grey.histogram()[:max(1, _paper(grey) - PAPER_MARGIN)])
    counted = _count(strokes) - _count(_broad(strokes))
    return strokes if counted >= MIN_STROKE_PIXELS and counted >= MIN_STROKE_SHARE * max(inked, 1) else None


def without_coloured_stamp(image: Image.Image, strokes: Image.Image) -> Image.Image:
    """`image` ("RGB", about 300 dpi) grey, with the coloured ink whose `strokes` coloured_strokes found
    painted paper-white, pixel by pixel, and the paper's grain made white: black text under or over the
    stamp is darker than the stamp's ink and stays."""
    from PIL import Image as PILImage
    from PIL import ImageChops

    chroma, tint = _chroma(image)
    grey = _evenly_lit(ink_grey(image))
    least = tint + EDGE_CHROMA_OVER_PAPER
    coloured = chroma.point(lambda v: 255 if v >= least else 0)
    lightest_text = _share_level(grey.histogram(mask=strokes)[:256], 0.5) - STAMP_SPREAD
    not_text = grey.point(lambda v: 255 if v >= lightest_text else 0)
    stamp = ImageChops.multiply(_grown(coloured, CORE_EDGE_SQUARE + 2), not_text)  # its faded edge too
    paper_level = _paper(grey)
    paper = grey.point(lambda v: 255 if v >= paper_level - PAPER_MARGIN // 2 else 0)
    return PILImage.composite(PILImage.new("L", grey.size, PAPER), grey, ImageChops.lighter(stamp, paper))


def _evenly_lit(grey: Image.Image) -> Image.Image:
    """`grey` with the light across it made even (a photo's paper darkens toward one side, and one paper
    level left that side grey speckle: apart 9082 0048): each pixel over the paper's own brightness around
    it, that brightness the lightest grey of a wide neighbourhood (text taken out), smoothed."""
    import numpy as np
    from PIL import Image as PILImage
    from PIL import ImageFilter

    small = grey.reduce(LIGHT_REDUCTION)
    paper = small.filter(ImageFilter.MaxFilter(LIGHT_REACH)).filter(ImageFilter.GaussianBlur(LIGHT_REACH))
    light = np.asarray(paper.resize(grey.size, PILImage.Resampling.BILINEAR), dtype=np.float32)
    even = np.asarray(grey, dtype=np.float32) * PAPER / np.maximum(light, 1.0)
    return PILImage.fromarray(np.clip(even, 0, PAPER).astype(np.uint8), mode="L")


def _chroma(image: Image.Image) -> tuple[Image.Image, int]:
    """How far apart each pixel's channels spread ("L"), and the commonest spread: the paper's own tint."""
    from PIL import ImageChops

    red, green, blue = image.split()
    chroma = ImageChops.subtract(ImageChops.lighter(ImageChops.lighter(red, green), blue),
                                 ImageChops.darker(ImageChops.darker(red, green), blue))
    counts = chroma.histogram()
    return chroma, max(range(256), key=lambda i: counts[i])


def _share_level(counts: list[int], share: float) -> int:
    """The grey level below which `share` of the counted pixels lie."""
    total = sum(counts)
    running = 0
    for level, count in enumerate(counts):
        running += count
        if running > share * total:
            return level
    return 255


def _paper(grey: Image.Image) -> int:
    counts = grey.histogram()
    return max(range(128, 256), key=lambda i: counts[i])


def without_stamp(grey: Image.Image, inks: Inks) -> Image.Image:
    """`grey` ("L", about 300 dpi) with the stamp's strokes and their soft edges painted paper-white, the
    text's core and the edges touching it kept, and the paper's grain made white."""
    from PIL import Image as PILImage
    from PIL import ImageChops

    def mask(lo: int, hi: int) -> PILImage.Image:  # 255 where lo <= grey <= hi
        return grey.point(lambda v: 255 if lo <= v <= hi else 0)

    strokes = _strokes(grey, inks)
    stamp_zone = ImageChops.lighter(_grown(strokes, EDGE_SQUARE), _stamp_area(strokes))
    near_core = _grown(mask(0, inks.core_below - 1), CORE_EDGE_SQUARE)
    removed = ImageChops.subtract(stamp_zone, near_core)  # in the stamp's zone and not touching the text
    paper = mask(inks.paper - PAPER_MARGIN // 2, 255)
    white = PILImage.new("L", grey.size, PAPER)
    return PILImage.composite(white, grey, ImageChops.lighter(removed, paper))


def _grown(mask: Image.Image, square: int) -> Image.Image:
    """`mask` (0/255) grown by a `square` pixels wide: a box blur touched by any set pixel (a rank filter
    of that size is slow on a page's width)."""
    from PIL import ImageFilter

    return mask.filter(ImageFilter.BoxBlur(square // 2)).point(lambda v: 255 if v > 0 else 0)


def _stamp_area(strokes: Image.Image) -> Image.Image:
    """The area a stamp's strokes enclose (its box, the small print between its words): the strokes closed
    over gaps of about AREA_GAP pixels, worked at 1/AREA_REDUCTION of the size (a large filter is slow)."""
    from PIL import Image as PILImage
    from PIL import ImageFilter

    size = (max(1, strokes.width // AREA_REDUCTION), max(1, strokes.height // AREA_REDUCTION))
    small = strokes.resize(size, PILImage.Resampling.BOX).point(lambda v: 255 if v > 0 else 0)
    reach = 2 * (AREA_GAP // (2 * AREA_REDUCTION)) + 1
    closed = small.filter(ImageFilter.MaxFilter(reach)).filter(ImageFilter.MinFilter(reach))
    return closed.resize(strokes.size, PILImage.Resampling.NEAREST)


def destamped_crop(image: Image.Image, page_width: float, box: Box, dpi: float) -> Image.Image | None:
    """The place `box` (page points) of a page's reading `image`, grey, enlarged to `dpi`, with a second
    ink over it taken out; None when the place holds one ink only (nothing to take out) or is a sliver."""
    from PIL import Image as PILImage
    from PIL import ImageOps

    if page_width <= 0:
        return None
    scale = image.width / page_width
    place = image.crop((round(box.x0 * scale), round(box.top * scale), round(box.x1 * scale),
                        round(box.bottom * scale)))
    if place.width < 4 or place.height < 4:
        return None
    factor = dpi / (scale * 72.0)
    if place.mode == "RGB":
        coloured = (place.resize((round(place.width * factor), round(place.height * factor)),
                                 PILImage.Resampling.LANCZOS) if factor > ENLARGE_ABOVE else place)
        strokes = coloured_strokes(coloured)
        if strokes is not None:
            cleaned = without_coloured_stamp(coloured, strokes)
            return ImageOps.autocontrast(cleaned, cutoff=AUTOCONTRAST_CUTOFF)
    crop = ink_grey(place)
    inks = ink_levels(crop)
    if inks is None:
        return None
    if factor > ENLARGE_ABOVE:  # the squares above are sized for the reading resolution
        crop = crop.resize((round(crop.width * factor), round(crop.height * factor)),
                           PILImage.Resampling.LANCZOS)
        inks = ink_levels(crop) or inks  # the enlarged place's own greys, where it shows them
    if not has_strokes(crop, inks):
        return None
    return ImageOps.autocontrast(without_stamp(crop, inks), cutoff=AUTOCONTRAST_CUTOFF)
