"""Paper damage: the digital letter rasterised and turned into a scan, a fax or a phone photo.

Everything random comes from the letter's seeded random.Random (noise bytes included), so a seed gives
the same file byte for byte. Scans and faxes keep no text layer: they are written from images only.
"""

from __future__ import annotations

import datetime as dt
import io
import random
import time
from collections.abc import Callable
from pathlib import Path

import pypdfium2 as pdfium
from PIL import Image, ImageChops, ImageDraw, ImageFilter, ImageOps

WHITE = 255


def rasterise(pdf: bytes, dpi: int, color: bool = False, first_only: bool = False) -> list[Image.Image]:
    document = pdfium.PdfDocument(io.BytesIO(pdf))
    try:
        count = 1 if first_only else len(document)
        images = []
        for index in range(count):
            bitmap = document[index].render(scale=dpi / 72)
            image = bitmap.to_pil().convert("RGB" if color else "L")
            images.append(image)
        return images
    finally:
        document.close()


def _noise(rng: random.Random, size: tuple[int, int], mode: str = "L") -> Image.Image:
    bands = len(mode)
    return Image.frombytes(mode, size, rng.randbytes(size[0] * size[1] * bands))


def _grain(image: Image.Image, rng: random.Random, amount: float) -> Image.Image:
    """Uniform sensor/paper grain blended in (amount 0..1)."""
    return Image.blend(image, _noise(rng, image.size, image.mode), amount)


def _skew(image: Image.Image, degrees: float) -> Image.Image:
    fill: int | tuple[int, int, int] = WHITE if image.mode == "L" else (WHITE, WHITE, WHITE)
    return image.rotate(degrees, resample=Image.Resampling.BICUBIC, fillcolor=fill)


def _speckle(image: Image.Image, rng: random.Random, dots: int) -> Image.Image:
    draw = ImageDraw.Draw(image)
    width, height = image.size
    for _ in range(dots):
        x, y = rng.randrange(width), rng.randrange(height)
        radius = rng.choice((0, 0, 1, 1, 2))
        draw.ellipse((x, y, x + radius, y + radius), fill=rng.randrange(0, 90))
    return image


def _save_pdf(images: list[Image.Image], path: Path, dpi: int, scanned_on: dt.date) -> None:
    # Pillow's PDF writer: one JPEG image per page, no text; its dates are the scan's, not the clock's.
    stamp = time.struct_time((scanned_on.year, scanned_on.month, scanned_on.day, 9, 41, 0, 0, 1, 0))
    first, *rest = images
    first.save(path, "PDF", resolution=float(dpi), save_all=True, append_images=rest,
               creationDate=stamp, modDate=stamp)


def clean_scan(pdf: bytes, path: Path, rng: random.Random, scanned_on: dt.date) -> None:
    """A 300 dpi office scan: a fraction of a degree of skew, light grain, slightly gray paper."""
    pages = []
    for page in rasterise(pdf, 300):
        page = _skew(page, rng.uniform(-0.4, 0.4))
        page = page.filter(ImageFilter.GaussianBlur(0.6))
        page = _grain(page, rng, 0.05).point(lambda v: int(14 + v * 0.93))
        pages.append(page)
    _save_pdf(pages, path, 300, scanned_on)


def scan150(pdf: bytes, path: Path, rng: random.Random, scanned_on: dt.date) -> None:
    """A cheap 150 dpi scan: visible skew, speckle, washed-out contrast."""
    pages = []
    for page in rasterise(pdf, 150):
        page = _skew(page, rng.choice((-1, 1)) * rng.uniform(0.3, 1.4))
        page = _speckle(page, rng, rng.randrange(300, 900))
        page = page.filter(ImageFilter.GaussianBlur(0.45))
        page = _grain(page, rng, 0.08).point(lambda v: int(28 + v * 0.86))
        pages.append(page)
    _save_pdf(pages, path, 150, scanned_on)


