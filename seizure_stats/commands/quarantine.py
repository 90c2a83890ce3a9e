"""List the records that failed validation, with the check that failed and the reason in words (newest first).
A document's quarantine rows are cleared when a later load of it passes."""
from __future__ import annotations

import argparse
import sys

from seizure_stats.commands.query import add_url_argument, warehouse_url

HELP = "list quarantined records with the failed check and its reason"


def add_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("--check", help="only this check (e.g. value_plausible)")
    p.add_argument("--source", help="only this source")
    p.add_argument("--format", choices=("table", "csv", "json"), default="table")
    p.add_argument("--limit", type=int, default=None)
    add_url_argument(p)


def run(args: argparse.Namespace) -> int:
    from seizure_stats.warehouse.query import QueryError, format_rows, quarantine_records, read_only_engine  # noqa: PLC0415

    try:
        engine = read_only_engine(warehouse_url(args))
    except QueryError as e:
        print(f"seizure-stats quarantine: {e}", file=sys.stderr)
        return 2
    try:
        columns, rows = quarantine_records(engine, check=args.check, source=args.source, limit=args.limit)
    except QueryError as e:
        print(f"seizure-stats quarantine: {e}", file=sys.stderr)
        return 2
    finally:
        engine.dispose()
    sys.stdout.write(format_rows(columns, rows, args.format, max_width=100))
    return 0
