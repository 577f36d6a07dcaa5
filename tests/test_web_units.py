"""The web layer's small parts: file-name masking, one-time downloads, the message tables, log routes."""

from __future__ import annotations

import datetime as dt
import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from letter4390.web import messages
from letter4390.web.downloads import DownloadStore
from letter4390.web.middleware import route_for_log
from letter4390.web.uploads import safe_file_name, size_text

# Digit groups as a reader sees them together, and the one long shape shown in full: a 3-3-4 phone number.
SHOWN_RUN = re.compile(r"\d+(?:[-\s._]{1,3}\d+)*")
PHONE_SHAPE = re.compile(r"(?:1[-\s._]{1,3})?\d{3}[-\s._]{1,3}\d{3}[-\s._]{1,3}\d{4}")


@given(st.text(alphabet="0123456789-_. abc/\\:,", max_size=60))
def test_stored_names_never_show_nine_digits_together(name: str) -> None:
    for run in SHOWN_RUN.findall(safe_file_name(name, "pdf")):
        assert sum(char.isdigit() for char in run) < 9 or PHONE_SHAPE.fullmatch(run), run


@pytest.mark.parametrize(("client_name", "kind", "stored"), [
    ("letter.pdf", "pdf", "letter.pdf"),
    ("C:\\Users\\ana\\Scan 123-45-6789.PDF", "pdf", "Scan XXX-XX-6789.pdf"),
    ("123_45_6789.pdf", "pdf", "XXX_XX_6789.pdf"),
    ("123.45.6789.pdf", "pdf", "XXX.XX.6789.pdf"),
    ("123456789.pdf", "pdf", "XXXXX6789.pdf"),
    ("12-3456789.pdf", "pdf", "XX-XXX6789.pdf"),
    ("ssn 123 45 6789 letter.png", "png", "ssn XXX XX 6789 letter.png"),
    ("123,45,6789.pdf", "pdf", "XXX_XX_6789.pdf"),  # an unsafe character is a separator like any other
    ("letter 2024-03-15.pdf", "pdf", "letter 2024-03-15.pdf"),
    ("phone 215-555-1234.pdf", "pdf", "phone 215-555-1234.pdf"),  # a phone in its 3-3-4 groups is kept
    ("2155551234.pdf", "pdf", "XXXXXX1234.pdf"),  # ten plain digits could hide a TIN
    ("123.45.6789", "pdf", "XXX.XX.pdf"),  # no suffix: the last group is still part of the ID
    ("12345.6789", "pdf", "XXXXX.pdf"),
    ("../../etc/passwd", "pdf", "passwd.pdf"),
    ("photo.jpeg", "jpeg", "photo.jpeg"),
    ("photo.txt", "png", "photo.png"),  # the content decides the suffix
    ("", "tiff", "letter.tif"),
    ("...", "pdf", "letter.pdf"),
    ("carta <ñ>\x00.pdf", "pdf", "carta _ñ.pdf"),
])
def test_safe_file_name(client_name: str, kind: str, stored: str) -> None:
    assert safe_file_name(client_name, kind) == stored


def test_safe_file_name_is_bounded() -> None:
    stored = safe_file_name("x" * 5000 + ".pdf", "pdf")
    assert stored == "x" * 80 + ".pdf"


@pytest.mark.parametrize(("size", "text"), [(25 * 1024 * 1024, "25 MB"), (1536 * 1024, "1.5 MB"),
                                            (1000, "1 KB"), (300 * 1024, "300 KB")])
def test_size_text(size: int, text: str) -> None:
    assert size_text(size) == text


class FakeClock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def test_a_download_is_served_once() -> None:
    store = DownloadStore(ttl_seconds=60, max_bytes=1000)
    token = store.put(b"%PDF-1", "application/pdf", "summary.pdf")
    first = store.take(token)
    assert first is not None
    assert (first.content, first.media_type, first.filename) == (b"%PDF-1", "application/pdf", "summary.pdf")
    assert store.take(token) is None
    assert len(store) == 0


def test_tokens_are_long_and_distinct() -> None:
    store = DownloadStore(ttl_seconds=60, max_bytes=1000)
    tokens = {store.put(b"x", "text/plain", "x.txt") for _ in range(50)}
    assert len(tokens) == 50
    assert all(len(token) >= 40 for token in tokens)


def test_a_download_expires() -> None:
    clock = FakeClock()
    store = DownloadStore(ttl_seconds=60, max_bytes=1000, clock=clock)
    token = store.put(b"x", "text/plain", "x.txt")
    clock.now += 59
    assert len(store) == 1
    clock.now += 1
    assert store.take(token) is None


def test_the_oldest_downloads_make_room() -> None:
    store = DownloadStore(ttl_seconds=60, max_bytes=10)
    old = store.put(b"123456", "text/plain", "a")
    new = store.put(b"123456", "text/plain", "b")
    assert store.take(old) is None
    taken = store.take(new)
    assert taken is not None and taken.filename == "b"


