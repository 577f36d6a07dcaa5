"""`letter4390 serve`: run the web app with uvicorn, with the access log off (paths are never logged)."""

from __future__ import annotations

import logging

from letter4390.web.settings import ServerSettings

__all__ = ["ServerSettings", "run_server"]

# Connections served at once; beyond this uvicorn answers 503 rather than queueing without bound.
MAX_CONNECTIONS = 64
KEEP_ALIVE_SECONDS = 5


def run_server(settings: ServerSettings) -> None:
    import uvicorn

    from letter4390.web.app import create_app

    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(name)s %(levelname)s %(message)s")
    config = uvicorn.Config(
        create_app(settings),
        host=settings.host,
        port=settings.port,
        access_log=False,  # it would log full paths; middleware.py logs routes only
        log_config=None,  # keep the format above; uvicorn's loggers propagate to it
        server_header=False,
        limit_concurrency=MAX_CONNECTIONS,
        timeout_keep_alive=KEEP_ALIVE_SECONDS,
        # Behind a reverse proxy on the same machine, trust its X-Forwarded-* headers (and only its).
        proxy_headers=True,
        forwarded_allow_ips="127.0.0.1",
    )
    uvicorn.Server(config).run()
