"""A scheduled ingest and a backfill at the same time, in two processes, over the same sources, on SQLite and on
PostgreSQL: no duplicate rows, no lock error reaching the user, and the warehouse equals one run's."""
from __future__ import annotations

import pprint
import subprocess

import pytest

from tests.reliability.conftest import HERE, PYTHON, ROOT, cli_env, count, differences, snapshot

LOCK_WORDS = ("locked", "deadlock", "could not serialize", "traceback", "lock timeout", "unique constraint",
              "duplicate key", "integrityerror")


def bulk_inbox(examples, n: int = 120) -> None:
    """More documents for the file source, so that the two runs' loads overlap."""
    folder = examples / "inbox" / "bulk"
    folder.mkdir()
    countries = ("France", "Belgium", "Germany", "Italy", "Spain", "Portugal")
    for i in range(n):
        (folder / f"bulletin-{i:03d}.txt").write_text(
            f"Customs bulletin {i}\n\nCustoms officers in {countries[i % 6]} seized {100 + i} kg of cocaine "
            f"and {2000 + 7 * i} cigarettes during checks at the port. {i % 9 + 2} people were arrested.\n",
            encoding="utf-8")


@pytest.mark.timeout(240)
@pytest.mark.parametrize("backend", ["sqlite", "postgres"])
def test_ingest_and_backfill_at_once_equal_one_run(backend, tmp_path, examples, harness, fresh_url):
    bulk_inbox(examples)
    url, reference = fresh_url(backend), fresh_url(backend)
    go = tmp_path / "go"
    env = cli_env(tmp_path, url, examples / "sources.toml", harness)
    commands = {"ingest": ["run"], "backfill": ["backfill", "--since", "1990-01-01", "--until", "2035-12-31"]}
    # the reference: one ingest alone into its own warehouse, started with the others so that it runs the same code
    # (the extractor evolves; a process imports it when it starts)
    envs = {"ingest": env, "backfill": env,
            "reference": cli_env(tmp_path, reference, examples / "sources.toml", harness)}
    commands["reference"] = ["run"]
    procs = {name: subprocess.Popen([PYTHON, str(HERE / "cli_at.py"), str(go), *args], env=envs[name], cwd=ROOT,
                                    stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
             for name, args in commands.items()}
    for name, p in procs.items():  # all three imported and warmed up: then they start together
        line = p.stdout.readline()
        assert line.startswith("READY"), f"{name}: {line}{p.stderr.read()[-3000:] if p.poll() is not None else ''}"
    go.touch()
    results = {name: p.communicate(timeout=200) for name, p in procs.items()}
    for name, p in procs.items():
        out, err = results[name]
        assert p.returncode == 0, f"{name}: {err[-4000:]}"
        assert not [w for w in LOCK_WORDS if w in (out + err).lower()], f"{name}: {err[-4000:]}"

    # both processes were released by the same GO file; both recorded their run. (Their run rows need not overlap:
    # on SQLite one writer at a time may hold the second run's first write until the first run's load commits.)
    runs = snapshot_runs(url)
    assert len(runs) == 2 and {r[2] for r in runs} == {"ingest", "backfill"}, runs

    # one run's warehouse: the same rows, nothing twice
    assert count(url, "SELECT COUNT(*) FROM document") >= 120
    assert count(url, "SELECT COUNT(*) FROM figure") == count(
        url, "SELECT COUNT(*) FROM (SELECT DISTINCT document_id, metric, unit, value, category, country, object, "
             "char_start FROM figure) AS f")
    tables = ("source", "document", "figure", "quarantine")
    both, one = snapshot(url, tables), snapshot(reference, tables)
    assert both == one, pprint.pformat(differences(both, one), width=200)

    # source_state: the marks a scheduled run keeps (ETag, Last-Modified, content hash) are the ingest's, not the
    # stale ones the backfill read when it started; a high-water mark is the single run's or not set yet (when the
    # backfill loaded an item first, the ingest skips it as known and does not date its mark by it), never later
    states = {r["source"]: r for r in state_rows(url)}
    for ref in state_rows(reference):
        got = states[ref["source"]]
        assert (got["etag"], got["last_modified"], got["content_hash"]) == (
            ref["etag"], ref["last_modified"], ref["content_hash"]), ref["source"]
        assert got["high_water"] in (ref["high_water"], None), ref["source"]
        assert got["state"] == "ok" and got["last_error"] is None


def state_rows(url: str) -> list[dict]:
    from sqlalchemy import create_engine, text

    eng = create_engine(url)
    try:
        with eng.connect() as conn:
            return [dict(r) for r in conn.execute(text("SELECT * FROM source_state")).mappings()]
    finally:
        eng.dispose()


def snapshot_runs(url: str) -> list[tuple]:
    from sqlalchemy import create_engine, text

    eng = create_engine(url)
    try:
        with eng.connect() as conn:
            return [tuple(r) for r in conn.execute(text("SELECT started, finished, flow FROM run ORDER BY started"))]
    finally:
        eng.dispose()
