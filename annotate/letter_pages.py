"""The letter's own pages, each with the found fields outlined and labelled in the right margin.

Every field has a number, a colour and a dash pattern (styles.OUTLINES), so the outlines still tell apart
when printed in black and white; the numbers match the table on page 2.
"""

from __future__ import annotations

import io
from dataclasses import dataclass

from reportlab.lib import colors
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, Paragraph

from annotate.marks import Mark
from annotate.messages import Messages
from annotate.page_images import PageImage
from annotate.page_one_layout import paragraph
from annotate.styles import BOLD, MUTED, REGULAR, STOP, outline_style, style

MARGIN_COLUMN = 112.0  # points of label column right of the page image
GAP = 8.0
HEADER = 30.0
LABEL_GAP = 3.0
BADGE = 9.0
MAX_VALUE_CHARS = 60


@dataclass(frozen=True)
class _Outline:
    mark: Mark
    x0: float
    top: float  # PDF coordinates (y up) within the flowable
    x1: float
    bottom: float


class AnnotatedPage(Flowable):  # type: ignore[misc]
    """One letter page filling its frame: title, picture with outlines, labels in the margin."""

    def __init__(self, page: PageImage, marks: tuple[Mark, ...], msgs: Messages, total_pages: int,
                 width: float, height: float) -> None:
        super().__init__()
        self.page = page
        self.marks = marks
        self.msgs = msgs
        self.total_pages = total_pages
        self.width = width
        self.height = height

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return self.width, self.height

    def draw(self) -> None:
        canvas: Canvas = self.canv
        canvas.setFont(BOLD, 12)
        canvas.setFillColor(colors.black)
        title = self.msgs("lp.title", page=self.page.number, pages=self.total_pages)
        canvas.drawString(0, self.height - 12, title)
        canvas.setFont(REGULAR, 8)
        canvas.setFillColor(MUTED)
        canvas.drawString(0, self.height - 23, self.msgs("lp.legend"))
        top = self.height - HEADER
        data = self.page.embed_jpeg()
        if data is None or self.page.width <= 0:
            reason = self.msgs.said(self.page.problem) if self.page.problem is not None else ""
            text = paragraph(self.msgs("lp.unavailable", reason=reason), style("lp_problem", 10, color=STOP))
            text.wrapOn(canvas, self.width, 100)
            text.drawOn(canvas, 0, top - 40)
            return
        scale = min((self.width - MARGIN_COLUMN - GAP) / self.page.width, top / self.page.height)
        image_width, image_height = self.page.width * scale, self.page.height * scale
        # Embedded as the JPEG it is; reportlab decodes it once only to name it by its pixels (about
        # 3-4 ms a page, docs/accuracy.md).
        canvas.drawImage(ImageReader(io.BytesIO(data)), 0, top - image_height, image_width, image_height)
        canvas.setStrokeColor(colors.grey)
        canvas.setLineWidth(0.5)
        canvas.setDash()
        canvas.rect(0, top - image_height, image_width, image_height)
        outlines = self._outlines(scale, top)
        for outline in outlines:
            _draw_outline(canvas, outline)
        self._labels(canvas, outlines, image_width + GAP, top - image_height, top)

    def _outlines(self, scale: float, top: float) -> list[_Outline]:
        pad = 1.5
        return [
            _Outline(mark, ev.box.x0 * scale - pad, top - ev.box.top * scale + pad,
                     ev.box.x1 * scale + pad, top - ev.box.bottom * scale - pad)
            for mark in self.marks for ev in mark.evidence if ev.page == self.page.number
        ]

    def _labels(
        self, canvas: Canvas, outlines: list[_Outline], x: float, floor: float, ceiling: float
    ) -> None:
        """One label per field, near its first outline, pushed apart so none overlap; a leader joins them."""
        first: dict[int, _Outline] = {}
        for outline in outlines:
            first.setdefault(outline.mark.number, outline)
        label_width = self.width - x - BADGE - 3
        placed: list[tuple[_Outline, Paragraph, float, float]] = []
        cursor = ceiling
        for outline in sorted(first.values(), key=lambda o: -(o.top + o.bottom) / 2):
            label = self._label(outline.mark)
            _, height = label.wrap(label_width, 200)
            centre = (outline.top + outline.bottom) / 2
            label_top = min(cursor, centre + height / 2)
            placed.append((outline, label, label_top, height))
            cursor = label_top - height - LABEL_GAP
        note_height = 24.0 if self.page.covered else 0.0
        overflow = (floor + note_height) - cursor - LABEL_GAP
        for outline, label, label_top, height in placed:
            label_top += max(0.0, overflow)
            ink = outline_style(outline.mark.number)
            centre = label_top - min(height, 10) / 2
            canvas.setStrokeColor(ink.color)
            canvas.setLineWidth(0.7)
            canvas.setDash(*_dash(ink.dash))
            canvas.line(outline.x1 + BADGE + 1, outline.top - BADGE / 2, x, centre)
            canvas.setDash()
            _badge(canvas, x, centre - BADGE / 2, outline.mark.number)
            label.drawOn(canvas, x + BADGE + 3, label_top - height)
        if self.page.covered:
            note = paragraph(self.msgs("lp.masked"), style("lp_note", 7, color=MUTED))
            note.wrapOn(canvas, self.width - x, 40)
            note.drawOn(canvas, x, floor)

    def _label(self, mark: Mark) -> Paragraph:
        value = mark.value if len(mark.value) <= MAX_VALUE_CHARS else mark.value[: MAX_VALUE_CHARS - 1] + "…"
        text = f"{mark.label}: {value}"
        if mark.needs_review:
            text = f"{self.msgs('p2.check')} – {text}"
        colour = STOP if mark.needs_review else None
        return paragraph(text, style("lp_label", 7, leading=8.5), color=colour)


def _dash(pattern: tuple[float, ...]) -> tuple[list[float], int]:
    return (list(pattern), 0) if pattern else ([], 0)


def _draw_outline(canvas: Canvas, outline: _Outline) -> None:
    ink = outline_style(outline.mark.number)
    width, height = outline.x1 - outline.x0, outline.top - outline.bottom
    canvas.saveState()
    canvas.setFillColor(ink.color, alpha=0.10)
    canvas.setStrokeColor(ink.color)
    canvas.setLineWidth(2.2 if outline.mark.needs_review else 1.4)
    canvas.setDash(*_dash(ink.dash))
    canvas.rect(outline.x0, outline.bottom, width, height, stroke=1, fill=1)
    canvas.restoreState()
    # The number sits just right of the box: values end their line, labels stand to their left.
    _badge(canvas, outline.x1 + 1, outline.top - BADGE, outline.mark.number)


def _badge(canvas: Canvas, x: float, y: float, number: int) -> None:
    """A filled square with the field's number in white: dark in any print."""
    ink = outline_style(number)
    canvas.saveState()
    canvas.setDash()
    canvas.setFillColor(ink.color)
    canvas.setStrokeColor(ink.color)
    canvas.rect(x, y, BADGE, BADGE, stroke=0, fill=1)
    canvas.setFillColor(colors.white)
    canvas.setFont(BOLD, 6.5 if number < 10 else 5.5)
    canvas.drawCentredString(x + BADGE / 2, y + 2.1, str(number))
    canvas.restoreState()
