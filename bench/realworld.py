"""The real-wording corpus (tests/realworld/) measured: per kind, the share right, flagged, confidently wrong.

    .venv/bin/python -m bench.realworld             # every passage as a digital letter
    .venv/bin/python -m bench.realworld --scanned   # and the scanned subset (Tesseract, slower)

Prints a markdown table and then each confidently wrong case with what was read and what the letter says.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from collections import Counter
from collections.abc import Sequence
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests" / "realworld"))

import render  # noqa: E402  (tests/realworld is not a package: a site-packages "tests" shadows it)
import verdict  # noqa: E402

OUTCOMES = ("right", "flagged", "confidently_wrong")


def measure(profiles: Sequence[str], out_dir: Path) -> list[Any]:
    verdicts = []
    for rendition in render.render_all(out_dir, profiles):
        assessment = verdict.read(rendition.path, rendition.truth["fields"]["letter_date"])
        verdicts.append(verdict.judge(rendition.truth, assessment, id=rendition.passage.id,
                                      kind=rendition.passage.kind))
    return verdicts


def table(verdicts: Sequence[Any]) -> str:
    rows = ["| profile | kind | letters | right | flagged | confidently wrong |",
            "| --- | --- | ---: | ---: | ---: | ---: |"]
    groups: dict[tuple[str, str], Counter[str]] = {}
    for v in verdicts:
        for kind in (v.kind, "all"):
            groups.setdefault((v.profile, kind), Counter())[v.outcome] += 1
    order = {"determination": 0, "header": 1, "last_day": 2, "all": 3}
    for (profile, kind), counts in sorted(groups.items(), key=lambda g: (g[0][0], order.get(g[0][1], 9))):
        total = sum(counts.values())
        shares = " | ".join(f"{counts[o]} ({counts[o] / total:.0%})" for o in OUTCOMES)
        rows.append(f"| {profile} | {kind} | {total} | {shares} |")
    return "\n".join(rows)


def wrong_cases(verdicts: Sequence[Any]) -> str:
    lines = [f"- {v.id} ({v.profile}, {v.kind}): " + "; ".join(v.wrong)
             for v in verdicts if v.outcome == "confidently_wrong"]
    return "\n".join(lines) if lines else "- none"


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--scanned", action="store_true", help="also read the scanned subset (OCR)")
    args = parser.parse_args(argv)
    profiles = ("digital", "scan") if args.scanned else ("digital",)
    with tempfile.TemporaryDirectory(prefix="letter4390-realworld-") as tmp:
        verdicts = measure(profiles, Path(tmp))
    print(table(verdicts))
    print()
    print("Confidently wrong:")
    print(wrong_cases(verdicts))


if __name__ == "__main__":
    main()
