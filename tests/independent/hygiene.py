"""Files as clients make them: a clean scan of an independent letter saved the odd ways real files are
(Pillow, poppler's pdftoppm and qpdf only, nothing random).

The page is unmarked; what is odd is the file. A page fed sideways (turned a quarter clockwise or three
quarters), a JPEG that says nothing of its resolution, a PNG that declares 72 dpi for a 300 dpi scan, a CMYK
JPEG, an RGBA PNG whose margins are transparent black, a fax in "standard" mode (204 x 98 dpi, pixels twice
as tall as wide), a "fine" fax TIFF of two pages with a blank separator page between them, a coarse 100 dpi
scan, and a PDF whose first page keeps its text layer and whose second is a scanned image; and a screenshot
of the letter open in a browser's PDF viewer (a PNG of the whole screen, window and taskbar, no resolution).
"""

from __future__ import annotations

import subprocess
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

from PIL import Image, ImageDraw, ImageFilter, ImageFont
from raster import binary, raster

KINDS: tuple[str, ...] = ("rot90", "rot270", "nodpi", "dpi72", "cmyk", "rgba", "faxstd", "separator",
                          "dpi100", "mixed", "screenshot")
NODPI_WIDTH = 2200  # pixels across a letter page: about 259 dpi, not said anywhere in the file
MARGIN = 0.3  # inches of transparent canvas round the page in the RGBA file
SCREEN = (2880, 1800)  # a laptop display at 200% scaling: every interface length below is twice its size
SCREEN_FONT = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")
VIEWER_FILE = "Oyawale-Hughes IRS Appeals letter.pdf"  # the name the clinic saved the file under
CLOCK = ("9:42 AM", "3/11/2025")  # the taskbar's clock when the screenshot was taken
PDF_DATE = time.gmtime(1748736000)  # 2025-06-01: the image PDF's dates, fixed so its bytes are too


@dataclass(frozen=True)
class Hygiene:
    """A clean scan of a digital letter saved one odd way: file kind and the scan's true resolution."""

    source: str
    kind: str  # one of KINDS
    suffix: str  # png | jpg | tif | pdf
    dpi: int  # across the page
    dpi_down: int | None = None  # down the page, where it differs (fax standard mode)

    @property
    def stem(self) -> str:
        return f"{self.source}-{self.kind}"

    @property
    def profile(self) -> str:
        return f"scan{self.dpi}" if self.dpi_down is None else f"scan{self.dpi}x{self.dpi_down}"


HYGIENE: tuple[Hygiene, ...] = (
    Hygiene("ind34-compact", "rot90", "png", 200),
    Hygiene("ind37-datecorner", "rot270", "png", 200),
    Hygiene("ind40-formtable", "nodpi", "jpg", round(NODPI_WIDTH / 8.5)),
    Hygiene("ind42-closingcontact", "dpi72", "png", 300),
    Hygiene("ind09-3193", "cmyk", "jpg", 250),
    Hygiene("ind32-released", "rgba", "png", 200),
    Hygiene("ind07-oldtitle", "faxstd", "tif", 204, 98),
    Hygiene("ind08-twopage", "separator", "tif", 200),
    Hygiene("ind25-3288", "dpi100", "png", 100),
    Hygiene("ind17-crooked", "mixed", "pdf", 200),
    Hygiene("ind101-4390-leaders", "screenshot", "png", 134),  # 70% of 96 css px an inch, twice over
)


def sideways(page: Image.Image, clockwise: int) -> Image.Image:
    """The page fed a quarter (90) or three quarters (270) turn clockwise: a landscape image."""
    turn = {90: Image.Transpose.ROTATE_270, 270: Image.Transpose.ROTATE_90}[clockwise]
    return page.transpose(turn)


def on_transparent(page: Image.Image, margin: int) -> Image.Image:
    """The page pasted opaque on a larger canvas of transparent black, as a screenshot or an export has it."""
    canvas = Image.new("RGBA", (page.width + 2 * margin, page.height + 2 * margin), (0, 0, 0, 0))
    canvas.paste(page.convert("RGBA"), (margin, margin))
    return canvas


