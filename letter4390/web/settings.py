"""What `letter4390 serve` can be told: where to listen and the limits that protect the machine."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from letter4390.pipeline import Options

DEFAULT_HOST = "127.0.0.1"
DEFAULT_PORT = 8390
DEFAULT_MAX_UPLOAD_BYTES = 25 * 1024 * 1024


@dataclass(frozen=True)
class ServerSettings:
    host: str = DEFAULT_HOST
    port: int = DEFAULT_PORT
    max_upload_bytes: int = DEFAULT_MAX_UPLOAD_BYTES
    workers: int = 2  # letters read at once, each in its own process
    options: Options = field(default_factory=Options)
    # Where uploads are written while they are read; None: a private directory made at start-up and
    # removed at shutdown. Each request gets its own 0700 subdirectory, removed before the response.
    upload_root: Path | None = None
    request_timeout_seconds: float = 180.0  # reading one letter (OCR of 20 pages fits comfortably)
    queue_timeout_seconds: float = 60.0  # waiting for a free worker before answering "busy"
    worker_memory_mb: int = 2048  # address-space cap of one worker process (and its Tesseract)
    download_ttl_seconds: float = 900.0  # how long a one-time summary/calendar download stays in memory
    download_max_bytes: int = 256 * 1024 * 1024  # all one-time downloads held at once
    upload_stall_seconds: float = 30.0  # an upload that sends nothing for this long is cut off
