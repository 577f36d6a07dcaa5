"""The summary PDF: page 1 in plain words, then (for a letter the Tax Court can review) the petition
worksheet on a page of its own, the evidence, and the letter's pages annotated."""

from __future__ import annotations

import io
from pathlib import Path
from typing import TYPE_CHECKING

from reportlab import rl_config
from reportlab.lib.pagesizes import LETTER
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, NextPageTemplate, PageBreak, PageTemplate

from annotate.evidence_page import evidence_flowables
from annotate.letter_pages import AnnotatedPage
from annotate.marks import collect_marks
from annotate.messages import Messages, messages
from annotate.output import write_atomically
from annotate.page_images import load_page_images
from annotate.page_one import build_page_one
from annotate.page_one_layout import page_one_flowables
from annotate.styles import MUTED, REGULAR, register_fonts
from annotate.worksheet import build_worksheet, has_worksheet
from annotate.worksheet_layout import worksheet_flowables
from rules.model import Assessment

if TYPE_CHECKING:
    from parser.reading.page_source import PageSource

TEXT_MARGIN = 36.0
LETTER_MARGIN = 20.0
FOOTER_HEIGHT = 22.0
AUTHOR = "letter4390"

# Binary image streams: a quarter smaller than ASCII85 and far faster (reportlab encodes ASCII85 in pure
# Python without its C accelerator). Process-wide, but it only changes how streams are encoded.
rl_config.useA85 = 0


def write_summary(assessment: Assessment, pages: PageSource, out: Path, *, lang: str = "en") -> None:
    """Write the summary PDF of `assessment` (its letter's pages shown from `pages`, the page source
    read_document gave) to `out`, atomically.

    UsageError for an unknown `lang`; OutputError when `out` can't be written.
    """
    write_atomically(summary_pdf(assessment, pages, lang=lang), out)


def summary_pdf(assessment: Assessment, pages: PageSource, *, lang: str = "en") -> bytes:
    """The summary PDF as bytes (for the web service and batch, which write elsewhere)."""
    msgs = messages(lang)
    register_fonts()
    buffer = io.BytesIO()
    document = _document(buffer, assessment, msgs)
    document.build(_story(assessment, pages, msgs, document))
    return buffer.getvalue()


def worksheet_pdf(assessment: Assessment, *, lang: str = "en") -> bytes | None:
    """The petition worksheet alone, one page (the web page offers it apart); None if the letter has none."""
    if not has_worksheet(assessment):
        return None
    msgs = messages(lang)
    register_fonts()
    buffer = io.BytesIO()
    document = _document(buffer, assessment, msgs)
    frame = document.pageTemplates[0].frames[0]
    marks, _ = collect_marks(assessment, msgs)
    sheet = build_worksheet(assessment, marks, msgs)
    document.build(worksheet_flowables(sheet, msgs, frame.width, frame.height)[:-1])  # no trailing break
    return buffer.getvalue()


def _document(buffer: io.BytesIO, assessment: Assessment, msgs: Messages) -> BaseDocTemplate:
    width, height = LETTER
    footer_text = msgs("pdf.footer")

    def footer(canvas: Canvas, doc: BaseDocTemplate) -> None:
        canvas.saveState()
        canvas.setFont(REGULAR, 7.5)
        canvas.setFillColor(MUTED)
        canvas.drawString(TEXT_MARGIN, 20, footer_text)
        canvas.drawRightString(width - TEXT_MARGIN, 20, msgs("pdf.page", page=doc.page))
        canvas.restoreState()

    text_frame = Frame(TEXT_MARGIN, TEXT_MARGIN, width - 2 * TEXT_MARGIN, height - 2 * TEXT_MARGIN,
                       leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0, id="text")
    letter_frame = Frame(LETTER_MARGIN, LETTER_MARGIN + FOOTER_HEIGHT - 10, width - 2 * LETTER_MARGIN,
                         height - 2 * LETTER_MARGIN - FOOTER_HEIGHT + 10,
                         leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0, id="letter")
    kind = assessment.facts.letter_type.value
    return BaseDocTemplate(
        buffer,
        pagesize=LETTER,
        # The footer is drawn last so text extraction reads each page's own words first.
        pageTemplates=[PageTemplate("text", [text_frame], onPageEnd=footer),
                       PageTemplate("letter", [letter_frame], onPageEnd=footer)],
        title=msgs("pdf.title", letter_type=kind if kind != "other" else "?"),
        author=AUTHOR,
        subject=msgs("pdf.subject"),
        keywords=msgs("pdf.keywords"),
        creator=AUTHOR,
        lang=msgs.lang,
        invariant=True,
        initialFontName=REGULAR,  # else every page names Helvetica, a font that is not embedded
        displayDocTitle=True,
    )


def _story(assessment: Assessment, source: PageSource, msgs: Messages, document: BaseDocTemplate
           ) -> list[Flowable]:
    text_frame = document.pageTemplates[0].frames[0]
    text_width = text_frame.width
    letter_frame = document.pageTemplates[1].frames[0]
    page_one = build_page_one(assessment, msgs)
    story: list[Flowable] = page_one_flowables(page_one, text_width, text_frame.height)
    marks, missing = collect_marks(assessment, msgs)
    if has_worksheet(assessment):
        if not isinstance(story[-1], PageBreak):  # page 1 spilled over: the worksheet still starts a page
            story.append(PageBreak())
        sheet = build_worksheet(assessment, marks, msgs)
        story += worksheet_flowables(sheet, msgs, text_width, text_frame.height)
    pages = load_page_images(source, assessment.facts)
    story += evidence_flowables(assessment, marks, missing, pages, msgs, text_width)
    for page in pages:
        story += [NextPageTemplate("letter"), PageBreak(),
                  AnnotatedPage(page, marks, msgs, len(pages), letter_frame.width, letter_frame.height)]
    return story
