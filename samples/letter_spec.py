"""The random specification of one synthetic letter: every fact and every layout choice, frozen.

A spec is drawn from a seeded `random.Random`, so the same seed always gives the same letter.
"""

from __future__ import annotations

import datetime as dt
import functools
import random
from dataclasses import dataclass, replace

import holidays

from samples import vocab

LETTER_TYPES: tuple[str, ...] = ("4390", "3193", "4439", "3288", "3210", "3279", "other", "blank")
# Which determinations each letter type announces (4439/3210 decide collection in an equivalent hearing).
HAS_COLLECTION: frozenset[str] = frozenset({"4390", "3193", "4439", "3210"})
HAS_INNOCENT_SPOUSE: frozenset[str] = frozenset({"4390", "4439", "3288", "3279"})

DATE_STYLES: tuple[str, ...] = ("long", "upper", "numeric", "abbrev")
PERIOD_STYLES: tuple[str, ...] = ("long", "numeric", "yyyymm")
LAYOUTS: tuple[str, ...] = ("columns", "stacked", "inline")
# Where the letter date is chosen to put a deadline (so roll-forward paths are exercised).
TARGETS: tuple[str, ...] = (
    "plain",
    "day30_saturday",
    "day30_sunday",
    "day30_holiday",
    "day90_sunday",
    "day90_holiday",
    "day90_july4",
    "day90_emancipation",
    "day90_juneteenth",
    "inauguration_2025",
)
ALTERNATIVES: tuple[str, ...] = (
    "installment_agreement",
    "offer_in_compromise",
    "currently_not_collectible",
    "bond_or_substitution",
)
SECTIONS: tuple[str, ...] = ("6015(b)", "6015(c)", "6015(f)", "66(c)")
FIRST_YEAR, LAST_YEAR = 2023, 2026


@dataclass(frozen=True)
class HeaderStyle:
    layout: str  # columns | stacked | inline
    labels: tuple[tuple[str, str], ...]  # (field key of vocab.HEADER_LABELS, spelling)
    font: str  # key of vocab.FONT_FAMILIES
    date_style: str
    period_style: str
    phone_format: str
    name_upper: bool  # taxpayer name printed in capitals, as IRS mail usually is

    def label(self, key: str) -> str:
        return dict(self.labels)[key]


@dataclass(frozen=True)
class CollectionSpec:
    lien: str | None  # "sustained" | "not_sustained" | None when the letter has no lien
    levy: str | None
    alternatives: tuple[str, ...]

    @property
    def actions(self) -> tuple[str, ...]:
        return tuple(a for a, o in (("lien", self.lien), ("levy", self.levy)) if o is not None)

    @property
    def outcome(self) -> str:
        outcomes = {o for o in (self.lien, self.levy) if o is not None}
        if outcomes == {"sustained"}:
            return "sustained"
        if outcomes == {"not_sustained"}:
            return "not_sustained"
        return "partially_sustained"


@dataclass(frozen=True)
class InnocentSpouseSpec:
    outcome: str  # full_relief | partial_relief | denied
    sections: tuple[str, ...]
    relief_amount: int  # dollars relieved when partial


@dataclass(frozen=True)
class Distractors:
    """Dates printed on the letter that are NOT the letter date."""

    cdp_request_received: dt.date  # Form 12153
    innocent_spouse_filed: dt.date  # Form 8857
    hearing: dt.date
    in_re_stamp: dt.date  # the second stamped date near "in re" (Jones v. Commissioner)
    receipt_stamp: dt.date | None


@dataclass(frozen=True)
class LetterSpec:
    seed: int
    letter_type: str
    letter_date: dt.date
    target: str
    office: tuple[str, ...]
    contact_name: str
    employee_id: str
    phone: str  # ten digits
    fax: str | None
    hours: str
    taxpayer_name: str
    taxpayer_address: tuple[str, ...]
    tin_kind: str  # ssn | ein
    tin_digits: str  # nine synthetic digits (never a valid SSN area)
    tin_printed_masked: bool
    tax_periods: tuple[dt.date, ...]
    tax_form: str
    collection: CollectionSpec | None
    innocent_spouse: InnocentSpouseSpec | None
    style: HeaderStyle
    old_petition_wording: bool
    distractors: Distractors
    attachment_pages: int
    revision: str
    printed_last_day: dt.date | None
    compact: bool  # short body that fits on one page (for single-image scans)


def _business_day_between(rng: random.Random, start: dt.date, end: dt.date) -> dt.date:
    """Appeals dates its letters on working days."""
    while True:
        day = start + dt.timedelta(days=rng.randrange((end - start).days))
        if day.weekday() < 5 and day not in _dc_holidays():
            return day


