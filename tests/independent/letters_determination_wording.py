"""Independent letters 28-35: the same determinations in other Appeals officers' words. Numbered paragraphs,
bullet lists, bold headings on their own lines and a small action/decision table; "the IRS may proceed with
the levy", "it will remain in place", "directs its withdrawal", "the lien will be released" (a decision) and
"released when the balance is paid" (no decision); an installment agreement accepted, currently not
collectible status, a rejected offer; relief "granted in full", "allowed in part", "cannot grant", a reversed
preliminary denial, sections written "IRC §6015(b)", "I.R.C. section 6015(f)", "Section 6015(c) of the
Internal Revenue Code", "§ 66(c)"; petition periods in other words, beside a 60-day and a 30-day period
about something else. Deadlines roll past Juneteenth, a Sunday Emancipation Day, New Year's Day and
Christmas observed on Monday, Columbus Day, Emancipation Day, Labor Day and a weekend."""

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
    pairs_right_inline,
    pairs_tab_stop,
)
from spec import APPEALS, Letter, salute


def decision_table(pen: Pen, rows: Sequence[tuple[str, str]], *, x0: float, split: float, x1: float) -> None:
    """A small ruled table in the body: a bold heading row, then one action and its decision a row."""
    pad, leading = 4.0, pen.fonts.leading
    top = pen.y
    for index, (action, decision) in enumerate(rows):
        bold = index == 0
        pen.box(x0, top, split, top + leading + pad)
        pen.box(split, top, x1, top + leading + pad)
        pen.text(x0 + pad, top + leading - 1, action, bold=bold)
        pen.text(split + pad, top + leading - 1, decision, bold=bold)
        top += leading + pad
    pen.y = top + leading * 1.8


# --- 28: numbered paragraphs; "The IRS may proceed with the levy" after a rejected offer; the 2020
# --- understatement relieved under "IRC 6015(c)", the unpaid balances refused under "I.R.C. section 6015(f)";
# --- day 30 is Juneteenth (rolls to Thursday), day 90 a Sunday -------------------------------------------
def _header_28(pen: Pen) -> float:
    office_block(pen, (*APPEALS, "401 W. Peachtree Street NW, Stop 1000-D", "Atlanta, GA 30308"))
    pairs_tab_stop(pen, (
        ("Date:", ["May 20, 2024"]),
        ("Person to Contact:", ["Lorraine V. Ashdown"]),
        ("Employee ID Number:", ["1000523617"]),
        ("Telephone:", ["404-338-8127"]),
        ("Fax:", ["855-386-2011"]),
        ("Hours:", ["8:00 a.m. to 4:30 p.m. ET"]),
        ("Taxpayer ID Number:", ["XXX-XX-2964"]),
        ("Tax Periods Ended:", ["12/31/2019", "12/31/2020"]),
        ("Tax Form:", ["1040"]),
    ), x=318, value_x=424, top=54)
    pen.lines(MARGIN, 176, ("MIRIAM D FAIRCLOTH", "1187 HOWELL MILL RD NW", "ATLANTA GA 30318"))
    return salute(pen, 262, "Dear Ms. Faircloth:")


