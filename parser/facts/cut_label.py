"""Tax periods beside a label whose tail the scan cut off: "Tax Pe | Ended: Dec. | , 2018".

A receipt stamp or a fax streak across the header can leave only a label's first word and the first letters
of its second ("Tax pe", "Tax Pel", "Tax ye"), too little to match any spelling of the label, while the
value beside it still reads in part. Such a head at the start of a header line, on a scanned page 1 whose
periods went unread, is taken for the periods' label: the rest of its line, up to the next label, is read as
periods and always flagged for review (the value itself may be damaged, and some of its periods lost).
"""

from __future__ import annotations

from collections.abc import Sequence

from parser.core.model import Word
from parser.core.notes import note
from parser.facts.fields import READERS, Reading, ValueWords
from parser.facts.header import PageLayout
from parser.facts.labels import LabelMatch

# A label's first word spelled whole, then at most a few letters of its second, each a head of one of
# the periods' label words (a scan cuts a word's tail, it rarely keeps a tail alone). Heads of words other
# labels use ("Tax form", "Taxpayer") are not among them.
CUT_HEADS: dict[str, tuple[str, ...]] = {
    "tax": ("period", "periods", "year", "years"),
}
MIN_HEAD = 2  # letters of the cut word: "Tax P" alone could be any label
MAX_HEAD = 4  # more of the word and a damaged spelling would have matched the label itself
# Specks OCR reads round a cut word ("pe'", "Pel,").
EDGES = " .,;:'’‘`|-_"
# One letter of the cut word a scan may have changed ("Pel" for "Per").
DAMAGED_LETTERS = 1
FIELD = "tax_periods"
REASON = note("value.cut_label_periods")


def periods_after_cut_label(layout: PageLayout, labels: Sequence[LabelMatch]) -> Reading | None:
    """The periods beside the one cut label head on page 1's header, when there is one such line."""
    if layout.page.method != "ocr" or not layout.first:
        return None
    claimed = {id(w) for label in labels for w in label.words}
    found: list[Reading] = []
    for line in layout.header_lines():
        words = line.words
        start = next((n for n in range(len(words) - 1) if _cut_head(words[n], words[n + 1])), None)
        if start is None or any(id(w) in claimed for w in words[start:start + 2]):
            continue
        rest: list[Word] = []
        for word in words[start + 2:]:
            if id(word) in claimed:
                break  # the next label (the other column's) ends the value
            rest.append(word)
        reading = READERS[FIELD](ValueWords(words=tuple(rest), variant="Tax period(s)"))
        if reading is not None:
            found.append(reading)
    return found[0] if len(found) == 1 else None


def _cut_head(first: Word, second: Word) -> bool:
    """Whether two words are a label's first word and a few letters of its second."""
    heads = CUT_HEADS.get(first.text.strip(EDGES).lower())
    cut = second.text.strip(EDGES).lower()
    if heads is None or not MIN_HEAD <= len(cut) <= MAX_HEAD or not cut.isalpha():
        return False
    return any(_near_head(cut, word) for word in heads)


def _near_head(cut: str, word: str) -> bool:
    """The cut letters are the word's head with at most one letter changed, the first kept."""
    head = word[:len(cut)]
    return len(head) == len(cut) and cut[0] == head[0] and sum(
        a != b for a, b in zip(cut, head, strict=True)) <= DAMAGED_LETTERS
