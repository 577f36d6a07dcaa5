"""The label table and OCR-tolerant label matching, and line/segment grouping by position."""

from __future__ import annotations

import dataclasses

import pytest
from facts_pages import make_page, words_at

from parser.core.model import Box, Word
from parser.facts.labels import (
    DATE_WORD_ALONE,
    DATE_WORD_BEFORE_DATE,
    LABELS,
    NOT_LABELS,
    OTHER,
    canonical,
    find_labels,
    match_label,
    without_accents,
)
from parser.reading.lines import group_lines, page_text


@pytest.mark.parametrize(("text", "field"), [
    ("Date", "letter_date"), ("Letter Date", "letter_date"), ("Person to contact", "contact_name"),
    ("Ernployee ID nurnber", "contact_employee_id"), ("Te1ephone", "contact_phone"),
    ("Contact telephone number", "contact_phone"), ("Facsimile", "contact_fax"),
    ("Tax Period(s) Ended", "tax_periods"), ("Tax year(s)", "tax_periods"), ("Form Number", "tax_form"),
    ("Taxpayer ldentification Nurnber", "taxpayer_id"), ("SSN", "taxpayer_id"),
    ("Hours of operation", "contact_hours"), ("Appeals Settlement Officer", "contact_name"),
    ("Last Day to File a Petition with the United States Tax Court", "printed_last_day"),
    ("Social Security or Employer Identification Number", "taxpayer_id"), ("SSN/EIN", "taxpayer_id"),
    ("Social Security Number (SSN)", "taxpayer_id"), ("Employer ID Number", "taxpayer_id"),
    ("Toll-Free Number", "contact_phone"), ("Telephone Number (Toll Free)", "contact_phone"),
    ("Type of Tax", "tax_form"), ("Period(s)", "tax_periods"), ("Name and ID Number", "contact_name_id"),
    ("1D Number", "contact_employee_id"), ("Taxpayer Identification", "taxpayer_id"),
])
def test_spellings_and_ocr_damage_match(text: str, field: str) -> None:
    hit = match_label(text, colon=True)
    assert hit is not None and hit[0] == field


@pytest.mark.parametrize(("text", "alone"), [
    ("Date", True), ("DATE:", True), ("Dated", True), ("date;", True), ("Letter Date:", True),
    ("Date of birth", False), ("Date received", False), ("Dates", False), ("Update", False),
    ("Date::", False),
])
def test_the_bare_date_word_as_a_word_of_its_own(text: str, alone: bool) -> None:
    assert (DATE_WORD_ALONE.match(text) is not None) is alone


@pytest.mark.parametrize(("text", "label"), [
    ("Date August 6, 2020", "Date "), ("DateAugust 6, 2020", "Date"), ("DATED 08/06/2020", "DATED "),
    ("Letter date March 3, 2025", "Letter date "), ("Date: August 6, 2020", None), ("Update 5", None),
    ("Date", None),
])
def test_the_bare_date_word_right_before_its_date(text: str, label: str | None) -> None:
    found = DATE_WORD_BEFORE_DATE.match(text)
    assert (found.group() if found else None) == label


@pytest.mark.parametrize("text", ["Tax", "Fix", "Data processing", "Dear", "Hearing"])
def test_short_or_unrelated_words_do_not_match(text: str) -> None:
    hit = match_label(text, colon=False)
    assert hit is None or hit[0] == OTHER


@pytest.mark.parametrize("text", ["Date received", "Received date", "Hearing date", "Taxpayer Advocate",
                                  "In reply refer to", "Reply to"])
def test_not_labels_claim_their_words(text: str) -> None:
    hit = match_label(text, colon=True)
    assert hit is not None and hit[0] == OTHER


def test_every_spelling_matches_its_own_field() -> None:
    for field, variants in LABELS.items():
        for variant in variants:
            hit = match_label(variant, colon=True)
            assert hit is not None and hit[0] == field, variant
    assert all(canonical(v) for v in NOT_LABELS)


