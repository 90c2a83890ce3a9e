"""The scheduled flow: what is new in every configured source (or the ones named) since its last success."""
from __future__ import annotations

from prefect import flow

from flows import task_runners
from flows.runner import run_sources


@flow(name="ingest", log_prints=True, task_runner=task_runners.from_settings())
def ingest(sources: list[str] | None = None):
    return run_sources("ingest", sources)


if __name__ == "__main__":
    ingest()
