"""The fact finder: a Document's words with positions in, the letter's facts (LetterFacts) out.

Steps: group words into lines and column segments (lines.py); find the header labels (labels.py) and the
words standing where each value should be (header.py); read and score every field (fields.py,
field_facts.py), the letter date with its own checks (letter_date.py); tell the letter type
(letter_type.py) and read both determinations (determinations.py). Every fact carries its evidence and a
confidence; whatever a person must check is flagged and named in LetterFacts.needs_review.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
import statistics
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from parser.core.model import FIELD_NAMES, Box, Document, Evidence, Fact, Fields, LetterFacts, Word, scanned
from parser.core.notes import Note, added, note
from parser.facts import (
    closing_contact,
    cover_sheet,
    coverage,
    cut_label,
    date_digit_rivals,
    dates,
    form_rereading,
    header_rereading,
    hours_rereading,
    id_rereading,
    lost_lines,
    name_lost_words,
    name_rereading,
    name_unboxed_ink,
    number_line_reading,
    period_rereading,
    printed_last_day,
    stamp_column,
    stamp_over_date,
    tin_rereading,
    tin_row_rereading,
    unboxed_ink,
    value_glyphs,
    verify,
    wordless_lines,
)
from parser.facts.address import CORROBORATED, GARBLED_NAME, taxpayer_name
from parser.facts.confidence import DETERMINATION_THRESHOLD, GARBLED_WORD_CONFIDENCE, LETTER_TYPE_THRESHOLD
from parser.facts.date_rereading import needs_rereading, reread
from parser.facts.decisions import determinations
from parser.facts.decisions.collection_rereading import collection_read_again
from parser.facts.decisions.phrases import document_text
from parser.facts.decisions.section_rereading import sections_read_again
from parser.facts.decisions.spouse_rereading import spouse_read_again
from parser.facts.enclosures import letter_pages
from parser.facts.field_facts import (
    NO_LABEL_REASON,
    SHARED_LABELS,
    Candidate,
    candidates_for,
    choose,
    fact_of,
    score_reading,
)
from parser.facts.fields import NAME_EDGES, READERS, FieldValue, Reading, ValueWords
from parser.facts.header import PageLayout, ValueSpot, cover_layout, layout_of, value_spots
from parser.facts.identifiers import masked_as_form_says
from parser.facts.issuing_office import issuing_office
from parser.facts.labels import LabelMatch, damaged_short_label, find_labels
from parser.facts.letter_date import (
    LetterDate,
    cross_checks,
    letter_date,
    only_plausible_alternatives,
    stamped_dates,
    with_month_lookalikes,
)
from parser.facts.letter_type import TypeVerdict, classify
from parser.facts.stamp_date_rereading import StampRereading
from parser.reading import reading_quality
from parser.reading.lines import PageText, Segment, group_lines, union_box
from parser.reading.page_source import PageSource

# Fields read the generic way (label, value, format); the letter date and taxpayer name have their own rules.
GENERIC_FIELDS: tuple[str, ...] = tuple(f for f in FIELD_NAMES if f not in ("letter_date", "taxpayer_name"))
# Letter types that carry the header fields; an unrelated letter's missing date is not a finding.
APPEALS_TYPES = frozenset({"4390", "3193", "3210", "4439", "3288", "3279"})
# Fields every Appeals letter shows; one not found is flagged so that a person looks for it.
EXPECTED_FIELDS: tuple[str, ...] = (
    "letter_date", "contact_name", "contact_employee_id", "contact_phone", "contact_hours", "taxpayer_name",
    "taxpayer_id", "tax_periods", "tax_form",
)
# Expected fields some letters leave out: on a text layer, whose every character is read, one whose label
# stands nowhere is not printed, and is not asked for (apart 9049: 7 of 16 digital letters print no hours).
SOMETIMES_LEFT_OUT: frozenset[str] = frozenset({"contact_hours"})
# Header values every Appeals letter may show; a poor scan's missing ones are flagged too.
HEADER_FIELDS: tuple[str, ...] = (*EXPECTED_FIELDS, "contact_fax")
MIN_VALUES_TO_JUDGE_A_PAGE = 4
# Reasons a taxpayer ID's mask was not read in its shape (SSN or EIN): the value was rescued or read again,
# or taken from a later page's running head, whose mask a scan damages as any other (apart 9037 0053, a fax's
# "xXX-xxx5005" for an EIN).
TIN_SHAPE_UNREAD = frozenset({"scan.rescued", "scan.tin_reread", "scan.tin_glyphs", "value.tin_running_head"})
DOUBTFUL_PAGE_REASON = note("scan.doubtful_page")
# Below this many words a file is taken as (nearly) blank: nothing is expected of it.
MIN_WORDS_FOR_FIELDS = 40
PARTLY_READ_WARNING = note("file.partly_read")
LOW_TEXT_WARNING = note("file.low_text")


# Values found without a label (periods under a garbled one, a contact named only in the text) are scored
# this low: a person checks them.
UNLABELLED_VALUE_FACTOR = 0.6
ORPHAN_PHONE_REASON = note("value.orphan_phone")
ORPHAN_FAX_REASON = note("value.orphan_fax")
RUNNING_HEAD_TIN_REASON = note("value.tin_running_head")
ORPHAN_PERIODS_REASON = note("value.orphan_periods")
PERIOD_LINE_UNREAD = note("value.period_line_unread")
# A date written in figures, as a period's is ("42/31/2018" read for "12/31/2018", "12/31/2019;").
DATE_SHAPED = re.compile(r"\W{0,2}\d{1,2}[/.-]\d{1,2}[/.-](?:19|20)\d\d\W{0,2}")
LABEL_GAP_LINES = 2.0  # the widest gap (line heights) between a label's words, or a label and its value
LIST_GOES_ON_POINTS = 14.0  # lost lines starting this far (a line and a half) under a list of periods, or
# ending this far above it
COVER_WARNING = note("page.cover")
# Besides the contact block's values, a line the OCR lost (no word at all, or garble no label accounts for)
# may hold the taxpayer ID or the tax form (apart 9028 0090, a photo: "TIN: XXX-XX-1774" between two lines
# that read; 9032 0096 both; 9031 0096 "Type of tax: 1040" read "Tesclec 060"), or the printed last day's
# block (9073 0090, a photo: its three lines lost under four lost label-over-value pairs).
LOST_LINE_ALSO: tuple[str, ...] = ("taxpayer_id", "tax_form", "printed_last_day")
# A header cell every word of which OCR read garbled (confidence.GARBLED_WORD_CONFIDENCE); of at least this
# many letters and digits (a speck is not a cell); at most this many are read again (one OCR call for all).
GARBLED_MIN_CHARS = 6
MAX_GARBLED_SEGMENTS = 8
# The line under a silent label (see _Pages) is read this many label heights wide at least.
SILENT_VALUE_WIDTH_LINES = 12.0


@dataclass(frozen=True)
class _Pages:
    """The document read by position: page layouts, label/value spots, and what coverage checks found."""

    layouts: tuple[PageLayout, ...]
    spots: tuple[ValueSpot, ...]
    labels_seen: frozenset[str]  # fields whose label was seen in a header, with or without a value
    orphan_phones: bool  # a phone number in a header that no label claims
    partly_read: tuple[int, ...]  # pages that look read only in part
    # Header labels on OCR'd pages with no value beside or under them (OCR merged the value's line with
    # something beside it, a stamp, and garbled it out of place).
    silent_labels: tuple[LabelMatch, ...] = ()
    # Page 1: a value that reads as tax periods under a label OCR garbled past matching, with its lines.
    orphan_periods: tuple[Segment, tuple[tuple[Word, ...], ...]] | None = None
    # Page 1: the one phone number in the header's value column that no label claims.
    orphan_phone: Segment | None = None
    # Page 1: the one masked taxpayer ID number in the header that no label claims.
    orphan_tin: Segment | None = None
    # Page 1: the header column level with a receipt stamp left of it (read again alone if values are lost).
    stamp_column: tuple[int, Box] | None = None  # (page number, region)
    # Page 1: the band of the labels' column holding lines no label or value accounts for.
    lost_band: tuple[int, Box] | None = None  # (page number, region)
    covers: int = 0  # fax cover sheets ahead of the letter's first page
    hard_to_read: bool = False  # the letter's first page is a scan too poor to trust what is missing from it

    @property
    def letter_layouts(self) -> tuple[PageLayout, ...]:
        """The layouts from the letter's own first page on."""
        return self.layouts[self.covers:]


