"""Notes: what parser/ and rules/ tell the reader as codes with values, worded only by the catalogue."""

from __future__ import annotations

import datetime as dt
import html
import pickle
import re
import string
from pathlib import Path
from typing import get_args

import pdfplumber
import pytest
from read_support import shared_reading

from annotate.messages import LANGUAGES, SAID_PREFIX, messages
from annotate.summary import write_summary
from letter4390.pipeline import assess_pages
from letter4390.web.result_view import DownloadLinks, result_page
from parser.core.model import FIELD_NAMES, CollectionAction
from parser.core.notes import Note, note
from parser.facts.decisions.collection_outcomes import COLLECTION_LIMITS
from parser.facts.decisions.decision_coverage import TOPICS
from parser.facts.decisions.relief_limits import GRANT_LIMITS
from parser.reading import sniff
from rules import assess
from rules.calendar import DayOffKind
from rules.model import Assessment

ROOT = Path(__file__).resolve().parents[1]
# Every package that can tell the reader something: stages emit notes, errors carry them, and annotate/ and
# letter4390/ raise the same errors.
EMITTERS = ("parser", "rules", "annotate", "letter4390")
LITERAL_CODE = re.compile(r"\bnote\(\s*\"([\w.]+)\"")
CODE_FAMILY = re.compile(r"\bnote\(\s*f\"([\w.]+\.)\{")
RELIEF_LIMIT = re.compile(r"\bLimit\(\"(\w+)\"")
CODE_SHAPE = re.compile(r"^[a-z_]+(?:\.[a-z_0-9]+)+$")  # "date.uncertain"
# The codes a note builds from a vocabulary (note(f"limit.{name}")): each family with every name it can take.
FAMILIES: dict[str, tuple[str, ...]] = {
    "field_name.": FIELD_NAMES,
    "part.": ("collection", "innocent_spouse"),
    "action.": get_args(CollectionAction),
    "topic.": tuple(topic for topic, _, _ in TOPICS),
    "limit.": (*(name for name, _, _ in COLLECTION_LIMITS), *(name for name, _, _ in GRANT_LIMITS),
               *RELIEF_LIMIT.findall((ROOT / "parser/facts/decisions/relief_limits.py").read_text())),
    "file_kind.": (*(magic.looks_like for magic in sniff.MAGIC_TABLE if magic.kind is None),
                   *(name for _, name in (*sniff.ZIP_MEMBER_HINTS, *sniff.TEXT_HINTS)),
                   sniff.PLAIN_TEXT, sniff.UNKNOWN_BINARY),
}
FAX = ROOT / "samples" / "letters" / "4390-fax200.tif"
# An English run this many words long in a Spanish page is an English sentence (or most of one).
ENGLISH_RUN_WORDS = 3


def _sources() -> list[Path]:
    return sorted(p for folder in EMITTERS for p in (ROOT / folder).rglob("*.py"))


def emitted_codes() -> set[str]:
    """Every code parser/ and rules/ can put in a note: literal ones, the vocabulary families, and
    rules/assess.py's named codes."""
    codes: set[str] = set()
    for path in _sources():
        codes.update(LITERAL_CODE.findall(path.read_text(encoding="utf-8")))
    codes.update(prefix + name for prefix, names in FAMILIES.items() for name in names)
    codes.update(value for name in dir(assess) if name.isupper()
                 and isinstance(value := getattr(assess, name), str) and CODE_SHAPE.match(value))
    return codes


def test_every_vocabulary_family_in_the_source_is_known_here() -> None:
    found = {family for path in _sources()
             for family in CODE_FAMILY.findall(path.read_text(encoding="utf-8"))}
    assert found == set(FAMILIES)


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_code_emitted_anywhere_has_its_words_in_every_catalogue(lang: str) -> None:
    codes = emitted_codes()
    assert len(codes) > 100  # the scan found the emitters
    missing = sorted(code for code in codes if SAID_PREFIX + code not in messages(lang).texts)
    assert missing == []
    kinds = get_args(DayOffKind)
    assert all(f"rolled.{kind}" in messages(lang).texts for kind in kinds)


def test_no_stage_builds_a_sentence_of_its_own() -> None:
    """The old wordings are gone from parser/ and rules/: only the catalogue holds them."""
    english = messages("en")
    sentences = [text for key, text in english.texts.items() if key.startswith(SAID_PREFIX)]
    chunks = {chunk for text in sentences for chunk in _literal_runs(text) if len(chunk.split()) >= 5}
    for path in _sources():
        source = re.sub(r"\s+", " ", path.read_text(encoding="utf-8"))
        assert not [chunk for chunk in chunks if chunk in source], path


def test_a_note_is_hashable_picklable_and_equal_by_value() -> None:
    inner = note("decision.damaged_not", word="riot")
    said = note("decision.collection", reason=inner)
    dates = note("date.disagree", dates=(dt.date(2024, 1, 8), dt.date(2024, 1, 9)))
    assert pickle.loads(pickle.dumps((said, dates))) == (said, dates)
    assert len({said, note("decision.collection", reason=note("decision.damaged_not", word="riot"))}) == 1
    assert dict(said.values) == {"reason": inner}


