"""The loader on SQLite and PostgreSQL: idempotent, replaces on reload, keeps quarantine current, and two loaders
at once end with one copy of each figure."""
from __future__ import annotations

import dataclasses
import threading
from datetime import date

import pytest

from seizure_stats.model import Document, Figure
from seizure_stats.validation import QuarantineRecord, validate
from seizure_stats.warehouse.loader import figure_id, finish_run, load, start_run, upsert_sources
from tests.warehouse.conftest import SOURCES, known_documents, rows, scalar

NOW = date(2026, 1, 1)


def snapshot(engine) -> dict:
    return {
        "figure": rows(engine, "SELECT id, document_id, metric, value, unit, category, country, flags, cluster_key, "
                               "year FROM figure ORDER BY id"),
        "document": rows(engine, "SELECT id, source, title, operation FROM document ORDER BY id"),
        "quarantine": rows(engine, "SELECT id, check_name, reason, first_seen FROM quarantine ORDER BY id"),
    }


def load_validated(engine, documents, run_id="run-1", **kw):
    v = validate(documents, now=NOW)
    return load(engine, v.documents, v.quarantine, run_id=run_id, extractor_version="test-1", **kw)


def test_load_counts_and_rows(engine):
    stats = load_validated(engine, known_documents(), sources=SOURCES)
    assert stats.documents == 5 and stats.figures == 15 and stats.quarantined == 0 and stats.cleared == 0
    assert scalar(engine, "SELECT COUNT(*) FROM figure") == 15
    assert scalar(engine, "SELECT COUNT(*) FROM document") == 5
    assert scalar(engine, "SELECT authority FROM source WHERE name = 'customs-fr'") == "agency"
    f = rows(engine, "SELECT * FROM figure WHERE metric = 'mass' AND source = 'customs-fr'")[0]
    assert f["value"] == 500 and f["unit"] == "kg" and f["quote"] == "Officers seized 500 kg of cocaine"
    assert f["char_end"] - f["char_start"] == 3 and f["year"] == 2021
    assert f["cluster_key"] == "op:pangea xiv|mass|kg|cocaine|drugs|FR|2021-01-01|2021-12-31"
    # a figure without its own period takes the document's
    c = rows(engine, "SELECT period_start, period_end, year FROM figure WHERE metric = 'arrests' AND country = 'GB'")
    assert str(c[0]["period_start"]) == "2020-01-01" and c[0]["year"] == 2020


def test_load_twice_equals_once(engine):
    load_validated(engine, known_documents(), sources=SOURCES)
    once = snapshot(engine)
    stats = load_validated(engine, known_documents(), run_id="run-2", sources=SOURCES)
    assert stats.figures == 15
    assert snapshot(engine) == once


def test_only_documents_the_warehouse_did_not_hold_are_new(engine):
    """`new_documents` is what moves a source's last_new_document: a reload of unchanged documents is not news."""
    docs = known_documents()
    assert load_validated(engine, docs[:3], sources=SOURCES).new_documents == 3
    again = load_validated(engine, docs, run_id="run-2", sources=SOURCES)
    assert again.documents == 5 and again.new_documents == 2
    changed = dataclasses.replace(docs[0], text=docs[0].text + " Updated.", id="")
    assert load_validated(engine, [changed, *docs[1:]], run_id="run-3", sources=SOURCES).new_documents == 1


def test_reload_replaces_the_figures_of_a_document(engine):
    d = known_documents()[0]
    load_validated(engine, [d])
    assert scalar(engine, "SELECT COUNT(*) FROM figure WHERE document_id = :d", d=d.id) == 4
    changed = dataclasses.replace(d, figures=d.figures[:2] + [dataclasses.replace(d.figures[3], value=510)],
                                  title="Pangea XIV (corrected)")
    load_validated(engine, [changed])
    got = rows(engine, "SELECT metric, value FROM figure WHERE document_id = :d ORDER BY value", d=d.id)
    assert got == [{"metric": "mass", "value": 510}, {"metric": "seizures", "value": 1500},
                   {"metric": "seizures", "value": 2320}]
    assert scalar(engine, "SELECT title FROM document WHERE id = :d", d=d.id) == "Pangea XIV (corrected)"
    load_validated(engine, [dataclasses.replace(d, figures=[])])
    assert scalar(engine, "SELECT COUNT(*) FROM figure WHERE document_id = :d", d=d.id) == 0
    assert scalar(engine, "SELECT COUNT(*) FROM document") == 1


