"""One task per stage; each calls one plain function of `seizure_stats.pipeline`. No task caches its result:
idempotency lives in the warehouse keys, and hashing a batch of documents for a cache key costs time."""
from __future__ import annotations

from datetime import date

from prefect import task
from prefect.cache_policies import NO_CACHE
from prefect.tasks import exponential_backoff

from seizure_stats import pipeline, progress
from seizure_stats.model import Document
from seizure_stats.settings import get_settings
from seizure_stats.sources import Collected, SourceConfig
from seizure_stats.warehouse.db import get_engine


def _engine():
    return get_engine(get_settings().url)


@task(cache_policy=NO_CACHE, name="fetch", retries=2, retry_delay_seconds=exponential_backoff(backoff_factor=2), tags=["fetch"],
      task_run_name="fetch-{source.name}")
def fetch(source: SourceConfig, since: date | None, until: date | None) -> Collected:
    collected = pipeline.fetch(source, settings=get_settings(), engine=_engine(), since=since, until=until)
    progress.emit("fetched", source=source.name, documents=len(collected.documents))
    return collected


@task(cache_policy=NO_CACHE, name="read-archive", task_run_name="read-archive-{source.name}")
def read_archive(source: SourceConfig, since: date | None, until: date | None) -> Collected:
    docs = pipeline.archived_documents(_engine(), source, since=since, until=until)
    progress.emit("fetched", source=source.name, documents=len(docs))
    return Collected(source=source.name, documents=docs)


@task(cache_policy=NO_CACHE, name="extract", task_run_name="extract-{source.name}")
def extract(documents: list[Document], source: SourceConfig) -> list[Document]:
    out = pipeline.extract_documents(documents, source)
    progress.emit("extracted", source=source.name, documents=len(out))
    return out


@task(cache_policy=NO_CACHE, name="load", task_run_name="load-{source}")
def load(documents: list[Document], source: str, run_id: str, extra_quarantine: list | None = None
         ) -> pipeline.SourceReport:
    report = pipeline.validate_and_load(documents, engine=_engine(), source=source, run_id=run_id,
                                        extra_quarantine=extra_quarantine)
    progress.emit("loaded", source=source, documents=report.documents, figures=report.figures)
    return report


@task(cache_policy=NO_CACHE, name="save-state", task_run_name="save-state-{collected.source}")
def save_state(collected: Collected, new_documents: int, keep_marks: bool = False) -> None:
    pipeline.save_progress(_engine(), collected, new_documents, keep_marks=keep_marks)


@task(cache_policy=NO_CACHE, name="record-failure", task_run_name="record-failure-{source}")
def record_failure(source: str, reason: str) -> None:
    pipeline.record_failure(_engine(), source, reason)
