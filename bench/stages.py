"""Where the time goes: imports, reading (render, deskew, OCR, orientation retries), facts, rules, summary.

    .venv/bin/python -m bench.stages     # digital and 3-page scanned letter; writes bench/results/stages.md

Each run is a fresh process (so import costs are real) that times the stages in-process with
perf_counter; the reading layer's steps are timed by wrapping its module functions in that child process
only (no file of the reading layer is changed). The median of several runs is shown.
"""

from __future__ import annotations

import argparse
import contextlib
import datetime as dt
import functools
import importlib
import io
import json
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from collections import defaultdict
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from bench import fixtures, report
from bench.measure import load_average, single_thread_env, warm_up

if TYPE_CHECKING:
    from parser.reading.page_source import PageSource

SCAN_PAGES = 3
ROOT = Path(__file__).resolve().parent.parent
# (module, function) pairs of the reading layer timed when present; names may move, missing ones are skipped.
READING_STEPS: tuple[tuple[str, str, str], ...] = (
    ("parser.reading.pdf_text", "read_text_layer", "text layer (pdfplumber)"),
    ("parser.reading.pdf_render", "render_page", "render page (pdfium, 300 dpi)"),
    ("parser.reading.images", "load_page", "decode + normalise image"),
    ("parser.reading.ocr_page", "ink_fraction", "blank-page check"),
    ("parser.reading.orientation", "estimate_skew", "skew estimate"),
    ("parser.reading.orientation", "turn", "rotate/deskew image"),
    ("parser.reading.tesseract", "ocr_words", "tesseract OCR"),
    ("parser.reading.ocr_page", "_result", "keep page image (150 dpi)"),
)
# Imports in the order the CLI meets them for `summarize` (each figure excludes what came before).
IMPORT_ORDER: tuple[tuple[str, str], ...] = (
    ("letter4390.cli", "CLI (argparse, pipeline, errors)"),
    ("parser.reading.read", "reading layer (pdfplumber, pypdfium2, PIL)"),
    ("parser.facts.extract", "facts (dateparser, rapidfuzz)"),
    ("rules.assess", "rules (holidays)"),
    ("letter4390.result_json", "result JSON"),
    ("annotate.summary", "summary (reportlab)"),
)


def cpu_now() -> float:
    """CPU seconds of this process and of its finished children (tesseract): robust to other load."""
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    return time.process_time() + children.ru_utime + children.ru_stime


def child(path: Path, as_of: dt.date, summary_out: Path) -> dict[str, Any]:
    """Time every stage of one letter in this (fresh) process: wall and CPU seconds."""
    times: dict[str, float] = {}
    cpu: dict[str, float] = {}
    started = time.perf_counter()
    for module, label in IMPORT_ORDER:
        begun, begun_cpu = time.perf_counter(), cpu_now()
        importlib.import_module(module)
        times[f"import: {label}"] = time.perf_counter() - begun
        cpu[f"import: {label}"] = cpu_now() - begun_cpu
    calls: dict[str, int] = defaultdict(int)
    step_times: dict[str, float] = defaultdict(float)
    step_cpu: dict[str, float] = defaultdict(float)
    for module_name, function, label in READING_STEPS:
        _wrap(importlib.import_module(module_name), function, label, (step_times, step_cpu), calls)

    from annotate.summary import write_summary
    from letter4390 import result_json
    from parser.facts.extract import extract_facts
    from parser.reading.read import read_document
    from rules.assess import assess

    read: list[PageSource] = []  # the page source read_document gave, for the facts and the summary

    def read_pages(_: object) -> PageSource:
        read.append(read_document(path))
        return read[0]

    stages: tuple[tuple[str, Callable[[Any], Any]], ...] = (
        ("read_document", read_pages),
        ("extract_facts", lambda pages: extract_facts(pages.document, as_of=as_of, pages=pages)),
        ("assess", lambda facts: assess(facts, as_of=as_of)),
        ("result JSON", lambda assessment: _json_then(assessment, result_json)),
        ("write_summary (annotate)", lambda assessment: write_summary(assessment, read[0], summary_out)),
    )
    value: Any = None
    for label, stage in stages:
        begun, begun_cpu = time.perf_counter(), cpu_now()
        value = stage(value)
        times[label] = time.perf_counter() - begun
        cpu[label] = cpu_now() - begun_cpu
    read[0].close()
    for label, seconds in step_times.items():
        times[f"  read: {label}"] = seconds
        cpu[f"  read: {label}"] = step_cpu[label]
    times["total in process"] = time.perf_counter() - started
    cpu["total in process"] = cpu_now()
    return {"times": times, "cpu": cpu, "calls": dict(calls)}


