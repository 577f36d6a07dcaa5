"""Image hygiene: raster inputs turned into upright grayscale pages at about 300 dpi, one frame at a time.

Dimensions are checked from the file header before any pixel is decoded, so decompression bombs and
absurdly large images are refused without a memory spike. Everything a scanner or phone can produce is
normalised: 1-bit, palette, 16-bit, CMYK and alpha images; EXIF orientation; non-square fax pixels; a
missing or wrong resolution (estimated from the page size of a US letter); multi-page TIFFs.
"""

from __future__ import annotations

import contextlib
import functools
import os
import struct
import sys
import threading
import warnings
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from parser.core.errors import InputError, InputTooLargeError
from parser.core.notes import Note, note
from parser.reading.ocr_cleanup import SURROUND_MARGIN_SHARE, margin_darkness
from parser.reading.sheet import Sheet, find_sheet, flattened

if TYPE_CHECKING:
    from PIL import Image

# Refused before decoding. A letter at 600 dpi is 34 Mpx; a 48 Mpx phone photo still passes.
MAX_IMAGE_PIXELS = 80_000_000
TARGET_DPI = 300.0
UPSCALE_BELOW_DPI = 250.0  # 200 dpi faxes and small photos are enlarged: Tesseract wants ~20 px letters
DOWNSCALE_ABOVE_DPI = 400.0  # 600 dpi scans are reduced: same accuracy, a quarter of the OCR time
LOW_RESOLUTION_DPI = 150.0  # below this the page is worth rescanning; say so
MAX_PAGE_PIXELS = 18_000_000  # resampled page bound (legal size at 300 dpi is 10.7 Mpx)
# A resolution is believed when it puts the page's long side within these inches (letter 11, legal 14).
PLAUSIBLE_LONG_SIDE_INCHES = (6.0, 17.0)
PLAUSIBLE_DPI = (60.0, 1300.0)
LETTER_INCHES = (8.5, 11.0)
USUAL_SCANNER_DPI = (72.0, 96.0, 100.0, 150.0, 200.0, 240.0, 300.0, 400.0, 600.0)
SNAP_TOLERANCE = 0.03
SQUARE_PIXEL_TOLERANCE = 1.1  # fax "standard" mode is 204 x 98 dpi: pixels twice as tall as wide
MAX_PIXEL_ASPECT = 2.5
MAX_PAGE_SIDE = 30_000  # Tesseract refuses images with a side over 32767 pixels
EXIF_ORIENTATION_TAG = 0x0112
EXIF_SWAPS_SIDES = frozenset({5, 6, 7, 8})

# Redirecting file descriptor 2 is process-wide: one decode at a time may do it.
_STDERR_LOCK = threading.Lock()

DAMAGED = note("error.image_damaged")
NO_FRAMES = note("error.image_no_pages")


@dataclass(frozen=True)
class PageImage:
    """One page of an image file, ready for OCR: upright, grayscale, square pixels."""

    image: Image.Image  # mode "L" ("RGB" where asked to keep a colour file's colours)
    dpi: float  # the resolution of `image` (after any resampling)
    source_dpi: float  # the resolution the file had (declared or estimated)
    warnings: tuple[Note, ...] = ()
    photographed: bool = False  # a photo whose sheet was cut out: its light is uneven, even it for OCR


def count_frames(path: Path) -> int:
    """Number of pages (frames) in an image file; InputError when there are none or it can't be opened."""
    with warnings.catch_warnings(), _opened(path) as image:
        warnings.simplefilter("ignore")
        frames = int(getattr(image, "n_frames", 1))
    if frames < 1:
        raise InputError(NO_FRAMES)
    return frames


