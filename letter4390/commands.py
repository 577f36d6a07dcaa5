"""One function per CLI command: call the pipeline, print the answer, return the exit code."""

from __future__ import annotations

import argparse
import json
import sys

from annotate.messages import Messages, messages
from letter4390 import exit_codes, pipeline, result_json, text_report
from letter4390.pipeline import Options


def extract(args: argparse.Namespace, options: Options) -> int:
    assessment = pipeline.analyse(args.file, options)
    if args.json:
        print(result_json.dumps(result_json.to_result(assessment)))
    else:
        print(text_report.report(assessment))
    return exit_codes.OK


def summarize(args: argparse.Namespace, options: Options) -> int:
    assessment = pipeline.summarize(args.file, args.output, options, ics=args.ics)
    msgs = _terminal()
    print(text_report.report(assessment, msgs))
    print(msgs("cli.summary_pdf", path=args.output))
    if args.ics is not None:
        print(msgs("cli.calendar_file", path=args.ics))
    return exit_codes.OK


def deadlines(args: argparse.Namespace, options: Options) -> int:
    answers = [
        (letter_date, pipeline.deadlines_for_date(
            letter_date, letter_type=args.letter_type, as_of=options.as_of, closures=options.closures))
        for letter_date in args.dates
    ]
    if args.json:
        listing = [
            {"letter_date": letter_date.isoformat(),
             "deadlines": [result_json.deadline_json(d) for d in found]}
            for letter_date, found in answers
        ]
        print(json.dumps(listing, indent=2))
    else:
        blocks = [text_report.deadlines_block(letter_date, found, args.letter_type)
                  for letter_date, found in answers]
        print("\n\n".join(blocks))
    return exit_codes.OK


def _terminal() -> Messages:
    """The terminal's words, from the English catalogue: the operator reads them, whatever language the
    summary is in."""
    return messages(text_report.TERMINAL_LANGUAGE)


def redact(args: argparse.Namespace, options: Options) -> int:
    """The copy of the letter to attach to a petition; pages a person must check are named on stderr."""
    from annotate.court_copy.pdf import DAWSON_MAX_BYTES
    from annotate.court_copy.redact import court_copy
    from annotate.output import write_atomically
    from letter4390.pipeline import read

    with read(args.file, options) as source:
        copy = court_copy(source)
    write_atomically(copy.pdf, args.output)
    msgs = _terminal()
    for page in copy.pages:
        # Counts are areas covered: a number split in words counts each.
        covered = ", ".join(msgs.plural("cli.redact.areas", count, name=msgs(f"cli.redact.kind.{kind}"))
                            for kind, count in page.covered.items())
        print(msgs("cli.redact.page_covered", number=page.number, items=covered) if covered
              else msgs("cli.redact.page_nothing", number=page.number))
    print(msgs.plural("cli.redact.copy", len(copy.pages), path=args.output, dpi=copy.dpi,
                      megabytes=len(copy.pdf) / 1e6, max_megabytes=DAWSON_MAX_BYTES // 2**20))
    if copy.pages_to_check:
        pages = ", ".join(str(n) for n in copy.pages_to_check)
        print(f"letter4390: {msgs('cli.redact.check_pages', pages=pages)}", file=sys.stderr)
    return exit_codes.OK


def batch(args: argparse.Namespace, options: Options) -> int:
    from letter4390.batch.runner import BatchSettings, run_batch

    settings = BatchSettings(
        inbox=args.inbox, out=args.output, jobs=args.jobs, timeout=args.timeout,
        force=args.force, quiet=args.quiet, options=options, group_readable=args.group_readable,
    )
    return run_batch(settings)


def serve(args: argparse.Namespace, options: Options) -> int:
    from letter4390.web.server import ServerSettings, run_server

    settings = ServerSettings(
        host=args.host, port=args.port, max_upload_bytes=args.max_upload_mb * 1024 * 1024,
        workers=args.workers, options=options,
    )
    run_server(settings)
    return exit_codes.OK


