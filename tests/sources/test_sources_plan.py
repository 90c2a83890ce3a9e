"""A source's run in parts: `plan` reads the index, `fetch_batch` fetches a batch of its items, `settle` gives
the state to save. And the settled index: a feed that a run handled entirely is not parsed again."""
from __future__ import annotations

from datetime import date

import pytest

from seizure_stats.model import Document
from seizure_stats.sources import Batch, Plan, SourceState
from seizure_stats.sources import collect as collect_module
from seizure_stats.sources.collect import collect, fetch_batch, plan, settle
from seizure_stats.sources.http import HttpClient
from seizure_stats.warehouse.state import HttpCache, load_state

from tests.sources.test_sources_feeds import COCAINE, NEW_ITEM, TABAC


def _doc(n: int) -> Document:
    return Document(source="s", kind="dataset", url=None, partition=f"2026-0{n}", text=f"row {n}")


def test_plan_batches_split_items_documents_and_archived_ids():
    docs = [_doc(n) for n in range(1, 4)]
    quarantine = [{"check": "c", "document_id": docs[2].id}, {"check": "c", "document_id": None}]
    p = Plan(source="s", items=list("abcde"), documents=docs, quarantine=quarantine, archived=["x", "y"],
             state=SourceState("s", high_water="2026-01-01T00:00:00+00:00"))
    batches = p.batches(2)
    assert [(len(b.documents), len(b.items), len(b.archived)) for b in batches] == [
        (2, 0, 0), (1, 0, 0), (0, 2, 0), (0, 2, 0), (0, 1, 0), (0, 0, 2)]
    assert [i for b in batches for i in b.items] == list("abcde")
    # a rejected row goes with the batch loading its partition's document (the loader replaces a document's
    # quarantine records with those passed alongside it); a row of no document goes with the first batch
    assert batches[1].quarantine == [quarantine[0]] and batches[0].quarantine == [quarantine[1]]
    assert {b.high_water for b in batches} == {"2026-01-01T00:00:00+00:00"}
    assert Plan(source="s").batches(2) == []
    assert len(Plan(source="s", quarantine=[{"check": "c"}]).batches(2)) == 1


def test_plan_holds_urls_and_batches_give_what_collect_gives(newsroom, settings, sqlite_engine, make_source):
    source = make_source("harbour", "feed", newsroom.url("/rss/news"), language="en")
    whole = collect(source, SourceState("harbour"), settings=settings)
    with HttpClient(settings, HttpCache(sqlite_engine)) as http:
        planned = plan(source, SourceState("harbour"), settings=settings, http=http)
        assert planned.documents == [] and [i.canonical for i in planned.items] == [newsroom.url(COCAINE),
                                                                                   newsroom.url(TABAC)]
        parts = [fetch_batch(source, b, settings=settings, http=http) for b in planned.batches(1)]
    assert [len(p.documents) for p in parts] == [1, 1]
    assert sorted(d.id for p in parts for d in p.documents) == sorted(d.id for d in whole.documents)
    assert settle(planned, parts) == whole.state
    # the mark never passes an item that failed transiently (it is tried again next run), nor settles the feed
    newest, oldest = parts  # the feed lists its newest item first
    Fetched = type(newest)
    older_failed = settle(planned, [newest, Fetched(source="harbour", failed=[planned.items[1].sort_key])])
    assert older_failed.high_water is None and older_failed.settled is None
    newer_failed = settle(planned, [Fetched(source="harbour", failed=[planned.items[0].sort_key]), oldest])
    assert newer_failed.high_water == oldest.dated[0] < whole.state.high_water


@pytest.fixture
def parses(monkeypatch):
    """Counts the feed parses (the work a settled feed saves)."""
    calls = []
    original = collect_module.parse_feed

    def counting(*a, **kw):
        calls.append(a[1])
        return original(*a, **kw)

    monkeypatch.setattr(collect_module, "parse_feed", counting)
    return calls


def _plan(engine, source, settings, **kw):
    asked = []

    def known(urls):
        asked.append(list(urls))
        return set()

    with HttpClient(settings, HttpCache(engine)) as http:
        p = plan(source, load_state(engine, source.name), settings=settings, http=http, known_urls=known, **kw)
    return p, bool(asked)


def test_a_feed_handled_entirely_is_not_parsed_again(newsroom, settings, sqlite_engine, make_source, run_source,
                                                     parses):
    newsroom.routes["/rss/news"].etag = '"feed-1"'
    source = make_source("harbour", "feed", newsroom.url("/rss/news"))
    run_source(sqlite_engine, source, settings)
    assert load_state(sqlite_engine, "harbour").settled
    parses.clear()
    again, asked_known = _plan(sqlite_engine, source, settings)
    assert again.items == [] and again.not_modified == 1 and parses == [] and not asked_known
    # a backfill reads it all the same
    backfill, _ = _plan(sqlite_engine, source, settings, since=date(2026, 1, 1))
    assert len(backfill.items) == 2 and len(parses) == 1
    # so does a run after the source's options changed (a new include pattern may select other items)
    narrowed = make_source("harbour", "feed", newsroom.url("/rss/news"), include="cigarettes")
    parses.clear()
    changed, asked_known = _plan(sqlite_engine, narrowed, settings)
    assert parses and asked_known and changed.settled != again.settled


