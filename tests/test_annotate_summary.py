"""The summary PDF, read back with pdfplumber: what a person sees on each page."""

from __future__ import annotations

import dataclasses
import datetime as dt
import os
import re
from pathlib import Path
from typing import Any

import pdfplumber
import pytest
from pdfminer.pdftypes import resolve1
from PIL import Image
from said import english
from test_annotate_support import FULL_TIN, make_assessment, painted_pages

from annotate.summary import write_summary
from parser.core.errors import OutputError, UsageError
from parser.reading.page_source import PageSource
from rules.model import Assessment

FLAGGED: dict[str, Any] = {"review": ("letter_date", "contact_phone")}


def painted() -> tuple[Assessment, PageSource]:
    """A painted letter's assessment and the page source that shows its pages."""
    assessment = make_assessment()
    return assessment, painted_pages(assessment.facts)


def summary_pages(tmp_path: Path, assessment: Assessment, *, lang: str = "en") -> list[str]:
    out = tmp_path / f"summary-{lang}.pdf"
    write_summary(assessment, painted_pages(assessment.facts), out, lang=lang)
    with pdfplumber.open(out) as pdf:
        return [_page_text(page) for page in pdf.pages]


def _page_text(page: pdfplumber.page.Page) -> str:
    """The page's text in drawing order: side-by-side boxes (the deadline cards, the columns at the
    bottom of page 1) read line by line across the page would interleave their sentences."""
    return page.extract_text(use_text_flow=True) or ""


def flat(text: str) -> str:
    """Text with line breaks as spaces: a sentence may wrap anywhere."""
    return re.sub(r"\s+", " ", text)


def test_clean_letter_page_one_shows_both_last_days_and_who_to_call(tmp_path: Path) -> None:
    pages = summary_pages(tmp_path, make_assessment())
    one = flat(pages[0])
    assert "What this letter means for you" in one
    # 2025-03-03 + 30 = Wednesday 2 April; + 90 = Sunday 1 June, rolled to Monday 2 June.
    assert "Wednesday, April 2, 2025" in one
    assert "Monday, June 2, 2025" in one
    assert "23 days left" in one and "84 days left" in one
    assert "Moved from Sunday, June 1, 2025" in one
    assert "File by Wednesday, April 2, 2025: both decisions." in one
    assert "only the innocent spouse decision" in one
    assert "Appeals decided the IRS may keep the lien on your property." in one
    assert "Appeals denied your request for innocent spouse relief." in one
    assert "Ms. R. Alvarez" in one and "(555) 123-4567" in one and "8:00 a.m. to 4:30 p.m." in one
    assert "1-877-777-4778" in one and "400 Second Street, NW, Washington, DC 20217" in one
    assert "11:59 p.m. Eastern time" in one and "$60" in one
    assert "UNCONFIRMED" not in one and "PASSED" not in one
    # Who to call comes first among the helpers: the letter's own contact person.
    assert one.index("Ms. R. Alvarez") < one.index("Taxpayer Advocate Service")


def test_page_two_lists_each_fact_and_the_arithmetic_with_authorities(tmp_path: Path) -> None:
    pages = summary_pages(tmp_path, make_assessment())
    assert flat(pages[1]).startswith("Filling in your Tax Court petition (Form 2)")  # the worksheet
    two = flat(pages[2])
    assert two.startswith("How each fact was found")
    assert "Letter date Monday, March 3, 2025 97%" in two
    assert "+ 30 days (day 1 is the day after the letter date) = Wednesday, April 2, 2025" in two
    assert "Sunday, June 1, 2025 is a Sunday" in two
    assert "IRC 6330(d)(1)" in two and "IRC 6015(e)(1)(A)(ii)" in two and "IRC 7503" in two
    assert "Last day to file: Monday, June 2, 2025" in two
    assert "Not found: Last day printed on letter." in two


def test_letter_pages_follow_with_their_labels(tmp_path: Path) -> None:
    pages = summary_pages(tmp_path, make_assessment())
    assert len(pages) == 5  # page 1, the worksheet, the evidence, the letter's two pages
    assert "Letter page 1 of 2" in pages[3] and "Letter page 2 of 2" in pages[4]
    three = flat(pages[3])
    assert "Letter date: Monday, March 3, 2025" in three
    assert "Taxpayer ID number covered for privacy." in three
    assert "Taxpayer ID number covered for privacy." in flat(pages[4])  # the number repeated on page 2


