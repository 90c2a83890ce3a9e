"""Write one self-contained HTML page (works offline: inline SVG charts, no scripts, no CDN) with seizures and
mass by country, by category and over time, the top operations, and every claim linked to its sources' URLs and
quotes. `-o` names the file; given an existing folder, the page is written into it as report.html."""
from __future__ import annotations

import argparse
import os
from pathlib import Path

from seizure_stats.commands._args import positive_int
from seizure_stats.commands._errors import USAGE, CommandError
from seizure_stats.commands.query import add_url_argument, warehouse_url

HELP = "write a self-contained HTML report (charts and tables linking to each figure's source and quote)"
DEFAULT_NAME = "report.html"


def add_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("-o", "--output", type=Path, default=Path(DEFAULT_NAME),
                   help=f"HTML file, or a folder to write {DEFAULT_NAME} into (default {DEFAULT_NAME})")
    p.add_argument("--title", default="Seizure statistics")
    p.add_argument("--max-rows", type=positive_int, default=300, help="claims listed in the table (default 300)")
    add_url_argument(p)


def output_path(output: Path) -> Path:
    """Where the page goes; a mistake (missing or read-only folder) is said before the warehouse is opened."""
    path = output / DEFAULT_NAME if output.is_dir() else output
    folder = path.parent if str(path.parent) else Path(".")
    if not folder.is_dir():
        raise CommandError(f"-o {output}: the folder {folder} does not exist")
    if not os.access(folder, os.W_OK) or (path.exists() and not os.access(path, os.W_OK)):
        raise CommandError(f"-o {output}: {path} is not writable")
    return path


def run(args: argparse.Namespace) -> int:
    from seizure_stats.commands._checks import open_read_only
    from seizure_stats.report import write_report
    from seizure_stats.warehouse.query import QueryError

    target = output_path(args.output)
    engine = open_read_only(warehouse_url(args))
    try:
        path = write_report(engine, target, title=args.title, max_rows=args.max_rows)
    except QueryError as e:
        raise CommandError(f"{e} (is the warehouse migrated? run the pipeline first)", USAGE) from e
    except OSError as e:
        raise CommandError(f"-o {args.output}: {e.strerror or e}", USAGE) from e
    finally:
        engine.dispose()
    print(path)
    return 0
