"""Independent letters 70-79: the determination, the petition paragraphs and the header in other Appeals
offices' words and layouts. A determination given per tax period in a ruled table (lien | levy | innocent
spouse); relief granted for one year and refused for another in prose, with no overall word; the collection
action "upheld", "the levy may proceed", "the notice of federal tax lien will remain (in place)", a lien
"withdrawn" for a procedural fault while the levy stands, a levy notice "withdrawn"; the innocent spouse
determination under 6015(b), (c) and (f) one by one, "full equitable relief" with no section number,
"partial relief from joint and several liability", full relief under (c) and (f) together; a summary box;
the determination in an attached "Summary and Recommendation" on page 2; a decision paragraph that starts
on page 1 and ends on page 2. Petition sentences: "You have 30 days from the date of this letter to file a
petition", "If you want to dispute ... you must file ... within 90 days", "The time limit ... cannot be
extended". Header labels: "Contact Person", "Id Number", "Tel:", "Phone number" without a colon, "Fax
number:", "Taxpayer Identification Number", "SSN:" masked as ***-**-1234 and XXX-XX-1234, "Tax Period(s)
Ended:", the date at left, an "In re:" block holding the TIN and the periods, and a two-column block whose
labels and values stand far apart. Each truth is what the letter says, written out by hand."""

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
from reportlab.lib.utils import simpleSplit
from spec import APPEALS, Letter, salute


def ruled_table(pen: Pen, rows: Sequence[Sequence[str]], widths: Sequence[float], *, x0: float = MARGIN,
                size: float | None = None) -> None:
    """A ruled table in the body at the cursor: a bold heading row, cells that wrap inside their column."""
    size = size or pen.fonts.size
    leading, pad = size * 1.25, 4.0
    top = pen.y
    for index, row in enumerate(rows):
        bold = index == 0
        font = pen.fonts.bold if bold else pen.fonts.regular
        cells = [simpleSplit(text, font, size, width - 2 * pad)
                 for text, width in zip(row, widths, strict=True)]
        height = leading * max(len(lines) for lines in cells) + pad * 2
        left = x0
        for lines, width in zip(cells, widths, strict=True):
            pen.box(left, top, left + width, top + height)
            for number, line in enumerate(lines):
                pen.text(left + pad, top + pad + leading * (number + 1) - 3, line, bold=bold, size=size)
            left += width
        top += height
    pen.y = top + pen.fonts.leading * 1.2


PETITION_30_HAVE = (
    "You have 30 days from the date of this letter to file a petition with the United States Tax Court if "
    "you want the court to review our determination on the lien or the levy."
)
PETITION_90_DISPUTE = (
    "If you want to dispute our determination on your request for relief from joint and several liability, "
    "you must file a petition with the Tax Court within 90 days from the date of this letter."
)
NO_EXTENSION = (
    "The time limit for filing a petition cannot be extended. The Tax Court cannot consider a petition that "
    "is filed after the time the law allows."
)


# --- 70: the determination per tax period in a ruled table (period | lien | levy | relief): 2019 lien and
# --- levy sustained and relief denied under (b) and (f), 2020 lien and levy not sustained after full relief
# --- under (c), 2021 (a separate return) sustained with no relief asked; "Tel:", "Fax number:", "SSN:
# --- ***-**-4826". Day 30 is Saturday July 6, 2024 (rolls to Monday). Also scanned at 300 dpi, tilted -----
def _header_70(pen: Pen) -> float:
    office_block(pen, (*APPEALS, "230 S. Dearborn Street, Stop 5007-CHI", "Chicago, IL 60604"))
    pairs_right_inline(pen, (
        ("Date:", ["June 6, 2024"]),
        ("Person to Contact:", ["Marisol T. Brandvold"]),
        ("Employee ID Number:", ["1000627193"]),
        ("Tel:", ["312-292-4476"]),
        ("Fax number:", ["855-386-0192"]),
        ("SSN:", ["***-**-4826"]),
        ("Tax Period(s) Ended:", ["12/31/2019, 12/31/2020,", "12/31/2021"]),
        ("Tax Form:", ["1040"]),
    ), x=318, top=54)
    pen.text(MARGIN, 150, "CERTIFIED MAIL", bold=True)
    pen.lines(MARGIN, 172, ("ODALYS R PETRAKIS-BAUER", "5543 N LINCOLN AVE APT 2", "CHICAGO IL 60625"))
    salute(pen, 236, "Dear Ms. Petrakis-Bauer:")
    pen.paragraph(
        "We have completed the Collection Due Process hearing you requested on Form 12153 about the Notice "
        "of Federal Tax Lien and the notice of intent to levy for the periods shown above. At the same "
        "hearing you asked for relief from joint and several liability for 2019 and 2020, the two years you "
        "filed joint returns with your former husband; for 2021 you filed a separate return. Our "
        "determination for each period is in the table below.")
    ruled_table(pen, (
        ("Tax Period Ended", "Notice of Federal Tax Lien (IRC 6320)", "Proposed Levy (IRC 6330)",
         "Relief from Joint and Several Liability (IRC 6015)"),
        ("12/31/2019", "Sustained", "Sustained", "Denied under IRC 6015(b) and 6015(f)"),
        ("12/31/2020", "Not sustained; the lien will be released as to you", "Not sustained",
         "Full relief under IRC 6015(c)"),
        ("12/31/2021", "Sustained", "Sustained", "Not requested (separate return)"),
    ), (78, 124, 100, 166), size=9)
    return pen.y


