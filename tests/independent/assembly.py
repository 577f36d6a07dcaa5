"""Files as clinics put them together: the pages of an independent letter in another order, twice, with blank
backs, one turned over, with other papers before or after it, partly scanned and partly as drawn, or in a
multi-page TIFF of scans made on different machines (Pillow, poppler's pdftoppm, reportlab and qpdf only).

Each file is a list of sheets, each one page of the letter ("L2"), a page drawn by the letter's extras (a fax
cover sheet, enclosures, an envelope: "X1"), the blank back of a letter page with its front showing through
("B1"), or two letter pages printed on one landscape sheet ("L1+L2"); and each sheet is kept as drawn with its
text layer, scanned (tilted, upside down, in black and white) or photographed in colour with a phone, or the
phone photo printed from a web page (an e-mail's attached picture, scaled to the printed page). A fax
machine's transmission line can run across the top of every page, or a browser's print header and footer.
"""

from __future__ import annotations

import io
import subprocess
import tempfile
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

import letters_addressees_attachments_copies as addressees
import letters_fax_covers_enclosures as fax_covers
from PIL import Image, ImageChops, ImageDraw, ImageFilter
from raster import binary, raster
from reportlab.lib.pagesizes import letter
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas

HOWS: tuple[str, ...] = ("text", "scan", "photo", "inline")
FAX_FONT = Path("/usr/share/fonts/truetype/dejavu/DejaVuSansMono.ttf")
PDF_DATE = time.gmtime(1748736000)  # 2025-06-01: the image pages' PDF dates, fixed so their bytes are too
PHOTO_SIZE = (2000, 2600)  # a phone photo reduced for sharing
PHOTO_CORNERS = ((0.08, 0.05), (0.04, 0.95), (0.95, 0.97), (0.92, 0.04))  # upper left, lower left, lower
# right, upper right of the page in the photo, as shares of its width and height


@dataclass(frozen=True)
class Sheet:
    """One page of the assembled file: what is on it and how it got into the file."""

    page: str  # "L2" | "X1" | "B1" | "L1+L2"
    how: str = "scan"  # one of HOWS
    dpi: int = 200
    tilt: float = 0.0  # degrees, counter-clockwise
    turned: bool = False  # upside down: a scan fed the wrong way, or a text page given /Rotate 180
    bilevel: bool = False  # black and white, as a fax or a bilevel scanner has it


@dataclass(frozen=True)
class Assembled:
    """A file put together from a digital letter's pages: its sheets in order, what else was drawn for it,
    and the fax line across every page (`{page}` and `{pages}` filled in)."""

    source: str
    kind: str
    suffix: str  # pdf | tif
    profile: str
    sheets: tuple[Sheet, ...]
    extras: Callable[[Canvas], None] | None = None
    fax_line: str | None = None
    browser: tuple[str, str, str, str] | None = None  # a browser's print lines: top left, top centre,
    # bottom left, bottom right (`{page}` and `{pages}` filled in)

    @property
    def stem(self) -> str:
        return f"{self.source}-{self.kind}"


def _text(*pages: str) -> tuple[Sheet, ...]:
    return tuple(Sheet(page, "text") for page in pages)


