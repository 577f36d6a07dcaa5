"""The HTTP API and the no-JavaScript form post, driven through FastAPI's test client.

Every test also checks that the upload area is empty afterwards: nothing of a letter stays on disk.
"""

from __future__ import annotations

import concurrent.futures
import datetime as dt
import io
import json
import logging
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import jsonschema
import pdfplumber
import pytest
from conftest import SAMPLES, load_truth, sample_truths
from fastapi.testclient import TestClient

from letter4390 import result_json
from letter4390.pipeline import Options
from letter4390.web.app import create_app
from letter4390.web.settings import ServerSettings

AS_OF_DAYS_AFTER_LETTER = 10
Letter = tuple[Path, dict[str, Any]]
DOWNLOAD_LINK = re.compile(r'href="(/download/[A-Za-z0-9_-]+\?lang=[a-z]{2})"')


def _digital_letter() -> tuple[Path, dict[str, Any]]:
    """A committed digital Letter 4390 with both deadlines (fast: no OCR)."""
    for truth_path in sample_truths():
        truth = load_truth(truth_path)
        deadlines = truth["deadlines"]
        if truth["profile"] == "digital" and truth["letter_type"] == "4390" and isinstance(deadlines, dict) \
                and all(deadlines.values()):
            return SAMPLES / str(truth["file"]), truth
    pytest.fail("no digital Letter 4390 with both deadlines in samples/letters")


@pytest.fixture(scope="module")
def letter() -> Letter:
    return _digital_letter()


# The server's own as-of date; the samples' letters are dated before it (a date over a year after the
# as-of date cannot be a letter's, and gets no deadline).
SERVER_AS_OF = dt.date(2026, 6, 1)


def _as_of(truth: dict[str, Any]) -> dt.date:
    letter_date = dt.date.fromisoformat(truth["fields"]["letter_date"])
    return letter_date + dt.timedelta(days=AS_OF_DAYS_AFTER_LETTER)


@pytest.fixture
def uploads(tmp_path: Path) -> Iterator[Path]:
    root = tmp_path / "uploads"
    root.mkdir()
    yield root
    assert sorted(root.iterdir()) == [], "an upload was left behind"


def _client(uploads: Path, **settings: Any) -> TestClient:
    defaults: dict[str, Any] = {"upload_root": uploads, "workers": 2,
                                "options": Options(as_of=SERVER_AS_OF)}
    return TestClient(create_app(ServerSettings(**{**defaults, **settings})))


@pytest.fixture
def client(uploads: Path) -> Iterator[TestClient]:
    with _client(uploads) as test_client:
        yield test_client


def _post_letter(client: TestClient, route: str, path: Path, name: str | None = None,
                 **fields: str) -> Any:
    with path.open("rb") as handle:
        return client.post(route, files={"file": (name or path.name, handle, "application/octet-stream")},
                           data=fields)


def test_extract_returns_the_result_json(client: TestClient, letter: Letter) -> None:
    path, truth = letter
    as_of = _as_of(truth)
    response = _post_letter(client, "/api/extract", path, as_of=as_of.isoformat())
    assert response.status_code == 200
    result = response.json()
    jsonschema.validate(result, result_json.result_schema())
    assert result["source"]["name"] == path.name
    assert result["fields"]["letter_date"]["value"] == truth["fields"]["letter_date"]
    due = {d["id"]: d for d in result["deadlines"]}
    for deadline_id, expected in truth["deadlines"].items():
        assert due[deadline_id]["due"] == expected
        assert due[deadline_id]["days_left"] == (dt.date.fromisoformat(expected) - as_of).days


def test_the_as_of_date_of_the_server_is_used_when_the_form_has_none(
        client: TestClient, letter: Letter) -> None:
    path, truth = letter
    result = _post_letter(client, "/api/extract", path).json()
    collection = next(d for d in result["deadlines"] if d["id"] == "collection_due_process")
    due = dt.date.fromisoformat(truth["deadlines"]["collection_due_process"])
    assert collection["days_left"] == (due - SERVER_AS_OF).days


def test_summary_returns_the_pdf(client: TestClient, letter: Letter, tmp_path: Path) -> None:
    path, truth = letter
    response = _post_letter(client, "/api/summary", path, lang="en", as_of=_as_of(truth).isoformat())
    assert response.status_code == 200
    assert response.headers["content-type"] == "application/pdf"
    assert response.headers["content-disposition"] == 'attachment; filename="letter4390-summary.pdf"'
    assert response.headers["cache-control"] == "no-store"
    saved = tmp_path / "summary.pdf"
    saved.write_bytes(response.content)
    with pdfplumber.open(saved) as pdf:
        text = "\n".join(page.extract_text() or "" for page in pdf.pages)
    due = dt.date.fromisoformat(truth["deadlines"]["collection_due_process"])
    assert f"{due:%B} {due.day}, {due.year}" in text


