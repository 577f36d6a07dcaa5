"""Independent letters 44-51: clinic mail that is not a Letter 4390 but looks like one or cites the same
statutes, and two tricky 4390s. A Letter 1058 (final notice of intent to levy: a CDP hearing may be asked for
within 30 days, no determination); a Letter 3172 (lien filed, a printed last day to ask for a hearing); a
Letter 3210 (equivalent-hearing decision, no Tax Court review, relief from joint liability left to a Form
8857); an Appeals letter scheduling a CDP conference that mentions the 30 and 90 days a later determination
will start; a CP504 notice; a Letter 3279 from the Cincinnati Centralized Innocent Spouse Operation (90 days,
day 90 Juneteenth); a 4390 deciding relief for the joint years and collection for every year (day 30 a
Sunday before Labor Day); and the representative's copy of a 4390 ("Copy for your information", the
representative's address in the window; day 90 DC Emancipation Day). The non-4390s that are no
determination carry no fields in their truth, as ind10 and ind19 do."""

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

TITLE_1058 = "Final Notice - Notice of Intent to Levy and Notice of Your Right to a Hearing"
TITLE_3172 = "Notice of Federal Tax Lien Filing and Your Right to a Hearing Under IRC 6320"
TITLE_3210 = (
    "Decision Letter Concerning Equivalent Hearing Under Section 6320 and/or 6330 of the Internal Revenue "
    "Code"
)
TITLE_4837 = "Appeals Received Your Request for a Collection Due Process Hearing"
TITLE_3279 = "Final Determination Letter - Your Request for Innocent Spouse Relief"


# --- 44: a Letter 1058 from a revenue officer with Appeals-like labels: it cites IRC 6330 and offers a CDP
# --- hearing on Form 12153 within 30 days of its date, and innocent spouse relief at the hearing; no
# --- determination and no petition period ------------------------------------------------------------------
def _header_44(pen: Pen) -> float:
    office_block(pen, ("Department of the Treasury", "Internal Revenue Service",
                       "Small Business/Self-Employed", "55 S. Market Street, Stop HQ-5400",
                       "San Jose, CA 95113"))
    pairs_tab_stop(pen, (
        ("Letter Number:", ["1058"]),
        ("Date:", ["November 29, 2023"]),
        ("Taxpayer ID Number:", ["XXX-XX-4471"]),
        ("Person to Contact:", ["Hollis M. Treadwell"]),
        ("Employee ID Number:", ["1000527713"]),
        ("Contact Telephone:", ["(408) 817-6240"]),
        ("Fax:", ["(855) 796-3312"]),
    ), x=300, value_x=412, top=54)
    pen.text(MARGIN, 150, "CERTIFIED MAIL - RETURN RECEIPT REQUESTED", bold=True)
    pen.lines(MARGIN, 172, ("ISADORA P VANTERPOOL", "1867 LOS GATOS ALMADEN RD", "SAN JOSE CA 95124"))
    return salute(pen, 246, "Dear Ms. Vanterpool:", TITLE_1058)


LETTER_44 = Letter(
    name="ind44-1058-levy", letter_type="other", header=_header_44, footer="Letter 1058 (Rev. 6-2021)",
    body=(
        "**Please respond immediately",
        "We have asked you to pay the federal tax shown below, but we have no record that you have paid it. "
        "This letter is your notice of our intent to levy under Internal Revenue Code (IRC) Section 6331 and "
        "of your right to a Collection Due Process hearing under IRC Section 6330.",
        "Form 1040, tax period ended December 31, 2020: unpaid balance $7,318.42, including penalty and "
        "interest computed to December 29, 2023. Form 1040, tax period ended December 31, 2021: unpaid "
        "balance $2,904.06.",
        "**Your right to a hearing",
        "You may ask for a Collection Due Process hearing with the IRS Independent Office of Appeals. To do "
        "so, complete the enclosed Form 12153, Request for a Collection Due Process or Equivalent Hearing, "
        "and send it to the address shown above within 30 days from the date of this letter. At the "
        "hearing you may propose an installment agreement or an offer in compromise, and if you filed a "
        "joint return you may ask for relief from joint and several liability under IRC Section 6015 (attach "
        "Form 8857, Request for Innocent Spouse Relief).",
        "After a timely hearing, Appeals will send you a Notice of Determination, and you may petition the "
        "United States Tax Court to review it. If you ask for a hearing after the 30 days, you can still get "
        "an equivalent hearing within one year, but you cannot go to the Tax Court.",
        "**What happens if you don't respond",
        "If you do not pay or make other arrangements, we may levy your wages, bank accounts, commissions "
        "and other income and property. See Publication 594, The IRS Collection Process.",
        "Sincerely,", "", "", "Revenue Officer",
    ),
    fields={},
    collection=None,
    innocent_spouse=None,
)


