"""What the reading may have missed: values no label accounts for, and pages read only in part.

A scan can lose a label ("Faxt" for "Fax:") while its value survives, or lose whole lines in a shadow.
Neither can be repaired, but both can be noticed, so that the facts they would have given are flagged
instead of silently missing.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence
from statistics import quantiles

from parser.core.model import Word
from parser.facts import identifiers
from parser.facts.fields import READERS, ValueWords
from parser.facts.header import Column, PageLayout, ValueSpot, following_lines
from parser.facts.labels import OTHER_PERSON, LabelMatch
from parser.reading.lines import Line, Segment, overlap_share

# A fax machine's banner line across the top of a received page is not part of the letter.
FAX_BANNER_SHARE = 0.03
# A body line that starts this far right of the body's left margin, with this much text, is a fragment.
FRAGMENT_INDENT = 100.0
FRAGMENT_MIN_CHARS = 15
FRAGMENTS_FOR_PARTIAL_PAGE = 3
FOOTER_SHARE = 0.92
RUNNING_HEAD_SHARE = 0.15  # a later page's running head stands in this share of its height from the top
# Words ending in a colon before a number: a label OCR garbled past matching ("een number: 713 851 4020").
GARBLED_LABEL_HEAD = re.compile(r"^[A-Za-z][A-Za-z .'’()/-]{0,40}:\s*[(0-9+]")
# A garbled label's value starts on the next line, within this many line heights.
GARBLED_LABEL_GAP = 1.2
# A value beside a garbled label shares at least this much of the shorter one's rows (a speck may stretch one:
# "peroees" boxed 99-113 beside "202112" at 100-106).
LEVEL_SHARE = 0.5


def orphan_phone_numbers(layout: PageLayout, labels: Sequence[LabelMatch], spots: Sequence[ValueSpot]
                         ) -> list[Segment]:
    """Page 1 header segments holding a phone number that no label claims."""
    claimed = _claimed(labels, spots)
    claimed |= {id(w) for spot in spots if spot.label.field == "tax_periods"
                for line in spot.following for w in line}
    orphans: list[Segment] = []
    for line in layout.header_lines():
        if line.box.top < layout.page.height * FAX_BANNER_SHARE:
            continue
        for segment in line.segments:
            if any(id(w) in claimed for w in segment.words):
                continue
            if identifiers.phone_number(segment.text) is not None:
                orphans.append(segment)
    return orphans


def _claimed(labels: Sequence[LabelMatch], spots: Sequence[ValueSpot]) -> set[int]:
    """The words some label or value already accounts for (by identity)."""
    return {id(w) for label in labels for w in label.words} | {id(w) for spot in spots for w in spot.words}


def orphan_masked_tin(layout: PageLayout, labels: Sequence[LabelMatch], spots: Sequence[ValueSpot]
                      ) -> Segment | None:
    """The one page 1 header segment holding a masked taxpayer ID number that no taxpayer ID label claims
    (its label lost under a stamp, garbled, or on a line of its own). A mask taken for another label's
    value is still one: no other value has its shape ("Taxpayer XXX-XX-1412" over "ID number:", a label a
    photo's curve split in two, its first word read as the taxpayer name's label). Two different ones
    leave it open."""
    label_words = {id(w) for label in labels for w in label.words}
    tin_values = {id(w) for spot in spots if spot.label.field == "taxpayer_id" for w in spot.words}
    found: dict[str, Segment] = {}
    for line in layout.header_lines():
        for segment in line.segments:
            if any(id(w) in tin_values for w in segment.words):
                continue  # a taxpayer ID label's own value
            # A word with digits is no label's, though a label matched loosely took it ("Taxpayer(s)" for
            # "Taxpayer ***-**-9360").
            rest = " ".join(w.text for w in segment.words
                            if id(w) not in label_words or any(ch.isdigit() for ch in w.text))
            if (masked := _holders_masked_number(rest)) is not None:
                found.setdefault(masked, segment)
    return next(iter(found.values())) if len(found) == 1 else None


def _holders_masked_number(text: str) -> str | None:
    """The masked taxpayer ID number in `text` (a mask's shape, or an SSN's groups), unless words before it
    name another person ("Spouse SSN:")."""
    masked = identifiers.masked_taxpayer_id(text)
    return None if masked is None or OTHER_PERSON.search(text[:masked.start]) else masked.value


def masked_numbers(lines: Sequence[Line]) -> set[str]:
    """The different masked taxpayer ID numbers the lines' segments hold (whoever's they are)."""
    return {masked.value for line in lines for segment in line.segments
            if (masked := identifiers.masked_taxpayer_id(segment.text)) is not None}


def running_head_masked_tin(layouts: Sequence[PageLayout]) -> Segment | None:
    """The one masked taxpayer ID number the top of the letter's later pages print (a running head: "KWAME S
    BRANNIGAN XXX-XX-9650"), for a letter whose first page lost its own under a receipt stamp (apart 9028
    0032). Only a mask's shape is taken, and only one number: two different ones leave it open."""
    found: dict[str, Segment] = {}
    for layout in layouts:
        for line in layout.lines:
            if line.box.top > layout.page.height * RUNNING_HEAD_SHARE:
                continue
            for segment in line.segments:
                if (masked := _holders_masked_number(segment.text)) is not None:
                    found.setdefault(masked, segment)
    return next(iter(found.values())) if len(found) == 1 else None


