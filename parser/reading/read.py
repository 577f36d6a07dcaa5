"""The reading layer's entry point: any accepted file in, its pages' words with boxes out.

PDF pages with a usable text layer are read from it (pdfplumber); pages without one, and images, are read
by Tesseract after turning them upright. Tesseract runs as a separate program, so a standalone run OCRs a
few pages at once (like ocrmypdf -j); results, warnings and errors come out in page order exactly as a
sequential read gives them. Each page is rendered or decoded inside its OCR task and its full-resolution
image dropped when the task ends, so at most `ocr_jobs` such images are alive and memory stays flat in the
page count. The reduced image each OCR'd page keeps (for second readings and the summary) goes into the
PageSource returned with the Document, never into the Document itself.
"""

from __future__ import annotations

import dataclasses
import hashlib
import os
import threading
from collections.abc import Callable, Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Literal, TypeAlias

from parser.core.errors import InputTooLargeError, UsageError
from parser.core.model import Document, PageView
from parser.core.notes import Note, note

# images and ocr_page are imported where a page is OCR'd: a digital letter never needs them (~10 ms).
from parser.reading import pdf_render, pdf_text
from parser.reading.ocr_answers import OcrAnswers
from parser.reading.page_source import PageSource, SourceFile
from parser.reading.sniff import sniff

if TYPE_CHECKING:
    import pypdfium2
    from pdfplumber.pdf import PDF
    from PIL import Image

    from parser.reading import ocr_page

DEFAULT_MAX_PAGES = 20
# A page whose long side is beyond this many inches is no letter page: say so (it is read at reduced dpi).
OVERSIZED_PAGE_INCHES = 17.0
HASH_CHUNK_BYTES = 1 << 20
# Pages OCR'd at once when read_document isn't told; batch workers set it to 1 (they run letters in
# parallel themselves, one core each).
OCR_JOBS_VARIABLE = "LETTER4390_OCR_JOBS"
# Image dictionary entries that make pdfium's decoded image differ from its render of the page.
MASKING_IMAGE_KEYS = frozenset({"SMask", "Mask", "ImageMask", "Decode", "SMaskInData"})
NO_TEXT_WARNING = note("file.no_text")
# pdfium is not thread-safe (not even across documents): every render from an OCR task holds this lock.
_PDFIUM_LOCK = threading.Lock()


@dataclass(frozen=True)
class _PageRead:
    """One OCR task's result: the page, its warnings, and the reduced image its OCR read (if any)."""

    view: PageView
    warnings: tuple[Note, ...]
    kept: Image.Image | None


# What is handed page 1's read to start reading ahead (read_document's `first_page`), if anything.
_Early: TypeAlias = "Callable[[_PageRead], None] | None"


@dataclass
class _PagePlan:
    """One page's outcome in page order: a finished view, or an OCR task still to run or running."""

    number: int
    warnings: list[Note] = field(default_factory=list)
    view: PageView | None = None
    read: Callable[[], _PageRead] | None = None
    pending: Future[_PageRead] | None = None


@dataclass
class _Pages:
    """Pages in order, the warnings about them, and the kept images of OCR'd pages by page number."""

    views: list[PageView]
    warnings: list[Note]
    kept: dict[int, Image.Image] = field(default_factory=dict)
    pdf: pypdfium2.PdfDocument | None = None  # the file as pdfium opened it, handed on to the PageSource


def read_document(path: Path, *, max_pages: int = DEFAULT_MAX_PAGES,
                  ocr_jobs: int | None = None, first_page: Callable[[PageSource], object] | None = None
                  ) -> PageSource:
    """Read a PDF or image file; InputError subclasses say why a file can't be read. The result is the
    file's PageSource, which holds the Document read (`.document`); close it when its images are done.

    `ocr_jobs` pages are OCR'd at once (None: $LETTER4390_OCR_JOBS, else the usable CPU count).
    `first_page`, where given, is run aside (ocr_answers) on a source of the OCR'd page 1 alone, once page
    1 is read while later pages are still being read and none waits for a core: the strips of page 1 it
    reads again are kept for the returned source, which then need not read them.
    """
    if max_pages < 1:
        raise UsageError(note("error.max_pages_below_one"))
    jobs = _ocr_jobs(ocr_jobs)
    sniffed = sniff(path)
    digest = _sha256(path)
    kind: Literal["pdf", "image"] = "pdf" if sniffed.kind == "pdf" else "image"
    answers = OcrAnswers()
    early = None if first_page is None else _aside_on_page_one(first_page, answers, path.name, digest, kind)
    try:
        read = _read_pdf(path, max_pages, jobs, early) if kind == "pdf" else _read_image(path, max_pages,
                                                                                           jobs, early)
    except BaseException:
        answers.stop()  # a later page failed: what page 1 reads aside ends here, its files with it
        raise
    pages, warnings = read.views, read.warnings
    if pages and all(not page.words for page in pages):
        warnings.append(NO_TEXT_WARNING)
    document = Document(name=path.name, sha256=digest, kind=kind, pages=tuple(pages),
                        warnings=tuple(warnings))
    return PageSource(document, [SourceFile(path, kind, 1, len(pages))], read.kept,
                      opened={path: read.pdf} if read.pdf is not None else None, answers=answers)


