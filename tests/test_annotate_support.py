"""Hand-built letters for the annotate tests: a painted page image with real word boxes, the facts read
off it, and the Assessment the rules stage makes of them. No parser involved.

(Named test_annotate_* so it sits with the tests it serves; it defines no tests itself.)
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from typing import Any

from PIL import Image, ImageDraw, ImageFont

from annotate.styles import register_fonts
from parser.core.model import (
    Box,
    CollectionDetermination,
    Document,
    Evidence,
    Fact,
    Fields,
    InnocentSpouseDetermination,
    LetterFacts,
    LetterType,
    LetterTypeValue,
    PageView,
    Word,
)
from parser.core.notes import note
from parser.reading.page_source import PageSource
from rules.assess import assess
from rules.model import Assessment

DPI = 150
SCALE = DPI / 72
PAGE_W, PAGE_H = 612.0, 792.0
FULL_TIN = "123-45-6789"
MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December")


class Painter:
    """Paints text on a letter-size page image and remembers each word's box in points."""

    def __init__(self, number: int) -> None:
        self.number = number
        self.image = Image.new("L", (round(PAGE_W * SCALE), round(PAGE_H * SCALE)), 255)
        self.draw = ImageDraw.Draw(self.image)
        regular, bold = register_fonts()
        self.font = ImageFont.truetype(regular, round(10 * SCALE))
        self.bold = ImageFont.truetype(bold, round(11 * SCALE))
        self.words: list[Word] = []

    def text(self, x: float, y: float, text: str, *, bold: bool = False) -> Box:
        """Paint `text` with its top-left at (x, y) points; returns the box of all its words."""
        font = self.bold if bold else self.font
        cursor = x * SCALE
        boxes = []
        for word in text.split():
            left, top, right, bottom = self.draw.textbbox((cursor, y * SCALE), word, font=font)
            self.draw.text((cursor, y * SCALE), word, font=font, fill=0)
            box = Box(left / SCALE, top / SCALE, right / SCALE, bottom / SCALE)
            self.words.append(Word(word, box, self.number, "ocr", 91.0))
            boxes.append(box)
            cursor = right + self.draw.textlength(" ", font=font)
        union = boxes[0]
        for box in boxes[1:]:
            union = union.union(box)
        return union

    def paragraph(self, x: float, y: float, lines: list[str]) -> Box:
        box = self.text(x, y, lines[0])
        for index, line in enumerate(lines[1:], start=1):
            box = box.union(self.text(x, y + 14 * index, line))
        return box

    def page(self) -> PageView:
        view = PageView(self.number, PAGE_W, PAGE_H, "ocr", tuple(self.words), mean_confidence=91.0)
        _PAINTED[view] = self.image
        return view


# The image each painted page was painted on: what an OCR reading keeps in its page source.
_PAINTED: dict[PageView, Image.Image] = {}


def painted_pages(facts: LetterFacts, document: Document | None = None) -> PageSource:
    """The page source of a painted letter (its pages' images by number), for `document` when given (the
    same pages with other words)."""
    images = {page.number: _PAINTED[page] for page in facts.document.pages if page in _PAINTED}
    return PageSource(document or facts.document, [], images)


def us_date(day: dt.date) -> str:
    return f"{MONTHS[day.month - 1]} {day.day}, {day.year}"


def fact(value: Any, box: Box, page: int, text: str, confidence: float = 0.97) -> Fact[Any]:
    return Fact(value, confidence, Evidence(page, box, text, "ocr", 91.0))


