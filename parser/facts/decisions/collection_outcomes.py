"""The collection part's phrases: the outcome a sentence states, and the lien or levy it states it of.

Negative outcome phrases come first in the table (their words are then taken). An outcome goes to the
actions its own clause names; the outcomes said of the actions then combine into the part's one outcome.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence

from parser.core.model import CollectionAction, CollectionOutcome

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
# A sentence about sustaining that names neither action is flagged, not read.
SUSTAIN = re.compile(r"\bsustain")
# An outcome said of "the collection action" as a whole, with no lien or levy named.
COLLECTION_ACTION = re.compile(r"\bcollection actions?\b")
# Outcomes that, said of one action for different periods, make it partly sustained.
PARTS_OF_PARTIAL: frozenset[CollectionOutcome] = frozenset(
    {"sustained", "not_sustained", "partially_sustained"})


def actions_in(text: str) -> list[CollectionAction]:
    """The collection actions the text names, in table order."""
    return [action for pattern, action in ACTIONS if pattern.search(text)]


def attributed(text: str, outcomes: Sequence[tuple[CollectionOutcome, int, int]]
               ) -> dict[CollectionAction, set[CollectionOutcome]]:
    """Each outcome of a sentence given to the actions of its clause, or of the nearest clause before it
    that names one, or else to every action the sentence names."""
    cuts = [0, *(m.end() for m in CLAUSE_BREAK.finditer(text)), len(text) + 1]
    clauses = list(itertools.pairwise(cuts))
    named = [actions_in(text[start:end]) for start, end in clauses]
    everything = actions_in(text)
    said_of: dict[CollectionAction, set[CollectionOutcome]] = {}
    for outcome, start, _ in outcomes:
        index = next(i for i, (s, e) in enumerate(clauses) if s <= start < e)
        actions = next((named[i] for i in range(index, -1, -1) if named[i]), everything)
        for action in actions:
            said_of.setdefault(action, set()).add(outcome)
    return said_of


def overall(outcomes: set[CollectionOutcome]) -> CollectionOutcome:
    """The part's one outcome: sustained or not sustained when all say so, else partly sustained."""
    if "unknown" in outcomes or not outcomes:
        return "unknown"
    if outcomes == {"sustained"}:
        return "sustained"
    if outcomes == {"not_sustained"}:
        return "not_sustained"
    return "partially_sustained"
