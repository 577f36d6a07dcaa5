"""The FastAPI application: the upload page, its one-time downloads, and the HTTP API.

Every request that carries a letter goes through `LetterService.process`: the upload is streamed into
its own private directory, read by a worker process, and the directory is removed before the response
is sent, whether the letter was read or not.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import shutil
import tempfile
from collections.abc import AsyncIterator
from dataclasses import dataclass
from functools import cache
from importlib import resources
from pathlib import Path

from fastapi import FastAPI, Request
from fastapi.responses import HTMLResponse, JSONResponse, Response
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.requests import ClientDisconnect

from letter4390 import result_json
from letter4390.exit_codes import http_status_for
from letter4390.pipeline import Options
from letter4390.web import messages, pages
from letter4390.web.downloads import DownloadStore
from letter4390.web.favicon import favicon_ico
from letter4390.web.job import Job, JobOutcome
from letter4390.web.middleware import LOG, REDIRECTABLE_PATHS, PrivacyHeaders, SlashRedirect
from letter4390.web.result_view import DownloadLinks, result_page
from letter4390.web.settings import ServerSettings
from letter4390.web.uploads import (
    CUT_OFF,
    UploadArea,
    UploadStalledError,
    check_declared_length,
    receive_upload,
    without_stalls,
)
from letter4390.web.workers import WorkerPool
from parser.core.errors import InputError, InputTooLargeError, Letter4390Error, OutputError, UsageError
from parser.core.notes import note

# After a too-large upload, read (and discard) up to this much of the rest of the body so that the
# browser, still sending, receives the answer instead of a reset connection.
DRAIN_LIMIT_BYTES = 128 * 1024 * 1024
STATIC_FILES = {"page.css": "text/css; charset=utf-8", "page.js": "text/javascript; charset=utf-8"}
SUMMARY_FILENAME = "letter4390-summary.pdf"
CALENDAR_FILENAME = "letter4390-deadlines.ics"
JSON_FILENAME = "letter4390-result.json"


@dataclass(frozen=True)
class Processed:
    fields: dict[str, str]
    options: Options
    outcome: JobOutcome


class LetterService:
    """What the routes share: where uploads go, who reads them, and the one-time downloads."""

    def __init__(self, settings: ServerSettings) -> None:
        self.settings = settings
        self._own_root = settings.upload_root is None
        root = settings.upload_root or Path(tempfile.mkdtemp(prefix="letter4390-web-"))
        self.area = UploadArea(root)
        self.pool = WorkerPool(settings.workers, timeout_seconds=settings.request_timeout_seconds,
                               queue_timeout_seconds=settings.queue_timeout_seconds,
                               memory_mb=settings.worker_memory_mb)
        self.downloads = DownloadStore(ttl_seconds=settings.download_ttl_seconds,
                                       max_bytes=settings.download_max_bytes)
        # The CLI fills in today's date when --as-of is not given; a server runs for days, so that
        # default means "today" at each request rather than the day the server started.
        self._as_of_is_start_day = settings.options.as_of in (None, dt.date.today())

    async def process(self, request: Request, *, want_downloads: bool) -> Processed:
        body = without_stalls(request.stream(), self.settings.upload_stall_seconds)
        try:
            check_declared_length(request.headers.get("content-length"), self.settings.max_upload_bytes)
            with self.area.request_directory() as directory:
                upload = await receive_upload(request.headers.get("content-type"), body, directory,
                                              max_bytes=self.settings.max_upload_bytes)
                options = self.options_for(upload.fields)
                outcome = await self.pool.run(Job(upload.paths, options, want_downloads))
            return Processed(upload.fields, options, outcome)
        except InputTooLargeError:
            await _drain(body)
            raise
        except ClientDisconnect:
            raise InputError(CUT_OFF) from None

    def options_for(self, fields: dict[str, str]) -> Options:
        base = self.settings.options
        as_of_text = fields.get("as_of", "")
        as_of: dt.date | None
        if as_of_text:
            try:
                as_of = dt.date.fromisoformat(as_of_text)
            except ValueError:
                raise UsageError(note("error.bad_as_of")) from None
        else:
            as_of = dt.date.today() if self._as_of_is_start_day else base.as_of
        lang = fields.get("lang", "") or base.lang
        if lang not in messages.LANGUAGES:
            raise UsageError(note("error.bad_language", known=messages.LANGUAGES))
        return Options(as_of=as_of, max_pages=base.max_pages, closures=base.closures, lang=lang)

    def close(self) -> None:
        self.downloads.clear()
        if self._own_root:
            shutil.rmtree(self.area.root, ignore_errors=True)


async def _drain(body: AsyncIterator[bytes]) -> None:
    drained = 0
    with contextlib.suppress(ClientDisconnect, RuntimeError, UploadStalledError):
        async for chunk in body:
            drained += len(chunk)
            if drained > DRAIN_LIMIT_BYTES:
                break


def _error_json(error: Letter4390Error) -> JSONResponse:
    """The API's error, in English: its callers are programs and their logs."""
    return JSONResponse({"error": messages.error_text(messages.DEFAULT_LANGUAGE, error)},
                        status_code=http_status_for(error))


@cache
def _static(name: str) -> bytes:
    return resources.files("letter4390.web").joinpath(name).read_bytes()


# Every GET route also answers HEAD (uptime monitors use it); uvicorn sends the headers only.
GET_AND_HEAD = ["GET", "HEAD"]


