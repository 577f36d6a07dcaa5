"""Hand-built pages for the fact finder's tests: words laid out at given positions, as a reader gives them."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING

from parser.core.model import Box, Document, Method, PageView, Word

if TYPE_CHECKING:
    from PIL import Image

FONT = 10.0
CHAR_WIDTH = 0.5  # of the font size
SPACE_WIDTH = 0.28  # of the font size
LINE_STEP = 12.0


def words_at(x: float, top: float, text: str, *, page: int = 1, method: Method = "pdf_text",
             confidence: float | None = None, size: float = FONT) -> list[Word]:
    """The words of `text` set from (x, top) left to right in a plain proportional-ish font."""
    words: list[Word] = []
    for token in text.split():
        width = len(token) * CHAR_WIDTH * size
        conf = None if method != "ocr" else (95.0 if confidence is None else confidence)
        words.append(Word(text=token, box=Box(x, top, x + width, top + size), page=page, method=method,
                          confidence=conf))
        x += width + SPACE_WIDTH * size
    return words


Row = tuple[float, float, str]  # (x, top, text)


def text_width(text: str, size: float = FONT) -> float:
    tokens = text.split()
    return sum(len(t) * CHAR_WIDTH * size for t in tokens) + SPACE_WIDTH * size * (len(tokens) - 1)


def make_page(rows: Iterable[Row], *, number: int = 1, method: Method = "pdf_text",
              confidence: float | None = None, low_words: Sequence[str] = (), low: float = 30.0) -> PageView:
    """A page from rows of text; words listed in `low_words` get OCR confidence `low`."""
    words: list[Word] = []
    for x, top, text in rows:
        for word in words_at(x, top, text, page=number, method=method, confidence=confidence):
            if word.text in low_words:
                word = Word(text=word.text, box=word.box, page=word.page, method=word.method, confidence=low)
            words.append(word)
    return PageView(number=number, width=612.0, height=792.0, method=method, words=tuple(words))


def make_doc(*pages: PageView) -> Document:
    return Document(name="test.pdf", sha256="0" * 64, kind="pdf", pages=tuple(pages))


DEJAVU_SANS = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"


def printed_lines_page(lines: Sequence[str], *, dpi: float, top: float, line_height: float, size: float
                       ) -> tuple[Document, Image.Image]:
    """A scanned one-page document and its reading image, which prints `lines` from `top` (points), one
    every `line_height` points, in DejaVu Sans of `size` points at `dpi`."""
    from PIL import Image as PILImage
    from PIL import ImageDraw, ImageFont

    scale = dpi / 72.0
    image = PILImage.new("RGB", (round(612 * scale), round(792 * scale)), "white")
    draw = ImageDraw.Draw(image)
    font = ImageFont.truetype(DEJAVU_SANS, round(size * scale))
    for i, line in enumerate(lines):
        draw.text((72 * scale, (top + i * line_height) * scale), line, fill="black", font=font)
    return make_doc(make_page([(72.0, top, "x")], method="ocr")), image


LEFT, RIGHT, VALUE = 54.0, 330.0, 440.0

STANDARD_HEADER: tuple[tuple[str, str], ...] = (
    ("Date:", "March 3, 2025"),
    ("Person to contact:", "Maria Gonzalez"),
    ("Employee ID number:", "1000123456"),
    ("Telephone:", "(213) 555-0142"),
    ("Fax:", "213-555-0199"),
    ("Hours:", "8:00 a.m. to 4:30 p.m. ET"),
    ("Tax period(s) ended:", "December 31, 2019"),
    ("Tax form:", "1040"),
    ("Taxpayer identification number:", "123-45-6789"),
)
RETURN_ADDRESS = ("Department of the Treasury", "Internal Revenue Service", "Independent Office of Appeals",
                  "1111 Constitution Ave NW", "Washington, DC 20224")
TAXPAYER_ADDRESS = ("CERTIFIED MAIL", "JOHN Q PUBLIC", "12 ELM ST", "SPRINGFIELD IL 62704")

BODY_4390: tuple[str, ...] = (
    "Notice of Determination Concerning Collection Action(s) Under Section 6320 and/or 6330 and",
    "Your Request for Relief from Joint and Several Liability Under Section 6015",
    "Dear John Q Public:",
    "We received your Form 12153 on October 2, 2024. Your hearing was held on February 10, 2025.",
    "The proposed levy action is sustained. The filing of the Notice of Federal Tax Lien is sustained.",
    "Appeals considered your proposal for an installment agreement of $200 per month.",
    "Your request for relief under IRC Section 6015(b) and IRC Section 6015(f) is denied.",
    "If you want to dispute this determination in court, you must file a petition with the United",
    "States Tax Court within 30 days from the date of this letter.",
    "If you disagree with our determination on your request for relief, you must file your petition",
    "within 90 days from the date of this letter.",
)


def header_rows(header: Sequence[tuple[str, str]] = STANDARD_HEADER, *, layout: str = "beside",
                top: float = 43.0) -> list[Row]:
    """The two-column header: the return address at left, labels and values at right.

    layout "beside": value at a tab stop on the label's line; "below": value on the next line, indented.
    """
    rows: list[Row] = [(LEFT, top + i * LINE_STEP, text) for i, text in enumerate(RETURN_ADDRESS)]
    y = top
    for label, value in header:
        if layout == "beside":
            rows.append((RIGHT, y, label))
            if value:
                rows.append((max(VALUE, RIGHT + text_width(label) + 2 * FONT), y, value))
            y += LINE_STEP
        else:
            rows.append((RIGHT, y, label))
            if value:
                rows.append((RIGHT + 14, y + LINE_STEP, value))
            y += 2 * LINE_STEP
    address_top = max(y, top + len(RETURN_ADDRESS) * LINE_STEP) + LINE_STEP
    rows += [(72.0, address_top + i * LINE_STEP, text) for i, text in enumerate(TAXPAYER_ADDRESS)]
    return rows


def letter_page(header: Sequence[tuple[str, str]] = STANDARD_HEADER, body: Sequence[str] = BODY_4390, *,
                layout: str = "beside", footer: str = "Letter 4390 (Rev. 11-2019)",
                method: Method = "pdf_text", extra: Sequence[Row] = (), low_words: Sequence[str] = ()
                ) -> PageView:
    rows = header_rows(header, layout=layout)
    body_top = max(r[1] for r in rows) + 3 * LINE_STEP
    rows += [(72.0, body_top + i * LINE_STEP * 1.5, text) for i, text in enumerate(body)]
    if footer:
        rows.append((LEFT, 746.0, footer))
    rows += list(extra)
    return make_page(rows, method=method, low_words=low_words)


def letter_doc(header: Sequence[tuple[str, str]] = STANDARD_HEADER, body: Sequence[str] = BODY_4390,
               **options: object) -> Document:
    return make_doc(letter_page(header, body, **options))  # type: ignore[arg-type]
