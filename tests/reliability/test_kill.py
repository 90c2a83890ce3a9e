"""A real SIGKILL of a process that is loading: no document is left with part of its figures, and the next run
completes the load to exactly what one clean run gives. On SQLite and PostgreSQL."""
from __future__ import annotations

import os
import signal
import subprocess
import time

import pytest
from sqlalchemy import create_engine, text

from tests.reliability.conftest import HERE, PYTHON, ROOT, snapshot
from tests.reliability.kill_loader import expected_figures

N = 40
SCRIPT = str(HERE / "kill_loader.py")


def figures_per_document(url: str) -> dict[str, int]:
    eng = create_engine(url)
    try:
        with eng.connect() as conn:
            docs = [r[0] for r in conn.execute(text("SELECT id FROM document"))]
            counts = dict(conn.execute(text("SELECT document_id, COUNT(*) FROM figure GROUP BY document_id")).all())
    finally:
        eng.dispose()
    return {d: counts.get(d, 0) for d in docs} | {d: n for d, n in counts.items() if d not in docs}


def start(url: str, *extra: str) -> subprocess.Popen:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    return subprocess.Popen([PYTHON, SCRIPT, url, str(N), *extra], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            text=True, env=env, cwd=ROOT)


def wait_for_line(proc: subprocess.Popen, wanted: str, timeout: float = 60) -> str:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        line = proc.stdout.readline()
        if not line:
            raise AssertionError(f"loader ended before {wanted!r}: {proc.stderr.read()[-3000:]}")
        if line.startswith(wanted):
            return line
    raise AssertionError(f"no {wanted!r} within {timeout}s")


@pytest.mark.timeout(150)
@pytest.mark.parametrize(("backend", "when"), [("sqlite", "inside-a-transaction"),
                                               ("postgres", "inside-a-transaction"),
                                               ("postgres", "while-running")])
def test_sigkill_mid_load_leaves_whole_documents_and_next_run_completes(backend, when, fresh_url):
    """`inside-a-transaction`: the loader is killed while the figures of its third batch are written but not
    committed (deterministic); `while-running`: killed 50 ms after its second batch, wherever it is."""
    expected = expected_figures(N)
    killed = fresh_url(backend)

    if when == "inside-a-transaction":
        # the third load transaction has written its figures but not committed when the process dies
        proc = start(killed, "--hang-in-transaction", "3")
        inside = int(wait_for_line(proc, "IN-TRANSACTION").split()[1])
        committed = sum(figures_per_document(killed).values())
        assert inside > committed > 0
    else:
        proc = start(killed)
        wait_for_line(proc, "BATCH 1")
        time.sleep(0.05)
    proc.send_signal(signal.SIGKILL)
    proc.wait(timeout=30)
    assert proc.returncode == -signal.SIGKILL

    after_kill = figures_per_document(killed)
    assert 0 < len(after_kill) < N, "the kill did not land in the middle of the load"
    for doc_id, n in after_kill.items():
        assert doc_id in expected, f"unknown document {doc_id}"
        assert n == expected[doc_id], f"document {doc_id} has {n} of its {expected[doc_id]} figures"
    if when == "inside-a-transaction":  # the uncommitted batch left no trace, not even its document rows
        assert sum(after_kill.values()) == committed

    # the next run, and (alongside, into a fresh warehouse, so that both run the same code) one clean run
    clean = fresh_url(backend)
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    runs = [subprocess.Popen([PYTHON, SCRIPT, u, str(N)], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                             env=env, cwd=ROOT) for u in (killed, clean)]
    for p in runs:
        out, err = p.communicate(timeout=120)
        assert p.returncode == 0 and "DONE" in out, err[-3000:]

    assert figures_per_document(killed) == expected
    assert snapshot(killed) == snapshot(clean)
