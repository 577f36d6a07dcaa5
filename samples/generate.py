"""Generate synthetic letters with ground truth: the committed sample set and corpora for tests and bench.

python -m samples.generate --out samples/letters            # the committed set (fixed seeds)
python -m samples.generate --out /tmp/corpus --corpus 240 --seed 7   # a bench corpus, every profile
"""

from __future__ import annotations

import argparse
import dataclasses
import datetime as dt
import json
import random
import tempfile
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from samples.committed import COMMITTED, committed_spec
from samples.degrade import PROFILES, Profile, degrade_pages, save_mixed, save_pages
from samples.letter_spec import LetterSpec, random_spec
from samples.render_letter import render_pdf
from samples.truth import truth_of

# Letter types of a corpus and how often they occur: mostly 4390s, every relative, some unrelated mail.
CORPUS_MIX: tuple[tuple[str, int], ...] = (
    ("4390", 70),
    ("3193", 6),
    ("4439", 6),
    ("3288", 4),
    ("3210", 4),
    ("3279", 3),
    ("other", 4),
    ("blank", 3),
)


def truth_path_for(path: Path) -> Path:
    return path.with_name(path.stem + ".truth.json")


def fitting_spec(spec: LetterSpec, profile: Profile) -> LetterSpec:
    """A single-image scan shows page 1 only, so its letter is made compact enough to fit there."""
    if profile.single_image and not spec.compact:
        return dataclasses.replace(spec, compact=True, attachment_pages=0)
    if profile.scanned_pages and not spec.attachment_pages:  # a mixed PDF needs a page to leave digital
        return dataclasses.replace(spec, attachment_pages=1)
    return spec


def write_sample(
    spec: LetterSpec,
    profile: Profile | str,
    out_dir: Path,
    name: str | None = None,
    *,
    rotation: int | None = None,
) -> tuple[Path, Path]:
    """Render `spec`, degrade it with `profile`, write the file and its truth JSON; returns both paths."""
    profile = PROFILES[profile] if isinstance(profile, str) else profile
    spec = fitting_spec(spec, profile)
    out_dir.mkdir(parents=True, exist_ok=True)
    name = name or f"{spec.letter_type}-{profile.name}-{spec.seed}"
    path = out_dir / f"{name}.{profile.ext}"
    degradation: dict[str, Any] | None = None
    if profile.name == "digital":
        info = render_pdf(spec, path)
        pages_written = info.pages
    else:
        with tempfile.TemporaryDirectory() as tmp:
            digital = Path(tmp) / "letter.pdf"
            info = render_pdf(spec, digital)
            rng = random.Random(spec.seed * 31 + len(profile.name))
            fax_date = spec.letter_date + dt.timedelta(days=rng.randint(3, 25))
            pages, degradation = degrade_pages(digital, profile, rng, fax_date=fax_date, rotation=rotation)
            if profile.scanned_pages:
                save_mixed(pages[: profile.scanned_pages], digital, path)
                degradation["scanned_pages"] = profile.scanned_pages
                pages_written = len(pages)
        if profile.single_image:
            if any(page > 1 for page in info.key_pages):
                raise ValueError(f"letter of seed {spec.seed} does not fit on one page for {profile.name}")
            pages = pages[:1]
        if not profile.scanned_pages:
            pages_written = len(pages)
            save_pages(pages, profile, path)
    truth = truth_of(spec, file_name=path.name, profile=profile.name, degradation=degradation)
    truth["pages"] = pages_written
    truth_path = truth_path_for(path)
    truth_path.write_text(json.dumps(truth, indent=2) + "\n", encoding="utf-8")
    return path, truth_path