# Targets that put a deadline on one named holiday: (day counts to choose from, the holiday's dates).
FIXED_DEADLINES: dict[str, tuple[tuple[int, ...], tuple[dt.date, ...]]] = {
    "day90_july4": ((90,), (dt.date(2023, 7, 4), dt.date(2024, 7, 4), dt.date(2025, 7, 4))),
    "day90_emancipation": ((90,), (dt.date(2024, 4, 16), dt.date(2025, 4, 16), dt.date(2026, 4, 16))),
    "day90_juneteenth": ((90,), (dt.date(2024, 6, 19), dt.date(2025, 6, 19), dt.date(2026, 6, 19))),
    "inauguration_2025": ((30, 90), (dt.date(2025, 1, 20),)),
}


@functools.cache
def _dc_holidays() -> frozenset[dt.date]:
    return frozenset(
        holidays.country_holidays("US", subdiv="DC", observed=True, years=range(FIRST_YEAR, LAST_YEAR + 2))
    )


def _letter_date_for(rng: random.Random, target: str) -> dt.date:
    """A letter date that puts the 30- or 90-day deadline where the target says."""
    start, end = dt.date(FIRST_YEAR, 3, 1), dt.date(LAST_YEAR, 9, 30)
    dc = _dc_holidays()
    if target == "plain":
        return _business_day_between(rng, start, end)
    if target in FIXED_DEADLINES:
        spans, due_days = FIXED_DEADLINES[target]
        letter_dates = [d - dt.timedelta(days=span) for span in spans for d in due_days]
        business = [d for d in letter_dates if d.weekday() < 5 and d not in dc]
        return rng.choice(business or letter_dates)
    days = 30 if target.startswith("day30") else 90
    if target.endswith("holiday"):
        candidates = [
            d
            for d in dc
            if start + dt.timedelta(days=days) <= d <= end
            and d.weekday() < 5
            and (d - dt.timedelta(days=days)).weekday() < 5
            and d - dt.timedelta(days=days) not in dc
        ]
        return rng.choice(sorted(candidates)) - dt.timedelta(days=days)
    weekday = 5 if target.endswith("saturday") else 6
    while True:
        day = _business_day_between(rng, start, end)
        day += dt.timedelta(days=(weekday - (day + dt.timedelta(days=days)).weekday()) % 7)
        if day.weekday() < 5 and day not in _dc_holidays():
            return day


def _person(rng: random.Random) -> str:
    middle = rng.choice(vocab.MIDDLE_INITIALS)
    first, last = rng.choice(vocab.FIRST_NAMES), rng.choice(vocab.LAST_NAMES)
    return f"{first} {middle} {last}" if middle else f"{first} {last}"


def _phone(rng: random.Random) -> str:
    return rng.choice(vocab.AREA_CODES) + str(rng.randrange(200, 999)) + f"{rng.randrange(10000):04d}"


def _collection(rng: random.Random) -> CollectionSpec:
    which = rng.choice(["lien", "levy", "both", "both"])
    lien = rng.choice(["sustained", "sustained", "not_sustained"]) if which in ("lien", "both") else None
    levy = rng.choice(["sustained", "sustained", "not_sustained"]) if which in ("levy", "both") else None
    alternatives = tuple(
        a for a in ALTERNATIVES if rng.random() < (0.35 if a != "bond_or_substitution" else 0.08)
    )
    return CollectionSpec(lien=lien, levy=levy, alternatives=alternatives)


def _innocent_spouse(rng: random.Random) -> InnocentSpouseSpec:
    sections = rng.choice(
        [
            ("6015(b)", "6015(c)", "6015(f)"),
            ("6015(b)",),
            ("6015(c)",),
            ("6015(f)",),
            ("6015(b)", "6015(f)"),
            ("6015(c)", "6015(f)"),
            ("66(c)",),
        ]
    )
    outcome = rng.choice(["full_relief", "partial_relief", "denied"])
    return InnocentSpouseSpec(outcome=outcome, sections=sections, relief_amount=rng.randrange(800, 45000))


def _style(rng: random.Random, tin_kind: str) -> HeaderStyle:
    keys = [k for k in vocab.HEADER_LABELS if not k.startswith("tin_")]
    labels = tuple((k, rng.choice(vocab.HEADER_LABELS[k])) for k in keys)
    tin_key = "tin_ssn" if tin_kind == "ssn" else "tin_ein"
    labels += (("tin", rng.choice(vocab.HEADER_LABELS[tin_key])),)
    return HeaderStyle(
        layout=rng.choice(LAYOUTS),
        labels=labels,
        font=rng.choice(list(vocab.FONT_FAMILIES)),
        date_style=rng.choice(DATE_STYLES),
        period_style=rng.choices(PERIOD_STYLES, weights=(5, 4, 1))[0],
        phone_format=rng.choice(vocab.PHONE_FORMATS),
        name_upper=rng.random() < 0.7,
    )


