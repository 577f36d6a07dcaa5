"""From label/value spots to one Fact per field: read, score, choose, and flag what a person must check.

The header's reading wins over a continuation page's, which wins over the body's. When two places in the
header give different values for one field, the best-scored one is kept and flagged, with the other named
in the reason.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from parser.core.model import Evidence, Fact, Word, scanned
from parser.core.notes import Note, note
from parser.facts import confidence
from parser.facts.confidence import Score
from parser.facts.fields import READERS, FieldValue, Reading, ValueWords, shown_value
from parser.facts.header import ValueSpot, Zone
from parser.facts.identifiers import KEPT_DIGITS, mask_tins, masked
from parser.reading.lines import union_box

ZONE_RANK: dict[Zone, int] = {"header": 0, "continuation": 1, "body": 2}
ZONE_FACTOR: dict[Zone, float] = {
    "header": 1.0, "continuation": confidence.CONTINUATION_PAGE, "body": confidence.OUTSIDE_HEADER,
}
# Labels whose value holds several fields ("Person to contact/ID number: Maria Gonzalez 1000123456"); a
# contact's ID number is often printed after the name too ("Person to contact: Maria Gonzalez, ID# 1000123").
SHARED_LABELS: dict[str, tuple[str, ...]] = {
    "contact_name_id": ("contact_name", "contact_employee_id"),
    "contact_name": ("contact_name", "contact_employee_id"),
}
# Fields printed in the body as a matter of course: no penalty for standing outside the header.
BODY_FIELDS: frozenset[str] = frozenset({"printed_last_day"})


@dataclass(frozen=True)
class Candidate:
    """One reading of a field at one place on the letter, with its score."""

    field: str
    spot: ValueSpot | None  # None for a value found without a label
    reading: Reading
    score: Score

    @property
    def zone(self) -> Zone:
        return self.spot.zone if self.spot is not None else "header"

    @property
    def rank(self) -> tuple[int, bool, float]:
        # The person's own line before a general toll-free one ("Telephone: 1-800-829-1040", "Direct: ...").
        toll_free = (self.field == "contact_phone" and isinstance(self.reading.value, str)
                     and self.reading.value[:3] in TOLL_FREE_PREFIXES)
        return ZONE_RANK[self.zone], toll_free, -self.score.value


def label_factor(field: str, spot: ValueSpot) -> tuple[float, list[Note]]:
    """The label part of the score, and the reasons it gives to check the value."""
    factor = spot.label.score
    reasons: list[Note] = []
    if spot.label.score < 1.0:
        reasons.append(note("value.label_read_as", label=mask_tins(spot.label.text)))
    # A label without its colon, or a value set under its label, is a layout, not a doubt, on a text
    # layer; on a scan a lost colon or a line under may be where the reading went astray.
    if not spot.label.colon and scanned(spot.words):
        factor *= confidence.NO_COLON
    if spot.below and scanned(spot.words):
        factor *= confidence.VALUE_BELOW
    if field not in BODY_FIELDS:
        factor *= ZONE_FACTOR[spot.zone]
        if spot.zone == "body":
            reasons.append(note("value.label_in_body"))
    return factor, reasons


NO_LABEL_REASON = note("value.no_label")
DAMAGED_CHARS = "value.damaged_chars"  # a reading's note for characters its reader repaired
MASK_DAMAGED = "value.tin_mask_damaged"  # a taxpayer ID's note for a mask read past its shape


def score_reading(field: str, spot: ValueSpot | None, reading: Reading, *, unlabelled_factor: float = 1.0
                  ) -> Score:
    reasons: list[Note] = []
    if spot is not None:
        label, label_reasons = label_factor(field, spot)
        reasons += label_reasons
    else:
        label = unlabelled_factor
        reasons.append(NO_LABEL_REASON)
    ocr = confidence.ocr_factor(reading.words)
    ocr_reason = confidence.ocr_reason(reading.words)
    if ocr_reason:
        reasons.append(ocr_reason)
    outside = spot is not None and spot.zone == "body" and field not in BODY_FIELDS
    fmt = confidence.CLEAN
    if reading.alternatives:
        fmt = confidence.TWO_READINGS
        readings = tuple(d for d in (reading.value, *reading.alternatives) if isinstance(d, dt.date))
        reasons.append(note("value.dates_ambiguous", readings=readings))
    elif reading.repaired:
        fmt = confidence.REPAIRED
        reasons.append(note(DAMAGED_CHARS))
    if reading.doubt:
        fmt = min(fmt, confidence.FORMAT_DOUBT)
        reasons += reading.doubt
    return Score(ocr=ocr, label=label, format=fmt, reasons=tuple(reasons), must_review=outside)


TOLL_FREE_PREFIXES = frozenset({"800", "833", "844", "855", "866", "877", "888"})
FALLBACK_REASON = note("value.fallback")


def candidates_for(field: str, spots: Sequence[ValueSpot]) -> list[Candidate]:
    reader = READERS[field]
    found: list[Candidate] = []
    read_labels: set[int] = set()  # labels whose own (beside) value this field could read
    for spot in spots:
        if spot.label.field != field and field not in SHARED_LABELS.get(spot.label.field, ()):
            continue
        if spot.fallback and id(spot.label) in read_labels:
            continue
        reading = reader(ValueWords.of(spot))
        if reading is None:
            continue
        read_labels.add(id(spot.label))
        score = score_reading(field, spot, reading)
        if spot.fallback:
            score = score.with_format(confidence.FORMAT_DOUBT, FALLBACK_REASON)
        found.append(Candidate(field=field, spot=spot, reading=reading, score=score))
    return sorted(found, key=lambda c: c.rank)


def evidence_of(reading: Reading) -> Evidence:
    words: Sequence[Word] = reading.words
    scores = [w.confidence for w in words if w.confidence is not None]
    return Evidence(page=words[0].page, box=union_box(words), text=mask_tins(reading.text),
                    method=words[0].method, ocr_confidence=min(scores) if scores else None)


def fact_of(field: str, candidate: Candidate, extra_reasons: Sequence[Note] = (),
            format_cap: float | None = None) -> Fact[FieldValue]:
    score = candidate.score
    for reason in extra_reasons:
        score = score.with_format(format_cap if format_cap is not None else confidence.CROSS_CHECK_FAILED,
                                  reason)
    flagged = confidence.needs_review(field, score) or bool(extra_reasons)
    evidence = evidence_of(candidate.reading)
    why = tuple(masked(r) for r in confidence.reasons_for(score)) if flagged else ()
    return Fact(value=candidate.reading.value, confidence=score.value, evidence=evidence,
                needs_review=flagged, reasons=why)


def choose(field: str, found: Sequence[Candidate]) -> tuple[Fact[FieldValue] | None, list[Candidate]]:
    """The field's fact from its best candidate, flagged when other header readings disagree with it."""
    if not found:
        return None, []
    best = found[0]
    completing = next((c for c in found[1:] if _completes(c, best) or _mask_read_whole(c, best)), None)
    if completing is not None:  # the list or mask elsewhere, flagged with the chosen one as shown too
        best, found = completing, [completing, *(c for c in found if c is not completing)]
    rivals = [c for c in found[1:] if c.zone != "body" and c.reading.value != best.reading.value]
    if best.zone == "body":
        rivals = [c for c in found[1:] if c.reading.value != best.reading.value]
    rivals = [c for c in rivals if completing is not None or not _cut_short(c, best)]
    reasons = []
    if rivals:
        shown = "; ".join(mask_tins(shown_value(c.reading.value)) for c in rivals)
        reasons.append(note("value.other_elsewhere", shown=shown))
    return fact_of(field, best, reasons), rivals


