"""Sentences of the letters, as tables keyed by what they say; `body.py` assembles them."""

from __future__ import annotations

COLLECTION_SENTENCES: dict[tuple[str, str], tuple[str, ...]] = {
    ("lien", "sustained"): (
        "The filing of the Notice of Federal Tax Lien (NFTL) is sustained.",
        "Appeals sustains the filing of the Notice of Federal Tax Lien.",
        "We determined that the Notice of Federal Tax Lien filing was appropriate, and it is sustained.",
    ),
    ("lien", "not_sustained"): (
        "The filing of the Notice of Federal Tax Lien is not sustained, and the lien will be withdrawn.",
        "Appeals does not sustain the filing of the Notice of Federal Tax Lien; the lien will be released.",
        "The Notice of Federal Tax Lien will be withdrawn.",
    ),
    ("levy", "sustained"): (
        "The proposed levy action is sustained.",
        "Appeals sustains the notice of intent to levy.",
        "We determined that the proposed levy is appropriate, and it is sustained.",
    ),
    ("levy", "not_sustained"): (
        "The proposed levy action is not sustained.",
        "Appeals does not sustain the proposed levy; no levy will be issued for these periods.",
        "The notice of intent to levy is not sustained.",
    ),
}

ALTERNATIVE_SENTENCES: dict[str, tuple[str, ...]] = {
    "installment_agreement": (
        "Appeals considered your proposal for an installment agreement of ${amount} per month.",
        "You requested an installment agreement; we considered it as a collection alternative.",
    ),
    "offer_in_compromise": (
        "We considered the offer in compromise you submitted in the amount of ${amount}.",
        "Appeals considered your offer in compromise as an alternative to collection.",
    ),
    "currently_not_collectible": (
        "We considered whether your account should be placed in currently not collectible status.",
        "Appeals considered your request to report the balance as currently not collectible.",
    ),
    "bond_or_substitution": ("We considered your proposal to post a bond or substitute other assets.",),
}

INNOCENT_SPOUSE_SENTENCES: dict[str, tuple[str, ...]] = {
    "full_relief": (
        "We determined that you are entitled to full relief from joint and several liability under "
        "{sections} for the tax period(s) shown above.",
        "Your request for relief from joint and several liability is granted in full under {sections}.",
    ),
    "partial_relief": (
        "We determined that you qualify for partial relief under {sections}. You are relieved of "
        "${amount} of the liability, and you remain liable for the balance.",
        "Your request for relief is granted in part under {sections}: relief of ${amount} is allowed.",
    ),
    "denied": (
        "We determined that you do not qualify for relief from joint and several liability under "
        "{sections}. Your request for relief is denied.",
        "Your request for relief under {sections} is denied; you remain liable for the tax shown above.",
    ),
}

# How a statute section is cited; "{s}" is e.g. "6015(b)".
SECTION_STYLES: tuple[str, ...] = (
    "IRC Section {s}",
    "IRC § {s}",
    "section {s}",
    "Internal Revenue Code Section {s}",
)

COLLECTION_PETITION: dict[bool, str] = {
    False: "If you want to dispute this determination in court, you must file a petition with the United "
    "States Tax Court within 30 days from the date of this letter.",
    True: "If you want to dispute this determination in court, you must file a petition with the United "
    "States Tax Court within a 30-day period beginning the day after the date of this letter.",
}
INNOCENT_SPOUSE_PETITION: dict[bool, str] = {
    False: "If you disagree with our determination on your request for relief from joint and several "
    "liability, you may petition the United States Tax Court. You must file your petition within "
    "90 days from the date of this letter.",
    True: "You have 90 days from the date this letter was mailed to you to file a petition with the United "
    "States Tax Court if you disagree with our determination on your request for relief.",
}
LATE_FILING_WARNING = (
    "The time limits for filing a petition are fixed by law. The court cannot consider your case if you "
    "file your petition late."
)
TAX_COURT_ADDRESS = (
    "To get a petition form and the rules for filing, write to: United States Tax Court, 400 Second Street, "
    "NW, Washington, DC 20217, or visit www.ustaxcourt.gov."
)
EQUIVALENT_HEARING_NO_REVIEW = (
    "Because your hearing was an equivalent hearing, you cannot petition the Tax Court about our decision "
    "on the collection action(s). This decision is final."
)
ADVOCATE = (
    "You also have the right to contact the office of the Taxpayer Advocate. Call 1-877-777-4778 or visit "
    "www.taxpayeradvocate.irs.gov. Taxpayer Advocate assistance cannot be used to extend the time to file a "
    "petition with the Tax Court."
)
QUESTIONS = (
    "If you have questions, please contact the person whose name and telephone number are shown above."
)

INTRO: dict[str, str] = {
    "4390": (
        "We reviewed the proposed collection action(s) for the tax period(s) shown above and your request "
        "for relief from joint and several liability under Internal Revenue Code (IRC) Section 6015. "
        "This letter is your Notice of Determination, as required by law. A summary of our determination "
        "is stated below."
    ),
    "3193": (
        "We reviewed the collection actions taken or proposed for the tax period(s) shown above. This "
        "letter is your Notice of Determination, as required by law. A summary of our determination is "
        "stated below."
    ),
    "4439": (
        "We reviewed the collection action(s) for the tax period(s) shown above in an equivalent hearing, "
        "because your request was not received within the time allowed for a Collection Due Process "
        "hearing. We also made a final determination on your request for relief from joint and several "
        "liability under Section 6015."
    ),
    "3210": (
        "We reviewed the collection action(s) for the tax period(s) shown above in an equivalent hearing, "
        "because your request was not received within the time allowed for a Collection Due Process "
        "hearing. This letter is our decision."
    ),
    "3288": (
        "This letter is our final determination on your request for relief from joint and several "
        "liability under Section 6015 of the Internal Revenue Code for the tax period(s) shown above."
    ),
    "3279": (
        "This letter is our final determination on your claim for relief from joint and several "
        "liability under Section 6015 of the Internal Revenue Code for the tax period(s) shown above."
    ),
}

ATTACHMENT_HEADINGS: tuple[str, ...] = (
    "Brief Background",
    "Discussion and Analysis",
    "Verification of Legal and Procedural Requirements",
    "Issues Raised by the Taxpayer",
    "Balancing of Need for Efficient Collection with Taxpayer Concern",
)
ATTACHMENT_FILLER: tuple[str, ...] = (
    "The Settlement Officer verified that the tax was properly assessed and that notice and demand for "
    "payment was mailed to your last known address.",
    "You did not provide the financial information requested in Letter 4837, Substantive Contact Letter, "
    "by the date requested.",
    "Appeals has had no prior involvement with these liabilities other than the current hearing.",
    "The collection action balances the need for efficient collection of taxes with your legitimate concern "
    "that any collection action be no more intrusive than necessary.",
    "The requesting spouse's knowledge of the items giving rise to the deficiency was considered together "
    "with the other factors listed in Revenue Procedure 2013-34.",
    "You raised no other relevant issues during the hearing, and no challenge to the underlying liability "
    "was properly before Appeals.",
)
