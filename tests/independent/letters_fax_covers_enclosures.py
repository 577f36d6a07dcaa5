"""Independent letters 88-97: the letter as clinics receive it and pass it on, put together with other pages.
A fax machine's transmission line across the top of every page ("11/04/2024 14:32 FAX 2125550187 ... 002/003":
a later date, the clinic's fax number, in the numeric date form the letter itself uses); a clinic's fax cover
sheet as page 1 (To / From / Fax / Phone / Date / Pages / Re: "IRS letter for Ms. ...", the client's cell
phone in the comments), typed, in front of a scanned letter; the pages out of order (2, 1, 3), the page read
first opening with the repeated name line and the hearing's history; page 1 twice, and a duplex scan of a
one-sided letter with its blank backs showing the front through the paper; the middle page upside down (a
scan fed the wrong way, and a drawn page given /Rotate 180), that page holding the determination; after the
letter, the taxpayer's Form 12153 with her own and her husband's full SSNs, an older date and her own phone, a
Notice of Federal Tax Lien with its own date, serial number and revenue officer, and a Publication 594 page
with the IRS's phone numbers; a body naming the Taxpayer Advocate Service's local phone and fax, the Tax
Court's phone, the IRS toll-free line, a collection fax and the Settlement Officer's manager with her phone;
a multi-page TIFF of a 300 dpi flatbed scan, a colour phone photo (72 dpi) and a 150 dpi scan; a PDF whose
first page is a scan and whose second keeps its text layer; and two things clinic intake does that earlier
batches do not: the certified-mail envelope scanned as page 1 (a postage meter date, a tracking number, the
window address, at the envelope's own page size), and the letter printed two pages to a landscape sheet.
assembly.py puts the files together. Each truth is what the letter prints, written out by hand; the
deadlines are counted by make.py from the date.
"""

from __future__ import annotations

from collections.abc import Sequence

import wording as w
from layout import (
    MARGIN,
    PAGE_W,
    Fonts,
    Pen,
    office_block,
    pairs_grid,
    pairs_in_rows,
    pairs_right_inline,
    pairs_stacked,
    pairs_tab_stop,
)
from letters_determination_layouts import ruled_table
from reportlab.pdfgen.canvas import Canvas
from spec import APPEALS, Letter, salute

PETITION_30_HAVE = (
    "You have 30 days from the date of this letter to file a petition with the United States Tax Court if "
    "you want the court to review our determination on the lien or the levy."
)
PETITION_90_DISPUTE = (
    "If you want to dispute our determination on your request for relief from joint and several liability, "
    "you must file a petition with the Tax Court within 90 days from the date of this letter."
)
VERIFIED = (
    "The Settlement Officer verified that the taxes were properly assessed, that notice and demand for "
    "payment was mailed to your last known address, that the lien and levy notices were properly issued, and "
    "that there was a balance due when they were issued. The Settlement Officer had no prior involvement "
    "with these taxes."
)
BALANCED = (
    "We balanced the need for efficient collection of the taxes with your legitimate concern that any "
    "collection action be no more intrusive than necessary."
)

CDP_LAW = (
    "Under IRC Sections 6320 and 6330, Appeals must verify that the requirements of applicable law and "
    "administrative procedure have been met, consider the issues you raised, including collection "
    "alternatives and challenges to the appropriateness of the collection action, and decide whether the "
    "collection action balances the need for efficient collection of the taxes with your legitimate concern "
    "that any collection action be no more intrusive than necessary."
)
LAW_6015 = (
    "A spouse who filed a joint return may ask for relief from joint and several liability in three ways. "
    "Under IRC Section 6015(b), relief from an understatement is available if the requesting spouse did not "
    "know and had no reason to know of it when signing the return. Under IRC Section 6015(c), a requesting "
    "spouse who is divorced, legally separated, or has not lived with the other spouse for 12 months may "
    "elect to limit liability for a deficiency to the part allocable to the requesting spouse. If relief is "
    "not available under either, IRC Section 6015(f) allows equitable relief from an understatement or an "
    "underpayment when, taking into account all the facts and circumstances, it would be inequitable to hold "
    "the requesting spouse liable. Revenue Procedure 2013-34 lists the factors we weigh."
)
LIEN_INFO = (
    "The lien attaches to all your property and rights to property, including property you acquire later. "
    "You may ask the IRS for a certificate of discharge for a particular property, for subordination of the "
    "lien so that you can refinance, or for withdrawal of the notice after you enter into a direct debit "
    "installment agreement. See Publication 783, Publication 784 and Form 12277."
)
RECORDS = (
    "Keep this letter with your tax records. If you file a petition, attach a complete copy of this letter, "
    "including every page, to the petition you send to the Tax Court. You can find the Taxpayer Bill of "
    "Rights, and what it means for you, in Publication 1, Your Rights as a Taxpayer."
)


def checkbox(pen: Pen, x: float, top: float, label: str, *, checked: bool = False) -> float:
    """A printed form's square with its label; an X in it if checked. Returns where the label ends."""
    pen.box(x, top - 8, x + 8, top)
    if checked:
        pen.canvas.line(x + 1.5, 792 - top + 1.5, x + 6.5, 792 - top + 6.5)
        pen.canvas.line(x + 1.5, 792 - top + 6.5, x + 6.5, 792 - top + 1.5)
    pen.text(x + 12, top - 0.5, label)
    return x + 12 + pen.width(label)


# --- 88: a fax machine's line across the top of every page: "11/04/2024 14:32 FAX 2125550187 MIDTOWN LITC
# --- 001/003" (a week after the letter, the clinic's own fax number), over a letter dated "10/28/2024" at
# --- right with "Phone:" and "Fax:". Three pages; the lien kept and the levy dropped for an approved
# --- installment agreement; 6015(b) refused, 6015(f) granted for one year of two. Day 90 is Sunday January
# --- 26, 2025 (rolls to Monday). Faxed: the line laid over the drawn pages, and a black and white fax -----
FAX_LINE_88 = ("11/04/2024 14:32 FAX 2125550187      MIDTOWN LITC                          "
               "\u2610 {page:03d}/{pages:03d}")


def _header_88(pen: Pen) -> float:
    office_block(pen, (*APPEALS, "290 Broadway, 12th Floor", "New York, NY 10007"))
    pairs_right_inline(pen, (
        ("Date:", ["10/28/2024"]),
        ("Person to Contact:", ["Marguerite L. Tsakiris"]),
        ("Employee ID Number:", ["1000614490"]),
        ("Phone:", ["212-436-1552"]),
        ("Fax:", ["855-229-4019"]),
        ("Hours:", ["8:00 a.m. to 4:30 p.m. ET"]),
        ("Taxpayer ID Number:", ["XXX-XX-4417"]),
        ("Tax Periods Ended:", ["12/31/2021, 12/31/2022"]),
        ("Tax Form:", ["1040"]),
    ), x=330, top=54)
    pen.text(MARGIN, 160, "CERTIFIED MAIL", bold=True)
    pen.lines(MARGIN, 184, ("CHIAMAKA O ADEYEMI-ROSS", "1488 AMSTERDAM AVE APT 4C", "NEW YORK NY 10031"))
    return salute(pen, 250, "Dear Ms. Adeyemi-Ross:")


