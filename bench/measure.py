"""Running a command the way a user would and measuring it: wall time and peak memory, never guessed.

Peak memory comes from the kernel (os.wait4's rusage of the finished child): ru_maxrss is the largest
resident set of the child and of the processes it waited for (tesseract under the CLI), so it is the peak of
the biggest single process, the figure the issue's memory target is about.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import time
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

KIB_PER_MIB = 1024


@dataclass(frozen=True)
class Run:
    """One finished process: how long it took and the largest resident set it (or a child) reached.

    cpu_seconds (user + system of the process and the children it waited for) is far less disturbed by other
    work on the machine than wall time: compare it when the load average is high.
    """

    seconds: float
    peak_rss_mib: float
    returncode: int
    cpu_seconds: float = 0.0


@dataclass(frozen=True)
class Timing:
    """Several runs of the same command summarised by their median (robust to one noisy run)."""

    runs: tuple[Run, ...]

    @property
    def seconds(self) -> float:
        return statistics.median(run.seconds for run in self.runs)

    @property
    def peak_rss_mib(self) -> float:
        return max(run.peak_rss_mib for run in self.runs)

    @property
    def cpu_seconds(self) -> float:
        return statistics.median(run.cpu_seconds for run in self.runs)

    @property
    def spread(self) -> float:
        """Largest minus smallest wall time, to show how noisy the machine was."""
        times = [run.seconds for run in self.runs]
        return max(times) - min(times)


def run_once(command: Sequence[str], *, env: Mapping[str, str] | None = None, cwd: Path | None = None) -> Run:
    """Run `command` to the end with output discarded; raises when it fails (a bench must not time errors)."""
    started = time.perf_counter()
    process = subprocess.Popen(
        list(command), env=dict(env) if env is not None else None, cwd=cwd,
        stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
    )
    assert process.stderr is not None
    errors = process.stderr.read()
    _, status, usage = os.wait4(process.pid, 0)
    seconds = time.perf_counter() - started
    process.returncode = os.waitstatus_to_exitcode(status)
    process.stderr.close()
    if process.returncode != 0:
        lines = errors.decode("utf-8", "replace").strip().splitlines() or ["(no message)"]
        raise RuntimeError(f"{Path(command[0]).name} exited {process.returncode}: {lines[-1]}")
    return Run(seconds, usage.ru_maxrss / KIB_PER_MIB, process.returncode, usage.ru_utime + usage.ru_stime)


def timed(command: Sequence[str], *, repeats: int, env: Mapping[str, str] | None = None,
          cwd: Path | None = None) -> Timing:
    return Timing(tuple(run_once(command, env=env, cwd=cwd) for _ in range(repeats)))


def timed_in_turn(sequences: Sequence[Sequence[Sequence[str]]], *, repeats: int,
                  env: Mapping[str, str] | None = None) -> list[Timing]:
    """Each sequence of commands timed, its commands run one after another counting as one run (e.g.
    tesseract once per page, summed); the sequences run in turn within each repeat: a drift of the
    machine's speed (another VM on the host, a CPU's clock) falls on all alike, so their ratio holds
    where figures timed one block after another swung (0.85x to 0.99x for one code, stop 33)."""
    runs: list[list[Run]] = [[] for _ in sequences]
    for _ in range(repeats):
        for index, commands in enumerate(sequences):
            parts = [run_once(command, env=env) for command in commands]
            runs[index].append(Run(sum(p.seconds for p in parts), max(p.peak_rss_mib for p in parts), 0,
                                   sum(p.cpu_seconds for p in parts)))
    return [Timing(tuple(timings)) for timings in runs]


def single_thread_env(**extra: str) -> dict[str, str]:
    """The environment of every measured process: Tesseract single-threaded, as the product runs it.

    Python's bytecode cache is allowed (PYTHONDONTWRITEBYTECODE dropped), as on a user's machine: with it
    set, every run compiled the project's sources again (about 0.1 s of a digital letter's 0.6 s), a cost
    no installed copy pays. Run `warm_up` once before timing, so the cache exists.
    """
    env = dict(os.environ)
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env["OMP_THREAD_LIMIT"] = "1"
    env.update(extra)
    return env


def warm_up(command: Sequence[str], *, env: Mapping[str, str] | None = None, cwd: Path | None = None) -> None:
    """Run `command` once untimed: Python writes its bytecode cache and the OS caches the files read."""
    run_once(command, env=env, cwd=cwd)


def load_average() -> str:
    """The 1/5/15 minute load averages, printed beside every result (other work skews timings)."""
    one, five, fifteen = os.getloadavg()
    return f"{one:.2f} / {five:.2f} / {fifteen:.2f} on {os.cpu_count()} cores"
