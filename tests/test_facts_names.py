"""Values read from the words after their label: the contact's name (suffixes, particles, OCR damage whose
shape makes the repair certain or flags it), and a date's words with nothing of their own."""

from __future__ import annotations

import datetime as dt

import pytest
from said import english

from parser.core.model import Box, Word
from parser.facts.fields import ValueWords, read_form, read_person


def spot(text: str) -> ValueWords:
    words = []
    x = 300.0
    for token in text.split():
        words.append(Word(text=token, box=Box(x, 80.0, x + 6.0 * len(token), 90.0), page=1, method="ocr",
                          confidence=90.0))
        x += 6.0 * len(token) + 4.0
    return ValueWords(words=tuple(words))


@pytest.mark.parametrize(("printed", "name", "doubt"), [
    ("Rafael A. Garcia-Lopez, Jr.", "Rafael A. Garcia-Lopez, Jr.", None),
    ("Thomas E. Mullins III", "Thomas E. Mullins III", None),
    ("Maria E. De La Cruz", "Maria E. De La Cruz", None),
    ("Maria de la Cruz", "Maria de la Cruz", None),
    ("Siobhan M. O'Connell", "Siobhan M. O'Connell", None),
    # A capital read small where the two look alike.
    ("Patricia T whitfield", "Patricia T Whitfield", None),
    ("Keisha N. St. Clair", "Keisha N. St. Clair", None),
    # A speck stuck to an initial.
    ("Gloria K: Lindqvist", "Gloria K Lindqvist", None),
    ("Carlos S$ Brennan", "Carlos S Brennan", None),
    # An initial S read as a dollar sign: likely, not certain.
    ("Maria $' Castillo", "Maria S Castillo", "taken for \"S\""),
    # A capital I read as a small l in a sans-serif fax (apart seed 9005: "Leopold F lwu"); "la" stays.
    ("Leopold F lwu", "Leopold F Iwu", "read as a small"),
    ("Maria la Cruz", "Maria la Cruz", None),
    # ... or as a small i by a fax (apart 9049 0017: "Lucinda S. iwu" read "Lucinda S"); "is" ends a name.
    ("Lucinda S. iwu", "Lucinda S. Iwu", "read as a small"),
    ("Emeka ivanova", "Emeka Ivanova", "read as a small"),
    ("Maria Gonzalez is", "Maria Gonzalez", None),
    # ... or as a square bracket by a serif scan (apart seed 9018: "REGINALD J [WU"), never a first word.
    ("REGINALD J [WU", "REGINALD J IWU", "read as a mark"),
    ("Leopold ]wu", "Leopold Iwu", "read as a mark"),
    ("Maria [to", "Maria Ito", "read as a mark"),
    # ... or as a section sign (apart seed 9012: "Esperanza § Oyelaran").
    ("Esperanza § Oyelaran", "Esperanza S Oyelaran", "taken for \"S\""),
    # A digit read for a letter of like shape at a word's start or inside it (apart seed 9010: "Duncan M
    # 8lackwood"); read back, and flagged.
    ("Duncan M 8lackwood", "Duncan M Blackwood", "a mark read for a letter"),
    ("DUNCAN M 8LACKWOOD", "DUNCAN M BLACKWOOD", "a mark read for a letter"),
    ("Samuel M Kowa1ski", "Samuel M Kowalski", "a mark read for a letter"),
    ("Consuelo F 0duya", "Consuelo F Oduya", "a mark read for a letter"),
    ("ANDERS 5ANDOVAL", "ANDERS SANDOVAL", "a mark read for a letter"),
    # A final "!" is an "l" cut at its foot when only the name with the "l" is in the Census lists
    # (apart seeds 9013, 9015: "Harold Vanterpoo!"); else a speck after the word, dropped.
    ("Harold Vanterpoo!", "Harold Vanterpool", "a mark read for a letter"),
    ("REGINALD G VANTERPOO!", "REGINALD G VANTERPOOL", "a mark read for a letter"),
    ("Anders Kowal!", "Anders Kowal", None),  # both in the lists: the mark is dropped
    ("Maria Gonzalez!", "Maria Gonzalez", None),
    ("Ana Ruiz!", "Ana Ruiz", None),
    # A speck stuck before a later word of the name (apart seed 9010: "Rosalind -Adeyemi", read as no name):
    # left out, and flagged (it may be a lost letter); a hyphen or an apostrophe inside a word stays.
    ("Rosalind -Adeyemi", "Rosalind Adeyemi", "may be a lost letter"),
    ("ROSALIND K. —ADEYEMI", "ROSALIND K. ADEYEMI", "may be a lost letter"),
    ("Maria ~Castillo", "Maria Castillo", "may be a lost letter"),
    ("Yvette H ‘Nakashima", "Yvette H Nakashima", "may be a lost letter"),
    # ... or between an initial and the surname read as one word (own 6344 0038: "Latoya L,Esposito'" read
    # "Latoya L"): parted, and flagged; a hyphen joins two names, no initial.
    ("Latoya L,Esposito", "Latoya L Esposito", "may be a lost letter"),
    ("GREGORY H.HARRINGTON", "GREGORY H HARRINGTON", "may be a lost letter"),
    ("Mary Smith-Jones", "Mary Smith-Jones", None),
    ("Sean O'Brien", "Sean O'Brien", None),
    # A speck read as an accent on a name the Census lists know without it (apart seed 9018: "|Béatriz Iwu",
    # read as no name): read without it, flagged; a name the lists do not know plain keeps its accent.
    ("|Béatriz Iwu", "Beatriz Iwu", "read with an accent"),
    ("Rosalind H Mbékì", "Rosalind H Mbékì", "read with an accent or mark"),
    ("ROSALÍND H MBEKI", "ROSALIND H MBEKI", "read with an accent"),
    # A true accent on a scan cannot be told from a speck: a plain name the lists know is read, flagged.
    ("José Núñez", "Jose Núñez", "read with an accent"),
    # What ends a name.
    ("Maria Gonzalez, Settlement Officer", "Maria Gonzalez", None),
    ("Maria Gonzalez 1000123", "Maria Gonzalez", None),  # a number, not a marked word
    ("Maria Gonzalez Rm12", "Maria Gonzalez", None),  # a digit ends no name word
    ("Maria Gonzalez! ID 1000123456", "Maria Gonzalez", None),  # a speck after a name: no letter of it
    ("Maria Gonzalez ID 1000123456", "Maria Gonzalez", None),
])
def test_names_are_read_as_printed(printed: str, name: str, doubt: str | None) -> None:
    reading = read_person(spot(printed))
    assert reading is not None
    assert reading.value == name
    if doubt is None:
        assert reading.doubt == ()
    else:
        assert doubt in english(reading.doubt)


