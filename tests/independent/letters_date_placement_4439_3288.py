"""Independent letters 20-27: a title and an extension on the contact's value lines, the letter date at left
under the office or alone above the address beside a clinic's received stamp, a determination on page 2,
equitable relief in full after (b) and (c) are refused, IRC 66(c), an accepted offer, a lien withdrawn while
the levy stands, a Letter 4439 and a Letter 3288, a 3193 with a masked EIN, and deadlines rolling past
Thanksgiving, New Year's Day, Memorial Day, Independence Day, Labor Day, Inauguration Day and a Saturday
Veterans Day observed on Friday."""

from __future__ import annotations

import wording as w
from layout import (
    MARGIN,
    PAGE_W,
    Fonts,
    Pen,
    office_block,
    pairs_grid,
    pairs_right_inline,
    pairs_stacked,
    pairs_tab_stop,
)
from spec import APPEALS, Letter, salute

TITLE_4439 = (
    "Decision Letter Concerning Equivalent Hearing Under Section 6320 and/or 6330 of the Internal Revenue "
    "Code and Final Determination Under Section 6015"
)
TITLE_3288 = "Final Determination Letter: Your Request for Relief from Joint and Several Liability"


def received_stamp(pen: Pen, *, x0: float, top: float, lines: tuple[str, ...]) -> float:
    """A rubber stamp someone put on the letter after it arrived: a box of short bold lines."""
    leading = pen.fonts.leading
    widest = max(pen.width(line, bold=True) for line in lines)
    bottom = top + leading * len(lines) + 6
    pen.box(x0, top, x0 + widest + 12, bottom)
    for row, line in enumerate(lines):
        pen.text(x0 + 6, top + leading * (row + 1), line, bold=True)
    return bottom


# --- 20: "Settlement Officer" before the contact's name, a phone with an extension; (b) and (c) refused but
# --- equitable relief in full, so neither action stands; day 30 is Thanksgiving (rolls to Friday). Faxed.
def _header_20(pen: Pen) -> float:
    office_block(pen, (*APPEALS, "1973 N. Rulon White Blvd., M/S 4900", "Ogden, UT 84404"))
    pairs_right_inline(pen, (
        ("Date:", ["October 29, 2024"]),
        ("Person to contact:", ["Settlement Officer Maria T. Alvarez"]),
        ("Employee ID number:", ["1000873365"]),
        ("Telephone:", ["(801) 620-7710 ext. 224"]),
        ("Fax:", ["(855) 621-7012"]),
        ("Hours:", ["7:00 a.m. - 3:30 p.m. MT"]),
        ("Taxpayer ID number:", ["XXX-XX-4821"]),
        ("Tax periods ended:", ["12/31/2020, 12/31/2021"]),
        ("Tax form:", ["1040"]),
    ), x=306, top=54)
    pen.text(MARGIN, 150, "CERTIFIED MAIL", bold=True)
    pen.lines(MARGIN, 176, ("SHAUNA K PETTIGREW", "2716 W 4000 S", "ROY UT 84067-2219"))
    return salute(pen, 254, "Dear Ms. Pettigrew:")


