"""Damage that real clinic mail has, put on a scan of an independent letter (Pillow only, fixed seeds).

Marks a client or the post makes on the paper (highlighter, handwriting, a fold, a coffee ring, punch holes
and a staple, a crease cracked through the letter date, dates written beside it, a received stamp pressed
over it) go on before the page is tilted and scanned; the printer's and scanner's own faults (toner running
out in a band over the date, too dark, blurred, heavy JPEG, a page fed upside down, specks from a dirty
platen and a bilevel scan, a fax sent in standard mode, a clinic scanner's "Scanned on" footer) come after,
and so do a phone camera's (the phone moved or out of focus, a dim room with the sensor's grain, a light's
glare, a thumb over a corner).
Where a mark must land (the letter date, the petition sentences, the contact block) is found from the drawn
PDF's own word boxes (pdftotext -bbox-layout), never from the parser.
"""

from __future__ import annotations

import datetime as dt
import math
import random
import re
import subprocess
import time
import xml.etree.ElementTree as ET
import zlib
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import NamedTuple

from PIL import Image, ImageChops, ImageDraw, ImageFilter, ImageFont
from raster import binary, raster

DAMAGES: tuple[str, ...] = ("highlighter", "handwriting", "fold", "coffee", "holes", "dark", "jpeg", "upside",
                            "speckle", "faxstd", "crease", "toner", "datenote", "stampover", "scanstamp",
                            "blur", "defocus", "dim", "glare", "thumb")
HAND_FONT = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans-Oblique.ttf")
STAMP_FONT = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf")
SCANNER_FONT = Path("/usr/share/fonts/truetype/dejavu/DejaVuSansMono.ttf")
XHTML = "{http://www.w3.org/1999/xhtml}"
MARGIN_PT = 72.0  # the letters' left margin, in points

Box = tuple[float, float, float, float]  # x0, top, x1, bottom
Point = tuple[float, float]


@dataclass(frozen=True)
class Damaged:
    """A scan of a digital letter with one kind of damage: file kind, resolution, tilt and JPEG quality."""

    source: str
    damage: str  # one of DAMAGES
    suffix: str  # png | jpg | pdf (image-only)
    dpi: int
    tilt: float = 0.0  # degrees, counter-clockwise
    quality: int = 75  # for jpg and pdf

    @property
    def stem(self) -> str:
        return f"{self.source}-{self.damage}"


DAMAGED: tuple[Damaged, ...] = (
    Damaged("ind01-rightcol", "highlighter", "png", 300, 0.3),
    Damaged("ind12-contactperson", "handwriting", "png", 300, -0.4),
    Damaged("ind11-namerow", "fold", "png", 250, 0.2),
    Damaged("ind30-headings", "coffee", "jpg", 300, -0.3, quality=70),
    Damaged("ind05-baredate", "holes", "pdf", 300, 0.4, quality=60),
    Damaged("ind13-leftlabels", "dark", "png", 300, 0.5),
    Damaged("ind24-4439", "jpeg", "jpg", 200, -0.2, quality=25),
    Damaged("ind08-twopage", "upside", "pdf", 200, 0.3, quality=50),
    Damaged("ind60-4390-typewriter", "faxstd", "png", 204, 0.3),
    Damaged("ind61-4390-suffix", "speckle", "png", 300),
    Damaged("ind62-4390-particle", "faxstd", "png", 204),
    Damaged("ind63-4390-hamm", "jpeg", "jpg", 200, -0.3, quality=20),
    Damaged("ind64-4390-kowalski", "speckle", "png", 300, 1.2),
    Damaged("ind65-4390-formtable", "speckle", "png", 200, 0.6),
    Damaged("ind66-4390-continued", "faxstd", "png", 204, -0.4),
    Damaged("ind67-3193-941", "speckle", "jpg", 250, -0.9, quality=60),
    Damaged("ind69-4439-dashes", "jpeg", "jpg", 200, 0.7, quality=22),
    Damaged("ind81-4390-splitdate", "crease", "png", 300, 0.4),
    Damaged("ind82-4390-twodates", "faxstd", "png", 204, -0.3),
    Damaged("ind83-4390-janstamp", "toner", "jpg", 250, -0.5, quality=55),
    Damaged("ind84-4390-dayfirst", "scanstamp", "pdf", 200, 0.3, quality=50),
    Damaged("ind85-4390-handdates", "datenote", "png", 300, -0.4),
    Damaged("ind86-4390-stamped", "stampover", "jpg", 250, 0.5, quality=60),
    Damaged("ind87-4439-confdate", "highlighter", "png", 300, -0.6),
    Damaged("ind98-4390-repcopy", "blur", "pdf", 200, 0.4, quality=50),
    Damaged("ind99-4390-jointname", "jpeg", "jpg", 200, -0.3, quality=15),
    Damaged("ind100-4390-twotins", "dim", "pdf", 150, -0.6, quality=35),
    Damaged("ind102-4390-firmgrid", "glare", "jpg", 250, 0.5, quality=60),
    Damaged("ind103-4390-form886a", "thumb", "pdf", 200, 0.8, quality=50),
    Damaged("ind105-4390-appropriate", "defocus", "pdf", 200, -0.4, quality=50),
)
PDF_DATE = time.gmtime(1748736000)  # 2025-06-01: the camera copies' PDF dates, fixed so their bytes are too
FAX_FINE = 196  # lines an inch down the page that a fax in "fine" mode sends, twice "standard" mode's 98


