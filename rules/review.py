"""Which flagged items a person must check, and which are only worth a glance (issue 16).

A flag costs a volunteer's time, so only what changes what the taxpayer must do is "must check": the
letter date and letter type (they set the deadlines), a printed last day (it can move one), each decision
(what the petition disputes) and the tax periods (they go on the petition, Tax Court Form 2 item 3).
The rest tells how to reach Appeals or describes the letter: a wrong reading of it changes no deadline.
A name in neither table is must-check, so a new kind of flag is never quietly downgraded.
"""

from __future__ import annotations

from collections.abc import Iterable

MUST_CHECK: frozenset[str] = frozenset({
    "letter_date", "letter_type", "printed_last_day", "collection", "innocent_spouse", "tax_periods",
})
WORTH_A_GLANCE: frozenset[str] = frozenset({
    "contact_name", "contact_employee_id", "contact_phone", "contact_fax", "contact_hours",
    "taxpayer_name", "taxpayer_id", "tax_form", "issuing_office",
})


def is_must_check(name: str) -> bool:
    """Whether a flagged item (a field name, or a determination by name or path) must be checked."""
    return name.rsplit(".", 1)[-1] not in WORTH_A_GLANCE


def split_review(names: Iterable[str]) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """Flagged names, in order and once each, as (must check, worth a glance)."""
    unique = tuple(dict.fromkeys(names))
    return (tuple(n for n in unique if is_must_check(n)), tuple(n for n in unique if not is_must_check(n)))