def test_a_download_larger_than_the_budget_is_not_kept() -> None:
    store = DownloadStore(ttl_seconds=60, max_bytes=10)
    token = store.put(b"x" * 11, "text/plain", "big")
    assert store.take(token) is None


def test_the_web_page_words_are_in_the_one_catalogue() -> None:
    assert messages.text("es", "submit") == "Leer la carta"
    assert messages.has("en", "how_to_file") and not messages.has("en", "p1.title")
    for lang in messages.LANGUAGES:  # every language file carries every web key
        assert messages.text(lang, "days_left_many", n=3)


@pytest.mark.parametrize(("lang", "shown"), [("en", "Monday, March 3, 2025"),
                                             ("es", "lunes, 3 de marzo de 2025")])
def test_long_date(lang: str, shown: str) -> None:
    assert messages.long_date(lang, dt.date(2025, 3, 3)) == shown


@pytest.mark.parametrize(("days", "en", "es"), [
    (12, "12 days left", "quedan 12 días"),
    (1, "1 day left", "queda 1 día"),
    (0, "TODAY is the last day", "HOY es el último día"),
    (-1, "passed 1 day ago", "venció hace 1 día"),
    (-5, "passed 5 days ago", "venció hace 5 días"),
])
def test_days_left(days: int, en: str, es: str) -> None:
    assert (messages.days_left("en", days), messages.days_left("es", days)) == (en, es)


def test_an_unknown_language_falls_back_to_english() -> None:
    assert messages.language("fr") == "en"
    assert messages.language(None) == "en"
    assert messages.text("xx", "submit") == "Read the letter"


@pytest.mark.parametrize(("path", "logged"), [
    ("/api/extract", "/api/extract"),
    ("/download/AbC123secret", "/download/<token>"),
    ("/Maria-123-45-6789.pdf", "<other>"),
])
def test_the_log_names_routes_not_paths(path: str, logged: str) -> None:
    assert route_for_log(path) == logged


@pytest.mark.parametrize(("day", "closures", "en", "es"), [
    (dt.date(2025, 6, 1), (), "Sunday", "domingo"),
    (dt.date(2017, 1, 1), (), "Sunday; New Year's Day", "domingo; Año Nuevo"),
    (dt.date(2017, 1, 2), (), "New Year's Day (observed)", "Año Nuevo (día observado)"),
    (dt.date(2025, 6, 19), (), "Juneteenth National Independence Day",
     "Día de la Independencia de Juneteenth"),
    (dt.date(2025, 4, 2), (dt.date(2025, 4, 2),),
     "U.S. Tax Court closed: closure added by the user",
     "Tribunal Tributario cerrado: cierre añadido por el usuario"),
])
def test_why_a_day_was_passed_over_in_both_languages(
        day: dt.date, closures: tuple[dt.date, ...], en: str, es: str) -> None:
    from rules.calendar import filing_calendar
    from rules.model import RolledDay

    rolled = RolledDay(day, filing_calendar(closures, include_known=False).days_off(day))
    assert (messages.reason_text("en", rolled), messages.reason_text("es", rolled)) == (en, es)


def test_the_rules_what_a_petition_disputes_in_spanish() -> None:
    from rules.deadlines import COLLECTION_AND_INNOCENT_SPOUSE, INNOCENT_SPOUSE_ONLY

    assert messages.disputes_text("es", INNOCENT_SPOUSE_ONLY) == "solo la decisión sobre el cónyuge inocente"
    assert messages.disputes_text("en", COLLECTION_AND_INNOCENT_SPOUSE) == (
        "the collection action (the lien and/or levy) and the innocent spouse decision")


def test_errors_are_worded_from_their_note_in_the_reader_s_language() -> None:
    from letter4390.web.uploads import UploadStalledError
    from parser.core.errors import UnsupportedInputError
    from parser.core.notes import note
    from parser.facts.later_page import LaterPageError, PageOf

    later = LaterPageError(PageOf(2, 3))
    assert messages.error_text("en", later) == \
        "this looks like page 2 of a 3-page letter; send all pages together"
    assert messages.error_text("es", later) == \
        "esto parece la página 2 de una carta de 3 páginas; envíe todas las páginas juntas"
    stalled = UploadStalledError(30.0)
    assert messages.error_text("es", stalled) == \
        "la subida se detuvo por más de 30 segundos y se cortó; inténtelo de nuevo"
    odd = UnsupportedInputError(note("error.not_pdf_or_image", looks_like=note("file_kind.text")))
    assert messages.error_text("en", odd) == "not a PDF or image (looks like text)"
    assert messages.error_text("es", odd) == "no es un PDF ni una imagen (parece texto)"
