"""Export the figure table and every view to CSV or Parquet files (one file each, named after it)."""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

from seizure_stats.commands.query import add_url_argument, warehouse_url

HELP = "export the figure table and every view as CSV or Parquet files"


def add_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("--format", choices=("csv", "parquet"), default="csv")
    p.add_argument("--out", type=Path, default=None, help="folder (default: <data_dir>/export)")
    add_url_argument(p)


def run(args: argparse.Namespace) -> int:
    from seizure_stats.warehouse.export import export  # noqa: PLC0415
    from seizure_stats.warehouse.query import QueryError, read_only_engine  # noqa: PLC0415

    out = args.out
    if out is None:
        from seizure_stats.settings import get_settings  # noqa: PLC0415
        out = get_settings().data_dir / "export"
    try:
        engine = read_only_engine(warehouse_url(args))
    except QueryError as e:
        print(f"seizure-stats export: {e}", file=sys.stderr)
        return 2
    try:
        paths = export(engine, out, fmt=args.format)
    except QueryError as e:
        print(f"seizure-stats export: {e}", file=sys.stderr)
        return 2
    finally:
        engine.dispose()
    for path, rows in paths:
        print(f"{path}\t{rows} rows")
    return 0