def test_flagged_letter_date_marks_deadlines_unconfirmed_and_names_the_command(tmp_path: Path) -> None:
    pages = summary_pages(tmp_path, make_assessment(**FLAGGED))
    one = flat(pages[0])
    assert "The letter date is not certain. The last days below are UNCONFIRMED." in one
    assert one.count("UNCONFIRMED") >= 3  # the banner and each of the two cards
    assert "letter4390 deadlines DATE" in one and "letter4390 deadlines 2025-03-03" in one
    # The phone changes no deadline: listed quietly, not in the red box (issue 16).
    assert "We could not read these for sure" not in one
    assert "Worth a glance, though it changes no deadline: that person's phone number." in one
    # Still one page: the flagged summary keeps everything on page 1.
    assert "Who can help" in one
    assert flat(pages[2]).startswith("How each fact was found")
    assert "CHECK" in pages[2]


def test_alternative_date_reading_counts_from_the_earliest(tmp_path: Path) -> None:
    assessment = make_assessment(letter_date=dt.date(2025, 3, 8), date_alternatives=(dt.date(2025, 3, 3),))
    one = flat(summary_pages(tmp_path, assessment)[0])
    assert "We counted from the earliest date it could be: Monday, March 3, 2025." in one
    assert "Wednesday, April 2, 2025" in one


def test_a_date_the_printed_last_day_confirms_is_counted_from_and_said_so(tmp_path: Path) -> None:
    assessment = make_assessment(letter_date=dt.date(2025, 3, 8), date_alternatives=(dt.date(2025, 3, 3),),
                                 printed_last_day=dt.date(2025, 4, 7))
    one = flat(summary_pages(tmp_path, assessment)[0])
    assert ("We counted from the date read, Saturday, March 8, 2025: the last day the letter prints follows "
            "from it, and from no earlier reading.") in one
    assert "earliest date it could be" not in one
    assert "Monday, April 7, 2025" in one and "UNCONFIRMED" in one


def test_no_date_read_and_a_printed_last_day_counts_from_the_date_it_gives(tmp_path: Path) -> None:
    # apart 9077 0089, a fax: a receipt stamp over the date, "April 9, 2025" printed as the last day.
    assessment = make_assessment(letter_date=None, printed_last_day=dt.date(2025, 4, 9))
    one = flat(summary_pages(tmp_path, assessment)[0])
    assert ("We could not read the letter date. We counted from Monday, March 10, 2025: the last day the "
            "letter prints, Wednesday, April 9, 2025, falls 30 days after it.") in one
    assert "We could not find the date of this letter." not in one
    assert "Wednesday, April 9, 2025" in one and "Monday, June 9, 2025" in one and "UNCONFIRMED" in one


def test_passed_deadlines_are_marked_and_the_scope_says_neither(tmp_path: Path) -> None:
    pages = summary_pages(tmp_path, make_assessment(as_of=dt.date(2025, 7, 1)))
    one = flat(pages[0])
    assert "The last days to file have passed." in one
    assert "PASSED 90 days ago" in one and "PASSED 29 days ago" in one
    assert "TODAY File after Monday, June 2, 2025: neither decision." in one
    assert "days left" not in one


def test_between_the_two_days_only_innocent_spouse_remains(tmp_path: Path) -> None:
    one = flat(summary_pages(tmp_path, make_assessment(as_of=dt.date(2025, 4, 20)))[0])
    assert "PASSED 18 days ago" in one and "43 days left" in one
    assert "A last day has passed. The other last day, Monday, June 2, 2025, has not passed yet." in one
    assert "TODAY File after that, but by Monday, June 2, 2025: only the innocent spouse decision." in one


def test_last_day_today(tmp_path: Path) -> None:
    one = flat(summary_pages(tmp_path, make_assessment(as_of=dt.date(2025, 4, 2)))[0])
    assert "TODAY is the last day" in one


