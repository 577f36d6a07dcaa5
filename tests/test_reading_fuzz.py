"""Fuzzing the reading entry point: random and mutated bytes give a Document or the project's InputError,
never another exception (a bounded number of examples; bench/fuzz.py runs deeper)."""

from __future__ import annotations

import io
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PIL import Image, ImageDraw
from reportlab.pdfgen import canvas

from parser.core.errors import InputError
from parser.core.model import Document
from parser.reading.read import read_document


def _small_scan(fmt: str) -> bytes:
    """A tiny page image (a few dark bars on white): cheap to OCR when a mutation keeps it readable."""
    image = Image.new("L", (170, 220), 255)
    draw = ImageDraw.Draw(image)
    for row in range(4):
        draw.rectangle((20, 20 + row * 12, 120, 26 + row * 12), fill=0)
    buffer = io.BytesIO()
    image.save(buffer, format=fmt, dpi=(20, 20))
    return buffer.getvalue()


def _small_pdf() -> bytes:
    """A 2-inch page with one line: when a mutation spoils its text layer, OCR of it is quick."""
    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer, pagesize=(144, 144))
    pdf.setFont("Helvetica", 9)
    pdf.drawString(10, 100, "Date: March 3, 2025")
    pdf.showPage()
    pdf.save()
    return buffer.getvalue()


SEEDS: dict[str, bytes] = {
    "pdf": _small_pdf(),
    "png": _small_scan("PNG"),
    "jpeg": _small_scan("JPEG"),
    "tiff": _small_scan("TIFF"),
}


@st.composite
def mutated(draw: st.DrawFn, seed: bytes) -> bytes:
    data = bytearray(seed)
    for _ in range(draw(st.integers(1, 8))):
        operation = draw(st.sampled_from(["flip", "overwrite", "delete", "insert", "truncate"]))
        position = draw(st.integers(0, max(len(data) - 1, 0)))
        if operation == "flip" and data:
            data[position] ^= 1 << draw(st.integers(0, 7))
        elif operation == "overwrite":
            chunk = draw(st.binary(min_size=1, max_size=16))
            data[position : position + len(chunk)] = chunk
        elif operation == "delete":
            del data[position : position + draw(st.integers(1, 64))]
        elif operation == "insert":
            data[position:position] = draw(st.binary(min_size=1, max_size=64))
        else:
            del data[position:]
    return bytes(data)


def _read(data: bytes) -> None:
    with tempfile.TemporaryDirectory() as directory:
        path = Path(directory) / "input.bin"
        path.write_bytes(data)
        try:
            document = read_document(path, max_pages=3).document
        except InputError:
            return
        assert isinstance(document, Document)
        assert 1 <= len(document.pages) <= 3


# Mutated images that still decode are OCRed (up to a second each): fewer examples than for PDFs, whose
# damaged pages mostly fail fast in the parsers. The whole module stays well under a minute.
FUZZ_PDF = settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
FUZZ_IMAGE = settings(max_examples=12, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@FUZZ_PDF
@given(data=st.data())
def test_mutated_pdfs_give_a_document_or_an_input_error(data: st.DataObject) -> None:
    _read(data.draw(mutated(SEEDS["pdf"])))


@pytest.mark.parametrize("kind", ["jpeg", "png", "tiff"])
@FUZZ_IMAGE
@given(data=st.data())
def test_mutated_images_give_a_document_or_an_input_error(kind: str, data: st.DataObject) -> None:
    _read(data.draw(mutated(SEEDS[kind])))


@FUZZ_PDF
@given(st.binary(max_size=4096))
def test_random_bytes_give_a_document_or_an_input_error(raw: bytes) -> None:
    _read(raw)
