"""Independent letters 36-43: header layouts not yet in the corpus. Labels in capitals with mixed-case
values; the letter date alone in the top right corner over a label block with no "Date:" label; combined
"Person to Contact/ID Number" labels (name and ID on one line, or on two); the label block under the
taxpayer's address; a ruled box whose label and value cells wrap onto a second line; the tax periods in a
small "Tax Form | Tax Period" table beside a toll-free and a direct line; a three-page letter whose later
pages repeat the name and TIN ("Page 2 of 3"); the contact named only in the closing paragraph; and a
Letter 3193 that mentions an innocent spouse claim still pending elsewhere (no 90-day period). Deadlines
roll past Martin Luther King Jr. Day, Veterans Day, a Sunday and Thanksgiving, Christmas and a Sunday,
Independence Day, and a Friday Independence Day; one day 30 is Good Friday, which is no DC holiday."""

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
    pairs_right_inline,
    pairs_tab_stop,
)
from spec import APPEALS, Letter, salute


def grid_wrapped(pen: Pen, pairs: Sequence[Pair], *, x0: float, split: float, x1: float, top: float) -> float:
    """A two-column ruled box where a label ("a\\nb") or a value may take two lines in its cell."""
    pad, leading = 4.0, pen.fonts.leading
    for label, values in pairs:
        label_lines = label.split("\n")
        height = leading * max(len(label_lines), len(values)) + pad
        pen.box(x0, top, split, top + height)
        pen.box(split, top, x1, top + height)
        pen.lines(x0 + pad, top + leading - 1, label_lines)
        pen.lines(split + pad, top + leading - 1, values)
        top += height
    return top + leading


def form_period_table(pen: Pen, rows: Sequence[tuple[str, str]], *, x0: float, split: float, x1: float,
                      top: float) -> float:
    """A small ruled table: a bold heading row ("Tax Form", "Tax Period"), then one form and period a row."""
    pad, leading = 4.0, pen.fonts.leading
    for index, (form, period) in enumerate(rows):
        pen.box(x0, top, split, top + leading + pad)
        pen.box(split, top, x1, top + leading + pad)
        pen.text(x0 + pad, top + leading - 1, form, bold=index == 0)
        pen.text(split + pad, top + leading - 1, period, bold=index == 0)
        top += leading + pad
    return top + leading


# --- 36: every label in capitals, every value in mixed case, inline; the lien kept and the levy dropped for
# --- an installment agreement; equitable relief refused; day 90 is Martin Luther King Jr. Day. Scanned. -----
def _header_36(pen: Pen) -> float:
    office_block(pen, (*APPEALS, "550 Main Street, Room 4010", "Cincinnati, OH 45202"))
    pairs_right_inline(pen, (
        ("DATE:", ["October 17, 2023"]),
        ("PERSON TO CONTACT:", ["Celestine R. Abernethy"]),
        ("EMPLOYEE ID NUMBER:", ["1000638142"]),
        ("TELEPHONE NUMBER:", ["(513) 975-6402"]),
        ("FAX NUMBER:", ["(855) 216-3349"]),
        ("HOURS:", ["8:00 a.m. - 4:30 p.m. Eastern"]),
        ("TAXPAYER IDENTIFICATION NUMBER:", ["XXX-XX-5826"]),
        ("TAX PERIODS ENDED:", ["December 31, 2021", "December 31, 2022"]),
        ("TAX FORM:", ["1040"]),
    ), x=300, top=54)
    pen.text(MARGIN, 150, "CERTIFIED MAIL", bold=True)
    pen.lines(MARGIN, 176, ("ROSALIND T OKEREKE", "3120 BURNET AVE APT 5", "CINCINNATI OH 45219"))
    return salute(pen, 250, "Dear Ms. Okereke:")


