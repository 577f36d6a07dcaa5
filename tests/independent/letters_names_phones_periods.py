"""Independent letters 60-69: the fields poor scans hurt most, in the variety real letters have them.

Contact names with an apostrophe (O'Connell), a hyphen and a suffix (Garcia-Lopez, Jr.), a particle
(De La Cruz, St. Clair), a numeral suffix (Mullins III) and the shapes OCR confuses (rn/m in Hamm, Cornell
and Fitzgerald-Byrne, l/I in Lillian and Milliken, cl/d in McClelland); phones and faxes as "(267) 941-1000
ext. 204", "404-338-7215", "716.961.5520", "1-213-576-3309 x204", "(410) 962-2206 x3351", "1-855-404-0911",
"303 603 4490"; tax periods several to a line ("12/31/2018, 12/31/2019 and 12/31/2020"), one to a line,
"Tax Year(s): 2019 2020", "Period Ending: Dec. 31, 2021", "201912", in a form/period/balance table, wrapped
back under their label, in words across two lines, and as "12-31-2021; 12-31-2022"; Form 941 quarters on a
business's Letter 3193; the letter date as "MAR 03 2025", "11/04/2024" or "February 10, 2025"; Courier,
Times and small Helvetica. make.py and damage.py keep scanned copies of most of them in hard profiles: fax
quality, the fax's standard mode, speckle, tilt with speckle, and heavy JPEG. Each truth is what the letter
prints, a phone or fax as its ten digits (no extension, no leading 1)."""

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
from letters_date_placement_4439_3288 import TITLE_4439
from spec import APPEALS, Letter, salute


def ruled_table(pen: Pen, rows: Sequence[Sequence[str]], *, columns: Sequence[float], x1: float,
                top: float) -> float:
    """A ruled table in the letter: a bold heading row, then one row a line; `columns` are the cells' left
    edges. Returns the top of the line after the table."""
    pad, leading = 4.0, pen.fonts.leading
    edges = (*columns, x1)
    for index, row in enumerate(rows):
        for column, cell in enumerate(row):
            pen.box(edges[column], top, edges[column + 1], top + leading + pad)
            pen.text(edges[column] + pad, top + leading - 1, cell, bold=index == 0)
        top += leading + pad
    return top + leading


# --- 60: a typewriter-looking letter in Courier; "MAR 03 2025" as a date stamp prints it; "Siobhan M.
# --- O'Connell", a phone with "ext. 204"; three periods on one line joined by commas and "and". Lien and
# --- levy upheld with no alternative offered; 6015(b) and (f) refused. Faxed at 200 dpi, and in standard mode
def _header_60(pen: Pen) -> float:
    office_block(pen, (*APPEALS, "2970 Market Street, Stop 4-E08.100", "Philadelphia, PA 19104"))
    pairs_right_inline(pen, (
        ("Date:", ["MAR 03 2025"]),
        ("Person to Contact:", ["Siobhan M. O'Connell"]),
        ("Employee ID Number:", ["1000415526"]),
        ("Telephone:", ["(267) 941-1000 ext. 204"]),
        ("Fax:", ["267-941-1090"]),
        ("Taxpayer ID Number:", ["XXX-XX-3318"]),
        ("Tax Periods:", ["12/31/2018, 12/31/2019 and 12/31/2020"]),
        ("Tax Form:", ["1040"]),
    ), x=282, top=54)
    pen.text(MARGIN, 160, "CERTIFIED MAIL", bold=True)
    pen.lines(MARGIN, 182, ("NUALA B KAVANAGH", "5122 GERMANTOWN AVE", "PHILADELPHIA PA 19144"))
    return salute(pen, 250, "Dear Ms. Kavanagh:")


