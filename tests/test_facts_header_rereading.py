"""The tax periods and form read again from the header's whole block when the page's reading lost them
(a header line lost whole under a stamp, a list in a ruled table cell, a year misread) (issue 16)."""

from __future__ import annotations

import datetime as dt

import pytest
from facts_pages import make_doc, make_page
from PIL import Image, ImageDraw, ImageFont

from parser.core.model import Box, Evidence, Fact, PageView, Word
from parser.facts import header_rereading
from parser.facts.fields import FieldValue, Reading
from parser.facts.header import layout_of
from parser.facts.header_rereading import Vote
from parser.facts.labels import find_labels
from parser.reading.lines import group_lines
from parser.reading.page_source import PageSource

DPI = 200.0
SCALE = DPI / 72.0
SERIF = "/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf"
MONO = "/usr/share/fonts/truetype/dejavu/DejaVuSansMono.ttf"
LETTER = dt.date(2021, 7, 12)


def years(*ys: int) -> tuple[dt.date, ...]:
    return tuple(dt.date(y, 12, 31) for y in ys)


def reading(value: FieldValue, *, doubt: bool = False) -> Reading:
    from parser.core.notes import note

    word = Word(text="x", box=Box(300, 100, 340, 110), page=1, method="ocr", confidence=90.0)
    doubts = (note("value.period_digits"),) if doubt else ()
    return Reading(value=value, words=(word,), text="x", doubt=doubts)


def reread_vote(value: FieldValue, *, doubt: bool = False) -> Vote:
    return Vote(value=value, clean=not doubt, reading=reading(value, doubt=doubt))


def flagged(value: FieldValue) -> Fact[FieldValue]:
    from parser.core.notes import note

    return Fact(value=value, confidence=0.5, evidence=Evidence(1, Box(0, 0, 1, 1), "x", "ocr"),
                needs_review=True, reasons=(note("value.period_line", line="- = y"),))


@pytest.mark.parametrize("value", [years(2016, 2017, 2018), (dt.date(2020, 3, 31), dt.date(2020, 6, 30)),
                                   "1040-SR", "941"])
def test_a_value_the_page_lost_is_taken_when_two_readings_agree_and_stays_flagged(value: FieldValue) -> None:
    got = header_rereading.decided(None, [reread_vote(value), reread_vote(value)], LETTER)
    assert got is not None and got.value == value and got.needs_review
    assert header_rereading.LOST_REASON in got.reasons


@pytest.mark.parametrize("votes", [
    [reread_vote(years(2019, 2020))],  # one reading alone
    [reread_vote(years(2019, 2020)), reread_vote(years(2019, 2021))],  # they disagree
    [reread_vote("1040"), reread_vote("1040-SR")],
    [],
])
def test_readings_that_do_not_agree_take_nothing_for_a_lost_value(votes: list[Vote]) -> None:
    assert header_rereading.decided(None, votes, LETTER) is None


def test_a_tie_with_the_page_reading_leaves_the_fact_as_it_was() -> None:
    fact = flagged(years(2019))
    votes = [Vote(value=fact.value, clean=False), reread_vote(years(2019, 2020)), reread_vote(years(2017))]
    assert header_rereading.decided(fact, votes, LETTER) is fact


@pytest.mark.parametrize(("first", "agreed"), [
    (years(2015), years(2018)),  # a fax's 5 read 8 alike twice
    (years(2019, 2020), years(2019)),  # a period the readings lost
    ("1040-SR", "1040"),
    ("941", "1041"),
])
def test_agreeing_readings_do_not_overrule_a_plausible_value_the_page_read(first: FieldValue,
                                                                           agreed: FieldValue) -> None:
    fact = flagged(first)
    votes = [Vote(value=first, clean=False), reread_vote(agreed), reread_vote(agreed)]
    assert header_rereading.decided(fact, votes, LETTER) is fact