LETTER_36 = Letter(
    name="ind36-allcaps", letter_type="4390", header=_header_36, footer="Letter 4390 (Rev. 12-2021)",
    fonts=Fonts("Helvetica", "Helvetica-Bold", 9.5),
    body=(
        "We have completed the Collection Due Process hearing you requested under IRC Sections 6320 and 6330 "
        "for the periods shown above, and our review of your Form 8857, Request for Innocent Spouse Relief, "
        "which we received on March 6, 2023.",
        "**Summary of Determination",
        "The filing of the Notice of Federal Tax Lien is sustained; it will remain in place until the "
        "balance is paid. The proposed levy is not sustained, because during the hearing you entered into an "
        "installment agreement of $465 a month.",
        "You asked for equitable relief under IRC Section 6015(f) from the tax shown on your 2021 and 2022 "
        "joint returns that was not paid. You handled the household's finances and knew the tax would not be "
        "paid when the returns were filed. Your request for relief is denied.",
        w.PETITION_30_NEW, w.PETITION_90, w.LATE, w.COURT, w.ADVOCATE, w.QUESTIONS, *w.SIGNATURE,
    ),
    fields={
        "letter_date": "2023-10-17", "contact_name": "Celestine R. Abernethy",
        "contact_employee_id": "1000638142", "contact_phone": "5139756402", "contact_fax": "8552163349",
        "contact_hours": "8:00 a.m. - 4:30 p.m. Eastern", "taxpayer_name": "ROSALIND T OKEREKE",
        "taxpayer_id": "XXX-XX-5826", "tax_periods": ["2021-12-31", "2022-12-31"], "tax_form": "1040",
    },
    collection={"actions": ["lien", "levy"], "outcome": "partially_sustained",
                "alternatives": ["installment_agreement"]},
    innocent_spouse={"outcome": "denied", "sections": ["6015(f)"]},
)


# --- 37: the letter date alone in the top right corner, the label block under it with no "Date:" label;
# --- "Person to Contact/ID Number:" with the name on one line and the ID on the next; the levy upheld after
# --- a rejected offer; 6015(b) for one of two years; day 30 is Good Friday (no roll) ------------------------
def _header_37(pen: Pen) -> float:
    office_block(pen, (*APPEALS, "970 Broad Street, Room 1104", "Newark, NJ 07102"))
    pen.right(PAGE_W - MARGIN, 54, "March 19, 2025")
    pairs_tab_stop(pen, (
        ("Person to Contact/ID Number:", ["Odalys P. Fenwick", "1000234567"]),
        ("Telephone:", ["973-921-4408"]),
        ("Fax:", ["855-311-7725"]),
        ("Hours:", ["8:00 a.m. - 4:30 p.m. ET"]),
        ("Taxpayer ID Number:", ["XXX-XX-3397"]),
        ("Tax Period(s) Ended:", ["12/31/2020", "12/31/2021"]),
        ("Tax Form:", ["1040"]),
    ), x=292, value_x=428, top=82)
    pen.lines(MARGIN, 150, ("CORNELIUS D ASANTE", "77 MT PROSPECT AVE APT 2C", "NEWARK NJ 07104"))
    return salute(pen, 236, "Dear Cornelius D Asante:")


