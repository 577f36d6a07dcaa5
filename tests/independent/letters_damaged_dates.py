"""Independent letters 80-87: the letter date under damage and in unusual places. An ordinal "May 20th, 2025"
with a clinic's RECEIVED stamp a week later right beside it; a date split across two lines ("September 26,"
/ "2024"); "Date: 10/03/2024" with a "Letter Date: October 3, 2024" and a printed last day under the address;
"JAN 16 2025" with a "June 16, 2024" in the body; a day-first "31 May 2024" at left under the office; "MAR 14
2025" in Courier (Mar/May); "November 22, 2024" in a form row; a Letter 4439 dated "09/26/2023" at top left
beside a "Date of Conference". Days 30 and 90 fall on Juneteenth, Christmas, New Year's Day, Presidents Day,
Emancipation Day and weekends, so the roll-forward matters. make.py and damage.py keep copies with a crease
cracked through the date, a faded toner band over it, handwritten dates beside it, a received stamp pressed
over it, a clinic scanner's "Scanned on" footer, a highlighter, a fax in standard mode and plain scans. Each
truth is what the letter prints, written out by hand; the deadlines are counted by make.py from the date."""

from __future__ import annotations

import wording as w
from layout import (
    MARGIN,
    PAGE_W,
    Fonts,
    Pen,
    office_block,
    pairs_in_rows,
    pairs_right_inline,
    pairs_stacked,
    pairs_tab_stop,
)
from letters_date_placement_4439_3288 import TITLE_4439, received_stamp
from spec import APPEALS, Letter, salute

PETITION_30_HAVE = (
    "You have 30 days from the date of this letter to file a petition with the United States Tax Court if "
    "you want the court to review our determination on the lien or the levy."
)
PETITION_90_DISPUTE = (
    "If you want to dispute our determination on your request for relief from joint and several liability, "
    "you must file a petition with the Tax Court within 90 days from the date of this letter."
)


# --- 80: "May 20th, 2025" (an ordinal) at top right; a clinic's RECEIVED stamp dated MAY 27 2025 just left
# --- of it. Day 30 is Thursday June 19, Juneteenth, so Friday June 20. The levy upheld after an agreement
# --- was refused; 6015(b) refused, (f) granted in full. Scanned to JPEG ------------------------------------
def _header_80(pen: Pen) -> float:
    office_block(pen, (*APPEALS, "1000 Liberty Avenue, Room 1100", "Pittsburgh, PA 15222"))
    received_stamp(pen, x0=246, top=46, lines=("RECEIVED", "MAY 27 2025", "RIVERSIDE LITC"))
    pairs_tab_stop(pen, (
        ("Date:", ["May 20th, 2025"]),
        ("Person to Contact:", ["Bernadette K. Olszewski"]),
        ("Employee ID Number:", ["1000447218"]),
        ("Telephone:", ["412-395-6120"]),
        ("Fax:", ["855-301-2277"]),
        ("Taxpayer ID Number:", ["XXX-XX-5061"]),
        ("Tax Periods Ended:", ["12/31/2021, 12/31/2022"]),
        ("Tax Form:", ["1040"]),
    ), x=346, value_x=458, top=54)
    pen.text(MARGIN, 170, "CERTIFIED MAIL", bold=True)
    pen.lines(MARGIN, 192, ("JOANNA P SZYMANSKI", "418 BROWNSVILLE RD", "PITTSBURGH PA 15210"))
    return salute(pen, 256, "Dear Ms. Szymanski:")


