"""Ctrl-C and SIGTERM held back while the runner forks, so neither is lost.

A signal that arrives while os.fork() runs its at-fork hooks (logging's, the janitor's) makes its handler
run inside a hook, and CPython ignores an exception raised there: the KeyboardInterrupt that should end
the batch is printed as "Exception ignored" and the batch runs on. Blocked, the signal waits in the kernel
and is delivered when the fork is done. A forked child inherits the block and lifts it with `release`.
"""

from __future__ import annotations

import signal
import threading
from collections.abc import Iterator
from contextlib import contextmanager

STOP_SIGNALS = frozenset({signal.SIGINT, signal.SIGTERM})


@contextmanager
def held_stop_signals() -> Iterator[None]:
    """Block SIGINT and SIGTERM for the duration (main thread only; elsewhere no handler runs anyway)."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    previous = signal.pthread_sigmask(signal.SIG_BLOCK, STOP_SIGNALS)
    try:
        yield
    finally:
        signal.pthread_sigmask(signal.SIG_SETMASK, previous)


def release_in_child() -> None:
    """In a process forked under `held_stop_signals`: take the stop signals again (after choosing how)."""
    signal.pthread_sigmask(signal.SIG_UNBLOCK, STOP_SIGNALS)