LETTER_37 = Letter(
    name="ind37-datecorner", letter_type="4390", header=_header_37, footer="Letter 4390 (Rev. 04-2023)",
    body=(
        "This letter is our Notice of Determination on the hearing you requested after you received a notice "
        "of intent to levy for 2020 and 2021, and on your request for relief from joint and several "
        "liability. Your hearing was held by telephone on January 28, 2025.",
        "**Collection",
        "At the hearing you offered to settle the balances for $2,400 through an offer in compromise. We "
        "rejected the offer because your reasonable collection potential is more than $19,000. Appeals "
        "sustains the proposed levy.",
        "**Relief from joint and several liability",
        "You qualify for innocent spouse relief under IRC Section 6015(b) for 2020: you are relieved of the "
        "understatement from your former wife's unreported gambling winnings. You do not qualify for 2021, "
        "because you deposited part of those winnings in your own account. We grant your request in part.",
        w.PETITION_30_NEW, w.PETITION_90_SHORT, w.LATE, w.COURT, w.QUESTIONS, *w.SIGNATURE,
    ),
    fields={
        "letter_date": "2025-03-19", "contact_name": "Odalys P. Fenwick",
        "contact_employee_id": "1000234567", "contact_phone": "9739214408", "contact_fax": "8553117725",
        "contact_hours": "8:00 a.m. - 4:30 p.m. ET",
        "taxpayer_name": "CORNELIUS D ASANTE", "taxpayer_id": "XXX-XX-3397",
        "tax_periods": ["2020-12-31", "2021-12-31"], "tax_form": "1040",
    },
    collection={"actions": ["levy"], "outcome": "sustained", "alternatives": ["offer_in_compromise"]},
    innocent_spouse={"outcome": "partial_relief", "sections": ["6015(b)"]},
)


# --- 38: nothing beside the return address; the label block sits at left under the taxpayer's address, with
# --- "Contact Person/Employee ID #:" holding "name / ID" on one line; the lien upheld; (b) and (c) refused;
# --- day 90 is Veterans Day ---------------------------------------------------------------------------------
def _header_38(pen: Pen) -> float:
    office_block(pen, (*APPEALS, "211 W. Wisconsin Avenue, Room 507", "Milwaukee, WI 53203"))
    pen.text(MARGIN, 134, "CERTIFIED MAIL", bold=True)
    pen.lines(MARGIN, 152, ("BERNADETTE L VOSS", "2418 N OAKLAND AVE", "MILWAUKEE WI 53211"))
    bottom = pairs_tab_stop(pen, (
        ("Date:", ["August 13, 2024"]),
        ("Contact Person/Employee ID #:", ["Harriet Quon / 1000871154"]),
        ("Telephone Number:", ["414-231-2265"]),
        ("Fax Number:", ["855-209-5514"]),
        ("Taxpayer ID Number:", ["XXX-XX-0718"]),
        ("Tax Period Ended:", ["December 31, 2022"]),
        ("Tax Form Number:", ["1040"]),
    ), x=MARGIN, value_x=MARGIN + 164, top=212)
    return salute(pen, bottom + 16, "Dear Ms. Voss:")


LETTER_38 = Letter(
    name="ind38-belowaddress", letter_type="4390", header=_header_38, footer="Letter 4390 (Rev. 11-2019)",
    fonts=Fonts("Times-Roman", "Times-Bold", 10.5),
    continuation="BERNADETTE L VOSS   XXX-XX-0718",
    body=(
        "We have completed the Collection Due Process hearing you requested under IRC Section 6320 after the "
        "Notice of Federal Tax Lien for 2022 was filed on January 9, 2024, and our review of your request "
        "for relief from joint and several liability.",
        "**Determination on the lien",
        "Appeals sustains the filing of the Notice of Federal Tax Lien. The lien notice was filed properly, "
        "and you did not propose a way to pay the balance.",
        "**Determination on your request for relief",
        "You asked for relief under IRC Sections 6015(b) and 6015(c) from the deficiency on your 2022 joint "
        "return. You and your husband are still married and living together, so allocation under section "
        "6015(c) is not available, and you knew about the brokerage income he left off the return. Your "
        "request is denied.",
        w.PETITION_30_OLD, w.PETITION_90, w.LATE, w.COURT, w.QUESTIONS, *w.SIGNATURE,
    ),
    fields={
        "letter_date": "2024-08-13", "contact_name": "Harriet Quon", "contact_employee_id": "1000871154",
        "contact_phone": "4142312265", "contact_fax": "8552095514", "taxpayer_name": "BERNADETTE L VOSS",
        "taxpayer_id": "XXX-XX-0718", "tax_periods": ["2022-12-31"], "tax_form": "1040",
    },
    collection={"actions": ["lien"], "outcome": "sustained", "alternatives": []},
    innocent_spouse={"outcome": "denied", "sections": ["6015(b)", "6015(c)"]},
)