LETTER_88 = Letter(
    name="ind88-4390-faxline", letter_type="4390", header=_header_88, footer="Letter 4390 (Rev. 11-2019)",
    continuation="Chiamaka O. Adeyemi-Ross, XXX-XX-4417",
    body=(
        "We have completed the Collection Due Process hearing you requested under IRC Sections 6320 and 6330 "
        "about the Notice of Federal Tax Lien and the notice of intent to levy for the tax periods shown "
        "above. We also reviewed your request for relief from joint and several liability under IRC Section "
        "6015, which you made on Form 8857 attached to your hearing request. This letter is our Notice of "
        "Determination.",
        "**Background",
        "You and your husband filed joint returns for 2021 and 2022. The 2021 return showed a balance due of "
        "$6,204 that was not paid. An examination of the 2022 return added tax of $7,918 for dividends and a "
        "brokerage account sale that were not reported; the additional tax was assessed on February 5, 2024. "
        "A Notice of Federal Tax Lien was filed with the New York County Register on April 22, 2024, and a "
        "notice of intent to levy was issued on May 6, 2024. We received your Form 12153, Request for a "
        "Collection Due Process or Equivalent Hearing, on May 29, 2024. Your telephone conference with the "
        "Settlement Officer was held on August 14, 2024, and you sent more documents on September 9, 2024.",
        "**Law",
        CDP_LAW, LAW_6015,
        "**Verification of legal and procedural requirements",
        VERIFIED,
        "**Issues you raised",
        "You said that the unpaid 2021 tax and the 2022 deficiency are your husband's, that you did not know "
        "about his brokerage account, and that a levy on your wages would leave you unable to pay your rent. "
        "You did not dispute the amount of either liability, and you raised no other issue at the conference "
        "or in writing afterward.",
        "**Relief from joint and several liability",
        "You do not qualify for relief under IRC Section 6015(b) for the 2022 understatement: you signed the "
        "2022 return with the Form 1099-DIV attached to the copy you kept, so you had reason to know of the "
        "unreported dividends. Equitable relief under IRC Section 6015(f) is a separate question. For 2021 "
        "you believed your husband had paid the balance from his bonus, you did not benefit from the unpaid "
        "tax, and you would suffer economic hardship if you had to pay it, so we grant equitable relief for "
        "2021. For 2022 the same knowledge weighs against relief, and equitable relief is denied. Your "
        "request for relief from joint and several liability is granted in part.",
        "**Collection alternatives",
        "You proposed an installment agreement of $275 a month for the 2022 balance that remains yours. Your "
        "Form 433-A and the documents you sent on September 9, 2024 support that amount, and we approved the "
        "agreement on October 2, 2024.",
        "**Balancing efficient collection and intrusiveness",
        BALANCED + " Because you are making payments under the agreement, a levy would be more intrusive "
        "than necessary. The lien protects the government's interest while the agreement is paid.",
        "**Determination",
        "The filing of the Notice of Federal Tax Lien is sustained. The proposed levy is not sustained. Your "
        "request for relief from joint and several liability is granted in part, as explained above.",
        w.PETITION_30_NEW, w.PETITION_90, w.LATE, w.COURT, "**About the lien", LIEN_INFO, RECORDS, w.ADVOCATE,
        w.QUESTIONS, *w.SIGNATURE,
    ),
    fields={
        "letter_date": "2024-10-28", "contact_name": "Marguerite L. Tsakiris",
        "contact_employee_id": "1000614490", "contact_phone": "2124361552", "contact_fax": "8552294019",
        "contact_hours": "8:00 a.m. to 4:30 p.m. ET", "taxpayer_name": "CHIAMAKA O ADEYEMI-ROSS",
        "taxpayer_id": "XXX-XX-4417", "tax_periods": ["2021-12-31", "2022-12-31"], "tax_form": "1040",
    },
    collection={"actions": ["lien", "levy"], "outcome": "partially_sustained",
                "alternatives": ["installment_agreement"]},
    innocent_spouse={"outcome": "partial_relief", "sections": ["6015(b)", "6015(f)"]},
)


# --- 89: a clinic's fax cover sheet in front of the letter: ruled To / From boxes with two "Fax:" and two
# --- "Phone:" cells, "Date: 01/21/2025", "Pages: 3", "Re: IRS letter for Ms. Okafor-Lindgren", tick boxes
# --- and comments with the client's cell phone. The letter (Times, stacked labels at right, "Letter Date:",
# --- "Contact Person:", "Social Security Number:", "Tax Year(s): 2019, 2020") is dated January 14, 2025. The
# --- levy upheld after currently not collectible status was ruled out; 6015(b) and (f) refused. The cover
# --- typed and the letter scanned behind it in one PDF ------------------------------------------------------
def cover_89(canvas: Canvas) -> None:
    pen = Pen(canvas=canvas, fonts=Fonts(), footer="")
    pen.text(MARGIN, 66, "LAKESHORE LEGAL AID", bold=True, size=15)
    pen.lines(MARGIN, 84, ("Low Income Taxpayer Clinic", "10 S. LaSalle Street, Suite 900",
                           "Chicago, IL 60603"))
    pen.right(PAGE_W - MARGIN, 84, "www.lakeshorelegalaid.example")
    pen.text(MARGIN, 158, "FAX", bold=True, size=40)
    bottom = pairs_in_rows(pen, (
        (("To:", ["Priya Natarajan, Esq."]), ("From:", ["Desmond K. Achterberg, Intake"])),
        (("Fax:", ["(312) 555-0163"]), ("Fax:", ["(312) 555-0148"])),
        (("Phone:", ["(312) 555-0160"]), ("Phone:", ["(312) 555-0142"])),
        (("Date:", ["01/21/2025"]), ("Pages:", ["3 (including cover)"])),
        (("Re:", ["IRS letter for Ms. Okafor-Lindgren"]),),
    ), x0=MARGIN, x1=PAGE_W - MARGIN, top=178)
    x = MARGIN
    for label, checked in (("Urgent", False), ("For Review", True), ("Please Comment", False),
                           ("Please Reply", True), ("Please Recycle", False)):
        x = checkbox(pen, x, bottom + 8, label, checked=checked) + 18
    pen.y = bottom + 40
    pen.paragraph("Comments:", bold=True, gap=0.2)
    pen.paragraph("Priya - Ms. Okafor-Lindgren brought in the attached IRS letter this morning; it came in "
                  "the mail on January 17. Appeals kept the levy and turned down her innocent spouse "
                  "request, and she wants to talk with you about the Tax Court. Her cell phone is (773) "
                  "555-0119 and she is home after 4 p.m. Please call me at extension 142 if a page is "
                  "missing.")
    pen.y += 20
    pen.paragraph("CONFIDENTIALITY NOTICE: The documents accompanying this facsimile contain confidential "
                  "information that is legally privileged. If you are not the intended recipient, you are "
                  "notified that any disclosure, copying or distribution of this information is prohibited. "
                  "If you received this fax in error, please notify us by telephone immediately.")


def _header_89(pen: Pen) -> float:
    office_block(pen, (*APPEALS, "230 S. Dearborn Street, Stop 5000-CHI", "Chicago, IL 60604"))
    pairs_stacked(pen, (
        ("Letter Date:", ["January 14, 2025"]),
        ("Contact Person:", ["Bartholomew J. Nwachukwu"]),
        ("Employee ID:", ["1000298871"]),
        ("Telephone Number:", ["(312) 292-4470"]),
        ("Fax Number:", ["(855) 481-6602"]),
        ("Social Security Number:", ["XXX-XX-2291"]),
        ("Tax Year(s):", ["2019, 2020"]),
        ("Tax Form Number:", ["1040"]),
    ), x=380, top=54, indent=10)
    pen.lines(MARGIN, 176, ("ADAORA N OKAFOR-LINDGREN", "5347 N KIMBALL AVE", "CHICAGO IL 60625"))
    return salute(pen, 302, "Dear Ms. Okafor-Lindgren:")


