"""A scanned name with a letter's ink among its words that no word's box covers: flagged (with where the ink
begins), whatever the face, size or resolution; a name whose every letter was boxed, or with only a period or
a speck outside the boxes, is left as read, and a text layer's name is never questioned."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import pytest
from PIL import Image, ImageDraw, ImageFont

from parser.core.model import Box, Document, Evidence, Fact, PageView, Word
from parser.facts import name_unboxed_ink
from parser.facts.name_unboxed_ink import UNBOXED_INK
from parser.facts.unboxed_ink import unboxed_letter

FONTS = ("/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf",
         "/usr/share/fonts/truetype/dejavu/DejaVuSansMono.ttf",
         "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")
LEFT, TOP = 380.0, 120.0


@dataclass(frozen=True)
class Drawn:
    """A name drawn on a page image: its words as printed (points) and the image."""

    boxes: tuple[tuple[str, Box], ...]
    image: Image.Image


def _drawn(name: str, *, font: str, size: float, dpi: float, specks: Sequence[Box] = ()) -> Drawn:
    scale = dpi / 72.0
    image = Image.new("L", (round(612 * scale), round(792 * scale)), 255)
    draw = ImageDraw.Draw(image)
    face = ImageFont.truetype(font, round(size * scale))
    cursor, boxes = LEFT * scale, []
    for token in name.split():
        x0, y0, x1, y1 = draw.textbbox((cursor, TOP * scale), token, font=face)
        draw.text((cursor, TOP * scale), token, font=face, fill=0)
        boxes.append((token, Box(x0 / scale, y0 / scale, x1 / scale, y1 / scale)))
        cursor = x1 + draw.textlength(" ", font=face)
    for speck in specks:
        draw.rectangle([speck.x0 * scale, speck.top * scale, speck.x1 * scale, speck.bottom * scale], fill=0)
    return Drawn(tuple(boxes), image)


def _word(text: str, box: Box) -> Word:
    return Word(text=text, box=box, page=1, method="ocr", confidence=91.0)


def _as_read(drawn: Drawn, glued: int | None = None, dropped: int | None = None) -> list[Word]:
    """The OCR's words: word `glued` (an initial) run into the next word's text, the next word's box alone;
    word `dropped` given no word at all."""
    words = []
    for number, (text, box) in enumerate(drawn.boxes):
        if number in (dropped, glued):
            continue
        if glued is not None and number == glued + 1:
            text = drawn.boxes[glued][0].rstrip(".") + text
        words.append(_word(text, box))
    return words


def _name_box(words: Sequence[Word]) -> Box:
    return Box(min(w.box.x0 for w in words), min(w.box.top for w in words), max(w.box.x1 for w in words),
               max(w.box.bottom for w in words))


CASES = [  # (name, font, size, dpi): faces serif, monospace and sans; 9 to 11 points; 150 to 300 dpi
    ("MEI P OKONKWO", FONTS[0], 9.0, 300.0),
    ("Rosalind T Abernethy", FONTS[1], 10.0, 200.0),
    ("DESMOND H YBARRA", FONTS[2], 11.0, 150.0),
    ("Ana L Ruiz", FONTS[0], 10.0, 200.0),
]


@pytest.mark.parametrize(("name", "font", "size", "dpi"), CASES)
def test_an_initial_run_into_the_next_word_whose_box_left_it_out_is_found(name: str, font: str, size: float,
                                                                          dpi: float) -> None:
    drawn = _drawn(name, font=font, size=size, dpi=dpi)
    words = _as_read(drawn, glued=1)
    assert [w.text for w in words][1] == "".join(name.split()[1:3])  # "POKONKWO": the reading is wrong
    left = unboxed_letter(_name_box(words), words, drawn.image, 612.0)
    initial = drawn.boxes[1][1]
    assert left is not None and initial.x0 - 1.0 <= left <= initial.x0 + 1.0


@pytest.mark.parametrize(("name", "font", "size", "dpi"), CASES)
def test_an_initial_given_no_word_at_all_is_found(name: str, font: str, size: float, dpi: float) -> None:
    drawn = _drawn(name, font=font, size=size, dpi=dpi)
    words = _as_read(drawn, dropped=1)
    left = unboxed_letter(_name_box(words), words, drawn.image, 612.0)
    initial = drawn.boxes[1][1]
    assert left is not None and initial.x0 - 1.0 <= left <= initial.x0 + 1.0


@pytest.mark.parametrize(("name", "font", "size", "dpi"), CASES)
def test_a_name_whose_every_letter_was_boxed_is_left_alone(name: str, font: str, size: float,
                                                           dpi: float) -> None:
    drawn = _drawn(name, font=font, size=size, dpi=dpi)
    words = _as_read(drawn)
    assert unboxed_letter(_name_box(words), words, drawn.image, 612.0) is None


@pytest.mark.parametrize(("font", "dpi"), [(FONTS[0], 300.0), (FONTS[1], 200.0), (FONTS[2], 150.0)])
def test_a_period_or_a_speck_outside_the_boxes_is_no_letter(font: str, dpi: float) -> None:
    drawn = _drawn("Ana L. Ruiz", font=font, size=10.0, dpi=dpi,
                   specks=(Box(LEFT + 60.0, TOP + 4.0, LEFT + 60.8, TOP + 4.8),))
    initial = drawn.boxes[1][1]
    words = [_word(text, box) for text, box in drawn.boxes]
    # The initial boxed without its period (the period's ink stands outside every box), a speck beyond.
    words[1] = _word("L", Box(initial.x0, initial.top, initial.x0 + 0.55 * (initial.x1 - initial.x0),
                              initial.bottom))
    name = Box(words[0].box.x0, words[0].box.top, LEFT + 70.0, words[0].box.bottom)
    assert unboxed_letter(name, words, drawn.image, 612.0) is None


@pytest.mark.parametrize(("font", "dpi"), [(FONTS[0], 300.0), (FONTS[2], 150.0)])
def test_a_letter_boxed_too_narrow_is_its_own_words_not_a_lost_one(font: str, dpi: float) -> None:
    # Tesseract boxed the "K" of "PRIYA K RASMUSSEN" 1.4 points wide inside its glyph (apart 9021 0084).
    drawn = _drawn("PRIYA K RASMUSSEN", font=font, size=9.0, dpi=dpi)
    words = [_word(text, box) for text, box in drawn.boxes]
    initial = drawn.boxes[1][1]
    middle = (initial.x0 + initial.x1) / 2
    words[1] = _word("K", Box(middle - 0.7, initial.top, middle + 0.7, initial.bottom))
    assert unboxed_letter(_name_box(words), words, drawn.image, 612.0) is None


class _Pages:
    """A page source's two members the check uses: the page and its reading image."""

    def __init__(self, page: PageView, image: Image.Image | None) -> None:
        self.document = Document("drawn", "", "image", (page,))
        self._image = image

    def reading_image(self, number: int) -> Image.Image | None:
        return self._image


