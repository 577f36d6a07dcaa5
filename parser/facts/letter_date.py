"""The letter date: the value labelled "Date" in the header, checked against everything else the letter says.

Never a distractor: only a date next to a "Date" label counts (a receipt stamp, the stamp near "in re: Due
Process Appeal", the dates a Form 12153 or 8857 was filed, hearing dates, tax period ends and "Rev." dates
carry no such label). When the header holds two "Date" readings that disagree, or a damaged date that
reads two ways, the best one is kept, flagged, and the others are handed on as alternatives so that the
deadlines count from the earliest. Without any "Date" label a date standing alone in the header is used
(business letters print their date bare, top right or under the address): trusted only when it is the
one such date, printed in a text layer, with no stamp or filing words beside, above or under it; else flagged.
"""

from __future__ import annotations

import contextlib
import dataclasses
import datetime as dt
import itertools
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from parser.core.model import Box, Fact, scanned
from parser.core.notes import Note, note
from parser.facts import confidence, dates
from parser.facts.decisions.phrases import sentences
from parser.facts.field_facts import NO_LABEL_REASON, Candidate, candidates_for, fact_of, score_reading
from parser.facts.fields import FieldValue, Reading, joined
from parser.facts.header import PageLayout, ValueSpot
from parser.facts.labels import DATE_WORD_BEFORE_DATE, without_accents
from parser.reading.lines import PageText, Segment

# A letter older than this before the as-of date is more likely misread than real (as rules.assess).
MAX_LETTER_AGE = dt.timedelta(days=3 * 366)
# "Letter 4390 (Rev. 11-2019)": the form's revision month; no letter is dated before it.
REVISION = re.compile(rf"\brev\.?\s?(?P<month>[0-9]{{1,2}})\s?[-/]\s?(?P<year>{dates.YEAR})\b")
# Words that make a stand-alone date something other than the letter date.
# A past-tense event and "on" right before a date: "received your Form 12153 on", "was held ... on".
PAST_EVENT = re.compile(r"\b(?:received|filed|held|submitted|conducted|sent|mailed)\b[^.;]*\bon\s*$")
PAST_EVENT_REACH = 120
DISTRACTOR_CONTEXT = re.compile(
    r"\b(?:in re|received|filed|hearing|stamp|postmark|rev|due process appeal)\b", re.IGNORECASE
)
# Words of a stamp put on the letter after it came (a receipt stamp, the stamp by "in re", a filing stamp):
# its date is after the letter date. "Received" and "filed" open a stamp's words; after other words or
# before a colon they are a label of an earlier step ("Date Form 12153 Received Aug. 2, 2024"), and the
# hearing's and the form revision's dates come before the letter too.
AFTER_LETTER_CONTEXT = re.compile(
    r"^\W*(?:received|filed)\b(?!\s*:)|\b(?:in re|stamp|postmark|due process appeal)\b", re.IGNORECASE)
# Words after which, on their line, a stamp's date stands apart (the stamp by "in re": Jones); a "RECEIVED"
# there may stand beside another column's date (a tax period), so it counts in its own segment only.
STAMP_BEFORE_CONTEXT = re.compile(r"\b(?:in re|due process appeal)\b", re.IGNORECASE)
# A fax machine's header line: a clock time and the machine's words (a header's "Hearing: 03/02/2023 at
# 10:00" is no fax's).
FAX_HEADER_WORDS = re.compile(r"\b(?:from|to|fax|p\.|page)(?![a-z])", re.IGNORECASE)
# A clock time on the line: a fax machine's transmission header ("JAN 20 2025 15:29 FROM: ..."), whose date
# is the day the letter was faxed on, not its date.
CLOCK_TIME = re.compile(r"(?<![0-9:])[0-2]?[0-9]:[0-5][0-9](?![0-9])")
# Short month names one OCR'd letter apart: a doubtful scanned date may be any of them.
MONTH_LOOKALIKES: dict[str, tuple[int, ...]] = {"jan": (6,), "jun": (1, 7), "jul": (6,), "mar": (5,),
                                                "may": (3,)}
# Digits a scan turns into one another in a year ("2023" read "2623": the 0's gap closed into a 6).
YEAR_DIGIT_LOOKALIKES: dict[str, str] = {"0": "68", "6": "058", "8": "0365", "3": "8", "5": "68", "9": "8",
                                         "1": "7", "7": "1"}