def extract_facts(doc: Document, *, as_of: dt.date | None = None, pages: PageSource | None = None
                  ) -> LetterFacts:
    """Everything the letter says that the deadlines and the summary need, each with its evidence.

    `pages` (what read_document gave with `doc`) lets a scan's values be read a second time from their
    strips of the page image; without it no value is read again.
    """
    source = pages if pages is not None else PageSource(doc, [])
    read = _read_pages(doc)
    # The letter's own text: no fax cover sheet ahead of it, no enclosure behind it.
    texts = letter_pages(document_text(layout.lines for layout in read.letter_layouts))

    facts: dict[str, Fact[FieldValue] | None] = {
        field: choose(field, candidates_for(field, read.spots))[0] for field in GENERIC_FIELDS
    }
    facts["taxpayer_name"] = _taxpayer_name(read.spots, read.letter_layouts)
    if facts["tax_periods"] is None and read.orphan_periods is not None:
        facts["tax_periods"] = _orphan_periods(*read.orphan_periods)
    # A phone number no label claims is the contact's phone when the fax's label is seen elsewhere.
    fax = facts["contact_fax"]
    if facts["contact_phone"] is None and read.orphan_phone is not None and (
            fax is not None or "contact_fax" in read.labels_seen):
        facts["contact_phone"] = _orphan_phone(read.orphan_phone, None if fax is None else fax.value)
    # ... and the contact's fax when the phone's label is read and the fax's is damaged ("Pax: 559 269 0897").
    phone = facts["contact_phone"]
    if fax is None and phone is not None and read.orphan_phone is not None and (
            "contact_fax" not in read.labels_seen):
        facts["contact_fax"] = _orphan_fax(read.orphan_phone, phone.value, read.letter_layouts)
    if facts["taxpayer_id"] is None and read.orphan_tin is not None:
        facts["taxpayer_id"] = _unlabelled_tin(read.orphan_tin)
    periods = facts["tax_periods"]
    period_values = periods.value if periods is not None and isinstance(periods.value, tuple) else ()
    # A stamped day that would make the letter date doubtful is read again closer first (once for both uses).
    stamp_check = StampRereading(source)
    dated = letter_date(read.spots, read.letter_layouts, texts, as_of=as_of, tax_periods=period_values,
                        stamp_check=stamp_check)

    told = [f for f in ("contact_name", "contact_employee_id", "contact_phone") if facts[f] is None]
    if "contact_name" in told:
        facts.update(_contact_in_text(texts, told))
    verdict = classify(texts)
    date_warnings: list[Note] = []
    unread_line = False  # a line of page 1's labels' column no word was read for
    collection, collection_reasons = determinations.collection(texts)
    spouse, spouse_reasons = determinations.innocent_spouse(texts)
    if not _unrelated(verdict, collection is not None or spouse is not None):
        # Words the page's OCR left out of a decision's lines (ink no word's box covers): the part is checked.
        if spouse is not None and _words_lost(spouse.evidence, source):
            spouse_reasons = (*spouse_reasons, note(unboxed_ink.WORDS_LOST))
        if collection is not None and _words_lost(collection.evidence, source):
            collection_reasons = (*collection_reasons, note(unboxed_ink.WORDS_LOST))
        if spouse is not None:  # a relief section the scan damaged, read again from its sentence's lines
            spouse = sections_read_again(source, spouse, spouse_reasons)
            # then the paragraph, flagged only for scan damage, read again whole
            spouse, spouse_reasons = spouse_read_again(source, spouse, spouse_reasons)
        if collection is not None:  # a collection paragraph flagged only for scan damage, read again
            collection, collection_reasons = collection_read_again(source, collection, collection_reasons)
        # A scan's key values are read a second time from their own strip of the page image.
        to_check: dict[str, Fact[Any]] = {
            field: fact for field, fact in facts.items()
            if fact is not None and (not fact.needs_review or verify.settled_by_second_reading(field, fact))
        }
        if dated.fact is not None:
            to_check["letter_date"] = dated.fact
        unread = _unread_values({**facts, "letter_date": dated.fact}, read.spots, read.silent_labels)
        checks, rescued = verify.check_all(source, to_check, unread)
        for field, checked in checks.items():
            if field != "letter_date":
                facts[field] = checked.fact
        facts["contact_hours"] = hours_rereading.completed(source, facts["contact_hours"])
        rescued_date = rescued.pop("letter_date", None)
        facts.update(rescued)
        facts["contact_name"] = name_lost_words.checked(  # a word its reading left out
            facts["contact_name"], read.spots, read.letter_layouts)
        for field in name_rereading.NAME_FIELDS:  # a letter among a name's words that no word box took
            facts[field] = name_unboxed_ink.checked(facts.get(field), source)
        facts.update(name_rereading.settle_names(  # names the readings disagree on
            facts, source, texts, read.letter_layouts[0] if read.letter_layouts else None))
        header = next((layout for layout in read.letter_layouts if layout.first), None)
        stamped = stamped_dates(header, tax_periods=period_values, as_of=as_of,
                                letter=None if dated.fact is None else dated.fact.value, check=stamp_check)

        def plausible(day: dt.date) -> bool:
            return not cross_checks(day, texts, as_of=as_of, tax_periods=period_values, stamped=stamped)

        dated = _verified_date(dated, checks.get("letter_date"), plausible)
        if dated.fact is None and rescued_date is not None:
            dated = LetterDate(fact=rescued_date, alternatives=())
        dated = with_month_lookalikes(dated)

        if header is not None and needs_rereading(dated, header, source):
            dated = reread(dated, header, source, plausible=plausible)
        dated, numbers = _digits_read_as_lines(dated, facts, source, plausible)
        facts.update(numbers)
        dated = only_plausible_alternatives(dated, plausible)
        dated, dropped = stamp_over_date.settled(dated, facts.get("printed_last_day"))
        date_warnings += dropped
        lost = [f for f in verify.RESCUED_FIELDS if f != "letter_date" and facts.get(f) is None]
        facts.update(_read_region_again(source, read.stamp_column, lost))
        lost_values = [f for f in (*lost_lines.CONTACT_FIELDS, *LOST_LINE_ALSO) if facts.get(f) is None]
        facts.update(_read_region_again(source, read.lost_band, lost_values, lost_lines.REREAD_REASON,
                                        phone=facts.get("contact_phone")))
        # Lines the OCR gave no word for may hold a value still missing: read alone, else flagged.
        still_lost = [f for f in lost_values if facts.get(f) is None]
        wordless = _wordless_line(source, header, still_lost)
        facts.update(_read_region_again(source, wordless, still_lost, lost_lines.REREAD_REASON,
                                        phone=facts.get("contact_phone")))
        unread_line = wordless is not None
        garbled = _garbled_segments(header) if header is not None else []  # cells read garbled whole
        if facts["taxpayer_id"] is None and header is not None and garbled:
            facts["taxpayer_id"] = verify.masked_tin_in_lines(source, header.page.number,
                                                              [segment.box for segment in garbled])
        if header is not None:
            facts["tax_periods"] = _periods_read_again(
                source, header, read.spots, _list_goes_on_unread(facts["tax_periods"], header, source))
        if header is not None and header_rereading.needs_rereading(facts) and (
                band := header_rereading.header_band(header, find_labels(header.lines))) is not None:
            facts = header_rereading.reread(facts, source, header.page.number, band,
                                            None if dated.fact is None else dated.fact.value)
        if header is not None and facts["tax_periods"] is None and (
                cut := cut_label.periods_after_cut_label(header, find_labels(header.lines))) is not None:
            facts["tax_periods"] = _unlabelled_fact("tax_periods", cut, cut_label.REASON)
        facts["tax_form"] = form_rereading.reread(facts["tax_form"], source)  # one digit from another form
        if facts["tax_form"] is None and header is not None:  # its label garbled, its value read alone
            facts["tax_form"] = form_rereading.unlabelled(header, find_labels(header.lines), source)
        if header is not None and tin_rereading.needs_rereading(facts["taxpayer_id"], header, source):
            facts["taxpayer_id"] = tin_rereading.reread(facts["taxpayer_id"], header, source)
        if facts["taxpayer_id"] is None and (
                head := coverage.running_head_masked_tin(read.letter_layouts[1:])) is not None:
            facts["taxpayer_id"] = _unlabelled_tin(head, RUNNING_HEAD_TIN_REASON)
        if facts["taxpayer_id"] is None and header is not None and garbled:
            facts["taxpayer_id"] = tin_row_rereading.reread(header, garbled, source)  # its row lost whole
        if header is not None and id_rereading.needs_rereading(facts["contact_employee_id"], header, source):
            facts["contact_employee_id"] = id_rereading.reread(facts["contact_employee_id"], header, source)
    if read.partly_read:
        missed = note("decision.pages_unread", pages=tuple(read.partly_read))
        collection_reasons += (missed,) if collection is not None else ()
        spouse_reasons += (missed,) if spouse is not None else ()

    facts["taxpayer_id"] = _tin_kind_by_form(facts["taxpayer_id"], facts["tax_form"])
    facts["tax_periods"] = _periods_before(facts["tax_periods"], dated.fact)
    facts = _doubt_the_rest(facts, None if dated.fact is None else not (
        dated.fact.needs_review or dated.alternatives))
    review = [field for field, fact in facts.items() if fact is not None and fact.needs_review]
    if dated.fact is not None and (dated.fact.needs_review or dated.alternatives):
        review.append("letter_date")
    if verdict.needs_review or verdict.letter_type.confidence < LETTER_TYPE_THRESHOLD:
        review.append("letter_type")
    if collection is not None and (collection_reasons or collection.confidence < DETERMINATION_THRESHOLD):
        review.append("collection")
    if spouse is not None and (spouse_reasons or spouse.confidence < DETERMINATION_THRESHOLD):
        review.append("innocent_spouse")
    review += _missing_parts(verdict.letter_type.value, collection is not None, spouse is not None)

    warnings = [*doc.warnings, *date_warnings]
    if read.covers:
        warnings.append(COVER_WARNING)
    if _unrelated(verdict, collection is not None or spouse is not None):
        # An unrelated letter's header is not an Appeals header: none of its values are reported.
        facts = dict.fromkeys(facts)
        dated = LetterDate(fact=None, alternatives=())
        review = [r for r in review if r not in FIELD_NAMES]
    elif verdict.letter_type.value in APPEALS_TYPES or _words(doc) >= MIN_WORDS_FOR_FIELDS:
        found = {k for k, v in facts.items() if v is not None} | ({"letter_date"} if dated.fact else set())
        date_lost = dated.fact is None and bool(doc.pages) and doc.pages[0].method == "ocr"
        exact = bool(doc.pages) and doc.pages[0].method == "pdf_text"
        for field in _missing_fields(found, read, date_lost=date_lost, unread_line=unread_line, exact=exact):
            review.append(field)
            warnings.append(note("value.missing", field=note(f"field_name.{field}")))

    warnings += [note("type.reason", reason=r) for r in verdict.reasons]
    warnings += [note("decision.collection", reason=r) for r in collection_reasons]
    warnings += [note("decision.spouse", reason=r) for r in spouse_reasons]
    if read.partly_read:
        warnings.append(PARTLY_READ_WARNING)
    if _words(doc) < MIN_WORDS_FOR_FIELDS:
        warnings.append(LOW_TEXT_WARNING)

    return LetterFacts(
        document=doc,
        letter_type=verdict.letter_type,
        fields=Fields(letter_date=dated.fact, **facts,  # type: ignore[arg-type]
                      issuing_office=None if _unrelated(verdict, collection is not None or spouse is not None)
                      else issuing_office(read.letter_layouts)),
        collection=collection,
        innocent_spouse=spouse,
        needs_review=tuple(dict.fromkeys(review)),
        warnings=tuple(dict.fromkeys(warnings)),
        letter_date_alternatives=dated.alternatives,
    )


