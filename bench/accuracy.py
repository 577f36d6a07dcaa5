"""Accuracy on a generated corpus of every degradation profile, issue 3's "Measured, not guessed".

    .venv/bin/python -m bench.accuracy                    # 240 letters, seed 4390, every profile
    .venv/bin/python -m bench.accuracy -n 40 --no-write   # a quicker look
    .venv/bin/python -m bench.accuracy --generator apart  # letters from samples/apart/, made apart
                                                          # from the parser (results: accuracy-apart.md)

Runs the pipeline stages in-process (parser.reading.read.read_document ->
parser.facts.extract.extract_facts -> rules.assess.assess) in a pool of 2 worker processes, Tesseract
single-threaded, and prints per field and per profile: accuracy, the share flagged for review, and the
number of confidently wrong values (wrong and not flagged). The as-of date is ten days after the true
letter date (the day the holder reads the letter).
"""

from __future__ import annotations

import argparse
import dataclasses
import datetime as dt
import json
import os
import statistics
import sys
import time
import traceback
from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from pathlib import Path

from bench import corpus, report
from bench.measure import load_average
from bench.scoring import ITEMS, Outcome

DEFAULT_LETTERS = 240
DEFAULT_SEED = 4390
WORKERS = 2
READ_DAYS_AFTER_LETTER = 10
CRITICAL_ITEMS = ("letter_date", "deadline:collection_due_process", "deadline:innocent_spouse")
# Issue 3: fields that must be right in at least 97% of scans, every miss flagged.
SCAN_FIELDS = ("contact_name", "contact_employee_id", "contact_phone", "contact_fax", "taxpayer_id",
               "tax_periods", "collection", "innocent_spouse")
SCAN_FIELD_TARGET = 0.97
SCAN_CRITICAL_TARGET = 0.99
MAX_LISTED_CASES = 60


@dataclass(frozen=True)
class LetterScore:
    file: str
    profile: str
    letter_type: str  # the truth
    seconds: float
    outcomes: tuple[Outcome, ...]
    error: str | None = None  # the reason the file was not read (an InputError) or a crash ("BUG: ...")
    must_check: tuple[str, ...] = ()  # what the result asks a person to check (issue 16: must-check only)


def score_letter(pair: tuple[Path, Path]) -> LetterScore:
    """Read, extract and assess one letter in this worker and score it against its truth."""
    from bench.scoring import score
    from parser.core.errors import Letter4390Error
    from parser.facts.extract import extract_facts
    from parser.reading.read import read_document
    from rules.assess import assess

    path, truth_path = pair
    truth = json.loads(truth_path.read_text(encoding="utf-8"))
    letter_date = truth["fields"]["letter_date"]
    as_of = (dt.date.fromisoformat(letter_date) + dt.timedelta(days=READ_DAYS_AFTER_LETTER)
             if letter_date else None)
    started = time.perf_counter()
    error: str | None = None
    outcomes: tuple[Outcome, ...] = ()
    must_check: tuple[str, ...] = ()
    try:
        with read_document(path) as pages:
            facts = extract_facts(pages.document, as_of=as_of, pages=pages)
        assessment = assess(facts, as_of=as_of)
        outcomes, must_check = score(assessment, truth), assessment.needs_review
    except Letter4390Error as failure:
        error = f"{type(failure).__name__}: {failure}"
    except Exception as failure:  # a bug in a stage: recorded and listed, the run goes on
        where = traceback.extract_tb(failure.__traceback__)[-1]
        error = f"BUG {type(failure).__name__} at {Path(where.filename).name}:{where.lineno}: {failure}"
    return LetterScore(path.name, truth["profile"], truth["letter_type"], time.perf_counter() - started,
                       outcomes, error, must_check)


def _worker_init() -> None:
    os.environ["OMP_THREAD_LIMIT"] = "1"