# Labels of the day the letter was mailed, which may follow the letter date by a few days.
MAILING_LABELS = frozenset({"Date mailed", "Mailing date", "Date of mailing"})
# Label factor of an unlabelled date: one that may be a stamp, and the one bare date of a text layer.
UNLABELLED_DATE = 0.70
LONE_PRINTED_DATE = 0.95
# Label factor of a date after a bare "Date": a label, less sure without its colon (confidence.NO_COLON).
BARE_LABEL = 0.93
# A stamp's words ("RECEIVED" over its date) stand within this many line heights above or under it.
STAMP_REACH = 1.8
# The start of a "Date" label whose rest a stamp's print or damage took, then specks, then the date: "Da >
# September 08, 2025", the stamp's small print over "te of this letter:" (apart 9074 0018, a photo; the
# stamp's own date was all that was read, and dropped). A stamp's date never follows such a start.
CUT_DATE_LABEL = re.compile(r"^Da(?:te?|t)?[^\sA-Za-z0-9]*(?:\s+[^\sA-Za-z0-9]+)*\s+(?=[A-Za-z0-9])")
CUT_DATE_LABEL_ALONE = re.compile(r"^Da(?:te?|t)?[^\sA-Za-z0-9]*$")
LABEL_CUT_REASON = note("date.label_cut")
# Month ends one under another at most this many line heights apart are a list of tax periods.
PERIOD_LIST_STEP = 1.8


@dataclass(frozen=True)
class LetterDate:
    fact: Fact[dt.date] | None
    alternatives: tuple[dt.date, ...]
    labelled: bool = True  # read beside a "Date" label (False: a date standing alone in the header)


@dataclass(frozen=True)
class Stamped:
    """A day a stamp or a fax header put on page 1 (`stamped_dates`), and where it was read: the stamp's
    segment, or a fax header's whole line."""

    day: dt.date
    page: int
    box: Box


# A closer reading of a stamped day before the letter date (stamp_date_rereading): the day the stamp bounds
# the letter date by, which is its own day wherever the closer readings settle no other.
StampCheck = Callable[[Stamped, dt.date], dt.date]


def letter_date(
    spots: Sequence[ValueSpot],
    layouts: Sequence[PageLayout],
    texts: Sequence[PageText],
    *,
    as_of: dt.date | None,
    tax_periods: tuple[dt.date, ...] = (),
    stamp_check: StampCheck | None = None,
) -> LetterDate:
    """The letter date (see the module's notes); `stamp_check` reads again a stamped day that would make it
    doubtful (`stamped_dates`)."""
    found = _without_later_mailing_dates(candidates_for("letter_date", spots))
    pool = ([c for c in found if c.zone == "header"] or [c for c in found if c.zone == "continuation"]
            or found)
    labelled = bool(pool)
    if not pool:
        pool = _beside_a_bare_label(layouts)
        labelled = bool(pool)
    if not pool:
        pool = _unlabelled(layouts, spots)
    if not pool:
        return LetterDate(fact=None, alternatives=())
    best = pool[0]
    others = [c for c in found if c.zone != "body" and c is not best] + pool[1:]
    read = _as_date(best.reading.value)
    alternatives = _distinct(
        [*best.reading.alternatives, *(d for c in others for d in _values(c)),
         *(_year_misreadings(read, as_of) if scanned(best.reading.words) and as_of is not None else ())],
        exclude=read,
    )
    reasons: list[Note] = []
    if alternatives:
        reasons.append(note("date.other_possible", dates=alternatives))
    stamped = stamped_dates(layouts[0] if layouts else None, tax_periods=tax_periods, as_of=as_of,
                            letter=read, check=stamp_check)
    later_than_stamp = [d for d in stamped if d < read]
    if later_than_stamp:  # the date is later than a stamp's: counted from the stamp's, no deadline is late
        alternatives = _distinct([*alternatives, min(later_than_stamp)], exclude=read)
    reasons += cross_checks(read, texts, as_of=as_of, tax_periods=tax_periods, stamped=stamped)
    fact = fact_of("letter_date", best, reasons)
    return LetterDate(fact=_as_date_fact(fact), alternatives=alternatives, labelled=labelled)