def _read_pages(doc: Document) -> _Pages:
    layouts: list[PageLayout] = []
    spots: list[ValueSpot] = []
    labels_seen: set[str] = set()
    orphans = False
    partial: list[int] = []
    silent: list[LabelMatch] = []
    periods: tuple[Segment, tuple[tuple[Word, ...], ...]] | None = None
    phone: Segment | None = None
    tin: Segment | None = None
    stamp_box: tuple[int, Box] | None = None
    lost_box: tuple[int, Box] | None = None
    first = 0
    hard_to_read = False
    for position, page in enumerate(doc.pages):
        lines = group_lines(page.words)
        if position == first and position + 1 < len(doc.pages) and cover_sheet.is_cover_sheet(lines):
            first += 1
            layouts.append(cover_layout(page, lines))
            continue
        layout = layout_of(page, lines, first=position == first)
        labels = find_labels(lines)
        last_day = printed_last_day.last_day_findings(layout, labels)
        page_spots = value_spots(layout, labels) + last_day.spots
        if last_day.label_without_date:
            labels_seen.add(printed_last_day.FIELD)
        spotted = {id(spot.label) for spot in page_spots}
        silent += [label for label in labels if id(label) not in spotted and page.method == "ocr"
                   and layout.zone_of(label.box.top) == "header"]
        labels_seen.update(name for m in labels if layout.zone_of(m.box.top) != "body"
                           for name in SHARED_LABELS.get(m.field, (m.field,)))
        page_orphans = coverage.orphan_phone_numbers(layout, labels, page_spots)
        orphans = orphans or bool(page_orphans)
        if position == first:
            tin = coverage.orphan_masked_tin(layout, labels, page_spots)
        if position == first and page.method == "ocr":
            hard_to_read = reading_quality.measure(page.words).poor
            periods = coverage.orphan_periods(layout, labels, page_spots)
            phone = coverage.orphan_contact_phone(page_orphans, page_spots)
            region = stamp_column.stamped_column(layout, labels)
            stamp_box = (page.number, region) if region is not None else None
            band = lost_lines.lost_band(layout, labels, page_spots)
            lost_box = (page.number, band) if band is not None else None
        if coverage.partly_read(layout):
            partial.append(page.number)
        layouts.append(layout)
        spots.extend(page_spots)
    return _Pages(layouts=tuple(layouts), spots=tuple(spots), labels_seen=frozenset(labels_seen),
                  orphan_phones=orphans, partly_read=tuple(partial), silent_labels=tuple(silent),
                  orphan_periods=periods, orphan_phone=phone, orphan_tin=tin, stamp_column=stamp_box,
                  lost_band=lost_box,
                  covers=first, hard_to_read=hard_to_read)