class Word(NamedTuple):
    text: str
    box: Box  # in pixels


@dataclass
class Marks:
    """Where a page's text lies, in pixels: its lines of words, and the places a client would mark."""

    lines: list[list[Word]]
    scale: float  # pixels per point
    date: Box | None = None
    petition: list[Box] = field(default_factory=list)  # one box per line of each petition sentence
    contact: Box | None = None
    letter_date: str | None = None  # the truth's date, for marks that carry a later one (stamps, notes)


# --- where the text lies ------------------------------------------------------------------------------------


def word_lines(pdf: Path, scale: float) -> list[list[list[Word]]]:
    """Each page's lines of words, as pdftotext lays them out, in pixels at `scale` pixels a point."""
    xhtml = subprocess.run(["pdftotext", "-bbox-layout", str(pdf), "-"], check=True, capture_output=True,
                           text=True).stdout
    root = ET.fromstring(xhtml[xhtml.index("<html"):])
    pages: list[list[list[Word]]] = []
    for page in root.iter(f"{XHTML}page"):
        pages.append([[Word(w.text or "", _scaled(w.attrib, scale)) for w in line.iter(f"{XHTML}word")]
                      for line in page.iter(f"{XHTML}line")])
    return pages


def _scaled(attrib: dict[str, str], scale: float) -> Box:
    return (float(attrib["xMin"]) * scale, float(attrib["yMin"]) * scale,
            float(attrib["xMax"]) * scale, float(attrib["yMax"]) * scale)


def union(boxes: Sequence[Box]) -> Box:
    return (min(b[0] for b in boxes), min(b[1] for b in boxes),
            max(b[2] for b in boxes), max(b[3] for b in boxes))


def _flat(lines: list[list[Word]]) -> tuple[str, list[tuple[int, int, Word]]]:
    """The page's words joined by spaces, and where each word starts in that text (and its line's index)."""
    text, spans = "", []
    for index, line in enumerate(lines):
        for word in line:
            spans.append((len(text), index, word))
            text += word.text + " "
    return text, spans


def _words_in(lines: list[list[Word]], start: int, end: int) -> list[Box]:
    """One box per line for the words that lie in text[start:end]."""
    _, spans = _flat(lines)
    by_line: dict[int, list[Box]] = {}
    for word_start, index, word in spans:
        if word_start < end and word_start + len(word.text) > start:
            by_line.setdefault(index, []).append(word.box)
    return [union(boxes) for _, boxes in sorted(by_line.items())]


def date_spellings(iso: str) -> list[str]:
    day = dt.date.fromisoformat(iso)
    month, short = day.strftime("%B"), day.strftime("%b")
    return [f"{month} {day.day}, {day.year}", f"{short}. {day.day}, {day.year}",
            f"{short} {day.day}, {day.year}", f"{day.day} {month} {day.year}", day.strftime("%m/%d/%Y"), iso,
            f"{short.upper()} {day.day:02d} {day.year}"]


def find_date(lines: list[list[Word]], iso: str) -> Box | None:
    text, _ = _flat(lines)
    for spelling in date_spellings(iso):
        found = re.search(rf"(?<!\w){re.escape(spelling)}(?!\w)", text)
        if found:
            return union(_words_in(lines, found.start(), found.end()))
    return None


PETITION = re.compile(r"\b(30|90)(?:-day|\s+days|th\s+day)\b")