LETTER_60 = Letter(
    name="ind60-4390-typewriter", letter_type="4390", header=_header_60, footer="Letter 4390 (Rev. 11-2019)",
    fonts=Fonts("Courier", "Courier-Bold", 9.5),
    body=(
        "We have completed the Collection Due Process hearing you requested after the Notice of Federal Tax "
        "Lien was filed and you received a notice of intent to levy for the periods shown above. We also "
        "reviewed your Form 8857, Request for Innocent Spouse Relief, which we received on July 15, 2024.",
        "**Summary of Determination",
        "The filing of the Notice of Federal Tax Lien is sustained, and the proposed levy is sustained. You "
        "did not propose a collection alternative, and you did not send the Form 433-A we asked for.",
        "You asked for innocent spouse relief under IRC Section 6015(b) and, if that was not available, for "
        "equitable relief under IRC Section 6015(f). The understatements on the 2018, 2019 and 2020 joint "
        "returns came from your husband's self-employment income, which was deposited in your joint account "
        "and which you both spent. Your request for relief is denied.",
        w.PETITION_30_NEW, w.PETITION_90, w.LATE, w.COURT, w.QUESTIONS, *w.SIGNATURE,
    ),
    fields={
        "letter_date": "2025-03-03", "contact_name": "Siobhan M. O'Connell",
        "contact_employee_id": "1000415526", "contact_phone": "2679411000", "contact_fax": "2679411090",
        "taxpayer_name": "NUALA B KAVANAGH", "taxpayer_id": "XXX-XX-3318",
        "tax_periods": ["2018-12-31", "2019-12-31", "2020-12-31"], "tax_form": "1040",
    },
    collection={"actions": ["lien", "levy"], "outcome": "sustained", "alternatives": []},
    innocent_spouse={"outcome": "denied", "sections": ["6015(b)", "6015(f)"]},
)


# --- 61: Times 10; "Rafael A. Garcia-Lopez, Jr."; "11/04/2024"; a plain "404-338-7215"; three periods one to
# --- a line under their label. Allocation under 6015(c) in full, so the levy is not sustained. Speckled ----
def _header_61(pen: Pen) -> float:
    office_block(pen, (*APPEALS, "401 W. Peachtree Street NW, Stop 1000-D", "Atlanta, GA 30308"))
    pairs_right_inline(pen, (
        ("Date:", ["11/04/2024"]),
        ("Person to contact:", ["Rafael A. Garcia-Lopez, Jr."]),
        ("Employee ID number:", ["1000562093"]),
        ("Telephone:", ["404-338-7215"]),
        ("Fax:", ["(855) 287-4419"]),
        ("Hours:", ["8:00 a.m. to 4:30 p.m. Eastern"]),
        ("Taxpayer ID number:", ["XXX-XX-2287"]),
        ("Tax period(s) ended:", ["12/31/2019", "12/31/2020", "12/31/2021"]),
        ("Tax form:", ["1040"]),
    ), x=318, top=54)
    pen.text(MARGIN, 150, "CERTIFIED MAIL", bold=True)
    pen.lines(MARGIN, 174, ("DESHAWN T WHITFIELD", "1187 CASCADE RD SW", "ATLANTA GA 30311"))
    return salute(pen, 240, "Dear Mr. Whitfield:")


LETTER_61 = Letter(
    name="ind61-4390-suffix", letter_type="4390", header=_header_61, footer="Letter 4390 (Rev. 12-2021)",
    fonts=Fonts("Times-Roman", "Times-Bold", 10),
    body=(
        "This letter is our Notice of Determination on the Collection Due Process hearing you requested "
        "after you received a notice of intent to levy for 2019, 2020 and 2021, and on the request for "
        "relief from joint and several liability you made on Form 8857.",
        "**Relief from joint and several liability",
        "You and your former wife were divorced in March 2022, and you elected to allocate the deficiencies "
        "for these years under IRC Section 6015(c). The deficiencies came from the income of her cosmetology "
        "business, which she did not report. They are allocated to her in full, and your request for relief "
        "is granted in full.",
        "**Collection action",
        "Because you are no longer liable for the balances for these periods, the proposed levy is not "
        "sustained.",
        w.PETITION_30_OLD, w.PETITION_90_SHORT, w.LATE, w.COURT, w.ADVOCATE, *w.SIGNATURE,
    ),
    fields={
        "letter_date": "2024-11-04", "contact_name": "Rafael A. Garcia-Lopez, Jr.",
        "contact_employee_id": "1000562093", "contact_phone": "4043387215", "contact_fax": "8552874419",
        "contact_hours": "8:00 a.m. to 4:30 p.m. Eastern", "taxpayer_name": "DESHAWN T WHITFIELD",
        "taxpayer_id": "XXX-XX-2287", "tax_periods": ["2019-12-31", "2020-12-31", "2021-12-31"],
        "tax_form": "1040",
    },
    collection={"actions": ["levy"], "outcome": "not_sustained", "alternatives": []},
    innocent_spouse={"outcome": "full_relief", "sections": ["6015(c)"]},
)


