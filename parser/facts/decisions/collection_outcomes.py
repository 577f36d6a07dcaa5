"""The collection part's phrases: the outcome a sentence states, and the lien or levy it states it of.

Negative outcome phrases come first in the table (their words are then taken). An outcome goes to the
actions its own clause names; the outcomes said of the actions then combine into the part's one outcome.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from parser.core.model import CollectionAction, CollectionOutcome
from parser.facts.dates import YEAR
from parser.facts.decisions.decided_years import TAX_YEAR
from parser.facts.decisions.phrases import clause_spans

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
    # "in" of "sustained in part" damaged by a scan ("sustained | n part") still says in part.
    (re.compile(r"\b(?:sustained|sustains?) (?:in |(?:[^\sA-Za-z0-9]{1,2} |[A-Za-z] ){1,2})part\b|"
                r"\bpartially sustain(?:ed|s)?\b"),
     "partially_sustained"),
    (re.compile(r"\bnot (?:be |been )?(?:sustain|uph[eo]ld|affirm)\w*|\bcannot (?:sustain|uphold)\w*|"
                r"\b(?:is|are|was|were|will|be|been) not (?:be )?(?:allowed|permitted)\b|"
                r"\b(?:does|do|did|will) not (?:allow|permit) (?:the )?(?:proposed )?(?:levy|levies|lien)"),
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
                # "the Collection function will issue a certificate of release of the federal tax lien"
                r"\b(?:issue|file)[sd]? (?:a |the )?certificate of release\b|"
                # "collection of the tax liability by levy was no longer necessary because ... an installment
                # agreement had been reached": the action is not to go ahead.
                r"\b(?:is|was|are|were|be|been) (?:no longer|not) (?:necessary|needed|required)\b|"
                r"\bunnecessary\b|"
                r"\b(?:direct\w*|instruct\w*) [^.;]{0,50}?\bto (?:withdraw|release)\b|"
                + ACTION_DOES_NOT_STAY), "not_sustained"),
    (re.compile(r"\bsustain(?:ed|s|ing)?\b|\b(?:is|was|are|were) (?:an? )?(?:appropriate|proper)\b|"
                r"\b(?:may|can|will|could|should|would) proceed\b|\buph[eo]ld(?:s|ing)?\b|"
                # "recommended proceeding with the levy", "to go forward with the proposed levy"
                r"\b(?:proceed(?:ing)?|go(?:ing)? forward) with (?:the )?(?:proposed )?"
                r"(?:collection|enforced|"
                r"lev(?:y|ies)\b|liens?\b|nftl)|"
                r"\baffirm(?:s|ed)?\b|\b(?:will|shall) not be (?:withdrawn|released)\b|"
                r"\b(?:declin|refus)(?:e|es|ed|ing|al) to (?:withdraw|release|rescind)\b|"
                # "the levy is allowed for 2019 and 2020", "Appeals will allow the proposed levy"
                r"\b(?:levy|levies|lien|nftl)\b[^.;,]{0,40}?\b(?:is|are|was|were|will be) "
                r"(?:allowed|permitted)\b|"
                r"\ballow(?:s|ed)? (?:the )?(?:proposed )?(?:levy|levies|lien)\b|" + ACTION_STAYS),
     "sustained"),
)
# Limits on a lien or levy sustained: allowed only for some years, or held back for some time. A sentence
# that sustains an action with one of these sustains it in part, and is checked ("The proposed levy is
# sustained for 2018 and 2019 only", "sustained, but the IRS may not levy for six months").
# Each limit by its code: the catalogue words it (key `said.limit.<code>`).
COLLECTION_LIMITS: tuple[tuple[str, re.Pattern[str], frozenset[CollectionAction]], ...] = (
    ("some_years", re.compile(
        rf"\bonly (?:for|as to|with respect to) {TAX_YEAR}\b|"
        rf"\b(?:for|as to) {TAX_YEAR}(?:(?:,? and |, |,? or | through | to |\s?[-–]\s?){YEAR})* only\b|"
        rf"\b(?:but not|except(?: for)?|other than|excluding) (?:for |as to )?{TAX_YEAR}\b"),
     frozenset({"lien", "levy"})),
    # "it remains in place only for the balances left after the abatement of penalties"
    ("some_balances", re.compile(
        r"\bonly (?:for|on|as to|with respect to|to the extent of) (?:the |a |some |part of the )?"
        r"(?:part|portion|balances?|amounts?|remaining)\b"),
     frozenset({"lien", "levy"})),
    ("held_back", re.compile(
        r"\b(?:may|will|shall|can|should) not "
        r"(?:levy|proceed|take (?:any )?(?:enforced |collection )?action)\b|"
        r"\b(?:hold|suspend|delay|postpone|defer)(?:s|ed|ing)?\b[^.;]{0,40}?\b(?:levy|levies|collection|"
        r"enforce\w*)\b|"
        r"\b(?:levy|levies|collection|enforcement)\b[^.;]{0,40}?\b(?:is|are|was|were|will be) (?:held|"
        r"suspended|delayed|postponed|deferred|on hold)\b|"
        r"\bonly (?:after|if|when|once|in the event)\b"),
     # A lien that stays "while collection is suspended" is sustained whole: holding back collection
     # limits a levy only.
     frozenset({"levy"})),
)
# Where what is said of the collection part gives way to the innocent spouse part within one sentence ("the
# lien stays in place, ... and you are granted relief for 2019 but not for 2020"): a limit past it is none.
SPOUSE_CLAUSE = re.compile(r"\brelie[fv]|\b6015\b|\binnocent spouse\b")
# "We will return your case to the Collection function": what happens next, no decision of its own. Said
# for collection action ("for appropriate collection action", "to proceed with collection") and with no
# lien or levy decided anywhere, it is what the letter decided: collection goes on, of an action it does not
# name (checked).
RETURNED_TO_COLLECTION = re.compile(
    r"\b(?:return|send|sent|refer|forward)(?:s|ed|ing)? (?:\S+ ){0,4}?(?:back )?to (?:the )?collection\b")
FOR_COLLECTION_ACTION = re.compile(
    r"\bfor (?:\w+ ){0,2}(?:collection|enforce\w*|levy|appropriate) (?:\w+ )?action\b|"
    r"\bto (?:resume|continue|proceed with|pursue|take) (?:the )?(?:\w+ )?(?:collection|levy|enforce)")
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
# A comma before a new subject that is an action parts clauses too: "the lien stays in place, the levy
# will not proceed".
# So does a second "we determined that" where the scan lost the stop between two sentences ("... tax lien is
# appropriate and is - we determined that the proposed levy action is not sustained").
CLAUSE_BREAK = re.compile(r";|,?\s(?:but|however|whereas|while|although)\b|,\s(?:and|so)\b|"
                          r"\s(?=(?:we|appeals) (?:have |has )?(?:determined|decided|found) that\b)|"
                          r",\s(?=(?:the |your )?(?:proposed |filing of the )?"
                          r"(?:notice of (?:federal tax )?)?(?:liens?|lev(?:y|ies)|nftl|federal tax lien|"
                          r"intent to levy)\b)")
# The collection action a sentence names.
ACTIONS: tuple[tuple[re.Pattern[str], CollectionAction], ...] = (
    (re.compile(r"\bliens?\b|\bnftls?\b|\bfederal tax l\w*"), "lien"),
    # "the notice of intent to hwy! is sustained": the notice that names only a levy, its last word garbled.
    (re.compile(r"\blev(?:y|ies|ied)\b|\bnotice of intent to\b(?!\s(?:file|record)\b)"), "levy"),
)
# A sentence about sustaining that names neither action is flagged, not read.
SUSTAIN = re.compile(r"\bsustain")
# So is a determination that states a collection outcome of something the scan left unnamed ("We determined
# that the proposed xq action was proper"): dropped, the action it decides would be lost from a confident
# reading.
DETERMINED_THAT = re.compile(r"\b(?:we|appeals|the settlement officer) (?:have |has )?(?:determined|decided|"
                             r"found|concluded) that\b")
# An outcome said of "the collection action" as a whole, with no lien or levy named.
COLLECTION_ACTION = re.compile(r"\bcollection actions?\b")
# Outcomes that, said of one action for different periods, make it partly sustained.
PARTS_OF_PARTIAL: frozenset[CollectionOutcome] = frozenset(
    {"sustained", "not_sustained", "partially_sustained"})


def limits_on_sustained(text: str, outcomes: Sequence[tuple[CollectionOutcome, int, int]],
                        referred: Sequence[CollectionAction] = ()) -> dict[CollectionAction, list[str]]:
    """The limits each action a sentence sustains is sustained with: looked for between the outcomes said
    before and after it ("For 2019 only, the levy is sustained"), short of any words on the innocent spouse
    part. `referred`: the actions of the sentence before, for one that only refers back to them ("It is
    sustained: it remains in place only for ...")."""
    limits: dict[CollectionAction, list[str]] = {}
    for outcome, start, end in outcomes:
        if outcome != "sustained":
            continue
        before = max((e for _, s, e in outcomes if e <= start), default=0)
        after = min((s for _, s, _ in outcomes if s >= end), default=len(text))
        span = text[before:after]
        spouse = SPOUSE_CLAUSE.search(span, start - before)
        span = span[:spouse.start()] if spouse else span
        for action in referred or _actions_of(text, start):
            names = [name for name, pattern, actions in COLLECTION_LIMITS if action in actions
                     and any(not _put_forward(span, m.start()) for m in pattern.finditer(span))]
            if names:
                limits.setdefault(action, []).extend(n for n in names if n not in limits.get(action, []))
    return limits


# "..., you proposed a delay of collection until the sale of your residence": a hold the person asked for
# is a collection alternative put forward, no limit Appeals set on what it sustained.
PUT_FORWARD_BEFORE = re.compile(
    r"\b(?:you|we|appeals|the taxpayer|he|she|they)\s(?:\w+\s)?"
    r"(?:propos|request|ask|submitt?|suggest|consider|offer)\w*(?:\s(?:us\s|to\s|for\s|that\s)?"
    r"(?:an?|the|your|that|to)?)?\s?$")


def _put_forward(span: str, position: int) -> bool:
    return bool(PUT_FORWARD_BEFORE.search(span[max(0, position - 30):position]))


def actions_in(text: str) -> list[CollectionAction]:
    """The collection actions the text names, in table order."""
    return [action for pattern, action in ACTIONS if pattern.search(text)]


def attributed(text: str, outcomes: Sequence[tuple[CollectionOutcome, int, int]]
               ) -> dict[CollectionAction, set[CollectionOutcome]]:
    """Each outcome of a sentence given to the actions of its clause, or of the nearest clause before it
    that names one, or else to every action the sentence names."""
    said_of: dict[CollectionAction, set[CollectionOutcome]] = {}
    for outcome, start, _ in outcomes:
        for action in _actions_of(text, start):
            said_of.setdefault(action, set()).add(outcome)
    return said_of


def _actions_of(text: str, position: int) -> list[CollectionAction]:
    """The actions an outcome at `position` is said of: those of its clause, or of the nearest clause before
    it that names one, or else every action the sentence names."""
    clauses = clause_spans(text, CLAUSE_BREAK)
    index = next(i for i, (s, e) in enumerate(clauses) if s <= position < e)
    return next((named for i in range(index, -1, -1) if (named := actions_in(text[slice(*clauses[i])]))),
                actions_in(text))


# A decision that names no action but refers back to the one the sentence before named ("We reviewed the
# lien filing. It is sustained in part: ..."), its "It" read by a scan as "jt", "lt", "1t" or "!t".
REFERS_BACK = re.compile(r"^\W*(?:[ijl1!|]t|this|that|they|these|both|each)\b"
                         r"(?!\s+(?:is|was)\s+(?:our|the|your)\b)", re.IGNORECASE)
# "te is partially sustained", "ft was sustained": a word of one or two characters, no word of its own, before
# the verb; the scan damaged the "It". Read as referring back, and flagged.
DAMAGED_IT = re.compile(r"^\W*(?P<word>[a-z0-9!|$]{1,2})\s+(?:is|was)\b", re.IGNORECASE)
SHORT_REAL_WORDS = frozenset({
    "a", "i", "an", "as", "at", "be", "by", "do", "go", "he", "if", "in", "is", "me", "my", "no", "of", "on",
    "or", "so", "to", "up", "us", "we", "it",
})
# A sentence that ends on the action it names, without deciding it ("We determined that the notice of
# federal tax lien (NFTL)."): a stop the scan read into the middle of a sentence, or a line wrapped there. The
# next sentence's decision with no action of its own ("filing is not sustained.") is said of it.
# So does one that ends on the action's own noun after it ("... federal tax lien (NFTL) filing.", "the
# proposed levy action."): "we determined that" with no verb after it is no sentence whole.
ENDS_ON_ACTION = re.compile(r"\b(?:liens?|lev(?:y|ies)|nftl|intent to)\W*(?:(?:filing|action)\W*)?$")


def damaged_it(text: str) -> bool:
    """Whether the sentence opens with a damaged "It" before its verb ("te is partially sustained")."""
    match = DAMAGED_IT.match(text)
    return match is not None and match["word"].lower() not in SHORT_REAL_WORDS


def one_sentence_outcome(said: Iterable[CollectionOutcome]) -> set[CollectionOutcome]:
    """What one sentence says of one action. Sustained in part, with what stays and what goes spelled out
    ("partially sustained: it stands for 2021 and is released for the later balances"), is one outcome."""
    outcomes = set(said)
    if "partially_sustained" in outcomes and outcomes <= PARTS_OF_PARTIAL:
        return {"partially_sustained"}
    return outcomes


def overall(outcomes: set[CollectionOutcome]) -> CollectionOutcome:
    """The part's one outcome: sustained or not sustained when all say so, else partly sustained."""
    if "unknown" in outcomes or not outcomes:
        return "unknown"
    if outcomes == {"sustained"}:
        return "sustained"
    if outcomes == {"not_sustained"}:
        return "not_sustained"
    return "partially_sustained"