def run(pairs: Sequence[tuple[Path, Path]], workers: int = WORKERS) -> list[LetterScore]:
    scores: list[LetterScore] = []
    with ProcessPoolExecutor(max_workers=workers, initializer=_worker_init) as pool:
        for done, result in enumerate(pool.map(score_letter, pairs), start=1):
            scores.append(result)
            if done % 20 == 0 or done == len(pairs):
                print(f"  scored {done}/{len(pairs)}", file=sys.stderr, flush=True)
    return scores


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("-n", "--letters", type=int, default=DEFAULT_LETTERS)
    parser.add_argument("--seed", type=int, default=DEFAULT_SEED)
    parser.add_argument("--profiles", nargs="*", help="default: every profile")
    parser.add_argument("--workers", type=int, default=WORKERS)
    parser.add_argument("--no-write", action="store_true", help="print only; leave bench/results alone")
    parser.add_argument("--dump", type=Path, metavar="FILE",
                        help="also write every letter's outcomes (wrong, flagged, right) as JSON to FILE, "
                             "to study the wrong-but-flagged values by kind")
    parser.add_argument("--generator", choices=corpus.GENERATORS, default="samples",
                        help="samples: samples/generate.py; apart: samples/apart/, written apart from the "
                             "parser")
    args = parser.parse_args(argv)
    os.environ["OMP_THREAD_LIMIT"] = "1"
    print(f"corpus: {args.letters} letters from the {args.generator} generator, seed {args.seed} "
          f"(cached in {corpus.CACHE_ROOT})", file=sys.stderr)
    pairs = corpus.corpus(args.letters, args.seed, args.profiles, generator=args.generator)
    load_before = load_average()
    started = time.perf_counter()
    scores = run(pairs, args.workers)
    elapsed = time.perf_counter() - started
    text, ok = render(scores, args.seed, f"{load_before} before, {load_average()} after", elapsed,
                      args.generator)
    print(text)
    if args.dump:
        args.dump.write_text(json.dumps([dataclasses.asdict(s) for s in scores], indent=1), encoding="utf-8")
    if not args.no_write:
        name = "accuracy.md" if args.generator == "samples" else f"accuracy-{args.generator}.md"
        print(f"written: {report.write_result(name, text)}")
    return 0 if ok else 1


def render(scores: Sequence[LetterScore], seed: int, load: str, elapsed: float,
           generator: str = "samples") -> tuple[str, bool]:
    read = [s for s in scores if s.error is None]
    profiles = sorted({s.profile for s in scores}, key=lambda p: (p != "digital", p))
    checks = done_when(scores)
    sections = [
        "# letter4390 accuracy on generated letters (issue 3)",
        report.machine_line(load) + f" {len(scores)} letters (seed {seed}"
        + ("" if generator == "samples" else f", {generator} generator") + f") in {elapsed:.0f} s with "
        f"{WORKERS} workers.",
        "Right: the value equals the truth (absent when the letter has none). Flagged: in needs_review. "
        "**Confidently wrong**: a wrong value not flagged. Silent miss: a value the letter shows, neither "
        "found nor flagged.",
        "## Per profile", profile_table(scores, profiles),
        "## Per field (all profiles)", field_table(read),
        "## Field × profile: right % / flagged % / confidently wrong", matrix_table(read, profiles),
        "## Deadlines per profile", deadline_table(read, profiles),
        "## Done-when checks (issue 3)", report.table(["check", "result"], [[c, r] for c, r, _ in checks]),
        "## Scans read right that still ask a person to check (issue 16: a flag costs a volunteer's time)",
        review_cost_table(read, profiles),
    ]
    cases = confidently_wrong_cases(read)
    if cases:
        title = "## Cases to look at: confidently wrong, silent misses, deadlines late or not allowed"
        sections += [title, cases]
    failures = [s for s in scores if s.error is not None]
    if failures:
        sections += ["## Files not read", report.table(
            ["file", "reason"], [[s.file, s.error] for s in failures[:MAX_LISTED_CASES]])]
    return "\n\n".join(sections), all(ok for _, _, ok in checks)


# What a person must check is what the issue names (rules/review.py), and the deadlines counted from them.
MUST_CHECK_ITEMS = ("letter_type", "letter_date", "printed_last_day", "collection", "innocent_spouse",
                    "tax_periods", "deadline:collection_due_process", "deadline:innocent_spouse")


def review_cost_table(read: Sequence[LetterScore], profiles: Sequence[str]) -> str:
    """Per scan profile: the letters whose must-check items all came out right, how many of them still ask
    a person to check something, and which items asked (a right reading that asks is work for nobody)."""
    rows = []
    for profile in [p for p in profiles if p != "digital"]:
        right = [s for s in read if s.profile == profile
                 and all(o.right for o in s.outcomes if o.item in MUST_CHECK_ITEMS)]
        asking = [s for s in right if s.must_check]
        items: dict[str, int] = defaultdict(int)
        for letter in asking:
            for item in letter.must_check:
                items[item] += 1
        rows.append([profile, str(len(right)), f"{len(asking)} ({report.percent(len(asking), len(right))})",
                     ", ".join(f"{item} {n}" for item, n in sorted(items.items(), key=lambda kv: -kv[1]))])
    return report.table(["profile", "must-check items all right", "of those asking", "items asked"], rows)