def find_petition(lines: list[list[Word]]) -> list[Box]:
    """The line boxes of the first sentence giving 30 days and of the first giving 90 days to petition."""
    text, _ = _flat(lines)
    boxes: list[Box] = []
    for days in ("30", "90"):
        found = next((m for m in PETITION.finditer(text) if m.group(1) == days), None)
        if found is None:
            continue
        ends = [m.end() for m in re.finditer(r"[.:;!?]\s", text[: found.start()])]
        start = ends[-1] if ends else 0
        after = re.search(r"[.!?]\s", text[found.end():])
        boxes += _words_in(lines, start, found.end() + (after.end() - 1 if after else 0))
    return boxes


def find_contact(lines: list[list[Word]]) -> Box | None:
    """The right-hand words from the contact person's label to the phone number's line."""
    first = next((w for line in lines for w in line if w.text.lower().startswith("contact")), None)
    phone = next((w for line in lines for w in line
                  if re.match(r"(tele)?phone|fax|facsimile", w.text.lower())), None)
    if first is None or phone is None:
        return None
    inside = [w.box for line in lines for w in line
              if w.box[0] >= first.box[0] - 2 and first.box[1] - 2 <= w.box[1] <= phone.box[1] + 2]
    return union(inside) if inside else None


def marks_of(pdf: Path, dpi: int, letter_date: str | None) -> list[Marks]:
    scale = dpi / 72
    pages = []
    for lines in word_lines(pdf, scale):
        marks = Marks(lines=lines, scale=scale, letter_date=letter_date)
        marks.date = find_date(lines, letter_date) if letter_date else None
        marks.petition = find_petition(lines)
        marks.contact = find_contact(lines)
        pages.append(marks)
    return pages


# --- marks on the paper -------------------------------------------------------------------------------------


def multiply(page: Image.Image, layer: Image.Image) -> Image.Image:
    """A translucent mark (highlighter, stain, shadow): paper and ink both darken under it."""
    return ImageChops.multiply(page, layer)


def ink(page: Image.Image, layer: Image.Image) -> Image.Image:
    """An opaque mark (pen, hole, staple): the darker of page and mark."""
    return ImageChops.darker(page, layer)


def blank(page: Image.Image) -> Image.Image:
    return Image.new("L", page.size, 255)


def wobble(points: Sequence[Point], rng: random.Random, amount: float) -> list[Point]:
    return [(x + rng.uniform(-amount, amount), y + rng.uniform(-amount, amount)) for x, y in points]


def highlighter(page: Image.Image, marks: Marks, rng: random.Random) -> Image.Image:
    """A yellow marker (a light grey in a grey scan) over the letter date and the petition sentences."""
    layer = blank(page)
    draw = ImageDraw.Draw(layer)
    s = marks.scale
    for x0, top, x1, bottom in [b for b in (marks.date, *marks.petition) if b is not None]:
        pad_x, pad_y = rng.uniform(2, 6) * s, 1.6 * s
        slant = rng.uniform(-1.0, 1.0) * s
        draw.polygon([(x0 - pad_x, top - pad_y + slant), (x1 + pad_x * 0.7, top - pad_y - slant),
                      (x1 + pad_x, bottom + pad_y - slant), (x0 - pad_x * 0.6, bottom + pad_y + slant)],
                     fill=rng.randint(200, 212))
    return multiply(page, layer.filter(ImageFilter.GaussianBlur(0.6 * s)))


def pen_line(draw: ImageDraw.ImageDraw, points: Sequence[Point], rng: random.Random, width: int) -> None:
    draw.line(wobble(points, rng, width * 0.3), fill=rng.randint(60, 85), width=width, joint="curve")


def loop(box: Box, pad: Point, rng: random.Random, lift: float = 0.0, turns: float = 1.12) -> list[Point]:
    """A hand-drawn oval around `box`, `lift` pixels higher than its middle, overshooting where it closes."""
    cx, cy = (box[0] + box[2]) / 2, (box[1] + box[3]) / 2 - lift
    rx, ry = (box[2] - box[0]) / 2 * 1.35 + pad[0], (box[3] - box[1]) / 2 * 1.6 + pad[1]  # clear of corners
    start, steps = rng.uniform(2.0, 2.6), 90
    points = []
    for i in range(steps + 1):
        angle = start + 2 * math.pi * turns * i / steps
        grow = 1 + 0.06 * i / steps
        points.append((cx + rx * grow * math.cos(angle), cy + ry * grow * math.sin(angle)))
    return points


def arrow(tail: Point, head: Point, size: float) -> tuple[list[Point], list[Point]]:
    angle = math.atan2(head[1] - tail[1], head[0] - tail[0])
    barbs = [(head[0] - size * math.cos(angle + turn), head[1] - size * math.sin(angle + turn)) for turn in
             (0.5, -0.5)]
    return [tail, head], [barbs[0], head, barbs[1]]


