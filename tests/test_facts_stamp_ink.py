"""stamp_ink: a received/date stamp's lighter or coloured ink found over a value and taken out, the text kept.

Images are drawn here with variation (fonts, stamp greys and colours, stamp wording and angle), not cut
from one letter. One test reads with Tesseract, on a small crop shared by a module-scoped fixture.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from pathlib import Path
from typing import Any

import pytest
from facts_pages import make_doc, make_page
from PIL import Image, ImageChops, ImageDraw, ImageFilter, ImageFont

from parser.core.model import Box, Document, PageView, Word
from parser.facts import date_rereading, stamp_ink, tin_rereading
from parser.facts.date_rereading import Ocr, letter_dates_in
from parser.facts.header import PageLayout, layout_of
from parser.facts.letter_date import LetterDate
from parser.reading.lines import group_lines
from parser.reading.page_source import PageSource

FONTS = Path("/usr/share/fonts/truetype/dejavu")
TEXT_FONTS = ("DejaVuSerif.ttf", "DejaVuSansMono.ttf", "DejaVuSans.ttf")
STAMP_FONT = "DejaVuSans-Bold.ttf"
PAPER = 244
DPI = 300.0


def _font(name: str, size: int) -> ImageFont.FreeTypeFont:
    path = FONTS / name
    if not path.is_file():
        pytest.skip(f"font {name} not installed")
    return ImageFont.truetype(str(path), size)


def _text(line: str, font: str, size: int = 42) -> Image.Image:
    """A header line printed in black on slightly grey paper, 300 dpi."""
    image = Image.new("L", (1100, 150), PAPER)
    ImageDraw.Draw(image).text((20, 50), line, fill=15, font=_font(font, size))
    return image


def _stamp(size: tuple[int, int], words: str, angle: float, offset: tuple[int, int]) -> Image.Image:
    """A stamp's mask (255 ink): a box and its bold words, turned by `angle` degrees."""
    mask = Image.new("L", (620, 150), 0)
    draw = ImageDraw.Draw(mask)
    draw.rectangle((4, 4, 615, 145), outline=255, width=7)
    draw.text((30, 35), words, fill=255, font=_font(STAMP_FONT, 64))
    mask = mask.rotate(angle, expand=True, resample=Image.Resampling.BICUBIC)
    placed = Image.new("L", size, 0)
    placed.paste(mask, offset)
    return placed


def _stamped_grey(text: Image.Image, stamp: Image.Image, grey: int) -> Image.Image:
    """The stamp pressed in flat `grey` ink over the text: the darker of the two wins."""
    ink = Image.composite(Image.new("L", text.size, grey), Image.new("L", text.size, 255), stamp)
    return ImageChops.darker(text, ink)


def _stamped_colour(text: Image.Image, stamp: Image.Image, colour: tuple[int, int, int]) -> Image.Image:
    ink = Image.composite(Image.new("RGB", text.size, colour), Image.new("RGB", text.size, (255, 255, 255)),
                          stamp)
    return ImageChops.darker(text.convert("RGB"), ink)


CASES = [  # (text line, font, stamp words, angle, offset, grey)
    ("Date: March 6, 2024", "DejaVuSerif.ttf", "RECEIVED", -3.0, (330, 0), 78),
    ("Date of this letter: 07/03/2023", "DejaVuSansMono.ttf", "JUL 10 2023", 2.0, (420, 10), 95),
    ("Letter Date: 12 Jan 2025", "DejaVuSans.ttf", "FILED", 0.0, (250, 5), 120),
]


@pytest.mark.parametrize(("line", "font", "words", "angle", "offset", "grey"), CASES)
def test_a_grey_stamp_is_found_and_taken_out_and_the_text_kept(line: str, font: str, words: str,
                                                               angle: float, offset: tuple[int, int],
                                                               grey: int) -> None:
    text = _text(line, font)
    stamp = _stamp(text.size, words, angle, offset)
    stamped = _stamped_grey(text, stamp, grey)
    inks = stamp_ink.second_ink(stamped)
    assert inks is not None
    assert inks.stamp_low <= grey <= inks.stamp_high
    assert inks.core_below < grey
    cleaned = stamp_ink.without_stamp(stamped, inks)
    # The stamp's ink away from the text is gone: its pixels that were no text are (nearly all) paper.
    text_ink = text.point(lambda v: 255 if v < 200 else 0)
    stamp_only = ImageChops.subtract(stamp.point(lambda v: 255 if v > 128 else 0),
                                     text_ink.filter(ImageFilter.MaxFilter(9)))
    left = ImageChops.multiply(stamp_only, cleaned.point(lambda v: 255 if v < 200 else 0))
    assert _count(left) < 0.03 * _count(stamp_only)
    # The text's core stays dark, under the stamp too.
    core = text.point(lambda v: 255 if v < 60 else 0)
    kept = ImageChops.multiply(core, cleaned.point(lambda v: 255 if v < 60 else 0))
    assert _count(kept) > 0.97 * _count(core)


