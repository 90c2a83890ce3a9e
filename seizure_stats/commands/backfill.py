"""Re-fetch and re-load a past range of some sources (feed items by date, dataset rows by period), or with
--from-archive re-extract the documents already archived, without fetching (after the extractor improved).
Running the same backfill twice leaves the warehouse as running it once.

A range is required when fetching: --since, --until or both (a missing end is open: --since alone runs to
today, --until alone from the earliest item); the range used is printed before the run. With --from-archive
and no range, every archived document of the sources is re-extracted."""
from __future__ import annotations

import argparse
import sys

from seizure_stats.commands._args import iso_date
from seizure_stats.commands._errors import CommandError
from seizure_stats.commands._flowrun import run_flow

HELP = "re-load a date range of sources (--since/--until), or re-extract archived documents (--from-archive)"


def add_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("--format", choices=("table", "json"), default="table",
                   help="the run's summary as tables (default) or one JSON object (for scripts)")
    p.add_argument("--source", action="append", dest="sources", metavar="NAME",
                   help="source to backfill (repeatable); default: every enabled source")
    p.add_argument("--since", type=iso_date, metavar="YYYY-MM-DD",
                   help="first day of the range (required unless --until or --from-archive is given)")
    p.add_argument("--until", type=iso_date, metavar="YYYY-MM-DD",
                   help="last day of the range (default with --since: no end, i.e. up to today)")
    p.add_argument("--from-archive", action="store_true", help="re-extract archived documents without fetching")


def describe_range(args: argparse.Namespace) -> str:
    """The range in words, as the run will use it."""
    if args.since is None and args.until is None:
        return "every archived document"
    since = args.since.isoformat() if args.since else "the earliest item"
    until = args.until.isoformat() if args.until else "today (no end)"
    return f"from {since} to {until}"


def run(args: argparse.Namespace) -> int:
    from seizure_stats.cli import prefect_defaults
    from seizure_stats.commands._checks import (
        checked_warehouse_url, selected_sources, writable_data_dir)

    if args.since and args.until and args.since > args.until:
        raise CommandError(f"--since {args.since} is after --until {args.until}")
    if args.since is None and args.until is None and not args.from_archive:
        raise CommandError("give the range to re-load: --since YYYY-MM-DD and/or --until YYYY-MM-DD "
                           "(or --from-archive to re-extract every archived document)")
    sources = selected_sources(args.sources)
    checked_warehouse_url()
    writable_data_dir()
    what = "re-extracting the archived documents" if args.from_archive else "re-loading"

    def backfill():  # the flow's final state (a run whose every source failed ends Failed)
        sys.stderr.write(f"backfill: {what} of {', '.join(s.name for s in sources)}, {describe_range(args)}\n")
        prefect_defaults()
        from flows.backfill import backfill
        from seizure_stats.commands._quiet import console_without_tracebacks

        console_without_tracebacks()

        return backfill(sources=args.sources, since=args.since, until=args.until, from_archive=args.from_archive,
                        return_state=True)

    return run_flow("backfill", "backfill", backfill, args.format)
