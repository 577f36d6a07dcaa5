"""Per-language message catalogues (annotate/catalog/<lang>.json) and date formatting.

Every word the summary and the calendar file show comes from a catalogue, so a new language is a new JSON
file. Weekday and month names live in the catalogue too: output must not depend on the system locale.
What parser/ and rules/ tell the reader arrives as notes (a code and its values, parser/core/notes.py):
`said` words them by the key `said.<code>`, the values included (a nested note, a date, a list).
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from functools import cache
from importlib import resources
from types import MappingProxyType

from parser.core.errors import UsageError
from parser.core.notes import Note, NoteValue, note
from rules.calendar import DayOff
from rules.model import RolledDay

CATALOGUE_DIR = "catalog"


def _catalogue_languages() -> tuple[str, ...]:
    """One language per annotate/catalog/<lang>.json: adding a language is adding its file."""
    folder = resources.files("annotate").joinpath(CATALOGUE_DIR)
    return tuple(sorted(entry.name.removesuffix(".json") for entry in folder.iterdir()
                        if entry.name.endswith(".json")))


LANGUAGES: tuple[str, ...] = _catalogue_languages()
OBSERVED_SUFFIX = " (observed)"
# How the `holidays` package joins the names of two holidays on one day ("Inauguration Day; Martin Luther
# King Jr. Day").
HOLIDAYS_SEPARATOR = "; "
SAID_PREFIX = "said."


@dataclass(frozen=True)
class Messages:
    """One language's catalogue: text by key, plural forms, dates, field names, lists."""

    lang: str
    texts: Mapping[str, str]
    weekdays: tuple[str, ...]
    months: tuple[str, ...]
    holidays: Mapping[str, str]

    def __call__(self, key: str, **values: object) -> str:
        return self.texts[key].format(**values)

    def plural(self, key: str, n: int, **values: object) -> str:
        """`key.one` for 1, `key.other` otherwise (both catalogues' languages need only these two)."""
        form = "one" if n == 1 else "other"
        return self(f"{key}.{form}", n=n, **values)

    def long_date(self, day: dt.date) -> str:
        """"Wednesday, April 2, 2025" / "miércoles, 2 de abril de 2025"."""
        return self("date.long", weekday=self.weekdays[day.weekday()], month=self.months[day.month - 1],
                    day=day.day, year=day.year)

    def short_date(self, day: dt.date) -> str:
        return self("date.short", month=self.months[day.month - 1], day=day.day, year=day.year)

    def field(self, name: str) -> str:
        """A field or determination name in plain words, for use inside a sentence."""
        key = f"field.{_bare(name)}"
        return self.texts.get(key, _bare(name).replace("_", " "))

    def label(self, name: str) -> str:
        """A field or determination name as a short heading."""
        key = f"label.{_bare(name)}"
        return self.texts.get(key, _bare(name).replace("_", " ").capitalize())

    def join(self, items: Sequence[str], conjunction: str = "list.and") -> str:
        """"a, b and c" in the catalogue's language."""
        if len(items) <= 1:
            return "".join(items)
        return f"{', '.join(items[:-1])} {self(conjunction)} {items[-1]}"

    def said(self, said: Note) -> str:
        """A note from parser/ or rules/ in this language: its `said.<code>` text with its values worded."""
        return self(SAID_PREFIX + said.code, **{name: self._worded(value) for name, value in said.values})

    def said_all(self, notes: Iterable[Note]) -> str:
        """Several notes (a fact's reasons) as one line: "first; second"."""
        return self("note.separator").join(self.said(n) for n in notes)

    def note_date(self, day: dt.date) -> str:
        """A date inside a note, in the catalogue's `note.date_style`: "iso" (the English notes, as the JSON
        has always shown them), "short" or "long" (the catalogue's own date forms)."""
        style = self.texts["note.date_style"]
        if style == "iso":
            return day.isoformat()
        return self.long_date(day) if style == "long" else self.short_date(day)

    def _worded(self, value: NoteValue) -> object:
        """A note's value ready for its template: numbers stay numbers (the template formats them)."""
        if isinstance(value, Note):
            return self.said(value)
        if isinstance(value, dt.date):
            return self.note_date(value)
        if isinstance(value, tuple):
            if value and all(isinstance(item, Note) for item in value):
                return self.join([str(self._worded(item)) for item in value])  # "a, b and c"
            return self("note.list_separator").join(str(self._worded(item)) for item in value)
        return value

    def rolled_line(self, rolled: RolledDay) -> str:
        """Why the rules stage passed over a day, in one short line: "Sunday; Emancipation Day"."""
        return self("note.separator").join(
            self(f"rolled.{off.kind}", weekday=self.weekdays[rolled.date.weekday()],
                 name=self.holiday_name(off.name) if off.kind == "holiday" else off.name, detail=off.name)
            for off in rolled.why)

    def rolled_reason(self, rolled: RolledDay) -> str:
        """Why the rules stage passed over a day (a Sunday and Emancipation Day) in plain words."""
        said: list[str] = []
        holidays: list[str] = []  # consecutive holiday names share one phrase ("Inauguration Day; MLK Day")
        for off in [*rolled.why, None]:
            if off is not None and off.kind == "holiday":
                holidays.append(off.name)
                continue
            if holidays:
                said.append(self("reason.holiday", name=self.holiday_name(HOLIDAYS_SEPARATOR.join(holidays))))
                holidays = []
            if off is not None:
                said.append(self.day_off(rolled.date, off))
        return self.join(said)

    def day_off(self, day: dt.date, off: DayOff) -> str:
        """One reason `day` is not a filing day: "a Sunday", "a day the Tax Court was closed (snow)"."""
        if off.kind == "weekend":
            return self("reason.weekday", weekday=self.weekdays[day.weekday()])
        if off.kind == "closure":
            return self("reason.closed", detail=off.name)
        if off.kind == "user_closure":
            return self("reason.closed_user")
        return self("reason.holiday", name=self.holiday_name(off.name))

    def holiday_name(self, name: str) -> str:
        """A `holidays` package name ("Christmas Day (observed)", "A; B") in the catalogue's language."""
        parts = []
        for part in name.split(HOLIDAYS_SEPARATOR):
            if part.endswith(OBSERVED_SUFFIX):
                base = part.removesuffix(OBSERVED_SUFFIX)
                parts.append(self("holiday.observed", name=self.holidays.get(base, base)))
            else:
                parts.append(self.holidays.get(part, part))
        return HOLIDAYS_SEPARATOR.join(parts)


