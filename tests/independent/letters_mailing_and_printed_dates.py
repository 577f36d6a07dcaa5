"""Independent letters 52-59: the letter date and the deadlines it starts. Day 30 a Sunday before Martin
Luther King Jr. Day and Inauguration Day 2025, and a Saturday letter whose day 30 is that Monday; day 30 on
DC Emancipation Day, and day 90 on the Monday it was observed in 2023; a letter dated on Columbus Day; day
30 a Sunday that rolls to the as-of day; a letter at the start of the three-year window. Around the letter
date: a "Mailing Date:" three days later, a MAILED stamp, a printed last day later than the true one (counted
from the mailing date, or simply miscounted), a received stamp and an "in re" stamp, a row of dated labels
("Request Received", "Letter Date", "Conference Held"), other "Date ..." labels, and a clinic's fax cover
sheet with its own "Date:" as the first page. Each truth's letter date is the letter's own date and its
deadlines are counted from it; a printed last day is recorded as printed."""

from __future__ import annotations

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
from letters_date_placement_4439_3288 import received_stamp
from spec import APPEALS, Letter, salute


# --- 52: day 30 is Sunday January 19, 2025; Monday is both Martin Luther King Jr. Day and Inauguration Day,
# --- so it rolls to Tuesday the 21st. A printed last day under the address says January 22, 2025 (one day
# --- late): the truth records it as printed, the deadline stays the computed one. Lien kept, levy dropped
# --- for an installment agreement; 6015(b) and (f) refused ------------------------------------------------
def _header_52(pen: Pen) -> float:
    office_block(pen, (*APPEALS, "600 17th Street, Stop 1000-DEN", "Denver, CO 80202"))
    pairs_right_inline(pen, (
        ("Date:", ["December 20, 2024"]),
        ("Person to Contact:", ["Cordelia M. Vasquez-Huang"]),
        ("Employee ID Number:", ["1000384471"]),
        ("Telephone Number:", ["303-603-4812"]),
        ("Fax Number:", ["855-227-5160"]),
        ("Taxpayer ID Number:", ["XXX-XX-7731"]),
        ("Tax Periods Ended:", ["12/31/2020, 12/31/2021"]),
        ("Tax Form:", ["1040"]),
    ), x=318, top=54)
    pen.text(MARGIN, 150, "CERTIFIED MAIL", bold=True)
    pen.lines(MARGIN, 172, ("ESPERANZA L WINTERBOURNE", "2290 S FEDERAL BLVD APT 4", "DENVER CO 80219"))
    pen.box(MARGIN, 226, PAGE_W - MARGIN, 246)
    pen.text(MARGIN + 6, 240, "Last Day to File a Petition with the United States Tax Court: "
             "January 22, 2025", bold=True)
    return salute(pen, 268, "Dear Ms. Winterbourne:")


LETTER_52 = Letter(
    name="ind52-4390-inauguration", letter_type="4390", header=_header_52,
    footer="Letter 4390 (Rev. 11-2019)",
    body=(
        "We have completed the Collection Due Process hearing you requested on Form 12153, which we received "
        "on June 3, 2024, about the Notice of Federal Tax Lien and the notice of intent to levy for the "
        "periods shown above. Your telephone conference was held on November 19, 2024. We also considered "
        "your request for relief from joint and several liability.",
        "**Summary of Determination",
        "The filing of the Notice of Federal Tax Lien is sustained. The lien will stay in place until the "
        "balance is paid.",
        "The proposed levy is not sustained. You sent the financial statement we asked for, and we approved "
        "your proposal of an installment agreement of $275 a month beginning February 15, 2025. The IRS will "
        "not levy while you keep the agreement.",
        "You asked for innocent spouse relief under IRC Section 6015(b) and for equitable relief under IRC "
        "Section 6015(f). You signed both joint returns knowing that the tax shown on them would not be "
        "paid, and you still live with your husband. Your request for relief is denied.",
        w.PETITION_30_NEW, w.PETITION_90, w.LATE, w.COURT, w.QUESTIONS, *w.SIGNATURE,
    ),
    fields={
        "letter_date": "2024-12-20", "contact_name": "Cordelia M. Vasquez-Huang",
        "contact_employee_id": "1000384471", "contact_phone": "3036034812", "contact_fax": "8552275160",
        "taxpayer_name": "ESPERANZA L WINTERBOURNE", "taxpayer_id": "XXX-XX-7731",
        "tax_periods": ["2020-12-31", "2021-12-31"], "tax_form": "1040", "printed_last_day": "2025-01-22",
    },
    collection={"actions": ["lien", "levy"], "outcome": "partially_sustained",
                "alternatives": ["installment_agreement"]},
    innocent_spouse={"outcome": "denied", "sections": ["6015(b)", "6015(f)"]},
)