LETTER_80 = Letter(
    name="ind80-4390-ordinal", letter_type="4390", header=_header_80, footer="Letter 4390 (Rev. 04-2023)",
    body=(
        "We have completed the Collection Due Process hearing you requested after you received a notice of "
        "intent to levy for 2021 and 2022. We held your telephone conference on April 29, 2025, and we also "
        "reviewed your request for relief from joint and several liability.",
        "**Summary of Determination",
        "The proposed levy is sustained. You asked for an installment agreement, but you have not filed your "
        "2024 return, so we could not approve one.",
        "You do not qualify for innocent spouse relief under IRC Section 6015(b), because the balances are "
        "tax shown on your joint returns that was not paid. We grant you equitable relief under IRC Section "
        "6015(f): your husband controlled the household money, told you the tax had been paid, and you would "
        "suffer economic hardship if you had to pay it. Your request for relief is granted in full.",
        PETITION_30_HAVE, PETITION_90_DISPUTE, w.LATE, w.COURT, w.QUESTIONS, *w.SIGNATURE,
    ),
    fields={
        "letter_date": "2025-05-20", "contact_name": "Bernadette K. Olszewski",
        "contact_employee_id": "1000447218", "contact_phone": "4123956120", "contact_fax": "8553012277",
        "taxpayer_name": "JOANNA P SZYMANSKI", "taxpayer_id": "XXX-XX-5061",
        "tax_periods": ["2021-12-31", "2022-12-31"], "tax_form": "1040",
    },
    collection={"actions": ["levy"], "outcome": "sustained", "alternatives": ["installment_agreement"]},
    innocent_spouse={"outcome": "full_relief", "sections": ["6015(b)", "6015(f)"]},
)


# --- 81: the date wrapped onto two lines ("Date: September 26," / "2024") in a right-hand column. Day 30 is
# --- a Saturday (Monday October 28); day 90 is Christmas Day (Thursday December 26). Lien and levy upheld;
# --- allocation under 6015(c) in part. A crease cracked through the date line ----------------------------
def _header_81(pen: Pen) -> float:
    office_block(pen, (*APPEALS, "1222 Spruce Street, Stop 8800", "St. Louis, MO 63103"))
    pairs_right_inline(pen, (
        ("Date:", ["September 26,", "2024"]),
        ("Person to contact:", ["Terrence J. Okonkwo"]),
        ("Employee ID number:", ["1000518834"]),
        ("Telephone:", ["(314) 339-1407"]),
        ("Fax:", ["(855) 566-3018"]),
        ("Hours:", ["8:00 a.m. to 4:30 p.m. Central"]),
        ("Taxpayer ID number:", ["XXX-XX-7742"]),
        ("Tax period(s) ended:", ["12/31/2020", "12/31/2021"]),
        ("Tax form:", ["1040"]),
    ), x=330, top=54)
    pen.text(MARGIN, 160, "CERTIFIED MAIL", bold=True)
    pen.lines(MARGIN, 184, ("LUCINDA R HAWTHORNE", "6120 GRAVOIS AVE", "ST LOUIS MO 63116"))
    return salute(pen, 250, "Dear Ms. Hawthorne:")


LETTER_81 = Letter(
    name="ind81-4390-splitdate", letter_type="4390", header=_header_81, footer="Letter 4390 (Rev. 11-2019)",
    body=(
        "This letter is our Notice of Determination on the Collection Due Process hearing you requested "
        "about the Notice of Federal Tax Lien and the notice of intent to levy for 2020 and 2021, and on "
        "your Form 8857, which we received on October 2, 2023.",
        "**Collection actions",
        "The filing of the Notice of Federal Tax Lien is sustained, and the proposed levy is sustained. You "
        "did not propose a collection alternative during the hearing.",
        "**Relief from joint and several liability",
        "You and your former husband were divorced in 2022, and you elected to allocate the deficiencies "
        "under IRC Section 6015(c). The deficiency from his unreported gambling winnings, $9,412, is "
        "allocated to him. The $3,180 from your own consulting income stays yours. Your request is granted "
        "in part.",
        w.PETITION_30_NEW, w.PETITION_90, w.LATE, w.COURT, w.ADVOCATE, *w.SIGNATURE,
    ),
    fields={
        "letter_date": "2024-09-26", "contact_name": "Terrence J. Okonkwo",
        "contact_employee_id": "1000518834", "contact_phone": "3143391407", "contact_fax": "8555663018",
        "contact_hours": "8:00 a.m. to 4:30 p.m. Central", "taxpayer_name": "LUCINDA R HAWTHORNE",
        "taxpayer_id": "XXX-XX-7742", "tax_periods": ["2020-12-31", "2021-12-31"], "tax_form": "1040",
    },
    collection={"actions": ["lien", "levy"], "outcome": "sustained", "alternatives": []},
    innocent_spouse={"outcome": "partial_relief", "sections": ["6015(c)"]},
)


