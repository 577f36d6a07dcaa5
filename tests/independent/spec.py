"""What an independent letter is: its header drawing, body, footer and truth (written out by hand)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import wording as w
from layout import Fonts, Pen

FIELDS: tuple[str, ...] = (
    "letter_date", "contact_name", "contact_employee_id", "contact_phone", "contact_fax", "contact_hours",
    "taxpayer_name", "taxpayer_id", "tax_periods", "tax_form", "printed_last_day",
)
APPEALS = ("Department of the Treasury", "Internal Revenue Service", "Independent Office of Appeals")


@dataclass(frozen=True)
class Letter:
    name: str
    letter_type: str
    header: Callable[[Pen], float]  # draws page 1's header and address; returns where the body starts
    body: tuple[str, ...]  # paragraphs; "**" makes one bold
    footer: str
    fields: dict[str, object]
    collection: dict[str, object] | None
    innocent_spouse: dict[str, object] | None
    fonts: Fonts | None = None
    continuation: str = ""


def salute(pen: Pen, top: float, greeting: str, title: str = w.TITLE_4390) -> float:
    pen.y = top
    pen.paragraph(title, bold=True)
    pen.paragraph(greeting, gap=0.4)
    return pen.y