def scrawl(text: str, height: float, rng: random.Random) -> Image.Image:
    """Handwritten-looking words: an oblique font, each letter nudged and tilted a little, leaning up."""
    font = ImageFont.truetype(str(HAND_FONT), round(height))
    note = Image.new("L", (round(height * 0.75 * len(text)) + 20, round(height * 1.8)), 255)
    x = 10.0
    for ch in text:
        glyph = Image.new("L", (round(height * 1.4), round(height * 1.6)), 255)
        ImageDraw.Draw(glyph).text((height * 0.2, height * 0.1), ch, font=font, fill=75,
                                   stroke_width=max(1, round(height / 22)), stroke_fill=75)
        glyph = glyph.rotate(rng.uniform(-8, 8), fillcolor=255, resample=Image.Resampling.BICUBIC)
        note.paste(ImageChops.darker(note.crop((round(x), 0, round(x) + glyph.width, glyph.height)), glyph),
                   (round(x), round(rng.uniform(0, height * 0.12))))
        x += font.getlength(ch) * rng.uniform(0.9, 1.05)
    return note.crop((0, 0, round(x) + 10, note.height)).rotate(4, expand=True, fillcolor=255,
                                                                resample=Image.Resampling.BICUBIC)


def free_gap(marks: Marks, page_height: int, least: float) -> float | None:
    """The top of the first gap of at least `least` pixels between text lines in the page's lower half."""
    spans = sorted((min(w.box[1] for w in line), max(w.box[3] for w in line)) for line in marks.lines if line)
    bottom = 0.0
    for top, line_bottom in spans:
        if top - bottom >= least and bottom > page_height * 0.45:
            return bottom
        bottom = max(bottom, line_bottom)
    return None


def handwriting(page: Image.Image, marks: Marks, rng: random.Random) -> Image.Image:
    """The client's pen: the date circled, an arrow at the 30-day sentence, a bracket beside the contact
    block (near it, not through it) and 'call clinic!' written in a blank space low on the page."""
    layer = blank(page)
    draw = ImageDraw.Draw(layer)
    s = marks.scale
    width = max(2, round(1.1 * s))
    if marks.date:
        pen_line(draw, loop(marks.date, (3 * s, 0.3 * s), rng, lift=1.5 * s), rng, width)
    if marks.petition:
        _, top, _, bottom = marks.petition[0]
        y = (top + bottom) / 2
        shaft, head = arrow((14 * s, y + 30 * s), (62 * s, y), 7 * s)
        pen_line(draw, shaft, rng, width)
        pen_line(draw, head, rng, width)
    if marks.contact:
        x0, top, _, bottom = marks.contact
        x = x0 - 9 * s
        pen_line(draw, [(x + 5 * s, top - 3 * s), (x, top), (x - 1 * s, (top + bottom) / 2), (x, bottom),
                        (x + 5 * s, bottom + 3 * s)], rng, width)
    gap = free_gap(marks, page.height, 40 * s)
    note = scrawl("call clinic!", 17 * s, rng)
    where = (round(300 * s), round((gap + 4 * s) if gap is not None else 14 * s))
    under = layer.crop((*where, where[0] + note.width, where[1] + note.height))
    layer.paste(ImageChops.darker(under, note), where)
    return ink(page, layer)


def fold(page: Image.Image, marks: Marks, rng: random.Random) -> Image.Image:
    """The letter folded in three for its envelope: a crease a third of the way down, shadowed below it."""
    s = marks.scale
    crease = page.height // 3
    profile = Image.new("L", (1, page.height), 255)
    for dy in range(round(-3 * s), round(14 * s)):
        if dy < 0:
            value = 255 - round(18 * math.exp(dy / (1.2 * s)))  # the ridge's lit edge, a little grey
        elif dy < round(0.6 * s):
            value = 150
        else:
            value = 255 - round(45 * math.exp(-dy / (4 * s)))
        profile.putpixel((0, crease + dy), value)
    layer = profile.resize(page.size, Image.Resampling.BILINEAR)
    layer = layer.rotate(rng.uniform(-0.25, 0.25), fillcolor=255, resample=Image.Resampling.BICUBIC)
    return multiply(page, layer)


