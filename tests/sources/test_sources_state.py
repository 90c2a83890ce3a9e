"""source_state and fetch_log on both backends; the `seizure-stats sources` command."""
from __future__ import annotations

import json
from datetime import datetime, timedelta

from seizure_stats.sources import SourceState
from seizure_stats.warehouse.state import HttpCache, freshness, load_state, record_failure, save_state

T0 = datetime(2026, 4, 1, 12, 0, 0)


def test_load_state_of_an_unknown_source(engine):
    assert load_state(engine, "nobody") == SourceState("nobody")


def test_save_and_load_round_trip(engine, state_row):
    state = SourceState("s", high_water="2026-04-22T20:15:00+00:00", etag='"e"', last_modified="Wed, 22 Apr 2026",
                        content_hash="abc")
    save_state(engine, state, new_documents=2, now=T0)
    back = load_state(engine, "s")
    assert back.high_water == "2026-04-22T20:15:00+00:00" and back.etag == '"e"' and back.content_hash == "abc"
    assert back.last_success == "2026-04-01T12:00:00+00:00" and back.last_new_document == back.last_success
    # a run with nothing new keeps last_new_document
    save_state(engine, load_state(engine, "s"), new_documents=0, now=T0 + timedelta(days=1))
    again = load_state(engine, "s")
    assert again.last_success == "2026-04-02T12:00:00+00:00"
    assert again.last_new_document == "2026-04-01T12:00:00+00:00"
    assert state_row(engine, "s")["state"] == "ok"


def test_high_water_never_moves_back(engine):
    save_state(engine, SourceState("s", high_water="2026-04-22"), new_documents=1, now=T0)
    save_state(engine, SourceState("s", high_water="2026-01-01"), new_documents=1, now=T0)
    assert load_state(engine, "s").high_water == "2026-04-22"


def test_record_failure_keeps_the_mark_and_counts(engine, state_row):
    save_state(engine, SourceState("s", high_water="2026-04-22"), new_documents=1, now=T0)
    record_failure(engine, "s", "source 's': feed unreachable", now=T0 + timedelta(hours=1))
    record_failure(engine, "s", "source 's': feed unreachable again", now=T0 + timedelta(hours=2))
    row = state_row(engine, "s")
    assert row["high_water"] == "2026-04-22" and row["state"] == "failing" and row["consecutive_failures"] == 2
    assert row["last_error"].endswith("again")
    assert load_state(engine, "s").last_success == "2026-04-01T12:00:00+00:00"
    save_state(engine, load_state(engine, "s"), new_documents=0, now=T0 + timedelta(hours=3))
    row = state_row(engine, "s")
    assert row["state"] == "ok" and row["last_error"] is None and row["consecutive_failures"] == 0


def test_freshness(engine, make_source):
    sources = [make_source("fresh", "feed", "https://a.example/rss", warn_after_days=7),
               make_source("old", "feed", "https://b.example/rss", warn_after_days=7),
               make_source("broken", "page", "https://c.example/"),
               make_source("new", "dataset", "https://d.example/x.csv", warn_after_days=30),
               make_source("quiet", "page", "https://e.example/")]
    now = T0 + timedelta(days=10)
    save_state(engine, SourceState("fresh"), new_documents=1, now=now - timedelta(days=1))
    save_state(engine, SourceState("old"), new_documents=1, now=T0)
    save_state(engine, SourceState("old"), new_documents=0, now=now)           # fetched, nothing new for 10 days
    save_state(engine, SourceState("broken"), new_documents=1, now=T0)
    record_failure(engine, "broken", "HTTP 500", now=now)
    save_state(engine, SourceState("quiet"), new_documents=0, now=T0)          # never anything new, no warn set
    rows = {r["source"]: r for r in freshness(engine, sources, now=now)}
    assert rows["fresh"]["state"] == "ok" and not rows["fresh"]["stale"] and rows["fresh"]["days_since_new"] == 1
    assert rows["old"]["state"] == "stale" and rows["old"]["stale"]
    assert rows["old"]["last_success"] == "2026-04-11T12:00:00+00:00"
    assert rows["old"]["last_new_document"] == "2026-04-01T12:00:00+00:00"
    assert rows["broken"]["state"] == "failing" and rows["broken"]["last_error"] == "HTTP 500"
    assert rows["new"]["state"] == "never"
    assert rows["quiet"]["state"] == "ok"


def test_http_cache(engine):
    cache = HttpCache(engine)
    assert cache.get("https://a.example/") is None
    cache.put("https://a.example/", content_hash="h1", etag='"1"', last_modified=None, status=200,
              fetched_at="2026-04-01T12:00:00+00:00", http_headers=json.dumps({"etag": '"1"'}))
    cache.put("https://a.example/", content_hash="h1", etag='"2"', last_modified="Wed, 01 Apr 2026 10:00:00 GMT",
              status=304, fetched_at="2026-04-02T12:00:00+00:00", http_headers="{}")
    got = cache.get("https://a.example/")
    assert got["etag"] == '"2"' and got["status"] == 304 and got["content_hash"] == "h1"
    assert got["fetched_at"] == "2026-04-02T12:00:00+00:00"


