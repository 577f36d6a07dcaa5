"""A stamped day that would make the letter date doubtful is read again closer first: a fax header's tiny
"08/18/2023" read "06/18/2023" no longer flags a letter of August 11 read right, and counts no deadline from
June 18 (own seed 6334 0012). Only readings that agree, and none that dissents, lift the bound."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

import pytest
from facts_pages import DEJAVU_SANS, make_doc, words_at
from PIL import Image, ImageDraw, ImageFont

from parser.core.model import Box, PageView, Word
from parser.facts.date_rereading import Ocr
from parser.facts.header import PageLayout, layout_of, value_spots
from parser.facts.labels import find_labels
from parser.facts.letter_date import Stamped, letter_date, stamped_dates
from parser.facts.stamp_date_rereading import (
    MAX_DAYS_AFTER_LETTER,
    Closer,
    StampRereading,
    read_closer,
    settled_day,
)
from parser.reading.lines import group_lines
from parser.reading.page_source import PageSource

D = dt.date
LETTER = D(2023, 8, 11)
FIRST = D(2023, 6, 18)  # the fax header's "08/18/2023" as the page's OCR read it
LATEST = LETTER + MAX_DAYS_AFTER_LETTER  # the latest day a closer reading may give the stamp


def sure(day: D) -> Closer:
    return Closer(days=frozenset({day}), sure=day)


NOTHING = Closer(days=frozenset(), sure=None)


@pytest.mark.parametrize(("readings", "settled"), [
    ((sure(D(2023, 8, 18)), sure(D(2023, 8, 18))), D(2023, 8, 18)),  # two agree on a later day
    ((sure(D(2023, 8, 18)), NOTHING, sure(D(2023, 8, 18))), D(2023, 8, 18)),  # one that reads none abstains
    ((sure(LETTER), sure(LETTER)), LETTER),  # a fax sent the day the letter is dated
    ((sure(D(2023, 8, 18)),), FIRST),  # one closer reading is not enough
    ((sure(D(2023, 8, 18)), NOTHING, NOTHING), FIRST),
    ((sure(D(2023, 8, 18)), sure(D(2023, 8, 18)), sure(FIRST)), FIRST),  # one reads the first reading again
    ((sure(D(2023, 8, 18)), sure(D(2023, 8, 18)), sure(D(2023, 8, 16))), FIRST),  # the day itself disputed
    ((sure(FIRST), sure(FIRST)), FIRST),  # the closer readings confirm the first
    ((sure(D(2023, 8, 8)), sure(D(2023, 8, 8))), FIRST),  # still before the letter: the first reading stays
    # Too long after the letter for a stamp: a misread month or year ("2024" for "2023")
    ((sure(D(2024, 6, 18)), sure(D(2024, 6, 18))), FIRST),
    ((sure(LATEST), sure(LATEST)), LATEST),
    ((sure(LATEST + dt.timedelta(days=1)),) * 3, FIRST),
    # A pass that read a date two ways, or two dates, is a dissent, never a vote
    ((sure(D(2023, 8, 18)), sure(D(2023, 8, 18)), Closer(frozenset({D(2023, 8, 18), D(2023, 8, 19)}), None)),
     FIRST),
    ((sure(D(2023, 8, 18)), Closer(frozenset({D(2023, 8, 18)}), None)), FIRST),  # a repaired reading: no vote
    ((), FIRST),  # nothing read at all (a page read from its text layer)
])
def test_only_agreeing_closer_readings_without_dissent_settle_another_day(
        readings: tuple[Closer, ...], settled: D) -> None:
    assert settled_day(FIRST, LETTER, readings) == settled


@pytest.mark.parametrize(("text", "days", "sure_day"), [
    ("08/18/2023 12:08 FROM: LOW INCOME TAXPAYER CLINIC FAX NO. 625-601-0985 P. 001/002",
     {D(2023, 8, 18)}, D(2023, 8, 18)),
    ("RECEIVED AUG 17 2023", {D(2023, 8, 17)}, D(2023, 8, 17)),
    ("12:08 FROM: LOW INCOME TAXPAYER CLINIC", set(), None),
    ("08/18/2023 12:08 08/19/2023", {D(2023, 8, 18), D(2023, 8, 19)}, None),
])
def test_what_a_closer_reading_says(text: str, days: set[D], sure_day: D | None) -> None:
    assert read_closer(text) == Closer(days=frozenset(days), sure=sure_day)


# A scanned page 1: a fax header at the top, the letter's "Date:" in the header's right column.
BANNER = "06/18/2023 12:08 FROM: LOW INCOME TAXPAYER CLINIC FAX NO. 625-661-0085 P. 001/002"
HEADER = (("Department of the Treasury", 40.0, 54.0), ("Date:", 45.0, 330.0), ("AUG 11 2023", 56.0, 340.0),
          ("Internal Revenue Service", 52.0, 54.0), ("Person to Contact:", 70.0, 330.0),
          ("Mei R Patel", 81.0, 340.0))


def _layout(banner: str) -> PageLayout:
    rows = ((banner, 5.0, 25.0), *HEADER)
    words = [w for text, top, x0 in rows for w in words_at(x0, top, text, method="ocr", size=6.0)]
    page = PageView(number=1, width=612.0, height=792.0, method="ocr", words=tuple(words))
    return layout_of(page, group_lines(words), first=True)


def _scanned(layout: PageLayout, image: Image.Image | None = None) -> PageSource:
    """The page source of `layout`'s scan: the reading image the OCR kept (blank paper unless given)."""
    return PageSource(make_doc(layout.page), [], {1: image or Image.new("L", (1275, 1650), 255)})


