"""bench.accuracy's done-when checks: what counts as a digital letter read right that needs no review."""

from __future__ import annotations

from bench.accuracy import LetterScore, done_when
from bench.scoring import Outcome


def _digital(name: str, must_check: tuple[str, ...], right: bool = True) -> LetterScore:
    outcome = Outcome(item="letter_type", expected="4390", found="4390" if right else "other", flagged=False)
    return LetterScore(file=name, profile="digital", letter_type="4390", seconds=0.1, outcomes=(outcome,),
                       must_check=must_check)


def _no_review_check(scores: list[LetterScore]) -> str:
    return next(measured for label, measured, _ in done_when(scores) if "need no review" in label)


def test_a_blank_page_asking_a_person_is_left_out_of_letters_read_right() -> None:
    scores = [_digital("0001-4390-digital.pdf", ()), _digital("0002-4390-digital.pdf", ()),
              _digital("0027-blank-digital.pdf", ("letter_type",))]
    assert _no_review_check(scores).startswith("2/2 ")


def test_a_letter_read_right_that_asks_for_review_counts_against_the_bar() -> None:
    scores = [_digital("0001-4390-digital.pdf", ()), _digital("0002-4390-digital.pdf", ("letter_date",)),
              _digital("0003-4390-digital.pdf", ("letter_date",), right=False)]  # read wrong: not counted
    assert _no_review_check(scores).startswith("1/2 ")


def test_the_review_cost_counts_scans_read_right_that_still_ask() -> None:
    from bench.accuracy import review_cost_table

    def scan(name: str, must_check: tuple[str, ...], right: bool = True) -> LetterScore:
        found = "2019-12-31" if right else "2018-12-31"
        outcome = Outcome(item="tax_periods", expected="2019-12-31", found=found, flagged=bool(must_check))
        return LetterScore(file=name, profile="fax", letter_type="4390", seconds=1.0, outcomes=(outcome,),
                           must_check=must_check)

    table = review_cost_table([scan("1", ()), scan("2", ("tax_periods",)), scan("3", ("tax_periods",)),
                               scan("4", ("tax_periods",), right=False)], ["digital", "fax"])
    assert "| fax | 3 | 2 (66.7%) | tax_periods 2 |" in table
