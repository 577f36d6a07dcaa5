"""Independent letters 7-11: an old template, two pages, a Letter 3193 (EIN), a CP14 notice, a mixed one."""

from __future__ import annotations

import wording as w
from layout import (
    MARGIN,
    Fonts,
    Pen,
    office_block,
    pairs_right_inline,
    pairs_tab_stop,
)
from spec import APPEALS, Letter, salute


# --- 7: the old template: old title and 30-day sentence, a wrapped label, a printed last day, in re stamp --
def _header_07(pen: Pen) -> float:
    office_block(pen, (*APPEALS, "1100 Commerce Street, MC 2000-DAL", "Dallas, TX 75242"))
    pairs_tab_stop(pen, (
        ("Date:", ["09/27/2023"]),
        ("Person to Contact:", ["Desmond P. Achebe"]),
        ("Employee ID #:", ["1000123098"]),
        ("Phone #:", ["(214) 413-5530"]),
        ("Fax #:", ["(214) 413-5577"]),
        ("Social Security or Employer\nIdentification Number:", ["912-55-3108"]),
        ("Tax Period(s):", ["Dec. 31, 2020"]),
        ("Tax Form Number:", ["1040"]),
        ("Last Day to File a Petition\nwith the Tax Court:", ["10/27/2023"]),
    ), x=300, value_x=440, top=54)
    pen.lines(MARGIN, 176, ("PRISCILLA A NORDGREN", "2804 ELM CREST DR", "GARLAND TX 75040"))
    pen.text(MARGIN, 250, "in re: Due Process Appeal")
    pen.text(330, 250, "OCT 02 2023")
    return salute(pen, 276, "Dear Priscilla A Nordgren:", w.TITLE_4390_OLD)


LETTER_07 = Letter(
    name="ind07-oldtitle", letter_type="4390", header=_header_07, footer="Letter 4390 (Rev. 3-2013)",
    body=(
        "We received your Form 12153 on April 3, 2023. We have reviewed the collection actions and your "
        "request for relief, and our determination is below.",
        "The Notice of Federal Tax Lien filing is upheld, and the proposed levy is upheld as well.",
        "Your claim for relief under IRC Section 6015(b) is allowed in full.",
        w.PETITION_30_OLD, w.PETITION_90, w.LATE, w.COURT, *w.SIGNATURE,
    ),
    fields={
        "letter_date": "2023-09-27", "contact_name": "Desmond P. Achebe", "contact_employee_id": "1000123098",
        "contact_phone": "2144135530", "contact_fax": "2144135577", "taxpayer_name": "PRISCILLA A NORDGREN",
        "taxpayer_id": "XXX-XX-3108", "tax_periods": ["2020-12-31"], "tax_form": "1040",
        "printed_last_day": "2023-10-27",
    },
    collection={"actions": ["lien", "levy"], "outcome": "sustained", "alternatives": []},
    innocent_spouse={"outcome": "full_relief", "sections": ["6015(b)"]},
    fonts=Fonts("Courier", "Courier-Bold", 9.5),
)


# --- 8: two pages, lower-case labels, "Mar. 17, 2025", three periods separated by semicolons --------------
def _header_08(pen: Pen) -> float:
    office_block(pen, (*APPEALS, "230 S. Dearborn Street, Room 2600", "Chicago, IL 60604"))
    pairs_right_inline(pen, (
        ("Date:", ["Mar. 17, 2025"]),
        ("Person to contact:", ["Mei-Ling Haversham"]),
        ("Employee ID number:", ["1000765501"]),
        ("Telephone:", ["312-292-3105"]),
        ("Fax:", ["312-292-3150"]),
        ("Hours:", ["7:30 a.m. - 4:00 p.m. CT"]),
        ("Taxpayer identification number:", ["XXX-XX-8813"]),
        ("Tax period(s) ended:", ["12/31/2019; 12/31/2020; 12/31/2021"]),
        ("Tax form:", ["1040"]),
    ), x=326, top=54)
    pen.lines(MARGIN, 176, ("ADEBAYO O FALANA", "5510 N SHERIDAN RD APT 12B", "CHICAGO IL 60640"))
    return salute(pen, 250, "Dear Adebayo O Falana:")