@pytest.mark.parametrize("colour", [(200, 30, 40), (40, 60, 190), (120, 40, 150)])
def test_a_coloured_stamp_turns_lighter_than_the_text_in_the_brightest_channel(
        colour: tuple[int, int, int]) -> None:
    text = _text("Taxpayer ID: ***-**-6179", "DejaVuSans.ttf")
    stamp = _stamp(text.size, "RECEIVED", 4.0, (300, 0))
    grey = stamp_ink.ink_grey(_stamped_colour(text, stamp, colour))
    assert grey.mode == "L"
    inks = stamp_ink.second_ink(grey)
    assert inks is not None
    assert inks.stamp_low <= max(colour) <= inks.stamp_high


@pytest.mark.parametrize("font", TEXT_FONTS)
def test_a_page_of_one_ink_has_no_second_ink(font: str) -> None:
    lines = Image.new("L", (1100, 450), PAPER)
    draw = ImageDraw.Draw(lines)
    for row, line in enumerate(("Date: May 3, 2021", "Person to contact: Ana Ruiz", "Fax: 559-269-0897")):
        draw.text((20, 20 + 140 * row), line, fill=10, font=_font(font, 40 + 6 * row))
    assert stamp_ink.second_ink(lines) is None
    assert stamp_ink.destamped_crop(lines, 1100 * 72 / DPI, Box(0, 0, 264, 108), DPI) is None


@pytest.mark.parametrize(("surround", "share"), [(80, 0.3), (100, 0.5), (75, 0.15)])
def test_a_photos_flat_dark_surround_is_no_stamp(surround: int, share: float) -> None:
    """A photo of a letter lying on a darker table: a broad flat grey, no stroke of a stamp."""
    image = Image.new("L", (1100, 600), surround)
    ImageDraw.Draw(image).rectangle((round(1100 * share), 0, 1100, 600), fill=PAPER)
    draw = ImageDraw.Draw(image)
    for row, line in enumerate(("Date: June 20, 2022", "Facsimile: (281) 891-6910")):
        left = round(1100 * share) + 20
        draw.text((left, 60 + 120 * row), line, fill=12, font=_font("DejaVuSerif.ttf", 36))
    assert stamp_ink.second_ink(image) is None


def test_no_second_ink_costs_no_reading() -> None:
    page = Image.new("L", (1100, 150), PAPER)
    ImageDraw.Draw(page).text((20, 50), "Date: June 25, 2024", fill=10, font=_font("DejaVuSerif.ttf", 42))
    calls: list[int] = []

    def ocr(image: Image.Image, dpi: float, psm: int) -> tuple[()]:
        calls.append(psm)
        return ()

    view = dataclasses.replace(make_page([], method="ocr"), width=1100 * 72 / DPI, height=150 * 72 / DPI)
    assert date_rereading._read_destamped(view, page, Box(0, 0, view.width, view.height), ocr) == []
    assert calls == []


READ_CASES = [  # (stamp words, angle, offset, grey): over the month and day, over the year
    ("JAN 21 2024", -2.0, (150, 10), 100),
    ("RECEIVED", 3.0, (380, 0), 90),
]


@pytest.fixture(scope="module")
def destamped_readings() -> list[tuple[list[str], list[str]]]:
    """Each stamped line read as Tesseract reads it plain, and the dates of its cleaned copy."""
    from parser.reading import tesseract

    readings = []
    for words, angle, offset, grey in READ_CASES:
        text = _text("Date: March 6, 2024", "DejaVuSerif.ttf")
        stamped = _stamped_grey(text, _stamp(text.size, words, angle, offset), grey)
        width, height = text.width * 72 / DPI, text.height * 72 / DPI
        crop = stamp_ink.destamped_crop(stamped, width, Box(0, 0, width, height), DPI)
        assert crop is not None
        plain = tesseract.ocr_words(stamped, dpi=DPI, page=1, psm=7)
        cleaned = tesseract.ocr_words(crop, dpi=DPI, page=1, psm=7)
        readings.append(([str(r.value) for r in letter_dates_in(plain)],
                         [str(r.value) for r in letter_dates_in(cleaned)]))
    return readings