LETTER_70 = Letter(
    name="ind70-4390-periodtable", letter_type="4390", header=_header_70, footer="Letter 4390 (Rev. 11-2019)",
    body=(
        "**Reasons for our determination",
        "2019: The balance is tax shown on your joint return that was not paid. You prepared the return "
        "yourself and knew the tax would not be paid, so relief under IRC Section 6015(b) does not apply to "
        "it and equitable relief under IRC Section 6015(f) is not appropriate.",
        "2020: The deficiency came from your former husband's unreported income from his landscaping "
        "business. You were divorced in 2022, and you elected to allocate the deficiency under IRC Section "
        "6015(c). All of it is allocated to him, so you owe nothing for 2020.",
        "2019 and 2021: You did not propose any collection alternative and did not send the financial "
        "statement we asked for. The lien and the levy balance the need for efficient collection of the tax "
        "with your concern that collection be no more intrusive than necessary.",
        PETITION_30_HAVE, PETITION_90_DISPUTE, NO_EXTENSION, w.COURT, w.QUESTIONS, *w.SIGNATURE,
    ),
    fields={
        "letter_date": "2024-06-06", "contact_name": "Marisol T. Brandvold",
        "contact_employee_id": "1000627193",
        "contact_phone": "3122924476", "contact_fax": "8553860192",
        "taxpayer_name": "ODALYS R PETRAKIS-BAUER",
        "taxpayer_id": "XXX-XX-4826", "tax_periods": ["2019-12-31", "2020-12-31", "2021-12-31"],
        "tax_form": "1040",
    },
    collection={"actions": ["lien", "levy"], "outcome": "partially_sustained", "alternatives": []},
    innocent_spouse={"outcome": "partial_relief", "sections": ["6015(b)", "6015(c)", "6015(f)"]},
)


# --- 71: "Date:" at left under the office; "Contact Person:", "Id Number:", "Phone number" with no colon,
# --- "Taxpayer Identification Number:", periods spelled out one per line, no form. Relief for 2021 granted
# --- in full under (b), for 2022 refused under (b) and (f), with no overall word; "The levy may proceed"
# --- after an installment agreement was refused. Day 90 is Sunday December 31, 2023, and Monday is New
# --- Year's Day (rolls to Tuesday January 2, 2024) ----------------------------------------------------------
def _header_71(pen: Pen) -> float:
    office_block(pen, (*APPEALS, "310 W. Wisconsin Avenue, Stop 1005-MIL", "Milwaukee, WI 53203"))
    pen.text(MARGIN, 134, "Date: October 2, 2023")
    pairs_tab_stop(pen, (
        ("Contact Person:", ["Ines V. Halvorsen"]),
        ("Id Number:", ["1000348201"]),
        ("Phone number", ["414-231-2286"]),
        ("Fax number:", ["855-403-7715"]),
        ("Taxpayer Identification Number:", ["XXX-XX-3904"]),
        ("Tax Period(s) Ended:", ["December 31, 2021", "December 31, 2022"]),
    ), x=300, value_x=456, top=54)
    pen.lines(MARGIN, 172, ("CORDELIA F YAMAMOTO-GRANT", "2718 N BARTLETT AVE", "MILWAUKEE WI 53211"))
    return salute(pen, 248, "Dear Ms. Yamamoto-Grant:")


LETTER_71 = Letter(
    name="ind71-4390-yearsprose", letter_type="4390", header=_header_71, footer="Letter 4390 (Rev. 11-2019)",
    body=(
        "We have completed the Collection Due Process hearing you asked for after you received a notice of "
        "intent to levy for 2022. During the hearing you also asked, on Form 8857, for relief from joint and "
        "several liability for 2021 and 2022. This letter is our determination on both.",
        "**Your request for innocent spouse relief",
        "For 2021, we grant you full relief under IRC Section 6015(b). The understatement on the 2021 joint "
        "return came from gains on cryptocurrency your husband held in an account in his own name. You did "
        "not know, and had no reason to know, about the account, and it would be unfair to hold you liable "
        "for the tax on it.",
        "For 2022, we cannot grant relief. The 2022 balance is tax that was reported on the joint return but "
        "not paid, so IRC Section 6015(b) does not apply to it. You are not eligible for equitable relief "
        "under IRC Section 6015(f) either: you knew when you signed the return that the tax would not be "
        "paid, and paying it would not cause you economic hardship.",
        "**The levy",
        "The levy may proceed. We verified that the IRS met the requirements of law and procedure before it "
        "issued the notice of intent to levy. You proposed an installment agreement of $150 a month, but you "
        "have not made the estimated tax payments required for 2023, so we could not approve it.",
        "**Your right to go to court",
        "You have 30 days from the date of this letter to file a petition with the United States Tax Court "
        "if you disagree with our determination on the levy.",
        "If you want to dispute our determination on your request for innocent spouse relief, you must file "
        "your petition within 90 days from the date of this letter.",
        "The time limit for filing a petition cannot be extended.",
        w.ADVOCATE, w.QUESTIONS, *w.SIGNATURE,
    ),
    fields={
        "letter_date": "2023-10-02", "contact_name": "Ines V. Halvorsen", "contact_employee_id": "1000348201",
        "contact_phone": "4142312286", "contact_fax": "8554037715",
        "taxpayer_name": "CORDELIA F YAMAMOTO-GRANT",
        "taxpayer_id": "XXX-XX-3904", "tax_periods": ["2021-12-31", "2022-12-31"],
    },
    collection={"actions": ["levy"], "outcome": "sustained", "alternatives": ["installment_agreement"]},
    innocent_spouse={"outcome": "partial_relief", "sections": ["6015(b)", "6015(f)"]},
)