@pytest.mark.parametrize("first", ["1010", "1040"])  # no form; a suffix lost
def test_a_form_gives_way_to_two_readings_that_only_mend_it(first: str) -> None:
    got = header_rereading.decided(flagged(first), [reread_vote("1040-SR"), reread_vote("1040-SR")], LETTER)
    assert got is not None and got.value == "1040-SR" and got.needs_review


def test_a_clean_list_holding_every_shorter_reading_is_taken_flagged() -> None:
    # The page and a block reading lost the cell's lower lines; one clean reading holds all three.
    fact = flagged(years(2018))
    votes = [Vote(value=fact.value, clean=False), reread_vote(years(2018, 2019, 2020)),
             reread_vote(years(2018), doubt=True)]
    got = header_rereading.decided(fact, votes, LETTER)
    assert got is not None and got.value == years(2018, 2019, 2020) and got.needs_review


def test_two_clean_readings_that_keep_the_page_periods_are_sure() -> None:
    fact = flagged(years(2019))
    both = years(2019, 2020)
    votes = [Vote(value=fact.value, clean=False), reread_vote(both), reread_vote(both)]
    got = header_rereading.decided(fact, votes, LETTER)
    assert got is not None and got.value == years(2019, 2020) and not got.needs_review


@pytest.mark.parametrize(("value", "plausible"), [
    (years(2017), True), (years(2021), True), (years(2647), False), (years(2022), False),
    (years(1990), False), (years(2015, 2016, 2647), False), ("1040", True),
])
def test_a_period_after_the_letter_or_long_before_it_is_implausible(value: FieldValue, plausible: bool
                                                                    ) -> None:
    assert header_rereading._plausible(value, LETTER) is plausible


def test_a_misread_year_is_never_made_sure_by_agreeing_readings() -> None:
    # Two clean readings agree and keep the page's period, but one year is after the letter's: flagged.
    misread = years(2017, 2647)
    got = header_rereading.decided(flagged(years(2017)), [reread_vote(misread), reread_vote(misread)], LETTER)
    assert got is not None and got.value == misread and got.needs_review
    # The page's misread year gives way to two readings that agree on a plausible one; still flagged.
    agreeing = [reread_vote(years(2017)), reread_vote(years(2017))]
    fixed = header_rereading.decided(flagged(years(2647)), agreeing, LETTER)
    assert fixed is not None and fixed.value == years(2017) and fixed.needs_review


def test_a_tables_rules_are_whitened_and_its_text_kept() -> None:
    image = Image.new("L", (600, 200), 255)
    draw = ImageDraw.Draw(image)
    for y in (20, 100, 180):
        draw.line((10, y, 590, y), fill=0, width=2)
    for x in (10, 300, 590):
        draw.line((x, 20, x, 180), fill=0, width=2)
    draw.text((320, 40), "12/31/2016", fill=0, font=ImageFont.truetype(SERIF, 24))
    out = header_rereading._unruled(image)
    assert out.getpixel((150, 20)) == 255 and out.getpixel((300, 60)) == 255
    assert out.getpixel((10, 150)) == 255
    assert sum(1 for v in out.crop((320, 40, 460, 70)).tobytes() if v < 128) > 100  # the digits' ink


# Two header layouts whose lines the page's reading lost, printed on an image the band is read from.
def _page(rows: list[tuple[float, float, str]], read: list[tuple[float, float, str]], font_path: str,
          ruled: bool) -> tuple[PageSource, PageView]:
    page = make_page(read, method="ocr", confidence=90.0)
    image = Image.new("L", (round(612 * SCALE), round(792 * SCALE)), 255)
    draw = ImageDraw.Draw(image)
    font = ImageFont.truetype(font_path, round(10 * SCALE))
    for x, top, text in rows:
        draw.text((x * SCALE, top * SCALE), text, fill=0, font=font)
    if ruled:  # a two-column table round the labels and values
        edges = [96.0, 112.0, 128.0, 168.0, 184.0]
        for y in edges:
            draw.line((300 * SCALE, (y - 3) * SCALE, 580 * SCALE, (y - 3) * SCALE), fill=0, width=2)
        for x in (300.0, 420.0, 580.0):
            draw.line((x * SCALE, 93 * SCALE, x * SCALE, 181 * SCALE), fill=0, width=2)
    return PageSource(make_doc(page), [], kept={1: image}), page


