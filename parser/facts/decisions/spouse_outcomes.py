"""The innocent spouse part's phrases: the outcome a sentence states, and the sentences that are on the part.

Outcomes are read in order, denial, then partial relief, then full relief, so "not granted" is never also
a grant.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from parser.core.model import InnocentSpouseOutcome
from parser.facts.dates import YEAR
from parser.facts.decisions.decided_years import CLAUSE_CUT, decided_years
from parser.facts.decisions.phrases import clause_spans

# A relief section cited, and a verdict given beside it as in a summary box or a list: "IRC 6015(b)  Denied",
# "Separation of liability, IRC Section 6015(c): granted."
_CITED_SECTION = r"(?:6015\s?\(\s?[bcf]\s?\)|66\s?\(\s?c\s?\))"
_BESIDE = r"\s?[:\-–—]?\s"
# What may stand between "relief" and what is said of it, inside one clause and off the collection part.
_OF_RELIEF = r"(?:(?!,\s(?:and|so|but|while|because)\b|\b(?:liens?|lev(?:y|ies)|collection)\b)[^.;]){0,80}?"

# A denial upheld: "we are sustaining the denial of your claim", "the denial of equitable relief under sec.
# 6015(f), I.R.C., is sustained" (Magee v. Commissioner, T.C. Memo. 2005-263). Its "sustained" decides no
# lien or levy. (Sentences are split already, so a period inside one is an abbreviation's.)
DENIAL_UPHELD = (r"\b(?:sustain|uph[eo]ld|affirm)\w* (?:the |its |our |a )?(?:\w+ )?"
                 r"(?:denial|disallowance)\b|"
                 r"\b(?:denial|disallowance) of\b[^;]{0,80}?\b(?:is|was|has been|will be) (?:hereby )?"
                 r"(?:sustained|upheld|affirmed)\b")
# Outcome phrases of the innocent spouse part, in order: denial, then partial relief, then full relief.
SPOUSE_OUTCOMES: tuple[tuple[re.Pattern[str], InnocentSpouseOutcome], ...] = (
    (re.compile(r"\b(?:do|does|did) not qualify\b|"
                r"\bnot (?:entitled|eligible) (?:to|for) (?:any |equitable |innocent spouse |the requested |"
                r"such )?relief\b|\bnot (?:entitled|eligible) (?:to|for) the relief (?:you )?requested\b|"
                r"\b(?:is|are|was|were|been|be) denied\b|"
                # "denied you relief", "denies the requesting spouse's request", "has denied Barbara relief"
                r"\bden(?:y|ies|ied|ying) "
                r"(?:the (?:taxpayer|requesting spouse)(?:['’]s)? |[a-z]+(?:['’]s)? )?"
                r"(?:any )?(?:request|claim|relief)|"
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
                + DENIAL_UPHELD + r"|"
                r"\breject(?:s|ed)? (?:your|the) (?:request|claim)|"
                r"(?<!partially )\bdisallow(?:s|ed)?\b(?! in part)"),
     "denied"),
    (re.compile(r"\bpartial (?:\w+ ){0,2}relief\b|\brelief in part\b|\bgranted in part\b|"
                r"\bpartially (?:granted|allowed)\b|\ballowed in part\b|\bpartial allowance\b|"
                r"\brelieved of \$|\brelief of \$[0-9,]+|\b(?:request|claim) in part\b|"
                # relieved of the additions to the tax only: "relieved of the penalty and interest for 2021"
                r"\b(?:relieved of|relief from) (?:the |any )?"
                r"(?:penalt(?:y|ies)|interest|additions? to (?:the )?tax)"
                r"(?: and (?:the )?(?:penalt(?:y|ies)|interest))?\b(?! and (?:the )?tax)|"
                r"\brelief\b[^.;]{0,80}?\bfor \$[0-9,]+ of\b|"
                r"\b(?:approve[sd]?|grant(?:s|ed)?|allow(?:s|ed)?)\b[^.;]{0,80}?\bin part\b|"
                r"\bfor (?:a )?(?:part|portion) of the "
                r"(?:understatement|deficiency|liability|balance|tax)\b|"
                # "entitled to relief under IRC 6015(b) for tax year 2021 but not for 2022"
                r"\b(?:entitled to|eligible for|qualify for|grant\w*|allow\w*|approve\w*)\b[^.;]{0,80}?"
                rf"\bfor (?:the )?(?:tax )?(?:years? )?{YEAR}\b[^.;]{{0,40}}?,? but not "
                rf"(?:for )?(?:the )?(?:tax )?(?:years? )?{YEAR}\b"),
     "partial_relief"),
    (re.compile(r"\bfull relief\b|\b(?:granted|allowed|approved) in full\b|"
                r"\b(?:relief|request|claim)\b[^.;]{0,80}?\b(?:is|was|has been) (?:hereby )?"
                r"(?:granted|allowed|approved)\b|"
                r"\b(?:approve[sd]?|grant(?:s|ed)?|allow(?:s|ed)?) (?:your|the) "
                r"(?:request|claim)\b|"
                r"\b(?:grant|award|allow|approve)(?:ed|s|d)? (?:you |her |him |petitioner |the taxpayer |"
                r"the requesting spouse )?(?:full |equitable |innocent spouse )?relief\b|"
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
SPOUSE_DENIAL_UPHELD = re.compile(DENIAL_UPHELD)
# A sentence belongs to the innocent spouse part when it speaks of relief, liability or its statutes.
SPOUSE_CONTEXT = re.compile(r"\brelie[fv]|\b6015\b|\b66\s?\(c\)|\bliab")
# Sentences on the innocent spouse part that name neither relief nor its sections still belong to it when
# they follow one that does (at most this many back), unless they speak of collection.
CONTEXT_SENTENCES = 3
COLLECTION_WORDS = re.compile(r"\b(?:lien|levy|levies|nftl|installment|compromise|collection|collectible)")
# A sentence telling of an earlier, preliminary determination (now appealed) decides nothing in this letter.
EARLIER_DETERMINATION = re.compile(r"\bpreliminary (?:determination|letter|decision)")
# Nor does one telling what the law offers, with a statute as its subject ("IRC Section 6015(f) allows
# equitable relief ... when ...", "a spouse ... may ask for relief ... in three ways").
LAW_DESCRIBED = re.compile(
    r"\b(?:section|sec\.|§|irc|code)\s?" + _CITED_SECTION
    + r",?\s(?:also\s)?(?:allows?|permits?|provides?|gives?|offers?|lets?|authorizes?)\b|"  # "s" lost to OCR
    r"\bmay (?:ask|request|apply) for relief\b[^.;]{0,60}?\bin (?:two|three|several|different) ways\b"
)
# A sentence that cites a relief section with a deciding word, yet states no outcome the table knows
# ("Appeals awards you equitable relief under 6015(f)"), may hide a decision: the part is flagged.
UNREAD_SPOUSE_DECISION = re.compile(
    r"\b(?:grant|allow|approv|award|den[iy]|qualif|entitle|eligib|reliev|meets?\b|satisf)\w*|"
    # "allocated the deficiency" decides; "6015(c) (allocation of liability)" only names the relief
    r"\ballocat(?:e|es|ed|ing)\b")
# ... unless it only explains a condition or what the person may do.
CONDITIONAL = re.compile(r"\b(?:if|unless|whether|may|might|could|can)\b")


# "under irc section 6015(c) you are relieved of the itabliity for 12/31/2021; for 12/31/2022 no relief is
# allowed": a sentence read as deciding relief, one clause of which grants it in words the scan garbled
# past the table ("liability" lost). Its decision is not dropped: a clause relieving the person "of the"
# something is read as a grant, and the part is checked either way.
DECIDES_RELIEF = re.compile(r"\b(?:grant|allow|approv|award|reliev|entitle|eligib|qualif|den[iy])\w*")
# ("we grant you (ull relief": the word between the grant and "relief" garbled, where "full" or "partial" may
# have stood; read as a grant, checked)
GARBLED_GRANT = re.compile(r"\b(?:are|is|were|be|been) relieved of (?:the|your|all) \S+|"
                           r"\b(?:grant|award|allow|approve)(?:s|ed|d)? (?:you |her |him )?"
                           r"\S*[^a-z\s]\S* relief\b")


def unread_clauses(text: str, said_at: Sequence[int]) -> list[tuple[int, int]]:
    """The clauses of a sentence that decide relief in words no outcome phrase read (`said_at`: where
    the phrases read stand): a deciding word, or years no clause read decides ("you are relieved of the
    tax for 2020; for 2021 your request is de ied": its denial garbled, 2021 would read as relieved)."""
    clauses = [(min(end, len(text)), start, end) for start, end in clause_spans(text, CLAUSE_CUT)]
    read = [(start, end) for _, start, end in clauses if any(start <= at < end for at in said_at)]
    years_read = frozenset().union(*(decided_years(text[start:end]) for start, end in read))
    unread: list[tuple[int, int]] = []
    for stop, start, end in clauses:
        if (start, end) in read or CONDITIONAL.search(text, start, stop):
            continue
        # (years beside a decision that names none, "the 2022 balance is tax that was reported but not paid,
        # so section 6015(b) does not apply", are the ones it decides)
        if DECIDES_RELIEF.search(text, start, stop) or (
                years_read and decided_years(text[start:stop]) - years_read):
            unread.append((start, stop))
    return unread


def garbled_grant(text: str, start: int, end: int) -> re.Match[str] | None:
    """A grant whose object the scan garbled, in the clause from `start` to `end`, if any."""
    return GARBLED_GRANT.search(text, start, end)