def test_longest_label_with_a_colon_wins() -> None:
    lines = group_lines(words_at(330, 40, "Contact telephone number: (213) 555-0142"))
    (label,) = find_labels(lines)
    assert label.field == "contact_phone" and label.colon
    assert label.segment.words[label.end].text == "(213)"


@pytest.mark.parametrize(("text", "field", "value"), [
    ("Tax Period(s) Ended: 202212; 202312", "tax_periods", "202212;"),  # apart seed 9012: a period lost
    ("Tax Year(s): 2019, 2020", "tax_periods", "2019,"),
    ("Employee ID: 4122871178:", "contact_employee_id", "4122871178:"),
    ("Taxpayer(s): 12/31/2021;", "taxpayer_name", "12/31/2021;"),
])
def test_a_value_ending_in_a_colon_or_semicolon_is_no_part_of_its_label(text: str, field: str,
                                                                          value: str) -> None:
    (label,) = find_labels(group_lines(words_at(330, 40, text)))
    assert label.field == field
    assert label.segment.words[label.end].text == value


def test_label_without_colon_must_open_its_segment() -> None:
    in_text = group_lines(words_at(72, 400, "we looked at the date of this letter and the form you sent"))
    assert find_labels(in_text) == ()
    at_start = group_lines(words_at(330, 40, "Date March 3, 2025"))
    assert [m.field for m in find_labels(at_start)] == ["letter_date"]


@pytest.mark.parametrize(("text", "field"), [
    ("tase pewieds:", "tax_periods"), ("Conteet persen:", "contact_name"),
])
def test_a_segment_of_garbled_words_and_a_colon_is_a_label_to_review(text: str, field: str) -> None:
    (label,) = find_labels(group_lines(words_at(330, 40, text, method="ocr")))
    assert (label.field, label.score) == (field, 0.6)


@pytest.mark.parametrize("text", ["Dear John Smith:", "Enclosures:", "Sincerely yours:", "Tax Court:",
                                  "tase pewieds", "Note:"])
def test_garbled_label_needs_its_colon_and_a_close_spelling(text: str) -> None:
    assert find_labels(group_lines(words_at(330, 40, text, method="ocr"))) == ()


def test_receipt_stamp_is_not_a_date_label() -> None:
    lines = group_lines(words_at(330, 40, "Date received: March 9, 2025"))
    assert find_labels(lines) == ()


def test_two_columns_on_one_line_are_two_segments() -> None:
    page = make_page([(54.0, 43.0, "Department of the Treasury"), (330.0, 45.0, "Date:"),
                      (440.0, 44.0, "March 3, 2025")])
    (line,) = group_lines(page.words)
    assert [s.text for s in line.segments] == ["Department of the Treasury", "Date:", "March 3, 2025"]


def test_a_word_space_after_a_short_lowercase_word_is_no_column_gap() -> None:
    # Own generator seed 6607, a TIFF: "a.m." (no ascender) and the dash have short OCR boxes; the word space
    # after them, weighed against those boxes, read as a column gap and cut the hours in two.
    boxes = [("Contact", 306.2, 343.0, 102.7, 108.2), ("Hours:", 349.2, 379.7, 103.0, 108.2),
             ("7:30", 451.7, 471.8, 102.2, 108.2), ("a.m.", 478.3, 497.5, 103.9, 108.2),
             ("-", 505.9, 509.5, 105.4, 106.1), ("4:00", 516.5, 536.6, 102.2, 108.2),
             ("p.m.", 542.9, 562.3, 103.9, 109.7), ("PT", 570.2, 580.3, 103.0, 108.2)]
    words = [Word(text=t, box=Box(x0, top, x1, bottom), page=1, method="ocr", confidence=95.0)
             for t, x0, x1, top, bottom in boxes]
    (line,) = group_lines(words)
    assert [s.text for s in line.segments] == ["Contact Hours:", "7:30 a.m. - 4:00 p.m. PT"]