# --- 53: "Date: 3/17/2025" with "Mailing Date: 3/20/2025" right under it (day 30 from the mailing date would
# --- be Saturday April 19); day 30 from the letter date is Wednesday April 16, DC Emancipation Day (rolls to
# --- Thursday), day 90 Sunday June 15 (rolls to Monday); a hearing date in the header too. Levy upheld after
# --- a rejected offer; 6015(c) allocation in part. Also scanned at 300 dpi, tilted 2 degrees ---------------
def _header_53(pen: Pen) -> float:
    office_block(pen, (*APPEALS, "1111 Constitution Avenue NW, Room 2507", "Washington, DC 20224"))
    pairs_tab_stop(pen, (
        ("Date:", ["3/17/2025"]),
        ("Mailing Date:", ["3/20/2025"]),
        ("Person to Contact:", ["Bartholomew K. Osei-Rutledge"]),
        ("Employee ID Number:", ["1000219946"]),
        ("Telephone:", ["202-317-4408"]),
        ("Fax:", ["855-612-3094"]),
        ("Hours:", ["7:00 a.m. - 3:30 p.m. ET"]),
        ("Taxpayer ID Number:", ["XXX-XX-5402"]),
        ("Tax Period Ended:", ["12/31/2021"]),
        ("Tax Form:", ["1040"]),
        ("Hearing Date:", ["2/26/2025"]),
    ), x=318, value_x=420, top=54)
    pen.lines(MARGIN, 176, ("GWENDOLYN R ABERNETHY-SOLIS", "4715 GEORGIA AVE NW APT 302",
                            "WASHINGTON DC 20011"))
    return salute(pen, 262, "Dear Ms. Abernethy-Solis:")


LETTER_53 = Letter(
    name="ind53-4390-emancipation", letter_type="4390", header=_header_53,
    footer="Letter 4390 (Rev. 04-2023)",
    body=(
        "This letter gives you our determination after the Collection Due Process hearing held on the date "
        "shown above about the notice of intent to levy for 2021, and on your request for relief from joint "
        "and several liability that you made on Form 8857 received on September 9, 2024.",
        "**Collection",
        "The proposed levy is sustained. You offered $3,000 to compromise the balance, but your reasonable "
        "collection potential is more than the balance you owe, so we could not accept the offer in "
        "compromise.",
        "**Relief from joint and several liability",
        "You were divorced in 2023 and elected to allocate the 2021 deficiency. Under IRC Section 6015(c), "
        "the part of the deficiency from your former husband's unreported brokerage income is allocated to "
        "him. The part from the wages you earned and did not report stays yours. Relief is granted in part.",
        "**Your right to petition the Tax Court",
        w.PETITION_30_NEW, w.PETITION_90_SHORT,
        "These periods run from the date of this letter shown at the top, not from the mailing date.",
        w.LATE, w.COURT, w.ADVOCATE, *w.SIGNATURE,
    ),
    fields={
        "letter_date": "2025-03-17", "contact_name": "Bartholomew K. Osei-Rutledge",
        "contact_employee_id": "1000219946", "contact_phone": "2023174408", "contact_fax": "8556123094",
        "contact_hours": "7:00 a.m. - 3:30 p.m. ET", "taxpayer_name": "GWENDOLYN R ABERNETHY-SOLIS",
        "taxpayer_id": "XXX-XX-5402", "tax_periods": ["2021-12-31"], "tax_form": "1040",
    },
    collection={"actions": ["levy"], "outcome": "sustained", "alternatives": ["offer_in_compromise"]},
    innocent_spouse={"outcome": "partial_relief", "sections": ["6015(c)"]},
)


