"""Independent letters 1-6: Letter 4390s with different header templates, label spellings and dates."""

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
from spec import APPEALS, Letter, salute


# --- 1: right-hand column, "Label: value" on one line, full SSN, numeric periods -------------------------
def _header_01(pen: Pen) -> float:
    office_block(pen, (*APPEALS, "2970 Market Street, Mail Stop 4-E08.400", "Philadelphia, PA 19104"))
    pairs_right_inline(pen, (
        ("Date:", ["March 3, 2025"]),
        ("Person to Contact:", ["Theodore Blackwood"]),
        ("Employee Identification Number:", ["1000458812"]),
        ("Telephone Number:", ["(267) 941-2210"]),
        ("Fax Number:", ["(855) 301-7744"]),
        ("Hours:", ["8:00 a.m. to 4:30 p.m. ET"]),
        ("Social Security Number:", ["912-45-6789"]),
        ("Tax Period(s) Ended:", ["12/31/2019, 12/31/2020"]),
        ("Tax Form:", ["1040"]),
    ), x=318, top=54)
    pen.text(MARGIN, 150, "CERTIFIED MAIL", bold=True)
    pen.lines(MARGIN, 176, ("MARGARET A HOLLIS", "4418 BIRCHWOOD LN", "DAYTON OH 45415-2231"))
    return salute(pen, 250, "Dear Ms. Hollis:")


LETTER_01 = Letter(
    name="ind01-rightcol", letter_type="4390", header=_header_01, footer="Letter 4390 (Rev. 11-2019)",
    body=(
        "We reviewed the collection actions for the periods shown above and your request for relief from "
        "joint and several liability that you made on Form 8857 received on July 9, 2024.",
        "**Summary of Determination",
        "The Notice of Federal Tax Lien filed on June 12, 2024 was appropriate, and Appeals sustains it. "
        "The proposed levy is also sustained. We considered your proposal of an installment agreement, but "
        "you did not provide the financial information we asked for.",
        "Based on the information available, you do not qualify for relief from joint and several liability "
        "under IRC Section 6015(b), (c) or (f). Your request for relief is denied.",
        w.PETITION_30_NEW, w.PETITION_90, w.LATE, w.COURT, w.ADVOCATE, w.QUESTIONS, *w.SIGNATURE,
    ),
    fields={
        "letter_date": "2025-03-03", "contact_name": "Theodore Blackwood",
        "contact_employee_id": "1000458812", "contact_phone": "2679412210", "contact_fax": "8553017744",
        "contact_hours": "8:00 a.m. to 4:30 p.m. ET",
        "taxpayer_name": "MARGARET A HOLLIS", "taxpayer_id": "XXX-XX-6789",
        "tax_periods": ["2019-12-31", "2020-12-31"], "tax_form": "1040",
    },
    collection={"actions": ["lien", "levy"], "outcome": "sustained",
                "alternatives": ["installment_agreement"]},
    innocent_spouse={"outcome": "denied", "sections": ["6015(b)", "6015(c)", "6015(f)"]},
)


# --- 2: left block in capitals with a tab stop, "MAR 14 2024", "EMPLOYEE ID #", "PHONE #" -------------
def _header_02(pen: Pen) -> float:
    office_block(pen, ("INTERNAL REVENUE SERVICE", "INDEPENDENT OFFICE OF APPEALS", "50 S 200 E, MS 2000",
                       "SALT LAKE CITY, UT 84111"))
    pairs_tab_stop(pen, (
        ("DATE:", ["MAR 14 2024"]),
        ("CONTACT PERSON:", ["KAREN J OYELARAN"]),
        ("EMPLOYEE ID #:", ["1001934475"]),
        ("PHONE #:", ["801-620-7735"]),
        ("FAX #:", ["801-620-7799"]),
        ("TAXPAYER ID NUMBER:", ["XXX-XX-4417"]),
        ("TAX PERIOD(S):", ["DEC. 31, 2021"]),
        ("TAX FORM NUMBER:", ["1040"]),
    ), x=MARGIN, value_x=MARGIN + 150, top=126)
    pen.lines(MARGIN, 262, ("DOLORES M VANTERPOOL", "PO BOX 2291", "OGDEN UT 84404"))
    return salute(pen, 320, "Dear Taxpayer:", w.TITLE_4390.upper())


