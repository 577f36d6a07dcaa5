"""Write the independent corpus: tests/independent/letters/<name>.<pdf|png|jpg> beside <name>.truth.json.

Run: .venv/bin/python tests/independent/make.py
Nothing here comes from samples/: layouts, label spellings, wording and values are this corpus's own, and
each truth record is what a careful person reads on the letter (written out by hand below), with the
deadlines counted here from the printed letter date (30/90 days, past weekends and DC holidays).
"""

from __future__ import annotations

import datetime as dt
import json
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import holidays
from PIL import Image
from reportlab.pdfgen.canvas import Canvas

sys.path.insert(0, str(Path(__file__).resolve().parent))

import letters  # the letter tables beside this script
import letters_addressees_attachments_copies
import letters_damaged_dates
import letters_date_placement_4439_3288
import letters_determination_layouts
import letters_determination_wording
import letters_fax_covers_enclosures
import letters_header_layouts
import letters_label_spellings_and_525
import letters_lookalike_notices
import letters_mailing_and_printed_dates
import letters_names_phones_periods
import letters_old_template_and_cp14
from assembly import ASSEMBLED, assembled_copy
from damage import DAMAGED, damaged_scan
from hygiene import HYGIENE, hygienic_copy
from layout import Fonts, Pen
from raster import binary, raster
from spec import FIELDS, Letter

# The letter tables, in the order of their numbers (ind01...).
LETTER_MODULES = (
    letters,  # 1-6
    letters_old_template_and_cp14,  # 7-11
    letters_label_spellings_and_525,  # 12-19
    letters_date_placement_4439_3288,  # 20-27
    letters_determination_wording,  # 28-35
    letters_header_layouts,  # 36-43
    letters_lookalike_notices,  # 44-51
    letters_mailing_and_printed_dates,  # 52-59
    letters_names_phones_periods,  # 60-69
    letters_determination_layouts,  # 70-79
    letters_damaged_dates,  # 80-87
    letters_fax_covers_enclosures,  # 88-97
    letters_addressees_attachments_copies,  # 98-107
)

OUT = Path(__file__).resolve().parent / "letters"
PETITION_DAYS: dict[str, tuple[int | None, int | None]] = {"4390": (30, 90), "3193": (30, None),
                                                           "4439": (None, 90), "3288": (None, 90),
                                                           "3279": (None, 90), "3210": (None, None),
                                                           "other": (None, None)}


@dataclass(frozen=True)
class Scan:
    """A scanned copy of a digital letter: resolution, tilt, and the file kind it is saved as."""

    source: str
    suffix: str  # png | jpg | pdf (image-only)
    dpi: int
    tilt: float  # degrees, counter-clockwise


SCANS: tuple[Scan, ...] = (
    Scan("ind01-rightcol", "png", 300, 0.6),
    Scan("ind03-table", "pdf", 200, 0.0),
    Scan("ind06-datebelow", "jpg", 250, -0.8),
    Scan("ind15-fax", "png", 200, 0.3),
    Scan("ind17-crooked", "png", 300, 1.6),
    Scan("ind18-3193-rows", "pdf", 300, -0.5),
    Scan("ind20-officer-ext", "png", 200, 0.9),
    Scan("ind22-stamp", "jpg", 250, -0.4),
    Scan("ind23-page2", "pdf", 150, 0.3),
    Scan("ind29-bullets", "png", 300, 1.0),
    Scan("ind31-decisiontable", "png", 200, 0.4),
    Scan("ind33-66c-whenpaid", "jpg", 250, -0.6),
    Scan("ind36-allcaps", "png", 300, 0.5),
    Scan("ind39-gridwrap", "jpg", 250, -0.4),
    Scan("ind41-threepage", "pdf", 200, 0.3),
    Scan("ind46-3210", "png", 300, -0.7),
    Scan("ind51-4390-poacopy", "jpg", 250, 0.5),
    Scan("ind53-4390-emancipation", "png", 300, 2.0),
    Scan("ind55-4390-columbus", "jpg", 250, -0.6),
    Scan("ind56-4390-faxcover", "pdf", 200, 0.3),
    Scan("ind60-4390-typewriter", "png", 200, 0.4),
    Scan("ind65-4390-formtable", "png", 200, -0.5),
    Scan("ind67-3193-941", "pdf", 200, 0.3),
    Scan("ind68-4390-rows", "jpg", 200, -0.7),
    Scan("ind70-4390-periodtable", "png", 300, 0.7),
    Scan("ind72-4390-inre", "pdf", 200, 0.0),
    Scan("ind73-4390-twocolumn", "png", 300, -0.4),
    Scan("ind74-4390-pagebreak", "pdf", 200, 0.3),
    Scan("ind75-4390-upheld", "jpg", 250, -0.5),
    Scan("ind77-4390-numbered", "png", 300, -1.2),
    Scan("ind80-4390-ordinal", "jpg", 250, -0.4),
    Scan("ind83-4390-janstamp", "png", 300, 0.6),
    Scan("ind84-4390-dayfirst", "png", 200, 0.8),
)


