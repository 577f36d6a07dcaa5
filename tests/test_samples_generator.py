"""The sample generator: ground truth it writes is right, consistent, and matches the committed set."""

from __future__ import annotations

import datetime as dt
import json
import random
import re
from pathlib import Path

import holidays
import pdfplumber
import pytest
from PIL import Image

from samples.committed import COMMITTED, committed_spec
from samples.degrade import PROFILES
from samples.formats import format_date, format_tin
from samples.generate import corpus_entry, generate_corpus, truth_path_for, write_sample
from samples.letter_spec import TARGETS, random_spec
from samples.render_letter import layout_pages
from samples.truth import expected_deadlines, truth_of

LETTERS = Path(__file__).resolve().parent.parent / "samples" / "letters"
MASKED_TIN = re.compile(r"^[X*]{3}-[X*]{2}-[0-9]{4}$|^[X*]{2}-[X*]{3}[0-9]{4}$")
FULL_TIN = re.compile(r"\b\d{3}-\d{2}-\d{4}\b|\b\d{2}-\d{7}\b")
DC = holidays.country_holidays("US", subdiv="DC", observed=True, years=range(2022, 2028))


@pytest.mark.parametrize(
    ("letter_type", "letter_date", "collection", "spouse"),
    [
        ("4390", dt.date(2017, 7, 28), "2017-08-28", "2017-10-26"),  # Boechler: day 30 a Sunday
        ("3193", dt.date(2001, 2, 21), "2001-03-23", None),  # Guerrier
        ("3288", dt.date(2021, 6, 16), None, "2021-09-14"),  # Frutiger
        ("3193", dt.date(2015, 1, 16), "2015-02-17", None),  # Guralnik: Sunday, then Washington's Birthday
        ("4439", dt.date(2024, 10, 22), None, "2025-01-21"),  # day 90 Inauguration Day 2025
        ("3210", dt.date(2024, 10, 22), None, None),
        ("other", dt.date(2024, 10, 22), None, None),
    ],
)
def test_expected_deadlines_follow_the_brief(
    letter_type: str, letter_date: dt.date, collection: str | None, spouse: str | None
) -> None:
    assert expected_deadlines(letter_type, letter_date) == {
        "collection_due_process": collection,
        "innocent_spouse": spouse,
    }


@pytest.mark.parametrize("target", [t for t in TARGETS if t != "plain"])
def test_target_puts_the_nominal_deadline_where_it_says(target: str) -> None:
    for seed in range(5):
        spec = random_spec(random.Random(seed), target=target, seed=seed)
        days = 30 if target.startswith("day30") else 90
        nominal30 = spec.letter_date + dt.timedelta(days=30)
        nominal = spec.letter_date + dt.timedelta(days=days)
        if target.endswith("saturday"):
            assert nominal.weekday() == 5
        elif target.endswith("sunday"):
            assert nominal.weekday() == 6
        elif target == "inauguration_2025":
            assert dt.date(2025, 1, 20) in (nominal30, nominal)
        else:
            assert nominal in DC, (target, spec.letter_date)
        truth = truth_of(spec, file_name="x.pdf", profile="digital")
        due = dt.date.fromisoformat(
            truth["deadlines"]["collection_due_process" if days == 30 else "innocent_spouse"]
        )
        assert due > nominal or target == "inauguration_2025"
        assert due.weekday() < 5 and due not in DC


@pytest.mark.parametrize("letter_type", ["4390", "3193", "4439"])
def test_no_letter_is_printed_on_a_revision_issued_after_it(letter_type: str) -> None:
    # A real letter's "Rev." month never follows its date; one that did would be a reason to doubt the date.
    for seed in range(200):
        spec = random_spec(random.Random(seed), letter_type=letter_type, seed=seed)
        month, year = (int(part) for part in spec.revision.split("-"))
        assert (year, month) <= (spec.letter_date.year, spec.letter_date.month), (seed, spec.revision)


def test_saturday_deadline_moves_to_the_monday() -> None:
    spec = next(
        s
        for seed in range(100)
        if (s := random_spec(random.Random(seed), target="day30_saturday", seed=seed))
        and s.letter_date + dt.timedelta(days=32) not in DC
    )
    truth = truth_of(spec, file_name="x.pdf", profile="digital")
    monday = spec.letter_date + dt.timedelta(days=32)
    assert monday.weekday() == 0
    assert truth["deadlines"]["collection_due_process"] == monday.isoformat()


def test_every_committed_file_has_truth_and_every_truth_a_file() -> None:
    files = {p.name for p in LETTERS.iterdir() if p.suffix in (".pdf", ".png", ".jpg", ".tif")}
    truths = {p.name for p in LETTERS.glob("*.truth.json")}
    assert files, "no committed samples"
    assert {truth_path_for(LETTERS / f).name for f in files} == truths
    for truth_name in truths:
        truth = json.loads((LETTERS / truth_name).read_text(encoding="utf-8"))
        assert truth["file"] in files and truth_path_for(LETTERS / truth["file"]).name == truth_name
    assert {s.name for s in COMMITTED} == {Path(f).stem for f in files}
    assert "demo-scan.pdf" in files


