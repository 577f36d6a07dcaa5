"""Scan-degradation profiles: how a clean PDF becomes the page images clinic mail arrives as.

Profiles are data (the PROFILES table); `degrade` applies one to a PDF's pages or to page images.
Only Pillow is used (no numpy), so the effects are built from Pillow's filters, noise and transforms.
"""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pypdfium2 as pdfium
from PIL import Image, ImageChops, ImageDraw, ImageFilter, ImageFont


@dataclass(frozen=True)
class Profile:
    name: str
    ext: str  # file type written: pdf | png | jpg | tif
    dpi: int  # resolution the page is rendered (scanned) at
    skew: tuple[float, float] = (0.0, 0.0)  # absolute skew range, degrees
    rotations: tuple[int, ...] = (0,)  # whole-page turns (degrees counter-clockwise) to choose from
    blur: float = 0.0  # Gaussian radius, pixels
    noise: float = 0.0  # Gaussian noise sigma (grey levels)
    speckle: float = 0.0  # dust specks per square inch
    threshold: int | None = None  # 1-bit scan when set
    fax_rows: bool = False  # halve vertical resolution (standard-mode fax), then stretch back: jaggy text
    fax_header: bool = False  # the sending machine's header line (with its own date)
    photo: bool = False  # phone photo: perspective, uneven light, colour cast, JPEG without dpi
    paper: int = 255  # background grey
    jpeg_quality: int = 85
    store_dpi: bool = True
    single_image: bool = False  # the file format holds one page: the letter must fit on one page
    scanned_pages: int = 0  # mixed PDF: only the first pages are scans, the rest keep their text layer
    flat_paper: bool = True  # background noise removed, as scanner software does (keeps files small)


PROFILES: dict[str, Profile] = {
    p.name: p
    for p in (
        Profile("digital", "pdf", 0),
        Profile("clean300", "pdf", 300, skew=(0.0, 0.3), noise=2.0, paper=250),
        Profile(
            "skew_noise",
            "png",
            300,
            skew=(1.0, 4.0),
            blur=0.7,
            noise=7.0,
            speckle=6.0,
            paper=243,
            single_image=True,
        ),
        Profile(
            "fax200",
            "tif",
            200,
            skew=(0.0, 1.2),
            threshold=172,
            fax_rows=True,
            fax_header=True,
            speckle=3.0,
            blur=0.4,
        ),
        Profile(
            "rotated",
            "png",
            300,
            skew=(0.0, 0.6),
            rotations=(180, 90, 270),
            noise=2.0,
            paper=248,
            single_image=True,
        ),
        Profile(
            "photo",
            "jpg",
            0,
            photo=True,
            noise=4.0,
            blur=0.8,
            jpeg_quality=82,
            store_dpi=False,
            single_image=True,
            flat_paper=False,
        ),
        Profile("lowres", "pdf", 150, skew=(0.0, 0.8), blur=0.3, noise=3.0, paper=246),
        Profile("tiff", "tif", 200, skew=(0.0, 1.0), noise=2.0, paper=248),
        Profile("mixed", "pdf", 300, skew=(0.0, 0.5), noise=2.0, paper=250, scanned_pages=1),
    )
}
SCANNED_PROFILES: tuple[str, ...] = tuple(name for name in PROFILES if name != "digital")
PHOTO_DPI = 220  # the photo is taken of a page rendered at this resolution, then resampled


def render_pages(pdf: Path, dpi: int) -> list[Image.Image]:
    document = pdfium.PdfDocument(str(pdf))
    try:
        return [page.render(scale=dpi / 72).to_pil().convert("L") for page in document]
    finally:
        document.close()


