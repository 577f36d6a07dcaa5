"""The apart generator (samples/apart/): deterministic, truthful, every profile readable, scans image-only."""

from __future__ import annotations

import datetime as dt
import json
import random
import re
from collections import Counter
from pathlib import Path
from typing import Any

import holidays
import pypdfium2 as pdfium
import pytest
from PIL import Image
from run_once import once_per_run, run_folder

from samples.apart import PROFILES, generate_corpus
from samples.apart.__main__ import main
from samples.apart.compose import compose
from samples.apart.corpus import generate_letter, letter_pdf
from samples.apart.damage import perspective_coefficients
from samples.apart.formats import DATE_STYLES
from samples.apart.spec import LetterSpec, draw_spec, truth

SEED = 11
TRUTH_KEYS = {"file", "profile", "letter_type", "fields", "determinations", "deadlines"}
FIELD_KEYS = {"letter_date", "contact_name", "contact_employee_id", "contact_phone", "contact_fax",
              "contact_hours", "taxpayer_name", "taxpayer_id", "tax_periods", "tax_form", "printed_last_day"}
TEN_DIGITS = re.compile(r"^\d{10}$")
EMPLOYEE_ID = re.compile(r"^\d{7,10}$")
MASKED_TIN = re.compile(r"^(XXX-XX-\d{4}|XX-XXX\d{4})$")
ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
ACTIONS = {"lien", "levy"}
OUTCOMES = {"sustained", "not_sustained", "partially_sustained"}
ALTERNATIVES = {"installment_agreement", "offer_in_compromise", "currently_not_collectible",
                "bond_or_substitution", "other"}
RELIEF = {"full_relief", "partial_relief", "denied"}
SECTIONS = {"6015(b)", "6015(c)", "6015(f)", "66(c)"}
DC = holidays.country_holidays("US", subdiv="DC", years=range(2018, 2029))


@pytest.fixture(scope="module")
def corpus() -> list[tuple[Path, Path]]:
    """One letter of every profile, in profile order, generated once in the run into the folder the xdist
    workers share (tests/run_once.py): both workers built it before, 14 s each at load 4."""
    return once_per_run(f"apart corpus, seed {SEED}", lambda: _generated(run_folder() / f"apart-{SEED}"))


def _generated(folder: Path) -> list[tuple[Path, Path]]:
    folder.mkdir()
    return generate_corpus(len(PROFILES), SEED, None, folder)


def _specs(count: int) -> list[LetterSpec]:
    return [draw_spec(random.Random(f"test:{i}"), i, PROFILES[i % len(PROFILES)]) for i in range(1, count)]


def _filing_day(day: dt.date) -> bool:
    return day.weekday() < 5 and day not in DC


def _check_deadline(letter_date: dt.date, days: int, due: str) -> None:
    """The due day is a filing day, not before day `days`, and every day skipped on the way is not one."""
    due_day = dt.date.fromisoformat(due)
    first = letter_date + dt.timedelta(days=days)
    assert due_day >= first and _filing_day(due_day)
    skipped = [first + dt.timedelta(days=i) for i in range((due_day - first).days)]
    assert not any(_filing_day(day) for day in skipped)


