"""Lay out a letter spec as a US-letter PDF with reportlab, looking like an IRS Appeals letter."""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from pathlib import Path

from reportlab.lib.pagesizes import letter
from reportlab.lib.utils import simpleSplit
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas

from samples import vocab
from samples.body import Para, body_paragraphs
from samples.formats import format_date, format_period, format_phone, format_tin
from samples.letter_spec import LetterSpec

PAGE_W, PAGE_H = letter
LEFT, RIGHT, TOP, BOTTOM = 72.0, PAGE_W - 66.0, PAGE_H - 50.0, 78.0
HEADER_X = 330.0


@dataclass(frozen=True)
class Run:
    x: float
    y: float  # baseline, from the bottom (reportlab)
    text: str
    font: str
    size: float
    color: tuple[float, float, float] = (0.0, 0.0, 0.0)


@dataclass
class Page:
    runs: list[Run] = field(default_factory=list)
    boxes: list[tuple[float, float, float, float, tuple[float, float, float]]] = field(default_factory=list)


@dataclass(frozen=True)
class RenderInfo:
    pages: int
    key_pages: tuple[int, ...]  # pages (1-based) holding determination or petition sentences


def header_entries(spec: LetterSpec) -> list[tuple[str, list[str]]]:
    """The header block: (label, value lines), in the order Appeals letters print them."""
    s = spec.style
    periods = [format_period(p, s.period_style) for p in spec.tax_periods]
    entries = [
        (s.label("date"), [format_date(spec.letter_date, s.date_style)]),
        (s.label("contact"), [spec.contact_name]),
        (s.label("employee_id"), [spec.employee_id]),
        (s.label("phone"), [format_phone(spec.phone, s.phone_format)]),
    ]
    if spec.fax is not None:
        entries.append((s.label("fax"), [format_phone(spec.fax, s.phone_format)]))
    entries.append((s.label("hours"), [spec.hours]))
    entries.append((s.label("periods"), periods))
    entries.append((s.label("form"), [spec.tax_form]))
    entries.append((s.label("tin"), [format_tin(spec.tin_digits, spec.tin_kind, spec.tin_printed_masked)]))
    return entries


def _header_runs(spec: LetterSpec, regular: str, size: float) -> tuple[list[Run], float]:
    """Draw the header block at the top right; returns the runs and the lowest baseline used."""
    entries = header_entries(spec)
    leading = size + 2.6
    label_w = max(stringWidth(label, regular, size) for label, _ in entries)
    value_w = max(stringWidth(v, regular, size) for _, values in entries for v in values)
    layout = spec.style.layout
    x_label = HEADER_X if spec.style.font != "courier" else HEADER_X - 24
    if layout == "columns" and x_label + label_w + 10 + value_w > PAGE_W - 30:
        layout = "stacked"
    if layout == "inline" and x_label + label_w + 6 + value_w > PAGE_W - 30:
        layout = "stacked"
    runs: list[Run] = []
    y = TOP
    for label, values in entries:
        runs.append(Run(x_label, y, label, regular, size))
        if layout == "stacked":
            for value in values:
                y -= leading
                runs.append(Run(x_label + 14, y, value, regular, size))
        else:
            x_value = x_label + (
                label_w + 10 if layout == "columns" else stringWidth(label, regular, size) + 5
            )
            for i, value in enumerate(values):
                if i:
                    y -= leading
                runs.append(Run(x_value, y, value, regular, size))
        y -= leading * (1.15 if layout == "stacked" else 1.0)
    return runs, y


def _wrap(text: str, font: str, size: float, width: float) -> list[str]:
    lines: list[str] = []
    for part in text.split("\n"):
        lines += simpleSplit(part, font, size, width) or [""]
    return lines


class _Flow:
    """Places paragraphs down the page, starting new pages as needed."""

    def __init__(self, first_page: Page, y: float, regular: str, bold: str, size: float) -> None:
        self.pages = [first_page]
        self.y = y
        self.regular, self.bold, self.size = regular, bold, size
        self.leading = size * 1.25
        self.key_pages: set[int] = set()

    def new_page(self) -> None:
        self.pages.append(Page())
        self.y = TOP - 30

    def add(self, para: Para) -> None:
        if para.kind == "page_break":
            self.new_page()
            return
        font = self.bold if para.kind == "heading" else self.regular
        lines = _wrap(para.text, font, self.size, RIGHT - LEFT)
        needed = len(lines) * self.leading
        if (self.y - needed < BOTTOM and (para.kind != "heading" or self.y - 3 * self.leading < BOTTOM)) or (
            para.kind == "heading" and self.y - needed - 3 * self.leading < BOTTOM
        ):
            self.new_page()
        for line in lines:
            if self.y < BOTTOM:
                self.new_page()
            self.pages[-1].runs.append(Run(LEFT, self.y, line, font, self.size))
            if para.key:
                self.key_pages.add(len(self.pages))
            self.y -= self.leading
        self.y -= self.leading * (0.25 if para.kind == "heading" else 0.6)


