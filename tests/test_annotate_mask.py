"""The full taxpayer ID is covered on every page picture; only its last four digits stay readable."""

from __future__ import annotations

import dataclasses
from pathlib import Path

from PIL import Image, ImageChops, ImageFont
from test_annotate_support import FULL_TIN, SCALE, Painter, make_facts, painted_pages

from annotate.page_images import load_page_images
from annotate.styles import register_fonts
from annotate.tin_mask import COVER_SHADE
from parser.core.model import Box, LetterFacts, Word


def tin_word(facts: LetterFacts, page: int) -> Word:
    return next(w for p in facts.document.pages if p.number == page for w in p.words if FULL_TIN in w.text)


def split_x(word: Word, kept: str) -> float:
    """Where (points) the kept last four digits start in the painted word."""
    font = ImageFont.truetype(register_fonts()[0], round(10 * SCALE))
    prefix = word.text[: word.text.index(kept)]
    return word.box.x0 + font.getlength(prefix) / SCALE


def pixels(image: Image.Image, box: Box) -> list[int]:
    crop = image.crop((round(box.x0 * SCALE), round(box.top * SCALE), round(box.x1 * SCALE),
                       round(box.bottom * SCALE)))
    return list(crop.tobytes())  # mode L: one byte per pixel


def assert_only_last_four_show(image: Image.Image, word: Word) -> None:
    start = split_x(word, FULL_TIN[-4:])
    hidden = Box(word.box.x0 - 0.5, word.box.top, start - 0.3, word.box.bottom)
    assert set(pixels(image, hidden)) == {COVER_SHADE}
    # A little to the right: the 6 may lose a sliver to the cover.
    kept = Box(start + 2.5, word.box.top, word.box.x1, word.box.bottom)
    assert min(pixels(image, kept)) < 80  # black ink of 789 is still there


def test_taxpayer_id_is_covered_except_last_four_on_every_page(tmp_path: Path) -> None:
    facts = make_facts()
    source = painted_pages(facts)
    kept = [source.reading_image(page.number) for page in facts.document.pages]
    originals = [image.copy() for image in kept if image is not None]
    assert len(originals) == 2
    pages = load_page_images(source, facts)
    assert [page.covered for page in pages] == [1, 1]
    for page in pages:
        assert page.image is not None
        assert_only_last_four_show(page.image, tin_word(facts, page.number))
    # The reading's own images are left as they were.
    for image, original in zip(kept, originals, strict=True):
        assert image is not None
        assert ImageChops.difference(image, original).getbbox() is None


def test_cover_follows_the_fact_box_even_when_the_word_is_not_tin_shaped(tmp_path: Path) -> None:
    facts = make_facts()
    # OCR damage: the number read as "l23-4S-6789" matches no TIN pattern; the fact's box still covers it.
    one = facts.document.pages[0]
    damaged = tuple(dataclasses.replace(w, text="l23-4S-6789") if FULL_TIN in w.text else w
                    for w in one.words)
    document = dataclasses.replace(facts.document, pages=(dataclasses.replace(one, words=damaged),
                                                          *facts.document.pages[1:]))
    pages = load_page_images(painted_pages(facts, document), dataclasses.replace(facts, document=document))
    assert pages[0].image is not None
    assert_only_last_four_show(pages[0].image, tin_word(facts, 1))


def test_ein_keeps_four_digits_and_hides_the_digit_before_them(tmp_path: Path) -> None:
    painter = Painter(1)
    painter.text(100, 100, "EIN:")
    box = painter.text(140, 100, "12-3456789")
    facts = make_facts()
    document = dataclasses.replace(facts.document, pages=(painter.page(),))
    facts = dataclasses.replace(facts, document=document, fields=dataclasses.replace(
        facts.fields, taxpayer_id=None))
    (page,) = load_page_images(painted_pages(facts), facts)
    assert page.image is not None
    word = next(w for w in painter.words if w.text == "12-3456789")
    start = split_x(word, "6789")
    assert set(pixels(page.image, Box(box.x0 - 0.5, box.top, start - 0.3, box.bottom))) == {COVER_SHADE}
    assert min(pixels(page.image, Box(start + 2.5, box.top, box.x1, box.bottom))) < 80
