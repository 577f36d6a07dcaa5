"""A scanned letter date read sure, checked digit by digit against the rival digits Tesseract weighed
(own 6350 0084, a fax: "04/05/2024" read "04/08/2024" by every reading, its deadlines three days late)."""

from __future__ import annotations

import datetime as dt

import pytest
from PIL import Image

from parser.core.model import Box, Evidence, Fact
from parser.facts import date_digit_rivals
from parser.facts.letter_date import LetterDate
from parser.reading.tesseract import Glyph, glyphs_of

D = dt.date


def _glyphs(text: str, rivals: dict[int, tuple[tuple[str, float], ...]]) -> list[Glyph]:
    return [Glyph(ch, 95.0, ((ch, 94.0), *rivals.get(i, ()))) for i, ch in enumerate(text)]


def _dated(text: str = "04/08/2024", *, flagged: bool = False) -> LetterDate:
    evidence = Evidence(page=1, box=Box(356.0, 43.0, 399.0, 51.0), text=text, method="ocr",
                        ocr_confidence=77.0)
    fact = Fact(value=D(2024, 4, 8), confidence=0.92, evidence=evidence, needs_review=flagged)
    return LetterDate(fact=fact, alternatives=())


def _plausible(day: D) -> bool:
    return D(2024, 1, 1) <= day <= D(2024, 5, 1)


@pytest.mark.parametrize(("rivals", "others"), [
    ({4: (("5", 72.0), ("9", 30.0))}, (D(2024, 4, 5),)),  # the fax's "8" at 74 (here 94) against a "5" at 72
    ({4: (("5", 72.0), ("9", 66.0))}, (D(2024, 4, 5), D(2024, 4, 9))),
    ({9: (("5", 80.0),)}, ()),  # 2025 is no plausible letter date here
    ({4: (("5", 41.0), ("3", 38.0))}, ()),  # rivals of a right digit on a photo, far below the best's 94
    ({4: (("5", 12.0),)}, ()),
    ({}, ()),
])
def test_a_sure_dates_digit_with_a_rival_makes_another_date_possible_flagged(
        rivals: dict[int, tuple[tuple[str, float], ...]], others: tuple[D, ...]) -> None:
    dated = date_digit_rivals.checked(_dated(), _glyphs("04/08/2024", rivals), _plausible)
    assert dated.fact is not None and dated.fact.value == D(2024, 4, 8)
    assert dated.alternatives == others and dated.fact.needs_review == bool(others)


def test_a_different_best_digit_makes_its_date_possible() -> None:
    assert date_digit_rivals.checked(_dated(), _glyphs("04/05/2024", {}), _plausible).alternatives == (
        D(2024, 4, 5),)


def test_digits_that_cannot_be_matched_or_a_date_already_in_doubt_are_left_as_they_were() -> None:
    unmatched = _glyphs("04/08/20241", {4: (("5", 90.0),)})
    assert date_digit_rivals.checked(_dated(), unmatched, _plausible).alternatives == ()
    doubtful = _glyphs("04/08/2024", {4: (("5", 90.0),)})
    assert date_digit_rivals.checked(_dated(flagged=True), doubtful, _plausible).alternatives == ()
    assert not date_digit_rivals.wanted(_dated(flagged=True))  # no reading for a date a person checks anyway
    assert date_digit_rivals.wanted(_dated())


HOCR = """
<span class='ocrx_cinfo' title='x_bboxes 114 19 129 49; x_conf 99.359093'>5</span>
 <span class='ocrx_cinfo' id='lstm_choices_1_2_5'>
  <span class='ocrx_cinfo' id='choice_1_2_18' title='x_confs 94.318413'>5</span>
  <span class='ocrx_cinfo' id='choice_1_2_19' title='x_confs 24.855656'>8</span>
 </span>
<span class='ocrx_cinfo' title='x_bboxes 132 22 144 49; x_conf 99.495293'>&#39;</span>
 <span class='ocrx_cinfo' id='lstm_choices_1_2_6'>
  <span class='ocrx_cinfo' id='choice_1_2_24' title='x_confs 90.539627'>/</span>
 </span>
"""


def test_the_hocr_choices_follow_their_symbol() -> None:
    glyphs = glyphs_of(HOCR)
    assert [g.text for g in glyphs] == ["5", "'"]
    assert glyphs[0].box == Box(114.0, 19.0, 129.0, 49.0)
    assert glyphs[0].choices == (("5", 94.318413), ("8", 24.855656))
    assert glyphs[1].choices == (("/", 90.539627),)


def test_real_tesseract_gives_each_digit_of_a_printed_date_with_its_choices() -> None:
    from facts_pages import DEJAVU_SANS
    from PIL import ImageDraw, ImageFont

    from parser.reading.tesseract import ocr_glyphs

    image = Image.new("L", (700, 90), 255)
    ImageDraw.Draw(image).text((20, 15), "04/05/2024", fill=0, font=ImageFont.truetype(DEJAVU_SANS, 50))
    glyphs = ocr_glyphs(image, dpi=300.0)
    assert "".join(g.text for g in glyphs if g.text.isdigit()) == "04052024"
    assert all(g.choices and g.choices[0][0] == g.text for g in glyphs if g.text.isdigit())
