"""The deadlines as an iCalendar file: one all-day event per last day, with reminders.

Reminders fire 14, 7 and 1 days before, at 9 a.m.; they are also written into the description, since
some calendars drop alarms on import. The batch docket merges the letters' files under one
`new_calendar` (letter4390/batch/calendar_merge.py).
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from icalendar import Alarm, Calendar, Event

from annotate.messages import Messages, messages
from annotate.output import write_atomically
from rules.model import Assessment, Deadline

PRODUCT_ID = "-//letter4390//Tax Court deadlines//EN"
REMINDER_DAYS: tuple[int, ...] = (14, 7, 1)
REMINDER_HOUR = 9  # local time on the reminder day


def write_ics(assessment: Assessment, out: Path, *, label: str | None = None, lang: str = "en") -> None:
    """Write the letter's deadlines to `out` as an .ics file (atomically; OutputError on failure)."""
    write_atomically(ics_bytes(assessment, label=label, lang=lang), out)


def ics_bytes(assessment: Assessment, *, label: str | None = None, lang: str = "en") -> bytes:
    return bytes(calendar_for(assessment, label=label, lang=lang).to_ical())


def calendar_for(assessment: Assessment, *, label: str | None = None, lang: str = "en") -> Calendar:
    calendar = new_calendar()
    for event in deadline_events(assessment, label=label, lang=lang):
        calendar.add_component(event)
    return calendar


def new_calendar() -> Calendar:
    calendar = Calendar()
    calendar.add("prodid", PRODUCT_ID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    return calendar


def deadline_events(assessment: Assessment, *, label: str | None = None, lang: str = "en") -> list[Event]:
    msgs = messages(lang)
    stamp = (dt.datetime.combine(assessment.as_of, dt.time(), tzinfo=dt.UTC) if assessment.as_of
             else dt.datetime.now(dt.UTC))
    return [_event(assessment, deadline, label, stamp, msgs) for deadline in assessment.deadlines]


def _event(assessment: Assessment, deadline: Deadline, label: str | None, stamp: dt.datetime,
           msgs: Messages) -> Event:
    what = msgs(f"ics.what.{deadline.id}")
    summary = msgs("ics.summary", what=what)
    if deadline.unconfirmed:
        summary = msgs("ics.unconfirmed") + summary
    if label:
        summary += msgs("ics.label", label=label)
    event = Event()
    event.add("uid", f"{assessment.facts.document.sha256[:16]}-{deadline.id}-{deadline.due.isoformat()}"
                     "@letter4390")
    event.add("dtstamp", stamp)
    event.add("summary", summary)
    event.add("dtstart", deadline.due)
    event.add("dtend", deadline.due + dt.timedelta(days=1))
    event.add("transp", "TRANSPARENT")
    event.add("description", _description(assessment, deadline, msgs))
    for days in REMINDER_DAYS:
        alarm = Alarm()
        alarm.add("action", "DISPLAY")
        alarm.add("description", msgs.plural("ics.alarm", days, what=what))
        alarm.add("trigger", dt.timedelta(days=-days, hours=REMINDER_HOUR))
        event.add_component(alarm)
    return event


def _description(assessment: Assessment, deadline: Deadline, msgs: Messages) -> str:
    lines = []
    kind = assessment.facts.letter_type.value
    letter_date = assessment.facts.fields.letter_date
    if letter_date is not None and kind != "other":
        lines.append(msgs("ics.letter", letter_type=kind, date=msgs.long_date(letter_date.value)))
    if deadline.unconfirmed:
        lines.append(msgs("ics.unconfirmed").rstrip(": "))
    reminder_days = {f"d{days}": msgs.long_date(deadline.due - dt.timedelta(days=days))
                     for days in REMINDER_DAYS}
    lines += [
        msgs("ics.description.due", date=msgs.long_date(deadline.due)),
        msgs(f"card.{deadline.id}.disputes"),
        msgs("file.mail"),
        msgs("file.online"),
        msgs("ics.description.reminders", **reminder_days),
        f"{msgs('help.tas.name')}: {msgs('help.tas.text')}",
    ]
    return "\n".join(lines)
