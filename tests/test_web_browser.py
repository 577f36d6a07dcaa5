"""End to end in a real browser: Debian's headless Chromium, driven by Playwright, against uvicorn.

A scanned sample letter is dropped onto the page (exercising the drag-and-drop script), the due dates are
read off the result page, the summary PDF is downloaded, and screenshots of both pages are written to
the test's temporary folder (run with --basetemp=DIR to keep them somewhere known). A letter photographed
page by page is chosen as three files, put in order with the page's buttons and read on a 390x844 phone,
whose first screen must show what is still open. axe-core checks every page for accessibility.
"""

from __future__ import annotations

import base64
import datetime as dt
import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import uvicorn
from axe_playwright_python.sync_playwright import Axe
from conftest import SAMPLES, load_truth, sample_truths
from playwright.sync_api import Browser, Page, sync_playwright
from test_web_letter_pages import phone_photos

from letter4390.web.app import create_app
from letter4390.web.messages import long_date
from letter4390.web.settings import ServerSettings

pytestmark = pytest.mark.browser

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync"]
STARTUP_SECONDS = 30
READING_TIMEOUT_MS = 180_000
DROP_FILE_SCRIPT = """([b64, name, type]) => {
    const bytes = Uint8Array.from(atob(b64), c => c.charCodeAt(0));
    const transfer = new DataTransfer();
    transfer.items.add(new File([bytes], name, {type}));
    return transfer;
}"""


def _scanned_letter() -> tuple[Path, dict[str, Any]]:
    """A committed one-page PNG scan of a Letter 4390 with both deadlines, a skewed noisy one if there is."""
    scans = []
    for truth_path in sample_truths():
        truth = load_truth(truth_path)
        deadlines = truth["deadlines"]
        if str(truth["file"]).endswith(".png") and truth["letter_type"] == "4390" \
                and truth.get("pages") == 1 and isinstance(deadlines, dict) and all(deadlines.values()):
            scans.append((truth["profile"] != "skew_noise", SAMPLES / str(truth["file"]), truth))
    if not scans:
        pytest.fail("no one-page PNG scan of a Letter 4390 in samples/letters")
    _other_profile, path, truth = min(scans, key=lambda scan: (scan[0], scan[1]))
    return path, truth


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, Path]]:
    """The app under uvicorn on a free loopback port, in a thread; yields its URL and upload root."""
    uploads = tmp_path_factory.mktemp("uploads")
    listener = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    listener.bind(("127.0.0.1", 0))
    port = listener.getsockname()[1]
    app = create_app(ServerSettings(port=port, upload_root=uploads, workers=1))
    uv = uvicorn.Server(uvicorn.Config(app, access_log=False, log_level="warning"))
    thread = threading.Thread(target=uv.run, kwargs={"sockets": [listener]}, daemon=True)
    thread.start()
    deadline = time.monotonic() + STARTUP_SECONDS
    while not uv.started:
        assert time.monotonic() < deadline, "uvicorn did not start"
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}", uploads
    uv.should_exit = True
    thread.join(STARTUP_SECONDS)
    listener.close()


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()


@pytest.fixture
def page(browser: Browser) -> Iterator[Page]:
    context = browser.new_context(accept_downloads=True, viewport={"width": 1100, "height": 900})
    yield context.new_page()
    context.close()


def _drop_file(page: Page, path: Path, media_type: str) -> None:
    payload = base64.b64encode(path.read_bytes()).decode("ascii")
    transfer = page.evaluate_handle(DROP_FILE_SCRIPT, [payload, path.name, media_type])
    page.dispatch_event("[data-drop-zone]", "dragenter", {"dataTransfer": transfer})
    page.dispatch_event("[data-drop-zone]", "drop", {"dataTransfer": transfer})


