"""Independent letters 12-19: more label spellings and period forms, deadlines that roll past weekends and
DC holidays, a Letter 3193 for an individual, and a Letter 525 examination letter that is no CDP letter."""

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
    pairs_grid,
    pairs_in_rows,
    pairs_right_inline,
    pairs_tab_stop,
)
from spec import APPEALS, Letter, salute


def pairs_right_aligned(pen: Pen, pairs: Sequence[Pair], *, colon_x: float, top: float) -> float:
    """Labels set flush right against one line, values flush left just after it (a common IRS template)."""
    for label, values in pairs:
        pen.right(colon_x, top, label)
        top = pen.lines(colon_x + 6, top, values)
    return top


# --- 12: "Letter Date", "Contact Person", "Facsimile", spelled-out periods one per line; lien only and
# --- 6015(c) in part; the 90th day is a Sunday (rolls to Monday) --------------------------------------------
def _header_12(pen: Pen) -> float:
    office_block(pen, (*APPEALS, "55 S. Market Street, MS 8000", "San Jose, CA 95113"))
    pairs_tab_stop(pen, (
        ("Letter Date:", ["August 26, 2024"]),
        ("Contact Person:", ["Beatriz Okafor-Lindqvist"]),
        ("Employee Identification Number:", ["1001187265"]),
        ("Contact Telephone Number:", ["(408) 817-6620"]),
        ("Facsimile:", ["(855) 412-0386"]),
        ("Contact Hours:", ["8:00 a.m. - 4:30 p.m. PT"]),
        ("Taxpayer Identification Number:", ["XXX-XX-4078"]),
        ("Tax Periods:", ["December 31, 2021", "December 31, 2022"]),
        ("Form Number:", ["1040"]),
    ), x=270, value_x=432, top=54)
    pen.text(MARGIN, 150, "CERTIFIED MAIL", bold=True)
    pen.lines(MARGIN, 176, ("NGUYEN T LAN", "2291 STORY RD UNIT 7", "SAN JOSE CA 95122-1408"))
    return salute(pen, 270, "Dear Nguyen T Lan:")


LETTER_12 = Letter(
    name="ind12-contactperson", letter_type="4390", header=_header_12,
    footer="Letter 4390 (Rev. 12-2021)",
    fonts=Fonts("Helvetica", "Helvetica-Bold", 9.5),
    body=(
        "You requested a Collection Due Process hearing under IRC Section 6320 after we filed a Notice of "
        "Federal Tax Lien, and you asked for relief from joint and several liability on Form 8857, which we "
        "received on February 20, 2024. Your hearing was held by telephone on May 14, 2024.",
        "**Summary of Determination",
        "Appeals sustains the filing of the Notice of Federal Tax Lien. The lien notice was filed correctly, "
        "and you did not propose a collection alternative.",
        "You qualify for allocation of liability under IRC Section 6015(c) for part of the deficiency. "
        "You are relieved of $6,240 of the tax for 2021 and $3,115 of the tax for 2022. You remain liable "
        "for the part of the deficiency that is allocated to you.",
        w.PETITION_30_NEW, w.PETITION_90, w.LATE, w.COURT, w.ADVOCATE, w.QUESTIONS, *w.SIGNATURE,
    ),
    fields={
        "letter_date": "2024-08-26", "contact_name": "Beatriz Okafor-Lindqvist",
        "contact_employee_id": "1001187265", "contact_phone": "4088176620", "contact_fax": "8554120386",
        "contact_hours": "8:00 a.m. - 4:30 p.m. PT", "taxpayer_name": "NGUYEN T LAN",
        "taxpayer_id": "XXX-XX-4078", "tax_periods": ["2021-12-31", "2022-12-31"], "tax_form": "1040",
    },
    collection={"actions": ["lien"], "outcome": "sustained", "alternatives": []},
    innocent_spouse={"outcome": "partial_relief", "sections": ["6015(c)"]},
)


