"""A scanned name the readings disagree on, settled by more readings of its strip: what a majority may take,
what it never makes up, and that only a disputed name costs an OCR call."""

from __future__ import annotations

import dataclasses
import random
from collections.abc import Sequence

import pytest
from facts_pages import make_doc, make_page, words_at
from PIL import Image, ImageDraw, ImageFont

from annotate.styles import register_fonts
from parser.core.model import Box, Evidence, Fact, PageView, Word
from parser.core.notes import note
from parser.facts import name_rereading
from parser.facts.header import PageLayout, layout_of
from parser.facts.name_rereading import Vote, majority, settled_fact, strip_votes, tokens
from parser.reading.lines import group_lines
from parser.reading.page_source import PageSource

LINE_1, LINE_2 = "one line at 300 dpi", "one line at 400 dpi"


def _votes(page: str, *others: tuple[str, str]) -> list[Vote]:
    return [Vote(page, "page"), *(Vote(value, source) for value, source in others)]


@pytest.mark.parametrize(("votes", "settled"), [
    # One letter misread by two of the readings, read right by two of another kind.
    (_votes("CONSUBLO J QUINTERO", ("CONSUELO J QUINTERO", "strip"), ("CONSUELO J QUINTERO", LINE_1),
            ("CONSUBLO J QUINTERO", LINE_2)), "CONSUELO J QUINTERO"),
    (_votes("Leapold P Szymanski", ("Leopold P Szymanski", "strip"), ("Leopold P Szymanski", LINE_1)),
     "Leopold P Szymanski"),
    (_votes("Henrietta Blackwood", ("Henrietla Blackwood", "strip"), ("Henrietta Blackwood", LINE_2)),
     "Henrietta Blackwood"),
    # A last word cut at a line's or a cell's end: the cut reading counts for the longer one it begins.
    (_votes("Bernard P. Aberneth", ("Bernard P. Abernethy", LINE_1), ("Bernard P. Abernethy", LINE_2)),
     "Bernard P. Abernethy"),
    (_votes("Harold Vanterpoo", ("Harold Vanterpool", LINE_1), ("Harold Vanterpool", LINE_2)),
     "Harold Vanterpool"),
    # A label's tail or a speck read into the name, which the other readings cut short differently.
    (_votes("N Ngozi", ("Ngozi B Oye", "strip"), ("Ngozi B Oyelaran", LINE_1), ("Ngozi B Oyelaran", LINE_2)),
     "Ngozi B Oyelaran"),
    (_votes("r Mei A Ferreira", ("Mei A Ferreira", LINE_1), ("Mei A Ferreira", LINE_2)), "Mei A Ferreira"),
    # The same letters, split differently: the Census lists say which spacing is a name.
    (_votes("Y VETTE FAIRWEATHER", ("YVETTE FAIRWEATHER", LINE_1), ("Y VETTE FAIRWEATHER", LINE_2)),
     "YVETTE FAIRWEATHER"),
    (_votes("Steven MBrennan", ("Steven M Brennan", LINE_1)), "Steven M Brennan"),
    # An initial the one-line readings both doubled, a surname the page cut short: word by word, the lone
    # initial and the one surname the lists know are taken.
    (_votes("Bernard P. Aberneth", ("Bernard Pp. Abernethy", LINE_1), ("Bernard Pp. Abernethy", LINE_2)),
     "Bernard P. Abernethy"),
    # The letter's text names the contact too.
    (_votes("Svetiana K Petrakis", ("Svetlana K Petrakis", "text"), ("Svetlana K Petrakis", LINE_1)),
     "Svetlana K Petrakis"),
    # A speck read as a stop inside a word parts no words (apart 9059 0033, a clean Times scan).
    (_votes("OL.UWASEUN W. IWU", ("OLUWASEUN W. IWU", LINE_1), ("OLUWASEUN W. IWU", LINE_2)),
     "OLUWASEUN W. IWU"),
    (_votes("Ngozi K. Fair,weather", ("Ngozi K. Fairweather", LINE_1)), "Ngozi K. Fairweather"),
    # A small "l" among capitals is a misread capital: the reading with the capital there counts it
    # (apart 9059 0072, a photo's "MEl OYELARAN").
    (_votes("MEl OYELARAN", ("MEI OYELARAN", LINE_1), ("MEI OYELARAN", LINE_2)), "MEI OYELARAN"),
    (_votes("KOWALSKl J MEI", ("KOWALSKI J MEI", LINE_1)), "KOWALSKI J MEI"),
])
def test_readings_of_two_kinds_settle_a_name(votes: list[Vote], settled: str) -> None:
    assert majority(votes) == settled


