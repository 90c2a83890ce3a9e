"""`seizure-stats run` as `make run` calls it: a real process with its own temporary Prefect server, run twice."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text

ROOT = Path(__file__).resolve().parents[1]
CLI = Path(sys.executable).with_name("seizure-stats")


def cli(*args: str, env: dict) -> subprocess.CompletedProcess:
    return subprocess.run([str(CLI), *args], cwd=ROOT, env=env, capture_output=True, text=True, timeout=300)


def rows(db: Path) -> list:
    engine = create_engine(f"sqlite:///{db}")
    with engine.connect() as conn:
        out = sorted(conn.execute(text("SELECT id, document_id, metric, value, unit, country FROM figure")).all())
    engine.dispose()
    return out


@pytest.mark.slow
@pytest.mark.timeout(600)
def test_run_twice_prints_summary_and_changes_nothing(tmp_path):
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PREFECT_", "SEIZURE_STATS_"))}
    env.update(SEIZURE_STATS_DATA_DIR=str(tmp_path / "data"), PREFECT_LOGGING_LEVEL="WARNING")
    first = cli("run", env=env)
    assert first.returncode == 0, first.stderr[-3000:]
    assert "documents read" in first.stdout and "figures loaded" in first.stdout
    assert "Figures in the warehouse by country and metric" in first.stdout
    # not a terminal: progress comes as plain log lines, no bar
    assert "ingest: example-inbox loaded" in first.stderr
    db = tmp_path / "data" / "warehouse.db"
    loaded = rows(db)
    assert len(loaded) > 40

    second = cli("run", env=env)
    assert second.returncode == 0, second.stderr[-3000:]
    assert rows(db) == loaded


def test_help_of_every_command_explains_it():
    for command in ("run", "backfill", "extract", "query"):
        proc = subprocess.run([str(CLI), command, "--help"], capture_output=True, text=True, timeout=60)
        assert proc.returncode == 0 and "usage: seizure-stats " + command in proc.stdout
        assert len(proc.stdout.splitlines()) > 4