# --- 54: the old template in Courier; a legal aid office's RECEIVED stamp with a later date under the return
# --- address, and an "in re: Due Process Appeal" stamp with another; day 90 is Monday April 17, 2023, the day
# --- DC observed Emancipation Day (April 16 was a Sunday): it rolls to Tuesday. Full relief under 6015(b), so
# --- the lien is not sustained ----------------------------------------------------------------------------
def _header_54(pen: Pen) -> float:
    office_block(pen, (*APPEALS, "1919 Smith Street, Stop 8000-HOU", "Houston, TX 77002"))
    received_stamp(pen, x0=MARGIN, top=120, lines=("RECEIVED", "JAN 24 2023", "LONE STAR LEGAL AID"))
    pairs_tab_stop(pen, (
        ("Date:", ["January 17, 2023"]),
        ("Person to Contact:", ["Augustin P. Delacroix"]),
        ("Employee ID #:", ["1000457720"]),
        ("Phone #:", ["(713) 209-3761"]),
        ("Fax #:", ["(713) 209-3790"]),
        ("Taxpayer ID #:", ["XXX-XX-0618"]),
        ("Tax Period(s):", ["Dec. 31, 2019"]),
        ("Tax Form Number:", ["1040"]),
    ), x=300, value_x=412, top=54)
    pen.lines(MARGIN, 176, ("LUCINDA M FAIRBANKS-OYELARAN", "8810 BELLAIRE BLVD UNIT 7", "HOUSTON TX 77036"))
    pen.text(MARGIN, 250, "in re: Due Process Appeal")
    pen.text(330, 250, "JAN 19 2023")
    return salute(pen, 276, "Dear Lucinda M Fairbanks-Oyelaran:", w.TITLE_4390_OLD)


LETTER_54 = Letter(
    name="ind54-4390-observed", letter_type="4390", header=_header_54, footer="Letter 4390 (Rev. 3-2013)",
    body=(
        "We received your Form 12153 on June 14, 2022, and your Form 8857 on July 1, 2022. Your hearing was "
        "held on December 6, 2022. We have considered the collection action and your request for relief, "
        "and our determination is below.",
        "Your claim for innocent spouse relief under IRC Section 6015(b) is allowed in full for 2019. The "
        "understatement came from your former husband's unreported gambling winnings, which you did not know "
        "about and had no reason to know about.",
        "Because you are no longer liable for the 2019 balance, the filing of the Notice of Federal Tax Lien "
        "against you is not sustained, and the lien will be released as to you.",
        w.PETITION_30_OLD, w.PETITION_90, w.LATE, w.COURT, *w.SIGNATURE,
    ),
    fields={
        "letter_date": "2023-01-17", "contact_name": "Augustin P. Delacroix",
        "contact_employee_id": "1000457720", "contact_phone": "7132093761", "contact_fax": "7132093790",
        "taxpayer_name": "LUCINDA M FAIRBANKS-OYELARAN",
        "taxpayer_id": "XXX-XX-0618", "tax_periods": ["2019-12-31"], "tax_form": "1040",
    },
    collection={"actions": ["lien"], "outcome": "not_sustained", "alternatives": []},
    innocent_spouse={"outcome": "full_relief", "sections": ["6015(b)"]},
    fonts=Fonts("Courier", "Courier-Bold", 9.5),
)


# --- 55: dated on Columbus Day (Monday October 14, 2024); form rows whose first row holds three dates:
# --- "Request Received", "Letter Date" and "Conference Held"; day 30 is a Wednesday, day 90 Sunday January
# --- 12, 2025 (rolls to Monday). Both actions upheld after currently not collectible status was ruled out;
# --- equitable relief in part. Also scanned to a 250 dpi JPEG ---------------------------------------------
def _header_55(pen: Pen) -> float:
    office_block(pen, (*APPEALS, "100 First Avenue, Room 1250", "Pittsburgh, PA 15222"))
    bottom = pairs_in_rows(pen, (
        (("Request Received:", ["05/06/2024"]), ("Letter Date:", ["10/14/2024"]),
         ("Conference Held:", ["09/10/2024"])),
        (("Person to Contact:", ["Ignatius F. Kowalczyk"]), ("Employee ID Number:", ["1000640385"]),
         ("Telephone:", ["412-395-6620"])),
        (("Taxpayer ID Number:", ["XXX-XX-4159"]), ("Tax Periods Ended:", ["12/31/2020", "12/31/2021"]),
         ("Tax Form:", ["1040"])),
    ), x0=MARGIN, x1=PAGE_W - MARGIN, top=120)
    pen.lines(MARGIN, bottom + 6, ("PERPETUA A MCALLISTER", "318 BROWNSVILLE RD", "PITTSBURGH PA 15210"))
    return salute(pen, bottom + 60, "Dear Ms. McAllister:")


