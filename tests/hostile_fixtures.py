"""Builders of broken and hostile input files (issue 7), made in a test's tmp_path rather than committed.

Each builder takes a directory and returns the path of the file it wrote. The files are small on disk
even when they claim to be huge (the point of a decompression bomb).
"""

from __future__ import annotations

import io
import re
import struct
import zipfile
import zlib
from pathlib import Path

import pikepdf
from PIL import Image
from reportlab.lib.pagesizes import letter
from reportlab.pdfgen import canvas

LETTER_LINES = (
    "Internal Revenue Service",
    "Independent Office of Appeals",
    "Date: March 3, 2025",
    "Person to contact: Jane Doe",
    "Employee ID number: 1000123456",
    "We have made a determination regarding your collection due process hearing.",
)
STARTXREF = re.compile(rb"startxref\s+(\d+)")


def digital_pdf_bytes(lines: tuple[str, ...] = LETTER_LINES, pages: int = 1) -> bytes:
    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer, pagesize=letter)
    for _ in range(pages):
        pdf.setFont("Helvetica", 11)
        y = 720.0
        for line in lines:
            pdf.drawString(72, y, line)
            y -= 18
        pdf.showPage()
    pdf.save()
    return buffer.getvalue()


def write(directory: Path, name: str, data: bytes) -> Path:
    path = directory / name
    path.write_bytes(data)
    return path


def missing_path(directory: Path) -> Path:
    return directory / "no-such-letter.pdf"


def a_directory(directory: Path) -> Path:
    folder = directory / "folder.pdf"
    folder.mkdir()
    return folder


def empty_file(directory: Path) -> Path:
    return write(directory, "empty.pdf", b"")


def text_named_pdf(directory: Path) -> Path:
    return write(directory, "notes.pdf", b"Dear clinic,\nplease find my letter attached.\n" * 20)


def truncated_pdf(directory: Path) -> Path:
    data = digital_pdf_bytes(pages=3)
    return write(directory, "truncated.pdf", data[: len(data) // 2])


def repairable_xref_pdf(directory: Path) -> Path:
    """Every xref offset and the startxref pointer wrong; the objects themselves intact."""
    data = bytearray(digital_pdf_bytes())
    xref_at = int(STARTXREF.search(bytes(data)).group(1))  # type: ignore[union-attr]
    table = data[xref_at:]
    damaged = re.sub(rb"\d{10} 00000 n", b"0000000999 00000 n", bytes(table))
    damaged = STARTXREF.sub(b"startxref\n" + str(xref_at + 7).encode(), damaged)
    return write(directory, "broken-xref.pdf", bytes(data[:xref_at]) + damaged)


def unrepairable_pdf(directory: Path) -> Path:
    """A PDF header and trailer around bytes in which no object survives."""
    data = digital_pdf_bytes()
    body = re.sub(rb"\bobj\b", b"jbo", data[9:])
    body = re.sub(rb"/Type\s*/(Catalog|Pages|Page)\b", b"/Tpye /Nothing", body)
    return write(directory, "unrepairable.pdf", data[:9] + body)


def user_password_pdf(directory: Path) -> Path:
    path = directory / "locked.pdf"
    with pikepdf.open(io.BytesIO(digital_pdf_bytes())) as pdf:
        pdf.save(path, encryption=pikepdf.Encryption(user="secret", owner="owner-secret", R=6))
    return path


def owner_password_pdf(directory: Path) -> Path:
    path = directory / "owner-only.pdf"
    with pikepdf.open(io.BytesIO(digital_pdf_bytes())) as pdf:
        permissions = pikepdf.Permissions(extract=False, modify_other=False, print_highres=False)
        pdf.save(path, encryption=pikepdf.Encryption(user="", owner="owner-secret", R=4, allow=permissions))
    return path


def many_blank_pages_pdf(directory: Path, pages: int = 500) -> Path:
    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer, pagesize=letter)
    for _ in range(pages):
        pdf.showPage()
    pdf.save()
    return write(directory, "500-blank-pages.pdf", buffer.getvalue())


def huge_page_pdf(directory: Path) -> Path:
    """One 200 x 200 inch page holding a drawing and no text layer (so it must be rendered to be read)."""
    side = 200 * 72
    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer, pagesize=(side, side))
    pdf.setLineWidth(200)
    pdf.rect(side * 0.2, side * 0.2, side * 0.6, side * 0.6)
    pdf.showPage()
    pdf.save()
    return write(directory, "200-inch-page.pdf", buffer.getvalue())


def png_header_only(directory: Path, width: int, height: int, name: str) -> Path:
    """A PNG whose header claims width x height 8-bit gray pixels and whose data is one tiny chunk."""
    idat = zlib.compress(b"\0" * 64)
    return write(directory, name, _png(width, height, bit_depth=8, color_type=0, idat=idat))


def huge_image(directory: Path) -> Path:
    return png_header_only(directory, 30000, 30000, "30000x30000.png")


def decompression_bomb_png(directory: Path) -> Path:
    """A real bomb: 20000 x 20000 1-bit pixels (400 megapixels) of valid, all-white data in about 50 KB."""
    width = height = 20000
    row = b"\0" + b"\xff" * (width // 8)
    compressor = zlib.compressobj(9)
    chunks = [compressor.compress(row * 1000) for _ in range(height // 1000)]
    chunks.append(compressor.flush())
    return write(directory, "bomb.png", _png(width, height, bit_depth=1, color_type=0, idat=b"".join(chunks)))


def corrupt_jpeg(directory: Path) -> Path:
    image = Image.effect_noise((600, 800), 64).convert("L")
    buffer = io.BytesIO()
    image.save(buffer, format="JPEG", quality=90)
    data = buffer.getvalue()
    return write(directory, "corrupt.jpg", data[: len(data) * 3 // 5])


def zero_page_tiff(directory: Path) -> Path:
    """A TIFF header whose first image directory is empty (no image at all)."""
    header = b"II*\x00" + struct.pack("<I", 8)
    return write(directory, "zero-pages.tif", header + struct.pack("<H", 0) + b"\0" * 4)


def zip_file(directory: Path) -> Path:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("letter.txt", "not a letter")
    return write(directory, "letter.pdf", buffer.getvalue())


def blank_scan(directory: Path) -> Path:
    """A white 300 dpi page with faint scanner noise."""
    noise = Image.effect_noise((2550, 3300), 6).point(lambda value: 240 + value % 16)
    path = directory / "blank-scan.png"
    noise.convert("L").save(path, dpi=(300, 300))
    return path


def _png(width: int, height: int, *, bit_depth: int, color_type: int, idat: bytes) -> bytes:
    def chunk(kind: bytes, payload: bytes) -> bytes:
        checksum = struct.pack(">I", zlib.crc32(kind + payload))
        return struct.pack(">I", len(payload)) + kind + payload + checksum

    header = struct.pack(">IIBBBBB", width, height, bit_depth, color_type, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", idat) + chunk(b"IEND", b"")
