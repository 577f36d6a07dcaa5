"""Read one rendered real-wording letter with the whole pipeline and judge it against its truth.

A value that differs from the truth is "flagged" when its name (or, for a deadline, the letter date's or
the letter type's) is in the assessment's needs_review, otherwise "confidently wrong". Two faults count
as confidently wrong whatever is flagged: a deadline later than the true one, and a printed last day the
letter shows that was not read.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from read_support import read_facts
from truth_shapes import determinations_of, plain

from rules.assess import assess
from rules.model import Assessment

DEADLINE_IDS = ("collection_due_process", "innocent_spouse")
NAME_FIELDS = ("contact_name", "taxpayer_name")
READ_DAYS_AFTER_LETTER = 10  # the holder reads the letter ten days after its date


@dataclass(frozen=True)
class Verdict:
    id: str
    kind: str
    profile: str
    differences: tuple[str, ...] = ()  # every scored value that differs from the truth
    wrong: tuple[str, ...] = ()  # of those, the ones not flagged, plus late deadlines and missed last days
    flags: tuple[str, ...] = field(default=())

    @property
    def outcome(self) -> str:
        if self.wrong:
            return "confidently_wrong"
        return "flagged" if self.differences else "right"


def _name(name: str) -> str:
    return re.sub(r"(?<=\b[A-Za-z])\.", "", name).casefold()


def read(path: Path, letter_date: str) -> Assessment:
    as_of = dt.date.fromisoformat(letter_date) + dt.timedelta(days=READ_DAYS_AFTER_LETTER)
    return assess(read_facts(path, as_of=as_of), as_of=as_of)


def judge(truth: dict[str, Any], assessment: Assessment, *, id: str, kind: str) -> Verdict:
    facts, review = assessment.facts, set(assessment.needs_review) | set(assessment.worth_a_glance)
    differences: list[str] = []
    wrong: list[str] = []

    def check(name: str, got: object, want: object, flags: tuple[str, ...]) -> None:
        if got == want:
            return
        line = f"{name}: read {got!r}, truth {want!r}"
        differences.append(line)
        if not review & set(flags):
            wrong.append(line)

    check("letter_type", facts.letter_type.value, truth["letter_type"], ("letter_type",))
    for name, want in truth["fields"].items():
        fact = getattr(facts.fields, name)
        got = None if fact is None else plain(fact.value)
        if name in NAME_FIELDS and isinstance(got, str) and isinstance(want, str):
            got, want = _name(got), _name(want)
        check(name, got, want, (name,))
    read_determinations = determinations_of(facts)
    for part in ("collection", "innocent_spouse"):
        if part not in truth["unscored"]:
            check(part, read_determinations[part], truth["determinations"][part], (part,))
    due: dict[str, str] = {str(d.id): d.due.isoformat() for d in assessment.deadlines}
    for name in DEADLINE_IDS:
        got, want = due.get(name), truth["deadlines"][name]
        check(f"deadline {name}", got, want, ("letter_date", "letter_type"))
        if got is not None and want is not None and got > want:
            wrong.append(f"deadline {name} {got} is later than the true {want}")
    printed = truth["fields"]["printed_last_day"]
    fact = facts.fields.printed_last_day
    if printed is not None and (fact is None or plain(fact.value) != printed):
        read_day = None if fact is None else plain(fact.value)
        wrong.append(f"printed last day {printed} missed (read {read_day!r})")
    return Verdict(id, kind, truth["profile"], tuple(differences), tuple(dict.fromkeys(wrong)),
                   tuple(sorted(review)))
