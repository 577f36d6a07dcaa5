"""assess(): facts in, deadlines out, always erring to the earlier date when a fact is uncertain."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest
from said import english, english_each

from parser.core.model import (
    Box,
    CollectionDetermination,
    Document,
    Evidence,
    Fact,
    Fields,
    InnocentSpouseDetermination,
    LetterFacts,
    LetterType,
    LetterTypeValue,
)
from parser.core.notes import Note, note
from rules.assess import LETTER_TYPE_CONFIDENCE_THRESHOLD, assess
from rules.deadlines import counted_due

D = dt.date
EVIDENCE = Evidence(page=1, box=Box(400.0, 90.0, 520.0, 102.0), text="Date: July 28, 2017", method="pdf_text")
DOCUMENT = Document(name="letter.pdf", sha256="0" * 64, kind="pdf", pages=())
LETTER_DATE = D(2017, 7, 28)
BOTH = ("collection_due_process", "innocent_spouse")


def date_fact(value: dt.date, *, needs_review: bool = False) -> Fact[dt.date]:
    return Fact(value=value, confidence=0.6 if needs_review else 0.98, evidence=EVIDENCE,
                needs_review=needs_review, reasons=(note("value.damaged_chars"),) if needs_review else ())


def letter(
    letter_type: LetterTypeValue = "4390",
    letter_date: dt.date | None = LETTER_DATE,
    *,
    type_confidence: float = 0.97,
    date_needs_review: bool = False,
    alternatives: tuple[dt.date, ...] = (),
    printed_last_day: dt.date | None = None,
    collection: bool = False,
    needs_review: tuple[str, ...] = (),
    warnings: tuple[Note, ...] = (),
) -> LetterFacts:
    fields = Fields(
        letter_date=None if letter_date is None else date_fact(letter_date, needs_review=date_needs_review),
        printed_last_day=None if printed_last_day is None else date_fact(printed_last_day),
    )
    determination = (
        CollectionDetermination(actions=("levy",), outcome="sustained", alternatives=(), confidence=0.9)
        if collection else None
    )
    return LetterFacts(
        document=DOCUMENT,
        letter_type=LetterType(letter_type, type_confidence),
        fields=fields,
        collection=determination,
        innocent_spouse=None,
        needs_review=needs_review,
        warnings=warnings,
        letter_date_alternatives=alternatives,
    )


def ids(facts: LetterFacts) -> tuple[str, ...]:
    return tuple(d.id for d in assess(facts).deadlines)


def test_a_clear_letter_4390() -> None:
    facts = letter()
    result = assess(facts, as_of=D(2017, 8, 1))
    assert result.facts is facts
    assert result.as_of == D(2017, 8, 1)
    assert [(d.id, d.due, d.days_left, d.unconfirmed) for d in result.deadlines] == [
        ("collection_due_process", D(2017, 8, 28), 27, False),
        ("innocent_spouse", D(2017, 10, 26), 86, False),
    ]
    assert result.needs_review == ()
    assert result.warnings == ()


def test_closures_are_passed_through() -> None:
    result = assess(letter(), closures=[D(2017, 8, 28)])
    assert result.deadlines[0].due == D(2017, 8, 29)


def test_missing_letter_date_gives_no_deadline_and_is_flagged() -> None:
    result = assess(letter(letter_date=None))
    assert result.deadlines == ()
    assert "letter_date" in result.needs_review
    assert any("letter date could not be found" in w for w in english_each(result.warnings))


@pytest.mark.parametrize(("printed", "start"), [
    (D(2017, 8, 30), D(2017, 7, 31)),  # a Wednesday: its date's thirtieth day, and no earlier date's
    # A Monday: day 30 of July 29, 28 (a Sunday) and 27 (a Saturday) all move on to it; July 27 is the
    # earliest, and its innocent spouse day the earliest too.
    (D(2017, 8, 28), D(2017, 7, 27)),
])
def test_no_letter_date_counts_from_the_earliest_date_a_printed_last_day_read_sure_gives(
        printed: dt.date, start: dt.date) -> None:
    # apart 9077 0089, a fax: a receipt stamp over "Letter Date: 10 Mar 2025", "April 9, 2025" printed.
    result = assess(letter(letter_date=None, printed_last_day=printed))
    assert {d.anchor for d in result.deadlines} == {start}
    assert result.deadlines[0].due == printed and all(d.unconfirmed for d in result.deadlines)
    assert "letter_date" in result.needs_review
    said = english_each(result.warnings)
    assert any(f"counted from {start.isoformat()}" in w for w in said)
    assert not any("letter date could not be found" in w for w in said)


def test_no_letter_date_and_a_printed_last_day_in_doubt_gives_no_deadline() -> None:
    result = assess(letter(letter_date=None, printed_last_day=D(2017, 8, 30),
                           needs_review=("printed_last_day",)))
    assert result.deadlines == ()
    assert any("letter date could not be found" in w for w in english_each(result.warnings))


@pytest.mark.parametrize("letter_type", ["3210", "other"])
def test_missing_letter_date_without_deadlines_is_not_flagged(letter_type: LetterTypeValue) -> None:
    result = assess(letter(letter_type, letter_date=None))
    assert result.deadlines == ()
    assert "letter_date" not in result.needs_review


def test_uncertain_letter_date_marks_deadlines_unconfirmed() -> None:
    result = assess(letter(date_needs_review=True))
    assert [d.due for d in result.deadlines] == [D(2017, 8, 28), D(2017, 10, 26)]
    assert all(d.unconfirmed for d in result.deadlines)
    assert result.needs_review == ("letter_date",)
    assert english_each(result.warnings) == (
        "The letter date could not be read with certainty; the deadlines are counted from the earliest "
        "possible date, 2017-07-28. Check the date on the letter.",
    )


def test_alternative_readings_count_from_the_earliest() -> None:
    result = assess(letter(letter_date=D(2017, 7, 28), alternatives=(D(2017, 7, 23), D(2017, 7, 29))))
    assert {d.anchor for d in result.deadlines} == {D(2017, 7, 23)}
    assert result.deadlines[0].due == D(2017, 8, 22)
    assert all(d.unconfirmed for d in result.deadlines)
    assert "letter_date" in result.needs_review
    assert any("earliest possible date, 2017-07-23" in w for w in english_each(result.warnings))


def test_a_printed_last_day_only_the_read_date_gives_rules_out_the_earlier_readings() -> None:
    # apart 9070 0059, a fax: "February 26, 2025", a "4" a near rival of its "6", "March 28, 2025" printed.
    result = assess(letter(letter_date=D(2017, 7, 28), date_needs_review=True, alternatives=(D(2017, 7, 26),),
                           printed_last_day=D(2017, 8, 28)))
    assert {d.anchor for d in result.deadlines} == {D(2017, 7, 28)}
    assert result.deadlines[0].due == D(2017, 8, 28)
    assert all(d.unconfirmed for d in result.deadlines) and "letter_date" in result.needs_review
    said = english_each(result.warnings)
    assert any("prints follows from 2017-07-28" in w for w in said)
    assert "printed_last_day" not in result.needs_review


@pytest.mark.parametrize(("alternative", "needs_review"), [
    (D(2017, 7, 27), ()),  # day 30 a Saturday: the earlier reading prints the same Monday, rules out nothing
    (D(2017, 7, 26), ("printed_last_day",)),  # a printed day in doubt confirms nothing
])
def test_a_printed_last_day_that_rules_out_nothing_leaves_the_earliest(alternative: dt.date,
                                                                      needs_review: tuple[str, ...]) -> None:
    result = assess(letter(letter_date=D(2017, 7, 28), date_needs_review=True, alternatives=(alternative,),
                           printed_last_day=D(2017, 8, 28), needs_review=needs_review))
    assert {d.anchor for d in result.deadlines} == {alternative}


def test_a_later_alternative_keeps_the_read_date_but_unconfirmed() -> None:
    result = assess(letter(letter_date=D(2017, 7, 28), alternatives=(D(2017, 7, 29),)))
    assert {d.anchor for d in result.deadlines} == {D(2017, 7, 28)}
    assert all(d.unconfirmed for d in result.deadlines)


@pytest.mark.parametrize(("letter_type", "expected", "warned"), [
    ("3288", BOTH, True),  # could be a 4390: the earlier collection deadline is added
    ("4439", BOTH, True),
    ("3279", BOTH, True),
    ("3210", ("collection_due_process",), True),
    ("3193", ("collection_due_process",), False),  # never an innocent spouse deadline a 3193 doesn't allow
])
def test_uncertain_letter_type_gains_the_collection_deadline_only(
    letter_type: LetterTypeValue, expected: tuple[str, ...], warned: bool
) -> None:
    facts = letter(letter_type, type_confidence=LETTER_TYPE_CONFIDENCE_THRESHOLD - 0.2)
    result = assess(facts)
    assert ids(facts) == expected
    assert "letter_type" in result.needs_review
    assert any(f"read as Letter {letter_type}" in w for w in english_each(result.warnings)) is warned


def test_safety_deadline_keeps_its_own_authority_and_date() -> None:
    result = assess(letter("3288", type_confidence=0.3))
    collection, spouse = result.deadlines
    assert collection.id == "collection_due_process" and collection.due == D(2017, 8, 28)
    assert spouse.id == "innocent_spouse" and spouse.due == D(2017, 10, 26)


def test_letter_type_flagged_by_the_parser_counts_as_uncertain() -> None:
    facts = letter("4439", type_confidence=0.95, needs_review=("letter_type",))
    result = assess(facts)
    assert ids(facts) == BOTH
    assert result.needs_review == ("letter_type",)


@pytest.mark.parametrize(("letter_type", "expected"), [
    ("3193", ("collection_due_process",)),
    ("3288", ("innocent_spouse",)),
    ("3210", ()),
    ("other", ()),
])
def test_certain_letter_type_gets_its_own_deadlines(
    letter_type: LetterTypeValue, expected: tuple[str, ...]
) -> None:
    facts = letter(letter_type)
    assert ids(facts) == expected
    assert "letter_type" not in assess(facts).needs_review


def test_uncertain_unrelated_letter_gets_no_invented_deadline() -> None:
    facts = letter("other", type_confidence=0.4)
    result = assess(facts)
    assert result.deadlines == ()
    assert "letter_type" in result.needs_review


def test_uncertain_other_letter_with_a_collection_determination_gets_the_collection_deadline() -> None:
    assert ids(letter("other", type_confidence=0.4, collection=True)) == ("collection_due_process",)


def test_innocent_spouse_determination_alone_also_counts() -> None:
    facts = dataclasses.replace(
        letter("other", type_confidence=0.4),
        innocent_spouse=InnocentSpouseDetermination(outcome="denied", sections=("6015(b)",), confidence=0.9),
    )
    assert ids(facts) == BOTH


@pytest.mark.parametrize(
    ("letter_date", "as_of", "flagged"),
    [
        (D(2025, 3, 4), D(2025, 3, 3), True),  # after the as-of date
        (D(2025, 3, 3), D(2025, 3, 3), False),
        (D(2022, 3, 2), D(2025, 3, 3), True),  # more than three years back
        (D(2022, 3, 3), D(2025, 3, 3), False),  # exactly three years
        (D(2021, 2, 27), D(2024, 2, 29), True),
        (D(2021, 2, 28), D(2024, 2, 29), False),
    ],
)
def test_implausible_letter_date_is_flagged(letter_date: dt.date, as_of: dt.date, flagged: bool) -> None:
    result = assess(letter(letter_date=letter_date), as_of=as_of)
    assert ("letter_date" in result.needs_review) is flagged
    assert all(d.unconfirmed is flagged for d in result.deadlines)
    assert len(result.deadlines) == 2  # still counted: the person needs a date to check


@pytest.mark.parametrize("letter_date", [D(3024, 10, 23), D(1998, 12, 31), D(1024, 10, 23)])
def test_a_date_that_cannot_be_a_letter_date_gives_no_deadline(letter_date: dt.date) -> None:
    result = assess(letter(letter_date=letter_date), as_of=D(2025, 1, 1))
    assert result.deadlines == ()
    assert "letter_date" in result.needs_review
    assert any("cannot be a letter date" in w for w in english_each(result.warnings))


def test_an_impossible_date_counts_from_a_possible_reading_of_its_characters() -> None:
    # "2623-10-03" on a 150 dpi scan: the parser offers 2023-10-03 (a 0 read as a 6) as another reading.
    result = assess(letter(letter_date=D(2623, 10, 3), alternatives=(D(2023, 10, 3),)), as_of=D(2023, 10, 13))
    assert {d.anchor for d in result.deadlines} == {D(2023, 10, 3)}
    assert all(d.unconfirmed for d in result.deadlines)
    assert "letter_date" in result.needs_review
    said = english_each(result.warnings)
    assert any("cannot be a letter date: a digit of it was misread" in w for w in said)


def test_a_letter_dated_within_a_year_after_as_of_still_counts_flagged() -> None:
    result = assess(letter(letter_date=D(2025, 12, 31)), as_of=D(2025, 1, 1))
    assert len(result.deadlines) == 2 and all(d.unconfirmed for d in result.deadlines)


def test_an_impossible_alternative_reading_is_not_counted_from() -> None:
    result = assess(letter(letter_date=D(2017, 7, 28), alternatives=(D(1017, 7, 28),)))
    assert {d.anchor for d in result.deadlines} == {D(2017, 7, 28)}


def test_no_as_of_date_means_no_plausibility_flag() -> None:
    assert assess(letter(letter_date=D(2000, 1, 4))).needs_review == ()


def test_printed_last_day_equal_to_the_computed_one() -> None:
    result = assess(letter(printed_last_day=D(2017, 8, 28)))
    assert result.deadlines[0].due == D(2017, 8, 28)
    assert result.needs_review == ()
    assert result.warnings == ()


def test_earlier_printed_last_day_wins_and_is_flagged() -> None:
    result = assess(letter(printed_last_day=D(2017, 8, 25)), as_of=D(2017, 8, 1))
    cdp, innocent = result.deadlines
    assert cdp.due == D(2017, 8, 25)
    assert cdp.days_left == 24
    assert cdp.rolled_past == ()  # the Sunday it rolled past lies after the printed day
    assert innocent.due == D(2017, 10, 26)
    assert "printed_last_day" in result.needs_review
    said = english_each(result.warnings)
    assert any("2017-08-25" in w and "2017-08-28" in w and "earlier" in w for w in said)


def test_later_printed_last_day_never_extends_the_deadline() -> None:
    result = assess(letter(printed_last_day=D(2017, 9, 1)))
    assert [d.due for d in result.deadlines] == [D(2017, 8, 28), D(2017, 10, 26)]
    assert "printed_last_day" in result.needs_review
    assert any("Do not rely on the later printed date" in w for w in english_each(result.warnings))


def test_printed_day_near_the_innocent_spouse_deadline_applies_to_it() -> None:
    result = assess(letter(printed_last_day=D(2017, 10, 24)))
    assert [d.due for d in result.deadlines] == [D(2017, 8, 28), D(2017, 10, 24)]


def test_parser_flags_and_warnings_are_kept_once() -> None:
    facts = letter(date_needs_review=True, needs_review=("letter_date", "contact_phone"),
                   warnings=(note("page.turned", number=2, degrees=90),))
    result = assess(facts)
    assert result.needs_review == ("letter_date",)
    assert result.worth_a_glance == ("contact_phone",)
    assert english(result.warnings[0]) == "page 2 was turned 90° clockwise to read it upright"
    assert len(result.warnings) == 2


def test_the_counted_day_is_kept_when_a_printed_day_moves_a_deadline() -> None:
    # 2017-07-28 + 30 = Sunday 2017-08-27 -> Monday the 28th. A letter printing Friday the 25th moves the
    # deadline to it; the rolled-past Sunday is no longer before it, yet the counted Monday is still known.
    moved = assess(letter(printed_last_day=D(2017, 8, 25))).deadlines[0]
    assert (moved.due, moved.counted, counted_due(moved), moved.rolled_past) == (
        D(2017, 8, 25), D(2017, 8, 28), D(2017, 8, 28), ())
    same = assess(letter(printed_last_day=D(2017, 8, 28))).deadlines[0]
    assert (same.counted, counted_due(same)) == (None, D(2017, 8, 28))


@pytest.mark.parametrize("printed", [D(2017, 8, 26), D(2017, 8, 27)])
def test_a_printed_weekend_day_that_rolls_to_the_computed_one_agrees_with_it(printed: dt.date) -> None:
    # IRC 7503 moves any last day on a weekend, the letter's too: a letter printing the nominal Sunday (or the
    # Saturday) gives the same Monday, so nothing is moved and nothing needs checking (apart seed 9004).
    result = assess(letter(printed_last_day=printed))
    assert [d.due for d in result.deadlines] == [D(2017, 8, 28), D(2017, 10, 26)]
    assert result.deadlines[0].counted is None
    assert "printed_last_day" not in result.needs_review and result.warnings == ()


def test_a_printed_weekend_day_that_rolls_past_the_computed_one_is_still_later() -> None:
    # Printed Saturday 2017-09-02 rolls to Tuesday 09-05 (Labor Day): later than the computed 08-28.
    result = assess(letter(printed_last_day=D(2017, 9, 2)))
    assert result.deadlines[0].due == D(2017, 8, 28)
    assert "printed_last_day" in result.needs_review