# --- 82: "Date: 10/03/2024" at right and, under the address, a box with "Letter Date: October 3, 2024" and
# --- "Last Day to File a Petition: November 4, 2024" (right: day 30 is a Saturday). Day 90 is New Year's
# --- Day, so January 2, 2025. The lien kept while the account is not collectible; 6015(b) refused. Faxed in
# --- standard mode ----------------------------------------------------------------------------------------
def _header_82(pen: Pen) -> float:
    office_block(pen, (*APPEALS, "4050 Alpha Road, Stop 4000-NDAL", "Dallas, TX 75244"))
    pairs_tab_stop(pen, (
        ("Date:", ["10/03/2024"]),
        ("Person to Contact:", ["Guadalupe R. Villarreal"]),
        ("Employee ID Number:", ["1000663190"]),
        ("Telephone Number:", ["972-308-7715"]),
        ("Fax Number:", ["855-837-4420"]),
        ("Taxpayer ID Number:", ["XXX-XX-2948"]),
        ("Tax Period Ended:", ["12/31/2022"]),
        ("Tax Form:", ["1040"]),
    ), x=318, value_x=432, top=54)
    pen.lines(MARGIN, 160, ("ROXANNE D PETTIGREW", "2714 S LAMAR ST", "DALLAS TX 75215"))
    pen.box(MARGIN, 212, PAGE_W - MARGIN, 248)
    pen.text(MARGIN + 6, 226, "Letter Date: October 3, 2024", bold=True)
    pen.text(MARGIN + 6, 240, "Last Day to File a Petition with the United States Tax Court: "
             "November 4, 2024", bold=True)
    return salute(pen, 270, "Dear Ms. Pettigrew:")


LETTER_82 = Letter(
    name="ind82-4390-twodates", letter_type="4390", header=_header_82, footer="Letter 4390 (Rev. 12-2021)",
    body=(
        "We have completed the Collection Due Process hearing you requested about the Notice of Federal Tax "
        "Lien filed for 2022, and our review of your request for innocent spouse relief. Your hearing was "
        "held by telephone on September 10, 2024.",
        "**Notice of Federal Tax Lien",
        "The filing of the Notice of Federal Tax Lien is sustained. Your financial statement shows that you "
        "cannot pay the tax and your basic living expenses, so we have placed your account in currently not "
        "collectible status. The lien stays in place while collection is suspended.",
        "**Innocent spouse relief",
        "You asked for innocent spouse relief under IRC Section 6015(b) from the understatement on your 2022 "
        "joint return. You prepared that return yourself and knew about the bonus that was left off it. Your "
        "request for relief is denied.",
        w.PETITION_30_PLAIN, w.PETITION_90, w.LATE, w.COURT, w.QUESTIONS, *w.SIGNATURE,
    ),
    fields={
        "letter_date": "2024-10-03", "contact_name": "Guadalupe R. Villarreal",
        "contact_employee_id": "1000663190", "contact_phone": "9723087715", "contact_fax": "8558374420",
        "taxpayer_name": "ROXANNE D PETTIGREW", "taxpayer_id": "XXX-XX-2948", "tax_periods": ["2022-12-31"],
        "tax_form": "1040", "printed_last_day": "2024-11-04",
    },
    collection={"actions": ["lien"], "outcome": "sustained", "alternatives": ["currently_not_collectible"]},
    innocent_spouse={"outcome": "denied", "sections": ["6015(b)"]},
)


