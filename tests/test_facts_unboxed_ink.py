"""Words the page's OCR left out of a scanned decision's lines: found on the page image as ink no word's box
covers, whatever the face or resolution; nothing found where every word was read, on a text layer, or where
only a fax's streak crosses a rule."""

from __future__ import annotations

from collections.abc import Sequence

import pytest
from PIL import Image, ImageDraw, ImageFont

from parser.core.model import Box, Document, Evidence, PageView, Word
from parser.facts.unboxed_ink import lost_on_lines, unboxed_letter
from parser.reading.lines import union_box

FONTS = ("/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf",
         "/usr/share/fonts/truetype/dejavu/DejaVuSansMono.ttf",
         "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")
# own seed 6322 0055 read the second line "under IRC §§ 6015(b), (c) Your request for relief is denied.":
# "and (f)." lost, and with it a relief section, unflagged.
SENTENCE = ("We determined that you do not qualify for relief from joint and several liability",
            "under IRC §§ 6015(b), (c) and (f). Your request for relief is denied.")


def _page(lines: Sequence[str], lost: Sequence[str], *, font: str, dpi: float,
          method: str = "ocr") -> tuple[PageView, Image.Image, list[Word]]:
    """The lines drawn at 10 points from (72, 500); every word given as read but those in `lost`."""
    scale = dpi / 72.0
    image = Image.new("L", (round(612 * scale), round(792 * scale)), 255)
    draw = ImageDraw.Draw(image)
    face = ImageFont.truetype(font, round(10 * scale))
    words: list[Word] = []
    for number, text in enumerate(lines):
        cursor, top = 72.0 * scale, (500.0 + 12.0 * number) * scale
        for token in text.split():
            x0, y0, x1, y1 = draw.textbbox((cursor, top), token, font=face)
            draw.text((cursor, top), token, font=face, fill=0)
            if token not in lost:
                words.append(Word(token, Box(x0 / scale, y0 / scale, x1 / scale, y1 / scale), 1,
                                  method, 95.0))  # type: ignore[arg-type]
            cursor = x1 + draw.textlength(" ", font=face)
    page = PageView(number=1, width=612.0, height=792.0, method=method, words=tuple(words))  # type: ignore[arg-type]
    return page, image, words


class _Pages:
    def __init__(self, page: PageView, image: Image.Image) -> None:
        self.document = Document("drawn", "", "image", (page,))
        self._image = image

    def reading_image(self, number: int) -> Image.Image | None:
        return self._image


def _evidence(words: Sequence[Word], method: str = "ocr") -> Evidence:
    return Evidence(page=1, box=union_box(list(words)), text=" ".join(w.text for w in words),
                    method=method)  # type: ignore[arg-type]


@pytest.mark.parametrize(("font", "dpi"), [(FONTS[0], 300.0), (FONTS[1], 200.0), (FONTS[2], 150.0)])
@pytest.mark.parametrize("lost", [("and", "(f)."), ("not",), ("Your",)])
def test_words_left_out_of_a_decisions_line_are_found(font: str, dpi: float, lost: tuple[str, ...]) -> None:
    page, image, words = _page(SENTENCE, lost, font=font, dpi=dpi)
    left = lost_on_lines(_evidence(words), _Pages(page, image))  # type: ignore[arg-type]
    assert left is not None
    assert all(w.box.x1 <= left + 1.0 or w.box.top > 505.0 or w.text not in lost for w in words)


@pytest.mark.parametrize(("font", "dpi"), [(FONTS[0], 300.0), (FONTS[1], 200.0), (FONTS[2], 150.0)])
def test_a_decision_read_whole_or_from_a_text_layer_is_left_alone(font: str, dpi: float) -> None:
    page, image, words = _page(SENTENCE, (), font=font, dpi=dpi)
    assert lost_on_lines(_evidence(words), _Pages(page, image)) is None  # type: ignore[arg-type]
    page, image, words = _page(SENTENCE, ("and", "(f)."), font=font, dpi=dpi, method="pdf_text")
    assert lost_on_lines(_evidence(words, "pdf_text"), _Pages(page, image)) is None  # type: ignore[arg-type]


def test_a_fax_streak_crossing_a_rules_dash_is_no_letter() -> None:
    """apart 9023 0035: a heading "Issues" with a rule of dashes, a fax's upright streak through one."""
    image = Image.new("L", (1700, 200), 255)
    draw = ImageDraw.Draw(image)
    face = ImageFont.truetype(FONTS[0], 28)
    draw.text((50, 80), "Issues", font=face, fill=0)
    x0, y0, x1, y1 = draw.textbbox((50, 80), "Issues", font=face)
    draw.rectangle((x1 + 20, 96, x1 + 110, 97), fill=0)  # a dash of the rule, 2 pixels thick, unboxed
    draw.rectangle((x1 + 60, 0, x1 + 61, 199), fill=0)  # the streak, top to bottom
    scale = 200.0 / 72.0
    word = Word("Issues", Box(x0 / scale, y0 / scale, x1 / scale, y1 / scale), 1, "ocr", 95.0)
    line = Box(word.box.x0, word.box.top, (x1 + 120) / scale, word.box.bottom)
    assert unboxed_letter(line, [word], image, 1700 / scale) is None
