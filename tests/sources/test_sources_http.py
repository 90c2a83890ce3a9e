"""HttpClient against a real local server: retries, timeouts, size cap, redirects, conditional GET, archive."""
from __future__ import annotations

import threading

import pytest

from seizure_stats.model import content_hash
from seizure_stats.sources.http import HttpClient, HttpError, canonical_url, check_url_allowed
from seizure_stats.warehouse.state import HttpCache


def test_canonical_url_drops_tracking_fragment_default_port():
    url = ("HTTPS://News.Example.org:443/news/two-arrests-508544?utm_source=rss&utm_medium=rss&id=7"
           "&fbclid=abc&gclid=x#top")
    assert canonical_url(url) == "https://news.example.org/news/two-arrests-508544?id=7"
    assert canonical_url("http://example.org:80") == "http://example.org/"
    assert canonical_url("http://example.org:8080/a?b=1&a=2") == "http://example.org:8080/a?b=1&a=2"
    assert canonical_url("file:///tmp/x.html#frag") == "file:///tmp/x.html"


def test_ssrf_guard():
    for url in ("file:///etc/passwd", "http://127.0.0.1:9/x", "http://10.1.2.3/", "http://localhost/",
                "http://169.254.169.254/latest/meta-data", "http://[::1]/", "http://192.168.0.1/"):
        with pytest.raises(HttpError, match="refused"):
            check_url_allowed(url, allow_private=False)
        check_url_allowed(url, allow_private=True)
    with pytest.raises(HttpError, match="scheme"):
        check_url_allowed("ftp://example.org/x", allow_private=True)
    check_url_allowed("http://127.0.0.1:9/x", allow_private=False, trusted=("http://127.0.0.1:9",))
    check_url_allowed("http://93.184.216.34/", allow_private=False)


def test_500_then_200_is_retried(server, settings):
    server.add("/flaky", [(500, b"oops", {}), (503, b"busy", {}), (200, b"<p>fine</p>", {})])
    with HttpClient(settings) as http:
        res = http.fetch(server.url("/flaky"), allow_private=True)
    assert res.status == 200 and res.body == b"<p>fine</p>"
    assert server.hits("/flaky") == 3 and http.requests == 3


def test_always_500_gives_up_after_retries(server, settings):
    server.add("/down", b"oops", status=500)
    with HttpClient(settings) as http, pytest.raises(HttpError, match="HTTP 500.*after 3 attempts"):
        http.fetch(server.url("/down"), allow_private=True)
    assert server.hits("/down") == 3  # http_retries=2


def test_404_is_not_retried(server, settings):
    with HttpClient(settings) as http, pytest.raises(HttpError) as e:
        http.fetch(server.url("/missing"), allow_private=True)
    assert e.value.status == 404 and server.hits("/missing") == 1


def test_timeout(server, settings):
    settings = settings.model_copy(update={"http_timeout": 0.3, "http_retries": 1})
    server.add("/slow", b"late", delay=1.5)
    with HttpClient(settings) as http, pytest.raises(HttpError, match="timed out"):
        http.fetch(server.url("/slow"), allow_private=True)
    assert http.requests == 2


def test_user_agent_is_sent(server, settings):
    server.add("/ua", b"x", content_type="text/plain")
    with HttpClient(settings) as http:
        http.fetch(server.url("/ua"), allow_private=True)
    assert server.log[0][1]["User-Agent"] == "seizure-stats-test/1.0"


def test_huge_body_is_aborted(server, settings):
    settings = settings.model_copy(update={"http_max_bytes": 100_000})
    server.add("/declared", b"x" * 200_000)
    server.add("/streamed", stream=5_000_000)
    with HttpClient(settings) as http:
        with pytest.raises(HttpError, match="too large: Content-Length"):
            http.fetch(server.url("/declared"), allow_private=True)
        with pytest.raises(HttpError, match="too large: more than 100000 bytes"):
            http.fetch(server.url("/streamed"), allow_private=True)