LETTER_89 = Letter(
    name="ind89-4390-covered", letter_type="4390", header=_header_89, footer="Letter 4390 (Rev. 04-2023)",
    fonts=Fonts("Times-Roman", "Times-Bold", 10.5), continuation="ADAORA N OKAFOR-LINDGREN  XXX-XX-2291",
    body=(
        "This letter is our Notice of Determination on the Collection Due Process hearing you asked for "
        "after you received the notice of intent to levy for 2019 and 2020, and on your request for innocent "
        "spouse relief for the same years.",
        "**Your hearing",
        "We received your Form 12153 on March 18, 2024. You asked us to stop the levy and to relieve you of "
        "the tax on your joint returns. The Settlement Officer held a telephone conference with you on "
        "November 19, 2024. The Settlement Officer verified that the requirements of applicable law and "
        "administrative procedure have been met, and had no prior involvement with these taxes.",
        "**Collection alternative",
        "You asked that your account be placed in currently not collectible status. Your financial statement "
        "shows monthly income of $5,870 and allowable expenses of $4,960, so you are able to pay, and the "
        "account does not qualify for that status. You did not propose a payment plan.",
        "**Innocent spouse relief",
        "You asked for relief under IRC Section 6015(b) and for equitable relief under IRC Section 6015(f). "
        "The balances for 2019 and 2020 are tax shown on the joint returns that was not paid, not an "
        "understatement, so section 6015(b) does not apply. You prepared both returns, you knew the tax was "
        "not paid when you filed them, and you and your husband still live together and share expenses, so "
        "equitable relief is not appropriate. Your request for relief is denied.",
        "**Determination",
        "The proposed levy is sustained. " + BALANCED,
        w.PETITION_30_OLD, w.PETITION_90_SHORT, w.LATE, w.COURT, w.ADVOCATE, w.QUESTIONS, *w.SIGNATURE,
    ),
    fields={
        "letter_date": "2025-01-14", "contact_name": "Bartholomew J. Nwachukwu",
        "contact_employee_id": "1000298871", "contact_phone": "3122924470", "contact_fax": "8554816602",
        "taxpayer_name": "ADAORA N OKAFOR-LINDGREN", "taxpayer_id": "XXX-XX-2291",
        "tax_periods": ["2019-12-31", "2020-12-31"], "tax_form": "1040",
    },
    collection={"actions": ["levy"], "outcome": "sustained", "alternatives": ["currently_not_collectible"]},
    innocent_spouse={"outcome": "denied", "sections": ["6015(b)", "6015(f)"]},
)


# --- 90: three pages put in the PDF as 2, 1, 3: the file opens with "Teresinha M. Quartey XXX-XX-6058 Page 2
# --- of 3" and the hearing's history (lien filed October 16, 2023, levy notice September 25, 2023, a
# --- conference on March 12, 2024). A ruled label table at right without colons ("Date", "Person to
# --- contact", "Contact telephone", "Contact fax", three periods one to a cell line). Both actions upheld
# --- after an offer was rejected; (b) and (c) refused, (f) in part. Day 30 is Sunday July 7, 2024 ----------
def _header_90(pen: Pen) -> float:
    office_block(pen, (*APPEALS, "JFK Federal Building, 15 New Sudbury Street", "Boston, MA 02203"))
    bottom = pairs_grid(pen, (
        ("Date", ["June 7, 2024"]),
        ("Person to contact", ["Evangeline R. Stavropoulos"]),
        ("Employee ID number", ["1000187365"]),
        ("Contact telephone", ["(617) 316-2284"]),
        ("Contact fax", ["(855) 827-9930"]),
        ("Taxpayer ID number", ["XXX-XX-6058"]),
        ("Tax periods ended", ["12/31/2019", "12/31/2020", "12/31/2021"]),
        ("Tax form", ["1040"]),
    ), x0=318, split=420, x1=PAGE_W - MARGIN, top=130)
    pen.lines(MARGIN, 150, ("TERESINHA M QUARTEY", "61 HANCOCK ST APT 3", "DORCHESTER MA 02125"))
    return salute(pen, bottom + 6, "Dear Ms. Quartey:")


LETTER_90 = Letter(
    name="ind90-4390-shuffled", letter_type="4390", header=_header_90, footer="Letter 4390 (Rev. 11-2019)",
    fonts=Fonts("Helvetica", "Helvetica-Bold", 9.5),
    continuation="Teresinha M. Quartey   XXX-XX-6058   Page {page} of 3",
    body=(
        "We have completed the Collection Due Process hearing you requested about the Notice of Federal Tax "
        "Lien and the notice of intent to levy for 2019, 2020 and 2021, and our review of your Form 8857, "
        "Request for Innocent Spouse Relief. This letter explains what we decided and why.",
        "**Summary of Determination",
        "Appeals sustains the filing of the Notice of Federal Tax Lien and the proposed levy. We could not "
        "accept your offer in compromise. Your request for relief from joint and several liability is "
        "granted in part: we grant equitable relief for 2019 and deny relief for 2020 and 2021. The reasons "
        "follow.",
        "**Background",
        "You and your former husband filed joint returns for 2019, 2020 and 2021 and did not pay the tax "
        "shown on them. An examination of the 2021 return added tax on income from a rental property he "
        "owned, which was assessed on July 10, 2023. A notice of intent to levy was issued on September 25, "
        "2023, and a Notice of Federal Tax Lien was filed on October 16, 2023. We received your Form 12153 "
        "on October 20, 2023 and your Form 8857 with it. Your telephone conference with the Settlement "
        "Officer was held on March 12, 2024, and you sent your financial statement on April 2, 2024.",
        "**Law and verification",
        CDP_LAW, VERIFIED, LAW_6015,
        "**Issues you raised",
        "You said that the balances are your former husband's, that you have been divorced since 2022, that "
        "the lien is keeping you from refinancing your condominium, and that you could pay $4,500 to settle "
        "the account. You did not dispute the amounts assessed.",
        "**Offer in compromise",
        "You offered $4,500 to compromise a balance of $38,115. Your equity in the condominium is $61,200 "
        "and your monthly income exceeds your allowable expenses by $640, so the reasonable collection "
        "potential of your account is far more than the amount offered, and the offer was rejected on May "
        "20, 2024. You did not propose an installment agreement.",
        "**Relief from joint and several liability",
        "You asked for relief under IRC Sections 6015(b), 6015(c) and 6015(f). Relief under sections 6015(b) "
        "and 6015(c) is available only for an understatement. The 2021 understatement came from the rental "
        "property, and you kept its books, so you knew about the income: relief under those sections is "
        "denied. The 2019 and 2020 balances are tax that was shown but not paid. For 2019 you were in the "
        "hospital when the return was filed, your former husband told you he had paid the tax, and you did "
        "not benefit from the unpaid amount, so equitable relief under IRC Section 6015(f) is granted for "
        "2019. For 2020 and 2021 you knew the tax would not be paid, and equitable relief is denied.",
        "**Balancing efficient collection and intrusiveness",
        BALANCED + " The lien and the levy are appropriate for the balances that remain yours.",
        w.PETITION_30_NEW, w.PETITION_90, w.LATE, w.COURT, "**About the lien", LIEN_INFO, RECORDS, w.ADVOCATE,
        w.QUESTIONS, *w.SIGNATURE,
        "Enclosure: Publication 594, The IRS Collection Process",
    ),
    fields={
        "letter_date": "2024-06-07", "contact_name": "Evangeline R. Stavropoulos",
        "contact_employee_id": "1000187365", "contact_phone": "6173162284", "contact_fax": "8558279930",
        "taxpayer_name": "TERESINHA M QUARTEY", "taxpayer_id": "XXX-XX-6058",
        "tax_periods": ["2019-12-31", "2020-12-31", "2021-12-31"], "tax_form": "1040",
    },
    collection={"actions": ["lien", "levy"], "outcome": "sustained", "alternatives": ["offer_in_compromise"]},
    innocent_spouse={"outcome": "partial_relief", "sections": ["6015(b)", "6015(c)", "6015(f)"]},
)


# --- 91: two pages in Courier with capital labels at a tab stop ("LETTER DATE:", "CONTACT PERSON:",
# --- "CONTACT ID:", "TELEPHONE:", "FAX:", "TAXPAYER ID:", "TAX PERIOD(S):", "FORM:"). Page 1 put in the PDF
# --- twice; and a duplex scan of the one-sided letter, a blank back after each page with the front showing
# --- through. The levy dropped for currently not collectible status; 6015(c) allocation in part ------------
def _header_91(pen: Pen) -> float:
    office_block(pen, (*APPEALS, "1999 Broadway, Stop 4000-DEN", "Denver, CO 80202"))
    pairs_tab_stop(pen, (
        ("LETTER DATE:", ["September 3, 2024"]),
        ("CONTACT PERSON:", ["Wilhelmina A. Brzezinski"]),
        ("CONTACT ID:", ["1000736652"]),
        ("TELEPHONE:", ["303-603-4418"]),
        ("FAX:", ["855-214-9076"]),
        ("TAXPAYER ID:", ["XXX-XX-3306"]),
        ("TAX PERIOD(S):", ["12/31/2022"]),
        ("FORM:", ["1040"]),
    ), x=300, value_x=400, top=54)
    pen.lines(MARGIN, 170, ("GRACIELA T VANDENBERG", "8840 W 38TH AVE", "WHEAT RIDGE CO 80033"))
    return salute(pen, 240, "Dear Ms. Vandenberg:")