def _fact(words: Sequence[Word], method: str = "ocr") -> Fact[object]:
    text = " ".join(w.text for w in words)
    return Fact(value=text, confidence=0.91,
                evidence=Evidence(page=1, box=_name_box(words), text=text, method=method))  # type: ignore[arg-type]


def test_the_name_is_flagged_with_where_the_unread_letter_begins() -> None:
    drawn = _drawn("MEI P OKONKWO", font=FONTS[0], size=9.0, dpi=300.0)
    words = _as_read(drawn, glued=1)
    page = PageView(number=1, width=612.0, height=792.0, method="ocr", words=tuple(words))
    checked = name_unboxed_ink.checked(_fact(words), _Pages(page, drawn.image))  # type: ignore[arg-type]
    assert checked is not None and checked.value == "MEI POKONKWO" and checked.needs_review
    reason = next(r for r in checked.reasons if r.code == UNBOXED_INK)
    assert abs(float(dict(reason.values)["left"]) - drawn.boxes[1][1].x0) <= 1.0  # type: ignore[arg-type]


def test_a_text_layers_name_is_never_questioned() -> None:
    drawn = _drawn("MEI P OKONKWO", font=FONTS[0], size=9.0, dpi=300.0)
    words = _as_read(drawn, glued=1)
    page = PageView(number=1, width=612.0, height=792.0, method="pdf_text", words=tuple(words))
    fact = _fact(words, method="pdf_text")
    assert name_unboxed_ink.checked(fact, _Pages(page, drawn.image)) is fact  # type: ignore[arg-type]
