"""The petition worksheet (Tax Court Form 2, items 1-6) and the issuing office it reads from the letterhead,
on a digital and a scanned committed sample, 10, 45 and 100 days after the letter date."""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from functools import cache
from pathlib import Path
from typing import Any

import jsonschema
import pdfplumber
import pytest
from conftest import SAMPLES, load_truth
from read_support import shared_facts, shared_reading
from run_once import file_key, once_per_run
from test_annotate_text import textstat_en  # noqa: F401  (a fixture)

from annotate.marks import collect_marks
from annotate.messages import messages
from annotate.summary import summary_pdf, worksheet_pdf
from annotate.worksheet import Worksheet, build_worksheet, has_worksheet
from annotate.worksheet_layout import COLUMNS
from letter4390 import result_json
from parser.core.model import LetterFacts
from parser.facts.issuing_office import CITY_STATE_ZIP
from rules.assess import assess
from rules.model import Assessment

# (file, issuing office, what item 3 says): one digital letter, one 150 dpi scan.
SAMPLE_CASES: dict[str, tuple[str, str]] = {
    "4390-digital-july4.pdf": ("Cincinnati, OH", "2019"),
    "4390-lowres.pdf": ("Oklahoma City, OK", "2019, 2020 and 2021"),
}
# The scanned sample needs tesseract.
SAMPLE_PARAMS = [pytest.param(name, marks=[pytest.mark.ocr] if "lowres" in name else [], id=name)
                 for name in SAMPLE_CASES]
BOX_COLLECTION = "Notice of Determination Concerning Collection Action"
BOX_SPOUSE = "Notice of Determination Concerning Relief From Joint and Several Liability Under Section 6015"


@cache
def _facts(name: str) -> LetterFacts:
    """The sample's facts, read once in the run whichever worker asks (tests/run_once.py)."""
    path = SAMPLES / name
    return once_per_run(file_key(path, "facts"), lambda: shared_facts(path))


def _letter_date(name: str) -> dt.date:
    truth = load_truth(SAMPLES / name.replace(".pdf", ".truth.json"))
    fields: Any = truth["fields"]
    return dt.date.fromisoformat(fields["letter_date"])


def _assessed(name: str, days_after: int | None) -> Assessment:
    as_of = None if days_after is None else _letter_date(name) + dt.timedelta(days=days_after)
    return assess(_facts(name), as_of=as_of)


def _sheet(assessment: Assessment, lang: str = "en") -> Worksheet:
    msgs = messages(lang)
    marks, _ = collect_marks(assessment, msgs)
    return build_worksheet(assessment, marks, msgs)


@pytest.mark.parametrize("name", SAMPLE_PARAMS)
def test_item_one_on_day_ten_checks_both_boxes(name: str) -> None:
    line = _sheet(_assessed(name, 10)).line("notice")
    as_of = _letter_date(name) + dt.timedelta(days=10)
    assert line.values[0] == f"If you file on {messages('en').long_date(as_of)}:"
    assert line.values[1:] == (f'Check the box "{BOX_COLLECTION}".', f'Check the box "{BOX_SPOUSE}".')
    assert line.warnings == () and not line.flagged


@pytest.mark.parametrize("name", SAMPLE_PARAMS)
def test_item_one_on_day_45_checks_only_the_innocent_spouse_box_and_warns(name: str) -> None:
    assessment = _assessed(name, 45)
    line = _sheet(assessment).line("notice")
    assert line.values[1:] == (f'Check the box "{BOX_SPOUSE}".',)
    [warning] = line.warnings
    collection_due = next(d.due for d in assessment.deadlines if d.id == "collection_due_process")
    assert f"ended on {messages('en').long_date(collection_due)}" in warning
    assert "Gray v. Commissioner, 138 T.C. 295 (2012)" in warning and "Boechler" in warning


@pytest.mark.parametrize("name", SAMPLE_PARAMS)
def test_item_one_on_day_100_checks_no_box_and_sends_for_help(name: str) -> None:
    assessment = _assessed(name, 100)
    line = _sheet(assessment).line("notice")
    assert len(line.values) == 1  # "If you file on ...:" and no box
    spouse_due = next(d.due for d in assessment.deadlines if d.id == "innocent_spouse")
    assert any(f"The last one was {messages('en').long_date(spouse_due)}." in w and "Clinic" in w
               for w in line.warnings)


