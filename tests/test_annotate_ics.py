"""The calendar file, parsed back with icalendar."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from icalendar import Calendar, Event
from test_annotate_support import make_assessment

from annotate.ics import ics_bytes, write_ics
from parser.core.errors import OutputError


def events(data: bytes) -> list[Event]:
    return [event for event in Calendar.from_ical(data).walk("VEVENT") if isinstance(event, Event)]


def test_one_all_day_event_per_deadline_with_three_reminders(tmp_path: Path) -> None:
    out = tmp_path / "deadlines.ics"
    write_ics(make_assessment(), out)
    collection, innocent = events(out.read_bytes())
    assert collection.decoded("dtstart") == dt.date(2025, 4, 2)
    assert collection.decoded("dtend") == dt.date(2025, 4, 3)
    assert innocent.decoded("dtstart") == dt.date(2025, 6, 2)
    assert not isinstance(innocent.decoded("dtstart"), dt.datetime)  # all-day: a DATE, not a DATE-TIME
    assert str(collection["summary"]) == "Tax Court last day: lien or levy decision"
    assert str(innocent["summary"]) == "Tax Court last day: innocent spouse decision"
    for event in (collection, innocent):
        alarms = list(event.walk("VALARM"))
        assert [alarm.decoded("trigger") for alarm in alarms] == [
            dt.timedelta(days=-14, hours=9), dt.timedelta(days=-7, hours=9), dt.timedelta(days=-1, hours=9)]
        assert {str(alarm["action"]) for alarm in alarms} == {"DISPLAY"}
    description = str(collection["description"])
    assert "Last day to file a petition with the U.S. Tax Court: Wednesday, April 2, 2025." in description
    reminders = ("Reminders: 14 days before (Wednesday, March 19, 2025), "
                 "7 days before (Wednesday, March 26, 2025) and 1 day before (Tuesday, April 1, 2025).")
    assert reminders in description
    assert "IRS Letter 4390 dated Monday, March 3, 2025" in description
    assert "1-877-777-4778" in description
    assert str(collection["uid"]) != str(innocent["uid"])


def test_unconfirmed_deadlines_say_so_in_the_title() -> None:
    collection, _ = events(ics_bytes(make_assessment(review=("letter_date",))))
    assert str(collection["summary"]).startswith("UNCONFIRMED (check the letter date): ")


def test_label_and_spanish() -> None:
    (event,) = events(ics_bytes(make_assessment(letter_type="3193", innocent_spouse=None),
                                label="Patel 2025-03", lang="es"))
    assert str(event["summary"]) == (
        "Último día en el Tribunal Tributario: decisión sobre gravamen o embargo (Patel 2025-03)")
    assert "Recordatorios: 14 días antes (miércoles, 19 de marzo de 2025)" in str(event["description"])
    assert str(next(iter(event.walk("VALARM")))["description"]).startswith("Quedan 14 días")


def test_a_letter_without_deadlines_gives_an_empty_calendar() -> None:
    assessment = make_assessment(letter_type="other", collection=None, innocent_spouse=None)
    assert events(ics_bytes(assessment)) == []


def test_unwritable_calendar_is_an_output_error(tmp_path: Path) -> None:
    with pytest.raises(OutputError):
        write_ics(make_assessment(), tmp_path / "no-such-dir" / "x.ics")
