"""File kinds are judged by content: magic bytes, not the name."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from PIL import Image
from said import english

from parser.core.errors import InputTooLargeError, UnsupportedInputError
from parser.reading.sniff import kind_of, sniff


def _image_bytes(fmt: str) -> bytes:
    buffer = io.BytesIO()
    Image.new("L", (8, 8), 255).save(buffer, format=fmt)
    return buffer.getvalue()


def _docx_bytes() -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("word/document.xml", "<w:document/>")
    return buffer.getvalue()


@pytest.mark.parametrize(
    ("fmt", "kind"),
    [("PNG", "png"), ("JPEG", "jpeg"), ("TIFF", "tiff"), ("BMP", "bmp"), ("GIF", "gif"), ("WEBP", "webp")],
)
def test_images_are_known_by_their_magic_bytes(fmt: str, kind: str) -> None:
    assert kind_of(_image_bytes(fmt)) == kind


def test_pdf_header_after_junk_is_still_a_pdf() -> None:
    assert kind_of(b"\r\nMIME junk from a mail gateway\r\n%PDF-1.7\n") == "pdf"
    assert kind_of(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n") == "pdf"


@pytest.mark.parametrize(
    ("head", "looks_like"),
    [
        (b"Dear clinic,\nplease find my letter.\n", "text"),
        ("Caf\u00e9 na\u00efve r\u00e9sum\u00e9\n".encode(), "text"),
        (b"<!DOCTYPE html><html><body>letter</body></html>", "an HTML page"),
        (b"<?xml version='1.0'?><a/>", "an XML file"),
        (b"PK\x03\x04\x14\x00\x00\x00letter.txt", "a ZIP archive"),
        (_docx_bytes(), "a Word document (.docx)"),
        (b"\x1f\x8b\x08\x00\x00\x00\x00\x00", "a gzip archive"),
        (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 32, "an old Microsoft Office file (.doc/.xls/.msg)"),
        (b"\x00\x00\x00\x1cftypavif\x00\x00\x00\x00", "an AVIF image; export it as JPEG or PDF"),
        (b"{\\rtf1\\ansi hello}", "an RTF document"),
        (bytes(range(256)), "an unknown binary format"),
    ],
)
def test_other_kinds_are_refused_naming_what_they_look_like(head: bytes, looks_like: str) -> None:
    with pytest.raises(UnsupportedInputError) as raised:
        kind_of(head)
    assert english(raised.value.note) == f"not a PDF or image (looks like {looks_like})"


def test_sniff_ignores_the_file_name(tmp_path: Path) -> None:
    named_txt = tmp_path / "scan.txt"
    named_txt.write_bytes(_image_bytes("PNG"))
    assert sniff(named_txt).kind == "png"
    named_pdf = tmp_path / "letter.pdf"
    named_pdf.write_bytes(_image_bytes("JPEG"))
    assert sniff(named_pdf).kind == "jpeg"


def test_sniff_refuses_files_larger_than_the_byte_limit(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "big.png"
    path.write_bytes(_image_bytes("PNG") + b"\0" * (3 * 1024 * 1024))
    monkeypatch.setattr("parser.reading.sniff.MAX_INPUT_BYTES", 2 * 1024 * 1024)
    with pytest.raises(InputTooLargeError) as raised:
        sniff(path)
    assert english(raised.value.note) == "the file is larger than 2 MB; a letter should be far smaller"


@settings(max_examples=300, deadline=None)
@given(st.binary(max_size=2048))
def test_any_bytes_are_a_known_kind_or_an_unsupported_input(head: bytes) -> None:
    try:
        kind = kind_of(head)
    except UnsupportedInputError as error:
        assert english(error.note).startswith("not a PDF or image (looks like ")
    else:
        assert kind in {"pdf", "png", "jpeg", "tiff", "bmp", "gif", "webp"}


@pytest.mark.parametrize("brand", [b"heic", b"heix", b"mif1", b"msf1", b"hevc"])
def test_heic_and_heif_photos_are_told_by_their_ftyp_brand(brand: bytes) -> None:
    assert kind_of(b"\x00\x00\x00\x18ftyp" + brand + b"\x00\x00\x00\x00mif1heic") == "heif"


def test_a_real_iphone_style_heic_file_is_a_heif(tmp_path: Path) -> None:
    from pillow_heif import register_heif_opener

    register_heif_opener()
    path = tmp_path / "IMG_0001.HEIC"
    Image.new("RGB", (64, 64), "white").save(path, format="HEIF")
    assert sniff(path).kind == "heif"
