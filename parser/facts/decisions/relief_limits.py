"""Limits on relief granted: what makes a grant partial relief, or leaves it to be checked.

Full relief is reported only when the letter grants relief with no limit. A grant "of $16,912", "for 2019
but not 2020", "except for 2021", or with "you remain liable for the remaining balance" beside it, is
partial relief. A dollar amount in a granting sentence that no limit and no word of fullness accounts for
("relief from joint and several liability of $3,000") may be the grant's size or the tax's: it is checked.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

from parser.facts.dates import YEAR
from parser.facts.decisions.decided_years import TAX_YEAR

LimitKind = Literal["partial", "check"]

_AMOUNT = r"\$\s?[0-9][0-9,]*(?:\.[0-9]{2})?"
# What a liability is called; an amount right after one of these names the tax, not the grant.
_LIABILITY_NOUNS = (r"(?:tax|taxes|liabilit(?:y|ies)|balances?|deficienc(?:y|ies)|understatements?|"
                    r"underpayments?)")
_RELIEF_WORD = r"\b(?:relief|reliev\w*|grant\w*|allow\w*|approv\w*|award\w*)\b"

# Limits a granting sentence states itself, with what they make of the grant.
GRANT_LIMITS: tuple[tuple[str, re.Pattern[str], LimitKind], ...] = (
    # "grants you relief under section 6015(b) of $16,912", "relief is allowed in the amount of $2,000",
    # "relief up to $5,000", "we allow relief limited to $1,250": the grant's own size.
    ("amount_of_relief", re.compile(
        _RELIEF_WORD + rf"(?:(?!\b{_LIABILITY_NOUNS}\b)[^.;$]){{0,70}}?"
        rf"\b(?:of|for|in the amount of|up to|limited to|totaling|totalling|not to exceed)\s{_AMOUNT}"),
     "partial"),
    # "for 2019 but not 2020", "except for 2021", "other than 2018": some years left out.
    ("year_left_out", re.compile(
        rf"\b(?:but not|except(?: for)?|other than|excluding)\s(?:for\s)?{TAX_YEAR}\b"), "partial"),
    # "relief for 2019 only", "only for the 2019 tax year": relief said to reach no further.
    ("relief_some_years", re.compile(
        rf"\bonly (?:for|as to) {TAX_YEAR}\b|\bfor {TAX_YEAR}(?:(?:,? and |, ){YEAR})* only\b"),
     "partial"),
    # "the rest is denied", "the remainder of your request is denied" said with the grant.
    ("rest_denied", re.compile(
        r"\b(?:the )?(?:rest|remainder|balance) (?:of (?:your|the) (?:request|claim) )?(?:is|was|are|were) "
        r"(?:denied|not (?:granted|allowed|approved))\b"), "partial"),
)
# A liability said to stay with the person, in the granting sentence or one after it on the same part:
# "you remain liable for the remaining balance", "you are still responsible for $1,000", "you will continue
# to be liable for the tax shown on the return". Said of someone else ("your former spouse remains liable")
# it limits nothing.
REMAINING_LIABILITY = re.compile(
    r"\byou (?:will |would )?(?:still )?(?:remain|are still|will still be|continue to be|stay) "
    r"(?:jointly (?:and severally )?)?(?:liable|responsible)\b|"
    # the subject said once for two verbs: "you are relieved of the penalty ... but remain liable for the tax"
    r"\b(?:but|and) (?:still )?(?:remain|continue to be|are still) (?:liable|responsible)\b|"
    r"\byou are (?:liable|responsible) for (?!none|nothing|no\b)|"
    r"\byou (?:still )?owe the (?:remaining|rest|remainder)\b|"
    r"\bthe (?:remaining|unrelieved) (?:balance|liability|tax|amount)\b[^.;]{0,40}?\b(?:is|remains) "
    r"(?:yours|due|owed|owing)\b"
)
# An amount said with such a liability makes it a plain limit ("you remain liable for $1,000"); "the
# remaining balance" is one too. Without either ("you remain liable for the tax shown on the return") the
# liability that stays may lie outside what was asked: it is checked.
STATED_REMAINDER = re.compile(rf"{_AMOUNT}|\b(?:remaining|rest|remainder|balance)\b")
# Words that make an amount in a grant the whole of it: "full relief of $4,500", "the entire $4,500".
FULLNESS = re.compile(r"\bfull\b|\bin full\b|\bentire\b|\ball of\b|\bwhole\b|\btotal (?:amount|liability)\b")
AMOUNT = re.compile(_AMOUNT)
# An amount that says how large the liability is, not how much relief: "the understatement of $4,500", "the
# 2019 tax ($3,210)", "your balance totaling $812".
# The liability may be told in an apposition: "the tax shown on the 2019 return that was not paid, $2,118".
DESCRIBED_AMOUNT = re.compile(
    rf"\b{_LIABILITY_NOUNS}\b(?:(?!{_RELIEF_WORD})[^$.;]){{0,60}}?(?:,|\bof|\btotaling|\btotalling|"
    rf"\bin the amount of|\bamounting to|\bis|\bwas|:|\()\s?{_AMOUNT}")


@dataclass(frozen=True)
class Limit:
    """A limit found on a grant: what it is called and what it makes of the grant."""

    name: str
    kind: LimitKind


def grant_limits(text: str) -> list[Limit]:
    """The limits a sentence that grants relief states on it, an unexplained amount among them."""
    found = [Limit(name, kind) for name, pattern, kind in GRANT_LIMITS if pattern.search(text)]
    remaining = remaining_liability(text)
    if remaining is not None:
        found.append(remaining)
    explained = any(limit.kind == "partial" for limit in found) or FULLNESS.search(text)
    described = [range(m.start(), m.end()) for m in DESCRIBED_AMOUNT.finditer(text)]
    bare = [m for m in AMOUNT.finditer(text) if not any(m.start() in span for span in described)]
    if bare and not explained:
        found.append(Limit("unexplained_amount", "check"))
    return found


def remaining_liability(text: str) -> Limit | None:
    """The liability a sentence says stays with the person, as a limit on relief granted; None if none."""
    match = REMAINING_LIABILITY.search(text)
    if match is None:
        return None
    stated = STATED_REMAINDER.search(text[match.start():]) is not None
    return Limit("remaining_liability", "partial" if stated else "check")