# --- 62: Helvetica 9, stacked labels; "Maria E. De La Cruz"; "1-213-576-3309 x204" and a fax with dots;
# --- "Tax Year(s): 2019 2020". The lien kept while the account is not collectible; equitable relief for one
# --- of the two years. Faxed in standard mode ---------------------------------------------------------------
def _header_62(pen: Pen) -> float:
    office_block(pen, (*APPEALS, "300 N. Los Angeles Street, Room 4418", "Los Angeles, CA 90012"))
    pairs_stacked(pen, (
        ("Date:", ["February 10, 2025"]),
        ("Person to contact:", ["Maria E. De La Cruz"]),
        ("Employee ID number:", ["1000781146"]),
        ("Contact telephone number:", ["1-213-576-3309 x204"]),
        ("Contact fax number:", ["213.576.3390"]),
        ("Taxpayer identification number:", ["XXX-XX-6650"]),
        ("Tax Year(s):", ["2019 2020"]),
        ("Tax form:", ["1040"]),
    ), x=372, top=54, indent=10)
    pen.lines(MARGIN, 160, ("ARACELI V MONTOYA", "14520 VANOWEN ST APT 12", "VAN NUYS CA 91405"))
    return salute(pen, 286, "Dear Ms. Montoya:")


LETTER_62 = Letter(
    name="ind62-4390-particle", letter_type="4390", header=_header_62, footer="Letter 4390 (Rev. 04-2023)",
    fonts=Fonts("Helvetica", "Helvetica-Bold", 9),
    body=(
        "We have completed the Collection Due Process hearing you requested after the Notice of Federal Tax "
        "Lien for 2019 and 2020 was filed, and our review of your request for relief from joint and several "
        "liability for those years.",
        "**Notice of Federal Tax Lien",
        "The filing of the Notice of Federal Tax Lien is sustained. Your financial statement shows that you "
        "cannot pay your basic living expenses and the tax, so we have placed your account in currently not "
        "collectible status. The lien will stay in place while collection is suspended.",
        "**Equitable relief",
        "You asked for equitable relief under IRC Section 6015(f) from the tax shown on your joint returns "
        "that was not paid. Your husband told you he had paid the 2019 tax from his business account, and "
        "you had no reason to doubt him, so we grant relief for 2019. You knew the 2020 tax had not been "
        "paid when you signed that return, so relief for 2020 is denied. Your request is granted in part.",
        w.PETITION_30_PLAIN, w.PETITION_90, w.LATE, w.COURT, w.QUESTIONS, *w.SIGNATURE,
    ),
    fields={
        "letter_date": "2025-02-10", "contact_name": "Maria E. De La Cruz",
        "contact_employee_id": "1000781146", "contact_phone": "2135763309", "contact_fax": "2135763390",
        "taxpayer_name": "ARACELI V MONTOYA", "taxpayer_id": "XXX-XX-6650",
        "tax_periods": ["2019-12-31", "2020-12-31"], "tax_form": "1040",
    },
    collection={"actions": ["lien"], "outcome": "sustained", "alternatives": ["currently_not_collectible"]},
    innocent_spouse={"outcome": "partial_relief", "sections": ["6015(f)"]},
)


# --- 63: "Lillian C. Hamm" (l/I and rn/m traps) with an employee ID of ones and zeros; "(513) 975-6411, ext.
# --- 3107"; "Period Ending: Dec. 31, 2021"; "Form Number:". The levy upheld after an agreement was ruled
# --- out; (b) refused, (c) in part. Saved as a heavy JPEG ---------------------------------------------------
def _header_63(pen: Pen) -> float:
    office_block(pen, (*APPEALS, "550 Main Street, Room 3010", "Cincinnati, OH 45202"))
    pairs_tab_stop(pen, (
        ("Date:", ["September 16, 2024"]),
        ("Person to Contact:", ["Lillian C. Hamm"]),
        ("Employee ID Number:", ["1001117110"]),
        ("Phone:", ["(513) 975-6411, ext. 3107"]),
        ("Fax:", ["513-975-6490"]),
        ("Taxpayer ID Number:", ["XXX-XX-1197"]),
        ("Period Ending:", ["Dec. 31, 2021"]),
        ("Form Number:", ["1040"]),
    ), x=300, value_x=408, top=54)
    pen.text(MARGIN, 150, "CERTIFIED MAIL", bold=True)
    pen.lines(MARGIN, 174, ("MILLICENT A HOLLOWAY", "2241 ILLINOIS AVE", "CINCINNATI OH 45211"))
    return salute(pen, 240, "Dear Ms. Holloway:")