def _first_page(spec: LetterSpec, regular: str, bold: str, rng: random.Random) -> tuple[Page, float]:
    page = Page()
    header_size = 9.0 if spec.style.font == "courier" else 9.5
    y = TOP
    for i, line in enumerate(spec.office):
        page.runs.append(Run(LEFT - 18, y, line, bold if i < 2 else regular, header_size))
        y -= header_size + 2.5
    header_runs, header_bottom = _header_runs(spec, regular, header_size)
    page.runs += header_runs
    # Taxpayer block in the envelope window.
    y = min(y - 40, 612.0)
    certified = rng.choice(["CERTIFIED MAIL - RETURN RECEIPT REQUESTED", "Certified Mail", "CERTIFIED MAIL"])
    page.runs.append(Run(LEFT, y, certified, bold, 9.5))
    y -= 16
    for line in (spec.taxpayer_name, *spec.taxpayer_address):
        page.runs.append(Run(LEFT, y, line, regular, 10))
        y -= 12.5
    y = min(y, header_bottom) - 16
    # "in re" block with a second, stamped date (Jones v. Commissioner): NOT the letter date.
    in_re = rng.choice(vocab.IN_RE_COLLECTION if spec.collection is not None else vocab.IN_RE_INNOCENT_SPOUSE)
    page.runs.append(Run(LEFT, y, in_re, regular, 10))
    stamp = format_date(spec.distractors.in_re_stamp, "upper")
    stamp_x = LEFT + stringWidth(in_re, regular, 10) + 40
    page.runs.append(Run(stamp_x + 6, y, stamp, "Courier-Bold", 10.5, (0.15, 0.2, 0.55)))
    page.boxes.append((stamp_x, y - 4, stringWidth(stamp, "Courier-Bold", 10.5) + 12, 16, (0.15, 0.2, 0.55)))
    if spec.distractors.receipt_stamp is not None:
        red = (0.72, 0.1, 0.1)
        text = "RECEIVED " + format_date(spec.distractors.receipt_stamp, "upper")
        stamp_y = TOP - len(spec.office) * (header_size + 2.5) - 24
        page.runs.append(Run(LEFT - 12, stamp_y, text, "Helvetica-Bold", 10, red))
        page.boxes.append((LEFT - 18, stamp_y - 5, stringWidth(text, "Helvetica-Bold", 10) + 12, 16, red))
    y -= 26
    return page, y


def _title_paras(spec: LetterSpec, rng: random.Random) -> list[Para]:
    return [Para("heading", rng.choice(vocab.TITLES[spec.letter_type]), key=True)]


def layout_pages(spec: LetterSpec) -> tuple[list[Page], RenderInfo]:
    rng = random.Random(spec.seed * 104729 + 3)
    regular, bold = vocab.FONT_FAMILIES[spec.style.font]
    size = (9.0 if spec.compact else 9.5) if spec.style.font == "courier" else (9.5 if spec.compact else 10.0)
    page, y = _first_page(spec, regular, bold, rng)
    flow = _Flow(page, y, regular, bold, size)
    salutation = spec.taxpayer_name.title() if spec.tin_kind == "ssn" else "Sir or Madam"
    signer = f"{rng.choice(vocab.FIRST_NAMES)} {rng.choice(vocab.LAST_NAMES)}"
    for para in _title_paras(spec, rng) + body_paragraphs(spec, salutation, signer):
        flow.add(para)
    return flow.pages, RenderInfo(pages=len(flow.pages), key_pages=tuple(sorted(flow.key_pages)))


def _footer(spec: LetterSpec, number: int, total: int) -> list[Run]:
    runs = [
        Run(LEFT - 18, 40, f"Letter {spec.letter_type} (Rev. {spec.revision})", "Helvetica", 8),
        Run(PAGE_W / 2 - 40, 40, f"Catalog Number {vocab.CATALOG_NUMBERS[spec.letter_type]}", "Helvetica", 8),
    ]
    if total > 1:
        runs.append(Run(RIGHT - 50, 40, f"Page {number} of {total}", "Helvetica", 8))
    return runs


def draw_pages(
    pages: list[Page], path: Path, *, footer: list[list[Run]] | None = None, title: str = "Letter"
) -> None:
    canvas = Canvas(str(path), pagesize=letter, invariant=True)
    canvas.setTitle(title)
    canvas.setAuthor("letter4390 samples (synthetic)")
    for index, page in enumerate(pages):
        for x, y, w, h, color in page.boxes:
            canvas.setStrokeColorRGB(*color)
            canvas.setLineWidth(1.2)
            canvas.rect(x, y, w, h)
        for run in page.runs + (footer[index] if footer else []):
            canvas.setFillColorRGB(*run.color)
            canvas.setFont(run.font, run.size)
            canvas.drawString(run.x, run.y, run.text)
        canvas.showPage()
    canvas.save()


def render_pdf(spec: LetterSpec, path: Path) -> RenderInfo:
    """Write the letter as a digital PDF (with a text layer)."""
    if spec.letter_type in ("other", "blank"):
        from samples.render_other import render_other

        return render_other(spec, path)
    pages, info = layout_pages(spec)
    footers = [_footer(spec, i + 1, len(pages)) for i in range(len(pages))]
    draw_pages(pages, path, footer=footers, title=f"Letter {spec.letter_type}")
    return info