# --- 45: a Letter 3172 from ACS: the lien notice was filed; "Last Day to Request a Hearing" printed in the
# --- header; the Tax Court named for a later determination; no determination and no petition period -------
def _header_45(pen: Pen) -> float:
    office_block(pen, ("Department of the Treasury", "Internal Revenue Service", "ACS Support - Stop 5050",
                       "PO Box 8208", "Philadelphia, PA 19101-8208"))
    pairs_right_inline(pen, (
        ("Date:", ["September 12, 2022"]),
        ("Taxpayer Identification Number:", ["XXX-XX-9035"]),
        ("Contact Person:", ["Automated Collection System"]),
        ("Telephone Number:", ["1-800-829-7650"]),
        ("Hours:", ["8:00 a.m. - 8:00 p.m. local time"]),
        ("Last Day to Request a Hearing:", ["October 13, 2022"]),
    ), x=300, top=54)
    pen.text(MARGIN, 150, "CERTIFIED MAIL", bold=True)
    pen.lines(MARGIN, 170, ("TOBIAS R ACHTERBERG", "4418 N 7TH ST", "PHILADELPHIA PA 19140"))
    return salute(pen, 240, "Dear Tobias R Achterberg:", TITLE_3172)


LETTER_45 = Letter(
    name="ind45-3172-lien", letter_type="other", header=_header_45, footer="Letter 3172 (Rev. 11-2019)",
    body=(
        "We filed a Notice of Federal Tax Lien on September 6, 2022, for the taxes listed below. The lien "
        "attaches to all your property and rights to property, and it may harm your credit rating.",
        "Type of tax: Form 1040. Tax period ended: 12/31/2019. Date of assessment: 11/16/2020. Amount owed: "
        "$9,207.44. Tax period ended: 12/31/2020. Date of assessment: 06/07/2021. Amount owed: $3,681.90.",
        "**Your right to a hearing",
        "Under IRC Section 6320 you have the right to a Collection Due Process hearing with the IRS "
        "Independent Office of Appeals. Send us Form 12153, Request for a Collection Due Process or "
        "Equivalent Hearing, by the last day shown above. At the hearing you may raise collection "
        "alternatives and, if you filed jointly, a claim for innocent spouse relief.",
        "If you disagree with the determination Appeals makes after the hearing, you may petition the United "
        "States Tax Court. This letter is not that determination.",
        "**How to get the lien released",
        "We will release the lien within 30 days after you pay the full amount or after the liability is "
        "no longer legally enforceable.",
        "If you have questions, call us at the number shown above.",
        "Sincerely,", "", "", "Operations Manager, Collection",
    ),
    fields={},
    collection=None,
    innocent_spouse=None,
)


# --- 46: a Letter 3210 (equivalent hearing): the levy upheld after a proposed installment agreement; the
# --- late Form 12153 and the "30-day period" it missed; relief from joint liability was not considered and
# --- must be asked for on Form 8857; no Tax Court review. Also scanned. -------------------------------------
def _header_46(pen: Pen) -> float:
    office_block(pen, (*APPEALS, "1000 Liberty Avenue, Room 1406", "Pittsburgh, PA 15222"))
    pairs_tab_stop(pen, (
        ("Date:", ["May 14, 2024"]),
        ("Person to Contact:", ["Wilhelmina T. Sokolowski"]),
        ("Employee ID Number:", ["1000863390"]),
        ("Telephone Number:", ["412-404-9157"]),
        ("Fax Number:", ["855-602-4718"]),
        ("Hours:", ["7:30 a.m. - 4:00 p.m. ET"]),
        ("Taxpayer ID Number:", ["XXX-XX-1286"]),
        ("Tax Period(s) Ended:", ["12/31/2021"]),
        ("Tax Form:", ["1040"]),
    ), x=300, value_x=420, top=54)
    pen.lines(MARGIN, 176, ("BERNADETTE A KOWALCZYK", "2215 MURRAY AVE", "PITTSBURGH PA 15217"))
    return salute(pen, 254, "Dear Ms. Kowalczyk:", TITLE_3210)