def _periods_before(fact: Fact[FieldValue] | None, letter: Fact[dt.date] | None) -> Fact[FieldValue] | None:
    """The tax periods, flagged when one ends after the letter's date: Appeals decides on the collection of
    tax already owed, so such a period is a misread year (own seed 6312 0065: "2019" read "2049", sure).
    The letter date is not doubted for it: its own readings judge it."""
    if fact is None or letter is None or not isinstance(fact.value, tuple):
        return fact
    after = [day for day in fact.value if isinstance(day, dt.date) and day > letter.value]
    if not after:
        return fact
    return verify.flagged(fact, note("value.period_after_letter", period=after[0]))


def _doubt_the_rest(facts: dict[str, Fact[FieldValue] | None], date_sure: bool | None
                    ) -> dict[str, Fact[FieldValue] | None]:
    """A scan most of whose header values are in doubt or not found is a page none of whose values can be
    trusted (a blurred photo reads a fax number one digit off at 88 of 100): the rest are flagged with
    them. The letter date counts as one of the page's values (`date_sure`: None when not read) but is
    never flagged here: its own readings (one of them blind to specks) judge it, and they say nothing of
    the other values' digits (tests/independent ind98: a blurred page whose date was read right and sure,
    and a fax number read "7783" for "7793")."""
    scanned = {field: fact for field, fact in facts.items()
               if fact is not None and field in HEADER_FIELDS and fact.evidence.method == "ocr"}
    # A value the page should show and did not give counts against it like one flagged.
    unread = [field for field in EXPECTED_FIELDS if field != "letter_date" and facts.get(field) is None]
    doubtful = len(unread) + sum(1 for fact in scanned.values() if fact.needs_review)
    doubtful += date_sure is not True
    judged = len(scanned) + len(unread) + 1
    if len(scanned) < MIN_VALUES_TO_JUDGE_A_PAGE or doubtful * 2 <= judged:
        return facts
    return {field: verify.flagged(fact, DOUBTFUL_PAGE_REASON)
            if fact is not None and field in scanned and not fact.needs_review else fact
            for field, fact in facts.items()}