@pytest.mark.parametrize("sample", COMMITTED, ids=lambda s: s.name)
def test_committed_truth_matches_the_generator(sample: object, tmp_path: Path) -> None:
    from samples.committed import Sample

    assert isinstance(sample, Sample)
    path = LETTERS / f"{sample.name}.{PROFILES[sample.profile].ext}"
    committed = json.loads(truth_path_for(path).read_text(encoding="utf-8"))
    spec = committed_spec(sample)
    if sample.profile == "digital":
        _, truth_path = write_sample(spec, "digital", tmp_path, name=sample.name)
        assert json.loads(truth_path.read_text(encoding="utf-8")) == committed
    else:  # scans take seconds to render: compare everything but what only the rendering records
        from samples.generate import fitting_spec

        expected = truth_of(
            fitting_spec(spec, PROFILES[sample.profile]), file_name=path.name, profile=sample.profile
        )
        assert {k: v for k, v in committed.items() if k not in ("degradation", "pages")} == expected


@pytest.mark.parametrize("truth_path", sorted(LETTERS.glob("*.truth.json")), ids=lambda p: p.name)
def test_committed_truth_is_well_formed(truth_path: Path) -> None:
    truth = json.loads(truth_path.read_text(encoding="utf-8"))
    fields = truth["fields"]
    assert not FULL_TIN.search(truth_path.read_text(encoding="utf-8")), "a full taxpayer ID in the truth"
    if truth["letter_type"] == "other":
        assert all(v is None for v in fields.values())
        assert truth["deadlines"] == {"collection_due_process": None, "innocent_spouse": None}
        return
    assert MASKED_TIN.match(fields["taxpayer_id"])
    assert re.fullmatch(r"\d{10}", fields["contact_phone"])
    assert fields["contact_fax"] is None or re.fullmatch(r"\d{10}", fields["contact_fax"])
    assert re.fullmatch(r"\d+", fields["contact_employee_id"])
    letter_date = dt.date.fromisoformat(fields["letter_date"])
    assert expected_deadlines(truth["letter_type"], letter_date) == truth["deadlines"]


@pytest.mark.parametrize(
    "sample",
    [s for s in COMMITTED if s.profile == "digital" and s.letter_type != "other"],
    ids=lambda s: s.name,
)
def test_digital_text_shows_the_truth(sample: object) -> None:
    from samples.committed import Sample

    assert isinstance(sample, Sample)
    spec = committed_spec(sample)
    with pdfplumber.open(LETTERS / f"{sample.name}.pdf") as pdf:
        text = "\n".join(page.extract_text() or "" for page in pdf.pages)
    assert spec.contact_name in text
    assert format_date(spec.letter_date, spec.style.date_style) in text
    assert spec.taxpayer_name in text
    assert format_tin(spec.tin_digits, spec.tin_kind, spec.tin_printed_masked) in text
    assert f"Letter {spec.letter_type} (Rev." in text


def test_compact_letters_keep_every_key_sentence_on_page_one() -> None:
    for seed in range(60):
        letter_type = ("4390", "3193", "4439", "3288")[seed % 4]
        spec = random_spec(random.Random(seed), letter_type=letter_type, seed=seed, compact=True)
        _, info = layout_pages(spec)
        assert info.key_pages == (1,), (seed, letter_type, info)


def test_corpus_is_deterministic_and_cycles_through_every_profile() -> None:
    profiles = list(PROFILES)
    entries = [corpus_entry(i, 7, profiles) for i in range(2 * len(profiles))]
    assert [p for _, p in entries] == profiles * 2
    assert entries == [corpus_entry(i, 7, profiles) for i in range(2 * len(profiles))]


def test_generate_corpus_writes_readable_scans(tmp_path: Path) -> None:
    profiles = ["photo", "fax200", "rotated", "lowres", "mixed"]
    written = generate_corpus(5, seed=3, profiles=profiles, out_dir=tmp_path)
    assert len(written) == 5
    by_profile = {json.loads(t.read_text())["profile"]: (p, json.loads(t.read_text())) for p, t in written}
    photo, _ = by_profile["photo"]
    with Image.open(photo) as image:
        assert image.format == "JPEG" and "dpi" not in image.info
    fax, fax_truth = by_profile["fax200"]
    with Image.open(fax) as image:
        assert image.mode == "1" and getattr(image, "n_frames", 1) == fax_truth["pages"]
    rotated, rotated_truth = by_profile["rotated"]
    with Image.open(rotated) as image:
        landscape = image.width > image.height
        assert landscape == (rotated_truth["degradation"]["rotation"] in (90, 270))
    lowres, _ = by_profile["lowres"]
    with pdfplumber.open(lowres) as pdf:
        assert all(not (page.extract_text() or "").strip() for page in pdf.pages)  # no text layer
    mixed, mixed_truth = by_profile["mixed"]
    with pdfplumber.open(mixed) as pdf:
        texts = [(page.extract_text() or "").strip() for page in pdf.pages]
    assert len(texts) == mixed_truth["pages"] >= 2
    assert not texts[0] and all(texts[1:])  # page 1 scanned, the rest digital
