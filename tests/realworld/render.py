"""Render each real-wording passage into a complete Letter 4390, digital and scanned, with its truth.

    python tests/realworld/render.py OUT_DIR [--scanned]

The passage (tests/realworld/passages.json) is the determination part, or for a header/last-day block the
date block of the header; the rest of the letter is plain and fixed: an Appeals office, contact, taxpayer,
masked SSN, tax periods, the 30- and 90-day petition paragraphs and the footer "Letter 4390 (Rev.
12-2017)". Layout and font rotate with the passage's place in the corpus (Helvetica, Times, Courier; a
right-hand label column or labels at a tab stop), so everything is deterministic. The truth is the letter's
own: its fields, the passage's expected determinations (a part the passage does not decide is listed in
"unscored"), and both deadlines counted from the letter date past weekends and DC holidays.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import random
import subprocess
import tempfile
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

import holidays
from PIL import Image, ImageFilter
from reportlab.lib.pagesizes import letter
from reportlab.lib.utils import simpleSplit
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas

HERE = Path(__file__).resolve().parent
PASSAGES = HERE / "passages.json"
PAGE_W, PAGE_H = letter
MARGIN = 72.0
BODY_BOTTOM = 90.0
FOOTER = "Letter 4390 (Rev. 12-2017)"
PETITION_DAYS = {"collection_due_process": 30, "innocent_spouse": 90}
SCANNED_EVERY = 7  # every 7th passage also as a scan (about 16 of 117)


@dataclass(frozen=True)
class Font:
    regular: str
    bold: str
    size: float


FONTS: tuple[Font, ...] = (
    Font("Helvetica", "Helvetica-Bold", 10.0),
    Font("Times-Roman", "Times-Bold", 11.0),
    Font("Courier", "Courier-Bold", 9.5),
)
LAYOUTS = ("right_column", "tab_stop")


@dataclass(frozen=True)
class Person:
    """The fixed people and account of one rendered letter (fictional)."""

    contact: str
    employee_id: str
    phone: str  # as printed
    taxpayer: tuple[str, ...]  # name, street, city line
    ssn_last4: str


PEOPLE: tuple[Person, ...] = (
    Person("Dana R. Whitfield", "1000234567", "(801) 620-7735", ("MARISOL T ESPINOZA", "4418 W CEDAR AVE",
                                                                  "FRESNO CA 93722"), "4471"),
    Person("Gregory Okafor", "1000987123", "(215) 861-3320", ("JANET L PRUITT", "77 MILL POND RD",
                                                               "LANCASTER PA 17601"), "8802"),
    Person("Yvonne Castellano", "1001456789", "(404) 338-7190", ("RENEE A HOLLOWAY", "1250 BRIARCLIFF DR",
                                                                  "DECATUR GA 30033"), "3159"),
    Person("Martin J. Kowalczyk", "1000561234", "(312) 886-4402", ("SANDRA K BEAUMONT", "9 ORCHARD LN",
                                                                    "JOLIET IL 60435"), "6027"),
    Person("Priya Raman", "1002334455", "(206) 220-5518", ("THERESA M NGUYEN", "3301 RAINIER AVE S",
                                                            "SEATTLE WA 98144"), "1194"),
)
OFFICE = ("Internal Revenue Service", "Independent Office of Appeals", "1000 Liberty Avenue, Room 1400",
          "Pittsburgh, PA 15222")
TITLES = (
    "Notice of Determination Concerning Collection Action(s) and Your Request for Relief from Joint and "
    "Several Liability",
    "Notice of Determination Concerning Collection Actions Under IRC Sections 6320 and/or 6330 and Your "
    "Request for Relief from Joint and Several Liability Under IRC Section 6015",
)
PETITION = (
    "If you want to dispute this determination in court, you must file a petition with the United States Tax "
    "Court within 30 days from the date of this letter for the determination on the collection action.",
    "If you disagree with our determination of your request for relief from joint and several liability, "
    "you may petition the United States Tax Court no later than 90 days after the date this letter was "
    "mailed to you.",
    "You can get a petition form and the rules for filing from the United States Tax Court, 400 Second "
    "Street, NW, Washington, DC 20217, or at www.ustaxcourt.gov. The time limits are set by law and cannot "
    "be extended.",
    "If you have questions, please contact the person whose name and telephone number are shown above.",
)


@dataclass(frozen=True)
class Passage:
    id: str
    kind: str  # determination | header | last_day
    text: str
    expected: dict[str, Any]
    index: int  # place in the corpus, 0-based: picks layout, font, people, dates


@dataclass(frozen=True)
class Rendition:
    passage: Passage
    profile: str  # digital | scan
    path: Path
    truth: dict[str, Any]


@cache
def load_passages() -> tuple[Passage, ...]:
    raw: list[dict[str, Any]] = json.loads(PASSAGES.read_text(encoding="utf-8"))
    return tuple(Passage(p["id"], p["kind"], p["text"], p["expected"], i) for i, p in enumerate(raw))


def scanned_ids() -> tuple[str, ...]:
    return tuple(p.id for p in load_passages() if p.index % SCANNED_EVERY == 0)


# --- dates ---------------------------------------------------------------------------------------------

def last_day(start: dt.date, days: int) -> dt.date:
    """IRC 7503: the day count's end, moved past Saturdays, Sundays and DC legal holidays."""
    due = start + dt.timedelta(days=days)
    closed = holidays.country_holidays("US", subdiv="DC", years=range(due.year - 1, due.year + 2))
    while due.weekday() >= 5 or due in closed:
        due += dt.timedelta(days=1)
    return due


