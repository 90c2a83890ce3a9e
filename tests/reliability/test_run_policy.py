"""The run policy is plain code, tested here without Prefect: a failing plan, a failing batch and a successful
source in one run; what state each keeps, the run row, the summary and the outcome. Then, with Prefect, a run in
which every source failed ends Failed (so automations fire) and a partly failed one Completed with a message
naming the failed sources; the CLI still exits 2 for both."""
from __future__ import annotations

import asyncio
import json

import pytest
from sqlalchemy import create_engine, text

from tests.reliability.conftest import count, write_sources


def one(url: str, sql: str, **params) -> dict:
    eng = create_engine(url)
    try:
        with eng.connect() as conn:
            return dict(conn.execute(text(sql), params).mappings().one())
    finally:
        eng.dispose()


def sources_file(tmp_path, *, broken: tuple[str, ...] = ("missing",)):
    (tmp_path / "inbox").mkdir(exist_ok=True)
    (tmp_path / "inbox" / "a.txt").write_text("Customs seized 120 kg of cocaine in Antwerp.", encoding="utf-8")
    (tmp_path / "other").mkdir(exist_ok=True)
    (tmp_path / "other" / "b.txt").write_text("Customs seized 30 kg of heroin in Calais.", encoding="utf-8")
    tables = [{"name": "inbox", "kind": "files", "url": str(tmp_path / "inbox")},
              {"name": "other", "kind": "files", "url": str(tmp_path / "other")}]
    tables += [{"name": name, "kind": "files", "url": str(tmp_path / f"no-such-{name}")} for name in broken]
    return write_sources(tmp_path / "sources.toml", tables)


@pytest.mark.parametrize("backend", ["sqlite", "postgres"])
def test_run_policy_without_prefect(tmp_path, fresh_url, backend):
    from seizure_stats import pipeline
    from seizure_stats.run_policy import Run, outcome
    from seizure_stats.settings import Settings

    url = fresh_url(backend)
    settings = Settings(database_url=url, sources_file=sources_file(tmp_path), data_dir=tmp_path / "data")
    run = Run.begin("ingest", "run-1", None, settings=settings)
    assert [s.name for s in run.sources] == ["inbox", "other", "missing"]
    assert one(url, "SELECT status, pid FROM run WHERE id = 'run-1'")["status"] == "running"
    by_name = {s.name: s for s in run.sources}

    # inbox: planned, loaded, its state saved
    plan = pipeline.plan(by_name["inbox"], settings=settings, engine=run.engine)
    parts = [pipeline.ingest_batch(b, by_name["inbox"], settings=settings, engine=run.engine, run_id="run-1")
             for b in plan.batches(settings.batch_size)]
    state = run.batches_done(by_name["inbox"], plan, parts)
    assert state is not None and state.high_water
    pipeline.save_progress(run.engine, state, run.reports["inbox"].documents)

    # other: planned, but a batch raised: the source fails, no state to save
    plan = pipeline.plan(by_name["other"], settings=settings, engine=run.engine)
    assert run.batches_done(by_name["other"], plan, [RuntimeError("disk full")]) is None

    # missing: the plan itself raises
    with pytest.raises(Exception) as info:
        pipeline.plan(by_name["missing"], settings=settings, engine=run.engine)
    run.plan_failed(by_name["missing"], info.value)

    summary = run.finish()
    assert summary["failed_sources"] == ["other", "missing"] and summary["documents"] == 1
    assert outcome(summary) == ("completed", "2 of 3 sources failed: other, missing")
    row = one(url, "SELECT status, documents, failures FROM run WHERE id = 'run-1'")
    assert row["status"] == "failed" and row["documents"] == 1
    assert json.loads(row["failures"]) == {"other": "RuntimeError: disk full",
                                           "missing": summary["sources"][2]["error"]}
    assert "does not exist" in summary["sources"][2]["error"]
    states = {s: one(url, "SELECT * FROM source_state WHERE source = :s", s=s) for s in ("inbox", "other", "missing")}
    assert states["inbox"]["state"] == "ok" and states["inbox"]["high_water"]
    for name in ("other", "missing"):
        assert states[name]["state"] == "failing" and states[name]["consecutive_failures"] == 1
        assert states[name]["high_water"] is None
    assert count(url, "SELECT COUNT(*) FROM document WHERE source = 'other'") == 0

    # a run in which every source fails ends failed
    settings = Settings(database_url=url, sources_file=sources_file(tmp_path, broken=("gone1", "gone2")),
                        data_dir=tmp_path / "data")
    run = Run.begin("ingest", "run-2", ["gone1", "gone2"], settings=settings)
    for source in run.sources:
        try:
            pipeline.plan(source, settings=settings, engine=run.engine)
        except Exception as e:  # noqa: BLE001
            run.plan_failed(source, e)
    status, message = outcome(run.finish())
    assert status == "failed" and message.startswith("every source failed (2): gone1: ")


