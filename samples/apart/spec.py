"""What one generated letter says: every choice drawn from a seeded random.Random, and its truth."""

from __future__ import annotations

import datetime as dt
import random
import re
from dataclasses import dataclass
from typing import Any

from samples.apart import formats, vocab
from samples.apart.deadlines import COLLECTION_DAYS, deadlines, last_day

PROFILES = ("digital", "courier_scan", "times_scan", "scan150", "fax", "photo")
PROFILE_FONT = {"courier_scan": "Courier", "times_scan": "Times-Roman"}
SCANNED = frozenset(PROFILES) - {"digital"}
# About one letter in ten is another Appeals letter.
LETTER_TYPE_WEIGHTS = {"4390": 90, "3193": 4, "3210": 3, "other": 3}
HEADER_LAYOUTS = ("inline", "stacked", "date_top", "table", "grid")
LAST_DAY_PLACEMENTS = ("wrapped_label", "table", "box", "below_decisions")
ATTACHMENTS = ("form_12153", "publication", "form_886a")
ALTERNATIVES = ("installment_agreement", "offer_in_compromise", "currently_not_collectible",
                "bond_or_substitution", "other")
SECTIONS = ("6015(b)", "6015(c)", "6015(f)")
FIRST_DAY = dt.date(2019, 1, 2)
LAST_DAY = dt.date(2026, 10, 30)


@dataclass(frozen=True)
class Person:
    name: str  # as printed
    employee_id: str
    phone: str  # ten digits
    fax: str | None
    hours: str | None


@dataclass(frozen=True)
class Taxpayer:
    name: str  # as printed
    is_business: bool
    last4: str
    address: tuple[str, ...]
    state: str


@dataclass(frozen=True)
class Collection:
    actions: tuple[str, ...]  # lien / levy
    action_outcomes: tuple[bool | None, ...]  # per action: sustained, not sustained, None: in part
    alternatives: tuple[str, ...]
    alternative_accepted: bool
    relief_ends_it: bool = False  # not sustained because innocent spouse relief was granted in full

    @property
    def outcome(self) -> str:
        if all(o is True for o in self.action_outcomes):
            return "sustained"
        if all(o is False for o in self.action_outcomes):
            return "not_sustained"
        return "partially_sustained"


@dataclass(frozen=True)
class Spouse:
    outcome: str  # full_relief / partial_relief / denied
    sections: tuple[str, ...]
    partial_by: str  # "year" or "amount" (partial relief only)
    relieved_amount: int
    remaining_amount: int


@dataclass(frozen=True)
class Style:
    font: str
    size: float
    layout: str
    labels: dict[str, str]
    date_style: str
    phone_style: str
    id_print: str
    period_style: str
    title: tuple[str, ...]
    footer: str
    old_petition_wording: bool
    last_day_placement: str | None
    stamps: tuple[str, ...]  # "received", "date": only on paper (scans)
    stamp_over_header: bool
    attachments: tuple[str, ...]
    compact: bool  # everything on one page (a photographed letter)


@dataclass(frozen=True)
class LetterSpec:
    index: int
    profile: str
    letter_type: str
    letter_date: dt.date
    contact: Person
    manager: str
    office: tuple[str, ...]
    reference: str
    taxpayer: Taxpayer
    tax_form: str
    tax_periods: tuple[dt.date, ...]
    collection: Collection | None
    spouse: Spouse | None
    printed_last_day: dt.date | None
    request_received: dt.date  # Form 12153 received: a date that is not the letter date
    hearing_date: dt.date
    stamp_date: dt.date
    style: Style

    @property
    def file_name(self) -> str:
        extension = {"fax": "tif", "photo": "jpg"}.get(self.profile, "pdf")
        return f"{self.index:04d}-{self.letter_type}-{self.profile}.{extension}"

    def date_text(self, day: dt.date) -> str:
        return formats.DATE_STYLES[self.style.date_style](day)

    @property
    def taxpayer_id_printed(self) -> str:
        return self.style.id_print.format(self.taxpayer.last4)

    @property
    def taxpayer_id_truth(self) -> str:
        template = formats.EIN_TRUTH if self.taxpayer.is_business else formats.SSN_TRUTH
        return template.format(self.taxpayer.last4)

    def phone_text(self, digits: str) -> str:
        return formats.PHONE_STYLES[self.style.phone_style](digits)

    def periods_text(self) -> list[str]:
        return [formats.PERIOD_STYLES[self.style.period_style](p) for p in self.tax_periods]


def _weighted(rng: random.Random, weights: dict[str, int]) -> str:
    return rng.choices(list(weights), weights=list(weights.values()))[0]


def _person_name(rng: random.Random, upper: bool) -> str:
    middle = rng.choice("ABCDEFGHJKLMNPRSTW")
    name = rng.choice((f"{rng.choice(vocab.GIVEN_NAMES)} {middle} {rng.choice(vocab.SURNAMES)}",
                       f"{rng.choice(vocab.GIVEN_NAMES)} {middle}. {rng.choice(vocab.SURNAMES)}",
                       f"{rng.choice(vocab.GIVEN_NAMES)} {rng.choice(vocab.SURNAMES)}"))
    return name.upper() if upper else name


