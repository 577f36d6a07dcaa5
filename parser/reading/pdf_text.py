"""Words of a PDF page's text layer (pdfplumber), and whether that layer is good enough to use.

Boxes are in PDF points from the top-left corner of the page as displayed (pdfplumber applies /Rotate and
we subtract the crop box origin), so they match pypdfium2's rendering of the same page.
"""

from __future__ import annotations

import contextlib
import itertools
import logging
import math
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

from parser.core.model import Box, Word

if TYPE_CHECKING:
    from pdfplumber.page import Page
    from pdfplumber.pdf import PDF

# A page that carries a scan (an image over most of it) needs at least this many words of text layer to be
# trusted: fewer means a stamp or a header added on top of a scanned page, not the page's text.
MIN_WORDS_OVER_SCAN = 25
SCAN_COVERAGE = 0.5  # fraction of the page an image must cover to count as a scan
# Text layers whose fonts lack a Unicode map come out as "(cid:12)"; a layer with more garbage is unusable.
MAX_GARBAGE_FRACTION = 0.2
MIN_UPRIGHT_FRACTION = 0.8  # mostly sideways text: the page is displayed rotated, let OCR turn it
DEDUPE_TOLERANCE = 1.0  # points; bold-by-overprint letters are drawn twice at nearly the same place
# Two characters are one word when the gap between them is under this share of their size. pdfplumber's
# default, 3 points whatever the size, is a whole space of a 10-point Helvetica (2.78): text a PDF sets
# word by word with no space character between ran together ("DateDec. 27, 2021": apart 9050 0031, a
# digital letter with no date read). A space is a quarter of the size or more; a letter gap far less.
WORD_GAP_RATIO = 0.15
# A label glued to its value by a tight text layer ("Date:March", "Phone:(213)"): a word of letters ending
# in a colon, then a letter, digit or bracket. Times ("8:00") and addresses ("https://") never match.
GLUED_LABEL = re.compile(r"^(?P<label>[A-Za-z][A-Za-z.#/()'-]*:)(?P<value>[A-Za-z0-9(*$].*)$")
# Two runs of text that collide on a line (a long office name running into the label column) interleave
# their letters in one pdfplumber word ("OperatioCnontact"): a letter that starts this share of a letter's
# width before the one it follows ends shows the collision.
COLLISION_OVERLAP = 0.5

UnusableLayer = Literal[
    "unreadable", "no_text", "no_character_maps", "sideways", "upside_down", "scan_with_little_text",
]


@dataclass(frozen=True)
class TextLayer:
    """What a page's text layer holds, and whether the reader should use it instead of OCR."""

    words: tuple[Word, ...]
    usable: bool
    blank: bool  # nothing on the page at all: no text, no images, no drawings
    width: float
    height: float
    # Why the layer is not usable, as a code (a diagnostic: the reader only OCRs such a page).
    reason: UnusableLayer | None = None


@contextlib.contextmanager
def open_text_layer(path: Path) -> Iterator[PDF | None]:
    """The PDF opened with pdfplumber, or None when pdfminer cannot parse it (pypdfium2 may still)."""
    import pdfplumber

    # pdfminer logs every oddity of a damaged file as a warning on stderr; the reader handles the damage
    # (OCR fallback) and the user gets one line, so only its errors may speak.
    logging.getLogger("pdfminer").setLevel(logging.ERROR)

    try:
        pdf = pdfplumber.open(path)
        pdf.pages  # noqa: B018 -- parse the page tree now: damage there means no usable text layer
    except Exception:  # pdfminer raises many unrelated types on damaged files; the page renderer decides
        yield None
        return
    try:
        yield pdf
    finally:
        pdf.close()


def read_text_layer(pdf: PDF, index: int) -> TextLayer:
    """The words of page `index` (0-based) and whether they are the page's real text."""
    try:
        page = pdf.pages[index]
        try:
            return _read_page(page, index + 1)
        finally:
            page.close()
    except Exception:  # pdfminer's many error types on a damaged page: read it by OCR instead
        return TextLayer((), False, False, 0.0, 0.0, "unreadable")


def _read_page(whole_page: Page, number: int) -> TextLayer:
    # pdfplumber measures from the media box; viewers and pdfium show the crop box (given here top-left).
    crop = whole_page.cropbox
    visible = (float(crop[0]), float(crop[1]), float(crop[2]), float(crop[3]))
    x_origin, top_origin = visible[0], visible[1]
    width, height = visible[2] - visible[0], visible[3] - visible[1]
    try:
        page = whole_page.within_bbox(visible) if visible != tuple(whole_page.bbox) else whole_page
    except ValueError:  # a crop box outside the media box: keep the whole page
        page = whole_page
    try:
        # pdfplumber's dedupe_chars costs more than the rest of the page together: run it only when needed.
        deduped = page.dedupe_chars(tolerance=DEDUPE_TOLERANCE) if _has_overprint(page.chars) else page
        raw_words: list[dict[str, Any]] = deduped.extract_words(
            keep_blank_chars=False, extra_attrs=["upright"], return_chars=True,
            x_tolerance_ratio=WORD_GAP_RATIO,
        )
    except Exception:  # a damaged content stream: the page is read by OCR instead
        return TextLayer((), False, False, width, height, "unreadable")
    words = tuple(
        Word(
            text=text,
            box=Box(x0 - x_origin, top - top_origin, x1 - x_origin, bottom - top_origin),
            page=number,
            method="pdf_text",
        )
        for raw in _uncollided(raw_words, deduped.chars)
        if str(raw["text"]).strip()
        for text, (x0, top, x1, bottom) in _unglued(raw)
    )
    coverage = _image_coverage(page, width * height)
    if not words:
        blank = coverage == 0 and not page.curves and not page.rects and not page.lines
        return TextLayer((), False, blank, width, height, "no_text")
    garbage = sum(1 for word in words if "(cid:" in word.text) / len(words)
    upright = sum(1 for raw in raw_words if raw.get("upright", True)) / max(len(raw_words), 1)
    reason: UnusableLayer | None = None
    if garbage > MAX_GARBAGE_FRACTION:
        reason = "no_character_maps"  # fonts without character maps: "(cid:12)" words
    elif upright < MIN_UPRIGHT_FRACTION:
        reason = "sideways"
    elif _upside_down_share(deduped.chars) > 1 - MIN_UPRIGHT_FRACTION:
        reason = "upside_down"  # turned by /Rotate 180: its words come out backwards
    elif coverage >= SCAN_COVERAGE and len(words) < MIN_WORDS_OVER_SCAN:
        reason = "scan_with_little_text"
    return TextLayer(words, reason is None, False, width, height, reason)


