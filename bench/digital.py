"""A digital letter's two commands, timed as a user starts them: median of several fresh processes.

    .venv/bin/python -m bench.digital                # 9 runs each; writes bench/results/digital.md
    .venv/bin/python -m bench.digital --repeats 5 --no-write

bench.speed times the same two commands three times among minutes of OCR; this bench runs only them
(a few seconds), so a change to imports or to the text-layer path can be measured often, and with more
runs, on a machine shared with others. CPU time is shown beside wall time: it is far less disturbed by
other work on the cores than wall time.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from collections.abc import Sequence
from pathlib import Path

from bench import fixtures, report
from bench.measure import Timing, load_average, single_thread_env, timed, warm_up
from bench.speed import DIGITAL_EXTRACT_SECONDS, DIGITAL_SUMMARIZE_SECONDS, letter4390_command

DEFAULT_REPEATS = 9


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--repeats", type=int, default=DEFAULT_REPEATS, help="runs per command; median shown")
    parser.add_argument("--no-write", action="store_true", help="print only; leave bench/results alone")
    args = parser.parse_args(argv)
    repeats = max(1, args.repeats)
    load_before = load_average()
    with tempfile.TemporaryDirectory(prefix="letter4390-bench-digital-") as tmp:
        work = Path(tmp)
        letters = fixtures.build(work / "letters", ())
        cli, env = letter4390_command(), single_thread_env()
        as_of = ["--as-of", letters.letter_date.isoformat()]
        warm_up([*cli, "summarize", str(letters.digital), "-o", str(work / "warm-up.pdf"), *as_of], env=env)
        extract = timed([*cli, "extract", "--json", str(letters.digital), *as_of], repeats=repeats, env=env)
        summarize = timed([*cli, "summarize", str(letters.digital), "-o", str(work / "summary.pdf"), *as_of],
                          repeats=repeats, env=env)
    rows = [_row("letter4390 extract --json", extract, DIGITAL_EXTRACT_SECONDS),
            _row("letter4390 summarize", summarize, DIGITAL_SUMMARIZE_SECONDS)]
    text = "\n\n".join([
        f"# A digital letter's speed (text layer, no OCR; median of {repeats} fresh processes)",
        report.machine_line(f"{load_before} before, {load_average()} after"),
        report.table(["command", "wall time", "spread", "CPU time", "peak RSS", "target (wall)"], rows),
        "Wall time includes interpreter start. Spread is the slowest run minus the fastest.",
    ])
    print(text)
    if not args.no_write:
        print(f"written: {report.write_result('digital.md', text)}", file=sys.stderr)
    met = extract.seconds <= DIGITAL_EXTRACT_SECONDS and summarize.seconds <= DIGITAL_SUMMARIZE_SECONDS
    return 0 if met else 1


def _row(label: str, timing: Timing, target: float) -> list[object]:
    verdict = "met" if timing.seconds <= target else "**missed**"
    return [label, report.seconds(timing.seconds), f"±{timing.spread:.2f}",
            report.seconds(timing.cpu_seconds), report.mib(timing.peak_rss_mib), f"≤ {target} s: {verdict}"]


if __name__ == "__main__":
    raise SystemExit(main())
