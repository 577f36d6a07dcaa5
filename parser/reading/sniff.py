"""What kind of file this is, judged by its content (magic bytes), never by its name.

The reading layer accepts PDFs and the common raster image formats. Everything else is refused with an
UnsupportedInputError that names what the file looks like, so the user knows what to send instead.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from parser.core.errors import InputError, InputTooLargeError, UnsupportedInputError, os_reason
from parser.core.notes import Note, note

FileKind = Literal["pdf", "png", "jpeg", "tiff", "bmp", "gif", "webp", "heif"]

# Bytes read from the start of the file to decide its kind.
HEAD_BYTES = 4096
# Acrobat accepts "%PDF-" anywhere in the first 1024 bytes (junk before the header happens in mail gateways).
PDF_HEADER_WINDOW = 1024
# Larger inputs are refused before they are read: a letter is a few MB even as a 600 dpi colour scan.
MAX_INPUT_BYTES = 200 * 1024 * 1024


@dataclass(frozen=True)
class Magic:
    """A signature at a fixed offset and what it means."""

    offset: int
    signature: bytes
    kind: FileKind | None  # None: a known type the tool does not read
    looks_like: str  # what the file is, as a `file_kind.<name>` code the catalogue words


# Order matters only where signatures overlap (none do at equal offsets).
MAGIC_TABLE: tuple[Magic, ...] = (
    Magic(0, b"\x89PNG\r\n\x1a\n", "png", "png"),
    Magic(0, b"\xff\xd8\xff", "jpeg", "jpeg"),
    Magic(0, b"II*\x00", "tiff", "tiff"),
    Magic(0, b"MM\x00*", "tiff", "tiff"),
    Magic(0, b"II+\x00", "tiff", "bigtiff"),
    Magic(0, b"MM\x00+", "tiff", "bigtiff"),
    Magic(0, b"BM", "bmp", "bmp"),
    Magic(0, b"GIF87a", "gif", "gif"),
    Magic(0, b"GIF89a", "gif", "gif"),
    Magic(8, b"WEBP", "webp", "webp"),
    Magic(0, b"PK\x03\x04", None, "zip"),
    Magic(0, b"PK\x05\x06", None, "empty_zip"),
    Magic(0, b"\x1f\x8b", None, "gzip"),
    Magic(0, b"7z\xbc\xaf\x27\x1c", None, "seven_zip"),
    Magic(0, b"Rar!\x1a\x07", None, "rar"),
    Magic(0, b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", None, "old_office"),
    Magic(0, b"{\\rtf", None, "rtf"),
    Magic(4, b"ftypavif", None, "avif"),
    Magic(0, b"\x00\x00\x00\x0cjP  ", None, "jpeg2000"),
    Magic(0, b"MZ", None, "windows_program"),
    Magic(0, b"\x7fELF", None, "program"),
)

# ISO base media files ("ftyp" box at offset 4) whose major brand is a HEIF still image: iPhone photos
# are "heic"; "mif1"/"msf1" are the generic HEIF brands (AVIF is "avif" and stays refused above).
FTYP_BOX = b"ftyp"
HEIF_BRANDS = frozenset({b"heic", b"heix", b"heim", b"heis", b"hevc", b"hevx", b"mif1", b"msf1"})

# Inside a ZIP: the first member names tell an Office document from a plain archive.
ZIP_MEMBER_HINTS: tuple[tuple[bytes, str], ...] = (  # (member name, `file_kind.` code)
    (b"word/", "docx"),
    (b"xl/", "xlsx"),
    (b"ppt/", "pptx"),
    (b"mimetypeapplication/vnd.oasis.opendocument", "opendocument"),
)

TEXT_HINTS: tuple[tuple[bytes, str], ...] = (
    (b"<!doctype html", "html"),
    (b"<html", "html"),
    (b"<?xml", "xml"),
    (b"<svg", "svg"),
)

# What an unknown file looks like when no signature or hint names it (`file_kind.` codes too).
PLAIN_TEXT = "text"
UNKNOWN_BINARY = "unknown_binary"


@dataclass(frozen=True)
class Sniffed:
    kind: FileKind
    size: int


def sniff(path: Path) -> Sniffed:
    """Check that `path` is a readable, non-empty PDF or image and say which.

    Raises InputError (missing, directory, empty, unreadable), InputTooLargeError (too many bytes) or
    UnsupportedInputError naming what the file looks like.
    """
    if not path.exists():
        raise InputError(note("error.no_such_file"))
    if path.is_dir():
        raise InputError(note("error.is_directory"))
    if not path.is_file():
        raise InputError(note("error.not_regular_file"))
    try:
        size = path.stat().st_size
        with path.open("rb") as handle:
            head = handle.read(HEAD_BYTES)
    except OSError as error:
        raise InputError(note("error.cannot_read", reason=os_reason(error))) from None
    if size == 0 or not head:
        raise InputError(note("error.empty_file"))
    if size > MAX_INPUT_BYTES:
        raise InputTooLargeError(note("error.file_too_big", megabytes=MAX_INPUT_BYTES // (1024 * 1024)))
    return Sniffed(kind=kind_of(head), size=size)


def kind_of(head: bytes) -> FileKind:
    """The kind of file whose first bytes are `head`; UnsupportedInputError for anything else."""
    if b"%PDF-" in head[:PDF_HEADER_WINDOW]:
        return "pdf"
    if is_heif(head):
        return "heif"
    for magic in MAGIC_TABLE:
        if head[magic.offset : magic.offset + len(magic.signature)] == magic.signature:
            if magic.kind is not None:
                return magic.kind
            raise UnsupportedInputError(_unsupported(_refine(head, magic)))
    raise UnsupportedInputError(_unsupported(_describe_unknown(head)))


def is_heif(head: bytes) -> bool:
    """An iPhone HEIC photo or another HEIF still image, told by its ftyp box's major brand."""
    return head[4:8] == FTYP_BOX and head[8:12] in HEIF_BRANDS


def _refine(head: bytes, magic: Magic) -> str:
    if magic.signature.startswith(b"PK"):
        for hint, description in ZIP_MEMBER_HINTS:
            if hint in head:
                return description
    return magic.looks_like


def _unsupported(looks_like: str) -> Note:
    return note("error.not_pdf_or_image", looks_like=note(f"file_kind.{looks_like}"))


def _describe_unknown(head: bytes) -> str:
    if _looks_like_text(head):
        lowered = head[:512].lstrip().lower()
        for hint, description in TEXT_HINTS:
            if lowered.startswith(hint):
                return description
        return PLAIN_TEXT
    return UNKNOWN_BINARY


def _looks_like_text(head: bytes) -> bool:
    """UTF-8 (or Latin-1) text without control characters other than whitespace."""
    sample = head[:HEAD_BYTES]
    if b"\x00" in sample and not (sample.startswith(b"\xff\xfe") or sample.startswith(b"\xfe\xff")):
        return False
    try:
        text = sample.decode("utf-8")
    except UnicodeDecodeError as error:
        # A multi-byte character cut by the sample's end is still text.
        if error.start < len(sample) - 4:
            text = sample.decode("latin-1")
        else:
            text = sample[: error.start].decode("utf-8")
    if sample.startswith((b"\xff\xfe", b"\xfe\xff")):
        return True
    controls = sum(1 for char in text if ord(char) < 32 and char not in "\t\n\r\f")
    return controls <= len(text) // 100