LETTER_02 = Letter(
    name="ind02-leftblock", letter_type="4390", header=_header_02, footer="Letter 4390 (Rev. 11-2019)",
    fonts=Fonts("Courier", "Courier-Bold", 10),
    body=(
        "WE HAVE COMPLETED OUR REVIEW OF THE PROPOSED LEVY ACTION AND OF YOUR CLAIM FOR INNOCENT SPOUSE "
        "RELIEF.",
        "APPEALS DETERMINED THAT THE PROPOSED LEVY IS NOT SUSTAINED. YOUR ACCOUNT WILL BE MONITORED UNDER "
        "THE INSTALLMENT AGREEMENT YOU ENTERED INTO DURING THE HEARING.",
        "APPEALS HAS GRANTED YOU FULL RELIEF UNDER IRC SECTION 6015(b) FOR THE TAX PERIOD SHOWN ABOVE.",
        w.PETITION_30_PLAIN.upper(), w.PETITION_90_SHORT.upper(), w.LATE.upper(), w.COURT.upper(),
        *w.SIGNATURE,
    ),
    fields={
        "letter_date": "2024-03-14", "contact_name": "KAREN J OYELARAN", "contact_employee_id": "1001934475",
        "contact_phone": "8016207735", "contact_fax": "8016207799", "taxpayer_name": "DOLORES M VANTERPOOL",
        "taxpayer_id": "XXX-XX-4417", "tax_periods": ["2021-12-31"], "tax_form": "1040",
    },
    collection={"actions": ["levy"], "outcome": "not_sustained", "alternatives": ["installment_agreement"]},
    innocent_spouse={"outcome": "full_relief", "sections": ["6015(b)"]},
)


# --- 3: a ruled two-column table, labels without colons, "04/15/2024", "Toll-free", "Type of Tax" -------
def _header_03(pen: Pen) -> float:
    office_block(pen, (*APPEALS, "1301 Clay Street, Suite 1000-S", "Oakland, CA 94612"))
    pen.right(PAGE_W - MARGIN, 54, "CERTIFIED MAIL - RETURN RECEIPT REQUESTED", bold=True)
    bottom = pairs_grid(pen, (
        ("Date", ["04/15/2024"]),
        ("Contact Person", ["Rosalind Achterberg"]),
        ("Employee ID #", ["1000872231"]),
        ("Toll-free", ["1-866-897-0161"]),
        ("Fax Number", ["855-214-9920"]),
        ("Contact Hours", ["7:00 a.m. - 3:30 p.m. Pacific"]),
        ("Taxpayer Name", ["Lisa M. Whitmore"]),
        ("Taxpayer ID Number", ["XXX-XX-0932"]),
        ("Tax Period(s)", ["Dec. 31, 2020", "Dec. 31, 2021"]),
        ("Type of Tax", ["Individual Income"]),
        ("Tax Form Number", ["1040"]),
    ), x0=300, split=400, x1=PAGE_W - MARGIN, top=130)
    pen.lines(MARGIN, 150, ("LISA M WHITMORE", "77 CYPRESS CT APT 4", "FREMONT CA 94536"))
    return salute(pen, bottom + 6, "Dear Lisa M. Whitmore:")


LETTER_03 = Letter(
    name="ind03-table", letter_type="4390", header=_header_03, footer="Letter 4390 (Rev. 11-2019) Catalog "
    "Number 52399W",
    body=(
        "This letter is your Notice of Determination on the collection action and your request for relief "
        "under IRC Section 6015. Your hearing was held by telephone on February 6, 2024.",
        "**Collection action",
        "Appeals does not sustain the filing of the Notice of Federal Tax Lien. We are directing the "
        "Collection function to withdraw the lien notice for both periods.",
        "**Relief from joint and several liability",
        "You qualify for relief under IRC Section 6015(c) for part of the understatement: you are relieved "
        "of $4,512 of the liability, and you remain liable for the rest.",
        w.PETITION_30_NEW, w.PETITION_90, w.LATE, w.COURT, w.QUESTIONS, *w.SIGNATURE,
    ),
    fields={
        "letter_date": "2024-04-15", "contact_name": "Rosalind Achterberg",
        "contact_employee_id": "1000872231", "contact_phone": "8668970161", "contact_fax": "8552149920",
        "contact_hours": "7:00 a.m. - 3:30 p.m. Pacific", "taxpayer_name": "Lisa M. Whitmore",
        "taxpayer_id": "XXX-XX-0932", "tax_periods": ["2020-12-31", "2021-12-31"], "tax_form": "1040",
    },
    collection={"actions": ["lien"], "outcome": "not_sustained", "alternatives": []},
    innocent_spouse={"outcome": "partial_relief", "sections": ["6015(c)"]},
)


