"""Files as clients make them: a clean scan of an independent letter saved the odd ways real files are
(Pillow, poppler's pdftoppm and qpdf only, nothing random).

The page is unmarked; what is odd is the file. A page fed sideways (turned a quarter clockwise or three
quarters), a JPEG that says nothing of its resolution, a PNG that declares 72 dpi for a 300 dpi scan, a CMYK
JPEG, an RGBA PNG whose margins are transparent black, a fax in "standard" mode (204 x 98 dpi, pixels twice
as tall as wide), a "fine" fax TIFF of two pages with a blank separator page between them, a coarse 100 dpi
scan, and a PDF whose first page keeps its text layer and whose second is a scanned image.
"""

from __future__ import annotations

import subprocess
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

from PIL import Image
from raster import binary, raster

KINDS: tuple[str, ...] = ("rot90", "rot270", "nodpi", "dpi72", "cmyk", "rgba", "faxstd", "separator",
                          "dpi100", "mixed")
NODPI_WIDTH = 2200  # pixels across a letter page: about 259 dpi, not said anywhere in the file
MARGIN = 0.3  # inches of transparent canvas round the page in the RGBA file
PDF_DATE = time.gmtime(1748736000)  # 2025-06-01: the image PDF's dates, fixed so its bytes are too


@dataclass(frozen=True)
class Hygiene:
    """A clean scan of a digital letter saved one odd way: file kind and the scan's true resolution."""

    source: str
    kind: str  # one of KINDS
    suffix: str  # png | jpg | tif | pdf
    dpi: int  # across the page
    dpi_down: int | None = None  # down the page, where it differs (fax standard mode)

    @property
    def stem(self) -> str:
        return f"{self.source}-{self.kind}"

    @property
    def profile(self) -> str:
        return f"scan{self.dpi}" if self.dpi_down is None else f"scan{self.dpi}x{self.dpi_down}"


HYGIENE: tuple[Hygiene, ...] = (
    Hygiene("ind34-compact", "rot90", "png", 200),
    Hygiene("ind37-datecorner", "rot270", "png", 200),
    Hygiene("ind40-formtable", "nodpi", "jpg", round(NODPI_WIDTH / 8.5)),
    Hygiene("ind42-closingcontact", "dpi72", "png", 300),
    Hygiene("ind09-3193", "cmyk", "jpg", 250),
    Hygiene("ind32-released", "rgba", "png", 200),
    Hygiene("ind07-oldtitle", "faxstd", "tif", 204, 98),
    Hygiene("ind08-twopage", "separator", "tif", 200),
    Hygiene("ind25-3288", "dpi100", "png", 100),
    Hygiene("ind17-crooked", "mixed", "pdf", 200),
)


def sideways(page: Image.Image, clockwise: int) -> Image.Image:
    """The page fed a quarter (90) or three quarters (270) turn clockwise: a landscape image."""
    turn = {90: Image.Transpose.ROTATE_270, 270: Image.Transpose.ROTATE_90}[clockwise]
    return page.transpose(turn)


def on_transparent(page: Image.Image, margin: int) -> Image.Image:
    """The page pasted opaque on a larger canvas of transparent black, as a screenshot or an export has it."""
    canvas = Image.new("RGBA", (page.width + 2 * margin, page.height + 2 * margin), (0, 0, 0, 0))
    canvas.paste(page.convert("RGBA"), (margin, margin))
    return canvas


def cmyk(page: Image.Image) -> Image.Image:
    """Grey as a print shop's software keeps it in CMYK: all in the black (K) plate, no colour plates."""
    none = Image.new("L", page.size, 0)
    return Image.merge("CMYK", (none, none, none, page.point(lambda v: 255 - v)))


def blank_like(page: Image.Image) -> Image.Image:
    return Image.new(page.mode, page.size, 255 if page.mode in ("L", "1") else "white")


def mixed_pdf(pdf: Path, dpi: int, target: Path) -> None:
    """Page 1 as drawn, with its text layer; the later pages replaced by grey scans of themselves."""
    scans = raster(pdf, dpi, dpi, first=2)
    with tempfile.TemporaryDirectory() as tmp:
        scanned = f"{tmp}/scanned.pdf"
        scans[0].save(scanned, save_all=True, append_images=scans[1:], resolution=float(dpi), quality=60,
                      creationDate=PDF_DATE, modDate=PDF_DATE)
        subprocess.run(["qpdf", "--empty", "--deterministic-id", "--pages", str(pdf), "1", scanned, "--",
                        str(target)], check=True)


def hygienic_copy(pdf: Path, spec: Hygiene, out: Path) -> Path:
    """The letter scanned clean and saved as `spec` says; image files other than TIFF keep page 1 only."""
    if spec.kind not in KINDS:
        raise ValueError(f"unknown kind {spec.kind!r}")
    target = out / f"{spec.stem}.{spec.suffix}"
    if spec.kind == "mixed":
        mixed_pdf(pdf, spec.dpi, target)
        return target
    width = NODPI_WIDTH if spec.kind == "nodpi" else None
    pages = raster(pdf, spec.dpi, spec.dpi_down or spec.dpi, width=width)
    page, dpi = pages[0], (spec.dpi, spec.dpi_down or spec.dpi)
    if spec.kind in ("rot90", "rot270"):
        sideways(page, int(spec.kind.removeprefix("rot"))).save(target, dpi=dpi, optimize=True)
    elif spec.kind == "nodpi":
        page.save(target, quality=75)  # no dpi given: JFIF density units 0, an aspect ratio only
    elif spec.kind == "dpi72":
        page.save(target, dpi=(72, 72), optimize=True)
    elif spec.kind == "cmyk":
        cmyk(page).save(target, quality=75, dpi=dpi)
    elif spec.kind == "rgba":
        on_transparent(page, round(MARGIN * spec.dpi)).save(target, dpi=dpi, optimize=True)
    elif spec.kind == "faxstd":
        binary(page).save(target, dpi=dpi, compression="group3")
    elif spec.kind == "separator":
        fax = [binary(p) for p in pages]
        fax[0].save(target, save_all=True, append_images=[blank_like(fax[0]), *fax[1:]], dpi=dpi,
                    compression="group4")
    else:
        page.save(target, dpi=dpi, optimize=True)
    return target
