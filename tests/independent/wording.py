"""Paragraphs of the independent letters, written from the domain brief and real IRS letters' phrasing.

Deliberately different from samples/wording.py: other verbs ("upheld", "denies", "allowed in full"),
other sentence orders, the old petition sentence, and text around the determinations that names dates and
forms which are not the letter date or the tax form.
"""

from __future__ import annotations

TITLE_4390 = (
    "Notice of Determination Concerning Collection Actions Under IRC Sections 6320 and/or 6330 and Your "
    "Request for Relief from Joint and Several Liability Under IRC Section 6015"
)
TITLE_4390_OLD = (
    "NOTICE OF DETERMINATION CONCERNING COLLECTION ACTION(S) AND YOUR REQUEST FOR RELIEF FROM JOINT AND "
    "SEVERAL LIABILITY"
)
TITLE_3193 = (
    "Notice of Determination Concerning Collection Action(s) Under Section 6320 and/or 6330 of the Internal "
    "Revenue Code"
)

PETITION_30_NEW = (
    "If you want to dispute the collection part of this determination, you may file a petition with the "
    "United States Tax Court. You must file it within 30 days from the date of this letter."
)
PETITION_30_OLD = (
    "If you want to dispute this determination in court, you must file a petition with the United States "
    "Tax Court for a redetermination within a 30-day period beginning the day after the date of this letter."
)
PETITION_30_PLAIN = (
    "You have 30 days from the date of this letter to ask the U.S. Tax Court to review our determination on "
    "the collection action."
)
PETITION_90 = (
    "If you disagree with our determination of your request for relief from joint and several liability, "
    "you can petition the United States Tax Court. The petition must be filed no later than 90 days after "
    "the date this letter was mailed to you."
)
PETITION_90_SHORT = (
    "You may ask the Tax Court to review the innocent spouse part of this determination by filing a petition "
    "within ninety (90) days from the date of this letter."
)
LATE = (
    "The law sets these time limits. The Tax Court cannot consider a petition that is filed late, and "
    "contacting Appeals or the Taxpayer Advocate Service does not extend them."
)
COURT = (
    "You can get a petition form and the Tax Court's rules from the United States Tax Court, 400 Second "
    "Street, NW, Washington, DC 20217, or at www.ustaxcourt.gov."
)
ADVOCATE = (
    "The Taxpayer Advocate Service (TAS) is an independent organization within the IRS. If you are facing a "
    "financial hardship, you may call TAS at 1-877-777-4778."
)
QUESTIONS = "If you have any questions, please contact the person at the telephone number shown above."
SIGNATURE = ("Sincerely,", "", "", "Appeals Team Manager")