LETTER_28 = Letter(
    name="ind28-numbered", letter_type="4390", header=_header_28, footer="Letter 4390 (Rev. 12-2021)",
    fonts=Fonts("Times-Roman", "Times-Bold", 10.5),
    body=(
        "We have completed the Collection Due Process hearing you requested after you received a notice of "
        "intent to levy for 2019 and 2020, and our review of your Form 8857, Request for Innocent Spouse "
        "Relief. Our determination is set out in the numbered paragraphs below.",
        "1. Appeals verified that the tax was assessed, that notice and demand for payment was mailed to "
        "your last known address, and that you were told of your right to a hearing before any levy.",
        "2. During the hearing you offered to settle the balances for $3,600. Your offer in compromise was "
        "rejected because the equity in your home is more than the amount you offered.",
        "3. The IRS may proceed with the levy to collect the balances that remain after the relief described "
        "in paragraph 4. You did not propose any other way to pay.",
        "4. You are relieved of the understatement of tax for 2020 under IRC 6015(c). The understatement "
        "came from your former husband's unreported self-employment income, and all of it is allocated to "
        "him.",
        "5. You also asked for relief from the tax shown on your 2019 and 2020 returns that was not paid. "
        "That relief is available only as equitable relief under I.R.C. section 6015(f), and you do not "
        "qualify for it, because you knew the tax was not paid when you signed the returns. This part of "
        "your request is denied.",
        "6. You have 30 days from the date of this letter to file a petition with the United States Tax "
        "Court if you disagree with our determination on the levy.",
        "7. You have 90 days from the date of this letter to file a petition with the United States Tax "
        "Court if you disagree with our determination on your request for innocent spouse relief.",
        "8. " + w.COURT,
        "9. " + w.QUESTIONS,
        *w.SIGNATURE,
    ),
    fields={
        "letter_date": "2024-05-20", "contact_name": "Lorraine V. Ashdown",
        "contact_employee_id": "1000523617", "contact_phone": "4043388127", "contact_fax": "8553862011",
        "contact_hours": "8:00 a.m. to 4:30 p.m. ET", "taxpayer_name": "MIRIAM D FAIRCLOTH",
        "taxpayer_id": "XXX-XX-2964", "tax_periods": ["2019-12-31", "2020-12-31"], "tax_form": "1040",
    },
    collection={"actions": ["levy"], "outcome": "sustained", "alternatives": ["offer_in_compromise"]},
    innocent_spouse={"outcome": "partial_relief", "sections": ["6015(c)", "6015(f)"]},
)


# --- 29: bullet lists under bold headings; the lien "will remain in place", the levy "is not sustained and
# --- will not proceed" for an accepted $350 installment agreement; "We cannot grant relief under IRC 6015(b),
# --- (c) or (f)"; the old "30-day period beginning the day after" in other words, and an appeal "within 60
# --- days" that is no petition period; day 30 is Sunday April 16, 2023, Emancipation Day, observed on Monday
# --- (rolls to Tuesday). Scanned.
def _header_29(pen: Pen) -> float:
    office_block(pen, (*APPEALS, "801 Broadway, MDP 49", "Nashville, TN 37203"))
    pairs_right_inline(pen, (
        ("Date:", ["March 17, 2023"]),
        ("Person to contact:", ["Everett J. Pomeroy"]),
        ("Employee ID number:", ["1000846203"]),
        ("Telephone:", ["(615) 250-5731"]),
        ("Fax:", ["(855) 204-6627"]),
        ("Hours:", ["7:30 a.m. - 4:00 p.m. CT"]),
        ("Taxpayer ID number:", ["XXX-XX-5187"]),
        ("Tax period(s) ended:", ["12/31/2018, 12/31/2019"]),
        ("Tax form:", ["1040"]),
    ), x=318, top=54)
    pen.text(MARGIN, 150, "CERTIFIED MAIL", bold=True)
    pen.lines(MARGIN, 176, ("DELPHINE A MCCRARY", "2209 ELLISTON PL APT 3", "NASHVILLE TN 37203"))
    return salute(pen, 254, "Dear Ms. McCrary:")


LETTER_29 = Letter(
    name="ind29-bullets", letter_type="4390", header=_header_29, footer="Letter 4390 (Rev. 11-2019)",
    body=(
        "We have completed your Collection Due Process hearing and our review of your request for innocent "
        "spouse relief. Here is a summary of what we decided.",
        "**What we decided about collection",
        "\u2022 Notice of Federal Tax Lien: we determined the lien filing was appropriate and it will remain "
        "in place.",
        "\u2022 Proposed levy: the levy action is not sustained and will not proceed, because we accepted "
        "your proposed installment agreement of $350 per month.",
        "**What we decided about your request for relief",
        "\u2022 You asked for relief from joint and several liability for 2018 and 2019.",
        "\u2022 We cannot grant relief under IRC 6015(b), (c) or (f). You were married to and living with "
        "your husband when you made your request, you knew about the income he did not report, and you "
        "shared in it.",
        "\u2022 You remain liable for the full balance for both years.",
        "**What you can do if you disagree",
        "\u2022 Lien and levy: a petition to the United States Tax Court must be filed within the 30-day "
        "period beginning the day after the date of this letter.",
        "\u2022 Innocent spouse relief: a petition to the United States Tax Court must be filed within 90 "
        "days after the date of this letter.",
        "\u2022 The Tax Court cannot accept a petition that is filed late.",
        "After you have made three payments under your installment agreement, you may ask Collection to "
        "withdraw the lien notice on Form 12277. If Collection denies that request, you may appeal the "
        "denial within 60 days through the Collection Appeals Program; that appeal does not go to the Tax "
        "Court.",
        w.COURT, w.ADVOCATE, w.QUESTIONS, *w.SIGNATURE,
    ),
    fields={
        "letter_date": "2023-03-17", "contact_name": "Everett J. Pomeroy",
        "contact_employee_id": "1000846203", "contact_phone": "6152505731", "contact_fax": "8552046627",
        "contact_hours": "7:30 a.m. - 4:00 p.m. CT",
        "taxpayer_name": "DELPHINE A MCCRARY", "taxpayer_id": "XXX-XX-5187",
        "tax_periods": ["2018-12-31", "2019-12-31"], "tax_form": "1040",
    },
    collection={"actions": ["lien", "levy"], "outcome": "partially_sustained",
                "alternatives": ["installment_agreement"]},
    innocent_spouse={"outcome": "denied", "sections": ["6015(b)", "6015(c)", "6015(f)"]},
)