@dataclass(frozen=True)
class Photo:
    """A phone photo of a digital letter's first page lying on a desk: where its corners land in the
    photo (upper left, lower left, lower right, upper right, as shares of the photo's width and height),
    and the side a shadow falls from. A true perspective, unlike the samples generator's bilinear warp."""

    source: str
    corners: tuple[tuple[float, float], ...]
    shadow_from: str  # "left" | "top"


PHOTOS: tuple[Photo, ...] = (
    Photo("ind02-leftblock", ((0.10, 0.07), (0.05, 0.95), (0.93, 0.93), (0.88, 0.05)), "left"),
    Photo("ind04-labels-above", ((0.07, 0.04), (0.12, 0.94), (0.90, 0.96), (0.95, 0.06)), "top"),
    Photo("ind13-leftlabels", ((0.09, 0.06), (0.06, 0.95), (0.91, 0.97), (0.93, 0.04)), "left"),
    Photo("ind27-officer", ((0.06, 0.05), (0.09, 0.96), (0.94, 0.94), (0.91, 0.07)), "top"),
)
PHOTO_SIZE = (1500, 1900)  # a phone photo reduced for sharing, no resolution in the file


def last_day(letter_date: dt.date, days: int | None) -> str | None:
    """IRC 7503: the day count's end, moved past Saturdays, Sundays and DC legal holidays."""
    if days is None:
        return None
    day = letter_date + dt.timedelta(days=days)
    dc = holidays.country_holidays("US", subdiv="DC", observed=True, years=range(day.year - 1, day.year + 2))
    while day.weekday() >= 5 or day in dc:
        day += dt.timedelta(days=1)
    return day.isoformat()


def truth_of(letter: Letter, *, file_name: str, profile: str) -> dict[str, Any]:
    fields = dict.fromkeys(FIELDS)
    fields.update(letter.fields)
    dated = fields["letter_date"]
    collection_days, spouse_days = PETITION_DAYS[letter.letter_type]
    start = dt.date.fromisoformat(dated) if isinstance(dated, str) else None
    return {
        "file": file_name,
        "profile": profile,
        "letter_type": letter.letter_type,
        "fields": fields,
        "determinations": {"collection": letter.collection, "innocent_spouse": letter.innocent_spouse},
        "deadlines": {
            "collection_due_process": last_day(start, collection_days) if start else None,
            "innocent_spouse": last_day(start, spouse_days) if start else None,
        },
    }


def draw(letter: Letter, path: Path) -> None:
    canvas = Canvas(str(path), pagesize=(612, 792), invariant=True)
    canvas.setTitle(letter.name)
    pen = Pen(canvas=canvas, fonts=letter.fonts or Fonts(), footer=letter.footer,
              continuation=letter.continuation)
    pen.y = letter.header(pen)
    for paragraph in letter.body:
        bold = paragraph.startswith("**")
        pen.paragraph(paragraph.removeprefix("**"), bold=bold)
    pen.finish_page()
    canvas.save()


def scan(pdf: Path, spec: Scan, out: Path) -> Path:
    """The letter printed and scanned: rasterised, greyed, a little tilted, saved as an image or image PDF."""
    pages = raster(pdf, spec.dpi)
    pages = [p.rotate(spec.tilt, resample=Image.Resampling.BICUBIC, expand=False, fillcolor=255) if spec.tilt
             else p for p in pages]
    target = out / f"{spec.source}-scan.{spec.suffix}"
    if spec.suffix == "png":
        binary(pages[0]).save(target, dpi=(spec.dpi, spec.dpi), optimize=True)
    elif spec.suffix == "jpg":
        pages[0].save(target, quality=45, dpi=(spec.dpi, spec.dpi))
    else:
        rgb = [p.convert("L") for p in pages]
        rgb[0].save(target, save_all=True, append_images=rgb[1:], resolution=float(spec.dpi), quality=30)
    return target


