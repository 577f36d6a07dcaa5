"""A longer fuzz campaign than the CI test (issue 7), not run in CI.

    .venv/bin/python -m bench.fuzz --cases 500 --seed 1      # about 10-20 minutes on 2 cores

Each case (random bytes, or a mutation of a real sample from samples/letters) is read by
parser.reading.read.read_document then parser.facts.extract.extract_facts in its own process, under a
time limit and an address-space cap, so hangs and memory blow-ups are found as well as exceptions.
Allowed outcomes: a LetterFacts or an InputError. Every other outcome is a finding; its input is kept in
bench/.cache/fuzz-findings/ for reproduction (`python -m bench.fuzz --one FILE`).
"""

from __future__ import annotations

import argparse
import json
import os
import random
import resource
import subprocess
import sys
import tempfile
import time
import traceback
from collections import Counter
from collections.abc import Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

from bench import report
from bench.corpus import CACHE_ROOT
from bench.measure import load_average
from bench.mutations import mutate, random_file, seed_files

SAMPLES = Path(__file__).resolve().parent.parent / "samples" / "letters"
FINDINGS = CACHE_ROOT / "fuzz-findings"
CASE_TIMEOUT_SECONDS = 120  # a 3-page OCR with orientation checks is well inside this
MEMORY_CAP_BYTES = 3 * 1024**3
ALLOWED = ("facts", "input_error")
RANDOM_SHARE = 0.25  # the rest are mutations of real samples


@dataclass(frozen=True)
class CaseResult:
    case: int
    source: str
    outcome: str  # facts | input_error | exception | hang | killed
    detail: str
    seconds: float
    # What the reader printed to stderr itself (library warnings, libtiff/libjpeg messages): the CLI's
    # "one-line reason" is broken by such chatter, so it is counted, though it is not a failure.
    noise: str = ""


def read_one(path: Path) -> dict[str, str]:
    """The outcome of reading one file in this process (the child side of a case)."""
    from parser.core.errors import InputError
    from parser.core.model import LetterFacts
    from parser.facts.extract import extract_facts
    from parser.reading.read import read_document

    try:
        with read_document(path) as pages:
            facts = extract_facts(pages.document, pages=pages)
    except InputError as error:
        return {"outcome": "input_error", "detail": f"{type(error).__name__}: {error}"}
    except Exception as error:
        where = traceback.extract_tb(error.__traceback__)[-1]
        return {"outcome": "exception",
                "detail": f"{type(error).__name__} at {Path(where.filename).name}:{where.lineno}: {error}"}
    if not isinstance(facts, LetterFacts):
        return {"outcome": "exception", "detail": f"returned {type(facts).__name__}"}
    return {"outcome": "facts", "detail": facts.letter_type.value}


def _limit_memory() -> None:
    resource.setrlimit(resource.RLIMIT_AS, (MEMORY_CAP_BYTES, MEMORY_CAP_BYTES))


def run_case(case: int, data: bytes, suffix: str, source: str, work: Path) -> CaseResult:
    path = work / f"case-{case:05d}{suffix}"
    path.write_bytes(data)
    env = dict(os.environ, OMP_THREAD_LIMIT="1")
    started = time.perf_counter()
    try:
        done = subprocess.run([sys.executable, "-m", "bench.fuzz", "--one", str(path)], capture_output=True,
                              text=True, timeout=CASE_TIMEOUT_SECONDS, env=env, preexec_fn=_limit_memory,
                              cwd=Path(__file__).resolve().parent.parent)
    except subprocess.TimeoutExpired:
        result = CaseResult(case, source, "hang", f"no answer in {CASE_TIMEOUT_SECONDS} s",
                            CASE_TIMEOUT_SECONDS)
    else:
        seconds = time.perf_counter() - started
        lines = done.stdout.strip().splitlines()
        if done.returncode != 0 or not lines:
            tail = (done.stderr.strip().splitlines() or [f"exit {done.returncode}"])[-1]
            result = CaseResult(case, source, "killed", tail, seconds)
        else:
            answer = json.loads(lines[-1])
            noise = " | ".join(done.stderr.strip().splitlines()[:3])
            result = CaseResult(case, source, answer["outcome"], answer["detail"], seconds, noise)
    if result.outcome not in ALLOWED:
        FINDINGS.mkdir(parents=True, exist_ok=True)
        (FINDINGS / path.name).write_bytes(data)
    path.unlink(missing_ok=True)
    return result


def make_case(rng: random.Random, seeds: Sequence[Path]) -> tuple[bytes, str, str]:
    """(bytes, file suffix, description) of one case."""
    if not seeds or rng.random() < RANDOM_SHARE:
        return random_file(rng), rng.choice([".pdf", ".png", ".jpg", ".tif", ".bin"]), "random bytes"
    seed = rng.choice(seeds)
    return mutate(seed.read_bytes(), rng, max_rounds=5), seed.suffix, f"mutated {seed.name}"


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--cases", type=int, default=300)
    parser.add_argument("--seed", type=int, default=int(time.time()))
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--max-image-bytes", type=int, default=1_000_000,
                        help="largest sample image to mutate")
    parser.add_argument("--one", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.one is not None:
        print(json.dumps(read_one(args.one)))
        return 0
    seeds = seed_files(SAMPLES, max_image_bytes=args.max_image_bytes)
    rng = random.Random(args.seed)
    cases = [(index, *make_case(rng, seeds)) for index in range(args.cases)]
    print(f"fuzz: {args.cases} cases, seed {args.seed}, {len(seeds)} seed files, load {load_average()}",
          file=sys.stderr)
    results: list[CaseResult] = []
    with tempfile.TemporaryDirectory(prefix="letter4390-fuzz-") as tmp, \
            ThreadPoolExecutor(max_workers=args.workers) as pool:
        futures = [pool.submit(run_case, index, data, suffix, source, Path(tmp))
                   for index, data, suffix, source in cases]
        for future in futures:
            result = future.result()
            results.append(result)
            if result.outcome not in ALLOWED:
                print(f"  FINDING case {result.case} ({result.source}): {result.outcome}: {result.detail}",
                      file=sys.stderr, flush=True)
            if len(results) % 25 == 0:
                print(f"  {len(results)}/{args.cases} cases", file=sys.stderr, flush=True)
    print(summary(results, args.seed))
    return 0 if all(r.outcome in ALLOWED for r in results) else 1


def summary(results: Sequence[CaseResult], seed: int) -> str:
    counts = Counter(r.outcome for r in results)
    slowest = max(results, key=lambda r: r.seconds) if results else None
    rows = [[outcome, counts[outcome]] for outcome in ("facts", "input_error", "exception", "hang", "killed")]
    lines = [f"fuzz seed {seed}: {len(results)} cases", report.table(["outcome", "cases"], rows)]
    if slowest is not None:
        lines.append(f"slowest case: {slowest.seconds:.1f} s ({slowest.source}, {slowest.outcome})")
    noisy = [r for r in results if r.noise]
    if noisy:
        lines.append(f"{len(noisy)} cases printed to stderr beside the answer (breaks the CLI's one-line "
                     f"reason), e.g. {noisy[0].source} ({noisy[0].outcome}): {noisy[0].noise[:200]}")
    findings = [r for r in results if r.outcome not in ALLOWED]
    if findings:
        lines.append(report.table(["case", "input", "outcome", "detail"],
                                  [[r.case, r.source, r.outcome, r.detail[:160]] for r in findings]))
        lines.append(f"inputs kept in {FINDINGS}")
    return "\n\n".join(lines)


if __name__ == "__main__":
    raise SystemExit(main())
