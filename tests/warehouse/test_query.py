"""`seizure-stats query / quarantine / export`: read-only whatever SQL is given, on both backends."""
from __future__ import annotations

import csv
import io
import json
from datetime import date
from pathlib import Path

import pandas as pd
import pytest
from sqlalchemy import text

from seizure_stats.cli import main
from seizure_stats.validation import validate
from seizure_stats.warehouse.db import view_files
from seizure_stats.warehouse.export import export
from seizure_stats.warehouse.loader import load
from seizure_stats.warehouse.query import QueryError, ReadOnlyViolation, read_only_engine, run_query
from tests.warehouse.conftest import SOURCES, known_documents, scalar


@pytest.fixture
def url(engine, db_url):
    docs = known_documents()
    docs[1].figures.append(docs[1].figures[0].__class__("seizures", 9e9, "count", quote="x", start=1, end=2))
    v = validate(docs, now=date(2026, 1, 1))
    load(engine, v.documents, v.quarantine, run_id="r1", extractor_version="t", sources=SOURCES)
    return db_url


def cli(capsys, *argv) -> tuple[int, str, str]:
    code = main(list(argv))
    out = capsys.readouterr()
    return code, out.out, out.err


def fingerprint(engine) -> tuple:
    with engine.connect() as conn:
        return tuple(conn.execute(text(f"SELECT COUNT(*) FROM {t}")).scalar()
                     for t in ("figure", "document", "quarantine", "source"))


def test_view_name_means_select_all(url, capsys, engine):
    code, out, _ = cli(capsys, "query", "reconciled_figures", "--url", url, "--format", "json")
    assert code == 0
    data = json.loads(out)
    assert len(data) == 11 and {"cluster_key", "value", "sources", "disagreement"} <= set(data[0])


def test_sql_formats_and_limit(url, capsys):
    sql = "SELECT metric, value, country FROM figure WHERE metric = 'mass' ORDER BY value"
    code, out, _ = cli(capsys, "query", sql, "--url", url, "--format", "csv")
    assert code == 0
    got = list(csv.DictReader(io.StringIO(out)))
    assert [float(r["value"]) for r in got] == [200, 300.5, 500, 550, 1000]
    code, out, _ = cli(capsys, "query", sql, "--url", url, "--limit", "2")
    lines = out.splitlines()
    assert code == 0 and lines[0].split() == ["metric", "value", "country"] and lines[-1] == "(2 rows)"
    assert "300.5" in out and "1,000" not in out


def test_sql_with_percent_and_cte(url, capsys):
    code, out, _ = cli(capsys, "query", "WITH t AS (SELECT title FROM document WHERE title LIKE '%Pangea%') "
                                        "SELECT COUNT(*) AS n FROM t", "--url", url, "--format", "json")
    assert code == 0 and json.loads(out) == [{"n": 3}]