LETTER_91 = Letter(
    name="ind91-4390-twice", letter_type="4390", header=_header_91, footer="Letter 4390 (Rev. 11-2019)",
    fonts=Fonts("Courier", "Courier-Bold", 9.5), continuation="GRACIELA T VANDENBERG  XXX-XX-3306",
    body=(
        "We have completed the Collection Due Process hearing you requested about the notice of intent to "
        "levy for 2022, and our review of your request for relief from joint and several liability for that "
        "year. Your hearing was held by telephone on July 23, 2024.",
        "**Relief from joint and several liability",
        "You and your former husband were divorced on February 8, 2024, and you elected under IRC Section "
        "6015(c) to allocate the 2022 deficiency between you. The deficiency came from his unreported "
        "self-employment income ($5,960 of tax, allocated to him) and from a retirement distribution of your "
        "own ($1,420 of tax, which stays yours). Your request for relief is granted in part.",
        "**Collection action",
        "You asked that the $1,420 that remains yours be placed in currently not collectible status. Your "
        "financial statement shows that your income does not cover your basic living expenses, and we have "
        "placed the account in that status. The proposed levy is not sustained.",
        "**What happens next",
        "The IRS will review your ability to pay from time to time and may resume collection if your income "
        "rises. Interest and penalties continue to accrue while the account is not collectible, and future "
        "refunds may be applied to the balance.",
        PETITION_30_HAVE, PETITION_90_DISPUTE, w.LATE, w.COURT, w.ADVOCATE, w.QUESTIONS, *w.SIGNATURE,
    ),
    fields={
        "letter_date": "2024-09-03", "contact_name": "Wilhelmina A. Brzezinski",
        "contact_employee_id": "1000736652", "contact_phone": "3036034418", "contact_fax": "8552149076",
        "taxpayer_name": "GRACIELA T VANDENBERG", "taxpayer_id": "XXX-XX-3306", "tax_periods": ["2022-12-31"],
        "tax_form": "1040",
    },
    collection={"actions": ["levy"], "outcome": "not_sustained",
                "alternatives": ["currently_not_collectible"]},
    innocent_spouse={"outcome": "partial_relief", "sections": ["6015(c)"]},
)


# --- 92: three pages; page 2 holds the determination and both petition sentences, and it is the page
# --- turned upside down: a scan fed the wrong way in the middle of a three-page image PDF, and a drawn PDF
# --- whose page 2 has /Rotate 180. Form rows ("Date:" | "Contact Person:" | "ID Number:", "SSN:
# --- ***-**-8124", "Tax Years: 2020, 2021, 2022"). Full relief under 6015(c), so neither the lien nor the
# --- levy stands. Day 30 is Sunday March 23, 2025 (rolls to Monday) ---------------------------------------
def _header_92(pen: Pen) -> float:
    office_block(pen, (*APPEALS, "333 W. Pershing Road, Stop 1000", "Kansas City, MO 64108"))
    bottom = pairs_in_rows(pen, (
        (("Date:", ["February 21, 2025"]), ("Contact Person:", ["Lavinia S. Okoro-Whitfield"]),
         ("ID Number:", ["1000903317"])),
        (("Phone:", ["816-499-6230"]), ("Fax:", ["855-617-3345"]), ("Hours:", ["7:30 a.m. - 4:00 p.m. CT"])),
        (("SSN:", ["***-**-8124"]), ("Tax Years:", ["2020, 2021, 2022"]), ("Form:", ["1040"])),
    ), x0=MARGIN, x1=PAGE_W - MARGIN, top=120)
    pen.lines(MARGIN, bottom + 6, ("DELPHINE R ABERNATHY-KOH", "4120 E 59TH ST", "KANSAS CITY MO 64130"))
    return salute(pen, bottom + 60, "Dear Ms. Abernathy-Koh:")


LETTER_92 = Letter(
    name="ind92-4390-turned", letter_type="4390", header=_header_92, footer="Letter 4390 (Rev. 04-2023)",
    continuation="Delphine R. Abernathy-Koh, ***-**-8124",
    body=(
        "This letter is our Notice of Determination on the Collection Due Process hearing you requested "
        "about the Notice of Federal Tax Lien and the notice of intent to levy for 2020, 2021 and 2022, and "
        "on your request for relief from joint and several liability for those years.",
        "**Background",
        "You and your former husband filed joint returns for 2020, 2021 and 2022. After an examination, the "
        "IRS assessed additional tax for each year on August 28, 2023, because income from his landscaping "
        "business was not reported. The IRS filed a Notice of Federal Tax Lien on February 12, 2024 and "
        "issued a notice of intent to levy on March 4, 2024. We received your Form 12153 on March 27, 2024, "
        "and your Form 8857 on April 15, 2024. You and your former husband were divorced on June 30, 2023. "
        "The Settlement Officer held your conference by telephone on November 6, 2024, and asked your former "
        "husband for his view of your request; he did not respond.",
        "**Verification of legal and procedural requirements",
        VERIFIED,
        "**Issues you raised",
        "You said that you had no part in the landscaping business, that its income went to an account in "
        "your former husband's name alone, and that you first learned of the examination when the lien "
        "notice arrived. You asked us to release the lien and to stop the levy, and you did not propose a "
        "collection alternative.",
        "**Relief from joint and several liability",
        "You elected under IRC Section 6015(c) to limit your liability to the part of each deficiency "
        "allocable to you. You were divorced when you made the election, and nothing in the record shows "
        "that you knew about the business income when you signed the returns. All of the additional tax "
        "comes from the landscaping business, so the deficiencies for 2020, 2021 and 2022 are allocated to "
        "your former husband in full. Your request for relief is granted in full.",
        "**Determination",
        "Because you no longer owe the balances for these periods, the filing of the Notice of Federal Tax "
        "Lien is not sustained as to you and the proposed levy is not sustained. The lien will be released "
        "as to you.",
        w.PETITION_30_NEW, w.PETITION_90, w.LATE, w.COURT, "**Release of the lien",
        "The Collection function will issue a Certificate of Release of Federal Tax Lien as to you and file "
        "it with the office where the lien notice was filed. The lien notice stays on file as to your former "
        "husband, who remains liable for the balances.",
        "**The law we applied", CDP_LAW, LAW_6015, RECORDS, w.ADVOCATE, w.QUESTIONS, *w.SIGNATURE,
        "Enclosures: Publication 594; Publication 971",
    ),
    fields={
        "letter_date": "2025-02-21", "contact_name": "Lavinia S. Okoro-Whitfield",
        "contact_employee_id": "1000903317", "contact_phone": "8164996230", "contact_fax": "8556173345",
        "contact_hours": "7:30 a.m. - 4:00 p.m. CT", "taxpayer_name": "DELPHINE R ABERNATHY-KOH",
        "taxpayer_id": "XXX-XX-8124", "tax_periods": ["2020-12-31", "2021-12-31", "2022-12-31"],
        "tax_form": "1040",
    },
    collection={"actions": ["lien", "levy"], "outcome": "not_sustained", "alternatives": []},
    innocent_spouse={"outcome": "full_relief", "sections": ["6015(c)"]},
)


# --- 93: a two-page letter followed by what came with it or was stapled behind it: a copy of the
# --- taxpayer's Form 12153 (her own and her husband's full SSNs under "Taxpayer Identification Number", her
# --- daytime phone, "Date 02/12/2024", an IRS employee's phone and received date), a Notice of Federal Tax
# --- Lien (Form 668(Y)(c): serial number, "Lien Unit Phone", dates of assessment, refiling dates, "the 08th
# --- day of January, 2024", a revenue officer and his phone) and a page of Publication 594. The lien kept
# --- with an approved installment agreement; 6015(b) and (f) refused ---------------------------------------
def _header_93(pen: Pen) -> float:
    office_block(pen, (*APPEALS, "4041 N. Central Avenue, Stop 1000-PHX", "Phoenix, AZ 85012"))
    pairs_right_inline(pen, (
        ("Date:", ["August 20, 2024"]),
        ("Person to Contact:", ["Anselm T. Vukovich"]),
        ("Employee ID Number:", ["1000552048"]),
        ("Contact Telephone Number:", ["602-636-9127"]),
        ("Contact Fax Number:", ["855-390-7721"]),
        ("Taxpayer Identification Number:", ["XXX-XX-7739"]),
        ("Tax Periods Ended:", ["12/31/2021, 12/31/2022"]),
        ("Tax Form:", ["1040"]),
    ), x=316, top=54)
    pen.text(MARGIN, 160, "CERTIFIED MAIL", bold=True)
    pen.lines(MARGIN, 184, ("ROSALIND M QUINTERO-BLAKE", "2915 E SPEEDWAY BLVD", "TUCSON AZ 85716"))
    return salute(pen, 250, "Dear Ms. Quintero-Blake:")


