"""User-facing errors carry a note (code + values); only the catalogue words them, in the reader's
language."""

from __future__ import annotations

import ast
import datetime as dt
import html
import pickle
import re
from collections.abc import Iterator
from functools import cache
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from hostile_fixtures import user_password_pdf

from annotate.messages import LANGUAGES, SAID_PREFIX, messages
from letter4390.cli import main
from letter4390.pipeline import Options
from letter4390.web.app import create_app
from letter4390.web.settings import ServerSettings
from letter4390.web.uploads import UploadStalledError
from parser.core.errors import EncryptedInputError, InputTooLargeError, Letter4390Error
from parser.core.notes import note
from parser.facts.later_page import LaterPageError, PageOf

ROOT = Path(__file__).resolve().parents[1]
PACKAGES = ("parser", "rules", "annotate", "letter4390")
BASE = Letter4390Error.__name__
# A literal with this many words is a sentence (or most of one), not a value such as a path or a name.
SENTENCE_WORDS = 3
WORD = re.compile(r"[A-Za-z]{2,}")


@cache
def _trees() -> tuple[tuple[Path, ast.Module], ...]:
    """Every module of the packages, parsed once per test process: the scans below only read the trees
    (parsing all of them again for each presentation file took most of this module's 30 s)."""
    return tuple((path, ast.parse(path.read_text(encoding="utf-8")))
                 for folder in PACKAGES for path in sorted((ROOT / folder).rglob("*.py")))


@cache
def _error_classes() -> frozenset[str]:
    """Letter4390Error and every class the packages derive from it, however deep."""
    bases: dict[str, set[str]] = {}
    for _, tree in _trees():
        for node in ast.walk(tree):
            if isinstance(node, ast.ClassDef):
                bases[node.name] = {b.id if isinstance(b, ast.Name) else getattr(b, "attr", "")
                                    for b in node.bases}
    found = {BASE}
    while grown := {name for name, parents in bases.items() if parents & found} - found:
        found |= grown
    return frozenset(found)


def _called(node: ast.Call) -> str:
    return node.func.id if isinstance(node.func, ast.Name) else getattr(node.func, "attr", "")


def _literal_text(node: ast.expr, hole: str) -> str | None:
    """The fixed text of a string literal or f-string (`hole` where a value goes); None for anything else."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    if isinstance(node, ast.JoinedStr):
        return hole.join(part.value for part in node.values
                         if isinstance(part, ast.Constant) and isinstance(part.value, str))
    return None


def _sentence(node: ast.expr) -> bool:
    """A string literal or f-string whose fixed words read as a sentence."""
    text = _literal_text(node, " ")
    return text is not None and len(WORD.findall(text)) >= SENTENCE_WORDS


def test_the_scan_knows_the_error_hierarchy() -> None:
    assert {"UsageError", "EncryptedInputError", "LaterPageError", "UploadStalledError",
            "WorkerCrashedError"} <= _error_classes()


def test_no_user_facing_error_is_raised_with_a_sentence() -> None:
    """Every error is built from a note; a sentence in its call would be English outside the catalogue."""
    classes = _error_classes()
    found = [f"{path.relative_to(ROOT)}:{node.lineno}" for path, tree in _trees() for node in ast.walk(tree)
             if isinstance(node, ast.Call) and _called(node) in classes
             and any(_sentence(arg) for arg in (*node.args, *(k.value for k in node.keywords)))]
    assert found == []


def test_no_note_carries_a_sentence_as_a_value() -> None:
    """A note's values are data (numbers, dates, names, nested notes), never words for the reader."""
    found = [f"{path.relative_to(ROOT)}:{node.lineno}" for path, tree in _trees() for node in ast.walk(tree)
             if isinstance(node, ast.Call) and _called(node) == "note"
             and any(_sentence(k.value) for k in node.keywords)]
    assert found == []


def test_a_sentence_in_an_error_would_be_found() -> None:
    """The scan above is not blind: it flags the shape it forbids."""
    call = ast.parse('raise InputError(f"the file {name} is empty")').body[0]
    assert isinstance(call, ast.Raise) and isinstance(call.exc, ast.Call)
    assert _sentence(call.exc.args[0])
    assert not _sentence(ast.parse('note("error.empty_file")').body[0].value)  # type: ignore[attr-defined]


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_error_code_is_worded_in_every_catalogue(lang: str) -> None:
    english = {key for key in messages("en").texts if key.startswith(SAID_PREFIX + "error.")}
    assert len(english) > 40
    assert english <= set(messages(lang).texts)


