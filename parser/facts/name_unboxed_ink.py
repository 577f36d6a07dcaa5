"""A scanned name with a letter's ink between its words that no word's box covers: flagged.

Tesseract now and then puts a letter into its neighbour's text while boxing the neighbour alone: "MEI P
OKONKWO" was read "MEI POKONKWO" at confidence 91, the box of "POKONKWO" starting at the "O" (apart seed
9021 0039); or it drops an initial outright. When the lists know neither spelling, nothing in the words
says the reading lost a space or a letter. The page image does (unboxed_ink.py): a letter's ink stands
between the name's words where no word was boxed. Such a name is flagged, with where that ink begins, so
that its strip is read again (name_rereading.py). A text layer is exact: a digital letter's name is never
questioned here.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from parser.core.model import Fact
from parser.core.notes import note
from parser.facts import verify
from parser.facts.unboxed_ink import unboxed_letter

if TYPE_CHECKING:
    from parser.reading.page_source import PageSource

UNBOXED_INK = "value.name_ink_unread"


def checked(fact: Fact[Any] | None, pages: PageSource) -> Fact[Any] | None:
    """The scanned name, flagged when a letter's ink stands among its words outside every word's box."""
    if fact is None or fact.evidence.method != "ocr" or not isinstance(fact.value, str):
        return fact
    page = pages.document.page(fact.evidence.page)
    image = pages.reading_image(fact.evidence.page)
    if page is None or image is None or any(r.code == UNBOXED_INK for r in fact.reasons):
        return fact
    left = unboxed_letter(fact.evidence.box, page.words, image, page.width)
    return fact if left is None else verify.flagged(fact, note(UNBOXED_INK, left=round(left, 1)))
