"""`letter4390 batch` through the command line: exit codes, the final line, progress output."""

from __future__ import annotations

import fcntl
import io
from pathlib import Path

import pytest
from hostile_fixtures import empty_file

from letter4390.batch.progress import Progress, choose_mode
from letter4390.cli import main


def test_empty_inbox_exits_0_with_empty_docket(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "inbox").mkdir()
    assert main(["batch", str(tmp_path / "inbox"), "-o", str(tmp_path / "out"), "--quiet"]) == 0
    captured = capsys.readouterr()
    assert captured.out.startswith("0 files: 0 letters in the docket, 0 in errors.csv")
    assert captured.err == ""
    out = tmp_path / "out"
    assert (out / "docket.csv").read_bytes().startswith(b"\xef\xbb\xbffile,status,next_due")  # UTF-8 BOM
    assert (out / "errors.csv").read_text(encoding="utf-8-sig").strip() == "file,exit_code,reason"


def test_unreadable_files_exit_5(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    empty_file(inbox)
    assert main(["batch", str(inbox), "-o", str(tmp_path / "out"), "--quiet", "--jobs", "1"]) == 5
    assert "1 files: 0 letters in the docket, 1 in errors.csv" in capsys.readouterr().out
    errors = (tmp_path / "out" / "errors.csv").read_text(encoding="utf-8-sig")
    assert errors.splitlines()[1] == "empty.pdf,3,the file is empty"


@pytest.mark.parametrize(
    ("make", "code", "message"),
    [
        (lambda tmp: tmp / "missing", 3, "the inbox folder does not exist"),
        (lambda tmp: empty_file(tmp), 3, "the inbox is not a folder"),
    ],
)
def test_bad_inbox(tmp_path: Path, capsys: pytest.CaptureFixture[str], make: object, code: int,
                   message: str) -> None:
    inbox = make(tmp_path)  # type: ignore[operator]
    assert main(["batch", str(inbox), "-o", str(tmp_path / "out")]) == code
    assert message in capsys.readouterr().err


def test_output_folder_must_not_be_the_inbox(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["batch", str(tmp_path), "-o", str(tmp_path)]) == 2
    assert "must not be the inbox" in capsys.readouterr().err


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_progress_modes() -> None:
    assert choose_mode(quiet=False, stream=_Terminal()) == "bar"
    assert choose_mode(quiet=False, stream=io.StringIO()) == "lines"
    assert choose_mode(quiet=True, stream=_Terminal()) == "quiet"

    terminal = _Terminal()
    bar = Progress(2, mode="bar", stream=terminal)
    bar.done("a.pdf", ok=True, seconds=1.0)
    bar.done("b.pdf", ok=False, seconds=1.0, reason="the file is empty")
    bar.close()
    shown = terminal.getvalue()
    assert "2/2 files" in shown and "file/s" in shown
    assert "error: b.pdf: the file is empty" in shown

    log = io.StringIO()
    lines = Progress(2, mode="lines", stream=log)
    lines.done("a.pdf", ok=True, seconds=1.25)
    lines.done("b.pdf", ok=False, seconds=0.1, reason="the file is empty")
    assert log.getvalue().splitlines() == ["[1/2] a.pdf: ok (1.2 s)", "[2/2] b.pdf: error: the file is empty"]

    silent = io.StringIO()
    quiet = Progress(2, mode="quiet", stream=silent)
    quiet.note("starting")
    quiet.done("a.pdf", ok=False, seconds=0.1, reason="x")
    assert silent.getvalue() == ""


def test_unwritable_output_exits_3_and_writes_nothing(tmp_path: Path,
                                                      capsys: pytest.CaptureFixture[str]) -> None:
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    empty_file(inbox)
    blocker = tmp_path / "out"
    blocker.write_text("a file where the output folder should be")
    assert main(["batch", str(inbox), "-o", str(blocker)]) == 3
    assert "can't create the output folder" in capsys.readouterr().err
    assert blocker.read_text() == "a file where the output folder should be"


def test_a_second_batch_on_the_same_out_is_refused(tmp_path: Path,
                                                   capsys: pytest.CaptureFixture[str]) -> None:
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    out = tmp_path / "out"
    assert main(["batch", str(inbox), "-o", str(out), "--quiet"]) == 0
    with (out / ".batch" / "lock").open("w") as held:
        fcntl.flock(held, fcntl.LOCK_EX | fcntl.LOCK_NB)  # as a running batch holds it
        assert main(["batch", str(inbox), "-o", str(out), "--quiet"]) == 3
    assert "another letter4390 batch is writing to" in capsys.readouterr().err
    assert main(["batch", str(inbox), "-o", str(out), "--quiet"]) == 0