# --- 72: an "In re:" block under the address holds the taxpayer's name, "SSN:", the tax periods and a
# --- "Hearing Request Received" date; the right column has only the date and the contact. "Full equitable
# --- relief" with no section number; the lien "should be withdrawn" and the levy "will not proceed"; a Form
# --- 10916(c) in the body. Day 30 is Sunday March 9, 2025 (rolls to Monday). Also a 200 dpi image PDF ------
def _header_72(pen: Pen) -> float:
    office_block(pen, (*APPEALS, "333 W. Pershing Road, Stop 5000-KC", "Kansas City, MO 64108"))
    pairs_right_inline(pen, (
        ("Date:", ["February 7, 2025"]),
        ("Person to Contact:", ["Cornelius A. Whitfield"]),
        ("Employee ID Number:", ["1000812357"]),
        ("Telephone:", ["816-499-6625"]),
        ("Fax:", ["855-573-2208"]),
    ), x=330, top=54)
    pen.lines(MARGIN, 150, ("ALBERTINA J KOWALSKI-REEVES", "1417 E 63RD ST", "KANSAS CITY MO 64110"))
    pen.text(MARGIN, 214, "In re:", bold=True)
    top = pen.lines(MARGIN + 44, 214, ("Collection Due Process Hearing under IRC Sections 6320 and 6330",
                                       "Request for Relief from Joint and Several Liability under IRC "
                                       "Section 6015"))
    bottom = pairs_tab_stop(pen, (
        ("Taxpayer:", ["ALBERTINA J KOWALSKI-REEVES"]),
        ("SSN:", ["XXX-XX-2157"]),
        ("Tax Periods Ended:", ["December 31, 2020; December 31, 2021"]),
        ("Hearing Request Received:", ["June 18, 2024"]),
    ), x=MARGIN + 44, value_x=MARGIN + 190, top=top + 4)
    return salute(pen, bottom + 16, "Dear Ms. Kowalski-Reeves:")


LETTER_72 = Letter(
    name="ind72-4390-inre", letter_type="4390", header=_header_72, footer="Letter 4390 (Rev. 04-2023)",
    body=(
        "We have completed your Collection Due Process hearing and our review of the Form 8857 you filed "
        "with your hearing request. Your hearing was held by telephone on December 10, 2024.",
        "**Relief from joint and several liability",
        "The balances for 2020 and 2021 are tax shown on the joint returns you filed with your former "
        "husband that was not paid. He controlled the household's money, told you that the tax had been "
        "paid, and kept you from seeing the bank statements. You would suffer economic hardship if you were "
        "required to pay. After weighing all the facts and circumstances, we are granting you full equitable "
        "relief from joint and several liability for both years.",
        "**Collection",
        "Because you no longer owe the 2020 and 2021 balances, Appeals has determined that the Notice of "
        "Federal Tax Lien filed against you should be withdrawn, and the proposed levy will not proceed. The "
        "Collection function will send you a copy of the withdrawal on Form 10916(c).",
        "**If you disagree",
        "If you want to dispute this determination, you must file a petition with the United States Tax "
        "Court. A petition about the lien or the levy must be filed within 30 days from the date of this "
        "letter. A petition about your request for relief from joint and several liability must be filed "
        "within 90 days from the date of this letter. These time limits cannot be extended.",
        w.COURT, w.QUESTIONS, *w.SIGNATURE,
    ),
    fields={
        "letter_date": "2025-02-07", "contact_name": "Cornelius A. Whitfield",
        "contact_employee_id": "1000812357",
        "contact_phone": "8164996625", "contact_fax": "8555732208",
        "taxpayer_name": "ALBERTINA J KOWALSKI-REEVES",
        "taxpayer_id": "XXX-XX-2157", "tax_periods": ["2020-12-31", "2021-12-31"],
    },
    collection={"actions": ["lien", "levy"], "outcome": "not_sustained", "alternatives": []},
    innocent_spouse={"outcome": "full_relief", "sections": ["6015(f)"]},
)


# --- 73: a two-column block under the address, labels at the left margin without colons and values far
# --- right at x=390 ("Date", "Employee Identification Number", "Contact Telephone Number", "Hours of
# --- Operation"); "The notice of federal tax lien will remain", the levy not sustained for a partial
# --- payment installment agreement; (b) denied, (c) granted for part, (f) denied, each on its own line with
# --- no overall word. Day 30 is Sunday September 22, 2024 (rolls to Monday). Also scanned at 300 dpi ------
def _header_73(pen: Pen) -> float:
    office_block(pen, (*APPEALS, "801 Broadway, Stop 22, MDP 146", "Nashville, TN 37203"))
    pen.lines(MARGIN, 140, ("HORTENSE L ABERNATHY", "3904 GALLATIN PIKE", "NASHVILLE TN 37216"))
    bottom = pairs_tab_stop(pen, (
        ("Date", ["August 23, 2024"]),
        ("Person to Contact", ["Leopold D. Vance-Okafor"]),
        ("Employee Identification Number", ["1000718842"]),
        ("Contact Telephone Number", ["(615) 250-5718"]),
        ("Fax Number", ["(615) 250-5790"]),
        ("Hours of Operation", ["8:00 a.m. to 4:30 p.m. CT"]),
        ("Taxpayer Identification Number", ["XXX-XX-6631"]),
        ("Tax Periods Ended", ["Dec. 31, 2019", "Dec. 31, 2020"]),
        ("Tax Form", ["1040"]),
    ), x=MARGIN, value_x=390, top=206)
    return salute(pen, bottom + 14, "Dear Ms. Abernathy:")


