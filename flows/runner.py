"""What the ingest and backfill flows share: every selected source goes plan -> batches (fetch, extract, load)
-> save state, sources and batches in parallel, and a source that fails is reported without stopping the
others."""
from __future__ import annotations

from datetime import date, datetime, timezone

from prefect import get_run_logger
from prefect.artifacts import create_table_artifact
from prefect.runtime import flow_run

from flows import tasks
from seizure_stats import pipeline, progress
from seizure_stats.settings import get_settings
from seizure_stats.sources.config import load_sources, select
from seizure_stats.warehouse.db import get_engine, migrate


def _ended_in_prefect(run_id: str) -> str | None:
    """The final state's name of a Prefect flow run ("Crashed", "Completed"...), or None while it runs or when the
    id is not a flow run of this Prefect server."""
    from uuid import UUID  # noqa: PLC0415

    from prefect.client.orchestration import get_client  # noqa: PLC0415
    from prefect.exceptions import ObjectNotFound  # noqa: PLC0415

    try:
        uuid = UUID(run_id)
    except ValueError:  # a run outside Prefect
        return None
    try:
        with get_client(sync_client=True) as client:
            run = client.read_flow_run(uuid)
    except ObjectNotFound:
        return None
    return run.state.name if run.state is not None and run.state.is_final() else None


def _warehouse_down(error: BaseException) -> str | None:
    """The driver's one-line reason when `error` is the warehouse failing (server gone, connection lost)."""
    from sqlalchemy.exc import DBAPIError, InterfaceError, OperationalError  # noqa: PLC0415

    if not (isinstance(error, OperationalError | InterfaceError)
            or (isinstance(error, DBAPIError) and error.connection_invalidated)):
        return None
    orig = getattr(error, "orig", None) or error
    lines = [line.strip() for line in str(orig).splitlines() if line.strip()]
    return lines[0] if lines else type(orig).__name__


