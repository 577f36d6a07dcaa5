"""Reading one scanned page: deskew, one OCR pass, and an orientation check only when that pass looks wrong.

The cheap path (an upright page) costs one skew estimate (tens of milliseconds) and one tesseract call.
Only a suspect first reading (low confidence, few common words) pays for orientation detection: Tesseract
OSD, and when OSD refuses a sparse page, OCR of the likely turns, keeping the reading with the best score.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from parser import orientation, reading_quality, tesseract
from parser.model import Word

if TYPE_CHECKING:
    from PIL import Image

# OSD confidence at which its verdict is taken without trying the other turns (ocrmypdf's default too).
OSD_TRUSTED_CONFIDENCE = 14.0
OSD_DPI = 150.0  # OSD looks at letter shapes only; half resolution halves its time
# A reduced page with less ink than this is a blank sheet (scanner noise only): no OCR.
BLANK_INK_FRACTION = 0.0005
KEPT_IMAGE_DPI = 150.0  # the copy kept in PageView.image for the summary
HEAVY_SKEW_DEGREES = 5.0
RESCAN_ADVICE = "scan again at 300 dpi, flat, in good light"


@dataclass(frozen=True)
class ScannedPage:
    words: tuple[Word, ...]
    rotation: int  # clockwise quarter turn applied
    skew: float  # clockwise deskew applied
    mean_confidence: float | None
    width: float  # points, after rotation
    height: float
    kept_image: Image.Image  # the page as read, reduced to KEPT_IMAGE_DPI
    warnings: tuple[str, ...]


@dataclass(frozen=True)
class _Reading:
    rotation: int
    skew: float
    image: Image.Image
    words: tuple[Word, ...]
    quality: reading_quality.ReadingQuality


def read_scanned_page(image: Image.Image, *, dpi: float, number: int) -> ScannedPage:
    """OCR one grayscale page image taken at `dpi`; page `number` is 1-based."""
    notes: list[str] = []
    if ink_fraction(image) < BLANK_INK_FRACTION:
        notes.append(f"page {number} looks blank; nothing was read from it")
        return _result(_Reading(0, 0.0, image, (), reading_quality.measure(())), dpi, notes)
    best = _read_turned(image, dpi, number, rotation=0)
    if best.quality.suspect:
        for rotation in _rotations_to_try(image, dpi):
            candidate = _read_turned(image, dpi, number, rotation=rotation)
            if candidate.quality.score > best.quality.score:
                best = candidate
    if best.rotation:
        notes.append(f"page {number} was turned {best.rotation}° clockwise to read it upright")
    if best.skew:
        notes.append(f"page {number} was tilted; straightened by {abs(best.skew):.1f}°")
    if abs(best.skew) >= HEAVY_SKEW_DEGREES:
        notes.append(f"page {number} is strongly tilted ({abs(best.skew):.1f}°); {RESCAN_ADVICE}")
    if best.quality.poor:
        notes.append(
            f"page {number} is hard to read (mean OCR confidence {best.quality.mean_confidence:.0f}%, "
            f"{best.quality.words} words); {RESCAN_ADVICE}"
        )
    return _result(best, dpi, notes)


def ink_fraction(image: Image.Image) -> float:
    """Fraction of a reduced copy of the page that is dark enough to be ink."""
    factor = max(1, image.width // 600)
    small = image.reduce(factor) if factor > 1 else image
    histogram = small.histogram()
    dark = sum(histogram[: orientation.INK_THRESHOLD - 40])
    return dark / max(small.width * small.height, 1)


def _read_turned(image: Image.Image, dpi: float, number: int, *, rotation: int) -> _Reading:
    quarter = orientation.turn(image, rotation, 0.0) if rotation else image
    skew = orientation.estimate_skew(quarter)
    upright = orientation.turn(quarter, 0, skew) if skew else quarter
    words = tesseract.ocr_words(upright, dpi=dpi, page=number)
    return _Reading(rotation, skew, upright, words, reading_quality.measure(words))


def _rotations_to_try(image: Image.Image, dpi: float) -> tuple[int, ...]:
    """The quarter turns worth an OCR pass after a suspect upright reading."""
    factor = max(1, round(dpi / OSD_DPI))
    small = image.reduce(factor) if factor > 1 else image
    verdict = tesseract.detect_orientation(small, dpi=dpi / factor)
    if verdict is not None and verdict.confidence >= OSD_TRUSTED_CONFIDENCE:
        return () if verdict.rotate == 0 else (verdict.rotate,)
    if verdict is not None and verdict.rotate != 0:
        return (verdict.rotate,)
    # OSD refused or is unsure: a portrait sheet is upright or upside down; a landscape one is sideways.
    return (90, 270) if image.width > image.height else (180,)


def _result(reading: _Reading, dpi: float, notes: list[str]) -> ScannedPage:
    from PIL import Image as PILImage

    scale = 72.0 / dpi
    width, height = reading.image.width * scale, reading.image.height * scale
    keep_factor = KEPT_IMAGE_DPI / dpi
    kept_size = (
        max(1, round(reading.image.width * keep_factor)),
        max(1, round(reading.image.height * keep_factor)),
    )
    kept = (
        reading.image.resize(kept_size, PILImage.Resampling.BOX) if keep_factor < 1 else reading.image.copy()
    )
    mean = reading.quality.mean_confidence if reading.words else None
    return ScannedPage(reading.words, reading.rotation, reading.skew, mean, width, height, kept, tuple(notes))