@pytest.mark.parametrize(("said", "english"), [
    (note("page.tilted", number=2, degrees=0.8123), "page 2 was tilted; straightened by 0.8°"),
    (note("decision.collection", reason=note("decision.hard_to_read")),
     "Collection determination: the scan is hard to read in the sentences that state this determination."),
    (note("scan.hard_here", low=33.4), "the scan is hard to read here (OCR confidence as low as 33 of 100)"),
    (note("date.uncertain", date=dt.date(2025, 10, 20)),
     "The letter date could not be read with certainty; the deadlines are counted from the earliest "
     "possible date, 2025-10-20. Check the date on the letter."),
    (note("date.disagree", dates=(dt.date(2024, 1, 8), dt.date(2024, 1, 9))),
     "closer readings of the scan's header disagree on the letter date (2024-01-08, 2024-01-09)"),
    (note("value.missing", field=note("field_name.contact_phone")),
     "The contact's phone number could not be read from the letter; check it on the letter itself."),
    (note("decision.sustained_limited", action=note("action.levy"),
          limits=(note("limit.some_years"), note("limit.held_back"))),
     "the levy is sustained only for some years and with collection held back for some time: check for "
     "which years or how long"),
    (note("file.part", number=2, reason=note("page.no_dpi", number=1, dpi=150.0)),
     "file 2: page 1: the image's resolution is missing or wrong; assumed 150 dpi"),
])
def test_notes_read_in_english_as_the_stages_wrote_them_before(said: Note, english: str) -> None:
    assert messages("en").said(said) == english


def test_dates_and_nested_notes_are_worded_in_the_reader_s_language() -> None:
    said = note("decision.spouse", reason=note("date.later_step", date=dt.date(2025, 3, 4)))
    assert messages("es").said(said) == ("Decisión sobre el cónyuge inocente: la carta habla de un paso dado "
                                         "el 4 de marzo de 2025, después de la fecha de la carta.")
    reasons = (note("value.no_label"), note("scan.hard_here", low=41.0))
    assert messages("es").said_all(reasons) == (
        "no se encontró la etiqueta de este valor; se leyó por su lugar en la página; "
        "el escaneo es difícil de leer aquí (confianza del OCR de apenas 41 de 100)")


def _literal_runs(template: str) -> list[str]:
    """The fixed words of a catalogue template, between its placeholders."""
    return [re.sub(r"\s+", " ", literal).strip(" ;:,.()\"") for literal, _, _, _ in
            string.Formatter().parse(template)]


def english_runs() -> set[str]:
    """Every run of ENGLISH_RUN_WORDS or more fixed words of an English note."""
    english = messages("en")
    return {run for key, text in english.texts.items() if key.startswith(SAID_PREFIX)
            for run in _literal_runs(text) if len(run.split()) >= ENGLISH_RUN_WORDS}


@pytest.fixture(scope="module")
def fax(tmp_path_factory: pytest.TempPathFactory) -> tuple[Assessment, str]:
    """The fax sample's assessment (a flagged scan) and the text of its Spanish summary."""
    out = tmp_path_factory.mktemp("notes") / "summary-es.pdf"
    with shared_reading(FAX) as pages:  # pipeline.read's reading, shared with the other sample tests
        assessment = assess_pages(pages)
        write_summary(assessment, pages, out, lang="es")
    with pdfplumber.open(out) as pdf:
        text = " ".join(page.extract_text(use_text_flow=True) or "" for page in pdf.pages)
    return assessment, re.sub(r"\s+", " ", text)


def _flagged_notes(assessment: Assessment) -> list[Note]:
    fields = assessment.facts.fields
    return [*assessment.warnings,
            *(r for name in FIELD_NAMES if (fact := getattr(fields, name)) is not None for r in fact.reasons)]


def test_the_fax_is_a_flagged_scan_with_notes_in_english_and_spanish(fax: tuple[Assessment, str]) -> None:
    assessment, _ = fax
    notes = _flagged_notes(assessment)
    assert assessment.needs_review and assessment.warnings and len(notes) > len(assessment.warnings)
    for said in notes:
        assert messages("es").said(said) != messages("en").said(said)


def test_a_spanish_summary_of_a_flagged_scan_has_no_english_sentence(fax: tuple[Assessment, str]) -> None:
    assessment, text = fax
    assert "Cómo se encontró cada dato" in text
    assert messages("es").said(assessment.warnings[0])[:40] in text
    assert sorted(run for run in english_runs() if run in text) == []


def test_a_spanish_web_result_of_a_flagged_scan_has_no_english_sentence(fax: tuple[Assessment, str]) -> None:
    assessment, _ = fax
    page = html.unescape(result_page("es", assessment, DownloadLinks(), today=dt.date(2025, 11, 1)))
    text = re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", page))
    for said in assessment.warnings:
        assert messages("es").said(said) in text and messages("en").said(said) not in text
    assert 'lang="en"' not in page
    assert sorted(run for run in english_runs() if run in text) == []
