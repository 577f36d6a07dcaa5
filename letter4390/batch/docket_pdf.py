"""docket.pdf: the docket as a one-page printable table, most urgent first, letters needing review marked.

Rows are one line each (long text is shortened to its column) so the page's capacity is known in advance:
the font shrinks to fit, and if the inbox is larger than one page can hold, the last line says how many
more letters are in docket.csv instead of spilling onto a second page.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.pagesizes import landscape, letter
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from letter4390.batch.docket import DEADLINE_IDS, DocketRow

PAGE = landscape(letter)
MARGIN = 36.0
HEADING_HEIGHT = 72.0  # title, as-of line, legend and the space below them
FONT_SIZES = (8.0, 7.0, 6.0)
ROW_PADDING = 3.0  # left and right of a cell's text


def row_height(size: float) -> float:
    return 1.25 * size + 2.0
FONT_FILES = (
    Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"),
    Path("/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"),
)
REVIEW_FILL = colors.Color(1.0, 0.92, 0.75)
CHECK_NOW_FILL = colors.Color(1.0, 0.80, 0.80)
HEADER_FILL = colors.Color(0.85, 0.85, 0.85)


@dataclass(frozen=True)
class Column:
    title: str
    width: float


COLUMNS = (
    Column("Review", 44), Column("Next due", 62), Column("Days left", 44), Column("File", 196),
    Column("Letter", 34), Column("Letter date", 60), Column("CDP due", 62),
    Column("Spouse due", 62), Column("Person to contact", 156),
)


def _fonts() -> tuple[str, str]:
    """DejaVu when installed (file names may hold any character), else the built-in Helvetica."""
    if all(path.is_file() for path in FONT_FILES):
        if "DocketSans" not in pdfmetrics.getRegisteredFontNames():
            pdfmetrics.registerFont(TTFont("DocketSans", str(FONT_FILES[0])))
            pdfmetrics.registerFont(TTFont("DocketSans-Bold", str(FONT_FILES[1])))
        return "DocketSans", "DocketSans-Bold"
    return "Helvetica", "Helvetica-Bold"


def _fit(text: str, width: float, font: str, size: float) -> str:
    """`text` shortened to fit `width` points (padding included), the ellipsis in the middle: a file
    name's end (its number, its extension) tells letters apart as much as its start."""
    room = width - 2 * ROW_PADDING
    if pdfmetrics.stringWidth(text, font, size) <= room:
        return text
    head, tail = text[: len(text) // 2], text[len(text) // 2:]
    while head or tail:
        if len(head) >= len(tail):
            head = head[:-1]
        else:
            tail = tail[1:]
        if pdfmetrics.stringWidth(head + "…" + tail, font, size) <= room:
            break
    return head + "…" + tail


def _phone(digits: str | None) -> str:
    if digits and len(digits) == 10 and digits.isdigit():
        return f"({digits[:3]}) {digits[3:6]}-{digits[6:]}"
    return digits or ""


def _cells(row: DocketRow) -> list[str]:
    nearest = row.next_open
    due = {d.id: d for d in row.deadlines}
    next_due = {"open": nearest.due.isoformat() if nearest else "", "check_now": "CHECK NOW",
                "passed": "passed", "none": "none"}[row.status]
    contact = " ".join(part for part in (row.contact_name or "", _phone(row.contact_phone)) if part)
    return [
        "REVIEW" if row.needs_review else "",
        next_due,
        str(nearest.days_left) if nearest else "",
        row.file,
        row.letter_type,
        row.letter_date.isoformat() if row.letter_date else "unknown",
        *(due[i].due.isoformat() if i in due else "—" for i in DEADLINE_IDS),
        contact,
    ]


def _layout(count: int) -> tuple[float, int]:
    """The largest font size that fits `count` rows on the page, and how many rows fit at it."""
    height = PAGE[1] - 2 * MARGIN - HEADING_HEIGHT
    capacity = 0
    for size in FONT_SIZES:
        capacity = int(height // row_height(size)) - 1  # minus the header row
        if capacity >= count:
            return size, count
    return FONT_SIZES[-1], capacity - 1  # keep a line for "N more"


def docket_pdf(rows: list[DocketRow], out: Path, *, as_of: dt.date, errors: int) -> None:
    """Write the docket page to `out` (a temporary path: the runner renames it into place)."""
    regular, bold = _fonts()
    size, shown = _layout(len(rows))
    table_rows: list[list[str]] = [[_fit(c.title, c.width, bold, size) for c in COLUMNS]]
    for row in rows[:shown]:
        cells = zip(_cells(row), COLUMNS, strict=True)
        table_rows.append([_fit(text, column.width, regular, size) for text, column in cells])
    style = [
        ("FONT", (0, 0), (-1, -1), regular, size),
        ("FONT", (0, 0), (-1, 0), bold, size),
        ("BACKGROUND", (0, 0), (-1, 0), HEADER_FILL),
        ("GRID", (0, 0), (-1, -1), 0.25, colors.grey),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("LEFTPADDING", (0, 0), (-1, -1), ROW_PADDING),
        ("RIGHTPADDING", (0, 0), (-1, -1), ROW_PADDING),
        ("TOPPADDING", (0, 0), (-1, -1), 0),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
    ]
    for index, row in enumerate(rows[:shown], start=1):
        if row.status == "check_now":
            style.append(("BACKGROUND", (0, index), (-1, index), CHECK_NOW_FILL))
        elif row.needs_review:
            style.append(("BACKGROUND", (0, index), (-1, index), REVIEW_FILL))
        if row.needs_review:
            style.append(("FONT", (0, index), (0, index), bold, size))
    if shown < len(rows):
        table_rows.append([f"… {len(rows) - shown} more letters: see docket.csv"] + [""] * (len(COLUMNS) - 1))
        style.append(("SPAN", (0, len(table_rows) - 1), (-1, len(table_rows) - 1)))
    table = Table(table_rows, colWidths=[c.width for c in COLUMNS],
                  rowHeights=row_height(size), style=TableStyle(style))

    title = ParagraphStyle("title", fontName=bold, fontSize=13, leading=16)
    note = ParagraphStyle("note", fontName=regular, fontSize=8, leading=10)
    review_count = sum(1 for r in rows if r.needs_review)
    flowables = [
        Paragraph("Tax Court petition deadlines: letter docket", title),
        Paragraph(
            f"As of {as_of.isoformat()}: {len(rows)} letters, {review_count} needing review "
            f"(REVIEW: check the marked values on the letter before relying on the date), "
            f"{errors} files could not be read (errors.csv).", note),
        Paragraph(
            "Most urgent first: letters whose deadline could not be worked out (CHECK NOW), then open "
            "deadlines by the nearest due date, then passed ones. CDP due: last day to petition about the "
            "collection action (30 days); Spouse due: about innocent spouse relief (90 days).",
            note),
        Spacer(1, 6),
        table,
    ]
    document = SimpleDocTemplate(str(out), pagesize=PAGE, leftMargin=MARGIN, rightMargin=MARGIN,
                                 topMargin=MARGIN, bottomMargin=MARGIN,
                                 title="letter4390 docket", author="letter4390")
    document.build(flowables)