def coffee(page: Image.Image, marks: Marks, rng: random.Random) -> Image.Image:
    """A mug's ring: a faint wash inside a darker, broken edge, partly over the body text."""
    s = marks.scale
    layer = blank(page)
    draw = ImageDraw.Draw(layer)
    cx, cy, r = page.width * rng.uniform(0.64, 0.7), page.height * rng.uniform(0.52, 0.58), 62 * s
    draw.ellipse((cx - r, cy - r * 0.96, cx + r, cy + r * 0.96), fill=238)
    for _ in range(3):
        dx, dy, dr = (rng.uniform(-2, 2) * s for _ in range(3))
        start = rng.uniform(0, 360)
        draw.arc((cx - r - dr + dx, cy - r * 0.96 - dr + dy, cx + r + dr + dx, cy + r * 0.96 + dr + dy),
                 start, start + rng.uniform(220, 330), fill=rng.randint(196, 210), width=round(3 * s))
    return multiply(page, layer.filter(ImageFilter.GaussianBlur(1.2 * s)))


def holes(page: Image.Image, marks: Marks, rng: random.Random) -> Image.Image:
    """Three punch holes down the left margin (the scanner lid black behind them) and a staple top left."""
    s = marks.scale
    layer = blank(page)
    draw = ImageDraw.Draw(layer)
    r, x = 9 * s, 36 * s
    for y in (90 * s, page.height / 2, page.height - 90 * s):
        y += rng.uniform(-2, 2) * s
        draw.ellipse((x - r - s, y - r - s, x + r + s, y + r + s), fill=150)  # the torn rim's shadow
        draw.ellipse((x - r, y - r, x + r, y + r), fill=25)
    staple = [(18 * s, 40 * s), (44 * s, 18 * s)]
    draw.line([(a + 1.5 * s, b + 1.5 * s) for a, b in staple], fill=170, width=round(3 * s))  # its shadow
    draw.line(staple, fill=55, width=round(2.2 * s))
    return ink(page, layer)


def later(marks: Marks, days: int, form: str) -> str:
    """A date `days` after the letter date (a stamp's, a note's or a scan's), written in `form`."""
    start = dt.date.fromisoformat(marks.letter_date) if marks.letter_date else dt.date(2025, 6, 2)
    return (start + dt.timedelta(days=days)).strftime(form)


def crease(page: Image.Image, marks: Marks, rng: random.Random) -> Image.Image:
    """A hard fold straight through the letter date: along the crease the toner has cracked off in a thin
    white line, with the ridge's shadow under it, running right across the page at a slight slant."""
    s = marks.scale
    x0, top, _, bottom = marks.date or (0.0, page.height / 3, page.width, page.height / 3 + 10 * s)
    through = top + (bottom - top) * rng.uniform(0.4, 0.55) if marks.date and bottom - top < 14 * s else (
        top + 6 * s)  # a date on two lines: through the first one
    slope = rng.uniform(-0.006, 0.006)
    shade = blank(page)
    draw = ImageDraw.Draw(shade)
    for dy in range(1, round(12 * s)):
        value = 255 - round(40 * math.exp(-dy / (3.5 * s)))
        draw.line([(0, through + dy - slope * x0), (page.width, through + dy + slope * (page.width - x0))],
                  fill=value, width=1)
    page = multiply(page, shade)
    crack = Image.new("L", page.size, 0)
    ImageDraw.Draw(crack).line([(0, through - slope * x0), (page.width, through + slope * (page.width - x0))],
                               fill=255, width=max(2, round(0.9 * s)))
    return ImageChops.lighter(page, crack.point(lambda v: 235 if v else 0))


def datenote(page: Image.Image, marks: Marks, rng: random.Random) -> Image.Image:
    """The client's pen beside the letter date: the day it came ("rec'd 3/19/25") written just above it and
    the day they called ("called 3/24 left msg") under the header at left, with a tick by the date."""
    layer = blank(page)
    s = marks.scale
    x0, top, x1, bottom = marks.date or (400 * s, 54 * s, 480 * s, 64 * s)
    came, called = later(marks, 5, "%-m/%-d/%y"), later(marks, 10, "%-m/%-d")
    for text, where in ((f"rec'd {came}", (x1 + 6 * s, top - 16 * s)), (f"called {called} left msg",
                                                                       (MARGIN_PT * s, 130 * s))):
        note = scrawl(text, 13 * s, rng)
        x = min(max(0, round(where[0])), page.width - note.width - 1)
        y = min(max(0, round(where[1])), page.height - note.height - 1)
        under = layer.crop((x, y, x + note.width, y + note.height))
        layer.paste(ImageChops.darker(under, note), (x, y))
    draw = ImageDraw.Draw(layer)
    tick = [(x0 - 12 * s, (top + bottom) / 2), (x0 - 9 * s, bottom), (x0 - 3 * s, top - 2 * s)]
    pen_line(draw, tick, rng, max(2, round(1.1 * s)))
    return ink(page, layer)


