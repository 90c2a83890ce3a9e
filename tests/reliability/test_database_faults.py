"""The warehouse database unreachable when a run starts (a URL to a closed port), or gone in the middle of a run
(PostgreSQL stopped, then started again): the command fails with one clear message and no traceback, nothing
committed is lost, no state moves past what was loaded, and the next run catches up."""
from __future__ import annotations

import contextlib
import io
import socket
import threading
import time

import pytest

from tests.reliability.conftest import (cli_env, count, pg_restarted_after, pg_stop, run_cli,
                                        serve_bulletins, snapshot, write_sources)

PASSWORD = "S3cr3t-pa55"


def closed_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]  # closed again when the socket is


def cli(*args: str) -> tuple[int, str, str]:
    """The command line, in this process (the Prefect harness is already up). What the command prints is captured;
    Prefect's own log handler keeps the stream it was created with (capsys would close it under its feet)."""
    from seizure_stats.cli import main

    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = main(list(args))
    return code, out.getvalue(), err.getvalue()


@pytest.mark.timeout(120)
def test_unreachable_database_at_start_is_one_clear_message_and_next_run_catches_up(tmp_path, examples, harness,
                                                                                    fresh_url, use_warehouse):
    good = fresh_url("sqlite")
    use_warehouse(good, examples / "sources.toml")
    assert cli("run")[0] == 0
    docs_before = count(good, "SELECT COUNT(*) FROM document")
    marks_before = snapshot(good, ("source_state",))

    # a new bulletin arrives while the database is unreachable
    (examples / "inbox" / "new-bulletin.txt").write_text(
        "Bulletin 2024: los agentes de aduanas intervinieron 3 500 cajetillas de tabaco en Algeciras.\n",
        encoding="utf-8")
    port = closed_port()
    down = f"postgresql+psycopg://postgres:{PASSWORD}@127.0.0.1:{port}/test"
    for args in (["run"], ["backfill", "--since", "2019-01-01", "--until", "2019-12-31"]):
        started = time.monotonic()
        out = run_cli(args, cli_env(tmp_path, down, examples / "sources.toml"))  # a real process, as a user runs it
        assert time.monotonic() - started < 60
        assert out.returncode == 3, (out.stdout, out.stderr)
        assert "Traceback" not in out.stderr and "Traceback" not in out.stdout
        lines = [line for line in out.stderr.splitlines() if line.strip()]
        assert len(lines) == 1, out.stderr
        assert lines[0].startswith(f"seizure-stats {args[0]}: cannot reach the warehouse database "
                                   f"postgresql+psycopg://postgres:***@127.0.0.1:{port}/test: ")
        assert "Connection refused" in lines[0] and "run again" in lines[0]
        assert PASSWORD not in out.stderr + out.stdout

    # nothing was written anywhere meanwhile; the next run takes the new bulletin
    assert snapshot(good, ("source_state",)) == marks_before
    assert cli("run")[0] == 0
    assert count(good, "SELECT COUNT(*) FROM document") == docs_before + 1
    assert count(good, "SELECT COUNT(*) FROM document WHERE content LIKE '%3 500 cajetillas%'") == 1


@pytest.mark.slow
@pytest.mark.timeout(240)
def test_postgres_stopped_mid_run_fails_clearly_and_next_run_catches_up(tmp_path, server, harness, fresh_url,
                                                                       use_warehouse):
    feed = serve_bulletins(server, delay=1.0)
    sources = write_sources(tmp_path / "sources.toml", [
        {"name": "bulletins-http", "kind": "feed", "url": feed, "allow_private": True, "authority": "agency"},
    ])
    url, clean = fresh_url("postgres"), fresh_url("postgres")

    def stop_when_fetching() -> None:
        deadline = time.monotonic() + 60
        while not any(p.endswith(".html") for p in server.paths()) and time.monotonic() < deadline:
            time.sleep(0.05)
        pg_stop()  # while the first page is being served: the run has started, nothing is loaded yet

    use_warehouse(url, sources, http_retries=0)
    with pg_restarted_after():
        stopper = threading.Thread(target=stop_when_fetching, daemon=True)
        stopper.start()
        code, out, err = cli("run")
        stopper.join(timeout=60)
    assert code == 3, err[-4000:]
    last = [line for line in err.splitlines() if line.strip()][-1]
    assert last.startswith("seizure-stats run: the warehouse database postgresql+psycopg://postgres@127.0.0.1:5432"
                           "/test") and "failed during the run" in last and "run again" in last, last
    # (above it, Prefect's own log lines of the tasks that failed, as for any failed task)
    # no state moved past what was loaded (nothing was)
    assert count(url, "SELECT COUNT(*) FROM source_state WHERE high_water IS NOT NULL") == 0
    assert count(url, "SELECT COUNT(*) FROM document") == 0

    assert cli("run")[0] == 0
    use_warehouse(clean, sources)
    assert cli("run")[0] == 0
    assert count(url, "SELECT COUNT(*) FROM document") == 5
    assert snapshot(url) == snapshot(clean)
