"""The deadline arithmetic, step by step, each step with the authority for it (page 2)."""

from __future__ import annotations

from dataclasses import dataclass

from annotate.messages import Messages
from rules.deadlines import ROLL_FORWARD_AUTHORITY, counted_due
from rules.model import Deadline, RolledDay

LETTER_DATE_AUTHORITY = "Jones v. Commissioner, T.C. Memo. 2003-29"


@dataclass(frozen=True)
class Step:
    text: str
    authority: str


def deadline_steps(deadline: Deadline, msgs: Messages) -> tuple[Step, ...]:
    """Letter date; + N days = nominal day; each day rolled past and why; the due day."""
    count_authority = deadline.authority.replace(f"; {ROLL_FORWARD_AUTHORITY}", "")
    start = msgs("p2.arith.start", date=msgs.long_date(deadline.anchor))
    if deadline.unconfirmed:
        start += f" ({msgs('p2.arith.unconfirmed')})"
    steps = [
        Step(start, LETTER_DATE_AUTHORITY),
        Step(msgs("p2.arith.add", days=deadline.days, date=msgs.long_date(deadline.nominal)),
             f"{count_authority}; {msgs('p2.auth.count')}"),
    ]
    if deadline.rolled_past:
        steps += [_rolled_step(rolled, msgs) for rolled in deadline.rolled_past]
    else:
        steps.append(Step(msgs("p2.arith.no_roll", date=msgs.long_date(deadline.nominal)),
                          msgs("p2.auth.weekend")))
    if deadline.due != counted_due(deadline):
        printed = msgs("p2.arith.printed", date=msgs.long_date(deadline.due))
        steps.append(Step(printed, msgs("p2.auth.printed")))
    steps.append(Step(msgs("p2.arith.due", date=msgs.long_date(deadline.due)), ""))
    return tuple(steps)


def _rolled_step(rolled: RolledDay, msgs: Messages) -> Step:
    kinds = {off.kind for off in rolled.why}
    key = "closure" if "closure" in kinds else "weekend" if kinds == {"weekend"} else "holiday"
    authority = msgs(f"p2.auth.{key}")
    text = msgs("p2.arith.rolled", date=msgs.long_date(rolled.date), reason=msgs.rolled_reason(rolled))
    return Step(text, authority)