LETTER_46 = Letter(
    name="ind46-3210", letter_type="3210", header=_header_46, footer="Letter 3210 (Rev. 7-2018)",
    body=(
        "We have reviewed the proposed levy action for the period shown above. The notice of intent to levy "
        "was dated June 26, 2023, and we received your Form 12153 on September 18, 2023, after the 30-day "
        "period for a Collection Due Process hearing had ended. You therefore received an equivalent "
        "hearing. This letter is our decision.",
        "**Summary of Decision",
        "Appeals sustains the proposed levy. You proposed an installment agreement of $100 a month, but you "
        "have not filed your 2022 return and did not send the Form 433-A we asked for, so we could not "
        "approve an agreement.",
        "**Relief from joint and several liability",
        "You wrote on your Form 12153 that your former husband should pay the 2021 balance. We did not "
        "consider relief from joint and several liability in this hearing. To request it, send Form 8857, "
        "Request for Innocent Spouse Relief, to the address in its instructions; you will receive a separate "
        "letter with the decision.",
        "**Review of this decision",
        "Because your hearing was an equivalent hearing, the law does not allow you to petition the United "
        "States Tax Court to review this decision.",
        w.ADVOCATE, w.QUESTIONS, *w.SIGNATURE,
    ),
    fields={
        "letter_date": "2024-05-14", "contact_name": "Wilhelmina T. Sokolowski",
        "contact_employee_id": "1000863390", "contact_phone": "4124049157", "contact_fax": "8556024718",
        "contact_hours": "7:30 a.m. - 4:00 p.m. ET", "taxpayer_name": "BERNADETTE A KOWALCZYK",
        "taxpayer_id": "XXX-XX-1286", "tax_periods": ["2021-12-31"], "tax_form": "1040",
    },
    collection={"actions": ["levy"], "outcome": "sustained", "alternatives": ["installment_agreement"]},
    innocent_spouse=None,
)


# --- 47: Appeals' substantive contact letter after a Form 12153: the full Appeals header, a conference
# --- date, an innocent spouse claim to be considered, and the 30 and 90 days that a later Notice of
# --- Determination will start; no determination yet and no petition period -------------------------------
def _header_47(pen: Pen) -> float:
    office_block(pen, (*APPEALS, "201 W. Rivercenter Blvd., Stop 2000", "Covington, KY 41011"))
    pairs_tab_stop(pen, (
        ("Date:", ["July 22, 2024"]),
        ("Person to Contact:", ["Leopold J. Abernathy"]),
        ("Employee ID Number:", ["1000741602"]),
        ("Telephone Number:", ["859-669-3018"]),
        ("Fax Number:", ["855-471-2290"]),
        ("Taxpayer ID Number:", ["XXX-XX-6627"]),
        ("Tax Period(s) Ended:", ["12/31/2020, 12/31/2021"]),
        ("Tax Form:", ["1040"]),
        ("Conference Date and Time:", ["September 10, 2024", "10:00 a.m. ET"]),
    ), x=282, value_x=420, top=54)
    pen.lines(MARGIN, 186, ("CLEMENTINE O ASHWORTH", "612 GREENUP ST", "COVINGTON KY 41011"))
    return salute(pen, 262, "Dear Ms. Ashworth:", TITLE_4837)


LETTER_47 = Letter(
    name="ind47-conference", letter_type="other", header=_header_47, footer="Letter 4837 (Rev. 5-2021)",
    body=(
        "We received your Form 12153, Request for a Collection Due Process or Equivalent Hearing, on June 3, "
        "2024. Your request was timely, so you are entitled to a Collection Due Process hearing under IRC "
        "Sections 6320 and 6330 about the Notice of Federal Tax Lien and the notice of intent to levy for "
        "the periods shown above.",
        "**Your conference",
        "We scheduled a telephone conference for the date and time shown above. The Settlement Officer will "
        "call you at the number on your Form 12153. If that time does not work for you, call us by August "
        "23, 2024.",
        "**Your claim for innocent spouse relief",
        "On your Form 12153 you asked for relief from joint and several liability under IRC Section 6015. "
        "Please send us a completed Form 8857, Request for Innocent Spouse Relief, with the records that "
        "support it by August 23, 2024, so that we can consider it at the conference.",
        "**What happens after the conference",
        "After the hearing we will send you a Notice of Determination. If you disagree with it, you will "
        "have 30 days from its date to petition the United States Tax Court about the collection actions and "
        "90 days from its date about your request for relief. This letter is not a determination.",
        w.QUESTIONS, "Sincerely,", "", "", "Settlement Officer",
    ),
    fields={},
    collection=None,
    innocent_spouse=None,
)


