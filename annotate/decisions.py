"""What Appeals decided, in plain words, from the determinations the parser found."""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType

from annotate.messages import Messages
from parser.core.model import CollectionDetermination, InnocentSpouseDetermination
from rules.model import Assessment

# Which decisions each letter type announces (domain brief), so a missing one is said out loud.
EXPECTED_PARTS: Mapping[str, frozenset[str]] = MappingProxyType({
    "4390": frozenset({"collection", "innocent_spouse"}),
    "3193": frozenset({"collection"}),
    "3210": frozenset({"collection"}),
    "4439": frozenset({"collection", "innocent_spouse"}),
    "3288": frozenset({"innocent_spouse"}),
    "3279": frozenset({"innocent_spouse"}),
    "other": frozenset(),
})


def decision_paragraphs(assessment: Assessment, msgs: Messages) -> tuple[str, ...]:
    """One short paragraph per decision the letter announces (or should announce)."""
    facts = assessment.facts
    expected = EXPECTED_PARTS.get(facts.letter_type.value, frozenset())
    review = {name.rsplit(".", 1)[-1] for name in assessment.needs_review}
    paragraphs: list[str] = []
    if facts.collection is not None:
        sentences = collection_sentences(facts.collection, msgs)
        if "collection" in review:
            sentences.append(msgs("decided.check"))
        paragraphs.append(" ".join(sentences))
    elif "collection" in expected:
        paragraphs.append(msgs("decided.collection.missing"))
    if facts.innocent_spouse is not None:
        sentences = innocent_spouse_sentences(facts.innocent_spouse, msgs)
        if "innocent_spouse" in review:
            sentences.append(msgs("decided.check"))
        paragraphs.append(" ".join(sentences))
    elif "innocent_spouse" in expected:
        paragraphs.append(msgs("decided.innocent_spouse.missing"))
    return tuple(paragraphs)


def collection_sentences(det: CollectionDetermination, msgs: Messages) -> list[str]:
    actions = det.actions or ("action",)
    sentences = [msgs(f"decided.{action}.{det.outcome}") for action in actions]
    sentences += [msgs(f"decided.{action}.meaning") for action in det.actions]
    if det.alternatives:
        items = [msgs(f"alternative.{alt}") for alt in det.alternatives]
        sentences.append(msgs("decided.alternatives", items=msgs.join(items)))
    return sentences


def innocent_spouse_sentences(det: InnocentSpouseDetermination, msgs: Messages) -> list[str]:
    return [msgs(f"decided.innocent_spouse.{det.outcome}"), msgs("decided.innocent_spouse.meaning")]
