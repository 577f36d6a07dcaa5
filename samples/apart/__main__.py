"""python -m samples.apart --n 30 --seed 1 --out out/apart [--profiles digital fax ...]"""

from __future__ import annotations

import argparse
from collections.abc import Sequence
from pathlib import Path

from samples.apart import PROFILES, generate_corpus


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m samples.apart", description=__doc__)
    parser.add_argument("--n", type=int, default=30, help="number of letters")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--profiles", nargs="*", choices=PROFILES, help="default: every profile in turn")
    parser.add_argument("--out", type=Path, default=Path("out/apart"))
    args = parser.parse_args(argv)
    pairs = generate_corpus(args.n, args.seed, args.profiles, args.out)
    print(f"wrote {len(pairs)} letters and truth files to {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
