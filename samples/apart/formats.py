"""How dates, phone numbers, identification numbers and tax periods are printed on a letter."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December")
MONTH_ABBREVIATIONS = ("Jan.", "Feb.", "Mar.", "Apr.", "May", "Jun.", "Jul.", "Aug.", "Sep.", "Oct.",
                       "Nov.", "Dec.")


def _long(day: dt.date) -> str:
    return f"{MONTHS[day.month - 1]} {day.day}, {day.year}"


DATE_STYLES: dict[str, Callable[[dt.date], str]] = {
    "long": _long,
    "long_padded": lambda d: f"{MONTHS[d.month - 1]} {d.day:02d}, {d.year}",
    "day_first": lambda d: f"{d.day} {MONTHS[d.month - 1]} {d.year}",
    "numeric": lambda d: f"{d.month:02d}/{d.day:02d}/{d.year}",
    "abbreviated": lambda d: f"{MONTH_ABBREVIATIONS[d.month - 1]} {d.day}, {d.year}",
    "upper": lambda d: f"{MONTHS[d.month - 1].upper()} {d.day} {d.year}",
}


def stamp_date(day: dt.date) -> str:
    """A date the way receipt stamps and fax machines print it: MAY 03 2021."""
    return f"{MONTHS[day.month - 1][:3].upper()} {day.day:02d} {day.year}"


PHONE_STYLES: dict[str, Callable[[str], str]] = {
    "parentheses": lambda p: f"({p[:3]}) {p[3:6]}-{p[6:]}",
    "dashes": lambda p: f"{p[:3]}-{p[3:6]}-{p[6:]}",
    "dots": lambda p: f"{p[:3]}.{p[3:6]}.{p[6:]}",
    "long_distance": lambda p: f"1-{p[:3]}-{p[3:6]}-{p[6:]}",
    "spaces": lambda p: f"{p[:3]} {p[3:6]} {p[6:]}",
}

# How the letter prints a masked number, and how the truth reports it.
SSN_PRINTS = ("XXX-XX-{}", "***-**-{}", "XXX-XX-{}")
EIN_PRINTS = ("XX-XXX{}", "**-***{}")
SSN_TRUTH = "XXX-XX-{}"
EIN_TRUTH = "XX-XXX{}"

PERIOD_STYLES: dict[str, Callable[[dt.date], str]] = {
    "numeric": lambda d: f"{d.month:02d}/{d.day:02d}/{d.year}",
    "long": _long,
    "yyyymm": lambda d: f"{d.year}{d.month:02d}",
    "year": lambda d: str(d.year),
    "abbreviated": lambda d: f"{MONTH_ABBREVIATIONS[d.month - 1]} {d.day}, {d.year}",
}
# Period styles that make sense under a label: a year alone only under a "year" label.
YEAR_LABELS = frozenset({"Tax year(s):"})
