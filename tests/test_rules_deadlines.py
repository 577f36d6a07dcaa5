"""The deadline table and the roll-forward against real cases (domain brief, "Deadlines")."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

import pytest

from annotate.messages import messages
from parser.core.errors import UsageError
from parser.core.notes import note
from rules.calendar import DayOff
from rules.deadlines import (
    CAVEATS,
    COLLECTION_AND_INNOCENT_SPOUSE,
    COLLECTION_ONLY,
    INNOCENT_SPOUSE_ONLY,
    RULES,
    compute_deadlines,
    deadline_ids,
    reviewable_parts,
)
from rules.model import Deadline, RolledDay

D = dt.date
OCTAVIA = "Winter Storm Octavia (all federal offices in Washington DC closed)"


def deadline(
    letter_type: str,
    letter_date: dt.date,
    rule_id: str,
    *,
    closures: Iterable[dt.date] = (),
    include_known_closures: bool = True,
) -> Deadline:
    computed = compute_deadlines(
        letter_type, letter_date, closures=closures, include_known_closures=include_known_closures
    )
    found = [d for d in computed if d.id == rule_id]
    assert len(found) == 1
    return found[0]


@pytest.mark.parametrize(
    ("case", "letter_date", "rule_id", "nominal", "due", "include_known_closures"),
    [
        # Boechler, P.C. v. Commissioner, 596 U.S. 199 (2022): day 30 a Sunday.
        ("Boechler", D(2017, 7, 28), "collection_due_process", D(2017, 8, 27), D(2017, 8, 28), True),
        # Guerrier v. Commissioner, T.C. Memo. 2002: calendar days, day 1 the day after the letter date.
        ("Guerrier", D(2001, 2, 21), "collection_due_process", D(2001, 3, 23), D(2001, 3, 23), True),
        # Frutiger v. Commissioner, 162 T.C. No. 5 (2024): the 90-day innocent spouse period.
        ("Frutiger", D(2021, 6, 16), "innocent_spouse", D(2021, 9, 14), D(2021, 9, 14), True),
        # Guralnik v. Commissioner, 146 T.C. 230 (2016): Sunday, then Washington's Birthday ...
        ("Guralnik (IRC 7503 only)", D(2015, 1, 16), "collection_due_process", D(2015, 2, 15), D(2015, 2, 17),
         False),
        # ... then the snow closure of 2015-02-17 from the closure table.
        ("Guralnik (closure table)", D(2015, 1, 16), "collection_due_process", D(2015, 2, 15), D(2015, 2, 18),
         True),
    ],
)
def test_real_case_vectors(
    case: str,
    letter_date: dt.date,
    rule_id: str,
    nominal: dt.date,
    due: dt.date,
    include_known_closures: bool,
) -> None:
    found = deadline("4390", letter_date, rule_id, include_known_closures=include_known_closures)
    assert (found.nominal, found.due) == (nominal, due), case
    assert found.anchor == letter_date


def test_boechler_records_the_sunday() -> None:
    found = deadline("4390", D(2017, 7, 28), "collection_due_process")
    assert found.rolled_past == (RolledDay(D(2017, 8, 27), (DayOff("weekend", "Sunday"),)),)


def test_guralnik_records_every_day_rolled_past_with_its_reason() -> None:
    found = deadline("4390", D(2015, 1, 16), "collection_due_process")
    assert found.rolled_past == (
        RolledDay(D(2015, 2, 15), (DayOff("weekend", "Sunday"),)),
        RolledDay(D(2015, 2, 16), (DayOff("holiday", "Washington's Birthday"),)),
        RolledDay(D(2015, 2, 17), (DayOff("closure", OCTAVIA),)),
    )


# Sall v. Commissioner, 161 T.C. No. 13 (2023) (due 2022-11-25 -> 2022-12-12 under IRC 7451(b)) is tolling
# for an inaccessible DAWSON, known only afterwards: not computed, carried as a caveat instead.
def test_tolling_and_bankruptcy_are_caveats_not_computations() -> None:
    ids = {caveat.id for caveat in CAVEATS}
    assert {"court_closure", "bankruptcy", "mailing_date"} <= ids
    assert any("7451(b)" in caveat.authority for caveat in CAVEATS)
    found = deadline("4390", D(2022, 10, 26), "collection_due_process")
    assert found.due == D(2022, 11, 25)  # the day Sall's period would have ended without tolling


def test_emancipation_day_and_inauguration_day_move_a_deadline() -> None:
    # 2016-04-16 was a Saturday: observed Friday the 15th, so a nominal Friday rolls to Monday the 18th.
    found = deadline("3193", D(2016, 3, 16), "collection_due_process")
    assert found.nominal == D(2016, 4, 15)
    assert found.due == D(2016, 4, 18)
    assert [messages("en").rolled_line(r) for r in found.rolled_past] == [
        "Emancipation Day (observed)", "Saturday; Emancipation Day", "Sunday",
    ]
    # 2025-01-20: Inauguration Day and Martin Luther King Jr. Day.
    inauguration = deadline("3193", D(2024, 12, 21), "collection_due_process")
    assert inauguration.nominal == D(2025, 1, 20)
    assert inauguration.due == D(2025, 1, 21)


def test_juneteenth_counts_only_from_2021() -> None:
    assert deadline("3193", D(2020, 5, 20), "collection_due_process").due == D(2020, 6, 19)
    assert deadline("3193", D(2023, 5, 20), "collection_due_process").due == D(2023, 6, 20)


@pytest.mark.parametrize(
    ("letter_type", "ids"),
    [
        ("4390", ("collection_due_process", "innocent_spouse")),
        ("3193", ("collection_due_process",)),
        ("4439", ("innocent_spouse",)),
        ("3288", ("innocent_spouse",)),
        ("3279", ("innocent_spouse",)),
        ("3210", ()),
        ("other", ()),
    ],
)
def test_which_letters_carry_which_deadlines(letter_type: str, ids: tuple[str, ...]) -> None:
    assert deadline_ids(letter_type) == ids
    assert tuple(d.id for d in compute_deadlines(letter_type, D(2025, 3, 3))) == ids


def test_unknown_letter_type_is_a_usage_error() -> None:
    with pytest.raises(UsageError) as raised:
        compute_deadlines("1234", D(2025, 3, 3))
    assert raised.value.note == note("error.unknown_letter_type", letter_type="1234",
                                     known=("4390", "3193", "3210", "4439", "3288", "3279", "other"))


def test_rule_table_periods_and_authorities() -> None:
    assert RULES["collection_due_process"].days == 30
    assert RULES["innocent_spouse"].days == 90
    cdp, innocent = compute_deadlines("4390", D(2025, 3, 3))
    assert "IRC 6330(d)(1)" in cdp.authority and "301.6330-1(f)(1)" in cdp.authority
    assert "IRC 6015(e)(1)(A)(ii)" in innocent.authority
    for found in (cdp, innocent):
        assert "IRC 7503" in found.authority and "Rule 25(a)" in found.authority


def test_what_each_deadline_lets_one_dispute() -> None:
    cdp, innocent = compute_deadlines("4390", D(2025, 3, 3))
    assert (cdp.disputes, innocent.disputes) == ("collection_and_innocent_spouse", "innocent_spouse_only")
    assert cdp.disputes == COLLECTION_AND_INNOCENT_SPOUSE and innocent.disputes == INNOCENT_SPOUSE_ONLY
    (only_cdp,) = compute_deadlines("3193", D(2025, 3, 3))
    assert only_cdp.disputes == COLLECTION_ONLY == "collection_only"


def test_days_left_and_unconfirmed_default() -> None:
    cdp, innocent = compute_deadlines("4390", D(2025, 3, 3), as_of=D(2025, 3, 10))
    assert (cdp.due, innocent.due) == (D(2025, 4, 2), D(2025, 6, 2))  # 2025-06-01 is a Sunday
    assert (cdp.days_left, innocent.days_left) == (23, 84)
    late = compute_deadlines("4390", D(2025, 3, 3), as_of=D(2025, 4, 3))[0]
    assert late.days_left == -1
    assert compute_deadlines("4390", D(2025, 3, 3))[0].days_left is None
    assert not cdp.unconfirmed


def test_user_closure_on_the_due_day_moves_it() -> None:
    plain = deadline("4390", D(2025, 3, 3), "collection_due_process")
    closed = deadline("4390", D(2025, 3, 3), "collection_due_process", closures=[D(2025, 4, 2)])
    assert plain.due == D(2025, 4, 2)
    assert closed.due == D(2025, 4, 3)
    assert closed.rolled_past == (RolledDay(D(2025, 4, 2), (DayOff("user_closure", ""),)),)
    elsewhere = deadline("4390", D(2025, 3, 3), "collection_due_process", closures=[D(2025, 3, 20)])
    assert elsewhere.due == D(2025, 4, 2)


@pytest.mark.parametrize(
    ("filed_on", "parts"),
    [
        (D(2017, 8, 1), ("collection_due_process", "innocent_spouse")),
        (D(2017, 8, 28), ("collection_due_process", "innocent_spouse")),  # the rolled-forward last day
        (D(2017, 8, 29), ("innocent_spouse",)),
        (D(2017, 10, 26), ("innocent_spouse",)),
        (D(2017, 10, 27), ()),
    ],
)
def test_scope_by_filing_day_gray(filed_on: dt.date, parts: tuple[str, ...]) -> None:
    # Gray v. Commissioner, 138 T.C. No. 13 (2012).
    assert reviewable_parts(compute_deadlines("4390", D(2017, 7, 28)), filed_on) == parts


def test_scope_of_a_collection_only_letter() -> None:
    deadlines = compute_deadlines("3193", D(2017, 7, 28))
    assert reviewable_parts(deadlines, D(2017, 8, 28)) == ("collection_due_process",)
    assert reviewable_parts(deadlines, D(2017, 8, 29)) == ()
    assert reviewable_parts(compute_deadlines("3210", D(2017, 7, 28)), D(2017, 8, 1)) == ()



def test_a_rolled_day_keeps_its_json_one_liner() -> None:
    found = deadline("4390", D(2015, 1, 16), "collection_due_process")
    assert [messages("en").rolled_line(r) for r in found.rolled_past] == [
        "Sunday", "Washington's Birthday", f"U.S. Tax Court closed: {OCTAVIA}"]