# --- 48: a CP504 in notice style: amount due, intent to levy under IRC 6331(d), a later hearing notice under
# --- IRC 6330 promised, Form 8857 mentioned; no determination and no petition period ---------------------
def _header_48(pen: Pen) -> float:
    office_block(pen, ("Department of the Treasury", "Internal Revenue Service", "Ogden, UT 84201-0039"))
    pairs_tab_stop(pen, (
        ("Notice", ["CP504"]), ("Tax year", ["2022"]), ("Notice date", ["February 24, 2025"]),
        ("Social Security number", ["XXX-XX-5519"]), ("To contact us", ["800-829-8374"]),
        ("Your Caller ID", ["418203"]), ("Page", ["1 of 5"]),
    ), x=372, value_x=482, top=54)
    pen.lines(MARGIN, 150, ("JEROME T BALLANTYNE", "390 E 1700 S", "OREM UT 84058"))
    pen.y = 226
    pen.paragraph("Notice of intent to seize (levy) your property or rights to property", bold=True)
    pen.paragraph("Amount due immediately: $8,412.55", bold=True)
    return pen.y


LETTER_48 = Letter(
    name="ind48-cp504", letter_type="other", header=_header_48, footer="Notice CP504 (Rev. 4-2024)",
    body=(
        "As we notified you before, you have unpaid taxes for the tax year ending December 31, 2022. If you "
        "don't pay $8,412.55 immediately, we can levy your state tax refund under Internal Revenue Code "
        "Section 6331(d).",
        "**What you need to do immediately",
        "Pay the amount due by March 10, 2025, or call us to set up a payment plan. If you already paid, "
        "send us proof of payment.",
        "**What happens next",
        "If you don't pay, we may also seize other property or rights to property, such as wages and bank "
        "accounts. Before we do, we will send you a separate notice of your right to a Collection Due "
        "Process hearing under IRC Section 6330.",
        "If you filed a joint return and believe your spouse or former spouse alone should pay this tax, you "
        "may request innocent spouse relief on Form 8857. See Publication 971.",
    ),
    fields={},
    collection=None,
    innocent_spouse=None,
)


# --- 49: a Letter 3279 from the Cincinnati Centralized Innocent Spouse Operation (not Appeals), stacked
# --- labels, no tax form; a preliminary determination's date and its 30 days in the text; relief under
# --- 6015(b) for one year, equitable relief refused for the other; day 90 is Juneteenth -------------------
def _header_49(pen: Pen) -> float:
    office_block(pen, ("Department of the Treasury", "Internal Revenue Service",
                       "Cincinnati Centralized Innocent Spouse Operation", "Stop 840F, PO Box 120053",
                       "Covington, KY 41012"))
    pairs_stacked(pen, (
        ("Date:", ["March 21, 2023"]),
        ("Taxpayer ID number:", ["XXX-XX-3704"]),
        ("Tax years:", ["2019, 2020"]),
        ("Person to contact:", ["Philippa D. Okafor-Lindqvist"]),
        ("Employee ID number:", ["1000318845"]),
        ("Contact telephone number:", ["855-851-2009"]),
        ("Contact hours:", ["6:00 a.m. - 8:00 p.m. ET"]),
    ), x=372, top=54, indent=10)
    pen.lines(MARGIN, 176, ("MARISOL E DUNWOODY", "1520 ALEXANDRIA PIKE APT 12", "FORT THOMAS KY 41075"))
    return salute(pen, 300, "Dear Marisol E Dunwoody:", TITLE_3279)


