"""One-time downloads held in memory: the summary PDF, calendar file and JSON of a result page.

Nothing is written to disk. Each download is served once and then dropped; unclaimed ones expire after
a few minutes, and the oldest are dropped first when the store would grow past its byte budget.
"""

from __future__ import annotations

import secrets
import threading
import time
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass

TOKEN_BYTES = 32


@dataclass(frozen=True)
class Download:
    content: bytes
    media_type: str
    filename: str
    expires_at: float


class DownloadStore:
    def __init__(self, *, ttl_seconds: float, max_bytes: int,
                 clock: Callable[[], float] = time.monotonic) -> None:
        self._ttl = ttl_seconds
        self._max_bytes = max_bytes
        self._clock = clock
        self._items: OrderedDict[str, Download] = OrderedDict()
        self._bytes = 0
        self._lock = threading.Lock()

    def put(self, content: bytes, media_type: str, filename: str) -> str:
        """Keep `content` until it is taken once or expires; returns the random token that names it."""
        token = secrets.token_urlsafe(TOKEN_BYTES)
        with self._lock:
            self._drop_expired()
            while self._items and self._bytes + len(content) > self._max_bytes:
                self._pop(next(iter(self._items)))
            if len(content) <= self._max_bytes:
                self._items[token] = Download(content, media_type, filename, self._clock() + self._ttl)
                self._bytes += len(content)
        return token

    def take(self, token: str) -> Download | None:
        """The download named `token`, removed from the store; None if unknown, taken or expired."""
        with self._lock:
            self._drop_expired()
            return self._pop(token)

    def peek(self, token: str) -> Download | None:
        """The download named `token`, left in the store (for HEAD)."""
        with self._lock:
            self._drop_expired()
            return self._items.get(token)

    def __len__(self) -> int:
        with self._lock:
            self._drop_expired()
            return len(self._items)

    def clear(self) -> None:
        with self._lock:
            self._items.clear()
            self._bytes = 0

    def _drop_expired(self) -> None:
        now = self._clock()
        for token in [t for t, d in self._items.items() if d.expires_at <= now]:
            self._pop(token)

    def _pop(self, token: str) -> Download | None:
        download = self._items.pop(token, None)
        if download is not None:
            self._bytes -= len(download.content)
        return download