def with_month_lookalikes(dated: LetterDate) -> LetterDate:
    """A scanned letter date already in doubt, with the months its short month name could be misread from
    ("Jun" for "Jan") as alternatives: the deadlines then count from the earliest of them."""
    fact = dated.fact
    if fact is None or not fact.needs_review or fact.evidence.method != "ocr":
        return dated
    token = fact.evidence.text.split()[0].strip(".,").lower() if fact.evidence.text.split() else ""
    others = set()
    for month in MONTH_LOOKALIKES.get(token, ()):
        with contextlib.suppress(ValueError):  # "Jun 31" is no "Jul 31"
            others.add(fact.value.replace(month=month))
    if not others:
        return dated
    alternatives = _distinct([*dated.alternatives, *others], exclude=fact.value)
    return dataclasses.replace(dated, alternatives=alternatives)


def only_plausible_alternatives(dated: LetterDate, plausible: Callable[[dt.date], bool]) -> LetterDate:
    """A flagged date without the alternatives this letter cannot have (before a tax period's end, a step
    the letter says was already done, the form's revision; after the as-of day): the deadlines count from
    the earliest alternative, and only a plausible one may set it. A fax's "Jun. 10, 2024" doubted, "Jan"
    its look-alike, counted from January 10 though the hearing was held on March 25 (apart 9066 0023:
    both deadlines five months early). A sure date keeps its alternatives, and so its review."""
    fact = dated.fact
    if fact is None or not fact.needs_review or not dated.alternatives:
        return dated
    kept = tuple(d for d in dated.alternatives if plausible(d))
    return dated if kept == dated.alternatives else dataclasses.replace(dated, alternatives=kept)


def _year_misreadings(read: dt.date, as_of: dt.date) -> list[dt.date]:
    """A scanned date whose year cannot be (after the as-of date, or years before it: "2623"), read with one
    year digit taken for its look-alike, where that makes a year it can be. Only ever alternatives, never the
    value: the deadlines count from the earliest, so a right year read later ("2020" as "2026") costs
    nothing."""
    if as_of - MAX_LETTER_AGE <= read <= as_of:
        return []
    return [d for d in year_lookalikes(read) if as_of - MAX_LETTER_AGE <= d <= as_of]


def year_lookalikes(read: dt.date) -> list[dt.date]:
    """`read` with one digit of its year taken for its look-alike (YEAR_DIGIT_LOOKALIKES), each way."""
    found: list[dt.date] = []
    year = str(read.year)
    for position, digit in enumerate(year):
        for other in YEAR_DIGIT_LOOKALIKES.get(digit, ""):
            with contextlib.suppress(ValueError):  # February 29 of a year that has none
                found.append(read.replace(year=int(year[:position] + other + year[position + 1:])))
    return found


def _without_later_mailing_dates(found: list[Candidate]) -> list[Candidate]:
    """A "Mailing date:" beside the "Date:" is no rival to it when it is later (letters go out after they
    are dated, and the deadlines count from the letter date); an earlier one stays, to be checked."""
    dated = [c for c in found if c.spot is not None and c.spot.label.variant not in MAILING_LABELS]
    if not dated:
        return found
    first = min(_as_date(c.reading.value) for c in dated)
    return [c for c in found if c.spot is None or c.spot.label.variant not in MAILING_LABELS
            or _as_date(c.reading.value) < first]


def _values(candidate: Candidate) -> list[dt.date]:
    return [_as_date(candidate.reading.value), *candidate.reading.alternatives]


def _as_date(value: object) -> dt.date:
    if not isinstance(value, dt.date):
        raise TypeError("a letter date reading must hold a date")
    return value


def _as_date_fact(fact: Fact[FieldValue]) -> Fact[dt.date]:
    return Fact(value=_as_date(fact.value), confidence=fact.confidence, evidence=fact.evidence,
                needs_review=fact.needs_review, reasons=fact.reasons)


def _distinct(values: Sequence[dt.date], *, exclude: object) -> tuple[dt.date, ...]:
    return tuple(sorted({v for v in values if v != exclude}))