LETTER_93 = Letter(
    name="ind93-4390-enclosed", letter_type="4390", header=_header_93, footer="Letter 4390 (Rev. 11-2019)",
    fonts=Fonts("Helvetica", "Helvetica-Bold", 9.5), continuation="Rosalind M. Quintero-Blake  XXX-XX-7739",
    body=(
        "We have completed the Collection Due Process hearing you requested on the enclosed Form 12153 about "
        "the Notice of Federal Tax Lien filed for 2021 and 2022 (a copy is enclosed), and our review of your "
        "request for relief from joint and several liability for those years.",
        "**Summary of Determination",
        "The filing of the Notice of Federal Tax Lien is sustained. We approved your installment agreement "
        "of $310 a month, and the lien will stay in place until the balance is paid. Your request for relief "
        "from joint and several liability is denied.",
        "**Your hearing",
        "Your conference with the Settlement Officer was held by telephone on June 18, 2024. " + VERIFIED,
        "**Relief from joint and several liability",
        "You asked for relief under IRC Section 6015(b) for the 2022 understatement and for equitable relief "
        "under IRC Section 6015(f) for both years. The 2022 understatement came from stock sales in a "
        "brokerage account in your own name, so relief under section 6015(b) is not available. You still "
        "live with your husband, you knew the 2021 tax had not been paid, and paying the balance under the "
        "agreement will not cause you economic hardship, so equitable relief is denied.",
        "**Collection alternative",
        "You proposed an installment agreement of $310 a month on your Form 12153. Your financial "
        "statement supports that amount, and the agreement was approved on July 30, 2024. " + BALANCED,
        w.PETITION_30_NEW, w.PETITION_90, w.LATE, w.COURT, w.QUESTIONS, *w.SIGNATURE,
        "Enclosures: Copy of Form 12153; Copy of Notice of Federal Tax Lien; Publication 594",
    ),
    fields={
        "letter_date": "2024-08-20", "contact_name": "Anselm T. Vukovich",
        "contact_employee_id": "1000552048", "contact_phone": "6026369127", "contact_fax": "8553907721",
        "taxpayer_name": "ROSALIND M QUINTERO-BLAKE", "taxpayer_id": "XXX-XX-7739",
        "tax_periods": ["2021-12-31", "2022-12-31"], "tax_form": "1040",
    },
    collection={"actions": ["lien"], "outcome": "sustained", "alternatives": ["installment_agreement"]},
    innocent_spouse={"outcome": "denied", "sections": ["6015(b)", "6015(f)"]},
)


def _form_12153(pen: Pen) -> None:
    pen.text(MARGIN, 50, "Form 12153", bold=True, size=14)
    pen.text(MARGIN, 62, "(Rev. 12-2020)", size=8)
    pen.text(196, 50, "Department of the Treasury - Internal Revenue Service", size=8)
    pen.text(170, 64, "Request for a Collection Due Process or Equivalent Hearing", bold=True, size=11)
    pen.right(PAGE_W - MARGIN, 50, "OMB No. 1545-1836")
    pen.text(440, 26, "COPY", bold=True, size=16)
    pen.rule(MARGIN, 72, PAGE_W - MARGIN)
    pen.y = 86
    pen.paragraph("Use this form to request a Collection Due Process (CDP) or equivalent hearing with the "
                  "IRS Independent Office of Appeals if you have been issued a Notice of Federal Tax Lien "
                  "Filing and Your Right to a Hearing, or a Final Notice of Intent to Levy and Notice of "
                  "Your Right to a Hearing. Complete this form and send it to the address shown on your lien "
                  "or levy notice within 30 days.", gap=0.3)
    bottom = pairs_in_rows(pen, (
        (("1. Taxpayer Name: (Taxpayer 1)", ["Rosalind M Quintero-Blake"]),
         ("Taxpayer Identification Number", ["538-27-7739"])),
        (("Taxpayer Name: (Taxpayer 2, if a joint liability)", ["Gareth J Blake"]),
         ("Taxpayer Identification Number", ["412-66-9035"])),
        (("Current Address", ["2915 E Speedway Blvd, Tucson, AZ 85716"]),),
        (("Daytime Telephone Number", ["(520) 555-0143"]), ("Type of Entity", ["Individual"]),
         ("Best Time to Call", ["after 3:00 p.m."])),
        (("2. Representative (attach Form 2848)", ["None"]), ("Representative Telephone Number", [""])),
        (("3. Type of Tax", ["Income"]), ("Tax Form Number", ["1040"]),
         ("Tax Period or Periods", ["2021, 2022"])),
    ), x0=MARGIN, x1=PAGE_W - MARGIN, top=pen.y)
    pen.text(MARGIN, bottom, "4. Basis for hearing request (check the IRS notice(s) you received):",
             bold=True)
    checkbox(pen, MARGIN + 10, bottom + 16, "Filed Notice of Federal Tax Lien", checked=True)
    checkbox(pen, 320, bottom + 16, "Proposed Levy or Actual Levy")
    pen.text(MARGIN, bottom + 38, "5. Collection alternative (check all that apply):", bold=True)
    x = MARGIN + 10
    for label, checked in (("Installment Agreement", True), ("Offer in Compromise", False),
                           ("I Cannot Pay Balance", False)):
        x = checkbox(pen, x, bottom + 54, label, checked=checked) + 18
    checkbox(pen, MARGIN + 10, bottom + 72, "Innocent Spouse Relief (please attach Form 8857, Request for "
             "Innocent Spouse Relief)", checked=True)
    pen.y = bottom + 96
    pen.paragraph("Reason (you must provide a reason for the dispute or your request for a hearing will not "
                  "be honored):", bold=True, gap=0.2)
    pen.paragraph("My husband sold his stock in 2022 and did not report it, and he told me the 2021 tax was "
                  "paid. I can pay something every month but not the whole amount. I want innocent spouse "
                  "relief.", indent=10)
    top = pen.y + 10
    pen.text(MARGIN, top, "8. Signatures", bold=True)
    pen.text(MARGIN, top + 18, "Taxpayer 1's Signature:  Rosalind M Quintero-Blake")
    pen.text(400, top + 18, "Date:  02/12/2024")
    pen.text(MARGIN, top + 34, "Taxpayer 2's Signature:")
    pen.text(400, top + 34, "Date:")
    pen.rule(MARGIN, top + 46, PAGE_W - MARGIN)
    pen.text(MARGIN, top + 60, "IRS Use Only", bold=True)
    pen.text(MARGIN, top + 76, "IRS Employee (Print):  Lionel P. Gustafsson")
    pen.text(330, top + 76, "Employee Telephone Number:  (602) 207-8841")
    pen.text(MARGIN, top + 92, "IRS Received Date:  02/14/2024")
    pen.text(MARGIN, 752, "Catalog Number 26685D        www.irs.gov        Form 12153 (Rev. 12-2020)", size=8)