def test_the_date_under_a_stamp_is_read_from_the_cleaned_copy_only(
        destamped_readings: list[tuple[list[str], list[str]]]) -> None:
    for plain, cleaned in destamped_readings:
        assert plain == []
        assert cleaned == ["2024-03-06"]


def _count(mask: Image.Image) -> int:
    return sum(mask.histogram()[128:])


def _received_over_the_date(size: tuple[int, int]) -> Image.Image:
    """The mask (255 ink) of a RECEIVED stamp turned 3 degrees, pressed over a 150 dpi header's date."""
    stamp = Image.new("L", (320, 90), 0)
    stamp_draw = ImageDraw.Draw(stamp)
    stamp_draw.rectangle((2, 2, 317, 87), outline=255, width=4)
    stamp_draw.text((20, 18), "RECEIVED", fill=255, font=_font(STAMP_FONT, 40))
    placed = Image.new("L", size, 0)
    placed.paste(stamp.rotate(-3, expand=True), (760, 70))
    return placed


def _scanned_header(stamp_grey: int | None) -> tuple[PageLayout, PageSource]:
    """A 150 dpi page whose header reads "Date: January 9, 2024" (its words as the page's OCR gave them),
    with a stamp in `stamp_grey` ink pressed over it (None: no stamp)."""
    image = Image.new("L", (1275, 1650), PAPER)
    draw = ImageDraw.Draw(image)
    draw.text((750, 104), "Date: January 9, 2024", fill=15, font=_font("DejaVuSerif.ttf", 22))
    if stamp_grey is not None:
        image = _stamped_grey(image, _received_over_the_date(image.size), stamp_grey)
    words = tuple(Word(t, Box(x, 52, x + 6 * len(t), 62), 1, "ocr", 95.0)
                  for t, x in (("Date:", 360.0), ("J", 396.0), ("anuary", 404.0)))
    page = PageView(number=1, width=612.0, height=792.0, method="ocr", words=words)
    document = Document(name="scan.png", sha256="0" * 64, kind="image", pages=(page,))
    return (PageLayout(page=page, lines=(), header_bottom=250.0, first=True),
            PageSource(document, [], {1: image}))


def _cleaned_copies(monkeypatch: pytest.MonkeyPatch) -> list[Image.Image]:
    """The copies stamp_ink cleans from now on (it still cleans them), for a fake OCR to tell apart."""
    cleaned: list[Image.Image] = []
    real = stamp_ink.destamped_crop

    def destamped_crop(*args: Any, **kwargs: Any) -> Image.Image | None:
        crop = real(*args, **kwargs)
        if crop is not None:
            cleaned.append(crop)
        return crop

    monkeypatch.setattr(stamp_ink, "destamped_crop", destamped_crop)
    return cleaned


def _reads_only_without_the_stamp(calls: list[bool], monkeypatch: pytest.MonkeyPatch) -> Ocr:
    """An OCR that reads the date only in the copies stamp_ink cleaned (the stamp garbles every other
    crop); `calls` records, for each call, whether its crop was such a copy."""
    cleaned = _cleaned_copies(monkeypatch)

    def ocr(image: Image.Image, dpi: float, psm: int) -> tuple[Word, ...]:
        clean = any(image is crop for crop in cleaned)
        calls.append(clean)
        if not clean:
            return ()
        return tuple(Word(t, Box(x, 5, x + 30, 15), 1, "ocr", 90.0)
                     for t, x in (("Date:", 5.0), ("January", 40.0), ("9,", 80.0), ("2024", 100.0)))

    return ocr


