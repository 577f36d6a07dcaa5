"""Independent letters 98-107: who the letter is addressed to, where the determination is written, and copies
made with a phone or a screen. The representative's copy from a clinic's mail (the window address a clinic
attorney "c/o" the clinic, or a firm with "ATTN", the taxpayer named only on an "In re:" line in mixed case or
in a "Taxpayer name" cell, "cc:" lines naming the taxpayer and the representative, the representative's part
in the conference told in the body); joint filers named together in the window ("EMMANUEL T & PRISCILLA A
OKONJO") on a letter to one of them, and a taxpayer ID line holding both spouses' masked numbers; header
labels in capitals with dotted leaders and no colons, and a ruled grid of two label/value pairs a row; the
determination only in an "Attachment to Letter 4390 - Summary of Determination and Discussion" set out as a
Form 886-A (boxed heading, "Form 886-A (Rev. 4-68)" footer) with the letter saying only "see the enclosed
summary", and a one-line summary on the letter with the detail in a long attachment ("Letter 4390
Attachment" footer) whose legal background names outcomes and sections that were not decided; the outcome
in Appeals' own words ("The proposed levy action is appropriate / not appropriate", "the filing of the NFTL
was appropriate and will remain in place", "the levy is withdrawn", "entitled to relief under IRC 6015(b)
for tax year 2021 but not for 2022", "innocent spouse relief is denied in full"); other dates in the body (a
lien filed, a hearing held, documents to send "by March 31, 2025", a first payment due) under a "Notice
date:" and a "Date of this letter:" label; and a lien the letter says is not part of the hearing. Copies:
motion blur, defocus, heavy JPEG (quality 15), a dim photo with sensor noise, a glare spot and a thumb over a
corner (damage.py); a screenshot of the letter open in a browser's PDF viewer at 70% on a 2x display, with
its toolbar, page thumbnails, scroll bar and the taskbar's clock (a later date), saved as PNG with no
resolution (hygiene.py); and something clinic intake gets every week that no earlier batch has: a client's
e-mail printed from the clinic's webmail, page 1 the message (a later date, the client's cell phone, the
attachments' names) and the letter's pages as the client's phone photos printed in colour after it, with the
browser's print header and footer on every page, so every page has a text layer and the letter itself has
none (assembly.py). Each truth is what the letter prints, written out by hand; the deadlines are counted by
make.py from the date.
"""

from __future__ import annotations

from collections.abc import Sequence

import wording as w
from layout import (
    MARGIN,
    PAGE_W,
    Fonts,
    Pair,
    Pen,
    office_block,
    pairs_in_rows,
    pairs_right_inline,
    pairs_stacked,
    pairs_tab_stop,
)
from letters_fax_covers_enclosures import BALANCED, CDP_LAW, LIEN_INFO, VERIFIED
from letters_label_spellings_and_525 import pairs_right_aligned
from reportlab.pdfgen.canvas import Canvas
from spec import APPEALS, Letter, salute

PETITION_BOTH = (
    "You may ask the United States Tax Court to review this determination. To obtain a review of our "
    "determination on the collection action, you must file your petition within 30 days from the date of "
    "this letter. To obtain a review of our determination on your request for innocent spouse relief, you "
    "must file your petition within 90 days from the date of this letter."
)
PETITION_30_COURT = (
    "If you want to dispute the determination on the lien or the levy in court, you must file a petition "
    "with the United States Tax Court within 30 days from the date of this letter."
)
PETITION_90_COURT = (
    "If you want the Tax Court to review our determination on your request for relief from joint and "
    "several liability under IRC Section 6015, you must file your petition within 90 days from the date of "
    "this letter."
)
NO_EXTENSION = (
    "The Tax Court cannot consider a petition filed after these periods end, and the periods cannot be "
    "extended. Calling us, writing to us or asking for reconsideration does not stop them from running."
)
SIGNED = ("Sincerely,", "", "", "Appeals Team Manager", "Independent Office of Appeals")


def pairs_dotted(pen: Pen, pairs: Sequence[Pair], *, x: float, value_x: float, top: float) -> float:
    """Labels in capitals without colons, run out to their values by a row of dots (leaders)."""
    for label, values in pairs:
        room = value_x - 6 - x - pen.width(f"{label} ")
        pen.text(x, top, f"{label} {'.' * max(3, int(room / pen.width('.')))}")
        top = pen.lines(value_x, top, values)
    return top


def grid_two_a_row(pen: Pen, rows: Sequence[Sequence[Pair]], *, x0: float, x1: float, top: float,
                   label_width: float) -> float:
    """A ruled grid of two label/value pairs a row (label | value | label | value), every cell boxed."""
    pad, leading = 4.0, pen.fonts.leading
    half = (x1 - x0) / 2
    for row in rows:
        height = leading * max(len(values) for _, values in row) + pad + 2
        for column, (label, values) in enumerate(row):
            left = x0 + column * half
            pen.box(left, top, left + label_width, top + height)
            pen.box(left + label_width, top, left + half, top + height)
            pen.text(left + pad, top + leading - 1, label, bold=True)
            pen.lines(left + label_width + pad, top + leading - 1, values)
        top += height
    return top + leading


def form_886a_heading(pen: Pen, taxpayer: Sequence[str], *, top: float) -> float:
    """The boxed heading of a Form 886-A, Explanation of Items: the form's row, then Name of Taxpayer, Tax
    Identification Number and Year/Period Ended with their values under them. Returns its bottom."""
    leading, size = pen.fonts.leading, pen.fonts.size
    splits = ((MARGIN, MARGIN + 100, MARGIN + 352, PAGE_W - MARGIN),
              (MARGIN, MARGIN + 196, MARGIN + 352, PAGE_W - MARGIN))
    rows = (("Form 886-A", "Department of the Treasury - Internal Revenue Service",
             "Schedule No. or Exhibit"),
            ("(Rev. 4-68)", "EXPLANATION OF ITEMS", "Attachment"),
            ("Name of Taxpayer", "Tax Identification Number", "Year/Period Ended"), tuple(taxpayer))
    for number, edges in zip((0, 2), splits, strict=True):
        bottom = top + 2 * leading + 6
        for column in range(3):
            pen.box(edges[column], top, edges[column + 1], bottom)
            pen.text(edges[column] + 4, top + leading - 1, rows[number][column], bold=True, size=size - 1)
            pen.text(edges[column] + 4, top + 2 * leading - 1, rows[number + 1][column],
                     bold=number == 0 and column == 1)
        top = bottom
    return top + leading


