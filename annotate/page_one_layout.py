"""Page 1 drawn: the words of `page_one.PageOne` as reportlab flowables."""

from __future__ import annotations

from html import escape as html_escape

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import CondPageBreak, Flowable, PageBreak, Paragraph, Spacer, Table

from annotate.page_one import Banner, DeadlineCard, PageOne
from annotate.styles import (
    CARD_BG,
    CHECK,
    CHECK_BG,
    INFO,
    INFO_BG,
    MUTED,
    RULE,
    STOP,
    STOP_BG,
    Styles,
    styles,
    table_style,
)

BANNER_COLOURS = {"stop": (STOP, STOP_BG), "check": (CHECK, CHECK_BG), "info": (INFO, INFO_BG)}
CARD_GAP = 10.0
SPILL_BREAK = 300.0  # points: start page 2's content on a fresh page unless this much room is left


def escape(text: str) -> str:
    """&, < and > as entities (xml.sax.saxutils.escape's output; that module loads urllib, http and ssl,
    ~30 ms of every summary, where reportlab has loaded `html` already)."""
    return html_escape(text, quote=False)


def paragraph(
    text: str, style_: ParagraphStyle, *, color: colors.Color | None = None, bold: bool = False
) -> Paragraph:
    """A Paragraph of plain text (escaped: catalogue and letter text are never markup)."""
    markup = escape(text)
    if bold:
        markup = f"<b>{markup}</b>"
    if color is not None:
        markup = f'<font color="{color.hexval()}">{markup}</font>'
    return Paragraph(markup, style_)


def page_one_flowables(page: PageOne, width: float, height: float) -> list[Flowable]:
    """Page 1 and the break after it. The bottom sections sit side by side when they fit on the page,
    else stacked (so they flow onto the next page instead of jumping there whole)."""
    s = styles()
    story: list[Flowable] = [paragraph(page.title, s.title)]
    story += [paragraph(line, s.about) for line in page.about]
    story.append(Spacer(0, 6))
    for group in _grouped(page.banners):
        story += [_banner(group, width, s), Spacer(0, 5)]
    if page.cards:
        story += [_cards(page.cards, width, s), Spacer(0, 4)]
    if page.scope:
        story += _scope(page, width, s)
    left, right = _bottom_columns(page, s)
    if not left:  # nothing decided and nothing to file (not a 4390): help takes the full width
        return [*story, *right, PageBreak()]
    side_by_side = _side_by_side(left, right, width)
    if _height(story, width) + _height([side_by_side], width) <= height:
        return [*story, side_by_side, PageBreak()]
    # Spilled onto a second page: page 2's evidence may follow on it rather than leave it half empty.
    return [*story, *left, *right, CondPageBreak(SPILL_BREAK)]


def _height(flowables: list[Flowable], width: float) -> float:
    total = 0.0
    for flowable in flowables:
        _, h = flowable.wrap(width, 10_000)
        total += h + flowable.getSpaceBefore() + flowable.getSpaceAfter()
    return total


def _grouped(banners: tuple[Banner, ...]) -> list[list[Banner]]:
    """Consecutive banners of one kind share a box: one red box, not three."""
    groups: list[list[Banner]] = []
    for banner in banners:
        if groups and groups[-1][0].kind == banner.kind:
            groups[-1].append(banner)
        else:
            groups.append([banner])
    return groups


def _banner(group: list[Banner], width: float, s: Styles) -> Table:
    ink, background = BANNER_COLOURS[group[0].kind]
    cells: list[list[Flowable]] = []
    for banner in group:
        cells.append([paragraph(banner.title, s.banner_title, color=ink)])
        cells += [[paragraph(line, s.body)] for line in banner.lines]
    table = Table(cells, colWidths=[width])
    table.setStyle(table_style([
        ("BACKGROUND", (0, 0), (-1, -1), background),
        ("LINEBEFORE", (0, 0), (0, -1), 5, ink),
        ("BOX", (0, 0), (-1, -1), 0.8, ink),
        ("LEFTPADDING", (0, 0), (-1, -1), 10),
        ("TOPPADDING", (0, 0), (-1, -1), 1.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5),
        ("TOPPADDING", (0, 0), (-1, 0), 5),
        ("BOTTOMPADDING", (0, -1), (-1, -1), 5),
    ]))
    return table