def _paper_and_noise(page: Image.Image, profile: Profile, rng: random.Random) -> Image.Image:
    if profile.paper < 255:  # a scanner never gives pure white: map 255 to the paper grey
        scale = profile.paper / 255
        page = page.point(lambda v: int(v * scale))
    if profile.noise:  # uniform noise from the seeded rng, so a seed always gives the same scan
        noise = Image.frombytes("L", page.size, rng.randbytes(page.width * page.height))
        amplitude = profile.noise * 1.7 / 128  # uniform noise with about this standard deviation
        noise = noise.point(lambda v: round(128 + (v - 128) * amplitude))
        page = ImageChops.add(page, noise, 1.0, -128)
    if profile.flat_paper:  # scanners drop the paper texture to white-ish grey; only ink keeps its noise
        paper, cut = profile.paper, profile.paper - 3 * profile.noise - 4
        page = page.point(lambda v: paper if v >= cut else v)
    return page


def _speckle(page: Image.Image, profile: Profile, rng: random.Random, dpi: int) -> None:
    draw = ImageDraw.Draw(page)
    area = page.width * page.height / (dpi * dpi)
    for _ in range(int(profile.speckle * area)):
        x, y = rng.randrange(page.width), rng.randrange(page.height)
        r = rng.choice([1, 1, 1, 2, 2, 3]) * dpi / 300
        draw.ellipse((x - r, y - r, x + r, y + r), fill=rng.randrange(0, 90))


