"""Every committed sample through the whole pipeline: JSON contract, deadlines, outputs free of full TINs.

One test per sample does everything for it, so each scan is read once in this module.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from pathlib import Path

import pdfplumber
import pytest
from conftest import SAMPLES, load_truth, sample_truths
from icalendar import Calendar
from jsonschema import Draft202012Validator
from read_support import shared_reading

from letter4390 import pipeline, result_json, text_report

AS_OF = dt.date(2026, 11, 28)
# A full SSN (123-45-6789, 123 45 6789, 123456789) or EIN (12-3456789): nine digits in a row or so grouped.
FULL_TIN = re.compile(r"(?<![\w-])(?:\d{3}-\d{2}-\d{4}|\d{3} \d{2} \d{4}|\d{9}|\d{2}-\d{7})(?![\w-])")


def _validator() -> Draft202012Validator:
    schema = result_json.result_schema()
    return Draft202012Validator(schema, format_checker=Draft202012Validator.FORMAT_CHECKER)


def _full_tins(text: str, allowed: tuple[str, ...] = ()) -> list[str]:
    # Phone and fax numbers are ten digits; strip them first so they are not mistaken for a TIN.
    without_phones = re.sub(r"(?<!\d)\(?\d{3}\)?[-. ]?\d{3}[-. ]\d{4}(?!\d)", " ", text)
    without_phones = re.sub(r"(?<!\d)\d{10}(?!\d)", " ", without_phones)
    return [found for found in FULL_TIN.findall(without_phones) if found not in allowed]


@pytest.mark.parametrize("truth_path", sample_truths(), ids=lambda p: p.name.removesuffix(".truth.json"))
def test_sample_end_to_end(truth_path: Path, tmp_path: Path) -> None:
    truth = load_truth(truth_path)
    source = SAMPLES / str(truth["file"])
    options = pipeline.Options(as_of=AS_OF)
    with shared_reading(source) as pages:  # pipeline.read's reading, shared with the other sample tests
        assessment = pipeline.assess_pages(pages, options)
        out_pdf = tmp_path / "summary.pdf"
        from annotate.summary import write_summary

        write_summary(assessment, pages, out_pdf)
    result = result_json.to_result(assessment)

    _validator().validate(result)
    assert result["source"]["name"] == source.name
    assert result["letter_type"]["value"] == truth["letter_type"]

    expected = {k: v for k, v in dict(truth["deadlines"]).items() if v is not None}  # type: ignore[call-overload]
    found = {d["id"]: d["due"] for d in result["deadlines"]}
    if "letter_date" in result["needs_review"]:
        # Unsure of the date: the deadlines shown must never be later than the true ones.
        assert set(found) >= set(expected)
        assert all(found[k] <= v for k, v in expected.items())
    else:
        assert found == expected
    for deadline in result["deadlines"]:
        assert deadline["days_left"] == (dt.date.fromisoformat(deadline["due"]) - AS_OF).days

    out_ics = tmp_path / "deadlines.ics"
    pipeline.write_calendar(assessment, out_ics)
    with pdfplumber.open(out_pdf) as pdf:
        pdf_text = "\n".join(page.extract_text() or "" for page in pdf.pages)
    ics_text = out_ics.read_text(encoding="utf-8")
    calendar = Calendar.from_ical(ics_text)
    assert len(calendar.walk("VEVENT")) == len(result["deadlines"])

    outputs = {
        "json": json.dumps(result),
        "text": text_report.report(assessment),
        "pdf": pdf_text,
        "ics": ics_text,
    }
    # The contact's employee ID may also be nine digits: the one nine-digit number allowed.
    fields = dict(truth["fields"])  # type: ignore[call-overload]
    allowed = tuple(str(v) for v in (fields.get("contact_employee_id"),) if v)
    for name, text in outputs.items():
        assert _full_tins(text, allowed) == [], f"full taxpayer ID in the {name} output"


def test_full_tin_pattern_catches_ssn_and_ein_but_not_phones() -> None:
    assert _full_tins("SSN 123-45-6789 and EIN 12-3456789 and 123456789") == [
        "123-45-6789", "12-3456789", "123456789"]
    assert _full_tins("Phone 202-555-0143, fax (202) 555-0199, 2025550143, XXX-XX-6789") == []
    assert _full_tins("Washington, DC 20217-0002; Catalog Number 12345-678") == []
    assert _full_tins("Employee ID 107686869", allowed=("107686869",)) == []
    assert _full_tins("sha256 756f8844e840285033d72a89") == []