def load_page(path: Path, index: int, *, colour: bool = False) -> PageImage:
    """Page `index` (0-based) of the image file, normalised for OCR; with `colour`, a colour file's page
    keeps its colours ("RGB"), cut, flattened and sized as its grey page is (a grey file's stays "L")."""
    with warnings.catch_warnings(), _opened(path) as image:
        # Pillow warns about every oddity of a damaged file (bad EXIF, odd TIFF tags); the user needs one
        # line, and damage that matters raises.
        warnings.simplefilter("ignore")
        try:
            image.seek(index)
        except EOFError:
            raise InputError(NO_FRAMES) from None
        _check_pixels(image.size)
        return _normalise(image, index + 1, colour=colour)


@functools.cache
def register_heif() -> None:
    """Teach Pillow HEIC/HEIF (iPhone photos) through the maintained pillow-heif plugin, once per process.

    libheif applies the photo's rotation when it decodes, and the plugin then reports EXIF orientation 1,
    so `_normalise` never turns a HEIC page twice."""
    from pillow_heif import register_heif_opener

    register_heif_opener()


@contextlib.contextmanager
def _opened(path: Path) -> Iterator[Image.Image]:
    """The image opened lazily (header only): decompression bombs and damage become InputErrors."""
    from PIL import Image

    register_heif()
    try:
        with warnings.catch_warnings():
            # Pillow warns from 89 Mpx (our own, lower limit is checked right after opening) and about
            # damaged metadata (bad EXIF, odd TIFF tags) that doesn't stop the image being read.
            warnings.simplefilter("ignore")
            image = Image.open(path)
    except Image.DecompressionBombError:
        raise InputTooLargeError(_too_many_pixels()) from None
    except Exception:  # UnidentifiedImageError, OSError and whatever else a damaged header provokes
        raise InputError(NO_FRAMES if _tiff_without_pages(path) else DAMAGED) from None
    try:
        _check_pixels(image.size)
        yield image
    except InputError:
        raise
    except Image.DecompressionBombError:
        raise InputTooLargeError(_too_many_pixels()) from None
    except Exception:  # Pillow's decoders raise many types (KeyError, TypeError, struct.error) on damage
        raise InputError(DAMAGED) from None
    finally:
        image.close()


@contextlib.contextmanager
def _libtiff_silenced(active: bool) -> Iterator[None]:
    """Decoding with file descriptor 2 pointed at /dev/null: libtiff writes its complaints about a
    damaged file ("Fax4Decode: Bad code word ...") straight to it, past Python, which would break the
    one-line error. Process-wide, so held only around the decode and one thread at a time."""
    if not active:
        yield
        return
    with _STDERR_LOCK:
        sys.stderr.flush()
        try:
            saved = os.dup(2)
        except OSError:  # no stderr at all: nothing to protect
            yield
            return
        devnull = os.open(os.devnull, os.O_WRONLY)
        try:
            os.dup2(devnull, 2)
            yield
        finally:
            os.dup2(saved, 2)
            os.close(saved)
            os.close(devnull)