# --- 13: label block at left under the office, taxpayer address at right, "SEP 12 2024", capitals; levy
# --- only and 6015(f) denied; day 30 a Saturday, then Sunday and Indigenous Peoples' Day --------------------
def _header_13(pen: Pen) -> float:
    office_block(pen, ("DEPARTMENT OF THE TREASURY", "INTERNAL REVENUE SERVICE",
                       "INDEPENDENT OFFICE OF APPEALS", "915 SECOND AVE, MS W-400", "SEATTLE, WA 98174"))
    pairs_tab_stop(pen, (
        ("DATE:", ["SEP 12 2024"]),
        ("PERSON TO CONTACT:", ["DARNELL W FITZHUGH"]),
        ("EMPLOYEE ID NUMBER:", ["1000981436"]),
        ("TELEPHONE:", ["206-946-3371"]),
        ("FACSIMILE:", ["206-946-3399"]),
        ("TAXPAYER ID:", ["XXX-XX-2250"]),
        ("TAX PERIODS:", ["12/31/2020", "12/31/2021"]),
        ("FORM:", ["1040"]),
    ), x=MARGIN, value_x=MARGIN + 138, top=136)
    pen.text(340, 136, "CERTIFIED MAIL", bold=True)
    pen.lines(340, 162, ("ROSEMARY K THIBODEAUX", "18 ALDER WAY", "KENT WA 98031"))
    return salute(pen, 290, "DEAR TAXPAYER:", w.TITLE_4390.upper())


LETTER_13 = Letter(
    name="ind13-leftlabels", letter_type="4390", header=_header_13,
    footer="Letter 4390 (Rev. 8-2019) Catalog Number 52399W",
    fonts=Fonts("Courier", "Courier-Bold", 9.5),
    body=(
        "WE HAVE COMPLETED THE COLLECTION DUE PROCESS HEARING YOU REQUESTED UNDER IRC SECTION 6330 AFTER "
        "YOU RECEIVED A NOTICE OF INTENT TO LEVY, AND OUR REVIEW OF YOUR REQUEST FOR RELIEF FROM JOINT AND "
        "SEVERAL LIABILITY.",
        "APPEALS SUSTAINS THE PROPOSED LEVY. WE CONSIDERED WHETHER YOUR ACCOUNT COULD BE PLACED IN CURRENTLY "
        "NOT COLLECTIBLE STATUS, BUT YOUR MONTHLY INCOME EXCEEDS YOUR ALLOWABLE LIVING EXPENSES.",
        "YOU DO NOT QUALIFY FOR EQUITABLE RELIEF UNDER IRC SECTION 6015(f). YOU KNEW OF THE UNPAID TAX WHEN "
        "YOU SIGNED THE RETURNS, AND YOUR REQUEST FOR RELIEF IS DENIED.",
        w.PETITION_30_NEW.upper(), w.PETITION_90.upper(), w.LATE.upper(), w.COURT.upper(), *w.SIGNATURE,
    ),
    fields={
        "letter_date": "2024-09-12", "contact_name": "DARNELL W FITZHUGH",
        "contact_employee_id": "1000981436",
        "contact_phone": "2069463371", "contact_fax": "2069463399", "taxpayer_name": "ROSEMARY K THIBODEAUX",
        "taxpayer_id": "XXX-XX-2250", "tax_periods": ["2020-12-31", "2021-12-31"], "tax_form": "1040",
    },
    collection={"actions": ["levy"], "outcome": "sustained", "alternatives": ["currently_not_collectible"]},
    innocent_spouse={"outcome": "denied", "sections": ["6015(f)"]},
)


# --- 14: a ruled table with YYYYMM periods, "Telephone", "Taxpayer Identification Number"; both actions and
# --- full relief under 6015(b) and (f); the 90th day is Christmas (rolls to December 26) -------------------
def _header_14(pen: Pen) -> float:
    office_block(pen, (*APPEALS, "801 Tom Martin Drive, MS 7000", "Birmingham, AL 35211"))
    bottom = pairs_grid(pen, (
        ("Date", ["September 26, 2023"]),
        ("Person to contact", ["Lucinda Abernathy-Cole"]),
        ("Employee ID", ["1000440719"]),
        ("Telephone", ["205-912-5506"]),
        ("Fax", ["205-912-5540"]),
        ("Hours", ["8:00 am to 4:30 pm Central"]),
        ("Taxpayer Identification Number", ["XXX-XX-8137"]),
        ("Tax Periods", ["202112", "202212"]),
        ("Form", ["1040"]),
    ), x0=250, split=400, x1=PAGE_W - MARGIN, top=130)
    pen.lines(MARGIN, 150, ("TAMIKA S HOLLOWAY", "4027 CRESTLINE RD", "MOUNTAIN BROOK AL 35213"))
    return salute(pen, bottom + 6, "Dear Ms. Holloway:")


