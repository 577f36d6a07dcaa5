"""Drawing pages of operations into a PDF with reportlab (a text layer: the digital letter)."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import BinaryIO

from reportlab.pdfgen.canvas import Canvas

from samples.apart.ops import PAGE_HEIGHT, PAGE_WIDTH, Box, Line, Op, Page, Text


def _draw(canvas: Canvas, op: Op) -> None:
    if isinstance(op, Text):
        canvas.setFillColorRGB(*op.color)
        canvas.setFont(op.font, op.size)
        canvas.drawString(op.x, op.y, op.text)
    elif isinstance(op, Line):
        canvas.setStrokeColorRGB(0, 0, 0)
        canvas.setLineWidth(op.width)
        canvas.line(op.x1, op.y1, op.x2, op.y2)
    elif isinstance(op, Box):
        canvas.setStrokeColorRGB(*op.color)
        canvas.setLineWidth(op.line)
        if op.radius:
            canvas.roundRect(op.x, op.y, op.width, op.height, op.radius, stroke=1, fill=0)
        else:
            canvas.rect(op.x, op.y, op.width, op.height, stroke=1, fill=0)
    else:
        canvas.saveState()
        canvas.translate(op.x, op.y)
        canvas.rotate(op.angle)
        for inner in op.ops:
            _draw(canvas, inner)
        canvas.restoreState()


def write_pdf(pages: Sequence[Page], path: Path | BinaryIO, title: str) -> None:
    """A PDF whose bytes depend only on the pages (reportlab's invariant mode: no clock, no random id)."""
    target = str(path) if isinstance(path, Path) else path
    canvas = Canvas(target, pagesize=(PAGE_WIDTH, PAGE_HEIGHT), invariant=True)
    canvas.setTitle(title)
    canvas.setAuthor("Internal Revenue Service")
    for page in pages:
        for op in page.ops:
            _draw(canvas, op)
        canvas.showPage()
    canvas.save()