# --- 83: "JAN 16 2025" as a date stamp prints it, and a Form 8857 "received June 16, 2024" in the body (a
# --- misread Jan/Jun must not win). Day 30 is Saturday February 15 and Monday is Presidents Day, so Tuesday
# --- February 18; day 90 is Emancipation Day, so April 17. Levy not sustained after full relief under
# --- 6015(c). Copied with the toner running out -------------------------------------------------------------
def _header_83(pen: Pen) -> float:
    office_block(pen, (*APPEALS, "2 Cupania Circle, Stop 9100", "Monterey Park, CA 91755"))
    pairs_right_inline(pen, (
        ("Date:", ["JAN 16 2025"]),
        ("Person to Contact:", ["Yolanda B. Chukwuemeka"]),
        ("Employee ID Number:", ["1000825563"]),
        ("Telephone:", ["626-927-1184"]),
        ("Fax:", ["626-927-1190"]),
        ("Taxpayer ID Number:", ["XXX-XX-6127"]),
        ("Tax Periods:", ["12/31/2019 and 12/31/2020"]),
        ("Tax Form:", ["1040"]),
    ), x=320, top=54)
    pen.text(MARGIN, 160, "CERTIFIED MAIL", bold=True)
    pen.lines(MARGIN, 182, ("MARISOL E ESPINOZA", "1530 W GARVEY AVE APT 3", "WEST COVINA CA 91790"))
    return salute(pen, 248, "Dear Ms. Espinoza:")


LETTER_83 = Letter(
    name="ind83-4390-janstamp", letter_type="4390", header=_header_83, footer="Letter 4390 (Rev. 11-2019)",
    fonts=Fonts("Courier", "Courier-Bold", 9.5),
    body=(
        "We have made our determination on the Collection Due Process hearing you requested about the notice "
        "of intent to levy for 2019 and 2020, and on your Form 8857, Request for Innocent Spouse Relief, "
        "which we received on June 16, 2024.",
        "**Relief from joint and several liability",
        "You separated from your husband in 2021 and were divorced on March 4, 2023. You elected to allocate "
        "the deficiencies for 2019 and 2020 under IRC Section 6015(c). They came from his trucking business, "
        "whose income he did not report, and are allocated to him in full. Your request for relief is "
        "granted in full.",
        "**Collection action",
        "Because you no longer owe the balances for these periods, the proposed levy is not sustained.",
        w.PETITION_30_NEW, w.PETITION_90, w.LATE, w.COURT, w.QUESTIONS, *w.SIGNATURE,
    ),
    fields={
        "letter_date": "2025-01-16", "contact_name": "Yolanda B. Chukwuemeka",
        "contact_employee_id": "1000825563", "contact_phone": "6269271184", "contact_fax": "6269271190",
        "taxpayer_name": "MARISOL E ESPINOZA", "taxpayer_id": "XXX-XX-6127",
        "tax_periods": ["2019-12-31", "2020-12-31"], "tax_form": "1040",
    },
    collection={"actions": ["levy"], "outcome": "not_sustained", "alternatives": []},
    innocent_spouse={"outcome": "full_relief", "sections": ["6015(c)"]},
)


# --- 84: a day-first "31 May 2024" under a "Date:" label at left below the office, the contact stacked at
# --- right with no date. Day 30 is Sunday June 30, so Monday July 1. Lien and levy upheld after an offer
# --- was rejected; 6015(b), (c) and (f) refused. Scanned, and copied with a clinic's "Scanned on" footer ---
def _header_84(pen: Pen) -> float:
    top = office_block(pen, (*APPEALS, "201 W. Rivercenter Blvd., Stop 1000", "Covington, KY 41011"))
    pen.text(MARGIN, top + 10, "Date:", bold=True)
    pen.text(MARGIN + 34, top + 10, "31 May 2024")
    pairs_stacked(pen, (
        ("Person to contact:", ["Desmond A. Featherstone"]),
        ("Employee ID number:", ["1000390467"]),
        ("Contact telephone number:", ["859-669-5538"]),
        ("Contact fax number:", ["855-404-7721"]),
        ("Taxpayer identification number:", ["XXX-XX-8805"]),
        ("Tax periods ended:", ["12/31/2020, 12/31/2021"]),
        ("Tax form:", ["1040"]),
    ), x=380, top=54, indent=10)
    pen.lines(MARGIN, 180, ("CORDELIA F MACINTYRE", "3318 MADISON AVE", "COVINGTON KY 41015"))
    return salute(pen, 292, "Dear Ms. MacIntyre:")


