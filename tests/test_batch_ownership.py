"""The batch owns what it starts (issue 17, item 6): `kill -9` of a real batch leaves no worker, no Tesseract
and no temporary file behind; its outputs are private to the owner unless group access is asked for.

The kill test runs the real CLI on sample letters in a subprocess. Every process the batch starts (workers,
their Tesseracts, the janitor) inherits a marker in its environment, which is how the test finds them after
their parent is gone. It waits on conditions with bounded polling, never on a fixed sleep.
"""

from __future__ import annotations

import os
import shutil
import signal
import stat
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

from test_batch_failures import _inbox, _settings, fake_letter

from letter4390.batch.runner import run_batch

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "samples" / "letters"
# Scans (each a few seconds of Tesseract) so that the kill lands while workers read; digital letters too.
KILL_INBOX = ("4390-photo.jpg", "4390-rotated90.png", "4390-skew-noise.png", "4390-fax200.tif",
              "4390-digital-saturday.pdf", "3193-digital.pdf")
MARKER = "LETTER4390_OWNERSHIP_TEST"


def _wait_for(condition: Callable[[], bool], *, seconds: float) -> bool:
    deadline = time.monotonic() + seconds
    while not condition():
        if time.monotonic() > deadline:
            return False
        time.sleep(0.05)
    return True


def _marked_processes(mark: str) -> dict[int, str]:
    """Live processes (zombies left out) whose environment carries MARKER=mark: pid -> command name."""
    needle = f"{MARKER}={mark}".encode()
    found = {}
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            environ = (entry / "environ").read_bytes()
            state = (entry / "stat").read_text().rsplit(")", 1)[1].split()[0]
            name = (entry / "comm").read_text().strip()
        except OSError:
            continue
        if needle in environ.split(b"\0") and state != "Z":
            found[int(entry.name)] = name
    return found


def test_kill_9_of_the_batch_leaves_no_process_and_no_temporary_file(tmp_path: Path) -> None:
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    for name in KILL_INBOX:
        shutil.copy(SAMPLES / name, inbox / name)
    out = tmp_path / "out"
    temp = tmp_path / "tmp"
    temp.mkdir()
    mark = str(tmp_path)
    env = {**os.environ, "TMPDIR": str(temp), "PYTHONPATH": str(ROOT), "OMP_THREAD_LIMIT": "1",
           MARKER: mark}
    batch = subprocess.Popen([sys.executable, "-m", "letter4390.cli", "batch", str(inbox), "-o", str(out),
                              "--jobs", "2", "--quiet", "--as-of", "2025-11-01"],
                             cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        # Workers are reading scans: a Tesseract of theirs runs, beside the janitor and the runner.
        assert _wait_for(lambda: "tesseract" in _marked_processes(mark).values(), seconds=120)
        started = _marked_processes(mark)
        assert len(started) >= 4  # runner, janitor, a worker, its Tesseract
        assert any(p.name.startswith("letter4390-batch-") for p in temp.iterdir())
    finally:
        batch.send_signal(signal.SIGKILL)
        batch.wait(timeout=30)

    # Gone at once (an orphaned worker would go on reading its scan for seconds and write its outputs).
    assert _wait_for(lambda: not _marked_processes(mark), seconds=5), _marked_processes(mark)
    assert list(temp.iterdir()) == []  # the workers' folders and the warm-up folder are gone
    assert [p for p in out.rglob(".*") if p.is_file()] == []  # no half-written output
    letters = sorted(p.name for p in (out / "letters").iterdir())
    assert all(name.endswith((".summary.pdf", ".result.json", ".ics")) for name in letters)
    # nothing of the batch is still at work: the outputs stay as they are
    assert not _wait_for(lambda: sorted(p.name for p in (out / "letters").iterdir()) != letters, seconds=2)


def _modes(out: Path) -> dict[str, int]:
    return {p.relative_to(out).as_posix(): stat.S_IMODE(p.stat().st_mode) for p in [out, *out.rglob("*")]}


def test_outputs_are_the_owners_only(tmp_path: Path) -> None:
    inbox = _inbox(tmp_path, ["a.pdf", "b.pdf", "unreadable.pdf"])
    out = tmp_path / "out"
    os.umask(old := os.umask(0o022))  # what a user's shell typically has
    try:
        assert run_batch(_settings(inbox, out), process_one=fake_letter) == 5
    finally:
        os.umask(old)
    modes = _modes(out)
    assert {mode for name, mode in modes.items() if (out / name).is_dir()} == {0o700}
    files = {name: mode for name, mode in modes.items() if (out / name).is_file()}
    assert {"docket.csv", "docket.pdf", "errors.csv", "manifest.json", "deadlines.ics"} <= set(files)
    assert any(name.endswith(".summary.pdf") for name in files)  # written by the workers
    assert set(files.values()) == {0o600}
    assert os.umask(old) == old  # the batch put the caller's umask back
    os.umask(old)


def test_group_readable_outputs_on_request(tmp_path: Path) -> None:
    inbox = _inbox(tmp_path, ["a.pdf"])
    out = tmp_path / "out"
    out.mkdir()
    (out / "letters").mkdir(mode=0o755)  # an earlier run's, under a looser mask
    assert run_batch(_settings(inbox, out, group_readable=True), process_one=fake_letter) == 0
    modes = _modes(out)
    assert modes["letters"] == 0o750 and modes[".batch"] == 0o750
    assert modes["."] == stat.S_IMODE(out.stat().st_mode)  # a folder the user made keeps its mode
    assert {mode for name, mode in modes.items() if (out / name).is_file()} == {0o640}
    assert run_batch(_settings(inbox, out), process_one=fake_letter) == 0  # private again: existing too
    assert {mode for name, mode in _modes(out).items() if (out / name).is_file()} == {0o600}