def test_lines_are_ordered_and_hyphenated_words_rejoined() -> None:
    page = make_page([(72.0, 100.0, "the determi-"), (72.0, 112.0, "nation is final"), (72.0, 124.0, "Low-")])
    lines = group_lines(page.words)
    assert [ln.text for ln in lines] == ["the determi-", "nation is final", "Low-"]
    text = page_text(lines)
    assert text.text == "the determination is final low-"
    start = text.text.index("determination")
    assert [w.text for w in text.words_between(start, start + 5)] == ["determi-"]


def test_a_speck_over_a_value_does_not_split_its_line() -> None:
    # OCR reads a table rule as ":" a little above the value in the cell beside the label.
    page = make_page([(305.0, 151.0, "Contact Person"), (405.0, 152.0, "Rosalind Achterberg")])
    speck = words_at(430.0, 149.0, ":")
    lines = group_lines((*speck, *page.words))
    assert len(lines) == 1
    assert [s.text for s in lines[0].segments][:2] == ["Contact Person", "Rosalind Achterberg"]


def test_a_speck_above_a_label_does_not_take_the_value_beside_it_off_the_label_s_line() -> None:
    # A fax: a speck a little above the label line, and OCR's box for the value beside the label taller
    # than the label (a quote mark read with it), so the value overlaps the speck's line wholly too.
    speck = Word(text="_", box=Box(46.8, 102.2, 48.2, 103.7), page=1, method="ocr", confidence=84.0)
    label = words_at(328.0, 103.7, "Tax periods:", method="ocr")
    value = Word(text='"201712', box=Box(399.8, 101.5, 488.9, 113.8), page=1, method="ocr", confidence=27.0)
    lines = group_lines((speck, *label, value))
    (line,) = [ln for ln in lines if any(w.text == "periods:" for w in ln.words)]
    assert [w.text for w in line.words][-3:] == ["Tax", "periods:", '"201712']


def test_a_long_label_wrapped_over_two_lines_is_one_label() -> None:
    page = make_page([(300.0, 157.0, "Last Day to File a Petition"), (300.0, 168.0, "with the Tax Court:"),
                      (440.0, 168.0, "10/27/2023")])
    (label,) = find_labels(group_lines(page.words))
    assert label.field == "printed_last_day"
    assert label.text == "Last Day to File a Petition with the Tax Court:"


def test_a_damaged_long_label_beats_an_exact_word_inside_it() -> None:
    (label,) = find_labels(group_lines(words_at(330, 40, "Persdn to contact:", method="ocr")))
    assert (label.field, label.text) == ("contact_name", "Persdn to contact:")


def test_an_unknown_label_of_a_text_layer_is_no_garbled_one() -> None:
    # "Date of Levy Notice:" is printed as it is meant: not a damaged "Date of notice:".
    assert find_labels(group_lines(words_at(330, 40, "Date of Levy Notice:"))) == ()
    assert find_labels(group_lines(words_at(330, 40, "Date of Lvey Notce:", method="ocr"))) == ()


@pytest.mark.parametrize(("text", "field", "label"), [
    ("Cincinnati Centralized Innocent Spouse Operatiogppeals Settlement Officer:", "contact_name",
     "gppeals Settlement Officer:"),
    ("Cincinnati Centralized Innocent Spouse Operatiqmontact person:", "contact_name", "montact person:"),
    ("Cincinnati Centralized Innocent Spouse Operatiofergon to Contact:", "contact_name",
     "fergon to Contact:"),
])
def test_a_label_ocr_ran_into_the_word_before_it_is_found_inside_that_word(text: str, field: str,
                                                                            label: str) -> None:
    words = words_at(54, 66, text, method="ocr")
    merged = next(w for w in words if w.text.startswith("Operati"))
    (found,) = find_labels(group_lines(words))
    assert (found.field, found.text) == (field, label)
    # The label starts inside the merged word, where its letters stand, not at the word's start.
    assert merged.box.x0 < found.box.x0 < merged.box.x1


