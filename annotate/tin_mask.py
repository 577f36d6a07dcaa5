"""Cover the full taxpayer ID number on page images, keeping only its last four digits where we can find them.

The fact's value is masked already; the picture of the letter is not. Covered: the value box of the
taxpayer_id fact, and every word on any page shaped like an SSN or EIN (the number is often repeated in
a footer or on page 2).
"""

from __future__ import annotations

import re

from PIL import Image, ImageDraw

from parser.core.model import Box, LetterFacts, Word

# A word that is a full SSN or EIN, trimmed of surrounding punctuation. (Nine digits run together are
# more often an employee ID; the taxpayer_id fact's own box is covered whatever its shape.)
TIN_WORD = re.compile(r"\d{3}-\d{2}-\d{4}|\d{2}-\d{7}")
LAST_FOUR = re.compile(r"\d{4}$")
WORD_TRIM = ".,;:()[]"
COVER_SHADE = 140  # mid grey: plainly a cover, not a smudge, in colour and in black and white
BOX_PAD = 1.5  # points of margin around a covered box, for ink that bleeds past OCR boxes
SEPARATOR_WIDTH = 0.6  # a hyphen or space, as a share of a digit's width
KEEP_SHRINK_CHARS = 0.3


def tin_covers(facts: LetterFacts, page_number: int) -> list[tuple[Box, Box | None]]:
    """The areas to cover on one page (points), each with the part that may stay visible (last four)."""
    page = facts.document.page(page_number)
    words = page.words if page is not None else ()
    covers: list[tuple[Box, Box | None]] = []
    fact = facts.fields.taxpayer_id
    if fact is not None and fact.evidence.page == page_number:
        box = fact.evidence.box
        inside = [w for w in words if _centre_inside(w.box, box)]
        covers.append((box, _last_four_window(inside)))
    for word in words:
        if TIN_WORD.fullmatch(word.text.strip(WORD_TRIM)) and not any(
            _centre_inside(word.box, cover) for cover, _ in covers
        ):
            covers.append((word.box, _last_four_window([word])))
    return covers


def cover_tins(image: Image.Image, covers: list[tuple[Box, Box | None]], sx: float, sy: float) -> None:
    """Paint each cover onto `image` (pixels = points * sx, sy), then restore its last-four window."""
    draw = ImageDraw.Draw(image)
    for cover, keep in covers:
        kept = image.crop(_pixels(keep, sx, sy, pad=0)) if keep is not None else None
        draw.rectangle(_pixels(cover, sx, sy, pad=BOX_PAD), fill=_shade(image))
        if keep is not None and kept is not None:
            image.paste(kept, _pixels(keep, sx, sy, pad=0)[:2])


def _last_four_window(words: list[Word]) -> Box | None:
    """Where the last four digits stand in the rightmost word ending in four digits.

    Estimated from character widths: separators count as SEPARATOR_WIDTH of a digit (narrower in most
    fonts, so the estimate leans towards covering more). When a digit precedes the last four (an EIN),
    the window shrinks by KEEP_SHRINK_CHARS so no sliver of that digit can show.
    """
    candidates = [w for w in words if LAST_FOUR.search(w.text.rstrip(WORD_TRIM))]
    if not candidates:
        return None
    word = max(candidates, key=lambda w: w.box.x1)
    widths = [1.0 if ch.isalnum() else SEPARATOR_WIDTH for ch in word.text]
    unit = word.box.width / sum(widths)
    kept = len(word.text.rstrip(WORD_TRIM))
    start_units = sum(widths[: kept - 4])
    if kept > 4 and word.text[kept - 5].isdigit():
        start_units += KEEP_SHRINK_CHARS
    start = word.box.x0 + unit * start_units
    end = word.box.x0 + unit * sum(widths[:kept])
    return Box(start, word.box.top, end, word.box.bottom)


def _centre_inside(inner: Box, outer: Box) -> bool:
    cx, cy = (inner.x0 + inner.x1) / 2, (inner.top + inner.bottom) / 2
    return outer.x0 <= cx <= outer.x1 and outer.top <= cy <= outer.bottom


def _pixels(box: Box, sx: float, sy: float, *, pad: float) -> tuple[int, int, int, int]:
    return (int((box.x0 - pad) * sx), int((box.top - pad) * sy),
            round((box.x1 + pad) * sx), round((box.bottom + pad) * sy))


def _shade(image: Image.Image) -> int | tuple[int, int, int]:
    return COVER_SHADE if image.mode == "L" else (COVER_SHADE, COVER_SHADE, COVER_SHADE)