def profile_table(scores: Sequence[LetterScore], profiles: Sequence[str]) -> str:
    rows = []
    for profile in profiles:
        group = [s for s in scores if s.profile == profile]
        read = [s for s in group if s.error is None]
        outcomes = [o for s in read for o in s.outcomes]
        rows.append([
            profile, len(group), len(group) - len(read),
            report.percent(sum(o.right for o in outcomes), len(outcomes)),
            report.percent(sum(o.flagged for o in outcomes), len(outcomes)),
            sum(o.confidently_wrong for o in outcomes), sum(o.silent_miss for o in outcomes),
            report.percent(sum(all(o.right for o in s.outcomes) for s in read), len(read)),
            report.seconds(statistics.median(s.seconds for s in group)) if group else "–",
        ])
    return report.table(["profile", "letters", "not read", "items right", "items flagged",
                         "confidently wrong", "silent misses", "letters all right", "median time"], rows)


def field_table(read: Sequence[LetterScore]) -> str:
    by_item = _by_item(read)
    rows = []
    for item in ITEMS:
        outcomes = by_item[item]
        rows.append([item, report.percent(sum(o.right for o in outcomes), len(outcomes)),
                     report.percent(sum(o.flagged for o in outcomes), len(outcomes)),
                     report.percent(sum(o.right or o.flagged for o in outcomes), len(outcomes)),
                     sum(o.confidently_wrong for o in outcomes), sum(o.silent_miss for o in outcomes)])
    headers = ["item", "right", "flagged", "right or flagged", "confidently wrong", "silent misses"]
    return report.table(headers, rows)


def matrix_table(read: Sequence[LetterScore], profiles: Sequence[str]) -> str:
    rows = []
    for item in ITEMS:
        row: list[object] = [item]
        for profile in profiles:
            outcomes = [o for s in read if s.profile == profile for o in s.outcomes if o.item == item]
            if not outcomes:
                row.append("–")
                continue
            right = 100.0 * sum(o.right for o in outcomes) / len(outcomes)
            flagged = 100.0 * sum(o.flagged for o in outcomes) / len(outcomes)
            wrong = sum(o.confidently_wrong for o in outcomes)
            row.append(f"{right:.0f} / {flagged:.0f} / {'**' + str(wrong) + '**' if wrong else 0}")
        rows.append(row)
    return report.table(["item", *profiles], rows)


def deadline_table(read: Sequence[LetterScore], profiles: Sequence[str]) -> str:
    rows = []
    for profile in profiles:
        group = [s for s in read if s.profile == profile]
        row: list[object] = [profile]
        for item in ("deadline:collection_due_process", "deadline:innocent_spouse"):
            outcomes = [o for s in group for o in s.outcomes if o.item == item]
            row += [report.percent(sum(o.right for o in outcomes), len(outcomes)),
                    report.percent(sum(o.flagged for o in outcomes), len(outcomes)),
                    sum(o.confidently_wrong for o in outcomes), sum(o.later_than_true for o in outcomes)]
        row.append(sum(_not_allowed(o) for s in group for o in s.outcomes))
        rows.append(row)
    return report.table(["profile", "CDP right", "CDP flagged", "CDP conf. wrong", "CDP later than true",
                         "IS right", "IS flagged", "IS conf. wrong", "IS later than true",
                         "IS deadline not allowed"], rows)