LETTER_84 = Letter(
    name="ind84-4390-dayfirst", letter_type="4390", header=_header_84, footer="Letter 4390 (Rev. 04-2023)",
    fonts=Fonts("Helvetica", "Helvetica-Bold", 9.5),
    body=(
        "We have completed the Collection Due Process hearing about the Notice of Federal Tax Lien and the "
        "notice of intent to levy for 2020 and 2021, and our review of your request for relief from joint "
        "and several liability.",
        "**Collection",
        "The filing of the Notice of Federal Tax Lien is sustained, and the proposed levy is sustained. You "
        "offered $2,000 in compromise of the balance of $31,650. Your equity in your home and your monthly "
        "income show you can pay much more, so we could not accept the offer.",
        "**Relief from joint and several liability",
        "You asked for relief under IRC Sections 6015(b), 6015(c) and 6015(f). You kept the books for the "
        "family business whose income was left off the returns, you still live with your husband, and you "
        "knew the tax would not be paid. Your request for relief is denied.",
        w.PETITION_30_OLD, w.PETITION_90, w.LATE, w.COURT, w.ADVOCATE, *w.SIGNATURE,
    ),
    fields={
        "letter_date": "2024-05-31", "contact_name": "Desmond A. Featherstone",
        "contact_employee_id": "1000390467", "contact_phone": "8596695538", "contact_fax": "8554047721",
        "taxpayer_name": "CORDELIA F MACINTYRE", "taxpayer_id": "XXX-XX-8805",
        "tax_periods": ["2020-12-31", "2021-12-31"], "tax_form": "1040",
    },
    collection={"actions": ["lien", "levy"], "outcome": "sustained", "alternatives": ["offer_in_compromise"]},
    innocent_spouse={"outcome": "denied", "sections": ["6015(b)", "6015(c)", "6015(f)"]},
)


# --- 85: "MAR 14 2025" in Courier (a Mar/May misread would move every deadline later). Day 30 is Sunday
# --- April 13, so Monday April 14; day 90 is Thursday June 12. The levy dropped for an installment agreement;
# --- equitable relief in part. A client's handwritten dates beside the letter date --------------------------
def _header_85(pen: Pen) -> float:
    office_block(pen, (*APPEALS, "1 Newark Center, 13th Floor", "Newark, NJ 07102"))
    pairs_right_inline(pen, (
        ("Date:", ["MAR 14 2025"]),
        ("Person to Contact:", ["Ignatius P. Mahoney"]),
        ("Employee ID Number:", ["1000704481"]),
        ("Telephone:", ["973-921-4036"]),
        ("Fax:", ["973-921-4099"]),
        ("Taxpayer ID Number:", ["XXX-XX-3390"]),
        ("Tax Periods Ended:", ["12/31/2021 12/31/2022"]),
        ("Tax Form:", ["1040"]),
    ), x=300, top=54)
    pen.text(MARGIN, 162, "CERTIFIED MAIL", bold=True)
    pen.lines(MARGIN, 184, ("ADAEZE O NWOSU-BRANDT", "77 CLINTON AVE APT 2B", "NEWARK NJ 07114"))
    return salute(pen, 250, "Dear Ms. Nwosu-Brandt:")


