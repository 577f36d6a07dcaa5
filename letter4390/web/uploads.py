"""Receive one uploaded letter straight into a private temporary directory, enforcing the size limit.

The multipart body is parsed as it streams in (python-multipart's MultipartParser), so the files never
sit in a spooled temporary file outside our own directory, and an oversized upload is refused as soon
as it passes the limit rather than after it has all been stored. Several "file" parts are the pages of
one letter, in the order sent (photos of a letter taken page by page). A body that stops arriving for
`stall_seconds` is cut off; the caller's request directory, with the partial files, is then removed.
"""

from __future__ import annotations

import asyncio
import contextlib
import re
import shutil
import tempfile
from collections.abc import AsyncIterator, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, BinaryIO

from python_multipart.exceptions import FormParserError
from python_multipart.multipart import MultipartParser, parse_options_header

from parser.core.errors import InputError, InputTooLargeError, UsageError
from parser.core.notes import note
from parser.facts.identifiers import mask_tins_in_name
from parser.reading.sniff import HEAD_BYTES, kind_of

if TYPE_CHECKING:
    from python_multipart.multipart import MultipartCallbacks

FILE_FIELD = "file"
# Photos of one letter: one per page, and a letter has at most the page limit's 20 pages.
MAX_FILES = 20
DEFAULT_STALL_SECONDS = 30.0
# Small text fields (lang, as_of) and the multipart framing around the file.
MAX_TEXT_FIELDS = 8
MAX_TEXT_FIELD_BYTES = 256
FORM_OVERHEAD_BYTES = 16 * 1024
MAX_NAME_CHARS = 80
FALLBACK_STEM = "letter"
MIB = 1024 * 1024

# Characters kept in a file name; anything else (path separators, controls, quotes) becomes "_".
UNSAFE_NAME_CHARS = re.compile(r"[^\w .()+-]", re.UNICODE)

# The client went away or its body ended before the form did.
CUT_OFF = note("error.upload_cut_off")


class UploadStalledError(InputError):
    """The client stopped sending the body for longer than the stall limit."""

    def __init__(self, seconds: float) -> None:
        super().__init__(note("error.upload_stalled", seconds=seconds))
        self.seconds = seconds

    def __reduce__(self) -> tuple[type[UploadStalledError], tuple[float]]:
        return (UploadStalledError, (self.seconds,))


@dataclass(frozen=True)
class Upload:
    paths: tuple[Path, ...]  # the stored files, in the order sent, inside the request's directory
    fields: dict[str, str]  # the form's small text fields


def safe_file_name(client_name: str, kind: str) -> str:
    """The client's file name without directories, unsafe characters or a full taxpayer ID number."""
    # Masked whole before the suffix is split off: in "123.45.6789" the "6789" is part of the ID, no suffix.
    base = mask_tins_in_name(UNSAFE_NAME_CHARS.sub("_", re.split(r"[\\/]", client_name)[-1]))
    stem, dot, suffix = base.rpartition(".")
    if not dot:
        stem, suffix = base, ""
    stem = stem.strip(" ._")[:MAX_NAME_CHARS] or FALLBACK_STEM
    suffix = suffix[:8].lower()
    if not suffix or suffix not in _SUFFIXES_OF[kind]:
        suffix = _SUFFIXES_OF[kind][0]
    return f"{stem}.{suffix}"


_SUFFIXES_OF: dict[str, tuple[str, ...]] = {
    "pdf": ("pdf",), "png": ("png",), "jpeg": ("jpg", "jpeg"), "tiff": ("tif", "tiff"),
    "bmp": ("bmp",), "gif": ("gif",), "webp": ("webp",), "heif": ("heic", "heif"),
}


class UploadArea:
    """The root under which each request gets its own private directory."""

    def __init__(self, root: Path) -> None:
        self.root = root

    @contextlib.contextmanager
    def request_directory(self) -> Iterator[Path]:
        """A fresh 0700 directory, removed with everything in it when the block ends (also on error)."""
        directory = Path(tempfile.mkdtemp(prefix="upload-", dir=self.root))
        try:
            yield directory
        finally:
            shutil.rmtree(directory, ignore_errors=True)


def size_text(size: int) -> str:
    """25 MB, 1.5 MB, 300 KB."""
    if size >= MIB:
        return f"{size / MIB:.3g} MB"
    return f"{-(-size // 1024)} KB"


def too_large_error(max_bytes: int) -> InputTooLargeError:
    return InputTooLargeError(note("error.upload_too_large", limit=size_text(max_bytes)))


def check_declared_length(content_length: str | None, max_bytes: int) -> None:
    """Refuse before reading anything when the client already says the body is too large."""
    if content_length is not None and content_length.isdigit() and \
            int(content_length) > max_bytes + FORM_OVERHEAD_BYTES:
        raise too_large_error(max_bytes)


async def without_stalls(body: AsyncIterator[bytes], stall_seconds: float) -> AsyncIterator[bytes]:
    """The body's chunks; UploadStalledError when none arrives for `stall_seconds` (a client that sent
    half a file and went quiet must not hold a connection and its partial upload)."""
    chunks = aiter(body)
    while True:
        try:
            chunk = await asyncio.wait_for(anext(chunks), stall_seconds)
        except StopAsyncIteration:
            return
        except TimeoutError:
            raise UploadStalledError(stall_seconds) from None
        yield chunk