# --- 98: the representative's copy: the window holds "CARMELITA V OGUNDIPE-REYES ESQ / C/O RIVERBEND LOW
# --- INCOME TAXPAYER CLINIC", the taxpayer named only on an "In re: Mirela D. Kovacevic, SSN XXX-XX-6620"
# --- line (mixed case) and in the greeting; the representative's part in the conference told in the body;
# --- "cc:" lines at the end naming both. The lien kept and the levy dropped for an installment agreement;
# --- 6015(b) refused, 6015(f) granted for 2021 only. Day 90 is Sunday March 16, 2025 (rolls to Monday).
# --- Also a phone photo with motion blur -------------------------------------------------------------------
def _header_98(pen: Pen) -> float:
    office_block(pen, (*APPEALS, "600 Dr. Martin Luther King Jr. Place, Room 622", "Louisville, KY 40202"))
    pairs_tab_stop(pen, (
        ("Date:", ["December 16, 2024"]),
        ("Person to Contact:", ["Thaddeus J. Barrowclough"]),
        ("Employee ID:", ["1000632918"]),
        ("Direct Telephone:", ["(502) 912-5561"]),
        ("Facsimile:", ["(855) 410-7793"]),
        ("Hours:", ["7:30 a.m. - 4:00 p.m. ET"]),
        ("Tax Periods:", ["12/31/2021, 12/31/2022"]),
        ("Form:", ["1040"]),
    ), x=318, value_x=412, top=54)
    pen.text(MARGIN, 160, "CERTIFIED MAIL", bold=True)
    pen.lines(MARGIN, 182, ("CARMELITA V OGUNDIPE-REYES ESQ", "C/O RIVERBEND LOW INCOME TAXPAYER CLINIC",
                            "2301 S 3RD ST", "LOUISVILLE KY 40208-1845"))
    pen.text(MARGIN, 252, "In re:", bold=True)
    pen.text(MARGIN + 36, 252, "Mirela D. Kovacevic, SSN XXX-XX-6620")
    return salute(pen, 276, "Dear Ms. Kovacevic:")


LETTER_98 = Letter(
    name="ind98-4390-repcopy", letter_type="4390", header=_header_98, footer="Letter 4390 (Rev. 11-2019)",
    continuation="Mirela D. Kovacevic   XXX-XX-6620",
    body=(
        "We have completed the Collection Due Process (CDP) hearing you requested under IRC Sections 6320 "
        "and 6330 about the Notice of Federal Tax Lien and the notice of intent to levy for the tax periods "
        "shown above, and our review of the Form 8857, Request for Innocent Spouse Relief, that you attached "
        "to your Form 12153. This letter is our Notice of Determination. We are sending a copy to your "
        "authorized representative under the Form 2848 on file.",
        "**Your hearing",
        "Your representative, Carmelita V. Ogundipe-Reyes of the Riverbend Low Income Taxpayer Clinic, took "
        "part in the telephone conference on October 8, 2024, and sent your Form 433-A and bank statements "
        "on October 29, 2024. " + VERIFIED,
        "**Relief from joint and several liability",
        "You asked for relief under IRC Section 6015(b) from the 2022 understatement and for equitable "
        "relief under IRC Section 6015(f) for both years. The 2022 understatement comes from a retirement "
        "distribution paid into the joint checking account you managed, so you had reason to know of it and "
        "relief under section 6015(b) is not available; for the same reason equitable relief for 2022 is "
        "denied. The 2021 balance is tax shown on the return that your former husband said he would pay from "
        "his severance pay. You did not know he had not paid it, you did not benefit from the unpaid tax, "
        "and paying it would leave you unable to meet your basic living expenses, so we grant equitable "
        "relief for 2021. Your request is granted in part.",
        "**Collection alternative",
        "With your representative's help you proposed an installment agreement of $185 a month for the 2022 "
        "balance that remains yours. Your financial information supports that amount, and the agreement was "
        "approved on November 21, 2024.",
        "**Determination",
        "The filing of the Notice of Federal Tax Lien is sustained; the lien will stay in place until the "
        "2022 balance is paid. The proposed levy is not sustained, because you are paying under the "
        "installment agreement. " + BALANCED,
        PETITION_BOTH, NO_EXTENSION, w.COURT, "**About the lien", LIEN_INFO, w.ADVOCATE,
        "If you have questions about this letter, you or your representative may call me at the telephone "
        "number shown above.",
        *SIGNED, "",
        "cc:  Mirela D. Kovacevic",
        "Carmelita V. Ogundipe-Reyes, Esq., Riverbend Low Income Taxpayer Clinic (Form 2848)",
    ),
    fields={
        "letter_date": "2024-12-16", "contact_name": "Thaddeus J. Barrowclough",
        "contact_employee_id": "1000632918", "contact_phone": "5029125561", "contact_fax": "8554107793",
        "contact_hours": "7:30 a.m. - 4:00 p.m. ET", "taxpayer_name": "Mirela D. Kovacevic",
        "taxpayer_id": "XXX-XX-6620", "tax_periods": ["2021-12-31", "2022-12-31"], "tax_form": "1040",
    },
    collection={"actions": ["lien", "levy"], "outcome": "partially_sustained",
                "alternatives": ["installment_agreement"]},
    innocent_spouse={"outcome": "partial_relief", "sections": ["6015(b)", "6015(f)"]},
)


# --- 99: one page to one spouse with both joint filers named together in the window ("EMMANUEL T & PRISCILLA
# --- A OKONJO") and "Dear Mrs. Okonjo:"; her husband named in the body, who asked for nothing. Stacked
# --- lower-case labels at right ("Contact person ID number:", "Tax years: 2019 and 2020"). The levy upheld
# --- after currently not collectible status was refused; equitable relief refused. Day 30 is Sunday March
# --- 16, 2025 (rolls to Monday). Also saved as a JPEG at quality 15 ----------------------------------------
def _header_99(pen: Pen) -> float:
    office_block(pen, (*APPEALS, "400 N. 8th Street, Room 916", "Richmond, VA 23219"))
    pairs_stacked(pen, (
        ("Date:", ["February 14, 2025"]),
        ("Contact person:", ["Ottavia M. Rennick"]),
        ("Contact person ID number:", ["1000487325"]),
        ("Contact telephone number:", ["804-916-3340"]),
        ("Contact fax number:", ["855-299-6107"]),
        ("Taxpayer identification number:", ["XXX-XX-5517"]),
        ("Tax years:", ["2019 and 2020"]),
        ("Tax form:", ["1040"]),
    ), x=372, top=50, indent=10)
    pen.text(MARGIN, 150, "CERTIFIED MAIL", bold=True)
    pen.lines(MARGIN, 172, ("EMMANUEL T & PRISCILLA A OKONJO", "3318 W GRACE ST", "RICHMOND VA 23221-1204"))
    return salute(pen, 300, "Dear Mrs. Okonjo:")


