"""Small letter pages for the reading-layer tests: a digital PDF, its 300 dpi scan, and damaged variants."""

from __future__ import annotations

import io
from pathlib import Path

import pypdfium2
from hostile_fixtures import LETTER_LINES, digital_pdf_bytes
from PIL import Image
from reportlab.lib.pagesizes import letter
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen import canvas

BODY_LINES = (
    *LETTER_LINES,
    "Phone: (555) 123-4567",
    "Dear Taxpayer,",
    "under Internal Revenue Code sections 6320 and 6330 and your request for relief from joint",
    "and several liability under section 6015. You may petition the United States Tax Court",
    "within 30 days from the date of this letter. Please keep this letter for your records.",
)
SPARSE_LINES = ("Date: March 3, 2025", "Person to contact: Jane Doe")


def letter_pdf(directory: Path, name: str = "letter.pdf", lines: tuple[str, ...] = BODY_LINES) -> Path:
    path = directory / name
    path.write_bytes(digital_pdf_bytes(lines))
    return path


def scan_of(pdf_path: Path, dpi: int = 300, page: int = 0) -> Image.Image:
    """The page rendered as a grayscale scanner would deliver it."""
    pdf = pypdfium2.PdfDocument(pdf_path)
    try:
        image: Image.Image = pdf[page].render(scale=dpi / 72, grayscale=True).to_pil()
        return image.convert("L")
    finally:
        pdf.close()


def tilted(image: Image.Image, degrees_clockwise: float) -> Image.Image:
    return image.rotate(-degrees_clockwise, resample=Image.Resampling.BICUBIC, fillcolor=255)


def mixed_pdf(directory: Path, scan: Image.Image) -> Path:
    """Page 1 with a text layer, page 2 a scanned image only."""
    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer, pagesize=letter)
    pdf.setFont("Helvetica", 11)
    pdf.drawString(72, 720, "Letter 4390 page one has a text layer with enough words to be trusted.")
    pdf.showPage()
    pdf.drawImage(ImageReader(scan), 0, 0, width=letter[0], height=letter[1])
    pdf.showPage()
    pdf.save()
    path = directory / "mixed.pdf"
    path.write_bytes(buffer.getvalue())
    return path
