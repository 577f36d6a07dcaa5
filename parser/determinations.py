"""What the letter decided: the collection part (actions, outcome, alternatives) and the innocent spouse part.

Phrase tables, read sentence by sentence. A sentence that states an outcome ("is sustained", "will be
withdrawn", "is denied") is a determination sentence; the actions it names (lien, levy) get that outcome.
Negative phrases are matched first and their words are not matched again, so "not sustained" never also
counts as "sustained". Sections and alternatives are read from the letter's running text; an alternative
the person did not put forward ("You did not propose an installment agreement") is none Appeals considered.
Relief granted in full for some tax years and denied for others is partial relief.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import TypeVar

from rapidfuzz.distance import Levenshtein

from parser.confidence import ocr_factor
from parser.lines import PageText
from parser.model import (
    CollectionAction,
    CollectionAlternative,
    CollectionDetermination,
    CollectionOutcome,
    Evidence,
    InnocentSpouseDetermination,
    InnocentSpouseOutcome,
    InnocentSpouseSection,
    Word,
)
from parser.phrases import Hit, sentences

# "Remain" or "stay" said of the lien or levy itself keeps it or ends it: "The notice of federal tax lien
# will remain (in place)", "the NFTL remains in effect", "the lien will stay in place", "the lien is to
# remain filed", "the lien will not remain". The action is the subject: "you will remain liable" keeps no
# lien, nor does "the IRS may not levy while the agreement remains in effect". A lien that stays only until
# something happens ("the lien will remain until the balance is paid") is the law's release explained, no
# decision of the hearing.
_ACTION_SUBJECT = (r"\b(?:liens?|nftl|lev(?:y|ies))\b"
                   r"(?:(?!\b(?:liens?|nftl|lev(?:y|ies)|you|but|while|although|however)\b|,\s(?:and|so)\b)"
                   r"[^.;:]){0,60}?")
_IN_PLACE = r"\s(?:in (?:place|effect|force)|filed|of record|on (?:file|record))"
_ONLY_UNTIL = r"(?![^.;,]{0,40}?\b(?:when|once|after|upon|if|until|unless|as long as)\b)"
ACTION_STAYS = (_ACTION_SUBJECT + r"\b(?:(?:will|shall|should|must|is to|are to) (?:continue to )?"
                r"(?:remain|stay)\b(?!\s(?:liable|responsible|due|unpaid|owed))(?:" + _IN_PLACE + r")?|"
                r"(?:remains?|stays?|continues?)" + _IN_PLACE + r")\b" + _ONLY_UNTIL)
ACTION_DOES_NOT_STAY = (_ACTION_SUBJECT + r"\b(?:(?:will|shall|should|must|may|is to|are to) not|"
                        r"cannot|can not) (?:remain|stay)\b" + _ONLY_UNTIL)

# Outcome phrases of the collection part, negative ones first (their words are then taken).
COLLECTION_OUTCOMES: tuple[tuple[re.Pattern[str], CollectionOutcome], ...] = (
    (re.compile(r"\b(?:sustained|sustains?) in part\b|\bpartially sustain(?:ed|s)?\b"),
     "partially_sustained"),
    (re.compile(r"\bnot (?:be |been )?(?:sustain|uph[eo]ld|affirm)\w*|\bcannot (?:sustain|uphold)\w*"),
     "not_sustained"),
    (re.compile(r"\b(?:will|shall|should|must|is to|are to) (?:be )?(?:withdrawn|released)\b"
                r"(?!\s(?:only\s)?(?:when|once|after|upon|if|until)\b)|"
                r"\b(?:is|are|has been|have been) (?:hereby )?(?:withdrawn|released|rescinded)\b"
                r"(?!\s(?:only\s)?(?:when|once|after|upon|if|until)\b)|\brescind(?:s|ed)?\b|"
                r"\b(?:we|appeals) (?:will|has|have|shall) (?:\w+ ){0,2}(?:withdraw|release)\w*|"
                r"\bno (?:levy|levies) (?:will|shall|may) be (?:issued|made|served)|"
                r"\b(?:should|will|may|can) not (?:proceed|go forward|be (?:issued|taken|made))\b|"
                r"\b(?:does|do|did) not approve (?:the |your )?(?:proposed )?(?:levy|lien|filing)\b|"
                r"\bnot (?:appropriate|warranted|justified)\b|"
                r"\b(?:direct\w*|instruct\w*) [^.;]{0,50}?\bto (?:withdraw|release)\b|"
                + ACTION_DOES_NOT_STAY), "not_sustained"),
    (re.compile(r"\bsustain(?:ed|s|ing)?\b|\b(?:is|was|are|were) (?:an? )?(?:appropriate|proper)\b|"
                r"\b(?:may|can|will) proceed\b|\buph[eo]ld(?:s|ing)?\b|"
                r"\baffirm(?:s|ed)?\b|\b(?:will|shall) not be (?:withdrawn|released)\b|"
                r"\bdeclines? to (?:withdraw|release)\b|" + ACTION_STAYS),
     "sustained"),
)
# A release or withdrawal that waits on payment, and the words of one.
ONCE_PAID = re.compile(r"\b(?:when|once|after|upon|if|until)\b[^.;]{0,40}?\b(?:pay|paid|payment|satisf)")
RELEASE_WORDS = re.compile(r"releas|withdr")
# A lien said to stay after a wait is named ("Until you pay, the lien will remain", "Until then the lien will
# remain in place") is the law told, no decision either; the words of one that stays.
UNTIL_THEN = re.compile(r"\b(?:until|till) (?:then|that time|that happens)\b|\bin the meantime\b|"
                        r"\bmeanwhile\b")
STAY_WORDS = re.compile(r"\b(?:remain|stay|continue)")
# Where a sentence's clauses part: "The lien is sustained, but the levy is not." Each outcome goes to the
# actions its own clause names (else those of the clause before it).
CLAUSE_BREAK = re.compile(r";|,?\s(?:but|however|whereas|while|although)\b|,\s(?:and|so)\b")
# The collection action a sentence names.
ACTIONS: tuple[tuple[re.Pattern[str], CollectionAction], ...] = (
    (re.compile(r"\blien\b|\bnftl\b|\bfederal tax l\w*"), "lien"),
    (re.compile(r"\blev(?:y|ies|ied)\b"), "levy"),
)
# Collection alternatives: (pattern, alternative).
ALTERNATIVES: tuple[tuple[re.Pattern[str], CollectionAlternative], ...] = (
    (re.compile(r"\binstal\s?l?\s?ments?\b|\bpayment plan\b"), "installment_agreement"),
    (re.compile(r"\boffer[- ]in[- ]com\s?promise|\boffer \S{1,3} com\s?promise|\boic\b"),
     "offer_in_compromise"),
    (re.compile(r"\bcurrently not collectible\b|\bcurrently[- ]non[- ]?collectible\b|\buncollectible\b|"
                r"\bcnc\b"), "currently_not_collectible"),
    (re.compile(r"\b(?:post(?:ing)? a |a )?bond\b|\bsubstitut\w+ (?:of )?(?:other |another )?assets?\b"),
     "bond_or_substitution"),
)
# A sentence that speaks of alternatives Appeals considered, whether or not one could be named in it.
ALTERNATIVE_CONTEXT = re.compile(r"\bconsidered\b|\balternatives?\b")
# Words of a sentence about an alternative even when the alternative's own name is damaged.
ALTERNATIVE_HINT = re.compile(
    r"collect\s?ib|com\s?promis|instal\s?l?\s?m|\bbond\b|alternat|substitut|payment plan"
)
# Each alternative's surviving fragments: one of them without its full name means the name is damaged,
# even when another alternative in the same sentence was read.
ALTERNATIVE_FRAGMENTS: tuple[tuple[re.Pattern[str], CollectionAlternative], ...] = (
    (re.compile(r"instal\s?l?\s?m|payment plan"), "installment_agreement"),
    (re.compile(r"com\s?promis|\boffer\s+(?:in|of)\b"), "offer_in_compromise"),
    (re.compile(r"collect\s?ib|\bcurrently\s+not\b|\bnot\s+coll"), "currently_not_collectible"),
    (re.compile(r"\bbond\b|substitut"), "bond_or_substitution"),
)
CONSIDERED = re.compile(r"\b(?:considered|proposal|proposed|requested|submitted|offered)\b")
# An alternative the person did not put forward is no alternative Appeals considered: "You did not propose an
# installment agreement", "you never asked us to place your account in currently not collectible status",
# "you proposed no collection alternative", "no offer in compromise was submitted", "an installment agreement
# was not requested". Its mention is blanked before alternatives are looked for (nor is it a damaged one).
# Only the words that name alternatives may stand between the denial and the mention, so "You did not submit
# the Form 433-A we needed to evaluate your offer in compromise" still records the offer, and "You did not
# propose an installment agreement, but you asked for currently not collectible status" that status.
_PUT_FORWARD = r"(?:propos|request|submit|ask|appl(?:y|ie)|offer|rais|seek|sought|suggest|pursu)\w*"
_BETWEEN = (r"(?:(?:\s|,\s?)(?:an?|any|the|your|other|another|formal|such|viable|collection|alternatives?|"
            r"for|to|us|about|consider|considering|as|or|nor|either|of|in|like|including|status|request|place|"
            r"placing|put|putting|account|instal\w*|agreements?|offers?|compromise|currently|not|non|"
            r"collectible|bond|post|posting|substitut\w*|assets?|payment|plan|" + _PUT_FORWARD + r")\b)")
_FOLLOWS = r"(?:was|were|is|are|has been|have been|had been)"
NOT_PUT_FORWARD_BEFORE = re.compile(
    rf"(?:\b(?:not|never|neither)\s(?:\w+\s)?{_PUT_FORWARD}|\b{_PUT_FORWARD}\s(?:no|neither|none of))"
    rf"{_BETWEEN}{{0,12}}\s?$")
NONE_BEFORE = re.compile(rf"\bno{_BETWEEN}{{0,6}}\s?$")
PUT_FORWARD_AFTER = re.compile(rf"^{_BETWEEN}{{0,12}}\s{_FOLLOWS}\s(?:\w+\s)?{_PUT_FORWARD}")
NOT_PUT_FORWARD_AFTER = re.compile(
    rf"^{_BETWEEN}{{0,12}}\s{_FOLLOWS}\s(?:not|never)\s(?:been\s)?(?:\w+\s)?{_PUT_FORWARD}")
# What names an alternative, its own name or the word for them all ("you proposed no collection alternative").
ALTERNATIVE_MENTIONS: tuple[re.Pattern[str], ...] = (
    *(pattern for pattern, _ in ALTERNATIVES), *(pattern for pattern, _ in ALTERNATIVE_FRAGMENTS),
    re.compile(r"\balternatives?\b"),
)
# A sentence that only says what the person still may do is not a record of what Appeals considered.
ADVICE = re.compile(
    r"\b(?:you (?:may|can|could|might) (?:still |also )?(?:request|apply|propose|submit|ask|call)|"
    r"if you (?:want|wish|would like)|for more information)\b"
)

# A relief section cited, and a verdict given beside it as in a summary box or a list: "IRC 6015(b)  Denied",
# "Separation of liability, IRC Section 6015(c): granted."
_CITED_SECTION = r"(?:6015\s?\(\s?[bcf]\s?\)|66\s?\(\s?c\s?\))"
_BESIDE = r"\s?[:\-–—]?\s"
# What may stand between "relief" and what is said of it, inside one clause and off the collection part.
_OF_RELIEF = r"(?:(?!,\s(?:and|so|but|while|because)\b|\b(?:liens?|lev(?:y|ies)|collection)\b)[^.;]){0,80}?"

# Outcome phrases of the innocent spouse part, in order: denial, then partial relief, then full relief.
SPOUSE_OUTCOMES: tuple[tuple[re.Pattern[str], InnocentSpouseOutcome], ...] = (
    (re.compile(r"\b(?:do|does|did) not qualify\b|"
                r"\bnot (?:entitled|eligible) (?:to|for) (?:any |equitable |innocent spouse )?relief\b|"
                r"\b(?:is|are|was|were|been|be) denied\b|"
                r"\bden(?:y|ies|ied|ying) (?:you |your |the )?(?:any )?(?:request|claim|relief)|"
                r"\bno relief\b|\b(?:cannot|unable to) (?:grant|allow|relieve|approve)\b|"
                r"\bfull(?:y)? disallow\w*|"
                r"\brelief is not allowed\b|"
                r"\b(?:is|are|was|were|has been) not (?:granted|allowed|approved)\b|"
                r"\b(?:do|does|did) not (?:meet|satisfy) the (?:requirements|conditions|criteria)\b|"
                r"\brelief\b" + _OF_RELIEF + r"\b(?:is|was|would be) not "
                r"(?:available|appropriate|warranted|justified|equitable)\b|"
                # "you cannot elect to separate your liability", "you are not eligible to elect under 6015(c)"
                r"\b(?:cannot|can not|may not|(?:are|were) not (?:able|eligible|entitled|allowed) to|"
                r"(?:do|does|did) not qualify to) (?:elect|make (?:an|the|this) election|separate|"
                r"allocate)\b|"
                r"\belection\b[^.;]{0,60}?\b(?:is|was) (?:invalid|not valid)\b|"
                # "IRC Section 6015(b) does not cover tax shown on the return", "relief ... does not apply"
                r"(?:\brelief|" + _CITED_SECTION + r")\s(?:does|do|did|would) not (?:apply|cover)\b|"
                + _CITED_SECTION + _BESIDE + r"(?:denied|disallowed|not (?:granted|allowed|approved))\b|"
                r"\bdenied (?:under|pursuant to)\b|"
                r"\breject(?:s|ed)? (?:your|the) (?:request|claim)|"
                r"(?<!partially )\bdisallow(?:s|ed)?\b(?! in part)"),
     "denied"),
    (re.compile(r"\bpartial (?:\w+ ){0,2}relief\b|\brelief in part\b|\bgranted in part\b|"
                r"\bpartially (?:granted|allowed)\b|\ballowed in part\b|\bpartial allowance\b|"
                r"\brelieved of \$|\brelief of \$[0-9,]+|\b(?:request|claim) in part\b|"
                r"\brelief\b[^.;]{0,80}?\bfor \$[0-9,]+ of\b|"
                r"\b(?:approve[sd]?|grant(?:s|ed)?|allow(?:s|ed)?)\b[^.;]{0,80}?\bin part\b|"
                r"\bfor (?:a )?(?:part|portion) of the "
                r"(?:understatement|deficiency|liability|balance|tax)\b"),
     "partial_relief"),
    (re.compile(r"\bfull relief\b|\b(?:granted|allowed|approved) in full\b|"
                r"\b(?:relief|request|claim)\b[^.;]{0,80}?\b(?:is|was|has been) (?:hereby )?"
                r"(?:granted|allowed|approved)\b|"
                r"\b(?:approve[sd]?|grant(?:s|ed)?|allow(?:s|ed)?) (?:your|the) "
                r"(?:request|claim)\b|"
                r"\b(?:grant|award|allow|approve)(?:ed|s|d)? (?:you )?(?:full |equitable |innocent spouse )?"
                r"relief\b|"
                r"\byou (?:are |were )?(?:entitled to|eligible for|qualify for) (?:\w+ ){0,3}relief\b|"
                r"\byou (?:meet|satisfy) the (?:requirements|conditions) for (?:\w+ ){0,3}relief\b|"
                r"\b(?:are|is|were) relieved of (?:the|your) (?:understatement|deficiency|liability|tax)\b|"
                r"\byou are not (?:liable|responsible) for any (?:part|portion|of)\b|"
                r"\b(?:is|are|was|were|has been) allocated to (?:him|her|your (?:former |ex-)?"
                r"(?:spouse|husband|wife))\b|"
                r"\bfull (?:equitable |innocent spouse )relief\b|\brelieved of (?:all|the entire|the full)\b|"
                r"\bfull allowance\b|\bfully (?:granted|allowed|relieved)\b|"
                r"\brelief\b[^.;]{0,80}?\bfor (?:the )?(?:full|entire|total|whole) "
                r"(?:amount|liability|understatement|deficiency|balance)\b|"
                + _CITED_SECTION + _BESIDE + r"(?:granted|allowed|approved)\b(?! in part)"), "full_relief"),
)
# A "not" just before a positive phrase turns it around, unless it is the collection part's "not sustained"
# (the cells of a table row run on: "12/31/2020  Not sustained  Full relief under IRC 6015(c)").
NEGATED = re.compile(r"\b(?:not|no|never|cannot)\s+(?:(?!sustain)\w+\s+){0,2}$")
# "If you qualify for relief, ...", "whether the levy is sustained": a condition, no decision.
CONDITIONED = re.compile(r"\b(?:if|whether|unless)\b[^,;:]*$")
# "The proposed levy action is net sustained": a "not" OCR damaged into another three-letter word, between
# a verb and the outcome it negates. Read as "not" (the same length, so every position holds), and the
# determination flagged: reading it as it stands would turn the decision around.
DAMAGED_NOT = re.compile(
    r"\b(?:is|was|are|were|be|been|has|have|had|does|did|do)\s+(?P<word>n[aeiu0]t|[hmr]ot|no[il1!|])\s+"
    r"(?:\w+\s+)?(?:sustain|uph[eo]ld|appropriate|approv|grant|allow|entitl|eligib|qualif|warrant|justif)"
)
DAMAGED_NOT_REASON = 'a word the scan shows as "{word}" was read as "not": check the decision on the letter'
# Statute sections of innocent spouse relief: "6015(b)", "§§ 6015(b), (c) and (f)", "66(c)".
SECTION_LIST = re.compile(
    r"\b6015\s?\(\s?(?P<first>[bcf])\s?\)(?P<more>(?:\s?(?:,|and|or|&)\s?\(\s?[bcf]\s?\))*)"
)
# "6015" followed by a subsection mark; a cited one that SECTION_LIST cannot read is OCR damage.
CITED_6015 = re.compile(r"\b6015\s?\(")
SECTION_LOOKALIKES = str.maketrans({"¢": "c", "©": "c", "£": "f", "{": "(", "}": ")", "[": "(", "]": ")"})
# OCR damage that still leaves one reading of a subsection: a lookalike glued beside the letter it copies
# ("(f£)" and "66(c¢)" become "(ff)" and "(cc)": no subsection has two letters), and a quote mark,
# speck or stroke fused to the bracket ("and‘(f)", "6015/(f)").
DOUBLED_SUBSECTION = re.compile(r"\(\s?([bcf])\1\s?\)")
MARK_BEFORE_BRACKET = re.compile(r"[‘’'`\"./|]+(?=\()")
# "601 5(b)", "6O15(f)": OCR split the section number, or read one of its digits as a lookalike letter.
SPLIT_6015 = re.compile(r"\b6\s?[0oO]\s?[1lIi|]\s?5(?=\s?[({\[%])")
# "6015%f)", "66(c%": a bracket read as "%" before or after a subsection letter.
PERCENT_BRACKET = re.compile(r"(?<=6015)(\s?)%(?=\s?[bcf]{1,2}\s?\))")
PERCENT_CLOSING = re.compile(r"(?<=\([bcf])%")
# "§86015(b)": the section sign's lower loop read as an 8 glued to the number.
SECTION_SIGN_AS_8 = re.compile(r"(?<=§)8(?=6015\s?\()")
# A further "(x)" after a list of subsections that the list could not read: "6015(b), (c) and (1)".
UNREAD_LIST_ITEM = re.compile(r"^\s?(?:,|and|or|&)\s?\(\s?\S{1,2}\s?\)")
# A sentence belongs to the innocent spouse part when it speaks of relief, liability or its statutes.
SPOUSE_CONTEXT = re.compile(r"\brelie[fv]|\b6015\b|\b66\s?\(c\)|\bliab")
SUSTAIN = re.compile(r"\bsustain")
# "the notice of intent to levy is not ___": an action and the state it is put in, word by word.
ACTION_STATE = re.compile(r"\b(?:lien|levy|levies|nftl)\b(?:\s+\w+){0,2}?\s+"
                          r"(?:is|are|was|were|will be|shall be|has been|have been)\s+"
                          r"(?:not\s+)?(?P<word>\S+)")
# Words that decide a collection action. A word one or two letters from one of them (and not one itself)
# is taken for one the scan garbled; the sentence it stands in is then flagged, not read.
DECISION_WORDS: frozenset[str] = frozenset({
    "sustain", "sustains", "sustained", "sustaining", "withdrawn", "withdraw", "withdraws", "released",
    "release", "releases", "upheld", "upholds", "uphold", "proceed", "proceeds", "affirmed", "affirms",
})
DECISION_WORD_MIN = 6
# Letters that may differ: one, two from a word of nine letters or more ("sustuincd"); "process" is two from
# "proceed", "withdrew" one from "withdraw", and both are words of their own.
LONG_DECISION_WORD = 9
NOT_DECISION_WORDS: frozenset[str] = frozenset({"withdrew", "process", "proceeding", "proceedings"})
WORD = re.compile(r"[A-Za-z]+")
SHORT_WORDS = frozenset({"a", "an", "the", "to", "in", "on", "at", "by", "for", "of", "no", "now", "not",
                         "and", "or", "so", "as", "be", "its", "due", "set", "put", "met", "one", "all"})
# A sentence that cites a relief section with a deciding word, yet states no outcome the table knows
# ("Appeals awards you equitable relief under 6015(f)"), may hide a decision: the part is flagged.
UNREAD_SPOUSE_DECISION = re.compile(
    r"\b(?:grant|allow|approv|award|den[iy]|qualif|entitle|eligib|reliev|meets?\b|satisf|allocat)\w*")
# Sentences on the innocent spouse part that name neither relief nor its sections still belong to it when
# they follow one that does (at most this many back), unless they speak of collection.
CONTEXT_SENTENCES = 3
COLLECTION_WORDS = re.compile(r"\b(?:lien|levy|levies|nftl|installment|compromise|collection|collectible)")
# The tax years a sentence decides relief for: "For 2021, we grant ...", "for tax years 2019 and 2020", "the
# 2022 balance", "2019:" opening a paragraph, "12/31/2019" opening a row of a table. Other years ("you were
# divorced in 2021", "received on April 5, 2022") tell when something happened, not what was decided.
_YEAR = r"(?:19|20)[0-9]{2}"
_YEAR_END = r"(?:(?:december|dec\.?) 31,? |12/31/)?"
_YEAR_JOIN = r"(?:,? and |, |,? & |,? or | through | to |\s?[-–]\s?)"
DECIDED_YEARS: tuple[re.Pattern[str], ...] = (
    re.compile(rf"\bfor (?:the )?(?:tax )?(?:years? |periods? (?:ending |ended )?)?{_YEAR_END}"
               rf"(?P<years>{_YEAR}(?:{_YEAR_JOIN}{_YEAR_END}{_YEAR})*)\b"),
    re.compile(rf"\bthe (?P<years>{_YEAR}) (?:balance|deficiency|liability|understatement|underpayment|tax|"
               rf"joint return|return)\b"),
    re.compile(rf"^\s*{_YEAR_END}(?P<years>{_YEAR}(?:(?:,? and |, |,? & ){_YEAR})*)(?::|\s|$)"),
)
YEAR_IN = re.compile(_YEAR)
YEAR_RANGE = re.compile(rf"(?P<first>{_YEAR})(?: through | to |\s?[-–]\s?)(?:{_YEAR_END})(?P<last>{_YEAR})")
# A sentence telling of an earlier, preliminary determination (now appealed) decides nothing in this letter.
EARLIER_DETERMINATION = re.compile(r"\bpreliminary (?:determination|letter|decision)")
# ... unless it only explains a condition or what the person may do.
CONDITIONAL = re.compile(r"\b(?:if|unless|whether|may|might|could|can)\b")
# A list of sections that goes on with "and" but names nothing readable after it: "6015(b) and request".
DANGLING = re.compile(
    r"^\s?(?:,|and|or|&)\s(?!\(|section|sec\.|§|irc|internal|6015|66|"
    r"(?:you|your|we|the|it|this|that|relief|is|are|was|has|have|will|appeals|a|an|in|for|to|because|since|"
    r"as|which|but|so|however|while|unless|if|when|on|under|with|and|or)\b)"
)
# "section 601 5(f)": a section cited with a number that is not one the part is decided under.
UNREAD_SECTION_NUMBER = re.compile(r"(?:\bsection|§+|\bsec\.)\s?(?!6015\b|6015\s?\(|66\s?\(|63[23]0\b)[0-9]")
SUBSECTION = re.compile(r"\(\s?([bcf])\s?\)")
COMMUNITY_PROPERTY = re.compile(r"\b66\s?\(\s?c\s?\)")
SECTION_ORDER: tuple[InnocentSpouseSection, ...] = ("6015(b)", "6015(c)", "6015(f)", "66(c)")

OutcomeT = TypeVar("OutcomeT", bound=str)

CLEAR = 0.95
OCR_DOUBT = 0.80  # an OCR factor below this puts the determination up for review
CONFLICT = 0.55


@dataclass(frozen=True)
class Sentence:
    page: PageText
    start: int
    end: int

    @property
    def text(self) -> str:
        return self.page.text[self.start:self.end]

    def hit(self, start: int, end: int) -> Hit:
        return Hit(page=self.page, start=self.start + start, end=self.start + end, groups={})


def all_sentences(texts: Sequence[PageText]) -> list[Sentence]:
    return [Sentence(t, s, e) for t in texts for s, e in sentences(t)]


def _with_not_repaired(text: str, reasons: list[str]) -> str:
    """The sentence with each OCR-damaged "not" before an outcome read back, a reason added for each."""
    for match in DAMAGED_NOT.finditer(text):
        reasons.append(DAMAGED_NOT_REASON.format(word=match["word"]))
        text = text[:match.start("word")] + "not" + text[match.end("word"):]
    return text


def _outcomes(text: str, table: Sequence[tuple[re.Pattern[str], OutcomeT]]
              ) -> list[tuple[OutcomeT, int, int]]:
    """(outcome, start, end) of each phrase; words of an earlier phrase are not matched again."""
    found: list[tuple[OutcomeT, int, int]] = []
    taken: list[tuple[int, int]] = []
    for pattern, outcome in table:
        for match in pattern.finditer(text):
            if any(match.start() < e and match.end() > s for s, e in taken):
                continue
            if NEGATED.search(text[max(0, match.start() - 30):match.start()]) and outcome in (
                    "sustained", "full_relief", "partial_relief"):
                continue
            if CONDITIONED.search(text[max(0, match.start() - 60):match.start()]):
                continue
            found.append((outcome, match.start(), match.end()))
            taken.append((match.start(), match.end()))
    return found


@dataclass
class _Found:
    """What the sentences of one part said, with the words they were read from."""

    evidence: list[Evidence] = field(default_factory=list)
    words: list[Word] = field(default_factory=list)
    reasons: list[str] = field(default_factory=list)

    def add(self, sentence: Sentence) -> None:
        hit = sentence.hit(0, len(sentence.text))
        if hit.words:
            self.evidence.append(hit.evidence())
            # Specks read as punctuation carry no meaning; every word and number does.
            self.words.extend(w for w in hit.words if any(ch.isalnum() for ch in w.text))

    def confidence(self) -> float:
        """Clear phrasing read well: CLEAR times the OCR factor of the sentences; CONFLICT when in doubt."""
        ocr = ocr_factor(self.words)
        if ocr < OCR_DOUBT:
            self.reasons.append("the scan is hard to read in the sentences that state this determination")
        base = CLEAR if not self.reasons else CONFLICT
        return round(base * ocr, 3)


def collection(texts: Sequence[PageText]) -> tuple[CollectionDetermination | None, tuple[str, ...]]:
    """The collection determination, with the reasons to review it (empty when clear)."""
    by_action: dict[CollectionAction, set[CollectionOutcome]] = {}
    unattributed: set[CollectionOutcome] = set()
    # Outcomes said with no action beside them, as in the rows of a table per tax period ("2019  Sustained
    # Sustained"): what they were said of is not known (the part is flagged), but when they differ from what
    # is said of the actions, the part cannot be read as all sustained or all not.
    unplaced: set[CollectionOutcome] = set()
    found = _Found()
    alternatives: list[CollectionAlternative] = []
    for sentence in all_sentences(texts):
        text = _with_not_repaired(sentence.text, found.reasons)
        outcomes = _outcomes(text, COLLECTION_OUTCOMES)
        if ONCE_PAID.search(text):
            # "We will release the lien within 30 days after you pay": the law's release on payment, no
            # decision of the hearing.
            outcomes = [o for o in outcomes if not RELEASE_WORDS.search(text[o[1]:o[2]])]
        waits = [m.end() for pattern in (ONCE_PAID, UNTIL_THEN) for m in pattern.finditer(text)]
        outcomes = [o for o in outcomes
                    if not (STAY_WORDS.search(text[o[1]:o[2]]) and any(end <= o[1] for end in waits))]
        actions = [action for pattern, action in ACTIONS if pattern.search(text)]
        if outcomes and actions:
            for action, said in _attributed(text, outcomes).items():
                by_action.setdefault(action, set()).update(said)
            found.add(sentence)
        elif outcomes and re.search(r"\bcollection actions?\b", text):
            unattributed.update(o for o, _, _ in outcomes)
            found.add(sentence)
        elif outcomes and SUSTAIN.search(text):
            unplaced.update(o for o, _, _ in outcomes)
            found.add(sentence)
            found.reasons.append("a sentence about sustaining a collection action could not be fully read")
        elif not outcomes and actions and _garbled_decision(text):
            found.add(sentence)
            found.reasons.append("a sentence deciding a collection action could not be fully read")
        if not ADVICE.search(text):
            put_forward = _without_alternatives_not_put_forward(text)
            named = [a for pattern, a in ALTERNATIVES if pattern.search(put_forward)]
            if named or ALTERNATIVE_CONTEXT.search(text):
                found.add(sentence)  # its OCR quality counts: a damaged alternative may hide in it
            damaged = [a for pattern, a in ALTERNATIVE_FRAGMENTS
                       if pattern.search(put_forward) and a not in named]
            if (damaged or (not named and ALTERNATIVE_HINT.search(put_forward))) and CONSIDERED.search(text):
                found.reasons.append("a collection alternative Appeals considered could not be read")
            alternatives.extend(a for a in named if a not in alternatives)
    if not by_action and not unattributed:
        return None, ()
    per_action: dict[CollectionAction, CollectionOutcome] = {}
    for action, said in by_action.items():
        if len(said) == 1:
            per_action[action] = next(iter(said))
        else:
            # Sustained for some periods and not for others reads as partly sustained; still checked.
            per_action[action] = "partially_sustained" if said <= PARTS_OF_PARTIAL else "unknown"
            found.reasons.append(f"the letter says different things about the {action}")
    outcome = _overall(set(per_action.values()) | unattributed | unplaced)
    if outcome == "unknown" and not found.reasons:
        found.reasons.append("the outcome of the collection part could not be read")
    actions_found = tuple(a for _, a in ACTIONS if a in per_action)
    if not actions_found:
        found.reasons.append("the letter does not say which collection action (lien or levy) it decides")
    ordered = tuple(a for _, a in ALTERNATIVES if a in alternatives)
    determination = CollectionDetermination(actions=actions_found, outcome=outcome, alternatives=ordered,
                                            confidence=found.confidence(), evidence=tuple(found.evidence))
    return determination, tuple(found.reasons)


def _without_alternatives_not_put_forward(text: str) -> str:
    """The sentence with each alternative it says the person did not put forward blanked out."""
    blanked = list(text)
    for pattern in ALTERNATIVE_MENTIONS:
        for match in pattern.finditer(text):
            before, after = text[:match.start()], text[match.end():]
            if (NOT_PUT_FORWARD_BEFORE.search(before) or NOT_PUT_FORWARD_AFTER.match(after)
                    or (NONE_BEFORE.search(before) and PUT_FORWARD_AFTER.match(after))):
                blanked[match.start():match.end()] = " " * (match.end() - match.start())
    return "".join(blanked)


PARTS_OF_PARTIAL: frozenset[CollectionOutcome] = frozenset(
    {"sustained", "not_sustained", "partially_sustained"})


def _garbled_decision(text: str) -> bool:
    """Whether a lien or levy is said to be something the scan garbled ("the levy is not eee"), or a word
    the scan garbled is a deciding verb ("Appeals sustuins the notice of intent to levy")."""
    for match in ACTION_STATE.finditer(text):
        word = match["word"].strip(".,;:")
        if not word.isalpha() or (len(word) <= 3 and word not in SHORT_WORDS):
            return True
    return any(_damaged_decision_word(token) for token in WORD.findall(text))


def _damaged_decision_word(token: str) -> bool:
    word = token.lower()
    if len(word) < DECISION_WORD_MIN or word in DECISION_WORDS or word in NOT_DECISION_WORDS:
        return False
    edits = 2 if len(word) >= LONG_DECISION_WORD else 1
    return any(Levenshtein.distance(word, known, score_cutoff=edits) <= edits for known in DECISION_WORDS)


def _actions_in(text: str) -> list[CollectionAction]:
    return [action for pattern, action in ACTIONS if pattern.search(text)]


def _attributed(text: str, outcomes: Sequence[tuple[CollectionOutcome, int, int]]
                ) -> dict[CollectionAction, set[CollectionOutcome]]:
    """Each outcome of a sentence given to the actions of its clause, or of the nearest clause before it
    that names one, or else to every action the sentence names."""
    cuts = [0, *(m.end() for m in CLAUSE_BREAK.finditer(text)), len(text) + 1]
    clauses = list(itertools.pairwise(cuts))
    named = [_actions_in(text[start:end]) for start, end in clauses]
    everything = _actions_in(text)
    attributed: dict[CollectionAction, set[CollectionOutcome]] = {}
    for outcome, start, _ in outcomes:
        index = next(i for i, (s, e) in enumerate(clauses) if s <= start < e)
        actions = next((named[i] for i in range(index, -1, -1) if named[i]), everything)
        for action in actions:
            attributed.setdefault(action, set()).add(outcome)
    return attributed


def _overall(outcomes: set[CollectionOutcome]) -> CollectionOutcome:
    if "unknown" in outcomes or not outcomes:
        return "unknown"
    if outcomes == {"sustained"}:
        return "sustained"
    if outcomes == {"not_sustained"}:
        return "not_sustained"
    return "partially_sustained"


def innocent_spouse(texts: Sequence[PageText]) -> tuple[InnocentSpouseDetermination | None, tuple[str, ...]]:
    """The innocent spouse determination, with the reasons to review it (empty when clear)."""
    outcomes: set[InnocentSpouseOutcome] = set()
    found = _Found()
    sections: set[InnocentSpouseSection] = set()
    # The sentences just before, while they stay on the innocent spouse part ("You asked for relief under
    # 6015(b) and (c) ... You knew about the income. Your request is denied."): a decision that names no
    # section or relief of its own belongs to them.
    recent: list[Sentence] = []
    # The years each granting or denying sentence decides (empty when it names none, nor do those before it).
    years_of: dict[InnocentSpouseOutcome, list[frozenset[str]]] = {}
    for sentence in all_sentences(texts):
        text = _with_not_repaired(sentence.text, found.reasons)
        on_topic = SPOUSE_CONTEXT.search(text) or (recent and not COLLECTION_WORDS.search(text))
        if not on_topic or EARLIER_DETERMINATION.search(text):
            recent = []
            continue
        recent = [*recent[-(CONTEXT_SENTENCES - 1):], sentence]
        said = _outcomes(text, SPOUSE_OUTCOMES)
        if not said:
            if UNREAD_SPOUSE_DECISION.search(text) and not CONDITIONAL.search(text) and _sections(text)[0]:
                found.reasons.append("a sentence deciding relief under a cited section could not be read")
            continue
        if any(o == "partial_relief" for o, _, _ in said):
            # "We approved your request for relief in part": the grant is the partial one.
            said = [hit for hit in said if hit[0] != "full_relief"]
        outcomes.update(o for o, _, _ in said)
        years = next((y for earlier in reversed(recent) if (y := _decided_years(earlier.text))), frozenset())
        for said_outcome in {o for o, _, _ in said}:
            years_of.setdefault(said_outcome, []).append(years)
        found.add(sentence)
        cited, damaged = _sections(text)
        if not cited:
            for earlier in recent[:-1]:
                borrowed, _ = _sections(earlier.text)
                if borrowed:
                    cited |= borrowed
                    found.add(earlier)
        sections.update(cited)
        if damaged:
            found.reasons.append("a statute section in the determination could not be read")
    if not outcomes:
        return None, ()
    if len(outcomes) == 1:
        outcome = next(iter(outcomes))
    elif "partial_relief" in outcomes:
        outcome = "partial_relief"  # "granted in part ... the rest is denied" is partial relief
        if "full_relief" in outcomes:
            found.reasons.append("the letter grants relief in full for part and says it is granted in part")
    elif outcomes == {"full_relief", "denied"} and _years_apart(years_of["full_relief"], years_of["denied"]):
        # "For 2021, we grant you full relief ... For 2022, we cannot grant relief."
        outcome = "partial_relief"
    else:
        outcome = "unknown"
        found.reasons.append("the letter's innocent spouse sentences point to different outcomes")
    if not sections:
        found.reasons.append("the letter does not say under which section relief was decided")
    confidence = found.confidence()
    ordered = tuple(s for s in SECTION_ORDER if s in sections)
    return InnocentSpouseDetermination(outcome=outcome, sections=ordered, confidence=confidence,
                                       evidence=tuple(found.evidence)), tuple(found.reasons)


def _decided_years(text: str) -> frozenset[str]:
    """The tax years the sentence names as the ones decided ("2019 through 2021" names three)."""
    years: set[str] = set()
    for pattern in DECIDED_YEARS:
        for match in pattern.finditer(text):
            years.update(YEAR_IN.findall(match["years"]))
            for span in YEAR_RANGE.finditer(match["years"]):
                years.update(str(y) for y in range(int(span["first"]), int(span["last"]) + 1))
    return frozenset(years)


def _years_apart(granted: Sequence[frozenset[str]], denied: Sequence[frozenset[str]]) -> bool:
    """Whether relief is granted in full for some years and denied for others: every sentence granting or
    denying it names its years (or follows one that does), and no year is both granted and denied."""
    if not all(granted) or not all(denied):
        return False
    return not frozenset().union(*granted) & frozenset().union(*denied)


def _sections(text: str) -> tuple[set[InnocentSpouseSection], bool]:
    """The sections cited, and whether a "6015" was cited with a subsection that could not be read."""
    text = SPLIT_6015.sub("6015", SECTION_SIGN_AS_8.sub("", text)).translate(SECTION_LOOKALIKES)
    text = PERCENT_CLOSING.sub(")", PERCENT_BRACKET.sub(r"\1(", text))
    text = MARK_BEFORE_BRACKET.sub("", DOUBLED_SUBSECTION.sub(r"(\1)", text))
    found: set[InnocentSpouseSection] = set()
    for match in SECTION_LIST.finditer(text):
        letters = [match["first"], *SUBSECTION.findall(match["more"] or "")]
        for letter in letters:
            found.add(f"6015({letter})")  # type: ignore[arg-type]
    if COMMUNITY_PROPERTY.search(text):
        found.add("66(c)")
    damaged = any(not SECTION_LIST.match(text, m.start()) for m in CITED_6015.finditer(text))
    damaged = damaged or any(UNREAD_LIST_ITEM.match(text[m.end():]) or DANGLING.match(text[m.end():])
                             for m in SECTION_LIST.finditer(text))
    damaged = damaged or bool(UNREAD_SECTION_NUMBER.search(text))
    return found, damaged