@pytest.mark.parametrize("votes", [
    # Only readings of one kind agree, against the page, and the lists know neither surname.
    _votes("Giulia Kowalczyx", ("Giulia Kowalczyz", LINE_1), ("Giulia Kowalczyz", LINE_2)),
    # Every reading says something else.
    _votes("Giulia Saymanaki", ("Giulia Sxymanski", "strip"), ("Giulla Szymanskl", LINE_1)),
    # Two names of two kinds each: no majority.
    _votes("Rosa Marquez", ("Rosa Marquez", LINE_1), ("Rosa Marques", "strip"), ("Rosa Marques", "text")),
    # One reading alone.
    _votes("Leapold P Szymanski"),
    # Words of equal support both known names: the lists cannot break the tie.
    _votes("Karen Hall", ("Karen Hail", LINE_1)),
    # A small "l" in a name in small letters is a letter like any other.
    _votes("Mel Oyelaran", ("Mei Oyelaran", LINE_1), ("Mei Oyelaran", LINE_2)),
])
def test_nothing_settles_readings_that_do_not_agree(votes: list[Vote]) -> None:
    assert majority(votes) is None


def test_a_small_l_among_capitals_two_readings_read_two_ways_is_counted_for_neither() -> None:
    """Not for the "I" one line read: the letters the page and the other line share ("ANNLKA") settle,
    as the page spelled them, and the fact stays as it was."""
    votes = _votes("ANNlKA M TEO", ("ANNIKA M TEO", LINE_1), ("ANNLKA M TEO", LINE_2))
    assert majority(votes) == "ANNlKA M TEO"


def test_a_settled_name_is_only_ever_made_of_words_some_reading_gave() -> None:
    names = ["Ngozi B Oyelaran", "Ngozi Oyelaran", "N Ngozi", "Ngozl B Oyelaran", "Ngozi B Oye",
             "Ngozi 8 Oyelaran", "NGOZI B OYELARAN", "Ngozi B. Oyeiaran"]
    sources = ["page", "strip", "text", LINE_1, LINE_2]
    draw = random.Random(16)
    for _ in range(400):
        votes = [Vote(draw.choice(names), draw.choice(sources)) for _ in range(draw.randint(1, 5))]
        settled = majority(votes)
        if settled is not None:
            read = {word for vote in votes for word in tokens(vote.value)}
            assert set(tokens(settled)) <= read, (votes, settled)


NAME_BOX = Box(440, 100, 500, 108)


def _fact(value: str, *reasons: str, method: str = "ocr", box: Box = NAME_BOX) -> Fact[str]:
    evidence = Evidence(page=1, box=box, text=value, method=method, ocr_confidence=80.0)  # type: ignore[arg-type]
    return Fact(value=value, confidence=0.5, evidence=evidence, needs_review=bool(reasons),
                reasons=tuple(note(code, value="x") if code == "scan.second_reading" else note(code)
                              for code in reasons))


def test_a_settled_name_stays_flagged_and_says_what_it_outvoted() -> None:
    fact = _fact("Leapold P Szymanski", "scan.second_reading")
    votes = _votes("Leapold P Szymanski", ("Leopold P Szymanski", "strip"), ("Leopold P Szymanski", LINE_1))
    settled = settled_fact(fact, votes)
    assert settled.value == "Leopold P Szymanski"
    assert settled.needs_review and settled.confidence <= 0.5
    reason = settled.reasons[-1]
    assert reason.code == "scan.name_settled"
    assert dict(reason.values)["outvoted"] == "Leapold P Szymanski" and dict(reason.values)["votes"] == 2


