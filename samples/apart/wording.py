"""The letter's body: Appeals wording for each determination, drawn in varied but faithful phrasing.

Every sentence says what the spec means: the truth is written from the same spec, so a paragraph never
names a section, action or alternative the truth leaves out.
"""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass

from samples.apart.spec import Collection, LetterSpec, Spouse

ACTION_NAMES = {
    "lien": ("the filing of the Notice of Federal Tax Lien", "the Notice of Federal Tax Lien (NFTL) filing",
             "the lien filing"),
    "levy": ("the proposed levy action", "the notice of intent to levy", "the proposed levy"),
}
ALTERNATIVE_NAMES = {
    "installment_agreement": ("an installment agreement", "a monthly installment agreement",
                              "a payment plan (installment agreement)"),
    "offer_in_compromise": ("an offer in compromise", "an offer in compromise based on doubt as to "
                            "collectibility"),
    "currently_not_collectible": ("placing your account in currently not collectible status",
                                  "a currently not collectible (hardship) status"),
    "bond_or_substitution": ("a bond or substitution of other assets", "substitution of other assets"),
    "other": ("a delay of collection until the sale of your residence",
              "a request to postpone collection until your unemployment ends"),
}
SECTION_TEXT = {
    "6015(b)": ("IRC section 6015(b)", "IRC § 6015(b)", "section 6015(b) of the Internal Revenue Code"),
    "6015(c)": ("IRC section 6015(c)", "IRC § 6015(c)", "section 6015(c) (allocation of liability)"),
    "6015(f)": ("IRC section 6015(f)", "IRC § 6015(f)", "section 6015(f) (equitable relief)"),
    "66(c)": ("IRC section 66(c)", "IRC § 66(c)", "section 66(c) of the Internal Revenue Code"),
}
SUSTAINED_WORDS = {
    True: ("is sustained", "is appropriate and is sustained", "was proper and will remain in place"),
    False: ("is not sustained", "is not sustained and will be withdrawn", "is not appropriate and is not "
            "sustained"),
    None: ("is sustained in part", "is partially sustained"),
}


@dataclass(frozen=True)
class Block:
    kind: str  # heading, paragraph, last_day (the printed last day, on a line below the decisions)
    text: str


def _join(items: list[str]) -> str:
    if len(items) <= 1:
        return "".join(items)
    comma = "; " if any("," in item for item in items) else ", "
    return comma.join(items[:-1]) + (comma + "and " if len(items) > 2 else " and ") + items[-1]


def _periods(spec: LetterSpec) -> str:
    return _join(spec.periods_text())


def collection_paragraphs(spec: LetterSpec, c: Collection, rng: random.Random) -> list[str]:
    sentences = []
    for action, outcome in zip(c.actions, c.action_outcomes, strict=True):
        name = rng.choice(ACTION_NAMES[action])
        if outcome is None:
            detail = (f"It {rng.choice(SUSTAINED_WORDS[None])}: it stands for the earliest period, "
                      f"{spec.periods_text()[0]}, and is released for the later balances.")
            if len(spec.tax_periods) == 1:
                detail = (f"It {rng.choice(SUSTAINED_WORDS[None])}: it remains in place only for the "
                          "balance left after the abatement of penalties.")
            sentences.append(f"We reviewed {name}. {detail}")
        else:
            sentences.append(f"We determined that {name} {rng.choice(SUSTAINED_WORDS[outcome])}.")
    intro = rng.choice((
        "We verified that the requirements of applicable law and administrative procedure were met.",
        "The Settlement Officer verified that all legal and procedural requirements were met.",
        "Our review balanced the need for efficient collection of taxes with your concern that the "
        "collection action be no more intrusive than necessary.",
        "Appeals has reviewed the administrative file and the information you gave us at your hearing.",
        "We obtained verification from the Secretary that the requirements of any applicable law or "
        "administrative procedure have been met.",
    ))
    if c.relief_ends_it:
        sentences.append(rng.choice((
            "Because your request for innocent spouse relief is granted in full (see below), there is no "
            "remaining liability to collect from you.",
            "The balance is not collectible from you because we granted you full relief from joint and "
            "several liability, as explained below.",
        )))
    paragraphs = [f"{intro} {' '.join(sentences)}"]
    if c.alternatives:
        proposed = _join([rng.choice(ALTERNATIVE_NAMES[a]) for a in c.alternatives])
        if c.alternative_accepted:
            paragraphs.append(rng.choice((
                f"During the hearing we considered {proposed}. We accepted your proposal, and "
                "collection will proceed under its terms.",
                f"You proposed {proposed} as a collection alternative. Appeals agreed to it.",
                f"We reached an agreement with you on {proposed}, which replaces the collection action "
                "for as long as you keep its terms.",
            )))
        else:
            paragraphs.append(rng.choice((
                f"You proposed {proposed}. We considered your proposal but could not accept it because "
                "you did not provide the financial information we requested.",
                f"We considered {proposed} as an alternative to the collection action. Your financial "
                "statement shows you can pay the balance, so the alternative was not accepted.",
                f"You asked us to consider {proposed}. You have not filed all required returns, so you "
                "are not eligible, and we rejected the alternative.",
            )))
    else:
        paragraphs.append(rng.choice((
            "You did not propose a collection alternative during the hearing.",
            "No collection alternatives were raised or discussed during your hearing.",
            "You raised no alternative to collection and did not send the Form 433-A we asked for.",
        )))
    return paragraphs