def test_a_suffix_is_part_of_the_evidence() -> None:
    reading = read_person(spot("Rafael A. Garcia-Lopez, Jr."))
    assert reading is not None and [w.text for w in reading.words][-1] == "Jr."


@pytest.mark.parametrize("printed", ["Patricia T", "Maria * Castillo"])
def test_a_name_that_may_have_lost_a_letter_is_flagged(printed: str) -> None:
    reading = read_person(spot(printed))
    assert reading is not None and reading.doubt != ()


@pytest.mark.parametrize("printed", ["Appeals Office", "the lien", "1000123456"])
def test_words_that_are_no_name_give_none(printed: str) -> None:
    assert read_person(spot(printed)) is None


def test_a_value_of_no_words_with_lines_under_it_reads_no_date() -> None:
    # A second reading's strip whose first line held only specks: nothing of its own to wrap.
    from parser.facts.fields import read_date

    assert read_date(ValueWords(words=(), following=(spot("2024").words,))) is None


@pytest.mark.parametrize(("printed", "ends", "flagged"), [
    ("June 15, 2022", None, False),  # no period ends mid-month: another date
    ("12/31/2019, 06/15/2020", (dt.date(2019, 12, 31), dt.date(2020, 6, 15)), True),
    ("12/31/2019, 06/30/2020", (dt.date(2019, 12, 31), dt.date(2020, 6, 30)), False),
    # Digits beside the periods that none took: a period may be lost.
    ("12/31/2019 1/2/3", (dt.date(2019, 12, 31),), True),
])
def test_tax_periods_end_on_a_month_s_last_day(printed: str, ends: tuple[dt.date, ...] | None,
                                               flagged: bool) -> None:
    from parser.facts.fields import read_periods

    reading = read_periods(spot(printed))
    assert (None if reading is None else reading.value) == ends
    assert reading is None or bool(reading.doubt) == flagged