def _lien_notice(pen: Pen) -> None:
    pen.text(MARGIN, 50, "Form 668 (Y)(c)", bold=True)
    pen.text(190, 50, "Department of the Treasury - Internal Revenue Service", size=9)
    pen.text(MARGIN, 62, "(Rev. February 2004)", size=8)
    pen.text(210, 80, "Notice of Federal Tax Lien", bold=True, size=15)
    bottom = pairs_in_rows(pen, (
        (("Area:", ["SMALL BUSINESS/SELF EMPLOYED AREA #7"]), ("Serial Number", ["438194824"])),
        (("Lien Unit Phone:", ["(800) 913-6050"]), ("For Optional Use by Recording Office", [""])),
    ), x0=MARGIN, x1=PAGE_W - MARGIN, top=94)
    pen.y = bottom
    pen.paragraph("As provided by section 6321, 6322, and 6323 of the Internal Revenue Code, we are giving a "
                  "notice that taxes (including interest and penalties) have been assessed against the "
                  "following-named taxpayer. We have made a demand for payment of this liability, but it "
                  "remains unpaid. Therefore, there is a lien in favor of the United States on all property "
                  "and rights to property belonging to this taxpayer for the amount of these taxes, and "
                  "additional penalties, interest, and costs that may accrue.")
    pen.paragraph("Name of Taxpayer   ROSALIND M QUINTERO-BLAKE & GARETH J BLAKE", bold=True, gap=0.3)
    pen.paragraph("Residence   2915 E SPEEDWAY BLVD, TUCSON, AZ 85716-3302", gap=0.8)
    pen.paragraph("IMPORTANT RELEASE INFORMATION: For each assessment listed below, unless notice of the "
                  "lien is refiled by the date given in column (e), this notice shall, on the day following "
                  "such date, operate as a certificate of release as defined in IRC 6325(a).", bold=True)
    ruled_table(pen, (
        ("Kind of Tax (a)", "Tax Period Ending (b)", "Identifying Number (c)", "Date of Assessment (d)",
         "Last Day for Refiling (e)", "Unpaid Balance of Assessment (f)"),
        ("1040", "12/31/2021", "XXX-XX-7739", "11/21/2022", "12/21/2032", "6204.37"),
        ("1040", "12/31/2022", "XXX-XX-7739", "09/11/2023", "10/11/2033", "8002.18"),
    ), (56, 78, 84, 80, 84, 86), size=8.5)
    pen.paragraph("Place of Filing:   Recorder, Pima County, Tucson, AZ 85701          Total   $ 14206.55")
    pen.paragraph("This notice was prepared and signed at PHOENIX, AZ, on this, the 08th day of January, "
                  "2024.", gap=1.2)
    pen.paragraph("Signature:   for LIONEL P GUSTAFSSON          Title:   REVENUE OFFICER   26-12-3456   "
                  "(602) 207-8841")
    pen.paragraph("(NOTE: Certificate of officer authorized by law to take acknowledgment is not essential "
                  "to the validity of Notice of Federal Tax Lien. Rev. Rul. 71-466, 1971-2 C.B. "
                  "409)", gap=0.3)
    pen.text(MARGIN, 752, "Part 3 - Taxpayer's Copy           Form 668(Y)(c) (Rev. 2-2004)           Cat. "
             "No. 60025X", size=8)


def _publication_594(pen: Pen) -> None:
    pen.text(MARGIN, 46, "Publication 594 (Rev. 5-2023)", size=8)
    pen.right(PAGE_W - MARGIN, 46, "Page 7")
    pen.y = 72
    for paragraph in (
        "**Your Right to a Collection Due Process Hearing",
        "If you receive a Notice of Federal Tax Lien Filing and Your Right to a Hearing, or a Final Notice "
        "of Intent to Levy and Notice of Your Right to a Hearing, you may ask for a Collection Due Process "
        "(CDP) hearing with the IRS Independent Office of Appeals. You must ask within 30 days of the date "
        "on the notice, on Form 12153.",
        "At the hearing you may propose a collection alternative, such as an installment agreement or an "
        "offer in compromise, ask for innocent spouse relief, and raise other issues about the lien or the "
        "levy.",
        "If you disagree with Appeals' determination, you may petition the United States Tax Court within 30 "
        "days of the date of the Notice of Determination. A determination on a request for innocent spouse "
        "relief may be petitioned within 90 days.",
        "**Innocent Spouse Relief",
        "If you filed a joint return, you may be able to get relief from all or part of the tax, interest "
        "and penalties. Use Form 8857, Request for Innocent Spouse Relief. For more information, see "
        "Publication 971.",
        "**Taxpayer Advocate Service",
        "TAS is an independent organization within the IRS that helps taxpayers resolve problems with the "
        "IRS. Call TAS toll-free at 877-777-4778 or find your local advocate's number at "
        "www.taxpayeradvocate.irs.gov.",
        "**Low Income Taxpayer Clinics",
        "LITCs are independent from the IRS. They represent individuals whose income is below a certain "
        "level in disputes with the IRS. See Publication 4134, Low Income Taxpayer Clinic List.",
        "**How to reach us",
        "Individuals: 800-829-1040. Businesses: 800-829-4933. TTY/TDD: 800-829-4059. Mail: use the address "
        "on the notice you received.",
    ):
        pen.paragraph(paragraph.removeprefix("**"), bold=paragraph.startswith("**"))


def enclosures_93(canvas: Canvas) -> None:
    for number, page in enumerate((_form_12153, _lien_notice, _publication_594)):
        if number:
            canvas.showPage()
        page(Pen(canvas=canvas, fonts=Fonts("Helvetica", "Helvetica-Bold", 9), footer=""))


# --- 94: a body full of other people's phones: the local Taxpayer Advocate office ("Phone: 215-861-1304",
# --- "Fax: 855-822-1232", "Toll-free: 1-877-777-4778") in a block of its own, the Tax Court's Petitions
# --- Section at (202) 521-0700, the IRS at 1-800-829-1040, the Revenue Officer's fax 267-466-5108 and the
# --- Settlement Officer's manager "Lorraine B. Pettibone" at 215-861-3399; the header in capitals ("CONTACT
# --- PERSON:", "TELEPHONE:", "SSN:"). The lien kept after currently not collectible status was ruled out;
# --- equitable relief in part. Also a 250 dpi scan ----------------------------------------------------------
def _header_94(pen: Pen) -> float:
    office_block(pen, (*APPEALS, "1601 Market Street, Stop 3400", "Philadelphia, PA 19103"))
    pairs_tab_stop(pen, (
        ("DATE:", ["April 2, 2025"]),
        ("CONTACT PERSON:", ["Ignatius F. Halvorsen"]),
        ("ID NUMBER:", ["1000468813"]),
        ("TELEPHONE:", ["215-861-3320"]),
        ("FAX:", ["855-736-0452"]),
        ("SSN:", ["XXX-XX-9902"]),
        ("TAX PERIODS:", ["12/31/2022, 12/31/2023"]),
        ("FORM:", ["1040"]),
    ), x=318, value_x=428, top=54)
    pen.lines(MARGIN, 168, ("MARISELA J OYELARAN", "5523 CHESTER AVE", "PHILADELPHIA PA 19143"))
    return salute(pen, 240, "Dear Ms. Oyelaran:")