LETTER_20 = Letter(
    name="ind20-officer-ext", letter_type="4390", header=_header_20, footer="Letter 4390 (Rev. 11-2019)",
    fonts=Fonts("Helvetica", "Helvetica-Bold", 9.5),
    body=(
        "We have completed the Collection Due Process hearing you requested under IRC Sections 6320 and 6330 "
        "and our review of your Form 8857, Request for Innocent Spouse Relief, which we received on April 2, "
        "2024. Your hearing was held by telephone on August 13, 2024.",
        "**Summary of Determination",
        "You are not entitled to relief under IRC Section 6015(b) or 6015(c), but you are entitled to "
        "equitable relief under IRC Section 6015(f) for the full amount of the unpaid tax for 2020 and 2021.",
        "Because you are no longer liable for these periods, the proposed levy is not sustained, and the "
        "Notice of Federal Tax Lien will be withdrawn as to you.",
        w.PETITION_30_NEW, w.PETITION_90, w.LATE, w.COURT, w.ADVOCATE, w.QUESTIONS, *w.SIGNATURE,
    ),
    fields={
        "letter_date": "2024-10-29", "contact_name": "Maria T. Alvarez", "contact_employee_id": "1000873365",
        "contact_phone": "8016207710", "contact_fax": "8556217012",
        "contact_hours": "7:00 a.m. - 3:30 p.m. MT",
        "taxpayer_name": "SHAUNA K PETTIGREW", "taxpayer_id": "XXX-XX-4821",
        "tax_periods": ["2020-12-31", "2021-12-31"], "tax_form": "1040",
    },
    collection={"actions": ["lien", "levy"], "outcome": "not_sustained", "alternatives": []},
    innocent_spouse={"outcome": "full_relief", "sections": ["6015(b)", "6015(c)", "6015(f)"]},
)


# --- 21: "Date of this letter" at left under the office with the taxpayer's identifiers, the right column
# --- only the contact ("Appeals Officer", a direct line above a toll-free one); "2019 through 2021"; an
# --- accepted offer ends the levy; IRC 66(c) denied; day 30 is New Year's Day, day 90 a Sunday ------------
def _header_21(pen: Pen) -> float:
    office_block(pen, (*APPEALS, "4041 N. Central Avenue, MS 2000-PHX", "Phoenix, AZ 85012"))
    pairs_tab_stop(pen, (
        ("Appeals Officer:", ["Kwame O. Mensah"]),
        ("Employee ID:", ["1000729954"]),
        ("Direct line:", ["(602) 636-9184"]),
        ("Toll-free:", ["1-866-883-0235"]),
        ("Fax:", ["(855) 241-6628"]),
        ("Hours:", ["8:00 a.m. - 4:30 p.m. MST"]),
    ), x=350, value_x=430, top=54)
    pairs_tab_stop(pen, (
        ("Date of this letter:", ["December 2, 2024"]),
        ("Taxpayer ID number:", ["XXX-XX-9063"]),
        ("Tax years:", ["2019 through 2021"]),
        ("Form:", ["1040"]),
    ), x=MARGIN, value_x=MARGIN + 112, top=140)
    pen.lines(MARGIN, 214, ("ESPERANZA L QUINTERO", "8820 W ENCANTO BLVD", "PHOENIX AZ 85037"))
    return salute(pen, 274, "Dear Ms. Quintero:")


LETTER_21 = Letter(
    name="ind21-dateleft-66c", letter_type="4390", header=_header_21, footer="Letter 4390 (Rev. 12-2021)",
    body=(
        "This letter is our Notice of Determination on the Collection Due Process hearing you requested "
        "after you received a notice of intent to levy, and on the request for relief you filed on Form 8857 "
        "on May 20, 2024. You filed separate returns while you were married and living in Arizona, a "
        "community property state.",
        "**Collection action",
        "During the hearing you submitted an offer in compromise of $7,800. Appeals accepted the offer on "
        "November 14, 2024. Because the offer was accepted, the proposed levy is not sustained.",
        "**Relief from community property laws",
        "You asked not to be taxed on your husband's share of the community income. You knew about the "
        "income, and you benefited from it. You do not qualify for relief under IRC Section 66(c), "
        "including equitable relief under that section, and your request is denied.",
        w.PETITION_30_PLAIN, w.PETITION_90, w.LATE, w.COURT, w.QUESTIONS, *w.SIGNATURE,
    ),
    fields={
        "letter_date": "2024-12-02", "contact_name": "Kwame O. Mensah", "contact_employee_id": "1000729954",
        "contact_phone": "6026369184", "contact_fax": "8552416628",
        "contact_hours": "8:00 a.m. - 4:30 p.m. MST",
        "taxpayer_name": "ESPERANZA L QUINTERO", "taxpayer_id": "XXX-XX-9063",
        "tax_periods": ["2019-12-31", "2020-12-31", "2021-12-31"], "tax_form": "1040",
    },
    collection={"actions": ["levy"], "outcome": "not_sustained", "alternatives": ["offer_in_compromise"]},
    innocent_spouse={"outcome": "denied", "sections": ["66(c)"]},
)


