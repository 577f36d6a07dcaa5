"""A drawn letter PDF printed and scanned, as the generators of scans, damage and odd files all need it."""

from __future__ import annotations

import subprocess
import tempfile
from pathlib import Path

from PIL import Image


def raster(pdf: Path, across: int, down: int | None = None, *, width: int | None = None,
           first: int = 1, last: int | None = None) -> list[Image.Image]:
    """The PDF's pages from `first` (to `last`), in grey at `across` x `down` dpi (or scaled to `width`
    pixels)."""
    size = (["-scale-to-x", str(width), "-scale-to-y", "-1"] if width
            else ["-rx", str(across), "-ry", str(across if down is None else down)])
    with tempfile.TemporaryDirectory() as tmp:
        pages = ["-f", str(first), *(["-l", str(last)] if last is not None else [])]
        subprocess.run(["pdftoppm", *size, *pages, "-gray", "-png", str(pdf), f"{tmp}/p"], check=True)
        return [Image.open(p).convert("L") for p in sorted(Path(tmp).glob("p*.png"))]


def binary(page: Image.Image) -> Image.Image:
    """A fax machine's or a bilevel scanner's black and white."""
    return page.point(lambda v: 255 if v > 150 else 0, mode="1")
