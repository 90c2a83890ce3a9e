"""List every configured source (from the sources file) with its kind, last successful fetch, last new document
and state: `ok`, `failing` (the last attempt failed), `stale` (nothing new for longer than the source's
`warn_after_days`) or `never` (no run recorded). Stale and failing sources are flagged with `!`.
With --check the exit status is 1 when any enabled source is stale or failing (for monitoring)."""
from __future__ import annotations

import argparse
import csv
import json
import sys
from pathlib import Path

from seizure_stats.commands._args import wide_output

HELP = "list the configured sources with last success, last new document and state; flags stale ones"


def add_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("--sources-file", type=Path, help="the sources file (default: SEIZURE_STATS_SOURCES_FILE)")
    p.add_argument("--url", help="warehouse URL (default: SEIZURE_STATS_DATABASE_URL or the SQLite file in data_dir)")
    p.add_argument("--format", choices=("table", "csv", "json"), default="table")
    p.add_argument("--check", action="store_true", help="exit 1 when an enabled source is stale or failing")


def _short(ts: str | None) -> str:
    return ts.replace("T", " ")[:16] if ts else "-"


def format_table(rows: list[dict]) -> str:
    head = ("", "source", "kind", "last success", "last new document", "state", "days", "last error")
    lines = [head]
    for r in rows:
        flag = "!" if r["enabled"] and r["state"] in ("stale", "failing") else ""
        state = r["state"] + ("" if r["enabled"] else " (disabled)")
        days = "-" if r["days_since_new"] is None else f"{r['days_since_new']:g}"
        if r["warn_after_days"] is not None:
            days += f"/{r['warn_after_days']:g}"
        error = (r["last_error"] or "") if r["state"] == "failing" else ""
        error = error if wide_output() or len(error) <= 60 else error[:59] + "…"
        lines.append((flag, r["source"], r["kind"], _short(r["last_success"]), _short(r["last_new_document"]),
                      state, days, error))
    widths = [max(len(str(line[i])) for line in lines) for i in range(len(head))]
    out = ["  ".join(str(c).ljust(w) for c, w in zip(line, widths, strict=True)).rstrip() for line in lines]
    stale = sum(1 for r in rows if r["enabled"] and r["state"] == "stale")
    failing = sum(1 for r in rows if r["enabled"] and r["state"] == "failing")
    out.append(f"{len(rows)} sources, {stale} stale, {failing} failing")
    return "\n".join(out) + "\n"


def run(args: argparse.Namespace) -> int:
    from sqlalchemy import inspect

    from seizure_stats.commands._checks import open_read_only, selected_sources
    from seizure_stats.settings import get_settings
    from seizure_stats.warehouse.db import make_engine
    from seizure_stats.warehouse.state import freshness

    settings = get_settings()
    sources = selected_sources(None, args.sources_file or settings.sources_file, every=True, mappings=False)
    url = args.url or settings.url
    if url.startswith("sqlite") and not Path(url.split("///", 1)[-1]).exists():
        rows = freshness(None, sources)  # no warehouse yet: every source is `never`
    else:
        open_read_only(url).dispose()  # unreachable or not a database: one line, exit 3
        engine = make_engine(url, read_only=True)  # inspect() reads pragmas, which the query engine refuses
        try:
            has_state = inspect(engine).has_table("source_state")
            rows = freshness(engine if has_state else None, sources)
        finally:
            engine.dispose()
    if args.format == "json":
        sys.stdout.write(json.dumps(rows, indent=2, ensure_ascii=False) + "\n")
    elif args.format == "csv":
        writer = csv.DictWriter(sys.stdout, fieldnames=list(rows[0]) if rows else ["source"], lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)
    else:
        sys.stdout.write(format_table(rows))
    if args.check and any(r["enabled"] and r["state"] in ("stale", "failing") for r in rows):
        return 1
    return 0
