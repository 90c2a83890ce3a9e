"""Re-fetch and re-load a past range of some sources (feed items by date, dataset rows by period), or with
--from-archive re-extract the documents already archived, without fetching (after the extractor improved).
Running the same backfill twice leaves the warehouse as running it once."""
from __future__ import annotations

import argparse
from datetime import date

from seizure_stats.commands._flowrun import run_flow

HELP = "re-load a date range of sources, or re-extract archived documents"


def add_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("--source", action="append", dest="sources", metavar="NAME",
                   help="source to backfill (repeatable); default: every enabled source")
    p.add_argument("--since", type=date.fromisoformat, metavar="YYYY-MM-DD", help="first day of the range")
    p.add_argument("--until", type=date.fromisoformat, metavar="YYYY-MM-DD", help="last day of the range")
    p.add_argument("--from-archive", action="store_true", help="re-extract archived documents without fetching")


def run(args: argparse.Namespace) -> int:
    from flows.backfill import backfill  # noqa: PLC0415

    if args.since and args.until and args.since > args.until:
        raise SystemExit("seizure-stats backfill: --since is after --until")
    return run_flow("backfill", "backfill", lambda: backfill(sources=args.sources, since=args.since,
                                                              until=args.until, from_archive=args.from_archive,
                                                              return_state=True))