LETTER_49 = Letter(
    name="ind49-3279", letter_type="3279", header=_header_49, footer="Letter 3279 (Rev. 2-2021)",
    body=(
        "This letter is our final determination on your Form 8857, Request for Innocent Spouse Relief, which "
        "we received on April 4, 2022. We sent you a preliminary determination letter dated December 9, "
        "2022. You did not ask for a review by the IRS Independent Office of Appeals within the 30 days that "
        "letter allowed, so we have made our final determination.",
        "**Our final determination",
        "2019: The understatement on your joint return came from your former husband's unreported "
        "self-employment income, which you did not know about. We allow innocent spouse relief under IRC "
        "Section 6015(b) for 2019.",
        "2020: The tax shown on your joint return was not paid. You knew it would not be paid when you "
        "signed the return, and you would not suffer economic hardship if you paid it. Equitable relief "
        "under IRC Section 6015(f) is disallowed for 2020.",
        "**If you disagree",
        "You may petition the United States Tax Court to review this determination. You must file the "
        "petition within 90 days from the date of this letter. The time to file cannot be extended.",
        w.COURT, w.ADVOCATE,
        "If you have questions, call the person shown above.",
        "Sincerely,", "", "", "Innocent Spouse Operation Manager",
    ),
    fields={
        "letter_date": "2023-03-21", "contact_name": "Philippa D. Okafor-Lindqvist",
        "contact_employee_id": "1000318845", "contact_phone": "8558512009",
        "contact_hours": "6:00 a.m. - 8:00 p.m. ET", "taxpayer_name": "MARISOL E DUNWOODY",
        "taxpayer_id": "XXX-XX-3704", "tax_periods": ["2019-12-31", "2020-12-31"],
    },
    collection=None,
    innocent_spouse={"outcome": "partial_relief", "sections": ["6015(b)", "6015(f)"]},
)


# --- 50: a Letter 4390 whose two parts cover different years: the levy notice is for 2018 through 2021,
# --- relief was asked for the joint years 2018 and 2019 only; 2018 allocated under 6015(c), 2019 refused
# --- under (b) and (f); so the levy falls for 2018 and stands for the rest. Ruled grid; day 30 is a Sunday
# --- before Labor Day ------------------------------------------------------------------------------------
def _header_50(pen: Pen) -> float:
    office_block(pen, (*APPEALS, "915 Second Avenue, MS W-190", "Seattle, WA 98174"))
    bottom = pairs_grid(pen, (
        ("Date", ["August 4, 2023"]),
        ("Person to Contact", ["Thaddeus R. Nakamura-Byrne"]),
        ("Employee ID Number", ["1000475518"]),
        ("Telephone", ["206-946-3305"]),
        ("Fax", ["855-820-4461"]),
        ("Taxpayer ID Number", ["XXX-XX-8160"]),
        ("Tax Periods Ended", ["12/31/2018, 12/31/2019,", "12/31/2020, 12/31/2021"]),
        ("Tax Form", ["1040"]),
    ), x0=276, split=386, x1=PAGE_W - MARGIN, top=54)
    pen.lines(MARGIN, 150, ("ROSAMUND K EVERHART", "7719 RAINIER AVE S", "SEATTLE WA 98118"))
    return salute(pen, bottom + 6, "Dear Ms. Everhart:")


LETTER_50 = Letter(
    name="ind50-4390-splityears", letter_type="4390", header=_header_50, footer="Letter 4390 (Rev. 11-2019)",
    body=(
        "We have completed the Collection Due Process hearing you requested under IRC Section 6330 about the "
        "notice of intent to levy for 2018 through 2021, and our review of your request for relief from "
        "joint and several liability for 2018 and 2019, the years you filed joint returns with your former "
        "husband. For 2020 and 2021 you filed separate returns, and you did not ask for relief for them.",
        "**Relief from joint and several liability: 2018 and 2019",
        "2018: The deficiency came from your former husband's unreported consulting income. You were "
        "divorced in 2021 and elected to allocate the deficiency. Under IRC Section 6015(c) the entire 2018 "
        "deficiency is allocated to him, and you are relieved of it.",
        "2019: The balance is tax shown on the joint return that was not paid. You signed the return knowing "
        "the tax would not be paid, so you do not qualify for relief under IRC Section 6015(b) or for "
        "equitable relief under IRC Section 6015(f). Relief for 2019 is denied.",
        "We therefore grant your request in part.",
        "**Collection: 2018 through 2021",
        "Because you are no longer liable for 2018, the proposed levy is not sustained for 2018. The "
        "proposed levy is sustained for 2019, 2020 and 2021. You asked for an installment agreement of $200 "
        "a month, but you have not filed your 2022 return, so we could not approve an agreement.",
        w.PETITION_30_NEW, w.PETITION_90, w.LATE, w.COURT, w.QUESTIONS, *w.SIGNATURE,
    ),
    fields={
        "letter_date": "2023-08-04", "contact_name": "Thaddeus R. Nakamura-Byrne",
        "contact_employee_id": "1000475518", "contact_phone": "2069463305", "contact_fax": "8558204461",
        "taxpayer_name": "ROSAMUND K EVERHART", "taxpayer_id": "XXX-XX-8160",
        "tax_periods": ["2018-12-31", "2019-12-31", "2020-12-31", "2021-12-31"], "tax_form": "1040",
    },
    collection={"actions": ["levy"], "outcome": "partially_sustained",
                "alternatives": ["installment_agreement"]},
    innocent_spouse={"outcome": "partial_relief", "sections": ["6015(b)", "6015(c)", "6015(f)"]},
)


