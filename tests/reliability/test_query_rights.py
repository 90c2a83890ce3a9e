"""`seizure-stats query` has no more rights than reading. On PostgreSQL it logs in as the reader role (SELECT on
the warehouse only), so the side-effecting server functions a superuser URL would allow are refused or harmless,
and a statement stops at the time limit. On SQLite the file is opened read-only and a runaway statement is
interrupted. Each case is run through the CLI; the warehouse (and the server) are checked afterwards."""
from __future__ import annotations

import contextlib
import io
import sqlite3
import time
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text

from tests.conftest import PG_ADMIN_URL
from tests.reliability.conftest import snapshot


def cli(*args: str) -> tuple[int, str, str]:
    from seizure_stats.cli import main

    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = main(list(args))
    return code, out.getvalue(), err.getvalue()


@pytest.fixture
def warehouse(fresh_url, monkeypatch):
    """warehouse(kind) -> URL of a migrated warehouse holding one document, queries limited to 1 s."""
    from seizure_stats import pipeline
    from seizure_stats.model import Document, Figure
    from seizure_stats.settings import get_settings
    from seizure_stats.warehouse.db import make_engine, migrate

    monkeypatch.setenv("SEIZURE_STATS_QUERY_TIMEOUT", "1")
    get_settings.cache_clear()

    def make(kind: str) -> str:
        url = fresh_url(kind)
        engine = make_engine(url)
        migrate(engine)
        body = "Customs seized 12 kg of cocaine."
        fig = Figure("mass", 12.0, "kg", category="drugs", object="cocaine", quote=body, start=15, end=17)
        pipeline.validate_and_load([Document(source="s", kind="text", url="https://x.example/a", text=body,
                                             published="2021-01-02", figures=[fig])],
                                   engine=engine, source="s", run_id="r")
        engine.dispose()
        return url

    yield make
    get_settings.cache_clear()


PG_REFUSED = {
    "lo_export": "SELECT lo_export(1, '{tmp}/lo_export.out')",
    "pg_read_file": "SELECT pg_read_file('/etc/hostname')",
    "pg_ls_dir": "SELECT * FROM pg_ls_dir('.')",
    "pg_stat_reset": "SELECT pg_stat_reset()",
    "set_config_role": "SELECT set_config('role', 'postgres', false)",
    "set_session_authorization": "SELECT set_config('session_authorization', 'postgres', false)",
    "lo_import": "SELECT lo_import('/etc/hostname')",
    "pg_reload_conf": "SELECT pg_reload_conf()",
}


@pytest.mark.parametrize("name", sorted(PG_REFUSED))
def test_postgres_server_functions_are_refused(warehouse, tmp_path, name):
    url = warehouse("postgres")
    before = snapshot(url)
    code, out, err = cli("query", PG_REFUSED[name].format(tmp=tmp_path), "--url", url)
    assert code != 0 and out == "", (code, out, err)
    assert "Traceback" not in err and len(err.strip().splitlines()) == 1
    assert "permission denied" in err or "read-only" in err or "must be" in err, err
    assert not (tmp_path / "lo_export.out").exists()
    assert snapshot(url) == before


def test_postgres_query_runs_as_the_reader_role_with_select_only(warehouse):
    url = warehouse("postgres")
    code, out, err = cli("query", "SELECT current_user AS u, session_user AS s", "--format", "csv", "--url", url)
    assert code == 0, err
    assert out.splitlines()[1] == "seizure_stats_reader,seizure_stats_reader"
    code, out, err = cli("query", "SELECT (SELECT COUNT(*) FROM document) AS d, (SELECT COUNT(*) FROM figure) AS f, "
                                  "(SELECT COUNT(*) FROM document_figures) AS v", "--format", "csv", "--url", url)
    assert code == 0 and out.splitlines()[1] == "1,1,1", (out, err)  # tables and views are readable


def test_postgres_terminate_backend_cannot_kill_another_session(warehouse):
    url = warehouse("postgres")
    admin = create_engine(PG_ADMIN_URL)
    try:
        with admin.connect() as other:
            pid = other.execute(text("SELECT pg_backend_pid()")).scalar()
            code, _, err = cli("query", f"SELECT pg_terminate_backend({pid})", "--url", url)
            assert code != 0 and ("permission denied" in err.lower() or "must be" in err), err
            assert other.execute(text("SELECT 1")).scalar() == 1  # still alive
    finally:
        admin.dispose()


def test_postgres_advisory_locks_do_not_outlive_the_query(warehouse):
    url = warehouse("postgres")
    code, _, err = cli("query", "SELECT pg_advisory_lock(727274), pg_advisory_lock(4242)", "--url", url)
    assert code == 0, err  # allowed to anyone, but released before the connection is given back
    admin = create_engine(PG_ADMIN_URL)
    try:
        with admin.connect() as conn:  # the migration lock and any other are free again
            assert conn.execute(text("SELECT pg_try_advisory_lock(727274) AND pg_try_advisory_lock(4242)")).scalar()
            conn.execute(text("SELECT pg_advisory_unlock_all()"))
    finally:
        admin.dispose()


@pytest.mark.parametrize("sql", ["SELECT pg_sleep(60)",
                                 "SELECT set_config('statement_timeout', '0', false), pg_sleep(60)",
                                 "WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c) "
                                 "SELECT COUNT(*) FROM c"])
def test_postgres_statement_stops_at_the_time_limit(warehouse, sql):
    url = warehouse("postgres")
    started = time.monotonic()
    code, _, err = cli("query", sql, "--url", url)
    assert time.monotonic() - started < 15
    assert code != 0 and "longer than the limit of 1 s" in err, err
    # the next statement on a fresh connection still has its limit
    started = time.monotonic()
    code, _, err = cli("query", "SELECT pg_sleep(60)", "--url", url)
    assert code != 0 and time.monotonic() - started < 15


def test_sqlite_recursive_cte_stops_at_the_time_limit(warehouse):
    url = warehouse("sqlite")
    started = time.monotonic()
    code, _, err = cli("query", "WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c) "
                                "SELECT COUNT(*) FROM c", "--url", url)
    assert time.monotonic() - started < 15
    assert code != 0 and "longer than the limit of 1 s" in err and "Traceback" not in err, err


@pytest.mark.parametrize("sql", ["PRAGMA journal_mode=WAL", "PRAGMA journal_mode", "SELECT COUNT(*) FROM figure"])
def test_sqlite_query_never_switches_the_journal_mode(warehouse, sql):
    url = warehouse("sqlite")
    path = Path(url.split("///", 1)[1])
    raw = sqlite3.connect(path)
    assert raw.execute("PRAGMA journal_mode=DELETE").fetchone()[0] == "delete"
    raw.close()
    before = path.read_bytes()
    cli("query", sql, "--url", url)
    raw = sqlite3.connect(path)
    try:
        assert raw.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
    finally:
        raw.close()
    assert path.read_bytes() == before and not Path(f"{path}-wal").exists()


def test_a_reader_that_cannot_log_in_is_one_clear_line(warehouse, monkeypatch):
    from seizure_stats.settings import get_settings

    url = warehouse("postgres")
    monkeypatch.setenv("SEIZURE_STATS_READER_URL", "postgresql+psycopg://no_such_reader_login@127.0.0.1:5432/test")
    get_settings.cache_clear()
    code, out, err = cli("query", "SELECT 1", "--url", url)
    assert code == 2 and out == "" and "Traceback" not in err and len(err.strip().splitlines()) == 1, err
    assert "cannot connect as the read-only role 'no_such_reader_login'" in err and "SEIZURE_STATS_READER_URL" in err