def cmyk(page: Image.Image) -> Image.Image:
    """Grey as a print shop's software keeps it in CMYK: all in the black (K) plate, no colour plates."""
    none = Image.new("L", page.size, 0)
    return Image.merge("CMYK", (none, none, none, page.point(lambda v: 255 - v)))


def blank_like(page: Image.Image) -> Image.Image:
    return Image.new(page.mode, page.size, 255 if page.mode in ("L", "1") else "white")


def mixed_pdf(pdf: Path, dpi: int, target: Path) -> None:
    """Page 1 as drawn, with its text layer; the later pages replaced by grey scans of themselves."""
    scans = raster(pdf, dpi, dpi, first=2)
    with tempfile.TemporaryDirectory() as tmp:
        scanned = f"{tmp}/scanned.pdf"
        scans[0].save(scanned, save_all=True, append_images=scans[1:], resolution=float(dpi), quality=60,
                      creationDate=PDF_DATE, modDate=PDF_DATE)
        subprocess.run(["qpdf", "--empty", "--deterministic-id", "--pages", str(pdf), "1", scanned, "--",
                        str(target)], check=True)


def viewer_screenshot(page: Image.Image) -> Image.Image:
    """The page open in a browser's PDF viewer, the whole screen captured: a tab strip and address bar, the
    viewer's dark toolbar (file name, "1 / 1", "- 70% +"), a sidebar of page thumbnails with page 1
    selected, the page on the viewer's grey with a shadow, running below the window's bottom edge, a scroll
    bar, and the taskbar with its clock."""
    width, height = SCREEN
    font = ImageFont.truetype(str(SCREEN_FONT), 26)
    small = ImageFont.truetype(str(SCREEN_FONT), 22)
    screen = Image.new("RGB", SCREEN, (82, 86, 89))
    draw = ImageDraw.Draw(screen)
    draw.rectangle((0, 0, width, 82), fill=(222, 225, 230))  # the tab strip
    draw.rounded_rectangle((16, 14, 520, 100), radius=16, fill=(255, 255, 255))
    draw.text((44, 34), VIEWER_FILE[:30] + "...", font=small, fill=(60, 64, 67))
    draw.text((488, 30), "\u00d7", font=font, fill=(60, 64, 67))
    draw.text((548, 26), "+", font=font, fill=(60, 64, 67))
    for number, mark in enumerate(("\u2013", "\u25a1", "\u00d7")):
        draw.text((width - 250 + number * 84, 24), mark, font=font, fill=(32, 33, 36))
    draw.rectangle((0, 82, width, 170), fill=(255, 255, 255))  # the address bar
    for number, mark in enumerate(("\u2190", "\u2192", "\u21bb")):
        draw.text((34 + number * 70, 108), mark, font=font, fill=(95, 99, 104))
    draw.rounded_rectangle((250, 96, width - 220, 156), radius=30, fill=(241, 243, 244))
    draw.text((300, 110), "file:///C:/Users/intake/Downloads/" + VIEWER_FILE.replace(" ", "%20"), font=font,
              fill=(32, 33, 36))
    draw.rectangle((0, 170, width, 282), fill=(50, 54, 57))  # the viewer's toolbar
    draw.text((40, 206), "\u2630", font=font, fill=(241, 241, 241))
    draw.text((110, 208), VIEWER_FILE, font=font, fill=(241, 241, 241))
    middle = width // 2 - 260
    draw.text((middle, 208), "1   /  1", font=font, fill=(241, 241, 241))
    draw.line((middle + 150, 196, middle + 150, 256), fill=(110, 113, 116), width=2)
    draw.text((middle + 190, 204), "\u2013", font=font, fill=(241, 241, 241))
    draw.rectangle((middle + 240, 196, middle + 350, 256), fill=(25, 27, 28))
    draw.text((middle + 262, 208), "70%", font=font, fill=(241, 241, 241))
    draw.text((middle + 380, 204), "+", font=font, fill=(241, 241, 241))
    draw.line((middle + 440, 196, middle + 440, 256), fill=(110, 113, 116), width=2)
    draw.rectangle((middle + 478, 208, middle + 500, 236), outline=(241, 241, 241), width=3)  # fit to page
    draw.text((middle + 550, 206), "\u27f2", font=font, fill=(241, 241, 241))
    draw.text((width - 256, 204), "\u2193", font=font, fill=(241, 241, 241))  # download
    draw.rectangle((width - 182, 212, width - 152, 234), outline=(241, 241, 241), width=3)  # print
    draw.text((width - 92, 206), "\u22ee", font=font, fill=(241, 241, 241))
    draw.rectangle((0, 282, 400, height), fill=(40, 42, 45))  # the thumbnails
    thumbnail = page.resize((220, round(page.height * 220 / page.width)), Image.Resampling.LANCZOS)
    draw.rectangle((84, 318, 316, 318 + thumbnail.height + 12), outline=(138, 180, 248), width=6)
    screen.paste(thumbnail.convert("RGB"), (90, 324))
    draw.text((192, 342 + thumbnail.height), "1", font=small, fill=(241, 241, 241))
    left, top = 400 + (width - 400 - 40 - page.width) // 2, 306
    shadow = Image.new("L", SCREEN, 0)
    ImageDraw.Draw(shadow).rectangle((left + 4, top + 6, left + page.width + 4, top + page.height + 6),
                                     fill=120)
    screen.paste((20, 20, 20), (0, 0), shadow.filter(ImageFilter.GaussianBlur(8)))
    screen.paste(page.convert("RGB"), (left, top))
    track_top, track_bottom = 282, height - 96
    draw.rectangle((width - 28, track_top, width, track_bottom), fill=(66, 69, 72))  # the scroll bar
    shown = (track_bottom - track_top) / (page.height + 40)
    draw.rounded_rectangle((width - 22, track_top + 6, width - 6,
                            track_top + 6 + round((track_bottom - track_top - 12) * shown)), radius=8,
                           fill=(160, 163, 166))
    draw.rectangle((0, height - 96, width, height), fill=(32, 32, 32))  # the taskbar
    for number in range(6):
        x = width // 2 - 250 + number * 88
        draw.rounded_rectangle((x, height - 76, x + 56, height - 20), radius=10,
                               fill=(70 + 25 * (number % 3), 110, 160 - 20 * number))
    draw.text((width - 190, height - 84), CLOCK[0], font=small, fill=(255, 255, 255))
    draw.text((width - 200, height - 50), CLOCK[1], font=small, fill=(255, 255, 255))
    return screen


