"""Page geometry: turning a page upright (multiples of 90 degrees) and deskewing small angles.

Conventions (shared with PageView.rotation / PageView.skew and parser.reading.page_source): both angles
are degrees *clockwise* the parser turned the page image; the quarter turn is applied first (lossless, the
page size swaps for 90/270), then the small deskew turn about the centre, keeping the page size and
filling the uncovered corners with white paper.

Skew is found by the projection-profile method on a reduced, binarised copy: text lines give the row-ink
profile its sharpest peaks when they run exactly horizontal. Pillow's BOX resize to one column gives the
per-row ink means, so no array library is needed.
"""

from __future__ import annotations

import itertools
from collections.abc import Sequence
from typing import TYPE_CHECKING

from parser.core.model import Word

if TYPE_CHECKING:
    from PIL import Image

MAX_SKEW_DEGREES = 8.0  # a crooked flatbed scan; beyond this the page is photographed, not skewed
COARSE_STEP = 0.5
FINE_STEP = 0.1
# Smaller angles don't disturb Tesseract (and drift a line by under 4 pt across the page): turning the
# image would cost 0.2 s and blur it for nothing.
MIN_DESKEW_DEGREES = 0.5
MIN_PROFILE_GAIN = 1.02  # the best angle must sharpen the profile by 2% over 0 degrees, else it is noise
SKEW_ANALYSIS_WIDTH = 600  # pixels; about 75 dpi for a letter page: enough for 0.1 degree steps
INK_THRESHOLD = 160  # gray level below which a reduced pixel counts as ink
PAPER = 255


def turn(image: Image.Image, rotation: int, skew: float) -> Image.Image:
    """The page image turned `rotation` (0/90/180/270) then `skew` degrees clockwise."""
    from PIL import Image as PILImage

    turned = image
    quarter = rotation % 360
    if quarter:
        transpose = {
            90: PILImage.Transpose.ROTATE_270,
            180: PILImage.Transpose.ROTATE_180,
            270: PILImage.Transpose.ROTATE_90,
        }[quarter]
        turned = turned.transpose(transpose)
    if skew:
        fill = PAPER if turned.mode in ("L", "1") else (PAPER,) * len(turned.getbands())
        # Bilinear: half the time of bicubic on a 300 dpi page, and no difference to Tesseract.
        turned = turned.rotate(
            -skew, resample=PILImage.Resampling.BILINEAR, expand=False, fillcolor=fill  # type: ignore[arg-type]
        )
    return turned


def sideways_turns(words: Sequence[Word], *, legible: bool) -> tuple[int, int]:
    """The two quarter turns that can right a sideways page, the likelier first.

    Tesseract reads the lines of a sideways page as vertical text going down the page. When that reading
    is legible, the page's top faces right (turn 270° clockwise to right it); when it is garbage, the page
    lies the other way (turn 90°). Words going up the page reverse both cases.
    """
    down = up = 0
    for before, after in itertools.pairwise(words):
        same_column = abs((before.box.x0 + before.box.x1) - (after.box.x0 + after.box.x1)) < before.box.width
        if not same_column:
            continue
        if after.box.top > before.box.top:
            down += 1
        elif after.box.top < before.box.top:
            up += 1
    return (270, 90) if (down >= up) == legible else (90, 270)


def estimate_skew(image: Image.Image) -> float:
    """Degrees clockwise to turn the page so its text lines run horizontal (0.0 when unsure or tiny)."""
    ink = _ink_map(image)
    if ink.getbbox() is None:
        return 0.0  # blank page
    baseline = _profile_sharpness(ink, 0.0)
    best_angle, best_score = 0.0, baseline
    steps = round(MAX_SKEW_DEGREES / COARSE_STEP)
    for step in range(-steps, steps + 1):
        angle = step * COARSE_STEP
        score = _profile_sharpness(ink, angle)
        if score > best_score:
            best_angle, best_score = angle, score
    coarse = best_angle
    fine_steps = round(COARSE_STEP / FINE_STEP)
    for step in range(-fine_steps, fine_steps + 1):
        angle = coarse + step * FINE_STEP
        score = _profile_sharpness(ink, angle)
        if score > best_score:
            best_angle, best_score = angle, score
    if best_score < baseline * MIN_PROFILE_GAIN or abs(best_angle) < MIN_DESKEW_DEGREES:
        return 0.0
    return round(best_angle, 2)


def _ink_map(image: Image.Image) -> Image.Image:
    """A reduced copy with ink white (255) on black (0)."""
    from PIL import Image as PILImage

    gray = image if image.mode == "L" else image.convert("L")
    factor = max(1, gray.width // SKEW_ANALYSIS_WIDTH)
    small = gray.reduce(factor) if factor > 1 else gray
    # Leave out a margin band: scanner edges and punched holes make strong, misleading lines.
    margin_x, margin_y = small.width // 20, small.height // 20
    small = small.crop((margin_x, margin_y, small.width - margin_x, small.height - margin_y))
    return small.point(lambda value: 255 if value < INK_THRESHOLD else 0).convert(
        "L", dither=PILImage.Dither.NONE
    )


def _profile_sharpness(ink: Image.Image, angle: float) -> float:
    """Sum of squared row-ink means of the ink map turned `angle` degrees clockwise."""
    from PIL import Image as PILImage

    turned = ink
    if angle:
        turned = ink.rotate(-angle, resample=PILImage.Resampling.NEAREST, expand=False, fillcolor=0)
    rows = turned.resize((1, turned.height), PILImage.Resampling.BOX)
    return float(sum(value * value for value in rows.tobytes()))