def photograph(pdf: Path, spec: Photo, out: Path) -> Path:
    """The letter's first page photographed on a dark desk: perspective, a shadow, JPEG without dpi."""
    from PIL import ImageChops, ImageDraw, ImageFilter

    from parser.reading.sheet import perspective_coefficients

    page = raster(pdf, 200, last=1)[0].point(lambda v: 40 + v * 190 // 255)
    width, height = PHOTO_SIZE
    corners = tuple((x * width, y * height) for x, y in spec.corners)
    page_corners = ((0, 0), (0, page.height), (page.width, page.height), (page.width, 0))
    coefficients = perspective_coefficients(corners, page_corners)
    desk = Image.linear_gradient("L").resize(PHOTO_SIZE).point(lambda v: 55 + v // 8)
    warped = page.transform(PHOTO_SIZE, Image.Transform.PERSPECTIVE, coefficients, Image.Resampling.BICUBIC)
    mask = Image.new("L", page.size, 255).transform(PHOTO_SIZE, Image.Transform.PERSPECTIVE, coefficients)
    desk.paste(warped, (0, 0), mask)
    shade = Image.new("L", PHOTO_SIZE, 255)
    reach = (0, 0, width // 3, height) if spec.shadow_from == "left" else (0, 0, width, height // 4)
    ImageDraw.Draw(shade).rectangle(reach, fill=150)
    shade = shade.filter(ImageFilter.GaussianBlur(width // 15))
    photo = ImageChops.multiply(desk, shade)  # paper and desk alike dimmed where the shade falls
    target = out / f"{spec.source}-photo.jpg"
    photo.filter(ImageFilter.GaussianBlur(0.8)).save(target, quality=70)
    return target


def write(out: Path = OUT) -> list[Path]:
    out.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []
    by_name: dict[str, Letter] = {}
    for letter in (letter for module in LETTER_MODULES for letter in module.LETTERS):
        pdf = out / f"{letter.name}.pdf"
        draw(letter, pdf)
        _write_truth(out, truth_of(letter, file_name=pdf.name, profile="digital"))
        written.append(pdf)
        by_name[letter.name] = letter
    for spec in SCANS:
        image = scan(out / f"{spec.source}.pdf", spec, out)
        _write_truth(out, truth_of(by_name[spec.source], file_name=image.name, profile=f"scan{spec.dpi}"))
        written.append(image)
    for photo in PHOTOS:
        image = photograph(out / f"{photo.source}.pdf", photo, out)
        _write_truth(out, truth_of(by_name[photo.source], file_name=image.name, profile="photo"))
        written.append(image)
    for damaged in DAMAGED:
        source = by_name[damaged.source]
        dated = source.fields.get("letter_date")
        date = dated if isinstance(dated, str) else None
        image = damaged_scan(out / f"{damaged.source}.pdf", damaged, out, date)
        _write_truth(out, truth_of(source, file_name=image.name, profile=f"scan{damaged.dpi}"))
        written.append(image)
    for odd in HYGIENE:
        image = hygienic_copy(out / f"{odd.source}.pdf", odd, out)
        _write_truth(out, truth_of(by_name[odd.source], file_name=image.name, profile=odd.profile))
        written.append(image)
    for assembled in ASSEMBLED:
        put_together = assembled_copy(out / f"{assembled.source}.pdf", assembled, out)
        _write_truth(out, truth_of(by_name[assembled.source], file_name=put_together.name,
                                   profile=assembled.profile))
        written.append(put_together)
    return written


def _write_truth(out: Path, truth: dict[str, Any]) -> None:
    stem = Path(str(truth["file"])).stem
    (out / f"{stem}.truth.json").write_text(json.dumps(truth, indent=2) + "\n", encoding="utf-8")


def main(argv: list[str] | None = None, report: Callable[[str], None] = print) -> int:
    for path in write(Path(argv[0]) if argv else OUT):
        report(f"{path.name}: {path.stat().st_size // 1024} KB")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
