"""The command line, run in-process: output, JSON contract, exit codes."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from jsonschema import Draft202012Validator

from letter4390 import cli, pipeline
from letter4390.result_json import result_schema

ROOT = Path(__file__).resolve().parent.parent
SHARED_SCHEMA = ROOT.parent / "shared" / "schema" / "result.schema.json"


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = cli.main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_schema_copy_equals_shared_schema() -> None:
    if not SHARED_SCHEMA.exists():
        pytest.skip("shared/ is not beside this checkout")
    assert json.loads(SHARED_SCHEMA.read_text()) == result_schema()


def test_deadlines_json_boechler(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "deadlines", "2017-07-28", "--json", "--as-of", "2017-08-01")
    assert code == 0
    [answer] = json.loads(out)
    assert answer["letter_date"] == "2017-07-28"
    by_id = {d["id"]: d for d in answer["deadlines"]}
    cdp = by_id["collection_due_process"]
    assert (cdp["nominal"], cdp["due"], cdp["days_left"]) == ("2017-08-27", "2017-08-28", 27)
    assert [r["date"] for r in cdp["rolled_past"]] == ["2017-08-27"]
    assert by_id["innocent_spouse"]["due"] == "2017-10-26"


def test_deadlines_several_dates_text(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "deadlines", "2001-02-21", "2021-06-16", "--as-of", "2021-06-16")
    assert code == 0
    assert "Friday, March 23, 2001" in out  # Guerrier
    assert "Tuesday, September 14, 2021" in out  # Frutiger, innocent spouse


def test_deadlines_3193_has_only_the_collection_deadline(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "deadlines", "2025-03-03", "--letter-type", "3193", "--json")
    assert code == 0
    assert [d["id"] for d in json.loads(out)[0]["deadlines"]] == ["collection_due_process"]


@pytest.mark.parametrize("argv", [
    ["deadlines", "03/03/2025"],
    ["deadlines", "2025-02-30"],
    ["extract", "x.pdf", "--as-of", "yesterday"],
    ["extract", "x.pdf", "--max-pages", "0"],
    ["nonsense"],
])
def test_usage_errors_exit_2(capsys: pytest.CaptureFixture[str], argv: list[str]) -> None:
    with pytest.raises(SystemExit) as raised:
        cli.main(argv)
    assert raised.value.code == 2
    assert "usage:" in capsys.readouterr().err


def test_missing_file_is_one_line_exit_3(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    code, out, err = run(capsys, "extract", str(tmp_path / "nowhere.pdf"))
    assert code == 3
    assert out == ""
    assert err.count("\n") == 1 and err.startswith("letter4390: error: ")


def test_internal_error_is_one_line_exit_1_traceback_only_with_v(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    def broken(*_args: object, **_kwargs: object) -> None:
        raise RuntimeError("boom")

    monkeypatch.setattr(pipeline, "analyse", broken)
    code, _, err = run(capsys, "extract", str(tmp_path / "a.pdf"))
    assert code == 1
    assert err == "letter4390: internal error: RuntimeError (run with -v for details)\n"
    code, _, err = run(capsys, "-v", "extract", str(tmp_path / "a.pdf"))
    assert code == 1
    assert "Traceback" in err and "boom" in err


def validator() -> Draft202012Validator:
    return Draft202012Validator(result_schema(), format_checker=Draft202012Validator.FORMAT_CHECKER)


def test_extract_json_of_a_digital_sample_validates(capsys: pytest.CaptureFixture[str]) -> None:
    sample = next(p for p in sorted((ROOT / "samples" / "letters").glob("*.pdf"))
                  if json.loads(p.with_suffix(".truth.json").read_text())["profile"] == "digital")
    code, out, _ = run(capsys, "extract", str(sample), "--json", "--as-of", "2025-01-01")
    assert code == 0
    result = json.loads(out)
    validator().validate(result)
    assert result["source"]["name"] == sample.name
    assert result["source"]["method"] == "pdf_text"


def test_non_utf8_file_name_is_written_as_valid_utf8() -> None:
    from letter4390.result_json import display_name

    raw = b"carta-\xf1-4390.pdf"
    name = raw.decode("utf-8", errors="surrogateescape")
    assert display_name(name) == "carta-\ufffd-4390.pdf"
    assert display_name("plain.pdf") == "plain.pdf"


GOLDEN_DEADLINES = ROOT / "tests" / "golden" / "deadlines_cli.json"
# The brief's real-case dates, plus letters whose days 30 or 90 land on a Saturday, a Sunday, and DC
# holidays (Emancipation Day, Juneteenth, Independence Day, Inauguration Day, New Year's Day observed).
GOLDEN_DATES = ["2001-02-21", "2015-01-16", "2017-07-28", "2021-06-16", "2024-10-22", "2025-03-17",
                "2025-05-20", "2025-06-04", "2024-12-21", "2021-11-01"]


def test_deadlines_json_matches_golden_file(capsys: pytest.CaptureFixture[str]) -> None:
    """Regenerate after a deliberate change: UPDATE_GOLDEN=1 pytest tests/test_cli.py, then read the diff."""
    code, out, _ = run(capsys, "deadlines", *GOLDEN_DATES, "--json", "--as-of", "2025-01-01")
    assert code == 0
    if os.environ.get("UPDATE_GOLDEN"):
        GOLDEN_DEADLINES.write_text(out, encoding="utf-8")
    assert json.loads(out) == json.loads(GOLDEN_DEADLINES.read_text(encoding="utf-8"))
