"""A source that is down for a run (503) is tried again next run from where it stopped: its state only advances on
success, and the next run fetches exactly the items it missed."""
from __future__ import annotations

import pytest
from sqlalchemy import create_engine, text

from tests.reliability.conftest import count, serve_bulletins, write_sources

OLD = ["2010-pangea-iii-fr.html", "2013-warehouse-en.html"]
NEW = ["2019-postbox-ii-fr.html", "2019-postbox-ii-en.html"]  # dated 2019-06-20 12:00Z and 2019-06-21 07:30Z


def state(url: str) -> dict:
    eng = create_engine(url)
    try:
        with eng.connect() as conn:
            return dict(conn.execute(text("SELECT * FROM source_state WHERE source = 'news'")).mappings().one())
    finally:
        eng.dispose()


@pytest.mark.timeout(120)
def test_source_down_is_retried_next_run_from_where_it_stopped(tmp_path, server, fresh_url, use_warehouse,
                                                              fast_retries):
    from flows.ingest import ingest

    url = fresh_url("sqlite")
    feed = serve_bulletins(server, only=OLD)
    sources = write_sources(tmp_path / "sources.toml", [
        {"name": "news", "kind": "feed", "url": feed, "allow_private": True, "language": "en"},
        {"name": "inbox", "kind": "files", "url": str(tmp_path / "inbox")},
    ])
    (tmp_path / "inbox").mkdir()
    (tmp_path / "inbox" / "a.txt").write_text("Customs seized 120 kg of cocaine in Antwerp.\n", encoding="utf-8")
    use_warehouse(url, sources, http_retries=0, http_backoff=0.01)

    # run 1: the two old bulletins
    assert ingest()["failed_sources"] == []
    first = state(url)
    assert first["high_water"] == "2014-03-12T10:00:00+00:00" and first["last_error"] is None
    assert count(url, "SELECT COUNT(*) FROM document WHERE source = 'news'") == 2

    # run 2: two new bulletins are published, but the whole site answers 503
    serve_bulletins(server, only=OLD + NEW)
    for path in [p for p in server.routes if p.startswith("/news/")]:
        server.add(path, b"Service Unavailable", status=503, content_type="text/plain")
    (tmp_path / "inbox" / "b.txt").write_text("Customs seized 55 kg of heroin in Calais.\n", encoding="utf-8")
    summary = ingest()
    assert summary["failed_sources"] == ["news"]
    error = {r["source"]: r["error"] for r in summary["sources"]}["news"]
    assert "'news'" in error and "503" in error
    down = state(url)
    assert down["high_water"] == first["high_water"]  # the state did not move
    assert down["state"] == "failing" and "503" in down["last_error"] and down["consecutive_failures"] == 1
    assert down["last_success"] == first["last_success"]
    assert count(url, "SELECT COUNT(*) FROM document WHERE source = 'news'") == 2
    assert count(url, "SELECT COUNT(*) FROM document WHERE source = 'inbox'") == 2  # the other source still loaded

    # run 3: the site is back, but the newest bulletin's page still fails: the mark stops before it
    serve_bulletins(server, only=OLD + NEW)
    server.add("/news/2019-postbox-ii-en.html", b"Service Unavailable", status=503, content_type="text/plain")
    hits_before = {p: server.hits(p) for p in server.routes}
    summary = ingest()
    assert summary["failed_sources"] == []
    third = state(url)
    assert third["high_water"] == "2019-06-20T12:00:00+00:00" and third["state"] == "ok"
    assert third["consecutive_failures"] == 0 and third["last_error"] is None
    assert {p: server.hits(p) - hits_before[p] for p in ("/news/" + n for n in OLD)} == dict.fromkeys(
        ("/news/" + n for n in OLD), 0)  # what was loaded is not fetched again
    assert count(url, "SELECT COUNT(*) FROM document WHERE source = 'news'") == 3

    # run 4: the missed page is fetched, and the mark reaches it
    serve_bulletins(server, only=OLD + NEW)
    hits_before = {p: server.hits(p) for p in server.routes}
    assert ingest()["failed_sources"] == []
    assert server.hits("/news/2019-postbox-ii-en.html") - hits_before["/news/2019-postbox-ii-en.html"] == 1
    assert server.hits("/news/2019-postbox-ii-fr.html") - hits_before["/news/2019-postbox-ii-fr.html"] == 0
    assert state(url)["high_water"] == "2019-06-21T07:30:00+00:00"
    assert count(url, "SELECT COUNT(*) FROM document WHERE source = 'news'") == 4