def hygienic_copy(pdf: Path, spec: Hygiene, out: Path) -> Path:
    """The letter scanned clean and saved as `spec` says; image files other than TIFF keep page 1 only."""
    if spec.kind not in KINDS:
        raise ValueError(f"unknown kind {spec.kind!r}")
    target = out / f"{spec.stem}.{spec.suffix}"
    if spec.kind == "mixed":
        mixed_pdf(pdf, spec.dpi, target)
        return target
    if spec.kind == "screenshot":
        page = raster(pdf, spec.dpi, width=round(8.5 * spec.dpi), last=1)[0]
        viewer_screenshot(page).save(target, optimize=True)  # no resolution: a screenshot says none
        return target
    width = NODPI_WIDTH if spec.kind == "nodpi" else None
    pages = raster(pdf, spec.dpi, spec.dpi_down or spec.dpi, width=width)
    page, dpi = pages[0], (spec.dpi, spec.dpi_down or spec.dpi)
    if spec.kind in ("rot90", "rot270"):
        sideways(page, int(spec.kind.removeprefix("rot"))).save(target, dpi=dpi, optimize=True)
    elif spec.kind == "nodpi":
        page.save(target, quality=75)  # no dpi given: JFIF density units 0, an aspect ratio only
    elif spec.kind == "dpi72":
        page.save(target, dpi=(72, 72), optimize=True)
    elif spec.kind == "cmyk":
        cmyk(page).save(target, quality=75, dpi=dpi)
    elif spec.kind == "rgba":
        on_transparent(page, round(MARGIN * spec.dpi)).save(target, dpi=dpi, optimize=True)
    elif spec.kind == "faxstd":
        binary(page).save(target, dpi=dpi, compression="group3")
    elif spec.kind == "separator":
        fax = [binary(p) for p in pages]
        fax[0].save(target, save_all=True, append_images=[blank_like(fax[0]), *fax[1:]], dpi=dpi,
                    compression="group4")
    else:
        page.save(target, dpi=dpi, optimize=True)
    return target