def _validate(record: dict[str, Any]) -> None:
    assert set(record) == TRUTH_KEYS
    fields = record["fields"]
    assert set(fields) == FIELD_KEYS
    kind = record["letter_type"]
    if kind == "other":  # a letter that is no determination: no header value is reported (the contract)
        assert set(fields.values()) == {None}
        assert record["determinations"]["collection"] is None
        assert record["deadlines"] == {"collection_due_process": None, "innocent_spouse": None}
        return
    assert ISO_DATE.match(fields["letter_date"])
    assert EMPLOYEE_ID.match(fields["contact_employee_id"])
    assert TEN_DIGITS.match(fields["contact_phone"])
    assert fields["contact_fax"] is None or TEN_DIGITS.match(fields["contact_fax"])
    assert MASKED_TIN.match(fields["taxpayer_id"])
    assert fields["tax_periods"] and all(ISO_DATE.match(p) for p in fields["tax_periods"])
    assert fields["contact_name"] and fields["taxpayer_name"] and fields["tax_form"]
    collection = record["determinations"]["collection"]
    spouse = record["determinations"]["innocent_spouse"]
    deadlines = record["deadlines"]
    letter_date = dt.date.fromisoformat(fields["letter_date"])
    if collection is not None:
        assert set(collection["actions"]) <= ACTIONS and collection["actions"]
        assert collection["outcome"] in OUTCOMES
        assert set(collection["alternatives"]) <= ALTERNATIVES
    if kind == "4390":
        assert spouse is not None and spouse["outcome"] in RELIEF
        assert spouse["sections"] and set(spouse["sections"]) <= SECTIONS
        _check_deadline(letter_date, 30, deadlines["collection_due_process"])
        _check_deadline(letter_date, 90, deadlines["innocent_spouse"])
    else:
        assert spouse is None and deadlines["innocent_spouse"] is None
    if kind == "3193":
        assert collection is not None
        _check_deadline(letter_date, 30, deadlines["collection_due_process"])
    if kind == "3210":
        assert deadlines["collection_due_process"] is None


def test_corpus_has_every_profile_and_its_truth(corpus: list[tuple[Path, Path]]) -> None:
    for (letter, truth_file), profile in zip(corpus, PROFILES, strict=True):
        record = json.loads(truth_file.read_text(encoding="utf-8"))
        assert record["file"] == letter.name and record["profile"] == profile
        assert truth_file.name == letter.name.rsplit(".", 1)[0] + ".truth.json"
        _validate(record)


def test_same_seed_same_bytes_and_another_seed_differs(corpus: list[tuple[Path, Path]],
                                                       tmp_path: Path) -> None:
    for index in (1, 4, 5, 6):  # digital, scan150, fax, photo: damage noise included
        letter, truth_file = corpus[index - 1]
        again, again_truth = generate_letter(index, SEED, PROFILES[index - 1], tmp_path)
        assert again.read_bytes() == letter.read_bytes()
        assert again_truth.read_bytes() == truth_file.read_bytes()
    other, _ = generate_letter(1, SEED + 1, "digital", tmp_path / "other")
    assert other.read_bytes() != corpus[0][0].read_bytes()


def test_many_truths_validate_and_about_a_tenth_are_other_letters() -> None:
    specs = _specs(400)
    for spec in specs:
        _validate(truth(spec))
    kinds = Counter(spec.letter_type for spec in specs)
    assert set(kinds) == {"4390", "3193", "3210", "other"}
    assert 0.05 <= 1 - kinds["4390"] / len(specs) <= 0.16
    # variety the brief asks for: every layout, date style and font, employee ids of 7 to 10 digits
    assert {s.style.layout for s in specs} == {"inline", "stacked", "date_top", "table", "grid"}
    assert {s.style.date_style for s in specs} == set(DATE_STYLES)
    assert {s.style.font for s in specs} == {"Courier", "Times-Roman", "Helvetica"}
    assert {len(s.contact.employee_id) for s in specs} == {7, 8, 9, 10}
    outcomes = Counter(truth(s)["determinations"]["collection"]["outcome"] for s in specs if s.collection)
    assert set(outcomes) == OUTCOMES


def test_letters_have_two_to_four_pages_and_photos_one() -> None:
    for spec in _specs(60):
        pages = compose(spec, random.Random(spec.index))
        assert (len(pages) == 1) if spec.profile == "photo" else (2 <= len(pages) <= 4)


def _pdf_text(data: bytes | Path) -> list[str]:
    document = pdfium.PdfDocument(data)
    try:
        return [document[i].get_textpage().get_text_range() for i in range(len(document))]
    finally:
        document.close()