def test_an_unsettled_name_is_left_as_the_first_reading_gave_it() -> None:
    fact = _fact("Giulia Saymanaki", "scan.second_reading")
    assert settled_fact(fact, _votes("Giulia Saymanaki", ("Giulia Sxymanski", "strip"))) is fact


def _rare(value: str, part: str, common: str) -> Fact[str]:
    fact = _fact(value)
    return dataclasses.replace(fact, needs_review=True,
                               reasons=(note("value.name_rare", part=part, common=common),))


# apart 9045-9049 (faxes): "Svetiana", "Delacrolx" in every reading, a cracked "l" read "i" or the other way.
@pytest.mark.parametrize(("value", "part", "common", "votes", "taken"), [
    ("Svetiana H Mbeki", "Svetiana", "Svetlana",
     [("Svetiana H Mbeki", "strip"), ("Svetiana H Mbeki", LINE_1)], "Svetlana H Mbeki"),
    ("MARCUS DELACROLX", "DELACROLX", "Delacroix",
     [("MARCUS DELACROLX", LINE_1), ("MARCUS DELACROLX", LINE_2), ("MARCUS DELACROLX", "strip")],
     "MARCUS DELACROIX"),
    # An "e" that lost its bar read "c" in every reading (apart 9028 0071's "Mbcki").
    ("Wendell P Mbcki", "Mbcki", "Mbeki",
     [("Wendell P Mbcki", "strip"), ("Wendell P Mbcki", LINE_1)], "Wendell P Mbeki"),
    # The page's reading alone: nothing taken.
    ("Svetiana H Mbeki", "Svetiana", "Svetlana", [], None),
    # A reading gives the listed spelling: the readings disagree, and only a majority settles them.
    ("Svetiana H Mbeki", "Svetiana", "Svetlana",
     [("Svetiana H Mbeki", "strip"), ("Svetlana H Mbeki", LINE_1)], None),
    # Split one kind against one, the page's against the one-line readings: the lists break the tie
    # (apart 9066 0065, a fax: "Oyclaran" on the page, "Oyelaran" read as one line at 300 and 400 dpi).
    ("Bernard Oyclaran", "Oyclaran", "Oyelaran",
     [("Bernard Oyelaran", LINE_1), ("Bernard Oyelaran", LINE_2)], "Bernard Oyelaran"),
    # ... but not where the one-line readings themselves split.
    ("Bernard Oyclaran", "Oyclaran", "Oyelaran",
     [("Bernard Oyelaran", LINE_1), ("Bernard Oyclaran", LINE_2)], None),
    # Another look-alike than "l" and "i" ("rn" and "m"): flagged, never changed.
    ("Carla Wiliarns", "Wiliarns", "Wiliams",
     [("Carla Wiliarns", "strip"), ("Carla Wiliarns", LINE_1)], None),
])
def test_a_cracked_l_every_reading_agrees_on_takes_the_listed_spelling_flagged(
        value: str, part: str, common: str, votes: list[tuple[str, str]], taken: str | None) -> None:
    fact = _rare(value, part, common)
    result = name_rereading.lookalike_taken(fact, _votes(value, *votes))
    assert result.value == (taken or value) and result.needs_review
    assert ("value.name_lookalike_taken" in [r.code for r in result.reasons]) is (taken is not None)


@pytest.mark.parametrize(("fact", "disputed"), [
    (_fact("Leapold P Szymanski", "scan.second_reading"), True),
    (_fact("Bernard P. Aberneth", "scan.hard_here"), True),
    (_fact("Y VETTE FAIRWEATHER", "value.name_split"), True),
    (_fact("Maria Gonzalez"), False),  # the readings agreed
    (_fact("Maria Gonzalez", "scan.doubtful_page"), False),  # flagged for its page, not its letters
    (_fact("Leapold P Szymanski", "scan.second_reading", method="pdf_text"), False),  # a text layer is exact
])
def test_only_a_scanned_name_in_dispute_is_read_again(fact: Fact[str], disputed: bool) -> None:
    assert name_rereading.disputed(fact) is disputed