def test_missing_letter_date_gives_no_deadline_and_says_how_to_get_one(tmp_path: Path) -> None:
    one = flat(summary_pages(tmp_path, make_assessment(letter_date=None))[0])
    assert "We could not find the date of this letter." in one
    assert "letter4390 deadlines DATE" in one
    assert "days left" not in one and "2025:" not in one


def test_letter_3193_shows_its_own_30_day_deadline(tmp_path: Path) -> None:
    one = flat(summary_pages(tmp_path, make_assessment(letter_type="3193", innocent_spouse=None))[0])
    assert "This is not a Letter 4390." in one and "IRS Letter 3193" in one
    assert "The Letter 4390 last days do not apply to it." in one
    assert "Wednesday, April 2, 2025" in one
    assert "Innocent spouse decision: last day" not in one
    assert "both decisions" not in one


def test_unrelated_letter_gets_no_deadline(tmp_path: Path) -> None:
    assessment = make_assessment(letter_type="other", collection=None, innocent_spouse=None)
    assert assessment.deadlines == ()
    pages = summary_pages(tmp_path, assessment)
    one = flat(pages[0])
    assert "We did not find a Letter 4390 or a letter like it. No Letter 4390 last day applies." in one
    assert "last day to file" not in one
    assert "No last day was counted." in flat(pages[1])


def test_uncertain_letter_number_shows_the_4390_days_to_be_safe(tmp_path: Path) -> None:
    assessment = make_assessment(letter_type="3288", review=("letter_type",))
    assert [d.id for d in assessment.deadlines] == ["collection_due_process", "innocent_spouse"]
    one = flat(summary_pages(tmp_path, assessment)[0])
    assert "To be safe, we also show the 30-day last day of a Letter 4390." in one
    assert "We could not read these for sure: the letter number." in one
    assert "Monday, June 2, 2025" in one


def test_without_an_as_of_date_no_days_are_counted(tmp_path: Path) -> None:
    one = flat(summary_pages(tmp_path, make_assessment(as_of=None))[0])
    assert "Wednesday, April 2, 2025" in one
    assert "days left" not in one and "TODAY" not in one and "Days are counted as of" not in one


def test_a_crowded_page_one_flows_on_without_losing_anything(tmp_path: Path) -> None:
    assessment = make_assessment(review=("letter_date", "contact_phone", "collection", "tax_periods"),
                                 as_of=dt.date(2025, 4, 10), printed_last_day=dt.date(2025, 4, 30))
    pages = [flat(page) for page in summary_pages(tmp_path, assessment, lang="es")]
    # Page 1 may flow onto a second page; the worksheet still starts a page of its own, the evidence after it.
    worksheet = next(i for i, page in enumerate(pages) if page.startswith("Cómo llenar su petición"))
    before = " ".join(pages[:worksheet])
    headings = ("Qué se decidió", "Cómo presentar a tiempo", "Quién puede ayudar",
                "Tribunal Tributario de los EE. UU. 400 Second Street")
    for heading in headings:
        assert heading in before
    assert worksheet <= 2 and pages[worksheet + 1].startswith("Cómo se encontró cada dato")


def test_spanish_summary_is_in_spanish(tmp_path: Path) -> None:
    pages = summary_pages(tmp_path, make_assessment(**FLAGGED), lang="es")
    one = flat(pages[0])
    assert "Qué significa esta carta para usted" in one
    assert "miércoles, 2 de abril de 2025" in one and "lunes, 2 de junio de 2025" in one
    assert "Quedan 23 días" in one and "NO CONFIRMADO" in one
    assert "letter4390 deadlines FECHA" in one
    assert "Apelaciones negó su solicitud de alivio del cónyuge inocente." in one
    assert "Quién puede ayudar" in one and "1-877-777-4778" in one
    for words in ("What this letter means", "days left", "Who can help", "Appeals denied"):
        assert words not in one
    assert flat(pages[1]).startswith("Cómo llenar su petición al Tribunal Tributario")
    two = flat(pages[2])
    assert two.startswith("Cómo se encontró cada dato")
    assert "domingo, 1 de junio de 2025 es domingo" in two
    # The reader's notes, all in Spanish now, may run the evidence onto a page of its own before the letter.
    assert any("Página 1 de 2 de la carta" in flat(page) for page in pages[3:5])