# --- 51: the representative's copy of a Letter 4390: "COPY FOR YOUR INFORMATION / Power of Attorney Copy"
# --- over the representative's name and firm in the address window; the taxpayer named only by a
# --- "Taxpayer Name:" label and the greeting; the lien kept, the levy dropped for currently not collectible;
# --- 6015(b) refused; day 90 is DC Emancipation Day. Also scanned. ----------------------------------------
def _header_51(pen: Pen) -> float:
    office_block(pen, (*APPEALS, "200 N. High Street, Room 508", "Columbus, OH 43215"))
    pairs_right_inline(pen, (
        ("Date:", ["January 17, 2024"]),
        ("Person to Contact:", ["Ottoline B. Fairweather"]),
        ("Employee ID Number:", ["1000692254"]),
        ("Telephone:", ["614-280-8873"]),
        ("Fax:", ["855-744-1036"]),
        ("Taxpayer Name:", ["DARNELL J WHITFIELD"]),
        ("Taxpayer ID Number:", ["XXX-XX-2093"]),
        ("Tax Periods Ended:", ["12/31/2020, 12/31/2021"]),
        ("Tax Form:", ["1040"]),
    ), x=306, top=54)
    pen.text(MARGIN, 132, "COPY FOR YOUR INFORMATION", bold=True)
    pen.text(MARGIN, 145, "Power of Attorney Copy")
    pen.lines(MARGIN, 172, ("MARGARET L OSEI EA", "OSEI TAX RESOLUTION LLC", "1400 N HIGH ST STE 210",
                            "COLUMBUS OH 43201"))
    return salute(pen, 256, "Dear Mr. Whitfield:")


LETTER_51 = Letter(
    name="ind51-4390-poacopy", letter_type="4390", header=_header_51, footer="Letter 4390 (Rev. 04-2023)",
    fonts=Fonts("Times-Roman", "Times-Bold", 10.5),
    body=(
        "We have completed the Collection Due Process hearing you requested under IRC Sections 6320 and 6330 "
        "about the Notice of Federal Tax Lien and the notice of intent to levy for the periods shown above, "
        "and our review of your request for relief from joint and several liability.",
        "**Collection",
        "The filing of the Notice of Federal Tax Lien is sustained. The proposed levy is not sustained: your "
        "Form 433-A shows that your allowable expenses exceed your income, and we will ask the Collection "
        "function to report your account as currently not collectible.",
        "**Innocent spouse relief",
        "You asked for innocent spouse relief under IRC Section 6015(b) for the understatements on your 2020 "
        "and 2021 joint returns. The unreported income was deposited in an account you shared with your "
        "wife, and you knew about it. Your request is denied.",
        w.PETITION_30_OLD, w.PETITION_90, w.LATE, w.COURT,
        "A copy of this letter has been sent to your authorized representative under the power of "
        "attorney on file.",
        w.QUESTIONS, *w.SIGNATURE,
    ),
    fields={
        "letter_date": "2024-01-17", "contact_name": "Ottoline B. Fairweather",
        "contact_employee_id": "1000692254", "contact_phone": "6142808873", "contact_fax": "8557441036",
        "taxpayer_name": "DARNELL J WHITFIELD", "taxpayer_id": "XXX-XX-2093",
        "tax_periods": ["2020-12-31", "2021-12-31"], "tax_form": "1040",
    },
    collection={"actions": ["lien", "levy"], "outcome": "partially_sustained",
                "alternatives": ["currently_not_collectible"]},
    innocent_spouse={"outcome": "denied", "sections": ["6015(b)"]},
)

LETTERS: tuple[Letter, ...] = (LETTER_44, LETTER_45, LETTER_46, LETTER_47, LETTER_48, LETTER_49, LETTER_50,
                               LETTER_51)