def test_sources_command(tmp_path, capsys, monkeypatch):
    from seizure_stats.cli import main
    from seizure_stats.warehouse.db import make_engine, migrate

    (tmp_path / "sources.toml").write_text("""
[[source]]
name = "harbour"
kind = "feed"
url = "https://example.org/rss"
warn_after_days = 7

[[source]]
name = "cbp-drug-seizures"
kind = "dataset"
url = "https://example.org/drugs.csv"
warn_after_days = 45

[[source]]
name = "notes"
kind = "files"
url = "notes"
""", encoding="utf-8")
    url = f"sqlite:///{tmp_path / 'w.db'}"
    engine = make_engine(url)
    migrate(engine)
    save_state(engine, SourceState("harbour"), new_documents=1, now=datetime.now() - timedelta(days=30))
    save_state(engine, SourceState("cbp-drug-seizures"), new_documents=1)
    engine.dispose()
    args = ["sources", "--sources-file", str(tmp_path / "sources.toml"), "--url", url]
    assert main(args) == 0
    out = capsys.readouterr().out
    lines = {line.split()[1] if line.startswith("!") else line.split()[0]: line for line in out.splitlines()}
    assert lines["harbour"].startswith("!") and "stale" in lines["harbour"]
    assert "ok" in lines["cbp-drug-seizures"] and not lines["cbp-drug-seizures"].startswith("!")
    assert "never" in lines["notes"] and "3 sources, 1 stale, 0 failing" in out
    assert main([*args, "--check"]) == 1
    capsys.readouterr()
    assert main([*args, "--format", "json"]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert [r["state"] for r in rows] == ["stale", "ok", "never"]
    # no warehouse yet: every source is `never`
    assert main(["sources", "--sources-file", str(tmp_path / "sources.toml"), "--url",
                 f"sqlite:///{tmp_path / 'none.db'}"]) == 0
    assert capsys.readouterr().out.count("never") == 3


def test_a_source_that_never_brought_anything_goes_stale(engine, make_source):
    sources = [make_source("empty", "feed", "https://a.example/rss", warn_after_days=7)]
    save_state(engine, SourceState("empty"), new_documents=0, now=T0)
    save_state(engine, SourceState("empty"), new_documents=0, now=T0 + timedelta(days=3))
    assert freshness(engine, sources, now=T0 + timedelta(days=5))[0]["state"] == "ok"
    save_state(engine, SourceState("empty"), new_documents=0, now=T0 + timedelta(days=9))
    assert freshness(engine, sources, now=T0 + timedelta(days=9))[0]["state"] == "stale"


def test_buffered_http_cache_reads_and_writes_a_batch_at_once(engine):
    """A batch of pages costs one read (prefetch) and one write transaction (flush), not two per page."""
    from sqlalchemy import event, text

    urls = [f"https://a.example/{n}" for n in range(40)]
    HttpCache(engine).put(urls[0], content_hash="h0", etag='"0"', status=200, http_headers="{}")
    statements = []
    listener = lambda *a, **kw: statements.append(a[2])  # noqa: E731
    event.listen(engine, "before_cursor_execute", listener)
    try:
        cache = HttpCache(engine, buffered=True)
        cache.prefetch(urls)
        assert len(statements) == 1
        assert cache.get(urls[0])["etag"] == '"0"' and cache.get(urls[1]) is None and len(statements) == 1
        for n, url in enumerate(urls):
            cache.put(url, content_hash=f"h{n}", etag=f'"{n + 1}"', status=200, http_headers="{}")
        assert cache.get(urls[5])["etag"] == '"6"' and len(statements) == 1  # read from the buffer
        with engine.connect() as conn:
            assert conn.execute(text("SELECT etag FROM fetch_log WHERE url = :u"), {"u": urls[0]}).scalar() == '"0"'
        statements.clear()
        cache.flush()
        assert len([s for s in statements if "fetch_log" in s]) == 1
    finally:
        event.remove(engine, "before_cursor_execute", listener)
    with engine.connect() as conn:
        rows = dict(conn.execute(text("SELECT url, etag FROM fetch_log")).all())
    assert rows == {url: f'"{n + 1}"' for n, url in enumerate(urls)}
    assert HttpCache(engine).get(urls[7])["content_hash"] == "h7"


def test_a_backfill_write_keeps_the_marks_of_a_row_saved_meanwhile(engine):
    # the backfill read no row; a scheduled run saved its marks before the backfill's write landed
    save_state(engine, SourceState("s", high_water="2026-04-22", etag='"v2"', last_modified="Mon, 07 Dec 2026",
                                   content_hash="abc"), new_documents=1, now=T0)
    save_state(engine, SourceState("s", etag='"v1"', last_modified="Sun, 06 Dec 2026"), new_documents=3,
               now=T0 + timedelta(hours=1), keep_marks=True)
    got = load_state(engine, "s")
    assert (got.high_water, got.etag, got.last_modified, got.content_hash) == (
        "2026-04-22", '"v2"', "Mon, 07 Dec 2026", "abc")
    assert got.last_new_document is not None


def test_a_backfill_write_on_a_new_source_records_its_success(engine):
    save_state(engine, SourceState("new", etag='"v1"'), new_documents=2, now=T0, keep_marks=True)
    got = load_state(engine, "new")
    assert got.etag == '"v1"' and got.last_success is not None