LETTER_73 = Letter(
    name="ind73-4390-twocolumn", letter_type="4390", header=_header_73, footer="Letter 4390 (Rev. 11-2019)",
    fonts=Fonts("Times-Roman", "Times-Bold", 10.5),
    body=(
        "This letter is our determination on the Collection Due Process hearing you requested about the "
        "Notice of Federal Tax Lien and the notice of intent to levy for 2019 and 2020, and on your request "
        "for relief from joint and several liability for 2019, which you raised at the hearing.",
        "**Collection actions",
        "The notice of federal tax lien will remain. The lien protects the government's interest while a "
        "balance is owed, and you did not show that it was filed in error or that withdrawing it would help "
        "you pay.",
        "The proposed levy is not sustained. You agreed to a partial payment installment agreement of $310 a "
        "month, which we approved on August 12, 2024. The IRS may not levy while the agreement is in effect.",
        "**Your request for relief from joint and several liability (2019)",
        "Innocent spouse relief, IRC Section 6015(b): denied. You knew that your former husband had sold the "
        "rental house in 2019, and a reasonable person in your position would have asked how the gain was "
        "reported.",
        "Separation of liability, IRC Section 6015(c): granted. You were divorced in 2023. The part of the "
        "2019 deficiency that came from the gain on the rental house, $7,312, is allocated to your former "
        "husband. The part that came from your own unreported wages, $1,046, stays with you.",
        "Equitable relief, IRC Section 6015(f): denied for the $1,046 that stays with you, because it is tax "
        "on your own income.",
        "If you want to dispute this determination, you must file a petition with the United States Tax "
        "Court within 30 days from the date of this letter for the lien and the levy, and within 90 days "
        "from the date of this letter for your innocent spouse claim.",
        w.LATE, w.COURT, *w.SIGNATURE,
    ),
    fields={
        "letter_date": "2024-08-23", "contact_name": "Leopold D. Vance-Okafor",
        "contact_employee_id": "1000718842", "contact_phone": "6152505718", "contact_fax": "6152505790",
        "contact_hours": "8:00 a.m. to 4:30 p.m. CT", "taxpayer_name": "HORTENSE L ABERNATHY",
        "taxpayer_id": "XXX-XX-6631", "tax_periods": ["2019-12-31", "2020-12-31"], "tax_form": "1040",
    },
    collection={"actions": ["lien", "levy"], "outcome": "partially_sustained",
                "alternatives": ["installment_agreement"]},
    innocent_spouse={"outcome": "partial_relief", "sections": ["6015(b)", "6015(c)", "6015(f)"]},
)


# --- 74: two pages; the decision paragraph starts at the foot of page 1 (relief granted in part under (c))
# --- and ends on page 2 under the repeated name line ((b) refused; the lien and the levy both sustained);
# --- currently not collectible status ruled out. Day 30 is a Friday, day 90 a Tuesday. Also a 200 dpi
# --- image PDF of both pages ------------------------------------------------------------------------------
def _header_74(pen: Pen) -> float:
    office_block(pen, (*APPEALS, "5045 E. Butler Avenue, Stop 1005", "Fresno, CA 93727"))
    pairs_tab_stop(pen, (
        ("Date:", ["November 15, 2023"]),
        ("Person to Contact:", ["Benedikt O. Marchetti"]),
        ("Employee ID Number:", ["1000539920"]),
        ("Telephone:", ["559-442-6671"]),
        ("Fax:", ["855-301-2245"]),
        ("Taxpayer ID Number:", ["XXX-XX-5508"]),
        ("Tax Period(s) Ended:", ["12/31/2020"]),
        ("Tax Form:", ["1040"]),
    ), x=306, value_x=416, top=54)
    pen.lines(MARGIN, 176, ("PHILIPPA R ODUYA-FENWICK", "4471 E BELMONT AVE", "FRESNO CA 93702"))
    return salute(pen, 250, "Dear Ms. Oduya-Fenwick:")


LETTER_74 = Letter(
    name="ind74-4390-pagebreak", letter_type="4390", header=_header_74, footer="Letter 4390 (Rev. 11-2019)",
    continuation="Philippa R. Oduya-Fenwick, XXX-XX-5508",
    body=(
        "We have completed the Collection Due Process hearing you requested on Form 12153, received on April "
        "24, 2023, about the Notice of Federal Tax Lien filed on March 20, 2023 and the notice of intent to "
        "levy dated March 27, 2023 for 2020. You also asked, on a Form 8857 attached to your hearing "
        "request, for relief from joint and several liability for 2020.",
        "**What we reviewed",
        "Verification of legal and procedural requirements. The Settlement Officer obtained verification "
        "that the tax was properly assessed, that notice and demand for payment was mailed to your last "
        "known address, that the lien notice and the levy notice were properly sent, and that there was a "
        "balance due when the notices were issued. The Settlement Officer had no prior involvement with "
        "this tax.",
        "Issues you raised. You said you should not be liable for the 2020 deficiency because it came from "
        "your former husband's unreported income from his trucking business, and that the collection actions "
        "would make it hard to pay your rent and your child care. You did not dispute the amount of the "
        "deficiency itself, and you did not raise any other issue about the liability or the collection "
        "actions at the conference or in writing afterward.",
        "Collection alternatives. You asked that your account be placed in currently not collectible status. "
        "The financial statement you sent on July 6, 2023 shows income of $4,980 a month and allowable "
        "expenses of $4,215, so you can make payments, and that status is not available to you.",
        "Balancing. We considered whether the collection actions balance the need for efficient collection "
        "of the taxes with your legitimate concern that any collection action be no more intrusive than "
        "necessary, taking into account the relief from joint and several liability described below and the "
        "balance that remains yours after it.",
        "**Determination",
        "After weighing the record, Appeals has decided as follows. Your request for relief from joint and "
        "several liability is granted in part. You were divorced in 2022 and elected to allocate the "
        "deficiency under IRC Section 6015(c): $3,875 of the 2020 deficiency, which came from your former "
        "husband's trucking income, is allocated to him, and $1,140, which came from wages you earned and "
        "did not report, stays your responsibility. You do not qualify for relief under IRC Section 6015(b) "
        "for that remaining amount, because you knew about your own wages. Because you still owe part of the "
        "2020 balance, the filing of the Notice of Federal Tax Lien and the proposed levy are both "
        "sustained.",
        "You may dispute the collection part of this determination by filing a petition with the United "
        "States Tax Court within 30 days from the date of this letter. If you want to dispute our "
        "determination of your innocent spouse claim, you must file a petition within 90 days from the date "
        "of this letter. These time limits are set by law and cannot be extended.",
        w.ADVOCATE, w.QUESTIONS, *w.SIGNATURE,
    ),
    fields={
        "letter_date": "2023-11-15", "contact_name": "Benedikt O. Marchetti",
        "contact_employee_id": "1000539920",
        "contact_phone": "5594426671", "contact_fax": "8553012245",
        "taxpayer_name": "PHILIPPA R ODUYA-FENWICK",
        "taxpayer_id": "XXX-XX-5508", "tax_periods": ["2020-12-31"], "tax_form": "1040",
    },
    collection={"actions": ["lien", "levy"], "outcome": "sustained",
                "alternatives": ["currently_not_collectible"]},
    innocent_spouse={"outcome": "partial_relief", "sections": ["6015(b)", "6015(c)"]},
)


