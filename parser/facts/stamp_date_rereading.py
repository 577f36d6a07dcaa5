"""A day a stamp or a fax header put on page 1, read again closer before it makes the letter date doubtful.

A letter date later than a day stamped on the letter after it came is misread (letter_date.stamped_dates),
and the deadlines count from the stamped day. But a fax machine prints its header line in a tiny font, and
the page's OCR misreads its digits: "08/18/2023" read "06/18/2023" over a letter of August 11, 2023 read
right (own seed 6334 0012) counted both deadlines from June 18, two months early. So a stamped day that
would make the letter date doubtful, and only such a day (a letter no stamp bounds costs no reading), is
read again from its line of the page image, enlarged and split into ink and paper, in a few ways (PASSES).
What the readings decide, from evidence only:
- at least AGREEING passes read one and the same day, no pass reads any other day (a pass that reads no
  date abstains), and that day is neither before the letter date nor more than MAX_DAYS_AFTER_LETTER after
  it: that day stands for the stamp's first reading, and no longer bounds the letter date;
- otherwise (the passes read the first reading again, disagree, read nothing, or agree on a day that is
  still before the letter date, or so long after it that a month or a year is misread) the stamped day
  bounds the letter date exactly as it was first read.
Lifted wrongly, a bound would let the deadlines count from a day later than the true one, the worst
outcome: so it takes two closer readings that agree and none that dissents, and in doubt the early,
flagged bound stays. Closer readings of a fax's tiny digits are no surer than the page's own: on the own
seeds' 107 fax headers, the passes agreed on a day other than the first reading 8 times, on the true day
once (6327 0003's "09/08/2023", first read "08/08"). So a lifted bound says only that the stamp no longer
shows the letter date misread, not which day the stamp is. The passes split ink from paper: the page's
OCR read the grey page, and a grey enlargement is mostly the same view again (0012's grey crops read
"06/18" as the page did; split into ink and paper, "08/18").
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from parser.core.errors import InputError
from parser.core.model import Box, Word
from parser.facts import dates
from parser.facts.date_rereading import Ocr
from parser.facts.letter_date import Stamped
from parser.facts.page_crops import Cut, black_and_white, enlarged_crop

if TYPE_CHECKING:
    from PIL import Image

    from parser.reading.page_source import PageSource

# Tesseract's page segmentation mode for a single line of text.
SINGLE_LINE = 7


@dataclass(frozen=True)
class Pass:
    """One closer reading: the image it cuts the stamp's line from, the resolution it reads it at, and
    whether ink and paper are split (Otsu) first."""

    name: str
    image: str  # "read": the image the page's OCR read; "file": the page decoded again from its file
    dpi: float  # the resolution the line is enlarged to and read at
    threshold: bool = True
    psm: int = SINGLE_LINE


PASSES: tuple[Pass, ...] = (
    Pass("the line, enlarged, ink split from paper", "read", 300.0),
    Pass("the line, enlarged more, ink split from paper", "read", 500.0),
    Pass("the line from the page's file, ink split from paper", "file", 300.0),
)
# Closer readings that must read one day, and none another, for it to replace the stamp's first reading.
AGREEING = 2
# A stamp or a fax comes days or weeks after the letter date: a closer reading later than this after it is
# more likely a misread month or year ("08" for "06", "2024" for "2023") than a stamp that late.
MAX_DAYS_AFTER_LETTER = dt.timedelta(days=45)
# The stamp's line is cut this many of its heights wider on each side, and this many higher and lower (the
# page's OCR boxes may clip a glyph's edge).
MARGIN_ACROSS = 1.0
MARGIN_DOWN = 0.4
MIN_CROP_SIDE = 8  # pixels of the page image: a thinner sliver holds no line to read
# The page decoded again from its file at this resolution: finer than the reduced image the page's OCR read
# (150 dpi) where the file is (a 200 dpi fax).
FILE_DPI = 300.0


@dataclass(frozen=True)
class Closer:
    """What one pass read in the stamp's line: every day its dates may be (`days`), and the one day it read
    outright (a single date, no look-alike repaired, no other reading of it), if it did."""

    days: frozenset[dt.date]
    sure: dt.date | None


def settled_day(first: dt.date, letter: dt.date, readings: Sequence[Closer]) -> dt.date:
    """The day a stamp first read as `first` bounds the letter date (`letter`) by, after the closer
    `readings` of its line (see the module's notes): the day they agree on, where it no longer bounds the
    letter date; else `first`."""
    days = {day for reading in readings for day in reading.days}
    if len(days) != 1:
        return first  # nothing read, or readings that disagree
    (day,) = days
    agreeing = sum(reading.sure == day for reading in readings)
    if day == first or agreeing < AGREEING or not letter <= day <= letter + MAX_DAYS_AFTER_LETTER:
        return first
    return day


def read_closer(text: str) -> Closer:
    """What a pass that read `text` says of the stamp's day."""
    found = dates.find_dates(text)
    days = frozenset(day for reading in found for day in (reading.value, *reading.alternatives))
    sure = (found[0].value if len(found) == 1 and not found[0].repaired and not found[0].alternatives
            else None)
    return Closer(days=days, sure=sure)


@dataclass
class StampRereading:
    """letter_date.StampCheck: a stamped day read again from its line of the page images in `pages` (OCR'd
    by `pages`, or `ocr`), each line once however often it is asked about."""

    pages: PageSource
    ocr: Ocr | None = None
    _read: dict[tuple[int, Box], tuple[Closer, ...]] = field(default_factory=dict, repr=False)
    _files: dict[int, Image.Image | None] = field(default_factory=dict, repr=False)

    def __call__(self, stamped: Stamped, letter: dt.date) -> dt.date:
        key = (stamped.page, stamped.box)
        if key not in self._read:
            self._read[key] = self._readings(stamped)
        return settled_day(stamped.day, letter, self._read[key])

    def _readings(self, stamped: Stamped) -> tuple[Closer, ...]:
        kept = self.pages.reading_image(stamped.page)
        if kept is None:  # a page read from its text layer: its stamp's date was read exactly
            return ()
        page = self.pages.document.pages[stamped.page - 1]
        box = stamped.box
        margin = box.height
        around = Box(max(0.0, box.x0 - MARGIN_ACROSS * margin), max(0.0, box.top - MARGIN_DOWN * margin),
                     min(page.width, box.x1 + MARGIN_ACROSS * margin),
                     min(page.height, box.bottom + MARGIN_DOWN * margin))
        found: list[Closer] = []
        for step in PASSES:
            image = kept if step.image == "read" else self._file_image(stamped.page)
            if image is None:
                continue
            crop = enlarged_crop(image, page.width, around, Cut(step.dpi, min_side=MIN_CROP_SIDE))
            if crop is None:
                continue
            try:
                words = (self.ocr or self._ocr)(black_and_white(crop) if step.threshold else crop, step.dpi,
                                                step.psm)
            except InputError:  # Tesseract refused this crop: the other passes go on
                continue
            found.append(read_closer(" ".join(w.text for w in words)))
        return tuple(found)

    def _ocr(self, crop: Image.Image, dpi: float, psm: int) -> tuple[Word, ...]:
        return self.pages.ocr(crop, dpi=dpi, psm=psm)

    def _file_image(self, page: int) -> Image.Image | None:
        """The page decoded again from its file at FILE_DPI, once; None where no file holds it (a page given
        as an image only) or the file no longer reads."""
        if page not in self._files:
            try:
                self._files[page] = self.pages.image(page, FILE_DPI, grey=True)
            except (ValueError, InputError):
                self._files[page] = None
        return self._files[page]