TABLE_ROWS = [(306.0, 96.0, "Date:"), (426.0, 96.0, "12 July 2021"), (306.0, 112.0, "Form number:"),
              (426.0, 112.0, "1040"), (306.0, 128.0, "Tax period(s) ended:"), (426.0, 128.0, "12/31/2016"),
              (426.0, 140.0, "12/31/2017"), (426.0, 152.0, "12/31/2018"),
              (306.0, 168.0, "Person to contact:"), (426.0, 168.0, "Ana Ruiz")]
# The page read the cell's first lines as specks and its last line alone.
TABLE_READ = [*(r for r in TABLE_ROWS if r[1] not in (128.0, 140.0) or r[0] == 306.0),
              (426.0, 128.0, "- = y")]
STAMPED_ROWS = [(54.0, 96.0, "SSN: ***-**-6912"), (330.0, 96.0, "Date of this letter: 17 June 2024"),
                (54.0, 110.0, "Form number: 1040-SR"), (330.0, 110.0, "Contact person: Lucinda Pace"),
                (54.0, 124.0, "Tax year(s) ended: 2021, 2022"), (330.0, 124.0, "Telephone: 559-806-4213")]
# The left column's form and periods lines came out as garble (a stamp over them).
STAMPED_READ = [r for r in STAMPED_ROWS if r[0] == 330.0 or r[1] == 96.0] + [
    (54.0, 110.0, "Fom{ nist, fa"), (54.0, 124.0, "Tax | z | 2, 2022")]


@pytest.fixture(scope="module")
def reread_headers() -> dict[str, dict[str, Fact[FieldValue] | None]]:
    """Each layout's facts after the band's readings (one OCR run per layout for the whole module)."""
    found: dict[str, dict[str, Fact[FieldValue] | None]] = {}
    for name, rows, read, font, ruled, date, facts in (
            ("table", TABLE_ROWS, TABLE_READ, SERIF, True, LETTER, {"tax_periods": flagged(years(2018)),
                                                                   "tax_form": None}),
            ("stamped", STAMPED_ROWS, STAMPED_READ, MONO, False, dt.date(2024, 6, 17),
             {"tax_periods": None, "tax_form": None})):
        source, page = _page(rows, read, font, ruled)
        lines = group_lines(page.words)
        layout = layout_of(page, lines, first=True)
        band = header_rereading.header_band(layout, find_labels(lines))
        assert band is not None and band.x0 == 0.0 and band.x1 == 612.0  # the whole width
        found[name] = header_rereading.reread(dict(facts), source, 1, band, date)
    return found


def test_a_list_in_a_ruled_cell_the_page_read_in_part_is_read_whole(
        reread_headers: dict[str, dict[str, Fact[FieldValue] | None]]) -> None:
    # Two clean readings agree and keep the page's one period: sure. The form the page lost: flagged.
    periods = reread_headers["table"]["tax_periods"]
    assert periods is not None and periods.value == years(2016, 2017, 2018) and not periods.needs_review
    form = reread_headers["table"]["tax_form"]
    assert form is not None and form.value == "1040" and form.needs_review


def test_lines_lost_whole_in_the_other_column_are_read_and_flagged(
        reread_headers: dict[str, dict[str, Fact[FieldValue] | None]]) -> None:
    periods = reread_headers["stamped"]["tax_periods"]
    assert periods is not None and periods.value == years(2021, 2022) and periods.needs_review
    form = reread_headers["stamped"]["tax_form"]
    assert form is not None and form.value == "1040-SR" and form.needs_review


@pytest.mark.parametrize(("periods_flagged", "form_flagged", "reread"), [
    (True, False, True), (True, True, True), (False, True, False), (False, False, False)])