def done_when(scores: Sequence[LetterScore]) -> list[tuple[str, str, bool]]:
    """Issue 3's acceptance criteria, each as (what, measured, met)."""
    read = [s for s in scores if s.error is None]
    digital = [s for s in read if s.profile == "digital"]
    scans = [s for s in read if s.profile != "digital"]
    checks: list[tuple[str, str, bool]] = []

    def share(group: Iterable[LetterScore], items: Sequence[str],
              good: Callable[[Outcome], bool]) -> tuple[int, int]:
        outcomes = [o for s in group for o in s.outcomes if o.item in items]
        return sum(good(o) for o in outcomes), len(outcomes)

    def add(label: str, part: int, whole: int, target: float) -> None:
        met = whole > 0 and part >= target * whole
        checks.append((label, f"{part}/{whole} ({report.percent(part, whole)}): {_verdict(met)}", met))

    add("digital: letter date and deadlines right (100%)",
        *share(digital, CRITICAL_ITEMS, lambda o: o.right), 1.0)
    # A blank page is no letter, and asking a person to check what was uploaded is the right reading of it.
    read_right = [s for s in digital if all(o.right for o in s.outcomes) and not _blank_page(s)]
    add("digital letters read right that need no review (≥ 90%, issue 16; blank pages left out)",
        sum(not s.must_check for s in read_right), len(read_right), 0.90)
    add("scans: letter date and deadlines right or flagged (100%)",
        *share(scans, CRITICAL_ITEMS, lambda o: o.right or o.flagged), 1.0)
    add("scans: letter date and deadlines right (≥ 99%)", *share(scans, CRITICAL_ITEMS, lambda o: o.right),
        SCAN_CRITICAL_TARGET)
    wrong = sum(o.confidently_wrong for s in read for o in s.outcomes if o.item in CRITICAL_ITEMS)
    checks.append(("letter date and deadlines confidently wrong (0)", f"{wrong}: {_verdict(not wrong)}",
                   wrong == 0))
    for item in SCAN_FIELDS:
        add(f"scans: {item} right (≥ 97%)", *share(scans, (item,), lambda o: o.right), SCAN_FIELD_TARGET)
    unflagged = sum(1 for s in scans for o in s.outcomes
                    if o.item in SCAN_FIELDS and not o.right and not o.flagged)
    checks.append(("scans: every miss of those fields flagged", f"{unflagged} unflagged: "
                   f"{_verdict(not unflagged)}", unflagged == 0))
    others = [s for s in read if s.letter_type != "4390"]
    add("non-4390 letters classified correctly", *share(others, ("letter_type",), lambda o: o.right), 1.0)
    illegal = sum(_not_allowed(o) for s in others for o in s.outcomes)
    checks.append(("no innocent spouse deadline a letter doesn't allow",
                   f"{illegal}: {_verdict(not illegal)}", illegal == 0))
    crashed = [s for s in scores if s.error is not None and s.error.startswith("BUG")]
    checks.append(("no crash", f"{len(crashed)} crashed: {_verdict(not crashed)}", not crashed))
    return checks


def _blank_page(letter: LetterScore) -> bool:
    """Whether the generator made this file a blank page (its kind, second in the name: "0027-blank-...")."""
    parts = letter.file.split("-")
    return len(parts) > 1 and parts[1] == "blank"


def confidently_wrong_cases(read: Sequence[LetterScore]) -> str:
    """Cases a person should look at: confidently wrong, silent misses, deadlines too late or not allowed."""
    rows = [[s.file, o.item, o.expected or "(none)", o.found or "(none)", kind]
            for s in read for o in s.outcomes if (kind := _case_kind(o))]
    if not rows:
        return ""
    shown = rows[:MAX_LISTED_CASES]
    more = f"\n\n({len(rows) - len(shown)} more not listed)" if len(rows) > len(shown) else ""
    return report.table(["file", "item", "expected", "found", "kind"], shown) + more


def _case_kind(outcome: Outcome) -> str:
    flag = " (flagged)" if outcome.flagged else ""
    if outcome.confidently_wrong:
        kind = "confidently wrong"
        if outcome.later_than_true:
            kind += ", later than true"
        return kind
    if outcome.silent_miss:
        return "silent miss"
    if _not_allowed(outcome):
        return "deadline the letter does not allow" + flag
    if outcome.later_than_true:
        return "deadline later than true" + flag
    return ""


def _not_allowed(outcome: Outcome) -> bool:
    """An innocent spouse deadline given for a letter that allows none."""
    return (outcome.item == "deadline:innocent_spouse" and outcome.expected is None
            and outcome.found is not None)


def _verdict(met: bool) -> str:
    return "met" if met else "**missed**"


def _by_item(read: Sequence[LetterScore]) -> dict[str, list[Outcome]]:
    by_item: dict[str, list[Outcome]] = defaultdict(list)
    for letter in read:
        for outcome in letter.outcomes:
            by_item[outcome.item].append(outcome)
    return by_item


if __name__ == "__main__":
    raise SystemExit(main())