def _digits(rng: random.Random, count: int, first: str = "123456789") -> str:
    return rng.choice(first) + "".join(rng.choice("0123456789") for _ in range(count - 1))


def _phone(rng: random.Random, area: str) -> str:
    return area + _digits(rng, 7, "2345678")


def _draw_collection(rng: random.Random) -> Collection:
    actions = rng.choice((("lien",), ("levy",), ("lien", "levy"), ("lien", "levy")))
    shape = rng.choice(("sustained", "sustained", "not_sustained", "partial"))
    outcomes: tuple[bool | None, ...]
    if shape == "sustained":
        outcomes = tuple(True for _ in actions)
    elif shape == "not_sustained":
        outcomes = tuple(False for _ in actions)
    elif len(actions) == 2:
        outcomes = rng.choice(((True, False), (False, True), (None, True)))
    else:
        outcomes = (None,)
    count = rng.choice((0, 1, 1, 1, 2))
    alternatives = tuple(sorted(rng.sample(ALTERNATIVES, count), key=ALTERNATIVES.index))
    accepted = bool(alternatives) and shape != "sustained" and rng.random() < 0.7
    return Collection(actions, outcomes, alternatives, accepted)


def _draw_spouse(rng: random.Random, state: str, periods: int) -> Spouse:
    outcome = rng.choice(("full_relief", "partial_relief", "denied"))
    if state in vocab.COMMUNITY_PROPERTY_STATES and rng.random() < 0.3:
        sections: tuple[str, ...] = ("66(c)",)
    elif outcome == "denied" or rng.random() < 0.35:
        sections = SECTIONS
    else:
        sections = tuple(sorted(rng.sample(SECTIONS, rng.choice((1, 1, 2))), key=SECTIONS.index))
    partial_by = "year" if periods > 1 and rng.random() < 0.5 else "amount"
    relieved = rng.randrange(800, 40000)
    return Spouse(outcome, sections, partial_by, relieved, rng.randrange(300, 15000))


def _draw_periods(rng: random.Random, letter_date: dt.date, form: str) -> tuple[dt.date, ...]:
    count = rng.choice((1, 1, 2, 3))
    if form == "941":
        year = letter_date.year - rng.choice((2, 3))
        quarters = sorted(rng.sample(range(4), count))
        return tuple(dt.date(year, 3 * q + 3, 30 if q in (1, 2) else 31) for q in quarters)
    last = letter_date.year - rng.choice((2, 3, 4))
    return tuple(dt.date(year, 12, 31) for year in range(last - count + 1, last + 1))


REVISION = re.compile(r"\(?(?:Rev\.\s*)?(?P<month>[0-9]{1,2})-(?P<year>[0-9]{4})\)")


def _printed_form(drawn: str, choices: tuple[str, ...], letter_date: dt.date) -> str:
    """No letter is printed on a form revision issued after its date: the drawn footer, or the oldest."""
    def issued(footer: str) -> dt.date:
        found = REVISION.search(footer)
        return dt.date(int(found["year"]), int(found["month"]), 1) if found else dt.date.min

    return drawn if issued(drawn) <= letter_date else min(choices, key=issued)


def _draw_style(rng: random.Random, profile: str, letter_type: str, business: bool,
                has_last_day: bool, form: str, letter_date: dt.date) -> Style:
    font = PROFILE_FONT.get(profile) or rng.choice(vocab.FONTS)
    labels = {field: rng.choice(spellings) for field, spellings in vocab.LABELS.items()}
    period_styles = ["numeric", "long", "yyyymm", "abbreviated"]
    if labels["tax_periods"] in formats.YEAR_LABELS and form != "941":
        period_styles = ["year", "year", "numeric"]
    compact = profile == "photo"
    scanned = profile in SCANNED
    stamps: tuple[str, ...] = ()
    if scanned and rng.random() < 0.45:
        stamps = rng.choice((("received",), ("date",), ("received", "date")))
    attachments: tuple[str, ...] = ()
    if not compact and letter_type != "other":
        attachments = tuple(rng.sample(ATTACHMENTS, rng.choice((0, 1, 1, 2))))
    return Style(
        font=font,
        size=9.0 if compact else rng.choice((10.0, 10.0, 11.0)),
        layout=rng.choice(HEADER_LAYOUTS),
        labels=labels,
        date_style=rng.choice(tuple(formats.DATE_STYLES)),
        phone_style=rng.choice(tuple(formats.PHONE_STYLES)),
        id_print=rng.choice(formats.EIN_PRINTS if business else formats.SSN_PRINTS),
        period_style=rng.choice(period_styles),
        title=rng.choice(vocab.TITLES[letter_type]),
        footer=_printed_form(rng.choice(vocab.FOOTERS[letter_type]), vocab.FOOTERS[letter_type], letter_date),
        old_petition_wording=rng.random() < 0.3,
        last_day_placement=rng.choice(LAST_DAY_PLACEMENTS) if has_last_day else None,
        stamps=stamps,
        stamp_over_header=rng.random() < 0.5,
        attachments=attachments,
        compact=compact,
    )