# --- 75: "Contact Person:", "Tel:", "Fax number:", "SSN: XXX-XX-1378"; "Appeals upholds" the lien and the
# --- levy after an offer in compromise was refused; "partial relief from joint and several liability" under
# --- 6015(f). Day 30 is Sunday May 25, 2025; Monday is Memorial Day (rolls to Tuesday May 27). Also a 250
# --- dpi JPEG ---------------------------------------------------------------------------------------------
def _header_75(pen: Pen) -> float:
    office_block(pen, (*APPEALS, "575 N. Pennsylvania Street, Stop AP-IND", "Indianapolis, IN 46204"))
    pairs_right_inline(pen, (
        ("Date:", ["April 25, 2025"]),
        ("Contact Person:", ["Quentin M. Oyelowo-Hart"]),
        ("Employee ID Number:", ["1000451186"]),
        ("Tel:", ["317-685-7730"]),
        ("Fax number:", ["855-299-1843"]),
        ("Hours:", ["7:30 a.m. to 4:00 p.m. ET"]),
        ("SSN:", ["XXX-XX-1378"]),
        ("Tax Period(s) Ended:", ["12/31/2021, 12/31/2022"]),
        ("Tax Form:", ["1040"]),
    ), x=318, top=54)
    pen.lines(MARGIN, 176, ("MARGUERITE E DRISCOLL", "6012 E 38TH ST", "INDIANAPOLIS IN 46226"))
    return salute(pen, 250, "Dear Ms. Driscoll:")


LETTER_75 = Letter(
    name="ind75-4390-upheld", letter_type="4390", header=_header_75, footer="Letter 4390 (Rev. 04-2023)",
    body=(
        "We have reviewed the collection actions for the periods shown above and your request for relief "
        "from joint and several liability, as you asked in your Form 12153 received on October 28, 2024. "
        "Your conference was held on March 11, 2025.",
        "**Collection",
        "Appeals upholds both the filing of the Notice of Federal Tax Lien and the proposed levy. You "
        "offered $2,400 to compromise the balance of $18,730, but the equity in your home and your monthly "
        "income give a reasonable collection potential well above the balance, so we could not recommend "
        "that your offer in compromise be accepted.",
        "**Relief from joint and several liability",
        "You asked for equitable relief under IRC Section 6015(f) for the unpaid tax shown on your 2021 and "
        "2022 joint returns. We are granting you partial relief from joint and several liability for 2022: "
        "you are relieved of $4,260 of the $9,115 unpaid tax, the part that arose from your husband's wages "
        "after he left the home in March 2022. You are not relieved of the rest of the 2022 balance or of "
        "the 2021 balance, which you knew would not be paid when you signed the return.",
        "**Your right to petition the Tax Court",
        "If you want to dispute the collection determination, you must file a petition with the United "
        "States Tax Court within 30 days from the date of this letter. If you want to dispute our "
        "determination of your request for relief from joint and several liability, you must file a petition "
        "within 90 days from the date of this letter. The time limit for filing a petition cannot be "
        "extended, and the Tax Court will dismiss a petition that is filed late.",
        w.COURT, w.ADVOCATE, w.QUESTIONS, *w.SIGNATURE,
    ),
    fields={
        "letter_date": "2025-04-25", "contact_name": "Quentin M. Oyelowo-Hart",
        "contact_employee_id": "1000451186",
        "contact_phone": "3176857730", "contact_fax": "8552991843",
        "contact_hours": "7:30 a.m. to 4:00 p.m. ET",
        "taxpayer_name": "MARGUERITE E DRISCOLL", "taxpayer_id": "XXX-XX-1378",
        "tax_periods": ["2021-12-31", "2022-12-31"], "tax_form": "1040",
    },
    collection={"actions": ["lien", "levy"], "outcome": "sustained", "alternatives": ["offer_in_compromise"]},
    innocent_spouse={"outcome": "partial_relief", "sections": ["6015(f)"]},
)