# --- 22: the letter date alone above the address, no label, beside a clinic's RECEIVED stamp with a later
# --- date; lien withdrawn but levy sustained; 6015(b) for one year of two; day 90 is Memorial Day. Scanned.
def _header_22(pen: Pen) -> float:
    office_block(pen, (*APPEALS, "55 N. Robinson Avenue, Stop 8000", "Oklahoma City, OK 73102"))
    pairs_tab_stop(pen, (
        ("Person to Contact:", ["Yolanda B. Fairweather"]),
        ("Employee ID Number:", ["1000415586"]),
        ("Telephone Number:", ["405-297-4123"]),
        ("Fax Number:", ["855-388-1907"]),
        ("Taxpayer ID Number:", ["XXX-XX-3370"]),
        ("Tax Periods Ended:", ["12/31/2021", "12/31/2022"]),
        ("Tax Form:", ["1040"]),
    ), x=340, value_x=448, top=54)
    pen.text(MARGIN, 140, "February 25, 2025")
    received_stamp(pen, x0=200, top=124, lines=("RECEIVED", "MAR 04 2025", "TAXPAYER CLINIC"))
    pen.lines(MARGIN, 180, ("LORETTA J BIGHORSE", "1417 NW 36TH ST", "OKLAHOMA CITY OK 73118"))
    return salute(pen, 246, "Dear Loretta J Bighorse:")


LETTER_22 = Letter(
    name="ind22-stamp", letter_type="4390", header=_header_22, footer="Letter 4390 (Rev. 11-2019)",
    body=(
        "We have made our determination on the Collection Due Process hearing you asked for after the lien "
        "and levy notices for 2021 and 2022, and on your claim for innocent spouse relief received on "
        "August 5, 2024.",
        "**Lien and levy",
        "The Notice of Federal Tax Lien will be withdrawn. It was filed before the end of the period allowed "
        "by the notice and demand for payment, so it was not filed under the Service's procedures.",
        "The proposed levy is sustained. You did not propose a collection alternative, and the levy balances "
        "the need for efficient collection with your concern that it be no more intrusive than necessary.",
        "**Innocent spouse relief",
        "Appeals grants you innocent spouse relief under IRC Section 6015(b) for 2021: you are not liable "
        "for the understatement from the unreported gambling winnings of your former husband. You do not "
        "qualify for relief for 2022, because you knew about the income reported on the Form W-2G for that "
        "year.",
        w.PETITION_30_NEW, w.PETITION_90_SHORT, w.LATE, w.COURT, w.ADVOCATE, *w.SIGNATURE,
    ),
    fields={
        "letter_date": "2025-02-25", "contact_name": "Yolanda B. Fairweather",
        "contact_employee_id": "1000415586", "contact_phone": "4052974123", "contact_fax": "8553881907",
        "taxpayer_name": "LORETTA J BIGHORSE", "taxpayer_id": "XXX-XX-3370",
        "tax_periods": ["2021-12-31", "2022-12-31"], "tax_form": "1040",
    },
    collection={"actions": ["lien", "levy"], "outcome": "partially_sustained", "alternatives": []},
    innocent_spouse={"outcome": "partial_relief", "sections": ["6015(b)"]},
)