def _bare(name: str) -> str:
    """"determinations.collection" -> "collection": needs_review may name a determination by its path."""
    return name.rsplit(".", 1)[-1]


@cache
def messages(lang: str) -> Messages:
    """The catalogue of `lang` (one of LANGUAGES); UsageError for any other."""
    if lang not in LANGUAGES:
        raise UsageError(note("error.unknown_language", lang=lang, known=LANGUAGES))
    path = resources.files("annotate").joinpath(f"{CATALOGUE_DIR}/{lang}.json")
    return catalogue(lang, json.loads(path.read_text(encoding="utf-8")))


def catalogue(lang: str, raw: Mapping[str, object]) -> Messages:
    """A catalogue from its file's content: texts, plus the "weekdays", "months" and "holidays" tables."""
    table = dict(raw)
    weekdays = tuple(str(name) for name in _names(table.pop("weekdays")))
    months = tuple(str(name) for name in _names(table.pop("months")))
    holidays = MappingProxyType({str(k): str(v) for k, v in _table(table.pop("holidays")).items()})
    if len(weekdays) != 7 or len(months) != 12:
        raise ValueError(f"catalogue {lang}: needs 7 weekdays and 12 months")
    texts = {key: value for key, value in table.items() if isinstance(value, str)}
    return Messages(lang, MappingProxyType(texts), weekdays, months, holidays)


def _names(value: object) -> Sequence[object]:
    if not isinstance(value, list):
        raise ValueError("a catalogue's weekdays and months are lists")
    return value


def _table(value: object) -> Mapping[object, object]:
    if not isinstance(value, dict):
        raise ValueError("a catalogue's holidays are a table")
    return value