LETTER_08 = Letter(
    name="ind08-twopage", letter_type="4390", header=_header_08, footer="Letter 4390 (Rev. 11-2019)",
    continuation="Adebayo O Falana  XXX-XX-8813",
    body=(
        "We have completed our review of the notice of intent to levy issued for the periods above and of "
        "your request for relief from joint and several liability.",
        "**Discussion and analysis",
        "You raised collection alternatives during your hearing. We considered an offer in compromise and "
        "whether your account could be reported as currently not collectible. Your income is above your "
        "allowable expenses, so neither alternative was available.",
        "Appeals verified that the Service met the requirements of law and procedure before issuing the "
        "notice of intent to levy. Your request for a penalty abatement was addressed separately. "
        "The hearing also covered the balances for each year and the payments you made in 2022 and 2023.",
        "**Determination",
        "The notice of intent to levy is sustained.",
        "You qualify for partial relief under IRC Sections 6015(b) and 6015(c). You are relieved of "
        "$2,870 of the tax for 2020; you remain responsible for the rest of the balance.",
        w.PETITION_30_NEW, w.PETITION_90, w.LATE, w.COURT, w.ADVOCATE,
        "You may also contact your local Taxpayer Advocate office. A list of offices is in Publication 1546.",
        w.QUESTIONS, *w.SIGNATURE,
    ),
    fields={
        "letter_date": "2025-03-17", "contact_name": "Mei-Ling Haversham",
        "contact_employee_id": "1000765501", "contact_phone": "3122923105", "contact_fax": "3122923150",
        "contact_hours": "7:30 a.m. - 4:00 p.m. CT",
        "taxpayer_name": "ADEBAYO O FALANA", "taxpayer_id": "XXX-XX-8813",
        "tax_periods": ["2019-12-31", "2020-12-31", "2021-12-31"], "tax_form": "1040",
    },
    collection={"actions": ["levy"], "outcome": "sustained",
                "alternatives": ["offer_in_compromise", "currently_not_collectible"]},
    innocent_spouse={"outcome": "partial_relief", "sections": ["6015(b)", "6015(c)"]},
    fonts=Fonts("Times-Roman", "Times-Bold", 10.5),
)


# --- 9: Letter 3193 for a business: EIN in full, quarterly periods, Form 941 -------------------------------
def _header_09(pen: Pen) -> float:
    office_block(pen, (*APPEALS, "1919 Smith Street, MS 8000", "Houston, TX 77002"))
    pairs_tab_stop(pen, (
        ("Date:", ["August 8, 2024"]),
        ("Person to Contact:", ["Franklin Oduya"]),
        ("Employee ID Number:", ["1000344120"]),
        ("Telephone Number:", ["(713) 209-3411"]),
        ("Employer Identification Number:", ["81-2345678"]),
        ("Tax Period(s) Ended:", ["03/31/2023", "06/30/2023", "09/30/2023"]),
        ("Tax Form:", ["941"]),
    ), x=300, value_x=462, top=54)
    pen.lines(MARGIN, 176, ("RIVERBEND MACHINE WORKS LLC", "4120 INDUSTRIAL BLVD", "PASADENA TX 77503"))
    return salute(pen, 250, "Dear Taxpayer:", w.TITLE_3193)


LETTER_09 = Letter(
    name="ind09-3193", letter_type="3193", header=_header_09, footer="Letter 3193 (Rev. 6-2022)",
    body=(
        "We reviewed the proposed levy action for the periods shown above. This letter is your Notice of "
        "Determination, as required by law.",
        "**Summary of Determination",
        "Appeals sustains the proposed levy action. You did not propose a collection alternative and did not "
        "file the employment tax returns that are due.",
        "If you want to dispute this determination in court, you must file a petition with the United States "
        "Tax Court within 30 days from the date of this letter.",
        w.LATE, w.COURT, w.QUESTIONS, *w.SIGNATURE,
    ),
    fields={
        "letter_date": "2024-08-08", "contact_name": "Franklin Oduya", "contact_employee_id": "1000344120",
        "contact_phone": "7132093411", "taxpayer_name": "RIVERBEND MACHINE WORKS LLC",
        "taxpayer_id": "XX-XXX5678", "tax_periods": ["2023-03-31", "2023-06-30", "2023-09-30"],
        "tax_form": "941",
    },
    collection={"actions": ["levy"], "outcome": "sustained", "alternatives": []},
    innocent_spouse=None,
)


