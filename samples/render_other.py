"""Letters the tool must NOT take for a Letter 4390: a CP14 balance-due notice and a blank page."""

from __future__ import annotations

import datetime as dt
import random
from pathlib import Path

from samples.formats import format_date, format_tin
from samples.letter_spec import LetterSpec
from samples.render_letter import PAGE_W, Page, RenderInfo, Run, draw_pages

CP14_LINES: tuple[str, ...] = (
    "We changed your {year} Form 1040 to correct a miscalculation, and you now owe tax. Please pay the",
    "amount due by {due} to avoid additional penalty and interest charges. If you already paid",
    "your balance in full within the past 21 days or made payment arrangements, please disregard this",
    "notice.",
    "",
    "What you need to do immediately",
    "Pay the amount due of ${amount} by {due}. If you can't pay the amount due, pay as much as you",
    "can now and make payment arrangements that allow you to pay off the rest over time.",
    "",
    "Billing Summary",
    "Amount you owed                                    ${owed}",
    "Failure-to-pay penalty                             ${penalty}",
    "Interest charges                                   ${interest}",
    "Amount due by {due}                         ${amount}",
    "",
    "If you don't pay the amount due or call us to make payment arrangements, we may file a Notice of",
    "Federal Tax Lien. Visit www.irs.gov/payments or call us at 800-829-0922 for help.",
)


def _cp14(spec: LetterSpec) -> Page:
    rng = random.Random(spec.seed + 14)
    page = Page()
    y = 740.0
    for text, font, size in (
        ("Department of the Treasury", "Helvetica-Bold", 9),
        ("Internal Revenue Service", "Helvetica-Bold", 9),
        ("Kansas City, MO 64999-0010", "Helvetica", 9),
    ):
        page.runs.append(Run(54, y, text, font, size))
        y -= 12
    right = [
        ("Notice", "CP14"),
        ("Tax year", str(spec.tax_periods[-1].year)),
        ("Notice date", format_date(spec.letter_date, "long")),
        ("Social Security number", format_tin(spec.tin_digits, "ssn", True)),
        ("To contact us", "800-829-0922"),
        ("Page 1 of 3", ""),
    ]
    ry = 740.0
    for label, value in right:
        page.runs.append(Run(360, ry, label, "Helvetica", 9))
        page.runs.append(Run(480, ry, value, "Helvetica-Bold", 9))
        ry -= 12
    y = 640.0
    for line in (spec.taxpayer_name, *spec.taxpayer_address):
        page.runs.append(Run(72, y, line, "Helvetica", 10))
        y -= 12.5
    y -= 24
    page.runs.append(
        Run(
            72,
            y,
            "Amount due: $" + f"{rng.randrange(400, 9000):,}.{rng.randrange(100):02d}",
            "Helvetica-Bold",
            16,
        )
    )
    y -= 30
    due = spec.letter_date + dt.timedelta(days=21)
    owed = rng.randrange(400, 8000)
    penalty, interest = rng.randrange(10, 300), rng.randrange(5, 200)
    values = {
        "year": str(spec.tax_periods[-1].year),
        "due": format_date(due, "long"),
        "owed": f"{owed:,}.00",
        "penalty": f"{penalty:,}.00",
        "interest": f"{interest:,}.00",
        "amount": f"{owed + penalty + interest:,}.00",
    }
    for line in CP14_LINES:
        bold = line in ("What you need to do immediately", "Billing Summary")
        page.runs.append(Run(72, y, line.format(**values), "Helvetica-Bold" if bold else "Helvetica", 9.5))
        y -= 13
    page.runs.append(Run(54, 40, "Notice CP14", "Helvetica", 8))
    page.runs.append(
        Run(PAGE_W / 2 - 30, 40, "Notice date " + format_date(spec.letter_date, "long"), "Helvetica", 8)
    )
    return page


def render_other(spec: LetterSpec, path: Path) -> RenderInfo:
    pages = [Page()] if spec.letter_type == "blank" else [_cp14(spec)]
    draw_pages(pages, path, title="Notice")
    return RenderInfo(pages=1, key_pages=())