LETTER_14 = Letter(
    name="ind14-yyyymm", letter_type="4390", header=_header_14,
    footer="Letter 4390 (Rev. 11-2019) Catalog Number 52399W",
    body=(
        "This letter is our determination on the hearing you requested about the Notice of Federal Tax Lien "
        "and the notice of intent to levy for the periods shown above, and on your request for relief from "
        "joint and several liability.",
        "**Relief from joint and several liability",
        "You qualify for innocent spouse relief under IRC Section 6015(b) for the understatement on your "
        "2021 joint return, and for equitable relief under IRC Section 6015(f) for the tax shown on your "
        "2022 joint return that was not paid. You are relieved of the full liability for both periods.",
        "**Collection actions",
        "Because you are no longer liable for these periods, Appeals does not sustain the proposed levy, and "
        "the Notice of Federal Tax Lien will be released as to you. The lien filing is not sustained.",
        w.PETITION_30_NEW, w.PETITION_90, w.LATE, w.COURT, w.QUESTIONS, *w.SIGNATURE,
    ),
    fields={
        "letter_date": "2023-09-26", "contact_name": "Lucinda Abernathy-Cole",
        "contact_employee_id": "1000440719", "contact_phone": "2059125506", "contact_fax": "2059125540",
        "contact_hours": "8:00 am to 4:30 pm Central", "taxpayer_name": "TAMIKA S HOLLOWAY",
        "taxpayer_id": "XXX-XX-8137", "tax_periods": ["2021-12-31", "2022-12-31"], "tax_form": "1040",
    },
    collection={"actions": ["lien", "levy"], "outcome": "not_sustained", "alternatives": []},
    innocent_spouse={"outcome": "full_relief", "sections": ["6015(b)", "6015(f)"]},
)


# --- 15: "05/20/2025", "Your SSN", "Tax Year(s): 2019, 2020 and 2021"; lien kept and levy dropped for an
# --- installment agreement, 6015(b) and (f) denied; day 30 is Juneteenth (rolls to Friday). Faxed scan. -----
def _header_15(pen: Pen) -> float:
    office_block(pen, (*APPEALS, "4050 Alpha Road, MC 2000-NDAL", "Farmers Branch, TX 75244"))
    pairs_right_inline(pen, (
        ("Date:", ["05/20/2025"]),
        ("Person to contact:", ["Mr. Ignatius Boateng"]),
        ("Employee ID number:", ["1002045583"]),
        ("Telephone:", ["469-801-2274"]),
        ("Fax:", ["469-801-2290"]),
        ("Your SSN:", ["XXX-XX-1184"]),
        ("Tax Year(s):", ["2019, 2020 and 2021"]),
        ("Tax Form:", ["1040"]),
    ), x=326, top=54)
    pen.lines(MARGIN, 164, ("VERONICA P ALDANA", "715 MOCKINGBIRD LN", "IRVING TX 75061"))
    return salute(pen, 236, "Dear Veronica P Aldana:")


LETTER_15 = Letter(
    name="ind15-fax", letter_type="4390", header=_header_15, footer="Letter 4390 (Rev. 12-2021)",
    body=(
        "We received your Form 12153, Request for a Collection Due Process or Equivalent Hearing, on "
        "October 30, 2024, and your Form 8857 on November 18, 2024.",
        "**Summary of Determination",
        "The filing of the Notice of Federal Tax Lien is sustained. The proposed levy is not sustained, "
        "because you entered into an installment agreement of $410 a month during the hearing.",
        "Appeals has determined that you do not qualify for relief from joint and several liability under "
        "IRC Section 6015(b) or 6015(f) for the tax years shown above. Your request is denied.",
        w.PETITION_30_NEW, w.PETITION_90_SHORT, w.LATE, w.COURT, w.QUESTIONS, *w.SIGNATURE,
    ),
    fields={
        "letter_date": "2025-05-20", "contact_name": "Ignatius Boateng", "contact_employee_id": "1002045583",
        "contact_phone": "4698012274", "contact_fax": "4698012290", "taxpayer_name": "VERONICA P ALDANA",
        "taxpayer_id": "XXX-XX-1184", "tax_periods": ["2019-12-31", "2020-12-31", "2021-12-31"],
        "tax_form": "1040",
    },
    collection={"actions": ["lien", "levy"], "outcome": "partially_sustained",
                "alternatives": ["installment_agreement"]},
    innocent_spouse={"outcome": "denied", "sections": ["6015(b)", "6015(f)"]},
)