LETTER_63 = Letter(
    name="ind63-4390-hamm", letter_type="4390", header=_header_63, footer="Letter 4390 (Rev. 11-2019)",
    body=(
        "We have made our determination on the Collection Due Process hearing you requested about the notice "
        "of intent to levy for 2021, and on your request for relief from joint and several liability, which "
        "we received on February 26, 2024.",
        "**Relief from joint and several liability",
        "You do not qualify for innocent spouse relief under IRC Section 6015(b), because you knew about the "
        "bonus your former husband left off the 2021 return. You were divorced in 2023, so you may elect to "
        "allocate the deficiency under IRC Section 6015(c). Of the $8,940 deficiency, $6,115 is allocated to "
        "your former husband. The $2,825 from your own wages that were not reported stays yours. Your "
        "request is granted in part.",
        "**Collection action",
        "The proposed levy is sustained for the balance that remains yours. You asked for an installment "
        "agreement, but you have not filed your 2023 return, so we could not consider one.",
        w.PETITION_30_NEW, w.PETITION_90, w.LATE, w.COURT, w.ADVOCATE, *w.SIGNATURE,
    ),
    fields={
        "letter_date": "2024-09-16", "contact_name": "Lillian C. Hamm", "contact_employee_id": "1001117110",
        "contact_phone": "5139756411", "contact_fax": "5139756490", "taxpayer_name": "MILLICENT A HOLLOWAY",
        "taxpayer_id": "XXX-XX-1197", "tax_periods": ["2021-12-31"], "tax_form": "1040",
    },
    collection={"actions": ["levy"], "outcome": "sustained", "alternatives": ["installment_agreement"]},
    innocent_spouse={"outcome": "partial_relief", "sections": ["6015(b)", "6015(c)"]},
)


# --- 64: a ruled grid; "Cornell R. Kowalski"; "03/14/2024"; phone and fax written with dots; the periods as
# --- "201912" and "202012", one to a line in their cell. Both actions upheld after a rejected offer; 6015(f)
# --- refused. Day 30 is a Saturday. Speckled and tilted -----------------------------------------------------
def _header_64(pen: Pen) -> float:
    office_block(pen, (*APPEALS, "130 S. Elmwood Avenue, Room 4100", "Buffalo, NY 14202"))
    bottom = pairs_grid(pen, (
        ("Date", ["03/14/2024"]),
        ("Person to Contact", ["Cornell R. Kowalski"]),
        ("Employee ID Number", ["1000934417"]),
        ("Telephone", ["716.961.5520"]),
        ("Fax", ["716.961.5591"]),
        ("Taxpayer ID Number", ["XXX-XX-8812"]),
        ("Tax Periods", ["201912", "202012"]),
        ("Tax Form", ["1040"]),
    ), x0=288, split=396, x1=PAGE_W - MARGIN, top=54)
    pen.lines(MARGIN, 150, ("ROSEMARIE T LINDGREN", "88 HERTEL AVE", "BUFFALO NY 14207"))
    return salute(pen, bottom + 6, "Dear Ms. Lindgren:")


LETTER_64 = Letter(
    name="ind64-4390-kowalski", letter_type="4390", header=_header_64, footer="Letter 4390 (Rev. 11-2019)",
    body=(
        "We have completed the Collection Due Process hearing about the Notice of Federal Tax Lien and the "
        "notice of intent to levy for the periods shown above, and our review of your request for equitable "
        "relief from joint and several liability.",
        "**Collection actions",
        "Appeals sustains the filing of the Notice of Federal Tax Lien and the proposed levy. You offered "
        "$1,800 to compromise balances of more than $23,000, but your equity in your home alone is more than "
        "the balances, so we could not accept the offer in compromise.",
        "**Equitable relief",
        "The balances are tax shown on your 2019 and 2020 joint returns that was not paid. You prepared both "
        "returns yourself and knew the tax would not be paid, and paying it would not leave you unable to "
        "meet your basic living expenses. Equitable relief under IRC Section 6015(f) is denied.",
        w.PETITION_30_NEW, w.PETITION_90, w.LATE, w.COURT, w.QUESTIONS, *w.SIGNATURE,
    ),
    fields={
        "letter_date": "2024-03-14", "contact_name": "Cornell R. Kowalski",
        "contact_employee_id": "1000934417", "contact_phone": "7169615520", "contact_fax": "7169615591",
        "taxpayer_name": "ROSEMARIE T LINDGREN", "taxpayer_id": "XXX-XX-8812",
        "tax_periods": ["2019-12-31", "2020-12-31"], "tax_form": "1040",
    },
    collection={"actions": ["lien", "levy"], "outcome": "sustained", "alternatives": ["offer_in_compromise"]},
    innocent_spouse={"outcome": "denied", "sections": ["6015(f)"]},
)


