"""Decisions read by coverage: every sentence that may decide something must be accounted for.

A sentence that names what a determination is about (a lien or levy, a relief section, a tax year, a dollar
amount, a liability that remains) with a word that decides ("sustain", "release", "grant", "necessary") is
accounted for when the reading used it, or when it plainly decides nothing: a condition, the law told, the
request or the hearing's history, the petition's rights. Any other such sentence may hold a decision the
phrase tables do not know ("collection of the tax by levy was no longer required"): its part is checked
rather than read confidently without it.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence
from dataclasses import dataclass
from typing import Literal

from parser.core.notes import Note, note
from parser.facts.dates import YEAR
from parser.facts.decisions.relief_limits import REMAINING_LIABILITY
from parser.facts.identifiers import mask_tins

Part = Literal["collection", "innocent_spouse"]
SentenceKey = tuple[int, int, int]  # (page, start, end) of a sentence in its page text

# What a determination is about, by part (None: either part, by the other words of the sentence).
TOPICS: tuple[tuple[str, re.Pattern[str], Part | None], ...] = (
    ("lien_or_levy", re.compile(r"\bliens?\b|\bnftls?\b|\blev(?:y|ies|ied)\b"), "collection"),
    # A collection action whose lien or levy word the scan lost ("the Proposed [levy] action was proper"):
    # its outcome must not pass as no decision (apart seed 9015, 0070: "levy" read "ivy" on a line apart).
    # Not "collection action(s)" alone: every letter's title names them ("Concerning Collection Action(s)").
    ("collection_action", re.compile(
        r"\b(?:proposed|intended|enforced?|planned)\s+(?:\S+\s+)?action\b(?!\(s\))"),
     "collection"),
    ("relief_section", re.compile(r"\b6015\s?\(\s?[bcf]|\b66\s?\(\s?c\b"), "innocent_spouse"),
    ("remaining_liability", REMAINING_LIABILITY, "innocent_spouse"),
    ("tax_year", re.compile(rf"\b{YEAR}\b"), None),
    ("dollar_amount", re.compile(r"\$\s?[0-9]"), None),
)
# Words that decide a lien, a levy or a request for relief.
DECIDING = re.compile(
    r"\b(?:sustain|withdr[ae]w|releas|rescind|uph[eo]ld|proceed(?!s\b)|affirm|grant|allow|approv|award|den(?:y|ie)|"
    r"reject|disallow|qualif|entitl|eligib|reliev|allocat|abate|necessary|appropriate|warranted|subordinat|"
    r"discharg|abeyance|reduc)\w*|"
    r"\b(?:remain|stay)(?:s|ed)? (?:liable|responsible|in (?:place|effect|force))\b|\bwill (?:remain|stay)\b|"
    r"\bno longer\b|\bnot (?:go|move) forward\b|\breturn\w* (?:\w+ ){0,3}to (?:the )?collection\b"
)
# Which part a sentence with only a year or an amount belongs to.
PART_WORDS: tuple[tuple[re.Pattern[str], Part], ...] = (
    (re.compile(r"\b(?:collection|enforce\w*|seiz\w*|garnish\w*)\b"), "collection"),
    (re.compile(r"\brelie[fv]|\b6015\b|\bjoint and several\b|\binnocent spouse\b|\ballocat"),
     "innocent_spouse"),
)
# Sentences that decide nothing though they name a topic with a deciding word.
DECIDES_NOTHING: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("a condition or a possibility", re.compile(
        r"\b(?:if|unless|whether|may|might|could|can|would)\b")),
    ("the petition and the court", re.compile(r"\btax court\b|\bpetition\b|\bjudicial review\b|\bcourt\b")),
    ("the request and the hearing's history", re.compile(
        r"\byou (?:\w+ )?(?:asked|requested|filed|submitted|sent|applied|raised|claimed|sought|disagreed|"
        r"argued|stated|said|told|wrote|provided|received|signed|withdrew|elected|did not)\b|"
        r"\b(?:we|appeals|the irs|the service|collection) (?:\w+ )?(?:received|sent|mailed|issued|scheduled|"
        r"held|asked|offered|explained)\b|"
        r"\b(?:requested|received|filed|mailed|issued|dated|scheduled|held) on\b|\belected to\b|"
        r"\byou were (?:divorced|separated|married|widowed)\b|"
        r"\bpreliminary (?:determination|letter|decision)|\bform (?:12153|8857|433)")),
    ("the law told", re.compile(
        r"\b(?:section|sec\.|§|irc|code|law|statute|regulations?)\b[^.;]{0,60}?\b(?:allows?|permits?|"
        r"provides?|requires?|gives?|offers?|lets?|authorizes?|says|states)\b|"
        r"\bbalanc\w*\b[^.;]{0,120}?\bintrusive\b|\bno more intrusive than necessary\b|"
        r"\b(?:requirements of (?:any )?applicable law|administrative procedures?)\b|"
        r"\bexplain(?:s|ed)?\b|\bpublication\b")),
    ("the hearing's checks", re.compile(
        r"\bproperly (?:assessed|issued|mailed|sent|filed)\b|\bnotice and demand\b|"
        r"\bverif(?:y|ied|ication)\b")),
    # A collection alternative weighed, with no lien or levy named: the alternatives' reading has it.
    ("a collection alternative weighed", re.compile(
        r"^(?!.*\b(?:liens?|nftls?|lev(?:y|ies))\b).*\b(?:offer|instal\w*|payment plan|compromise|"
        r"collectible|collection potential|financial (?:statement|information))\b")),
    # A heading ("Release of the lien"): a few words and no verb of a sentence.
    ("a heading", re.compile(
        r"^(?!.*\b(?:is|are|was|were|will|shall|has|have|had|be|been|may|can|do|does|did)\b)"
        r"\W*(?:\S+\s+){0,5}\S+\W*$")),
    ("a release once paid", re.compile(
        r"\b(?:when|once|after|upon|until)\b[^.;]{0,60}?\b(?:pay|paid|payment|satisf|full)")),
)


@dataclass(frozen=True)
class Unread:
    """A sentence that may decide something in a part, yet the reading accounts for it nowhere."""

    part: Part
    topic: str
    text: str


def part_of(text: str, topic_part: Part | None) -> Part | None:
    """The part a sentence speaks of: its topic's, or else the one its other words name."""
    if topic_part is not None:
        return topic_part
    return next((part for pattern, part in PART_WORDS if pattern.search(text)), None)


def unread_sentences(sentences: Sequence[tuple[SentenceKey, str]], used: Collection[SentenceKey]
                     ) -> list[Unread]:
    """The sentences that name a topic of a part with a deciding word, used by no reading and deciding
    nothing plainly."""
    unread: list[Unread] = []
    for key, text in sentences:
        if key in used or not DECIDING.search(text):
            continue
        if any(pattern.search(text) for _, pattern in DECIDES_NOTHING):
            continue
        for topic, pattern, topic_part in TOPICS:
            part = part_of(text, topic_part) if pattern.search(text) else None
            if part is not None:
                unread.append(Unread(part=part, topic=topic, text=text))
                break
    return unread


def reason(unread: Unread) -> Note:
    """Why the part is checked: the sentence that may decide it, shortened (taxpayer ID numbers masked)."""
    words = mask_tins(unread.text).split()
    shown = " ".join(words[:12]) + (" ..." if len(words) > 12 else "")
    return note("decision.unread_sentence", topic=note(f"topic.{unread.topic}"), sentence=shown)