def _upside_down_share(chars: list[dict[str, Any]]) -> float:
    """The share of printed characters drawn right to left as the page is shown (its text matrix turned
    half round): pdfplumber calls them upright, yet spells their words backwards."""
    printed = [c for c in chars if str(c.get("text", "")).strip()]
    turned = sum(1 for c in printed if c.get("matrix", (1.0,))[0] < 0)
    return turned / max(len(printed), 1)


def _uncollided(raw_words: list[dict[str, Any]], page_chars: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The words, with each word made of two colliding runs of text split back into the runs' own words.

    The page's characters come in the order the content stream draws them, so each run's letters are
    consecutive there: a collided word is cut wherever that order jumps or steps back onto a letter."""
    if not any(_collided(raw.get("chars") or []) for raw in raw_words):
        return raw_words
    order = {id(char): index for index, char in enumerate(page_chars)}
    words: list[dict[str, Any]] = []
    for raw in raw_words:
        chars: list[dict[str, Any]] = raw.get("chars") or []
        if not _collided(chars) or any(id(c) not in order for c in chars):
            words.append(raw)
            continue
        drawn = sorted(chars, key=lambda c: order[id(c)])
        runs: list[list[dict[str, Any]]] = [[drawn[0]]]
        for prev, char in itertools.pairwise(drawn):
            if order[id(char)] == order[id(prev)] + 1 and not _collided([prev, char]):
                runs[-1].append(char)
            else:
                runs.append([char])
        for run in sorted(runs, key=lambda r: float(r[0]["x0"])):
            x0, top, x1, bottom = _span(run)
            words.append({**raw, "text": "".join(str(c["text"]) for c in run), "chars": run,
                          "x0": x0, "top": top, "x1": x1, "bottom": bottom})
    return words


def _collided(chars: list[dict[str, Any]]) -> bool:
    return any(float(b["x0"]) < float(a["x1"]) - COLLISION_OVERLAP * (float(a["x1"]) - float(a["x0"]))
               for a, b in itertools.pairwise(chars))


def _unglued(raw: dict[str, Any]) -> list[tuple[str, tuple[float, float, float, float]]]:
    """The word, or a label and its value when the text layer set them without a space ("Date:March")."""
    text = str(raw["text"])
    whole = (float(raw["x0"]), float(raw["top"]), float(raw["x1"]), float(raw["bottom"]))
    glued = GLUED_LABEL.match(text)
    chars: list[dict[str, Any]] = raw.get("chars") or []
    if glued is None or len(chars) != len(text):
        return [(text, whole)]
    cut = glued.end("label")
    return [(text[:cut], _span(chars[:cut])), (text[cut:], _span(chars[cut:]))]


def _span(chars: list[dict[str, Any]]) -> tuple[float, float, float, float]:
    return (min(float(c["x0"]) for c in chars), min(float(c["top"]) for c in chars),
            max(float(c["x1"]) for c in chars), max(float(c["bottom"]) for c in chars))


def _has_overprint(chars: list[dict[str, Any]]) -> bool:
    """Whether some character is drawn twice within DEDUPE_TOLERANCE of itself (fake bold, doubled layers)."""
    seen: dict[tuple[str, int], list[tuple[float, float]]] = {}
    for char in chars:
        text, x0, top = str(char["text"]), float(char["x0"]), float(char["top"])
        row = math.floor(top / DEDUPE_TOLERANCE)
        for neighbour in (row - 1, row, row + 1):
            for other_x0, other_top in seen.get((text, neighbour), ()):
                if abs(other_x0 - x0) <= DEDUPE_TOLERANCE and abs(other_top - top) <= DEDUPE_TOLERANCE:
                    return True
        seen.setdefault((text, row), []).append((x0, top))
    return False


def _image_coverage(page: Page, page_area: float) -> float:
    """Fraction of the page covered by images (overlaps counted once per image; capped at 1)."""
    if page_area <= 0:
        return 0.0
    covered = 0.0
    for image in page.images:
        x0, x1 = max(float(image["x0"]), float(page.bbox[0])), min(float(image["x1"]), float(page.bbox[2]))
        top, bottom = max(float(image["top"]), float(page.bbox[1])), min(
            float(image["bottom"]), float(page.bbox[3])
        )
        if x1 > x0 and bottom > top:
            covered += (x1 - x0) * (bottom - top)
    return min(covered / page_area, 1.0)