# --- 4: form rows, labels on one line and values under them, "Jan. 17, 2025", equitable relief ----------
def _header_04(pen: Pen) -> float:
    office_block(pen, (*APPEALS, "31 Hopkins Plaza, Room 940", "Baltimore, MD 21201"))
    bottom = pairs_in_rows(pen, (
        (("Letter Date:", ["Jan. 17, 2025"]), ("Taxpayer ID Number:", ["XXX-XX-2285"]),
         ("Tax Year(s) Ended:", ["2019", "2020"])),
        (("Person to Contact:", ["Ms. Anita Rostova"]), ("Employee ID Number:", ["1002210988"]),
         ("Phone #:", ["(410) 962-3318"])),
        (("Fax #:", ["(410) 962-3390"]), ("Hours:", ["Mon - Fri, 8 am - 4 pm"]), ("Tax Form:", ["1040"])),
    ), x0=MARGIN, x1=PAGE_W - MARGIN, top=130)
    pen.lines(MARGIN, bottom + 6, ("Jerome T. Baptiste", "1209 Laurel Ave", "Silver Spring, MD 20910"))
    return salute(pen, bottom + 60, "Dear Mr. Baptiste:")


LETTER_04 = Letter(
    name="ind04-labels-above", letter_type="4390", header=_header_04, footer="Letter 4390 (Rev. 04-2023)",
    fonts=Fonts("Times-Roman", "Times-Bold", 11),
    body=(
        "We have made a determination on the Collection Due Process hearing you requested and on your "
        "request for relief from joint and several liability.",
        "The Notice of Federal Tax Lien and the notice of intent to levy are both upheld. Appeals verified "
        "that the requirements of applicable law and administrative procedure were met.",
        "We have determined that you are entitled to equitable relief under IRC Section 6015(f) for the full "
        "amount of the liability for the years shown above.",
        w.PETITION_30_PLAIN, w.PETITION_90_SHORT, w.LATE, w.ADVOCATE, *w.SIGNATURE,
    ),
    fields={
        "letter_date": "2025-01-17", "contact_name": "Anita Rostova", "contact_employee_id": "1002210988",
        "contact_phone": "4109623318", "contact_fax": "4109623390", "contact_hours": "Mon - Fri, 8 am - 4 pm",
        "taxpayer_name": "Jerome T. Baptiste", "taxpayer_id": "XXX-XX-2285",
        "tax_periods": ["2019-12-31", "2020-12-31"], "tax_form": "1040",
    },
    collection={"actions": ["lien", "levy"], "outcome": "sustained", "alternatives": []},
    innocent_spouse={"outcome": "full_relief", "sections": ["6015(f)"]},
)


# --- 5: a bare date at top right, stacked labels, the long SSN-or-EIN label, bare tax years ---------------
def _header_05(pen: Pen) -> float:
    office_block(pen, (*APPEALS, "2525 Capitol Street, MS 2000", "Fresno, CA 93721"))
    pen.right(PAGE_W - MARGIN, 54, "June 6, 2024")
    pairs_stacked(pen, (
        ("Person to Contact:", ["Gwendolyn Marsh-Ibarra"]),
        ("Employee ID Number:", ["1000390017"]),
        ("Contact Telephone Number:", ["(559) 233-4480"]),
        ("Contact Fax Number:", ["(559) 233-4499"]),
        ("Hours:", ["8:00 AM - 4:30 PM PT"]),
        ("Social Security or Employer Identification Number:", ["XXX-XX-5519"]),
        ("Tax Year(s) Ended:", ["2018", "2019"]),
    ), x=330, top=84, indent=12)
    pen.lines(MARGIN, 170, ("HECTOR R SALAZAR", "3390 N BLACKSTONE AVE", "FRESNO CA 93726"))
    return salute(pen, 360, "Dear Hector R Salazar:")