LETTER_99 = Letter(
    name="ind99-4390-jointname", letter_type="4390", header=_header_99, footer="Letter 4390 (Rev. 04-2023)",
    fonts=Fonts("Helvetica", "Helvetica-Bold", 9),
    body=(
        "We have completed the Collection Due Process hearing you requested after the IRS sent you a notice "
        "of intent to levy for 2019 and 2020, and our review of your request for relief from joint and "
        "several liability for the tax on the joint returns you filed with your husband, Emmanuel T. Okonjo, "
        "for those years. Your husband did not ask for a hearing; this determination is about your requests.",
        "You asked that your account be placed in currently not collectible status. Your household's monthly "
        "income of $7,140 exceeds its allowable expenses of $5,880, so you are able to make payments, and "
        "the account does not qualify. You did not propose an installment agreement when we invited you to. "
        "The proposed levy is sustained. " + BALANCED,
        "You asked for equitable relief under IRC Section 6015(f) from the tax shown on the 2019 and 2020 "
        "returns that was not paid. You still live with your husband, you signed both returns knowing the "
        "tax was not paid with them, and the money went to household expenses that benefited you both. "
        "Taking all the facts and circumstances into account, it is not inequitable to hold you liable, and "
        "your request for equitable relief is denied.",
        PETITION_30_COURT, PETITION_90_COURT, NO_EXTENSION, w.COURT, w.QUESTIONS, *w.SIGNATURE,
    ),
    fields={
        "letter_date": "2025-02-14", "contact_name": "Ottavia M. Rennick",
        "contact_employee_id": "1000487325",
        "contact_phone": "8049163340", "contact_fax": "8552996107",
        "taxpayer_name": "EMMANUEL T & PRISCILLA A OKONJO", "taxpayer_id": "XXX-XX-5517",
        "tax_periods": ["2019-12-31", "2020-12-31"], "tax_form": "1040",
    },
    collection={"actions": ["levy"], "outcome": "sustained", "alternatives": ["currently_not_collectible"]},
    innocent_spouse={"outcome": "denied", "sections": ["6015(f)"]},
)


# --- 100: "Notice date: January 27, 2025" at right and "Taxpayer ID Numbers: XXX-XX-4471, XXX-XX-0386" (hers,
# --- then her husband's; the body says whose is whose); a body full of other dates: the levy notice of May
# --- 20, 2024, the lien filed June 3, 2024, the hearing on November 14, 2024, an offer sent December 2,
# --- 2024, estimated tax due April 15, 2025. Both actions upheld after the offer was rejected; 6015(b) and
# --- (c) refused. Day 90 is Sunday April 27, 2025 (rolls to Monday). Also a dim phone photo with noise -----
def _header_100(pen: Pen) -> float:
    office_block(pen, (*APPEALS, "380 Jackson Street, Suite 700", "St. Paul, MN 55101"))
    pairs_right_inline(pen, (
        ("Notice date:", ["January 27, 2025"]),
        ("Contact person:", ["Anneliese K. Obuya"]),
        ("Employee ID:", ["1000915372"]),
        ("Phone:", ["651-400-2238"]),
        ("Fax:", ["855-566-2710"]),
        ("Taxpayer ID Numbers:", ["XXX-XX-4471, XXX-XX-0386"]),
        ("Tax periods:", ["12/31/2020, 12/31/2021"]),
        ("Form:", ["1040"]),
    ), x=310, top=54)
    pen.lines(MARGIN, 168, ("LEONIE S HARTWELL", "2291 MINNEHAHA AVE E", "ST PAUL MN 55119"))
    return salute(pen, 236, "Dear Ms. Hartwell:")


LETTER_100 = Letter(
    name="ind100-4390-twotins", letter_type="4390", header=_header_100, footer="Letter 4390 (Rev. 11-2019)",
    continuation="LEONIE S HARTWELL   XXX-XX-4471",
    body=(
        "This letter is our Notice of Determination on the Collection Due Process hearing you requested and "
        "on your request for relief from joint and several liability. The liabilities are on the joint "
        "returns for 2020 and 2021 filed under your Social Security number, ending in 4471, and your "
        "husband's, ending in 0386. Raymond P. Hartwell did not request a hearing, and this letter does not "
        "decide anything for him.",
        "**What happened",
        "The IRS issued a notice of intent to levy on May 20, 2024, and filed a Notice of Federal Tax Lien "
        "with the Ramsey County Recorder on June 3, 2024. We received your Form 12153 on June 28, 2024, with "
        "your Form 8857. Your hearing was held by telephone on November 14, 2024. On December 2, 2024 you "
        "sent an offer in compromise of $6,000.",
        "**Verification",
        VERIFIED,
        "**Your offer in compromise",
        "Your equity in the house on Minnehaha Avenue and your monthly income exceed your allowable expenses "
        "by enough that you can pay the full balance of $18,442 within the time the law allows for "
        "collection. An offer for less than that amount cannot be accepted, and the offer was rejected on "
        "January 9, 2025.",
        "**Relief from joint and several liability",
        "You asked for relief under IRC Section 6015(b) and elected to allocate the deficiencies under IRC "
        "Section 6015(c). The deficiencies come from your husband's consulting income, which was deposited "
        "in your joint account and which you used to pay household bills, so you had reason to know of it, "
        "and relief under section 6015(b) is denied. You and your husband are married and have lived "
        "together throughout, so you cannot make the election under section 6015(c). Your request is denied.",
        "**Determination",
        "The filing of the Notice of Federal Tax Lien is sustained, and the proposed levy is sustained. "
        + BALANCED,
        "Your 2025 estimated tax payment for the first quarter is due April 15, 2025. Making your estimated "
        "payments on time will keep a new balance from being added to your account.",
        w.PETITION_30_NEW, w.PETITION_90, w.LATE, w.COURT, w.QUESTIONS, *w.SIGNATURE,
    ),
    fields={
        "letter_date": "2025-01-27", "contact_name": "Anneliese K. Obuya",
        "contact_employee_id": "1000915372",
        "contact_phone": "6514002238", "contact_fax": "8555662710", "taxpayer_name": "LEONIE S HARTWELL",
        "taxpayer_id": "XXX-XX-4471", "tax_periods": ["2020-12-31", "2021-12-31"], "tax_form": "1040",
    },
    collection={"actions": ["lien", "levy"], "outcome": "sustained", "alternatives": ["offer_in_compromise"]},
    innocent_spouse={"outcome": "denied", "sections": ["6015(b)", "6015(c)"]},
)


# --- 101: one page with the header in capitals and dotted leaders, no colons ("DATE ..... MARCH 3, 2025",
# --- "PERSON TO CONTACT ..... FENELLA R. AKINWANDE", "TAX PERIOD(S) ENDED ..... DECEMBER 31, 2021"). Lien
# --- only; full equitable relief, so the lien is not sustained and will be withdrawn. Day 90 is Sunday June
# --- 1, 2025 (rolls to Monday). Also a screenshot of a browser's PDF viewer showing it at 70%, the page's
# --- foot behind the taskbar, whose clock says 3/11/2025 ---------------------------------------------------
def _header_101(pen: Pen) -> float:
    office_block(pen, (*APPEALS, "5333 Getwell Road, Stop 8000-MEM", "Memphis, TN 38118"))
    pairs_dotted(pen, (
        ("DATE", ["MARCH 3, 2025"]),
        ("PERSON TO CONTACT", ["FENELLA R. AKINWANDE"]),
        ("CONTACT ID NUMBER", ["1000571186"]),
        ("CONTACT TELEPHONE", ["(901) 546-3270"]),
        ("CONTACT FAX", ["(855) 208-6614"]),
        ("TAXPAYER ID NUMBER", ["XXX-XX-3084"]),
        ("TAX PERIOD(S) ENDED", ["DECEMBER 31, 2021"]),
        ("FORM NUMBER", ["1040"]),
    ), x=290, value_x=410, top=54)
    pen.lines(MARGIN, 170, ("CLEMENTINE A OYAWALE-HUGHES", "4780 RALEIGH LAGRANGE RD", "MEMPHIS TN 38128"))
    return salute(pen, 232, "Dear Ms. Oyawale-Hughes:")