def orphan_contact_phone(orphans: Sequence[Segment], spots: Sequence[ValueSpot]) -> Segment | None:
    """Of the header's phone numbers no label claims (`orphan_phone_numbers`), the one in the value column
    (its label garbled, "Vel:"), if there is exactly one: a number elsewhere (a clinic's stamp) or a second
    one leaves it open."""
    value_lefts = [spot.words[0].box.x0 for spot in spots if spot.zone == "header" and spot.words]
    label_lefts = [spot.label.box.x0 for spot in spots if spot.zone == "header"]

    def in_column(segment: Segment) -> bool:
        if any(abs(segment.box.x0 - x) <= segment.height for x in value_lefts):
            return True
        # "een number: 713 851 4020": the garbled label still stands in the labels' column, with its colon.
        if GARBLED_LABEL_HEAD.match(segment.text) is None:
            return False
        return any(abs(segment.box.x0 - x) <= segment.height for x in label_lefts)

    found = [segment for segment in orphans if in_column(segment)]
    return found[0] if len(found) == 1 else None


def orphan_periods(layout: PageLayout, labels: Sequence[LabelMatch], spots: Sequence[ValueSpot]
                   ) -> tuple[Segment, tuple[tuple[Word, ...], ...]] | None:
    """A page 1 header value under or beside a label OCR garbled past matching ("eee od SNe") that reads as
    tax periods, with the lines that continue it; None when there is none.

    The garbled label must stand in the labels' column and its value in the values' column (an address
    line "2083 WASHINGTON BLVD" is no period); lines taken as a value's continuation may be either."""
    if layout.zone_of(0.0) != "header":
        return None
    claimed = _claimed(labels, spots)
    label_lefts = [label.box.x0 for label in labels if layout.zone_of(label.box.top) == "header"]
    value_lefts = [spot.words[0].box.x0 for spot in spots if spot.zone == "header" and spot.words]
    segments = [s for line in layout.header_lines() for s in line.segments]
    for above in segments:
        height = above.height
        garbled = not any(id(w) in claimed for w in above.words) and not any(
            ch.isdigit() for w in above.words for ch in w.text)
        if not garbled or not any(abs(above.box.x0 - x) <= height for x in label_lefts):
            continue
        for segment in segments:
            under = 0 < segment.box.top - above.box.bottom <= GARBLED_LABEL_GAP * height
            # Or beside it on its line, in a table's value cell ("peroees" / "202112": apart 9041 0096).
            beside = segment.box.x0 > above.box.x1 and overlap_share(
                segment.box.top, segment.box.bottom, above.box) >= LEVEL_SHARE
            if (not (under or beside) or any(id(w) in claimed for w in segment.words)
                    or not any(abs(segment.box.x0 - x) <= height for x in value_lefts)):
                continue
            unclaimed = [s for s in segments if not any(id(w) in claimed for w in s.words)]
            following = following_lines(segment.words, Column(left=segment.box.x0, segments=unclaimed,
                                                               label_starts=set()))
            if READERS["tax_periods"](ValueWords(words=segment.words, following=following)) is not None:
                return segment, following
    return None


def partly_read(layout: PageLayout) -> bool:
    """An OCR'd page whose body lines often start far right of its margin: lines were lost or cut."""
    if layout.page.method != "ocr":
        return False
    starts = [
        (line.words[0].box.x0, len(line.text)) for line in layout.lines
        if layout.zone_of(line.box.top) == "body" and line.box.top < layout.page.height * FOOTER_SHARE
    ]
    if len(starts) < 5:
        return False
    margin = quantiles([x for x, _ in starts], n=10)[0]
    fragments = [x for x, chars in starts if x > margin + FRAGMENT_INDENT and chars >= FRAGMENT_MIN_CHARS]
    return len(fragments) + len(_cut_lines(layout)) >= FRAGMENTS_FOR_PARTIAL_PAGE


def _cut_lines(layout: PageLayout) -> list[Line]:
    """Body lines that stop far short of the right margin while their sentence goes on below them."""
    body = [line for line in layout.lines
            if layout.zone_of(line.box.top) == "body" and line.box.top < layout.page.height * FOOTER_SHARE]
    if len(body) < 5:
        return []
    right = quantiles([line.box.x1 for line in body], n=10)[-1]
    cut: list[Line] = []
    for line, below in itertools.pairwise(body):
        close = below.box.top - line.box.bottom <= 1.5 * line.height
        goes_on = below.words[0].text[:1].islower()
        if close and goes_on and line.box.x1 < right - FRAGMENT_INDENT * 1.5:
            cut.append(line)
    return cut