LETTER_55 = Letter(
    name="ind55-4390-columbus", letter_type="4390", header=_header_55, footer="Letter 4390 (Rev. 11-2019)",
    body=(
        "We received your request for a Collection Due Process hearing on the date shown above, and we held "
        "your conference on the date shown above. This letter is our determination about the Notice of "
        "Federal Tax Lien and the notice of intent to levy for 2020 and 2021, and about your claim for "
        "relief from joint and several liability.",
        "**Collection actions",
        "The filing of the Notice of Federal Tax Lien is sustained, and the proposed levy is sustained. You "
        "asked us to place your account in currently not collectible status, but your monthly income exceeds "
        "your allowable expenses by about $640, so that status is not available.",
        "**Equitable relief",
        "You asked for equitable relief under IRC Section 6015(f) for the tax shown on your 2020 and 2021 "
        "joint returns that was not paid. Your husband handled the family's finances and told you the 2020 "
        "tax had been paid, so we grant equitable relief for 2020. You knew the 2021 tax was unpaid when you "
        "signed that return, so relief for 2021 is denied. Your request is allowed in part.",
        w.PETITION_30_PLAIN, w.PETITION_90, w.LATE, w.COURT, w.QUESTIONS, *w.SIGNATURE,
    ),
    fields={
        "letter_date": "2024-10-14", "contact_name": "Ignatius F. Kowalczyk",
        "contact_employee_id": "1000640385", "contact_phone": "4123956620",
        "taxpayer_name": "PERPETUA A MCALLISTER", "taxpayer_id": "XXX-XX-4159",
        "tax_periods": ["2020-12-31", "2021-12-31"], "tax_form": "1040",
    },
    collection={"actions": ["lien", "levy"], "outcome": "sustained",
                "alternatives": ["currently_not_collectible"]},
    innocent_spouse={"outcome": "partial_relief", "sections": ["6015(f)"]},
)


# --- 56: a clinic's fax: page 1 of the PDF is its FAX COVER SHEET (its own "Date: June 2, 2025", fax and
# --- phone numbers, a page count, a note naming the letter), and every page carries the fax machine's
# --- "JUN-02-2025" line; the letter starts on page 2, dated May 30, 2025. Day 30 is Sunday June 29, which
# --- rolls to Monday June 30 (the as-of day). Levy upheld; IRC 66(c) denied. Also faxed at 200 dpi --------
FAX_LINE = "JUN-02-2025 10:14   FROM: RIO GRANDE LITC 505 843 0198   TO: 505 766 2271   P.{page}/3"