def _unlabelled(layouts: Sequence[PageLayout], spots: Sequence[ValueSpot]) -> list[Candidate]:
    """Dates standing alone in page 1's header (a segment that is only a date and no other label's value)."""
    if not layouts:
        return []
    layout = layouts[0]
    claimed = {id(w) for spot in spots for w in (*spot.label.words, *spot.words)}
    claimed |= {id(w) for spot in spots if spot.label.field == "tax_periods"
                for line in spot.following for w in line}
    readings: list[tuple[Reading, bool]] = []
    for line in layout.header_lines():
        if CLOCK_TIME.search(" ".join(s.text for s in line.segments)):
            continue  # a fax header's date and time
        for before, segment in zip((None, *line.segments), line.segments, strict=False):
            if any(id(w) in claimed for w in segment.words):
                continue
            if DISTRACTOR_CONTEXT.search(segment.text) or (
                    before is not None and DISTRACTOR_CONTEXT.search(before.text)):
                continue  # "in re: Due Process Appeal   OCT 02 2023", "RECEIVED MAR 04 2025"
            text, spans = joined(segment.words)
            reading = dates.leading_date(text)
            if reading is None or len(text[reading.end:].strip(" .,")) > 0:
                continue
            words = tuple(w for s, e, w in spans if s < reading.end and e > reading.start)
            value = Reading(value=reading.value, words=words, text=text[reading.start:reading.end],
                            repaired=reading.repaired, alternatives=reading.alternatives)
            readings.append((value, _near_stamp_words(segment, layout)))
    # A stamp's date is never the letter date, and the stamp is later than the letter: with a date that no
    # stamp stands by, stamped dates are dropped, unless earlier (then they stay, and the date is flagged).
    # With none, they are dropped all the same: counted from, a stamp's date gives a deadline later than
    # the true one; without a date the header is read again, or a person is asked for it.
    clean = [r.value for r, stamped in readings if not stamped]
    first = min((_as_date(v) for v in clean), default=None)
    readings = [(r, stamped) for r, stamped in readings
                if not stamped or (first is not None and _as_date(r.value) < first)]
    lone = len({r.value for r, _ in readings}) == 1
    found: list[Candidate] = []
    for value, stamped in readings:
        printed = all(w.method == "pdf_text" for w in value.words)
        factor = LONE_PRINTED_DATE if lone and printed and not stamped else UNLABELLED_DATE
        score = score_reading("letter_date", None, value, unlabelled_factor=factor)
        found.append(Candidate(field="letter_date", spot=None, reading=value, score=score))
    return found


def _beside_a_bare_label(layouts: Sequence[PageLayout]) -> list[Candidate]:
    """Dates after a "Date" label printed without its colon ("Date August 6, 2020"): the label vocabulary
    leaves a bare "Date" out (the word is too common), but in the header, right before a date, it is the
    letter date's label. On a scan, also after the start of a "Date" label whose rest a stamp's print or
    damage took (CUT_DATE_LABEL): that date is flagged."""
    if not layouts:
        return []
    layout = layouts[0]
    found: list[Candidate] = []
    for line in layout.header_lines():
        # A label's start standing apart from its date (the gap the lost rest of the label left) is read
        # with the segment after it.
        groups = [(segment.words, segment) for segment in line.segments] + [
            ((*segment.words, *after.words), after) for segment, after in itertools.pairwise(line.segments)
            if CUT_DATE_LABEL_ALONE.match(segment.text)]
        for group, last in groups:
            text, spans = joined(group)
            label = DATE_WORD_BEFORE_DATE.match(without_accents(text))
            cut = label is None and scanned(group) and not DISTRACTOR_CONTEXT.search(text)
            if cut and _near_stamp_words(last, layout, before=False):
                # The stamp pressed over the label may print its own date on the label's line: under its
                # "RECEIVED", that date is the stamp's ("Da oMAY,06 2024" for "Date of this letter:
                # 04/29/2024": apart 9085 0084, a photo, the stamp's day read as the letter's).
                continue
            if cut:
                label = CUT_DATE_LABEL.match(text)
            reading = dates.leading_date(text[label.end():]) if label else None
            if label is None or reading is None or text[label.end() + reading.end:].strip(" .,"):
                continue
            start, end = label.end() + reading.start, label.end() + reading.end
            words = tuple(w for s, e, w in spans if s < end and e > start)
            value = Reading(value=reading.value, words=words, text=text[start:end], repaired=reading.repaired,
                            alternatives=reading.alternatives)
            score = score_reading("letter_date", None, value, unlabelled_factor=BARE_LABEL)
            score = dataclasses.replace(score, reasons=tuple(r for r in score.reasons
                                                             if r != NO_LABEL_REASON))
            if cut:
                score = score.with_format(confidence.FORMAT_DOUBT, LABEL_CUT_REASON)
            found.append(Candidate(field="letter_date", spot=None, reading=value, score=score))
    return found


