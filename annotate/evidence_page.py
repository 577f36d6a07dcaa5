"""Page 2: each fact with its value, how sure the reader was, and a picture of where it was read; then the
deadline arithmetic with its authorities, and the reader's notes."""

from __future__ import annotations

import io

from reportlab.lib import colors
from reportlab.platypus import Flowable, Image, Spacer, Table

from annotate.deadline_steps import Step, deadline_steps
from annotate.marks import Mark
from annotate.messages import Messages
from annotate.page_images import PageImage
from annotate.page_one_layout import paragraph
from annotate.styles import CARD_BG, MUTED, RULE, STOP, outline_style, styles, table_style
from annotate.values import redact_tins
from parser.core.model import Box, Word
from rules.model import Assessment

COLUMNS = (18.0, 84.0, 124.0, 56.0)  # #, what, value, how sure; the picture takes the rest
CROP_PAD = 4.0
LABEL_MAX_GAP = 130.0  # a label this far left of its value still belongs to it ("Date:      March 3, 2025")
LABEL_MAX_SPAN = 330.0  # the widest picture a label may stretch to
WORD_GAP_LINES = 1.2  # between the words of one label: at most this many line heights
CROP_MAX_HEIGHT = 34.0
CROP_SCALE = 0.85  # letter text (10-12 pt) comes out near the table's own size
# A picture shrunk below this would be too small to read in its column: it gets a row of its own.
MIN_CROP_SCALE = 0.75


def evidence_flowables(
    assessment: Assessment, marks: tuple[Mark, ...], missing: tuple[str, ...],
    pages: tuple[PageImage, ...], msgs: Messages, width: float,
) -> list[Flowable]:
    s = styles()
    words = {page.number: page.words for page in assessment.facts.document.pages}
    story: list[Flowable] = [paragraph(msgs("p2.title"), s.title), paragraph(msgs("p2.intro"), s.about),
                             Spacer(0, 6), _facts_table(marks, pages, words, msgs, width)]
    if missing:
        names = msgs.join([msgs.label(name) for name in missing])
        not_found = f"{msgs('p2.not_found').capitalize()}: {names}."
        story += [Spacer(0, 3), paragraph(not_found, s.small, color=MUTED)]
    arithmetic = (_side_by_side_steps(assessment, msgs, width) if assessment.deadlines
                  else paragraph(msgs("p2.arith.none"), s.body))
    story += [paragraph(msgs("p2.arith.title"), s.section), arithmetic]
    if assessment.warnings:
        story.append(paragraph(msgs("p2.notes.title"), s.section))
        story += [paragraph(f"• {redact_tins(msgs.said(note))}", s.small) for note in assessment.warnings]
    return story


