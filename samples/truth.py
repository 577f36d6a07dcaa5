"""Ground truth of a synthetic letter, computed here independently of the project's rules package."""

from __future__ import annotations

import datetime as dt
from typing import Any

import holidays

from samples.formats import masked_tin
from samples.letter_spec import LetterSpec

# Days to petition the Tax Court, per letter type (domain brief): (collection, innocent spouse).
PETITION_DAYS: dict[str, tuple[int | None, int | None]] = {
    "4390": (30, 90),
    "3193": (30, None),
    "4439": (None, 90),
    "3288": (None, 90),
    "3279": (None, 90),
    "3210": (None, None),
    "other": (None, None),
    "blank": (None, None),
}


def rolled_forward(day: dt.date) -> dt.date:
    """IRC 7503: past Saturdays, Sundays and District of Columbia legal holidays."""
    dc = holidays.country_holidays("US", subdiv="DC", observed=True, years=range(day.year - 1, day.year + 2))
    while day.weekday() >= 5 or day in dc:
        day += dt.timedelta(days=1)
    return day


def expected_deadlines(letter_type: str, letter_date: dt.date) -> dict[str, str | None]:
    collection_days, spouse_days = PETITION_DAYS[letter_type]

    def due(days: int | None) -> str | None:
        return None if days is None else rolled_forward(letter_date + dt.timedelta(days=days)).isoformat()

    return {"collection_due_process": due(collection_days), "innocent_spouse": due(spouse_days)}


def truth_of(
    spec: LetterSpec, *, file_name: str, profile: str, degradation: dict[str, Any] | None = None
) -> dict[str, Any]:
    """The ground-truth record in the team's format (notes/team.md)."""
    unrelated = spec.letter_type in ("other", "blank")
    letter_type = "other" if unrelated else spec.letter_type
    fields: dict[str, Any] = {
        "letter_date": None,
        "contact_name": None,
        "contact_employee_id": None,
        "contact_phone": None,
        "contact_fax": None,
        "contact_hours": None,
        "taxpayer_name": None,
        "taxpayer_id": None,
        "tax_periods": None,
        "tax_form": None,
        "printed_last_day": None,
    }
    if not unrelated:
        fields.update(
            {
                "letter_date": spec.letter_date.isoformat(),
                "contact_name": spec.contact_name,
                "contact_employee_id": spec.employee_id,
                "contact_phone": spec.phone,
                "contact_fax": spec.fax,
                "contact_hours": spec.hours,
                "taxpayer_name": spec.taxpayer_name,
                "taxpayer_id": masked_tin(spec.tin_digits, spec.tin_kind),
                "tax_periods": [p.isoformat() for p in spec.tax_periods],
                "tax_form": spec.tax_form,
                "printed_last_day": spec.printed_last_day.isoformat() if spec.printed_last_day else None,
            }
        )
    collection = None
    if spec.collection is not None and not unrelated:
        collection = {
            "actions": list(spec.collection.actions),
            "outcome": spec.collection.outcome,
            "alternatives": list(spec.collection.alternatives),
        }
    spouse = None
    if spec.innocent_spouse is not None and not unrelated:
        spouse = {"outcome": spec.innocent_spouse.outcome, "sections": list(spec.innocent_spouse.sections)}
    record: dict[str, Any] = {
        "file": file_name,
        "profile": profile,
        "letter_type": letter_type,
        "fields": fields,
        "determinations": {"collection": collection, "innocent_spouse": spouse},
        "deadlines": expected_deadlines(spec.letter_type, spec.letter_date)
        if not unrelated
        else {"collection_due_process": None, "innocent_spouse": None},
        "seed": spec.seed,
        "target": spec.target,
    }
    if degradation:
        record["degradation"] = degradation
    return record
