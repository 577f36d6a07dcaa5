"""Slow and stalled uploads: a client that sends half a letter and goes quiet is cut off after the stall
limit, its partial upload removed, and 20 of them do not delay anyone else.

Real uvicorn on a loopback port (the limit is enforced on the wire, not in a test client); every byte goes
to 127.0.0.1 only, bounded in count (20 clients) and time (a few seconds).
"""

from __future__ import annotations

import datetime as dt
import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
import uvicorn
from conftest import SAMPLES

from letter4390.pipeline import Options
from letter4390.web.app import create_app
from letter4390.web.server import KEEP_ALIVE_SECONDS, MAX_CONNECTIONS
from letter4390.web.settings import ServerSettings

STALL_SECONDS = 2.0
STALLED_CLIENTS = 20
STARTUP_SECONDS = 10.0
DECLARED_BYTES = 400_000  # what each stalled client says it will send
SENT_BYTES = 120_000  # ... and what it sends before going quiet
LETTER = SAMPLES / "4390-digital-emancipation.pdf"
BOUNDARY = "stallboundary"


@pytest.fixture
def server(tmp_path: Path) -> Iterator[tuple[str, int, Path]]:
    uploads = tmp_path / "uploads"
    uploads.mkdir()
    listener = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    listener.bind(("127.0.0.1", 0))
    port = listener.getsockname()[1]
    settings = ServerSettings(port=port, upload_root=uploads, workers=1, upload_stall_seconds=STALL_SECONDS,
                              options=Options(as_of=dt.date(2026, 6, 1)))
    # The production server's connection limits (server.py).
    config = uvicorn.Config(create_app(settings), access_log=False, log_level="warning",
                            limit_concurrency=MAX_CONNECTIONS, timeout_keep_alive=KEEP_ALIVE_SECONDS)
    uv = uvicorn.Server(config)
    thread = threading.Thread(target=uv.run, kwargs={"sockets": [listener]}, daemon=True)
    thread.start()
    deadline = time.monotonic() + STARTUP_SECONDS
    while not uv.started:
        assert time.monotonic() < deadline, "uvicorn did not start"
        time.sleep(0.05)
    yield "127.0.0.1", port, uploads
    uv.should_exit = True
    thread.join(STARTUP_SECONDS)
    listener.close()


def _stalled_client(host: str, port: int) -> socket.socket:
    """Headers and the first part of a letter upload, then silence."""
    head = (f'--{BOUNDARY}\r\nContent-Disposition: form-data; name="file"; filename="scan.pdf"\r\n'
            "Content-Type: application/pdf\r\n\r\n%PDF-1.7\n").encode()
    request = (f"POST /api/extract HTTP/1.1\r\nHost: {host}:{port}\r\n"
               f"Content-Type: multipart/form-data; boundary={BOUNDARY}\r\n"
               f"Content-Length: {DECLARED_BYTES}\r\n\r\n").encode()
    client = socket.create_connection((host, port), timeout=STALL_SECONDS * 5)
    client.sendall(request + head + b"0" * (SENT_BYTES - len(head)))
    return client


def _answer(client: socket.socket) -> bytes:
    received = b""
    while b"\r\n\r\n" not in received or not received.rstrip().endswith(b"}"):
        chunk = client.recv(65536)
        if not chunk:
            break
        received += chunk
    return received


def _extract_seconds(base: str) -> float:
    started = time.monotonic()
    with LETTER.open("rb") as handle:
        response = httpx.post(f"{base}/api/extract", files={"file": (LETTER.name, handle)}, timeout=30)
    assert response.status_code == 200
    return time.monotonic() - started


def test_twenty_stalled_uploads_delay_no_one_and_are_cut_off_with_their_data_removed(
        server: tuple[str, int, Path]) -> None:
    host, port, uploads = server
    base = f"http://{host}:{port}"
    baseline = min(_extract_seconds(base) for _ in range(2))
    stalled = [_stalled_client(host, port) for _ in range(STALLED_CLIENTS)]
    try:
        time.sleep(0.3)
        # Each stalled upload has its own directory with its partial data on disk ...
        partial = [d for d in uploads.iterdir() if any(d.iterdir())]
        assert len(partial) == STALLED_CLIENTS
        # ... and everyone else is answered in normal time meanwhile.
        started = time.monotonic()
        assert httpx.get(f"{base}/healthz", timeout=5).status_code == 200
        assert time.monotonic() - started < 1.0
        under_stall = _extract_seconds(base)
        assert under_stall < baseline * 2 + 0.5, (baseline, under_stall)
        # After the stall limit every stalled client gets its answer and its connection closed.
        answers = [_answer(client) for client in stalled]
    finally:
        for client in stalled:
            client.close()
    for answer in answers:
        assert answer.startswith(b"HTTP/1.1 400 "), answer[:80]
        assert answer.endswith(b'{"error":"the upload stopped for more than 2 seconds and was cut off; '
                               b'try again"}')
    assert sorted(uploads.iterdir()) == []  # the partial uploads are gone
