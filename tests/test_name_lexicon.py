"""A scanned name one look-alike letter from a common Census name it is not is flagged, never changed."""

from __future__ import annotations

import dataclasses

import pytest
from said import english
from test_facts_names import spot

from parser.facts import name_lexicon
from parser.facts.fields import read_person, read_taxpayer_name
from parser.facts.name_lexicon import lookalike_doubt, split_name


@pytest.mark.parametrize(("word", "common"), [
    ("Kowaiski", "KOWALSKI"),     # a cracked "l" read as "i" (seed 8086's fax)
    ("Castiiio", None),           # two letters off: too far to say which name was meant
    ("Nquyen", "NGUYEN"),         # in the Census list as a misspelling, far rarer than "Nguyen"
    ("Hamrnond", "HAMMOND"),      # "mm" read "rnm"
    ("Wiliiams", "WILLIAMS"),
    ("Lindgvist", None),          # "Lindqvist" is not in the list either
    ("Mci", "MEI"),               # the bar of an "e" lost on a fax (own seed 6326 0003)
    ("Jamcs", "JAMES"),
    ("Gonzalcz", "GONZALEZ"),
    ("Dubgis", "DUBOIS"),         # an "o" with a fax's streak under it read "g" (own 6345 0075, sure)
    ("Robinsgn", "ROBINSON"),
    ("Vanterpoal", "VANTERPOOL"),  # an "o" read "a" (apart 9054 0077, a fax, sure)
    ("FHIBODEAUX", "THIBODEAUX"),  # a speck left of a "T"'s stem read "F" (apart 9066 0028, 150 dpi, sure)
    ("Margus", "MARCUS"),          # a "c" read "g" (apart 9081, 150 dpi, sure)
])
def test_a_word_one_lookalike_from_a_common_name(word: str, common: str | None) -> None:
    assert name_lexicon.common_lookalike(word) == common


@pytest.mark.parametrize("word", [
    "Kowalski", "Szymanski", "Olszewski", "O'Connell", "Garcia", "Nguyen", "Volk",
    "Hail",       # a real surname (rank 9,827) one look-alike from "Hall": common enough to be taken
    "Ilse",       # a given name in the list is taken as it is
    "Tran", "Lee", "Kim", "Ann", "Mei",  # in the lists
    "Gordon", "Diggs", "Boggs", "Olson",  # an "o" or a "g" in a name the lists hold
    "Adams", "Oakes", "Jordan", "Amato",  # an "a" or an "o" in a name the lists hold
    "Foster", "Taylor", "Fletcher", "Tate",  # an "f" or a "t" in a name the lists hold
    "Gallagher", "Cogan", "McGregor", "Craig",  # a "c" or a "g" in a name the lists hold
    "Wu", "Li",  # too short to judge
])
def test_real_names_are_not_questioned(word: str) -> None:
    assert name_lexicon.common_lookalike(word) is None


# A fax's "e" read "c" in a name in neither list (apart 9028 0071: "Mbeki" read "Mbcki", sure): the "c" stands
# among letters no Census name holds, an "e" among letters many do.
@pytest.mark.parametrize(("word", "mended"), [
    ("Mbcki", "MBEKI"), ("Okcke", "OKEKE"), ("Achcbe", "ACHEBE"),
])
def test_an_e_read_c_among_letters_no_name_holds(word: str, mended: str) -> None:
    assert name_lexicon.unspelled_lookalike(word) == mended
    assert f'"{mended.title()}"' in english((lookalike_doubt(f"Thabo {word}"),))


@pytest.mark.parametrize("word", [
    "Mbeki", "Szymanski", "Oyelaran", "Okonkwo", "Nakashima", "Achterberg", "Villalobos", "Franck",
    "McDonald", "Schmidt", "Lynch", "Kowalczyk", "Petrakis", "Delacroix", "Vukovic", "Iwu",
])
def test_names_whose_c_stands_among_letters_names_hold_are_not_questioned(word: str) -> None:
    assert name_lexicon.unspelled_lookalike(word) is None


def test_a_scanned_contact_name_is_flagged_with_the_name_it_may_be() -> None:
    reading = read_person(spot("Samuel M Kowaiski"))
    assert reading is not None and reading.value == "Samuel M Kowaiski"
    assert '"Kowalski"' in english(reading.doubt)


def test_a_text_layer_is_read_exactly_and_not_questioned() -> None:
    scanned = spot("Samuel M Kowaiski")
    digital = dataclasses.replace(scanned, words=tuple(
        dataclasses.replace(w, method="pdf_text", confidence=None) for w in scanned.words))
    reading = read_person(digital)
    assert reading is not None and reading.doubt == ()


def test_a_scanned_taxpayer_name_is_flagged_too() -> None:
    reading = read_taxpayer_name(spot("PATRICIA K NQUYEN"))
    assert reading is not None and '"Nguyen"' in english(reading.doubt)


@pytest.mark.parametrize(("name", "flagged"), [
    ("STEVEN MBRENNAN", True),   # "M" run into "Brennan" on a fax (seed 6174)
    ("STEVEN M BRENNAN", False),
    ("Mbrennan Steven", False),  # a first word is no surname with an initial before it
    ("Jorge Obrien", False),     # a name of its own in the list
])
def test_an_initial_run_into_a_surname_is_flagged(name: str, flagged: bool) -> None:
    assert (name_lexicon.lookalike_doubt(name) is not None) is flagged


@pytest.mark.parametrize(("first", "second", "joined"), [
    ("Y", "vonne", "YVONNE"), ("J", "anet", "JANET"), ("J", "ANET", "JANET"),
    ("T", "Brown", None), ("S", "Kowalski", None), ("E", "LINDGREN", None),  # an initial and a name
])
def test_a_name_the_scan_split_at_a_letter_gap(first: str, second: str, joined: str | None) -> None:
    assert split_name(first, second) == joined


def test_a_split_name_is_doubted() -> None:
    assert lookalike_doubt("Y vonne Smith") is not None
    assert lookalike_doubt("Carlos S Kowalski") is None


def test_a_scanned_name_split_after_its_capital_is_joined_and_flagged() -> None:
    reading = read_person(spot("J anet M Okafor"))
    assert reading is not None and reading.value == "Janet M Okafor"
    assert "J anet" in english(reading.doubt)
    all_caps = read_person(spot("Y VONNE SMITH"))  # no small letter to show the split: kept, but doubted
    assert all_caps is not None and all_caps.value == "Y VONNE SMITH" and all_caps.doubt != ()


@pytest.mark.parametrize(("word", "broken"), [
    ("AchLerberg", True),   # a fax's "t" read "L", sure (apart 9069 0089)
    ("OyelaRan", True),
    ("KowaLski", False),    # its letters are a name the lists hold: the name is spelled right
    ("McDonald", False), ("MacArthur", False), ("DeLuca", False), ("DiMaggio", False), ("LeBlanc", False),
    ("VanDyke", False),     # a particle before the capital
    ("O'Brien", False),     # a capital after a mark, not after a small letter
    ("JoAnn", False),       # a name the lists hold, however it is written
    ("ACHTERBERG", False), ("Achterberg", False),
])
def test_a_capital_inside_a_word_no_particle_explains_is_a_case_break(word: str, broken: bool) -> None:
    assert name_lexicon.case_break(word) is broken


def test_a_name_with_a_case_break_asks_for_a_check() -> None:
    doubt = lookalike_doubt("Marisol M AchLerberg")
    assert doubt is not None and doubt.code == "value.name_case_break"
    assert "AchLerberg" in english((doubt,))