def _card(card: DeadlineCard, width: float, s: Styles) -> Table:
    alarm = card.state != "open"
    rows: list[list[Flowable]] = [
        [paragraph(card.heading, s.card_heading)],
        [paragraph(card.date, s.card_date, color=STOP if card.state == "passed" else None)],
    ]
    status = [text for text in (card.status, card.unconfirmed) if text]
    if status:
        rows.append([paragraph(" · ".join(status), s.card_status,
                               color=STOP if alarm or card.unconfirmed else None)])
    rows.append([paragraph(card.disputes, s.body)])
    rows.append([paragraph(" ".join(card.notes), s.small, color=MUTED)])
    table = Table(rows, colWidths=[width])
    table.setStyle(table_style([
        ("BACKGROUND", (0, 0), (-1, -1), STOP_BG if card.state == "passed" else CARD_BG),
        ("BOX", (0, 0), (-1, -1), 1.5 if card.unconfirmed else 0.8,
         STOP if card.unconfirmed or alarm else RULE),
        ("LEFTPADDING", (0, 0), (-1, -1), 9),
        ("RIGHTPADDING", (0, 0), (-1, -1), 9),
        ("TOPPADDING", (0, 0), (-1, -1), 1.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5),
        ("TOPPADDING", (0, 0), (-1, 0), 7),
        ("BOTTOMPADDING", (0, -1), (-1, -1), 7),
        ("BOTTOMPADDING", (0, -2), (-1, -2), 4),
    ]))
    return table


def _cards(cards: tuple[DeadlineCard, ...], width: float, s: Styles) -> Table:
    """The deadlines side by side, same height, with a gap between them."""
    each = (width - CARD_GAP * (len(cards) - 1)) / len(cards)
    row: list[Flowable | str] = []
    widths: list[float] = []
    for index, card in enumerate(cards):
        if index:
            row.append("")
            widths.append(CARD_GAP)
        row.append(_card(card, each, s))
        widths.append(each)
    table = Table([row], colWidths=widths)
    table.setStyle(table_style([
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("RIGHTPADDING", (0, 0), (-1, -1), 0),
        ("TOPPADDING", (0, 0), (-1, -1), 0),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
    ]))
    return table


def _scope(page: PageOne, width: float, s: Styles) -> list[Flowable]:
    marker = 52.0
    rows = [
        [paragraph(page.today_label, s.cell_bold, color=colors.white) if row.current else "",
         paragraph(row.text, s.body, bold=row.current)]
        for row in page.scope
    ]
    table = Table(rows, colWidths=[marker, width - marker])
    commands: list[tuple[object, ...]] = [
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("LINEBELOW", (0, 0), (-1, -2), 0.5, RULE),
        ("BOX", (0, 0), (-1, -1), 0.8, RULE),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
    ]
    for index, row in enumerate(page.scope):
        if row.current:
            commands += [("BACKGROUND", (0, index), (0, index), colors.black),
                         ("BOX", (0, index), (-1, index), 1.5, colors.black)]
    table.setStyle(table_style(commands))
    return [paragraph(page.scope_title, s.section), table]


def _bottom_columns(page: PageOne, s: Styles) -> tuple[list[Flowable], list[Flowable]]:
    """What was decided and how to file (left), who can help (right)."""
    left: list[Flowable] = []
    if page.decided:
        left.append(paragraph(page.decided_title, s.section))
        left += [item for text in page.decided for item in (paragraph(text, s.body), Spacer(0, 3))]
    if page.file_steps:
        left.append(paragraph(page.file_title, s.section))
        left += [_bullet(step, s) for step in page.file_steps]
    right: list[Flowable] = [paragraph(page.help_title, s.section)]
    for helper in page.helpers:
        right.append(Paragraph(f"<b>{escape(helper.name)}</b><br/>{escape(helper.text)}", s.small))
        right.append(Spacer(0, 3))
    return left, right


def _side_by_side(left: list[Flowable], right: list[Flowable], width: float) -> Table:
    gap = 14.0
    left_width = width * 0.61
    table = Table([[left, "", right]], colWidths=[left_width, gap, width - left_width - gap])
    table.setStyle(table_style([
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("RIGHTPADDING", (0, 0), (-1, -1), 0),
        ("TOPPADDING", (0, 0), (-1, -1), 0),
    ]))
    return table


def _bullet(text: str, s: Styles) -> Paragraph:
    return Paragraph(f"•&nbsp;{escape(text)}", s.body)