# --- 65: "Claudette M. McClelland" (cl/d); a fax number with dots; no period in the label column: the forms,
# --- periods and balances are in a ruled table under the address. The lien kept and the levy dropped for an
# --- installment agreement; allocation refused (still married). Faxed, and speckled -------------------------
def _header_65(pen: Pen) -> float:
    office_block(pen, (*APPEALS, "915 Second Avenue, Stop W-700", "Seattle, WA 98174"))
    pairs_tab_stop(pen, (
        ("Date:", ["August 5, 2024"]),
        ("Person to Contact:", ["Claudette M. McClelland"]),
        ("Employee ID:", ["1000327751"]),
        ("Phone:", ["206-946-3371"]),
        ("Fax:", ["206.946.3399"]),
        ("Taxpayer ID:", ["XXX-XX-4406"]),
    ), x=306, value_x=404, top=54)
    pen.lines(MARGIN, 150, ("BRIDGET O HALVORSEN", "7716 RAINIER AVE S", "SEATTLE WA 98118"))
    bottom = ruled_table(pen, (
        ("Tax Form", "Tax Period Ended", "Balance Due"),
        ("1040", "12/31/2020", "$4,118.62"),
        ("1040", "12/31/2021", "$7,305.10"),
        ("1040", "12/31/2022", "$2,961.47"),
    ), columns=(MARGIN, 180, 310), x1=440, top=212)
    return salute(pen, bottom + 4, "Dear Ms. Halvorsen:")


LETTER_65 = Letter(
    name="ind65-4390-formtable", letter_type="4390", header=_header_65, footer="Letter 4390 (Rev. 04-2023)",
    body=(
        "We have completed the Collection Due Process hearing you requested about the Notice of Federal Tax "
        "Lien and the notice of intent to levy for the periods in the table above, and our review of your "
        "request for relief from joint and several liability.",
        "**Collection",
        "The filing of the Notice of Federal Tax Lien is sustained; the lien will remain until the balances "
        "are paid. The proposed levy is not sustained, because during the hearing we approved your proposal "
        "of an installment agreement of $310 a month.",
        "**Relief from joint and several liability",
        "You asked to allocate the deficiencies for these years under IRC Section 6015(c). You and your "
        "husband are still married and have lived in the same household for the past 12 months, so you "
        "cannot make that election. Your request is denied.",
        w.PETITION_30_NEW, w.PETITION_90, w.LATE, w.COURT, w.QUESTIONS, *w.SIGNATURE,
    ),
    fields={
        "letter_date": "2024-08-05", "contact_name": "Claudette M. McClelland",
        "contact_employee_id": "1000327751", "contact_phone": "2069463371", "contact_fax": "2069463399",
        "taxpayer_name": "BRIDGET O HALVORSEN", "taxpayer_id": "XXX-XX-4406",
        "tax_periods": ["2020-12-31", "2021-12-31", "2022-12-31"], "tax_form": "1040",
    },
    collection={"actions": ["lien", "levy"], "outcome": "partially_sustained",
                "alternatives": ["installment_agreement"]},
    innocent_spouse={"outcome": "denied", "sections": ["6015(c)"]},
)