# A page image at 150 dpi with a contact name printed at (440, 100) in points.
KEPT_DPI = 150.0
NAME = "Bernard P Abernethy"


def _scan(*, next_column: bool = False, stretched: bool = False) -> tuple[PageSource, Fact[str]]:
    scale = KEPT_DPI / 72.0
    image = Image.new("L", (round(612 * scale), round(792 * scale)), 255)
    font = ImageFont.truetype(register_fonts()[0], round(10 * scale))
    ImageDraw.Draw(image).text((round(440 * scale), round(100 * scale)), NAME, font=font, fill=0)
    # The page's OCR read the first two words and the surname cut short, then a speck right after them.
    read = [*words_at(440, 100, "Bernard P", method="ocr"), *words_at(485, 100, "Aberneth", method="ocr")]
    if next_column:
        read += words_at(580, 100, "Tax", method="ocr")  # far right: another column's word, not the name's
    page = PageView(number=1, width=612.0, height=792.0, method="ocr", words=tuple(read))
    name_box = Box(440, 100, 480, 110)  # the first reading stopped after the initial
    if stretched:  # the surname's garbled reading boxed up over a speck 8 points above the line
        read = [*read[:-1], dataclasses.replace(read[-1], text="apkansedt", box=Box(485, 92, 525, 110))]
        name_box = Box(440, 92, 525, 110)
    return PageSource(make_doc(page), [], {1: image}), _fact("Bernard P", "scan.hard_here", box=name_box)


class _Spy:
    def __init__(self) -> None:
        self.crops: list[tuple[int, int, float]] = []

    def __call__(self, crop: Image.Image, dpi: float) -> tuple[Word, ...]:
        self.crops.append((crop.width, crop.height, dpi))
        return tuple(words_at(10, 5, NAME, method="ocr"))


def test_the_strip_read_again_takes_in_the_words_run_on_after_the_name() -> None:
    pages, fact = _scan()
    spy = _Spy()
    votes = strip_votes("contact_name", fact, pages, ocr=spy)
    assert [v.value for v in votes] == [NAME, NAME]
    # The strip at both resolutions, then the line under "Bernard P" (a name stopping on an initial).
    assert [dpi for _w, _h, dpi in spy.crops] == [300.0, 400.0, 300.0, 400.0]
    # 440 - 0.8 line .. "Aberneth"'s end (525) + 8 lines, at 300 dpi: the whole surname and room for more.
    width, height, _ = spy.crops[0]
    assert width == pytest.approx((525 + 80 - 432) * 300 / 72, abs=6)
    assert height == pytest.approx((10 + 9) * 300 / 72, abs=6)


def test_a_word_stretched_over_a_speck_does_not_take_the_lines_around_into_the_strip() -> None:
    """apart 9040 0016: "Blackwood" read "apkansedt" and boxed up over a speck (113-129 on a line of
    121-128): the strip is the line's band, padded, not the stretched box's."""
    pages, fact = _scan(stretched=True)
    spy = _Spy()
    strip_votes("contact_name", fact, pages, ocr=spy)
    _w, height, _dpi = spy.crops[0]
    assert height == pytest.approx((10 + 9) * 300 / 72, abs=6)


def test_a_word_a_column_away_is_not_taken_into_the_strip() -> None:
    pages, fact = _scan(next_column=True)
    spy = _Spy()
    strip_votes("contact_name", fact, pages, ocr=spy)
    width, _h, _dpi = spy.crops[0]
    assert width < (580 - 432) * 300 / 72


@pytest.fixture(scope="module")
def real_readings() -> list[Vote]:
    """The name's strip read by Tesseract at both resolutions (shared by the tests below)."""
    pages, fact = _scan()
    return strip_votes("contact_name", fact, pages)


