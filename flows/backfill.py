"""The manual flow: re-fetch and re-load a past date range of some sources (feed items by date, dataset rows by
period), or re-extract their archived documents without fetching when the extractor has improved. Idempotent:
running it twice leaves the warehouse as running it once."""
from __future__ import annotations

from datetime import date

from prefect import flow

from flows import task_runners
from flows.runner import run_sources


@flow(name="backfill", log_prints=True, task_runner=task_runners.from_settings())
def backfill(sources: list[str] | None = None, since: date | None = None, until: date | None = None,
             from_archive: bool = False):
    return run_sources("backfill", sources, since=since, until=until, from_archive=from_archive)


if __name__ == "__main__":
    backfill()
