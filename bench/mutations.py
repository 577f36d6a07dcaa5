"""Byte-level mutations of real input files, shared by the fuzz test and the longer fuzz run (issue 7).

Each mutator damages a file the way transfers, scanners and hostile uploads do: flipped bits, overwritten
or dropped runs, truncation, spliced-in junk, and for PDFs changed numbers (object offsets, lengths, sizes:
the fields a PDF reader trusts most). All randomness comes from the caller's random.Random, so a seed (or
Hypothesis) reproduces every case.
"""

from __future__ import annotations

import random
import re
from collections.abc import Callable
from pathlib import Path

Mutator = Callable[[bytes, random.Random], bytes]

# Starts of the formats the reader accepts: random bytes behind them get past the file-type check.
MAGIC_PREFIXES: tuple[bytes, ...] = (
    b"%PDF-1.7\n", b"\x89PNG\r\n\x1a\n", b"\xff\xd8\xff\xe0", b"II*\x00", b"MM\x00*", b"BM", b"GIF89a",
    b"RIFF\x00\x00\x00\x00WEBP", b"",
)
PDF_NUMBER = re.compile(rb"\d{1,10}")
INTERESTING_NUMBERS: tuple[bytes, ...] = (
    b"0", b"1", b"-1", b"65535", b"2147483647", b"4294967296", b"99999999999", b"3.4e38", b"",
)
MAX_RUN = 64
IMAGE_SUFFIXES = (".png", ".jpg", ".jpeg", ".tif", ".tiff")


def flip_bits(data: bytes, rng: random.Random) -> bytes:
    mutable = bytearray(data)
    for _ in range(rng.randint(1, 8)):
        position = rng.randrange(len(mutable))
        mutable[position] ^= 1 << rng.randrange(8)
    return bytes(mutable)


def overwrite_run(data: bytes, rng: random.Random) -> bytes:
    start = rng.randrange(len(data))
    run = rng.randbytes(rng.randint(1, MAX_RUN))
    return data[:start] + run + data[start + len(run):]


def truncate(data: bytes, rng: random.Random) -> bytes:
    return data[: rng.randrange(1, len(data))] if len(data) > 1 else data


def drop_run(data: bytes, rng: random.Random) -> bytes:
    start = rng.randrange(len(data))
    return data[:start] + data[start + rng.randint(1, MAX_RUN * 16):]


def insert_junk(data: bytes, rng: random.Random) -> bytes:
    start = rng.randrange(len(data) + 1)
    return data[:start] + rng.randbytes(rng.randint(1, MAX_RUN)) + data[start:]


def duplicate_run(data: bytes, rng: random.Random) -> bytes:
    start = rng.randrange(len(data))
    run = data[start : start + rng.randint(1, MAX_RUN * 16)]
    at = rng.randrange(len(data) + 1)
    return data[:at] + run + data[at:]


def change_number(data: bytes, rng: random.Random) -> bytes:
    """Replace one ASCII number (in a PDF: an offset, a /Length, a /Width, an object number)."""
    numbers = [match.span() for match in PDF_NUMBER.finditer(data[: 1 << 20])]
    if not numbers:
        return flip_bits(data, rng)
    start, end = rng.choice(numbers)
    return data[:start] + rng.choice(INTERESTING_NUMBERS) + data[end:]


def zero_tail(data: bytes, rng: random.Random) -> bytes:
    """An interrupted download: the file has its full size but its end is zeros."""
    cut = rng.randrange(len(data))
    return data[:cut] + bytes(len(data) - cut)


MUTATORS: tuple[Mutator, ...] = (
    flip_bits, overwrite_run, truncate, drop_run, insert_junk, duplicate_run, change_number, zero_tail,
)


def mutate(data: bytes, rng: random.Random, *, max_rounds: int = 3) -> bytes:
    """`data` damaged by one to `max_rounds` mutators chosen by `rng`; never empty."""
    for _ in range(rng.randint(1, max_rounds)):
        if not data:
            break
        data = rng.choice(MUTATORS)(data, rng)
    return data or b"\x00"


def random_file(rng: random.Random, *, max_size: int = 4096) -> bytes:
    """Random bytes, often behind the magic number of an accepted format."""
    return rng.choice(MAGIC_PREFIXES) + rng.randbytes(rng.randint(0, max_size))


def seed_files(folder: Path, *, max_image_bytes: int = 400_000) -> list[Path]:
    """The real samples worth mutating: digital PDFs (fast to read) and small images, sorted by name."""
    chosen = []
    for path in sorted(folder.glob("*")):
        if path.name.endswith(".truth.json") or not path.is_file():
            continue
        digital_pdf = path.suffix == ".pdf" and "digital" in path.name
        small_image = path.suffix in IMAGE_SUFFIXES and path.stat().st_size <= max_image_bytes
        if digital_pdf or small_image:
            chosen.append(path)
    return chosen
