"""Fact values as a person reads them, and the last line of defence against a full taxpayer ID in text."""

from __future__ import annotations

import datetime as dt
import re

from annotate.messages import Messages

# A full SSN (123-45-6789, 123 45 6789) or EIN (12-3456789) printed in text; digits not part of a longer run.
# Nine digits run together are left alone: that is how employee ID numbers look.
SSN_PATTERN = re.compile(r"(?<!\d)\d{3}([- ])\d{2}\1(\d{4})(?!\d)")
EIN_PATTERN = re.compile(r"(?<!\d)\d{2}-\d{3}(\d{4})(?!\d)")
PHONE_DIGITS = re.compile(r"\d{10}")


def redact_tins(text: str) -> str:
    """`text` with every full SSN/EIN-shaped number cut to its last four digits."""
    text = EIN_PATTERN.sub(lambda m: f"XX-XXX{m.group(1)}", text)
    return SSN_PATTERN.sub(lambda m: f"XXX-XX-{m.group(2)}", text)


def format_phone(digits: str) -> str:
    """"5551234567" -> "(555) 123-4567"; anything else as given."""
    if PHONE_DIGITS.fullmatch(digits):
        return f"({digits[:3]}) {digits[3:6]}-{digits[6:]}"
    return digits


def value_text(name: str, value: object, msgs: Messages) -> str:
    """One field's value in words: dates spelled out, phone numbers grouped, lists joined."""
    if isinstance(value, dt.date):
        return msgs.long_date(value)
    if isinstance(value, tuple):
        # Lists are tax periods: short dates keep them on one line.
        return msgs.join([msgs.short_date(v) if isinstance(v, dt.date) else value_text(name, v, msgs)
                          for v in value])
    if name in ("contact_phone", "contact_fax"):
        return format_phone(str(value))
    return redact_tins(str(value))