ASSEMBLED: tuple[Assembled, ...] = (
    Assembled("ind88-4390-faxline", "faxline", "pdf", "digital", _text("L1", "L2", "L3"),
              fax_line=fax_covers.FAX_LINE_88),
    Assembled("ind88-4390-faxline", "faxed", "pdf", "scan200",
              tuple(Sheet(f"L{n}", dpi=200, tilt=t, bilevel=True)
                    for n, t in ((1, 0.4), (2, -0.2), (3, 0.3))),
              fax_line=fax_covers.FAX_LINE_88),
    Assembled("ind89-4390-covered", "cover", "pdf", "digital", _text("X1", "L1", "L2"),
              extras=fax_covers.cover_89),
    Assembled("ind89-4390-covered", "covermixed", "pdf", "scan200",
              (Sheet("X1", "text"), Sheet("L1", dpi=200, tilt=0.5), Sheet("L2", dpi=200, tilt=-0.3)),
              extras=fax_covers.cover_89),
    Assembled("ind90-4390-shuffled", "order213", "pdf", "digital", _text("L2", "L1", "L3")),
    Assembled("ind90-4390-shuffled", "order213scan", "pdf", "scan200",
              (Sheet("L2", tilt=-0.4), Sheet("L1", tilt=0.3), Sheet("L3", tilt=0.2))),
    Assembled("ind91-4390-twice", "dupfirst", "pdf", "digital", _text("L1", "L1", "L2")),
    Assembled("ind91-4390-twice", "duplex", "pdf", "scan250",
              (Sheet("L1", dpi=250, tilt=0.3), Sheet("B1", dpi=250), Sheet("L2", dpi=250, tilt=0.2),
               Sheet("B2", dpi=250))),
    Assembled("ind92-4390-turned", "rotate2", "pdf", "digital",
              (Sheet("L1", "text"), Sheet("L2", "text", turned=True), Sheet("L3", "text"))),
    Assembled("ind92-4390-turned", "upside2", "pdf", "scan200",
              (Sheet("L1", tilt=0.3), Sheet("L2", tilt=-0.5, turned=True), Sheet("L3", tilt=0.2))),
    Assembled("ind93-4390-enclosed", "enclosures", "pdf", "digital",
              _text("L1", "L2", "X1", "X2", "X3"), extras=fax_covers.enclosures_93),
    Assembled("ind93-4390-enclosed", "enclosurescan", "pdf", "scan200",
              tuple(Sheet(p, tilt=t) for p, t in (("L1", 0.3), ("L2", -0.2), ("X1", 0.6), ("X2", -0.4),
                                                  ("X3", 0.2))), extras=fax_covers.enclosures_93),
    Assembled("ind94-4390-phones", "scan", "pdf", "scan250",
              (Sheet("L1", dpi=250, tilt=-0.4), Sheet("L2", dpi=250, tilt=0.3))),
    Assembled("ind95-4390-tiffmix", "mixed", "tif", "scan300",
              (Sheet("L1", dpi=300, tilt=0.5), Sheet("L2", "photo"), Sheet("L3", dpi=150, tilt=-0.3))),
    Assembled("ind96-4390-frontscan", "frontscan", "pdf", "scan200",
              (Sheet("L1", dpi=200, tilt=0.7), Sheet("L2", "text"))),
    Assembled("ind97-4390-envelope", "envelope", "pdf", "scan200",
              (Sheet("X1", tilt=-1.2), Sheet("L1", tilt=0.3), Sheet("L2", tilt=0.2)),
              extras=fax_covers.envelope_97),
    Assembled("ind97-4390-envelope", "twoup", "pdf", "scan300", (Sheet("L1+L2", dpi=300, tilt=0.3),)),
    Assembled("ind107-4390-emailed", "emailed", "pdf", "photo",
              (Sheet("X1", "text"), Sheet("L1", "inline"), Sheet("L2", "inline")),
              extras=addressees.email_107, browser=addressees.EMAIL_PRINT_107),
)


# --- pages put on before the letter is scanned --------------------------------------------------------------


def with_fax_line(pdf: Path, line: str, pages: int, target: Path) -> None:
    """The sending fax machine's line across the top of each page, laid over the drawn letter."""
    if "FaxMono" not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont("FaxMono", str(FAX_FONT)))
    with tempfile.TemporaryDirectory() as tmp:
        overlay = f"{tmp}/line.pdf"
        canvas = Canvas(overlay, pagesize=letter, invariant=True)
        for page in range(1, pages + 1):
            canvas.setFont("FaxMono", 8.5)
            canvas.drawString(20, letter[1] - 13, line.format(page=page, pages=pages))
            canvas.showPage()
        canvas.save()
        subprocess.run(["qpdf", "--deterministic-id", str(pdf), "--overlay", overlay, "--", str(target)],
                       check=True)


def with_browser_lines(pdf: Path, lines: tuple[str, str, str, str], pages: int, target: Path) -> None:
    """A browser's print header and footer on every page: the date and time and the page's title at the top,
    its address and "page/pages" at the foot, in small type at the paper's edges."""
    top_left, top_centre, bottom_left, bottom_right = lines
    with tempfile.TemporaryDirectory() as tmp:
        overlay = f"{tmp}/lines.pdf"
        canvas = Canvas(overlay, pagesize=letter, invariant=True)
        for page in range(1, pages + 1):
            canvas.setFont("Helvetica", 7)
            canvas.drawString(24, letter[1] - 18, top_left.format(page=page, pages=pages))
            canvas.drawCentredString(letter[0] / 2, letter[1] - 18, top_centre.format(page=page, pages=pages))
            canvas.drawString(24, 14, bottom_left.format(page=page, pages=pages))
            canvas.drawRightString(letter[0] - 24, 14, bottom_right.format(page=page, pages=pages))
            canvas.showPage()
        canvas.save()
        subprocess.run(["qpdf", "--deterministic-id", str(pdf), "--overlay", overlay, "--", str(target)],
                       check=True)