# --- 76: "Date:" at left between the office and the address; "Phone number:", "Fax number:", "Taxpayer ID
# --- Number: ***-**-9044", "Form:"; a SUMMARY OF DETERMINATION box (lien "Not sustained - lien to be
# --- withdrawn", levy "Sustained", (b), (c) and (f) each "Denied"); the lien withdrawn under 6323(j)(1)(A)
# --- because the Letter 3172 went to an old address. Day 30 is a Friday, day 90 a Tuesday ---------------
def _header_76(pen: Pen) -> float:
    office_block(pen, (*APPEALS, "31 Hopkins Plaza, Room 940", "Baltimore, MD 21201"))
    pen.text(MARGIN, 136, "Date: January 10, 2024")
    pairs_tab_stop(pen, (
        ("Person to Contact:", ["Tobias R. Engelhardt"]),
        ("Employee ID Number:", ["1000264478"]),
        ("Phone number:", ["410-962-3318"]),
        ("Fax number:", ["855-221-6640"]),
        ("Taxpayer ID Number:", ["***-**-9044"]),
        ("Tax Periods Ended:", ["12/31/2018", "12/31/2019"]),
        ("Form:", ["1040"]),
    ), x=318, value_x=430, top=54)
    pen.lines(MARGIN, 176, ("WILHELMINA S OKONKWO-BAPTISTE", "2820 N CALVERT ST", "BALTIMORE MD 21218"))
    salute(pen, 240, "Dear Ms. Okonkwo-Baptiste:")
    pen.paragraph(
        "We have completed the Collection Due Process hearing you requested about the Notice of Federal Tax "
        "Lien and the notice of intent to levy for 2018 and 2019, and our review of your claim for relief "
        "from joint and several liability for those years. Our determination is summarized below and "
        "explained after the summary.")
    pen.paragraph("SUMMARY OF DETERMINATION", bold=True, gap=0.2)
    ruled_table(pen, (
        ("Issue", "Determination"),
        ("Notice of Federal Tax Lien (IRC 6320)", "Not sustained - lien to be withdrawn"),
        ("Notice of Intent to Levy (IRC 6330)", "Sustained"),
        ("Innocent spouse relief, IRC 6015(b)", "Denied"),
        ("Separation of liability, IRC 6015(c)", "Denied"),
        ("Equitable relief, IRC 6015(f)", "Denied"),
    ), (230, 238))
    return pen.y


LETTER_76 = Letter(
    name="ind76-4390-summarybox", letter_type="4390", header=_header_76, footer="Letter 4390 (Rev. 11-2019)",
    body=(
        "**The lien",
        "The IRS sent the notice of the lien filing (Letter 3172) to an address in Towson that you had left "
        "in 2021, although your 2021 return, filed in April 2022, gave your current address. Because the "
        "filing did not follow the IRS's own procedures, Appeals has directed the Collection function to "
        "withdraw the Notice of Federal Tax Lien under IRC Section 6323(j)(1)(A).",
        "**The levy",
        "The levy notice was sent to your current address and you received it. You did not propose a "
        "collection alternative or send the financial information we asked for, so the proposed levy is "
        "sustained.",
        "**Your claim for relief",
        "You are still married to your husband and lived with him during the whole period, so you cannot "
        "elect to separate your liability under IRC Section 6015(c). The balances are tax shown on your "
        "joint returns that was not paid, which IRC Section 6015(b) does not cover, and you knew the tax "
        "would not be paid, so equitable relief under IRC Section 6015(f) is not appropriate.",
        "If you disagree with this determination, you may petition the United States Tax Court. For the lien "
        "and the levy, your petition must be filed within 30 days from the date of this letter. For your "
        "claim for relief from joint and several liability, it must be filed within 90 days from the date of "
        "this letter. The Tax Court cannot extend either time limit.",
        w.COURT, w.QUESTIONS, *w.SIGNATURE,
    ),
    fields={
        "letter_date": "2024-01-10", "contact_name": "Tobias R. Engelhardt",
        "contact_employee_id": "1000264478",
        "contact_phone": "4109623318", "contact_fax": "8552216640",
        "taxpayer_name": "WILHELMINA S OKONKWO-BAPTISTE", "taxpayer_id": "XXX-XX-9044",
        "tax_periods": ["2018-12-31", "2019-12-31"], "tax_form": "1040",
    },
    collection={"actions": ["lien", "levy"], "outcome": "partially_sustained", "alternatives": []},
    innocent_spouse={"outcome": "denied", "sections": ["6015(b)", "6015(c)", "6015(f)"]},
)


# --- 77: a ruled grid ("Contact Person", "Employee ID", "Phone", "SSN", "Tax Period(s) Ended", "Form"),
# --- "09/05/2023"; numbered determinations: "Relief is granted in full" under (c) for the deficiency and
# --- (f) for the unpaid tax, so "the notice of intent to levy is withdrawn". Day 90 is Monday December 4.
# --- Also scanned at 300 dpi, tilted the other way ---------------------------------------------------------
def _header_77(pen: Pen) -> float:
    office_block(pen, (*APPEALS, "3651 S. IH-35, Stop 1005-AUS", "Austin, TX 78741"))
    bottom = pairs_grid(pen, (
        ("Date", ["09/05/2023"]),
        ("Contact Person", ["Fernando J. Quintanilla"]),
        ("Employee ID", ["1000905512"]),
        ("Phone", ["512-460-8841"]),
        ("Fax", ["855-810-3397"]),
        ("SSN", ["XXX-XX-7065"]),
        ("Tax Period(s) Ended", ["12/31/2019"]),
        ("Form", ["1040"]),
    ), x0=288, split=392, x1=PAGE_W - MARGIN, top=54)
    pen.lines(MARGIN, 150, ("LUCIANA B HARGREAVES", "1107 E 51ST ST", "AUSTIN TX 78723"))
    return salute(pen, bottom + 8, "Dear Ms. Hargreaves:")


