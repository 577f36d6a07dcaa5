"""The one wrapper around the tesseract program: OCR words with boxes and confidences in one call per page.

Every call runs tesseract single-threaded (OMP_THREAD_LIMIT=1): on a 2-core machine the threads cost more
than they gain, and batch workers run pages in parallel themselves. Images are handed over as uncompressed
BMP files in a private temporary directory (PNG encoding of a 300 dpi page costs more than it saves), which
is removed whatever happens.
"""

from __future__ import annotations

import contextlib
import dataclasses
import functools
import html
import os
import re
import tempfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from parser.core.errors import InputError, MissingDependencyError, ProcessingTimeoutError
from parser.core.model import Box, Word
from parser.core.notes import note
from parser.reading import glued_words

if TYPE_CHECKING:
    from PIL import Image

INSTALL_COMMAND = "apt-get install tesseract-ocr tesseract-ocr-eng tesseract-ocr-osd"
T = TypeVar("T")

OCR_TIMEOUT_SECONDS = 90
# --psm 3: automatic page segmentation (letters have two-column headers, so no single-block mode); second
# readings of a part of a page may ask for another mode.
PAGE_SEGMENTATION = 3
# tessedit_do_invert=0: letters are dark on light; inverted-text detection costs time and finds nothing.
OCR_OPTIONS = "-c tessedit_do_invert=0"
MISSING_LANGUAGE = re.compile(r"Failed loading language|Error opening data file", re.IGNORECASE)
UNREADABLE_IMAGE = note("error.ocr_refused")


def ocr_words(image: Image.Image, *, dpi: float, page: int, psm: int = PAGE_SEGMENTATION, characters: str = ""
              ) -> tuple[Word, ...]:
    """OCR one page image in a single tesseract call; words with boxes in points (72/dpi) and confidences.
    `psm`: Tesseract's page segmentation mode (3 for a page; 6 a block, 7 a line, 11 sparse text);
    `characters`: the only characters it may read (all when empty), e.g. digits where nothing else stands."""
    import pytesseract

    allowed = f" -c tessedit_char_whitelist={characters}" if characters else ""

    with _image_file(image, dpi) as image_path:
        data = _call(
            lambda: pytesseract.image_to_data(
                image_path,
                lang="eng",
                config=f"--psm {psm} {OCR_OPTIONS}{allowed} --dpi {round(dpi)}",
                output_type=pytesseract.Output.DICT,
                timeout=OCR_TIMEOUT_SECONDS,
            )
        )
    scale = 72.0 / dpi
    words: list[Word] = []
    for level, text, left, top, width, height, conf in zip(
        data["level"], data["text"], data["left"], data["top"], data["width"], data["height"], data["conf"],
        strict=True,
    ):
        cleaned = str(text).strip()
        if int(level) != 5 or not cleaned:
            continue
        confidence = float(conf)
        box = Box(
            x0=int(left) * scale,
            top=int(top) * scale,
            x1=(int(left) + int(width)) * scale,
            bottom=(int(top) + int(height)) * scale,
        )
        words.append(Word(cleaned, box, page, "ocr", max(confidence, 0.0)))
    return glued_words.parted(words)


@dataclass(frozen=True)
class Glyph:
    """One character Tesseract read, with the characters its recogniser weighed there (0-100, the one read
    among them): a digit with a rival weighed nearly as much ("8" at 74, "5" at 72) is in doubt."""

    text: str
    confidence: float
    choices: tuple[tuple[str, float], ...]
    box: Box | None = None  # in pixels of the image read, when the hOCR gave one


# hOCR with the recogniser's choices per character (lstm_choice_mode=2): a symbol's span, then its choices.
HOCR_SPANS = re.compile(
    r"<span class='ocrx_cinfo' title='x_bboxes (?P<box>[-0-9 ]*); x_conf (?P<conf>[0-9.]+)'>"
    r"(?P<text>[^<]*)</span>"
    r"|<span class='ocrx_cinfo' id='choice_[^']*' title='x_confs (?P<choice_conf>[0-9.]+)'>(?P<choice>[^<]*)"
    r"</span>")


def ocr_glyphs(image: Image.Image, *, dpi: float, psm: int = 7) -> tuple[Glyph, ...]:
    """The characters of one line (`psm` 7) in `image`, or of a block of lines (`psm` 6), each with its
    box and the characters weighed against it."""
    import pytesseract

    config = f"--psm {psm} {OCR_OPTIONS} --dpi {round(dpi)} -c lstm_choice_mode=2 -c hocr_char_boxes=1"
    with _image_file(image, dpi) as image_path:
        raw = _call(lambda: pytesseract.image_to_pdf_or_hocr(
            image_path, lang="eng", extension="hocr", config=config, timeout=OCR_TIMEOUT_SECONDS))
    return glyphs_of(raw.decode("utf-8", errors="replace") if isinstance(raw, bytes) else str(raw))


def glyphs_of(hocr: str) -> tuple[Glyph, ...]:
    """The glyphs of an hOCR page read with lstm_choice_mode=2: each symbol with the choices after it."""
    glyphs: list[Glyph] = []
    for match in HOCR_SPANS.finditer(hocr):
        if match["text"] is not None:
            corners = [int(number) for number in match["box"].split()]
            box = Box(*map(float, corners)) if len(corners) == 4 else None
            glyphs.append(Glyph(html.unescape(match["text"]), float(match["conf"]), (), box))
        elif glyphs:
            last = glyphs[-1]
            choice = (html.unescape(match["choice"]), float(match["choice_conf"]))
            glyphs[-1] = dataclasses.replace(last, choices=(*last.choices, choice))
    return tuple(glyphs)


@functools.cache
def tesseract_version() -> str:
    """The installed tesseract's version, e.g. "5.3.0"; MissingDependencyError when it is not installed."""
    import pytesseract

    return str(_call(pytesseract.get_tesseract_version))


def _call(run: Callable[[], T]) -> T:
    """Run one pytesseract call single-threaded, turning its failures into the project's errors."""
    import pytesseract

    os.environ["OMP_THREAD_LIMIT"] = "1"
    try:
        return run()
    except pytesseract.TesseractNotFoundError:
        raise MissingDependencyError(note("error.tesseract_missing", command=INSTALL_COMMAND)) from None
    except pytesseract.TesseractError as error:
        if MISSING_LANGUAGE.search(str(error.message)):
            raise MissingDependencyError(
                note("error.tesseract_english_missing", command=INSTALL_COMMAND)) from None
        raise InputError(UNREADABLE_IMAGE) from None
    except RuntimeError as error:
        if "timeout" in str(error).lower():
            raise ProcessingTimeoutError(note("error.ocr_timeout")) from None
        raise


@contextlib.contextmanager
def _image_file(image: Image.Image, dpi: float) -> Iterator[str]:
    """A BMP copy of the image in a private temporary directory, removed on exit."""
    with tempfile.TemporaryDirectory(prefix="letter4390-ocr-") as directory:
        path = Path(directory) / "page.bmp"
        flat = image if image.mode in ("L", "RGB", "1") else image.convert("L")
        flat.save(path, format="BMP", dpi=(dpi, dpi))
        yield str(path)
