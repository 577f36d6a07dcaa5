"""The petition worksheet drawn: one row per Form 2 item (what to write, and the page-2 numbers it comes
from), flagged values and late parts in red, then the Rule 27(a) privacy box. A page of its own."""

from __future__ import annotations

from dataclasses import dataclass

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable, PageBreak, Spacer, Table

from annotate.messages import Messages
from annotate.page_one_layout import paragraph
from annotate.styles import CARD_BG, MUTED, RULE, STOP, STOP_BG, styles, table_style
from annotate.worksheet import Source, Worksheet, WorksheetLine

COLUMNS = (112.0, 0.0, 92.0)  # item, what to write (the rest), from the letter
BULLETED = frozenset({"enclose", "file"})  # items whose lines are a list of separate things


@dataclass(frozen=True)
class _Type:
    """The worksheet's text sizes: regular, or one step smaller when warnings would push it past a page."""

    value: ParagraphStyle
    text: ParagraphStyle


def worksheet_flowables(sheet: Worksheet, msgs: Messages, width: float, height: float) -> list[Flowable]:
    """The worksheet's page; set one size smaller when its regular size would not fit on one page."""
    s = styles()
    story: list[Flowable] = []
    for sizes in (_Type(s.body, s.small), _Type(s.cell, s.small_cell)):
        story = [paragraph(sheet.title, s.title), *(paragraph(line, s.about) for line in sheet.intro),
                 Spacer(0, 6), _table(sheet.lines, msgs, width, sizes), Spacer(0, 8),
                 _privacy(sheet, width, sizes)]
        if _height(story, width) <= height:
            break
    return [*story, PageBreak()]


def _height(flowables: list[Flowable], width: float) -> float:
    total = 0.0
    for flowable in flowables:
        _, h = flowable.wrap(width, 10_000)
        total += h + flowable.getSpaceBefore() + flowable.getSpaceAfter()
    return total


def _table(lines: tuple[WorksheetLine, ...], msgs: Messages, width: float, sizes: _Type) -> Table:
    s = styles()
    middle = width - COLUMNS[0] - COLUMNS[2]
    rows: list[list[object]] = [[paragraph(msgs(key), s.cell_bold)
                                 for key in ("ws.col.item", "ws.col.write", "ws.col.from")]]
    commands: list[tuple[object, ...]] = [
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("BACKGROUND", (0, 0), (-1, 0), CARD_BG),
        ("LINEBELOW", (0, 0), (-1, -1), 0.4, RULE),
        ("TOPPADDING", (0, 0), (-1, -1), 2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
    ]
    for line in lines:
        bullet = "• " if line.item in BULLETED else ""
        what = [paragraph(text, sizes.value, bold=True) for text in line.values]
        what += [paragraph(f"{bullet}{text}", sizes.text) for text in line.lines]
        what += [paragraph(text, sizes.text, color=STOP, bold=True) for text in line.warnings]
        rows.append([paragraph(line.heading, s.cell_bold), what, _sources(line.sources, msgs)])
        if line.flagged or line.warnings:
            commands.append(("BOX", (0, len(rows) - 1), (-1, len(rows) - 1), 1.2, STOP))
    table = Table(rows, colWidths=[COLUMNS[0], middle, COLUMNS[2]], repeatRows=1)
    table.setStyle(table_style(commands))
    return table


def _sources(sources: tuple[Source, ...], msgs: Messages) -> list[Flowable]:
    s = styles()
    if not sources:
        return [paragraph(msgs("ws.from.you"), s.cell, color=MUTED)]
    cells: list[Flowable] = []
    for source in sources:
        where = (msgs("ws.from.ref", number=source.number, page=source.page) if source.page is not None
                 else msgs("ws.from.number", number=source.number))
        cells.append(paragraph(where, s.cell))
        if source.flagged:
            cells.append(paragraph(msgs("p2.check"), s.cell_bold, color=STOP))
    return cells


def _privacy(sheet: Worksheet, width: float, sizes: _Type) -> Table:
    s = styles()
    table = Table([[[paragraph(sheet.privacy_title, s.cell_bold), paragraph(sheet.privacy, sizes.text)]]],
                  colWidths=[width])
    table.setStyle(table_style([
        ("BACKGROUND", (0, 0), (-1, -1), STOP_BG),
        ("BOX", (0, 0), (-1, -1), 1.0, STOP),
        ("LEFTPADDING", (0, 0), (-1, -1), 6),
        ("RIGHTPADDING", (0, 0), (-1, -1), 6),
        ("TOPPADDING", (0, 0), (-1, -1), 4),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
    ]))
    return table
