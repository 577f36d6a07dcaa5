"""The site's icon, drawn once with Pillow: a white letter sheet with three lines on the page's blue.

Made in code rather than shipped as a binary file; browsers ask for /favicon.ico on every page.
"""

from __future__ import annotations

import io
from functools import cache

BLUE = (29, 78, 137)  # the page header's colour (page.css)
WHITE = (255, 255, 255)
SIZES = (16, 32, 48)
DRAW_SIZE = 48


@cache
def favicon_ico() -> bytes:
    from PIL import Image, ImageDraw

    image = Image.new("RGB", (DRAW_SIZE, DRAW_SIZE), BLUE)
    draw = ImageDraw.Draw(image)
    draw.rectangle((11, 6, 37, 42), fill=WHITE)  # the sheet
    for top in (14, 22, 30):  # its lines of text
        draw.rectangle((16, top, 32, top + 3), fill=BLUE)
    buffer = io.BytesIO()
    image.save(buffer, format="ICO", sizes=[(size, size) for size in SIZES])
    return buffer.getvalue()