@pytest.mark.parametrize("sql", [
    "INSERT INTO source (name, kind, authority) VALUES ('evil', 'feed', 'agency')",
    "DELETE FROM figure",
    "UPDATE figure SET value = 0",
    "DROP TABLE figure",
    "DROP VIEW reconciled_figures",
    "CREATE TABLE evil (x INTEGER)",
    "ATTACH DATABASE 'evil.db' AS evil",
    "SELECT 1; DELETE FROM figure",
    "WITH d AS (SELECT 1) DELETE FROM figure",
    "PRAGMA query_only = OFF",
    "-- a comment\nDELETE FROM figure",
])
def test_writes_are_refused_and_change_nothing(url, capsys, engine, sql, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    before = fingerprint(engine)
    code, out, err = cli(capsys, "query", sql, "--url", url)
    assert code in (2, 3) and out == ""
    assert err.startswith("seizure-stats query: ")
    if code == 3:
        assert "read-only" in err
    assert fingerprint(engine) == before
    assert not (tmp_path / "evil.db").exists()


@pytest.mark.parametrize("sql", [
    "INSERT INTO source (name, kind, authority) VALUES ('evil', 'feed', 'agency')",
    "DELETE FROM figure",
    "DROP TABLE quarantine",
    "WITH d AS (DELETE FROM figure RETURNING id) SELECT COUNT(*) FROM d",
    "WITH x AS (SELECT 1) INSERT INTO source (name, kind, authority) VALUES ('evil', 'feed', 'agency')",
])
def test_engine_itself_is_read_only(url, engine, sql):
    """Below the keyword check: the read-only engine refuses writes on its own."""
    before = fingerprint(engine)
    ro = read_only_engine(url)
    try:
        with pytest.raises(Exception) as info:
            with ro.connect() as conn:
                conn.exec_driver_sql(sql)
                conn.commit()
        msg = str(info.value).lower()
        assert any(w in msg for w in ("readonly", "read-only", "not authorized", "syntax")), msg
    finally:
        ro.dispose()
    assert fingerprint(engine) == before


def test_sqlite_attach_is_refused_by_the_engine(sqlite_url, tmp_path):
    from seizure_stats.warehouse.db import make_engine, migrate

    e = make_engine(sqlite_url)
    migrate(e)
    e.dispose()
    ro = read_only_engine(sqlite_url)
    target = tmp_path / "attached.db"
    try:
        with pytest.raises(ReadOnlyViolation, match="read-only"):
            run_query(ro, f"SELECT 1 FROM (SELECT 1) WHERE 1 = 1 AND sqlite_version() <> ''; ATTACH '{target}' AS a")
        with ro.connect() as conn, pytest.raises(Exception, match="not authorized"):
            conn.exec_driver_sql(f"ATTACH DATABASE '{target}' AS a")
        with ro.connect() as conn, pytest.raises(Exception, match="not authorized"):
            conn.exec_driver_sql("PRAGMA query_only = 0")
    finally:
        ro.dispose()
    assert not target.exists()


def test_read_only_engine_keeps_the_url_search_path(url, engine):
    ro = read_only_engine(url)
    try:
        cols, rows = run_query(ro, "SELECT COUNT(*) FROM figure")
        assert rows[0][0] == scalar(engine, "SELECT COUNT(*) FROM figure") == 15
    finally:
        ro.dispose()


def test_unknown_view_and_bad_sql(url, capsys):
    code, _, err = cli(capsys, "query", "no_such_view", "--url", url)
    assert code == 2 and "reconciled_figures" in err
    code, _, err = cli(capsys, "query", "SELECT nope FROM figure", "--url", url)
    assert code == 2 and "nope" in err
    ro = read_only_engine(url)
    try:
        with pytest.raises(QueryError):
            run_query(ro, "SELEC 1")
    finally:
        ro.dispose()


def test_quarantine_command(url, capsys):
    code, out, _ = cli(capsys, "quarantine", "--url", url, "--format", "json")
    data = json.loads(out)
    assert code == 0 and len(data) == 1
    assert data[0]["check_name"] == "value_plausible" and "plausible maximum" in data[0]["reason"]
    assert data[0]["record"].startswith("seizures 9000000000.0 count")
    code, out, _ = cli(capsys, "quarantine", "--url", url, "--check", "value_plausible", "--source", "press-a")
    assert code == 0 and "value_plausible" in out and "(1 row)" in out
    code, out, _ = cli(capsys, "quarantine", "--url", url, "--source", "customs-fr")
    assert code == 0 and "(0 rows)" in out


@pytest.mark.parametrize("fmt", ["csv", "parquet"])
def test_export(url, capsys, tmp_path, fmt):
    out_dir = tmp_path / "export"
    code, out, _ = cli(capsys, "export", "--url", url, "--format", fmt, "--out", str(out_dir))
    assert code == 0
    names = ["figure", *(n for n, _ in view_files())]
    assert sorted(p.name for p in out_dir.iterdir()) == sorted(f"{n}.{fmt}" for n in names)
    read = pd.read_csv if fmt == "csv" else pd.read_parquet
    frames = {n: read(out_dir / f"{n}.{fmt}") for n in names}
    assert len(frames["figure"]) == 15 and len(frames["reconciled_figures"]) == 11
    fr = frames["figures_by_country_year"]
    assert float(fr[(fr["country"] == "GB") & (fr["metric"] == "mass")]["total"].iloc[0]) == 1200.0
    assert len(frames["quarantine_by_check"]) == 1
    assert f"figure.{fmt}\t15 rows" in out


def test_export_function_empty_warehouse(engine, db_url, tmp_path):
    ro = read_only_engine(db_url)
    try:
        written = export(ro, tmp_path, fmt="parquet")
    finally:
        ro.dispose()
    assert all(n == 0 for _, n in written)
    assert pd.read_parquet(Path(tmp_path) / "figure.parquet").empty


def test_missing_sqlite_warehouse_is_not_created(tmp_path, capsys):
    target = tmp_path / "nowhere" / "warehouse.db"
    code, out, err = cli(capsys, "query", "figure", "--url", f"sqlite:///{target}")
    assert code == 2 and "no warehouse" in err and not target.exists()
    code, out, err = cli(capsys, "report", "-o", str(tmp_path / "r.html"), "--url", f"sqlite:///{target}")
    assert code == 2 and not target.exists()