def test_every_profile_produces_a_readable_file(corpus: list[tuple[Path, Path]]) -> None:
    for letter, _truth in corpus:
        if letter.suffix == ".pdf":
            document = pdfium.PdfDocument(letter)
            assert 2 <= len(document) <= 4
            image = document[0].render(scale=0.5).to_pil()
            document.close()
        else:
            image = Image.open(letter)
            image.load()
        assert image.width > 300 and image.height > 300
        assert image.convert("L").getextrema()[0] < 80  # there is ink on the page


def test_scans_have_no_text_layer_and_digital_letters_print_the_date(
        corpus: list[tuple[Path, Path]]) -> None:
    for letter, truth_file in corpus:
        record = json.loads(truth_file.read_text(encoding="utf-8"))
        if letter.suffix != ".pdf":
            continue
        text = "".join(_pdf_text(letter))
        if record["profile"] == "digital":
            day = dt.date.fromisoformat(record["fields"]["letter_date"])
            assert any(style(day) in text for style in DATE_STYLES.values())
            assert record["fields"]["contact_name"] in text
        else:
            assert text.strip() == ""


def test_printed_last_day_is_printed_in_each_placement() -> None:
    seen = set()
    for index in range(1, 400):
        spec = draw_spec(random.Random(f"last:{index}"), index, "digital")
        if spec.printed_last_day is None or spec.style.last_day_placement in seen:
            continue
        seen.add(spec.style.last_day_placement)
        text = " ".join(" ".join(_pdf_text(letter_pdf(spec, random.Random(index)))).split())
        assert spec.date_text(spec.printed_last_day) in text
        assert "Last Day to File a Petition" in text
        assert truth(spec)["fields"]["printed_last_day"] == spec.printed_last_day.isoformat()
    assert seen == {"wrapped_label", "table", "box", "below_decisions"}


def test_known_deadlines() -> None:
    # Boechler (day 30 a Sunday) and Guralnik (Sunday, then Washington's Birthday) from domain.md
    from samples.apart.deadlines import deadlines

    assert deadlines("3193", dt.date(2017, 7, 28))["collection_due_process"] == "2017-08-28"
    assert deadlines("4390", dt.date(2015, 1, 16))["collection_due_process"] == "2015-02-17"
    assert deadlines("4390", dt.date(2021, 6, 16))["innocent_spouse"] == "2021-09-14"
    assert deadlines("3210", dt.date(2021, 6, 16)) == {"collection_due_process": None,
                                                       "innocent_spouse": None}


def test_perspective_coefficients_map_corners() -> None:
    target = [(0.0, 0.0), (100.0, 0.0), (100.0, 200.0), (0.0, 200.0)]
    source = [(5.0, -3.0), (97.0, 2.0), (104.0, 210.0), (-6.0, 195.0)]
    a, b, c, d, e, f, g, h = perspective_coefficients(target, source)
    for (x, y), (u, v) in zip(target, source, strict=True):
        w = g * x + h * y + 1
        assert (a * x + b * y + c) / w == pytest.approx(u)
        assert (d * x + e * y + f) / w == pytest.approx(v)


def test_cli_writes_a_corpus(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--n", "2", "--seed", "3", "--profiles", "digital", "--out", str(tmp_path)]) == 0
    assert len(list(tmp_path.glob("*.truth.json"))) == 2
    assert len(list(tmp_path.glob("*.pdf"))) == 2
    assert "wrote 2 letters" in capsys.readouterr().out


def test_no_letter_or_enclosure_is_printed_on_a_revision_after_its_date() -> None:
    """Real letters never carry a form or publication revised after the letter's date."""
    revision = re.compile(r"\((?:Rev\. ?)?(?P<month>[0-9]{1,2})-(?P<year>(?:19|20)[0-9]{2})\)")
    checked = 0
    for spec in _specs(120):
        if spec.profile != "digital":
            continue
        for text in _pdf_text(letter_pdf(spec, random.Random(spec.index))):
            for found in revision.finditer(text):
                issued = dt.date(int(found["year"]), int(found["month"]), 1)
                assert issued <= spec.letter_date, (found[0], spec.letter_date)
                checked += 1
    assert checked >= 20
