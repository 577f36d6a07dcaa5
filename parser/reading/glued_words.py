"""OCR words a label's colon glued to the value after it, parted in two.

Tesseract now and then reads no space after a label's colon: "person::ROSALIND" for "Contact person:
ROSALIND" (apart 9073 0070, a 150 dpi scan), "Fax:559-269-0897", or a colon smeared to "=" with a speck
after it: 'Officer="Tobias' (apart 9087 0008, a Courier scan). The label then ends in a word no label
ends in, and its value starts inside that word: neither is found. Such a word is parted at the colon, each
part boxed by its share of the characters. A head of words only (three letters or more, one small) is
parted: never a reply code ("AP:CO:FRE:DWA"), a clock time ("8:00") or an address ("https://").
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterable

from parser.core.model import Box, Word

GLUED_LABEL = re.compile(
    r"^(?P<head>(?=[A-Za-z()]*[a-z])[A-Za-z][A-Za-z()]{2,}(?::{1,2}|=))[\"“”'‘’]?(?P<tail>[A-Za-z0-9(*][^\s]+)$")


def parted(words: Iterable[Word]) -> tuple[Word, ...]:
    """The words, each with a label glued to its value (GLUED_LABEL) parted in two."""
    out: list[Word] = []
    for word in words:
        glued = GLUED_LABEL.match(word.text)
        if glued is None:
            out.append(word)
            continue
        share = len(glued["head"]) / len(word.text)
        split = word.box.x0 + share * (word.box.x1 - word.box.x0)
        box = word.box
        out.append(dataclasses.replace(word, text=glued["head"], box=Box(box.x0, box.top, split, box.bottom)))
        out.append(dataclasses.replace(word, text=glued["tail"], box=Box(split, box.top, box.x1, box.bottom)))
    return tuple(out)
