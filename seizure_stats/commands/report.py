"""Write one self-contained HTML page (works offline: inline SVG charts, no scripts, no CDN) with seizures and
mass by country, by category and over time, the top operations, and every claim linked to its sources' URLs and
quotes."""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

from seizure_stats.commands.query import add_url_argument, warehouse_url

HELP = "write a self-contained HTML report (charts and tables linking to each figure's source and quote)"


def add_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("-o", "--output", type=Path, default=Path("report.html"), help="HTML file (default report.html)")
    p.add_argument("--title", default="Seizure statistics")
    p.add_argument("--max-rows", type=int, default=300, help="claims listed in the table (default 300)")
    add_url_argument(p)


def run(args: argparse.Namespace) -> int:
    from seizure_stats.report import write_report  # noqa: PLC0415
    from seizure_stats.warehouse.query import QueryError, read_only_engine  # noqa: PLC0415

    try:
        engine = read_only_engine(warehouse_url(args))
    except QueryError as e:
        print(f"seizure-stats report: {e}", file=sys.stderr)
        return 2
    try:
        path = write_report(engine, args.output, title=args.title, max_rows=args.max_rows)
    except QueryError as e:
        print(f"seizure-stats report: {e} (is the warehouse migrated? run the pipeline first)", file=sys.stderr)
        return 2
    finally:
        engine.dispose()
    print(path)
    return 0