LETTER_101 = Letter(
    name="ind101-4390-leaders", letter_type="4390", header=_header_101, footer="Letter 4390 (Rev. 04-2023)",
    fonts=Fonts("Helvetica", "Helvetica-Bold", 9.5),
    body=(
        "We have completed the Collection Due Process hearing you requested after the Notice of Federal Tax "
        "Lien was filed for 2021, and our review of your request for relief from joint and several liability "
        "for that year. Your conference was held by telephone on January 15, 2025.",
        "**Relief from joint and several liability",
        "The 2021 balance is tax shown on the joint return you filed with your former husband that was not "
        "paid. You left the marriage in 2022 after abuse that is documented in a protective order, he kept "
        "control of the household's accounts, and he told you the tax had been paid. Taking all the facts "
        "and circumstances into account, it would be inequitable to hold you liable, and we grant you full "
        "equitable relief under IRC Section 6015(f).",
        "**Notice of Federal Tax Lien",
        "Because you no longer owe the 2021 balance, the filing of the Notice of Federal Tax Lien is not "
        "sustained as to you. Appeals will direct the Collection function to withdraw the notice, and you "
        "will receive Form 10916(c), Notice of Withdrawal of Filed Form 668(Y), by mail. You did not propose "
        "a collection alternative, and none was needed.",
        PETITION_30_COURT, PETITION_90_COURT, w.LATE, w.COURT, w.QUESTIONS, *w.SIGNATURE,
    ),
    fields={
        "letter_date": "2025-03-03", "contact_name": "FENELLA R. AKINWANDE",
        "contact_employee_id": "1000571186", "contact_phone": "9015463270", "contact_fax": "8552086614",
        "taxpayer_name": "CLEMENTINE A OYAWALE-HUGHES",
        "taxpayer_id": "XXX-XX-3084", "tax_periods": ["2021-12-31"], "tax_form": "1040",
    },
    collection={"actions": ["lien"], "outcome": "not_sustained", "alternatives": []},
    innocent_spouse={"outcome": "full_relief", "sections": ["6015(f)"]},
)


# --- 102: a firm's copy: the window holds "DEMIRCI & HOLLOWAY TAX LAW PLLC / ATTN ANDRES F VILLALOBOS EA",
# --- and the taxpayer is named only in a "Taxpayer name" cell of a ruled grid with two label/value pairs a
# --- row (Date | ... | Person to contact | ...). One page; the levy not sustained for currently not
# --- collectible status; allocation under 6015(c) in part. Day 30 is Sunday October 20, 2024 (rolls to
# --- Monday). Also a phone photo with a light's glare over the closing paragraphs --------------------------
def _header_102(pen: Pen) -> float:
    office_block(pen, (*APPEALS, "1220 SW Third Avenue, Stop O-406", "Portland, OR 97204"))
    pen.text(MARGIN, 128, "REPRESENTATIVE COPY", bold=True)
    pen.lines(MARGIN, 146, ("DEMIRCI & HOLLOWAY TAX LAW PLLC", "ATTN ANDRES F VILLALOBOS EA",
                            "1120 NW COUCH ST STE 410", "PORTLAND OR 97209-4128"))
    bottom = grid_two_a_row(pen, (
        (("Date", ["September 20, 2024"]), ("Person to contact", ["Rutger H. Castellanos-Whyte"])),
        (("Employee ID", ["1000264417"]), ("Telephone", ["503-265-3319"])),
        (("Fax", ["855-847-0932"]), ("Hours", ["8 a.m. - 4:30 p.m. PT"])),
        (("Taxpayer name", ["SIOBHAN A MWANGI-PETERSEN"]), ("Taxpayer ID", ["XXX-XX-8140"])),
        (("Tax period", ["12/31/2022"]), ("Form", ["1040"])),
    ), x0=MARGIN, x1=PAGE_W - MARGIN, top=214, label_width=84)
    return salute(pen, bottom, "Dear Ms. Mwangi-Petersen:")


LETTER_102 = Letter(
    name="ind102-4390-firmgrid", letter_type="4390", header=_header_102, footer="Letter 4390 (Rev. 11-2019)",
    fonts=Fonts("Helvetica", "Helvetica-Bold", 9),
    body=(
        "We have completed the Collection Due Process hearing you requested about the notice of intent to "
        "levy for 2022, and our review of your election to allocate the 2022 deficiency under IRC Section "
        "6015(c). Your representative, Andres F. Villalobos, attended the conference with you on August 6, "
        "2024.",
        "You and your former husband were divorced on March 14, 2023. The 2022 deficiency of $9,310 comes "
        "from his unreported gambling winnings ($6,870 of tax, which is allocated to him) and from a "
        "distribution from your own retirement account ($2,440 of tax, which stays yours). Your election is "
        "granted in part.",
        "You asked that the $2,440 that remains yours be placed in currently not collectible status. Your "
        "Form 433-A shows that your income does not cover your basic living expenses, and we have asked the "
        "Collection function to place the account in that status. The proposed levy is not sustained.",
        PETITION_30_COURT, PETITION_90_COURT, w.LATE, w.COURT,
        "A copy of this letter has been sent to the taxpayer.", w.QUESTIONS, *w.SIGNATURE,
    ),
    fields={
        "letter_date": "2024-09-20", "contact_name": "Rutger H. Castellanos-Whyte",
        "contact_employee_id": "1000264417", "contact_phone": "5032653319", "contact_fax": "8558470932",
        "contact_hours": "8 a.m. - 4:30 p.m. PT", "taxpayer_name": "SIOBHAN A MWANGI-PETERSEN",
        "taxpayer_id": "XXX-XX-8140", "tax_periods": ["2022-12-31"], "tax_form": "1040",
    },
    collection={"actions": ["levy"], "outcome": "not_sustained",
                "alternatives": ["currently_not_collectible"]},
    innocent_spouse={"outcome": "partial_relief", "sections": ["6015(c)"]},
)