# --- 66: Times 10; "Lorna M. Fitzgerald-Byrne" (rn/m); "405-297-4160 x311"; five periods that wrap back under
# --- their label ("Tax Periods Ended: 12/31/2016, ... 12/31/2018," / "12/31/2019, 12/31/2020"). Day 30 is a
# --- Sunday, and the Monday after is Juneteenth. The levy dropped for an accepted offer; (b) refused, (c) in
# --- part. Faxed in standard mode ---------------------------------------------------------------------------
def _header_66(pen: Pen) -> float:
    office_block(pen, (*APPEALS, "55 N. Robinson Avenue, Stop 8000-OKC", "Oklahoma City, OK 73102"))
    top = pairs_right_inline(pen, (
        ("Date:", ["May 19, 2023"]),
        ("Person to Contact:", ["Lorna M. Fitzgerald-Byrne"]),
        ("Employee ID Number:", ["1000208834"]),
        ("Telephone Number:", ["405-297-4160 x311"]),
        ("Fax Number:", ["405-297-4199"]),
        ("Taxpayer ID Number:", ["XXX-XX-5573"]),
        ("Tax Periods Ended:", ["12/31/2016, 12/31/2017, 12/31/2018,"]),
    ), x=312, top=54)
    top = pen.lines(312, top, ("12/31/2019, 12/31/2020",))
    pen.text(312, top, "Tax Form: 1040")
    pen.text(MARGIN, 150, "CERTIFIED MAIL", bold=True)
    pen.lines(MARGIN, 174, ("CHARMAINE L REDBIRD", "2900 NW 23RD ST", "OKLAHOMA CITY OK 73107"))
    return salute(pen, 246, "Dear Ms. Redbird:")


LETTER_66 = Letter(
    name="ind66-4390-continued", letter_type="4390", header=_header_66, footer="Letter 4390 (Rev. 11-2019)",
    fonts=Fonts("Times-Roman", "Times-Bold", 10),
    body=(
        "We have reviewed the proposed levy for the five periods shown above and your request for relief "
        "from joint and several liability, as you asked on your Form 12153 received on October 3, 2022.",
        "**Determination",
        "The proposed levy is not sustained. We accepted your offer in compromise of $5,250 on April 27, "
        "2023, and the IRS will not levy while you meet its terms.",
        "You do not qualify for innocent spouse relief under IRC Section 6015(b), because you helped keep "
        "the books of the restaurant whose income was left off the returns. You were divorced in 2021, and "
        "your election to allocate the deficiencies under IRC Section 6015(c) is allowed for 2016 through "
        "2018, when your former husband ran the restaurant alone. For 2019 and 2020 the deficiencies stay "
        "with you both. Your request is granted in part.",
        w.PETITION_30_OLD, w.PETITION_90, w.LATE, w.COURT, w.QUESTIONS, *w.SIGNATURE,
    ),
    fields={
        "letter_date": "2023-05-19", "contact_name": "Lorna M. Fitzgerald-Byrne",
        "contact_employee_id": "1000208834", "contact_phone": "4052974160", "contact_fax": "4052974199",
        "taxpayer_name": "CHARMAINE L REDBIRD", "taxpayer_id": "XXX-XX-5573",
        "tax_periods": ["2016-12-31", "2017-12-31", "2018-12-31", "2019-12-31", "2020-12-31"],
        "tax_form": "1040",
    },
    collection={"actions": ["levy"], "outcome": "not_sustained", "alternatives": ["offer_in_compromise"]},
    innocent_spouse={"outcome": "partial_relief", "sections": ["6015(b)", "6015(c)"]},
)


# --- 67: a business's Letter 3193 in Courier: "JAN 27 2025"; "Thomas E. Mullins III"; "(410) 962-2206 x3351"
# --- and a fax "1-855-404-0911"; the masked EIN; three Form 941 quarters on one line. The levy upheld after
# --- an installment agreement was ruled out; no innocent spouse part. Scanned to an image PDF, and speckled
# --- and tilted to a JPEG -----------------------------------------------------------------------------------
def _header_67(pen: Pen) -> float:
    office_block(pen, (*APPEALS, "31 Hopkins Plaza, Room 1300", "Baltimore, MD 21201"))
    pairs_tab_stop(pen, (
        ("Date:", ["JAN 27 2025"]),
        ("Person to Contact:", ["Thomas E. Mullins III"]),
        ("Employee ID Number:", ["1000650028"]),
        ("Telephone:", ["(410) 962-2206 x3351"]),
        ("Fax:", ["1-855-404-0911"]),
        ("Employer ID Number:", ["XX-XXX4471"]),
        ("Tax Periods Ended:", ["03/31/2022 06/30/2022 09/30/2022"]),
        ("Tax Form:", ["941"]),
    ), x=272, value_x=392, top=54)
    pen.lines(MARGIN, 160, ("KESTREL ROOFING & SIDING INC", "4410 EASTERN AVE", "BALTIMORE MD 21224"))
    return salute(pen, 236, "Dear Taxpayer:", w.TITLE_3193)