# --- 23: two pages, the determination only on page 2 under a short repeated header ("SSN ending"); levy
# --- not sustained for currently not collectible (an agreement and an offer ruled out), (b) and (c)
# --- disallowed; day 30 is Independence Day and day 90 Labor Day. Also scanned at 150 dpi. ----------------
def _header_23(pen: Pen) -> float:
    office_block(pen, (*APPEALS, "333 W. Pershing Road, Stop 2000", "Kansas City, MO 64108"))
    pairs_tab_stop(pen, (
        ("Date:", ["June 4, 2024"]),
        ("Contact Person:", ["Bartholomew Nwachukwu"]),
        ("Employee ID:", ["1000558207"]),
        ("Telephone:", ["816-499-5062"]),
        ("Fax:", ["816-499-5095"]),
        ("Hours:", ["8:00 a.m. to 4:30 p.m. CT"]),
        ("Taxpayer ID:", ["XXX-XX-7314"]),
        ("Tax Period(s):", ["12/31/2019, 12/31/2020"]),
        ("Tax Form:", ["1040"]),
    ), x=312, value_x=400, top=54)
    pen.lines(MARGIN, 176, ("HELENA R BRANDT", "604 E 63RD ST APT 2", "KANSAS CITY MO 64110"))
    return salute(pen, 256, "Dear Ms. Brandt:")


LETTER_23 = Letter(
    name="ind23-page2", letter_type="4390", header=_header_23, footer="Letter 4390 (Rev. 11-2019)",
    fonts=Fonts("Times-Roman", "Times-Bold", 10.5),
    continuation="Helena R. Brandt, SSN ending 7314",
    body=(
        "We have completed the Collection Due Process hearing you requested under IRC Section 6330 about the "
        "notice of intent to levy for the periods shown above, and our review of your Form 8857, Request for "
        "Innocent Spouse Relief, received on October 16, 2023.",
        "**Background",
        "You and your former husband filed joint returns for 2019 and 2020. The returns showed tax that was "
        "not paid with them. Later, an examination of the 2020 return added tax for income from a brokerage "
        "account in your former husband's name, which was assessed on March 13, 2023. A notice of intent to "
        "levy was issued on September 5, 2023, and we received your Form 12153 on September 28, 2023.",
        "**Discussion and analysis",
        "Appeals verified that the requirements of applicable law and administrative procedure were met. The "
        "tax was properly assessed, notice and demand for payment was sent to your last known address, and "
        "the notice of intent to levy was properly issued before any levy.",
        "At the hearing, held by telephone on February 27, 2024, you gave us a Form 433-A, Collection "
        "Information Statement, with your pay statements and your monthly expenses. You are the only earner "
        "in a household of three, and your allowable living expenses are more than your income. You cannot "
        "pay the balance now, and a levy would leave you unable to meet basic living expenses.",
        "On your request for relief, you told us that you signed the returns your former husband prepared, "
        "that you did not read them, and that you did not know the tax had not been paid. You also told us "
        "that you had no access to the brokerage account. Bank records you provided show that you had your "
        "own account and that you paid the household's bills from it, and you reviewed the balance-due "
        "notices that came to your home in 2020 and 2021. The income from the brokerage account was not "
        "yours, but the understatement on the 2020 return is small next to the unpaid balances, and you "
        "did not elect allocation of the deficiency before you were divorced.",
        "We also looked at whether you could pay under an installment agreement or an offer in compromise. "
        "Because your expenses exceed your income, neither is available to you now.",
        "**Determination",
        "The proposed levy is not sustained. We will ask the Collection function to report your account as "
        "currently not collectible. Collection may resume if your income increases.",
        "Your claim for relief from joint and several liability under IRC Sections 6015(b) and 6015(c) is "
        "disallowed in full. You remain liable for the balances for 2019 and 2020.",
        w.PETITION_30_NEW, w.PETITION_90, w.LATE, w.COURT, w.ADVOCATE, w.QUESTIONS, *w.SIGNATURE,
    ),
    fields={
        "letter_date": "2024-06-04", "contact_name": "Bartholomew Nwachukwu",
        "contact_employee_id": "1000558207", "contact_phone": "8164995062", "contact_fax": "8164995095",
        "contact_hours": "8:00 a.m. to 4:30 p.m. CT", "taxpayer_name": "HELENA R BRANDT",
        "taxpayer_id": "XXX-XX-7314", "tax_periods": ["2019-12-31", "2020-12-31"], "tax_form": "1040",
    },
    collection={"actions": ["levy"], "outcome": "not_sustained", "alternatives": [
        "installment_agreement", "offer_in_compromise", "currently_not_collectible"]},
    innocent_spouse={"outcome": "denied", "sections": ["6015(b)", "6015(c)"]},
)