def printed_photo(photo: Image.Image, target: Path, tmp: str) -> None:
    """A phone photo as a browser prints an e-mail's attached picture: shrunk to the page inside the margins
    the print header and footer leave, on a letter-size page of its own."""
    small = photo.resize((photo.width * 7 // 10, photo.height * 7 // 10), Image.Resampling.LANCZOS)
    jpeg = f"{tmp}/{target.stem}.jpg"
    small.save(jpeg, quality=45)
    canvas = Canvas(str(target), pagesize=letter, invariant=True)
    box_w, box_h = letter[0] - 72, letter[1] - 96
    scale = min(box_w / small.width, box_h / small.height)
    w, h = small.width * scale, small.height * scale
    canvas.drawImage(ImageReader(jpeg), 36, letter[1] - 48 - h, w, h)
    canvas.showPage()
    canvas.save()


def drawn_extras(draw: Callable[[Canvas], None], target: Path) -> None:
    canvas = Canvas(str(target), pagesize=letter, invariant=True)
    draw(canvas)
    canvas.save()


# --- sheets as images ---------------------------------------------------------------------------------------


def show_through(front: Image.Image, dpi: int) -> Image.Image:
    """A blank back page scanned in a duplex run: the front's ink faintly through the paper, mirrored."""
    mirrored = front.transpose(Image.Transpose.FLIP_LEFT_RIGHT)
    faint = mirrored.point(lambda v: 252 - (255 - v) * 8 // 100)
    return faint.filter(ImageFilter.GaussianBlur(1.6 * dpi / 200))


def two_up(pages: Sequence[Image.Image], dpi: int) -> Image.Image:
    """Two pages printed side by side on a landscape sheet ("2 pages per sheet"), each shrunk to fit."""
    sheet = Image.new("L", (round(11 * dpi), round(8.5 * dpi)), 255)
    for slot, page in enumerate(pages):
        scale = (5.5 * dpi) / page.width
        small = page.resize((round(page.width * scale), round(page.height * scale)), Image.Resampling.LANCZOS)
        sheet.paste(small, (round(slot * 5.5 * dpi), (sheet.height - small.height) // 2))
    return sheet


def _solve(rows: list[list[float]], rhs: list[float]) -> list[float]:
    """Gaussian elimination with partial pivoting (eight unknowns; no numpy here)."""
    n = len(rhs)
    a = [[*row, value] for row, value in zip(rows, rhs, strict=True)]
    for col in range(n):
        pivot = max(range(col, n), key=lambda r: abs(a[r][col]))
        a[col], a[pivot] = a[pivot], a[col]
        for r in range(n):
            if r != col:
                factor = a[r][col] / a[col][col]
                a[r] = [x - factor * y for x, y in zip(a[r], a[col], strict=True)]
    return [a[r][n] / a[r][r] for r in range(n)]


Point = tuple[float, float]


def perspective(photo: Sequence[Point], page: Sequence[Point]) -> tuple[float, ...]:
    """Pillow's PERSPECTIVE coefficients taking each point of the photo to the point of the page it shows."""
    rows, rhs = [], []
    for (x, y), (u, v) in zip(photo, page, strict=True):
        rows += [[x, y, 1, 0, 0, 0, -u * x, -u * y], [0, 0, 0, x, y, 1, -v * x, -v * y]]
        rhs += [u, v]
    return tuple(_solve(rows, rhs))


def phone_photo(page: Image.Image) -> Image.Image:
    """The page photographed in colour on a wooden desk under a warm lamp, a shadow over its upper left."""
    width, height = PHOTO_SIZE
    corners = [(x * width, y * height) for x, y in PHOTO_CORNERS]
    page_corners = [(0, 0), (0, page.height), (page.width, page.height), (page.width, 0)]
    coefficients = perspective(corners, page_corners)
    paper = Image.merge("RGB", (page.point(lambda v: 38 + v * 212 // 255),
                                page.point(lambda v: 34 + v * 200 // 255),
                                page.point(lambda v: 30 + v * 176 // 255)))  # warm lamplight
    grain = Image.linear_gradient("L").rotate(90).resize(PHOTO_SIZE)
    desk = Image.merge("RGB", (grain.point(lambda v: 96 + v // 6), grain.point(lambda v: 64 + v // 8),
                               grain.point(lambda v: 40 + v // 10)))
    warped = paper.transform(PHOTO_SIZE, Image.Transform.PERSPECTIVE, coefficients, Image.Resampling.BICUBIC)
    mask = Image.new("L", page.size, 255).transform(PHOTO_SIZE, Image.Transform.PERSPECTIVE, coefficients)
    desk.paste(warped, (0, 0), mask)
    shade = Image.new("L", PHOTO_SIZE, 255)
    ImageDraw.Draw(shade).polygon([(0, 0), (width * 0.55, 0), (0, height * 0.45)], fill=165)
    shade = shade.filter(ImageFilter.GaussianBlur(width // 14)).convert("RGB")
    return ImageChops.multiply(desk, shade).filter(ImageFilter.GaussianBlur(0.9))


def sheet_image(sheet: Sheet, letter_pdf: Path, extras: Path | None) -> tuple[Image.Image, int]:
    """The sheet as its scan or photo: the image and the resolution its file says."""
    def page(code: str, dpi: int) -> Image.Image:
        source = letter_pdf if code[0] in "LB" else extras
        if source is None:
            raise ValueError(f"sheet {code!r} needs the letter's extras")
        return raster(source, dpi, first=int(code[1:]), last=int(code[1:]))[0]

    if sheet.how == "photo":
        return phone_photo(page(sheet.page, 200)), 72  # a phone says 72 dpi whatever it took
    if "+" in sheet.page:
        image = two_up([page(code, sheet.dpi) for code in sheet.page.split("+")], sheet.dpi)
    elif sheet.page.startswith("B"):
        image = show_through(page(sheet.page, sheet.dpi), sheet.dpi)
    else:
        image = page(sheet.page, sheet.dpi)
    if sheet.tilt:
        image = image.rotate(sheet.tilt, resample=Image.Resampling.BICUBIC, fillcolor=255)
    if sheet.turned:
        image = image.rotate(180)
    return (binary(image) if sheet.bilevel else image), sheet.dpi


def tiff_of(images: Sequence[tuple[Image.Image, int]], target: Path) -> None:
    """A multi-page TIFF whose pages keep their own resolutions (each saved alone, then put together)."""
    frames = []
    for image, dpi in images:
        buffer = io.BytesIO()
        image.save(buffer, "TIFF", dpi=(dpi, dpi), compression="jpeg", quality=45)
        buffer.seek(0)
        frames.append(Image.open(buffer))
    frames[0].save(target, save_all=True, append_images=frames[1:], compression="jpeg", quality=45)


def assembled_copy(pdf: Path, spec: Assembled, out: Path) -> Path:
    """The file `spec` describes, put together from the drawn letter `pdf`."""
    if any(sheet.how not in HOWS for sheet in spec.sheets):
        raise ValueError(f"unknown sheet in {spec.stem!r}")
    target = out / f"{spec.stem}.{spec.suffix}"
    with tempfile.TemporaryDirectory() as tmp:
        letter_pdf = pdf
        if spec.fax_line:
            letter_pdf = Path(tmp) / "faxed.pdf"
            with_fax_line(pdf, spec.fax_line, len(spec.sheets), letter_pdf)
        extras = None
        if spec.extras:
            extras = Path(tmp) / "extras.pdf"
            drawn_extras(spec.extras, extras)
        if spec.suffix == "tif":
            tiff_of([sheet_image(sheet, letter_pdf, extras) for sheet in spec.sheets], target)
            return target
        pages: list[str] = []
        turned: list[str] = []
        for number, sheet in enumerate(spec.sheets, 1):
            if sheet.how == "text":
                source = letter_pdf if sheet.page[0] == "L" else extras
                pages += [str(source), sheet.page[1:]]
                if sheet.turned:
                    turned.append(str(number))
                continue
            single = f"{tmp}/sheet{number}.pdf"
            if sheet.how == "inline":
                printed_photo(phone_photo(raster(letter_pdf, 200, first=int(sheet.page[1:]),
                                                 last=int(sheet.page[1:]))[0]), Path(single), tmp)
                pages += [single, "1"]
                continue
            image, dpi = sheet_image(sheet, letter_pdf, extras)
            if image.mode == "1":  # a bilevel page goes in as CCITT G4, which has no quality setting
                image.save(single, resolution=float(dpi), creationDate=PDF_DATE, modDate=PDF_DATE)
            else:
                image.save(single, resolution=float(dpi), quality=35, creationDate=PDF_DATE, modDate=PDF_DATE)
            pages += [single, "1"]
        rotate = [f"--rotate=+180:{','.join(turned)}"] if turned else []
        put_together = Path(tmp) / "together.pdf" if spec.browser else target
        subprocess.run(["qpdf", "--empty", "--deterministic-id", "--pages", *pages, "--", *rotate,
                        str(put_together)], check=True)
        if spec.browser:
            with_browser_lines(put_together, spec.browser, len(spec.sheets), target)
    return target