def test_pdf_has_metadata_embedded_fonts_and_stays_small(tmp_path: Path) -> None:
    out = tmp_path / "summary.pdf"
    write_summary(*painted(), out)
    with pdfplumber.open(out) as pdf:
        meta = pdf.metadata
        fonts = {name: embedded for page in pdf.pages for name, embedded in _fonts(page).items()}
    assert meta["Title"] == "What your IRS letter means: Letter 4390 summary"
    assert meta["Author"] == "letter4390"
    assert "Tax Court" in meta["Subject"]
    assert fonts and all(fonts.values()), fonts
    assert out.stat().st_size < 1_000_000  # two letter pages


def _fonts(page: pdfplumber.page.Page) -> dict[str, bool]:
    """Each font a page uses, and whether its program is embedded in the PDF."""
    found = {}
    for ref in resolve1(page.page_obj.resources.get("Font", {})).values():
        font = resolve1(ref)
        if "DescendantFonts" in font:
            font = resolve1(resolve1(font["DescendantFonts"])[0])
        descriptor = resolve1(font.get("FontDescriptor", {}))
        programs = ("FontFile", "FontFile2", "FontFile3")
        found[str(font["BaseFont"])] = any(key in descriptor for key in programs)
    return found


def test_three_page_scan_summary_well_under_three_megabytes(tmp_path: Path) -> None:
    assessment = make_assessment()
    document = assessment.facts.document
    # Noisy 300 dpi page images: noise is what makes scans heavy.
    pages = (*document.pages, dataclasses.replace(document.pages[1], number=3))
    facts = dataclasses.replace(assessment.facts, document=dataclasses.replace(document, pages=pages))
    noisy = PageSource(facts.document, [], {page.number: Image.effect_noise((2550, 3300), 60).convert("L")
                                            for page in pages})
    out = tmp_path / "noisy.pdf"
    write_summary(dataclasses.replace(assessment, facts=facts), noisy, out)
    with pdfplumber.open(out) as pdf:
        assert len(pdf.pages) == 6
    assert out.stat().st_size < 1_500_000


def test_full_taxpayer_id_never_appears_in_the_text(tmp_path: Path) -> None:
    for lang in ("en", "es"):
        text = "\n".join(summary_pages(tmp_path, make_assessment(**FLAGGED), lang=lang))
        assert FULL_TIN not in text
        assert not re.search(r"(?<!\d)\d{3}[- ]\d{2}[- ]\d{4}(?!\d)", text)  # no SSN-shaped number at all
        assert "XXX-XX-6789" in text


def test_unknown_language_is_a_usage_error(tmp_path: Path) -> None:
    with pytest.raises(UsageError) as raised:
        write_summary(*painted(), tmp_path / "x.pdf", lang="fr")
    assert english(raised.value.note) == "unknown language 'fr'; expected one of: en, es"
    assert not (tmp_path / "x.pdf").exists()


def test_output_in_a_missing_directory_is_an_output_error(tmp_path: Path) -> None:
    with pytest.raises(OutputError) as raised:
        write_summary(*painted(), tmp_path / "missing-dir" / "x.pdf")
    missing = tmp_path / "missing-dir" / "x.pdf"
    assert english(raised.value.note) == f"cannot write {missing}: No such file or directory"


@pytest.mark.skipif(os.geteuid() == 0, reason="root ignores directory permissions")
def test_read_only_directory_is_an_output_error_and_leaves_nothing_behind(tmp_path: Path) -> None:
    blocked = tmp_path / "blocked"
    blocked.mkdir()
    blocked.chmod(0o500)
    try:
        with pytest.raises(OutputError):
            write_summary(*painted(), blocked / "x.pdf")
    finally:
        blocked.chmod(0o700)
    assert list(blocked.iterdir()) == []


def test_existing_summary_is_replaced_whole(tmp_path: Path) -> None:
    out = tmp_path / "summary.pdf"
    out.write_bytes(b"old")
    write_summary(*painted(), out)
    assert out.read_bytes().startswith(b"%PDF-")
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".summary")] == []