LETTER_77 = Letter(
    name="ind77-4390-numbered", letter_type="4390", header=_header_77, footer="Letter 4390 (Rev. 11-2019)",
    fonts=Fonts("Times-Roman", "Times-Bold", 10.5),
    body=(
        "We have completed the Collection Due Process hearing you requested after the IRS sent you a notice "
        "of intent to levy for 2019, and we have made our determination on your request for relief from "
        "joint and several liability for 2019. Our determination is:",
        "1. Relief from joint and several liability. Relief is granted in full. You were divorced in 2021, "
        "and you elected to allocate the 2019 deficiency under IRC Section 6015(c); the whole deficiency, "
        "which came from your former husband's unreported gambling winnings, is allocated to him. The tax "
        "shown on the 2019 return that was not paid, $2,118, was his to pay under your divorce decree, and "
        "you are granted equitable relief from it under IRC Section 6015(f).",
        "2. Collection. Because you no longer owe anything for 2019, the notice of intent to levy is "
        "withdrawn and no levy will be issued against you for 2019.",
        "If you want to dispute this determination in court, you must file a petition with the United States "
        "Tax Court. You have 30 days from the date of this letter to file a petition about the levy and 90 "
        "days from the date of this letter to file a petition about your request for relief. These time "
        "limits cannot be extended.",
        w.COURT, w.QUESTIONS, *w.SIGNATURE,
    ),
    fields={
        "letter_date": "2023-09-05", "contact_name": "Fernando J. Quintanilla",
        "contact_employee_id": "1000905512",
        "contact_phone": "5124608841", "contact_fax": "8558103397", "taxpayer_name": "LUCIANA B HARGREAVES",
        "taxpayer_id": "XXX-XX-7065", "tax_periods": ["2019-12-31"], "tax_form": "1040",
    },
    collection={"actions": ["levy"], "outcome": "not_sustained", "alternatives": []},
    innocent_spouse={"outcome": "full_relief", "sections": ["6015(c)", "6015(f)"]},
)


# --- 78: stacked bold labels at right ("Id Number:", "Taxpayer Identification Number:", "Tax Year(s):"),
# --- no form; lien only: "The notice of federal tax lien will remain in place" after currently not
# --- collectible status was refused ("You did not propose an installment agreement"); (b), (c) and (f) each
# --- refused in its own paragraph, then "We cannot relieve you of joint and several liability". Day 90 is
# --- Sunday August 11, 2024 (rolls to Monday) ---------------------------------------------------------------
def _header_78(pen: Pen) -> float:
    office_block(pen, (*APPEALS, "600 Arch Street, Room 3214", "Philadelphia, PA 19106"))
    pairs_stacked(pen, (
        ("Date:", ["May 13, 2024"]),
        ("Person to Contact:", ["Desmond K. Ravensworth"]),
        ("Id Number:", ["1000187734"]),
        ("Telephone Number:", ["267-466-5521"]),
        ("Fax Number:", ["855-420-1188"]),
        ("Taxpayer Identification Number:", ["XXX-XX-2290"]),
        ("Tax Year(s):", ["2021"]),
    ), x=376, top=54, indent=8)
    pen.lines(MARGIN, 166, ("ROSAURA P LINDGREN-ABIODUN", "5427 BALTIMORE AVE", "PHILADELPHIA PA 19143"))
    return salute(pen, 262, "Dear Ms. Lindgren-Abiodun:")


LETTER_78 = Letter(
    name="ind78-4390-remain", letter_type="4390", header=_header_78, footer="Letter 4390 (Rev. 11-2019)",
    fonts=Fonts("Helvetica", "Helvetica-Bold", 9.5),
    body=(
        "This letter is our determination on the Collection Due Process hearing you requested about the "
        "Notice of Federal Tax Lien filed for 2021, and on your request for relief from joint and several "
        "liability for 2021.",
        "**The Notice of Federal Tax Lien",
        "The notice of federal tax lien will remain in place. You asked us to put your account in currently "
        "not collectible status, but your financial statement shows that you can pay $420 a month. You did "
        "not propose an installment agreement.",
        "**Relief from joint and several liability",
        "Section 6015(b). You do not qualify for innocent spouse relief. The understatement came from "
        "dividends on an account held in both your names, and you received the Forms 1099-DIV at your "
        "address.",
        "Section 6015(c). You are still married to your husband and lived with him in the twelve months "
        "before you filed your claim, so you cannot elect to separate your liability.",
        "Section 6015(f). You do not qualify for equitable relief. You knew about the dividend income, and "
        "you would not suffer economic hardship if you paid the tax.",
        "We cannot relieve you of joint and several liability for 2021.",
        "If you want to dispute our determination on the lien, you must file a petition with the United "
        "States Tax Court within 30 days from the date of this letter. If you want to dispute our "
        "determination on your request for relief, you must file a petition within 90 days from the date of "
        "this letter. The time limit for filing a petition cannot be extended.",
        w.COURT, w.ADVOCATE, w.QUESTIONS, *w.SIGNATURE,
    ),
    fields={
        "letter_date": "2024-05-13", "contact_name": "Desmond K. Ravensworth",
        "contact_employee_id": "1000187734",
        "contact_phone": "2674665521", "contact_fax": "8554201188",
        "taxpayer_name": "ROSAURA P LINDGREN-ABIODUN",
        "taxpayer_id": "XXX-XX-2290", "tax_periods": ["2021-12-31"],
    },
    collection={"actions": ["lien"], "outcome": "sustained", "alternatives": ["currently_not_collectible"]},
    innocent_spouse={"outcome": "denied", "sections": ["6015(b)", "6015(c)", "6015(f)"]},
)


