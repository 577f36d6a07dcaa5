"""The `letter4390` command: a thin layer over the pipeline.

Parses arguments, calls `letter4390.pipeline` (or the batch runner / web server), prints, and turns every
user-facing error into one line on stderr and its exit code (table in `letter4390.exit_codes`).
"""

from __future__ import annotations

import argparse
import datetime as dt
import gc
import os
import sys
import traceback
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from letter4390 import exit_codes
from letter4390.pipeline import DEFAULT_MAX_PAGES, Options
from parser.core.errors import Letter4390Error, UsageError

if TYPE_CHECKING:
    from annotate.messages import Messages

PROG = "letter4390"
# Objects allocated between young-generation collections (Python's default: 700). Reading a letter makes
# hundreds of thousands of short-lived objects; at the default the collector ran ~150 times in one digital
# `extract` (about 40 ms of its CPU), at this threshold once or twice (under 10 ms), same peak memory.
GC_YOUNG_THRESHOLD = 50_000


def _iso_date(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date in the form YYYY-MM-DD: {text!r}") from None


def _positive_int(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a whole number: {text!r}") from None
    if value < 1:
        raise argparse.ArgumentTypeError(f"must be at least 1: {text!r}")
    return value


def _add_common(parser: argparse.ArgumentParser, *, reads_files: bool = True) -> None:
    parser.add_argument("--as-of", type=_iso_date, metavar="YYYY-MM-DD",
                        help="count days left as of this date (default: today)")
    parser.add_argument("--closure", type=_iso_date, action="append", default=[], metavar="YYYY-MM-DD",
                        help="a day the Tax Court was closed (counts as a holiday); repeatable")
    if reads_files:
        parser.add_argument("--max-pages", type=_positive_int, default=DEFAULT_MAX_PAGES, metavar="N",
                            help=f"refuse inputs with more pages (default {DEFAULT_MAX_PAGES})")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog=PROG,
        description="Read an IRS Letter 4390 and show what was decided and the last days to petition "
        "the U.S. Tax Court.",
    )
    parser.add_argument("-v", "--verbose", action="store_true", help="show tracebacks of errors")
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    extract = commands.add_parser("extract", help="print the facts and deadlines found in a letter")
    extract.add_argument("file", type=Path, metavar="FILE")
    extract.add_argument("--json", action="store_true", help="print the result JSON (result.schema.json)")
    _add_common(extract)

    summarize = commands.add_parser("summarize", help="write the plain-language summary PDF of a letter")
    summarize.add_argument("file", type=Path, metavar="FILE")
    summarize.add_argument("-o", "--output", type=Path, required=True, metavar="OUT.pdf")
    summarize.add_argument("--lang", choices=("en", "es"), default="en", help="summary language")
    summarize.add_argument("--ics", type=Path, metavar="FILE.ics", help="also write a calendar file")
    _add_common(summarize)

    deadlines = commands.add_parser("deadlines", help="the deadlines of a Letter 4390 dated DATE")
    deadlines.add_argument("dates", type=_iso_date, nargs="+", metavar="DATE", help="letter date, YYYY-MM-DD")
    deadlines.add_argument("--json", action="store_true", help="print a JSON list, one object per DATE")
    deadlines.add_argument("--letter-type", default="4390",
                           choices=("4390", "3193", "4439", "3288", "3279"), help="(default 4390)")
    _add_common(deadlines, reads_files=False)

    redact = commands.add_parser(
        "redact", help="write a copy of the letter to attach to a Tax Court petition, with every taxpayer ID "
        "number covered (Tax Court Rule 27(a)) and no text layer")
    redact.add_argument("file", type=Path, metavar="FILE")
    redact.add_argument("-o", "--output", type=Path, required=True, metavar="COPY.pdf")
    _add_common(redact)

    batch = commands.add_parser("batch", help="process a folder of letters into a deadline docket")
    batch.add_argument("inbox", type=Path, metavar="INBOX")
    batch.add_argument("-o", "--output", type=Path, required=True, metavar="OUT")
    batch.add_argument("--jobs", type=_positive_int, default=os.cpu_count() or 1, metavar="N")
    batch.add_argument("--timeout", type=_positive_int, default=300, metavar="SECONDS",
                       help="per-file time limit (default 300)")
    batch.add_argument("--force", action="store_true", help="redo inputs that already have a result")
    batch.add_argument("--quiet", action="store_true", help="print only the final line")
    batch.add_argument("--lang", choices=("en", "es"), default="en", help="summary language")
    batch.add_argument("--group-readable", action="store_true",
                       help="let the owner's group read the outputs (default: the owner only)")
    _add_common(batch)

    serve = commands.add_parser("serve", help="start the upload web page")
    serve.add_argument("--host", default="127.0.0.1", help="address to bind (default 127.0.0.1)")
    serve.add_argument("--port", type=int, default=8390, help="port (default 8390)")
    serve.add_argument("--max-upload-mb", type=_positive_int, default=25, metavar="MB")
    serve.add_argument("--workers", type=_positive_int, default=os.cpu_count() or 1, metavar="N",
                       help="letters read at once (default: number of cores)")
    _add_common(serve)
    return parser


def _options(args: argparse.Namespace) -> Options:
    # The web server counts from "today" at each request, so it gets no fixed default date.
    default_as_of = None if args.command == "serve" else dt.date.today()
    return Options(
        as_of=args.as_of or default_as_of,
        max_pages=getattr(args, "max_pages", DEFAULT_MAX_PAGES),
        closures=tuple(args.closure),
        lang=getattr(args, "lang", "en"),
    )


def _run(args: argparse.Namespace) -> int:
    from letter4390 import commands

    handlers = {
        "extract": commands.extract,
        "summarize": commands.summarize,
        "deadlines": commands.deadlines,
        "redact": commands.redact,
        "batch": commands.batch,
        "serve": commands.serve,
    }
    return handlers[args.command](args, _options(args))


def _terminal() -> Messages:
    """The English catalogue: stderr is read by the operator and kept in logs (imported late: `--help`
    stays fast)."""
    from annotate.messages import messages
    from letter4390.text_report import TERMINAL_LANGUAGE

    return messages(TERMINAL_LANGUAGE)


def _worded(error: Letter4390Error) -> str:
    """The error's one line on stderr, in the catalogue's words."""
    return _terminal().said(error.note)


def main(argv: Sequence[str] | None = None) -> int:
    gc.set_threshold(GC_YOUNG_THRESHOLD, 20, 20)
    parser = build_parser()
    args = parser.parse_args(argv)  # exits 2 with a usage line on a usage error
    try:
        return _run(args)
    except KeyboardInterrupt:
        print(f"{PROG}: {_terminal()('cli.interrupted')}", file=sys.stderr)
        return 130
    except UsageError as error:
        parser.print_usage(sys.stderr)
        print(f"{PROG}: error: {_worded(error)}", file=sys.stderr)
        return exit_codes.exit_code_for(error)
    except Letter4390Error as error:
        if args.verbose:
            traceback.print_exc()
        print(f"{PROG}: error: {_worded(error)}", file=sys.stderr)
        return exit_codes.exit_code_for(error)
    except Exception as error:  # a bug: still one line, unless asked for the traceback
        if args.verbose:
            traceback.print_exc()
        print(f"{PROG}: {_terminal()('cli.internal_error', name=type(error).__name__)}", file=sys.stderr)
        return exit_codes.INTERNAL_ERROR


if __name__ == "__main__":
    sys.exit(main())