@pytest.mark.parametrize("grey", [75, 110])
def test_a_date_only_the_destamped_copy_gives_is_shown_flagged(grey: int, monkeypatch: pytest.MonkeyPatch
                                                               ) -> None:
    calls: list[bool] = []
    ocr = _reads_only_without_the_stamp(calls, monkeypatch)
    dated = date_rereading.reread(LetterDate(fact=None, alternatives=()), *_scanned_header(grey),
                                  plausible=lambda _: True, ocr=ocr)
    assert dated.fact is not None and dated.fact.value == dt.date(2024, 1, 9)
    assert dated.fact.needs_review  # two readings of one cleaned copy are one reading
    assert calls == [False] * len(date_rereading.PASSES) + [True] * len(date_rereading.DESTAMPED_PSMS)


def test_a_header_without_a_stamp_costs_no_destamped_reading() -> None:
    calls: list[int] = []

    def unreadable(image: Image.Image, dpi: float, psm: int) -> tuple[Word, ...]:
        calls.append(psm)
        return ()

    dated = date_rereading.reread(LetterDate(fact=None, alternatives=()), *_scanned_header(None),
                                  plausible=lambda _: True, ocr=unreadable)
    assert dated.fact is None
    assert len(calls) == len(date_rereading.PASSES)  # the passes alone: no second ink, no extra reading


def _stamped_tin_scan() -> tuple[PageLayout, PageSource]:
    """A 150 dpi page whose header has "SSN:" read and its value under a grey RECEIVED stamp."""
    page = make_page([(54.0, 40.0, "Internal Revenue Service"), (330.0, 100.0, "SSN: *#*.+4&"),
                      (330.0, 120.0, "Form: 1040"), (54.0, 300.0, "Dear Maria Gonzalez:")], method="ocr")
    image = Image.new("L", (1275, 1650), PAPER)
    ImageDraw.Draw(image).text((688, 205), "SSN: ***-**-6179", fill=15, font=_font("DejaVuSans.ttf", 22))
    placed = Image.new("L", image.size, 0)
    placed.paste(_stamp((300, 100), "RECEIVED", 2.0, (0, 0)).resize((300, 75)), (720, 185))
    image = _stamped_grey(image, placed, 90)
    return layout_of(page, group_lines(page.words), first=True), PageSource(make_doc(page), [], {1: image})


def _tin_readings(plain: list[str], monkeypatch: pytest.MonkeyPatch) -> tuple[Ocr, list[bool]]:
    """An OCR reading "***-**-6179" in stamp_ink's cleaned copies and `plain`'s texts in turn in the
    other crops; with the list of whether each call read a cleaned copy."""
    cleaned = _cleaned_copies(monkeypatch)
    calls: list[bool] = []
    queue = list(plain)

    def ocr(image: Image.Image, dpi: float, psm: int) -> tuple[Word, ...]:
        clean = any(image is crop for crop in cleaned)
        calls.append(clean)
        text = "***-**-6179" if clean else (queue.pop(0) if queue else "")
        return tuple(Word(t, Box(10.0 * i, 0.0, 10.0 * i + 8.0, 10.0), 1, "ocr", 80.0)
                     for i, t in enumerate(text.split()))

    return ocr, calls


@pytest.mark.parametrize(("plain", "expected"), [
    ([], None),  # the cleaned copy alone: one reading, no value
    (["", "", "***-**-6179"], "XXX-XX-6179"),  # a plain pass agrees: a value, flagged
    (["", "***-**-6119"], None),  # a plain pass reads other digits: no two readings agree
])
def test_a_taxpayer_id_read_in_the_cleaned_copy_needs_another_reading_to_agree(
        plain: list[str], expected: str | None, monkeypatch: pytest.MonkeyPatch) -> None:
    ocr, calls = _tin_readings(plain, monkeypatch)
    fact = tin_rereading.reread(None, *_stamped_tin_scan(), ocr=ocr)
    assert True in calls  # the stamp's ink was found and the cleaned copy read
    assert (None if fact is None else fact.value) == expected
    assert fact is None or fact.needs_review


def _photo_header(colour: tuple[int, int, int]) -> tuple[PageLayout, PageSource, Image.Image]:
    """A dim photo's 150 dpi header page: grey paper and text, "Date: January 9, 2024" under a stamp inked
    in `colour`; the grey page the OCR read, and the page in its colours (`colour_image`)."""
    text = Image.new("RGB", (1275, 1650), (200, 198, 190))
    ImageDraw.Draw(text).text((750, 104), "Date: January 9, 2024", fill=(70, 70, 66),
                              font=_font("DejaVuSerif.ttf", 22))
    ink = Image.composite(Image.new("RGB", text.size, colour), Image.new("RGB", text.size, (255, 255, 255)),
                          _received_over_the_date(text.size))
    coloured = ImageChops.multiply(text, ink)  # ink over toner: the darker of each channel, as paper shows
    layout, pages = _scanned_header(None)
    pages = PageSource(pages.document, [], {1: coloured.convert("L")})
    return layout, pages, coloured