# --- 39: a narrow ruled box whose cells wrap: "Taxpayer Identification / Number" in the label cell and
# --- "Monday through Friday, / 7:00 a.m. to 3:30 p.m. Central" in the value cell; both actions upheld after
# --- currently not collectible status was considered; 6015(c) granted, 6015(f) refused; day 30 a Sunday,
# --- day 90 Thanksgiving. Scanned to JPEG. ------------------------------------------------------------------
def _header_39(pen: Pen) -> float:
    office_block(pen, (*APPEALS, "1555 Poydras Street, Suite 220", "New Orleans, LA 70112"))
    bottom = grid_wrapped(pen, (
        ("Date", ["August 25, 2023"]),
        ("Person to Contact", ["Thaddeus M. Boudreaux"]),
        ("Employee ID Number", ["1000527731"]),
        ("Contact Telephone\nNumber", ["504-558-3127"]),
        ("Fax Number", ["855-241-0394"]),
        ("Hours", ["Monday through Friday,", "7:00 a.m. to 3:30 p.m. Central"]),
        ("Taxpayer Identification\nNumber", ["XXX-XX-4460"]),
        ("Tax Periods Ended", ["12/31/2020", "12/31/2021"]),
        ("Tax Form", ["1040"]),
    ), x0=306, split=410, x1=PAGE_W - MARGIN, top=54)
    pen.text(MARGIN, 140, "CERTIFIED MAIL", bold=True)
    pen.lines(MARGIN, 164, ("ANTOINETTE G THIBODAUX", "4127 MAGAZINE ST", "NEW ORLEANS LA 70115"))
    return salute(pen, bottom + 6, "Dear Ms. Thibodaux:")


LETTER_39 = Letter(
    name="ind39-gridwrap", letter_type="4390", header=_header_39, footer="Letter 4390 (Rev. 11-2019)",
    fonts=Fonts("Helvetica", "Helvetica-Bold", 9),
    body=(
        "We have made our determination on the Collection Due Process hearing you asked for about the lien "
        "and levy notices for 2020 and 2021, and on your Form 8857 received on December 5, 2022.",
        "**Collection actions",
        "The filing of the Notice of Federal Tax Lien and the proposed levy are both sustained. We "
        "considered whether your account could be placed in currently not collectible status, but your "
        "household income is more than your allowable expenses, and you did not propose another way to pay.",
        "**Relief from joint and several liability",
        "You are divorced from your former husband, and the deficiency for 2020 came from his unreported "
        "business income. Under IRC Section 6015(c) that deficiency is allocated to him. You do not qualify "
        "for equitable relief under IRC Section 6015(f) from the tax shown on the 2021 return that was not "
        "paid, because you signed the return knowing it would not be paid. You remain liable for 2021.",
        w.PETITION_30_NEW, w.PETITION_90, w.LATE, w.COURT, w.ADVOCATE, w.QUESTIONS, *w.SIGNATURE,
    ),
    fields={
        "letter_date": "2023-08-25", "contact_name": "Thaddeus M. Boudreaux",
        "contact_employee_id": "1000527731", "contact_phone": "5045583127", "contact_fax": "8552410394",
        "contact_hours": "Monday through Friday, 7:00 a.m. to 3:30 p.m. Central",
        "taxpayer_name": "ANTOINETTE G THIBODAUX", "taxpayer_id": "XXX-XX-4460",
        "tax_periods": ["2020-12-31", "2021-12-31"], "tax_form": "1040",
    },
    collection={"actions": ["lien", "levy"], "outcome": "sustained",
                "alternatives": ["currently_not_collectible"]},
    innocent_spouse={"outcome": "partial_relief", "sections": ["6015(c)", "6015(f)"]},
)