def test_the_form_post_without_javascript_shows_the_deadlines_and_serves_each_download_once(
        client: TestClient, letter: Letter) -> None:
    path, truth = letter
    response = _post_letter(client, "/", path, lang="es", as_of=_as_of(truth).isoformat())
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("text/html")
    page = response.text
    for deadline_id, expected in truth["deadlines"].items():
        assert re.search(rf'data-deadline="{deadline_id}".*?<time datetime="{expected}">', page, re.S)
    links = DOWNLOAD_LINK.findall(page)
    assert len(links) == 5  # summary, petition worksheet, covered copy of the letter, calendar, JSON
    kinds = {}
    for link in links:
        download = client.get(link)
        assert download.status_code == 200
        name = download.headers["content-disposition"].split("filename=")[1].strip('"')
        kind = name if name.endswith(".pdf") else download.headers["content-type"].split(";")[0]
        kinds[kind] = download.content
        assert client.get(link).status_code == 410  # served once, then gone
    pdfs = [name for name in kinds if name.endswith(".pdf")]
    assert len(pdfs) == 3 and all(kinds[name].startswith(b"%PDF") for name in pdfs)
    with pdfplumber.open(io.BytesIO(kinds["petition-worksheet.pdf"])) as pdf:
        assert "Cómo llenar su petición" in pdf.pages[0].extract_text()
    with pdfplumber.open(io.BytesIO(kinds["letter-for-tax-court.pdf"])) as pdf:
        assert all(not page.chars for page in pdf.pages)  # images only: no text layer
    assert b"BEGIN:VCALENDAR" in kinds["text/calendar"]
    assert json.loads(kinds["application/json"])["deadlines"]


def test_the_upload_page_has_a_labelled_form_that_posts_without_javascript(client: TestClient) -> None:
    page = client.get("/?lang=es").text
    assert '<html lang="es">' in page
    assert re.search(r'<form [^>]*method="post" action="/\?lang=es" enctype="multipart/form-data"', page)
    for control in ("file", "lang"):
        assert f'<label class="label" for="{control}">' in page
        assert f'id="{control}" name="{control}"' in page
    assert re.search(r'<input [^>]*name="file"[^>]*required multiple', page)
    assert 'name="as_of"' not in page  # taxpayers count from today: the as-of date is a volunteers' option


def test_the_volunteers_form_has_the_as_of_date(client: TestClient) -> None:
    page = client.get("/?lang=en&volunteer=1").text
    assert '<label class="label" for="as_of">' in page
    assert 'id="as_of" name="as_of"' in page
    assert 'action="/?lang=en&amp;volunteer=1"' in page


def test_a_taxpayer_id_in_the_file_name_is_masked_and_not_logged(
        client: TestClient, letter: Letter, caplog: pytest.LogCaptureFixture) -> None:
    path, _truth = letter
    with caplog.at_level(logging.DEBUG):
        response = _post_letter(client, "/api/extract", path, name="Maria Sample 123-45-6789.pdf")
    assert response.json()["source"]["name"] == "Maria Sample XXX-XX-6789.pdf"
    assert "123-45-6789" not in response.text
    logged = "\n".join(record.getMessage() for record in caplog.records)
    assert "POST /api/extract 200" in logged
    assert "6789" not in logged and "Maria" not in logged


def test_ten_uploads_at_once_all_get_their_answer(uploads: Path, letter: Letter) -> None:
    path, truth = letter
    with _client(uploads, workers=2) as client, concurrent.futures.ThreadPoolExecutor(10) as threads:
        responses = list(threads.map(lambda _: _post_letter(client, "/api/extract", path), range(10)))
    assert [r.status_code for r in responses] == [200] * 10
    assert {r.json()["fields"]["letter_date"]["value"] for r in responses} == {truth["fields"]["letter_date"]}


def test_a_letter_that_takes_too_long_is_stopped(uploads: Path, letter: Letter) -> None:
    path, _truth = letter
    with _client(uploads, request_timeout_seconds=0.001) as client:
        response = _post_letter(client, "/api/extract", path)
    assert response.status_code == 503
    assert response.json() == {"error": "reading the letter took longer than 0.001 seconds; "
                                        "send fewer pages or a clearer scan"}


@pytest.mark.parametrize("route", ["/api/extract", "/api/summary"])
def test_too_large_is_413(uploads: Path, letter: Letter, route: str) -> None:
    path, _truth = letter
    with _client(uploads, max_upload_bytes=2048) as client:
        response = _post_letter(client, route, path)
    assert response.status_code == 413
    assert response.json() == {"error": "the upload is larger than the limit of 2 KB; "
                                        "send a smaller scan (fewer pages or a lower resolution)"}


