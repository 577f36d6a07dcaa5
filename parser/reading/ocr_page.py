"""Reading one scanned page: streaks off, deskew, clean up if needed (ocr_cleanup.py), one OCR pass, and an
orientation check only when that pass looks wrong.

The cheap path (an upright page) costs one skew estimate (tens of milliseconds) and one tesseract call.
Only a suspect first reading (low confidence, few common words, vertical words) pays for more: OCR of the
likely quarter turns, keeping the reading with the best score. Measured on this machine, Tesseract OSD
(`--psm 0`) takes longer than a whole OCR pass (1.0-2.2 s against 0.7-1.2 s for a letter page, at 150 or
300 dpi) and refuses sparse pages, so the trial readings decide: a portrait sheet is tried upside down, a
landscape one in the turn its vertical words point to first.
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass
from typing import TYPE_CHECKING

from parser.core.model import Word
from parser.core.notes import Note, note
from parser.reading import orientation, reading_quality, tesseract
from parser.reading.ocr_cleanup import prepared_for_ocr, smoothed, without_streaks

if TYPE_CHECKING:
    from PIL import Image

# A reduced page with less ink than this is a blank sheet (scanner noise only): no OCR.
BLANK_INK_FRACTION = 0.0001  # one short line ("Page 3 of 3") measures 0.00025
INK_BELOW_PAPER = 90  # grey levels below the page's paper (its median) that count as ink
KEPT_IMAGE_DPI = 150.0  # the copy kept in the PageSource (second readings, the summary)
HEAVY_SKEW_DEGREES = 5.0


@dataclass(frozen=True)
class ScannedPage:
    words: tuple[Word, ...]
    rotation: int  # clockwise quarter turn applied
    skew: float  # clockwise deskew applied
    mean_confidence: float | None
    width: float  # points, after rotation
    height: float
    kept_image: Image.Image  # the page as read, reduced to KEPT_IMAGE_DPI
    warnings: tuple[Note, ...]
    speckled: bool = False  # specks in the margins (a fax, a dirty scan): a speck may have changed a digit


@dataclass(frozen=True)
class _Reading:
    rotation: int
    skew: float
    image: Image.Image
    words: tuple[Word, ...]
    quality: reading_quality.ReadingQuality
    speckled: bool = False  # the page's margins showed specks (see ocr_cleanup)
    grainy: bool = False  # the page's paper was grainy and OCR read it smoothed (see ocr_cleanup)


def read_scanned_page(image: Image.Image, *, dpi: float, number: int,
                      photographed: bool = False) -> ScannedPage:
    """OCR one grayscale page image taken at `dpi`; page `number` is 1-based; `photographed`: a sheet cut
    out of a phone photo (see parser.reading.sheet)."""
    notes: list[Note] = []
    if ink_fraction(image) < BLANK_INK_FRACTION:
        notes.append(note("page.looks_blank", number=number))
        return _result(_Reading(0, 0.0, image, (), reading_quality.measure(())), dpi, notes)
    best = _read_turned(image, dpi, number, rotation=0, photographed=photographed)
    if best.quality.suspect:
        for rotation in _rotations_to_try(image, best):
            candidate = _read_turned(image, dpi, number, rotation=rotation, photographed=photographed)
            if candidate.quality.score > best.quality.score:
                best = candidate
            if not best.quality.suspect:
                break
    if best.rotation:
        notes.append(note("page.turned", number=number, degrees=best.rotation))
    if best.skew:
        notes.append(note("page.tilted", number=number, degrees=abs(best.skew)))
    if abs(best.skew) >= HEAVY_SKEW_DEGREES:
        notes.append(note("page.strongly_tilted", number=number, degrees=abs(best.skew)))
    if best.quality.poor:
        notes.append(note("page.hard", number=number, mean=best.quality.mean_confidence,
                          words=best.quality.words))
    return _result(best, dpi, notes)


def ink_fraction(image: Image.Image) -> float:
    """Fraction of a reduced copy of the page dark enough to be ink: darker than a fixed grey, or than its
    own paper by INK_BELOW_PAPER (a faded print's text is grey, yet far darker than its paper)."""
    factor = max(1, image.width // 600)
    small = image.reduce(factor) if factor > 1 else image
    histogram = small.histogram()
    pixels = max(small.width * small.height, 1)
    paper = next(level for level, seen in enumerate(itertools.accumulate(histogram)) if seen * 2 >= pixels)
    threshold = max(orientation.INK_THRESHOLD - 40, paper - INK_BELOW_PAPER)
    return sum(histogram[:max(threshold, 0)]) / pixels


def _read_turned(image: Image.Image, dpi: float, number: int, *, rotation: int,
                 photographed: bool) -> _Reading:
    quarter = orientation.turn(image, rotation, 0.0) if rotation else image
    # Streaks run along the scanner's raster: taken off before the deskew turns them (and before the skew
    # is measured, which a row of dashes would pull towards zero).
    delined, lined = without_streaks(quarter, dpi=dpi, photographed=photographed)
    skew = orientation.estimate_skew(delined)
    upright = orientation.turn(quarter, 0, skew) if skew else quarter
    to_read = upright if not lined else orientation.turn(delined, 0, skew) if skew else delined
    # OCR reads the cleaned page; the page kept for the summary and the second reading of key values
    # stays as scanned (but for a grainy page's smoothing, `_result`), so that second reading does not
    # share the filters' mistakes.
    prepared = prepared_for_ocr(to_read, photographed=photographed)
    words = tesseract.ocr_words(prepared.image, dpi=dpi, page=number)
    return _Reading(rotation, skew, upright, words, reading_quality.measure(words), prepared.speckled,
                    prepared.grainy)


def _rotations_to_try(image: Image.Image, first: _Reading) -> tuple[int, ...]:
    """The quarter turns worth an OCR pass after a suspect upright reading, likeliest first."""
    if image.width <= image.height:
        return (180,)
    return orientation.sideways_turns(first.words, legible=first.quality.legible)


def _result(reading: _Reading, dpi: float, notes: list[Note]) -> ScannedPage:
    from PIL import Image as PILImage

    scale = 72.0 / dpi
    width, height = reading.image.width * scale, reading.image.height * scale
    keep_factor = KEPT_IMAGE_DPI / dpi
    kept_size = (
        max(1, round(reading.image.width * keep_factor)),
        max(1, round(reading.image.height * keep_factor)),
    )
    if dpi == 2 * KEPT_IMAGE_DPI:
        # The usual 300 dpi page: averaging 2x2 blocks is the same box filter at a fraction of the cost
        # (an odd last row or column is dropped, as the rounded size says).
        kept = reading.image.reduce(2).crop((0, 0, *kept_size))
    elif keep_factor < 1:
        kept = reading.image.resize(kept_size, PILImage.Resampling.BOX)
    else:
        kept = reading.image.copy()
    if reading.grainy:
        # A dim room's grain, left on the kept page, makes each closer reading of it slow (a header band read
        # 6 s instead of 1) and poor (tests/independent ind100 lost a tax period), as it made the page's
        # own reading before it was smoothed; the grain is measured, not guessed, so no reading is misled.
        kept = smoothed(kept, min(1.0, keep_factor))
    mean = reading.quality.mean_confidence if reading.words else None
    return ScannedPage(reading.words, reading.rotation, reading.skew, mean, width, height, kept, tuple(notes),
                       speckled=bool(reading.words) and reading.speckled)