# --- 30: bold headings on their own lines with no period ("Determination", "Innocent Spouse Relief", "Your
# --- Right to Petition the Tax Court"); "Appeals does not sustain the filing of the NFTL and directs its
# --- withdrawal"; "Your claim under section 6015(f) is allowed in part"; "within thirty days" and "the Tax
# --- Court must receive your petition within 90 days"; day 90 is Columbus Day ------------------------------
def _header_30(pen: Pen) -> float:
    office_block(pen, (*APPEALS, "2 Cooper Street, Stop 11-A", "Camden, NJ 08102"))
    pairs_tab_stop(pen, (
        ("Date:", ["July 16, 2024"]),
        ("Person to Contact:", ["Ottoline F. Grabowski"]),
        ("Employee ID Number:", ["1000712458"]),
        ("Telephone Number:", ["856-757-7218"]),
        ("Fax Number:", ["856-757-7250"]),
        ("Taxpayer ID Number:", ["XXX-XX-8832"]),
        ("Tax Period(s) Ended:", ["12/31/2021"]),
        ("Tax Form:", ["1040"]),
    ), x=300, value_x=426, top=54, bold_labels=True)
    pen.lines(MARGIN, 170, ("RAMONA T DELACRUZ", "41 HADDON AVE", "COLLINGSWOOD NJ 08108"))
    return salute(pen, 244, "Dear Ramona T Delacruz:")


LETTER_30 = Letter(
    name="ind30-headings", letter_type="4390", header=_header_30, footer="Letter 4390 (Rev. 04-2023)",
    body=(
        "You requested a Collection Due Process hearing under IRC Section 6320 after the Notice of Federal "
        "Tax Lien (NFTL) for 2021 was filed on November 6, 2023. With your hearing request you sent Form "
        "8857, Request for Innocent Spouse Relief.",
        "**Determination",
        "The records show that notice and demand for payment was not mailed to your last known address "
        "before the NFTL was filed. Appeals does not sustain the filing of the NFTL and directs its "
        "withdrawal.",
        "**Innocent Spouse Relief",
        "Your 2021 joint return showed tax of $7,930 that was not paid. Your claim under section 6015(f) is "
        "allowed in part: you are relieved of $4,210, the part of the unpaid tax that came from your former "
        "spouse's retirement distribution. You remain liable for the other $3,720.",
        "**Your Right to Petition the Tax Court",
        "A petition about the lien determination must be filed within thirty days of the date of this "
        "letter.",
        "If you disagree with the determination on your request for relief, the Tax Court must receive your "
        "petition within 90 days of the date of this letter.",
        w.LATE, w.COURT, w.ADVOCATE, *w.SIGNATURE,
    ),
    fields={
        "letter_date": "2024-07-16", "contact_name": "Ottoline F. Grabowski",
        "contact_employee_id": "1000712458", "contact_phone": "8567577218", "contact_fax": "8567577250",
        "taxpayer_name": "RAMONA T DELACRUZ", "taxpayer_id": "XXX-XX-8832", "tax_periods": ["2021-12-31"],
        "tax_form": "1040",
    },
    collection={"actions": ["lien"], "outcome": "not_sustained", "alternatives": []},
    innocent_spouse={"outcome": "partial_relief", "sections": ["6015(f)"]},
)