def corpus_entry(index: int, seed: int, profiles: Sequence[str]) -> tuple[LetterSpec, str]:
    """The spec and profile of a corpus's index-th letter (deterministic in seed and index)."""
    rng = random.Random(seed * 1_000_003 + index)
    profile = profiles[index % len(profiles)]
    types, weights = zip(*CORPUS_MIX, strict=True)
    letter_type = rng.choices(types, weights=weights)[0]
    spec_seed = seed * 100_000 + index
    spec = random_spec(
        random.Random(spec_seed),
        letter_type=letter_type,
        seed=spec_seed,
        compact=PROFILES[profile].single_image,
    )
    return spec, profile


def generate_corpus(
    n: int, seed: int, profiles: Sequence[str] | None = None, out_dir: Path = Path("out/corpus")
) -> list[tuple[Path, Path]]:
    """Write n letters cycling through `profiles` (default: every profile); returns (file, truth) pairs.

    Deterministic in (n, seed, profiles): the same call writes the same letters and truth.
    """
    chosen = list(profiles) if profiles is not None else list(PROFILES)
    unknown = [p for p in chosen if p not in PROFILES]
    if unknown:
        raise ValueError(f"unknown profiles: {unknown}; known: {sorted(PROFILES)}")
    written = []
    for index in range(n):
        spec, profile = corpus_entry(index, seed, chosen)
        written.append(write_sample(spec, profile, out_dir, name=f"{index:04d}-{spec.letter_type}-{profile}"))
    return written


def write_committed(out_dir: Path) -> list[tuple[Path, Path]]:
    """The small committed set, with its README table (samples/letters/README.md)."""
    written = []
    rows = []
    for sample in COMMITTED:
        spec = committed_spec(sample)
        path, truth_path = write_sample(
            spec, sample.profile, out_dir, name=sample.name, rotation=sample.rotation
        )
        written.append((path, truth_path))
        deadlines = json.loads(truth_path.read_text(encoding="utf-8"))["deadlines"]
        due = ", ".join(f"{k.split('_')[0]} {v}" for k, v in deadlines.items() if v) or "none"
        letter_date = spec.letter_date.isoformat() if spec.letter_type not in ("other", "blank") else "-"
        rows.append(
            f"| `{path.name}` | {sample.letter_type} | {sample.profile} | {letter_date} | {due} | "
            f"{sample.exercises} |"
        )
    readme = README_HEAD + "\n".join(rows) + "\n"
    (out_dir / "README.md").write_text(readme, encoding="utf-8")
    return written


README_HEAD = """# Committed sample letters (synthetic)

Every file here is SYNTHETIC: made by `python -m samples.generate --out samples/letters` from the fixed
seeds in `samples/committed.py`; no real taxpayer data. Each `<name>.<ext>` has its ground truth in
`<name>.truth.json` (format: notes/team.md; deadlines computed by the generator itself with the `holidays`
package, independently of `rules/`). Extra truth keys: `seed`, `target` (where the letter date puts a
deadline), `pages` (pages in the file) and, for scans, `degradation` (dpi written, rotation, skew per page).
Unrelated letters (`other`, blank) have every field null: the truth asserts only their type and that no
deadline applies. Single-image scans (PNG/JPEG) hold page 1 of a letter compacted to fit on one page.

Regenerate after changing the generator: `.venv/bin/python -m samples.generate --out samples/letters`
(tests/test_samples_generator.py checks the committed truth still matches the generator).

| file | type | profile | letter date | deadlines (collection / innocent spouse) | exercises |
| --- | --- | --- | --- | --- | --- |
"""


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--out", type=Path, required=True, help="output directory")
    parser.add_argument(
        "--corpus", type=int, metavar="N", help="write a corpus of N letters instead of the committed set"
    )
    parser.add_argument("--seed", type=int, default=1, help="corpus seed (the committed set has fixed seeds)")
    parser.add_argument(
        "--profiles", nargs="*", choices=sorted(PROFILES), help="corpus profiles (default: all)"
    )
    args = parser.parse_args(argv)
    if args.corpus is not None:
        written = generate_corpus(args.corpus, args.seed, args.profiles, args.out)
    else:
        written = write_committed(args.out)
    for path, _ in written:
        print(path)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