@pytest.mark.parametrize(("printed", "doubtful"), [("400", True), ("4040", True), ("1040", False),
                                                   ("1040-SR", False), ("941", False), ("CT-1", False)])
def test_a_scanned_form_number_that_is_no_tax_return_is_flagged(printed: str, doubtful: bool) -> None:
    # ind107: "1040" on a phone photo read "400".
    from parser.facts.fields import read_form

    reading = read_form(spot(printed))
    assert reading is not None and reading.value == printed
    assert bool(reading.doubt) is doubtful


@pytest.mark.parametrize(("printed", "name"), [
    ("SIOBHAN A MWANGI-PETERSEN Taxpayer ID", "SIOBHAN A MWANGI-PETERSEN"),  # ind102's tight grid
    ("ROSA E OKAFOR Tax period", "ROSA E OKAFOR"),
    ("MARISOL E QUINTANILLA-BOATENG XXX-XX-9052", "MARISOL E QUINTANILLA-BOATENG"),  # ind103's Form 886-A
    ("ROSA E OKAFOR", "ROSA E OKAFOR"),
    ("KESTREL ROOFING & SIDING INC", "KESTREL ROOFING & SIDING INC"),
])
def test_a_taxpayer_name_ends_where_another_label_begins(printed: str, name: str) -> None:
    from parser.facts.fields import read_taxpayer_name

    reading = read_taxpayer_name(spot(printed))
    assert reading is not None and reading.value == name


@pytest.mark.parametrize(("printed", "name"), [
    ("Lucinda, Tremblay", "Lucinda Tremblay"),  # apart 9042 0028: a speck between the words read as a comma
    ("Clifford E., Quintero", "Clifford E. Quintero"),  # apart 9035 0095: an initial's period read ".,"
    ("Emeka; Iwu", "Emeka Iwu"),
])
def test_a_comma_a_scan_put_after_a_given_name_or_initial_is_left_out_and_flagged(printed: str,
                                                                                  name: str) -> None:
    reading = read_person(spot(printed))
    assert reading is not None and reading.value == name
    assert "a mark inside the name may be a lost letter" in english(reading.doubt)


@pytest.mark.parametrize(("printed", "name"), [
    ("Ana Ruiz, Settlement Officer", "Ana Ruiz"),  # a title after the surname's comma
    ("Rafael A. Garcia-Lopez, Jr.", "Rafael A. Garcia-Lopez, Jr."),
    ("Ana Maria Ruiz, Appeals", "Ana Maria Ruiz"),
])
def test_a_comma_after_a_surname_still_ends_the_name(printed: str, name: str) -> None:
    reading = read_person(spot(printed))
    assert reading is not None and reading.value == name


@pytest.mark.parametrize(("printed", "cut"), [("1040-", True), ("1040–", True), ("1040-SR", False),
                                              ("1040", False), ("1040- SR", True)])  # "SR" not taken: flagged
def test_a_scanned_form_read_with_a_dash_and_nothing_after_it_is_flagged(printed: str, cut: bool) -> None:
    """apart 9046 0086: "1040-SR" read "1040-", the suffix lost; the form was taken sure as "1040"."""
    reading = read_form(spot(printed))
    assert reading is not None and reading.value.startswith("1040")  # type: ignore[union-attr]
    assert ("value.form_cut" in [d.code for d in reading.doubt]) is cut