def _multipart(content: bytes, boundary: str = "letter4390boundary") -> tuple[bytes, str]:
    body = (f"--{boundary}\r\nContent-Disposition: form-data; name=\"file\"; filename=\"scan.pdf\"\r\n"
            f"Content-Type: application/pdf\r\n\r\n").encode() + content + f"\r\n--{boundary}--\r\n".encode()
    return body, f"multipart/form-data; boundary={boundary}"


def test_too_large_is_413_while_streaming_without_a_declared_length(uploads: Path) -> None:
    body, content_type = _multipart(b"%PDF-1.7\n" + b"0" * 100_000)

    def chunks() -> Iterator[bytes]:  # chunked transfer: no Content-Length to refuse early
        for start in range(0, len(body), 4096):
            yield body[start:start + 4096]

    with _client(uploads, max_upload_bytes=8192) as client:
        response = client.post("/api/extract", content=chunks(), headers={"content-type": content_type})
    assert response.status_code == 413


def test_too_large_on_the_page_shows_the_form_again_with_the_reason(uploads: Path, letter: Letter) -> None:
    path, _truth = letter
    with _client(uploads, max_upload_bytes=2048) as client:
        response = _post_letter(client, "/?lang=en", path)
    assert response.status_code == 413
    assert '<div class="error-summary" role="alert"' in response.text
    assert "larger than the limit of 2 KB" in response.text
    assert 'id="file" name="file"' in response.text


@pytest.mark.parametrize(("name", "content", "message"), [
    ("notes.txt", b"Dear IRS,\nplease find my letter attached.\n", "not a PDF or image (looks like text)"),
    ("letter.pdf", b"PK\x03\x04\x14\x00\x00\x00word/document.xml", "not a PDF or image (looks like a Word "
                                                                   "document (.docx))"),
])
def test_unsupported_type_is_415(client: TestClient, name: str, content: bytes, message: str) -> None:
    response = client.post("/api/extract", files={"file": (name, content, "application/pdf")})
    assert response.status_code == 415
    assert response.json() == {"error": message}


@pytest.mark.parametrize(("files", "data", "message"), [
    ({"file": ("empty.pdf", b"", "application/pdf")}, {}, "the uploaded file is empty"),
    ({"other": ("letter.pdf", b"%PDF-1.7", "application/pdf")}, {},
     "no file was uploaded; choose a letter (PDF, PNG, JPEG, TIFF or HEIC)"),
    ({"file": ("letter.pdf", b"%PDF-1.7", "application/pdf")}, {"as_of": "03/03/2025"},
     "the as-of date must be a date in the form YYYY-MM-DD"),
    ({"file": ("letter.pdf", b"%PDF-1.7", "application/pdf")}, {"lang": "fr"},
     "the language must be one of: en, es"),
])
def test_bad_forms_are_400(client: TestClient, files: dict[str, Any], data: dict[str, str],
                           message: str) -> None:
    response = client.post("/api/extract", files=files, data=data)
    assert response.status_code == 400
    assert response.json() == {"error": message}


def test_a_truncated_pdf_is_400_with_one_line(client: TestClient, letter: Letter) -> None:
    path, _truth = letter
    truncated = path.read_bytes()[:700]
    response = client.post("/api/extract", files={"file": ("cut.pdf", truncated, "application/pdf")})
    assert response.status_code == 400
    error = response.json()["error"]
    assert error and "\n" not in error


def test_a_body_that_is_not_a_form_is_400(client: TestClient) -> None:
    response = client.post("/api/extract", content=b"%PDF-1.7", headers={"content-type": "application/pdf"})
    assert response.status_code == 400
    assert response.json() == {
        "error": 'send the letter as a multipart/form-data upload in a field named "file"'}


def test_healthz(client: TestClient) -> None:
    response = client.get("/healthz")
    assert response.status_code == 200
    assert response.json() == {"status": "ok", "ocr": True}


def test_an_unknown_download_is_gone(client: TestClient) -> None:
    response = client.get("/download/not-a-token")
    assert response.status_code == 410
    assert "no longer available" in response.text


def test_responses_carry_privacy_headers(client: TestClient) -> None:
    response = client.get("/")
    assert response.headers["cache-control"] == "no-store"
    assert response.headers["referrer-policy"] == "no-referrer"
    assert "script-src 'self'" in response.headers["content-security-policy"]
    assert client.get("/static/page.css").headers["cache-control"] == "public, max-age=3600"


@pytest.mark.parametrize("path", ["/", "/?lang=es", "/healthz", "/static/page.css", "/static/page.js",
                                  "/favicon.ico"])
