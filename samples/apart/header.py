"""Page one's header: return address, the label/value block in one of several layouts, the addressee.

Layouts: "inline" (Label: value at the right), "stacked" (label above value), "date_top" ("Date" alone at
the top right with the date under it), "table" (label/value in a ruled table), "grid" (two columns across
the page). The printed last day to petition, when a letter has one, is a two-line wrapped label, a ruled
table row or a box here (or a line below the decisions, see wording.py).
"""

from __future__ import annotations

from collections.abc import Callable

from samples.apart import vocab
from samples.apart.ops import LEFT, RIGHT, TOP, Box, Line, Op, Text, width, wrap
from samples.apart.spec import LetterSpec

Item = tuple[str, str, list[str]]  # (field key, label, value lines)
COLUMN_X = 318.0
COLUMN_WIDTH = RIGHT - COLUMN_X
# Fields that sit in the taxpayer half of a two-column grid.
TAXPAYER_KEYS = frozenset({"taxpayer_name", "taxpayer_id", "tax_form", "tax_periods", "refer"})
# "Last Day to File a Petition with the" / "U.S. Tax Court:": the label wrapped onto two lines.
LAST_DAY_SPLIT = " with the "
PERIOD_SEPARATOR = "; "  # "December 31, 2021; December 31, 2022": commas are inside long dates


def items(spec: LetterSpec, with_last_day: bool) -> list[Item]:
    """The header's label/value pairs in printing order (the date first)."""
    labels = spec.style.labels
    c = spec.contact
    tin_label = labels["taxpayer_ein" if spec.taxpayer.is_business else "taxpayer_ssn"]
    found: list[Item] = [("date", labels["date"], [spec.date_text(spec.letter_date)])]
    if spec.index % 3 == 0:
        found.append(("taxpayer_name", labels["taxpayer_name"], [spec.taxpayer.name]))
    found += [
        ("taxpayer_id", tin_label, [spec.taxpayer_id_printed]),
        ("tax_form", labels["tax_form"], [spec.tax_form]),
        ("tax_periods", labels["tax_periods"], spec.periods_text()),
        ("refer", labels["refer"], [spec.reference]),
        ("contact_name", labels["contact_name"], [c.name]),
        ("contact_employee_id", labels["contact_employee_id"], [c.employee_id]),
        ("contact_phone", labels["contact_phone"], [spec.phone_text(c.phone)]),
    ]
    if c.fax is not None:
        found.append(("contact_fax", labels["contact_fax"], [spec.phone_text(c.fax)]))
    if c.hours is not None:
        found.append(("contact_hours", labels["contact_hours"], [c.hours]))
    if with_last_day and spec.printed_last_day is not None:
        found.append(("last_day", labels["last_day"], [spec.date_text(spec.printed_last_day)]))
    return found


def _inline(item: Item, x: float, y: float, room: float, font: str, bold: str, size: float,
            ops: list[Op]) -> float:
    key, label, values = item
    step = size * 1.3
    if key == "last_day":  # the long label wraps: first half alone, the rest beside the date
        head, tail = label.split(LAST_DAY_SPLIT)
        ops.append(Text(x, y, head + LAST_DAY_SPLIT.rstrip(), bold, size))
        y -= step
        ops.append(Text(x, y, f"{tail} {values[0]}", bold, size))
        return y - step
    joined = f"{label} {PERIOD_SEPARATOR.join(values)}"
    if width(joined, font, size) <= room:
        ops.append(Text(x, y, label, font, size))
        ops.append(Text(x + width(label + " ", font, size), y, PERIOD_SEPARATOR.join(values), font, size))
        return y - step
    ops.append(Text(x, y, label, font, size))
    for value in values:
        y -= step
        ops.append(Text(x + 12, y, value, font, size))
    return y - step


def _stacked(item: Item, x: float, y: float, room: float, font: str, bold: str, size: float,
             ops: list[Op]) -> float:
    key, label, values = item
    step = size * 1.25
    label_lines = label.split(LAST_DAY_SPLIT) if key == "last_day" else [label]
    if key == "last_day":
        label_lines[0] += LAST_DAY_SPLIT.rstrip()
    for line in label_lines:
        ops.append(Text(x, y, line, bold, size))
        y -= step
    for value in values:
        ops.append(Text(x, y, value, font, size))
        y -= step
    return y - size * 0.4


def _column(column: list[Item], x: float, y: float, room: float, spec: LetterSpec, size: float,
            ops: list[Op], place: Callable[..., float]) -> float:
    font, bold = spec.style.font, vocab.BOLD[spec.style.font]
    for item in column:
        y = place(item, x, y, room, font, bold, size, ops)
    return y