LETTER_94 = Letter(
    name="ind94-4390-phones", letter_type="4390", header=_header_94, footer="Letter 4390 (Rev. 12-2021)",
    continuation="MARISELA J OYELARAN, XXX-XX-9902",
    body=(
        "We have completed the Collection Due Process hearing you requested about the Notice of Federal Tax "
        "Lien filed for 2022 and 2023, and our review of your request for equitable relief from joint and "
        "several liability for those years. Your conference was held by telephone on February 11, 2025.",
        "**Notice of Federal Tax Lien",
        "The filing of the Notice of Federal Tax Lien is sustained. You asked that your account be placed in "
        "currently not collectible status, but your financial statement shows that you can pay $410 a month, "
        "so the account does not qualify. The Revenue Officer assigned to your account can set up a payment "
        "plan with you; send your bank statements to the Revenue Officer by fax at 267-466-5108.",
        "**Equitable relief",
        "You asked for equitable relief under IRC Section 6015(f) from the tax shown on your 2022 and 2023 "
        "joint returns that was not paid. For 2022 your husband told you the tax had been paid from his "
        "business account, and you had no reason to doubt him, so relief is granted for 2022. For 2023 you "
        "had separated from him and filed knowing the tax would not be paid, so relief is denied for 2023. "
        "Your request is granted in part.",
        w.PETITION_30_PLAIN, w.PETITION_90, w.LATE,
        "You can get a petition form from the Tax Court at www.ustaxcourt.gov, or call the Tax Court's "
        "Petitions Section at (202) 521-0700. The Tax Court is at 400 Second Street, NW, Washington, DC "
        "20217.",
        "To make a payment or ask about your account balance, call the IRS at 1-800-829-1040.",
        "**Taxpayer Advocate Service",
        "The Taxpayer Advocate Service is an independent organization within the IRS that can help you if "
        "you are facing a financial hardship. Your local office is at 1628 John F. Kennedy Blvd., "
        "Philadelphia, PA 19103.",
        "Phone: 215-861-1304",
        "Fax: 855-822-1232",
        "Toll-free: 1-877-777-4778",
        "If you have questions about this letter, please call me at the telephone number shown above. If you "
        "cannot reach me, you may call my manager, Lorraine B. Pettibone, at 215-861-3399.",
        *w.SIGNATURE,
    ),
    fields={
        "letter_date": "2025-04-02", "contact_name": "Ignatius F. Halvorsen",
        "contact_employee_id": "1000468813", "contact_phone": "2158613320", "contact_fax": "8557360452",
        "taxpayer_name": "MARISELA J OYELARAN", "taxpayer_id": "XXX-XX-9902",
        "tax_periods": ["2022-12-31", "2023-12-31"], "tax_form": "1040",
    },
    collection={"actions": ["lien"], "outcome": "sustained", "alternatives": ["currently_not_collectible"]},
    innocent_spouse={"outcome": "partial_relief", "sections": ["6015(f)"]},
)


# --- 95: three pages saved as one TIFF from three machines: page 1 a 300 dpi flatbed scan, page 2 (the
# --- determination and the petition sentences) a colour phone photo of the page on a desk, 72 dpi as a phone
# --- says, page 3 a 150 dpi scan. Times, stacked labels at right. The lien kept and the levy dropped for an
# --- accepted offer; relief under (b) refused and under (c) in full. Day 30 is Saturday January 11, 2025 ----
def _header_95(pen: Pen) -> float:
    office_block(pen, (*APPEALS, "915 Second Avenue, Stop W-1000", "Seattle, WA 98174"))
    pairs_stacked(pen, (
        ("Date:", ["December 12, 2024"]),
        ("Person to contact:", ["Cornelius V. Adebayo-Marsh"]),
        ("Employee ID number:", ["1000845506"]),
        ("Contact telephone number:", ["(206) 946-3371"]),
        ("Contact fax number:", ["(855) 503-2268"]),
        ("Taxpayer ID number:", ["XXX-XX-5583"]),
        ("Tax periods ended:", ["12/31/2020, 12/31/2021"]),
        ("Tax form:", ["1040"]),
    ), x=376, top=54, indent=10)
    pen.text(MARGIN, 164, "CERTIFIED MAIL", bold=True)
    pen.lines(MARGIN, 186, ("SOLVEIG E MBEKI-HANSEN", "4417 RAINIER AVE S", "SEATTLE WA 98118"))
    return salute(pen, 300, "Dear Ms. Mbeki-Hansen:")


LETTER_95 = Letter(
    name="ind95-4390-tiffmix", letter_type="4390", header=_header_95, footer="Letter 4390 (Rev. 11-2019)",
    fonts=Fonts("Times-Roman", "Times-Bold", 10.5), continuation="Solveig E. Mbeki-Hansen, XXX-XX-5583",
    body=(
        "We have completed the Collection Due Process hearing you requested about the Notice of Federal Tax "
        "Lien and the notice of intent to levy for 2020 and 2021, and our review of your request for relief "
        "from joint and several liability.",
        "**Background",
        "You and your former husband filed a joint return for 2020; you filed your 2021 return as married "
        "filing separately. An examination of the 2020 return added tax of $11,460 for his unreported "
        "cryptocurrency sales, assessed on April 3, 2023. Your 2021 return showed a balance due of $4,870 "
        "that you did not pay. A Notice of Federal Tax Lien was filed on January 22, 2024, and a notice of "
        "intent to levy was issued on February 5, 2024. We received your Form 12153 and your Form 8857 on "
        "February 28, 2024. The Settlement Officer held your conference by telephone on August 20, 2024.",
        "**Verification of legal and procedural requirements",
        VERIFIED,
        "**Issues you raised",
        "You said that the 2020 deficiency comes from your former husband's trading, which you knew nothing "
        "about, and that you cannot pay the 2021 balance in full. You offered $1,900 to settle the 2021 "
        "balance.",
        "**Relief from joint and several liability",
        "You asked for relief under IRC Section 6015(b) and elected to allocate the deficiency under IRC "
        "Section 6015(c). You helped prepare the 2020 return and saw the exchange statements, so relief "
        "under section 6015(b) is denied. You were divorced on May 17, 2022, and the trading account was in "
        "your former husband's name alone, so the 2020 deficiency is allocated to him in full under section "
        "6015(c). Your request for relief is granted in full.",
        "**Offer in compromise",
        "Your offer of $1,900 for the 2021 balance was accepted on November 4, 2024. The Notice of Federal "
        "Tax Lien will stay in place until the offer amount is paid.",
        "**Determination",
        "The filing of the Notice of Federal Tax Lien is sustained. The proposed levy is not sustained. "
        + BALANCED,
        PETITION_30_HAVE, PETITION_90_DISPUTE, w.LATE, w.COURT, "**The law we applied", CDP_LAW, LAW_6015,
        "**About the lien", LIEN_INFO, RECORDS, w.ADVOCATE, w.QUESTIONS, *w.SIGNATURE,
    ),
    fields={
        "letter_date": "2024-12-12", "contact_name": "Cornelius V. Adebayo-Marsh",
        "contact_employee_id": "1000845506", "contact_phone": "2069463371", "contact_fax": "8555032268",
        "taxpayer_name": "SOLVEIG E MBEKI-HANSEN", "taxpayer_id": "XXX-XX-5583",
        "tax_periods": ["2020-12-31", "2021-12-31"], "tax_form": "1040",
    },
    collection={"actions": ["lien", "levy"], "outcome": "partially_sustained",
                "alternatives": ["offer_in_compromise"]},
    innocent_spouse={"outcome": "full_relief", "sections": ["6015(b)", "6015(c)"]},
)


# --- 96: a PDF whose page 1 (the whole header) is a 200 dpi scan and whose page 2 keeps the drawn text
# --- layer (the reverse of ind17-crooked-mixed). Bold labels at a tab stop ("Tax Period(s):"). Both actions
# --- upheld after an installment agreement was refused for an unfiled return; 6015(c) and (f) refused. Day 30
# --- is Sunday April 27, 2025 (rolls to Monday) -------------------------------------------------------------
def _header_96(pen: Pen) -> float:
    office_block(pen, (*APPEALS, "300 E. 8th Street, Stop 1000-AUS", "Austin, TX 78701"))
    pairs_tab_stop(pen, (
        ("Date:", ["March 28, 2025"]),
        ("Person to Contact:", ["Philomena G. Castellanos"]),
        ("Employee ID Number:", ["1000327760"]),
        ("Telephone Number:", ["(512) 499-5562"]),
        ("Fax Number:", ["(855) 833-4192"]),
        ("Taxpayer ID Number:", ["XXX-XX-1047"]),
        ("Tax Period(s):", ["12/31/2021"]),
        ("Tax Form:", ["1040"]),
    ), x=312, value_x=424, top=54, bold_labels=True)
    pen.lines(MARGIN, 170, ("VALENTINA M FERREIRA", "1807 E CESAR CHAVEZ ST", "AUSTIN TX 78702"))
    return salute(pen, 240, "Dear Ms. Ferreira:")


