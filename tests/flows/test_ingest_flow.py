"""The ingest and backfill flows on a real Prefect (test harness) against SQLite and PostgreSQL."""
from __future__ import annotations

import pytest
from sqlalchemy import text

from seizure_stats.warehouse.db import get_engine

TABLES = ("document", "figure", "quarantine")


def snapshot(url: str) -> dict:
    """Everything a run leaves behind except times and run ids, to compare two runs."""
    with get_engine(url).connect() as conn:
        return {
            "document": sorted(conn.execute(text("SELECT id, source, title, language, operation FROM document")).all()),
            "figure": sorted(conn.execute(text(
                "SELECT id, document_id, metric, value, unit, category, country, quote FROM figure")).all(),
                key=repr),
            "quarantine": sorted(conn.execute(text("SELECT id, check_name FROM quarantine")).all()),
        }


def test_ingest_loads_examples_and_rerun_changes_nothing(configured):
    from flows.ingest import ingest

    summary = ingest()
    assert summary["failed_sources"] == []
    assert summary["documents"] >= 8
    assert summary["figures"] > 20
    first = snapshot(configured.url)
    assert {d[1] for d in first["document"]} == {"example-bulletins", "example-inbox", "cbp-drug-seizures-sample"}
    # the French Postbox II bulletin gives the 2 320 seizures and Belgium's 505 parcels
    values = {(f[2], f[3], f[6]) for f in first["figure"]}
    assert ("seizures", 2320.0, None) in values
    assert any(v[1] == 505.0 and v[2] == "BE" for v in values)

    again = ingest()
    assert again["failed_sources"] == []
    assert snapshot(configured.url) == first


def test_failing_source_is_reported_and_others_still_load(configured, examples):
    from flows.ingest import ingest

    with open(examples / "sources.toml", "a", encoding="utf-8") as f:
        f.write('\n[[source]]\nname = "broken-feed"\nkind = "feed"\nurl = "missing/feed.xml"\n')
    summary = ingest()
    assert summary["failed_sources"] == ["broken-feed"]
    rows = {r["source"]: r for r in summary["sources"]}
    assert rows["broken-feed"]["status"] == "failed" and rows["broken-feed"]["error"]
    assert rows["example-bulletins"]["documents"] >= 5
    with get_engine(configured.url).connect() as conn:
        state = conn.execute(text("SELECT last_error, last_success FROM source_state WHERE source = 'broken-feed'")).one()
        run = conn.execute(text("SELECT status, failures FROM run WHERE flow = 'ingest'")).one()
    assert state.last_error and state.last_success is None
    assert run.status == "failed" and "broken-feed" in run.failures


def test_backfill_from_archive_equals_one_run(configured):
    from flows.backfill import backfill
    from flows.ingest import ingest

    ingest()
    before = snapshot(configured.url)
    summary = backfill(sources=["example-bulletins"], from_archive=True)
    assert summary["failed_sources"] == [] and summary["documents"] >= 5
    assert snapshot(configured.url) == before


def test_run_publishes_a_summary_artifact(configured):
    from prefect.client.orchestration import get_client
    from prefect.client.schemas.filters import ArtifactFilter, ArtifactFilterKey

    from flows.ingest import ingest

    ingest(sources=["example-inbox"])

    async def latest():
        async with get_client() as client:
            return await client.read_artifacts(artifact_filter=ArtifactFilter(key=ArtifactFilterKey(any_=["ingest-summary"])))

    import asyncio

    artifacts = asyncio.run(latest())
    assert artifacts and artifacts[-1].type == "table"
    assert "example-inbox" in str(artifacts[-1].data)


@pytest.mark.slow
@pytest.mark.parametrize("db_url", ["sqlite"], indirect=True)
def test_dask_runner_gives_the_same_warehouse(configured, tmp_path, monkeypatch):
    """Two local Dask worker processes load exactly what the default thread runner loads."""
    from prefect_dask import DaskTaskRunner

    from flows.ingest import ingest
    from seizure_stats.settings import get_settings

    ingest()
    threads = snapshot(configured.url)

    dask_url = f"sqlite:///{tmp_path / 'dask.db'}"
    monkeypatch.setenv("SEIZURE_STATS_DATABASE_URL", dask_url)
    get_settings.cache_clear()
    runner = DaskTaskRunner(cluster_kwargs={"n_workers": 2, "threads_per_worker": 1, "processes": True,
                                            "dashboard_address": None})
    summary = ingest.with_options(task_runner=runner)()
    assert summary["failed_sources"] == []
    assert snapshot(dask_url) == threads


