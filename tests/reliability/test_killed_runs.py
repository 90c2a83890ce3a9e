"""A CLI run killed with SIGKILL at several points leaves no Prefect server behind, and the next run closes its run
row as `interrupted` (its process is gone), although the killed run's own Prefect database still says RUNNING."""
from __future__ import annotations

import json
import signal
import subprocess
import threading
import time

import psutil
import pytest
from sqlalchemy import create_engine, text

from tests.reliability.conftest import PYTHON, ROOT, cli_env, serve_bulletins, write_sources


def run_rows(url: str, *, strict: bool = True) -> list[dict]:
    eng = create_engine(url)
    try:
        with eng.connect() as conn:
            return [dict(r) for r in conn.execute(text("SELECT id, status, pid, failures FROM run")).mappings()]
    except Exception:
        if strict:
            raise
        return []
    finally:
        eng.dispose()


class Cli:
    """`seizure-stats run` in a subprocess, its stderr lines collected as they come."""

    def __init__(self, env: dict) -> None:
        self.proc = subprocess.Popen([PYTHON, "-m", "seizure_stats.cli", "run"], env=env, cwd=ROOT, text=True,
                                     stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        self.lines: list[str] = []
        threading.Thread(target=self._read, daemon=True).start()

    def _read(self) -> None:
        for line in self.proc.stderr:
            self.lines.append(line)

    def wait_for(self, predicate, timeout: float = 90) -> None:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if predicate():
                return
            if self.proc.poll() is not None:
                raise AssertionError("the run ended before the kill point:\n" + "".join(self.lines[-30:]))
            time.sleep(0.05)
        raise AssertionError("kill point not reached:\n" + "".join(self.lines[-30:]))

    def kill(self) -> list[psutil.Process]:
        """SIGKILL the CLI; returns its descendants as they were at that moment."""
        children = psutil.Process(self.proc.pid).children(recursive=True)
        self.proc.send_signal(signal.SIGKILL)
        self.proc.wait(timeout=30)
        return children


def gone(processes: list[psutil.Process], timeout: float = 20) -> list[psutil.Process]:
    """The processes still alive (not zombies) after `timeout`."""
    _, alive = psutil.wait_procs(processes, timeout=timeout)
    return [p for p in alive if p.is_running() and p.status() != psutil.STATUS_ZOMBIE]


@pytest.mark.timeout(400)
@pytest.mark.parametrize("backend", ["sqlite", "postgres"])
def test_sigkilled_runs_are_closed_by_the_next_run_and_leave_no_server(tmp_path, server, fresh_url, backend):
    url = fresh_url(backend)
    feed = serve_bulletins(server, delay=1.5)  # each page takes 1.5 s: the batch is fetching when killed
    sources = write_sources(tmp_path / "sources.toml", [
        {"name": "news", "kind": "feed", "url": feed, "allow_private": True, "language": "en"}])
    env = cli_env(tmp_path, url, sources, SEIZURE_STATS_BATCH_SIZE=2)  # no PREFECT_API_URL: a temporary server

    kill_points = {
        "starting": lambda cli: any("Starting temporary server" in line for line in cli.lines),
        "run row written": lambda cli: any(r["status"] == "running" and r["pid"] == cli.proc.pid
                                           for r in run_rows(url, strict=False)),
        "mid-batch": lambda cli: any(" fetched " in line for line in cli.lines),
    }
    killed_pids = []
    for name, reached in kill_points.items():
        cli = Cli(env)
        cli.wait_for(lambda cli=cli, reached=reached: reached(cli))
        if name == "mid-batch":
            time.sleep(0.5)
        children = cli.kill()
        alive = gone(children)
        for p in alive:  # not left behind by a failing test either
            p.kill()
        assert alive == [], f"{name}: processes outlived the killed CLI: {alive}"
        killed_pids.append(cli.proc.pid)

    # each run closes the rows the kills before it left (their processes are gone); the last one is still open
    killed_rows = [r for r in run_rows(url) if r["pid"] in killed_pids]
    assert len(killed_rows) >= 2, "the kills did not land after the run rows were written"
    assert [r["pid"] for r in killed_rows if r["status"] == "running"] == [killed_pids[-1]]

    done = subprocess.run([PYTHON, "-m", "seizure_stats.cli", "run"], env=env, cwd=ROOT, capture_output=True,
                          text=True, timeout=240, check=False)
    assert done.returncode == 0, done.stderr[-3000:]
    rows = run_rows(url)
    assert [r for r in rows if r["status"] == "running"] == []
    interrupted = [r for r in rows if r["status"] == "interrupted"]
    assert {r["id"] for r in interrupted} == {r["id"] for r in killed_rows}
    for r in interrupted:
        assert r["pid"] in killed_pids and "ended without recording" in json.loads(r["failures"])["run"]
