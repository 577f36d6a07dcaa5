"""Each image read once per setting, and page 1's strips read ahead on a core the pages leave idle."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from PIL import Image, ImageDraw

from parser.core.errors import InputError
from parser.core.model import Document, PageView
from parser.core.notes import note
from parser.reading import read
from parser.reading.ocr_answers import OcrAnswers, ReadingAsideStopped
from parser.reading.page_source import PageSource


def strip(text: str) -> Image.Image:
    image = Image.new("L", (300, 40), 255)
    ImageDraw.Draw(image).text((10, 10), text, fill=0)
    return image


def test_the_same_image_read_the_same_way_is_read_once() -> None:
    answers = OcrAnswers()
    calls: list[str] = []

    def reading(name: str) -> str:
        calls.append(name)
        return name

    assert answers.answer(("words", 300, 7), strip("June 2, 2025"), lambda: reading("first")) == "first"
    # The same pixels in another image object: the kept answer.
    assert answers.answer(("words", 300, 7), strip("June 2, 2025"), lambda: reading("again")) == "first"
    # Another setting, or other pixels: read.
    assert answers.answer(("words", 300, 6), strip("June 2, 2025"), lambda: reading("block")) == "block"
    assert answers.answer(("words", 300, 7), strip("June 3, 2025"), lambda: reading("other")) == "other"
    assert calls == ["first", "block", "other"]


def test_a_failed_reading_is_not_kept() -> None:
    answers = OcrAnswers()

    def refused() -> str:
        raise InputError(note("error.ocr_refused"))

    with pytest.raises(InputError):
        answers.answer(("words", 300, 7), strip("x"), refused)
    assert answers.answer(("words", 300, 7), strip("x"), lambda: "read") == "read"


def test_a_reading_under_way_aside_is_waited_for_not_started_again() -> None:
    answers = OcrAnswers()
    started, release = threading.Event(), threading.Event()
    calls: list[str] = []

    def slow() -> str:
        calls.append("aside")
        started.set()
        release.wait(5)
        return "read aside"

    answers.run_aside(lambda: answers.answer(("glyphs", 300, 7), strip("8"), slow, aside=True))
    assert started.wait(5)
    threading.Timer(0.05, release.set).start()
    assert answers.answer(("glyphs", 300, 7), strip("8"), lambda: "read again") == "read aside"
    answers.stop()
    assert calls == ["aside"]


def test_reading_aside_ends_with_the_letter() -> None:
    answers = OcrAnswers()
    answers.stop()
    with pytest.raises(ReadingAsideStopped):
        answers.answer(("words", 300, 7), strip("x"), lambda: "late", aside=True)
    # The letter's own reading still reads.
    assert answers.answer(("words", 300, 7), strip("x"), lambda: "own") == "own"


def test_closing_the_source_waits_for_the_reading_aside() -> None:
    answers = OcrAnswers()
    ended = threading.Event()

    def work() -> None:
        threading.Event().wait(0.1)
        ended.set()

    source = PageSource(Document(name="x", sha256="", kind="image", pages=(), warnings=()), [],
                        answers=answers)
    answers.run_aside(work)
    source.close()
    assert ended.is_set()


def test_a_letter_whose_later_page_fails_ends_its_reading_aside(monkeypatch: pytest.MonkeyPatch,
                                                                 tmp_path: Path) -> None:
    ended = threading.Event()

    def work(_page_one: PageSource) -> None:
        threading.Event().wait(0.1)
        ended.set()

    def failing(_path: Path, _max_pages: int, _jobs: int, early) -> read._Pages:  # type: ignore[no-untyped-def]
        early(page_read(1))  # page 1 read, a core idle ...
        raise InputError(note("error.ocr_refused"))  # ... and page 3 refused

    monkeypatch.setattr(read, "_read_image", failing)
    photo = tmp_path / "page.png"
    Image.new("L", (100, 100), 255).save(photo)
    with pytest.raises(InputError):
        read.read_document(photo, first_page=work)
    assert ended.is_set()  # waited for, not left running behind the error


def page_read(number: int) -> read._PageRead:
    return read._PageRead(PageView(number, 612.0, 792.0, "ocr", ()), (), None)


def plans_ending_in(order: list[int], handed: list[int], jobs: int = 2) -> None:
    """Three OCR tasks on `jobs` workers, each ending when its turn in `order` comes."""
    turns = {number: threading.Event() for number in (1, 2, 3)}

    def task(number: int):  # type: ignore[no-untyped-def]
        def run() -> read._PageRead:
            assert turns[number].wait(5)
            position = order.index(number)
            if position + 1 < len(order):
                threading.Timer(0.05, turns[order[position + 1]].set).start()
            return page_read(number)
        return run

    plans = [read._PagePlan(number, read=task(number)) for number in (1, 2, 3)]
    turns[order[0]].set()
    read._run_plans(plans, jobs, None, lambda page: handed.append(page.view.number))


@pytest.mark.parametrize(("order", "handed"), [
    ([2, 1, 3], [1]),  # page 2 ends, page 3 takes its core; page 1 ends while page 3 is read: handed
    ([2, 3, 1], []),   # page 1 is read last: nothing left to overlap
])
def test_page_one_is_handed_aside_only_while_a_later_page_is_still_read(order: list[int],
                                                                        handed: list[int]) -> None:
    seen: list[int] = []
    plans_ending_in(order, seen)
    assert seen == handed


def test_page_one_is_not_handed_aside_while_pages_wait_for_a_core() -> None:
    # One worker: pages are read one after the other, so no core is ever idle.
    seen: list[int] = []
    plans_ending_in([1, 2, 3], seen, jobs=1)
    assert seen == []


def test_reading_ahead_changes_no_fact_and_reads_its_strips_once(monkeypatch: pytest.MonkeyPatch) -> None:
    """A scan whose page 1 had its facts found aside first gives the same result as one read without, and
    its own reading starts fewer Tesseract calls: those the reading aside made are answered from it."""
    from conftest import SAMPLES

    from letter4390 import pipeline
    from letter4390.result_json import dumps, to_result
    from parser.reading import tesseract

    calls: list[str] = []
    for name in ("ocr_words", "ocr_glyphs"):
        real = getattr(tesseract, name)

        def counted(*args, _real=real, _name=name, **kwargs):  # type: ignore[no-untyped-def]
            calls.append(f"{threading.current_thread().name}:{_name}")
            return _real(*args, **kwargs)

        monkeypatch.setattr(tesseract, name, counted)
    scan = SAMPLES / "demo-scan.pdf"
    with read.read_document(scan, ocr_jobs=1) as pages:
        calls.clear()  # the pages' own OCR is not counted
        without = dumps(to_result(pipeline.assess_pages(pages)))
        own_calls = len(calls)
    with read.read_document(scan, ocr_jobs=1) as pages:
        calls.clear()
        done = threading.Event()

        def aside(page_one: PageSource) -> None:
            try:
                assert [page.number for page in page_one.document.pages] == [1]
                pipeline._read_ahead(page_one, pipeline.Options())
            finally:
                done.set()

        start = read._aside_on_page_one(aside, pages.answers, scan.name, pages.document.sha256, "pdf")
        start(read._PageRead(pages.document.pages[0], (), pages.reading_image(1)))
        assert done.wait(120)
        read_aside = len(calls)
        with_aside = dumps(to_result(pipeline.assess_pages(pages)))
    assert with_aside == without
    assert own_calls > 0 and read_aside > 0
    assert len(calls) - read_aside < own_calls  # fewer calls of its own
    assert all(call.startswith("ocr-aside:") for call in calls[:read_aside])