@pytest.mark.parametrize("db_url", ["sqlite"], indirect=True)
def test_a_source_with_nothing_new_for_too_long_is_stale_in_the_summary(configured, examples):
    """warn_after_days counts from the last new document; a run that brings nothing new flags the source."""
    from datetime import datetime, timedelta, timezone

    from flows.ingest import ingest

    ingest(sources=["example-bulletins"])
    long_ago = (datetime.now(timezone.utc) - timedelta(days=45)).replace(tzinfo=None)
    with get_engine(configured.url).begin() as conn:
        conn.execute(text("UPDATE source_state SET last_new_document = :t, first_success = :t"), {"t": long_ago})
    summary = ingest(sources=["example-bulletins"])
    row = summary["sources"][0]
    assert row["documents"] == 0 and row["freshness"] == "stale"
    assert summary["stale_sources"] == ["example-bulletins"]


@pytest.mark.parametrize("db_url", ["sqlite"], indirect=True)
@pytest.mark.parametrize("how", ["refetch", "from_archive"])
def test_a_backfill_of_unchanged_documents_does_not_move_last_new_document(configured, how):
    """Reloading documents the warehouse already holds is not news: a stale source stays stale for `sources --check`."""
    from datetime import date, datetime, timedelta, timezone

    from flows.backfill import backfill
    from flows.ingest import ingest

    ingest(sources=["example-bulletins"])
    long_ago = (datetime.now(timezone.utc) - timedelta(days=45)).replace(tzinfo=None, microsecond=0)
    with get_engine(configured.url).begin() as conn:
        conn.execute(text("UPDATE source_state SET last_new_document = :t, first_success = :t"), {"t": long_ago})
    window = {"from_archive": True} if how == "from_archive" else {"since": date(1990, 1, 1), "until": date.today()}
    summary = backfill(sources=["example-bulletins"], **window)
    assert summary["failed_sources"] == [] and summary["documents"] >= 5  # the documents were loaded again
    with get_engine(configured.url).connect() as conn:
        row = conn.execute(text("SELECT last_new_document, last_success FROM source_state "
                                "WHERE source = 'example-bulletins'")).one()
    assert str(row.last_new_document)[:19] == long_ago.isoformat(sep=" ")[:19]
    assert summary["stale_sources"] == ["example-bulletins"]


@pytest.mark.parametrize("db_url", ["sqlite"], indirect=True)
def test_documents_go_through_in_batches_and_give_the_same_warehouse(configured, tmp_path, monkeypatch):
    """With small batches, each source is one plan task and one ingest-batch task per batch of at most
    batch_size documents (texts never pass through the flow), and the warehouse is what one batch gives."""
    import asyncio

    from prefect.client.orchestration import get_client
    from prefect.client.schemas.filters import FlowRunFilter, FlowRunFilterId

    from flows.ingest import ingest
    from seizure_stats.settings import get_settings

    whole = ingest()
    expected = snapshot(configured.url)

    small_url = f"sqlite:///{tmp_path / 'small.db'}"
    monkeypatch.setenv("SEIZURE_STATS_DATABASE_URL", small_url)
    monkeypatch.setenv("SEIZURE_STATS_BATCH_SIZE", "2")
    get_settings.cache_clear()
    summary = ingest()
    assert summary["documents"] == whole["documents"] and snapshot(small_url) == expected

    async def task_runs():
        async with get_client() as client:
            return await client.read_task_runs(
                flow_run_filter=FlowRunFilter(id=FlowRunFilterId(any_=[summary["run_id"]])))

    names = [t.name for t in asyncio.run(task_runs())]
    batches = [n for n in names if n.startswith("batch-")]
    documents = {r["source"]: r["documents"] for r in summary["sources"]}
    for source, n in documents.items():
        assert f"plan-{source}" in names
        assert sum(b.startswith(f"batch-{source}-") for b in batches) == -(-n // 2), source


@pytest.mark.parametrize("db_url", ["sqlite"], indirect=True)
def test_a_run_that_never_recorded_its_end_is_closed_by_the_next(configured):
    """A run row left `running` (its process killed, or the warehouse lost before its end was written) is marked
    interrupted by the next run once Prefect says that flow run is over; a run Prefect does not know is left."""
    import uuid

    from prefect import flow

    from flows.ingest import ingest
    from seizure_stats.warehouse.db import migrate
    from seizure_stats.warehouse.loader import start_run

    @flow(name="lost-run")
    def lost() -> str:
        from prefect.runtime import flow_run

        return str(flow_run.id)

    lost_id = lost()
    engine = get_engine(configured.url)
    migrate(engine)
    start_run(engine, lost_id, "ingest", {})
    stranger = str(uuid.uuid4())
    start_run(engine, stranger, "ingest", {})
    summary = ingest(sources=["example-inbox"])
    with engine.connect() as conn:
        runs = {r.id: r for r in conn.execute(text("SELECT id, status, finished, failures FROM run"))}
    assert runs[lost_id].status == "interrupted" and runs[lost_id].finished is not None
    assert "Completed" in runs[lost_id].failures
    assert runs[stranger].status == "running"
    assert runs[summary["run_id"]].status == "completed"