def letter_date_of(passage: Passage) -> dt.date:
    """A header block's own date, else a weekday spread over 2019-2025 by the passage's place."""
    if passage.kind != "determination":
        return dt.date.fromisoformat(passage.expected["letter_date"])
    day = dt.date(2019, 1, 7) + dt.timedelta(days=passage.index * 23)
    while day.weekday() >= 5:
        day += dt.timedelta(days=1)
    return day


def printed(day: dt.date) -> str:
    return f"{day:%B} {day.day}, {day.year}"


# --- truth ---------------------------------------------------------------------------------------------

def truth_of(passage: Passage, file: str, profile: str) -> dict[str, Any]:
    person = PEOPLE[passage.index % len(PEOPLE)]
    dated = letter_date_of(passage)
    periods = [f"{dated.year - 3}-12-31", f"{dated.year - 2}-12-31"]
    if passage.kind == "determination":
        determinations = dict(passage.expected)
        last = None
    else:  # a header case measures the date block; its body borrows a determination it does not score
        determinations = dict(body_passage(passage).expected)
        last = passage.expected["printed_last_day"]
    unscored = sorted(part for part in ("collection", "innocent_spouse")
                      if passage.kind != "determination" or determinations[part] is None)
    return {
        "file": file,
        "profile": profile,
        "letter_type": "4390",
        "fields": {
            "letter_date": dated.isoformat(),
            "contact_name": person.contact,
            "contact_employee_id": person.employee_id,
            "contact_phone": "".join(ch for ch in person.phone if ch.isdigit()),
            "taxpayer_name": person.taxpayer[0],
            "taxpayer_id": f"XXX-XX-{person.ssn_last4}",
            "tax_periods": periods,
            "tax_form": "1040",
            "printed_last_day": last,
        },
        "determinations": determinations,
        "deadlines": {name: last_day(dated, days).isoformat() for name, days in PETITION_DAYS.items()},
        "unscored": unscored,
        "render": {"passage": passage.id, "kind": passage.kind, "layout": layout_of(passage),
                   "font": font_of(passage).regular},
    }


def body_passage(passage: Passage) -> Passage:
    """The determination passage a header case prints as its body: one picked by its place."""
    determinations = [p for p in load_passages() if p.kind == "determination"]
    return determinations[passage.index % len(determinations)]


def font_of(passage: Passage) -> Font:
    return FONTS[passage.index % len(FONTS)]