# --- 16: labels flush right against a line, "JAN 17 2024", "Contact Telephone Number", periods one per line;
# --- both actions upheld, 6015(b) denied and 6015(f) in part; the 90th day is DC Emancipation Day ----------
def _header_16(pen: Pen) -> float:
    office_block(pen, (*APPEALS, "600 Arch Street, Room 3214", "Philadelphia, PA 19106"))
    pairs_right_aligned(pen, (
        ("Date:", ["JAN 17 2024"]),
        ("Person to Contact:", ["Ms. Philippa Ndiaye"]),
        ("Employee ID Number:", ["1000318842"]),
        ("Contact Telephone Number:", ["(215) 861-1470"]),
        ("Fax Number:", ["(215) 861-1499"]),
        ("Taxpayer Identification Number:", ["XXX-XX-6091"]),
        ("Tax Period(s) Ended:", ["12/31/2017", "12/31/2018", "12/31/2019"]),
        ("Tax Form:", ["1040"]),
    ), colon_x=430, top=54)
    pen.lines(MARGIN, 190, ("GREGORY A McALLISTER", "1402 N FRONT ST", "HARRISBURG PA 17102"))
    return salute(pen, 262, "Dear Mr. McAllister:")


LETTER_16 = Letter(
    name="ind16-emancipation", letter_type="4390", header=_header_16, footer="Letter 4390 (Rev. 11-2019)",
    fonts=Fonts("Times-Roman", "Times-Bold", 10.5),
    body=(
        "We have made our determination on the Collection Due Process hearing you requested under IRC "
        "Sections 6320 and 6330 and on your request for relief from joint and several liability.",
        "**Collection",
        "The Notice of Federal Tax Lien filing and the notice of intent to levy are both sustained. Appeals "
        "considered your offer in compromise, but the reasonable collection potential of your assets exceeds "
        "the amount you offered.",
        "**Relief from joint and several liability",
        "You do not qualify for innocent spouse relief under IRC Section 6015(b). However, Appeals grants "
        "you partial equitable relief under IRC Section 6015(f): you are relieved of the underpayment for "
        "2017, and you remain liable for 2018 and 2019.",
        w.PETITION_30_PLAIN, w.PETITION_90, w.LATE, w.COURT, w.ADVOCATE, *w.SIGNATURE,
    ),
    fields={
        "letter_date": "2024-01-17", "contact_name": "Philippa Ndiaye", "contact_employee_id": "1000318842",
        "contact_phone": "2158611470", "contact_fax": "2158611499", "taxpayer_name": "GREGORY A McALLISTER",
        "taxpayer_id": "XXX-XX-6091", "tax_periods": ["2017-12-31", "2018-12-31", "2019-12-31"],
        "tax_form": "1040",
    },
    collection={"actions": ["lien", "levy"], "outcome": "sustained", "alternatives": ["offer_in_compromise"]},
    innocent_spouse={"outcome": "partial_relief", "sections": ["6015(b)", "6015(f)"]},
)


# --- 17: two pages, the old "30-day period beginning the day after" sentence, "Tax Year(s)" one per line,
# --- 8-2019 footer with a catalog number; day 30 a Saturday before Veterans Day. Scanned a little crooked.
def _header_17(pen: Pen) -> float:
    office_block(pen, (*APPEALS, "1000 Liberty Avenue, Room 1400", "Pittsburgh, PA 15222"))
    pairs_tab_stop(pen, (
        ("Date:", ["October 10, 2024"]),
        ("Person to Contact:", ["Anselm J. Kowalczyk"]),
        ("Employee ID:", ["1000275519"]),
        ("Telephone:", ["412-404-9932"]),
        ("Facsimile:", ["412-404-9960"]),
        ("Hours:", ["7:00 a.m. - 3:30 p.m. ET"]),
        ("Taxpayer ID:", ["XXX-XX-3346"]),
        ("Tax Year(s):", ["2020", "2021"]),
        ("Tax Form:", ["1040"]),
    ), x=320, value_x=424, top=54)
    pen.lines(MARGIN, 176, ("DOREEN M SZYMANSKI", "77 BROWNSVILLE RD", "PITTSBURGH PA 15210"))
    return salute(pen, 266, "Dear Doreen M Szymanski:")