# --- 40: the IRS toll-free line on "Telephone:" and the officer's own number on "Direct:" (the person's
# --- phone is the direct line, as in ind21); periods in a "Tax Form | Tax Period" table; equitable relief in
# --- full, so the levy is not sustained; day 30 is Christmas, day 90 a Sunday -------------------------------
def _header_40(pen: Pen) -> float:
    office_block(pen, (*APPEALS, "1601 Market Street, Suite 1800", "Philadelphia, PA 19103"))
    bottom = pairs_tab_stop(pen, (
        ("Date:", ["November 25, 2024"]),
        ("Person to Contact:", ["Leontyne A. Marchetti"]),
        ("Employee ID Number:", ["1000619980"]),
        ("Telephone:", ["1-800-829-1040 (toll-free)"]),
        ("Direct:", ["(215) 555-0143"]),
        ("Fax:", ["(855) 273-6618"]),
        ("Taxpayer ID Number:", ["XXX-XX-2741"]),
    ), x=306, value_x=414, top=54)
    table_bottom = form_period_table(pen, (("Tax Form", "Tax Period"), ("1040", "12/31/2019"),
                                           ("1040", "12/31/2020")), x0=306, split=400, x1=PAGE_W - MARGIN,
                                     top=bottom + 6)
    pen.lines(MARGIN, 150, ("DESMOND K ABERNATHY-LYLE", "509 S 47TH ST", "PHILADELPHIA PA 19143"))
    return salute(pen, table_bottom + 10, "Dear Mr. Abernathy-Lyle:")


LETTER_40 = Letter(
    name="ind40-formtable", letter_type="4390", header=_header_40, footer="Letter 4390 (Rev. 12-2021)",
    body=(
        "We have completed the Collection Due Process hearing you requested after you received a notice of "
        "intent to levy for the periods in the table above, and our review of your request for innocent "
        "spouse relief.",
        "**Innocent spouse relief",
        "You qualify for equitable relief under IRC Section 6015(f) for the full amount of the unpaid tax "
        "for 2019 and 2020. Your former wife kept the household's accounts, told you the tax had been paid, "
        "and you had no reason to doubt it. You are relieved of the entire liability for both years.",
        "**Proposed levy",
        "Because you are no longer liable for these years, the proposed levy is not sustained.",
        w.PETITION_30_PLAIN, w.PETITION_90, w.LATE, w.COURT, w.QUESTIONS, *w.SIGNATURE,
    ),
    fields={
        "letter_date": "2024-11-25", "contact_name": "Leontyne A. Marchetti",
        "contact_employee_id": "1000619980", "contact_phone": "2155550143", "contact_fax": "8552736618",
        "taxpayer_name": "DESMOND K ABERNATHY-LYLE", "taxpayer_id": "XXX-XX-2741",
        "tax_periods": ["2019-12-31", "2020-12-31"], "tax_form": "1040",
    },
    collection={"actions": ["levy"], "outcome": "not_sustained", "alternatives": []},
    innocent_spouse={"outcome": "full_relief", "sections": ["6015(f)"]},
)


# --- 41: three pages; pages 2 and 3 open with "Name: ..., TIN: XXX-XX-5190, Page 2 of 3"; a wrapped
# --- "Taxpayer Identification / Number:" label; both actions upheld after an agreement and an offer were
# --- ruled out; (b), (c) and (f) refused; day 90 is Independence Day. Also an image-only PDF. -------------
def _header_41(pen: Pen) -> float:
    office_block(pen, (*APPEALS, "400 N. 8th Street, Room 916", "Richmond, VA 23219"))
    pairs_tab_stop(pen, (
        ("Date:", ["April 5, 2023"]),
        ("Person to Contact:", ["Percival J. Okonjo-Hart"]),
        ("Employee ID Number:", ["1000392276"]),
        ("Telephone Number:", ["804-916-3380"]),
        ("Fax Number:", ["855-627-1189"]),
        ("Hours:", ["8:00 a.m. - 4:30 p.m. ET"]),
        ("Taxpayer Identification\nNumber:", ["XXX-XX-5190"]),
        ("Tax Periods Ended:", ["12/31/2018, 12/31/2019"]),
        ("Tax Form:", ["1040"]),
    ), x=300, value_x=420, top=54)
    pen.lines(MARGIN, 176, ("LUCIA B HARROW", "2206 GROVE AVE", "RICHMOND VA 23220"))
    return salute(pen, 268, "Dear Ms. Harrow:")