@pytest.mark.parametrize("name", SAMPLE_PARAMS)
@pytest.mark.parametrize("days", [10, 45, 100])
def test_items_two_and_three_come_from_the_letter_with_their_evidence_numbers(name: str, days: int) -> None:
    assessment = _assessed(name, days)
    office, periods = SAMPLE_CASES[name]
    msgs = messages("en")
    marks, _ = collect_marks(assessment, msgs)
    sheet = build_worksheet(assessment, marks, msgs)
    item_two = sheet.line("date_office")
    assert item_two.values == (f"Date of the notice: {msgs.short_date(_letter_date(name))}",
                               f"City and state of the IRS office: {office}")
    assert [marks[s.number - 1].key for s in item_two.sources] == ["letter_date", "issuing_office"]
    assert all(s.page == 1 and not s.flagged for s in item_two.sources)
    item_three = sheet.line("periods")
    assert item_three.values == (f"Tax years or periods: {periods}",)
    assert [marks[s.number - 1].key for s in item_three.sources] == ["tax_periods"]


@pytest.mark.parametrize("name", SAMPLE_PARAMS)
def test_item_four_explains_the_50000_tests_and_never_decides(name: str) -> None:
    line = _sheet(_assessed(name, 10)).line("small_case")
    text = " ".join(line.lines)
    assert text.count("$50,000") == 1 and "all years together" in text
    assert "we do not choose for you" in text and "regular case" in text
    assert line.values == () and line.sources == ()


def test_without_an_as_of_date_item_one_says_which_boxes_go_with_which_day() -> None:
    assessment = _assessed("4390-digital-july4.pdf", None)
    line = _sheet(assessment).line("notice")
    assert line.lines == (
        f'If you file by Monday, May 6, 2024, check: "{BOX_COLLECTION}" and "{BOX_SPOUSE}".',
        f'If you file by Friday, July 5, 2024, check: "{BOX_SPOUSE}".',
    )


def test_a_flagged_value_is_shown_flagged_never_silently_filled() -> None:
    assessment = _assessed("4390-digital-july4.pdf", 10)
    fields = assessment.facts.fields
    assert fields.letter_date is not None and fields.issuing_office is not None
    doubtful = dataclasses.replace(
        fields, letter_date=dataclasses.replace(fields.letter_date, needs_review=True, confidence=0.6),
        issuing_office=dataclasses.replace(fields.issuing_office, needs_review=True, confidence=0.5))
    flagged = dataclasses.replace(assessment, facts=dataclasses.replace(assessment.facts, fields=doubtful),
                                  needs_review=("letter_date",))
    sheet = _sheet(flagged)
    item_two = sheet.line("date_office")
    assert item_two.flagged and all(s.flagged for s in item_two.sources)
    assert item_two.warnings == ("Check the date on the letter. We are not sure we read it right.",
                                 "Check the city and state on the letter. We are not sure we read it right.")
    assert sheet.line("notice").flagged  # the boxes depend on the date
    assert "We are not sure of the letter date" in sheet.line("notice").warnings[-1]


def test_missing_office_and_periods_say_where_to_copy_them_from() -> None:
    assessment = _assessed("4390-digital-july4.pdf", 10)
    bare = dataclasses.replace(assessment.facts.fields, issuing_office=None, tax_periods=None)
    sheet = _sheet(dataclasses.replace(assessment, facts=dataclasses.replace(assessment.facts, fields=bare)))
    assert "top left of the letter" in sheet.line("date_office").values[1]
    assert "Tax period" in sheet.line("periods").values[0]


def test_spanish_worksheet_is_in_spanish() -> None:
    sheet = _sheet(_assessed("4390-digital-july4.pdf", 45), "es")
    text = sheet.plain_text()
    assert sheet.title == "Cómo llenar su petición al Tribunal Tributario (Formulario 2)"
    assert "Fecha del aviso: 5 de abril de 2024" in text and "Cincinnati, OH" in text
    assert "Los 30 días para la parte del gravamen o embargo terminaron" in text
    for english in ("What to write", "Check the box", "If you file on"):
        assert english not in text