def test_the_warehouse_is_asked_only_about_the_feeds_links(newsroom, settings, engine, make_source, run_source):
    """A source's known URLs are looked up among its feed's links, so a run's cost does not grow with the archive."""
    from sqlalchemy import text

    from seizure_stats import pipeline

    source = make_source("harbour", "feed", newsroom.url("/rss/news"))
    asked = []
    with HttpClient(settings, HttpCache(engine)) as http:
        plan(source, SourceState("harbour"), settings=settings, http=http,
             known_urls=lambda urls: asked.append(sorted(urls)) or set())
    assert len(asked) == 1 and newsroom.url(COCAINE) in asked[0] and newsroom.url(TABAC) in asked[0]
    with engine.begin() as conn:  # the query behind it, against the warehouse (SQLite and PostgreSQL)
        conn.execute(text("INSERT INTO source (name, kind) VALUES ('harbour', 'feed')"))
        for n in range(1203):
            conn.execute(text("INSERT INTO document (id, source, kind, url, fetched_at) "
                              "VALUES (:id, 'harbour', 'text', :u, CURRENT_TIMESTAMP)"),
                         {"id": f"d{n}", "u": f"https://news.example/{n}"})
    candidates = [f"https://news.example/{n}" for n in range(0, 2400, 2)] + ["https://elsewhere.example/1"]
    assert pipeline.known_urls(engine, "harbour", candidates) == {f"https://news.example/{n}"
                                                                  for n in range(0, 1203, 2)}
    assert len(pipeline.known_urls(engine, "harbour")) == 1203


def test_a_feed_with_an_item_to_retry_is_read_again(newsroom, settings, sqlite_engine, make_source, run_source,
                                                    parses):
    newsroom.routes["/rss/news"].etag = '"feed-1"'
    newsroom.add(COCAINE, [(503, b"busy", {})])
    source = make_source("harbour", "feed", newsroom.url("/rss/news"))
    run_source(sqlite_engine, source, settings)
    assert load_state(sqlite_engine, "harbour").settled is None
    parses.clear()
    again, _ = _plan(sqlite_engine, source, settings)
    assert again.not_modified == 1 and parses and [i.canonical for i in again.items] == [newsroom.url(COCAINE)]


def test_an_index_read_but_not_loaded_is_read_again(newsroom, settings, sqlite_engine, make_source, run_source,
                                                    fixture_bytes):
    """A run that fetched a new version of the feed (the conditional-GET memory now has its ETag) and died
    before saving its state: the next run gets a 304, but the items of that version are still to be loaded."""
    newsroom.routes["/rss/news"].etag = '"feed-1"'
    source = make_source("harbour", "feed", newsroom.url("/rss/news"))
    run_source(sqlite_engine, source, settings)
    feed = fixture_bytes("rss-news.xml", newsroom.base).replace(
        b"<item>", NEW_ITEM.replace("{BASE}", newsroom.base).encode() + b"<item>", 1)
    newsroom.add("/rss/news", feed, content_type="application/rss+xml", etag='"feed-2"')
    newsroom.add("/news/zoll-stellt-gefaelschte-markenuhren-sicher-500150", fixture_bytes("page-de-zoll.html"))
    crashed, _ = _plan(sqlite_engine, source, settings)
    assert len(crashed.items) == 1 and crashed.not_modified == 0  # ... and nothing saved
    again, _ = _plan(sqlite_engine, source, settings)
    assert again.not_modified == 1 and [i.canonical for i in again.items] == [i.canonical for i in crashed.items]


def test_a_listing_handled_entirely_is_not_read_again(server, settings, sqlite_engine, make_source, run_source,
                                                      fixture_bytes):
    server.add("/press/", b'<html><body><a href="/press/a-1">A</a></body></html>', etag='"l1"')
    server.add("/press/a-1", fixture_bytes("page-en-cocaine.html"))
    source = make_source("port", "listing", server.url("/press/"), link_pattern=r"/press/a-\d+$")
    first = run_source(sqlite_engine, source, settings)
    assert len(first.documents) == 1 and load_state(sqlite_engine, "port").settled
    server.log.clear()
    again, asked_known = _plan(sqlite_engine, source, settings)
    assert again.items == [] and not asked_known and server.paths() == ["/press/"]


def test_batch_of_files_reads_only_its_files(tmp_path, settings, make_source):
    folder = tmp_path / "inbox"
    folder.mkdir()
    for n in range(3):
        (folder / f"b{n}.txt").write_text(f"Bulletin {n}\n\nCustoms seized {n + 1} kg of cocaine.", encoding="utf-8")
    source = make_source("inbox", "files", str(folder))
    planned = plan(source, SourceState("inbox"), settings=settings)
    assert planned.follow == "files" and len(planned.items) == 3 and planned.documents == []
    first, second = planned.batches(2)
    docs = fetch_batch(source, second, settings=settings).documents
    assert [d.title for d in docs] == ["Bulletin 2"]
    assert isinstance(first, Batch) and len(fetch_batch(source, first, settings=settings).documents) == 2
