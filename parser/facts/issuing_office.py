"""The issuing office: the city and state of the IRS office in the letter's letterhead.

Tax Court Form 2 (Petition, Simplified Form, REV. 03/23) item 2 asks for the notice's date and "the city and
state of the IRS office that issued it". Appeals letters print that office at the top left, above the
taxpayer's address: "Department of the Treasury / Internal Revenue Service / Independent Office of Appeals /
street / City, ST 12345". The city-state-ZIP line under the office's name is the value; the taxpayer's own
address, further down the same column (after "CERTIFIED MAIL"), never is.

A worth-a-glance fact: nothing is computed from it, so it is never a must-check field, but a value read
without the office's name above it, or from a poor scan, carries needs_review and its reason.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from parser.core.model import Evidence, Fact
from parser.core.notes import note
from parser.facts.confidence import ocr_factor, ocr_reason
from parser.facts.header import PageLayout
from parser.reading.lines import Segment

# "Cincinnati, OH 45202", "Oklahoma City, OK 73102-1234", "Washington DC 20224": city, state, ZIP. OCR may
# split the ZIP ("73 102"): only the city and state are kept, so a space inside it is let pass.
CITY_STATE_ZIP = re.compile(
    r"^(?P<city>[A-Za-z][A-Za-z.' -]*?[A-Za-z.])(?P<comma>,?)\s+(?P<state>[A-Z]{2})\.?"
    r"\s+\d(?:\s?\d){4}(?:-\d{4})?$"
)
# The letterhead's office name: an Appeals office, or the IRS operation that sent the letter.
OFFICE_NAME = re.compile(r"\b(?:appeals|innocent\s+spouse|internal\s+revenue\s+service|operation)\b", re.I)
# Where the letterhead ends and the taxpayer's address block begins.
ADDRESS_BLOCK_START = re.compile(r"\b(?:certified|registered)\b|\bmail\b", re.I)
# USPS state and territory codes (two capitals that are not a state are no office address).
STATES = frozenset((
    "AL", "AK", "AZ", "AR", "CA", "CO", "CT", "DE", "DC", "FL", "GA", "HI", "ID", "IL", "IN", "IA",
    "KS", "KY", "LA", "ME", "MD", "MA", "MI", "MN", "MS", "MO", "MT", "NE", "NV", "NH", "NJ", "NM",
    "NY", "NC", "ND", "OH", "OK", "OR", "PA", "RI", "SC", "SD", "TN", "TX", "UT", "VT", "VA", "WA",
    "WV", "WI", "WY", "PR", "VI", "GU", "AS", "MP",
))
LEFT_COLUMN_SHARE = 0.5  # the letterhead stands in the left half of the page
MAX_LINES_BELOW_NAME = 4  # office name, street (one or two lines), city line
NAMED = 0.97  # under the office's name, before the address block
UNNAMED = 0.6  # a city line with no office name above it: maybe the taxpayer's
NO_COMMA = 0.95
REVIEW_LINE = 0.80
UNNAMED_REASON = note("value.unnamed_office")


def issuing_office(layouts: Sequence[PageLayout]) -> Fact[str] | None:
    """"City, ST" of the letterhead on the letter's first page (the first of `layouts` marked first)."""
    layout = next((lay for lay in layouts if lay.first), None)
    if layout is None:
        return None
    column = [segment for line in layout.lines for segment in line.segments
              if layout.zone_of(segment.box.top) == "header"
              and segment.box.x0 < layout.page.width * LEFT_COLUMN_SHARE]
    named_at: int | None = None
    for index, segment in enumerate(sorted(column, key=lambda s: s.box.top)):
        text = segment.text.strip()
        if ADDRESS_BLOCK_START.search(text):
            break
        if OFFICE_NAME.search(text):
            named_at = index
            continue
        match = CITY_STATE_ZIP.match(text)
        if match is None or match.group("state") not in STATES:
            continue
        named = named_at is not None and index - named_at <= MAX_LINES_BELOW_NAME
        return _fact(segment, match, named)
    return None


def _fact(segment: Segment, match: re.Match[str], named: bool) -> Fact[str]:
    words = segment.words
    comma = 1.0 if match.group("comma") else NO_COMMA
    confidence = (NAMED if named else UNNAMED) * comma * ocr_factor(words)
    reasons = [] if named else [UNNAMED_REASON]
    if confidence < REVIEW_LINE and (reason := ocr_reason(words)):
        reasons.append(reason)
    ocr = [w.confidence for w in words if w.confidence is not None]
    evidence = Evidence(page=segment.page, box=segment.box, text=segment.text, method=words[0].method,
                        ocr_confidence=sum(ocr) / len(ocr) if ocr else None)
    value = f"{_city(match.group('city'))}, {match.group('state')}"
    return Fact(value, round(confidence, 3), evidence, needs_review=confidence < REVIEW_LINE,
                reasons=tuple(reasons))


def _city(city: str) -> str:
    """"OKLAHOMA CITY" -> "Oklahoma City"; a city printed in mixed case is kept as printed."""
    return city.title() if city.isupper() else city