def _aside_on_page_one(work: Callable[[PageSource], object], answers: OcrAnswers, name: str, digest: str,
                       kind: Literal["pdf", "image"]) -> Callable[[_PageRead], None]:
    """What starts `work` aside on a source of page 1 alone: its page and reading image, no file (pdfium
    renders only for the OCR tasks, under their lock), Tesseract's answers shared with the letter's."""
    def start(page: _PageRead) -> None:
        document = Document(name=name, sha256=digest, kind=kind, pages=(page.view,), warnings=())
        kept = {page.view.number: page.kept} if page.kept is not None else {}
        source = PageSource(document, [], kept, answers=answers, aside=True)
        answers.run_aside(lambda: work(source))

    return start


def read_letter_pages(paths: Sequence[Path], *, max_pages: int = DEFAULT_MAX_PAGES,
                      ocr_jobs: int | None = None) -> PageSource:
    """Several files (photos or scans of one letter, page by page) read in order as one Document, held
    by one PageSource that shows each page from its own file.

    Pages are numbered through all files; a warning about one file's page is prefixed with "file N:" so
    it still points at the right photo. The page limit counts the pages of all files together.
    """
    if len(paths) == 1:
        return read_document(paths[0], max_pages=max_pages, ocr_jobs=ocr_jobs)
    if not paths:
        raise UsageError(note("error.no_file_given"))
    pages: list[PageView] = []
    warnings: list[Note] = []
    digest = hashlib.sha256()
    kinds: set[str] = set()
    parts: list[PageSource] = []
    try:
        for file_number, path in enumerate(paths, start=1):
            parts.append(read_document(path, max_pages=max_pages, ocr_jobs=ocr_jobs))
            part = parts[-1].document
            _check_page_count(len(pages) + len(part.pages), max_pages)
            offset = len(pages)
            pages += [_renumbered(page, page.number + offset) for page in part.pages]
            warnings += [note("file.part", number=file_number, reason=said) for said in part.warnings
                         if said != NO_TEXT_WARNING]
            digest.update(bytes.fromhex(part.sha256))
            kinds.add(part.kind)
    except BaseException:
        for source in parts:
            source.close()
        raise
    if pages and all(not page.words for page in pages):
        warnings.append(NO_TEXT_WARNING)
    document = Document(name=" + ".join(path.name for path in paths), sha256=digest.hexdigest(),
                        kind="pdf" if kinds == {"pdf"} else "image", pages=tuple(pages),
                        warnings=tuple(warnings))
    return PageSource.joined(document, parts)


def _renumbered(page: PageView, number: int) -> PageView:
    if page.number == number:
        return page
    words = tuple(dataclasses.replace(word, page=number) for word in page.words)
    return dataclasses.replace(page, number=number, words=words)


def _read_pdf(path: Path, max_pages: int, jobs: int, early: _Early = None) -> _Pages:
    pdf_render.check_not_truncated(path)
    with pdf_text.open_text_layer(path) as text_pdf:
        layers: list[pdf_text.TextLayer] = []
        if text_pdf is not None and text_pdf.pages:
            _check_page_count(len(text_pdf.pages), max_pages)
            layers = [pdf_text.read_text_layer(text_pdf, index) for index in range(len(text_pdf.pages))]
        if layers and all(layer.usable for layer in layers):
            # Every page has its text: pdfplumber alone reads the file, pdfium is never loaded (about 60 ms
            # of a digital letter's run).
            return _text_pages(layers)
        return _read_with_pdfium(path, jobs, max_pages, text_pdf, layers, early)


