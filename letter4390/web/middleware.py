"""Response headers that keep results private, and a request log line that carries no taxpayer data.

uvicorn's own access log is turned off (server.py): it would print every path. This log names only
the route (a download token or an unknown path is never printed), the status and the time taken.
"""

from __future__ import annotations

import logging
import time
from collections.abc import MutableMapping
from typing import Any

from starlette.types import ASGIApp, Message, Receive, Scope, Send

LOG = logging.getLogger("letter4390.web")

SECURITY_HEADERS: tuple[tuple[bytes, bytes], ...] = (
    (b"content-security-policy",
     b"default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
     b"form-action 'self'; base-uri 'none'; frame-ancestors 'none'"),
    (b"x-content-type-options", b"nosniff"),
    (b"referrer-policy", b"no-referrer"),
    (b"x-frame-options", b"DENY"),
)
# Results hold taxpayer data: no browser or proxy may keep them.
NO_STORE = (b"cache-control", b"no-store")
LOGGED_ROUTES = frozenset({"/", "/healthz", "/api/extract", "/api/summary", "/static/page.css",
                           "/static/page.js", "/favicon.ico"})
# Paths that "/path/" redirects to (a typed or pasted URL with a trailing slash).
REDIRECTABLE_PATHS = frozenset({"/healthz", "/api/extract", "/api/summary", "/favicon.ico"})


def route_for_log(path: str) -> str:
    if path in LOGGED_ROUTES:
        return path
    if path.startswith("/download/"):
        return "/download/<token>"
    return "<other>"


class PrivacyHeaders:
    """Pure ASGI middleware (it does not touch the request body, which the upload handler streams)."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        started = time.monotonic()
        status: MutableMapping[str, Any] = {"code": 0}

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                status["code"] = message["status"]
                headers = list(message.get("headers", []))
                names = {name.lower() for name, _value in headers}
                headers += [h for h in SECURITY_HEADERS if h[0] not in names]
                if b"cache-control" not in names:
                    headers.append(NO_STORE)
                message["headers"] = headers
            await send(message)

        try:
            await self.app(scope, receive, send_with_headers)
        finally:
            LOG.info("%s %s %s %.0fms", scope["method"], route_for_log(scope["path"]), status["code"],
                     (time.monotonic() - started) * 1000)


class SlashRedirect:
    """"/healthz/" -> "/healthz" with a path-only Location: never built from the Host header, which a
    client controls (a spoofed Host would otherwise send the person to another site)."""

    def __init__(self, app: ASGIApp, paths: frozenset[str]) -> None:
        self.app = app
        self.paths = paths

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        path: str = scope.get("path", "")
        target = path.rstrip("/")
        if scope["type"] == "http" and path.endswith("/") and target in self.paths:
            query = scope.get("query_string", b"")
            location = target.encode("latin-1") + (b"?" + query if query else b"")
            status = 307 if scope["method"] in ("GET", "HEAD") else 308
            await send({"type": "http.response.start", "status": status,
                        "headers": [(b"location", location), (b"content-length", b"0")]})
            await send({"type": "http.response.body", "body": b""})
            return
        await self.app(scope, receive, send)
