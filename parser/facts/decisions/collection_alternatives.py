"""The collection alternatives Appeals considered: the ones a sentence names, and the ones it cannot read.

An alternative the person did not put forward is none Appeals considered, and a sentence that only tells
what the person may still do is no record of what was considered.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

from rapidfuzz import fuzz

from parser.core.model import CollectionAlternative
from parser.facts.dates import YEAR

# Collection alternatives: (pattern, alternative).
ALTERNATIVES: tuple[tuple[re.Pattern[str], CollectionAlternative], ...] = (
    (re.compile(r"\binstal\s?l?\s?ments?\b|\bpayment plan\b"), "installment_agreement"),
    (re.compile(r"\boffer[- ]in[- ]com\s?promise|\boffer \S{1,3} com\s?promise|\boic\b"),
     "offer_in_compromise"),
    # ("not collectible status" names it whole when the scan garbled "currently": "cicvenly not collectible")
    (re.compile(r"\bcurrently[- ]not[- ]collectible\b|\bcurrently[- ]non[- ]?collectible\b|\buncollectible\b|"
                r"\bcnc\b|\bnot[- ]collectible (?:\(hardship\) )?status\b"), "currently_not_collectible"),
    # (a hyphen between its words is a scan's speck, or a writer's: "substitution-of other assets")
    (re.compile(r"\bsubstitut\w+[\s-](?:of[\s-])?(?:other[\s-]|another[\s-])?assets?\b"),
     "bond_or_substitution"),
)
# A bond is an alternative only where the sentence speaks of one put forward or weighed ("you proposed
# posting a bond"): the word alone is also a name ("Person to contact: Bond J Whitlock") or a savings bond.
BOND = re.compile(r"\b(?:post(?:ing)? a |a )?bond\b")
# ("the proposed levy" names an action, no alternative put forward)
BOND_CONTEXT = re.compile(r"\b(?:consider|alternativ|propos(?!ed\s(?:levy|lien|collection|action))|"
                          r"request|ask|submitt|offer|agree|accept|reject|declin|post|furnish|provid|substitut|secur)\w*")
# Alternatives the table has no name for, reported as "other": postponing or delaying collection,
# subordinating the lien or discharging property from it. Only where the sentence first says one was put
# forward, agreed on or considered ("you asked us to consider a delay of collection"): collection also waits
# by law while a claim is open ("we will postpone collection while we consider your claim"), and that is no
# alternative.
# ("collect on": a scan's split of "collection", its "i" lost)
OTHER_ALTERNATIVE = re.compile(
    r"\b(?:delay(?:ing)?|postpon(?:e|ing|ement))\s(?:of\s)?(?:the\s|your\s)?collect(?:ion|\s\S?on)\b|"
    r"\bsubordinat\w*|"
    r"\bdischarg(?:e|ing)\s(?:\w+\s){0,3}?(?:from|of)\s(?:the\s)?(?:federal\s)?(?:tax\s)?lien\b|"
    r"\blien\sdischarge\b"
)
OTHER_PUT_FORWARD = re.compile(
    r"\b(?:consider\w*|propos\w*|request\w*|ask(?:ed)?|submitt\w*|offered|agree\w*)\b"
)
# Alternatives named in words the scan damaged that still allow one reading: read, and checked.
DAMAGED_NAMES: tuple[tuple[re.Pattern[str], CollectionAlternative], ...] = (
    # "currently not co collectible", "currently not coheetible (hardship) status", "currently not ne
    # status": a fragment left beside the last word, or the word garbled yet still ending like one or
    # followed by "status" (a scrap of it too: no other word stands between "currently not" and "status").
    (re.compile(r"\bcurrently\W+(?:\S{1,3}\s)?n[o0]t\W+(?:\S{1,3}\s)?"
                r"(?:\S{2,12}[il1][bh][l1i]e\b|(?!(?:in|on|a|an|the|of|its|your)\s)\S{1,14}"
                r"(?=\s(?:\(hardship\)\s)?status\b))"),
     "currently_not_collectible"),
    # "currenuytot collectible (hardship) status", "curr ntlynot collectible status": "currently not" run
    # together and garbled before a whole "collectible ... status", which names no other alternative.
    (re.compile(r"\bcollectible\W+(?:\(hardship\)\W+)?status\b"), "currently_not_collectible"),
    # "offer in comprom se", "offer ln cornpromise": the offer's last word split or garbled; "otter in
    # compromise", "ofer in compromise": its first. A compromise put forward in a hearing on collection is an
    # offer in compromise.
    # A fax's streak can glue the words before it on: "Weconsiderectarrotferimcompromise" (apart 9093 0095).
    (re.compile(r"\boffer\W+(?:in|ln|1n|ir|im|iu|m|n|i)\W+(?:c[o0](?:m|rn)\s?pr\S*|\S{1,4}promi\S*)|"
                r"com\s?pr[o0]mise\b"),
     "offer_in_compromise"),
    # "substitution: of ol rer assets": specks and a split word between substitution and its assets;
    # "substitution otherassets": words a streak glued.
    (re.compile(r"\bsubstitut\w*\W+(?:\S{1,5}\W+){0,3}?\S{0,6}assets?\b"), "bond_or_substitution"),
    # "[a payment plan (installment] agreement) as a collection alternative": its first word lost with a line.
    (re.compile(r"(?<![\w-])agreements?\)?\s(?:as|was)\s(?:an?\s)?(?:collection\s)?alternative"),
     "installment_agreement"),
    # "a request to postpone we considered your proposal ... collection until ...": the lines of two sentences
    # run together between a delay and what it delays.
    (re.compile(r"\b(?:delay(?:ing)?|postpon(?:e|ing|ement))\b(?:\W+\S+){1,12}?\W+collect(?:ion|\s\S?on)\b"),
     "other"),
    # "a request to pos: pone collection until your unemployment ends": a postponement or delay whose word the
    # scan broke (apart 9086 0095, a fax: the part read sure without it), known by what it does to collection.
    (re.compile(r"\b(?:p[o0]s\S{0,6}|de\S{0,4})(?:\W+\S{1,6})?\W+collect(?:ion|\s\S?on)\s(?:until|while)\b"),
     "other"),
)
# "you asked us to consider an inpcaiaent agreement and a bond": a word the scan garbled before "agreement",
# where the sentence says one was put forward. Agreements of other kinds are named in words of their own;
# any other word there that still looks like "installment" names the installment agreement (read, checked),
# and one that does not is an alternative that cannot be read (checked).
AGREEMENT_SLOT = re.compile(r"\b(?:an?|the|your)\s(?P<word>\S{3,14})\sagreements?\b")
AGREEMENTS_OF_THEIR_OWN = frozenset({
    "installment", "instalment", "payment", "closing", "settlement", "written", "oral", "verbal", "signed",
    "prior", "earlier", "previous", "new", "existing", "formal", "binding", "final", "same", "such", "this",
    "that", "any", "other", "collection", "compromise", "proposed", "streamlined", "monthly", "defaulted",
    "current", "joint", "separation", "divorce", "property", "marital", "loan", "lease", "rental",
    "interest", "instant", "initial", "interim", "agreement", "acceptable", "reasonable", "affordable",
})
LOOKS_LIKE_INSTALLMENT = 50.0  # rapidfuzz ratio: "inpcaiaent" 57, "mstallmert" 76; "independent" 45


def _agreement_slot(text: str) -> CollectionAlternative | Literal["unreadable"] | None:
    """What a garbled word before "agreement" names: the installment agreement, one unread, or nothing."""
    for match in AGREEMENT_SLOT.finditer(text):
        word = match["word"].strip(EDGE_MARKS)
        if word in AGREEMENTS_OF_THEIR_OWN or not word:
            continue
        if fuzz.ratio(word, "installment") >= LOOKS_LIKE_INSTALLMENT:
            return "installment_agreement"
        return "unreadable"
    return None


EDGE_MARKS = "\"'“”‘’()[]{},;:!?.-"
# A sentence that speaks of alternatives Appeals considered, whether or not one could be named in it.
ALTERNATIVE_CONTEXT = re.compile(r"\bconsidered\b|\balternatives?\b")
# Words of a sentence about an alternative even when the alternative's own name is damaged: its name's
# fragments, or a plan's terms ("your proposal for an [installment] agreement of $369 per [month]": own
# seed 6313, 0057, the name's word lifted onto a line of its own by the fax's OCR).
ALTERNATIVE_HINT = re.compile(
    r"collect\s?ib|com\s?promis|instal\s?l?\s?m|\bbond\b|alternat|substitut|payment plan|"
    r"\b(?:an?|the|your) agreement (?:of|to pay|for \$)|\bper month\b|\bmonthly payments?\b|"
    r"\$\s?[0-9][0-9,]*(?:\.\d\d)? (?:a|per|each) month\b"
)
# Each alternative's surviving fragments: one of them without its full name means the name is damaged,
# even when another alternative in the same sentence was read.
ALTERNATIVE_FRAGMENTS: tuple[tuple[re.Pattern[str], CollectionAlternative], ...] = (
    (re.compile(r"instal\s?l?\s?m|payment plan"), "installment_agreement"),
    (re.compile(r"com\s?promis|\boffer\s+(?:in|of)\b"), "offer_in_compromise"),
    (re.compile(r"collect\s?ib|\bcurrently\s+not\b|\bnot\s+coll"), "currently_not_collectible"),
    (re.compile(r"\bbond\b|substitut"), "bond_or_substitution"),
)
# The grounds of an offer in compromise ("based on doubt as to collectibility", "doubt as to liability",
# "effective tax administration"): they name the offer, never currently-not-collectible status. Taken out
# before damaged names are looked for; without the offer's own name they stand for a damaged one.
OFFER_GROUNDS = re.compile(
    r"\bdoubt\s(?:as\s)?(?:to\s)?(?:collect\s?[ia]b\w*|liabilit\w*)|\beffective\stax\sadministration\b"
)
# "the 2003 offer was under consideration", "your second offer": an offer named only as one. In a hearing on
# collection it is most often an offer in compromise; unless the letter names one somewhere, it is checked.
BARE_OFFER = re.compile(
    rf"\b(?:your|the|his|her|their|petitioner[’']?s?|{YEAR}) (?:first |second |new |revised |"
    r"amended |later )?offers?\b(?!\s(?:to|of|in)\s)")
CONSIDERED = re.compile(r"\b(?:considered|proposal|proposed|requested|submitted|offered)\b")
# "... of collection until the sale of your residence as a collection alternative": a sentence that says
# something stood as an alternative tells of one considered even when what came before it, the alternative
# and who put it forward, lies in another sentence (a speck read as a stop: "You proposed a delay. of
# collection ...", apart 9058 0046, lost the alternative). With none named in it, it is one unread.
AS_AN_ALTERNATIVE = re.compile(r"\bas\s(?:an?\s|the\s)?(?:collection\s)?alternative\b")
# "... on [currently not collectible] status, which replaces the collection action for as long as you keep
# its terms" (apart 9091 0052, a 150 dpi scan: "cmrently not a status", the alternative's name lost, and the
# levy's outcome read sure without it): something that takes the collection action's place is an
# alternative, unread where none is named.
# "... as an alternative to the collection action", its article or "to" misread ("as of arr alternative te the
# collection action": apart 9093 0095, a fax's streak through it): an alternative weighed against the action.
# One alternative, to the action itself: never the statute's issue quoted ("whether alternatives to
# collection are appropriate"), nor one not put forward ("you did not offer anything as an alternative").
ALTERNATIVE_TO_COLLECTION = re.compile(
    r"\balternative\s(?:\S{1,3}\s)?the\s(?:proposed\s|intended\s)?(?:collection\saction|levy|lien|nftl)\b")
IN_PLACE_OF_COLLECTION = re.compile(
    r"\b(?:replac\w*|in\s(?:place|lieu)\sof|instead\sof)\s(?:the\s)?(?:proposed\s|intended\s)?"
    r"(?:collection|enforcement|levy|lien|nftl)\b")
# An offer weighed: considered, or accepted or turned down.
OFFER_WEIGHED = re.compile(r"\b(?:considered|consideration|proposal|proposed|requested|submitted|"
                           r"accept(?:ed)?|reject(?:ed)?|declined)\b")
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
NOT_PUT_FORWARD = re.compile(rf"\b(?:not|never)\s(?:\w+\s)?{_PUT_FORWARD}")
NONE_BEFORE = re.compile(rf"\bno{_BETWEEN}{{0,6}}\s?$")
PUT_FORWARD_AFTER = re.compile(rf"^{_BETWEEN}{{0,12}}\s{_FOLLOWS}\s(?:\w+\s)?{_PUT_FORWARD}")
NOT_PUT_FORWARD_AFTER = re.compile(
    rf"^{_BETWEEN}{{0,12}}\s{_FOLLOWS}\s(?:not|never)\s(?:been\s)?(?:\w+\s)?{_PUT_FORWARD}")
# What names an alternative, its own name or the word for them all ("you proposed no collection alternative").
ALTERNATIVE_MENTIONS: tuple[re.Pattern[str], ...] = (
    *(pattern for pattern, _ in ALTERNATIVES), *(pattern for pattern, _ in ALTERNATIVE_FRAGMENTS),
    *(pattern for pattern, _ in DAMAGED_NAMES),
    re.compile(r"\balternatives?\b"), OTHER_ALTERNATIVE,
)
# A sentence that only says what the person still may do is not a record of what Appeals considered.
ADVICE = re.compile(
    r"\b(?:you (?:may|can|could|might) (?:still |also )?(?:request|apply|propose|submit|ask|call)|"
    r"if you (?:want|wish|would like)|for more information)\b"
)
# What someone can still do later ("The Revenue Officer ... can set up a payment plan with you"): no
# alternative Appeals considered, unless the sentence also says one was put forward or considered.
FUTURE_OPTION = re.compile(
    r"\b(?:can|could|may|will)\s(?:still\s|also\s)?(?:help\syou\s)?(?:set\sup|arrange|establish|discuss|"
    r"work\sout|talk\sabout)\b"
)


@dataclass(frozen=True)
class AlternativesSaid:
    """What one sentence says of collection alternatives."""

    named: tuple[CollectionAlternative, ...] = ()
    # It names one or speaks of them: its OCR quality counts, as a damaged alternative may hide in it.
    on_topic: bool = False
    # It tells of an alternative considered whose name the scan damaged.
    unreadable: bool = False
    # It tells of an offer considered without saying what offer (BARE_OFFER).
    unnamed_offer: bool = False
    # An alternative it names was read from words the scan damaged (DAMAGED_NAMES).
    damaged_names: bool = False


def alternatives_said(text: str) -> AlternativesSaid:
    """The alternatives the sentence says Appeals considered, and whether it speaks of any it cannot name."""
    advice = ADVICE.search(text)
    if advice is not None:
        # What comes before the advice is a sentence of its own whose stop the scan lost ("... an installment
        # agreement of $369 per month, if you want to dispute this determination": own seed 6313, 0057),
        # when it says something was considered; the advice itself records nothing.
        if not CONSIDERED.search(text, 0, advice.start()):
            return AlternativesSaid()
        text = text[:advice.start()]
    if FUTURE_OPTION.search(text) and not CONSIDERED.search(text):
        return AlternativesSaid()
    put_forward = without_alternatives_not_put_forward(text)
    named = tuple(a for pattern, a in ALTERNATIVES if pattern.search(put_forward))
    if BOND.search(put_forward) and BOND_CONTEXT.search(put_forward) and "bond_or_substitution" not in named:
        named += ("bond_or_substitution",)
    other = OTHER_ALTERNATIVE.search(put_forward)
    if other is not None and OTHER_PUT_FORWARD.search(put_forward, 0, other.start()):
        named += ("other",)
    damaged_names = _damaged_names(put_forward, named)
    slot = _agreement_slot(put_forward) if CONSIDERED.search(text) or OTHER_PUT_FORWARD.search(text) else None
    if slot == "installment_agreement" and slot not in named and slot not in damaged_names:
        damaged_names += (slot,)
    named += damaged_names
    grounds = OFFER_GROUNDS.search(put_forward) is not None
    without_grounds = OFFER_GROUNDS.sub(lambda m: " " * len(m.group()), put_forward)
    damaged = [a for pattern, a in ALTERNATIVE_FRAGMENTS
               if pattern.search(without_grounds) and a not in named]
    if grounds and "offer_in_compromise" not in named:
        damaged.append("offer_in_compromise")
    unreadable = (bool(damaged or (not named and ALTERNATIVE_HINT.search(put_forward))) and bool(
        CONSIDERED.search(text))) or slot == "unreadable"
    weighed = ALTERNATIVE_TO_COLLECTION.search(put_forward)
    in_place = IN_PLACE_OF_COLLECTION.search(put_forward) is not None or (
        weighed is not None and NOT_PUT_FORWARD.search(put_forward, 0, weighed.start()) is None)
    unreadable = unreadable or (not named and (_stood_as_an_alternative(put_forward) or in_place))
    unnamed_offer = bool(BARE_OFFER.search(put_forward) and OFFER_WEIGHED.search(text))
    return AlternativesSaid(named=named, on_topic=bool(named or in_place or ALTERNATIVE_CONTEXT.search(text)),
                            unreadable=unreadable, unnamed_offer=unnamed_offer,
                            damaged_names=bool(damaged_names))


def _stood_as_an_alternative(text: str) -> bool:
    """Whether the sentence says something stood as an alternative (AS_AN_ALTERNATIVE), not that nothing
    was put forward as one ("you did not propose anything as a collection alternative")."""
    found = AS_AN_ALTERNATIVE.search(text)
    return found is not None and NOT_PUT_FORWARD.search(text, 0, found.start()) is None


def _damaged_names(text: str, named: tuple[CollectionAlternative, ...]) -> tuple[CollectionAlternative, ...]:
    """The alternatives not named whole that the sentence names in damaged words, where it says one was put
    forward or considered (before the name, for an alternative the table has no name for)."""
    if not (CONSIDERED.search(text) or OTHER_PUT_FORWARD.search(text) or ALTERNATIVE_CONTEXT.search(text)):
        return ()
    found: list[CollectionAlternative] = []
    for pattern, alternative in DAMAGED_NAMES:
        match = pattern.search(text)
        if match is None or alternative in named or alternative in found:
            continue
        if alternative == "other" and not OTHER_PUT_FORWARD.search(text, 0, match.start()):
            continue
        found.append(alternative)
    return tuple(found)


def without_alternatives_not_put_forward(text: str) -> str:
    """The sentence with each alternative it says the person did not put forward blanked out, and each
    option of a form left with its box unchecked."""
    text = UNCHECKED_OPTION.sub(lambda m: " " * len(m.group()), text)
    blanked = list(text)
    for pattern in ALTERNATIVE_MENTIONS:
        for match in pattern.finditer(text):
            before, after = text[:match.start()], text[match.end():]
            if (NOT_PUT_FORWARD_BEFORE.search(before) or NOT_PUT_FORWARD_AFTER.match(after)
                    or (NONE_BEFORE.search(before) and PUT_FORWARD_AFTER.match(after))):
                blanked[match.start():match.end()] = " " * (match.end() - match.start())
    return "".join(blanked)


# An enclosed form's option whose box is left empty, up to the next box: "Collection alternatives: [ ]
# Installment Agreement [ ] Offer in Compromise ... [X] Other" names only the option checked (apart 9074
# 0088: all three read as considered, confidently wrong).
UNCHECKED_OPTION = re.compile(r"(?:\[\s?_?\s?\]|☐)[^\[☐☑☒]*")

TABLE_ORDER: tuple[CollectionAlternative, ...] = (
    "installment_agreement", "offer_in_compromise", "currently_not_collectible", "bond_or_substitution",
    "other")


def in_table_order(alternatives: list[CollectionAlternative]) -> tuple[CollectionAlternative, ...]:
    """The alternatives found, in the order of the table."""
    return tuple(a for a in TABLE_ORDER if a in alternatives)
