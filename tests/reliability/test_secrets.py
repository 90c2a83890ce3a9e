"""A database password never shows: not in what the command prints, not in Prefect's logs, artifacts, flow and task
run states, not in the warehouse (run rows, errors), not in the data folder; for a successful run and for failing
ones (wrong database name with that password, the flow itself failing on it)."""
from __future__ import annotations

import pytest
from sqlalchemy import create_engine, inspect, text

from tests.reliability.conftest import (cli_env, drop_pg_schema, new_pg_schema, require_postgres, run_cli,
                                        serve_bulletins, write_sources)

PASSWORD = "S3cr3t-pa55"  # PostgreSQL here trusts every local connection: any password is accepted


def prefect_records() -> list[str]:
    """Everything the Prefect API holds about runs: logs, artifacts, flow and task runs (parameters, states)."""
    from prefect.client.orchestration import get_client

    def every(read) -> list:
        rows, offset = [], 0
        while True:
            page = read(limit=200, offset=offset)
            rows += page
            if len(page) < 200:
                return rows
            offset += 200

    with get_client(sync_client=True) as client:
        out = [repr(log.message) + repr(log.name) for log in every(client.read_logs)]
        out += [repr(a.model_dump()) for a in every(client.read_artifacts)]
        out += [repr(r.model_dump()) for r in every(client.read_flow_runs)]
        out += [repr(r.model_dump()) for r in every(client.read_task_runs)]
        assert any("ingest-summary" in a for a in out)  # the run's artifact is among what was read
    return out


def warehouse_dump(url: str) -> str:
    eng = create_engine(url)
    try:
        with eng.connect() as conn:
            parts = []
            for t in inspect(conn).get_table_names():
                parts += [repr(tuple(r)) for r in conn.execute(text(f'SELECT * FROM "{t}"'))]
            return "\n".join(parts)
    finally:
        eng.dispose()


def files_containing(folder, needle: bytes) -> list[str]:
    return [str(p) for p in folder.rglob("*") if p.is_file() and needle in p.read_bytes()]


@pytest.mark.timeout(240)
def test_database_password_never_appears(tmp_path, server, harness, use_warehouse):
    require_postgres()
    schema, _ = new_pg_schema()
    url = f"postgresql+psycopg://postgres:{PASSWORD}@127.0.0.1:5432/test?options=-csearch_path%3D{schema}"
    wrong = f"postgresql+psycopg://postgres:{PASSWORD}@127.0.0.1:5432/no_such_database"
    sources = write_sources(tmp_path / "sources.toml", [
        {"name": "news", "kind": "feed", "url": serve_bulletins(server), "allow_private": True},
        {"name": "down", "kind": "feed", "url": server.url("/missing.xml"), "allow_private": True},  # a failure
    ])
    captured: list[str] = []
    try:
        ok = run_cli(["run"], cli_env(tmp_path, url, sources, harness, SEIZURE_STATS_HTTP_RETRIES=0), timeout=180)
        captured += [ok.stdout, ok.stderr]
        assert ok.returncode == 2, ok.stderr[-3000:]  # one source failed, the other loaded
        assert "news" in ok.stdout and "down" in ok.stdout

        for args in (["run"], ["backfill", "--from-archive"]):
            bad = run_cli(args, cli_env(tmp_path, wrong, sources, harness))
            captured += [bad.stdout, bad.stderr]
            assert bad.returncode == 3 and "no_such_database" in bad.stderr, bad.stderr
            assert "postgres:***@127.0.0.1:5432/no_such_database" in bad.stderr

        # the flow itself failing on the wrong database (as a deployment would run it, without the CLI's check)
        from flows.ingest import ingest

        use_warehouse(wrong, sources)
        with pytest.raises(Exception) as info:
            ingest()
        captured += [str(info.value), repr(info.value)]
        assert "no_such_database" in str(info.value)

        captured += prefect_records()
        captured.append(warehouse_dump(url))
        assert "down" in captured[-1] and "news" in captured[-1]  # the run rows and errors are in there
        leaks = [c[max(0, c.find(PASSWORD) - 200): c.find(PASSWORD) + 50] for c in captured if PASSWORD in c]
        assert leaks == []
        assert files_containing(tmp_path / "data", PASSWORD.encode()) == []
    finally:
        from sqlalchemy.engine import make_url

        from seizure_stats.warehouse.db import _engines

        for key in [k for k in _engines if make_url(k[0]).password == PASSWORD]:
            _engines.pop(key).dispose()
        drop_pg_schema(schema)