def test_worksheet_prose_reads_at_grade_eight_or_lower(textstat_en: Any) -> None:  # noqa: F811
    for days in (10, 45, 100):
        sheet = _sheet(_assessed("4390-digital-july4.pdf", days))
        prose = " ".join(text for line in sheet.lines for text in (*line.lines, *line.warnings))
        assert textstat_en.flesch_kincaid_grade(f"{prose} {sheet.privacy}") <= 8, days


def test_unrelated_letter_has_no_worksheet() -> None:
    assessment = assess(_facts("other-cp14.pdf"), as_of=dt.date(2025, 1, 1))
    assert not has_worksheet(assessment) and worksheet_pdf(assessment) is None


@pytest.mark.parametrize("name", SAMPLE_PARAMS)
def test_summary_page_two_lets_a_person_fill_items_one_to_three(name: str, tmp_path: Path) -> None:
    assessment = _assessed(name, 10)
    out = tmp_path / "summary.pdf"
    with shared_reading(SAMPLES / name) as pages:  # its pages only: the facts come from _assessed
        out.write_bytes(summary_pdf(assessment, pages))
    with pdfplumber.open(out) as pdf:
        page = pdf.pages[1]
        # The "What to write" column alone (a table's columns would interleave line by line).
        left, right = 36 + COLUMNS[0], page.width - 36 - COLUMNS[2]
        two = re.sub(r"\s+", " ", page.crop((left, 0, right, page.height)).extract_text())
        whole = page.extract_text()
        three = pdf.pages[2].extract_text()
    office, periods = SAMPLE_CASES[name]
    assert whole.startswith("Filling in your Tax Court petition (Form 2)")
    for expected in (BOX_COLLECTION, "Relief From Joint and Several Liability Under Section 6015",
                     f"Date of the notice: {messages('en').short_date(_letter_date(name))}",
                     f"City and state of the IRS office: {office}", f"Tax years or periods: {periods}",
                     "Tax Court Rule 27(a)", "$60", "11:59 p.m. Eastern Time", "IRC 7502"):
        assert expected in two, expected
    assert three.startswith("How each fact was found") and office in three  # the office's evidence row


@pytest.mark.ocr
def test_worksheet_alone_is_one_page() -> None:
    data = worksheet_pdf(_assessed("4390-lowres.pdf", 45), lang="es")
    assert data is not None and data.startswith(b"%PDF")
    import io

    with pdfplumber.open(io.BytesIO(data)) as pdf:
        assert len(pdf.pages) == 1
        assert "Cómo llenar su petición" in pdf.pages[0].extract_text()


@pytest.mark.parametrize("name", SAMPLE_PARAMS)
def test_result_json_carries_the_issuing_office_and_validates(name: str) -> None:
    result = result_json.to_result(_assessed(name, 10))
    office = result["fields"]["issuing_office"]
    assert office["value"] == SAMPLE_CASES[name][0]
    assert office["evidence"]["page"] == 1 and office["confidence"] >= 0.9
    jsonschema.validate(result, result_json.result_schema())
    assert "issuing_office" not in result["needs_review"]


@pytest.mark.parametrize(("line", "city", "state"), [
    ("Cincinnati, OH 45202", "Cincinnati", "OH"),
    ("Oklahoma City, OK 73 102", "Oklahoma City", "OK"),
    ("Washington DC 20224-0002", "Washington", "DC"),
    ("St. Louis, MO 63101", "St. Louis", "MO"),
])
def test_city_state_zip_pattern(line: str, city: str, state: str) -> None:
    match = CITY_STATE_ZIP.match(line)
    assert match is not None and (match.group("city"), match.group("state")) == (city, state)


@pytest.mark.parametrize("line", ["Stop 840F, PO Box 120053", "December 31, 2019", "Page 1 of 2 45202"])
def test_city_state_zip_pattern_rejects_other_lines(line: str) -> None:
    assert CITY_STATE_ZIP.match(line) is None