def _missing_fields(found: set[str], pages: _Pages, *, date_lost: bool = False,
                    unread_line: bool = False, exact: bool = False) -> list[str]:
    """Fields an Appeals letter shows that were not read: expected ones, ones whose label was seen, and the
    phone and fax when a phone number stands in the header without a readable label. On a scanned first
    page whose date could not be read (`date_lost`: a stamp or damage over the header) any header value
    not found may be there all the same (apart seed 9014 0083, a fax: its fax line lost, unflagged). On a
    text layer (`exact`) an expected field some letters leave out is missing only when its label is seen."""
    missing = []
    for field in FIELD_NAMES:
        if field in found or (exact and field in SOMETIMES_LEFT_OUT and field not in pages.labels_seen):
            continue
        phone_like = field in ("contact_phone", "contact_fax") and pages.orphan_phones
        # On a page too poor to read, a value not found may be there all the same (a fax number).
        unseen = (pages.hard_to_read or date_lost) and field in HEADER_FIELDS
        # A line of the labels' column no word was read for (wordless_lines.py) may hold a contact value.
        unseen = unseen or (unread_line and field in lost_lines.CONTACT_FIELDS)
        if field in EXPECTED_FIELDS or field in pages.labels_seen or phone_like or unseen:
            missing.append(field)
    return missing


def _taxpayer_name(spots: Sequence[ValueSpot], layouts: Sequence[PageLayout]) -> Fact[FieldValue] | None:
    """A labelled name in a header (page 1's, else a later page's); else the address block's name (or the
    salutation's); else a labelled name in the text. A later page's labelled name gives way to page 1's
    block when it is the block's name with more words run on (OCR joined the next label to it), or when
    it shares no word with the block's name and the salutation agrees with the block (it read a label)."""
    labelled = candidates_for("taxpayer_name", spots)
    if any(c.zone == "header" for c in labelled):
        chosen = choose("taxpayer_name", labelled)[0]
        found = taxpayer_name(layouts[0]) if layouts else None
        return chosen if found is None else _checked_by_block(chosen, *found)
    later = choose("taxpayer_name", labelled)[0] if any(c.zone != "body" for c in labelled) else None
    found = taxpayer_name(layouts[0]) if layouts else None
    if found is None:
        return later if later is not None else choose("taxpayer_name", labelled)[0]
    reading, factor = found
    score = score_reading("taxpayer_name", None, reading, unlabelled_factor=factor)
    block = fact_of("taxpayer_name",
                    Candidate(field="taxpayer_name", spot=None, reading=reading, score=score))
    if later is None or not isinstance(later.value, str) or not isinstance(block.value, str):
        return block
    named, other = _name_tokens(block.value), _name_tokens(later.value)
    run_on = len(other) > len(named) and other[:len(named)] == named
    unrelated = not set(named) & set(other) and factor == CORROBORATED
    return block if run_on or unrelated else later


def _checked_by_block(labelled: Fact[FieldValue] | None, block: Reading,
                      factor: float = 0.0) -> Fact[FieldValue] | None:
    """A scanned header's labelled name against the address block's reading of the same name: a second
    reading that disagrees flags it, and a block name that holds it whole with words before it (the scan
    lost the label's first name: "K ABERNETHY" for "OLUWASEUN K ABERNETHY") is taken instead, flagged. So
    is a block name the salutation agrees with (`factor` CORROBORATED) where the labelled one was read
    garbled ("IMMA" at 9 for "BERNARD L ESPOSITO", the block and "Dear Bernard L Esposito:" read sure:
    apart 9088 0035, a fax)."""
    if labelled is None or labelled.evidence.method != "ocr" or not isinstance(labelled.value, str):
        return labelled
    if not isinstance(block.value, str) or not scanned(block.words):
        return labelled
    named, other = _name_tokens(labelled.value), _name_tokens(block.value)
    if named == other:
        return labelled
    reason = note("scan.second_reading", value=block.value)
    garbled = (labelled.evidence.ocr_confidence or 0.0) < GARBLED_NAME
    if (len(other) > len(named) and other[len(other) - len(named):] == named) or (
            garbled and factor == CORROBORATED):
        score = score_reading("taxpayer_name", None, block, unlabelled_factor=CORROBORATED)
        candidate = Candidate(field="taxpayer_name", spot=None, reading=block, score=score)
        fact = fact_of("taxpayer_name", candidate)
        return verify.flagged(fact, note("scan.second_reading", value=labelled.value))
    return verify.flagged(labelled, reason)


def _name_tokens(name: str) -> list[str]:
    return [token for token in (t.strip(NAME_EDGES + ".").lower() for t in name.split()) if token]


def _contact_in_text(texts: Sequence[PageText], missing: Sequence[str]) -> dict[str, Fact[FieldValue]]:
    """Contact fields the header lacks, from a sentence naming the contact person; always flagged."""
    found: dict[str, Fact[FieldValue]] = {}
    for field, reading in closing_contact.contact_in_text(texts).items():
        if field in missing:
            found[field] = _unlabelled_fact(field, reading, closing_contact.REASON)
    return found


