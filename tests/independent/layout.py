"""Drawing letters with reportlab: header layouts real IRS letters use, and a flowing body with footers.

Written for the independent corpus only (no code shared with samples/): each header layout places the
same kind of label/value pairs differently, the way different IRS letter templates do.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from reportlab.lib.pagesizes import letter
from reportlab.lib.utils import simpleSplit
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas

PAGE_W, PAGE_H = letter
MARGIN = 72.0
BODY_BOTTOM = 96.0

Pair = tuple[str, Sequence[str]]  # a label as printed, and its value line(s)


@dataclass(frozen=True)
class Fonts:
    regular: str = "Helvetica"
    bold: str = "Helvetica-Bold"
    size: float = 10.0

    @property
    def leading(self) -> float:
        return self.size * 1.3


@dataclass
class Pen:
    """A canvas with a cursor measured from the top of the page (reportlab measures from the bottom)."""

    canvas: Canvas
    fonts: Fonts
    footer: str
    y: float = 54.0
    page: int = 1
    continuation: str = ""  # a line repeated at the top of every later page
    body_lines: list[str] = field(default_factory=list)

    def text(self, x: float, top: float, text: str, *, bold: bool = False, size: float | None = None) -> None:
        self.canvas.setFont(self.fonts.bold if bold else self.fonts.regular, size or self.fonts.size)
        self.canvas.drawString(x, PAGE_H - top, text)

    def right(self, x: float, top: float, text: str, *, bold: bool = False) -> None:
        self.canvas.setFont(self.fonts.bold if bold else self.fonts.regular, self.fonts.size)
        self.canvas.drawRightString(x, PAGE_H - top, text)

    def width(self, text: str, *, bold: bool = False) -> float:
        width: float = stringWidth(text, self.fonts.bold if bold else self.fonts.regular, self.fonts.size)
        return width

    def rule(self, x0: float, top: float, x1: float) -> None:
        self.canvas.setLineWidth(0.6)
        self.canvas.line(x0, PAGE_H - top, x1, PAGE_H - top)

    def box(self, x0: float, top: float, x1: float, bottom: float) -> None:
        self.canvas.setLineWidth(0.6)
        self.canvas.rect(x0, PAGE_H - bottom, x1 - x0, bottom - top)

    def lines(self, x: float, top: float, lines: Sequence[str], *, bold: bool = False) -> float:
        """Lines one under another from `top`; returns the top of the line after the last."""
        for line in lines:
            self.text(x, top, line, bold=bold)
            top += self.fonts.leading
        return top

    def paragraph(self, text: str, *, bold: bool = False, indent: float = 0.0, gap: float = 0.6) -> None:
        """A wrapped paragraph at the cursor, breaking to a new page when the page is full."""
        font = self.fonts.bold if bold else self.fonts.regular
        for line in simpleSplit(text, font, self.fonts.size, PAGE_W - 2 * MARGIN - indent):
            if self.y > PAGE_H - BODY_BOTTOM:
                self.new_page()
            self.text(MARGIN + indent, self.y, line, bold=bold)
            self.y += self.fonts.leading
        self.y += self.fonts.leading * gap

    def new_page(self) -> None:
        self.finish_page()
        self.canvas.showPage()
        self.page += 1
        self.y = 54.0
        if "{page}" in self.continuation:  # the line numbers its own page ("Page {page} of 3")
            self.text(MARGIN, self.y, self.continuation.format(page=self.page))
            self.y += self.fonts.leading * 2.5
        elif self.continuation:
            self.text(MARGIN, self.y, self.continuation)
            self.right(PAGE_W - MARGIN, self.y, f"Page {self.page}")
            self.y += self.fonts.leading * 2.5

    def finish_page(self) -> None:
        self.text(MARGIN, PAGE_H - 40, self.footer, size=8)


def office_block(pen: Pen, lines: Sequence[str], top: float = 54.0) -> float:
    return pen.lines(MARGIN, top, lines)


def pairs_right_inline(pen: Pen, pairs: Sequence[Pair], *, x: float, top: float) -> float:
    """A right-hand column: "Label: value" on one line, further value lines under the value."""
    for label, values in pairs:
        pen.text(x, top, f"{label} {values[0]}")
        value_x = x + pen.width(f"{label} ")
        top = pen.lines(value_x, top + pen.fonts.leading, values[1:])
    return top


def pairs_tab_stop(pen: Pen, pairs: Sequence[Pair], *, x: float, value_x: float, top: float,
                   bold_labels: bool = False) -> float:
    """Labels at one x, values at a tab stop further right; a label may wrap onto two lines."""
    for label, values in pairs:
        label_lines = label.split("\n")
        for extra in label_lines[:-1]:
            pen.text(x, top, extra, bold=bold_labels)
            top += pen.fonts.leading
        pen.text(x, top, label_lines[-1], bold=bold_labels)
        top = pen.lines(value_x, top, values)
    return top


def pairs_stacked(pen: Pen, pairs: Sequence[Pair], *, x: float, top: float, indent: float = 0.0) -> float:
    """Each label on its own line with its value on the line(s) under it."""
    for label, values in pairs:
        pen.text(x, top, label, bold=True)
        top = pen.lines(x + indent, top + pen.fonts.leading, values) + pen.fonts.leading * 0.25
    return top


def pairs_grid(pen: Pen, pairs: Sequence[Pair], *, x0: float, split: float, x1: float, top: float) -> float:
    """A two-column ruled table: label cell at left, value cell at right."""
    pad = 4.0
    leading = pen.fonts.leading
    for label, values in pairs:
        height = leading * max(1, len(values)) + pad
        pen.box(x0, top, split, top + height)
        pen.box(split, top, x1, top + height)
        pen.text(x0 + pad, top + leading - 1, label)
        pen.lines(split + pad, top + leading - 1, values)
        top += height
    return top + leading


def pairs_in_rows(pen: Pen, rows: Sequence[Sequence[Pair]], *, x0: float, x1: float, top: float) -> float:
    """Form rows: several labels side by side on one line, each value under its label, in ruled boxes."""
    leading = pen.fonts.leading
    for row in rows:
        width = (x1 - x0) / len(row)
        depth = max(len(values) for _, values in row)
        bottom = top + leading * (depth + 1) + 6
        for column, (label, values) in enumerate(row):
            left = x0 + column * width
            pen.box(left, top, left + width, bottom)
            pen.text(left + 4, top + leading - 2, label, bold=True, size=pen.fonts.size - 1)
            pen.lines(left + 4, top + 2 * leading - 1, values)
        top = bottom
    return top + leading