def _fax_header(page: Image.Image, rng: random.Random, sent: dt.date, number: int, total: int) -> None:
    font = ImageFont.load_default(size=page.width // 95)
    text = (
        f"{sent:%m/%d/%Y} {rng.randrange(8, 17):02d}:{rng.randrange(60):02d}   FROM: LOW INCOME TAXPAYER "
        f"CLINIC   FAX NO. {rng.randrange(200, 999)}-{rng.randrange(200, 999)}-{rng.randrange(10000):04d}"
        f"   P. {number:03d}/{total:03d}"
    )
    ImageDraw.Draw(page).text((page.width // 25, page.height // 220), text, fill=0, font=font)


def _photo(page: Image.Image, rng: random.Random) -> Image.Image:
    """A phone photo of the page lying on a table: margins, perspective, uneven light, warm cast."""
    w, h = page.size
    margin_x, margin_y = int(w * 0.06), int(h * 0.05)
    table = Image.new("L", (w + 2 * margin_x, h + 2 * margin_y), rng.randrange(60, 110))
    table.paste(page, (margin_x, margin_y))
    tw, th = table.size
    jitter = [rng.uniform(-0.035, 0.035) * tw for _ in range(8)]
    quad = (
        jitter[0],
        jitter[1],
        jitter[2],
        th + jitter[3],
        tw + jitter[4],
        th + jitter[5],
        tw + jitter[6],
        jitter[7],
    )
    photo = table.transform(table.size, Image.Transform.QUAD, quad, Image.Resampling.BICUBIC, fillcolor=80)
    # Light falling off across the page and a soft shadow (a hand or the phone) on one side.
    gradient = Image.linear_gradient("L").rotate(rng.uniform(0, 360), Image.Resampling.BILINEAR, expand=True)
    inner = gradient.width // 2 - 88, gradient.height // 2 - 88  # the square fully inside the turned gradient
    gradient = gradient.crop((*inner, inner[0] + 176, inner[1] + 176)).resize(
        photo.size, Image.Resampling.BILINEAR
    )
    falloff = rng.uniform(0.25, 0.4)
    light = gradient.point(lambda v: int(255 - v * falloff))
    shadow = Image.new("L", photo.size, 255)
    sx, sy = rng.randrange(tw), rng.randrange(th)
    ImageDraw.Draw(shadow).ellipse((sx - tw // 3, sy - th // 4, sx + tw // 3, sy + th // 4), fill=175)
    shadow = shadow.filter(ImageFilter.GaussianBlur(tw // 12))
    photo = ImageChops.multiply(ImageChops.multiply(photo, light), shadow)
    colour = Image.merge(
        "RGB", (photo.point(lambda v: min(255, int(v * 1.04))), photo, photo.point(lambda v: int(v * 0.88)))
    )
    width = rng.randrange(1500, 1900)
    return colour.resize((width, round(width * th / tw)), Image.Resampling.LANCZOS)


def degrade_pages(
    source: Path | Sequence[Image.Image],
    profile: Profile | str,
    rng: random.Random,
    *,
    source_dpi: int = 300,
    fax_date: dt.date | None = None,
    rotation: int | None = None,
) -> tuple[list[Image.Image], dict[str, Any]]:
    """The profile's page images and what was applied (skew, rotation) for the ground truth."""
    profile = PROFILES[profile] if isinstance(profile, str) else profile
    dpi = PHOTO_DPI if profile.photo else profile.dpi
    if isinstance(source, Path):
        pages = render_pages(source, dpi)
    else:
        pages = [
            p.convert("L").resize((round(p.width * dpi / source_dpi), round(p.height * dpi / source_dpi)))
            for p in source
        ]
    rotation = rng.choice(profile.rotations) if rotation is None else rotation
    notes: dict[str, Any] = {"dpi": None if not profile.store_dpi else dpi, "rotation": rotation, "skew": []}
    out: list[Image.Image] = []
    for number, page in enumerate(pages, start=1):
        if profile.fax_header:
            _fax_header(page, rng, fax_date or dt.date(2025, 1, 2), number, len(pages))
        angle = rng.uniform(*profile.skew) * rng.choice([-1, 1])
        notes["skew"].append(round(angle, 2))
        page = _paper_and_noise(page, profile, rng)
        if angle:
            page = page.rotate(angle, Image.Resampling.BICUBIC, expand=False, fillcolor=profile.paper)
        if profile.speckle:
            _speckle(page, profile, rng, dpi)
        if profile.blur:
            page = page.filter(ImageFilter.GaussianBlur(profile.blur))
        if profile.fax_rows:
            page = page.resize((page.width, page.height // 2), Image.Resampling.BILINEAR).resize(
                (page.width, page.height), Image.Resampling.NEAREST
            )
        if profile.threshold is not None:
            page = page.point(lambda v, t=profile.threshold: 255 if v > t else 0).convert(
                "1", dither=Image.Dither.NONE
            )
        if profile.photo:
            page = _photo(page, rng)
        if rotation:
            page = page.rotate(rotation, expand=True)
        out.append(page)
    return out, notes


def degrade(
    source: Path | Sequence[Image.Image], profile: Profile | str, rng: random.Random
) -> list[Image.Image]:
    return degrade_pages(source, profile, rng)[0]


def save_pages(pages: Sequence[Image.Image], profile: Profile, path: Path) -> None:
    """Write the page images in the profile's file type (scanned PDFs have no text layer)."""
    dpi = profile.dpi
    first, rest = pages[0], list(pages[1:])
    if profile.ext == "pdf":
        first.save(path, "PDF", save_all=True, append_images=rest, resolution=float(dpi))
    elif profile.ext == "png":
        first.save(path, "PNG", optimize=True, **({"dpi": (dpi, dpi)} if profile.store_dpi else {}))
    elif profile.ext == "jpg":
        first.convert("RGB").save(path, "JPEG", quality=profile.jpeg_quality)  # no dpi written
    elif profile.ext == "tif":
        compression = "group4" if first.mode == "1" else "tiff_lzw"
        first.save(path, "TIFF", save_all=True, append_images=rest, compression=compression, dpi=(dpi, dpi))
    else:
        raise ValueError(f"unknown output type {profile.ext!r}")


def save_mixed(scans: Sequence[Image.Image], digital: Path, path: Path) -> None:
    """A PDF whose first pages are the scans (no text layer) and whose other pages are the digital ones."""
    source = pdfium.PdfDocument(str(digital))
    out = pdfium.PdfDocument.new()
    try:
        for scan in scans:
            width, height = source[0].get_size()
            page = out.new_page(width, height)
            image = pdfium.PdfImage.new(out)
            image.set_bitmap(pdfium.PdfBitmap.from_pil(scan))
            image.set_matrix(pdfium.PdfMatrix().scale(width, height))
            page.insert_obj(image)
            page.gen_content()
        out.import_pages(source, pages=list(range(len(scans), len(source))))
        out.save(str(path))
    finally:
        out.close()
        source.close()