def test_head_is_answered_on_every_get_route(client: TestClient, path: str) -> None:
    head = client.head(path)
    get = client.get(path)
    assert head.status_code == get.status_code == 200
    assert head.headers["content-type"] == get.headers["content-type"]
    assert head.headers["content-length"] == str(len(get.content))


def test_head_does_not_use_up_a_one_time_download(client: TestClient, letter: Letter) -> None:
    path, _truth = letter
    links = DOWNLOAD_LINK.findall(_post_letter(client, "/", path).text)
    assert len(links) == 5  # summary, worksheet, copy for the Court, calendar, JSON
    assert client.head(links[0]).status_code == 200
    assert client.get(links[0]).status_code == 200
    assert client.head(links[0]).status_code == 410


def test_the_favicon_is_an_icon(client: TestClient) -> None:
    response = client.get("/favicon.ico")
    assert response.headers["content-type"] == "image/x-icon"
    assert response.content[:4] == b"\x00\x00\x01\x00"  # ICO header
    assert '<link rel="icon" href="/favicon.ico"' in client.get("/").text


@pytest.mark.parametrize("host", ["evil.example", "evil.example:8390", "127.0.0.1:8390"])
def test_a_trailing_slash_redirect_never_uses_the_host_header(client: TestClient, host: str) -> None:
    response = client.get("/healthz/?x=1", headers={"host": host}, follow_redirects=False)
    assert response.status_code == 307
    assert response.headers["location"] == "/healthz?x=1"
    assert client.post("/api/extract/", headers={"host": host}, follow_redirects=False).headers[
        "location"] == "/api/extract"


def test_an_unknown_page_is_in_the_chosen_language(client: TestClient) -> None:
    response = client.get("/no-such-page?lang=es")
    assert response.status_code == 404
    assert '<html lang="es">' in response.text
    assert "No se encontró la página" in response.text
    assert "Not Found" not in response.text


def test_the_result_page_has_one_json_link(client: TestClient, letter: Letter) -> None:
    path, _truth = letter
    page = _post_letter(client, "/", path).text
    assert page.count("Result JSON") == 1
    assert "<pre>" not in page


def _still_open(page: str) -> str:
    match = re.search(r'<section class="still-open[^"]*"[^>]*data-still-open>(.*?)</section>', page, re.S)
    assert match is not None
    return re.sub(r"<[^>]+>", " ", match.group(1))


def test_the_result_opens_with_what_is_still_open(client: TestClient, letter: Letter) -> None:
    path, truth = letter
    collection = dt.date.fromisoformat(truth["deadlines"]["collection_due_process"])
    spouse = dt.date.fromisoformat(truth["deadlines"]["innocent_spouse"])
    as_of = collection + dt.timedelta(days=16)  # the collection deadline passed 16 days ago
    page = _post_letter(client, "/", path, as_of=as_of.isoformat()).text
    still_open = " ".join(_still_open(page).split())
    days = (spouse - as_of).days
    assert still_open == (f"What you can still do You can still ask the Tax Court about the innocent spouse "
                          f"decision: {days} days left, until {spouse:%A}, {spouse:%B} {spouse.day}, "
                          f"{spouse.year}.")
    # It comes before everything else of the result.
    assert page.index("data-still-open") < page.index('class="source"') < page.index("data-deadline=")


def test_when_nothing_is_open_the_page_says_so_and_who_can_help(client: TestClient, letter: Letter) -> None:
    path, truth = letter
    spouse = dt.date.fromisoformat(truth["deadlines"]["innocent_spouse"])
    page = _post_letter(client, "/?lang=es", path, lang="es",
                        as_of=(spouse + dt.timedelta(days=1)).isoformat()).text
    still_open = " ".join(_still_open(page).split())
    assert "Ya pasaron todos los últimos días para acudir al Tribunal Tributario por esta carta." \
        in still_open
    assert f"{truth['fields']['contact_name']}, la persona de contacto de la carta" in still_open
    assert "1-877-777-4778" in still_open


def test_a_day_other_than_today_is_said_in_the_banner(client: TestClient, letter: Letter) -> None:
    path, truth = letter
    as_of = _as_of(truth)
    page = _post_letter(client, "/", path, as_of=as_of.isoformat()).text
    assert f'<p class="as-of-banner" data-as-of="{as_of.isoformat()}">' in page
    assert f"Days are counted as of {as_of:%A}, {as_of:%B} {as_of.day}, {as_of.year}, not today" in page
    # The server's own fixed date (serve --as-of) is said on the form, too.
    assert "This server counts days as of Monday, June 1, 2026, not today." in client.get("/").text


def test_no_banner_when_days_are_counted_from_today(uploads: Path, letter: Letter) -> None:
    path, _truth = letter
    with _client(uploads, options=Options()) as client:
        page = _post_letter(client, "/", path).text
        assert "as-of-banner" not in page
        assert "as-of-banner" not in client.get("/").text