LETTER_85 = Letter(
    name="ind85-4390-handdates", letter_type="4390", header=_header_85, footer="Letter 4390 (Rev. 11-2019)",
    fonts=Fonts("Courier", "Courier-Bold", 9.5),
    body=(
        "We have completed the Collection Due Process hearing you requested about the notice of intent to "
        "levy for 2021 and 2022, and our review of your request for equitable relief from joint and several "
        "liability.",
        "**Summary of Determination",
        "The proposed levy is not sustained. During the hearing we approved your proposal of an installment "
        "agreement of $240 a month, and the IRS will not levy while you keep the agreement.",
        "You asked for equitable relief under IRC Section 6015(f) from the tax shown on your joint returns "
        "that was not paid. Your husband said he had paid the 2021 tax from his business account, and you "
        "had no reason to doubt him, so we grant relief for 2021. You knew the 2022 tax had not been paid "
        "when you signed that return, so relief for 2022 is denied. Your request is granted in part.",
        w.PETITION_30_NEW, w.PETITION_90_SHORT, w.LATE, w.COURT, w.QUESTIONS, *w.SIGNATURE,
    ),
    fields={
        "letter_date": "2025-03-14", "contact_name": "Ignatius P. Mahoney",
        "contact_employee_id": "1000704481", "contact_phone": "9739214036", "contact_fax": "9739214099",
        "taxpayer_name": "ADAEZE O NWOSU-BRANDT", "taxpayer_id": "XXX-XX-3390",
        "tax_periods": ["2021-12-31", "2022-12-31"], "tax_form": "1040",
    },
    collection={"actions": ["levy"], "outcome": "not_sustained", "alternatives": ["installment_agreement"]},
    innocent_spouse={"outcome": "partial_relief", "sections": ["6015(f)"]},
)


# --- 86: "November 22, 2024" in a form row. Day 30 is Sunday December 22, so Monday December 23; day 90 is
# --- Thursday February 20, 2025. The lien upheld and the levy dropped for an accepted offer; 6015(b) refused,
# --- (c) in full. A RECEIVED stamp dated ten days later pressed over the date ----------------------------
def _header_86(pen: Pen) -> float:
    office_block(pen, (*APPEALS, "100 First Street, Suite 1800", "San Francisco, CA 94105"))
    bottom = pairs_in_rows(pen, (
        (("Date:", ["November 22, 2024"]), ("Person to Contact:", ["Anneliese V. Rutherford"]),
         ("Employee ID Number:", ["1000251179"])),
        (("Telephone:", ["415-522-6048"]), ("Fax:", ["855-899-2315"]),
         ("Hours:", ["8:00 a.m. - 4:30 p.m. PT"])),
        (("Taxpayer ID Number:", ["XXX-XX-1486"]), ("Tax Periods Ended:", ["12/31/2020, 12/31/2021"]),
         ("Tax Form:", ["1040"])),
    ), x0=MARGIN, x1=PAGE_W - MARGIN, top=120)
    pen.lines(MARGIN, bottom + 6, ("PHILIPPA J ARCENEAUX", "2480 MISSION ST APT 5", "SAN FRANCISCO CA 94110"))
    return salute(pen, bottom + 58, "Dear Ms. Arceneaux:")


LETTER_86 = Letter(
    name="ind86-4390-stamped", letter_type="4390", header=_header_86, footer="Letter 4390 (Rev. 12-2021)",
    fonts=Fonts("Times-Roman", "Times-Bold", 10),
    body=(
        "We have completed the Collection Due Process hearing you requested after the Notice of Federal Tax "
        "Lien was filed and you received a notice of intent to levy for 2020 and 2021. We also considered "
        "your request for relief from joint and several liability.",
        "**Collection",
        "The filing of the Notice of Federal Tax Lien is sustained; the lien will remain until the offer is "
        "paid. The proposed levy is not sustained, because we accepted your offer in compromise of $3,900 on "
        "November 6, 2024.",
        "**Relief from joint and several liability",
        "You do not qualify for innocent spouse relief under IRC Section 6015(b), because you knew about the "
        "stock sales left off the returns. You were divorced in 2022, and your election to allocate the "
        "deficiencies under IRC Section 6015(c) is allowed: the stock was your former husband's alone, and "
        "the deficiencies are allocated to him in full. Your request for relief is granted in full.",
        w.PETITION_30_NEW, w.PETITION_90, w.LATE, w.COURT, w.QUESTIONS, *w.SIGNATURE,
    ),
    fields={
        "letter_date": "2024-11-22", "contact_name": "Anneliese V. Rutherford",
        "contact_employee_id": "1000251179", "contact_phone": "4155226048", "contact_fax": "8558992315",
        "contact_hours": "8:00 a.m. - 4:30 p.m. PT", "taxpayer_name": "PHILIPPA J ARCENEAUX",
        "taxpayer_id": "XXX-XX-1486", "tax_periods": ["2020-12-31", "2021-12-31"], "tax_form": "1040",
    },
    collection={"actions": ["lien", "levy"], "outcome": "partially_sustained",
                "alternatives": ["offer_in_compromise"]},
    innocent_spouse={"outcome": "full_relief", "sections": ["6015(b)", "6015(c)"]},
)