LETTER_41 = Letter(
    name="ind41-threepage", letter_type="4390", header=_header_41, footer="Letter 4390 (Rev. 11-2019)",
    continuation="Name: LUCIA B HARROW, TIN: XXX-XX-5190, Page {page} of 3",
    body=(
        "We have completed the Collection Due Process hearing you requested under IRC Sections 6320 and 6330 "
        "about the Notice of Federal Tax Lien and the notice of intent to levy for the periods shown above, "
        "and our review of your Form 8857, Request for Innocent Spouse Relief, which we received on July 11, "
        "2022.",
        "**Background",
        "You and your husband filed joint returns for 2018 and 2019. Each return showed a balance due that "
        "was not paid with it. An examination of the 2019 return later added tax for income from a rental "
        "property titled in both your names, and the additional tax was assessed on October 4, 2021. A "
        "Notice of Federal Tax Lien was filed on April 18, 2022, and a notice of intent to levy was issued "
        "on May 2, 2022. We received your Form 12153, Request for a Collection Due Process or Equivalent "
        "Hearing, on May 27, 2022.",
        "Your hearing was held by telephone on November 15, 2022, and continued on January 10, 2023, so that "
        "you could send us the financial information we asked for. Your representative took part in both "
        "conferences.",
        "**Verification of legal and procedural requirements",
        "Appeals verified that the requirements of applicable law and administrative procedure were met. The "
        "tax for each period was properly assessed, notice and demand for payment was mailed to your last "
        "known address, and the balances remained unpaid when the lien notice was filed and the levy notice "
        "was issued. The notice of intent to levy was sent by certified mail at least 30 days before any "
        "levy, and the lien notice was filed in the county where you live. The Settlement Officer assigned "
        "to your case had no prior involvement with these periods.",
        "**Issues you raised",
        "You asked us to consider an installment agreement, an offer in compromise, and relief from joint "
        "and several liability. You did not dispute the amount of the tax shown on the returns, and you had "
        "an earlier opportunity to dispute the deficiency for 2019 when you received the notice of "
        "deficiency, so the underlying liability is not at issue in this hearing.",
        "**Collection alternatives",
        "You proposed an installment agreement of $150 a month. Your Form 433-A, Collection Information "
        "Statement, and the bank statements you sent show that your household's income is more than its "
        "allowable living expenses by about $1,120 a month. An agreement of $150 a month would not pay the "
        "balances before the collection statute expires, and you did not agree to a larger payment.",
        "You also submitted an offer in compromise of $5,000. The equity in the rental property and in your "
        "retirement account, together with your future income, gives a reasonable collection potential of "
        "more than $41,000. We could not recommend acceptance of the offer, and it was returned to you.",
        "**Balancing",
        "We considered whether the lien filing and the proposed levy balance the need for efficient "
        "collection of the taxes with your concern that collection be no more intrusive than necessary. You "
        "have assets and income from which the balances can be collected, and you did not propose an "
        "alternative that would pay them.",
        "**Your request for relief from joint and several liability",
        "You told us that your husband prepared the returns, that you signed them without reviewing them, "
        "and that you did not know the tax had not been paid. The records you gave us show that the "
        "household's accounts were held jointly, that you wrote many of the checks for household expenses, "
        "and that you received the balance-due notices for both years at your home. You are still married to "
        "your husband and living with him.",
        "Innocent spouse relief under IRC Section 6015(b) is not available, because you knew about the "
        "rental income that gave rise to the understatement; the property was in both your names and you "
        "signed the lease. Allocation of the deficiency under IRC Section 6015(c) is not available, because "
        "you are neither divorced nor legally separated from your husband, and you have lived in the same "
        "household with him during the last 12 months. Equitable relief under IRC Section 6015(f) is not "
        "available for the balances shown on the returns, because you knew or had reason to know that the "
        "tax would not be paid, you shared in the rental income, and you would not suffer economic hardship "
        "if relief were not granted.",
        "**Determination",
        "Appeals sustains the filing of the Notice of Federal Tax Lien and sustains the proposed levy for "
        "2018 and 2019.",
        "Your request for relief from joint and several liability under IRC Sections 6015(b), 6015(c) and "
        "6015(f) is denied. You remain liable, jointly with your husband, for the balances for both years.",
        "**Your right to petition the Tax Court",
        w.PETITION_30_NEW, w.PETITION_90, w.LATE, w.COURT, w.ADVOCATE,
        "You may also contact your local Taxpayer Advocate office. A list of offices is in Publication 1546.",
        w.QUESTIONS, *w.SIGNATURE,
    ),
    fields={
        "letter_date": "2023-04-05", "contact_name": "Percival J. Okonjo-Hart",
        "contact_employee_id": "1000392276", "contact_phone": "8049163380", "contact_fax": "8556271189",
        "contact_hours": "8:00 a.m. - 4:30 p.m. ET", "taxpayer_name": "LUCIA B HARROW",
        "taxpayer_id": "XXX-XX-5190", "tax_periods": ["2018-12-31", "2019-12-31"], "tax_form": "1040",
    },
    collection={"actions": ["lien", "levy"], "outcome": "sustained",
                "alternatives": ["installment_agreement", "offer_in_compromise"]},
    innocent_spouse={"outcome": "denied", "sections": ["6015(b)", "6015(c)", "6015(f)"]},
)


