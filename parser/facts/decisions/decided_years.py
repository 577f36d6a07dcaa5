"""The tax years a sentence decides relief for, so that relief granted for some years and denied for
others reads as partial relief."""

from __future__ import annotations

import re
from collections.abc import Sequence

from parser.facts.dates import YEAR, YEAR_END
from parser.facts.decisions.phrases import clause_spans

# How a sentence names a tax year: "the tax year 2019", "tax periods ending December 31, 2019", "2019" (the
# limits on a lien, a levy or relief read it too).
TAX_YEAR_WORDS = r"(?:the )?(?:tax )?(?:years? |periods? (?:ending |ended )?)?"
TAX_YEAR = rf"{TAX_YEAR_WORDS}{YEAR_END}?{YEAR}"
# The tax years a sentence decides relief for: "For 2021, we grant ...", "for tax years 2019 and 2020", "the
# 2022 balance", "2019:" opening a paragraph, "12/31/2019" opening a row of a table. Other years ("you were
# divorced in 2021", "received on April 5, 2022") tell when something happened, not what was decided.
_YEAR_JOIN = r"(?:,? and |, |,? & |,? or | through | to |\s?[-–]\s?)"
# A tax period written year and month ("202012" for December 2020), as the letters' headers print them.
_PERIOD = rf"{YEAR}(?:0[1-9]|1[0-2])?"
DECIDED_YEARS: tuple[re.Pattern[str], ...] = (
    re.compile(rf"\bfor {TAX_YEAR_WORDS}{YEAR_END}?"
               rf"(?P<years>{_PERIOD}(?:{_YEAR_JOIN}{YEAR_END}?{_PERIOD})*)\b"),
    re.compile(rf"\bthe (?P<years>{YEAR}) (?:balance|deficiency|liability|understatement|underpayment|tax|"
               rf"joint return|return)\b"),
    re.compile(rf"^\s*{YEAR_END}?(?P<years>{YEAR}(?:(?:,? and |, |,? & ){YEAR})*)(?::|\s|$)"),
)
YEAR_IN = re.compile(rf"{YEAR}(?=(?:0[1-9]|1[0-2])?\b)")
# Where one clause of a sentence ends and another begins: "relieved for 2020; for 2021 no relief is allowed".
# A year's semicolon read by a scan as a colon or a comma ("relieved for december 31, 2017: for december 31,
# 2018 no relief is allowed") parts the clauses too, where the next one opens on another year.
CLAUSE_CUT = re.compile(r";|,? but |,? while |,? however,? |,? whereas |"
                        rf"(?<=[0-9])[:,](?=\s?for {TAX_YEAR_WORDS}{YEAR_END}?{YEAR})")
YEAR_RANGE = re.compile(rf"(?P<first>{YEAR})(?: through | to |\s?[-–]\s?)(?:{YEAR_END}?)(?P<last>{YEAR})")


def decided_years(text: str) -> frozenset[str]:
    """The tax years the sentence names as the ones decided ("2019 through 2021" names three)."""
    years: set[str] = set()
    for pattern in DECIDED_YEARS:
        for match in pattern.finditer(text):
            years.update(YEAR_IN.findall(match["years"]))
            for span in YEAR_RANGE.finditer(match["years"]):
                years.update(str(y) for y in range(int(span["first"]), int(span["last"]) + 1))
    return frozenset(years)


def clause_years(text: str, position: int) -> frozenset[str]:
    """The years decided in the clause of the sentence holding `position` (empty if it names none)."""
    start, end = next((a, b) for a, b in clause_spans(text, CLAUSE_CUT) if a <= position < b)
    return decided_years(text[start:end])


def years_apart(granted: Sequence[frozenset[str]], denied: Sequence[frozenset[str]]) -> bool:
    """Whether relief is granted in full for some years and denied for others: every sentence granting or
    denying it names its years (or follows one that does), and no year is both granted and denied."""
    if not all(granted) or not all(denied):
        return False
    return not frozenset().union(*granted) & frozenset().union(*denied)
