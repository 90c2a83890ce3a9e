"""Running a flow from the CLI: a progress bar on a terminal (rich), plain log lines otherwise, then the run's
summary with a table of figures by country and metric."""
from __future__ import annotations

import sys
from collections.abc import Callable

from seizure_stats import progress
from seizure_stats.settings import get_settings


def shown_url(url: str) -> str:
    """The warehouse URL as it may be shown: without its password."""
    try:
        from sqlalchemy.engine import make_url

        return make_url(url).render_as_string(hide_password=True)
    except Exception:  # noqa: BLE001 - an unparseable URL is not echoed at all
        return "(the configured SEIZURE_STATS_DATABASE_URL)"


def db_reason(error: BaseException, url: str | None = None) -> str:
    """The first line of a database error (the driver's words, not SQLAlchemy's wrapper), password removed."""
    orig = getattr(error, "orig", None) or error
    lines = [line.strip() for line in str(orig).splitlines() if line.strip()]
    reason = lines[0] if lines else type(orig).__name__
    try:
        from sqlalchemy.engine import make_url

        password = make_url(url).password if url else None
    except Exception:  # noqa: BLE001
        password = None
    return reason.replace(str(password), "***") if password else reason


def check_warehouse(url: str, timeout: int = 10) -> str | None:
    """None when the warehouse answers; else why it does not, in one line (checked before a run starts, so that
    an unreachable database is one clear message and not a flow run failing in every task)."""
    from sqlalchemy import create_engine, text
    from sqlalchemy.exc import SQLAlchemyError

    from seizure_stats.warehouse.db import make_engine

    try:
        engine = (make_engine(url) if url.startswith("sqlite")
                  else create_engine(url, connect_args={"connect_timeout": timeout}))
    except Exception as e:  # noqa: BLE001 - a malformed URL, a missing driver
        return f"{type(e).__name__}: {db_reason(e, url)}"
    try:
        with engine.connect() as conn:
            conn.execute(text("SELECT 1"))
        return None
    except (SQLAlchemyError, OSError) as e:
        return db_reason(e, url)
    finally:
        engine.dispose()


def run_flow(command: str, label: str, call: Callable[[], object], fmt: str = "table") -> int:
    """What `run` and `backfill` do: check the warehouse, run the flow with progress, print the summary. Exit code
    0 when every source loaded, 2 when some failed, 3 when the warehouse could not be reached (before or during
    the run), with one message on stderr and no traceback."""
    from sqlalchemy.exc import SQLAlchemyError

    url = get_settings().url
    problem = check_warehouse(url)
    if problem:
        print(f"seizure-stats {command}: cannot reach the warehouse database {shown_url(url)}: {problem}. "
              f"Nothing was fetched or loaded; run again once the database is reachable.", file=sys.stderr)
        return 3
    from seizure_stats.cli import prefect_defaults
    from seizure_stats.commands._temporary_server import start_tied_to_this_process

    prefect_defaults()  # before Prefect is imported: its home and telemetry setting are read at import
    start_tied_to_this_process()  # a killed CLI leaves no Prefect server behind
    try:
        summary = flow_summary(run_with_progress(label, call))
    except SQLAlchemyError as e:
        print(f"seizure-stats {command}: the warehouse database {shown_url(url)} failed during the run: "
              f"{db_reason(e, url)}. Documents already committed are kept and no source's state moved past what "
              f"was loaded; run again once the database is reachable.", file=sys.stderr)
        return 3
    if fmt == "json":  # for scripts: the summary as the flow returned it (the artifact's content)
        import json

        sys.stdout.write(json.dumps(summary, default=str, ensure_ascii=False) + "\n")
    else:
        print_summary(summary)
    if summary.get("warehouse_error"):
        print(f"seizure-stats {command}: the warehouse database {shown_url(url)} failed during the run: "
              f"{summary['warehouse_error']}. Documents already committed are kept and no source's state moved "
              f"past what was loaded; run again once the database is reachable.", file=sys.stderr)
        return 3
    return 2 if summary["failed_sources"] else 0


def flow_summary(result) -> dict:
    """The run's summary from what the flow returned: its final state (called with return_state=True: a run whose
    every source failed ends Failed, with the summary in its data) or the summary itself."""
    from prefect.states import State

    from seizure_stats.run_policy import SourcesFailed

    if not isinstance(result, State):
        return result
    data = result.result(raise_on_failure=False)
    if isinstance(data, SourcesFailed):
        return data.summary
    if isinstance(data, BaseException):
        raise data
    return data


def _use_rich() -> bool:
    mode = get_settings().progress
    return mode == "rich" or (mode == "auto" and sys.stderr.isatty())


def run_with_progress(label: str, call: Callable[[], dict]) -> dict:
    if _use_rich():
        from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

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
            # not print(): inside a flow Prefect turns print() into INFO log records
            sys.stderr.write(f"{label}: {data.get('source')} {event} {details}\n")
            sys.stderr.flush()

    unsubscribe = progress.subscribe(on_line)
    try:
        return call()
    finally:
        unsubscribe()


def print_summary(summary: dict) -> None:
    from rich.console import Console
    from rich.table import Table

    from seizure_stats.warehouse.db import get_engine

    # not a terminal (a file, a pipe, a CI log): no 80-column default, tables as wide as their content
    console = Console(highlight=False, width=None if sys.stdout.isatty() else 10_000)
    console.print(f"[bold]{summary['flow']}[/bold] run {summary['run_id']}: "
                  f"documents read {summary['documents']}, figures loaded {summary['figures']}, "
                  f"figures quarantined {summary['quarantined']}", soft_wrap=True)
    sources = Table("source", "status", "freshness", "documents", "figures", "quarantined", "error",
                    title="Sources")
    for row in summary["sources"]:
        sources.add_row(row["source"], row["status"], row.get("freshness", ""), str(row["documents"]),
                        str(row["figures"]), str(row["quarantined"]), row["error"] or row["quarantine_by_check"])
    console.print(sources)
    from sqlalchemy.exc import SQLAlchemyError

    from seizure_stats.warehouse.query import QueryError
    from seizure_stats.warehouse.totals import totals_by

    try:
        rows = totals_by(get_engine(get_settings().url), "country")
    except (SQLAlchemyError, QueryError):
        console.print("(the warehouse cannot be read now: no table of figures)")
        return
    # the views' totals (warehouse.totals): a claim several bulletins restate counts once, a stated total is never
    # added to its parts, and figures with no country are labelled as such
    table = Table("country", "metric", "unit", "figures", "total", title="Figures in the warehouse by country and metric")
    for r in sorted(rows, key=lambda r: (r["country"] is None, r["label"], r["metric"], r["unit"])):
        table.add_row(r["label"], r["metric"], r["unit"], str(r["figures"]), f"{r['total']:,.0f}")
    console.print(table)