def _revision(rng: random.Random, letter_type: str, old_wording: bool, letter_date: dt.date) -> str:
    """A revision date that fits the wording (the old petition sentence is on pre-2018 revisions) and the
    letter date: no letter is printed on a revision of its form that came out after it."""
    revisions = vocab.REVISIONS.get(letter_type, ("01-2020",))
    issued = [r for r in revisions if _month_of(r) <= (letter_date.year, letter_date.month)]
    fitting = [r for r in issued if (_month_of(r)[0] < 2018) == old_wording]
    return rng.choice(fitting or issued or [min(revisions, key=_month_of)])


def _month_of(revision: str) -> tuple[int, int]:
    month, year = revision.split("-")
    return int(year), int(month)


def _around(rng: random.Random, day: dt.date, low: int, high: int) -> dt.date:
    return day + dt.timedelta(days=rng.randint(low, high))


def random_spec(
    rng: random.Random,
    *,
    letter_type: str = "4390",
    target: str | None = None,
    seed: int = 0,
    compact: bool = False,
) -> LetterSpec:
    """Draw one letter. `target` picks where a deadline lands (see TARGETS); random when None."""
    target = target or rng.choice(TARGETS)
    letter_date = _letter_date_for(rng, target)
    tin_kind = "ein" if letter_type in ("3193", "3210") and rng.random() < 0.4 else "ssn"
    tin_digits = (
        str(rng.randrange(900, 1000)) + f"{rng.randrange(1, 50):02d}"
        if tin_kind == "ssn"
        else f"{rng.randrange(20, 99)}{rng.randrange(100, 1000)}"
    ) + f"{rng.randrange(10000):04d}"
    last_year = letter_date.year - rng.randint(2, 5)
    periods = tuple(dt.date(y, 12, 31) for y in range(last_year - rng.choice([0, 0, 0, 1, 2]), last_year + 1))
    city, state, zip_code = rng.choice(vocab.CITIES)
    name = _person(rng)
    style = _style(rng, tin_kind)
    received = _around(rng, letter_date, -240, -90)
    is_filed = _around(rng, received, -200, -20)
    distractors = Distractors(
        cdp_request_received=received,
        innocent_spouse_filed=is_filed,
        hearing=_around(rng, letter_date, -75, -10),
        in_re_stamp=_around(rng, letter_date, 1, 9),
        receipt_stamp=_around(rng, letter_date, 3, 12) if rng.random() < 0.5 else None,
    )
    business = tin_kind == "ein"
    old_wording = rng.random() < 0.35
    spec = LetterSpec(
        seed=seed,
        letter_type=letter_type,
        letter_date=letter_date,
        target=target,
        office=vocab.DEPARTMENT_LINES
        + vocab.OFFICES_BY_TYPE.get(letter_type, rng.choice(vocab.APPEALS_OFFICES)),
        contact_name=_person(rng),
        employee_id=str(rng.choice([1000000000, 100000000]) + rng.randrange(10**7)),
        phone=_phone(rng),
        fax=_phone(rng) if rng.random() < 0.8 else None,
        hours=rng.choice(vocab.HOURS),
        taxpayer_name=(
            f"{rng.choice(vocab.LAST_NAMES).upper()} HOLDINGS LLC"
            if business
            else (name.upper() if style.name_upper else name)
        ),
        taxpayer_address=(
            f"{rng.randrange(12, 9800)} {rng.choice(vocab.STREETS).upper()}",
            f"{city} {state} {zip_code}",
        ),
        tin_kind=tin_kind,
        tin_digits=tin_digits,
        tin_printed_masked=rng.random() < 0.5,
        tax_periods=periods,
        tax_form=("941" if business else "1040"),
        collection=_collection(rng) if letter_type in HAS_COLLECTION else None,
        innocent_spouse=_innocent_spouse(rng) if letter_type in HAS_INNOCENT_SPOUSE else None,
        style=style,
        old_petition_wording=old_wording,
        distractors=distractors,
        attachment_pages=0 if compact else rng.choice([0, 0, 0, 1]),
        revision=_revision(rng, letter_type, old_wording, letter_date),
        printed_last_day=None,
        compact=compact,
    )
    return spec


def with_printed_last_day(spec: LetterSpec, day: dt.date) -> LetterSpec:
    return replace(spec, printed_last_day=day)