def _sections(spec: Spouse, rng: random.Random) -> str:
    return _join([rng.choice(SECTION_TEXT[s]) for s in spec.sections])


def spouse_paragraphs(spec: LetterSpec, s: Spouse, rng: random.Random) -> list[str]:
    sections = _sections(s, rng)
    periods = _periods(spec)
    if s.outcome == "full_relief":
        text = rng.choice((
            f"We have determined that you qualify for full relief under {sections} for the tax "
            f"period(s) {periods}. You are not liable for the tax, penalties and interest on the joint "
            "return(s) for these periods.",
            f"Your request for relief from joint and several liability is granted in full under "
            f"{sections}. You are relieved of the entire understatement for {periods}.",
            f"After considering all the facts and circumstances, we grant you full relief under "
            f"{sections}. We will adjust your account for {periods} to remove the joint liability.",
        ))
    elif s.outcome == "denied":
        text = rng.choice((
            f"We considered your request under {sections}. We have determined that you do not qualify "
            f"for relief for {periods}, and your request is denied.",
            f"Your request for relief from joint and several liability is denied. You do not meet the "
            f"requirements of {sections}.",
            f"We have carefully considered the information you provided. Relief under {sections} "
            f"is not allowed for {periods}. You remain liable for the full amount shown on the joint "
            "return(s).",
        ))
    elif s.partial_by == "year":
        granted, denied = spec.periods_text()[:-1], spec.periods_text()[-1]
        text = rng.choice((
            f"We have determined that you qualify for partial relief under {sections}. Relief is "
            f"granted for {_join(granted)}. Relief is denied for {denied}, and you remain liable for "
            "that period.",
            f"Your request is allowed in part. Under {sections} you are relieved of the liability for "
            f"{_join(granted)}; for {denied} no relief is allowed.",
        ))
    else:
        text = rng.choice((
            f"We have determined that you qualify for partial relief under {sections}. You are relieved "
            f"of ${s.relieved_amount:,} of the understatement. You remain liable for "
            f"${s.remaining_amount:,} plus interest.",
            f"Your request is granted in part under {sections}: relief of ${s.relieved_amount:,} is "
            f"allowed, and you remain liable for ${s.remaining_amount:,} of the balance.",
        ))
    return [text]