def _read_region_again(pages: PageSource, region: tuple[int, Box] | None, missing: Sequence[str],
                       reason: Note = stamp_column.REREAD_REASON, phone: Fact[FieldValue] | None = None
                       ) -> dict[str, Fact[FieldValue]]:
    """Missing header values read from a region of the header column (beside a receipt stamp, or where
    lines were lost) read alone; flagged. With `phone` (lost lines), a fax number whose label stays
    damaged in the new reading is taken by its place (lost_lines.fax_in_band)."""
    if region is None or not missing:
        return {}
    found = _read_region_once(pages, region, missing, reason, phone)
    still = [field for field in missing if field not in found]
    # Tesseract's layout analysis can find no text in a photo's column whose lines it lost on the page (apart
    # 9032 0096: four clean lines), and the region's half-cut lines above and under it can throw it off
    # (9038 0021: "Person to contact:" lost): a value still missing is read from the column as one block.
    if still:
        found.update(_read_region_once(pages, region, still, reason, phone, psm=stamp_column.BLOCK_PSM))
    return found


def _read_region_once(pages: PageSource, region: tuple[int, Box], missing: Sequence[str], reason: Note,
                      phone: Fact[FieldValue] | None, psm: int | None = None) -> dict[str, Fact[FieldValue]]:
    """`_read_region_again` with one reading of the region, in Tesseract's page segmentation `psm`."""
    layout = stamp_column.reread(pages, *region, psm=psm)
    if layout is None:
        return {}
    spots = stamp_column.spots_in(layout)
    found: dict[str, Fact[FieldValue]] = {}
    for field in missing:
        if field == "taxpayer_id" and len(coverage.masked_numbers(layout.lines)) > 1:
            continue  # the spouse's beside the taxpayer's: nothing in a region read alone says which
        fact = choose(field, candidates_for(field, spots))[0]
        if fact is not None:
            confidence = min(fact.confidence, verify.DISAGREEMENT_CONFIDENCE)
            found[field] = dataclasses.replace(fact, needs_review=True, confidence=confidence,
                                               reasons=added(fact.reasons, reason))
    if phone is not None and "contact_fax" in missing and "contact_fax" not in found:
        fax = lost_lines.fax_in_band(layout, spots, phone.value)
        if fax is not None:
            found["contact_fax"] = _unlabelled_fact("contact_fax", fax, reason)
    # A masked taxpayer ID read without its label (a short "TIN:" line over it, too narrow to be read again
    # with it: apart 9032 0096): its shape says what it is.
    if "taxpayer_id" in missing and "taxpayer_id" not in found and (
            tin := coverage.orphan_masked_tin(layout, find_labels(layout.lines), spots)) is not None and (
            fact := _unlabelled_tin(tin, reason)) is not None:
        found["taxpayer_id"] = fact
    return found


def _words_lost(evidence: Sequence[Evidence], pages: PageSource) -> bool:
    """Whether ink no word's box covers stands on a line of a scanned decision's passages."""
    return any(unboxed_ink.lost_on_lines(passage, pages) is not None for passage in evidence)


def _wordless_line(pages: PageSource, header: PageLayout | None,
                   missing: Sequence[str]) -> tuple[int, Box] | None:
    """Page 1's band around the lines of its labels' column that the OCR gave no word for, when a value they
    may hold is missing."""
    image = None if header is None or not missing else pages.reading_image(header.page.number)
    if header is None or image is None:
        return None
    band = wordless_lines.wordless_band(header, find_labels(header.lines), image)
    return None if band is None else (header.page.number, band)


def _list_goes_on_unread(fact: Fact[FieldValue] | None, header: PageLayout,
                         pages: PageSource) -> Fact[FieldValue] | None:
    """Scanned tax periods flagged where lines with ink but no word read (or only garbled words) stand
    right under their list, or right above it: the list may go on there (apart 9044 0012, a photo:
    "December 31, 2019" read, "2020" and "2021" under it lost whole, and the one period was sure), or begin
    there (own 6346 0012, a fax: the first of two periods under their label lost whole). Flagged, they are
    read again from their band."""
    evidence = fact.evidence if fact is not None else None
    if fact is None or evidence is None or evidence.method != "ocr" or evidence.page != header.page.number:
        return fact
    image = pages.reading_image(header.page.number)
    band = None if image is None else wordless_lines.wordless_band(header, find_labels(header.lines), image)
    box = evidence.box
    under = band is not None and (box.top + box.bottom) / 2 <= band.top <= box.bottom + LIST_GOES_ON_POINTS
    above = band is not None and band.top < box.top and box.top - LIST_GOES_ON_POINTS <= band.bottom
    if band is not None and (under or above):
        # A line read sure between the list and the band is another's: the band is not the list's.
        between = (box.bottom, band.top) if under else (band.bottom, box.top)
        under = above = not _read_between(*between, _label_start(box, header), header)
    line = _line_under_the_list(box, header)
    garbled = _garbled_line(line) or _period_misread(line) or _period_left_out(line, fact.value)
    return verify.flagged(fact, PERIOD_LINE_UNREAD) if under or above or garbled else fact


def _read_between(top: float, bottom: float, left: float, header: PageLayout) -> bool:
    """Whether a word read sure stands between `top` and `bottom` right of `left` (a list's label start):
    "In reply refer to: AP:CO:OGD:KTR" between a period and the contact's line read garbled (apart 9090
    0021, a clean Times scan, its one period flagged as a list that may go on)."""
    return any(top < (w.box.top + w.box.bottom) / 2 < bottom and w.box.x1 > left
               and (w.confidence or 0.0) >= GARBLED_WORD_CONFIDENCE and any(ch.isalnum() for ch in w.text)
               for w in header.page.words)


def _garbled_line(line: Sequence[Word]) -> bool:
    """Whether the words right under a list of periods, in its column (`_line_under_the_list`), were all
    read garbled: the list may go on there ("December 31, 2021" read "ae ee :" at 30 under two periods read
    sure: apart 9071 0075, a clean Times scan of a Letter 3193)."""
    return bool(line) and all((w.confidence or 0.0) < GARBLED_WORD_CONFIDENCE for w in line)


