"""The README's Prefect commands, run as written against a real Prefect server, worker and deployment: the
backfill deployment is triggered with parameters and the warehouse is checked afterwards."""
from __future__ import annotations

import contextlib
import os
import signal
import re
import socket
import subprocess
import time
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text

ROOT = Path(__file__).resolve().parents[2]
MARK = "<!-- prefect-commands -->"


def readme_commands() -> str:
    """The fenced block that follows the marker in the README: the commands users are told to run."""
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    after = readme.split(MARK, 1)[1]
    return re.search(r"```(?:bash|sh)?\n(.*?)```", after, re.S).group(1)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def session_pids(sid: int) -> list[int]:
    """Processes of a session: the block's jobs run in process groups of their own (`set -m`)."""
    out = subprocess.run(["ps", "-eo", "pid=,sid="], capture_output=True, text=True).stdout
    return [int(p) for p, s in (line.split() for line in out.splitlines()) if int(s) == sid]


def stop_group(pgid: int, grace: float = 10.0) -> None:
    """SIGTERM the server, worker and their children, then SIGKILL whatever is left after the grace time."""
    for sig in (signal.SIGTERM, signal.SIGKILL):
        for pid in session_pids(pgid):
            with contextlib.suppress(ProcessLookupError):
                os.kill(pid, sig)
        deadline = time.monotonic() + grace
        while time.monotonic() < deadline:
            if not session_pids(pgid):
                return
            time.sleep(0.2)


@pytest.mark.slow
@pytest.mark.timeout(600)
def test_readme_commands_deploy_and_backfill(tmp_path):
    port = free_port()
    commands = readme_commands().replace("4200", str(port))
    assert "prefect deploy" in commands and "deployment run backfill/manual" in commands
    assert "deployment run ingest/scheduled" in commands and "kill $SERVER" in commands
    script = "set -euo pipefail\n" + commands
    db = tmp_path / "warehouse.db"
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PREFECT_", "SEIZURE_STATS_"))}
    env.update(
        PREFECT_HOME=str(tmp_path / "prefect"),
        PREFECT_SERVER_ANALYTICS_ENABLED="false",
        PREFECT_WORKER_QUERY_SECONDS="2",
        SEIZURE_STATS_DATABASE_URL=f"sqlite:///{db}",
        SEIZURE_STATS_DATA_DIR=str(tmp_path / "data"),
        SEIZURE_STATS_SOURCES_FILE=str(ROOT / "examples" / "sources.toml"),
    )
    log = tmp_path / "commands.log"
    # Server and worker stay in the background: run in a session of its own and end the whole group after.
    with open(log, "w") as out:
        proc = subprocess.Popen(["bash", "-c", script], cwd=ROOT, env=env, stdout=out, stderr=subprocess.STDOUT,
                                start_new_session=True)
        try:
            returncode = proc.wait(timeout=420)
        finally:
            stop_group(proc.pid)
            proc.wait(timeout=30)
    output = log.read_text(errors="replace")[-6000:]
    assert returncode == 0, output
    assert output.count("Flow run finished successfully in 'Completed'") == 2, output
    with socket.socket() as probe:  # the block's last commands stopped the server
        assert probe.connect_ex(("127.0.0.1", port)) != 0, "the Prefect server still listens"
    assert (tmp_path / "prefect").is_dir()  # a PREFECT_HOME set before is kept (else: data/prefect)

    engine = create_engine(f"sqlite:///{db}")
    with engine.connect() as conn:
        runs = {r.flow: r for r in conn.execute(text("SELECT flow, parameters, status FROM run"))}
        run = runs["backfill"]
        sources = {r[0] for r in conn.execute(text("SELECT DISTINCT source FROM document"))}
        seizures = conn.execute(text(
            "SELECT value FROM figure WHERE metric = 'seizures' AND country IS NULL AND value = 2320")).all()
    assert run.flow == "backfill" and run.status == "completed"
    assert '"since": "2019-01-01"' in run.parameters
    assert runs["ingest"].status == "completed"  # the scheduled deployment, triggered by hand
    assert {"example-bulletins", "example-inbox", "cbp-drug-seizures-sample"} <= sources
    assert seizures, "the Postbox II bulletins of 2019 were loaded"
