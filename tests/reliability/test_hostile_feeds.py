"""Hostile feeds: entity expansion, external entities, a 200 MB body, endless redirects, a gzip bomb. Each is
refused with an error naming the source, in bounded memory and time; the other sources of the run still load."""
from __future__ import annotations

import gzip
import time
import tracemalloc

import pytest

from tests.reliability.conftest import count, serve_bulletins, write_sources
from tests.sources.conftest import _make_source, _run_source

CAP = 2_000_000          # the size cap of these tests' settings
MEMORY_BOUND = 16 << 20  # peak Python allocations while reading one hostile source (measured: 0.1 to 5 MB)


def billion_laughs() -> bytes:
    """Nine levels of ten references each: 10**9 'lol's once expanded."""
    ents = '<!ENTITY lol0 "lol">' + "".join(f'<!ENTITY lol{i} "{f"&lol{i - 1};" * 10}">' for i in range(1, 10))
    return (f'<?xml version="1.0"?><!DOCTYPE rss [{ents}]><rss version="2.0"><channel><title>&lol9;</title>'
            f"<item><title>&lol9;</title><link>http://example.org/a</link></item></channel></rss>").encode()


def xxe(secret_path) -> bytes:
    return (f'<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY xxe SYSTEM "file://{secret_path}">]>'
            f'<rss version="2.0"><channel><title>&xxe;</title><item><title>&xxe;</title>'
            f"<link>http://example.org/a</link><description>&xxe;</description></item></channel></rss>").encode()


@pytest.fixture(scope="module")
def gzip_bomb() -> bytes:
    return gzip.compress(b"\0" * 200_000_000, compresslevel=6)  # ~200 kB on the wire, 200 MB inflated


def hostile_routes(server, tmp_path, bomb: bytes) -> dict[str, tuple[str, str]]:
    """name -> (feed URL, what the error must say)."""
    secret = tmp_path / "secret.txt"
    secret.write_text("TOP-SECRET-XXE-CONTENT", encoding="utf-8")
    rss = "application/rss+xml"
    return {
        "laughs": (server.add("/laughs.xml", billion_laughs(), content_type=rss), "unsafe XML"),
        "xxe": (server.add("/xxe.xml", xxe(secret), content_type=rss), "unsafe XML"),
        "huge": (server.add("/huge.xml", content_type=rss, stream=200_000_000), f"more than {CAP} bytes"),
        "loop": (server.add("/loop.xml", status=302, headers={"Location": "/loop.xml"}), "redirects"),
        "bomb": (server.add("/bomb.xml", bomb, content_type=rss, headers={"Content-Encoding": "gzip"}),
                 f"more than {CAP} bytes"),
    }


@pytest.mark.timeout(120)
@pytest.mark.parametrize("case", ["laughs", "xxe", "huge", "loop", "bomb"])
def test_hostile_feed_is_refused_in_bounded_memory_and_time(case, server, tmp_path, gzip_bomb, fresh_url):
    from seizure_stats.settings import Settings
    from seizure_stats.sources import SourceError
    from seizure_stats.warehouse.db import make_engine, migrate

    routes = hostile_routes(server, tmp_path, gzip_bomb)
    url, expected = routes[case]
    settings = Settings(data_dir=tmp_path / "data", http_timeout=5.0, http_retries=0, http_max_bytes=CAP)
    engine = make_engine(fresh_url("sqlite"))
    migrate(engine)
    source = _make_source(f"hostile-{case}", "feed", url, allow_private=True)

    tracemalloc.start()
    started = time.monotonic()
    try:
        result = _run_source(engine, source, settings)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    elapsed = time.monotonic() - started

    assert isinstance(result, SourceError), result
    assert result.source == f"hostile-{case}" and f"'hostile-{case}'" in str(result)
    assert expected in str(result), str(result)
    assert "TOP-SECRET-XXE-CONTENT" not in str(result)
    print(f"{case}: peak {peak / 1e6:.1f} MB, {elapsed:.2f} s")
    assert peak < MEMORY_BOUND, f"{case}: peak {peak / 1e6:.1f} MB"
    assert elapsed < 30, f"{case}: {elapsed:.1f}s"
    with engine.connect() as conn:
        from sqlalchemy import text

        row = conn.execute(text("SELECT high_water, last_error, state FROM source_state")).one()
    assert row.high_water is None and row.state == "failing" and expected in row.last_error
    engine.dispose()


@pytest.mark.timeout(180)
def test_hostile_feeds_fail_alone_and_the_other_sources_load(server, tmp_path, gzip_bomb, fresh_url, use_warehouse,
                                                            fast_retries):
    from flows.ingest import ingest

    routes = hostile_routes(server, tmp_path, gzip_bomb)
    good = serve_bulletins(server)
    sources = write_sources(tmp_path / "sources.toml", [
        {"name": "good", "kind": "feed", "url": good, "allow_private": True},
        *({"name": f"hostile-{name}", "kind": "feed", "url": u, "allow_private": True}
          for name, (u, _) in routes.items()),
    ])
    url = fresh_url("sqlite")
    use_warehouse(url, sources, http_retries=0, http_max_bytes=CAP, http_timeout=5)
    summary = ingest()
    assert sorted(summary["failed_sources"]) == sorted(f"hostile-{n}" for n in routes)
    errors = {r["source"]: r["error"] for r in summary["sources"]}
    for name, (_, expected) in routes.items():
        assert f"'hostile-{name}'" in errors[f"hostile-{name}"] and expected in errors[f"hostile-{name}"]
    assert errors["good"] == ""
    assert count(url, "SELECT COUNT(*) FROM document WHERE source = 'good'") == 5
    assert count(url, "SELECT COUNT(*) FROM document WHERE source LIKE 'hostile-%'") == 0
