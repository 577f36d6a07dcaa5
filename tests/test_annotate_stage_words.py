"""The stages' English reasons and warnings, worded again by the catalogue (annotate/stage_words.py)."""

from __future__ import annotations

import string

import pytest

from annotate.messages import LANGUAGES, messages
from annotate.stage_words import TEMPLATES, worded
from parser.facts import (
    closing_contact,
    date_rereading,
    extract,
    field_facts,
    issuing_office,
    stamp_column,
    verify,
)
from parser.facts.decisions import determination_ocr
from parser.reading import ocr_page, read


def test_each_copied_template_is_still_the_parser_s_own_wording() -> None:
    copied = {
        "scan.rescued": verify.RESCUED_REASON,
        "scan.doubtful_page": extract.DOUBTFUL_PAGE_REASON,
        "scan.stamp": stamp_column.REREAD_REASON,
        "page.cover": extract.COVER_WARNING,
        "file.no_text": read.NO_TEXT_WARNING,
        "file.partly_read": extract.PARTLY_READ_WARNING,
        "file.low_text": extract.LOW_TEXT_WARNING,
        "value.no_label": field_facts.NO_LABEL_REASON,
        "value.fallback": field_facts.FALLBACK_REASON,
        "value.orphan_phone": extract.ORPHAN_PHONE_REASON,
        "value.orphan_periods": extract.ORPHAN_PERIODS_REASON,
        "value.closing_contact": closing_contact.REASON,
        "value.unnamed_office": issuing_office.UNNAMED_REASON,
        "date.reread": date_rereading.REREAD_REASON,
        "date.disagree": date_rereading.DISAGREE_REASON,
        "decision.damaged_not": determination_ocr.DAMAGED_NOT_REASON,
    }
    assert {code: TEMPLATES[code] for code in copied} == copied
    assert TEMPLATES["page.hard"].endswith(ocr_page.RESCAN_ADVICE)
    assert TEMPLATES["page.strongly_tilted"].endswith(ocr_page.RESCAN_ADVICE)


@pytest.mark.parametrize(("said", "spanish"), [
    ("page 2 was tilted; straightened by 0.8°", "la página 2 estaba inclinada; se enderezó 0.8°"),
    ("Collection determination: the scan is hard to read in the sentences that state this determination.",
     "Decisión sobre el cobro: el escaneo es difícil de leer en las frases que indican esta decisión."),
    ("the scan is hard to read here (OCR confidence as low as 33 of 100)",
     "el escaneo es difícil de leer aquí (confianza del OCR de apenas 33 de 100)"),
    ("a reading of the scan with its specks filtered out gave 2028-10-20",
     "una lectura del escaneo sin las manchas dio 2028-10-20"),
    ("the letter date is more than three years before 2026-12-06",
     "la fecha de la carta es de más de tres años antes del 2026-12-06"),
    ("page 1 is a photo: the sheet was cut out of it and its perspective undone",
     "la página 1 es una foto: se recortó la hoja y se corrigió su perspectiva"),
    ("some words of the hours were not recognised (+); page 1 is blank",
     "algunas palabras del horario no se reconocieron (+); la página 1 está en blanco"),
    ("The letter date could not be read with certainty; the deadlines are counted from the earliest "
     "possible date, 2025-10-20. Check the date on the letter.",
     "No se pudo leer con seguridad la fecha de la carta; los plazos se cuentan desde la fecha más temprana "
     "posible, 2025-10-20. Revise la fecha en la carta."),
])
def test_known_sentences_are_shown_in_spanish(said: str, spanish: str) -> None:
    shown = worded(messages("es"), said)
    assert (shown.text, shown.known) == (spanish, True)


def test_an_unknown_sentence_is_kept_and_reported() -> None:
    shown = worded(messages("es"), "page 1 is blank; a brand-new doubt")
    assert (shown.text, shown.known) == ("la página 1 está en blanco; a brand-new doubt", False)
    inner = worded(messages("es"), "Innocent spouse determination: a brand-new doubt.")
    assert (inner.text, inner.known) == ("Decisión sobre el cónyuge inocente: a brand-new doubt.", False)


@pytest.mark.parametrize("code", sorted(TEMPLATES))
def test_every_sentence_reads_the_same_in_english_and_is_worded_in_every_language(code: str) -> None:
    names = {name for _, name, _, _ in string.Formatter().parse(TEMPLATES[code]) if name}
    # A `reason` is itself a stage sentence: fill it with a known one.
    said = TEMPLATES[code].format(**{name: "page 1 is blank" if name == "reason" else f"<{name}>"
                                     for name in names})
    assert worded(messages("en"), said).text == said
    for lang in LANGUAGES:
        shown = worded(messages(lang), said)
        assert shown.known and all(f"<{name}>" in shown.text for name in names if name != "reason"), lang
