"""A region of the header read again on its own (extract._read_region_again, stamp_column.reread): a value
still missing after Tesseract's automatic layout reads it is read from the region as one block of lines."""

from __future__ import annotations

from facts_pages import make_doc, make_page
from PIL import Image

from parser.core.model import Box, Word
from parser.facts.extract import _read_region_again
from parser.facts.stamp_column import BLOCK_PSM, reread
from parser.reading.page_source import PageSource


class _LayoutBlind(PageSource):
    """Tesseract as on apart 9032 0096's photo: the automatic layout finds no text; a block of lines reads."""

    def __init__(self, block: tuple[str, ...]) -> None:
        page = make_page([(330.0, 60.0, "Date: June 10, 2019")], method="ocr")
        super().__init__(make_doc(page), [], {1: Image.new("L", (1275, 1650), 255)})
        self.block = block
        self.modes: list[int | None] = []

    def ocr(self, image: Image.Image, *, dpi: float, page: int = 0, psm: int | None = None,
            characters: str = "") -> tuple[Word, ...]:
        self.modes.append(psm)
        if psm != BLOCK_PSM:
            return ()
        return tuple(Word(text, Box(10.0 * i, 0.0, 10.0 * i + 8.0, 8.0), page, "ocr", 90.0)
                     for i, text in enumerate(self.block))


def test_a_region_the_layout_analysis_reads_empty_is_read_as_one_block() -> None:
    pages = _LayoutBlind(("TIN:", "XXX-XX-5635"))
    found = _read_region_again(pages, (1, Box(315.0, 80.0, 612.0, 130.0)), ["taxpayer_id"])
    assert found["taxpayer_id"].value == "XXX-XX-5635" and found["taxpayer_id"].needs_review
    assert pages.modes == [None, BLOCK_PSM]


def test_a_region_is_read_in_the_mode_asked_and_placed_back_on_the_page() -> None:
    pages = _LayoutBlind(("TIN:", "XXX-XX-5635"))
    layout = reread(pages, 1, Box(315.0, 80.0, 612.0, 130.0), psm=BLOCK_PSM)
    assert layout is not None and [w.text for w in layout.page.words] == ["TIN:", "XXX-XX-5635"]
    assert pages.modes == [BLOCK_PSM]
    assert all(w.box.top >= 80.0 and w.box.x0 >= 315.0 for w in layout.page.words)


def test_a_region_whose_first_reading_gives_the_value_is_read_once() -> None:
    class _Reads(_LayoutBlind):
        def ocr(self, image: Image.Image, *, dpi: float, page: int = 0, psm: int | None = None,
                characters: str = "") -> tuple[Word, ...]:
            self.modes.append(psm)
            return (Word("Form:", Box(0.0, 0.0, 20.0, 8.0), page, "ocr", 90.0),
                    Word("1040", Box(30.0, 0.0, 48.0, 8.0), page, "ocr", 90.0))

    pages = _Reads(())
    found = _read_region_again(pages, (1, Box(315.0, 80.0, 612.0, 130.0)), ["tax_form"])
    assert found["tax_form"].value == "1040"
    assert pages.modes == [None]


class _HalfCut(_LayoutBlind):
    """A lost band whose half-cut lines above and under it throw the layout analysis off (apart 9038 0021):
    the automatic reading loses the label and a letter; read as one block, the line reads whole."""

    def ocr(self, image: Image.Image, *, dpi: float, page: int = 0, psm: int | None = None,
            characters: str = "") -> tuple[Word, ...]:
        self.modes.append(psm)
        text = "Person to contact: Wendell H. Vanterpool" if psm == BLOCK_PSM else "endell H. Vanterpool"
        return tuple(Word(token, Box(45.0 * i, 2.0, 45.0 * i + 40.0, 10.0), page, "ocr", 90.0)
                     for i, token in enumerate(text.split()))


def test_a_value_a_region_read_loses_is_read_from_the_region_read_as_one_block() -> None:
    pages = _HalfCut(())
    found = _read_region_again(pages, (1, Box(315.0, 112.0, 612.0, 146.0)), ["contact_name"])
    assert found["contact_name"].value == "Wendell H. Vanterpool" and found["contact_name"].needs_review
    assert pages.modes == [None, BLOCK_PSM]
    pages = _HalfCut(())  # nothing missing after the first reading: no second one
    assert _read_region_again(pages, (1, Box(315.0, 112.0, 612.0, 146.0)), []) == {}
    assert pages.modes == []
