"""A letter sent as several files (one photo per page), iPhone HEIC photos, and a later page sent alone,
through the API and the no-JavaScript form post."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pypdfium2
import pytest
from conftest import SAMPLES, load_truth
from fastapi.testclient import TestClient
from PIL import Image
from test_reading_letter_pages import split_pages

from letter4390.pipeline import Options
from letter4390.web.app import create_app
from letter4390.web.settings import ServerSettings

THREE_PAGES = SAMPLES / "4390-digital-juneteenth.pdf"
ONE_PAGE = SAMPLES / "3193-digital.pdf"
PHOTO_DPI = 200
DAYS_AFTER_LETTER = 10


def phone_photos(pdf_path: Path, directory: Path, *, suffix: str = "jpg") -> list[Path]:
    """Each page as a phone delivers it: a JPEG (or HEIC) with no resolution, one file per page."""
    pdf = pypdfium2.PdfDocument(pdf_path)
    paths = []
    try:
        for index in range(len(pdf)):
            image = pdf[index].render(scale=PHOTO_DPI / 72).to_pil().convert("RGB")
            path = directory / f"IMG_{index + 1:04d}.{suffix}"
            if suffix == "heic":
                from pillow_heif import register_heif_opener

                register_heif_opener()
                exif = Image.Exif()
                exif[0x0112] = 6  # stored sideways, "rotate 90 clockwise to display", as an iPhone does
                image.transpose(Image.Transpose.ROTATE_90).save(path, format="HEIF", exif=exif.tobytes(),
                                                               quality=90)
            else:
                image.save(path, quality=85)
            paths.append(path)
    finally:
        pdf.close()
    return paths


def _truth(pdf_path: Path) -> dict[str, Any]:
    return load_truth(pdf_path.with_suffix(".truth.json"))


def _as_of(truth: dict[str, Any]) -> dt.date:
    return dt.date.fromisoformat(truth["fields"]["letter_date"]) + dt.timedelta(days=DAYS_AFTER_LETTER)


@pytest.fixture
def uploads(tmp_path: Path) -> Iterator[Path]:
    root = tmp_path / "uploads"
    root.mkdir()
    yield root
    assert sorted(root.iterdir()) == [], "an upload was left behind"


@pytest.fixture
def client(uploads: Path) -> Iterator[TestClient]:
    settings = ServerSettings(upload_root=uploads, workers=2, options=Options(as_of=dt.date(2026, 6, 1)))
    with TestClient(create_app(settings)) as test_client:
        yield test_client


def _post(client: TestClient, route: str, paths: list[Path], **fields: str) -> Any:
    files = [("file", (path.name, path.read_bytes(), "application/octet-stream")) for path in paths]
    return client.post(route, files=files, data=fields)


def _due(result: dict[str, Any]) -> dict[str, str]:
    return {d["id"]: d["due"] for d in result["deadlines"]}


def test_three_single_page_pdfs_are_one_three_page_letter(client: TestClient, tmp_path: Path) -> None:
    truth = _truth(THREE_PAGES)
    response = _post(client, "/api/extract", split_pages(THREE_PAGES, tmp_path),
                     as_of=_as_of(truth).isoformat())
    assert response.status_code == 200
    result = response.json()
    assert result["source"]["pages"] == 3
    assert result["fields"]["letter_date"]["value"] == truth["fields"]["letter_date"]
    assert _due(result) == truth["deadlines"]


def test_three_phone_photos_are_read_as_one_letter_with_its_deadlines(
        client: TestClient, tmp_path: Path) -> None:
    truth = _truth(THREE_PAGES)
    response = _post(client, "/api/extract", phone_photos(THREE_PAGES, tmp_path),
                     as_of=_as_of(truth).isoformat())
    assert response.status_code == 200
    result = response.json()
    assert result["source"]["pages"] == 3
    assert result["source"]["name"] == "IMG_0001.jpg + IMG_0002.jpg + IMG_0003.jpg"
    assert result["fields"]["letter_date"]["value"] == truth["fields"]["letter_date"]
    assert _due(result) == truth["deadlines"]


def test_an_iphone_heic_photo_is_read(client: TestClient, tmp_path: Path) -> None:
    truth = _truth(ONE_PAGE)
    [photo] = phone_photos(ONE_PAGE, tmp_path, suffix="heic")
    assert photo.read_bytes()[4:12] == b"ftypheic"
    response = _post(client, "/api/extract", [photo], as_of=_as_of(truth).isoformat())
    assert response.status_code == 200
    result = response.json()
    assert result["source"]["name"] == "IMG_0001.heic"
    assert result["fields"]["letter_date"]["value"] == truth["fields"]["letter_date"]
    assert _due(result) == {k: v for k, v in truth["deadlines"].items() if v is not None}


def test_page_two_sent_alone_says_to_send_all_pages(client: TestClient, tmp_path: Path) -> None:
    page_two = split_pages(THREE_PAGES, tmp_path)[1]
    response = _post(client, "/api/extract", [page_two])
    assert response.status_code == 400
    assert response.json() == {"error": "this looks like page 2 of a 3-page letter; send all pages together"}
    page = _post(client, "/?lang=es", [page_two]).text
    assert "Esto parece la página 2 de una carta de 3 páginas; envíe todas las páginas juntas." in page


def test_pages_sent_out_of_order_are_refused_with_the_page_found_first(
        client: TestClient, tmp_path: Path) -> None:
    one, two, three = split_pages(THREE_PAGES, tmp_path)
    response = _post(client, "/api/extract", [three, one, two])
    assert response.json() == {"error": "this looks like page 3 of a 3-page letter; send all pages together"}


def test_the_form_post_of_several_files_gives_a_summary_of_every_page(
        client: TestClient, tmp_path: Path) -> None:
    truth = _truth(THREE_PAGES)
    response = _post(client, "/?lang=en", split_pages(THREE_PAGES, tmp_path), as_of=_as_of(truth).isoformat())
    assert response.status_code == 200
    assert f'<time datetime="{truth["deadlines"]["innocent_spouse"]}">' in response.text
    summary = next(link for link in response.text.split('href="')[1:] if link.startswith("/download/"))
    pdf_bytes = client.get(summary.split('"')[0]).content
    assert pdf_bytes.startswith(b"%PDF")
    pdf = pypdfium2.PdfDocument(pdf_bytes)
    try:
        assert len(pdf) >= 3  # the summary pages and the letter's pages
    finally:
        pdf.close()


def test_more_files_than_pages_allowed_are_refused(client: TestClient, tmp_path: Path) -> None:
    photo = tmp_path / "p.png"
    Image.new("L", (10, 10), 255).save(photo)
    response = _post(client, "/api/extract", [photo] * 21)
    assert response.status_code == 400
    assert response.json() == {"error": "send at most 20 files (one per page of the letter)"}