def lines_ocr(texts: Sequence[str], calls: list[int]) -> Ocr:
    """Each pass reads the next text; then nothing. Counts its calls in `calls`."""
    queue = list(texts)

    def ocr(image: Image.Image, dpi: float, psm: int) -> tuple[Word, ...]:
        calls.append(psm)
        return tuple(words_at(5.0, 5.0, queue.pop(0), method="ocr")) if queue else ()

    return ocr


def _dated(layout: PageLayout, ocr: Ocr) -> tuple[dt.date, tuple[str, ...], tuple[dt.date, ...]]:
    dated = letter_date(value_spots(layout, find_labels(layout.lines)), [layout], [], as_of=D(2023, 8, 21),
                        stamp_check=StampRereading(_scanned(layout), ocr=ocr))
    assert dated.fact is not None
    return dated.fact.value, tuple(r.code for r in dated.fact.reasons), dated.alternatives


def test_a_misread_fax_header_read_again_no_longer_flags_the_letter_date() -> None:
    calls: list[int] = []
    closer = [BANNER.replace("06/", "08/", 1)] * 2
    value, reasons, alternatives = _dated(_layout(BANNER), lines_ocr(closer, calls))
    assert value == LETTER and "date.after_stamp" not in reasons and alternatives == ()
    assert calls == [7, 7]  # the header's line, read as one line by the two passes of the reading image


@pytest.mark.parametrize("closer", [
    [BANNER, BANNER],  # the closer readings read what the page's OCR read
    [BANNER.replace("06/", "08/", 1), BANNER],  # they disagree
    [BANNER.replace("06/", "08/", 1)],  # one reading alone
    ["12:08 FROM: LOW INCOME", "FROM: LOW INCOME TAXPAYER"],  # no date read
])
def test_a_fax_header_the_closer_readings_do_not_settle_keeps_the_letter_date_flagged(
        closer: list[str]) -> None:
    value, reasons, alternatives = _dated(_layout(BANNER), lines_ocr(closer, []))
    assert value == LETTER and "date.after_stamp" in reasons and alternatives == (FIRST,)


def test_a_stamp_that_bounds_nothing_is_never_read_again() -> None:
    calls: list[int] = []
    value, reasons, _ = _dated(_layout(BANNER.replace("06/", "08/", 1)), lines_ocr([BANNER] * 3, calls))
    assert value == LETTER and reasons == () and calls == []


def test_a_stamp_line_is_read_once_however_often_it_is_asked_about() -> None:
    layout = _layout(BANNER)
    calls: list[int] = []
    check = StampRereading(_scanned(layout), ocr=lines_ocr([BANNER.replace("06/", "08/", 1)] * 2, calls))
    for _ in range(2):
        assert stamped_dates(layout, letter=LETTER, check=check) == (D(2023, 8, 18),)
    assert len(calls) == 2
    assert stamped_dates(layout) == (FIRST,)  # without a check: the first reading, as before


@pytest.mark.ocr
@pytest.mark.parametrize(("printed", "settled"), [
    ("08/18/2023", D(2023, 8, 18)),  # the page's OCR misread it: the closer readings read it right
    ("06/18/2023", FIRST),  # it read it right: the closer readings confirm it, and the bound stays
])
def test_a_printed_fax_header_is_read_again_from_the_page_image(printed: str, settled: D) -> None:
    """A fax header printed 6 points high on a 150 dpi reading image, whose page's OCR read "06/18/2023"."""
    scale = 150 / 72.0
    image = Image.new("L", (round(612 * scale), round(792 * scale)), 255)
    font = ImageFont.truetype(DEJAVU_SANS, round(6 * scale))
    ImageDraw.Draw(image).text((25 * scale, 5 * scale), BANNER.replace("06/18/2023", printed), fill=0,
                               font=font)
    layout = _layout(BANNER)
    banner = layout.header_lines()[0]
    stamp = Stamped(day=FIRST, page=1, box=Box(banner.box.x0, banner.box.top, 300.0, banner.box.bottom))
    assert StampRereading(_scanned(layout, image))(stamp, LETTER) == settled
