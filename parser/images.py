"""Image hygiene: raster inputs turned into upright grayscale pages at about 300 dpi, one frame at a time.

Dimensions are checked from the file header before any pixel is decoded, so decompression bombs and
absurdly large images are refused without a memory spike. Everything a scanner or phone can produce is
normalised: 1-bit, palette, 16-bit, CMYK and alpha images; EXIF orientation; non-square fax pixels; a
missing or wrong resolution (estimated from the page size of a US letter); multi-page TIFFs.
"""

from __future__ import annotations

import contextlib
import struct
import warnings
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from parser.errors import InputError, InputTooLargeError

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
EXIF_ORIENTATION_TAG = 0x0112
EXIF_SWAPS_SIDES = frozenset({5, 6, 7, 8})

DAMAGED_MESSAGE = "the image is damaged or truncated and cannot be read"
NO_FRAMES_MESSAGE = "the image file has no pages"


@dataclass(frozen=True)
class PageImage:
    """One page of an image file, ready for OCR: upright, grayscale, square pixels."""

    image: Image.Image  # mode "L"
    dpi: float  # the resolution of `image` (after any resampling)
    source_dpi: float  # the resolution the file had (declared or estimated)
    warnings: tuple[str, ...] = ()


def count_frames(path: Path) -> int:
    """Number of pages (frames) in an image file; InputError when there are none or it can't be opened."""
    with _opened(path) as image:
        frames = int(getattr(image, "n_frames", 1))
    if frames < 1:
        raise InputError(NO_FRAMES_MESSAGE)
    return frames


def iter_pages(path: Path, frames: int) -> Iterator[PageImage]:
    """Each of the first `frames` pages in turn (the caller processes and drops one before the next)."""
    for index in range(frames):
        yield load_page(path, index)


def load_page(path: Path, index: int) -> PageImage:
    """Page `index` (0-based) of the image file, normalised for OCR."""
    with _opened(path) as image:
        try:
            image.seek(index)
        except EOFError:
            raise InputError(NO_FRAMES_MESSAGE) from None
        _check_pixels(image.size)
        return _normalise(image, index + 1)


@contextlib.contextmanager
def _opened(path: Path) -> Iterator[Image.Image]:
    """The image opened lazily (header only): decompression bombs and damage become InputErrors."""
    from PIL import Image, UnidentifiedImageError

    try:
        with warnings.catch_warnings():
            # Pillow warns from 89 Mpx; our own, lower limit is checked right after opening.
            warnings.simplefilter("ignore", Image.DecompressionBombWarning)
            image = Image.open(path)
    except Image.DecompressionBombError:
        raise InputTooLargeError(_too_many_pixels_message()) from None
    except (UnidentifiedImageError, OSError, SyntaxError, ValueError, EOFError):
        raise InputError(NO_FRAMES_MESSAGE if _tiff_without_pages(path) else DAMAGED_MESSAGE) from None
    try:
        _check_pixels(image.size)
        yield image
    except (OSError, SyntaxError, ValueError, EOFError, Image.DecompressionBombError):
        raise InputError(DAMAGED_MESSAGE) from None
    finally:
        image.close()


def _check_pixels(size: tuple[int, int]) -> None:
    width, height = size
    if width <= 0 or height <= 0:
        raise InputError(DAMAGED_MESSAGE)
    if width * height > MAX_IMAGE_PIXELS:
        raise InputTooLargeError(
            f"the image is {width} x {height} pixels, more than the limit of {_PIXEL_LIMIT}; {_RESCAN}"
        )


_PIXEL_LIMIT = f"{MAX_IMAGE_PIXELS // 1_000_000} megapixels"
_RESCAN = "scan the letter at 300 dpi"


def _too_many_pixels_message() -> str:
    return f"the image has more pixels than the limit of {_PIXEL_LIMIT}; {_RESCAN}"


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


def _normalise(image: Image.Image, number: int) -> PageImage:
    from PIL import ImageOps

    notes: list[str] = []
    dpi_x, dpi_y = _declared_dpi(image)
    orientation = int(image.getexif().get(EXIF_ORIENTATION_TAG, 1) or 1)
    width, height = image.size
    if orientation in EXIF_SWAPS_SIDES:
        width, height = height, width
        dpi_x, dpi_y = dpi_y, dpi_x
    source_dpi = _believable_dpi(width, height, dpi_x, dpi_y)
    if source_dpi is None:
        source_dpi = _estimate_dpi(width, height)
        notes.append(
            f"page {number}: the image's resolution is missing or wrong; assumed {source_dpi:.0f} dpi"
        )
    if image.format == "JPEG" and source_dpi > DOWNSCALE_ABOVE_DPI:
        # Let libjpeg decode at 1/2, 1/4 or 1/8 scale: less memory and time than decoding then shrinking.
        scale = TARGET_DPI / source_dpi
        image.draft("L", (max(1, round(image.size[0] * scale)), max(1, round(image.size[1] * scale))))
    image.load()
    upright = ImageOps.exif_transpose(image) if orientation != 1 else image
    gray = _to_grayscale(upright)
    # Square the pixels (fax) and bring the page to about 300 dpi.
    pixel_dpi_x = source_dpi * gray.size[0] / width
    pixel_dpi_y = pixel_dpi_x
    if dpi_x and dpi_y and max(dpi_x, dpi_y) / min(dpi_x, dpi_y) > SQUARE_PIXEL_TOLERANCE:
        pixel_dpi_y = pixel_dpi_x * dpi_y / dpi_x
    target = _target_dpi(pixel_dpi_x, gray.size)
    new_size = (round(gray.size[0] * target / pixel_dpi_x), round(gray.size[1] * target / pixel_dpi_y))
    if new_size != gray.size:
        gray = gray.resize(new_size, _resample_filter(target > pixel_dpi_x))
    if source_dpi < LOW_RESOLUTION_DPI:
        notes.append(
            f"page {number}: low resolution ({source_dpi:.0f} dpi); "
            "scan again at 300 dpi for a reliable reading"
        )
    return PageImage(image=gray, dpi=target, source_dpi=source_dpi, warnings=tuple(notes))


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


def _target_dpi(dpi: float, size: tuple[int, int]) -> float:
    """The resolution to OCR at: about 300 dpi, bounded by MAX_PAGE_PIXELS."""
    target = dpi
    if dpi < UPSCALE_BELOW_DPI or dpi > DOWNSCALE_ABOVE_DPI:
        target = TARGET_DPI
    pixels_at_target = size[0] * size[1] * (target / dpi) ** 2
    if pixels_at_target > MAX_PAGE_PIXELS:
        target *= (MAX_PAGE_PIXELS / pixels_at_target) ** 0.5
    return target


def _resample_filter(enlarge: bool) -> Image.Resampling:
    from PIL import Image

    return Image.Resampling.LANCZOS if enlarge else Image.Resampling.BOX


def _to_grayscale(image: Image.Image) -> Image.Image:
    """Mode "L", with transparency flattened onto white paper and 16-bit samples scaled to 8 bits."""
    from PIL import Image

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
        rgba = image.convert("RGBA")
        paper = Image.new("RGBA", rgba.size, (255, 255, 255, 255))
        paper.alpha_composite(rgba)
        return paper.convert("L")
    if mode == "CMYK":
        return image.convert("RGB").convert("L")
    return image.convert("RGB").convert("L")