def test_only_tax_periods_in_doubt_start_the_header_s_readings(periods_flagged: bool, form_flagged: bool,
                                                              reread: bool) -> None:
    def fact(value: FieldValue, doubt: bool) -> Fact[FieldValue]:
        return flagged(value) if doubt else Fact(value=value, confidence=0.95,
                                                 evidence=Evidence(1, Box(0, 0, 1, 1), "x", "ocr"))

    facts: dict[str, Fact[FieldValue] | None] = {"tax_periods": fact(years(2021), periods_flagged),
                                                 "tax_form": fact("1040", form_flagged)}
    assert header_rereading.needs_rereading(facts) is reread
    assert header_rereading.needs_rereading({**facts, "tax_periods": None}) is True  # lost: read again


def test_a_header_band_needs_two_labels_on_a_scanned_first_page() -> None:
    page = make_page([(306.0, 96.0, "Date: 12 July 2021")], method="ocr", confidence=90.0)
    lines = group_lines(page.words)
    assert header_rereading.header_band(layout_of(page, lines, first=True), find_labels(lines)) is None
    digital = make_page(TABLE_ROWS)
    lines = group_lines(digital.words)
    assert header_rereading.header_band(layout_of(digital, lines, first=True), find_labels(lines)) is None


def _stamped_label_page(rows: list[tuple[float, float, str]]) -> tuple[PageSource, PageView]:
    """A header whose left column's first line the page's reading lost whole, its label under a stamp's
    solid bar (apart 9039 0032: "Social Security Number:" under a receipt stamp, its value clear)."""
    read = [r for r in rows if r[0] == 330.0]
    source, page = _page(rows, read, MONO, ruled=False)
    draw = ImageDraw.Draw(source.reading_image(1))  # type: ignore[arg-type]
    draw.rounded_rectangle((70 * SCALE, 78 * SCALE, 170 * SCALE, 101 * SCALE), radius=4 * SCALE, outline=60,
                           width=round(2 * SCALE))
    font = ImageFont.truetype("/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf", round(11 * SCALE))
    draw.text((80 * SCALE, 86 * SCALE), "RECEIVED", fill=60, font=font)
    return source, page


TIN_ROWS = [(54.0, 96.0, "Social Security Number: ***-**-6912"), (330.0, 96.0, "Date: June 17, 2024"),
            (54.0, 110.0, "Form number: 1040"), (330.0, 110.0, "Contact person: Lucinda Pace"),
            (54.0, 124.0, "Tax year(s) ended: 2021"), (330.0, 124.0, "Telephone: 559-806-4213")]


@pytest.mark.parametrize(("rows", "expected"), [
    (TIN_ROWS, "XXX-XX-6912"),
    # A second masked number in the band (a spouse's, or one whose label is lost too): none is taken.
    ([*TIN_ROWS[:-1], (330.0, 124.0, "Spouse SSN: ***-**-4471")], None),
    ([*TIN_ROWS[:3], (330.0, 110.0, "XXX-XX-4471"), *TIN_ROWS[4:]], None),
])
def test_a_taxpayer_id_lost_whole_is_read_by_its_shape_where_its_label_stays_under_a_stamp(
        rows: list[tuple[float, float, str]], expected: str | None) -> None:
    source, page = _stamped_label_page(rows)
    lines = group_lines(page.words)
    band = header_rereading.header_band(layout_of(page, lines, first=True), find_labels(lines))
    assert band is not None
    facts: dict[str, Fact[FieldValue] | None] = {"taxpayer_id": None, "tax_periods": None, "tax_form": None}
    assert header_rereading.needs_rereading({**facts, "tax_periods": flagged(years(2021))})
    got = header_rereading.reread(facts, source, 1, band, dt.date(2024, 6, 17))["taxpayer_id"]
    if expected is None:
        assert got is None
    else:
        assert got is not None and got.value == expected and got.needs_review
        assert header_rereading.LOST_REASON in got.reasons