# --- 31: an action / decision table (lien Sustained, levy Not sustained) with the account "placed in
# --- currently not collectible status"; relief refused under "Section 6015(c) of the Internal Revenue Code"
# --- and (f); "no later than 30 days after the date shown at the top of this letter"; day 30 is Sunday
# --- January 1, 2023, New Year's Day observed on Monday (rolls to Tuesday). Faxed. -------------------------
def _header_31(pen: Pen) -> float:
    office_block(pen, (*APPEALS, "1222 Spruce Street, Room 8.200", "St. Louis, MO 63103"))
    pairs_right_inline(pen, (
        ("Date:", ["December 2, 2022"]),
        ("Person to Contact:", ["Horatio B. Szabo"]),
        ("Employee ID Number:", ["1000395572"]),
        ("Telephone Number:", ["314-339-1850"]),
        ("Fax Number:", ["855-836-2204"]),
        ("Hours:", ["8:00 a.m. - 4:30 p.m. CT"]),
        ("Taxpayer ID Number:", ["XXX-XX-6415"]),
        ("Tax Periods Ended:", ["12/31/2017, 12/31/2018"]),
        ("Tax Form:", ["1040"]),
    ), x=318, top=54)
    pen.lines(MARGIN, 164, ("AUGUSTINA M PELLETIER", "6120 PERNOD AVE", "ST LOUIS MO 63139"))
    salute(pen, 236, "Dear Ms. Pelletier:")
    pen.paragraph("This letter is our determination on your Collection Due Process hearing and on your "
                  "request for relief from joint and several liability. The table shows our decision on each "
                  "collection action.")
    decision_table(pen, (("Collection action", "Decision"), ("Notice of Federal Tax Lien", "Sustained"),
                         ("Notice of Intent to Levy", "Not sustained")), x0=MARGIN, split=330, x1=460)
    return pen.y


LETTER_31 = Letter(
    name="ind31-decisiontable", letter_type="4390", header=_header_31, footer="Letter 4390 (Rev. 11-2019)",
    body=(
        "At the hearing you showed that your necessary living expenses are more than your income. At our "
        "request, your account was placed in currently not collectible status on November 14, 2022, so no "
        "levy will be made. The lien stays in place to protect the government's interest.",
        "**Relief from joint and several liability",
        "You do not qualify for relief under Section 6015(c) of the Internal Revenue Code, because you were "
        "married to and living with your husband when you filed your request. You also do not qualify for "
        "equitable relief under Section 6015(f) of the Internal Revenue Code, because you knew the tax on "
        "your 2017 and 2018 returns would not be paid. We deny your request.",
        "You may contest the collection determination by filing a petition with the United States Tax Court "
        "no later than 30 days after the date shown at the top of this letter. A petition about your request "
        "for relief must be filed within 90 days after the date of this letter.",
        w.LATE, w.COURT, w.QUESTIONS, *w.SIGNATURE,
    ),
    fields={
        "letter_date": "2022-12-02", "contact_name": "Horatio B. Szabo", "contact_employee_id": "1000395572",
        "contact_phone": "3143391850", "contact_fax": "8558362204",
        "contact_hours": "8:00 a.m. - 4:30 p.m. CT",
        "taxpayer_name": "AUGUSTINA M PELLETIER", "taxpayer_id": "XXX-XX-6415",
        "tax_periods": ["2017-12-31", "2018-12-31"], "tax_form": "1040",
    },
    collection={"actions": ["lien", "levy"], "outcome": "partially_sustained",
                "alternatives": ["currently_not_collectible"]},
    innocent_spouse={"outcome": "denied", "sections": ["6015(c)", "6015(f)"]},
)