def _table(rows: list[Item], x: float, y: float, total: float, spec: LetterSpec, size: float,
           ops: list[Op]) -> float:
    """A ruled two-column table: label cell | value cell, lines between rows and a box around."""
    font, bold = spec.style.font, vocab.BOLD[spec.style.font]
    label_room = total * 0.52
    step = size * 1.2
    top = y
    y -= 3
    for _key, label, values in rows:
        label_lines = wrap(label, bold, size, label_room - 6)
        value_lines = [v for value in values for v in wrap(value, font, size, total - label_room - 6)]
        lines = max(len(label_lines), len(value_lines))
        for i, text in enumerate(label_lines):
            ops.append(Text(x + 3, y - size - i * step, text, bold, size))
        for i, text in enumerate(value_lines):
            ops.append(Text(x + label_room + 3, y - size - i * step, text, font, size))
        y -= lines * step + 5
        ops.append(Line(x, y, x + total, y))
    ops.append(Box(x, y, total, top - y))
    ops.append(Line(x + label_room, y, x + label_room, top))
    return y - 8


def _return_address(spec: LetterSpec, ops: list[Op], size: float) -> float:
    y = TOP
    for line in spec.office:
        ops.append(Text(LEFT, y, line, spec.style.font, size))
        y -= size * 1.25
    return y


def _addressee(spec: LetterSpec, y: float, size: float, ops: list[Op]) -> float:
    ops.append(Text(LEFT, y, "CERTIFIED MAIL", vocab.BOLD[spec.style.font], size))
    y -= size * 2.2
    for line in spec.taxpayer.address:
        ops.append(Text(LEFT + 18, y, line, spec.style.font, size))
        y -= size * 1.25
    return y


def _last_day_box(spec: LetterSpec, y: float, size: float, ops: list[Op], ruled: bool) -> float:
    assert spec.printed_last_day is not None
    label = spec.style.labels["last_day"]
    date = spec.date_text(spec.printed_last_day)
    bold = vocab.BOLD[spec.style.font]
    if ruled:
        return _table([("last_day", label, [date])], LEFT, y, RIGHT - LEFT, spec, size, ops)
    text = f"{label} {date}"
    height = size * 2.2
    ops.append(Box(LEFT, y - height, RIGHT - LEFT, height, line=1.4))
    ops.append(Text(LEFT + 8, y - height + size * 0.75, text, bold, size))
    return y - height - 10


def build(spec: LetterSpec) -> tuple[list[Op], float]:
    """Page one's header operations and the height where the body starts."""
    style = spec.style
    size = style.size - 1
    placement = style.last_day_placement
    in_block = placement == "wrapped_label" or (placement == "table" and style.layout == "table")
    fields = items(spec, with_last_day=in_block)
    ops: list[Op] = []
    address_end = _return_address(spec, ops, size)
    if style.layout == "grid":
        y = address_end - 14
        left = [item for item in fields if item[0] in TAXPAYER_KEYS]
        right = [item for item in fields if item[0] not in TAXPAYER_KEYS]
        end_left = _column(left, LEFT, y, 240, spec, size, ops, _inline)
        end_right = _column(right, COLUMN_X, y, COLUMN_WIDTH, spec, size, ops, _inline)
        y = _addressee(spec, min(end_left, end_right) - 10, size, ops)
    else:
        y = TOP
        if style.layout == "date_top":
            date_item, *fields = fields
            ops.append(Text(RIGHT - width(date_item[1], style.font, size), y + 8, date_item[1],
                            style.font, size))
            value = date_item[2][0]
            ops.append(Text(RIGHT - width(value, style.font, size), y + 8 - size * 1.3, value,
                            style.font, size))
            y -= size * 4
        if style.layout == "table":
            end = _table(fields, COLUMN_X - 20, y + 6, COLUMN_WIDTH + 20, spec, size - 0.5, ops)
        else:
            place = _stacked if style.layout == "stacked" else _inline
            end = _column(fields, COLUMN_X, y, COLUMN_WIDTH, spec, size, ops, place)
        y = min(_addressee(spec, address_end - 24, size, ops), end)
    if placement in ("table", "box") and not in_block:
        y = _last_day_box(spec, y - 6, size, ops, ruled=placement == "table")
    y -= 10
    bold = vocab.BOLD[style.font]
    for part in wrap(" ".join(style.title), bold, style.size, RIGHT - LEFT):
        ops.append(Text(LEFT, y, part, bold, style.size))
        y -= style.size * 1.3
    return ops, y - style.size