NOTE_CODE = re.compile(r"^[a-z_]+(?:\.[a-z_0-9]+)+$")


@cache
def _note_codes() -> dict[str, str]:
    """Every note code the packages give `note(...)`, with where: a literal, or a module's string constant
    named there or through its module ("value.name_word_lost" as `LOST_WORD`, `module.REASON`)."""
    constants: dict[str, dict[str, str]] = {}
    for path, tree in _trees():
        constants[path.stem] = {
            target.id: node.value.value for node in tree.body if isinstance(node, ast.Assign)
            and isinstance(node.value, ast.Constant) and isinstance(node.value.value, str)
            for target in node.targets if isinstance(target, ast.Name)}
    everywhere = {name: value for names in constants.values() for name, value in names.items()}
    codes: dict[str, str] = {}
    for path, tree in _trees():
        for node in ast.walk(tree):
            if not (isinstance(node, ast.Call) and _called(node) == "note" and node.args):
                continue
            first = node.args[0]
            code = (first.value if isinstance(first, ast.Constant) and isinstance(first.value, str)
                    else constants[path.stem].get(first.id) if isinstance(first, ast.Name)
                    else everywhere.get(first.attr) if isinstance(first, ast.Attribute) else None)
            if code is not None and NOTE_CODE.match(code):
                codes.setdefault(code, f"{path.relative_to(ROOT)}:{node.lineno}")
    return codes


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_note_the_packages_give_is_worded_in_every_catalogue(lang: str) -> None:
    # A code held in a constant once had no entry (helper h54's "value.name_word_lost"): the summary of the
    # letter that raised it stopped with an internal error.
    codes = _note_codes()
    assert len(codes) > 150 and "value.name_word_lost" in codes
    texts = messages(lang).texts
    assert {code: where for code, where in codes.items() if SAID_PREFIX + code not in texts} == {}


@pytest.mark.parametrize("error", [
    EncryptedInputError(note("error.pdf_encrypted")),
    InputTooLargeError(note("error.too_many_pages", pages=3, limit=2)),
    LaterPageError(PageOf(2, 3)),
    UploadStalledError(30.0),
])
def test_an_error_keeps_its_note_across_processes(error: Letter4390Error) -> None:
    copied = pickle.loads(pickle.dumps(error))
    assert type(copied) is type(error) and copied.note == error.note


def test_an_error_is_worded_in_english_and_spanish_from_its_note() -> None:
    error = InputTooLargeError(note("error.too_many_pages", pages=3, limit=2))
    assert messages("en").said(error.note) == \
        "the document has 3 pages, more than the limit of 2; raise it with --max-pages"
    assert messages("es").said(error.note) == \
        "el documento tiene 3 páginas, más que el límite de 2; súbalo con --max-pages"
    assert str(error) == "error.too_many_pages (pages=3, limit=2)"  # a developer's view, no sentence