# --- 32: "Relief is granted in full under IRC §6015(b)", so "the lien will be released" (the lien is not
# --- sustained) with a certificate of release "within 30 days" that is no petition period; "thirty (30)" and
# --- "ninety (90)"; day 30 is Emancipation Day, day 90 a Sunday --------------------------------------------
def _header_32(pen: Pen) -> float:
    office_block(pen, (*APPEALS, "25 New Sudbury Street, Room 975", "Boston, MA 02203"))
    bottom = pairs_grid(pen, (
        ("Date", ["March 17, 2025"]),
        ("Person to Contact", ["Prudence A. Castellanos"]),
        ("Employee ID Number", ["1001276340"]),
        ("Telephone", ["617-316-2290"]),
        ("Fax", ["855-279-6631"]),
        ("Taxpayer ID Number", ["XXX-XX-0457"]),
        ("Tax Period(s) Ended", ["12/31/2022"]),
        ("Tax Form", ["1040"]),
    ), x0=300, split=410, x1=PAGE_W - MARGIN, top=126)
    pen.lines(MARGIN, 150, ("BRIDGET O NAKASHIMA", "18 WENDELL ST", "CAMBRIDGE MA 02138"))
    return salute(pen, bottom + 6, "Dear Ms. Nakashima:")


LETTER_32 = Letter(
    name="ind32-released", letter_type="4390", header=_header_32, footer="Letter 4390 (Rev. 12-2021)",
    body=(
        "We have completed the hearing you requested under IRC §6320 about the Notice of Federal Tax Lien "
        "filed for 2022, and our review of your request for innocent spouse relief.",
        "**Innocent spouse relief",
        "Relief is granted in full under IRC §6015(b). The understatement on your 2022 joint return came "
        "from rental income your former husband did not report, and you did not know, and had no reason to "
        "know, about the rental property. The tax shown on the return was paid when it was filed, so you "
        "owe nothing for 2022.",
        "**The lien",
        "Because you no longer owe any tax for 2022, the lien will be released. The Collection function will "
        "issue the certificate of release within 30 days.",
        "**If you disagree",
        "You may file a petition with the United States Tax Court. For the lien, file it within thirty (30) "
        "days from the date of this letter. For innocent spouse relief, file it within ninety (90) days from "
        "the date of this letter.",
        w.LATE, w.COURT, w.QUESTIONS, *w.SIGNATURE,
    ),
    fields={
        "letter_date": "2025-03-17", "contact_name": "Prudence A. Castellanos",
        "contact_employee_id": "1001276340", "contact_phone": "6173162290", "contact_fax": "8552796631",
        "taxpayer_name": "BRIDGET O NAKASHIMA", "taxpayer_id": "XXX-XX-0457", "tax_periods": ["2022-12-31"],
        "tax_form": "1040",
    },
    collection={"actions": ["lien"], "outcome": "not_sustained", "alternatives": []},
    innocent_spouse={"outcome": "full_relief", "sections": ["6015(b)"]},
)


# --- 33: "Appeals affirms the filing", then "the lien will be released when the balance is paid" (no
# --- decision); relief "under § 66(c)" granted in part; day 90 is Sunday December 25, 2022, Christmas
# --- observed on Monday (rolls to Tuesday). Scanned. -------------------------------------------------------
def _header_33(pen: Pen) -> float:
    office_block(pen, (*APPEALS, "5338 Montgomery Blvd. NE, MS 4000-ALB", "Albuquerque, NM 87109"))
    pairs_tab_stop(pen, (
        ("Date:", ["September 26, 2022"]),
        ("Person to Contact:", ["Anastasio R. Benavidez"]),
        ("Employee ID:", ["1000618834"]),
        ("Phone:", ["505-415-6723"]),
        ("Fax:", ["855-247-5318"]),
        ("Hours:", ["8:00 a.m. - 4:30 p.m. MT"]),
        ("Taxpayer ID:", ["XXX-XX-3051"]),
        ("Tax Year Ended:", ["December 31, 2019"]),
        ("Form:", ["1040"]),
    ), x=318, value_x=424, top=54)
    pen.lines(MARGIN, 166, ("FRANCESCA L ARCHULETA", "917 SAN MATEO BLVD NE", "ALBUQUERQUE NM 87108"))
    return salute(pen, 240, "Dear Ms. Archuleta:")


