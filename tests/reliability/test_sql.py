"""SQL: `seizure-stats query` cannot write, on either backend, whatever it is given; content carrying quotes and SQL
fragments goes in through bound parameters and comes back byte for byte."""
from __future__ import annotations

import contextlib
import io
import json

import pytest
from sqlalchemy import create_engine, text

from seizure_stats.model import Document, Figure
from tests.reliability.conftest import snapshot

EVIL_TITLE = "x'); DROP TABLE figure; --"
EVIL_TEXT = ("Robert'); DELETE FROM document WHERE ('1'='1 \"quoted\" ; SELECT pg_sleep(5); -- /* */ "
             "Customs seized 40 kg of cocaine in France. 100% of O'Brien's \\x00 \\' \\\\ $$ $1 :name %(x)s ?")

WRITES = [
    "INSERT INTO source (name, kind, authority) VALUES ('evil', 'feed', 'agency')",
    "UPDATE figure SET value = 0",
    "DELETE FROM figure",
    "DROP TABLE figure",
    "DROP VIEW reconciled_figures",
    "CREATE TABLE evil (x INTEGER)",
    "ALTER TABLE figure ADD COLUMN evil TEXT",
    "TRUNCATE figure",
    "SELECT 1; DELETE FROM figure",
    "SELECT 1; DROP TABLE figure; --",
    "WITH d AS (DELETE FROM figure RETURNING id) SELECT COUNT(*) FROM d",
    "/* hi */ DELETE FROM figure",
    "-- comment\nDELETE FROM figure",
    "(DELETE FROM figure)",
    "ATTACH DATABASE 'evil.db' AS evil",
    "PRAGMA query_only = OFF",
    "PRAGMA journal_mode = DELETE",
    "PRAGMA user_version = 7",
    "VACUUM",
    "REINDEX",
    "ANALYZE",
    "SELECT setval('x', 1)",
    "COPY figure TO '/tmp/evil.csv'",
    "SELECT * INTO evil FROM figure",
    "EXPLAIN ANALYZE DELETE FROM figure",
]


def cli(*args: str) -> tuple[int, str, str]:
    from seizure_stats.cli import main

    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = main(list(args))
    return code, out.getvalue(), err.getvalue()


def load_evil(url: str) -> Document:
    from seizure_stats import pipeline
    from seizure_stats.warehouse.db import make_engine, migrate

    at = EVIL_TEXT.index("40")
    doc = Document(source="o'reilly; DROP TABLE source; --", kind="text", url="https://x.example/?q=1';--",
                   text=EVIL_TEXT, title=EVIL_TITLE, published="2021-05-04", language="en", country="FR",
                   operation="Op' OR '1'='1",
                   figures=[Figure("mass", 40.0, "kg", category="drugs", object="cocaine", country="FR",
                                   quote=EVIL_TEXT[EVIL_TEXT.index("Customs"):EVIL_TEXT.index("France.") + 7],
                                   start=at, end=at + 2)])
    engine = make_engine(url)
    migrate(engine)
    pipeline.validate_and_load([doc], engine=engine, source=doc.source, run_id="r'; --")
    engine.dispose()
    return doc


@pytest.fixture
def evil_url(db_url):
    load_evil(db_url)
    return db_url


def test_sql_fragments_are_stored_verbatim_and_read_back_identical(evil_url):
    eng = create_engine(evil_url)
    with eng.connect() as conn:
        row = conn.execute(text("SELECT source, url, title, content, operation, run_id FROM document")).one()
        fig = conn.execute(text("SELECT source, quote FROM figure")).one()
        tables = {r[0] for r in conn.execute(text(
            "SELECT name FROM sqlite_master WHERE type = 'table'" if evil_url.startswith("sqlite") else
            "SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema()"))}
    eng.dispose()
    assert row.title == EVIL_TITLE and row.content == EVIL_TEXT
    assert row.source == "o'reilly; DROP TABLE source; --" and row.url == "https://x.example/?q=1';--"
    assert row.operation == "Op' OR '1'='1" and row.run_id == "r'; --"
    assert fig.source == row.source and "Customs seized 40 kg" in fig.quote
    assert {"figure", "document", "source"} <= tables

    # and through the query command, with the title as a bound-looking literal inside a read
    code, out, err = cli("query", "SELECT title, content FROM document", "--url", evil_url, "--format", "json")
    assert code == 0, err
    assert json.loads(out) == [{"title": EVIL_TITLE, "content": EVIL_TEXT}]


@pytest.mark.parametrize("sql", WRITES)
def test_query_command_cannot_write(sql, evil_url, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    before = snapshot(evil_url, ("source", "document", "figure", "quarantine", "source_state", "run"))
    code, out, err = cli("query", sql, "--url", evil_url)
    assert code in (2, 3), (sql, out, err)
    assert out == "" and err.startswith("seizure-stats query: ") and "Traceback" not in err
    after = snapshot(evil_url, ("source", "document", "figure", "quarantine", "source_state", "run"))
    assert after == before
    assert not (tmp_path / "evil.db").exists()
    eng = create_engine(evil_url)
    with eng.connect() as conn:
        assert conn.execute(text("SELECT COUNT(*) FROM reconciled_figures")).scalar() == 1
        if evil_url.startswith("sqlite"):
            assert conn.execute(text("PRAGMA user_version")).scalar() == 0
            assert conn.execute(text("PRAGMA journal_mode")).scalar().lower() == "wal"
    eng.dispose()