# --- 103: the letter on page 1 says only "Please see the enclosed Summary of Determination and Discussion";
# --- the determination is in "Attachment to Letter 4390 - Summary of Determination and Discussion" set out
# --- as a Form 886-A (a boxed "Explanation of Items" heading with "Name of Taxpayer", "Tax Identification
# --- Number", "Year/Period Ended"; footer "Form 886-A (Rev. 4-68)"). Form rows on page 1. Both actions upheld
# --- after an installment agreement was refused; (b), (c) and (f) refused. Day 30 is Saturday November 9,
# --- 2024, and Monday is Veterans Day (rolls to Tuesday November 12). Also a phone photo with a thumb over
# --- the lower left corner ---------------------------------------------------------------------------------
def _header_103(pen: Pen) -> float:
    office_block(pen, (*APPEALS, "615 E. Houston Street, Stop 1000-SAT", "San Antonio, TX 78205"))
    bottom = pairs_in_rows(pen, (
        (("Date:", ["October 10, 2024"]), ("Person to Contact:", ["Percival Ndiaye"]),
         ("Employee ID Number:", ["1000338815"])),
        (("Telephone Number:", ["210-841-2256"]), ("Fax Number:", ["855-793-4410"]),
         ("Hours:", ["Mon-Fri 8:00 a.m. - 4:30 p.m. CT"])),
        (("Taxpayer ID Number:", ["XXX-XX-9052"]), ("Tax Periods Ended:", ["12/31/2019, 12/31/2020"]),
         ("Tax Form:", ["1040"])),
    ), x0=MARGIN, x1=PAGE_W - MARGIN, top=122)
    pen.lines(MARGIN, bottom + 6, ("MARISOL E QUINTANILLA-BOATENG", "9014 BRAUN RD APT 217",
                                   "SAN ANTONIO TX 78254"))
    salute(pen, bottom + 62, "Dear Ms. Quintanilla-Boateng:")
    for paragraph in (
        "We have completed the Collection Due Process hearing you requested under IRC Sections 6320 and 6330 "
        "about the Notice of Federal Tax Lien and the notice of intent to levy for the tax periods shown "
        "above, and we have considered your request for relief from joint and several liability under IRC "
        "Section 6015 for the same periods.",
        "Please see the enclosed Summary of Determination and Discussion. It explains our determination and "
        "the facts and law on which it is based, and it is part of this letter.",
        PETITION_BOTH, w.COURT, w.QUESTIONS, *w.SIGNATURE, "",
        "Enclosure: Attachment - Summary of Determination and Discussion",
    ):
        pen.paragraph(paragraph)
    pen.continuation = ""
    pen.new_page()
    pen.footer = "Form 886-A (Rev. 4-68)        Department of the Treasury - Internal Revenue Service"
    pen.continuation = ("Form 886-A  Explanation of Items (continued)   MARISOL E QUINTANILLA-BOATENG   "
                        "XXX-XX-9052")
    bottom = form_886a_heading(pen, ("MARISOL E QUINTANILLA-BOATENG", "XXX-XX-9052", "2019, 2020"), top=46)
    pen.y = bottom + 4
    pen.paragraph("Attachment to Letter 4390 - Summary of Determination and Discussion", bold=True)
    return pen.y


LETTER_103 = Letter(
    name="ind103-4390-form886a", letter_type="4390", header=_header_103, footer="Letter 4390 (Rev. 11-2019)",
    fonts=Fonts("Times-Roman", "Times-Bold", 10.5),
    body=(
        "**Summary of Determination",
        "Appeals sustains the filing of the Notice of Federal Tax Lien and the proposed levy for 2019 and "
        "2020. The taxpayer's request for relief from joint and several liability under IRC Sections "
        "6015(b), 6015(c) and 6015(f) is denied.",
        "**Background",
        "The taxpayer and her husband filed joint returns for 2019 and 2020. The IRS examined both returns "
        "and assessed additional tax on February 13, 2023 for income from a food truck business that was not "
        "reported. A notice of intent to levy was issued on January 22, 2024, and a Notice of Federal Tax "
        "Lien was filed on February 5, 2024. The taxpayer's Form 12153 was received on February 26, 2024, "
        "with a Form 8857 attached. A telephone conference was held on July 17, 2024.",
        "**Discussion and Analysis",
        "Verification of legal and procedural requirements. The Settlement Officer verified that the "
        "liabilities were properly assessed, that notice and demand was mailed to the taxpayer's last known "
        "address, that the Letter 3172 and the levy notice were properly issued, and that a balance was due "
        "when they were. The Settlement Officer had no prior involvement with these liabilities.",
        "Relief from joint and several liability. The taxpayer asked for relief under section 6015(b), "
        "elected allocation under section 6015(c) and asked for equitable relief under section 6015(f). The "
        "food truck business was registered in both spouses' names, the taxpayer kept its daily sales "
        "sheets, and she signed both returns knowing its income was left off. Relief under section 6015(b) "
        "requires that the requesting spouse did not know and had no reason to know of the understatement, "
        "and the taxpayer knew of it. The taxpayer and her husband are married and live together, so she is "
        "not eligible to elect allocation under section 6015(c). The taxpayer's knowledge and her share in "
        "the business's income weigh against equitable relief, and no factor favours it. Relief is denied "
        "under each section.",
        "Collection alternatives. The taxpayer proposed an installment agreement of $120 a month. At that "
        "rate the balance would not be paid before the collection statute expires, and she did not provide "
        "the financial information needed to consider a partial payment agreement, although it was asked for "
        "twice. The agreement could not be approved.",
        "Balancing of efficient collection and intrusiveness. " + BALANCED.replace("your", "the taxpayer's")
        + " The lien and the levy are appropriate.",
    ),
    fields={
        "letter_date": "2024-10-10", "contact_name": "Percival Ndiaye", "contact_employee_id": "1000338815",
        "contact_phone": "2108412256", "contact_fax": "8557934410",
        "contact_hours": "Mon-Fri 8:00 a.m. - 4:30 p.m. CT", "taxpayer_name": "MARISOL E QUINTANILLA-BOATENG",
        "taxpayer_id": "XXX-XX-9052", "tax_periods": ["2019-12-31", "2020-12-31"], "tax_form": "1040",
    },
    collection={"actions": ["lien", "levy"], "outcome": "sustained",
                "alternatives": ["installment_agreement"]},
    innocent_spouse={"outcome": "denied", "sections": ["6015(b)", "6015(c)", "6015(f)"]},
)


# --- 104: a one-line summary on the letter ("Summary: the lien stays in place, the levy will not proceed
# --- ... and you are granted equitable relief for 2019 but not for 2020") and the detail in a long
# --- attachment headed "Attachment to Letter 4390 - Summary and Recommendation", footer "Letter 4390
# --- Attachment": the law first in general terms (Appeals "may sustain or not sustain", relief under (b) and
# --- (c) "is available when ..."), verification, issues raised, the offer, the outcome once in the middle,
# --- then balancing and what follows if relief is granted or denied. Labels set flush right. Day 30 is
# --- Sunday May 18, 2025 (rolls to Monday) ------------------------------------------------------------------
def _header_104(pen: Pen) -> float:
    office_block(pen, (*APPEALS, "1240 E. Ninth Street, Room 423", "Cleveland, OH 44199"))
    pairs_right_aligned(pen, (
        ("Date:", ["April 18, 2025"]),
        ("Person to Contact:", ["Leopold M. Nakashima"]),
        ("Employee ID Number:", ["1000740629"]),
        ("Telephone Number:", ["(216) 415-3378"]),
        ("Fax Number:", ["(855) 332-1706"]),
        ("Taxpayer ID Number:", ["***-**-2748"]),
        ("Tax Year(s) Ended:", ["Dec. 31, 2019; Dec. 31, 2020"]),
        ("Tax Form:", ["1040"]),
    ), colon_x=428, top=54)
    pen.text(MARGIN, 164, "CERTIFIED MAIL", bold=True)
    pen.lines(MARGIN, 186, ("TABITHA R KOVALENKO", "14020 TRISKETT RD", "CLEVELAND OH 44111"))
    salute(pen, 252, "Dear Ms. Kovalenko:")
    for paragraph in (
        "We have completed the Collection Due Process hearing you requested about the Notice of Federal Tax "
        "Lien and the notice of intent to levy for 2019 and 2020, and our review of your request for "
        "equitable relief from joint and several liability.",
        "Summary: the lien stays in place, the levy will not proceed because we accepted your offer in "
        "compromise, and you are granted equitable relief for 2019 but not for 2020.",
        "The attached Summary and Recommendation explains the determination in detail.",
        w.PETITION_30_OLD, w.PETITION_90, w.LATE, w.COURT, w.QUESTIONS, *w.SIGNATURE, "",
        "Attachment: Summary and Recommendation (2 pages)",
    ):
        pen.paragraph(paragraph)
    pen.continuation = ""
    pen.new_page()
    pen.footer = "Letter 4390 Attachment"
    pen.continuation = "Tabitha R. Kovalenko   ***-**-2748   Summary and Recommendation"
    pen.paragraph("Attachment to Letter 4390 - Summary and Recommendation", bold=True, gap=0.3)
    pen.paragraph("Taxpayer: Tabitha R. Kovalenko     Tax years: 2019 and 2020     Settlement Officer: "
                  "Leopold M. Nakashima")
    return pen.y