# --- 87: a Letter 4439 with "Date: 09/26/2023" at top left over the taxpayer block, and a "Date of
# --- Conference: 09/12/2023" in the contact column at right. Only the innocent spouse part can be petitioned:
# --- day 90 is Christmas Day, so Tuesday December 26. The lien upheld; 6015(f) refused. Highlighted --------
def _header_87(pen: Pen) -> float:
    office_block(pen, (*APPEALS, "1919 Smith Street, Stop 8000-HOU", "Houston, TX 77002"))
    pairs_tab_stop(pen, (
        ("Contact Person:", ["Rosalind T. Abernathy"]),
        ("Employee ID:", ["1000936624"]),
        ("Telephone:", ["713-209-3871"]),
        ("Fax:", ["855-310-4458"]),
        ("Date of Conference:", ["09/12/2023"]),
    ), x=326, value_x=430, top=54)
    pairs_tab_stop(pen, (
        ("Date:", ["09/26/2023"]),
        ("Taxpayer ID Number:", ["XXX-XX-4513"]),
        ("Tax Period(s):", ["12/31/2019, 12/31/2020"]),
        ("Form:", ["1040"]),
    ), x=MARGIN, value_x=MARGIN + 112, top=134)
    pen.lines(MARGIN, 204, ("BEATRIZ M DELACROIX", "8812 BELLAIRE BLVD APT 14", "HOUSTON TX 77036"))
    return salute(pen, 264, "Dear Beatriz M Delacroix:", TITLE_4439)


LETTER_87 = Letter(
    name="ind87-4439-confdate", letter_type="4439", header=_header_87, footer="Letter 4439 (Rev. 5-2018)",
    body=(
        "Your request for a Collection Due Process hearing about the Notice of Federal Tax Lien was received "
        "after the time the law allows, so Appeals gave you an equivalent hearing, held on September 12, "
        "2023. We also considered your request for relief from joint and several liability, Form 8857.",
        "**Decision on the collection action",
        "Appeals sustains the filing of the Notice of Federal Tax Lien. You did not propose a collection "
        "alternative. Because this was an equivalent hearing, our decision on the lien is not a "
        "determination that the Tax Court can review.",
        "**Final determination on your request for relief",
        "You asked for equitable relief under IRC Section 6015(f) from the tax shown on your 2019 and 2020 "
        "joint returns that was not paid. You signed both returns knowing the tax would not be paid, and "
        "paying it would not cause you economic hardship. Your request for relief is denied.",
        "If you disagree with this final determination on your request for relief, you can petition the "
        "United States Tax Court within 90 days from the date of this letter.",
        w.COURT, w.ADVOCATE, w.QUESTIONS, *w.SIGNATURE,
    ),
    fields={
        "letter_date": "2023-09-26", "contact_name": "Rosalind T. Abernathy",
        "contact_employee_id": "1000936624", "contact_phone": "7132093871", "contact_fax": "8553104458",
        "taxpayer_name": "BEATRIZ M DELACROIX", "taxpayer_id": "XXX-XX-4513",
        "tax_periods": ["2019-12-31", "2020-12-31"], "tax_form": "1040",
    },
    collection={"actions": ["lien"], "outcome": "sustained", "alternatives": []},
    innocent_spouse={"outcome": "denied", "sections": ["6015(f)"]},
)

LETTERS: tuple[Letter, ...] = (LETTER_80, LETTER_81, LETTER_82, LETTER_83, LETTER_84, LETTER_85, LETTER_86,
                               LETTER_87)
