"""A whole letter as pages of drawing operations: header, flowing body, signature, attachments,
footers, and (on paper only) rubber stamps."""

from __future__ import annotations

import datetime as dt
import random
import re

from samples.apart import header, vocab
from samples.apart.formats import stamp_date
from samples.apart.ops import BOTTOM, LEFT, RIGHT, TOP, Box, Group, Line, Page, Text, width, wrap
from samples.apart.spec import SCANNED, LetterSpec
from samples.apart.wording import Block, body, collection_paragraphs, spouse_paragraphs

MIN_PAGES = 2
MAX_PAGES = 4
STAMP_COLORS = ((0.72, 0.08, 0.1), (0.12, 0.2, 0.66), (0.42, 0.12, 0.5))
PUBLICATIONS = {
    "4390": ("Publication 971 (Rev. 10-2022)", "Innocent Spouse Relief", (
        "Many married taxpayers choose to file a joint tax return because of certain benefits this "
        "filing status allows. Both taxpayers are jointly and severally liable for the tax and any "
        "additions to tax, interest, or penalties that arise from the joint return even if they later "
        "divorce.",
        "There are three types of relief from joint and several liability for spouses who filed joint "
        "returns: innocent spouse relief, separation of liability relief, and equitable relief. Relief "
        "from liability arising from community property law is discussed separately.")),
    "default": ("Publication 1660 (Rev. 9-2020)", "Collection Appeal Rights", (
        "You may appeal many IRS collection actions to the IRS Independent Office of Appeals. Appeals "
        "is separate from and independent of the IRS Collection office that initiated the collection "
        "action.",
        "Collection Due Process is available if you receive a Notice of Federal Tax Lien Filing and "
        "Your Right to a Hearing, or a Final Notice of Intent to Levy and Your Right to a Hearing. If "
        "you disagree with the decision of Appeals, you may go to the United States Tax Court.")),
}


class Flow:
    """Paragraphs poured onto pages, a new page whenever the bottom margin is reached."""

    def __init__(self, spec: LetterSpec, first: Page, y: float) -> None:
        self.spec = spec
        self.font = spec.style.font
        self.bold = vocab.BOLD[self.font]
        self.size = spec.style.size
        self.pages = [first]
        self.y = y

    def _room(self, height: float) -> None:
        if self.y - height < BOTTOM:
            page = Page()
            self.pages.append(page)
            line = f"{self.spec.taxpayer.name}   {self.spec.taxpayer_id_printed}"
            page.ops.append(Text(LEFT, TOP, line, self.font, self.size - 1))
            self.y = TOP - self.size * 2.5

    def text(self, text: str, bold: bool = False, indent: float = 0.0) -> None:
        font = self.bold if bold else self.font
        step = self.size * 1.22
        for line in wrap(text, font, self.size, RIGHT - LEFT - indent):
            self._room(step)
            self.pages[-1].ops.append(Text(LEFT + indent, self.y, line, font, self.size))
            self.y -= step
        self.y -= self.size * (0.35 if self.spec.style.compact else 0.7)

    def block(self, block: Block) -> None:
        if block.kind == "heading":
            self._room(self.size * 4)  # keep a heading with its paragraph
            self.text(block.text, bold=True)
        else:
            self.text(block.text, bold=block.kind == "last_day")


def _signature(flow: Flow, spec: LetterSpec, rng: random.Random) -> None:
    flow.text("Sincerely,")
    flow.y -= flow.size * 1.5
    flow.text(f"{spec.manager}  ")
    flow.y += flow.size * 0.6
    flow.text(rng.choice(vocab.MANAGER_TITLES))
    if spec.style.attachments:
        names = {"form_12153": "Copy of Form 12153", "publication": "Publication",
                 "form_886a": "Form 886-A, Explanation of Items"}
        flow.text("Enclosures: " + "; ".join(names[a] for a in spec.style.attachments))


# Earlier revisions of the enclosed publications: an enclosure is never newer than the letter it came with.
EARLIER_REVISIONS = {"Publication 971": "(Rev. 10-2014)", "Publication 1660": "(Rev. 3-2014)"}
REVISION = re.compile(r"\(Rev\. (?P<month>[0-9]{1,2})-(?P<year>[0-9]{4})\)")


def issued_by(number: str, letter_date: dt.date) -> str:
    """The publication as enclosed with a letter of `letter_date`: a revision issued before it."""
    found = REVISION.search(number)
    if found is None or dt.date(int(found["year"]), int(found["month"]), 1) <= letter_date:
        return number
    name = number[:found.start()].strip()
    return f"{name} {EARLIER_REVISIONS.get(name, '')}".strip()