@pytest.mark.parametrize(("text", "labels"), [
    ("We considered your offer and the following:", []),
    ("Cincinnati Centralized Innocent Spouse Operations Date:", ["Date:"]),
])
def test_no_label_is_made_from_inside_an_ordinary_word(text: str, labels: list[str]) -> None:
    found = find_labels(group_lines(words_at(54, 66, text, method="ocr")))
    assert [m.text for m in found] == labels


def test_a_text_layer_word_is_never_cut_for_a_label() -> None:
    words = words_at(54, 66, "Cincinnati Innocent Spouse Operatiogppeals Settlement Officer:")
    assert [m.text for m in find_labels(group_lines(words))] == ["Settlement Officer:"]


def _overreaching(text: str, at: int, reach: int, *, capitals_tall: bool = True) -> list[Word]:
    """The words of `text` on one line, word `at`'s OCR box stretched over the next `reach` words (apart
    seeds 9010-9011: "States" boxed over "Tax Court:", a first name over the rest of the name). Boxes as
    tall as capitals (OCR boxes the ink, not the font's em), or as the font (`capitals_tall` False)."""
    words = words_at(330, 40, text, method="ocr")
    if capitals_tall:
        words = [dataclasses.replace(w, box=dataclasses.replace(w.box, top=w.box.top + 3.0)) for w in words]
    stretched = dataclasses.replace(words[at].box, x1=words[at + reach].box.x1)
    words[at] = dataclasses.replace(words[at], box=stretched)
    return words


@pytest.mark.parametrize(("text", "at", "reach"), [
    ("OLUWASEUN K ABERNETHY", 0, 2),
    ("United States Tax Court: —", 1, 2),
    ("Name: GIULIA E TREMBLAY", 1, 2),
    ("Fax: 267-550-3995", 0, 1),
])
def test_words_inside_a_word_s_overreaching_ocr_box_stay_on_its_line_in_order(text: str, at: int,
                                                                             reach: int) -> None:
    (line,) = group_lines(_overreaching(text, at, reach))
    assert line.text == text
    assert [s.text for s in line.segments] == [text]


@pytest.mark.parametrize(("text", "at", "reach"), [
    ("Hours of operation: Mon-Fri 8am-5pm", 2, 2),
    ("Employee ID number: 1004811678", 2, 1),
    ("Person to contact: Esperanza Oyelaran", 2, 1),
    ("Contact person: Leopold P Szymanski", 1, 2),
])
def test_an_overreaching_box_narrower_than_the_line_height_allows_still_keeps_its_words(
        text: str, at: int, reach: int) -> None:
    """Boxes as tall as the font (a descender in the word: "operation"), so the stretched box is narrower
    than its height allows a letter, but over twice as wide a letter as the words before it (apart seed
    9013 0030, a photo: "Mon-Fri" lost from the hours, which then read as sure)."""
    (line,) = group_lines(_overreaching(text, at, reach, capitals_tall=False))
    assert line.text == text


@pytest.mark.parametrize(("text", "at", "reach"), [
    ("Last Day to File a Petition with the Tax Court:", 0, 2),
    ("Contact Person: Leopold Szymanski", 0, 1),
    ("Hours: Monday through Friday", 0, 1),
    ("Social Security Number: XXX-XX-4821", 0, 1),
])
def test_a_line_s_first_word_boxed_over_the_next_is_judged_by_the_page_s_letters(
        text: str, at: int, reach: int) -> None:
    """The first word of a run has no run before it to be measured against: the page's other words give
    the width of a letter (apart seed 9012 0011, a fax: "Last" boxed over "Day", the printed last day's
    label split over two lines and the date beside it missed)."""
    words = _overreaching(text, at, reach, capitals_tall=False)
    body = words_at(330, 80, "We considered the information you gave us at the hearing and", method="ocr")
    lines = group_lines([*words, *body])
    assert [line.text for line in lines] == [text, " ".join(w.text for w in body)]


