"""What the rules stage hands to annotate and to the result writers."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Literal

from parser.core.model import LetterFacts
from parser.core.notes import Note
from rules.calendar import DayOff

DeadlineId = Literal["collection_due_process", "innocent_spouse"]
# What a petition filed by a deadline lets the person dispute (rules/deadlines.py; the catalogue words it).
Disputes = Literal["collection_and_innocent_spouse", "collection_only", "innocent_spouse_only"]


@dataclass(frozen=True)
class RolledDay:
    """A day the deadline moved past, and why (weekend, the holiday's name, a court closure), as data."""

    date: dt.date
    why: tuple[DayOff, ...]


@dataclass(frozen=True)
class Deadline:
    id: DeadlineId
    anchor: dt.date  # the date the count starts from (the letter date)
    days: int  # the statutory day count
    nominal: dt.date  # anchor + days, before roll-forward
    due: dt.date  # last day to file, after roll-forward
    rolled_past: tuple[RolledDay, ...]
    authority: str  # statute and rules that produced it
    disputes: Disputes  # what a petition filed by this day lets the person dispute
    days_left: int | None = None  # due - as_of; negative when passed; None when no as-of date
    unconfirmed: bool = False  # the letter date it counts from needs review
    # The day the count and roll-forward gave, when an earlier printed last day moved `due` (rules/assess.py).
    counted: dt.date | None = None


@dataclass(frozen=True)
class Assessment:
    """The letter's facts with the deadlines they lead to: the input of annotate and the JSON writer."""

    facts: LetterFacts
    deadlines: tuple[Deadline, ...]
    as_of: dt.date | None
    needs_review: tuple[str, ...]  # what a person must check before relying on the result (rules/review.py)
    warnings: tuple[Note, ...]
    worth_a_glance: tuple[str, ...] = ()  # flagged minor items that change nothing the taxpayer must do