LETTER_67 = Letter(
    name="ind67-3193-941", letter_type="3193", header=_header_67, footer="Letter 3193 (Rev. 6-2022)",
    fonts=Fonts("Courier", "Courier-Bold", 9),
    body=(
        "We have reviewed the proposed levy action for the employment tax periods shown above. This letter "
        "is your Notice of Determination, as the law requires.",
        "**Summary of Determination",
        "Appeals sustains the proposed levy action. You proposed an installment agreement of $1,500 a month, "
        "but the business has not made its federal tax deposits for the first two quarters of 2024, so we "
        "could not approve an agreement.",
        "If you want to dispute this determination in court, you must file a petition with the United States "
        "Tax Court within 30 days from the date of this letter.",
        w.LATE, w.COURT, w.QUESTIONS, *w.SIGNATURE,
    ),
    fields={
        "letter_date": "2025-01-27", "contact_name": "Thomas E. Mullins III",
        "contact_employee_id": "1000650028", "contact_phone": "4109622206", "contact_fax": "8554040911",
        "taxpayer_name": "KESTREL ROOFING & SIDING INC", "taxpayer_id": "XX-XXX4471",
        "tax_periods": ["2022-03-31", "2022-06-30", "2022-09-30"], "tax_form": "941",
    },
    collection={"actions": ["levy"], "outcome": "sustained", "alternatives": ["installment_agreement"]},
    innocent_spouse=None,
)


# --- 68: Helvetica 9 form rows; "Keisha N. St. Clair" (a particle with a period, cl/d); "312.292.3845";
# --- the periods in words, wrapped in their box ("December 31, 2020 and" / "December 31, 2021"). Lien and
# --- levy upheld; (b), (c) and (f) all refused. Scanned to JPEG ---------------------------------------------
def _header_68(pen: Pen) -> float:
    office_block(pen, (*APPEALS, "230 S. Dearborn Street, Stop 5000-CHI", "Chicago, IL 60604"))
    bottom = pairs_in_rows(pen, (
        (("Date:", ["July 8, 2024"]), ("Person to Contact:", ["Keisha N. St. Clair"]),
         ("Employee ID Number:", ["1000471190"])),
        (("Telephone:", ["312.292.3845"]), ("Fax:", ["(855) 735-2201"]),
         ("Hours:", ["7:30 a.m. - 4:00 p.m. CT"])),
        (("Taxpayer ID Number:", ["XXX-XX-7019"]),
         ("Tax Periods Ended:", ["December 31, 2020 and", "December 31, 2021"]), ("Tax Form:", ["1040"])),
    ), x0=MARGIN, x1=PAGE_W - MARGIN, top=120)
    pen.lines(MARGIN, bottom + 6, ("DOLORES M WYSZYNSKI", "5530 S KEDZIE AVE", "CHICAGO IL 60629"))
    return salute(pen, bottom + 58, "Dear Ms. Wyszynski:")


LETTER_68 = Letter(
    name="ind68-4390-rows", letter_type="4390", header=_header_68, footer="Letter 4390 (Rev. 12-2021)",
    fonts=Fonts("Helvetica", "Helvetica-Bold", 9),
    body=(
        "We have completed the Collection Due Process hearing you asked for about the Notice of Federal Tax "
        "Lien and the notice of intent to levy for 2020 and 2021, and our review of your Form 8857 received "
        "on November 13, 2023.",
        "**Collection actions",
        "The filing of the Notice of Federal Tax Lien is sustained, and the proposed levy is sustained. You "
        "did not propose a collection alternative during the hearing.",
        "**Relief from joint and several liability",
        "You asked for relief under IRC Sections 6015(b), 6015(c) and 6015(f). You knew about the rental "
        "income your husband left off both returns, you are still married and living with him, and you knew "
        "the tax would not be paid when you signed. Your request for relief is denied.",
        w.PETITION_30_NEW, w.PETITION_90, w.LATE, w.COURT, w.ADVOCATE, w.QUESTIONS, *w.SIGNATURE,
    ),
    fields={
        "letter_date": "2024-07-08", "contact_name": "Keisha N. St. Clair",
        "contact_employee_id": "1000471190", "contact_phone": "3122923845", "contact_fax": "8557352201",
        "contact_hours": "7:30 a.m. - 4:00 p.m. CT", "taxpayer_name": "DOLORES M WYSZYNSKI",
        "taxpayer_id": "XXX-XX-7019", "tax_periods": ["2020-12-31", "2021-12-31"], "tax_form": "1040",
    },
    collection={"actions": ["lien", "levy"], "outcome": "sustained", "alternatives": []},
    innocent_spouse={"outcome": "denied", "sections": ["6015(b)", "6015(c)", "6015(f)"]},
)