@pytest.mark.parametrize("inner", [".", "'", "-"])
def test_a_speck_inside_a_word_s_box_stays_out_of_its_run(inner: str) -> None:
    words = words_at(330, 40, "Kowalski 555-0142", method="ocr")
    box = words[0].box
    speck = Word(text=inner, box=dataclasses.replace(box, x0=box.x0 + 10, x1=box.x0 + 12), page=1,
                 method="ocr", confidence=40.0)
    runs = [s.text for line in group_lines([*words, speck]) for s in line.segments]
    assert "Kowalski 555-0142" in runs


def test_a_word_of_normal_width_does_not_take_a_word_inside_it() -> None:
    words = words_at(330, 40, "MARGARET", method="ocr")
    inside = words_at(340, 40, "Q", method="ocr")
    runs = [s.text for line in group_lines([*words, *inside]) for s in line.segments]
    assert runs.count("MARGARET") == 1 and "MARGARET Q" not in runs


@pytest.mark.parametrize(("text", "at", "lift"), [
    ("Appeals considered your request to report the balance as currently not collectible.", 9, 1.5),
    ("Appeals sustains the filing of the Notice of Federal Tax Lien.", 7, 1.0),
    ("you remain liable for the remaining balance of $16,912.", 3, 2.0),
    ("Contact person: Leopold Szymanski", 2, 1.2),
])
def test_a_word_boxed_over_the_next_on_a_tilted_line_keeps_the_rest_of_the_line_after_it(
        text: str, at: int, lift: float) -> None:
    """A box stretched over the next word, too little to be measured as reaching over it, on a line tilted
    so the words after it sit a little higher: the word inside the stretched box's right half follows it
    on its line (own seed 6324 0056: "not collectible." read as a line above "... report the balance as
    currently", and currently-not-collectible status lost, sure)."""
    words = words_at(72, 500, text, method="ocr")
    stretched = dataclasses.replace(words[at].box, x1=words[at + 1].box.x1)
    words[at] = dataclasses.replace(words[at], box=stretched)
    words[at + 1:] = [dataclasses.replace(w, box=dataclasses.replace(w.box, top=w.box.top - lift,
                                                                      bottom=w.box.bottom - lift))
                      for w in words[at + 1:]]
    (line,) = group_lines(words)
    assert line.text == text


@pytest.mark.parametrize(("text", "plain"), [
    ("Daté OCTOBER 9 2025", "Date OCTOBER 9 2025"), ("Dáte:", "Date:"), ("Taxpayer naméé", "Taxpayer namee"),
    ("Date: March 3, 2025", "Date: March 3, 2025"), ("§§ 6015(b) — ‘x’", "§§ 6015(b) — ‘x’"),
])
def test_accents_a_scan_put_on_letters_are_taken_off_and_offsets_hold(text: str, plain: str) -> None:
    assert without_accents(text) == plain
    assert len(without_accents(text)) == len(text)
    assert canonical(text) == canonical(plain)


def test_a_label_with_a_specks_accent_is_matched() -> None:
    page = make_page([(330.0, 60.0, "Daté of this letter: March 3, 2025")], method="ocr")
    assert [label.field for label in find_labels(group_lines(page.words))] == ["letter_date"]


# apart 9054 0011 (a fax): a speck before "Telephone:" and its "T" read "Y": the phone went unread. A long
# colon-ended label may have its first letter alone misread; a short one, or one with no colon, may not.
@pytest.mark.parametrize(("text", "colon", "field"), [
    ("‘Yelephone:", True, "contact_phone"), ("Eelephone number:", True, "contact_phone"),
    ("Yelephone", False, None), ("Tax:", True, None), ("by telephone:", True, None),
])
def test_a_long_labels_first_letter_alone_misread_still_names_it(text: str, colon: bool,
                                                                  field: str | None) -> None:
    found = match_label(text, colon=colon)
    assert (found[0] if found else None) == field
