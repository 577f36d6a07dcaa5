"""The human-readable answer of `extract` and `summarize` on a terminal.

Every word comes from the catalogue (`text.*` keys), English by default: the terminal's reader is the
operator, whatever language the summary PDF is in.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import fields as dataclass_fields

from annotate.messages import Messages, messages
from letter4390.result_json import display_name
from rules.model import Assessment, Deadline

TERMINAL_LANGUAGE = "en"
INDENT = "  "
ROLLED_INDENT = "      "


def long_date(day: dt.date, msgs: Messages | None = None) -> str:
    """The catalogue's long date: weekday and month names never depend on the system locale."""
    return (msgs or messages(TERMINAL_LANGUAGE)).long_date(day)


def _days_left(deadline: Deadline, msgs: Messages) -> str:
    if deadline.days_left is None:
        return ""
    if deadline.days_left < 0:
        return msgs.plural("text.passed", -deadline.days_left)
    if deadline.days_left == 0:
        return msgs("text.today")
    return msgs.plural("text.left", deadline.days_left)


def deadline_line(deadline: Deadline, msgs: Messages | None = None) -> str:
    msgs = msgs or messages(TERMINAL_LANGUAGE)
    title = msgs(f"text.deadline.{deadline.id}")
    line = INDENT + msgs("text.due", title=title, date=long_date(deadline.due, msgs),
                         days=_days_left(deadline, msgs))
    if deadline.unconfirmed:
        line += msgs("text.unconfirmed")
    for rolled in deadline.rolled_past:
        line += "\n" + ROLLED_INDENT + msgs("text.moved_past", date=rolled.date.isoformat(),
                                            why=msgs.rolled_line(rolled))
    return line


def deadlines_block(letter_date: dt.date, deadlines: Sequence[Deadline], letter_type: str,
                    msgs: Messages | None = None) -> str:
    msgs = msgs or messages(TERMINAL_LANGUAGE)
    lines = [msgs("text.letter_dated", letter_type=letter_type, date=long_date(letter_date, msgs))]
    lines += [deadline_line(d, msgs) for d in deadlines] or [INDENT + msgs("text.no_deadline_for_type")]
    return "\n".join(lines)


def _fact_text(value: object) -> str:
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, tuple):
        return ", ".join(_fact_text(v) for v in value)
    return str(value)


def report(assessment: Assessment, msgs: Messages | None = None) -> str:
    """Facts as read (field names and outcome codes as the JSON has them), deadlines, flags, warnings."""
    msgs = msgs or messages(TERMINAL_LANGUAGE)
    facts = assessment.facts
    lines = [msgs("text.file", name=display_name(facts.document.name), pages=len(facts.document.pages),
                  method=facts.document.method),
             msgs("text.letter_type", letter_type=facts.letter_type.value,
                  confidence=facts.letter_type.confidence)]
    for field in dataclass_fields(facts.fields):
        fact = getattr(facts.fields, field.name)
        if fact is None:
            continue
        flag = (msgs("text.flag_review") if field.name in assessment.needs_review
                else msgs("text.flag_glance") if field.name in assessment.worth_a_glance else "")
        lines.append(f"{INDENT}{field.name}: {_fact_text(fact.value)}{flag}")
    if facts.collection is not None:
        c = facts.collection
        lines.append(msgs("text.collection", actions="/".join(c.actions) or msgs("text.action_unknown"),
                          outcome=c.outcome)
                     + (msgs("text.alternatives", items=", ".join(c.alternatives)) if c.alternatives else ""))
    if facts.innocent_spouse is not None:
        s = facts.innocent_spouse
        lines.append(msgs("text.innocent_spouse", outcome=s.outcome)
                     + (msgs("text.sections", items=", ".join(s.sections)) if s.sections else ""))
    lines.append(msgs("text.deadlines_title"))
    lines += [deadline_line(d, msgs) for d in assessment.deadlines] or [INDENT + msgs("text.no_deadlines")]
    if assessment.needs_review:
        lines.append(msgs("text.needs_review", fields=", ".join(assessment.needs_review)))
    if assessment.worth_a_glance:
        lines.append(msgs("text.worth_a_glance", fields=", ".join(assessment.worth_a_glance)))
    lines += [msgs("text.warning", text=msgs.said(w)) for w in assessment.warnings]
    return "\n".join(lines)