def _attachment_page(spec: LetterSpec, kind: str, rng: random.Random) -> Page:
    page = Page()
    flow = Flow(spec, page, TOP)
    name = spec.taxpayer.name
    periods = "; ".join(spec.periods_text())
    if kind == "form_12153":
        c = spec.collection
        flow.text("Form 12153 (Rev. 12-2013) Request for a Collection Due Process or Equivalent Hearing",
                  bold=True)
        flow.text("COPY - as received by the IRS")
        flow.text(f"Taxpayer name: {name}    Taxpayer identification number: {spec.taxpayer_id_printed}")
        flow.text(f"Type of tax (form number): {spec.tax_form}    Tax period(s): {periods}")
        if c is not None:
            lien = "X" if "lien" in c.actions else " "
            levy = "X" if "levy" in c.actions else " "
            flow.text(f"[{lien}] Filed Notice of Federal Tax Lien    [{levy}] Proposed Levy or Actual Levy")
            boxes = {"installment_agreement": "Installment Agreement", "offer_in_compromise":
                     "Offer in Compromise", "currently_not_collectible": "I Cannot Pay Balance",
                     "bond_or_substitution": "Subordination / Discharge of Lien", "other": "Other"}
            marks = "   ".join(f"[{'X' if k in c.alternatives else ' '}] {v}" for k, v in boxes.items())
            flow.text("Collection alternatives: " + marks)
        if spec.letter_type == "4390":
            flow.text("[X] Innocent Spouse Relief (Form 8857 attached)")
        flow.text(f"Received: {stamp_date(spec.request_received)}   Independent Office of Appeals")
    elif kind == "publication":
        number, title, paragraphs = PUBLICATIONS.get(spec.letter_type, PUBLICATIONS["default"])
        flow.text(f"{issued_by(number, spec.letter_date)}   {title}", bold=True)
        for paragraph in paragraphs:
            flow.text(paragraph)
    else:
        flow.text("Form 886-A   Explanation of Items", bold=True)
        flow.text(f"Name of taxpayer: {name}   Tax identification number: {spec.taxpayer_id_printed}   "
                  f"Year/period ended: {periods}")
        flow.text("Issues", bold=True)
        flow.text("Whether the collection action(s) should be sustained, and whether alternatives to "
                  "collection are appropriate. IRC 6330(c)(3) requires Appeals to consider these matters.")
        flow.text("Discussion and conclusion", bold=True)
        if spec.collection is not None:
            for paragraph in collection_paragraphs(spec, spec.collection, rng):
                flow.text(paragraph)
        if spec.spouse is not None:
            for paragraph in spouse_paragraphs(spec, spec.spouse, rng):
                flow.text(paragraph)
    return page if len(flow.pages) == 1 else flow.pages[0]


# Where stamps land: over the return address, or beside it (in the gap before the header column; in a
# grid layout, whose columns start lower, in the empty top right). One slot per stamp.
STAMP_SLOTS: dict[str, tuple[tuple[float, float], ...]] = {
    "over": ((LEFT + 20, TOP - 72), (LEFT + 90, TOP - 12)),
    "beside": ((203.0, TOP - 60), (203.0, TOP - 98)),
    "beside_grid": ((330.0, TOP - 52), (440.0, TOP - 20)),
}


def _stamp(spec: LetterSpec, kind: str, rng: random.Random, slot: int) -> Group:
    color = rng.choice(STAMP_COLORS)
    if spec.style.stamp_over_header:
        where, angle = "over", rng.uniform(-9, 9)
    else:
        where, angle = ("beside_grid" if spec.style.layout == "grid" else "beside"), rng.uniform(-4, 4)
    x, y = STAMP_SLOTS[where][slot]
    x, y = x + rng.uniform(-4, 4), y + rng.uniform(-4, 4)
    date = stamp_date(spec.stamp_date)
    ops: tuple[Text | Line | Box, ...]
    if kind == "received":
        ops = (Box(0, 0, 92, 44, line=2.0, color=color, radius=5),
               Text(9, 27, "RECEIVED", "Helvetica-Bold", 13, color),
               Text(14, 14, date, "Helvetica-Bold", 9, color),
               Text(6, 4, rng.choice(vocab.CLINICS), "Helvetica", 4.5, color))
    else:
        ops = (Box(0, 0, 92, 22, line=1.5, color=color), Text(6, 7, date, "Courier-Bold", 11, color))
    return Group(x, y, angle, ops)


def compose(spec: LetterSpec, rng: random.Random) -> list[Page]:
    first = Page()
    ops, y = header.build(spec)
    first.ops += ops
    flow = Flow(spec, first, y)
    for block in body(spec, rng):
        flow.block(block)
    _signature(flow, spec, rng)
    pages = flow.pages
    attachments = list(spec.style.attachments)
    if len(pages) < MIN_PAGES and not spec.style.compact and not attachments:
        attachments = ["publication"]
    for kind in attachments[: max(0, MAX_PAGES - len(pages))]:
        pages.append(_attachment_page(spec, kind, rng))
    for number, page in enumerate(pages, start=1):
        page.ops.append(Line(LEFT, 48, RIGHT, 48, 0.4))
        page.ops.append(Text(LEFT, 38, spec.style.footer, spec.style.font, 8))
        label = f"Page {number} of {len(pages)}" if rng.random() < 0.5 or number == 1 else f"{number}"
        page.ops.append(Text(RIGHT - width(label, spec.style.font, 8), 38, label, spec.style.font, 8))
        if spec.profile == "fax":  # the sending machine's transmission line, with its own date
            line = (f"{stamp_date(spec.stamp_date)}  {10 + spec.index % 7:02d}:{spec.index * 7 % 60:02d}  "
                    f"FROM: {spec.phone_text(spec.contact.phone[:3] + '5550142')}   TO: CLINIC INTAKE   "
                    f"P.{number:03d}/{len(pages):03d}")
            page.ops.append(Text(LEFT - 30, 780, line, "Courier", 7.5))
    if spec.profile in SCANNED:
        for slot, kind in enumerate(spec.style.stamps):
            first.ops.append(_stamp(spec, kind, rng, slot))
    return pages