# --- 24: a Letter 4439 (equivalent hearing and innocent spouse): a toll-free phone with an extension, a
# --- ruled table; the lien decision cannot be petitioned, only the 6015(f) denial (day 90 a Sunday, then
# --- Inauguration Day and Martin Luther King Jr. Day) -------------------------------------------------------
def _header_24(pen: Pen) -> float:
    office_block(pen, (*APPEALS, "1301 Clay Street, Suite 1400-S", "Oakland, CA 94612"))
    bottom = pairs_grid(pen, (
        ("Date", ["October 21, 2024"]),
        ("Person to Contact", ["Dorothea Van Kampen"]),
        ("Employee ID Number", ["1001302278"]),
        ("Contact Telephone", ["1-877-883-0154 ext. 5521"]),
        ("Fax Number", ["855-201-4478"]),
        ("Taxpayer ID Number", ["XXX-XX-6642"]),
        ("Tax Period(s) Ended", ["12/31/2022"]),
        ("Tax Form", ["1040"]),
    ), x0=282, split=394, x1=PAGE_W - MARGIN, top=126)
    pen.lines(MARGIN, 150, ("MARCUS D ELLINGTON", "2219 94TH AVE", "OAKLAND CA 94603"))
    return salute(pen, bottom + 6, "Dear Marcus D Ellington:", TITLE_4439)


LETTER_24 = Letter(
    name="ind24-4439", letter_type="4439", header=_header_24, footer="Letter 4439 (Rev. 5-2018)",
    body=(
        "Your request for a Collection Due Process hearing about the Notice of Federal Tax Lien was not "
        "received within the time the law allows, so Appeals gave you an equivalent hearing. We also "
        "considered your request for relief from joint and several liability, Form 8857, received on "
        "March 4, 2024.",
        "**Decision on the collection action",
        "Appeals sustains the filing of the Notice of Federal Tax Lien. The lien will remain in place while "
        "you make the payments under the installment agreement you entered into during the hearing.",
        "Because this was an equivalent hearing, our decision on the lien is not a determination that the "
        "Tax Court can review.",
        "**Final determination on your request for relief",
        "You do not qualify for equitable relief under IRC Section 6015(f). You knew when you signed the "
        "2022 return that the tax shown on it would not be paid. Your request is denied.",
        "If you disagree with this final determination on your request for relief, you can petition the "
        "United States Tax Court within 90 days from the date of this letter.",
        w.COURT, w.ADVOCATE, w.QUESTIONS, *w.SIGNATURE,
    ),
    fields={
        "letter_date": "2024-10-21", "contact_name": "Dorothea Van Kampen",
        "contact_employee_id": "1001302278", "contact_phone": "8778830154", "contact_fax": "8552014478",
        "taxpayer_name": "MARCUS D ELLINGTON", "taxpayer_id": "XXX-XX-6642", "tax_periods": ["2022-12-31"],
        "tax_form": "1040",
    },
    collection={"actions": ["lien"], "outcome": "sustained", "alternatives": ["installment_agreement"]},
    innocent_spouse={"outcome": "denied", "sections": ["6015(f)"]},
)