LETTER_104 = Letter(
    name="ind104-4390-longattach", letter_type="4390", header=_header_104,
    footer="Letter 4390 (Rev. 04-2023)",
    body=(
        "**I. Applicable law",
        CDP_LAW + " After the hearing, Appeals may sustain or not sustain the filing of a Notice of Federal "
        "Tax Lien or a proposed levy, in whole or in part, and may accept a collection alternative in place "
        "of enforced collection.",
        "A spouse who filed a joint return may ask for relief from joint and several liability. Relief under "
        "IRC Section 6015(b) is available when there is an understatement of tax attributable to the other "
        "spouse's erroneous items and the requesting spouse did not know and had no reason to know of it. "
        "Under IRC Section 6015(c), a requesting spouse who is divorced, legally separated or living apart "
        "may elect to allocate a deficiency. Relief under IRC Section 6015(f) is available when relief is "
        "not available under either of those sections and, taking into account all the facts and "
        "circumstances, it is inequitable to hold the requesting spouse liable for an understatement or an "
        "underpayment. Revenue Procedure 2013-34 sets out the threshold conditions and the factors "
        "considered.",
        "**II. Background",
        "The taxpayer and her former husband filed joint returns for 2019 and 2020 and did not pay the tax "
        "shown on them. The IRS issued a notice of intent to levy on September 9, 2024 and filed a Notice of "
        "Federal Tax Lien on September 30, 2024. The taxpayer's Form 12153, with a Form 8857 attached, was "
        "received on October 7, 2024. The conference was held by telephone on January 28, 2025. The taxpayer "
        "submitted Form 656 on February 10, 2025.",
        "**III. Verification of legal and administrative requirements",
        "The Settlement Officer verified through transcript analysis that the liabilities were properly "
        "assessed, that notice and demand was issued to the taxpayer's last known address, that the Letter "
        "3172 was sent within five business days of the lien's filing, that the notice of intent to levy was "
        "properly issued, and that there was an unpaid balance when each was issued. The Settlement Officer "
        "had no prior involvement with these liabilities.",
        "**IV. Issues raised by the taxpayer",
        "The taxpayer asked for equitable relief for both years and, for any balance that remains hers, "
        "offered $3,200 to compromise it. She did not challenge the amounts of the liabilities and raised no "
        "other issue.",
        "**V. Relief from joint and several liability and the offer",
        "The balances are underpayments of tax shown on the returns, not understatements, so only equitable "
        "relief under section 6015(f) can be considered. The threshold conditions are met for both years. "
        "For 2019 the taxpayer had separated from her former husband before the return was filed, he "
        "prepared and filed it, and she reasonably believed he would pay the tax from the proceeds of the "
        "sale of his truck; she would suffer economic hardship if she had to pay it. For 2020 she prepared "
        "the return herself, knew the tax was not paid with it, and the unpaid tax came from her own wages, "
        "which were under-withheld. We therefore grant equitable relief under IRC Section 6015(f) for 2019 "
        "and deny relief for 2020. The offer of $3,200 for the 2020 balance equals the reasonable collection "
        "potential shown by her financial statement, and it was accepted on April 2, 2025. The Notice of "
        "Federal Tax Lien is sustained and will remain in place until the offer amount is paid; the proposed "
        "levy is not sustained.",
        "**VI. Balancing",
        "Appeals balanced the need for efficient collection of the taxes with the taxpayer's legitimate "
        "concern that any collection action be no more intrusive than necessary. A levy while an accepted "
        "offer is being paid would be more intrusive than necessary; the lien protects the government's "
        "interest until the offer is paid.",
        "**VII. Effect of the determination",
        "Where relief is granted, the IRS adjusts the requesting spouse's account and refunds any amount "
        "that the law allows; where relief is denied, the liability remains joint and several and may be "
        "collected from either spouse. A sustained levy may be carried out after the time to petition the "
        "Tax Court has passed; a lien that is not sustained is withdrawn or released. The taxpayer's former "
        "husband, Nikolai S. Kovalenko, was told of her request and may take part in any Tax Court case "
        "about it.",
        "**VIII. Recommendation",
        "It is recommended that the Notice of Determination be issued as described in section V.",
    ),
    fields={
        "letter_date": "2025-04-18", "contact_name": "Leopold M. Nakashima",
        "contact_employee_id": "1000740629",
        "contact_phone": "2164153378", "contact_fax": "8553321706", "taxpayer_name": "TABITHA R KOVALENKO",
        "taxpayer_id": "XXX-XX-2748", "tax_periods": ["2019-12-31", "2020-12-31"], "tax_form": "1040",
    },
    collection={"actions": ["lien", "levy"], "outcome": "partially_sustained",
                "alternatives": ["offer_in_compromise"]},
    innocent_spouse={"outcome": "partial_relief", "sections": ["6015(f)"]},
)


# --- 105: Appeals' own phrasing: "Appeals determined that the filing of the NFTL was appropriate and will
# --- remain in place", "The proposed levy action is appropriate", "You are entitled to relief under IRC
# --- 6015(b) for tax year 2021 but not for 2022". Times; a label block at left between the office and the
# --- address ("Contact name:", "Contact phone:", "Social Security Number:", "Tax years: 2021 2022"); no
# --- alternative proposed. Day 30 is Juneteenth 2024 (rolls to Thursday June 20), day 90 Sunday August 18
# --- (rolls to Monday). Also a phone photo out of focus ----------------------------------------------------
def _header_105(pen: Pen) -> float:
    top = office_block(pen, (*APPEALS, "801 Broadway, Stop 1000-NAS", "Nashville, TN 37203"))
    pairs_tab_stop(pen, (
        ("Date:", ["May 20, 2024"]),
        ("Contact name:", ["Demetrius K. Vantongeren"]),
        ("Contact ID:", ["1000519283"]),
        ("Contact phone:", ["615-250-5127"]),
        ("Contact fax:", ["855-470-3391"]),
        ("Social Security Number:", ["XXX-XX-1936"]),
        ("Tax years:", ["2021 2022"]),
        ("Form:", ["1040"]),
    ), x=MARGIN, value_x=MARGIN + 124, top=top + 12)
    pen.lines(MARGIN, 268, ("ROSALEEN M FAIRBANKS", "612 GALLATIN AVE APT 3", "NASHVILLE TN 37206"))
    return salute(pen, 328, "Dear Ms. Fairbanks:")