def test_real_readings_of_a_name_cut_short_read_it_whole(real_readings: Sequence[Vote]) -> None:
    assert [tokens(v.value) for v in real_readings] == [tokens(NAME)] * 2


def test_real_readings_settle_the_cut_name_with_the_page_s_reading(real_readings: Sequence[Vote]) -> None:
    votes = [Vote("Bernard P Aberneth", "page"), *real_readings]
    assert tokens(majority(votes) or "") == tokens(NAME)


@pytest.mark.parametrize(("value", "part", "greeted", "strip", "settled"), [
    ("CONSUELO F QDUYA", "QDUYA", "ODUYA", "CONSUELO F ODUYA", "CONSUELO F ODUYA"),
    ("LEAPOLD P SZYMANSKI", "LEAPOLD", "LEOPOLD", "LEOPOLD P SZYMANSKI", "LEOPOLD P SZYMANSKI"),
    ("LEAPOLD P SZYMANSKI", "LEAPOLD", "LEOPOLD", "LEAPOLD P SZYMANSKI", "LEAPOLD P SZYMANSKI"),
])
def test_the_salutation_s_spelling_of_a_word_is_one_more_reading(
        value: str, part: str, greeted: str, strip: str, settled: str) -> None:
    reasons = (note("scan.second_reading", value=strip),
               note("value.name_salutation_differs", part=part, greeted=greeted))
    evidence = Evidence(page=1, box=NAME_BOX, text=value, method="ocr")
    fact = Fact(value=value, confidence=0.5, evidence=evidence, needs_review=True, reasons=reasons)
    votes = name_rereading.earlier_votes(fact)
    assert [v.source for v in votes] == ["page", "strip", "salutation"]
    assert votes[2].value == value.replace(part, greeted)
    assert majority(votes) == settled


@pytest.mark.parametrize(("votes", "settled"), [
    # The same letters, no spelling all known: the one more kinds give, then the one with more words.
    (_votes("Negozi B Brannigan", ("Ngozi B Brannigan", "salutation"), ("NgoziB Brannigan", LINE_1),
            ("NgoziB Brannigan", LINE_2)), "Ngozi B Brannigan"),
    (_votes("Chidiebere O Nwankwo", ("ChidiebereO Nwankwo", LINE_1)), "Chidiebere O Nwankwo"),
    (_votes("Oyelaran Ngozi", ("Oyelaran Ngozi", "strip"), ("OyelaranNgozi", LINE_1)), "Oyelaran Ngozi"),
])
def test_a_lost_space_is_put_back(votes: list[Vote], settled: str) -> None:
    assert majority(votes) == settled


@pytest.mark.parametrize("votes", [
    _votes("ANNIKA M. eee", ("ANNIKA M. Teo", LINE_1)),  # a known name against garble is no tie to break
    _votes("Giulia xqz", ("Giulia Rossi", LINE_1), ("Giulia Rossi", LINE_2)),
])
def test_the_lists_never_pick_a_name_over_garble(votes: list[Vote]) -> None:
    assert majority(votes) is None


@pytest.mark.parametrize(("votes", "settled"), [
    # A name cut after its first words (a stamp, a line's end) and the salutation's reading of it whole.
    (_votes("ESPERANZA", ("ESPERANZA L NAKASHIMA", "salutation"), ("ESPERANZRTEIORICASHIMA", LINE_1),
            ("ESPERANZREIORASHIMA", LINE_2)), "ESPERANZA L NAKASHIMA"),
    (_votes("Duncan M", ("Duncan M Blackwood", LINE_1), ("Duncan M Blackwood", LINE_2)),
     "Duncan M Blackwood"),
    (_votes("HENRIETTA J", ("HENRIETTA J SZYMANSKI", "salutation")), "HENRIETTA J SZYMANSKI"),
])
def test_a_name_cut_after_its_first_words_takes_the_one_reading_it_begins(votes: list[Vote], settled: str
                                                                          ) -> None:
    assert majority(votes) == settled