async def _stored_state(flow_run_id):
    from prefect.client.orchestration import get_client

    async with get_client() as client:
        return (await client.read_flow_run(flow_run_id)).state


@pytest.mark.timeout(180)
def test_a_run_whose_sources_all_failed_is_failed_in_prefect(tmp_path, fresh_url, use_warehouse, fast_retries):
    from flows.ingest import ingest
    from seizure_stats.run_policy import SourcesFailed

    url = fresh_url("sqlite")
    use_warehouse(url, sources_file(tmp_path, broken=("gone1", "gone2")))

    state = ingest(sources=["gone1", "gone2"], return_state=True)
    assert state.is_failed() and state.message.startswith("every source failed (2)")
    stored = asyncio.run(_stored_state(state.state_details.flow_run_id))  # what automations see: the server's
    assert stored.is_failed() and stored.name == "Failed"
    with pytest.raises(SourcesFailed) as info:  # called plainly, it raises with the summary
        ingest(sources=["gone1", "gone2"])
    assert info.value.summary["failed_sources"] == ["gone1", "gone2"]

    from seizure_stats.commands._flowrun import flow_summary  # what the CLI does with the state (exit 2)

    assert flow_summary(state)["failed_sources"] == ["gone1", "gone2"]
    state = ingest(return_state=True)  # partly failed: Completed, the failure named in the message
    assert state.is_completed() and state.message == "2 of 4 sources failed: gone1, gone2"
    assert state.result()["failed_sources"] == ["gone1", "gone2"]



def test_the_documented_automation_matches_a_failed_run(tmp_path, fresh_url, use_warehouse, fast_retries):
    """deployments/automations.yaml is a valid Prefect automation, triggered by the event a failed ingest emits
    (prefect.flow-run.<state name>, related to the flow by name)."""
    import uuid

    import yaml
    from prefect.events.schemas.automations import AutomationCore

    from flows.ingest import ingest
    from tests.reliability.conftest import ROOT

    raw = (ROOT / "deployments" / "automations.yaml").read_text(encoding="utf-8")
    data = yaml.safe_load(raw.replace("REPLACE-WITH-YOUR-NOTIFICATION-BLOCK-ID", str(uuid.uuid4())))
    (automation,) = [AutomationCore.model_validate(a) for a in data["automations"]]
    trigger = automation.trigger
    url = fresh_url("sqlite")
    use_warehouse(url, sources_file(tmp_path, broken=("gone1",)))
    state = ingest(sources=["gone1"], return_state=True)
    assert trigger.expect == {f"prefect.flow-run.{state.name}"}
    assert "ingest" in trigger.match_related["prefect.resource.name"]
    assert "flow" in trigger.match_related["prefect.resource.role"]
    # (not created on the test server: an automation there breaks the event stream of the session's later runs)


def test_item_failures_are_one_warning_line_per_source(tmp_path, fresh_url):
    """A source with 300 failed items (and a plan of 60,000 would be the same) logs one line with the count, the
    commonest reasons and an example, not one line per item."""
    import logging

    from seizure_stats.run_policy import Run
    from seizure_stats.settings import Settings
    from seizure_stats.sources import Failure, Plan

    records: list[logging.LogRecord] = []
    logger = logging.getLogger("test-run-policy")
    handler = logging.Handler()
    handler.emit = records.append
    logger.addHandler(handler)
    try:
        url = fresh_url("sqlite")
        settings = Settings(database_url=url, sources_file=sources_file(tmp_path), data_dir=tmp_path / "data")
        run = Run.begin("ingest", "run-w", ["inbox"], settings=settings, logger=logger)
        failures = [Failure("inbox", f"http://x.example/{i}", "HTTP 404 Not Found") for i in range(290)]
        failures += [Failure("inbox", f"http://x.example/t{i}", "timed out after 20s") for i in range(10)]
        run.batches_done(run.sources[0], Plan(source="inbox", failures=failures), [])
    finally:
        logger.removeHandler(handler)
    lines = [r.getMessage() for r in records if r.levelno == logging.WARNING]
    assert lines == ["source inbox: 300 item(s) failed: HTTP 404 Not Found (290), timed out after 20s (10); "
                     "e.g. http://x.example/0: HTTP 404 Not Found"]


def test_a_sqlite_file_deleted_during_the_run_is_not_reported_as_success(tmp_path):
    """The run's writes went to an unlinked file: the run says the warehouse was lost (the CLI exits 3)."""
    import os

    from seizure_stats.run_policy import Run
    from seizure_stats.settings import Settings

    path = tmp_path / "w.db"
    settings = Settings(database_url=f"sqlite:///{path}", sources_file=sources_file(tmp_path),
                        data_dir=tmp_path / "data")
    run = Run.begin("ingest", "run-d", ["inbox"], settings=settings)
    os.unlink(path)
    summary = run.finish()
    assert summary["warehouse_error"] == f"the SQLite file {path} was deleted during the run; what it loaded is lost"