def _facts_table(marks: tuple[Mark, ...], pages: tuple[PageImage, ...], words: dict[int, tuple[Word, ...]],
                 msgs: Messages, width: float) -> Table:
    s = styles()
    where_width = width - sum(COLUMNS)
    header = [paragraph(msgs(key), s.cell_bold) for key in
              ("p2.col.number", "p2.col.what", "p2.col.value", "p2.col.sure", "p2.col.where")]
    rows: list[list[object]] = [header]
    commands: list[tuple[object, ...]] = [
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("BACKGROUND", (0, 0), (-1, 0), CARD_BG),
        ("LINEBELOW", (0, 0), (-1, -1), 0.4, RULE),
        ("TOPPADDING", (0, 0), (-1, -1), 2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
        ("LEFTPADDING", (0, 0), (-1, -1), 3),
        ("RIGHTPADDING", (0, 0), (-1, -1), 3),
    ]
    by_number = {page.number: page for page in pages}
    for mark in marks:
        evidence = mark.evidence[0] if mark.evidence else None
        sure = [paragraph(f"{round(mark.confidence * 100)}%", s.cell)]
        if evidence is not None:
            where = f"{msgs('p2.page', page=evidence.page)}, {msgs(f'p2.method.{evidence.method}')}"
            sure.append(paragraph(where, s.small_cell, color=MUTED))
        if mark.needs_review:
            sure.append(paragraph(msgs("p2.check"), s.cell_bold, color=STOP))
        elif mark.glance:
            sure.append(paragraph(msgs("p2.glance"), s.small_cell, color=MUTED))
        value = [paragraph(mark.value, s.cell)]
        if mark.reasons:
            value.append(paragraph(redact_tins(msgs.said_all(mark.reasons)), s.cell, color=STOP))
        number = paragraph(str(mark.number), s.cell_bold, color=outline_style(mark.number).color)
        row: list[object] = [number, paragraph(mark.label, s.cell_bold), value, sure, ""]
        picture_box = _picture_box(mark, words) if evidence is not None else None
        page = by_number.get(evidence.page) if evidence is not None else None
        if page is None or picture_box is None:
            row[-1] = paragraph(msgs("p2.no_picture"), s.cell, color=MUTED)
            rows.append(row)
        elif picture_box.width * CROP_SCALE * MIN_CROP_SCALE <= where_width - 6:
            row[-1] = _crop(page, picture_box, where_width - 6)
            rows.append(row)
        else:  # too wide for its column: a full-width row below
            rows += [row, ["", _crop(page, picture_box, width - COLUMNS[0] - 6), "", "", ""]]
            commands.append(("SPAN", (1, len(rows) - 1), (-1, len(rows) - 1)))
            commands.append(("LINEBELOW", (0, len(rows) - 2), (-1, len(rows) - 2), 0, colors.white))
        if mark.needs_review:
            commands.append(("BOX", (0, len(rows) - 1), (-1, len(rows) - 1), 1.2, STOP))
    table = Table(rows, colWidths=[*COLUMNS, where_width], repeatRows=1)
    table.setStyle(table_style(commands))
    return table


def _picture_box(mark: Mark, words: dict[int, tuple[Word, ...]]) -> Box | None:
    """The value's box widened to the left over the words on its line that lead up to it (its label),
    so the picture shows "Date: March 3, 2025", not a date out of context."""
    evidence = mark.evidence[0]
    box = evidence.box
    if mark.key in ("collection", "innocent_spouse"):  # sentences: their own words are the context
        return box
    before = [w for w in words.get(evidence.page, ()) if w.box.x1 <= box.x0 + 0.5 and _same_line(w.box, box)]
    line = sorted(before, key=lambda w: -w.box.x1)
    left = box.x0
    for index, word in enumerate(line):
        # The label may stand well apart from its value, but its own words are close together.
        gap_allowed = LABEL_MAX_GAP if index == 0 else WORD_GAP_LINES * box.height
        if left - word.box.x1 > gap_allowed or box.x1 - word.box.x0 > LABEL_MAX_SPAN:
            break
        left = word.box.x0
    return Box(left, box.top, box.x1, box.bottom)


def _same_line(a: Box, b: Box) -> bool:
    overlap = min(a.bottom, b.bottom) - max(a.top, b.top)
    return overlap >= 0.5 * min(a.height, b.height)


def _crop(page: PageImage, box: Box, max_width: float) -> Image | str:
    made = page.crop_jpeg(box, pad_left=CROP_PAD, pad=CROP_PAD)
    if made is None:
        return ""
    data, width, height = made
    scale = min(CROP_SCALE, max_width / width, CROP_MAX_HEIGHT / height)
    return Image(io.BytesIO(data), width=width * scale, height=height * scale, hAlign="LEFT")


def _side_by_side_steps(assessment: Assessment, msgs: Messages, width: float) -> Table:
    """Each deadline's arithmetic in its own column, so both fit under the facts table."""
    count = len(assessment.deadlines)
    gap = 10.0
    each = (width - gap * (count - 1)) / count
    cells: list[object] = []
    for index, deadline in enumerate(assessment.deadlines):
        if index:
            cells.append("")
        cells.append([paragraph(msgs(f"deadline.{deadline.id}"), styles().cell_bold),
                      _steps_table(deadline_steps(deadline, msgs), msgs, each)])
    widths = [each if i % 2 == 0 else gap for i in range(2 * count - 1)]
    table = Table([cells], colWidths=widths)
    table.setStyle(table_style([
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("RIGHTPADDING", (0, 0), (-1, -1), 0),
    ]))
    return table


def _steps_table(steps: tuple[Step, ...], msgs: Messages, width: float) -> Table:
    s = styles()
    rows: list[list[object]] = [[paragraph(msgs("p2.arith.col.step"), s.cell_bold),
                                 paragraph(msgs("p2.arith.col.authority"), s.cell_bold)]]
    for index, step in enumerate(steps):
        last = index == len(steps) - 1  # the due day
        rows.append([paragraph(step.text, s.cell_bold if last else s.cell),
                     paragraph(step.authority, s.cell, color=MUTED)])
    table = Table(rows, colWidths=[width * 0.56, width * 0.44])
    table.setStyle(table_style([
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("BACKGROUND", (0, 0), (-1, 0), CARD_BG),
        ("LINEBELOW", (0, 0), (-1, -1), 0.4, RULE),
        ("TOPPADDING", (0, 0), (-1, -1), 2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
    ]))
    return table