def test_the_cli_prints_the_english_catalogue_s_words(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    empty = tmp_path / "empty.pdf"
    empty.write_bytes(b"")
    assert main(["extract", str(empty)]) == 3
    assert capsys.readouterr().err == "letter4390: error: the file is empty\n"


@pytest.fixture
def client(tmp_path: Path) -> Iterator[TestClient]:
    settings = ServerSettings(upload_root=tmp_path, workers=1, options=Options())
    with TestClient(create_app(settings)) as test_client:
        yield test_client


def _page_text(page: str) -> str:
    return re.sub(r"\s+", " ", html.unescape(re.sub(r"<[^>]+>", " ", page)))


@pytest.mark.parametrize(("upload", "spanish"), [
    ("empty", "El archivo enviado está vacío."),
    ("encrypted", "El PDF tiene contraseña; quítela y vuelva a intentarlo."),
])
def test_a_spanish_web_result_for_an_error_is_in_spanish(
        client: TestClient, tmp_path: Path, upload: str, spanish: str) -> None:
    content = b"" if upload == "empty" else user_password_pdf(tmp_path).read_bytes()
    response = client.post("/?lang=es", files={"file": ("carta.pdf", content, "application/pdf")},
                           data={"lang": "es"})
    assert response.status_code == 400
    text = _page_text(response.text)
    assert "No se pudo leer la carta" in text and spanish in text
    english = {messages("en").said(note(key.removeprefix(SAID_PREFIX)))
               for key in messages("en").texts if key.startswith(SAID_PREFIX + "error.")
               and "{" not in messages("en").texts[key]}
    assert sorted(sentence for sentence in english if sentence in text) == []


# What may hold English words outside the catalogue in the packages that show things: argparse's help (the
# CLI's --help is English by design), a synthetic letter the batch reads to warm up, tqdm's bar format, the
# calendar file's product identifier.
NOT_FOR_THE_READER_KEYWORDS = frozenset({"help", "description", "bar_format"})
NOT_FOR_THE_READER_NAMES = frozenset({"WARM_UP_LINES", "PRODUCT_ID"})
PRESENTATION = ("annotate", "letter4390")


def _docstrings(tree: ast.Module) -> set[int]:
    return {id(node.body[0].value) for node in ast.walk(tree)
            if isinstance(node, (ast.Module, ast.ClassDef, ast.FunctionDef, ast.AsyncFunctionDef))
            and node.body and isinstance(node.body[0], ast.Expr)}


def _exempt(tree: ast.Module) -> set[int]:
    """Literals that are not for the reader: see NOT_FOR_THE_READER_*, and the messages of developer
    errors (ValueError: a malformed catalogue) that are not the user-facing hierarchy."""
    exempt = _docstrings(tree)
    classes = _error_classes()
    for node in ast.walk(tree):
        held: ast.AST | None = None
        if isinstance(node, ast.keyword) and node.arg in NOT_FOR_THE_READER_KEYWORDS:
            held = node.value
        elif isinstance(node, ast.Assign):
            named = {t.id for t in node.targets if isinstance(t, ast.Name)}
            held = node.value if named & NOT_FOR_THE_READER_NAMES else None
        elif isinstance(node, ast.Raise) and isinstance(node.exc, ast.Call):
            held = node.exc if _called(node.exc) not in classes else None
        if held is not None:
            exempt |= {id(inner) for inner in ast.walk(held)}
    return exempt


def test_no_sentence_for_the_reader_is_written_in_the_presentation_code() -> None:
    """annotate/ and letter4390/ take every word they show from the catalogue."""
    found = []
    for folder in PRESENTATION:
        for path in sorted((ROOT / folder).rglob("*.py")):
            tree = ast.parse(path.read_text(encoding="utf-8"))
            exempt = _exempt(tree)
            inside_fstrings = {id(part) for node in ast.walk(tree) if isinstance(node, ast.JoinedStr)
                               for part in node.values}
            found += [f"{path.relative_to(ROOT)}:{node.lineno}" for node in ast.walk(tree)
                      if id(node) not in exempt and id(node) not in inside_fstrings and _prose(node)]
    assert found == []


def test_the_presentation_scan_tells_prose_from_markup_and_keys() -> None:
    def parsed(source: str) -> ast.expr:
        statement = ast.parse(source).body[0]
        assert isinstance(statement, ast.Expr)
        return statement.value

    assert _prose(parsed('f"the summary of {name} could not be made"'))
    assert not _prose(parsed("""f'<p class="days-left {tone}" data-days-left="{n}">'"""))
    assert not _prose(parsed('f"batch.not_a_file.{kind}"'))
    assert not _prose(parsed('"text/css; charset=utf-8"'))


# Three words in a row, spaces between them, outside any HTML tag: prose, not a key, a path or markup.
PROSE = re.compile(r"[A-Za-z]{2,}(?: [A-Za-z']{2,}){2,}")
TAG = re.compile(r"<[^>]*>")


def _prose(node: ast.expr) -> bool:
    text = _literal_text(node, "{}")
    return text is not None and PROSE.search(TAG.sub(" ", text)) is not None


def test_the_terminal_report_takes_its_words_from_the_catalogue() -> None:
    from test_annotate_support import make_assessment

    from letter4390.text_report import deadlines_block, report
    from rules.deadlines import compute_deadlines

    boechler = deadlines_block(dt.date(2017, 7, 28), compute_deadlines("4390", dt.date(2017, 7, 28)), "4390")
    assert boechler.splitlines()[:3] == [
        "Letter 4390 dated Friday, July 28, 2017:",
        "  Collection (lien/levy) - IRC 6330(d)(1), 30 days: Monday, August 28, 2017",
        "      moved past 2017-08-27 (Sunday)"]
    spanish = report(make_assessment(), messages("es"))
    assert "Últimos días para presentar una petición al Tribunal Tributario de EE. UU.:" in spanish
    texts = messages("en").texts
    english = {run for key, text in texts.items() if key.startswith(("text.", "cli."))
               for run in PROSE.findall(TAG.sub(" ", re.sub(r"\{[^}]*\}", " ", text)))}
    assert len(english) > 10
    assert sorted(run for run in english if run in spanish) == []