LETTER_105 = Letter(
    name="ind105-4390-appropriate", letter_type="4390", header=_header_105,
    footer="Letter 4390 (Rev. 11-2019)",
    fonts=Fonts("Times-Roman", "Times-Bold", 10.5), continuation="ROSALEEN M FAIRBANKS  XXX-XX-1936",
    body=(
        "This letter is our Notice of Determination on the Collection Due Process hearing you requested "
        "about the Notice of Federal Tax Lien and the Final Notice of Intent to Levy for 2021 and 2022, and "
        "on your request for innocent spouse relief for those years.",
        "**Innocent spouse relief",
        "Your former husband did not report $14,200 of income from his auto repair work on the 2021 joint "
        "return. You did not take part in the business, its receipts went to an account in his name, and "
        "nothing you saw when you signed the return would have told you of the income. For 2022, the "
        "unreported income is $3,900 of interest and dividends on an account you opened yourself, and the "
        "Forms 1099 came to you. You are entitled to relief under IRC 6015(b) for tax year 2021 but not for "
        "2022.",
        "**Collection",
        "The 2021 tax shown on the return but not paid, and the 2022 balance, remain yours. You did not "
        "propose a collection alternative or send the financial statement the Settlement Officer asked for. "
        "Appeals determined that the filing of the NFTL was appropriate and will remain in place. The "
        "proposed levy action is appropriate. " + BALANCED,
        "**Your right to go to court",
        PETITION_BOTH, w.LATE, w.COURT, w.ADVOCATE, w.QUESTIONS, *w.SIGNATURE,
    ),
    fields={
        "letter_date": "2024-05-20", "contact_name": "Demetrius K. Vantongeren",
        "contact_employee_id": "1000519283", "contact_phone": "6152505127", "contact_fax": "8554703391",
        "taxpayer_name": "ROSALEEN M FAIRBANKS", "taxpayer_id": "XXX-XX-1936",
        "tax_periods": ["2021-12-31", "2022-12-31"], "tax_form": "1040",
    },
    collection={"actions": ["lien", "levy"], "outcome": "sustained", "alternatives": []},
    innocent_spouse={"outcome": "partial_relief", "sections": ["6015(b)"]},
)


# --- 106: "Date of this letter: March 10, 2025" in bold labels at right; a body full of later and earlier
# --- dates ("sign and return the enclosed Form 433-D by March 31, 2025", "your first payment of $225 is due
# --- April 15, 2025", the hearing on January 22, 2025, a lien filed September 3, 2024 that is not part of
# --- this hearing); "the levy is withdrawn" for an installment agreement; "innocent spouse relief is denied
# --- in full" under (b) and (f). Day 90 is Sunday June 8, 2025 (rolls to Monday) ----------------------------
def _header_106(pen: Pen) -> float:
    office_block(pen, (*APPEALS, "31 Hopkins Plaza, Room 940", "Baltimore, MD 21201"))
    pairs_tab_stop(pen, (
        ("Date of this letter:", ["March 10, 2025"]),
        ("Person to contact:", ["Perpetua L. Hargreaves"]),
        ("Employee ID number:", ["1000826641"]),
        ("Telephone number:", ["410-962-3374"]),
        ("Fax number:", ["855-748-2219"]),
        ("Taxpayer ID number:", ["XXX-XX-7305"]),
        ("Tax period(s):", ["12/31/2021, 12/31/2022,", "12/31/2023"]),
        ("Tax form:", ["1040"]),
    ), x=300, value_x=412, top=54, bold_labels=True)
    pen.lines(MARGIN, 176, ("WINIFRED A CALLOWAY", "5408 FREDERICK AVE", "BALTIMORE MD 21229"))
    return salute(pen, 246, "Dear Ms. Calloway:")


LETTER_106 = Letter(
    name="ind106-4390-bodydates", letter_type="4390", header=_header_106, footer="Letter 4390 (Rev. 04-2023)",
    continuation="Winifred A. Calloway, XXX-XX-7305",
    body=(
        "We have completed the Collection Due Process hearing you requested after you received Letter 1058, "
        "Final Notice of Intent to Levy, dated August 12, 2024, for 2021, 2022 and 2023. We received your "
        "Form 12153 on September 6, 2024, and your hearing was held by telephone on January 22, 2025. We "
        "also considered the request for innocent spouse relief you made on your Form 12153.",
        "A Notice of Federal Tax Lien was filed for these periods on September 3, 2024. You did not ask for "
        "a hearing on the lien within the time allowed, so the lien is not part of this determination.",
        "**Innocent spouse relief",
        "You asked for relief under IRC Section 6015(b) and equitable relief under IRC Section 6015(f). The "
        "balances for 2021, 2022 and 2023 are tax shown on the joint returns that was not paid, so section "
        "6015(b), which covers only understatements, does not apply. You handled the household's finances, "
        "you knew when you signed each return that the tax would not be paid, and you are still married to "
        "and living with your husband. Your innocent spouse relief is denied in full.",
        "**Collection",
        "You proposed an installment agreement of $225 a month. Your financial information supports that "
        "amount, and we have approved it. Because you will be paying under the agreement, the levy is "
        "withdrawn. " + BALANCED,
        "**What you need to do",
        "Sign and return the enclosed Form 433-D, Installment Agreement, by March 31, 2025, in the envelope "
        "provided. Your first payment of $225 is due April 15, 2025, and each later payment is due on the "
        "15th of the month. Send your 2024 return by April 15, 2025 as well; an agreement can end if a "
        "return is not filed or a payment is missed.",
        PETITION_30_COURT, PETITION_90_COURT, NO_EXTENSION, w.COURT, w.QUESTIONS, *w.SIGNATURE, "",
        "Enclosures: Form 433-D; envelope",
    ),
    fields={
        "letter_date": "2025-03-10", "contact_name": "Perpetua L. Hargreaves",
        "contact_employee_id": "1000826641", "contact_phone": "4109623374", "contact_fax": "8557482219",
        "taxpayer_name": "WINIFRED A CALLOWAY", "taxpayer_id": "XXX-XX-7305",
        "tax_periods": ["2021-12-31", "2022-12-31", "2023-12-31"], "tax_form": "1040",
    },
    collection={"actions": ["levy"], "outcome": "not_sustained", "alternatives": ["installment_agreement"]},
    innocent_spouse={"outcome": "denied", "sections": ["6015(b)", "6015(f)"]},
)


