"""The batch's janitor: a small process that outlives the runner just long enough to clean up after it.

However the runner ends (its own exit, an uncaught error, Ctrl-C, or `kill -9`, when no `finally` runs),
the kernel closes its end of a pipe. The janitor, forked at the start of the run and in a session of its
own (so Ctrl-C on the terminal does not reach it), blocks on that pipe. At end of file it kills the process
group of every worker the runner had not reaped yet (a worker and any Tesseract it started), waits until
they are gone, deletes the run's temporary folder (the workers' TMPDIRs and the warm-up folder) and the
half-written files in OUT, and exits. The workers also die with the runner on their own (see worker.py);
the janitor is what catches their children and the files.

The runner tells it which workers run with one line a start ("+PID") and one after reaping ("-PID").
"""

from __future__ import annotations

import contextlib
import os
import shutil
import signal
import time
from pathlib import Path

from letter4390.batch.held_signals import held_stop_signals, release_in_child
from letter4390.batch.outputs import OutLayout, remove_temps

# How long the janitor waits for killed workers to disappear before cleaning anyway.
GONE_WAIT_SECONDS = 10.0
# Write ends of janitors' pipes. A forked child (a worker) closes them at once: while any process holds
# one, the janitor would not see the runner's end.
_WRITERS: set[int] = set()


def _close_writers_in_child() -> None:
    for writer in _WRITERS:
        with contextlib.suppress(OSError):
            os.close(writer)
    _WRITERS.clear()


os.register_at_fork(after_in_child=_close_writers_in_child)


def _alive(pid: int) -> bool:
    """The process exists and is not a zombie waiting to be reaped."""
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        try:
            os.kill(pid, 0)
        except ProcessLookupError:
            return False
        except PermissionError:
            return True
        return True  # no /proc (not Linux): it exists
    return stat.rsplit(")", 1)[1].split()[0] != "Z"


def _group_members(pgid: int) -> list[int]:
    """Processes in the process group `pgid` (Linux /proc; elsewhere just its leader)."""
    proc = Path("/proc")
    if not proc.is_dir():
        return [pgid]
    members = []
    for entry in proc.iterdir():
        if not entry.name.isdigit():
            continue
        try:
            fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if int(fields[2]) == pgid and fields[0] != "Z":
            members.append(int(entry.name))
    return members


def _clean(workers: set[int], temp_root: Path, layout: OutLayout) -> None:
    doomed: list[int] = []
    for pgid in workers:
        doomed += _group_members(pgid)
        with contextlib.suppress(ProcessLookupError, PermissionError):
            os.killpg(pgid, signal.SIGKILL)
    deadline = time.monotonic() + GONE_WAIT_SECONDS
    while any(_alive(pid) for pid in doomed) and time.monotonic() < deadline:
        time.sleep(0.02)
    shutil.rmtree(temp_root, ignore_errors=True)
    for folder in (layout.root, layout.letters, layout.state):
        with contextlib.suppress(OSError):
            remove_temps(folder, patterns=(".tmp-*", ".*.tmp") if folder == layout.root else (".*",))


def _serve(reader: int, temp_root: Path, layout: OutLayout) -> None:
    os.setsid()
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_IGN)  # a service manager stops the runner; the janitor follows
    release_in_child()
    devnull = os.open(os.devnull, os.O_RDWR)
    for stream in (0, 1, 2):
        os.dup2(devnull, stream)
    workers: set[int] = set()
    with os.fdopen(reader, "rb", buffering=0) as pipe:
        buffered = b""
        while chunk := pipe.read(4096):
            buffered += chunk
            *lines, buffered = buffered.split(b"\n")
            for line in lines:
                pid = int(line[1:])
                if line.startswith(b"+"):
                    workers.add(pid)
                else:
                    workers.discard(pid)
    _clean(workers, temp_root, layout)


class Janitor:
    """Forks the janitor process; `watch`/`reaped` keep it told of the running workers; `close` ends it."""

    def __init__(self, temp_root: Path, layout: OutLayout) -> None:
        reader, writer = os.pipe()
        _WRITERS.add(writer)
        with held_stop_signals():  # a Ctrl-C during the fork would be lost in an at-fork hook
            pid = os.fork()
        if pid == 0:  # the janitor (its copy of `writer` is closed by the fork hook)
            code = 0
            try:
                _serve(reader, temp_root, layout)
            except BaseException:
                code = 1
            finally:
                os._exit(code)
        os.close(reader)
        self._pid = pid
        self._writer: int | None = writer

    def _say(self, line: str) -> None:
        if self._writer is not None:
            with contextlib.suppress(OSError):
                os.write(self._writer, line.encode() + b"\n")

    def watch(self, pid: int) -> None:
        self._say(f"+{pid}")

    def reaped(self, pid: int) -> None:
        self._say(f"-{pid}")

    def close(self) -> None:
        """The runner's clean end: the janitor finds nothing left to do, and is reaped here."""
        if self._writer is not None:
            _WRITERS.discard(self._writer)
            os.close(self._writer)
            self._writer = None
            with contextlib.suppress(ChildProcessError):
                os.waitpid(self._pid, 0)
