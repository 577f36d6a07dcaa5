"""Must check or worth a glance (rules/review.py): what changes what the taxpayer must do."""

from __future__ import annotations

import dataclasses
import datetime as dt

import jsonschema
import pytest
from conftest import ROOT
from read_support import read_facts

from letter4390.result_json import result_schema, to_result
from parser.core.model import FIELD_NAMES
from rules.assess import assess
from rules.review import MUST_CHECK, WORTH_A_GLANCE, is_must_check, split_review


@pytest.mark.parametrize("name", ["letter_date", "letter_type", "printed_last_day", "collection",
                                  "innocent_spouse", "tax_periods", "determinations.collection"])
def test_what_changes_the_deadlines_or_the_petition_is_must_check(name: str) -> None:
    assert is_must_check(name)


@pytest.mark.parametrize("name", ["contact_employee_id", "contact_hours", "contact_fax", "tax_form",
                                  "contact_name", "taxpayer_id"])
def test_how_to_reach_appeals_is_worth_a_glance(name: str) -> None:
    assert not is_must_check(name)


def test_an_unknown_flag_is_never_downgraded() -> None:
    assert is_must_check("some_new_flag")


def test_every_field_has_a_kind_and_the_tables_do_not_overlap() -> None:
    assert not MUST_CHECK & WORTH_A_GLANCE
    assert set(FIELD_NAMES) <= MUST_CHECK | WORTH_A_GLANCE


def test_split_keeps_order_and_drops_repeats() -> None:
    must, glance = split_review(["contact_fax", "letter_date", "contact_fax", "collection", "tax_form"])
    assert must == ("letter_date", "collection")
    assert glance == ("contact_fax", "tax_form")


def test_assess_lists_glance_items_apart() -> None:
    facts = read_facts(ROOT / "samples" / "letters" / "4390-digital-july4.pdf")
    flagged = dataclasses.replace(facts, needs_review=("contact_employee_id", "letter_date", "contact_hours"))
    assessment = assess(flagged, as_of=dt.date(2025, 1, 1))
    assert assessment.needs_review == ("letter_date",)
    assert assessment.worth_a_glance == ("contact_employee_id", "contact_hours")
    result = to_result(assessment)
    assert (result["needs_review"], result["worth_a_glance"]) == (
        ["letter_date"], ["contact_employee_id", "contact_hours"])
    jsonschema.validate(result, result_schema())