def _json_then(assessment: Any, result_json: Any) -> Any:
    result_json.dumps(result_json.to_result(assessment))
    return assessment


def _wrap(module: Any, name: str, label: str, totals: tuple[dict[str, float], dict[str, float]],
          calls: dict[str, int]) -> None:
    original = getattr(module, name, None)
    if original is None:
        return
    wall, cpu = totals

    @functools.wraps(original)
    def timed(*args: Any, **kwargs: Any) -> Any:
        begun, begun_cpu = time.perf_counter(), cpu_now()
        try:
            return original(*args, **kwargs)
        finally:
            wall[label] += time.perf_counter() - begun
            cpu[label] += cpu_now() - begun_cpu
            calls[label] += 1

    setattr(module, name, timed)


def child_command(path: Path, as_of: dt.date, work: Path) -> list[str]:
    return [sys.executable, "-m", "bench.stages", "--child", str(path), "--as-of", as_of.isoformat(),
            "--summary", str(work / f"{path.stem}-summary.pdf")]


def run_child(path: Path, as_of: dt.date, work: Path) -> dict[str, Any]:
    started = time.perf_counter()
    done = subprocess.run(child_command(path, as_of, work), capture_output=True, text=True, check=True,
                          env=single_thread_env(), cwd=ROOT)
    result: dict[str, Any] = json.loads(done.stdout.strip().splitlines()[-1])
    result["times"]["process wall time (start to exit)"] = time.perf_counter() - started
    return result


def stage_table(runs: Sequence[dict[str, Any]]) -> str:
    labels = list(runs[0]["times"])
    total_cpu = statistics.median(r["cpu"]["total in process"] for r in runs)
    rows = []
    for label in labels:
        seconds = statistics.median(r["times"].get(label, 0.0) for r in runs)
        cpu = statistics.median(r["cpu"].get(label, 0.0) for r in runs) if label in runs[0]["cpu"] else None
        step = label.strip().removeprefix("read: ")
        calls = runs[0]["calls"].get(step)
        rows.append([label.replace("  ", "↳ "), f"{seconds * 1000:.0f} ms",
                     "–" if cpu is None else f"{cpu * 1000:.0f} ms",
                     "–" if cpu is None else report.percent(round(cpu * 1e6), round(total_cpu * 1e6)),
                     "" if calls is None else calls])
    return report.table(["stage", "wall (median)", "CPU (median)", "share of CPU", "calls"], rows)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--no-write", action="store_true")
    parser.add_argument("--child", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--as-of", type=dt.date.fromisoformat, help=argparse.SUPPRESS)
    parser.add_argument("--summary", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child is not None:
        with contextlib.redirect_stdout(io.StringIO()):  # stages must not print into the answer
            result = child(args.child, args.as_of, args.summary)
        print(json.dumps(result))
        return 0
    load_before = load_average()
    with tempfile.TemporaryDirectory(prefix="letter4390-bench-stages-") as tmp:
        work = Path(tmp)
        letters = fixtures.build(work / "letters", (SCAN_PAGES,))
        as_of = letters.letter_date + dt.timedelta(days=10)
        # Untimed: the bytecode cache is written, so import rows time loading, not compiling.
        warm_up(child_command(letters.digital, as_of, work), env=single_thread_env(), cwd=ROOT)
        digital = [run_child(letters.digital, as_of, work) for _ in range(args.repeats)]
        scanned = [run_child(letters.scanned[SCAN_PAGES].pdf, as_of, work) for _ in range(args.repeats)]
    text = "\n\n".join([
        "# Where the time goes (in-process stage timings, median of "
        f"{args.repeats} fresh processes)",
        report.machine_line(f"{load_before} before, {load_average()} after"),
        "## Digital letter (3 pages, text layer)", stage_table(digital),
        f"## Scanned letter ({SCAN_PAGES} pages, 300 dpi)", stage_table(scanned),
        "Import rows are cumulative in CLI order (each excludes modules already loaded). ↳ rows are parts of "
        "read_document. Process wall time includes interpreter start.",
    ])
    print(text)
    if not args.no_write:
        print(f"written: {report.write_result('stages.md', text)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
