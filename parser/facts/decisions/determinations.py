"""What the letter decided: the collection part (actions, outcome, alternatives) and the innocent spouse part.

Phrase tables, read sentence by sentence. A sentence that states an outcome ("is sustained", "will be
withdrawn", "is denied") is a determination sentence; the actions it names (lien, levy) get that outcome.
Negative phrases are matched first and their words are not matched again, so "not sustained" never also
counts as "sustained". Sections and alternatives are read from the letter's running text; an alternative
the person did not put forward ("You did not propose an installment agreement") is none Appeals considered.
Relief granted in full for some tax years and denied for others is partial relief, and so is relief granted
with a limit ("of $16,912", "you remain liable for the remaining balance"); a lien or levy sustained only for
some years or held back for some time is partly sustained and checked.

Decisions are read by coverage: a sentence that names a lien or levy, a relief section, a tax year, an
amount or a remaining liability with a deciding word must be used by a reading or plainly decide nothing;
any other one checks its part (decision_coverage.py), so a decision in words no table knows is never
dropped from a confident reading.

This module walks the sentences and weighs what they say; the tables and readings live beside it:
outcome_phrases.py (the matcher), collection_outcomes.py, collection_alternatives.py, spouse_outcomes.py,
relief_sections.py, relief_limits.py, decided_years.py, decision_coverage.py and determination_ocr.py (OCR
damage read back or flagged).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from dataclasses import dataclass, field

from parser.core.model import (
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
from parser.core.notes import Note, note
from parser.facts.confidence import ocr_factor
from parser.facts.decisions.collection_alternatives import alternatives_said, in_table_order
from parser.facts.decisions.collection_outcomes import (
    ACTIONS,
    COLLECTION_ACTION,
    COLLECTION_OUTCOMES,
    DETERMINED_THAT,
    ENDS_ON_ACTION,
    FOR_COLLECTION_ACTION,
    ONCE_PAID,
    PARTS_OF_PARTIAL,
    REFERS_BACK,
    RELEASE_WORDS,
    RETURNED_TO_COLLECTION,
    SPOUSE_CLAUSE,
    STAY_WORDS,
    SUSTAIN,
    UNTIL_THEN,
    actions_in,
    attributed,
    damaged_it,
    limits_on_sustained,
    one_sentence_outcome,
    overall,
)
from parser.facts.decisions.decided_years import clause_years, decided_years, years_apart
from parser.facts.decisions.decision_coverage import Part, SentenceKey, reason, unread_sentences
from parser.facts.decisions.determination_ocr import (
    decided_in_part,
    garbled_decision,
    garbled_qualifier,
    rule_marks_blanked,
    split_words_joined,
    with_levy_repaired,
    with_lien_repaired,
    with_not_repaired,
    with_verb_repaired,
)
from parser.facts.decisions.outcome_phrases import find_outcomes
from parser.facts.decisions.phrases import Hit, contractions_expanded, open_word_specks_removed, sentences
from parser.facts.decisions.relief_limits import Limit, grant_limits, remaining_liability
from parser.facts.decisions.relief_sections import SECTION_ORDER, cited_sections
from parser.facts.decisions.spouse_outcomes import (
    COLLECTION_WORDS,
    CONDITIONAL,
    CONTEXT_SENTENCES,
    EARLIER_DETERMINATION,
    LAW_DESCRIBED,
    SPOUSE_CONTEXT,
    SPOUSE_DENIAL_UPHELD,
    SPOUSE_OUTCOMES,
    UNREAD_SPOUSE_DECISION,
    garbled_grant,
    unread_clauses,
)
from parser.reading.lines import PageText

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

    @property
    def key(self) -> SentenceKey:
        return (self.page.page, self.start, self.end)

    def hit(self, start: int, end: int) -> Hit:
        return Hit(page=self.page, start=self.start + start, end=self.start + end, groups={})


def all_sentences(texts: Sequence[PageText]) -> list[Sentence]:
    return [Sentence(t, s, e) for t in texts for s, e in sentences(t)]


@dataclass
class _Found:
    """What the sentences of one part said, with the words they were read from."""

    evidence: list[Evidence] = field(default_factory=list)
    words: list[Word] = field(default_factory=list)
    reasons: list[Note] = field(default_factory=list)
    # Reasons a sentence's own damage gives ("riot" read as "not"), counted only once the sentence is used:
    # a damaged "not" in the collection part is no reason to check the innocent spouse part.
    pending: dict[int, list[Note]] = field(default_factory=dict)
    used: set[SentenceKey] = field(default_factory=set)  # the sentences the reading accounts for

    def repaired(self, sentence: Sentence) -> str:
        """The sentence's text with a damaged "not" read back, split words joined and contractions written
        out."""
        reasons: list[Note] = []
        # (a line break inside a sentence, where the reading broke it after an open word, is a space)
        text = split_words_joined(rule_marks_blanked(contractions_expanded(sentence.text.replace("\n", " "))))
        text = open_word_specks_removed(text)  # "meet the. requirements": a speck the sentence went on past
        text = with_not_repaired(text, reasons)
        text = with_verb_repaired(with_lien_repaired(with_levy_repaired(text, reasons), reasons), reasons)
        if reasons:
            self.pending[id(sentence)] = reasons
        return text

    def add(self, sentence: Sentence) -> None:
        self.reasons.extend(self.pending.pop(id(sentence), []))
        self.used.add(sentence.key)
        hit = sentence.hit(0, len(sentence.text))
        if hit.words:
            self.evidence.append(hit.evidence())
            # Specks read as punctuation carry no meaning; every word and number does.
            self.words.extend(w for w in hit.words if any(ch.isalnum() for ch in w.text))

    def confidence(self) -> float:
        """Clear phrasing read well: CLEAR times the OCR factor of the sentences; CONFLICT when in doubt."""
        ocr = ocr_factor(self.words)
        if ocr < OCR_DOUBT:
            self.reasons.append(note("decision.hard_to_read"))
        base = CLEAR if not self.reasons else CONFLICT
        return round(base * ocr, 3)


def collection(texts: Sequence[PageText]) -> tuple[CollectionDetermination | None, tuple[Note, ...]]:
    """The collection determination, with the reasons to review it (empty when clear)."""
    determination, found = _read_collection(texts)
    if determination is None:
        return None, ()
    _check_coverage(texts, "collection", found, _read_spouse(texts)[1])
    return dataclasses.replace(determination, confidence=found.confidence()), tuple(found.reasons)


def innocent_spouse(texts: Sequence[PageText]) -> tuple[InnocentSpouseDetermination | None, tuple[Note, ...]]:
    """The innocent spouse determination, with the reasons to review it (empty when clear)."""
    determination, found = _read_spouse(texts)
    if determination is None:
        return None, ()
    _check_coverage(texts, "innocent_spouse", found, _read_collection(texts)[1])
    return dataclasses.replace(determination, confidence=found.confidence()), tuple(found.reasons)


def _check_coverage(texts: Sequence[PageText], part: Part, found: _Found, other: _Found) -> None:
    """A reason for each sentence that may decide something in the part and that neither reading used."""
    sentences = [(s.key, contractions_expanded(s.text)) for s in all_sentences(texts)]
    for unread in unread_sentences(sentences, found.used | other.used):
        if unread.part == part:
            found.reasons.append(reason(unread))


def _read_collection(texts: Sequence[PageText]) -> tuple[CollectionDetermination | None, _Found]:
    """The collection part as read, its confidence still to be weighed, and what was found for it."""
    by_action: dict[CollectionAction, set[CollectionOutcome]] = {}
    unattributed: set[CollectionOutcome] = set()
    # Outcomes said with no action beside them, as in the rows of a table per tax period ("2019  Sustained
    # Sustained"): what they were said of is not known (the part is flagged), but when they differ from what
    # is said of the actions, the part cannot be read as all sustained or all not.
    unplaced: set[CollectionOutcome] = set()
    found = _Found()
    alternatives: list[CollectionAlternative] = []
    returned_for_action = False
    unnamed_offer = False
    # The actions the sentence before named without deciding them ("We reviewed the lien filing."), for a
    # decision that only refers back to them ("It is sustained in part: ...").
    antecedent: tuple[Sentence, list[CollectionAction]] | None = None
    for sentence in all_sentences(texts):
        text = found.repaired(sentence)
        outcomes = find_outcomes(text, COLLECTION_OUTCOMES)
        if RETURNED_TO_COLLECTION.search(text):
            found.used.add(sentence.key)  # what happens next: read, and no decision unless nothing else is
            returned_for_action = returned_for_action or bool(FOR_COLLECTION_ACTION.search(text))
        if ONCE_PAID.search(text):
            # "We will release the lien within 30 days after you pay": the law's release on payment, no
            # decision of the hearing.
            outcomes = [o for o in outcomes if not RELEASE_WORDS.search(text[o[1]:o[2]])]
        waits = [m.end() for pattern in (ONCE_PAID, UNTIL_THEN) for m in pattern.finditer(text)]
        outcomes = [o for o in outcomes
                    if not (STAY_WORDS.search(text[o[1]:o[2]]) and any(end <= o[1] for end in waits))]
        actions = actions_in(text)
        if not outcomes and (in_part := decided_in_part(text)) is not None and (actions or antecedent):
            outcomes = [("partially_sustained", in_part.start(), in_part.end())]
            found.reasons.append(note("decision.action_unread"))
        referred = antecedent if outcomes and not actions and _refers_back(text, antecedent, found) else None
        antecedent = (sentence, actions) if actions and not outcomes else None
        if referred is not None:
            earlier, actions = referred
            found.add(earlier)
            limited = limits_on_sustained(text, outcomes, actions)
            for action in actions:
                said = one_sentence_outcome(o for o, _, _ in outcomes)
                by_action.setdefault(action, set()).update(_limited(action, said, limited, found))
            found.add(sentence)
            if garbled_qualifier(text):
                found.reasons.append(note("decision.action_unread"))
        elif outcomes and actions:
            limited = limits_on_sustained(text, outcomes)
            said_of = attributed(text, outcomes)
            for action, said in said_of.items():
                by_action.setdefault(action, set()).update(
                    _limited(action, one_sentence_outcome(said), limited, found))
            found.add(sentence)
            if garbled_qualifier(text):
                found.reasons.append(note("decision.action_unread"))
            # Coverage: an action the sentence names in a clause of its own that no outcome is said of (its
            # deciding words lost to the scan) is no action decided as the others are.
            if any(action not in said_of for action in actions):
                found.reasons.append(note("decision.action_undecided"))
        elif outcomes and COLLECTION_ACTION.search(text):
            unattributed.update(o for o, _, _ in outcomes)
            found.add(sentence)
        elif outcomes and SUSTAIN.search(text) and not SPOUSE_DENIAL_UPHELD.search(text):
            # (a denial of relief "is sustained" speaks of the innocent spouse part)
            unplaced.update(o for o, _, _ in outcomes)
            found.add(sentence)
            found.reasons.append(note("decision.sustain_unread"))
        elif (outcomes and DETERMINED_THAT.search(text) and not SPOUSE_CLAUSE.search(text)
              and not RETURNED_TO_COLLECTION.search(text)):
            unplaced.update(o for o, _, _ in outcomes)
            found.add(sentence)
            found.reasons.append(note("decision.action_unread"))
        elif not outcomes and actions and garbled_decision(text):
            found.add(sentence)
            found.reasons.append(note("decision.action_unread"))
        said_of_alternatives = alternatives_said(text)
        if said_of_alternatives.on_topic:
            found.add(sentence)  # its OCR quality counts: a damaged alternative may hide in it
        unnamed_offer = unnamed_offer or said_of_alternatives.unnamed_offer
        if said_of_alternatives.unreadable:
            found.reasons.append(note("decision.alternative_unread"))
        if said_of_alternatives.damaged_names:
            found.reasons.append(note("decision.alternative_damaged"))
        alternatives.extend(a for a in said_of_alternatives.named if a not in alternatives)
    if not by_action and not unattributed and returned_for_action:
        unattributed.add("sustained")  # "we will return your case to Collection for collection action"
        found.reasons.append(note("decision.returned_to_collection"))
    if not by_action and not unattributed:
        return None, found
    per_action: dict[CollectionAction, CollectionOutcome] = {}
    for action, said in by_action.items():
        if len(said) == 1:
            per_action[action] = next(iter(said))
        else:
            # Sustained for some periods and not for others reads as partly sustained; still checked.
            per_action[action] = "partially_sustained" if said <= PARTS_OF_PARTIAL else "unknown"
            found.reasons.append(note("decision.action_differs", action=note(f"action.{action}")))
    outcome = overall(set(per_action.values()) | unattributed | unplaced)
    if outcome == "unknown" and not found.reasons:
        found.reasons.append(note("decision.outcome_unread"))
    actions_found = tuple(a for _, a in ACTIONS if a in per_action)
    if not actions_found:
        found.reasons.append(note("decision.no_action"))
    if unnamed_offer and "offer_in_compromise" not in alternatives:
        found.reasons.append(note("decision.unnamed_offer"))
    ordered = in_table_order(alternatives)
    determination = CollectionDetermination(actions=actions_found, outcome=outcome, alternatives=ordered,
                                            confidence=0.0, evidence=tuple(found.evidence))
    return determination, found


def _refers_back(text: str, antecedent: tuple[Sentence, list[CollectionAction]] | None,
                 found: _Found) -> bool:
    """Whether a decision naming no action is said of the actions the sentence before named: it opens with
    "It" or "This", or with an "It" the scan damaged, or the sentence before broke off on its action (both
    of these flagged)."""
    if REFERS_BACK.match(text):
        return True
    if antecedent is None or not (damaged_it(text) or ENDS_ON_ACTION.search(antecedent[0].text)):
        return False
    found.reasons.append(note("decision.action_unread"))
    return True


def _limited(action: CollectionAction, said: set[CollectionOutcome],
             limited: dict[CollectionAction, list[str]], found: _Found) -> set[CollectionOutcome]:
    """What one sentence says of an action, sustained only for some years, some balances or after some
    time: sustained in part, and checked."""
    if action not in limited or "sustained" not in said:
        return said
    found.reasons.append(note("decision.sustained_limited", action=note(f"action.{action}"),
                              limits=tuple(note(f"limit.{n}") for n in limited[action])))
    return (said - {"sustained"}) | {"partially_sustained"}


def _read_spouse(texts: Sequence[PageText]) -> tuple[InnocentSpouseDetermination | None, _Found]:
    """The innocent spouse part as read, its confidence still to be weighed, and what was found for it."""
    outcomes: set[InnocentSpouseOutcome] = set()
    found = _Found()
    sections: set[InnocentSpouseSection] = set()
    # The sentences just before, while they stay on the innocent spouse part ("You asked for relief under
    # 6015(b) and (c) ... You knew about the income. Your request is denied."): a decision that names no
    # section or relief of its own belongs to them.
    recent: list[Sentence] = []
    run: list[Sentence] = []  # every sentence since the part's sentences began, for what `recent` misses
    # The years each granting or denying sentence decides (empty when it names none, nor do those before it).
    years_of: dict[InnocentSpouseOutcome, list[frozenset[str]]] = {}
    # Limits said on relief granted ("of $16,912", "you remain liable for the remaining balance"): full
    # relief with one is partial relief, or checked.
    limits: list[Limit] = []
    granted = False
    for sentence in all_sentences(texts):
        text = found.repaired(sentence)
        on_topic = SPOUSE_CONTEXT.search(text) or (recent and not COLLECTION_WORDS.search(text))
        if not on_topic or EARLIER_DETERMINATION.search(text) or LAW_DESCRIBED.search(text):
            recent = []
            run = []
            continue
        recent = [*recent[-(CONTEXT_SENTENCES - 1):], sentence]
        run.append(sentence)
        said = find_outcomes(text, SPOUSE_OUTCOMES)
        if not said and not CONDITIONAL.search(text) and (grant := garbled_grant(text, 0, len(text))):
            found.reasons.append(note("decision.relief_clause_unread"))  # "we grant you (ull relief"
            said = [("full_relief", grant.start(), grant.end())]
        if not said and outcomes and not COLLECTION_WORDS.search(text) and not CONDITIONAL.search(text):
            # "Your request is granted. You remain liable for $1,000 of the 2019 tax." The liability that
            # stays limits a grant before it; after a denial it only says the denial again.
            remaining = remaining_liability(text)
            if remaining is not None:
                if granted:
                    limits.append(remaining)
                found.add(sentence)
                continue
        if not said:
            if (UNREAD_SPOUSE_DECISION.search(text) and not CONDITIONAL.search(text)
                    and (cited := cited_sections(text)[0])):
                found.reasons.append(note("decision.section_sentence_unread"))
                found.used.add(sentence.key)  # flagged already: accounted for
                if outcomes and not sections:
                    # "... is denied." / "[you do] not meet the requirements of irc § 6015(b), ...": a
                    # decision naming no section, then its sections in a sentence whose deciding words the
                    # scan lost
                    sections.update(cited)
            continue
        if any(o == "partial_relief" for o, _, _ in said):
            # "We approved your request for relief in part": the grant is the partial one.
            said = [hit for hit in said if hit[0] != "full_relief"]
        for start, end in unread_clauses(text, [at for _, at, _ in said]):
            found.reasons.append(note("decision.relief_clause_unread"))
            if (grant := garbled_grant(text, start, end)) is not None:
                said.append(("full_relief", grant.start(), grant.end()))
        outcomes.update(o for o, _, _ in said)
        if any(o == "full_relief" for o, _, _ in said):
            granted = True
            limits.extend(grant_limits(text))
        years = next((y for earlier in reversed(recent) if (y := decided_years(earlier.text))), frozenset())
        for said_outcome, start, _ in said:
            # "relieved of the liability for 202012; for 202112 no relief is allowed": each clause its years
            years_of.setdefault(said_outcome, []).append(clause_years(text, start) or years)
        found.add(sentence)
        cited, damaged = cited_sections(text)
        if not cited:
            for earlier in recent[:-1]:
                borrowed, borrowed_damaged = cited_sections(earlier.text)
                if borrowed:
                    cited |= borrowed
                    damaged = damaged or borrowed_damaged  # a section read from damage is checked
                    found.add(earlier)
            # "You asked for relief under 6015(b) and (f)" further back than that, and decided by no sentence
            # of its own: may be decided by this one too.
            further = {s for earlier in run[:-len(recent)] for s in cited_sections(earlier.text)[0]}
            further -= cited | sections
            if cited and further:
                found.reasons.append(note("decision.earlier_sections",
                                          sections=tuple(s for s in SECTION_ORDER if s in further)))
        sections.update(cited)
        if damaged:
            found.reasons.append(note("decision.section_unread"))
    if not outcomes:
        return None, found
    if len(outcomes) == 1:
        outcome = next(iter(outcomes))
    elif "partial_relief" in outcomes:
        outcome = "partial_relief"  # "granted in part ... the rest is denied" is partial relief
        # "allowed in part: relieved for 2015; for 2016 no relief": full for some years, denied for the
        # others, is the part; full relief the years do not tell apart from a denial is a conflict.
        if "full_relief" in outcomes and not (
                "denied" in outcomes and years_apart(years_of["full_relief"], years_of["denied"])):
            found.reasons.append(note("decision.full_and_partial"))
    elif outcomes == {"full_relief", "denied"} and years_apart(years_of["full_relief"], years_of["denied"]):
        # "For 2021, we grant you full relief ... For 2022, we cannot grant relief."
        outcome = "partial_relief"
    else:
        outcome = "unknown"
        found.reasons.append(note("decision.spouse_outcomes_differ"))
    if outcome == "full_relief" and limits:
        if any(limit.kind == "partial" for limit in limits):
            outcome = "partial_relief"  # relief "of $16,912", "for 2019 but not 2020": no full relief
        else:
            names = tuple(note(f"limit.{name}") for name in dict.fromkeys(limit.name for limit in limits))
            found.reasons.append(note("decision.relief_limited", limits=names))
    if not sections:
        found.reasons.append(note("decision.no_section"))
    ordered = tuple(s for s in SECTION_ORDER if s in sections)
    return InnocentSpouseDetermination(outcome=outcome, sections=ordered, confidence=0.0,
                                       evidence=tuple(found.evidence)), found