def _header_56(pen: Pen) -> float:
    pen.text(MARGIN, 30, FAX_LINE.format(page=1), size=8)
    pen.text(MARGIN, 84, "FAX COVER SHEET", bold=True, size=20)
    pen.lines(MARGIN, 112, ("Rio Grande Low Income Taxpayer Clinic", "1520 Central Avenue SE, Suite 210",
                            "Albuquerque, NM 87106", "Phone 505-843-0192   Fax 505-843-0198"))
    top = pairs_tab_stop(pen, (
        ("Date:", ["June 2, 2025"]),
        ("To:", ["Harriet V. Lindqvist, volunteer attorney"]),
        ("Fax:", ["505-766-2271"]),
        ("Phone:", ["505-766-2200"]),
        ("From:", ["Tomas R. Archuleta, paralegal"]),
        ("Pages:", ["3 (including this cover sheet)"]),
        ("Re:", ["Client E. Montoya-Reyes, IRS Appeals Letter 4390"]),
    ), x=MARGIN, value_x=150, top=190)
    pen.rule(MARGIN, top, PAGE_W - MARGIN)
    pen.y = top + 24
    pen.paragraph("Harriet, our client brought in the attached Notice of Determination on Friday afternoon. "
                  "Appeals sustained the levy and refused relief under section 66(c). She wants to go to the "
                  "Tax Court on both parts. Please look at it today if you can and call me at the number "
                  "above; I have calendared the petition deadline from the date on the letter.")
    pen.paragraph("CONFIDENTIALITY NOTICE: This facsimile contains confidential client information. If you "
                  "received it in error, please call us and destroy it.", gap=0.6)
    pen.canvas.showPage()
    pen.page = 2
    pen.text(MARGIN, 30, FAX_LINE.format(page=2), size=8)
    office_block(pen, (*APPEALS, "5338 Montgomery Blvd NE, Stop 4000-ALB", "Albuquerque, NM 87109"))
    pairs_stacked(pen, (
        ("Date:", ["May 30, 2025"]),
        ("Person to contact:", ["Rosalind J. Whitcombe"]),
        ("Employee ID number:", ["1000572218"]),
        ("Contact telephone number:", ["505-837-5519"]),
        ("Fax number:", ["855-833-4170"]),
        ("Taxpayer ID number:", ["XXX-XX-8246"]),
        ("Tax periods ended:", ["12/31/2021, 12/31/2022"]),
        ("Tax form:", ["1040"]),
    ), x=372, top=54, indent=10)
    pen.lines(MARGIN, 176, ("ESTRELLA M MONTOYA-REYES", "2207 ISLETA BLVD SW", "ALBUQUERQUE NM 87105"))
    return salute(pen, 304, "Dear Ms. Montoya-Reyes:")


LETTER_56 = Letter(
    name="ind56-4390-faxcover", letter_type="4390", header=_header_56, footer="Letter 4390 (Rev. 04-2023)",
    continuation=FAX_LINE,
    body=(
        "We have completed the Collection Due Process hearing you requested about the notice of intent to "
        "levy for 2021 and 2022, and our review of your request for relief from joint and several liability "
        "for those years. You lived in New Mexico, a community property state, and filed separate returns.",
        "**Collection",
        "The proposed levy is sustained. You did not propose a collection alternative or send the financial "
        "information we asked for, and the levy balances the need for efficient collection with your "
        "concern that it be no more intrusive than necessary.",
        "**Relief from community property rules",
        "You asked for relief under IRC Section 66(c) from tax on your husband's community income. You knew "
        "about his income from the car repair business and shared in it. Your request is denied.",
        w.PETITION_30_NEW, w.PETITION_90, w.LATE, w.COURT, w.ADVOCATE, *w.SIGNATURE,
    ),
    fields={
        "letter_date": "2025-05-30", "contact_name": "Rosalind J. Whitcombe",
        "contact_employee_id": "1000572218", "contact_phone": "5058375519", "contact_fax": "8558334170",
        "taxpayer_name": "ESTRELLA M MONTOYA-REYES", "taxpayer_id": "XXX-XX-8246",
        "tax_periods": ["2021-12-31", "2022-12-31"], "tax_form": "1040",
    },
    collection={"actions": ["levy"], "outcome": "sustained", "alternatives": []},
    innocent_spouse={"outcome": "denied", "sections": ["66(c)"]},
)


# --- 57: dated on a Saturday, "Dec. 21, 2024"; day 30 is Monday January 20, 2025, Martin Luther King Jr. Day
# --- and Inauguration Day (rolls to Tuesday); a ruled grid with a "Date Form 12153 Received" row under the
# --- date. The lien upheld after an installment agreement was ruled out; (b) and (c) denied ---------------
def _header_57(pen: Pen) -> float:
    office_block(pen, (*APPEALS, "55 S. Market Street, Stop 4100", "San Jose, CA 95113"))
    bottom = pairs_grid(pen, (
        ("Date", ["Dec. 21, 2024"]),
        ("Date Form 12153 Received", ["Aug. 2, 2024"]),
        ("Person to Contact", ["Marguerite S. Odunsi"]),
        ("Employee ID Number", ["1000831157"]),
        ("Telephone", ["408-283-1490"]),
        ("Fax", ["855-301-6622"]),
        ("Taxpayer ID Number", ["XXX-XX-6093"]),
        ("Tax Period Ended", ["12/31/2022"]),
        ("Tax Form", ["1040"]),
    ), x0=276, split=408, x1=PAGE_W - MARGIN, top=54)
    pen.lines(MARGIN, 150, ("THEODORA N ACHTERBERG", "1046 LINCOLN AVE", "SAN JOSE CA 95125"))
    return salute(pen, bottom + 6, "Dear Ms. Achterberg:")


