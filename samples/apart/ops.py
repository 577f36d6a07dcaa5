"""Pages as plain drawing operations, so one layout feeds both the digital PDF and the scans."""

from __future__ import annotations

from dataclasses import dataclass, field

from reportlab.pdfbase.pdfmetrics import stringWidth

PAGE_WIDTH = 612.0
PAGE_HEIGHT = 792.0
LEFT = 54.0
RIGHT = 558.0
TOP = 748.0
BOTTOM = 64.0
BLACK = (0.0, 0.0, 0.0)


@dataclass(frozen=True)
class Text:
    x: float
    y: float
    text: str
    font: str
    size: float
    color: tuple[float, float, float] = BLACK


@dataclass(frozen=True)
class Line:
    x1: float
    y1: float
    x2: float
    y2: float
    width: float = 0.6


@dataclass(frozen=True)
class Box:
    x: float
    y: float
    width: float
    height: float
    line: float = 0.8
    color: tuple[float, float, float] = BLACK
    radius: float = 0.0


@dataclass(frozen=True)
class Group:
    """Operations in local coordinates, turned by `angle` degrees about (x, y): a rubber stamp."""

    x: float
    y: float
    angle: float
    ops: tuple[Text | Line | Box, ...]


Op = Text | Line | Box | Group


@dataclass
class Page:
    ops: list[Op] = field(default_factory=list)


def width(text: str, font: str, size: float) -> float:
    return float(stringWidth(text, font, size))


def wrap(text: str, font: str, size: float, room: float) -> list[str]:
    """Greedy word wrap to `room` points."""
    lines: list[str] = []
    current = ""
    for word in text.split():
        candidate = f"{current} {word}" if current else word
        if current and width(candidate, font, size) > room:
            lines.append(current)
            current = word
        else:
            current = candidate
    if current:
        lines.append(current)
    return lines or [""]