def fax(pdf: bytes, path: Path, rng: random.Random, scanned_on: dt.date) -> None:
    """A standard-mode fax: 200 dpi across, 100 down, thresholded to black and white, with streaks."""
    pages = []
    for page in rasterise(pdf, 200):
        width, height = page.size
        page = page.resize((width, height // 2), Image.Resampling.BOX).resize(
            (width, height), Image.Resampling.NEAREST)
        page = _skew(page, rng.uniform(-0.6, 0.6))
        page = _grain(page, rng, 0.18)
        threshold = rng.randrange(135, 170)
        page = page.point(lambda v, t=threshold: 0 if v < t else WHITE)
        draw = ImageDraw.Draw(page)
        for _ in range(rng.randrange(2, 7)):  # a dirty line on the sender's scanner: a row of dashes
            y = rng.randrange(height)
            x = 0
            while x < width:
                run = rng.randrange(5, 120)
                if rng.random() < 0.5:
                    draw.line((x, y, min(width, x + run), y), fill=0, width=rng.choice((1, 2)))
                x += run
        if rng.random() < 0.5:
            x = rng.randrange(width)
            draw.line((x, 0, x, height), fill=0, width=1)
        pages.append(page.convert("1", dither=Image.Dither.NONE))
    first, *rest = pages
    first.save(path, "TIFF", compression="group4", dpi=(200, 200), save_all=True, append_images=rest)


def _solve(matrix: list[list[float]], values: list[float]) -> list[float]:
    """Gaussian elimination with partial pivoting (8 unknowns: no numpy needed)."""
    size = len(values)
    rows = [[*row, value] for row, value in zip(matrix, values, strict=True)]
    for col in range(size):
        pivot = max(range(col, size), key=lambda r: abs(rows[r][col]))
        rows[col], rows[pivot] = rows[pivot], rows[col]
        for r in range(size):
            if r != col:
                factor = rows[r][col] / rows[col][col]
                rows[r] = [a - factor * b for a, b in zip(rows[r], rows[col], strict=True)]
    return [rows[i][size] / rows[i][i] for i in range(size)]


def perspective_coefficients(target: list[tuple[float, float]],
                             source: list[tuple[float, float]]) -> list[float]:
    """PIL's PERSPECTIVE coefficients mapping each output corner (target) to its input corner (source)."""
    matrix: list[list[float]] = []
    values: list[float] = []
    for (x, y), (u, v) in zip(target, source, strict=True):
        matrix.append([x, y, 1, 0, 0, 0, -u * x, -u * y])
        matrix.append([0, 0, 0, x, y, 1, -v * x, -v * y])
        values += [u, v]
    return _solve(matrix, values)


def photo(pdf: bytes, path: Path, rng: random.Random, scanned_on: dt.date) -> None:
    """Page one photographed on a table: perspective, uneven light, blur, JPEG."""
    page = rasterise(pdf, 200, color=True, first_only=True)[0]
    width, height = page.size
    margin = int(width * 0.09)
    table = rng.choice(((120, 92, 66), (88, 86, 84), (150, 140, 120)))
    canvas = Image.new("RGB", (width + 2 * margin, height + 2 * margin), table)
    canvas = _grain(canvas, rng, 0.1)
    canvas.paste(page, (margin, margin))
    out_w, out_h = canvas.size

    def jitter() -> float:
        return rng.uniform(-0.05, 0.05) * width

    target = [(0.0, 0.0), (out_w, 0.0), (out_w, out_h), (0.0, out_h)]
    squeeze = rng.uniform(0.0, 0.06) * width  # the top edge farther from the camera
    source = [(-squeeze + jitter(), jitter()), (out_w + squeeze + jitter(), jitter()),
              (out_w + jitter(), out_h + jitter()), (jitter(), out_h + jitter())]
    coefficients = perspective_coefficients(target, source)
    shot = canvas.transform((out_w, out_h), Image.Transform.PERSPECTIVE, coefficients,
                            Image.Resampling.BICUBIC, fillcolor=table)
    light = Image.linear_gradient("L").rotate(rng.choice((0, 90, 180, 270))).resize((out_w, out_h))
    light = light.point(lambda v: int(150 + v * 0.41))  # 150..255: one side in shadow
    vignette = ImageOps.invert(Image.radial_gradient("L")).resize((out_w, out_h))
    vignette = vignette.point(lambda v: int(180 + v * 0.3))
    shade = ImageChops.multiply(light, vignette.point(lambda v: min(WHITE, v + 30)))
    shot = ImageChops.multiply(shot, Image.merge("RGB", (shade, shade, shade)))
    tint = Image.new("RGB", shot.size, (255, rng.randrange(238, 252), rng.randrange(210, 240)))
    shot = ImageChops.multiply(shot, tint)
    shot = shot.filter(ImageFilter.GaussianBlur(rng.uniform(0.7, 1.3)))
    shot = _grain(shot, rng, 0.04)
    shot.save(path, "JPEG", quality=rng.randrange(78, 90))


def digital(pdf: bytes, path: Path, rng: random.Random, scanned_on: dt.date) -> None:
    path.write_bytes(pdf)


# Each profile's damage: (digital PDF, output path, the letter's random, the day the paper was scanned).
DAMAGE: dict[str, Callable[[bytes, Path, random.Random, dt.date], None]] = {
    "digital": digital,
    "courier_scan": clean_scan,
    "times_scan": clean_scan,
    "scan150": scan150,
    "fax": fax,
    "photo": photo,
}
