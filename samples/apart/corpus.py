"""generate_corpus: n letters with their truth files, the same bytes for the same (n, seed, profiles)."""

from __future__ import annotations

import io
import json
import random
from collections.abc import Sequence
from pathlib import Path

from samples.apart.compose import compose
from samples.apart.damage import DAMAGE
from samples.apart.pdf import write_pdf
from samples.apart.spec import PROFILES, LetterSpec, draw_spec, truth

TRUTH_SUFFIX = ".truth.json"


def truth_path_for(path: Path) -> Path:
    """The truth file beside a letter: NAME.truth.json."""
    return path.with_name(path.stem + TRUTH_SUFFIX)


def letter_pdf(spec: LetterSpec, rng: random.Random) -> bytes:
    buffer = io.BytesIO()
    write_pdf(compose(spec, rng), buffer, title=spec.style.footer)
    return buffer.getvalue()


def generate_letter(index: int, seed: int, profile: str, out_dir: Path) -> tuple[Path, Path]:
    rng = random.Random(f"apart:{seed}:{index}:{profile}")
    spec = draw_spec(rng, index, profile)
    out_dir.mkdir(parents=True, exist_ok=True)
    letter = out_dir / spec.file_name
    DAMAGE[profile](letter_pdf(spec, rng), letter, rng, spec.stamp_date)
    truth_file = truth_path_for(letter)
    truth_file.write_text(json.dumps(truth(spec), indent=2) + "\n", encoding="utf-8")
    return letter, truth_file


def generate_corpus(n: int, seed: int, profiles: Sequence[str] | None,
                    out_dir: Path) -> list[tuple[Path, Path]]:
    """Letters 1..n, profiles taken in turn (every profile when None), each with its truth beside it."""
    chosen = tuple(profiles) if profiles else PROFILES
    unknown = sorted(set(chosen) - set(PROFILES))
    if unknown:
        raise ValueError(f"unknown profile(s) {unknown}; choose from {', '.join(PROFILES)}")
    return [generate_letter(index, seed, chosen[(index - 1) % len(chosen)], out_dir)
            for index in range(1, n + 1)]