def test_upload_a_scan_read_the_deadlines_and_download_the_summary(
        server: tuple[str, Path], page: Page, tmp_path: Path) -> None:
    url, uploads = server
    scan, truth = _scanned_letter()
    letter_date = dt.date.fromisoformat(truth["fields"]["letter_date"])
    as_of = letter_date + dt.timedelta(days=7)

    page.goto(url + "/?volunteer=1")  # the volunteers' form: it has the as-of date
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.className") == "skip-link"
    _drop_file(page, scan, "image/png")
    assert page.inner_text(".page-name") == f"Page 1: {scan.name}"
    page.fill("#as_of", as_of.isoformat())
    page.select_option("#lang", "en")
    page.screenshot(path=str(tmp_path / "upload-page.png"), full_page=True)

    page.click("button[type=submit]")
    page.wait_for_selector("[data-deadline] time", timeout=READING_TIMEOUT_MS)
    assert page.inner_text("h1") == "What the letter says"
    for deadline_id, expected in truth["deadlines"].items():
        shown = page.locator(f'[data-deadline="{deadline_id}"] time')
        assert shown.get_attribute("datetime") == expected
        due = dt.date.fromisoformat(expected)
        assert shown.inner_text() == long_date("en", due)
        days_left = page.locator(f'[data-deadline="{deadline_id}"] .days-left')
        assert days_left.get_attribute("data-days-left") == str((due - as_of).days)
    page.screenshot(path=str(tmp_path / "result-page.png"), full_page=True)

    with page.expect_download() as download_info:
        page.click("a.download:has-text('Summary PDF')")
    summary = tmp_path / "summary.pdf"
    download_info.value.save_as(summary)
    assert summary.read_bytes().startswith(b"%PDF")
    assert sorted(uploads.iterdir()) == []


def test_the_page_works_without_javascript(server: tuple[str, Path], browser: Browser) -> None:
    url, uploads = server
    letter = next(SAMPLES / str(t["file"]) for t in map(load_truth, sample_truths())
                  if t["profile"] == "digital" and t["letter_type"] == "4390")
    truth: dict[str, Any] = load_truth(letter.with_name(letter.stem + ".truth.json"))
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(url + "/")
    page.set_input_files("#file", str(letter))
    page.click("button[type=submit]")
    page.wait_for_selector("[data-deadline] time", timeout=READING_TIMEOUT_MS)
    expected = {d: due for d, due in truth["deadlines"].items() if due}
    shown = {d: page.locator(f'[data-deadline="{d}"] time').get_attribute("datetime") for d in expected}
    assert expected and shown == expected
    context.close()
    assert sorted(uploads.iterdir()) == []


def test_an_unsupported_file_gets_the_reason_on_the_page(server: tuple[str, Path], page: Page,
                                                        tmp_path: Path) -> None:
    url, uploads = server
    notes = tmp_path / "notes.txt"
    notes.write_text("not a letter\n", encoding="utf-8")
    page.goto(url + "/?lang=es")
    page.set_input_files("#file", str(notes))
    page.click("button[type=submit]")
    alert = page.locator("[role=alert]")
    alert.wait_for()
    assert "No se pudo leer la carta" in alert.inner_text()
    assert "No es un PDF ni una imagen (parece texto)." in alert.inner_text()
    assert "not a PDF" not in page.inner_text("body")  # the whole page in Spanish
    assert page.evaluate("document.activeElement.id") == "error"
    page.screenshot(path=str(tmp_path / "error-page.png"), full_page=True)
    assert sorted(uploads.iterdir()) == []


PHONE = {"width": 390, "height": 844}
DESKTOP = {"width": 1280, "height": 900}
THREE_PAGES = SAMPLES / "4390-digital-juneteenth.pdf"


@pytest.fixture(scope="module")
def photos(tmp_path_factory: pytest.TempPathFactory) -> list[Path]:
    return phone_photos(THREE_PAGES, tmp_path_factory.mktemp("photos"))


def _no_axe_violations(page: Page) -> None:
    results = Axe().run(page)
    assert results.violations_count == 0, results.generate_report()