@pytest.fixture(scope="module")
def colour_readings() -> dict[tuple[int, int, int], tuple[list[str], list[str]]]:
    """For each stamp colour, the dates read (Tesseract) in the place cleaned from the grey page and from the
    page in its colours."""
    from parser.reading import tesseract

    place = Box(330, 20, 560, 80)
    readings = {}
    for colour in STAMP_COLOURS:
        layout, pages, coloured = _photo_header(colour)
        found: list[list[str]] = []
        for page in (pages.reading_image(1), coloured):
            assert page is not None
            crop = stamp_ink.destamped_crop(page, layout.page.width, place, DPI)
            words = () if crop is None else tesseract.ocr_words(crop, dpi=DPI, page=1, psm=6)
            found.append([str(r.value) for r in letter_dates_in(words)])
        readings[colour] = (found[0], found[1])
    return readings


STAMP_COLOURS = [(190, 30, 30), (40, 50, 180), (200, 40, 120)]


@pytest.mark.parametrize("colour", STAMP_COLOURS)
def test_a_stamp_as_dark_as_the_text_in_grey_is_taken_out_on_the_page_in_its_colours(
        colour: tuple[int, int, int],
        colour_readings: dict[tuple[int, int, int], tuple[list[str], list[str]]]) -> None:
    # apart seed 9027 0012, a dim photo: a red RECEIVED stamp over the date, as dark as the text in grey.
    in_grey, in_colour = colour_readings[colour]
    assert in_grey == [] and in_colour == ["2024-01-09"]


def test_the_date_rereading_takes_the_stamp_out_of_the_page_in_its_colours(monkeypatch: pytest.MonkeyPatch
                                                                         ) -> None:
    layout, pages, coloured = _photo_header(STAMP_COLOURS[0])
    monkeypatch.setattr(pages, "colour_image", lambda number, dpi: coloured)
    dated = date_rereading.reread(LetterDate(fact=None, alternatives=()), layout, pages,
                                  plausible=lambda _: True)
    assert dated.fact is not None and dated.fact.value == dt.date(2024, 1, 9) and dated.fact.needs_review


def test_passes_that_agree_on_a_stamps_lone_date_still_read_the_place_without_the_stamp(
        monkeypatch: pytest.MonkeyPatch) -> None:
    """No first reading: the plain passes read the stamp's own date alone (as a stamp's is), which is no
    letter date; the place with the stamp taken out is still read (apart seed 9027 0012)."""
    cleaned = _cleaned_copies(monkeypatch)

    def ocr(image: Image.Image, dpi: float, psm: int) -> tuple[Word, ...]:
        clean = any(image is c for c in cleaned)
        text = ("Date:", "January", "9,", "2024") if clean else ("JAN", "18", "2024")
        return tuple(Word(t, Box(5.0 + 35 * i, 5, 35.0 + 35 * i, 15), 1, "ocr", 90.0)
                     for i, t in enumerate(text))

    dated = date_rereading.reread(LetterDate(fact=None, alternatives=()), *_scanned_header(90),
                                  plausible=lambda _: True, ocr=ocr)
    assert dated.fact is not None and dated.fact.value == dt.date(2024, 1, 9) and dated.fact.needs_review


def test_the_taxpayer_ids_stamp_is_taken_out_of_the_page_in_its_colours(monkeypatch: pytest.MonkeyPatch
                                                                       ) -> None:
    layout, pages = _stamped_tin_scan()
    grey = pages.reading_image(1)
    assert grey is not None
    coloured = grey.convert("RGB")
    asked: list[float] = []

    def colour_image(number: int, dpi: float) -> Image.Image:
        asked.append(dpi)
        return coloured

    monkeypatch.setattr(pages, "colour_image", colour_image)
    cut_from: list[Image.Image] = []
    real = stamp_ink.destamped_crop

    def destamped_crop(image: Image.Image, *args: Any, **kwargs: Any) -> Image.Image | None:
        cut_from.append(image)
        return real(image, *args, **kwargs)

    monkeypatch.setattr(stamp_ink, "destamped_crop", destamped_crop)
    tin_rereading.reread(None, layout, pages, ocr=lambda _image, _dpi, _psm: ())
    # asked once, at the grey page's own resolution, and the stamp cut out of it
    assert asked == [pytest.approx(150.0)] and cut_from and all(image is coloured for image in cut_from)