def run_sources(flow_name: str, names: list[str] | None, since: date | None = None, until: date | None = None,
                from_archive: bool = False) -> dict:
    from seizure_stats.warehouse.loader import (  # noqa: PLC0415
        close_interrupted_runs, finish_run, start_run, upsert_sources)

    logger = get_run_logger()
    settings = get_settings()
    engine = get_engine(settings.url)
    migrate(engine)
    sources = select(load_sources(settings.sources_file), names)
    run_id = str(flow_run.id or f"local-{datetime.now(timezone.utc):%Y%m%dT%H%M%S}")
    parameters = {"sources": names, "since": since and since.isoformat(), "until": until and until.isoformat(),
                  "from_archive": from_archive}
    start_run(engine, run_id, flow_name, parameters)
    try:
        closed = close_interrupted_runs(engine, _ended_in_prefect, current=run_id)
        if closed:
            logger.warning("runs that ended without recording their end are now marked interrupted: %s",
                           ", ".join(closed))
    except Exception as e:  # noqa: BLE001 - bookkeeping of past runs must not stop this one
        logger.warning("could not check for interrupted runs: %s", e)
    upsert_sources(engine, sources)
    progress.emit("start", sources=[s.name for s in sources])

    planned = {s.name: tasks.plan.submit(s, since, until, from_archive) for s in sources}
    reports: dict[str, pipeline.SourceReport] = {}
    warehouse_error: list[str] = []

    def record_failure(name: str, reason: str) -> None:
        """Best effort: with the warehouse gone, the failure is in the summary and the logs, not in source_state
        (whose state, not advanced, is what makes the next run catch up)."""
        try:
            tasks.record_failure(name, reason)
        except Exception as e:  # noqa: BLE001
            down = _warehouse_down(e)
            if down is None:
                raise
            warehouse_error[:] = [down]
            logger.error("could not record the failure of %s: the warehouse is unreachable (%s)", name, down)

    running = {}  # every source's batches are submitted as soon as its plan is in: they run while others plan
    for source in sources:
        try:
            plan = planned.pop(source.name).result()
        except Exception as e:  # the source as a whole failed, after its retries
            reason = f"{type(e).__name__}: {e}"
            logger.error("source %s failed: %s", source.name, reason)
            if _warehouse_down(e):
                warehouse_error[:] = [_warehouse_down(e)]
            record_failure(source.name, reason)
            reports[source.name] = pipeline.SourceReport(source=source.name, error=reason)
            progress.emit("failed", source=source.name, reason=reason)
            progress.emit("source-done", source=source.name)
            continue
        running[source.name] = plan, [tasks.ingest_batch.submit(batch, source, run_id, number)
                                      for number, batch in enumerate(plan.batches(settings.batch_size), 1)]

    for source in sources:
        if source.name not in running:
            continue
        plan, futures = running.pop(source.name)
        report = pipeline.SourceReport(source=source.name, requests=plan.requests, not_modified=plan.not_modified,
                                       failures=[f"{f.url}: {f.reason}" for f in plan.failures])
        parts, errors = [], []
        for future in futures:  # every batch is waited for, so none is still loading when the run ends
            try:
                parts.append(future.result())
                report.add(parts[-1])
            except Exception as e:  # noqa: BLE001 - the source fails below with the first error
                errors.append(e)
        try:
            if errors:
                raise errors[0]
            if not from_archive:
                # a backfill records its success but never moves the marks a scheduled run keeps
                tasks.save_state(pipeline.settle(plan, parts), report.new_documents,
                                 keep_marks=since is not None or until is not None)
        except Exception as e:
            down = _warehouse_down(e)
            report.error = f"warehouse unreachable: {down}" if down else f"{type(e).__name__}: {e}"
            if down:
                warehouse_error[:] = [down]
            logger.error("source %s failed while loading: %s", source.name, report.error)
            record_failure(source.name, report.error)
        for failure in report.failures:
            logger.warning("source %s: %s", source.name, failure)
        reports[source.name] = report
        progress.emit("source-done", source=source.name)
    reports = [reports[s.name] for s in sources]

    summary = summarize(flow_name, run_id, reports, _freshness(engine, sources))
    try:
        finish_run(engine, run_id, "failed" if summary["failed_sources"] else "completed",
                   {k: summary[k] for k in ("documents", "figures", "quarantined")},
                   {r.source: r.error for r in reports if r.error})
    except Exception as e:  # noqa: BLE001
        down = _warehouse_down(e)
        if down is None:
            raise
        warehouse_error[:] = [down]
        logger.error("could not record the end of the run: the warehouse is unreachable (%s)", down)
    summary["warehouse_error"] = warehouse_error[0] if warehouse_error else None
    create_table_artifact(
        key=f"{flow_name}-summary",
        table=summary["sources"],
        description=f"{flow_name}: {summary['documents']} documents, {summary['figures']} figures loaded, "
                    f"{summary['quarantined']} quarantined, failed sources: {', '.join(summary['failed_sources']) or 'none'}"
                    f", stale sources: {', '.join(summary['stale_sources']) or 'none'}",
    )
    progress.emit("done", summary=summary)
    logger.info("%s: %s documents, %s figures, %s quarantined", flow_name, summary["documents"],
                summary["figures"], summary["quarantined"])
    return summary


def _freshness(engine, sources) -> dict[str, dict]:
    """Each source's freshness after the run (stale: nothing new for longer than its warn_after_days)."""
    from seizure_stats.warehouse.state import freshness  # noqa: PLC0415

    try:
        return {row["source"]: row for row in freshness(engine, sources)}
    except Exception:  # noqa: BLE001 - the warehouse may be gone; the summary is still worth publishing
        return {}


def summarize(flow_name: str, run_id: str, reports: list[pipeline.SourceReport],
              fresh: dict[str, dict] | None = None) -> dict:
    fresh = fresh or {}
    rows = [{"source": r.source, "status": "failed" if r.error else "ok", "documents": r.documents,
             "figures": r.figures, "quarantined": r.quarantined, "requests": r.requests,
             "not_modified": r.not_modified, "item_failures": len(r.failures),
             "quarantine_by_check": ", ".join(f"{k}: {v}" for k, v in sorted(r.quarantine_by_check.items())),
             "freshness": fresh.get(r.source, {}).get("state", ""),
             "last_new_document": fresh.get(r.source, {}).get("last_new_document") or "",
             "error": r.error or ""} for r in reports]
    return {
        "flow": flow_name,
        "run_id": run_id,
        "documents": sum(r.documents for r in reports),
        "figures": sum(r.figures for r in reports),
        "quarantined": sum(r.quarantined for r in reports),
        "failed_sources": [r.source for r in reports if r.error],
        "stale_sources": [name for name, row in fresh.items() if row.get("stale")],
        "sources": rows,
    }
