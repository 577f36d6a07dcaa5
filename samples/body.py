"""The body of a letter as a list of paragraphs, assembled from the wording tables and the spec."""

from __future__ import annotations

import random
from dataclasses import dataclass

from samples import vocab, wording
from samples.formats import format_date
from samples.letter_spec import CollectionSpec, InnocentSpouseSpec, LetterSpec


@dataclass(frozen=True)
class Para:
    kind: str  # heading | text | signature | page_break
    text: str
    key: bool = False  # carries a determination or a petition sentence (must show on single-image scans)


def _sections(rng: random.Random, sections: tuple[str, ...]) -> str:
    """Cite sections: "IRC Section 6015(b) and IRC Section 6015(f)", or "IRC §§ 6015(b), (c) and (f)"."""
    if len(sections) > 1 and all(s.startswith("6015") for s in sections) and rng.random() < 0.3:
        subsections = [s[4:] for s in sections]
        return f"IRC §§ 6015{', '.join(subsections[:-1])} and {subsections[-1]}"
    style = rng.choice(wording.SECTION_STYLES)
    cited = [style.format(s=s) for s in sections]
    return cited[0] if len(cited) == 1 else ", ".join(cited[:-1]) + " and " + cited[-1]


def _collection_paras(rng: random.Random, collection: CollectionSpec) -> list[Para]:
    out = [
        Para(
            "heading",
            rng.choice(
                [
                    "Summary of Determination",
                    "Collection Determination",
                    "Appeals' Determination on Collection Action(s)",
                ]
            ),
            key=True,
        )
    ]
    sentences = [
        rng.choice(wording.COLLECTION_SENTENCES[(action, outcome)])
        for action, outcome in (("lien", collection.lien), ("levy", collection.levy))
        if outcome
    ]
    out.append(Para("text", " ".join(sentences), key=True))
    alternatives = [
        rng.choice(wording.ALTERNATIVE_SENTENCES[a]).replace("{amount}", f"{rng.randrange(50, 900):,}")
        for a in collection.alternatives
    ]
    if alternatives:
        out.append(Para("text", " ".join(alternatives), key=True))
    return out


def _spouse_paras(rng: random.Random, spouse: InnocentSpouseSpec) -> list[Para]:
    sentence = rng.choice(wording.INNOCENT_SPOUSE_SENTENCES[spouse.outcome])
    sentence = sentence.replace("{sections}", _sections(rng, spouse.sections))
    sentence = sentence.replace("{amount}", f"{spouse.relief_amount:,}")
    return [
        Para(
            "heading",
            rng.choice(
                ["Your Request for Relief from Joint and Several Liability", "Innocent Spouse Determination"]
            ),
            key=True,
        ),
        Para("text", sentence, key=True),
    ]


def _distractor_paras(spec: LetterSpec) -> list[Para]:
    style = spec.style.date_style
    d = spec.distractors
    out: list[str] = []
    if spec.collection is not None:
        out.append(
            f"We received your Form 12153, Request for a Collection Due Process or Equivalent Hearing, "
            f"on {format_date(d.cdp_request_received, style)}."
        )
    if spec.innocent_spouse is not None:
        out.append(
            f"You filed Form 8857, Request for Innocent Spouse Relief, on "
            f"{format_date(d.innocent_spouse_filed, style)}."
        )
    if spec.letter_type != "3279":  # not an Appeals letter: no hearing
        out.append(f"Your hearing was held by telephone on {format_date(d.hearing, style)}.")
    return [Para("text", " ".join(out))]


def _petition_paras(spec: LetterSpec) -> list[Para]:
    kind = spec.letter_type
    out: list[Para] = []
    if kind in ("4390", "3193", "4439", "3288", "3279"):
        out.append(Para("heading", "If you want to dispute this determination in court", key=True))
    if kind in ("4390", "3193"):
        out.append(Para("text", wording.COLLECTION_PETITION[spec.old_petition_wording], key=True))
    if kind in ("4439", "3210"):
        out.append(Para("text", wording.EQUIVALENT_HEARING_NO_REVIEW, key=True))
    if kind in ("4390", "4439", "3288", "3279"):
        out.append(Para("text", wording.INNOCENT_SPOUSE_PETITION[spec.old_petition_wording], key=True))
    if spec.printed_last_day is not None:
        out.append(
            Para(
                "text",
                "Last Day to File a Petition with the United States Tax Court: "
                + format_date(spec.printed_last_day, spec.style.date_style),
                key=True,
            )
        )
    if kind != "3210":
        out.append(
            Para(
                "text",
                wording.LATE_FILING_WARNING + ("" if spec.compact else " " + wording.TAX_COURT_ADDRESS),
            )
        )
    return out


def _attachment(rng: random.Random, spec: LetterSpec, page: int) -> list[Para]:
    style = spec.style.date_style
    out = [
        Para("page_break", ""),
        Para(
            "heading",
            f"Attachment to Letter {spec.letter_type} - Summary of Determination and Reasons (page {page})",
        ),
    ]
    for heading in wording.ATTACHMENT_HEADINGS[: rng.randint(3, 5)]:
        out.append(Para("heading", heading))
        filler = rng.sample(wording.ATTACHMENT_FILLER, 3)
        assessed = spec.letter_date.replace(
            year=spec.tax_periods[-1].year + 1, month=rng.randint(4, 11), day=rng.randint(1, 28)
        )
        filler.append(
            f"The liability for {spec.tax_periods[-1].year} was assessed on {format_date(assessed, style)}."
        )
        out.append(Para("text", " ".join(filler)))
    return out


def body_paragraphs(spec: LetterSpec, salutation_name: str, signer: str) -> list[Para]:
    rng = random.Random(spec.seed * 7919 + 17)
    title = vocab.SIGNER_TITLES.get(spec.letter_type, vocab.DEFAULT_SIGNER_TITLE)
    paras: list[Para] = [
        Para("text", f"Dear {salutation_name}:"),
        Para("text", wording.INTRO[spec.letter_type]),
    ]
    if not spec.compact or rng.random() < 0.7:
        paras += _distractor_paras(spec)
    if spec.collection is not None:
        paras += _collection_paras(rng, spec.collection)
    if spec.innocent_spouse is not None:
        paras += _spouse_paras(rng, spec.innocent_spouse)
    paras += _petition_paras(spec)
    if not spec.compact:
        paras += [Para("text", wording.ADVOCATE)]
    paras += [
        Para("text", wording.QUESTIONS),
        Para("signature", f"Sincerely,\n\n{signer}\n{title}"),
    ]
    if not spec.compact:
        enclosures = "Enclosures:\nPublication 594\nPublication 4134" + (
            "\nAttachment" if spec.attachment_pages else ""
        )
        paras.append(Para("signature", enclosures))
    for page in range(spec.attachment_pages):
        paras += _attachment(rng, spec, page + 1)
    return paras