LETTER_17 = Letter(
    name="ind17-crooked", letter_type="4390", header=_header_17,
    footer="Letter 4390 (Rev. 8-2019) Catalog Number 52399W",
    continuation="Doreen M Szymanski  XXX-XX-3346",
    body=(
        "This letter is our Notice of Determination on the hearing you requested about the lien and levy "
        "notices for the years shown above, and on your Form 8857, Request for Innocent Spouse Relief, "
        "received on March 11, 2024.",
        "**Background",
        "You and your former spouse filed joint returns for 2020 and 2021. The returns were examined, and "
        "additional tax was assessed on August 21, 2023 for income from your former spouse's consulting "
        "business that was not reported. A Notice of Federal Tax Lien was filed on January 8, 2024, and a "
        "notice of intent to levy was issued on January 22, 2024.",
        "**Discussion and analysis",
        "Appeals verified that the Service met the requirements of applicable law and administrative "
        "procedure. At the hearing you explained that you are unemployed and that your only income is a "
        "small disability payment. You provided a Form 433-A, Collection Information Statement, and bank "
        "statements. Your allowable living expenses exceed your income, so we asked the Collection function "
        "to report your account as currently not collectible.",
        "You separated from your former spouse in 2022 and divorced in 2023. You were not involved in the "
        "consulting business and did not know about the unreported income. The deficiency is allocable to "
        "your former spouse.",
        "**Determination",
        "The proposed levy is not sustained. The Notice of Federal Tax Lien filing is sustained and will "
        "remain in place to protect the government's interest until the liability is paid or released.",
        "You qualify for relief under IRC Section 6015(c). The entire deficiency for 2020 and 2021 is "
        "allocated to your former spouse, and you are relieved of all of it.",
        w.PETITION_30_OLD, w.PETITION_90, w.LATE, w.COURT, w.ADVOCATE,
        "You may also contact your local Taxpayer Advocate office. A list of offices is in Publication 1546.",
        w.QUESTIONS, *w.SIGNATURE,
    ),
    fields={
        "letter_date": "2024-10-10", "contact_name": "Anselm J. Kowalczyk",
        "contact_employee_id": "1000275519", "contact_phone": "4124049932", "contact_fax": "4124049960",
        "contact_hours": "7:00 a.m. - 3:30 p.m. ET",
        "taxpayer_name": "DOREEN M SZYMANSKI", "taxpayer_id": "XXX-XX-3346",
        "tax_periods": ["2020-12-31", "2021-12-31"], "tax_form": "1040",
    },
    collection={"actions": ["lien", "levy"], "outcome": "partially_sustained",
                "alternatives": ["currently_not_collectible"]},
    innocent_spouse={"outcome": "full_relief", "sections": ["6015(c)"]},
)


# --- 18: Letter 3193 for an individual, ruled form rows under the address, lien only with an installment
# --- agreement; day 30 is Sunday Dec. 25, 2022, Monday is Christmas observed: it rolls to Tuesday. Scanned.
def _header_18(pen: Pen) -> float:
    office_block(pen, (*APPEALS, "200 West Adams Street, Suite 1000", "Chicago, IL 60606"))
    pairs_right_inline(pen, (
        ("Date:", ["November 25, 2022"]),
        ("Person to Contact:", ["Harriet E. Vondracek"]),
        ("Employee ID Number:", ["1000612907"]),
        ("Contact Telephone Number:", ["312-292-4418"]),
        ("Contact Fax Number:", ["312-292-4460"]),
    ), x=300, top=54)
    pen.lines(MARGIN, 150, ("WENDELL R OYELOWO", "3347 W FULLERTON AVE", "CHICAGO IL 60647"))
    bottom = pairs_in_rows(pen, (
        (("Taxpayer Identification Number", ["XXX-XX-5823"]),
         ("Tax Period(s) Ended", ["12/31/2018", "12/31/2019"]),
         ("Form Number", ["1040"])),
    ), x0=MARGIN, x1=PAGE_W - MARGIN, top=210)
    return salute(pen, bottom + 4, "Dear Mr. Oyelowo:", w.TITLE_3193)