# --- 42: no contact labels at all in the header (date, TIN, year and form only); the Settlement Officer's
# --- name, ID and phone are given only in the closing paragraph; full relief under 6015(b), so the lien is
# --- not sustained; day 30 is Friday July 4, 2025 (rolls to Monday) ----------------------------------------
def _header_42(pen: Pen) -> float:
    office_block(pen, (*APPEALS, "2888 Woodcock Blvd., Suite 300", "Atlanta, GA 30341"))
    pairs_tab_stop(pen, (
        ("Date:", ["June 4, 2025"]),
        ("Taxpayer ID Number:", ["XXX-XX-6083"]),
        ("Tax Year Ended:", ["December 31, 2022"]),
        ("Form Number:", ["1040"]),
    ), x=330, value_x=440, top=54)
    pen.text(MARGIN, 140, "CERTIFIED MAIL", bold=True)
    pen.lines(MARGIN, 164, ("GENEVIEVE O MBEKI", "1180 CASCADE RD SW", "ATLANTA GA 30311"))
    return salute(pen, 236, "Dear Ms. Mbeki:")


LETTER_42 = Letter(
    name="ind42-closingcontact", letter_type="4390", header=_header_42, footer="Letter 4390 (Rev. 04-2023)",
    body=(
        "We have completed the Collection Due Process hearing you requested under IRC Section 6320 about the "
        "Notice of Federal Tax Lien filed for 2022, and our review of your request for relief from joint and "
        "several liability, which we received on November 12, 2024.",
        "**Relief from joint and several liability",
        "The understatement on your 2022 joint return came from stock sales your former husband made from an "
        "account in his own name. You did not know, and had no reason to know, about the sales. We grant you "
        "full relief under IRC Section 6015(b); you owe nothing for 2022.",
        "**The lien",
        "Because you are not liable for the 2022 tax, the filing of the Notice of Federal Tax Lien is not "
        "sustained as to you, and we will ask the Collection function to withdraw it.",
        w.PETITION_30_NEW, w.PETITION_90, w.LATE, w.COURT,
        "If you have questions, contact Settlement Officer Anabel C. Ruiz, ID 1000456789, at (404) 555-0137.",
        *w.SIGNATURE,
    ),
    fields={
        "letter_date": "2025-06-04", "contact_name": "Anabel C. Ruiz", "contact_employee_id": "1000456789",
        "contact_phone": "4045550137", "taxpayer_name": "GENEVIEVE O MBEKI", "taxpayer_id": "XXX-XX-6083",
        "tax_periods": ["2022-12-31"], "tax_form": "1040",
    },
    collection={"actions": ["lien"], "outcome": "not_sustained", "alternatives": []},
    innocent_spouse={"outcome": "full_relief", "sections": ["6015(b)"]},
)


