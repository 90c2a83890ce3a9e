"""One task per stage; each calls one plain function of `seizure_stats.pipeline`. No task caches its result:
idempotency lives in the warehouse keys, and hashing a batch of documents for a cache key costs time.

A source is one `plan` task (read its index: which items are new), then one `ingest-batch` task per batch of
items (fetch -> extract -> validate -> load), then `save-state`. Texts never leave the batch task that fetched
them, so memory stays flat in the number of documents, and a batch is small enough to ship to a Dask worker."""
from __future__ import annotations

from datetime import date

from prefect import task
from prefect.cache_policies import NO_CACHE

from seizure_stats import pipeline, progress
from seizure_stats.settings import get_settings
from seizure_stats.sources import Batch, Plan, SourceConfig, SourceState
from seizure_stats.warehouse.db import get_engine


def _engine():
    return get_engine(get_settings().url)


# No task retries: the HTTP client retries each request within the source's time budget (one layer of retries;
# a second layer here multiplied the waits of a slow site by three).
@task(cache_policy=NO_CACHE, name="plan", tags=["fetch"], task_run_name="plan-{source.name}")
def plan(source: SourceConfig, since: date | None, until: date | None, from_archive: bool = False) -> Plan:
    if from_archive:
        planned = pipeline.archive_plan(_engine(), source, since=since, until=until)
    else:
        planned = pipeline.plan(source, settings=get_settings(), engine=_engine(), since=since, until=until)
    progress.emit("fetched", source=source.name,
                  documents=len(planned.items) + len(planned.documents) + len(planned.archived))
    return planned


@task(cache_policy=NO_CACHE, name="ingest-batch", tags=["fetch"], task_run_name="batch-{source.name}-{number}")
def ingest_batch(batch: Batch, source: SourceConfig, run_id: str, number: int = 0) -> pipeline.SourceReport:
    report = pipeline.ingest_batch(batch, source, settings=get_settings(), engine=_engine(), run_id=run_id)
    progress.emit("loaded", source=source.name, documents=report.documents, figures=report.figures)
    return report


@task(cache_policy=NO_CACHE, name="save-state", task_run_name="save-state-{state.source}")
def save_state(state: SourceState, new_documents: int, keep_marks: bool = False) -> None:
    pipeline.save_progress(_engine(), state, new_documents, keep_marks=keep_marks)