LETTER_96 = Letter(
    name="ind96-4390-frontscan", letter_type="4390", header=_header_96, footer="Letter 4390 (Rev. 04-2023)",
    continuation="VALENTINA M FERREIRA   XXX-XX-1047",
    body=(
        "We have completed the Collection Due Process hearing you requested about the Notice of Federal Tax "
        "Lien and the notice of intent to levy for 2021, and our review of your request for relief from "
        "joint and several liability for that year. Your conference was held by telephone on January 29, "
        "2025.",
        "**Collection",
        "You proposed an installment agreement of $150 a month. You have not filed your 2023 return, and an "
        "agreement cannot be approved until all required returns are filed, so we could not accept it. The "
        "filing of the Notice of Federal Tax Lien is sustained, and the proposed levy is "
        "sustained. " + BALANCED,
        "**Relief from joint and several liability",
        "You elected to allocate the 2021 deficiency under IRC Section 6015(c). You and your husband are "
        "still married and lived together throughout the year before your election, so you cannot make that "
        "election, and relief under section 6015(c) is denied. You also asked for equitable relief under IRC "
        "Section 6015(f). The deficiency came from wages of your own that were left off the return, so "
        "equitable relief is denied as well. Your request for relief is denied.",
        "**What you should do",
        "File your 2023 return as soon as you can. Once it is filed, you may ask the Collection function "
        "again for an installment agreement; the levy may be released if an agreement is approved.",
        PETITION_30_HAVE, PETITION_90_DISPUTE, w.LATE, w.COURT, w.ADVOCATE, w.QUESTIONS, *w.SIGNATURE,
    ),
    fields={
        "letter_date": "2025-03-28", "contact_name": "Philomena G. Castellanos",
        "contact_employee_id": "1000327760", "contact_phone": "5124995562", "contact_fax": "8558334192",
        "taxpayer_name": "VALENTINA M FERREIRA", "taxpayer_id": "XXX-XX-1047", "tax_periods": ["2021-12-31"],
        "tax_form": "1040",
    },
    collection={"actions": ["lien", "levy"], "outcome": "sustained",
                "alternatives": ["installment_agreement"]},
    innocent_spouse={"outcome": "denied", "sections": ["6015(c)", "6015(f)"]},
)


# --- 97: the certified-mail envelope scanned as page 1 at its own size (9.5 x 4.125 inches): the Appeals
# --- return address, "OFFICIAL BUSINESS", a postage meter dated 11/05/2024, "CERTIFIED MAIL" and a 22-digit
# --- tracking number, the taxpayer's address in the window with a ZIP+4; the letter, dated November 1,
# --- 2024, behind it. And the letter printed two pages to a landscape sheet and scanned at 300 dpi. Both
# --- actions upheld; 6015(b) refused, 6015(c) in part. Day 30 is Sunday December 1 (rolls to Monday) -----
ENVELOPE = (684.0, 297.0)  # a No. 10 envelope, in points


def _at(canvas: Canvas, x: float, top: float, text: str, *, size: float = 9, bold: bool = False) -> None:
    canvas.setFont("Helvetica-Bold" if bold else "Helvetica", size)
    canvas.drawString(x, ENVELOPE[1] - top, text)


def _lines_at(canvas: Canvas, x: float, top: float, lines: Sequence[str], *, size: float = 9) -> None:
    for row, line in enumerate(lines):
        _at(canvas, x, top + row * size * 1.25, line, size=size)


def envelope_97(canvas: Canvas) -> None:
    canvas.setPageSize(ENVELOPE)
    _lines_at(canvas, 24, 28, ("Department of the Treasury", "Internal Revenue Service",
                               "Independent Office of Appeals", "401 W. Peachtree Street NW, Stop 1000-ATL",
                               "Atlanta, GA 30308"), size=8.5)
    _at(canvas, 24, 104, "OFFICIAL BUSINESS", size=8, bold=True)
    _at(canvas, 24, 114, "Penalty for Private Use, $300", size=8)
    canvas.setLineWidth(0.8)
    canvas.rect(528, ENVELOPE[1] - 96, 132, 76)  # the postage meter's imprint
    _lines_at(canvas, 536, 34, ("U.S. POSTAGE PAID", "PITNEY BOWES", "ZIP 30308   $ 008.85",
                                "02 4W  0000371402", "NOV 05 2024"), size=8)
    canvas.rect(250, ENVELOPE[1] - 150, 210, 22)
    _at(canvas, 258, 136, "CERTIFIED MAIL", size=11, bold=True)
    _at(canvas, 372, 136, "\u00ae", size=7)
    _at(canvas, 250, 164, "9171 9690 0935 0260 4417 83", size=12, bold=True)
    canvas.roundRect(230, ENVELOPE[1] - 268, 330, 90, 8)  # the window
    bars = "ADFTTFADATDDFTAFATDFDATTFAFDDTAFTFADTAFFDTADTAFDTFAAFDTTAFDAFTDAFTDATFDAFTTDAFDATFAD"
    for index, bar in enumerate(bars[:65]):
        low, high = {"A": (0, 5), "D": (-3, 2), "F": (-3, 5), "T": (0, 2)}[bar]
        canvas.rect(248 + index * 4.2, ENVELOPE[1] - 196 - high, 1.6, high - low, stroke=0, fill=1)
    _lines_at(canvas, 248, 214, ("EZINNE C HARGROVE", "2260 CASCADE RD SW APT 12", "ATLANTA GA 30311-2418"),
              size=10)


def _header_97(pen: Pen) -> float:
    office_block(pen, (*APPEALS, "401 W. Peachtree Street NW, Stop 1000-ATL", "Atlanta, GA 30308"))
    pairs_right_inline(pen, (
        ("Date:", ["November 1, 2024"]),
        ("Person to Contact:", ["Rosamund H. Tiwari"]),
        ("Employee ID Number:", ["1000419928"]),
        ("Telephone:", ["(404) 338-7746"]),
        ("Fax:", ["(855) 611-2847"]),
        ("Taxpayer ID Number:", ["XXX-XX-6631"]),
        ("Tax Period(s) Ended:", ["12/31/2020, 12/31/2021"]),
        ("Tax Form:", ["1040"]),
    ), x=330, top=54)
    pen.text(MARGIN, 160, "CERTIFIED MAIL", bold=True)
    pen.lines(MARGIN, 184, ("EZINNE C HARGROVE", "2260 CASCADE RD SW APT 12", "ATLANTA GA 30311-2418"))
    return salute(pen, 250, "Dear Ms. Hargrove:")


LETTER_97 = Letter(
    name="ind97-4390-envelope", letter_type="4390", header=_header_97, footer="Letter 4390 (Rev. 11-2019)",
    continuation="Ezinne C. Hargrove, XXX-XX-6631",
    body=(
        "We have completed the Collection Due Process hearing you requested about the Notice of Federal Tax "
        "Lien and the notice of intent to levy for 2020 and 2021. We also reviewed your request for relief "
        "from joint and several liability for those years. Your conference was held by telephone on "
        "September 17, 2024.",
        "**Collection actions",
        "The filing of the Notice of Federal Tax Lien is sustained, and the proposed levy is sustained. You "
        "did not propose a collection alternative or send the financial information we asked "
        "for. " + BALANCED,
        "**Relief from joint and several liability",
        "You do not qualify for innocent spouse relief under IRC Section 6015(b), because you knew about the "
        "gig-work income left off the 2020 return. You and your former husband were divorced in 2023, and "
        "you elected to allocate the deficiencies under IRC Section 6015(c). The 2021 deficiency came from "
        "his unreported rental income and is allocated to him; the 2020 deficiency came from your own gig "
        "work and stays yours. Your request for relief is granted in part.",
        w.PETITION_30_NEW, w.PETITION_90, w.LATE, w.COURT, w.ADVOCATE, w.QUESTIONS, *w.SIGNATURE,
    ),
    fields={
        "letter_date": "2024-11-01", "contact_name": "Rosamund H. Tiwari",
        "contact_employee_id": "1000419928", "contact_phone": "4043387746", "contact_fax": "8556112847",
        "taxpayer_name": "EZINNE C HARGROVE", "taxpayer_id": "XXX-XX-6631",
        "tax_periods": ["2020-12-31", "2021-12-31"], "tax_form": "1040",
    },
    collection={"actions": ["lien", "levy"], "outcome": "sustained", "alternatives": []},
    innocent_spouse={"outcome": "partial_relief", "sections": ["6015(b)", "6015(c)"]},
)

LETTERS: tuple[Letter, ...] = (LETTER_88, LETTER_89, LETTER_90, LETTER_91, LETTER_92, LETTER_93, LETTER_94,
                               LETTER_95, LETTER_96, LETTER_97)