LETTER_57 = Letter(
    name="ind57-4390-saturday", letter_type="4390", header=_header_57, footer="Letter 4390 (Rev. 11-2019)",
    body=(
        "We have completed the Collection Due Process hearing about the Notice of Federal Tax Lien filed for "
        "2022, and our review of your request for relief from joint and several liability for that year.",
        "**Notice of Federal Tax Lien",
        "The filing of the Notice of Federal Tax Lien is sustained. You asked for an installment agreement, "
        "but you have not filed your 2023 return, so we could not consider one.",
        "**Innocent spouse relief",
        "You do not qualify for innocent spouse relief under IRC Section 6015(b), because you knew about the "
        "consulting income left off the return. You are still married to your husband and live with him, so "
        "you cannot elect to allocate the deficiency under IRC Section 6015(c). Your request is denied.",
        w.PETITION_30_NEW, w.PETITION_90, w.LATE, w.COURT, w.QUESTIONS, *w.SIGNATURE,
    ),
    fields={
        "letter_date": "2024-12-21", "contact_name": "Marguerite S. Odunsi",
        "contact_employee_id": "1000831157", "contact_phone": "4082831490", "contact_fax": "8553016622",
        "taxpayer_name": "THEODORA N ACHTERBERG", "taxpayer_id": "XXX-XX-6093", "tax_periods": ["2022-12-31"],
        "tax_form": "1040",
    },
    collection={"actions": ["lien"], "outcome": "sustained", "alternatives": ["installment_agreement"]},
    innocent_spouse={"outcome": "denied", "sections": ["6015(b)", "6015(c)"]},
)


# --- 58: near the start of the three-year window (July 1, 2022, "07/01/2022"); other "Date ..." labels in
# --- the same column ("Date of Levy Notice", "Date of Your Hearing Request"); the old 30-day sentence; day
# --- 30 is Sunday July 31 (rolls to Monday). The levy dropped for an accepted offer; (b) refused, (c) allowed
def _header_58(pen: Pen) -> float:
    office_block(pen, (*APPEALS, "3251 N. Evergreen Dr. NE", "Grand Rapids, MI 49525"))
    pairs_tab_stop(pen, (
        ("Date:", ["07/01/2022"]),
        ("Person to Contact:", ["Cornelius T. Vandermolen"]),
        ("Employee ID Number:", ["1000295508"]),
        ("Telephone Number:", ["616-365-4187"]),
        ("Fax Number:", ["855-294-7731"]),
        ("Taxpayer ID Number:", ["XXX-XX-3826"]),
        ("Tax Period Ended:", ["12/31/2018"]),
        ("Tax Form:", ["1040"]),
        ("Date of Levy Notice:", ["11/08/2021"]),
        ("Date of Your Hearing Request:", ["12/02/2021"]),
    ), x=300, value_x=444, top=54)
    pen.lines(MARGIN, 176, ("HENRIETTA J BOSCHMA", "2214 BRETON RD SE", "GRAND RAPIDS MI 49506"))
    return salute(pen, 262, "Dear Ms. Boschma:")


LETTER_58 = Letter(
    name="ind58-4390-window", letter_type="4390", header=_header_58, footer="Letter 4390 (Rev. 3-2013)",
    body=(
        "We have reviewed the proposed levy for the period shown above and your request for relief from "
        "joint and several liability, as you asked in your hearing request.",
        "**Determination",
        "The proposed levy is not sustained. We accepted your offer in compromise of $4,200 on June 14, "
        "2022, and the IRS will not levy while you meet its terms.",
        "You do not qualify for innocent spouse relief under IRC Section 6015(b). You were divorced in 2020, "
        "and you elected to allocate the 2018 deficiency under IRC Section 6015(c); that election is allowed "
        "for the unreported rental income of your former husband. Your request is granted in part.",
        w.PETITION_30_OLD, w.PETITION_90, w.LATE, w.COURT, w.QUESTIONS, *w.SIGNATURE,
    ),
    fields={
        "letter_date": "2022-07-01", "contact_name": "Cornelius T. Vandermolen",
        "contact_employee_id": "1000295508", "contact_phone": "6163654187", "contact_fax": "8552947731",
        "taxpayer_name": "HENRIETTA J BOSCHMA", "taxpayer_id": "XXX-XX-3826", "tax_periods": ["2018-12-31"],
        "tax_form": "1040",
    },
    collection={"actions": ["levy"], "outcome": "not_sustained", "alternatives": ["offer_in_compromise"]},
    innocent_spouse={"outcome": "partial_relief", "sections": ["6015(b)", "6015(c)"]},
)


