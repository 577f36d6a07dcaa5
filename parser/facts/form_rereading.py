"""A scanned tax form number read once more, alone and enlarged, when one misread digit would make it another.

A fax's speck or streak turns a "1" into a "4" for the page's OCR and for the stacked strips alike, at high
confidence: "941" read "944" (both real returns, so nothing looked wrong), "1040" read "4040". A value
that is one look-alike digit away from another return form, or that is no return form at all, is cut from
the page image and read on its own at twice the scale (one tesseract call). A reading that agrees keeps
the value as it was; one that disagrees flags it; a reading that turns a number that is no return form
into its look-alike that is one takes its place, flagged. Text layers are exact and never read again.

Where no form was read at all because its label was garbled ("Tax form number:" read "RE Orernomber:"),
a header cell holding a return form's number and nothing else is the form: no other header value is a
bare 3- or 4-digit return form number. It is taken only when its enlarged reading alone agrees, and always
flagged (`unlabelled`).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from typing import TYPE_CHECKING

from parser.core.model import Box, Evidence, Fact
from parser.core.notes import note
from parser.facts.field_facts import NO_LABEL_REASON
from parser.facts.fields import FieldValue, ValueWords, read_form
from parser.facts.header import lone_cell
from parser.facts.identifiers import form_lookalikes, known_return_form, tax_form
from parser.facts.tin_glyphs import without_rules_grey
from parser.facts.verify import flagged, paper_white, trimmed_strip_words
from parser.reading.lines import Segment, union_box

if TYPE_CHECKING:
    from parser.facts.header import PageLayout
    from parser.facts.labels import LabelMatch
    from parser.reading.page_source import PageSource

# The crop reaches this many line heights around the value's box (a first or last digit boxed short).
REACH = 0.8
PAD = 0.35
ENLARGED = 2
# Tesseract reads the crop as one line of text.
LINE_MODE = 7
# A flagged value's confidence is capped here.
REREAD_CONFIDENCE = 0.5
# What a scan leaves around a cell's value: no part of it ("1040 ' .").
SPECKS = " .,'`’‘\"*°:;|-_"


def in_doubt(fact: Fact[FieldValue]) -> bool:
    """A scanned form that one misread digit may have made: no return form, or one with a look-alike."""
    value = fact.value
    return (fact.evidence.method == "ocr" and isinstance(value, str)
            and (not known_return_form(value) or bool(form_lookalikes(value))))


def reread(fact: Fact[FieldValue] | None, pages: PageSource) -> Fact[FieldValue] | None:
    """The form after its enlarged reading alone: kept, flagged, or (no form read as its look-alike) put
    right and flagged."""
    if fact is None or not in_doubt(fact):
        return fact
    again = _read_alone(pages, fact.evidence.page, fact.evidence.box)
    if again is None or again == fact.value:
        return fact
    reason = note("scan.second_reading", value=again)
    first = str(fact.value)
    if not known_return_form(first) and known_return_form(again) and again in form_lookalikes(first):
        return dataclasses.replace(flagged(fact, reason), value=again, confidence=REREAD_CONFIDENCE)
    return flagged(fact, reason)


def unlabelled(layout: PageLayout, labels: Sequence[LabelMatch], pages: PageSource
               ) -> Fact[FieldValue] | None:
    """The tax form from the one header cell of a scan that holds a return form's number alone, no label's
    word in it, when its enlarged reading alone agrees: flagged. None where there is none, or two."""
    if layout.page.method != "ocr" or not layout.first:
        return None
    label_words = {id(w) for label in labels for w in label.words}

    def form_alone(segment: Segment) -> tuple[str, Box] | None:
        if any(id(w) in label_words for w in segment.words):
            return None
        text = segment.text.strip(SPECKS)
        form = tax_form(text)
        if form is None or form.start != 0 or form.end != len(text) or not known_return_form(form.value):
            return None
        return form.value, union_box(list(segment.words))

    lone = lone_cell(layout, form_alone)
    if lone is None:
        return None
    value, box = lone
    if _read_alone(pages, layout.page.number, box) != value:
        return None
    evidence = Evidence(page=layout.page.number, box=box, text=value, method="ocr")
    return Fact(value=value, confidence=REREAD_CONFIDENCE, evidence=evidence, needs_review=True,
                reasons=(NO_LABEL_REASON, note("scan.second_reading", value=value)))


def _read_alone(pages: PageSource, number: int, box: Box) -> str | None:
    """The form number the value's crop, enlarged, reads as on its own; None when it reads none."""
    from PIL import Image

    page = pages.document.page(number)
    image = pages.reading_image(number)
    if page is None or image is None or page.width <= 0:
        return None
    height = min(box.height, 14.0) if box.height > 0 else 10.0
    scale = image.width / page.width
    crop = image.crop((round(max(0.0, box.x0 - REACH * height) * scale),
                       round(max(0.0, box.top - PAD * height) * scale),
                       round(min(page.width, box.x1 + REACH * height) * scale),
                       round(min(page.height, box.bottom + PAD * height) * scale)))
    if crop.width < 4 or crop.height < 4:
        return None
    # A table cell's border at the crop's edge reads as a "1" or a "T" before the number ("T7080" for "1040").
    plain = paper_white(without_rules_grey(crop, scale * 72.0))
    enlarged = plain.resize((plain.width * ENLARGED, plain.height * ENLARGED), Image.Resampling.LANCZOS)
    words = trimmed_strip_words(pages.ocr(enlarged, dpi=scale * 72.0 * ENLARGED, page=number, psm=LINE_MODE))
    reading = read_form(ValueWords(words=words)) if words else None
    return reading.value if reading is not None and isinstance(reading.value, str) else None