def _near_stamp_words(segment: Segment, layout: PageLayout, context: re.Pattern[str] = DISTRACTOR_CONTEXT,
                      *, before: bool = True) -> bool:
    """Whether words of a stamp or a filing ("RECEIVED", "in re") stand above or under the date, or (with
    `before`) just before it on a line a little higher or lower (words `context` finds)."""
    height = segment.height
    for line in layout.lines:
        gap = max(line.box.top - segment.box.bottom, segment.box.top - line.box.bottom)
        if line.index == segment.line_index or gap > STAMP_REACH * height:
            continue
        if before and gap < 0 and any(context.search(other.text) and other.box.x1 <= segment.box.x0
                           for other in line.segments):
            return True  # after it, a little higher or lower: the stamp after "in re" (Jones)
        for other in line.segments:
            overlaps = other.box.x0 < segment.box.x1 and segment.box.x0 < other.box.x1
            if overlaps and context.search(other.text):
                return True
    return False


def cross_checks(value: dt.date, texts: Sequence[PageText], *, as_of: dt.date | None,
                 tax_periods: tuple[dt.date, ...], stamped: tuple[dt.date, ...] = ()) -> list[Note]:
    """Reasons the date cannot be right as read; empty when every check passes. `stamped`: the days stamps
    and a fax header put on the letter after it came (`stamped_dates`)."""
    reasons: list[Note] = []
    earlier = [d for d in stamped if d < value]
    if earlier:
        reasons.append(note("date.after_stamp", date=min(earlier)))
    if as_of is not None and value > as_of:
        reasons.append(note("date.after_as_of", as_of=as_of))
    if as_of is not None and as_of - value > MAX_LETTER_AGE:
        reasons.append(note("date.over_three_years", as_of=as_of))
    revision = _revision(texts)
    if revision is not None and value < revision:
        # The form's revision as the letter prints it ("Rev. 04-2019"): a form code, not a date to word.
        reasons.append(note("date.before_revision", revision=f"{revision:%m-%Y}"))
    # A period ending after the as-of date is itself misread ("2023" read "2028"): it proves nothing.
    periods = [p for p in tax_periods if as_of is None or p <= as_of]
    if periods and max(periods) >= value:
        reasons.append(note("date.period_after"))
    # So is a past step dated after the as-of date ("3025" for "2025" in "received your Form 12153 on ...").
    later = [d for d in past_event_dates(texts) if d > value and (as_of is None or d <= as_of)]
    if later:
        reasons.append(note("date.later_step", date=max(later)))
    return reasons