# --- 59: "March 17, 2023" in the header; a MAILED stamp three days later above the address; a printed
# --- "Last Day to File a Petition with the Tax Court: April 19, 2023", counted from the mailing date and one
# --- day past the true last day: day 30 is Sunday April 16, Emancipation Day, observed Monday, so Tuesday
# --- April 18. Both actions upheld after an agreement and an offer were ruled out; 6015(f) denied ---------
def _header_59(pen: Pen) -> float:
    office_block(pen, (*APPEALS, "1301 Clay Street, Suite 1100S", "Oakland, CA 94612"))
    pairs_tab_stop(pen, (
        ("Date:", ["March 17, 2023"]),
        ("Person to Contact:", ["Philomena A. Castellanos"]),
        ("Employee ID Number:", ["1000508862"]),
        ("Telephone Number:", ["510-907-5243"]),
        ("Fax Number:", ["855-204-6637"]),
        ("Taxpayer ID Number:", ["XXX-XX-9517"]),
        ("Tax Periods Ended:", ["12/31/2019", "12/31/2020"]),
        ("Tax Form:", ["1040"]),
        ("Last Day to File a Petition\nwith the Tax Court:", ["April 19, 2023"]),
    ), x=300, value_x=440, top=54)
    received_stamp(pen, x0=MARGIN, top=128, lines=("MAILED", "MAR 20 2023"))
    pen.lines(MARGIN, 186, ("ROSALIND K NAKASHIMA-FORD", "3390 FRUITVALE AVE", "OAKLAND CA 94602"))
    return salute(pen, 262, "Dear Rosalind K Nakashima-Ford:")


LETTER_59 = Letter(
    name="ind59-4390-printedlater", letter_type="4390", header=_header_59,
    footer="Letter 4390 (Rev. 11-2019)",
    body=(
        "We have made our determination on the Collection Due Process hearing you requested after the Notice "
        "of Federal Tax Lien and the notice of intent to levy for 2019 and 2020, and on your request for "
        "equitable relief from joint and several liability.",
        "**Collection",
        "The filing of the Notice of Federal Tax Lien is sustained, and the proposed levy is sustained. You "
        "proposed an installment agreement of $50 a month and an offer in compromise of $1,500. Your "
        "financial statement shows you can pay more than either, so we could not accept them.",
        "**Equitable relief",
        "The balances are tax shown on your joint returns that was not paid. You reviewed the returns, knew "
        "the tax would not be paid, and would not suffer economic hardship if you paid it. Equitable relief "
        "under IRC Section 6015(f) is denied.",
        w.PETITION_30_NEW, w.PETITION_90, w.LATE, w.COURT, w.ADVOCATE, *w.SIGNATURE,
    ),
    fields={
        "letter_date": "2023-03-17", "contact_name": "Philomena A. Castellanos",
        "contact_employee_id": "1000508862", "contact_phone": "5109075243", "contact_fax": "8552046637",
        "taxpayer_name": "ROSALIND K NAKASHIMA-FORD", "taxpayer_id": "XXX-XX-9517",
        "tax_periods": ["2019-12-31", "2020-12-31"], "tax_form": "1040", "printed_last_day": "2023-04-19",
    },
    collection={"actions": ["lien", "levy"], "outcome": "sustained",
                "alternatives": ["installment_agreement", "offer_in_compromise"]},
    innocent_spouse={"outcome": "denied", "sections": ["6015(f)"]},
)

LETTERS: tuple[Letter, ...] = (LETTER_52, LETTER_53, LETTER_54, LETTER_55, LETTER_56, LETTER_57, LETTER_58,
                               LETTER_59)