def layout_of(passage: Passage) -> str:
    return LAYOUTS[(passage.index // len(FONTS)) % len(LAYOUTS)]


# --- drawing -------------------------------------------------------------------------------------------

class Sheet:
    """A canvas with a cursor measured from the top of the page, breaking pages with the footer."""

    def __init__(self, path: Path, font: Font) -> None:
        self.canvas = Canvas(str(path), pagesize=letter, invariant=1)
        self.font = font
        self.leading = font.size * 1.3
        self.y = 54.0

    def text(self, x: float, top: float, text: str, *, bold: bool = False) -> None:
        self.canvas.setFont(self.font.bold if bold else self.font.regular, self.font.size)
        self.canvas.drawString(x, PAGE_H - top, text)

    def width(self, text: str) -> float:
        width: float = stringWidth(text, self.font.regular, self.font.size)
        return width

    def wrap(self, text: str, width: float, *, bold: bool = False) -> list[str]:
        lines: list[str] = simpleSplit(text, self.font.bold if bold else self.font.regular, self.font.size,
                                       width)
        return lines

    def paragraph(self, text: str, *, bold: bool = False) -> None:
        for line in self.wrap(text, PAGE_W - 2 * MARGIN, bold=bold):
            if self.y > PAGE_H - BODY_BOTTOM:
                self.new_page()
            self.text(MARGIN, self.y, line, bold=bold)
            self.y += self.leading
        self.y += self.leading * 0.6

    def new_page(self) -> None:
        self.footer()
        self.canvas.showPage()
        self.y = 72.0

    def footer(self) -> None:
        self.canvas.setFont(self.font.regular, 8)
        self.canvas.drawString(MARGIN, 40, FOOTER)

    def save(self) -> None:
        self.footer()
        self.canvas.save()


def header_pairs(passage: Passage) -> list[tuple[str, str]]:
    person = PEOPLE[passage.index % len(PEOPLE)]
    dated = letter_date_of(passage)
    pairs = [] if passage.kind != "determination" else [("Date:", printed(dated))]
    return [
        *pairs,
        ("Person to contact:", person.contact),
        ("Employee ID number:", person.employee_id),
        ("Contact telephone number:", person.phone),
        ("Taxpayer identification number:", f"XXX-XX-{person.ssn_last4}"),
        ("Tax form:", "1040"),
        ("Tax periods ended:", f"December 31, {dated.year - 3}"),
        ("", f"December 31, {dated.year - 2}"),
    ]


def block_lines(sheet: Sheet, block: str, width: float) -> list[str]:
    """A header block's lines fitted to a column: a label too long for it wraps, its value goes below."""
    lines: list[str] = []
    for line in block.split("\n"):
        if sheet.width(line) <= width:
            lines.append(line)
            continue
        label, _, value = line.partition(": ")
        lines.extend(sheet.wrap(label + (":" if value else ""), width))
        if value:
            lines.append(value)
    return lines


def draw_header(sheet: Sheet, passage: Passage) -> None:
    person = PEOPLE[passage.index % len(PEOPLE)]
    block = [] if passage.kind == "determination" else passage.text.split("\n")
    top = 54.0
    for line in OFFICE:
        sheet.text(MARGIN, top, line)
        top += sheet.leading
    if layout_of(passage) == "right_column":
        x, column = 306.0, PAGE_W - MARGIN - 306.0
        right = 54.0
        for line in block_lines(sheet, "\n".join(block), column) if block else []:
            sheet.text(x, right, line)
            right += sheet.leading
        for label, value in header_pairs(passage):
            if sheet.width(f"{label} {value}") > column:  # too wide: the value goes under its label
                sheet.text(x, right, label)
                right += sheet.leading
                label = ""
            if label:
                sheet.text(x, right, f"{label} {value}")
            else:  # a further value line stands under the value above it
                sheet.text(x + sheet.width("Tax periods ended: "), right, value)
            right += sheet.leading
        top = max(top + sheet.leading * 2, 170.0)
        address_top = top
    else:
        top += sheet.leading
        for line in block_lines(sheet, "\n".join(block), PAGE_W - 2 * MARGIN) if block else []:
            sheet.text(MARGIN, top, line)
            top += sheet.leading
        for label, value in header_pairs(passage):
            if label:
                sheet.text(MARGIN, top, label, bold=True)
            sheet.text(MARGIN + 190, top, value)
            top += sheet.leading
        address_top = top + sheet.leading
    sheet.text(MARGIN, address_top - sheet.leading * 0.0, "CERTIFIED MAIL", bold=True)
    top = address_top + sheet.leading * 1.5
    for line in person.taxpayer:
        sheet.text(MARGIN, top, line)
        top += sheet.leading
    sheet.y = top + sheet.leading * 1.5


def draw_letter(path: Path, passage: Passage) -> None:
    sheet = Sheet(path, font_of(passage))
    draw_header(sheet, passage)
    person = PEOPLE[passage.index % len(PEOPLE)]
    sheet.paragraph(TITLES[passage.index % len(TITLES)], bold=True)
    sheet.paragraph(f"Dear {person.taxpayer[0].title()}:")
    body = passage if passage.kind == "determination" else body_passage(passage)
    for part in body.text.split("\n"):
        sheet.paragraph(part)
    for part in PETITION:
        sheet.paragraph(part)
    sheet.paragraph("Sincerely,")
    sheet.y += sheet.leading * 2
    sheet.paragraph("Appeals Team Manager")
    sheet.save()


# --- scans ---------------------------------------------------------------------------------------------

def scan(pdf: Path, out: Path, seed: str) -> None:
    """Print and scan: grey pages at 200-300 dpi, a small tilt, blur and specks; no text layer."""
    rng = random.Random(seed)
    dpi = rng.choice((200, 250, 300))
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run(["pdftoppm", "-r", str(dpi), "-gray", "-png", str(pdf), f"{tmp}/p"], check=True)
        pages = [Image.open(p).convert("L") for p in sorted(Path(tmp).glob("p*.png"))]
    scanned = [speckled(page.rotate(rng.uniform(-0.8, 0.8), resample=Image.Resampling.BICUBIC,
                                    fillcolor=255, expand=False)
                        .filter(ImageFilter.GaussianBlur(0.6)), rng) for page in pages]
    scanned[0].save(out, "PDF", resolution=float(dpi), save_all=True, append_images=scanned[1:])


def speckled(page: Image.Image, rng: random.Random) -> Image.Image:
    pixels = page.load()
    assert pixels is not None
    width, height = page.size
    for _ in range(width * height // 2500):
        pixels[rng.randrange(width), rng.randrange(height)] = rng.randrange(0, 120)
    return page


# --- corpus --------------------------------------------------------------------------------------------

def render(passage: Passage, profile: str, out_dir: Path) -> Rendition:
    out_dir.mkdir(parents=True, exist_ok=True)
    digital = out_dir / f"{passage.id}.pdf"
    if not digital.exists():
        draw_letter(digital, passage)
    path = digital
    if profile == "scan":
        path = out_dir / f"{passage.id}-scan.pdf"
        if not path.exists():
            scan(digital, path, passage.id)
    return Rendition(passage, profile, path, truth_of(passage, path.name, profile))


def render_all(out_dir: Path, profiles: Sequence[str] = ("digital",)) -> list[Rendition]:
    scans = set(scanned_ids())
    return [render(p, profile, out_dir) for profile in profiles for p in load_passages()
            if profile == "digital" or p.id in scans]


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out_dir", type=Path)
    parser.add_argument("--scanned", action="store_true", help="also the scanned subset")
    args = parser.parse_args(argv)
    for rendition in render_all(args.out_dir, ("digital", "scan") if args.scanned else ("digital",)):
        truth_path = rendition.path.with_suffix(".truth.json")
        truth_path.write_text(json.dumps(rendition.truth, indent=2) + "\n", encoding="utf-8")
    print(f"wrote {args.out_dir}")


if __name__ == "__main__":
    main()