LETTER_33 = Letter(
    name="ind33-66c-whenpaid", letter_type="4390", header=_header_33, footer="Letter 4390 (Rev. 11-2019)",
    fonts=Fonts("Helvetica", "Helvetica-Bold", 9.5),
    body=(
        "We have completed the Collection Due Process hearing you requested under IRC Section 6320 after we "
        "filed a Notice of Federal Tax Lien for 2019, and our review of your request for relief from the tax "
        "on community income. You filed a separate return for 2019 while you were married and living in "
        "New Mexico, a community property state.",
        "**The Notice of Federal Tax Lien",
        "Appeals affirms the filing of the Notice of Federal Tax Lien. The notice was filed properly, and "
        "you did not propose a collection alternative. The lien will be released when the balance is paid.",
        "**Your request under \u00a7 66(c)",
        "Your husband earned $38,400 in wages in 2019 and kept them in an account in his name. You are "
        "relieved of the tax on the half of those wages that the law treated as your income. You remain "
        "liable for the tax on your own wages. Your request under \u00a7 66(c) is granted in part.",
        "If you want the Tax Court to review our lien determination, you must petition it within 30 days "
        "from the date of this letter. If you want the Tax Court to review our determination under "
        "\u00a7 66(c), you must petition it within 90 days from the date of this letter.",
        w.LATE, w.COURT, w.ADVOCATE, w.QUESTIONS, *w.SIGNATURE,
    ),
    fields={
        "letter_date": "2022-09-26", "contact_name": "Anastasio R. Benavidez",
        "contact_employee_id": "1000618834", "contact_phone": "5054156723", "contact_fax": "8552475318",
        "contact_hours": "8:00 a.m. - 4:30 p.m. MT", "taxpayer_name": "FRANCESCA L ARCHULETA",
        "taxpayer_id": "XXX-XX-3051", "tax_periods": ["2019-12-31"], "tax_form": "1040",
    },
    collection={"actions": ["lien"], "outcome": "sustained", "alternatives": []},
    innocent_spouse={"outcome": "partial_relief", "sections": ["66(c)"]},
)


# --- 34: "no reason to withdraw" the lien, so its filing is sustained; the levy "will not go forward" under
# --- an approved installment agreement; (b) not met, (f) met for part; both periods in one sentence; day 90
# --- is Labor Day -------------------------------------------------------------------------------------------
def _header_34(pen: Pen) -> float:
    office_block(pen, (*APPEALS, "1220 SW 3rd Avenue, Room G-044", "Portland, OR 97204"))
    pairs_right_inline(pen, (
        ("Date:", ["June 3, 2025"]),
        ("Person to contact:", ["Wilhelmina C. Strand"]),
        ("Employee ID number:", ["1000468291"]),
        ("Telephone:", ["503-265-3318"]),
        ("Fax:", ["855-205-7126"]),
        ("Hours:", ["7:00 a.m. - 3:30 p.m. PT"]),
        ("Taxpayer ID number:", ["XXX-XX-7729"]),
        ("Tax periods ended:", ["12/31/2021, 12/31/2022"]),
        ("Tax form:", ["1040"]),
    ), x=318, top=54)
    pen.lines(MARGIN, 164, ("JUNIPER A TREMBLAY", "3421 SE BELMONT ST", "PORTLAND OR 97214"))
    return salute(pen, 236, "Dear Juniper A Tremblay:")


LETTER_34 = Letter(
    name="ind34-compact", letter_type="4390", header=_header_34, footer="Letter 4390 (Rev. 04-2023)",
    body=(
        "This is our determination on the lien and levy notices for 2021 and 2022 and on your Form 8857, "
        "which we received on October 7, 2024.",
        "**Lien and levy",
        "Appeals found no reason to withdraw the Notice of Federal Tax Lien, and its filing is sustained. "
        "Your request for an installment agreement was approved at $820 a month, so the proposed levy will "
        "not go forward.",
        "**Relief from joint and several liability",
        "You did not meet the requirements for relief under IRC 6015(b), because the tax for both years was "
        "reported on the returns and simply not paid. However, you meet the requirements for equitable "
        "relief under IRC 6015(f) for $2,960 of the tax for 2021, the part your former wife promised in "
        "writing to pay. You remain responsible for the rest of the balances.",
        "The time to file a petition with the United States Tax Court is 30 days from the date of this "
        "letter for the lien and levy determination, and 90 days from the date of this letter for the "
        "determination on your request for relief.",
        w.LATE, w.COURT, w.QUESTIONS, *w.SIGNATURE,
    ),
    fields={
        "letter_date": "2025-06-03", "contact_name": "Wilhelmina C. Strand",
        "contact_employee_id": "1000468291", "contact_phone": "5032653318", "contact_fax": "8552057126",
        "contact_hours": "7:00 a.m. - 3:30 p.m. PT", "taxpayer_name": "JUNIPER A TREMBLAY",
        "taxpayer_id": "XXX-XX-7729", "tax_periods": ["2021-12-31", "2022-12-31"], "tax_form": "1040",
    },
    collection={"actions": ["lien", "levy"], "outcome": "partially_sustained",
                "alternatives": ["installment_agreement"]},
    innocent_spouse={"outcome": "partial_relief", "sections": ["6015(b)", "6015(f)"]},
)