def test_redirects_are_followed_and_bounded(server, settings):
    server.add("/old", status=301, headers={"Location": "/new?utm_source=x"})
    server.add("/new", b"<p>moved</p>")
    server.add("/loop", status=302, headers={"Location": "/loop"})
    with HttpClient(settings) as http:
        res = http.fetch(server.url("/old"), allow_private=True)
        assert res.body == b"<p>moved</p>" and res.canonical == server.url("/new")
        with pytest.raises(HttpError, match="more than 5 redirects"):
            http.fetch(server.url("/loop"), allow_private=True)


def test_redirect_to_a_private_address_is_refused(server, settings):
    server.add("/jump", status=302, headers={"Location": "http://10.0.0.1/admin"})
    with HttpClient(settings) as http, pytest.raises(HttpError, match="refused"):
        http.fetch(server.url("/jump"), trusted=(server.base,))


def test_conditional_get_costs_one_304(server, settings, engine, fetch_log_row):
    server.add("/page", b"<p>same</p>", etag='"v1"')
    server.add("/lm", b"<p>dated</p>", last_modified="Wed, 01 Apr 2026 10:00:00 GMT")
    with HttpClient(settings, HttpCache(engine)) as http:
        first = http.fetch(server.url("/page"), allow_private=True)
        second = http.fetch(server.url("/page"), allow_private=True)
        http.fetch(server.url("/lm"), allow_private=True)
        third = http.fetch(server.url("/lm"), allow_private=True)
    assert not first.not_modified and second.not_modified and third.not_modified
    assert second.body == first.body == b"<p>same</p>"   # answered from the archive
    assert server.log[1][1]["If-None-Match"] == '"v1"'
    assert server.log[3][1]["If-Modified-Since"] == "Wed, 01 Apr 2026 10:00:00 GMT"
    assert http.requests == 4 and http.not_modified == 2
    row = fetch_log_row(engine, server.url("/page"))
    assert row["etag"] == '"v1"' and row["status"] == 304 and row["content_hash"] == content_hash(b"<p>same</p>")
    assert (settings.archive / row["content_hash"][:2] / row["content_hash"]).read_bytes() == b"<p>same</p>"


def test_changed_page_after_304_is_fetched_again(server, settings, sqlite_engine):
    server.add("/p", [(200, b"one", {"ETag": '"a"'}), (200, b"two", {"ETag": '"b"'})])
    with HttpClient(settings, HttpCache(sqlite_engine)) as http:
        assert http.fetch(server.url("/p"), allow_private=True).body == b"one"
        assert http.fetch(server.url("/p"), allow_private=True).body == b"two"


def test_same_body_from_two_urls_is_archived_once(server, settings):
    server.add("/a", b"<p>twin</p>")
    server.add("/b?utm_campaign=x", b"<p>twin</p>")
    with HttpClient(settings) as http:
        a = http.fetch(server.url("/a"), allow_private=True)
        b = http.fetch(server.url("/b?utm_campaign=x"), allow_private=True)
    assert a.content_hash == b.content_hash
    assert b.canonical == server.url("/b")
    assert len([p for p in settings.archive.rglob("*") if p.is_file()]) == 1


def test_per_host_concurrency_limit(server, settings):
    settings = settings.model_copy(update={"http_per_host": 2})
    for i in range(6):
        server.add(f"/s{i}", b"x", delay=0.2)
    http = HttpClient(settings)
    threads = [threading.Thread(target=http.fetch, args=(server.url(f"/s{i}"),), kwargs={"allow_private": True})
               for i in range(6)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert server.hits("/s0") == 1 and http.requests == 6
    assert server.max_active <= 2


def test_file_urls(tmp_path, settings):
    p = tmp_path / "note.txt"
    p.write_text("Zoll: 12 kg Kokain", encoding="utf-8")
    with HttpClient(settings) as http:
        res = http.fetch(p.as_uri(), trusted=("file://",))
        assert res.body == "Zoll: 12 kg Kokain".encode() and res.content_type == "text/plain"
        with pytest.raises(HttpError, match="refused"):
            http.fetch(p.as_uri())
