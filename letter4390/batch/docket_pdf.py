"""docket.pdf: the docket as a printable table, most urgent first, then the files that could not be read.

Letter rows are one line each (long text is shortened to its column) so the first page's capacity is known
in advance: the font shrinks to fit, and if the inbox is larger than one page can hold, the last line says
how many more letters are in docket.csv. Column titles are never shortened: the fixed-format columns are
as wide as their title or widest value, and the columns of free text share the rest of the page. The
unreadable files follow the table, each with its reason, so a volunteer can act on them from the page.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.pagesizes import landscape, letter
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import Flowable, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from letter4390.batch.docket import DEADLINE_IDS, DocketRow, review_items_text
from letter4390.batch.error_rows import ErrorRow
from letter4390.batch.words import words

PAGE = landscape(letter)
MARGIN = 36.0
HEADING_HEIGHT = 84.0  # title, as-of line, legend and the space below them
FONT_SIZES = (8.0, 7.0, 6.0)
ROW_PADDING = 3.0  # left and right of a cell's text
DEJAVU = Path("/usr/share/fonts/truetype/dejavu")
# Condensed faces fit more of a name in a column; plain DejaVu, then Helvetica, when they are missing.
FONT_CHOICES = (
    (DEJAVU / "DejaVuSansCondensed.ttf", DEJAVU / "DejaVuSansCondensed-Bold.ttf"),
    (DEJAVU / "DejaVuSans.ttf", DEJAVU / "DejaVuSans-Bold.ttf"),
)
REVIEW_FILL = colors.Color(1.0, 0.92, 0.75)
CHECK_NOW_FILL = colors.Color(1.0, 0.80, 0.80)
HEADER_FILL = colors.Color(0.85, 0.85, 0.85)


def row_height(size: float) -> float:
    return 1.25 * size + 2.0


@dataclass(frozen=True)
class Column:
    name: str  # its title is the catalogue's `docket.column.<name>`
    share: float = 0.0  # 0: as wide as its title or widest value; else its part of the room left over

    @property
    def title(self) -> str:
        return words()(f"docket.column.{self.name}")


COLUMNS = (
    Column("review"), Column("next_due"), Column("days_left"), Column("file", 0.30),
    Column("taxpayer", 0.24), Column("letter"), Column("letter_date"), Column("cdp_due"),
    Column("spouse_due"), Column("what_to_check", 0.20), Column("contact", 0.26),
)
CONTACT = len(COLUMNS) - 1


def _fonts() -> tuple[str, str]:
    """A DejaVu face when installed (file names may hold any character), else the built-in Helvetica."""
    for regular, bold in FONT_CHOICES:
        if regular.is_file() and bold.is_file():
            if "DocketSans" not in pdfmetrics.getRegisteredFontNames():
                pdfmetrics.registerFont(TTFont("DocketSans", str(regular)))
                pdfmetrics.registerFont(TTFont("DocketSans-Bold", str(bold)))
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


def _contact(row: DocketRow, width: float, font: str, size: float) -> str:
    """Name and phone; when they do not fit, the name is shortened: the phone is what a volunteer dials."""
    phone = _phone(row.contact_phone)
    whole = " ".join(part for part in (row.contact_name or "", phone) if part)
    fitted = _fit(whole, width, font, size)
    if fitted == whole or not (row.contact_name and phone):
        return fitted
    name_width = width - pdfmetrics.stringWidth(" " + phone, font, size)
    return _fit(row.contact_name, name_width, font, size) + " " + phone


def _phone(digits: str | None) -> str:
    if digits and len(digits) == 10 and digits.isdigit():
        return f"({digits[:3]}) {digits[3:6]}-{digits[6:]}"
    return digits or ""


def _review_mark(row: DocketRow) -> str:
    return words()(f"docket.mark.{row.review_kind}") if row.review_kind else ""


def _cells(row: DocketRow) -> list[str]:
    nearest = row.next_open
    due = {d.id: d for d in row.deadlines}
    next_due = (nearest.due.isoformat() if nearest else "") if row.status == "open" \
        else words()(f"docket.status.{row.status}")
    contact = " ".join(part for part in (row.contact_name or "", _phone(row.contact_phone)) if part)
    return [
        _review_mark(row),
        next_due,
        str(nearest.days_left) if nearest else "",
        row.file,
        row.taxpayer_name or "",
        row.letter_type,
        row.letter_date.isoformat() if row.letter_date else words()("docket.unknown_date"),
        *(due[i].due.isoformat() if i in due else "—" for i in DEADLINE_IDS),
        review_items_text(row.needs_review or row.worth_a_glance),
        contact,
    ]


def _widths(cells: list[list[str]], regular: str, bold: str, size: float) -> list[float]:
    """Fixed columns as wide as their title (bold) or widest value. The shared columns split what is
    left: each gets its widest value when that fits within its part; the others divide the rest."""
    room = PAGE[0] - 2 * MARGIN
    natural = []
    for index, column in enumerate(COLUMNS):
        widest = max([pdfmetrics.stringWidth(column.title, bold, size)]
                     + [pdfmetrics.stringWidth(line[index], bold, size) for line in cells])
        natural.append(widest + 2 * ROW_PADDING + 1)
    widths = [w if not c.share else 0.0 for w, c in zip(natural, COLUMNS, strict=True)]
    left = room - sum(widths)
    shared = {i for i, c in enumerate(COLUMNS) if c.share}
    while shared:
        total_share = sum(COLUMNS[i].share for i in shared)
        content = {i for i in shared if natural[i] <= left * COLUMNS[i].share / total_share}
        if not content:
            for i in shared:
                widths[i] = left * COLUMNS[i].share / total_share
            break
        for i in content:
            widths[i] = natural[i]
            left -= natural[i]
        shared -= content
    if not shared and left > 0:  # everything fits: the spare room goes to the shared columns
        total_share = sum(c.share for c in COLUMNS)
        widths = [w + left * c.share / total_share for w, c in zip(widths, COLUMNS, strict=True)]
    return widths


def _layout(count: int) -> tuple[float, int]:
    """The largest font size that fits `count` rows on the page, and how many rows fit at it."""
    height = PAGE[1] - 2 * MARGIN - HEADING_HEIGHT
    capacity = 0
    for size in FONT_SIZES:
        capacity = int(height // row_height(size)) - 1  # minus the header row
        if capacity >= count:
            return size, count
    return FONT_SIZES[-1], capacity - 1  # keep a line for "N more"


def _letters_table(rows: list[DocketRow], regular: str, bold: str) -> Table:
    size, shown = _layout(len(rows))
    cells = [_cells(row) for row in rows[:shown]]
    widths = _widths(cells, regular, bold, size)
    table_rows: list[list[str]] = [[c.title for c in COLUMNS]]
    for row, line in zip(rows, cells, strict=False):
        fitted = [_fit(text, width, regular, size) for text, width in zip(line, widths, strict=True)]
        fitted[CONTACT] = _contact(row, widths[CONTACT], regular, size)
        table_rows.append(fitted)
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
        table_rows.append([words()("docket.more", n=len(rows) - shown)] + [""] * (len(COLUMNS) - 1))
        style.append(("SPAN", (0, len(table_rows) - 1), (-1, len(table_rows) - 1)))
    return Table(table_rows, colWidths=widths, rowHeights=row_height(size), style=TableStyle(style),
                 repeatRows=1)


def _errors_section(errors: list[ErrorRow], regular: str, bold: str) -> list[Flowable]:
    if not errors:
        return []
    heading = ParagraphStyle("errors-heading", fontName=bold, fontSize=10, leading=13, spaceBefore=10)
    cell = ParagraphStyle("errors-cell", fontName=regular, fontSize=7.5, leading=9)
    head = ParagraphStyle("errors-head", fontName=bold, fontSize=7.5, leading=9)
    room = PAGE[0] - 2 * MARGIN
    lines: list[list[Flowable]] = [[Paragraph(escape(words()("docket.column.file")), head),
                                    Paragraph(escape(words()("docket.errors.why")), head)]]
    for error in sorted(errors, key=lambda e: e.file):
        lines.append([Paragraph(escape(error.file), cell), Paragraph(escape(error.reason), cell)])
    table = Table(lines, colWidths=[room * 0.35, room * 0.65], repeatRows=1, style=TableStyle([
        ("BACKGROUND", (0, 0), (-1, 0), HEADER_FILL),
        ("GRID", (0, 0), (-1, -1), 0.25, colors.grey),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
    ]))
    return [Paragraph(escape(words()("docket.errors.title", n=len(errors))), heading), table]


def docket_pdf(rows: list[DocketRow], out: Path, *, as_of: dt.date, errors: list[ErrorRow]) -> None:
    """Write the docket to `out` (a temporary path: the runner renames it into place)."""
    regular, bold = _fonts()
    title = ParagraphStyle("title", fontName=bold, fontSize=13, leading=16)
    note = ParagraphStyle("note", fontName=regular, fontSize=8, leading=10)
    must = sum(1 for r in rows if r.review_kind == "must_check")
    glance = sum(1 for r in rows if r.review_kind == "worth_a_glance")
    flowables: list[Flowable] = [
        Paragraph(escape(words()("docket.title")), title),
        Paragraph(words()("docket.counts", as_of=as_of.isoformat(), letters=len(rows), must=must,
                          must_mark=f"<b>{escape(words()('docket.mark.must_check'))}</b>", glance=glance,
                          glance_mark=escape(words()("docket.mark.worth_a_glance")), errors=len(errors)),
                  note),
        Paragraph(escape(words()("docket.legend")), note),
        Spacer(1, 6),
        _letters_table(rows, regular, bold),
        *_errors_section(errors, regular, bold),
    ]
    document = SimpleDocTemplate(str(out), pagesize=PAGE, leftMargin=MARGIN, rightMargin=MARGIN,
                                 topMargin=MARGIN, bottomMargin=MARGIN,
                                 title=words()("docket.pdf_title"), author="letter4390")
    document.build(flowables)
