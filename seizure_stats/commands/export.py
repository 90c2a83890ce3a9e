"""Export the figure table and every view to CSV or Parquet files (one file each, named after it). Dates are
ISO dates in CSV and typed dates (timestamps in UTC) in Parquet, the same from SQLite and PostgreSQL."""
from __future__ import annotations

import argparse
import os
from pathlib import Path

from seizure_stats.commands._errors import USAGE, CommandError
from seizure_stats.commands.query import add_url_argument, warehouse_url

HELP = "export the figure table and every view as CSV or Parquet files"


def add_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("--format", choices=("csv", "parquet"), default="csv")
    p.add_argument("--out", type=Path, default=None, help="folder (default: <data_dir>/export)")
    add_url_argument(p)


def check_out(out: Path) -> None:
    """The folder can be written (or created): said before the warehouse is opened."""
    if out.exists() and not out.is_dir():
        raise CommandError(f"--out {out}: is a file; give a folder (the export writes one file per table and view)")
    parent = next((p for p in (out, *out.parents) if p.exists()), Path("."))
    if not os.access(parent, os.W_OK):
        raise CommandError(f"--out {out}: {parent} is not writable")


def run(args: argparse.Namespace) -> int:
    from seizure_stats.commands._checks import open_read_only
    from seizure_stats.warehouse.export import export
    from seizure_stats.warehouse.query import QueryError

    out = args.out
    if out is None:
        from seizure_stats.settings import get_settings
        out = get_settings().data_dir / "export"
    check_out(out)
    engine = open_read_only(warehouse_url(args))
    try:
        paths = export(engine, out, fmt=args.format)
    except QueryError as e:
        raise CommandError(f"{e} (is the warehouse migrated? run the pipeline first)", USAGE) from e
    except OSError as e:
        raise CommandError(f"--out {out}: {e.strerror or e}", USAGE) from e
    finally:
        engine.dispose()
    for path, rows in paths:
        print(f"{path}\t{rows} rows")
    return 0