def draw_spec(rng: random.Random, index: int, profile: str) -> LetterSpec:
    letter_type = _weighted(rng, LETTER_TYPE_WEIGHTS)
    letter_date = FIRST_DAY + dt.timedelta(days=rng.randrange((LAST_DAY - FIRST_DAY).days))
    while letter_date.weekday() >= 5:  # Appeals dates its letters on working days
        letter_date += dt.timedelta(days=1)
    office, areas = rng.choice(vocab.APPEALS_OFFICES)
    area = rng.choice(areas)
    contact = Person(
        name=_person_name(rng, upper=rng.random() < 0.3),
        employee_id=_digits(rng, rng.choice((7, 8, 9, 10, 10))),
        phone=_phone(rng, area),
        fax=_phone(rng, area) if rng.random() < 0.75 else None,
        hours=rng.choice(vocab.HOURS) if rng.random() < 0.7 else None,
    )
    business = letter_type in ("3193", "3210") and rng.random() < 0.4
    city, state, zip_code = rng.choice(vocab.CITIES)
    if business:
        name = f"{rng.choice(vocab.BUSINESS_WORDS).upper()} {rng.choice(vocab.BUSINESS_SUFFIXES)}"
    else:
        name = _person_name(rng, upper=rng.random() < 0.8)
    street = f"{rng.randrange(12, 9800)} {rng.choice(vocab.STREETS)}"
    taxpayer = Taxpayer(name, business, _digits(rng, 4, "0123456789"),
                        (name, street.upper(), f"{city.upper()} {state} {zip_code}"), state)
    form = rng.choice(("941", "1120")) if business else rng.choice(("1040", "1040", "1040", "1040-SR"))
    if business and form == "1120":
        form = "941"  # trust fund taxes are the common business CDP case
    periods = _draw_periods(rng, letter_date, form)
    has_collection = letter_type in ("4390", "3193", "3210")
    collection = _draw_collection(rng) if has_collection else None
    spouse = _draw_spouse(rng, state, len(periods)) if letter_type == "4390" else None
    fully_relieved = spouse is not None and spouse.outcome == "full_relief"
    if collection is not None and fully_relieved and rng.random() < 0.7:
        # Relieved of the whole liability, the requesting spouse has nothing left to collect.
        collection = Collection(collection.actions, tuple(False for _ in collection.actions),
                                collection.alternatives, False, relief_ends_it=True)
    printed: dt.date | None = None
    if letter_type in ("4390", "3193") and rng.random() < 0.3:
        # The letter prints the collection (earlier) last day; some printers skip the roll-forward.
        raw = letter_date + dt.timedelta(days=COLLECTION_DAYS)
        printed = raw if rng.random() < 0.25 else last_day(letter_date, COLLECTION_DAYS)
    received = letter_date - dt.timedelta(days=rng.randrange(120, 420))
    style = _draw_style(rng, profile, letter_type, business, printed is not None, form, letter_date)
    return LetterSpec(
        index=index, profile=profile, letter_type=letter_type, letter_date=letter_date, contact=contact,
        manager=_person_name(rng, upper=False), office=office, reference=rng.choice(vocab.REFERENCE_CODES),
        taxpayer=taxpayer, tax_form=form, tax_periods=periods, collection=collection, spouse=spouse,
        printed_last_day=printed, request_received=received,
        hearing_date=letter_date - dt.timedelta(days=rng.randrange(20, 90)),
        stamp_date=letter_date + dt.timedelta(days=rng.randrange(3, 21)), style=style,
    )


def truth(spec: LetterSpec) -> dict[str, Any]:
    """The truth file's content: what the letter actually says and means."""
    collection = spec.collection
    spouse = spec.spouse
    fields: dict[str, Any] = {
        "letter_date": spec.letter_date.isoformat(),
        "contact_name": spec.contact.name,
        "contact_employee_id": spec.contact.employee_id,
        "contact_phone": spec.contact.phone,
        "contact_fax": spec.contact.fax,
        "contact_hours": spec.contact.hours,
        "taxpayer_name": spec.taxpayer.name,
        "taxpayer_id": spec.taxpayer_id_truth,
        "tax_periods": [p.isoformat() for p in spec.tax_periods],
        "tax_form": spec.tax_form,
        "printed_last_day": None if spec.printed_last_day is None else spec.printed_last_day.isoformat(),
    }
    if spec.letter_type == "other":
        # The project's output contract: a letter that is no Appeals determination has its header values
        # left unreported (as in samples/letters/other-*.truth.json), so its truth holds none of them.
        fields = dict.fromkeys(fields)
    return {
        "file": spec.file_name,
        "profile": spec.profile,
        "letter_type": spec.letter_type,
        "fields": fields,
        "determinations": {
            "collection": None if collection is None else {
                "actions": list(collection.actions), "outcome": collection.outcome,
                "alternatives": list(collection.alternatives)},
            "innocent_spouse": None if spouse is None else {
                "outcome": spouse.outcome, "sections": list(spouse.sections)},
        },
        "deadlines": deadlines(spec.letter_type, spec.letter_date),
    }