def test_a_cut_name_that_begins_two_longer_readings_settles_nothing() -> None:
    votes = _votes("Maria", ("Maria Gonzalez", LINE_1), ("Maria Gomez", "salutation"))
    assert majority(votes) is None


def _first_page(rows: list[tuple[float, float, str]]) -> PageLayout:
    page = make_page(rows, method="ocr")
    return layout_of(page, group_lines(page.words), first=True)


def test_the_salutation_read_apart_from_the_name_is_a_reading_of_it() -> None:
    layout = _first_page([(72.0, 130.0, "ESPERANZA"), (72.0, 240.0, "Dear ESPERANZA L NAKASHIMA:")])
    block = layout.lines[0].words[0].box
    fact = _fact("ESPERANZA", "scan.hard_here", box=block)
    vote = name_rereading.salutation_vote(fact, layout)
    assert vote == Vote("ESPERANZA L NAKASHIMA", "salutation")
    # The name read from the salutation itself has no second reading there.
    greeting = Box(100.0, 240.0, 230.0, 250.0)
    assert name_rereading.salutation_vote(_fact("ESPERANZA L NAKASHIMA", "scan.hard_here", box=greeting),
                                           layout) is None


class _Lines:
    """Each call reads the next of `texts` (the name's strip at each resolution, then the line under it)."""

    def __init__(self, *texts: str) -> None:
        self.texts = list(texts)
        self.crops: list[tuple[int, int, float]] = []

    def __call__(self, crop: Image.Image, dpi: float) -> tuple[Word, ...]:
        self.crops.append((crop.width, crop.height, dpi))
        return tuple(words_at(10, 5, self.texts.pop(0), method="ocr")) if self.texts else ()


def _initial_end() -> tuple[PageSource, Fact[str]]:
    pages, _ = _scan()
    return pages, _fact("Clifford M.", "value.name_initial_end", box=Box(440, 100, 480, 110))


@pytest.mark.parametrize("under", [["Fairweather", "Fairweather"], ["| Fairweather", "Fairweather j"]])
def test_a_surname_a_cell_wrapped_under_a_name_stopping_on_its_initial_is_voted_for(under: list[str]) -> None:
    """apart 9041 0046: "Clifford M." / "Fairweather" in a ruled cell; the page read the second line as
    garble and every strip of the first line stops at the initial."""
    pages, fact = _initial_end()
    reader = _Lines("Clifford M.", "Clifford M.", *under)
    votes = strip_votes("contact_name", fact, pages, ocr=reader)
    assert [v.value for v in votes] == ["Clifford M. Fairweather"] * 3
    # The line under: below the name's box (its bottom at 110), read at both resolutions.
    assert [dpi for _w, _h, dpi in reader.crops] == [300.0, 400.0, 300.0, 400.0]
    settled = settled_fact(fact, [Vote(str(fact.value), "page"), *votes])
    assert settled.value == "Clifford M. Fairweather" and settled.needs_review


@pytest.mark.parametrize("under", [["Fairweather", "Fairwcather"], ["Fairweather", "pat eae hae"],
                                   ["ID Number:", "ID Number:"], ["5291247090", "5291247090"], []])
def test_a_line_under_read_two_ways_garbled_or_no_name_adds_nothing(under: list[str]) -> None:
    pages, fact = _initial_end()
    votes = strip_votes("contact_name", fact, pages, ocr=_Lines("Clifford M.", "Clifford M.", *under))
    assert [v.value for v in votes] == ["Clifford M", "Clifford M"]


def test_a_name_not_stopping_on_an_initial_reads_no_line_under() -> None:
    pages, _ = _scan()
    reader = _Lines("Bernard P Abernethy", "Bernard P Abernethy", "Fairweather", "Fairweather")
    strip_votes("contact_name", _fact("Bernard Abernethy", "scan.hard_here"), pages, ocr=reader)
    assert len(reader.crops) == 2
