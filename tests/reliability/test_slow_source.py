"""A slow site holds neither the other sources nor the run: one time budget per source bounds its connects, reads,
retries and backoff together; there is one layer of retries (the HTTP client's), not task retries on top; and
the other sources' batches load while its plan is still waiting."""
from __future__ import annotations

import time

import pytest
from sqlalchemy import create_engine, text

from tests.reliability.conftest import count, serve_bulletins, write_sources


def scalar(url: str, sql: str):
    eng = create_engine(url)
    try:
        with eng.connect() as conn:
            return conn.execute(text(sql)).scalar()
    finally:
        eng.dispose()


@pytest.mark.timeout(180)
@pytest.mark.parametrize("backend", ["sqlite", "postgres"])
def test_a_slow_source_is_cut_at_its_budget_and_does_not_hold_the_others(tmp_path, server, fresh_url,
                                                                        use_warehouse, backend):
    from flows.ingest import ingest

    url = fresh_url(backend)
    slow = server.add("/slow/feed.xml", b"<rss/>", delay=20.0, content_type="application/rss+xml")
    good = serve_bulletins(server)
    sources = write_sources(tmp_path / "sources.toml", [  # the slow one first: plans used to be awaited in order
        {"name": "slow", "kind": "feed", "url": slow, "allow_private": True},
        {"name": "good", "kind": "feed", "url": good, "allow_private": True, "language": "en"},
    ])
    # each attempt would wait 8 s: 4 attempts with backoff ~35 s (before: 3 task tries of that); the budget cuts
    # the source at 10 s, while the good source loads in a few seconds
    use_warehouse(url, sources, http_timeout=8, http_retries=3, http_backoff=0.5, source_budget=10)

    started = time.monotonic()
    summary = ingest()
    elapsed = time.monotonic() - started
    assert summary["failed_sources"] == ["slow"]
    error = {r["source"]: r["error"] for r in summary["sources"]}["slow"]
    assert "time budget of 10s is spent" in error, error
    assert server.hits("/slow/feed.xml") <= 4  # one layer of retries: at most http_retries + 1 attempts
    assert elapsed < 35, elapsed
    assert count(url, "SELECT COUNT(*) FROM document WHERE source = 'good'") == 5
    # the good source was loaded before the slow one gave up: its batches did not wait for the slow plan
    loaded = scalar(url, "SELECT MAX(loaded_at) FROM document WHERE source = 'good'")
    failed_at = scalar(url, "SELECT last_attempt FROM source_state WHERE source = 'slow'")
    assert str(loaded) < str(failed_at), (loaded, failed_at)
