"""The human-readable answer of `extract` and `summarize` on a terminal."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import fields as dataclass_fields

from annotate.messages import messages
from letter4390.result_json import display_name
from rules.model import Assessment, Deadline

DEADLINE_TITLES = {
    "collection_due_process": "Collection (lien/levy) - IRC 6330(d)(1), 30 days",
    "innocent_spouse": "Innocent spouse - IRC 6015(e), 90 days",
}


def long_date(day: dt.date) -> str:
    """The catalogue's English long date: weekday and month names never depend on the system locale."""
    return messages("en").long_date(day)


def _days_left(deadline: Deadline) -> str:
    if deadline.days_left is None:
        return ""
    if deadline.days_left < 0:
        return f" (passed {-deadline.days_left} days ago)"
    if deadline.days_left == 0:
        return " (TODAY is the last day)"
    return f" ({deadline.days_left} days left)"


def deadline_line(deadline: Deadline) -> str:
    title = DEADLINE_TITLES.get(deadline.id, deadline.id)
    line = f"  {title}: {long_date(deadline.due)}{_days_left(deadline)}"
    if deadline.unconfirmed:
        line += "  [UNCONFIRMED: check the letter date]"
    for rolled in deadline.rolled_past:
        line += f"\n      moved past {rolled.date.isoformat()} ({messages('en').rolled_line(rolled)})"
    return line


def deadlines_block(letter_date: dt.date, deadlines: Sequence[Deadline], letter_type: str) -> str:
    lines = [f"Letter {letter_type} dated {long_date(letter_date)}:"]
    lines += [deadline_line(d) for d in deadlines] or ["  no Tax Court deadline for this letter type"]
    return "\n".join(lines)


def _fact_text(value: object) -> str:
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, tuple):
        return ", ".join(_fact_text(v) for v in value)
    return str(value)


def report(assessment: Assessment) -> str:
    facts = assessment.facts
    lines = [f"File: {display_name(facts.document.name)} ({len(facts.document.pages)} page(s), read by "
             f"{facts.document.method})",
             f"Letter type: {facts.letter_type.value} (confidence {facts.letter_type.confidence:.2f})"]
    for field in dataclass_fields(facts.fields):
        fact = getattr(facts.fields, field.name)
        if fact is None:
            continue
        flag = ("  [NEEDS REVIEW]" if field.name in assessment.needs_review
                else "  [worth a glance]" if field.name in assessment.worth_a_glance else "")
        lines.append(f"  {field.name}: {_fact_text(fact.value)}{flag}")
    if facts.collection is not None:
        c = facts.collection
        lines.append(f"Collection: {'/'.join(c.actions) or 'action unknown'} {c.outcome}"
                     + (f"; alternatives: {', '.join(c.alternatives)}" if c.alternatives else ""))
    if facts.innocent_spouse is not None:
        s = facts.innocent_spouse
        lines.append(f"Innocent spouse: {s.outcome}" + (f" ({', '.join(s.sections)})" if s.sections else ""))
    lines.append("Last days to petition the U.S. Tax Court:")
    lines += [deadline_line(d) for d in assessment.deadlines] or ["  none found for this letter"]
    if assessment.needs_review:
        lines.append("NEEDS REVIEW by a person: " + ", ".join(assessment.needs_review))
    if assessment.worth_a_glance:
        lines.append("Worth a glance (changes no deadline): " + ", ".join(assessment.worth_a_glance))
    lines += [f"Warning: {messages('en').said(w)}" for w in assessment.warnings]
    return "\n".join(lines)