LETTER_18 = Letter(
    name="ind18-3193-rows", letter_type="3193", header=_header_18, footer="Letter 3193 (Rev. 9-2019)",
    body=(
        "We have reviewed the filing of the Notice of Federal Tax Lien for the periods shown above. This "
        "letter is your Notice of Determination under IRC Section 6320.",
        "**Summary of Determination",
        "Appeals sustains the filing of the Notice of Federal Tax Lien. During the hearing we approved an "
        "installment agreement of $275 a month; the lien will remain until the balance is paid.",
        "If you want to dispute this determination in court, you must file a petition with the United States "
        "Tax Court within 30 days from the date of this letter.",
        w.LATE, w.COURT, w.ADVOCATE, w.QUESTIONS, *w.SIGNATURE,
    ),
    fields={
        "letter_date": "2022-11-25", "contact_name": "Harriet E. Vondracek",
        "contact_employee_id": "1000612907", "contact_phone": "3122924418", "contact_fax": "3122924460",
        "taxpayer_name": "WENDELL R OYELOWO", "taxpayer_id": "XXX-XX-5823",
        "tax_periods": ["2018-12-31", "2019-12-31"], "tax_form": "1040",
    },
    collection={"actions": ["lien"], "outcome": "sustained", "alternatives": ["installment_agreement"]},
    innocent_spouse=None,
)


# --- 19: a Letter 525 (examination 30-day letter): mentions the Tax Court, 90 days and Form 8857, but it is
# --- no determination and starts no petition period --------------------------------------------------------
def _header_19(pen: Pen) -> float:
    office_block(pen, ("Department of the Treasury", "Internal Revenue Service",
                       "Small Business/Self-Employed", "1222 Spruce Street, Stop 5100",
                       "St. Louis, MO 63103"))
    pairs_right_inline(pen, (
        ("Date:", ["May 5, 2025"]),
        ("Taxpayer ID number:", ["XXX-XX-7460"]),
        ("Form:", ["1040"]),
        ("Tax year(s) ended:", ["December 31, 2022"]),
        ("Person to contact:", ["Otis L. Brannigan"]),
        ("Employee ID number:", ["1000877341"]),
        ("Contact telephone number:", ["314-339-1127"]),
        ("Contact fax number:", ["855-889-4471"]),
        ("Last date to respond to this letter:", ["June 4, 2025"]),
    ), x=300, top=54)
    pen.lines(MARGIN, 176, ("LAWRENCE J & MARISOL DEVEREAUX", "9 CHESTERFIELD CT", "FLORISSANT MO 63033"))
    pen.y = 258
    pen.paragraph("Dear Mr. and Mrs. Devereaux:", gap=0.4)
    return pen.y


LETTER_19 = Letter(
    name="ind19-525", letter_type="other", header=_header_19, footer="Letter 525 (Rev. 7-2020)",
    body=(
        "We've enclosed an examination report showing proposed changes to your tax for the year shown above. "
        "Please read the report, and tell us whether you agree or disagree with the changes by the date "
        "shown above.",
        "**If you agree with the changes",
        "Sign and date the enclosed Form 4549, Report of Income Tax Examination Changes, and return it to "
        "us. If you can't pay the full amount you owe, you can request an installment agreement.",
        "**If you don't agree with the changes",
        "You can request a conference with a manager, or a conference with the IRS Independent Office of "
        "Appeals. Send us a written protest by the date shown above.",
        "**If you don't respond",
        "We'll process your case based on the information shown in the report and send you a statutory "
        "notice of deficiency. You'll then have 90 days from the date of that notice to file a petition "
        "with the United States Tax Court.",
        "If you filed a joint return and believe your spouse or former spouse should be held solely "
        "responsible for the tax, you may request innocent spouse relief on Form 8857. See Publication 971.",
        "If you have questions, you can call the person whose name and telephone number are shown above.",
        "Sincerely,", "", "", "Revenue Agent",
    ),
    fields={},
    collection=None,
    innocent_spouse=None,
)

LETTERS: tuple[Letter, ...] = (LETTER_12, LETTER_13, LETTER_14, LETTER_15, LETTER_16, LETTER_17, LETTER_18,
                               LETTER_19)