def test_quarantine_upserted_then_cleared_after_a_fix(engine):
    d = known_documents()[0]
    bad = dataclasses.replace(d, figures=[*d.figures, dataclasses.replace(d.figures[0], unit="kg", value=7)])
    stats = load_validated(engine, [bad])
    assert stats.quarantined == 1 and stats.figures == 4
    q1 = rows(engine, "SELECT * FROM quarantine")
    assert len(q1) == 1 and q1[0]["check_name"] == "unit_matches_metric" and q1[0]["document_id"] == d.id
    assert "'kg'" in q1[0]["reason"] and '"unit": "kg"' in q1[0]["record"]

    load_validated(engine, [bad], run_id="run-2")  # still failing: same row, first_seen kept, last_seen moves
    q2 = rows(engine, "SELECT * FROM quarantine")
    assert len(q2) == 1 and q2[0]["first_seen"] == q1[0]["first_seen"] and q2[0]["last_seen"] >= q1[0]["last_seen"]
    assert q2[0]["run_id"] == "run-2"

    stats = load_validated(engine, [d], run_id="run-3")  # fixed: the row is cleared
    assert stats.cleared == 1 and scalar(engine, "SELECT COUNT(*) FROM quarantine") == 0
    assert scalar(engine, "SELECT COUNT(*) FROM figure") == 4


def test_quarantine_of_documents_not_loaded_is_kept(engine):
    q = QuarantineRecord("fetch", "press-a", None, "http_status", "HTTP 500 from the server", {"url": "https://x"})
    stats = load(engine, [], [q, q], run_id="r", extractor_version="v")
    assert stats.quarantined == 1 and scalar(engine, "SELECT COUNT(*) FROM quarantine") == 1


def test_same_natural_key_twice_is_one_figure(engine):
    d = known_documents()[0]
    dup = dataclasses.replace(d, figures=[d.figures[0], d.figures[0]])
    stats = load(engine, [dup], [], run_id="r", extractor_version="v")  # not validated: the loader still copes
    assert stats.figures == 1 and scalar(engine, "SELECT COUNT(*) FROM figure") == 1
    assert figure_id(d.id, d.figures[0]) == scalar(engine, "SELECT id FROM figure")


def test_unvalidated_bad_figure_goes_to_quarantine_not_to_the_table(engine):
    d = known_documents()[0]
    bad = dataclasses.replace(d, figures=[d.figures[0], dataclasses.replace(d.figures[1], metric="nonsense")])
    stats = load(engine, [bad], [], run_id="r", extractor_version="v")
    assert stats.figures == 1 and stats.quarantined >= 1
    assert scalar(engine, "SELECT stage FROM quarantine") == "load"


def test_large_document_uses_the_batch_path(engine):
    p = {"period_start": "2022-01-01", "period_end": "2022-01-31"}
    figs = [Figure("seizures", i + 1, "count", category="drugs", country="US", object=f"lot-{i}", quote="row", **p)
            for i in range(300)]
    d = Document(source="cbp", kind="dataset", url=None, partition="2022-01-big", figures=figs, **p)
    for _ in range(2):
        stats = load_validated(engine, [d])
    assert stats.figures == 300 and scalar(engine, "SELECT COUNT(*) FROM figure") == 300
    assert scalar(engine, "SELECT SUM(value) FROM figure") == 300 * 301 / 2


def test_runs(engine):
    start_run(engine, "run-9", "daily", {"sources": ["a"]})
    r = rows(engine, "SELECT * FROM run")[0]
    assert r["status"] == "running" and r["finished"] is None and r["flow"] == "daily"
    finish_run(engine, "run-9", "completed", {"documents": 3, "figures": 10, "quarantined": 1}, {"press-a": "HTTP 503"})
    r = rows(engine, "SELECT * FROM run")[0]
    assert (r["status"], r["documents"], r["figures"], r["quarantined"]) == ("completed", 3, 10, 1)
    assert r["finished"] is not None and "HTTP 503" in r["failures"] and r["flow"] == "daily"
    start_run(engine, "run-9", "daily", {})  # a retried run starts again
    assert rows(engine, "SELECT status, finished FROM run")[0] == {"status": "running", "finished": None}


def test_upsert_sources_updates(engine):
    upsert_sources(engine, SOURCES)
    upsert_sources(engine, [dataclasses.replace(SOURCES[1], authority="agency")])
    assert scalar(engine, "SELECT COUNT(*) FROM source") == 4
    assert scalar(engine, "SELECT authority FROM source WHERE name = 'press-a'") == "agency"