def create_app(settings: ServerSettings) -> FastAPI:
    service = LetterService(settings)

    @contextlib.asynccontextmanager
    async def lifespan(_app: FastAPI) -> AsyncIterator[None]:
        try:
            yield
        finally:
            service.close()

    # Starlette's own trailing-slash redirect builds an absolute URL from the Host header: off, and
    # SlashRedirect answers with a path-only Location instead.
    app = FastAPI(title="letter4390", lifespan=lifespan, docs_url=None, redoc_url=None, openapi_url=None,
                  redirect_slashes=False)
    app.state.service = service
    app.add_middleware(SlashRedirect, paths=REDIRECTABLE_PATHS)
    app.add_middleware(PrivacyHeaders)

    @app.api_route("/", methods=GET_AND_HEAD, response_class=HTMLResponse)
    async def upload_form(lang: str = "en", volunteer: str = "") -> HTMLResponse:
        return HTMLResponse(pages.upload_page(lang, max_upload_bytes=settings.max_upload_bytes,
                                              volunteer=volunteer == "1",
                                              server_as_of=settings.options.as_of))

    @app.post("/", response_class=HTMLResponse)
    async def read_letter(request: Request, lang: str = "en") -> HTMLResponse:
        lang = messages.language(lang)
        try:
            processed = await service.process(request, want_downloads=True)
        except Letter4390Error as error:
            page = pages.upload_page(lang, max_upload_bytes=settings.max_upload_bytes,
                                     error=messages.error_sentence(lang, error),
                                     volunteer=request.query_params.get("volunteer") == "1",
                                     server_as_of=settings.options.as_of)
            return HTMLResponse(page, status_code=http_status_for(error))
        outcome = processed.outcome
        result_text = result_json.dumps(result_json.to_result(outcome.assessment))
        links = DownloadLinks(
            summary=_offer(service, outcome.summary_pdf, "application/pdf", SUMMARY_FILENAME, lang),
            calendar=_offer(service, outcome.calendar_ics, "text/calendar; charset=utf-8", CALENDAR_FILENAME,
                            lang),
            json=_offer(service, result_text.encode("utf-8"), "application/json", JSON_FILENAME, lang),
            error=outcome.download_error,
            worksheet=_offer(service, outcome.worksheet_pdf, "application/pdf", "petition-worksheet.pdf",
                             lang),
            court_copy=_offer(service, outcome.court_copy_pdf, "application/pdf", "letter-for-tax-court.pdf",
                              lang),
        )
        return HTMLResponse(result_page(lang, outcome.assessment, links, today=dt.date.today()))

    @app.api_route("/download/{token}", methods=GET_AND_HEAD)
    async def download(request: Request, token: str, lang: str = "en") -> Response:
        # HEAD (a link checker, a mail scanner) must not use up the one download.
        item = service.downloads.peek(token) if request.method == "HEAD" else service.downloads.take(token)
        if item is None:
            return HTMLResponse(pages.gone_page(messages.language(lang)), status_code=410)
        return Response(item.content, media_type=item.media_type,
                        headers={"content-disposition": f'attachment; filename="{item.filename}"'})

    @app.api_route("/static/{name}", methods=GET_AND_HEAD)
    async def static(name: str) -> Response:
        if name not in STATIC_FILES:
            raise StarletteHTTPException(404)
        return Response(_static(name), media_type=STATIC_FILES[name],
                        headers={"cache-control": "public, max-age=3600"})

    @app.api_route("/favicon.ico", methods=GET_AND_HEAD)
    async def favicon() -> Response:
        return Response(favicon_ico(), media_type="image/x-icon",
                        headers={"cache-control": "public, max-age=86400"})

    @app.post("/api/extract")
    async def api_extract(request: Request) -> JSONResponse:
        try:
            processed = await service.process(request, want_downloads=False)
        except Letter4390Error as error:
            return _error_json(error)
        return JSONResponse(result_json.to_result(processed.outcome.assessment))

    @app.post("/api/summary")
    async def api_summary(request: Request) -> Response:
        try:
            processed = await service.process(request, want_downloads=True)
            pdf = processed.outcome.summary_pdf
            if pdf is None:
                raise OutputError(processed.outcome.download_error or note("error.summary_not_made"))
        except Letter4390Error as error:
            return _error_json(error)
        return Response(pdf, media_type="application/pdf",
                        headers={"content-disposition": f'attachment; filename="{SUMMARY_FILENAME}"'})

    @app.api_route("/healthz", methods=GET_AND_HEAD)
    async def healthz() -> JSONResponse:
        return JSONResponse({"status": "ok", "ocr": shutil.which("tesseract") is not None})

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, error: StarletteHTTPException) -> Response:
        if request.url.path.startswith("/api/"):
            return JSONResponse({"error": str(error.detail)}, status_code=error.status_code,
                                headers=error.headers)
        lang = messages.language(request.query_params.get("lang"))
        title, message = messages.http_error_text(lang, error.status_code)
        return HTMLResponse(pages.plain_page(lang, title, message), status_code=error.status_code,
                            headers=error.headers)

    @app.exception_handler(Exception)
    async def internal_error(request: Request, error: Exception) -> Response:
        LOG.error("internal error: %s", type(error).__name__)  # never the message: it may quote the letter
        if request.url.path.startswith("/api/"):
            return JSONResponse({"error": "internal error"}, status_code=500)
        lang = messages.language(request.query_params.get("lang"))
        title, message = messages.http_error_text(lang, 500)
        return HTMLResponse(pages.plain_page(lang, title, message), status_code=500)

    return app


def _offer(service: LetterService, content: bytes | None, media_type: str, filename: str,
           lang: str) -> str | None:
    if content is None:
        return None
    # The language rides along so that a "gone" page is in the language the person chose.
    return f"/download/{service.downloads.put(content, media_type, filename)}?lang={lang}"