def _period_misread(line: Sequence[Word]) -> bool:
    """Whether a word shaped as a period's date but read as no date stands right under a list of periods,
    in its column (`_line_under_the_list`): the list may go on there ("12/31/2018" read "42/31/2018", a
    rule's end taken for a digit, between "12/31/2017" and "12/31/2019" in a ruled table's cell: apart 9075
    0078, a photo, the list read as 2017 alone, sure)."""
    return any(DATE_SHAPED.fullmatch(w.text) and dates.leading_date(w.text) is None for w in line)


def _period_left_out(line: Sequence[Word], periods: object) -> bool:
    """Whether the line right under a list of periods, in its column (`_line_under_the_list`), opens
    with a date the list does not hold: the list goes on there, its line left out of the reading ("December
    31, 2021" read at 83-95 under two periods, its words' boxes tall with a stamp's ink, the list read as
    2019 and 2020, sure: apart 9090 0016, a 150 dpi scan)."""
    held = periods if isinstance(periods, tuple) else ()
    found = dates.leading_date(" ".join(w.text for w in line)) if line else None
    return found is not None and found.value not in held


def _line_under_the_list(box: Box, header: PageLayout) -> list[Word]:
    """The words of the first line right under a list of periods, in its column; none where that line is
    another label's, a word read sure standing left of the list on it ("In reply refer to: AP:FE:HOU:JMB"
    under "Tax Period(s) Ended: 12/31/2019; ...", its code read at 21: apart 9076 0027, a clean Times scan,
    flagged for it)."""
    under = [w for w in header.page.words
             if box.bottom < (w.box.top + w.box.bottom) / 2 <= box.bottom + LIST_GOES_ON_POINTS
             and w.box.x0 < box.x1 and w.box.x1 > box.x0]
    if not under:
        return []
    # The first line under the list only, not the label after it; by the words' middles, since a stamp's
    # ink can make a word's box twice as tall as its line (apart 9090 0016). A speck alone is no line: it
    # joins the line it stands by.
    lettered = [w for w in under if any(ch.isalnum() for ch in w.text)] or under
    first = min(_middle(w) for w in lettered)
    height = statistics.median(w.box.height for w in lettered)
    line = sorted((w for w in under if abs(_middle(w) - first) <= 0.5 * height), key=lambda w: w.box.x0)
    top, bottom = min(w.box.top for w in line), max(w.box.bottom for w in line)
    # Another label's line starts where the list's own label starts (or just left of a list under its
    # label), never in the other column ("CERTIFIED MAIL" level with a list's second line on a photo).
    height = bottom - top
    start = _label_start(box, header) - height
    labelled = any(start <= w.box.x0 and w.box.x1 <= box.x0 and w.box.top < bottom and w.box.bottom > top
                   and (w.confidence or 0.0) >= GARBLED_WORD_CONFIDENCE for w in header.page.words)
    return [] if labelled else line


def _middle(word: Word) -> float:
    return (word.box.top + word.box.bottom) / 2


def _label_start(box: Box, header: PageLayout) -> float:
    """Where the list's own label starts, read on its first line left of it (a ruled table sets its cell
    far from the list's: "Tax year(s):" at 300-359, "2021" at 435, apart 9090 0002); else where the words
    right left of a value on its first line begin, each within LABEL_GAP_LINES line heights of the next;
    the value's own left edge where none stands there."""
    own = [label.box.x0 for label in find_labels(header.lines)
           if label.field == "tax_periods" and label.box.x1 <= box.x0 + 1.0
           and label.box.bottom > box.top and label.box.top <= box.top + label.box.height]
    if own:
        return min(own)
    height = box.bottom - box.top
    left = sorted((w for w in header.page.words if w.box.x1 <= box.x0 + 1.0
                   and w.box.top < box.top + height and w.box.bottom > box.top),
                  key=lambda w: w.box.x1, reverse=True)
    start = box.x0
    for word in left:
        if start - word.box.x1 > LABEL_GAP_LINES * height:
            break
        start = min(start, word.box.x0)
    return start


def _orphan_periods(segment: Segment, following: tuple[tuple[Word, ...], ...]) -> Fact[FieldValue] | None:
    """Tax periods read from under a label the scan garbled: shown, and always flagged for review."""
    reading = READERS["tax_periods"](ValueWords(words=segment.words, following=following))
    return None if reading is None else _unlabelled_fact("tax_periods", reading, ORPHAN_PERIODS_REASON)


def _periods_read_again(pages: PageSource, header: PageLayout, spots: Sequence[ValueSpot],
                        fact: Fact[FieldValue] | None) -> Fact[FieldValue] | None:
    """Scanned tax periods in doubt (or unread beside their label) read again from their band of page 1."""
    if fact is not None and not fact.needs_review:
        return fact
    page = header.page
    spot = next((s for s in spots if s.label.field == "tax_periods" and s.zone == "header" and s.words
                 and s.words[0].page == page.number), None)
    band = None if spot is None else period_rereading.band_of(spot, page.width, page.words)
    return fact if band is None else period_rereading.reread(fact, band, pages)


def _orphan_phone(segment: Segment, fax: FieldValue | None) -> Fact[FieldValue] | None:
    """The contact's phone number read from beside a label the scan garbled: flagged for review."""
    reading = READERS["contact_phone"](ValueWords(words=segment.words))
    if reading is None or reading.value == fax:
        return None
    return _unlabelled_fact("contact_phone", reading, ORPHAN_PHONE_REASON)


def _orphan_fax(segment: Segment, phone: FieldValue, layouts: Sequence[PageLayout]
                ) -> Fact[FieldValue] | None:
    """The contact's fax number beside a short label OCR misread by one letter: flagged for review."""
    head, colon, _ = (_label_before(segment, layouts) or segment.text).partition(":")
    if not colon or not damaged_short_label(head, "contact_fax"):
        return None
    reading = READERS["contact_fax"](ValueWords(words=segment.words))
    if reading is None or reading.value == phone:
        return None
    return _unlabelled_fact("contact_fax", reading, ORPHAN_FAX_REASON)


