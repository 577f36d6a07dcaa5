"""Fonts, paragraph styles and the outline styles of the summary.

Fonts are TrueType so they are embedded (subset) and cover Spanish: DejaVu Sans from Debian's
fonts-dejavu-core when present, else Bitstream Vera, which ships inside reportlab itself.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import reportlab
from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import TableStyle

from parser.core.errors import MissingDependencyError
from parser.core.notes import note

REGULAR = "SummarySans"
BOLD = "SummarySans-Bold"

_DEJAVU = Path("/usr/share/fonts/truetype/dejavu")
FONT_PACKAGE = "fonts-dejavu-core"  # the Debian package of _DEJAVU's fonts
_VERA = Path(reportlab.__file__).parent / "fonts"
_FONT_FILES: tuple[tuple[Path, Path], ...] = (
    (_DEJAVU / "DejaVuSans.ttf", _DEJAVU / "DejaVuSans-Bold.ttf"),
    (_VERA / "Vera.ttf", _VERA / "VeraBd.ttf"),
)

INK = colors.HexColor("#1a1a1a")
MUTED = colors.HexColor("#444444")
STOP = colors.HexColor("#9b1c1c")
STOP_BG = colors.HexColor("#fdecea")
CHECK = colors.HexColor("#8a5300")
CHECK_BG = colors.HexColor("#fff4d6")
INFO = colors.HexColor("#1d4f91")
INFO_BG = colors.HexColor("#e8f0fb")
CARD_BG = colors.HexColor("#f3f6f9")
RULE = colors.HexColor("#9aa5b1")


@cache
def register_fonts() -> tuple[str, str]:
    """Register the first available TrueType pair under REGULAR/BOLD; returns the files used."""
    for regular, bold in _FONT_FILES:
        if regular.is_file() and bold.is_file():
            pdfmetrics.registerFont(TTFont(REGULAR, str(regular)))
            pdfmetrics.registerFont(TTFont(BOLD, str(bold)))
            pdfmetrics.registerFontFamily(REGULAR, normal=REGULAR, bold=BOLD, italic=REGULAR, boldItalic=BOLD)
            return str(regular), str(bold)
    raise MissingDependencyError(note("error.fonts_missing", package=FONT_PACKAGE))


def style(
    name: str, size: float, *, bold: bool = False, color: colors.Color = INK, leading: float | None = None,
    space_before: float = 0, space_after: float = 0, align: int = 0, keep_with_next: bool = False,
) -> ParagraphStyle:
    register_fonts()
    return ParagraphStyle(
        name, fontName=BOLD if bold else REGULAR, fontSize=size, leading=leading or size * 1.25,
        textColor=color, spaceBefore=space_before, spaceAfter=space_after, alignment=align,
        keepWithNext=int(keep_with_next),
    )


@dataclass(frozen=True)
class Styles:
    title: ParagraphStyle
    about: ParagraphStyle
    section: ParagraphStyle
    body: ParagraphStyle
    small: ParagraphStyle
    banner_title: ParagraphStyle
    card_heading: ParagraphStyle
    card_date: ParagraphStyle
    card_status: ParagraphStyle
    cell: ParagraphStyle
    cell_bold: ParagraphStyle
    small_cell: ParagraphStyle
    footer: ParagraphStyle


@cache
def styles() -> Styles:
    return Styles(
        title=style("title", 20, bold=True, space_after=2),
        about=style("about", 10, color=MUTED, leading=12.5),
        section=style("section", 12.5, bold=True, space_before=7, space_after=2, keep_with_next=True),
        body=style("body", 9, leading=11.3),
        small=style("small", 8.5, leading=10.5),
        banner_title=style("banner_title", 11, bold=True, leading=13.5),
        card_heading=style("card_heading", 10.5, bold=True, leading=13),
        card_date=style("card_date", 20, bold=True, leading=23),
        card_status=style("card_status", 12, bold=True, leading=15),
        cell=style("cell", 8.5, leading=10.5),
        cell_bold=style("cell_bold", 8.5, bold=True, leading=10.5),
        small_cell=style("small_cell", 7, leading=8.5),
        footer=style("footer", 7.5, color=MUTED),
    )


def table_style(commands: Sequence[tuple[object, ...]]) -> TableStyle:
    """A TableStyle in the summary's font (the default, Helvetica, would be named but not embedded)."""
    return TableStyle([("FONTNAME", (0, 0), (-1, -1), REGULAR), *commands])


@dataclass(frozen=True)
class OutlineStyle:
    """How one numbered field is outlined: a colour AND a dash pattern, so it reads in black and white."""

    color: colors.Color
    dash: tuple[float, ...]


# Colours of clearly different greyness, each with its own dash pattern; numbers carry identity on top.
OUTLINES: tuple[OutlineStyle, ...] = (
    OutlineStyle(colors.HexColor("#0b3d91"), ()),  # dark blue, solid
    OutlineStyle(colors.HexColor("#b3261e"), (6, 3)),  # red, dashed
    OutlineStyle(colors.HexColor("#1b6e3a"), (1.5, 2)),  # green, dotted
    OutlineStyle(colors.HexColor("#6a1b9a"), (7, 2, 1.5, 2)),  # purple, dash-dot
    OutlineStyle(colors.HexColor("#a65c00"), (11, 3)),  # brown, long dash
)


def outline_style(number: int) -> OutlineStyle:
    return OUTLINES[(number - 1) % len(OUTLINES)]