def _photographed(image: Image.Image, paper: tuple[int, int, int], darkest: float) -> Image.Image:
    """`image` ("RGB", white paper) as a photo shows it: the paper tinted `paper`, the light falling off
    from left to right to `darkest` of its full strength."""
    width, height = image.size
    tint = Image.new("RGB", image.size, paper)
    shown = ImageChops.multiply(image, tint)
    light = Image.linear_gradient("L").rotate(90, expand=True).resize((width, height))  # 255 left, 0 right
    light = light.point(lambda v: round(255 * (darkest + (1 - darkest) * v / 255)))
    return ImageChops.multiply(shown, Image.merge("RGB", (light, light, light)))


# (stamp colour, paper tint, light at the right edge): a faded blue on warm paper, a purple, a red.
PHOTO_CASES = [((110, 120, 200), (240, 232, 218), 0.75), ((130, 60, 150), (236, 236, 230), 0.6),
               ((200, 50, 60), (245, 240, 228), 0.85)]


@pytest.mark.parametrize(("colour", "paper", "darkest"), PHOTO_CASES)
def test_a_coloured_stamp_on_a_photo_is_taken_out_pixel_by_pixel_and_the_text_kept(
        colour: tuple[int, int, int], paper: tuple[int, int, int], darkest: float) -> None:
    """A photo's coloured stamp is told by its colour, whatever its grey and the light across the page:
    the stamp's pixels off the text go white, the text's core stays, the darker side's paper is paper."""
    text = _text("Letter Date: 21 February 2025", "DejaVuSans.ttf")
    stamp = _stamp(text.size, "FEB 24 2025", -2.0, (420, 5))
    white = text.point(lambda v: 255 if v == PAPER else v)  # the tint comes with the photo
    photo = _photographed(_stamped_colour(white, stamp, colour), paper, darkest)
    assert stamp_ink.coloured_strokes(photo) is not None
    width, height = text.width * 72 / DPI, text.height * 72 / DPI
    cleaned = stamp_ink.destamped_crop(photo, width, Box(0, 0, width, height), DPI)
    assert cleaned is not None and cleaned.mode == "L"
    text_ink = text.point(lambda v: 255 if v < 200 else 0)
    stamp_only = ImageChops.subtract(stamp.point(lambda v: 255 if v > 128 else 0),
                                     text_ink.filter(ImageFilter.MaxFilter(9)))
    left = ImageChops.multiply(stamp_only, cleaned.point(lambda v: 255 if v < 200 else 0))
    assert _count(left) < 0.03 * _count(stamp_only)
    core = ImageChops.subtract(text.point(lambda v: 255 if v < 60 else 0),
                               stamp.point(lambda v: 255 if v else 0))  # the text the stamp hides is lost
    kept = ImageChops.multiply(core, cleaned.point(lambda v: 255 if v < 128 else 0))
    assert _count(kept) > 0.97 * _count(core)
    paper_left = ImageChops.subtract(Image.new("L", text.size, 255), ImageChops.lighter(
        text_ink.filter(ImageFilter.MaxFilter(9)), stamp.filter(ImageFilter.MaxFilter(9))))
    assert _count(ImageChops.multiply(paper_left, cleaned.point(lambda v: 255 if v < 200 else 0))) == 0


@pytest.mark.parametrize(("paper", "darkest"), [((240, 232, 218), 0.7), ((236, 236, 230), 1.0)])
def test_black_text_on_tinted_unevenly_lit_paper_has_no_coloured_stamp(paper: tuple[int, int, int],
                                                                       darkest: float) -> None:
    text = _text("Date: 09/30/2026  Fax: 215-692-9264", "DejaVuSansMono.ttf")
    photo = _photographed(text.point(lambda v: 255 if v == PAPER else v).convert("RGB"), paper, darkest)
    assert stamp_ink.coloured_strokes(photo) is None
    assert stamp_ink.coloured_strokes(text) is None  # a grey image has no colour to tell
