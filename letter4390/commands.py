"""One function per CLI command: call the pipeline, print the answer, return the exit code."""

from __future__ import annotations

import argparse
import json
import sys

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
    print(text_report.report(assessment))
    print(f"Summary PDF: {args.output}")
    if args.ics is not None:
        print(f"Calendar file: {args.ics}")
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


# How the redact report names what it covered (counts are areas covered: a number split in words counts each).
COVERED_NAMES = {"tin": "taxpayer ID number", "birth_date": "date of birth (year kept)",
                 "account": "account number (last four kept)", "minor": "minor's name (initials kept)"}


def redact(args: argparse.Namespace, options: Options) -> int:
    """The copy of the letter to attach to a petition; pages a person must check are named on stderr."""
    from annotate.court_copy.pdf import DAWSON_MAX_BYTES
    from annotate.court_copy.redact import court_copy
    from annotate.output import write_atomically
    from letter4390.pipeline import read

    with read(args.file, options) as source:
        copy = court_copy(source)
    write_atomically(copy.pdf, args.output)
    for page in copy.pages:
        covered = ", ".join(f"{COVERED_NAMES[kind]} ({count} area{'s' if count != 1 else ''})"
                            for kind, count in page.covered.items())
        print(f"Page {page.number}: {'covered ' + covered if covered else 'nothing to cover found'}")
    count = len(copy.pages)
    print(f"Copy for the Tax Court: {args.output} ({count} page{'s' if count != 1 else ''}, images only at "
          f"{copy.dpi:.0f} dpi, no text layer; {len(copy.pdf) / 1e6:.1f} MB, DAWSON takes up to "
          f"{DAWSON_MAX_BYTES // 2**20} MB)")
    if copy.pages_to_check:
        pages = ", ".join(str(n) for n in copy.pages_to_check)
        print(f"letter4390: warning: check page(s) {pages} of the copy yourself before you file it: the "
              "scan is hard to read there, so a taxpayer ID number may not have been found and covered.",
              file=sys.stderr)
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