def _label_before(segment: Segment, layouts: Sequence[PageLayout]) -> str | None:
    """The text of the segment left of `segment` on its line (where its label stands), if any."""
    first = segment.words[0]
    for layout in (layout for layout in layouts if layout.page.number == first.page):
        for line in layout.lines:
            index = next((i for i, s in enumerate(line.segments) if s.words and s.words[0] is first), None)
            if index is not None:
                return line.segments[index - 1].text if index else None
    return None


def _unlabelled_tin(segment: Segment, reason: Note = NO_LABEL_REASON) -> Fact[FieldValue] | None:
    """A masked taxpayer ID number read where no label claims it: its shape says what it is; flagged."""
    reading = READERS["taxpayer_id"](ValueWords(words=segment.words))
    return None if reading is None else _unlabelled_fact("taxpayer_id", reading, reason)


def _unlabelled_fact(field: str, reading: Reading, reason: Note) -> Fact[FieldValue]:
    """A value found without its label: scored low and always flagged, with the reason."""
    score = score_reading(field, None, reading, unlabelled_factor=UNLABELLED_VALUE_FACTOR)
    fact = fact_of(field, Candidate(field=field, spot=None, reading=reading, score=score))
    return dataclasses.replace(fact, needs_review=True, reasons=(reason,))


def _unread_values(facts: Mapping[str, Fact[Any] | None], spots: Sequence[ValueSpot],
                   silent_labels: Sequence[LabelMatch] = ()) -> dict[str, tuple[int, Box]]:
    """Where a header label's value stands that the page's OCR left unreadable (page and box), by field:
    the garbled words at its place, or for a label with nothing beside or under it, the line under it."""
    unread: dict[str, tuple[int, Box]] = {}
    for spot in spots:
        field = spot.label.field
        if (field in verify.RESCUED_FIELDS and facts.get(field) is None and field not in unread
                and spot.zone == "header" and spot.words and all(w.method == "ocr" for w in spot.words)):
            unread[field] = (spot.words[0].page, union_box(spot.words))
    for label in silent_labels:
        field = label.field
        if field in verify.RESCUED_FIELDS and facts.get(field) is None and field not in unread:
            unread[field] = (label.page, _line_under(label.box))
    return unread


def _garbled_segments(layout: PageLayout) -> list[Segment]:
    """Where the header's OCR garbled a whole cell (every word read unsure): a label and its value lost
    together ("TIN: ***-**-7777" read "UN soa Set Hi R77 7"), worth reading again alone."""
    garbled = [segment for line in layout.header_lines() for segment in line.segments
               if sum(ch.isalnum() for ch in segment.text) >= GARBLED_MIN_CHARS
               and all(w.method == "ocr" and (w.confidence or 0.0) < GARBLED_WORD_CONFIDENCE
                       for w in segment.words)]
    return garbled[:MAX_GARBLED_SEGMENTS]


def _tin_kind_by_form(tin: Fact[FieldValue] | None, form: Fact[FieldValue] | None) -> Fact[FieldValue] | None:
    """A taxpayer ID read again from a mask OCR damaged past its shape (a rescued or re-read value, always
    flagged) is masked as an EIN when the letter's tax form is a business's return."""
    if (tin is None or form is None or not isinstance(tin.value, str) or not isinstance(form.value, str)
            or not any(r.code in TIN_SHAPE_UNREAD for r in tin.reasons)):
        return tin
    return dataclasses.replace(tin, value=masked_as_form_says(tin.value, form.value))


def _line_under(box: Box) -> Box:
    """Where a value set under its label stands: the next line, from the label's left edge on."""
    height = box.bottom - box.top
    width = max(box.x1 - box.x0, SILENT_VALUE_WIDTH_LINES * height)
    return Box(box.x0, box.bottom + 0.2 * height, box.x0 + width, box.bottom + 1.6 * height)


def _digits_read_as_lines(dated: LetterDate, facts: Mapping[str, Fact[Any] | None], source: PageSource,
                          plausible: Callable[[dt.date], bool]) -> tuple[LetterDate, dict[str, Fact[Any]]]:
    """A sure scanned date, and the phone and fax numbers, read once more as lines in one call
    (value_glyphs): the date checked against its digits' rivals, the numbers as their lines read them."""
    numbers = {field: fact for field in number_line_reading.NUMBER_FIELDS if (fact := facts.get(field))}
    to_read: dict[str, Fact[Any]] = dict(numbers)
    if dated.fact is not None and date_digit_rivals.wanted(dated):
        to_read["letter_date"] = dated.fact
    lines_read = value_glyphs.read(source, to_read)
    dated = date_digit_rivals.checked(dated, lines_read.get("letter_date", ()), plausible)
    return dated, {field: number_line_reading.checked(fact, lines_read[field])
                   for field, fact in numbers.items() if field in lines_read}


def _verified_date(dated: LetterDate, checked: verify.Check[Any] | None,
                   plausible: Callable[[dt.date], bool]) -> LetterDate:
    """The letter date after its second reading; a different second reading becomes an alternative. One no
    letter date can be (a despeckled reading's "2028" for "2025" after the as-of day: own seed 6328 0075) is
    no evidence against a first reading that can be."""
    if dated.fact is None or checked is None or checked.fact is dated.fact:
        return dated
    if isinstance(checked.other, dt.date) and not plausible(checked.other) and plausible(dated.fact.value):
        return dated
    other = (checked.other,) if isinstance(checked.other, dt.date) else ()
    alternatives = tuple(sorted({*dated.alternatives, *other} - {dated.fact.value}))
    return dataclasses.replace(dated, fact=checked.fact, alternatives=alternatives)


def _words(doc: Document) -> int:
    return sum(len(p.words) for p in doc.pages)


def _unrelated(verdict: TypeVerdict, has_determination: bool) -> bool:
    return verdict.letter_type.value == "other" and not verdict.needs_review and not has_determination


def _missing_parts(letter_type: str, has_collection: bool, has_spouse: bool) -> list[str]:
    """Determinations the letter type promises but that were not found."""
    missing: list[str] = []
    if letter_type in ("4390", "3193", "3210", "4439") and not has_collection:
        missing.append("collection")
    if letter_type in ("4390", "4439", "3288", "3279") and not has_spouse:
        missing.append("innocent_spouse")
    return missing