# --- 79: form rows (Date | Person to Contact | Employee ID Number, ...); page 1 holds the letter and the
# --- petition sentences and says the determination is in the enclosed "Summary and Recommendation"; page 2
# --- is that attachment, written about "the taxpayer": the levy sustained for 2020 and not for 2021,
# --- equitable relief allowed for 2021 and denied for 2020, an installment agreement refused. Day 30 is a
# --- Friday, day 90 the Tuesday after Memorial Day 2023 -----------------------------------------------------
def _header_79(pen: Pen) -> float:
    office_block(pen, (*APPEALS, "55 N. Robinson Avenue, Stop 1000-OKC", "Oklahoma City, OK 73102"))
    bottom = pairs_in_rows(pen, (
        (("Date:", ["March 1, 2023"]), ("Person to Contact:", ["Ottilie N. Brannigan"]),
         ("Employee ID Number:", ["1000773054"])),
        (("Telephone:", ["405-297-4418"]), ("Fax:", ["855-612-7790"]),
         ("Hours:", ["8:00 a.m. - 4:30 p.m. CT"])),
        (("Taxpayer ID Number:", ["XXX-XX-8852"]), ("Tax Period(s) Ended:", ["12/31/2020", "12/31/2021"]),
         ("Tax Form:", ["1040"])),
    ), x0=MARGIN, x1=PAGE_W - MARGIN, top=126)
    pen.lines(MARGIN, bottom + 6, ("BEATRIX M HOLLOWAY-NKEMELU", "1920 NW 36TH ST", "OKLAHOMA CITY OK 73118"))
    salute(pen, bottom + 62, "Dear Ms. Holloway-Nkemelu:")
    for paragraph in (
        "We have completed the Collection Due Process hearing you requested about the proposed levy for 2020 "
        "and 2021, and we have considered your request for relief from joint and several liability for those "
        "years. Our determination, and the facts and law on which it is based, are in the enclosed Summary "
        "and Recommendation, which is part of this letter.",
        "If you want to dispute this determination, you can file a petition with the United States Tax "
        "Court. You must file it within 30 days from the date of this letter if you dispute the decision on "
        "the levy. If you dispute the decision on your request for relief from joint and several liability, "
        "you must file it within 90 days from the date of this letter. The Tax Court cannot extend the time "
        "for filing.",
        w.COURT, w.QUESTIONS, *w.SIGNATURE, "Enclosure: Summary and Recommendation",
    ):
        pen.paragraph(paragraph)
    pen.new_page()
    pen.text(MARGIN, 54, "Attachment to Letter 4390", size=9)
    pen.y = 78
    pen.paragraph("SUMMARY AND RECOMMENDATION", bold=True, gap=0.3)
    pen.paragraph("Taxpayer: BEATRIX M HOLLOWAY-NKEMELU     TIN: XXX-XX-8852     Tax periods: 2020, 2021")
    return pen.y


LETTER_79 = Letter(
    name="ind79-4390-attachment", letter_type="4390", header=_header_79, footer="Letter 4390 (Rev. 11-2019)",
    body=(
        "**SUMMARY OF DETERMINATION",
        "Appeals sustains the proposed levy for 2020. The proposed levy for 2021 is not sustained, because "
        "the taxpayer has been relieved of the 2021 liability. The taxpayer's request for relief from joint "
        "and several liability is granted in part: equitable relief under IRC § 6015(f) is allowed for the "
        "2021 underpayment and denied for 2020.",
        "**BACKGROUND",
        "The taxpayer filed joint returns with her husband for 2020 and 2021 and did not pay the tax shown "
        "on them. The IRS issued a notice of intent to levy on August 8, 2022. The taxpayer timely requested "
        "a Collection Due Process hearing on Form 12153, received September 2, 2022, and attached Form 8857. "
        "A telephone conference was held on January 19, 2023.",
        "**DISCUSSION AND ANALYSIS",
        "Verification of legal and procedural requirements. The Settlement Officer verified that the "
        "liabilities were properly assessed, that notice and demand was sent to the taxpayer's last known "
        "address, and that the notice of intent to levy was properly issued. The Settlement Officer had no "
        "prior involvement with these liabilities.",
        "Relief from joint and several liability. The taxpayer separated from her husband in February 2021 "
        "and did not share in his 2021 wages, from which the 2021 tax was to be paid; she believed he had "
        "paid it, and she would suffer economic hardship if made to pay it. For 2020 the taxpayer reviewed "
        "the return, knew the tax would not be paid, and benefited from the money that was not used to pay "
        "it, so relief for 2020 is not equitable.",
        "Collection alternatives. The taxpayer proposed an installment agreement of $100 a month but has not "
        "filed her 2022 return, so the agreement could not be approved.",
        "Balancing of efficient collection and intrusiveness. The proposed levy for 2020 balances the need "
        "for efficient collection of the taxes with the taxpayer's concern that the collection action be no "
        "more intrusive than necessary.",
    ),
    fields={
        "letter_date": "2023-03-01", "contact_name": "Ottilie N. Brannigan",
        "contact_employee_id": "1000773054",
        "contact_phone": "4052974418", "contact_fax": "8556127790",
        "contact_hours": "8:00 a.m. - 4:30 p.m. CT",
        "taxpayer_name": "BEATRIX M HOLLOWAY-NKEMELU", "taxpayer_id": "XXX-XX-8852",
        "tax_periods": ["2020-12-31", "2021-12-31"], "tax_form": "1040",
    },
    collection={"actions": ["levy"], "outcome": "partially_sustained",
                "alternatives": ["installment_agreement"]},
    innocent_spouse={"outcome": "partial_relief", "sections": ["6015(f)"]},
)

LETTERS: tuple[Letter, ...] = (LETTER_70, LETTER_71, LETTER_72, LETTER_73, LETTER_74, LETTER_75, LETTER_76,
                               LETTER_77, LETTER_78, LETTER_79)
