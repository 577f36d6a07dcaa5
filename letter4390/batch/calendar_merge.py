"""deadlines.ics: the events of every letter's own calendar file (written by annotate.ics) in one calendar.

The batch writes no events itself: it copies the events annotate wrote into annotate's calendar, so the
clinic's calendar and a single letter's calendar always say the same thing. It merges the per-letter files
rather than the Assessments because a resumed run has only the files of the letters done earlier.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from icalendar import Calendar

from annotate.ics import new_calendar
from letter4390.batch.words import words


def merge_calendars(paths: Iterable[Path]) -> bytes:
    merged = new_calendar()
    merged.add("method", "PUBLISH")
    merged.add("x-wr-calname", words()("batch.calendar_name"))
    seen: set[tuple[str, str]] = set()
    for path in paths:
        calendar = Calendar.from_ical(path.read_bytes())
        for component in calendar.subcomponents:
            key_property = "TZID" if component.name == "VTIMEZONE" else "UID"
            key = (str(component.name), str(component.get(key_property, id(component))))
            if key in seen:
                continue  # the same letter content under two names: one set of reminders
            seen.add(key)
            merged.add_component(component)
    data: bytes = merged.to_ical()
    return data
