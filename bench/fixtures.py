"""The letters the speed bench times: one synthetic Letter 4390, digital and scanned at 300 dpi.

The scan is made by the samples generator's `clean300` profile (a careful flatbed scan), so the bench
times the common case; page counts beyond the letter's own are made by repeating its later pages, the
way an attachment makes a letter longer. Each scanned letter is written twice from the same page images:
as a PDF (what letter4390 and OCRmyPDF read) and as one PNG per page (what bare tesseract reads).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import random
from dataclasses import dataclass
from pathlib import Path

from PIL import Image

SPEC_SEED = 4390
SCAN_PROFILE = "clean300"
SCAN_DPI = 300


@dataclass(frozen=True)
class ScannedLetter:
    pages: int
    pdf: Path
    page_images: tuple[Path, ...]


@dataclass(frozen=True)
class BenchLetters:
    digital: Path
    letter_date: dt.date
    scanned: dict[int, ScannedLetter]  # by page count


def build(out_dir: Path, page_counts: tuple[int, ...]) -> BenchLetters:
    """Write the digital letter and one scanned letter per page count into `out_dir`."""
    from samples.degrade import degrade_pages
    from samples.letter_spec import random_spec
    from samples.render_letter import render_pdf

    out_dir.mkdir(parents=True, exist_ok=True)
    spec = random_spec(random.Random(SPEC_SEED), letter_type="4390", seed=SPEC_SEED)
    spec = dataclasses.replace(spec, attachment_pages=1, compact=False)
    digital = out_dir / "letter-digital.pdf"
    render_pdf(spec, digital)
    rng = random.Random(SPEC_SEED)
    pages, _ = degrade_pages(digital, SCAN_PROFILE, rng, rotation=0)
    scanned = {count: _write_scan(out_dir, _cycled(pages, count)) for count in page_counts}
    return BenchLetters(digital=digital, letter_date=spec.letter_date, scanned=scanned)


def _cycled(pages: list[Image.Image], count: int) -> list[Image.Image]:
    """The first `count` pages, the letter's later pages repeated as attachment pages when it is longer."""
    later = pages[1:] or pages
    return [pages[i] if i < len(pages) else later[(i - len(pages)) % len(later)] for i in range(count)]


def _write_scan(out_dir: Path, pages: list[Image.Image]) -> ScannedLetter:
    count = len(pages)
    pdf = out_dir / f"letter-scan-{count:02d}p.pdf"
    pages[0].save(pdf, "PDF", save_all=True, append_images=pages[1:], resolution=float(SCAN_DPI))
    images = []
    for number, page in enumerate(pages, start=1):
        path = out_dir / f"letter-scan-{count:02d}p-page{number:02d}.png"
        page.save(path, "PNG", dpi=(SCAN_DPI, SCAN_DPI))
        images.append(path)
    return ScannedLetter(pages=count, pdf=pdf, page_images=tuple(images))
