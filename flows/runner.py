"""What the ingest and backfill flows share: wiring the run policy (`seizure_stats.run_policy`) to tasks. Every
selected source goes plan -> batches (fetch, extract, load) -> save state; a source's batches start as soon as
its own plan is in, and its state is saved as soon as its own batches are done, whatever the other sources do.
The flow ends Failed when every source failed, so that Prefect automations and notifications fire."""
from __future__ import annotations

from datetime import date, datetime, timezone

from prefect import get_run_logger
from prefect.artifacts import create_table_artifact
from prefect.futures import as_completed
from prefect.runtime import flow_run
from prefect.states import Completed, Failed, State

from flows import tasks
from seizure_stats import progress
from seizure_stats.run_policy import Run, SourcesFailed, outcome
from seizure_stats.settings import get_settings


def _ended_in_prefect(run_id: str) -> str | None:
    """The final state's name of a Prefect flow run ("Crashed", "Completed"...), or None while it runs or when the
    id is not a flow run of this Prefect server."""
    from uuid import UUID

    from prefect.client.orchestration import get_client
    from prefect.exceptions import ObjectNotFound

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


def _result(future):
    try:
        return future.result()
    except Exception as e:  # noqa: BLE001 - the policy decides what a failed batch means
        return e


def run_sources(flow_name: str, names: list[str] | None, since: date | None = None, until: date | None = None,
                from_archive: bool = False) -> State:
    logger = get_run_logger()
    run_id = str(flow_run.id or f"local-{datetime.now(timezone.utc):%Y%m%dT%H%M%S}")
    run = Run.begin(flow_name, run_id, names, settings=get_settings(), since=since, until=until,
                    from_archive=from_archive, ended=_ended_in_prefect, logger=logger)
    progress.emit("start", sources=[s.name for s in run.sources])

    planned = {tasks.plan.submit(s, since, until, from_archive): s for s in run.sources}
    batches, pending, plans = {}, {}, {}
    for future in as_completed(list(planned)):  # a source's batches start when its own plan is in
        source = planned[future]
        try:
            plan = future.result()
        except Exception as e:  # noqa: BLE001 - the source as a whole failed, after its retries
            run.plan_failed(source, e)
            progress.emit("failed", source=source.name, reason=run.reports[source.name].error)
            progress.emit("source-done", source=source.name)
            continue
        plans[source.name] = plan
        submitted = [tasks.ingest_batch.submit(batch, source, run_id, number)
                     for number, batch in enumerate(plan.batches(get_settings().batch_size), 1)]
        pending[source.name] = set(submitted)
        batches.update({f: source for f in submitted})
        if not submitted:
            _settle(run, source, plan, [])

    outcomes: dict[str, list] = {}
    for future in as_completed(list(batches)):  # every batch is waited for: none is loading when the run ends
        source = batches[future]
        outcomes.setdefault(source.name, []).append(_result(future))
        pending[source.name].discard(future)
        if not pending[source.name]:  # the source's last batch: its state is saved now
            _settle(run, source, plans[source.name], outcomes[source.name])

    summary = run.finish()
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
    status, message = outcome(summary)
    if status == "failed":
        return Failed(message=message, data=SourcesFailed(message, summary))
    return Completed(message=message, data=summary)


def _settle(run: Run, source, plan, outcomes: list) -> None:
    state = run.batches_done(source, plan, outcomes)
    if state is not None:
        try:
            tasks.save_state(state, run.reports[source.name].new_documents, keep_marks=run.keep_marks)
        except Exception as e:  # noqa: BLE001
            run.source_failed(source, e)
    progress.emit("source-done", source=source.name)