# --- 25: a Letter 3288 (Appeals' final determination on a stand-alone innocent spouse claim): stacked
# --- labels, 6015(c) in part and 6015(f) denied for the rest; day 90 is Washington's Birthday --------------
def _header_25(pen: Pen) -> float:
    office_block(pen, (*APPEALS, "1111 Constitution Ave. NW, Room 3000", "Washington, DC 20224"))
    pairs_stacked(pen, (
        ("Date:", ["November 19, 2024"]),
        ("Person to contact:", ["Cornelius A. Whitlock"]),
        ("Employee ID number:", ["1000290431"]),
        ("Contact telephone number:", ["202-317-8846"]),
        ("Contact fax number:", ["202-317-8890"]),
        ("Taxpayer identification number:", ["XXX-XX-1598"]),
        ("Tax year ended:", ["December 31, 2021"]),
    ), x=360, top=54, indent=10)
    pen.lines(MARGIN, 170, ("SOLVEIG A MARTINEZ-HOLT", "3308 RODMAN ST NW", "WASHINGTON DC 20008"))
    return salute(pen, 290, "Dear Ms. Martinez-Holt:", TITLE_3288)


LETTER_25 = Letter(
    name="ind25-3288", letter_type="3288", header=_header_25, footer="Letter 3288 (Rev. 10-2019)",
    body=(
        "This letter is the final determination of the IRS Independent Office of Appeals on your request "
        "for relief from joint and several liability under IRC Section 6015 for the tax year shown above. "
        "We received your appeal of the Cincinnati Centralized Innocent Spouse Operation's preliminary "
        "determination on June 10, 2024.",
        "**Final determination",
        "You qualify for allocation of the deficiency under IRC Section 6015(c). Of the $14,380 deficiency "
        "for 2021, $11,025 is allocated to your former spouse, and you are relieved of that amount. For the "
        "$3,355 allocated to you, you do not qualify for equitable relief under IRC Section 6015(f), and you "
        "remain liable for it.",
        "**If you disagree",
        "You may file a petition with the United States Tax Court to review this determination. The Tax "
        "Court must receive your petition, or it must be postmarked, no later than the 90th day after the "
        "date this letter was mailed to you. The time to petition cannot be extended.",
        w.COURT, w.ADVOCATE, w.QUESTIONS, *w.SIGNATURE,
    ),
    fields={
        "letter_date": "2024-11-19", "contact_name": "Cornelius A. Whitlock",
        "contact_employee_id": "1000290431", "contact_phone": "2023178846", "contact_fax": "2023178890",
        "taxpayer_name": "SOLVEIG A MARTINEZ-HOLT", "taxpayer_id": "XXX-XX-1598",
        "tax_periods": ["2021-12-31"],
    },
    collection=None,
    innocent_spouse={"outcome": "partial_relief", "sections": ["6015(c)", "6015(f)"]},
)


# --- 26: a Letter 3193 to a business with the EIN already masked on the letter, bold labels, Form 940; the
# --- levy given up for an installment agreement; day 30 is Friday Nov. 10, 2023, Veterans Day observed ----
def _header_26(pen: Pen) -> float:
    office_block(pen, (*APPEALS, "100 First Street, Suite 1800", "San Francisco, CA 94105"))
    pairs_tab_stop(pen, (
        ("Date:", ["October 11, 2023"]),
        ("Person to Contact:", ["Ingrid S. Haraldsen"]),
        ("Employee ID Number:", ["1000164729"]),
        ("Telephone Number:", ["415-547-0318"]),
        ("Fax Number:", ["415-547-0360"]),
        ("Employer Identification Number:", ["XX-XXX0397"]),
        ("Tax Periods Ended:", ["12/31/2021", "12/31/2022"]),
        ("Form Number:", ["940"]),
    ), x=288, value_x=456, top=54, bold_labels=True)
    pen.lines(MARGIN, 176, ("PACIFIC TIDE SEAFOOD CO INC", "ATTN: ACCOUNTS PAYABLE", "PIER 45 SHED C",
                            "SAN FRANCISCO CA 94133"))
    return salute(pen, 254, "Dear Taxpayer:", w.TITLE_3193)