# --- 10: a CP14 balance due notice: not an Appeals letter at all -------------------------------------------
def _header_10(pen: Pen) -> float:
    office_block(pen, ("Department of the Treasury", "Internal Revenue Service",
                       "Kansas City, MO 64999-0023"))
    pairs_tab_stop(pen, (
        ("Notice", ["CP14"]), ("Tax year", ["2023"]), ("Notice date", ["March 3, 2025"]),
        ("Social Security number", ["XXX-XX-3012"]), ("To contact us", ["800-829-0922"]),
        ("Page", ["1 of 3"]),
    ), x=380, value_x=480, top=54)
    pen.lines(MARGIN, 150, ("RONALD G PIERCE", "62 HARBOR VIEW RD", "NORFOLK VA 23503"))
    pen.y = 230
    pen.paragraph("Amount due: $1,284.17", bold=True)
    return pen.y


LETTER_10 = Letter(
    name="ind10-cp14", letter_type="other", header=_header_10, footer="Notice CP14 (Rev. 10-2023)",
    body=(
        "**You have unpaid taxes for 2023",
        "Our records show you have unpaid taxes of $1,284.17 for the tax year ending December 31, 2023. "
        "If you don't pay the amount due by March 24, 2025, interest will increase.",
        "**What you need to do immediately",
        "Pay the amount due by March 24, 2025. If you can't pay the full amount, pay what you can and visit "
        "www.irs.gov/paymentplan to set up a payment plan.",
        "If we don't hear from you, we may file a Notice of Federal Tax Lien or levy your wages.",
    ),
    fields={},
    collection=None,
    innocent_spouse=None,
)

# --- 11: name and ID on one line, a row of labels with values under them (no rules), one mixed sentence -----
def _header_11(pen: Pen) -> float:
    office_block(pen, (*APPEALS, "700 W. Capitol Ave., Room 3500", "Little Rock, AR 72201"))
    pairs_right_inline(pen, (
        ("Date:", ["October 1, 2024"]),
        ("Person to Contact:", ["Carla M. Reyes, ID# 1000654321"]),
        ("Telephone Number (Toll Free):", ["1-877-555-0199"]),
        ("Hours:", ["Monday - Friday, 8:00 a.m. - 4:30 p.m."]),
    ), x=318, top=54)
    pen.lines(MARGIN, 130, ("TERRENCE L OKONKWO", "1840 PINE BLUFF HWY", "CONWAY AR 72032"))
    for x, label, value in ((MARGIN, "Taxpayer ID Number", "XXX-XX-6650"),
                            (200, "Tax Period(s)", "12/31/2021"),
                            (330, "Type of Tax", "Income"), (440, "Tax Form Number", "1040")):
        pen.text(x, 196, label, bold=True)
        pen.text(x, 209, value)
    return salute(pen, 240, "Dear Mr. Okonkwo:")


LETTER_11 = Letter(
    name="ind11-namerow", letter_type="4390", header=_header_11, footer="Letter 4390 (DO) (Rev. 11-2019)",
    body=(
        "We have completed the hearing you requested on the lien and levy notices and our review of your "
        "request for relief from joint and several liability.",
        "The Notice of Federal Tax Lien filing is sustained, but the proposed levy is not sustained because "
        "you entered into an installment agreement during the hearing.",
        "We approved your request for relief under IRC Section 6015(b) in part: you are not liable for the "
        "understatement from your former spouse's business income.",
        w.PETITION_30_NEW, w.PETITION_90, w.LATE, w.COURT, *w.SIGNATURE,
    ),
    fields={
        "letter_date": "2024-10-01", "contact_name": "Carla M. Reyes", "contact_employee_id": "1000654321",
        "contact_phone": "8775550199", "contact_hours": "Monday - Friday, 8:00 a.m. - 4:30 p.m.",
        "taxpayer_name": "TERRENCE L OKONKWO", "taxpayer_id": "XXX-XX-6650", "tax_periods": ["2021-12-31"],
        "tax_form": "1040",
    },
    collection={"actions": ["lien", "levy"], "outcome": "partially_sustained",
                "alternatives": ["installment_agreement"]},
    innocent_spouse={"outcome": "partial_relief", "sections": ["6015(b)"]},
)

LETTERS: tuple[Letter, ...] = (LETTER_07, LETTER_08, LETTER_09, LETTER_10, LETTER_11)