# --- 35: the old title; a preliminary determination that "denied your request" reversed, full relief under
# --- "IRC Sec. 6015(c)"; "Appeals does not approve the proposed levy"; a 30-day period for the preliminary
# --- appeal that is long past; "this notice of determination"; day 30 is a Saturday ------------------------
def _header_35(pen: Pen) -> float:
    office_block(pen, (*APPEALS, "300 N. Los Angeles St., MS 6200", "Los Angeles, CA 90012"))
    pairs_tab_stop(pen, (
        ("Date:", ["August 10, 2023"]),
        ("Person to Contact:", ["Cyrus N. Bamberger"]),
        ("Employee ID Number:", ["1000287714"]),
        ("Telephone Number:", ["213-372-4476"]),
        ("Fax Number:", ["855-294-6652"]),
        ("Hours:", ["8:00 a.m. - 4:30 p.m. PT"]),
        ("Taxpayer ID Number:", ["XXX-XX-9348"]),
        ("Tax Periods Ended:", ["12/31/2018", "12/31/2019"]),
        ("Tax Form:", ["1040"]),
    ), x=306, value_x=428, top=54)
    pen.lines(MARGIN, 176, ("ISADORA P KOVACS", "1518 N HOBART BLVD APT 6", "LOS ANGELES CA 90027"))
    return salute(pen, 262, "Dear Isadora P Kovacs:", w.TITLE_4390_OLD)


LETTER_35 = Letter(
    name="ind35-reversed", letter_type="4390", header=_header_35, footer="Letter 4390 (Rev. 8-2019)",
    fonts=Fonts("Courier", "Courier-Bold", 9.5),
    body=(
        "This letter is our determination on the Collection Due Process hearing you requested after you "
        "received a notice of intent to levy for 2018 and 2019, and on your appeal of the preliminary "
        "determination on your Form 8857.",
        "**Background",
        "The Cincinnati Centralized Innocent Spouse Operation sent you a preliminary determination letter on "
        "March 3, 2023 that denied your request for relief. That letter gave you 30 days to appeal, and we "
        "received your appeal on March 27, 2023. Because you had also asked for a Collection Due Process "
        "hearing, we considered both in one hearing.",
        "**Innocent spouse relief",
        "We do not agree with the preliminary determination. You divorced in 2021, and the deficiencies for "
        "2018 and 2019 came from consulting fees your former husband did not report. Under IRC Sec. 6015(c), "
        "the whole deficiency for each year is allocated to him, and you are not liable for any part of it. "
        "The deficiencies are the only balances on your account for those years.",
        "**Levy",
        "Because you do not owe the balances for 2018 and 2019, Appeals does not approve the proposed levy.",
        "If you want the Tax Court to review the levy decision, your petition must be filed within 30 days "
        "after the date of this notice of determination. For the determination on your request for relief, "
        "the petition must be filed within 90 days after the date of this notice of determination.",
        w.LATE, w.COURT, w.ADVOCATE, *w.SIGNATURE,
    ),
    fields={
        "letter_date": "2023-08-10", "contact_name": "Cyrus N. Bamberger",
        "contact_employee_id": "1000287714", "contact_phone": "2133724476", "contact_fax": "8552946652",
        "contact_hours": "8:00 a.m. - 4:30 p.m. PT",
        "taxpayer_name": "ISADORA P KOVACS", "taxpayer_id": "XXX-XX-9348",
        "tax_periods": ["2018-12-31", "2019-12-31"], "tax_form": "1040",
    },
    collection={"actions": ["levy"], "outcome": "not_sustained", "alternatives": []},
    innocent_spouse={"outcome": "full_relief", "sections": ["6015(c)"]},
)

LETTERS: tuple[Letter, ...] = (LETTER_28, LETTER_29, LETTER_30, LETTER_31, LETTER_32, LETTER_33, LETTER_34,
                               LETTER_35)