async def receive_upload(
    content_type: str | None, body: AsyncIterator[bytes], directory: Path, *, max_bytes: int
) -> Upload:
    """Stream a multipart/form-data body into `directory`; file parts must be named "file"."""
    media_type, params = parse_options_header(content_type)
    boundary = params.get(b"boundary")
    if media_type != b"multipart/form-data" or not boundary:
        raise UsageError(note("error.not_multipart", field=FILE_FIELD))
    receiver = _FormReceiver(directory, max_bytes)
    parser = MultipartParser(boundary, receiver.callbacks())
    received = 0
    try:
        async for chunk in body:
            received += len(chunk)
            if received > max_bytes + FORM_OVERHEAD_BYTES:
                raise too_large_error(max_bytes)
            parser.write(chunk)
        parser.finalize()
    except FormParserError:
        raise InputError(note("error.malformed_form")) from None
    finally:
        receiver.close()
    return receiver.result()


class _FormReceiver:
    """Callbacks of the streaming parser: file parts go to disk, text fields to a small dict."""

    def __init__(self, directory: Path, max_bytes: int) -> None:
        self._directory = directory
        self._max_bytes = max_bytes
        self._stored: list[tuple[Path, str]] = []  # (incoming file, client's name) of each file part
        self._header_name = bytearray()
        self._header_value = bytearray()
        self._headers: dict[bytes, bytes] = {}
        self._part_kind: str = "ignored"  # "file" | "text" | "ignored"
        self._part_name = ""
        self._text = bytearray()
        self._file: BinaryIO | None = None
        self._file_bytes = 0  # all file parts together: the size limit is the letter's
        self._empty_files = 0
        self._part_bytes = 0
        self._fields: dict[str, str] = {}
        self._ended = False

    def callbacks(self) -> MultipartCallbacks:
        return {
            "on_part_begin": self._part_begin,
            "on_header_field": lambda data, start, end: self._header_name.extend(data[start:end]),
            "on_header_value": lambda data, start, end: self._header_value.extend(data[start:end]),
            "on_header_end": self._header_end,
            "on_headers_finished": self._headers_finished,
            "on_part_data": self._part_data,
            "on_part_end": self._part_end,
            "on_end": self._end,
        }

    def _part_begin(self) -> None:
        self._headers = {}
        self._part_kind = "ignored"
        self._text = bytearray()

    def _header_end(self) -> None:
        self._headers[bytes(self._header_name).strip().lower()] = bytes(self._header_value).strip()
        self._header_name.clear()
        self._header_value.clear()

    def _headers_finished(self) -> None:
        _disposition, params = parse_options_header(self._headers.get(b"content-disposition", b""))
        name = _header_text(params.get(b"name", b""))
        if name == FILE_FIELD and b"filename" in params and self._file is None:
            if len(self._stored) >= MAX_FILES:
                raise UsageError(note("error.too_many_files", limit=MAX_FILES))
            self._part_kind = "file"
            incoming = self._directory / f"incoming-{len(self._stored) + 1}"
            self._stored.append((incoming, _header_text(params[b"filename"])))
            self._part_bytes = 0
            self._file = incoming.open("xb")
        elif b"filename" not in params and name and len(self._fields) < MAX_TEXT_FIELDS:
            self._part_kind = "text"
            self._part_name = name

    def _part_data(self, data: bytes, start: int, end: int) -> None:
        if self._part_kind == "file" and self._file is not None:
            self._file_bytes += end - start
            self._part_bytes += end - start
            if self._file_bytes > self._max_bytes:
                raise too_large_error(self._max_bytes)
            self._file.write(data[start:end])
        elif self._part_kind == "text":
            self._text.extend(data[start:end])
            if len(self._text) > MAX_TEXT_FIELD_BYTES:
                raise UsageError(note("error.field_too_long", field=self._part_name))

    def _part_end(self) -> None:
        if self._part_kind == "file" and self._file is not None:
            self._file.close()
            self._file = None
            if self._part_bytes == 0:
                # A browser sends an empty part with no name when no file was chosen.
                path, client_name = self._stored.pop()
                path.unlink()
                self._empty_files += 1 if client_name else 0
        elif self._part_kind == "text":
            self._fields.setdefault(self._part_name, self._text.decode("utf-8", "replace").strip())
        self._part_kind = "ignored"

    def _end(self) -> None:
        self._ended = True

    def close(self) -> None:
        if self._file is not None and not self._file.closed:
            self._file.close()

    def result(self) -> Upload:
        if not self._ended:
            raise InputError(CUT_OFF)
        if self._empty_files:
            raise InputError(note("error.empty_upload"))
        if not self._stored:
            raise InputError(note("error.no_upload"))
        paths: list[Path] = []
        for number, (incoming, client_name) in enumerate(self._stored, start=1):
            with incoming.open("rb") as handle:
                kind = kind_of(handle.read(HEAD_BYTES))  # UnsupportedInputError (415) before any reading
            name = safe_file_name(client_name, kind)
            # A numbered folder per file keeps two photos both named "image.jpg" apart, and their order.
            folder = self._directory / f"{number:02d}"
            folder.mkdir()
            paths.append(incoming.rename(folder / name))
        return Upload(paths=tuple(paths), fields=dict(self._fields))


def _header_text(value: bytes) -> str:
    """Header parameters arrive as bytes; browsers send UTF-8 file names."""
    try:
        return value.decode("utf-8")
    except UnicodeDecodeError:
        return value.decode("latin-1")