LETTER_05 = Letter(
    name="ind05-baredate", letter_type="4390", header=_header_05, footer="Letter 4390 (Rev. 11-2019)",
    body=(
        "We have reviewed the filing of the Notice of Federal Tax Lien for the years shown above and your "
        "innocent spouse claim.",
        "Appeals has determined that the lien filing balances the need for efficient collection with your "
        "concern that collection be no more intrusive than necessary, and the filing is sustained.",
        "Appeals has determined that you are entitled to partial relief under IRC Section 6015(f). The "
        "relief covers the 2018 tax year only.",
        w.PETITION_30_NEW, w.PETITION_90, w.LATE, w.COURT, *w.SIGNATURE,
    ),
    fields={
        "letter_date": "2024-06-06", "contact_name": "Gwendolyn Marsh-Ibarra",
        "contact_employee_id": "1000390017", "contact_phone": "5592334480", "contact_fax": "5592334499",
        "contact_hours": "8:00 AM - 4:30 PM PT", "taxpayer_name": "HECTOR R SALAZAR",
        "taxpayer_id": "XXX-XX-5519", "tax_periods": ["2018-12-31", "2019-12-31"],
    },
    collection={"actions": ["lien"], "outcome": "sustained", "alternatives": []},
    innocent_spouse={"outcome": "partial_relief", "sections": ["6015(f)"]},
)


# --- 6: the date below the address block, asterisk-masked SSN, periods one per line ----------------------
def _header_06(pen: Pen) -> float:
    office_block(pen, (*APPEALS, "1999 Broadway, MS 4100", "Denver, CO 80202"))
    pairs_tab_stop(pen, (
        ("Contact Person:", ["Joaquin Ferreira"]),
        ("Employee ID:", ["1000567734"]),
        ("Phone:", ["720-956-4112"]),
        ("Fax:", ["720-956-4150"]),
        ("Taxpayer ID Number:", ["***-**-7702"]),
        ("Tax Period(s) Ended:", ["12/31/2017", "12/31/2018", "12/31/2019"]),
        ("Form:", ["1040"]),
    ), x=320, value_x=430, top=54)
    pen.lines(MARGIN, 150, ("CATHERINE L DUBOIS", "918 PEARL ST", "BOULDER CO 80302"))
    pen.text(MARGIN, 214, "November 22, 2023")
    return salute(pen, 250, "Dear Catherine L Dubois:")


LETTER_06 = Letter(
    name="ind06-datebelow", letter_type="4390", header=_header_06, footer="Letter 4390 (Rev. 11-2019)",
    body=(
        "This letter is our Notice of Determination on your Collection Due Process hearing and your Form "
        "8857 claim for relief.",
        "The filing of the Notice of Federal Tax Lien is not sustained and the lien will be released. "
        "However, the proposed levy is sustained.",
        "Appeals denies your claim for equitable relief under IRC Section 6015(f).",
        w.PETITION_30_NEW, w.PETITION_90_SHORT, w.LATE, w.QUESTIONS, *w.SIGNATURE,
    ),
    fields={
        "letter_date": "2023-11-22", "contact_name": "Joaquin Ferreira", "contact_employee_id": "1000567734",
        "contact_phone": "7209564112", "contact_fax": "7209564150", "taxpayer_name": "CATHERINE L DUBOIS",
        "taxpayer_id": "XXX-XX-7702", "tax_periods": ["2017-12-31", "2018-12-31", "2019-12-31"],
        "tax_form": "1040",
    },
    collection={"actions": ["lien", "levy"], "outcome": "partially_sustained", "alternatives": []},
    innocent_spouse={"outcome": "denied", "sections": ["6015(f)"]},
)

LETTERS: tuple[Letter, ...] = (LETTER_01, LETTER_02, LETTER_03, LETTER_04, LETTER_05, LETTER_06)