# --- 107: the client's e-mail printed from the clinic's webmail: page 1 the message ("Tue, Apr 15, 2025 at
# --- 9:14 AM", her cell phone, "2 attachments", IMG_2231.jpeg), pages 2 and 3 her colour phone photos of the
# --- letter's two pages, every page with the browser's print header ("4/15/25, 11:02 AM") and footer (the
# --- mail URL, "1/3"). The letter: stacked labels, "The proposed levy action is not appropriate" for
# --- currently not collectible status while "The filing of the NFTL is sustained"; full relief under 6015(c)
# --- for 2022, the only year asked. Day 30 is Sunday May 4, 2025 (rolls to Monday) --------------------------
def _header_107(pen: Pen) -> float:
    office_block(pen, (*APPEALS, "4330 Watt Avenue, Stop SA-1000", "Sacramento, CA 95821"))
    pairs_stacked(pen, (
        ("Date:", ["April 4, 2025"]),
        ("Person to Contact:", ["Cosima T. Villanueva"]),
        ("Employee ID Number:", ["1000397814"]),
        ("Telephone:", ["916-974-5529"]),
        ("Fax:", ["855-651-3380"]),
        ("Hours:", ["8 a.m. to 4:30 p.m. Pacific"]),
        ("Taxpayer ID Number:", ["XXX-XX-2609"]),
        ("Tax Periods Ended:", ["12/31/2021, 12/31/2022"]),
        ("Tax Form:", ["1040"]),
    ), x=380, top=50, indent=10)
    pen.lines(MARGIN, 160, ("YESENIA CALDERON-PRYCE", "7719 FRANKLIN BLVD", "SACRAMENTO CA 95823"))
    return salute(pen, 322, "Dear Ms. Calderon-Pryce:")


LETTER_107 = Letter(
    name="ind107-4390-emailed", letter_type="4390", header=_header_107, footer="Letter 4390 (Rev. 11-2019)",
    continuation="YESENIA CALDERON-PRYCE  XXX-XX-2609",
    body=(
        "We have completed the Collection Due Process hearing you requested about the Notice of Federal Tax "
        "Lien and the notice of intent to levy for 2021 and 2022, and our review of your request for relief "
        "from joint and several liability for 2022. Your conference was held by telephone on February 25, "
        "2025.",
        "**Relief from joint and several liability",
        "You elected under IRC Section 6015(c) to allocate the 2022 deficiency. You and your former husband "
        "were divorced on June 2, 2023. The deficiency comes entirely from income he earned driving for a "
        "delivery service and did not report, and you did not know of it when you signed the return, so the "
        "whole 2022 deficiency is allocated to him. Your request for relief is granted in full. You did not "
        "ask for relief for 2021, which was a separate return.",
        "**Collection",
        "The 2021 balance remains yours. You asked that it be placed in currently not collectible status, "
        "and your financial statement shows that your income does not meet your basic living expenses. The "
        "proposed levy action is not appropriate. The filing of the NFTL is sustained, because it protects "
        "the government's interest in the 2021 balance while collection is suspended. " + BALANCED,
        w.PETITION_30_NEW, w.PETITION_90, w.LATE, w.COURT, w.ADVOCATE, w.QUESTIONS, *w.SIGNATURE,
    ),
    fields={
        "letter_date": "2025-04-04", "contact_name": "Cosima T. Villanueva",
        "contact_employee_id": "1000397814", "contact_phone": "9169745529", "contact_fax": "8556513380",
        "contact_hours": "8 a.m. to 4:30 p.m. Pacific",
        "taxpayer_name": "YESENIA CALDERON-PRYCE", "taxpayer_id": "XXX-XX-2609",
        "tax_periods": ["2021-12-31", "2022-12-31"], "tax_form": "1040",
    },
    collection={"actions": ["lien", "levy"], "outcome": "partially_sustained",
                "alternatives": ["currently_not_collectible"]},
    innocent_spouse={"outcome": "full_relief", "sections": ["6015(c)"]},
)

EMAIL_PRINT_107 = ("4/15/25, 11:02 AM", "Gmail - Fwd: letter from IRS appeals",
                   "https://mail.google.com/mail/u/0/?ik=3f9c2a71b0&view=pt&search=all&permthid=thread-f:"
                   "1829470316652093417", "{page}/{pages}")


def email_107(canvas: Canvas) -> None:
    """The message as Gmail prints it: the account at right, the subject, the sender and date, the text,
    and the attachments' names and sizes (the photos themselves follow on the next pages)."""
    pen = Pen(canvas=canvas, fonts=Fonts("Helvetica", "Helvetica-Bold", 10), footer="")
    canvas.setFillColorRGB(0.78, 0.13, 0.11)
    pen.text(40, 58, "M", bold=True, size=20)
    canvas.setFillColorRGB(0.37, 0.39, 0.41)
    pen.text(64, 58, "Gmail", size=16)
    canvas.setFillColorRGB(0, 0, 0)
    pen.right(PAGE_W - 40, 56, "Riverside Tax Clinic Intake <intake@riversidetaxclinic.example>", bold=True)
    pen.rule(40, 70, PAGE_W - 40)
    pen.text(40, 90, "Fwd: letter from IRS appeals", bold=True, size=13)
    pen.text(40, 106, "1 message", size=9)
    pen.rule(40, 116, PAGE_W - 40)
    pen.text(40, 134, "Yesenia Calderon", bold=True)
    pen.text(40 + pen.width("Yesenia Calderon ", bold=True), 134, "<yesi.calderon.p@gmail.com>")
    pen.right(PAGE_W - 40, 134, "Tue, Apr 15, 2025 at 9:14 AM")
    pen.text(40, 148, "To: intake@riversidetaxclinic.example", size=9)
    pen.y = 172
    for paragraph in (
        "Hi, this is the letter from the IRS appeals office I told you about on the phone Monday. It came in "
        "the mail last week but I was working doubles and just opened it. I took pictures of both pages.",
        "I dont understand if they are still going to take my paycheck or not, and what is the 30 days and "
        "the 90 days. Can somebody from the clinic call me? My cell is (916) 555-0172, after 3 pm is best. "
        "My ex husband's lawyer also called me last week, his number is 916-555-0148 but I did not call back."
        "",
        "Thank you so much,",
        "Yesenia",
        "Sent from my iPhone",
    ):
        pen.paragraph(paragraph, gap=0.8)
    pen.rule(40, pen.y + 6, PAGE_W - 40)
    pen.text(40, pen.y + 24, "2 attachments", bold=True, size=9)
    for row, (name, size) in enumerate((("IMG_2231.jpeg", "2817K"), ("IMG_2232.jpeg", "2764K"))):
        top = pen.y + 44 + row * 18
        pen.box(40, top - 11, 52, top + 3)
        pen.text(58, top, name, size=9)
        pen.text(150, top, size, size=9)


LETTERS: tuple[Letter, ...] = (LETTER_98, LETTER_99, LETTER_100, LETTER_101, LETTER_102, LETTER_103,
                               LETTER_104, LETTER_105, LETTER_106, LETTER_107)
