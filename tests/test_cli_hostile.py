"""Issue 7's input matrix through the command line: exact exit code and one-line message for each file."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import hostile_fixtures as fixtures
import pytest
from test_reading_hostile import REFUSED, Builder

from letter4390 import cli

ROOT = Path(__file__).resolve().parent.parent
DIGITAL_SAMPLE = ROOT / "samples" / "letters" / "4390-digital-saturday.pdf"


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = cli.main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.mark.parametrize(("build", "message"), [(b, m) for b, _cls, m in REFUSED],
                         ids=[b.__name__ for b, _cls, _m in REFUSED])
def test_refused_input_exits_3_with_one_line(
    build: Builder, message: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = build(tmp_path)
    code, out, err = run(capsys, "extract", str(path), "--json")
    assert (code, out, err) == (3, "", f"letter4390: error: {message}\n")


def test_summarize_refused_input_writes_nothing(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out_dir = tmp_path / "out"
    out_dir.mkdir()
    code, _, err = run(capsys, "summarize", str(fixtures.empty_file(tmp_path)), "-o", str(out_dir / "s.pdf"),
                       "--ics", str(out_dir / "s.ics"))
    assert code == 3 and err == "letter4390: error: the file is empty\n"
    assert list(out_dir.iterdir()) == []


@pytest.mark.parametrize("build", [fixtures.repairable_xref_pdf, fixtures.owner_password_pdf],
                         ids=["repairable_xref", "owner_password_only"])
def test_readable_damaged_pdfs_are_processed(
    build: Builder, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, err = run(capsys, "extract", str(build(tmp_path)), "--as-of", "2025-03-10")
    assert code == 0, err
    assert "Letter type:" in out


def test_max_pages_raises_the_limit(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = fixtures.many_blank_pages_pdf(tmp_path, pages=25)
    code, _, err = run(capsys, "extract", str(path))
    assert code == 3
    assert err == ("letter4390: error: the document has 25 pages, more than the limit of 20; "
                   "raise it with --max-pages\n")
    code, out, _ = run(capsys, "extract", str(path), "--max-pages", "30", "--json")
    assert code == 0
    assert '"value": "other"' in out  # blank pages: not a letter, and no deadline invented


def test_read_only_output_directory_is_a_clear_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    if os.geteuid() == 0:
        # root writes anywhere; a path under a regular file fails the same way for everyone
        target = tmp_path / "not-a-dir"
        target.write_text("x")
        out = target / "summary.pdf"
    else:
        locked = tmp_path / "locked"
        locked.mkdir(mode=0o500)
        out = locked / "summary.pdf"
    code, stdout, err = run(capsys, "summarize", str(DIGITAL_SAMPLE), "-o", str(out))
    assert code == 3
    assert stdout == ""
    assert err.startswith("letter4390: error: ") and err.count("\n") == 1
    assert "summary" in err or "write" in err
    assert not out.exists()


def test_missing_tesseract_exits_4_with_the_install_command(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    scan = tmp_path / "scan.png"
    shutil.copy(ROOT / "samples" / "letters" / "4390-skew-noise.png", scan)
    monkeypatch.setenv("PATH", str(tmp_path))  # no tesseract on this PATH
    code, out, err = run(capsys, "extract", str(scan))
    assert code == 4
    assert out == ""
    assert err.count("\n") == 1
    assert "apt-get install tesseract-ocr" in err
