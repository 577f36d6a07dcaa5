"""Every benchmark in one run (`make bench`): speed, batch, stage timings, accuracy on generated letters.

    .venv/bin/python -m bench                    # all of them; tables into bench/results/*.md
    .venv/bin/python -m bench speed accuracy     # some of them
    .venv/bin/python -m bench --quick            # smaller runs, nothing written (a smoke test)

The fuzz campaign (`python -m bench.fuzz`) is not a benchmark and is not run here.
"""

from __future__ import annotations

import argparse
import importlib
import sys
import time
from collections.abc import Sequence

from bench.measure import load_average

# name -> (module, arguments of a full run, arguments of a quick run)
BENCHMARKS: dict[str, tuple[str, list[str], list[str]]] = {
    "speed": ("bench.speed", [], ["--quick", "--no-write"]),
    "batch": ("bench.batch", [], ["--letters", "2", "--no-write"]),
    "stages": ("bench.stages", [], ["--repeats", "1", "--no-write"]),
    "accuracy": ("bench.accuracy", [], ["--letters", "16", "--no-write"]),
}


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("names", nargs="*", metavar="NAME",
                        help=f"benchmarks to run (default: all of {', '.join(BENCHMARKS)})")
    parser.add_argument("--quick", action="store_true", help="small runs; bench/results left alone")
    args = parser.parse_args(argv)
    unknown = [name for name in args.names if name not in BENCHMARKS]
    if unknown:
        parser.error(f"unknown benchmark {', '.join(unknown)}; choose from {', '.join(BENCHMARKS)}")
    failed = []
    for name in args.names or list(BENCHMARKS):
        module, full, quick = BENCHMARKS[name]
        print(f"\n=== bench {name} (load {load_average()}) ===", file=sys.stderr, flush=True)
        started = time.perf_counter()
        status = int(importlib.import_module(module).main(quick if args.quick else full))
        print(f"=== bench {name}: {'ok' if status == 0 else 'targets missed or errors'} "
              f"in {time.perf_counter() - started:.0f} s ===", file=sys.stderr, flush=True)
        if status != 0:
            failed.append(name)
    if failed:
        print(f"benchmarks with missed targets or errors: {', '.join(failed)}", file=sys.stderr)
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main())