LETTER_26 = Letter(
    name="ind26-3193-ein", letter_type="3193", header=_header_26, footer="Letter 3193 (Rev. 12-2019)",
    body=(
        "This letter is your Notice of Determination on the Collection Due Process hearing you requested "
        "under IRC Section 6330 about the notice of intent to levy for the federal unemployment tax periods "
        "shown above.",
        "**Summary of Determination",
        "The proposed levy is not sustained. During the hearing Appeals approved an installment agreement of "
        "$2,150 a month, and levy is not appropriate while the agreement is in effect.",
        "If you want to dispute this determination in court, you must file a petition with the United States "
        "Tax Court within 30 days from the date of this letter.",
        w.LATE, w.COURT, w.QUESTIONS, *w.SIGNATURE,
    ),
    fields={
        "letter_date": "2023-10-11", "contact_name": "Ingrid S. Haraldsen",
        "contact_employee_id": "1000164729", "contact_phone": "4155470318", "contact_fax": "4155470360",
        "taxpayer_name": "PACIFIC TIDE SEAFOOD CO INC", "taxpayer_id": "XX-XXX0397",
        "tax_periods": ["2021-12-31", "2022-12-31"], "tax_form": "940",
    },
    collection={"actions": ["levy"], "outcome": "not_sustained", "alternatives": ["installment_agreement"]},
    innocent_spouse=None,
)


# --- 27: "Appeals Officer" as the contact's label, a phone written with dots, "Tax Year Ended" spelled
# --- out; both actions upheld, equitable relief in part; day 30 a Saturday before Inauguration Day. Photo. --
def _header_27(pen: Pen) -> float:
    office_block(pen, (*APPEALS, "1999 Broadway, MS 4000", "Denver, CO 80202"))
    pairs_tab_stop(pen, (
        ("Date:", ["December 19, 2024"]),
        ("Appeals Officer:", ["Rutger P. Vandermeer"]),
        ("Employee ID Number:", ["1000937716"]),
        ("Phone:", ["303.603.4471"]),
        ("Fax:", ["303.603.4490"]),
        ("Taxpayer ID:", ["XXX-XX-0586"]),
        ("Tax Year Ended:", ["December 31, 2021"]),
        ("Form:", ["1040"]),
    ), x=318, value_x=430, top=54)
    pen.lines(MARGIN, 166, ("TAMSIN E OYELOWO-BRIGGS", "15 S PEARL ST", "DENVER CO 80209"))
    return salute(pen, 240, "Dear Tamsin E Oyelowo-Briggs:")


LETTER_27 = Letter(
    name="ind27-officer", letter_type="4390", header=_header_27, footer="Letter 4390 (Rev. 04-2023)",
    fonts=Fonts("Times-Roman", "Times-Bold", 11),
    body=(
        "We have completed our review of the lien and levy notices for 2021 and of the request for relief "
        "from joint and several liability that you filed on Form 8857.",
        "Both the Notice of Federal Tax Lien filing and the proposed levy are upheld. We considered placing "
        "your account in currently not collectible status, but your income is more than your expenses.",
        "Your request for equitable relief under IRC Section 6015(f) is allowed in part. You are relieved of "
        "the penalty and interest for 2021 but remain liable for the tax.",
        w.PETITION_30_NEW, w.PETITION_90, w.LATE, w.COURT, *w.SIGNATURE,
    ),
    fields={
        "letter_date": "2024-12-19", "contact_name": "Rutger P. Vandermeer",
        "contact_employee_id": "1000937716", "contact_phone": "3036034471", "contact_fax": "3036034490",
        "taxpayer_name": "TAMSIN E OYELOWO-BRIGGS", "taxpayer_id": "XXX-XX-0586",
        "tax_periods": ["2021-12-31"], "tax_form": "1040",
    },
    collection={"actions": ["lien", "levy"], "outcome": "sustained",
                "alternatives": ["currently_not_collectible"]},
    innocent_spouse={"outcome": "partial_relief", "sections": ["6015(f)"]},
)

LETTERS: tuple[Letter, ...] = (LETTER_20, LETTER_21, LETTER_22, LETTER_23, LETTER_24, LETTER_25, LETTER_26,
                               LETTER_27)
