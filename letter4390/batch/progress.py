"""What the batch shows while it runs: a progress bar on a terminal, plain log lines otherwise, or nothing.

Everything goes to stderr, so stdout carries only the final line. Names shown are display names (taxpayer
ids masked); reasons are the one-line reasons of errors.csv.
"""

from __future__ import annotations

import sys
from typing import Literal, TextIO

from tqdm import tqdm

from letter4390.batch.words import words

Mode = Literal["bar", "lines", "quiet"]


def choose_mode(*, quiet: bool, stream: TextIO) -> Mode:
    if quiet:
        return "quiet"
    return "bar" if stream.isatty() else "lines"


class Progress:
    def __init__(self, total: int, *, mode: Mode, stream: TextIO = sys.stderr) -> None:
        self._mode = mode
        self._stream = stream
        self._total = total
        self._done = 0
        self._bar: tqdm[None] | None = None
        if mode == "bar" and total:
            self._bar = tqdm(total=total, unit="file", file=stream, dynamic_ncols=True, leave=True,
                             bar_format="{l_bar}{bar}| {n_fmt}/{total_fmt} files "
                                        "[{elapsed}<{remaining}, {rate_fmt}]")

    def note(self, message: str) -> None:
        """A line above the bar (or a log line); nothing when quiet."""
        if self._mode == "quiet":
            return
        if self._bar is not None:
            self._bar.write(message, file=self._stream)
        else:
            print(message, file=self._stream, flush=True)

    def done(self, file: str, *, ok: bool, seconds: float, reason: str = "") -> None:
        self._done += 1
        if self._bar is not None:
            self._bar.update(1)
            if not ok:
                self._bar.write(words()("batch.progress.failed", file=file, reason=reason), file=self._stream)
        elif self._mode == "lines":
            outcome = (words()("batch.progress.ok", seconds=seconds) if ok
                       else words()("batch.progress.error", reason=reason))
            line = words()("batch.progress.line", done=self._done, total=self._total, file=file,
                           outcome=outcome)
            print(line, file=self._stream, flush=True)

    def tick(self) -> None:
        """Refresh the bar's clock while workers run (the rate and time left change without a new file)."""
        if self._bar is not None:
            self._bar.refresh()

    def close(self) -> None:
        if self._bar is not None:
            self._bar.close()
            self._bar = None
