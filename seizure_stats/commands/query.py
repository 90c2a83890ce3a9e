"""Query the warehouse read-only: a view name (SELECT * FROM it) or any SQL statement. Statements that would
change the warehouse (INSERT, DELETE, DROP, ATTACH, ...) are refused with a message and change nothing.
Views: reconciled_figures (one value per claim, the default to start from), figures_by_country_year,
figures_by_category_year, figures_by_operation, document_figures (each figure with its quote and URL),
quarantine_by_check."""
from __future__ import annotations

import argparse
import sys

from seizure_stats.commands._args import positive_int, wide_output
from seizure_stats.commands._errors import USAGE, CommandError

HELP = "query the warehouse read-only: a view name or SQL; --format table|csv|json"


def add_url_argument(p: argparse.ArgumentParser) -> None:
    p.add_argument("--url", help="warehouse URL (default: SEIZURE_STATS_DATABASE_URL or the SQLite file in data_dir)")


def warehouse_url(args: argparse.Namespace) -> str:
    if getattr(args, "url", None):
        return args.url
    from seizure_stats.settings import get_settings
    return get_settings().url


def add_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("query", help="a view or table name, or one SQL statement (SELECT / WITH / ...)")
    p.add_argument("--format", choices=("table", "csv", "json"), default="table")
    p.add_argument("--limit", type=positive_int, default=None, help="at most N rows")
    add_url_argument(p)


def run(args: argparse.Namespace) -> int:
    from seizure_stats.commands._checks import open_read_only
    from seizure_stats.warehouse.query import QueryError, format_rows, run_query

    if not args.query.strip():
        raise CommandError("the query is empty: give a view name (e.g. reconciled_figures) or one SQL statement")
    engine = open_read_only(warehouse_url(args))
    try:
        columns, rows = run_query(engine, args.query, limit=args.limit)
    except QueryError as e:  # a write attempt (ReadOnlyViolation) included: the user's mistake, nothing changed
        raise CommandError(str(e), USAGE) from e
    finally:
        engine.dispose()
    sys.stdout.write(format_rows(columns, rows, args.format, max_width=0 if wide_output() else 60))
    return 0