def _text_pages(layers: list[pdf_text.TextLayer]) -> _Pages:
    pages = [PageView(number, layer.width, layer.height, "pdf_text", layer.words)
             for number, layer in enumerate(layers, start=1)]
    notes = [said for number, layer in enumerate(layers, start=1)
             for said in _size_notes(number, layer.width, layer.height)]
    return _Pages(pages, notes)


def _read_with_pdfium(path: Path, jobs: int, max_pages: int, text_pdf: PDF | None,
                      layers: list[pdf_text.TextLayer], early: _Early = None) -> _Pages:
    """Pages rendered and OCR'd where their text layer (`layers`, read already) is not usable."""
    pdf = pdf_render.open_pdf(path)
    try:
        count = len(pdf)
        _check_page_count(count, max_pages)
        plans: list[_PagePlan] = []
        notes: list[Note] = []
        failure: Exception | None = None
        if text_pdf is None:
            notes.append(note("file.no_text_layer"))
        for index in range(count):
            layer = layers[index] if index < len(layers) else None
            try:
                plans.append(_plan_pdf_page(pdf, index, text_pdf if layer is not None else None, layer))
            except Exception as error:  # raised in page order, after the pages before it
                failure = error
                break
        read = _run_plans(plans, jobs, failure, early)
    except BaseException:
        pdf.close()  # _run_plans has waited for every OCR task: none renders any more
        raise
    # Kept open for the page source: the summary's page images need no second open of the file.
    read.warnings[:0] = notes
    read.pdf = pdf
    return read


def _size_notes(number: int, width: float, height: float) -> list[Note]:
    if max(width, height) / 72.0 <= OVERSIZED_PAGE_INCHES:
        return []
    return [note("page.oversized", number=number, width=width / 72, height=height / 72)]


def _plan_pdf_page(pdf: pypdfium2.PdfDocument, index: int, text_pdf: PDF | None,
                   layer: pdf_text.TextLayer | None) -> _PagePlan:
    number = index + 1
    plan = _PagePlan(number)
    width, height = pdf_render.page_size(pdf, index)
    plan.warnings += _size_notes(number, width, height)
    if layer is not None and layer.usable:
        plan.view = PageView(number, layer.width, layer.height, "pdf_text", layer.words)
    elif layer is not None and layer.blank:
        plan.warnings.append(note("page.blank", number=number))
        plan.view = PageView(number, layer.width, layer.height, "none", ())
    else:
        plain = text_pdf is not None and _plain_images(text_pdf, index)

        from parser.reading import ocr_page  # here, not in the OCR threads

        def read() -> _PageRead:
            with _PDFIUM_LOCK:
                rendered = pdf_render.render_page(pdf, index, plain_images=plain)
            scanned = ocr_page.read_scanned_page(rendered.image, dpi=rendered.dpi, number=number)
            del rendered  # the 300 dpi image: released when the task ends
            return _PageRead(_scanned_view(number, scanned, page_size=(width, height)), scanned.warnings,
                             scanned.kept_image)

        plan.read = read
    return plan


def _plain_images(text_pdf: PDF, index: int) -> bool:
    """Whether every image on page `index` is drawn as stored: no soft mask, mask or decode array
    (pdfium decodes those differently from how it renders them, and does not expose them)."""
    page = text_pdf.pages[index]
    try:
        return all(not MASKING_IMAGE_KEYS & image["stream"].attrs.keys() for image in page.images)
    except Exception:  # pdfminer's many error types on a damaged page: render it
        return False
    finally:
        page.close()


def _read_image(path: Path, max_pages: int, jobs: int, early: _Early = None) -> _Pages:
    from parser.reading import images, ocr_page

    count = images.count_frames(path)
    _check_page_count(count, max_pages)

    def reader(index: int) -> Callable[[], _PageRead]:
        def read() -> _PageRead:
            number = index + 1
            page_image = images.load_page(path, index)
            scanned = ocr_page.read_scanned_page(page_image.image, dpi=page_image.dpi, number=number,
                                                 photographed=page_image.photographed)
            notes = page_image.warnings + scanned.warnings
            del page_image
            return _PageRead(_scanned_view(number, scanned), notes, scanned.kept_image)

        return read

    return _run_plans([_PagePlan(index + 1, read=reader(index)) for index in range(count)], jobs, None, early)