# --- 69: a Letter 4439 (equivalent hearing and innocent spouse): the contact at right ("Camille R. Milliken",
# --- l/I; "303-603-4466, ext 204"; a fax written with spaces), the date and periods at left under the office
# --- ("12/09/2024"; "Tax Period(s): 12-31-2021; 12-31-2022"). The levy decision cannot be petitioned;
# --- equitable relief in part. Saved as a heavy, tilted JPEG ------------------------------------------------
def _header_69(pen: Pen) -> float:
    office_block(pen, (*APPEALS, "1999 Broadway, Stop 1000-DEN", "Denver, CO 80202"))
    pairs_tab_stop(pen, (
        ("Contact Person:", ["Camille R. Milliken"]),
        ("Employee ID:", ["1000289915"]),
        ("Telephone:", ["303-603-4466, ext 204"]),
        ("Fax:", ["303 603 4490"]),
    ), x=330, value_x=420, top=54)
    pairs_tab_stop(pen, (
        ("Date:", ["12/09/2024"]),
        ("Taxpayer ID Number:", ["XXX-XX-9134"]),
        ("Tax Period(s):", ["12-31-2021; 12-31-2022"]),
        ("Form:", ["1040"]),
    ), x=MARGIN, value_x=MARGIN + 112, top=134)
    pen.lines(MARGIN, 204, ("GRETCHEN A OYELOWO", "4475 W COLFAX AVE APT 9", "DENVER CO 80204"))
    return salute(pen, 264, "Dear Gretchen A Oyelowo:", TITLE_4439)


LETTER_69 = Letter(
    name="ind69-4439-dashes", letter_type="4439", header=_header_69, footer="Letter 4439 (Rev. 5-2018)",
    body=(
        "Your request for a Collection Due Process hearing about the notice of intent to levy was received "
        "after the time the law allows, so Appeals gave you an equivalent hearing. We also considered your "
        "request for relief from joint and several liability, Form 8857, received on June 17, 2024.",
        "**Decision on the collection action",
        "Appeals sustains the proposed levy. You asked for an installment agreement, but you did not send "
        "the financial statement we asked for, so we could not consider one. Because this was an equivalent "
        "hearing, our decision on the levy is not a determination that the Tax Court can review.",
        "**Final determination on your request for relief",
        "We grant equitable relief under IRC Section 6015(f) for 2021: your former husband told you the tax "
        "had been paid from his retirement account. You do not qualify for 2022, because you had separated "
        "by then and knew the tax had not been paid. Your request is allowed in part.",
        "If you disagree with this final determination on your request for relief, you can petition the "
        "United States Tax Court within 90 days from the date of this letter.",
        w.COURT, w.ADVOCATE, w.QUESTIONS, *w.SIGNATURE,
    ),
    fields={
        "letter_date": "2024-12-09", "contact_name": "Camille R. Milliken",
        "contact_employee_id": "1000289915", "contact_phone": "3036034466", "contact_fax": "3036034490",
        "taxpayer_name": "GRETCHEN A OYELOWO", "taxpayer_id": "XXX-XX-9134",
        "tax_periods": ["2021-12-31", "2022-12-31"], "tax_form": "1040",
    },
    collection={"actions": ["levy"], "outcome": "sustained", "alternatives": ["installment_agreement"]},
    innocent_spouse={"outcome": "partial_relief", "sections": ["6015(f)"]},
)

LETTERS: tuple[Letter, ...] = (LETTER_60, LETTER_61, LETTER_62, LETTER_63, LETTER_64, LETTER_65, LETTER_66,
                               LETTER_67, LETTER_68, LETTER_69)
