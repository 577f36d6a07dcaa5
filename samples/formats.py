"""How values are printed on the synthetic letters (dates, periods, phones, taxpayer IDs)."""

from __future__ import annotations

import datetime as dt

from samples import vocab

# Date styles, all month-first as US letters print them.
DATE_STYLE_EXAMPLES: dict[str, str] = {
    "long": "March 3, 2025",
    "upper": "MAR 03 2025",
    "numeric": "03/03/2025",
    "abbrev": "Mar. 3, 2025",
}


def format_date(day: dt.date, style: str) -> str:
    if style == "long":
        return f"{day:%B} {day.day}, {day.year}"
    if style == "upper":
        return f"{day:%b}".upper() + f" {day:%d %Y}"
    if style == "numeric":
        return f"{day:%m/%d/%Y}"
    if style == "abbrev":
        return f"{vocab.MONTH_ABBREVIATIONS[day.month - 1]} {day.day}, {day.year}"
    raise ValueError(f"unknown date style {style!r}")


def format_period(day: dt.date, style: str) -> str:
    if style == "yyyymm":
        return f"{day:%Y%m}"
    return format_date(day, "numeric" if style == "numeric" else "long")


def format_phone(digits: str, pattern: str) -> str:
    return pattern.format(a=digits[:3], b=digits[3:6], c=digits[6:])


def format_tin(digits: str, kind: str, masked: bool) -> str:
    """As printed on the letter: in full (as many real letters still do) or already masked."""
    if kind == "ssn":
        return f"XXX-XX-{digits[5:]}" if masked else f"{digits[:3]}-{digits[3:5]}-{digits[5:]}"
    return f"XX-XXX{digits[5:]}" if masked else f"{digits[:2]}-{digits[2:]}"


def masked_tin(digits: str, kind: str) -> str:
    """The masked form the result schema wants."""
    return format_tin(digits, kind, masked=True)
