"""The summary of real samples, read by the real parser: the dates, people and covers a person relies on."""

from __future__ import annotations

import datetime as dt
import json
import re
from pathlib import Path

import pdfplumber
import pytest
from read_support import shared_reading

from annotate.messages import messages
from annotate.page_images import PageImage, load_page_images
from annotate.summary import write_summary
from annotate.tin_mask import COVER_SHADE, TIN_WORD
from parser.core.model import Box, LetterFacts
from parser.facts.extract import extract_facts
from parser.reading.read import read_document
from rules.assess import assess

SAMPLES = Path(__file__).resolve().parent.parent / "samples" / "letters"
SSN_SHAPED = re.compile(r"(?<!\d)\d{3}[- ]\d{2}[- ]\d{4}(?!\d)")


def left_half_pixels(page: PageImage, box: Box, *, embedded: bool = False) -> set[int]:
    image = page.embed if embedded else page.image
    assert image is not None
    sx, sy = image.width / page.width, image.height / page.height
    middle = box.x0 + box.width / 2
    crop = image.crop((round(box.x0 * sx) + 1, round(box.top * sy) + 1, round(middle * sx),
                       round(box.bottom * sy) - 1))
    return set(crop.tobytes())


def assert_tins_covered(facts: LetterFacts, pages: tuple[PageImage, ...]) -> None:
    """Covered on the working image (crops) and on the embedded page image, where there is one."""
    fact = facts.fields.taxpayer_id
    assert fact is not None
    by_number = {page.number: page for page in pages}
    for embedded in (False, True):
        if embedded and all(page.embed is None for page in pages):
            continue
        page = by_number[fact.evidence.page]
        assert left_half_pixels(page, fact.evidence.box, embedded=embedded) == {COVER_SHADE}
        for view in facts.document.pages:
            for word in view.words:
                if TIN_WORD.fullmatch(word.text.strip(".,;:()")):
                    covered = left_half_pixels(by_number[view.number], word.box, embedded=embedded)
                    assert covered == {COVER_SHADE}, word.text


@pytest.mark.parametrize("name", [
    "4390-digital-juneteenth.pdf",
    pytest.param("4390-skew-noise.png", marks=pytest.mark.ocr),
])
def test_summary_of_a_sample_letter(name: str, tmp_path: Path) -> None:
    source = SAMPLES / name
    truth = json.loads((SAMPLES / f"{source.stem}.truth.json").read_text(encoding="utf-8"))
    as_of = dt.date.fromisoformat(truth["fields"]["letter_date"]) + dt.timedelta(days=10)
    with shared_reading(source) as source_pages:  # read_document's, shared with the other sample tests
        facts = extract_facts(source_pages.document, as_of=as_of, pages=source_pages)
        assessment = assess(facts, as_of=as_of)
        out = tmp_path / "summary.pdf"
        write_summary(assessment, source_pages, out)
        pages = load_page_images(source_pages, facts)

    with pdfplumber.open(out) as pdf:
        texts = [page.extract_text(use_text_flow=True) or "" for page in pdf.pages]
    one = re.sub(r"\s+", " ", texts[0])
    msgs = messages("en")
    for due in truth["deadlines"].values():
        assert msgs.long_date(dt.date.fromisoformat(due)) in one
    contact = facts.fields.contact_name
    if contact is not None and not contact.needs_review:
        assert contact.value == truth["fields"]["contact_name"]
        assert contact.value in one
    else:  # a name the scan did not give up with certainty is marked, as worth a glance (no deadline)
        assert "contact_name" in assessment.worth_a_glance
        if contact is None:
            assert truth["fields"]["contact_name"] not in one
    assert f"Letter page 1 of {len(facts.document.pages)}" in "\n".join(texts)
    for text in texts:
        assert not SSN_SHAPED.search(text)
    if facts.document.method == "pdf_text":  # rendered afresh: the embedded page is a render of its own
        assert all(page.embed is not None and page.embed.mode == "L" for page in pages)
    assert_tins_covered(facts, pages)


def test_each_letter_page_embeds_its_own_jpeg(tmp_path: Path) -> None:
    source = SAMPLES / "4390-digital-juneteenth.pdf"
    with read_document(source) as source_pages:
        facts = extract_facts(source_pages.document, as_of=dt.date(2025, 1, 1), pages=source_pages)
        out = tmp_path / "summary.pdf"
        write_summary(assess(facts, as_of=dt.date(2025, 1, 1)), source_pages, out)
    pages = len(facts.document.pages)
    assert pages >= 2
    with pdfplumber.open(out) as pdf:
        letter_pages = pdf.pages[-pages:]
        streams = [max(page.images, key=lambda image: image["width"])["stream"] for page in letter_pages]
        assert all("DCTDecode" in str(stream["Filter"]) for stream in streams)  # embedded as is
        assert len({stream.get_rawdata() for stream in streams}) == pages  # none shows another's picture