# --- 43: a Letter 3193 that mentions the taxpayer's Form 8857 still pending with the Cincinnati Centralized
# --- Innocent Spouse Operation and the 90 days she will have after its own letter: no innocent spouse
# --- determination here and no 90-day period; the lien upheld with an installment agreement ----------------
def _header_43(pen: Pen) -> float:
    office_block(pen, (*APPEALS, "250 Marquette Ave. S, Room 620", "Minneapolis, MN 55401"))
    pairs_right_inline(pen, (
        ("Date:", ["August 17, 2022"]),
        ("Person to Contact:", ["Gunnar E. Lindahl"]),
        ("Employee ID Number:", ["1000904417"]),
        ("Contact Telephone Number:", ["612-394-7720"]),
        ("Contact Fax Number:", ["855-418-2296"]),
        ("Taxpayer ID Number:", ["XXX-XX-8852"]),
        ("Tax Period Ended:", ["12/31/2019"]),
        ("Tax Form:", ["1040"]),
    ), x=300, top=54)
    pen.lines(MARGIN, 164, ("INGRID M HALVORSEN", "3914 CHICAGO AVE", "MINNEAPOLIS MN 55407"))
    return salute(pen, 236, "Dear Ms. Halvorsen:", w.TITLE_3193)


LETTER_43 = Letter(
    name="ind43-3193-pending", letter_type="3193", header=_header_43, footer="Letter 3193 (Rev. 9-2019)",
    body=(
        "We have reviewed the filing of the Notice of Federal Tax Lien for the period shown above. This "
        "letter is your Notice of Determination under IRC Section 6320.",
        "**Summary of Determination",
        "Appeals sustains the filing of the Notice of Federal Tax Lien. During the hearing we approved an "
        "installment agreement of $240 a month, and the lien will remain until the balance is paid.",
        "**Your request for innocent spouse relief",
        "At the hearing you told us that you sent Form 8857, Request for Innocent Spouse Relief, for 2019 to "
        "the Cincinnati Centralized Innocent Spouse Operation, which received it on March 2, 2022. That "
        "request is still being considered there, and this letter does not decide it. You will receive a "
        "separate letter with the decision on your request. If you disagree with that final determination, "
        "you will have 90 days from the date of that letter to petition the United States Tax Court.",
        "If you want to dispute this determination in court, you must file a petition with the United States "
        "Tax Court within 30 days from the date of this letter.",
        w.LATE, w.COURT, w.QUESTIONS, *w.SIGNATURE,
    ),
    fields={
        "letter_date": "2022-08-17", "contact_name": "Gunnar E. Lindahl", "contact_employee_id": "1000904417",
        "contact_phone": "6123947720", "contact_fax": "8554182296", "taxpayer_name": "INGRID M HALVORSEN",
        "taxpayer_id": "XXX-XX-8852", "tax_periods": ["2019-12-31"], "tax_form": "1040",
    },
    collection={"actions": ["lien"], "outcome": "sustained", "alternatives": ["installment_agreement"]},
    innocent_spouse=None,
)

LETTERS: tuple[Letter, ...] = (LETTER_36, LETTER_37, LETTER_38, LETTER_39, LETTER_40, LETTER_41, LETTER_42,
                               LETTER_43)