def stampover(page: Image.Image, marks: Marks, rng: random.Random) -> Image.Image:
    """A clinic's RECEIVED stamp ten days later pressed at a slant over the right part of the letter
    date: a double border, three lines of bold capitals in a mid-grey (red ink in a grey scan), unevenly
    inked."""
    s = marks.scale
    x0, top, x1, bottom = marks.date or (400 * s, 54 * s, 480 * s, 64 * s)
    lines = ("RECEIVED", later(marks, 10, "%b %d %Y").upper(), "BAY AREA LITC")
    font = ImageFont.truetype(str(STAMP_FONT), round(9 * s))
    width = round(max(font.getlength(line) for line in lines) + 16 * s)
    height = round(len(lines) * 11 * s + 12 * s)
    stamp = Image.new("L", (width, height), 255)
    draw = ImageDraw.Draw(stamp)
    shade = rng.randint(105, 125)
    draw.rectangle((1, 1, width - 2, height - 2), outline=shade, width=max(2, round(1.2 * s)))
    draw.rectangle((round(3 * s), round(3 * s), width - round(3 * s), height - round(3 * s)), outline=shade,
                   width=max(1, round(0.5 * s)))
    for row, line in enumerate(lines):
        left = (width - font.getlength(line)) / 2
        draw.text((left, 6 * s + row * 11 * s), line, font=font, fill=shade)
    blotch = Image.effect_noise((width, height), 40).point(lambda v: 255 if v > 150 else 0)
    stamp = ImageChops.lighter(stamp, blotch.filter(ImageFilter.GaussianBlur(1)).point(lambda v: v // 3))
    stamp = stamp.rotate(rng.uniform(5, 8), expand=True, fillcolor=255, resample=Image.Resampling.BICUBIC)
    x = min(max(0, round(x0 + (x1 - x0) * 0.45)), page.width - stamp.width - 1)
    y = min(max(0, round((top + bottom) / 2 - stamp.height * 0.35)), page.height - stamp.height - 1)
    layer = blank(page)
    layer.paste(stamp, (x, y))
    return multiply(page, layer)


PAPER: dict[str, Callable[[Image.Image, Marks, random.Random], Image.Image]] = {
    "highlighter": highlighter, "handwriting": handwriting, "fold": fold, "coffee": coffee, "holes": holes,
    "crease": crease, "datenote": datenote, "stampover": stampover,
}
EVERY_PAGE = {"holes", "fold"}  # the stack is punched and folded together; the client marks page 1


# --- the scanner --------------------------------------------------------------------------------------------


def too_dark(page: Image.Image, dpi: int) -> Image.Image:
    """A scanner set too dark: paper about 170, ink about 60, and a little out of focus."""
    return page.point(lambda v: 60 + v * 110 // 255).filter(ImageFilter.GaussianBlur(0.9 * dpi / 300))


def speckle(page: Image.Image, dpi: int, rng: random.Random) -> Image.Image:
    """A bilevel scan off a dirty platen: the page in black and white, black specks of toner and dust
    (pepper) all over it, and white dropouts (salt) where they fall in the ink."""
    s = dpi / 72
    page = binary(page).convert("L")
    draw = ImageDraw.Draw(page)
    square_inches = page.width * page.height / dpi ** 2
    for per_inch, fill in ((40, 0), (160, 255)):
        for _ in range(round(per_inch * square_inches)):
            x, y = rng.uniform(0, page.width), rng.uniform(0, page.height)
            rx, ry = (rng.uniform(0.15, 0.55) * s for _ in range(2))
            draw.ellipse((x - rx, y - ry, x + rx, y + ry), fill=fill)
    return page


def toner(page: Image.Image, marks: Marks, rng: random.Random) -> Image.Image:
    """A copy made as the toner ran out: all the ink faded to a mid-grey, and a paler band down the page
    (the dry stretch of the drum) over the letter date's column, its ink a light grey there."""
    s = marks.scale
    faded = page.point(lambda v: 255 - (255 - v) * 50 // 100)
    pale = page.point(lambda v: 255 - (255 - v) * 24 // 100)
    x0, _, x1, _ = marks.date or (page.width * 0.6, 0.0, page.width * 0.8, 0.0)
    middle = (x0 + x1) / 2 + rng.uniform(-8, 8) * s
    band = Image.new("L", page.size, 0)
    ImageDraw.Draw(band).rectangle((middle - 30 * s, 0, middle + 30 * s, page.height), fill=255)
    return Image.composite(pale, faded, band.filter(ImageFilter.GaussianBlur(10 * s)))


def scanstamp(page: Image.Image, marks: Marks, when: str) -> Image.Image:
    """A clinic scanner's own line at the foot of each page: "Scanned on <date> <time> ... Page n"."""
    s = marks.scale
    font = ImageFont.truetype(str(SCANNER_FONT), round(7 * s))
    ImageDraw.Draw(page).text((MARGIN_PT * s, page.height - 22 * s),
                              f"Scanned on {when} 10:41 AM  Riverside Legal Aid - Intake Scanner 2",
                              font=font, fill=40)
    return page


def fax_standard(page: Image.Image) -> Image.Image:
    """A fax sent in "standard" mode: half the lines down the page (each the average of the two it
    stands for), in black and white, printed back with every line twice to restore the page's shape."""
    lines = page.resize((page.width, page.height // 2), Image.Resampling.BOX)
    return binary(lines).resize((page.width, lines.height * 2), Image.Resampling.NEAREST)


# --- the phone's camera (a phone scanning app's flat page, taken badly) ------------------------------------


def motion_blur(page: Image.Image, marks: Marks, rng: random.Random) -> Image.Image:
    """The phone moved as the photo was taken: every point smeared along a short slanted stroke (about 2.5
    points long), the average of copies of the page shifted along it."""
    length = 2.5 * marks.scale
    angle = math.radians(rng.uniform(12, 24))
    steps = max(2, round(length))
    smeared = page
    for k in range(steps):
        t = k / (steps - 1) - 0.5
        dx, dy = round(t * length * math.cos(angle)), round(t * length * math.sin(angle))
        shifted = ImageChops.offset(page, dx, dy)
        smeared = shifted if k == 0 else Image.blend(smeared, shifted, 1 / (k + 1))
    return smeared


def defocus(page: Image.Image, marks: Marks, rng: random.Random) -> Image.Image:
    """The camera focused short of the page: each stroke spread into a soft disc about two points wide."""
    s = marks.scale
    return page.filter(ImageFilter.BoxBlur(0.9 * s)).filter(ImageFilter.GaussianBlur(0.5 * s))


def dim(page: Image.Image, marks: Marks, rng: random.Random) -> Image.Image:
    """A photo in a dim room: the paper a dull grey (about 112), the ink near 28, darker still toward the
    corners, softened by the phone's noise reduction and grainy with the sensor's noise all the same."""
    page = page.point(lambda v: 28 + v * 84 // 255).filter(ImageFilter.GaussianBlur(0.25 * marks.scale))
    corners = Image.radial_gradient("L").resize(page.size).point(lambda v: 255 - v * 70 // 255)
    page = ImageChops.multiply(page, corners)
    size = page.width * page.height
    grain = Image.blend(Image.frombytes("L", page.size, rng.randbytes(size)),
                        Image.frombytes("L", page.size, rng.randbytes(size)), 0.5)
    return ImageChops.add(page, grain.point(lambda v: 128 + (v - 128) * 30 // 100), 1.0, -128)


def glare(page: Image.Image, marks: Marks, rng: random.Random) -> Image.Image:
    """A ceiling light reflected in the paper low on the right: the photo's paper a light grey, and a broad
    oval washed out to near white at its core and fading into it, over the closing paragraphs (clear of the
    header and the determination)."""
    w, h = page.size
    rx, ry = round(w * 0.2), round(h * 0.07)
    cx, cy = round(w * rng.uniform(0.56, 0.6)), round(h * rng.uniform(0.775, 0.785))
    spot = Image.radial_gradient("L").resize((2 * rx, 2 * ry)).point(
        lambda v: round(248 * max(0.0, 1 - v / 181) ** 0.45))
    mask = Image.new("L", page.size, 0)
    mask.paste(spot, (cx - rx, cy - ry))
    page = page.point(lambda v: 42 + v * 164 // 255)  # paper and ink as the camera sees them, unlit
    return Image.composite(Image.new("L", page.size, 253), page, mask.filter(ImageFilter.GaussianBlur(6)))


def thumb(page: Image.Image, marks: Marks, rng: random.Random) -> Image.Image:
    """A thumb holding the page flat for the photo, over the lower left corner: skin a mid grey, lit across
    its middle and darker where it curves away, a paler nail at its tip, a soft shadow on the paper beside
    it, and the rest of the hand off the edge of the picture."""
    s, h = marks.scale, page.height
    length, width = round(175 * s), round(78 * s)
    shape = Image.new("L", (length, width), 0)
    ImageDraw.Draw(shape).rounded_rectangle((0, 0, length - 1, width - 1), radius=round(width * 0.48),
                                            fill=255)
    across = Image.new("L", (1, width))
    for y in range(width):
        across.putpixel((0, y), round(92 + 80 * math.sin(math.pi * (y + 0.5) / width) ** 0.7))
    skin = across.resize((length, width))
    nail = (length - round(58 * s), round(17 * s), length - round(10 * s), width - round(17 * s))
    ImageDraw.Draw(skin).rounded_rectangle(nail, radius=round(16 * s), fill=186, outline=128,
                                           width=max(1, round(1.2 * s)))
    skin = skin.filter(ImageFilter.GaussianBlur(1.5 * s))
    angle = rng.uniform(38, 46)
    shape, skin = (im.rotate(angle, expand=True, fillcolor=0, resample=Image.Resampling.BICUBIC)
                   for im in (shape, skin))
    where = (round(-46 * s), h - shape.height + round(52 * s))
    shadow = Image.new("L", page.size, 0)
    shadow.paste(shape, (where[0] + round(8 * s), where[1] - round(6 * s)))
    page = ImageChops.multiply(page, shadow.filter(ImageFilter.GaussianBlur(7 * s)).point(
        lambda v: 255 - v * 100 // 255))
    page.paste(skin, where, shape.filter(ImageFilter.GaussianBlur(1.2 * s)))
    return page


CAMERA: dict[str, Callable[[Image.Image, Marks, random.Random], Image.Image]] = {
    "blur": motion_blur, "defocus": defocus, "dim": dim, "glare": glare, "thumb": thumb,
}
FIRST_PAGE = {"glare", "thumb"}  # the light and the thumb on the photo of page 1; the rest on every photo


def damaged_pages(pdf: Path, spec: Damaged, letter_date: str | None) -> list[Image.Image]:
    rng = random.Random(zlib.crc32(spec.stem.encode()))
    pages = raster(pdf, spec.dpi, FAX_FINE if spec.damage == "faxstd" else None)
    marks = marks_of(pdf, spec.dpi, letter_date)
    paper = PAPER.get(spec.damage)
    if paper:
        pages = [paper(p, m, rng) if i == 0 or spec.damage in EVERY_PAGE else p
                 for i, (p, m) in enumerate(zip(pages, marks, strict=True))]
    if spec.tilt:
        pages = [p.rotate(spec.tilt, resample=Image.Resampling.BICUBIC, fillcolor=255) for p in pages]
    if spec.damage == "upside":
        pages[0] = pages[0].rotate(180)
    if spec.damage == "dark":
        pages = [too_dark(p, spec.dpi) for p in pages]
    if spec.damage == "speckle":
        pages = [speckle(p, spec.dpi, rng) for p in pages]
    if spec.damage == "faxstd":
        pages = [fax_standard(p) for p in pages]
    if spec.damage == "toner":
        pages = [toner(p, m, rng) for p, m in zip(pages, marks, strict=True)]
    if spec.damage == "scanstamp":
        when = later(marks[0], 12, "%m/%d/%Y")
        pages = [scanstamp(p, m, when) for p, m in zip(pages, marks, strict=True)]
    camera = CAMERA.get(spec.damage)
    if camera:
        pages = [camera(p, m, rng) if i == 0 or spec.damage not in FIRST_PAGE else p
                 for i, (p, m) in enumerate(zip(pages, marks, strict=True))]
    return pages


def damaged_scan(pdf: Path, spec: Damaged, out: Path, letter_date: str | None) -> Path:
    """The letter printed, marked or mishandled, and scanned in grey; png and jpg keep page 1 only."""
    if spec.damage not in DAMAGES:
        raise ValueError(f"unknown damage {spec.damage!r}")
    pages = damaged_pages(pdf, spec, letter_date)
    target = out / f"{spec.stem}.{spec.suffix}"
    if spec.suffix == "png":
        down = FAX_FINE if spec.damage == "faxstd" else spec.dpi  # the fax's lines printed twice: 196 an inch
        pages[0].save(target, dpi=(spec.dpi, down), optimize=True)
    elif spec.suffix == "jpg":
        pages[0].save(target, quality=spec.quality, dpi=(spec.dpi, spec.dpi))
    elif spec.damage in CAMERA:
        pages[0].save(target, save_all=True, append_images=pages[1:], resolution=float(spec.dpi),
                      quality=spec.quality, creationDate=PDF_DATE, modDate=PDF_DATE)
    else:
        pages[0].save(target, save_all=True, append_images=pages[1:], resolution=float(spec.dpi),
                      quality=spec.quality)
    return target