@pytest.mark.parametrize("workers", [4])
def test_concurrent_loaders_end_with_one_copy(engine, workers):
    docs = known_documents()
    v = validate(docs, now=NOW)
    # half the loaders load another version of every document (values + 1): each document must end with the
    # figures of exactly one version, as a whole, never a mix or a double
    other = [dataclasses.replace(d, figures=[dataclasses.replace(f, value=f.value + 1) for f in d.figures])
             for d in v.documents]
    versions = {d.id: ({figure_id(d.id, f) for f in d.figures}, {figure_id(o.id, f) for f in o.figures})
                for d, o in zip(v.documents, other, strict=True)}
    errors: list[BaseException] = []
    barrier = threading.Barrier(workers)

    def work(i: int) -> None:
        try:
            barrier.wait()
            for _ in range(3):
                batch = v.documents if i % 2 else list(reversed(other))
                load(engine, batch, v.quarantine, run_id=f"r{i}", extractor_version="v")
        except BaseException as e:  # noqa: BLE001
            errors.append(e)

    threads = [threading.Thread(target=work, args=(i,)) for i in range(workers)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(120)
    assert not errors, errors
    assert scalar(engine, "SELECT COUNT(*) FROM figure") == 15
    assert scalar(engine, "SELECT COUNT(*) FROM document") == 5
    got: dict[str, set] = {}
    for r in rows(engine, "SELECT document_id, id FROM figure"):
        got.setdefault(r["document_id"], set()).add(r["id"])
    assert set(got) == set(versions)
    for doc_id, ids in got.items():
        assert ids in versions[doc_id], f"document {doc_id} holds a mix of two loads"


def test_concurrent_migrate(db_url):
    from seizure_stats.warehouse.db import current_version, make_engine, migrate, migration_files

    engines = [make_engine(db_url) for _ in range(3)]
    errors: list[BaseException] = []
    barrier = threading.Barrier(len(engines))

    def work(e) -> None:
        try:
            barrier.wait()
            migrate(e)
        except BaseException as ex:  # noqa: BLE001
            errors.append(ex)

    threads = [threading.Thread(target=work, args=(e,)) for e in engines]
    for t in threads:
        t.start()
    for t in threads:
        t.join(120)
    try:
        assert not errors, errors
        assert current_version(engines[0]) == max(v for v, _ in migration_files())
        assert scalar(engines[0], "SELECT COUNT(*) FROM schema_version") == len(migration_files())
    finally:
        for e in engines:
            e.dispose()


def test_timestamps_and_dates_in_other_formats(engine):
    d = dataclasses.replace(known_documents()[0], fetched_at="Sun, 29 Nov 2026 10:00:00 GMT")
    load(engine, [d], [], run_id="r", extractor_version="v")
    assert str(scalar(engine, "SELECT fetched_at FROM document")).startswith("2026-11-29 10:00:00")
    d = dataclasses.replace(d, fetched_at="2026-11-29T11:00:00Z", published="not a date")
    load(engine, [d], [], run_id="r", extractor_version="v")
    assert str(scalar(engine, "SELECT fetched_at FROM document")).startswith("2026-11-29 11:00:00")
    assert scalar(engine, "SELECT published FROM document") is None


def test_interrupted_runs_are_closed(engine):
    """A run whose end was never written is closed once the orchestrator says it is over; others are left."""
    from seizure_stats.warehouse.loader import close_interrupted_runs

    for run_id in ("crashed", "still-running", "unknown", "current"):
        start_run(engine, run_id, "ingest", {})
    start_run(engine, "done", "ingest", {})
    finish_run(engine, "done", "completed", {})
    seen = []

    def ended(run_id):
        seen.append(run_id)
        return {"crashed": "Crashed", "done": "Completed"}.get(run_id)

    assert close_interrupted_runs(engine, ended, current="current") == ["crashed"]
    assert sorted(seen) == ["crashed", "still-running", "unknown"]  # finished and current runs are not asked
    got = {r["id"]: r for r in rows(engine, "SELECT id, status, finished, failures FROM run")}
    assert got["crashed"]["status"] == "interrupted" and got["crashed"]["finished"] is not None
    assert "Crashed" in got["crashed"]["failures"]
    assert {got[i]["status"] for i in ("still-running", "unknown", "current")} == {"running"}
    assert got["done"]["status"] == "completed"
    assert close_interrupted_runs(engine, ended, current="current") == []  # closing again changes nothing