def test_three_photos_put_in_order_on_a_phone_read_as_one_letter_with_what_is_still_open_first(
        server: tuple[str, Path], browser: Browser, photos: list[Path], tmp_path: Path) -> None:
    url, uploads = server
    truth = load_truth(THREE_PAGES.with_name(THREE_PAGES.stem + ".truth.json"))
    collection = dt.date.fromisoformat(truth["deadlines"]["collection_due_process"])
    spouse = dt.date.fromisoformat(truth["deadlines"]["innocent_spouse"])
    as_of = collection + dt.timedelta(days=16)  # the case: collection passed 16 days ago
    context = browser.new_context(viewport=PHONE, device_scale_factor=2, is_mobile=True, has_touch=True)
    page = context.new_page()
    page.goto(url + "/?volunteer=1")
    first, second, third = photos
    page.set_input_files("#file", [str(second), str(first), str(third), str(third)])  # out of order, twice
    names = page.locator(".page-name")
    assert names.all_inner_texts() == [f"Page {n}: {p.name}" for n, p in
                                       enumerate((second, first, third, third), start=1)]
    page.locator("[data-page-item]").nth(3).locator("[data-remove-page]").click()
    page.locator("[data-page-item]").nth(1).locator("[data-move-up]").click()
    assert names.all_inner_texts() == [f"Page {n}: {p.name}" for n, p in enumerate(photos, start=1)]
    # Focus stays with the page just moved (its "Move up" is disabled at the top: the next button).
    assert page.evaluate("document.activeElement.getAttribute('aria-label')") == f"Move down: {first.name}"
    _no_axe_violations(page)
    page.screenshot(path=str(tmp_path / "phone-upload.png"))
    page.fill("#as_of", as_of.isoformat())
    page.click("button[type=submit]")
    page.wait_for_selector("[data-deadline] time", timeout=READING_TIMEOUT_MS)

    shown = {d: page.locator(f'[data-deadline="{d}"] time').get_attribute("datetime")
             for d in truth["deadlines"]}
    assert shown == truth["deadlines"]
    still_open = page.locator("[data-still-open] .still-open-first")
    assert still_open.inner_text() == (
        f"You can still ask the Tax Court about the innocent spouse decision: {(spouse - as_of).days} days "
        f"left, until {long_date('en', spouse)}.")
    box = still_open.bounding_box()
    assert box is not None and box["y"] + box["height"] <= PHONE["height"]  # on the first screen
    assert page.locator(".as-of-banner").is_visible()
    _no_axe_violations(page)
    page.screenshot(path=str(tmp_path / "phone-result.png"))
    page.set_viewport_size(DESKTOP)
    page.screenshot(path=str(tmp_path / "desktop-result.png"))
    context.close()
    assert sorted(uploads.iterdir()) == []


@pytest.mark.parametrize("path", ["/", "/?lang=es", "/?volunteer=1", "/no-such-page?lang=es"])
def test_every_page_has_no_axe_violations(server: tuple[str, Path], browser: Browser, path: str,
                                          tmp_path: Path) -> None:
    url, _uploads = server
    for viewport in (PHONE, DESKTOP):
        context = browser.new_context(viewport=viewport)
        page = context.new_page()
        page.goto(url + path)
        _no_axe_violations(page)
        page.screenshot(path=str(tmp_path / f"page-{viewport['width']}.png"), full_page=True)
        context.close()


def test_the_error_page_has_no_axe_violations(server: tuple[str, Path], page: Page, tmp_path: Path) -> None:
    url, _uploads = server
    notes = tmp_path / "notes.txt"
    notes.write_text("not a letter\n", encoding="utf-8")
    page.goto(url + "/")
    page.set_input_files("#file", str(notes))
    page.click("button[type=submit]")
    page.locator("[role=alert]").wait_for()
    _no_axe_violations(page)