def petition_paragraphs(spec: LetterSpec, rng: random.Random) -> list[str]:
    old = spec.style.old_petition_wording
    court = ("United States Tax Court, 400 Second Street, NW, Washington, DC 20217. You can file "
             "electronically at www.ustaxcourt.gov.")
    if spec.letter_type == "3210":
        return ["Because you requested a hearing after the time allowed for a Collection Due Process "
                "hearing, you received an equivalent hearing. The law does not permit you to seek "
                "judicial review of this decision by the United States Tax Court."]
    thirty = ("within a 30-day period beginning the day after the date of this letter" if old
              else "within 30 days from the date of this letter")
    paragraphs = [f"If you want to dispute the collection determination in court, you must file a "
                  f"petition with the United States Tax Court {thirty}. The address is {court}"]
    if spec.letter_type == "4390":
        ninety = ("within a 90-day period beginning the day after the date of this letter" if old
                  else "within 90 days from the date of this letter")
        paragraphs.append(
            f"If you disagree with our determination on your request for innocent spouse relief, you "
            f"may petition the Tax Court {ninety}. A petition filed after 30 days but within 90 days "
            "lets the Court review only the innocent spouse determination.")
    paragraphs.append(rng.choice((
        "The time limit for filing your petition is fixed by law. The Court cannot consider your case "
        "if you file late.",
        "The Tax Court cannot extend the time for filing a petition.",
    )))
    return paragraphs


def body(spec: LetterSpec, rng: random.Random) -> list[Block]:
    """The blocks after the header, in reading order."""
    name = spec.taxpayer.name
    blocks = [Block("paragraph", f"Dear {name.title() if rng.random() < 0.5 else name}:")]
    received = spec.date_text(spec.request_received)
    if spec.letter_type == "other":
        conference = spec.stamp_date + dt.timedelta(days=14)
        blocks += [Block("paragraph",
                         f"We received your request for a Collection Due Process hearing on {received}. "
                         "Your case has been assigned to the Independent Office of Appeals."),
                   Block("paragraph",
                         f"We scheduled a telephone conference for {spec.date_text(conference)} at "
                         "10:00 a.m. If this time is not convenient, call the person shown above. We "
                         "have not made a determination in your case. This letter is not a notice of "
                         "determination.")]
    else:
        what = ("the collection action(s) and your request for relief from joint and several liability"
                if spec.letter_type == "4390" else "the collection action(s)")
        blocks.append(Block("paragraph", rng.choice((
            f"We have reviewed {what} for the period(s) shown above. This letter is your "
            f"determination. We received your Form 12153 on {received}.",
            f"This letter is our determination on {what}. Your hearing request was received on "
            f"{received} and your hearing was held on {spec.date_text(spec.hearing_date)}.",
        ))))
        blocks.append(Block("heading", rng.choice(("Summary of Determination", "Determination",
                                                   "Collection Due Process Determination"))))
        assert spec.collection is not None
        blocks += [Block("paragraph", p) for p in collection_paragraphs(spec, spec.collection, rng)]
        if spec.spouse is not None:
            blocks.append(Block("heading", rng.choice((
                "Relief from Joint and Several Liability", "Innocent Spouse Determination",
                "Your Request for Innocent Spouse Relief (Form 8857)"))))
            blocks += [Block("paragraph", p) for p in spouse_paragraphs(spec, spec.spouse, rng)]
        if spec.printed_last_day is not None and spec.style.last_day_placement == "below_decisions":
            blocks.append(Block("last_day",
                                f"{spec.style.labels['last_day']} {spec.date_text(spec.printed_last_day)}"))
        blocks.append(Block("heading", rng.choice(("Your Right to Petition the Tax Court",
                                                   "If You Disagree", "Judicial Review"))))
        blocks += [Block("paragraph", p) for p in petition_paragraphs(spec, rng)]
    if not spec.style.compact:
        blocks.append(Block("paragraph", rng.choice((
            "The Taxpayer Advocate Service (TAS) is an independent organization within the IRS. If you "
            "are experiencing financial difficulty, call 1-877-777-4778 or visit "
            "www.taxpayeradvocate.irs.gov.",
            "You may be eligible for help from a Low Income Taxpayer Clinic (LITC). See Publication "
            "4134 for a list of clinics.",
        ))))
    blocks.append(Block("paragraph", "If you have questions, contact the person whose name and telephone "
                                     "number are shown at the top of this letter."))
    return blocks
