"""Running a flow from the CLI: a progress bar on a terminal (rich), plain log lines otherwise, then the run's
summary with a table of figures by country and metric."""
from __future__ import annotations

import sys
from collections.abc import Callable

from seizure_stats import progress
from seizure_stats.settings import get_settings


def _use_rich() -> bool:
    mode = get_settings().progress
    return mode == "rich" or (mode == "auto" and sys.stderr.isatty())


def run_with_progress(label: str, call: Callable[[], dict]) -> dict:
    if _use_rich():
        from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn  # noqa: PLC0415

        with Progress(TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
                      transient=True) as bar:
            task = bar.add_task(label, total=None)

            def on_event(event: str, **data) -> None:
                if event == "start":
                    bar.update(task, total=len(data["sources"]))
                elif event in ("fetched", "loaded", "failed"):
                    bar.update(task, description=f"{label}: {data['source']} {event}")
                elif event == "source-done":
                    bar.advance(task)

            unsubscribe = progress.subscribe(on_event)
            try:
                return call()
            finally:
                unsubscribe()

    def on_line(event: str, **data) -> None:
        if event in ("fetched", "extracted", "loaded", "failed"):
            details = " ".join(f"{k}={v}" for k, v in data.items() if k != "source")
            print(f"{label}: {data.get('source')} {event} {details}", file=sys.stderr, flush=True)

    unsubscribe = progress.subscribe(on_line)
    try:
        return call()
    finally:
        unsubscribe()


def print_summary(summary: dict) -> None:
    from rich.console import Console  # noqa: PLC0415
    from rich.table import Table  # noqa: PLC0415

    from seizure_stats.warehouse.db import get_engine  # noqa: PLC0415

    console = Console(highlight=False)
    console.print(f"[bold]{summary['flow']}[/bold] run {summary['run_id']}: "
                  f"documents read {summary['documents']}, figures loaded {summary['figures']}, "
                  f"figures quarantined {summary['quarantined']}")
    sources = Table("source", "status", "documents", "figures", "quarantined", "error", title="Sources")
    for row in summary["sources"]:
        sources.add_row(row["source"], row["status"], str(row["documents"]), str(row["figures"]),
                        str(row["quarantined"]), (row["error"] or row["quarantine_by_check"])[:80])
    console.print(sources)
    from sqlalchemy import text  # noqa: PLC0415

    with get_engine(get_settings().url).connect() as conn:
        rows = conn.execute(text(
            "SELECT COALESCE(country, '(all)') AS country, metric, unit, COUNT(*) AS n, SUM(value) AS total "
            "FROM figure GROUP BY COALESCE(country, '(all)'), metric, unit ORDER BY 1, 2, 3")).all()
    table = Table("country", "metric", "unit", "figures", "total", title="Figures in the warehouse by country and metric")
    for country, metric, unit, n, total in rows:
        table.add_row(country, metric, unit, str(n), f"{total:,.0f}")
    console.print(table)