def make_facts(
    *,
    letter_type: LetterTypeValue = "4390",
    letter_date: dt.date | None = dt.date(2025, 3, 3),
    review: tuple[str, ...] = (),
    collection: CollectionDetermination | bool | None = True,
    innocent_spouse: InnocentSpouseDetermination | bool | None = True,
    printed_last_day: dt.date | None = None,
    date_alternatives: tuple[dt.date, ...] = (),
    contact_name: str = "Ms. R. Alvarez",
) -> LetterFacts:
    """A two-page letter painted to an image, with every header fact and both determinations found."""
    one, two = Painter(1), Painter(2)
    sender = ("Department of the Treasury", "Internal Revenue Service", "Independent Office of Appeals",
              "550 Main Street", "Cincinnati, OH 45202")
    for index, line in enumerate(sender):
        one.text(54, 60 + 13 * index, line)
    right, value_x = 330.0, 445.0
    found: dict[str, Fact[Any]] = {}
    row = iter(range(60, 400, 15))

    def header(label: str, text: str, name: str, value: Any) -> None:
        y = next(row)
        one.text(right, y, label)
        found[name] = fact(value, one.text(value_x, y, text), 1, text if name != "taxpayer_id" else value)

    if letter_date is not None:
        header("Date:", us_date(letter_date), "letter_date", letter_date)
    else:
        one.text(right, next(row), "Date:")
    header("Person to contact:", contact_name, "contact_name", contact_name)
    header("Employee ID number:", "1000123456", "contact_employee_id", "1000123456")
    header("Phone:", "(555) 123-4567", "contact_phone", "5551234567")
    header("Fax:", "(555) 123-4999", "contact_fax", "5551234999")
    header("Hours:", "8:00 a.m. to 4:30 p.m.", "contact_hours", "8:00 a.m. to 4:30 p.m.")
    header("Tax form:", "1040", "tax_form", "1040")
    header("Tax periods ended:", "12/31/2019 12/31/2020", "tax_periods",
           (dt.date(2019, 12, 31), dt.date(2020, 12, 31)))
    header("Taxpayer ID number:", FULL_TIN, "taxpayer_id", "XXX-XX-6789")
    if printed_last_day is not None:
        header("Last day to petition:", us_date(printed_last_day), "printed_last_day", printed_last_day)
    found["taxpayer_name"] = fact("JANE Q. TAXPAYER", one.text(72, 190, "JANE Q. TAXPAYER"), 1,
                                  "JANE Q. TAXPAYER")
    one.text(72, 204, "123 MAIN ST")
    one.text(72, 218, "SPRINGFIELD IL 62701")
    title = one.paragraph(54, 300, ["Notice of Determination Concerning Collection Action(s) and Your",
                                    "Request for Relief from Joint and Several Liability"])
    lien = one.paragraph(54, 350, ["We sustained the filing of the Notice of Federal Tax Lien for the",
                                   "tax periods shown above. We considered an installment agreement."])
    relief = one.paragraph(54, 400, ["Your request for relief from joint and several liability under",
                                     "IRC sections 6015(b) and 6015(f) is denied."])
    one.text(54, 740, "Letter 4390 (Rev. 5-2019)")
    two.paragraph(54, 80, ["If you want to dispute the collection determination, you must file a",
                           "petition with the United States Tax Court within 30 days from the date",
                           "of this letter. For the innocent spouse determination: within 90 days."])
    two.text(54, 160, f"Taxpayer ID: {FULL_TIN}")
    two.text(54, 740, "Letter 4390 (Rev. 5-2019)")

    for name in review:
        if name in found:
            found[name] = dataclasses.replace(found[name], needs_review=True, confidence=0.55,
                                              reasons=(note("value.damaged_chars"),))
    lien_evidence = Evidence(1, lien, "We sustained the filing ...", "ocr", 90.0)
    relief_evidence = Evidence(1, relief, "Your request ... is denied.", "ocr", 90.0)
    det_collection = (CollectionDetermination(("lien",), "sustained", ("installment_agreement",), 0.9,
                                              (lien_evidence,))
                      if collection is True else collection or None)
    det_relief = (InnocentSpouseDetermination("denied", ("6015(b)", "6015(f)"), 0.9, (relief_evidence,))
                  if innocent_spouse is True else innocent_spouse or None)
    document = Document("letter.png", "0" * 64, "image", (one.page(), two.page()))
    return LetterFacts(
        document=document,
        letter_type=LetterType(letter_type, 0.95, Evidence(1, title, "Notice of Determination", "ocr", 90.0)),
        fields=Fields(**found),
        collection=det_collection,
        innocent_spouse=det_relief,
        needs_review=review,
        letter_date_alternatives=date_alternatives,
    )


def make_assessment(*, as_of: dt.date | None = dt.date(2025, 3, 10), **facts: Any) -> Assessment:
    return assess(make_facts(**facts), as_of=as_of)