# Why a list reading says it goes on past what it read ("12/31/2014;" ending its line).
LIST_LEFT_OPEN = frozenset({"value.period_list_open"})
# Why a list reading may have lost a value: it says it goes on, digits beside it no value took ("2020;
# 2021-" on a 150 dpi scan), a line with digits under it that read as no value.
LIST_MAY_BE_SHORT = frozenset({*LIST_LEFT_OPEN, "value.period_digits", "value.period_line"})


def _completes(rival: Candidate, best: Candidate) -> bool:
    """A list elsewhere holding every value of the chosen list and more, where the chosen list's reading
    says it may have lost one (apart seed 9027 0076: "Tax year(s): 2020; 2021-" read as 2020 alone, the
    letter's other list of the years read 2020 and 2021)."""
    values, chosen = rival.reading.value, best.reading.value
    return (isinstance(values, tuple) and isinstance(chosen, tuple) and set(chosen) < set(values)
            and any(reason.code in LIST_MAY_BE_SHORT for reason in best.reading.doubt))


def _mask_read_whole(rival: Candidate, best: Candidate) -> bool:
    """A taxpayer ID elsewhere with the chosen one's last four and its mask read whole, where the chosen
    one's mask was read past its shape: its shape is the one printed (apart 9073 0057: page 1's
    "**-*** 1042" split by a receipt stamp's ink and read as an SSN's, page 2's "**-***1042" an EIN's)."""
    value, chosen = rival.reading.value, best.reading.value
    return (isinstance(value, str) and isinstance(chosen, str) and value != chosen
            and value[-KEPT_DIGITS:] == chosen[-KEPT_DIGITS:]
            and any(reason.code == MASK_DAMAGED for reason in best.reading.doubt)
            and not any(reason.code in (MASK_DAMAGED, DAMAGED_CHARS) for reason in rival.reading.doubt))


def _cut_short(rival: Candidate, best: Candidate) -> bool:
    """A list that says it goes on where it was cut ("Year/period ended: 12/31/2014;" wrapping to the
    margin of an enclosed Form 886-A) and holds only values of the chosen list is that list cut short."""
    values, chosen = rival.reading.value, best.reading.value
    return (isinstance(values, tuple) and isinstance(chosen, tuple) and set(values) < set(chosen)
            and any(reason.code in LIST_LEFT_OPEN for reason in rival.reading.doubt))


def read_garbled(fact: Fact[Any] | None) -> bool:
    """Whether a scanned fact took its value from characters its reader repaired in words OCR read garbled
    (below GARBLED_WORD_CONFIDENCE): the garble spills into the characters kept, so closer readings that
    agree outweigh it (date_rereading, tin_rereading)."""
    return (fact is not None and fact.evidence.ocr_confidence is not None
            and fact.evidence.ocr_confidence < confidence.GARBLED_WORD_CONFIDENCE
            and any(r.code == DAMAGED_CHARS for r in fact.reasons))