def _check_pixels(size: tuple[int, int]) -> None:
    width, height = size
    if width <= 0 or height <= 0:
        raise InputError(DAMAGED)
    if width * height > MAX_IMAGE_PIXELS:
        raise InputTooLargeError(note("error.image_too_large", width=width, height=height,
                                      megapixels=MAX_IMAGE_PIXELS // 1_000_000))


def _too_many_pixels() -> Note:
    return note("error.image_too_many_pixels", megapixels=MAX_IMAGE_PIXELS // 1_000_000)


def _tiff_without_pages(path: Path) -> bool:
    """Whether the file is a TIFF whose first image directory is missing or empty."""
    byte_orders = {b"II*\x00": "<", b"MM\x00*": ">"}
    with path.open("rb") as handle:
        header = handle.read(8)
        order = byte_orders.get(header[:4])
        if order is None or len(header) < 8:
            return False
        (offset,) = struct.unpack(order + "I", header[4:8])
        if offset == 0:
            return True
        handle.seek(offset)
        count = handle.read(2)
    return len(count) < 2 or struct.unpack(order + "H", count)[0] == 0


def _normalise(image: Image.Image, number: int, *, colour: bool = False) -> PageImage:
    from PIL import ImageOps

    notes: list[Note] = []
    dpi_x, dpi_y = _declared_dpi(image)
    orientation = int(image.getexif().get(EXIF_ORIENTATION_TAG, 1) or 1)
    width, height = image.size
    if orientation in EXIF_SWAPS_SIDES:
        width, height = height, width
        dpi_x, dpi_y = dpi_y, dpi_x
    source_dpi = _believable_dpi(width, height, dpi_x, dpi_y)
    # Non-square pixels only from a believable declaration of a fax-like ratio (fax "standard" is 204x98).
    pixel_aspect = dpi_y / dpi_x if source_dpi is not None else 1.0
    if not (1 / MAX_PIXEL_ASPECT <= pixel_aspect <= MAX_PIXEL_ASPECT) or (
        1 / SQUARE_PIXEL_TOLERANCE <= pixel_aspect <= SQUARE_PIXEL_TOLERANCE
    ):
        pixel_aspect = 1.0
    if source_dpi is None:
        source_dpi = _estimate_dpi(width, height)
        notes.append(note("page.no_dpi", number=number, dpi=source_dpi))
    if image.format == "JPEG" and source_dpi > DOWNSCALE_ABOVE_DPI:
        # Let libjpeg decode at 1/2, 1/4 or 1/8 scale: less memory and time than decoding then shrinking.
        scale = TARGET_DPI / source_dpi
        image.draft("RGB" if colour else "L",
                    (max(1, round(image.size[0] * scale)), max(1, round(image.size[1] * scale))))
    with _libtiff_silenced(image.format == "TIFF"):
        image.load()
    upright = ImageOps.exif_transpose(image) if orientation != 1 else image
    gray = _to_grayscale(upright)
    coloured = _in_colour(upright) if colour else None
    sheet = _photographed_sheet(gray)
    if sheet is not None:
        # The sheet is the page now: its size, not the photo's, says the resolution.
        gray = flattened(gray, sheet)
        coloured = None if coloured is None else flattened(coloured, sheet)
        width, height = gray.size
        source_dpi, pixel_aspect = sheet.dpi, 1.0
        notes = [note("page.photo", number=number)]
    if coloured is not None:  # what follows only sizes the page: done to the colour page in the grey's stead
        gray = coloured
    # Square the pixels (fax) and bring the page to about 300 dpi.
    pixel_dpi_x = source_dpi * gray.size[0] / width
    target, new_size = _target(gray.size, pixel_dpi_x, pixel_dpi_x * pixel_aspect)
    if new_size != gray.size:
        gray = gray.resize(new_size, _resample_filter(target > pixel_dpi_x))
    if source_dpi < LOW_RESOLUTION_DPI:
        notes.append(note("page.low_dpi", number=number, dpi=source_dpi))
    return PageImage(image=gray, dpi=target, source_dpi=source_dpi, warnings=tuple(notes),
                     photographed=sheet is not None)


def _photographed_sheet(gray: Image.Image) -> Sheet | None:
    """The sheet in a photo of a letter lying on a darker surface; None for a scan (its margins are
    paper) or when no whole sheet stands out."""
    if margin_darkness(gray) < SURROUND_MARGIN_SHARE:
        return None
    return find_sheet(gray)


def _declared_dpi(image: Image.Image) -> tuple[float, float]:
    raw = image.info.get("dpi")
    if isinstance(raw, tuple) and len(raw) == 2:
        try:
            return float(raw[0]), float(raw[1])
        except (TypeError, ValueError):
            return 0.0, 0.0
    return 0.0, 0.0


def _believable_dpi(width: int, height: int, dpi_x: float, dpi_y: float) -> float | None:
    """The declared horizontal dpi when it makes the image a page-sized sheet, else None."""
    if not (PLAUSIBLE_DPI[0] <= dpi_x <= PLAUSIBLE_DPI[1] and PLAUSIBLE_DPI[0] <= dpi_y <= PLAUSIBLE_DPI[1]):
        return None
    long_side = max(width / dpi_x, height / dpi_y)
    low, high = PLAUSIBLE_LONG_SIDE_INCHES
    return dpi_x if low <= long_side <= high else None


def _estimate_dpi(width: int, height: int) -> float:
    """The dpi at which the image fits a US letter page (8.5 x 11 in, either way round), snapped to a
    scanner's usual setting when within a few percent of one."""
    short_in, long_in = LETTER_INCHES
    short_px, long_px = sorted((width, height))
    estimate = max(short_px / short_in, long_px / long_in, 1.0)
    for usual in USUAL_SCANNER_DPI:
        if abs(estimate - usual) <= usual * SNAP_TOLERANCE:
            return usual
    return estimate


def _target(size: tuple[int, int], dpi_x: float, dpi_y: float) -> tuple[float, tuple[int, int]]:
    """The resolution to OCR at (about 300 dpi, square pixels) and the image size that gives it, bounded
    by MAX_PAGE_PIXELS and by Tesseract's largest side."""
    target = dpi_x
    if dpi_x < UPSCALE_BELOW_DPI or dpi_x > DOWNSCALE_ABOVE_DPI or dpi_x != dpi_y:
        target = TARGET_DPI
    width, height = size[0] * target / dpi_x, size[1] * target / dpi_y
    shrink = min(1.0, (MAX_PAGE_PIXELS / (width * height)) ** 0.5, MAX_PAGE_SIDE / max(width, height))
    target *= shrink
    return target, (max(1, round(width * shrink)), max(1, round(height * shrink)))


def _resample_filter(enlarge: bool) -> Image.Resampling:
    from PIL import Image

    return Image.Resampling.LANCZOS if enlarge else Image.Resampling.BOX


# Modes of images without colour: a colour copy of them is their grey page.
GREY_MODES = frozenset({"1", "L", "LA", "La", "I", "I;16", "I;16B", "I;16L", "I;16N", "F"})


def _in_colour(image: Image.Image) -> Image.Image | None:
    """An "RGB" copy of a colour image, transparency flattened onto white paper; None for a grey one."""
    if image.mode in GREY_MODES:
        return None
    if image.mode in ("P", "PA", "RGBA", "RGBa") or "transparency" in image.info:
        return _on_white_paper(image).convert("RGB")
    return image.convert("RGB")


def _on_white_paper(image: Image.Image) -> Image.Image:
    """An "RGBA" copy of the image composited onto white paper: what is transparent shows the paper."""
    from PIL import Image

    rgba = image.convert("RGBA")
    paper = Image.new("RGBA", rgba.size, (255, 255, 255, 255))
    paper.alpha_composite(rgba)
    return paper


def _to_grayscale(image: Image.Image) -> Image.Image:
    """Mode "L", with transparency flattened onto white paper and 16-bit samples scaled to 8 bits."""

    mode = image.mode
    if mode == "L":
        return image.copy()
    if mode == "1":
        return image.convert("L")
    if mode in ("I;16", "I;16B", "I;16L", "I;16N", "I"):
        scale = 1 / 256 if mode != "I" or image.getextrema()[1] > 255 else 1.0  # type: ignore[operator]
        return image.convert("I").point(lambda value: value * scale).convert("L")
    if mode == "F":
        return image.convert("L")
    if mode == "P" and "transparency" not in image.info:
        return image.convert("L")
    if mode in ("P", "PA", "LA", "La", "RGBA", "RGBa") or "transparency" in image.info:
        return _on_white_paper(image).convert("L")
    if mode == "CMYK":
        return image.convert("RGB").convert("L")
    return image.convert("RGB").convert("L")
