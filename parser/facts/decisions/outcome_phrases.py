"""Finding a sentence's outcome phrases in a table of them, turned-around and conditional ones left out.

The table is read in order and the words of an earlier phrase are not matched again, so a table that lists
its negative phrases first never also counts "not sustained" as "sustained".
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TypeVar

# A "not" just before a positive phrase turns it around, unless it is the collection part's "not sustained"
# (the cells of a table row run on: "12/31/2020  Not sustained  Full relief under IRC 6015(c)").
NEGATED = re.compile(r"\b(?:not|no|never|cannot)\s+(?:(?!sustain)\w+\s+){0,2}$")
# "If you qualify for relief, ...", "whether the levy is sustained": a condition, no decision. A scan's
# "whether" may have one letter misread ("whcther", "wbether"): still a condition.
WHETHER_READ = r"(?:w[a-z]ether|wh[a-z]ther|whe[a-z]her|whet[a-z]er|wheth[a-z]r|whethe[a-z])"
# A colon ends no condition: a scan's speck read as one ("whether alternatives to collection: are
# appropriate", an attachment's issue, apart seed 9028 0022). Nor does a comma with no space after it,
# a speck between two words ("whether alternatives,to collection are appropriate", 9048 0004).
CONDITIONED = re.compile(rf"\b(?:if|{WHETHER_READ}|unless)\b(?:[^,;]|,(?=[a-z]))*$")
# The outcomes a "not" before them turns around.
POSITIVE_OUTCOMES = ("sustained", "full_relief", "partial_relief")

OutcomeT = TypeVar("OutcomeT", bound=str)


def find_outcomes(text: str, table: Sequence[tuple[re.Pattern[str], OutcomeT]]
                  ) -> list[tuple[OutcomeT, int, int]]:
    """(outcome, start, end) of each phrase; words of an earlier phrase are not matched again."""
    found: list[tuple[OutcomeT, int, int]] = []
    taken: list[tuple[int, int]] = []
    for pattern, outcome in table:
        for match in pattern.finditer(text):
            if any(match.start() < e and match.end() > s for s, e in taken):
                continue
            if NEGATED.search(text[max(0, match.start() - 30):match.start()]) and (
                    outcome in POSITIVE_OUTCOMES):
                continue
            if CONDITIONED.search(text[max(0, match.start() - 60):match.start()]):
                continue
            found.append((outcome, match.start(), match.end()))
            taken.append((match.start(), match.end()))
    return found
