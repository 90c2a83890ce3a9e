"""`backfill` as a script calls it (a real process with its temporary Prefect server, as `make run` runs): it
says which range it uses before it starts, and `--format json` prints the run's summary as one JSON object on
stdout while progress and notes stay on stderr (`run --format json` goes through the same code)."""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
CLI = Path(sys.executable).with_name("seizure-stats")


@pytest.mark.slow
@pytest.mark.timeout(600)
def test_backfill_prints_the_range_it_uses_and_json_for_scripts(tmp_path):
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PREFECT_", "SEIZURE_STATS_"))}
    env.update(SEIZURE_STATS_DATA_DIR=str(tmp_path / "data"), PREFECT_HOME=str(tmp_path / "prefect"),
               PREFECT_SERVER_ANALYTICS_ENABLED="false", PREFECT_LOGGING_LEVEL="WARNING")
    proc = subprocess.run([str(CLI), "backfill", "--source", "example-bulletins", "--since", "2019-01-01",
                           "--format", "json"], cwd=ROOT, env=env, capture_output=True, text=True, timeout=500)
    assert proc.returncode == 0, proc.stderr[-3000:]
    assert "backfill: re-loading of example-bulletins, from 2019-01-01 to today (no end)" in proc.stderr
    summary = json.loads(proc.stdout)
    assert summary["flow"] == "backfill" and summary["documents"] > 0 and not summary["failed_sources"]
    assert [s["source"] for s in summary["sources"]] == ["example-bulletins"]


@pytest.mark.slow
@pytest.mark.timeout(600)
def test_a_failed_source_is_one_log_line_and_a_whole_row_of_the_summary(tmp_path):
    """No traceback on the console for a source that cannot be reached (Prefect's API still gets it); the
    summary's error cell is not cut or wrapped when the output is not a terminal."""
    import shutil

    shutil.copytree(ROOT / "examples" / "inbox", tmp_path / "inbox")
    (tmp_path / "sources.toml").write_text(
        '[[source]]\nname = "down"\nkind = "feed"\nurl = "http://127.0.0.1:1/rss"\nallow_private = true\n\n'
        '[[source]]\nname = "inbox"\nkind = "files"\nurl = "inbox"\n', encoding="utf-8")
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PREFECT_", "SEIZURE_STATS_"))}
    env.update(SEIZURE_STATS_DATA_DIR=str(tmp_path / "data"), PREFECT_HOME=str(tmp_path / "prefect"),
               SEIZURE_STATS_SOURCES_FILE=str(tmp_path / "sources.toml"), SEIZURE_STATS_HTTP_RETRIES="0",
               PREFECT_SERVER_ANALYTICS_ENABLED="false", PREFECT_LOGGING_LEVEL="WARNING")
    proc = subprocess.run([str(CLI), "run"], cwd=ROOT, env=env, capture_output=True, text=True, timeout=500)
    assert proc.returncode == 2, proc.stderr[-3000:]
    assert "Traceback" not in proc.stderr + proc.stdout, proc.stderr[-3000:]
    failed = [line for line in proc.stdout.splitlines() if line.startswith("│ down ")]
    assert len(failed) == 1 and "http://127.0.0.1:1/rss unreachable: connection failed (Connection refused)" in failed[0]
    assert any(line.startswith("│ inbox ") and " ok " in line for line in proc.stdout.splitlines())