def stamped_dates(layout: PageLayout | None, *, tax_periods: tuple[dt.date, ...] = (),
                  as_of: dt.date | None = None, letter: dt.date | None = None,
                  check: StampCheck | None = None) -> tuple[dt.date, ...]:
    """The days page 1's header shows stamped on the letter after it came: a receipt or filing stamp's, the
    stamp's by "in re", a fax machine's header line's. A letter date after one of them is misread
    ("04/05/2023" read "04/08/2023" through a speck, all three readings agreeing, under a stamp "APR 06
    2023": own seed 6322 0075).

    A stamp's day before the end of the latest tax period the letter decides (one ended by `as_of`) is the
    stamp's own misreading, not the day the letter came ("JUN 07 2026" read "2020" on a fax, own seed 6324
    0012): it would count the deadlines from years before the letter was written.

    With `check`, a day before the letter date read (`letter`) is read again closer first, and bounds it by
    the day `check` gives: a fax header's tiny digits misread ("08/18/2023" read "06/18/2023" under a letter
    of August 11: own seed 6334 0012). A day no letter date comes after costs no reading."""
    if layout is None:
        return ()
    ended = [p for p in tax_periods if as_of is None or p <= as_of]
    not_before = max(ended, default=dt.date.min)
    found: set[Stamped] = set()
    above = ""  # the line above's text: a sentence of the body may run on from it to a date
    listed = _period_list(layout)
    for line in layout.header_lines():
        text = " ".join(s.text for s in line.segments)
        faxed = CLOCK_TIME.search(text) is not None and FAX_HEADER_WORDS.search(text) is not None
        for before, segment in zip((None, *line.segments), line.segments, strict=False):
            if id(segment) in listed:
                continue
            worded = AFTER_LETTER_CONTEXT.search(segment.text) is not None or (
                before is not None and STAMP_BEFORE_CONTEXT.search(before.text) is not None)
            # (A stamp's word over or under its date only: a word before it on a line a little higher may be
            # a stamp's beside a tax period's date.)
            if faxed or worded or _near_stamp_words(segment, layout, AFTER_LETTER_CONTEXT, before=False):
                # A day read through a damaged month name is a guess, no bound ("Jub 06 2022" of a fax header,
                # June or July, under a letter of June 22: apart seed 9028 0083; "sun 09 2026" of an in-re
                # stamp, a letter of July 2: own seed 6327 0049). One read whole that may mean several days
                # bounds the letter's by the latest.
                box = line.box if faxed else segment.box  # a fax header's date is read with its whole line
                found.update(Stamped(max((reading.value, *reading.alternatives)), line.page, box)
                             for reading in dates.find_dates(segment.text) if not reading.repaired
                             and not _past_step(f"{above} {segment.text[:reading.start]}"))
        above = text
    days = {stamp.day if check is None or letter is None or not not_before < stamp.day < letter
            else check(stamp, letter) for stamp in found}
    return tuple(sorted(day for day in days if day > not_before))


def _period_list(layout: PageLayout) -> set[int]:
    """The header segments (by id) that are a list of tax periods: month ends stacked one under another in
    a column. Beside a stamp they are still no stamp's days: "December 31, 2015" / "2016" / "2017" under a
    RECEIVED stamp whose label they lost bounded a letter of 2019 by 2017's end, its deadlines fourteen
    months early (apart 9053 0017, a fax), when the periods were only read back later."""
    ends: list[Segment] = []
    for line in layout.header_lines():
        for segment in line.segments:
            found = dates.find_dates(segment.text)
            if len(found) == 1 and _month_end(found[0].value):
                ends.append(segment)
    listed: set[int] = set()
    for first, second in itertools.combinations(ends, 2):
        height = max(first.height, second.height)
        if (abs(first.box.x0 - second.box.x0) <= height
                and 0 < abs(second.box.top - first.box.top) <= PERIOD_LIST_STEP * height):
            listed.update((id(first), id(second)))
    return listed


def _month_end(day: dt.date) -> bool:
    return (day + dt.timedelta(days=1)).day == 1


def _past_step(before: str) -> bool:
    """Whether the words before a date make it an earlier step's (PAST_EVENT: "filed Form 8857 ... on"): a
    body sentence the header's end took in ("filed Form 8857, ..., on June 6, 2025", "Your hearing was held
    by telephone on" / "September 15, 2025": own seed 6334 0039) starts with a stamp's word, or stands by a
    line that does, and its date comes before the letter's, never after it."""
    return PAST_EVENT.search(before[-PAST_EVENT_REACH:]) is not None


def past_event_dates(texts: Sequence[PageText]) -> list[dt.date]:
    """Dates the letter gives for things already done ("We received your Form 12153 on ...", "Your hearing
    was held on ..."): none of them can be after the letter date."""
    found: list[dt.date] = []
    for text in texts:
        for start, end in sentences(text):
            sentence = text.text[start:end]
            for reading in dates.find_dates(sentence):
                if PAST_EVENT.search(sentence[max(0, reading.start - PAST_EVENT_REACH):reading.start]):
                    found.append(reading.value)
    return found


def _revision(texts: Sequence[PageText]) -> dt.date | None:
    for text in texts:
        for match in REVISION.finditer(text.text):
            month, year = int(match["month"]), int(match["year"])
            if 1 <= month <= 12:
                return dt.date(year, month, 1)
    return None