def _run_plans(plans: list[_PagePlan], jobs: int, failure: Exception | None, early: _Early = None
               ) -> _Pages:
    """Run the OCR tasks (`jobs` at a time), then collect views and warnings in page order; the first
    error in page order is raised, as a sequential read would, after every started task has ended. With
    `early`, page 1's read is handed to it once a core is idle while later pages are still read."""
    tasks = [plan for plan in plans if plan.read is not None]
    workers = min(jobs, len(tasks))
    executor = ThreadPoolExecutor(max_workers=workers, thread_name_prefix="ocr") if workers > 1 else None
    try:
        if executor is not None:
            reads_page_one = plans[0].read is not None  # a text layer's page 1 is read already
            idle = _IdleCoreWatch(early, len(tasks)) if early is not None and reads_page_one else None
            for plan in tasks:
                assert plan.read is not None
                plan.pending = executor.submit(plan.read if idle is None else idle.counted(plan.read))
            if idle is not None:
                first = plans[0].pending
                assert first is not None
                for plan in tasks:
                    assert plan.pending is not None
                    plan.pending.add_done_callback(lambda _done: idle.check(first))
        read = _Pages([], [])
        for plan in plans:
            read.warnings.extend(plan.warnings)
            if plan.pending is not None:
                page = plan.pending.result()
            elif plan.read is not None:
                page = plan.read()
            else:
                assert plan.view is not None
                page = _PageRead(plan.view, (), None)
            read.views.append(page.view)
            read.warnings.extend(page.warnings)
            if page.kept is not None:
                read.kept[page.view.number] = page.kept
        if failure is not None:
            raise failure
        return read
    finally:
        if executor is not None:
            executor.shutdown(wait=True, cancel_futures=True)


class _IdleCoreWatch:
    """Hands page 1's read to `early` at the first page end after which no page waits for a core and one
    is still being read: a core is then idle until the last page is read (a letter of three pages on two
    cores). Never where every page is read at once, nor after the last page."""

    def __init__(self, early: Callable[[_PageRead], None], tasks: int) -> None:
        self._early = early
        self._tasks = tasks
        self._started = self._ended = 0
        self._handed = False
        self._lock = threading.Lock()

    def counted(self, read: Callable[[], _PageRead]) -> Callable[[], _PageRead]:
        def run() -> _PageRead:
            with self._lock:
                self._started += 1
            return read()

        return run

    def check(self, first: Future[_PageRead]) -> None:
        with self._lock:
            self._ended += 1
            ready = (not self._handed and first.done() and self._started == self._tasks
                     and self._ended < self._tasks)
            self._handed = self._handed or ready
        if ready and first.exception() is None:
            self._early(first.result())


def _ocr_jobs(requested: int | None) -> int:
    """Pages to OCR at once: as asked, else $LETTER4390_OCR_JOBS, else the CPUs this process may use."""
    if requested is None:
        raw = os.environ.get(OCR_JOBS_VARIABLE, "").strip()
        if raw:
            try:
                requested = int(raw)
            except ValueError:
                raise UsageError(
                    note("error.not_whole_number", variable=OCR_JOBS_VARIABLE, value=raw)) from None
        else:
            requested = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    return max(1, requested or 1)


def _scanned_view(
    number: int, scanned: ocr_page.ScannedPage, page_size: tuple[float, float] | None = None
) -> PageView:
    """The PageView of an OCR page; `page_size` (points, as displayed) is exact for PDF pages."""
    width, height = scanned.width, scanned.height
    if page_size is not None:
        width, height = page_size[::-1] if scanned.rotation in (90, 270) else page_size
    return PageView(
        number=number,
        width=width,
        height=height,
        method="ocr" if scanned.words else "none",
        words=scanned.words,
        rotation=scanned.rotation,
        skew=scanned.skew,
        mean_confidence=scanned.mean_confidence,
        speckled=scanned.speckled,
    )


def _check_page_count(count: int, max_pages: int) -> None:
    if count > max_pages:
        raise InputTooLargeError(note("error.too_many_pages", pages=count, limit=max_pages))


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        while chunk := handle.read(HASH_CHUNK_BYTES):
            digest.update(chunk)
    return digest.hexdigest()
