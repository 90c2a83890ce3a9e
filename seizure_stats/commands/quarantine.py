"""List the records that failed validation, with the check that failed and the reason in words (newest first).
A document's quarantine rows are cleared when a later load of it passes. An unknown --check is an error that
lists the valid checks (the validation checks, and every check found in the quarantine)."""
from __future__ import annotations

import argparse
import ast
import sys
from pathlib import Path

from seizure_stats.commands._args import positive_int, wide_output
from seizure_stats.commands._errors import USAGE, CommandError, did_you_mean
from seizure_stats.commands.query import add_url_argument, warehouse_url

HELP = "list quarantined records with the failed check and its reason"


def add_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("--check", help="only this check (e.g. value_plausible)")
    p.add_argument("--source", help="only this source")
    p.add_argument("--format", choices=("table", "csv", "json"), default="table")
    p.add_argument("--limit", type=positive_int, default=None)
    add_url_argument(p)


def validation_checks() -> set[str]:
    """The names of `validation.SEVERITY`, read from its source: importing the module loads pandas and pandera,
    a second or more, which a mistyped argument should not cost."""
    from importlib.util import find_spec

    spec = find_spec("seizure_stats.validation")  # located, not executed
    tree = ast.parse(Path(spec.origin).read_text(encoding="utf-8")) if spec and spec.origin else None
    for node in ast.walk(tree) if tree else ():
        if isinstance(node, ast.AnnAssign | ast.Assign):
            targets = [node.target] if isinstance(node, ast.AnnAssign) else node.targets
            if any(isinstance(t, ast.Name) and t.id == "SEVERITY" for t in targets) and isinstance(node.value, ast.Dict):
                return {k.value for k in node.value.keys if isinstance(k, ast.Constant)}
    return set()


def run(args: argparse.Namespace) -> int:
    from seizure_stats.commands._checks import open_read_only
    from seizure_stats.warehouse.query import QueryError, format_rows, quarantine_records, run_query

    engine = open_read_only(warehouse_url(args))
    try:
        if args.check is not None:
            _, found = run_query(engine, "SELECT DISTINCT check_name FROM quarantine")
            valid = validation_checks() | {r[0] for r in found}
            if args.check not in valid:
                raise CommandError(f"--check {args.check!r} is not a check{did_you_mean(args.check, valid)}; "
                                   f"valid checks: {', '.join(sorted(valid))}")
        columns, rows = quarantine_records(engine, check=args.check, source=args.source, limit=args.limit)
    except QueryError as e:
        raise CommandError(f"{e} (is the warehouse migrated? run the pipeline first)", USAGE) from e
    finally:
        engine.dispose()
    sys.stdout.write(format_rows(columns, rows, args.format, max_width=0 if wide_output() else 100))
    return 0
