"""Feeds (RSS 2.0, Atom) through collect(), against the local server, with the state kept in the warehouse."""
from __future__ import annotations

from datetime import date

import pytest

from seizure_stats.sources import Collected, SourceError, SourceState
from seizure_stats.sources.collect import collect
from seizure_stats.sources.feeds import FeedError, parse_feed
from seizure_stats.sources.http import HttpClient
from seizure_stats.warehouse.state import load_state

COCAINE = "/news/officers-seize-cocaine-hidden-in-banana-crates-500101"
TABAC = "/news/saisie-de-cigarettes-de-contrebande-500099"

NEW_ITEM = """<item>
  <title>Zoll stellt gefälschte Markenuhren sicher</title>
  <pubDate>Thu, 23 Apr 2026 09:00:00 +0200</pubDate>
  <guid>{BASE}/news/zoll-stellt-gefaelschte-markenuhren-sicher-500150?utm_source=rss</guid>
  <link>{BASE}/news/zoll-stellt-gefaelschte-markenuhren-sicher-500150?utm_source=rss&amp;utm_content=news</link>
</item>
"""


def test_rss_feed_documents(newsroom, settings, engine, make_source, run_source, state_row):
    source = make_source("harbour", "feed", newsroom.url("/rss/news"), language="en", country="GB")
    out = run_source(engine, source, settings)
    assert isinstance(out, Collected) and not out.failures
    by_url = {d.url: d for d in out.documents}
    assert set(by_url) == {newsroom.url(COCAINE), newsroom.url(TABAC)}  # utm_* stripped
    en = by_url[newsroom.url(COCAINE)]
    assert en.kind == "text" and en.figures == []
    assert en.title == "Officers seize cocaine hidden in banana crates"  # trailing space of the feed title gone
    assert en.published == "2026-04-22"
    assert en.language == "en" and en.country == "GB"  # the feed's <language>sv</language> is not trusted
    assert "96 kilograms of cocaine" in en.text and "Home" not in en.text
    fr = by_url[newsroom.url(TABAC)]
    assert fr.published == "2026-04-21"  # the local date, not the UTC one (2026-04-20T23:01Z)
    assert "4 200 cartouches" in fr.text and fr.fetched_at and fr.http_headers["content-type"].startswith("text/html")
    assert fr.id and fr.id != en.id
    assert out.requests == 3 and out.not_modified == 0
    row = state_row(engine, "harbour")
    assert row["high_water"] == "2026-04-22T20:15:00+00:00" and row["state"] == "ok"
    assert row["last_success"] is not None and row["last_new_document"] is not None and row["last_error"] is None


def test_language_unset_is_not_taken_from_the_feed(newsroom, settings, make_source):
    source = make_source("harbour", "feed", newsroom.url("/rss/news"))
    out = collect(source, SourceState("harbour"), settings=settings)
    assert {d.language for d in out.documents} == {None}


def test_second_run_fetches_only_the_new_item(newsroom, settings, engine, make_source, run_source, fixture_bytes):
    source = make_source("harbour", "feed", newsroom.url("/rss/news"), language="en")
    first = run_source(engine, source, settings)
    assert len(first.documents) == 2
    # a new item appears in the feed between the runs
    feed = fixture_bytes("rss-news.xml", newsroom.base).replace(
        b"<item>", NEW_ITEM.replace("{BASE}", newsroom.base).encode() + b"<item>", 1)
    newsroom.add("/rss/news", feed, content_type="application/rss+xml")
    newsroom.add("/news/zoll-stellt-gefaelschte-markenuhren-sicher-500150", fixture_bytes("page-de-zoll.html"))
    newsroom.log.clear()
    second = run_source(engine, source, settings)
    assert [d.url for d in second.documents] == [newsroom.url("/news/zoll-stellt-gefaelschte-markenuhren-sicher-500150")]
    assert second.documents[0].published == "2026-04-23"
    assert newsroom.paths() == ["/rss/news", "/news/zoll-stellt-gefaelschte-markenuhren-sicher-500150"]
    assert second.requests == 2 and second.skipped == 2
    assert load_state(engine, "harbour").high_water == "2026-04-23T07:00:00+00:00"
    # a third run with nothing new: the feed only
    newsroom.log.clear()
    third = run_source(engine, source, settings)
    assert third.documents == [] and newsroom.paths() == ["/rss/news"]


def test_unchanged_feed_costs_one_304(newsroom, settings, engine, make_source, run_source):
    newsroom.routes["/rss/news"].etag = '"feed-1"'
    source = make_source("harbour", "feed", newsroom.url("/rss/news"))
    run_source(engine, source, settings)
    newsroom.log.clear()
    again = run_source(engine, source, settings)
    assert again.documents == [] and again.requests == 1 and again.not_modified == 1
    assert newsroom.paths() == ["/rss/news"]


def test_state_not_saved_means_items_come_again_from_the_archive(newsroom, settings, sqlite_engine, make_source):
    """A load that failed after the fetch (state not saved): the next run yields the same documents, the pages
    answering 304 from the archive."""
    for path in (COCAINE, TABAC):
        newsroom.routes[path].etag = '"p1"'
    source = make_source("harbour", "feed", newsroom.url("/rss/news"))
    from seizure_stats.warehouse.state import HttpCache

    with HttpClient(settings, HttpCache(sqlite_engine)) as http:
        first = collect(source, SourceState("harbour"), settings=settings, http=http)
        again = collect(source, SourceState("harbour"), settings=settings, http=http)
    assert sorted(d.id for d in again.documents) == sorted(d.id for d in first.documents)
    assert again.not_modified == 2


def test_item_404_is_a_failure_and_holds_the_high_water(newsroom, settings, engine, make_source, run_source,
                                                         state_row):
    del newsroom.routes[COCAINE]
    source = make_source("harbour", "feed", newsroom.url("/rss/news"))
    out = run_source(engine, source, settings)
    assert [d.url for d in out.documents] == [newsroom.url(TABAC)]
    assert len(out.failures) == 1
    f = out.failures[0]
    assert f.source == "harbour" and f.url == newsroom.url(COCAINE) and "404" in f.reason
    # the high-water mark stays below the failed (newer) item, so it is tried again next run
    assert state_row(engine, "harbour")["high_water"] == "2026-04-20T23:01:00+00:00"
    newsroom.add(COCAINE, (newsroom.routes[TABAC].body.replace(b"cigarettes", b"cocaine")))
    newsroom.log.clear()
    retry = run_source(engine, source, settings)
    assert [d.url for d in retry.documents] == [newsroom.url(COCAINE)] and not retry.failures
    assert TABAC not in newsroom.paths()


def test_feed_500_then_200(newsroom, settings, engine, make_source, run_source):
    feed = newsroom.routes["/rss/news"].body
    newsroom.add("/rss/news", [(500, b"oops", {}), (200, feed, {})], content_type="application/rss+xml")
    out = run_source(engine, make_source("harbour", "feed", newsroom.url("/rss/news")), settings)
    assert len(out.documents) == 2 and out.requests == 4


def test_feed_unreachable_is_a_source_error(server, settings, engine, make_source, run_source, state_row):
    server.add("/rss/down", b"oops", status=503)
    err = run_source(engine, make_source("down", "feed", server.url("/rss/down")), settings)
    assert isinstance(err, SourceError)
    assert "'down'" in str(err) and "HTTP 503" in str(err) and "after 3 attempts" in str(err)
    row = state_row(engine, "down")
    assert row["state"] == "failing" and row["last_success"] is None and row["high_water"] is None
    assert "HTTP 503" in row["last_error"] and row["consecutive_failures"] == 1


def test_feed_timeout_is_a_source_error(server, settings, engine, make_source, run_source, state_row):
    settings = settings.model_copy(update={"http_timeout": 0.3, "http_retries": 0})
    server.add("/rss/slow", b"<rss/>", delay=1.5)
    err = run_source(engine, make_source("slow", "feed", server.url("/rss/slow")), settings)
    assert isinstance(err, SourceError) and "timed out" in err.reason
    assert state_row(engine, "slow")["state"] == "failing"


def test_failure_after_success_keeps_the_state(newsroom, settings, engine, make_source, run_source, state_row):
    source = make_source("harbour", "feed", newsroom.url("/rss/news"))
    run_source(engine, source, settings)
    before = state_row(engine, "harbour")
    newsroom.add("/rss/news", b"<rss><channel><item>", content_type="application/rss+xml")
    err = run_source(engine, source, settings)
    assert isinstance(err, SourceError) and "malformed XML" in err.reason
    after = state_row(engine, "harbour")
    assert after["high_water"] == before["high_water"] and after["last_success"] == before["last_success"]
    assert after["state"] == "failing"


def test_invalid_xml_is_a_source_error(server, settings, engine, make_source, run_source):
    server.add("/bad.xml", b"<?xml version='1.0'?><rss><channel><title>x</title></chanel></rss>",
               content_type="application/rss+xml")
    err = run_source(engine, make_source("bad", "feed", server.url("/bad.xml")), settings)
    assert isinstance(err, SourceError) and err.source == "bad" and "malformed XML" in err.reason


def test_html_at_the_feed_url_is_a_source_error(server, settings, make_source, fixture_bytes):
    server.add("/feed", fixture_bytes("page-en-cocaine.html"), content_type="application/rss+xml")
    with pytest.raises(SourceError, match="not a feed"):
        collect(make_source("h", "feed", server.url("/feed")), SourceState("h"), settings=settings)


def test_entity_expansion_is_refused(server, settings, make_source):
    bomb = (b'<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;">]>'
            b'<rss version="2.0"><channel><title>&b;</title></channel></rss>')
    server.add("/bomb.xml", bomb, content_type="application/rss+xml")
    with pytest.raises(SourceError, match="unsafe XML"):
        collect(make_source("b", "feed", server.url("/bomb.xml")), SourceState("b"), settings=settings)


def test_wrong_content_type_on_feed_and_item(newsroom, settings, make_source):
    """A feed served as text/plain is still a feed; an item that is an image is an item failure."""
    feed = newsroom.routes["/rss/news"]
    feed.content_type = "text/plain"
    newsroom.add(TABAC, b"\x89PNG\r\n\x1a\n", content_type="image/png")
    out = collect(make_source("harbour", "feed", newsroom.url("/rss/news")), SourceState("harbour"), settings=settings)
    assert [d.url for d in out.documents] == [newsroom.url(COCAINE)]
    assert "unsupported content type 'image/png'" in out.failures[0].reason


def test_non_utf8_item_pages(newsroom, settings, make_source, fixture_bytes):
    """cp1252 bytes behind a page that declares UTF-8, and iso-8859-1 declared in the HTTP header only."""
    fr = fixture_bytes("page-fr-tabac.html").decode("utf-8")
    newsroom.add(TABAC, fr.encode("cp1252"), content_type="text/html; charset=utf-8")
    en = fixture_bytes("page-en-cocaine.html").decode().replace('<meta charset="utf-8">', "").replace(
        "Two drivers", "Two drivers (Ærø, Zürich)")
    newsroom.add(COCAINE, en.encode("iso-8859-1"), content_type="text/html; charset=ISO-8859-1")
    out = collect(make_source("harbour", "feed", newsroom.url("/rss/news")), SourceState("harbour"), settings=settings)
    texts = {d.url: d.text for d in out.documents}
    assert "découvert 4 200 cartouches" in texts[newsroom.url(TABAC)]
    assert "garde à vue" in texts[newsroom.url(TABAC)]
    assert "(Ærø, Zürich)" in texts[newsroom.url(COCAINE)]


def test_redirected_item_takes_the_final_url(newsroom, settings, make_source):
    body = newsroom.routes[COCAINE].body
    newsroom.add(COCAINE, status=301, headers={"Location": "/2026/04/cocaine-banana.html"})
    newsroom.add("/2026/04/cocaine-banana.html", body)
    out = collect(make_source("harbour", "feed", newsroom.url("/rss/news")), SourceState("harbour"), settings=settings)
    assert newsroom.url("/2026/04/cocaine-banana.html") in {d.url for d in out.documents}


def test_same_release_on_two_hosts_is_one_document(newsroom, settings, make_source, fixture_bytes):
    """The same feed under 127.0.0.1 and localhost (two hosts, different utm_content): one document each."""
    other = fixture_bytes("rss-news.xml", f"http://localhost:{newsroom.port}").replace(b"utm_content=news",
                                                                                        b"utm_content=current_news")
    newsroom.add("/rss/current", other, content_type="application/rss+xml")
    source = make_source("harbour", "feed", newsroom.url("/rss/news"),
                         urls=[f"http://localhost:{newsroom.port}/rss/current"], dedupe_pattern=r"-(\d+)$")
    out = collect(source, SourceState("harbour"), settings=settings)
    assert len(out.documents) == 2 and out.skipped == 2
    assert newsroom.hits(COCAINE) == 1


def test_ssrf_links_in_a_remote_feed_are_refused(server, settings, make_source):
    other_port = server.port + 1 if server.port < 65535 else server.port - 1
    feed = f"""<?xml version="1.0"?><rss version="2.0"><channel><title>t</title>
      <item><title>a</title><link>file:///etc/passwd</link><pubDate>Wed, 22 Apr 2026 10:00:00 +0000</pubDate></item>
      <item><title>b</title><link>http://10.0.0.7/internal</link><pubDate>Wed, 22 Apr 2026 10:00:00 +0000</pubDate></item>
      <item><title>c</title><link>http://127.0.0.1:{other_port}/admin</link><pubDate>Wed, 22 Apr 2026 10:00:00 +0000</pubDate></item>
      <item><title>d</title><link>{server.base}/ok.html</link><pubDate>Wed, 22 Apr 2026 10:00:00 +0000</pubDate></item>
    </channel></rss>"""
    server.add("/rss", feed, content_type="application/rss+xml")
    server.add("/ok.html", "<html><body><p>Customs seized 40 kg of khat at the airport on Monday.</p></body></html>")
    out = collect(make_source("s", "feed", server.url("/rss")), SourceState("s"), settings=settings)
    assert [d.url for d in out.documents] == [server.url("/ok.html")]
    reasons = {f.url: f.reason for f in out.failures}
    assert len(reasons) == 3 and all("refused" in r for r in reasons.values())
    assert server.paths() == ["/rss", "/ok.html"]


def test_atom_feed_with_commented_entry_and_filter(server, settings, make_source, fixture_bytes):
    server.add("/new/feed.xml", fixture_bytes("atom-news.xml", server.base), content_type="application/atom+xml")
    server.add("/news/firearms-seizure.html", fixture_bytes("page-en-cocaine.html").replace(b"cocaine", b"handguns"))
    server.add("/notices/cn24-03.html", "<html><body><p>Customs notice about food licences.</p></body></html>")
    out = collect(make_source("cbsa", "feed", server.url("/new/feed.xml"), include="seiz"), SourceState("cbsa"),
                  settings=settings)
    assert [d.title for d in out.documents] == ["Officers seize firearms at the land border"]
    assert out.documents[0].published == "2024-02-06"
    assert "/template.html" not in server.paths() and "/notices/cn24-03.html" not in server.paths()
    assert out.state.high_water == "2024-02-06T20:30:00+00:00"


def test_backfill_takes_the_date_range_and_keeps_the_mark(newsroom, settings, engine, make_source, run_source,
                                                          state_row):
    source = make_source("harbour", "feed", newsroom.url("/rss/news"))
    run_source(engine, source, settings)
    mark = state_row(engine, "harbour")["high_water"]
    out = run_source(engine, source, settings, since=date(2026, 4, 21), until=date(2026, 4, 21))
    assert [d.url for d in out.documents] == [newsroom.url(TABAC)]
    assert out.state.high_water == mark and state_row(engine, "harbour")["high_water"] == mark


def test_known_urls_are_skipped(newsroom, settings, make_source):
    out = collect(make_source("harbour", "feed", newsroom.url("/rss/news")), SourceState("harbour"),
                  settings=settings, known_urls={newsroom.url(COCAINE) + "?utm_source=x"})
    assert [d.url for d in out.documents] == [newsroom.url(TABAC)]


def _cut(path, offset: int, closing: bytes) -> bytes:
    return path.read_bytes()[:offset] + closing


def test_real_feed_captures_parse(request):
    from pathlib import Path

    shared = Path(__file__).resolve().parents[2].parent / "shared" / "feeds"
    if not shared.exists():
        pytest.skip("shared/feeds not present")
    met = shared / "rss-met-police-news" / "news.met.police.uk_rss_source_60923_news.head.xml"
    items = parse_feed(_cut(met, 1668, b"</channel></rss>"), "https://news.met.police.uk/rss/source/60923/news",
                       dedupe_pattern=r"-(\d+)$")
    assert items[0].canonical == "https://news.met.police.uk/news/two-more-arrests-for-conspiracy-to-commit-arson-508544"
    assert items[0].key == "508544" and items[0].published.isoformat() == "2026-04-22T21:15:00+01:00"
    mnd = shared / "rss-met-police-news" / "mynewsdesk.com_uk_rss_current_news_66871.head.xml"
    items = parse_feed(_cut(mnd, 1881, b"</channel></rss>"), "https://www.mynewsdesk.com/uk/rss/current_news/66871")
    assert items[0].title == "Met cracks down on prolific shoplifters with new crime fighting technology"
    cbsa = shared / "atom-cbsa-whats-new" / "cbsa-asfc.gc.ca_new-neuf_new-neuf-eng.head.xml"
    items = parse_feed(_cut(cbsa, 1697, b"</feed>"), "https://cbsa-asfc.gc.ca/new-neuf/new-neuf-eng.xml")
    assert len(items) == 1 and items[0].link == "http://www.cbsa-asfc.gc.ca/publications/cn-ad/cn24-03-eng.html"
    with pytest.raises(FeedError, match="malformed"):
        parse_feed(cbsa.read_bytes(), "https://cbsa-asfc.gc.ca/x.xml")  # the uncut capture stops mid-entry


def test_undated_items_take_the_page_date(server, settings, sqlite_engine, make_source, run_source, fixture_bytes):
    """Europol-style items with no pubDate: the date comes from the page; known URLs are not fetched again."""
    feed = f"""<?xml version="1.0"?><rss version="2.0"><channel><title>t</title>
      <item><title>Relojes</title><link>{server.base}/n/relojes</link><description>x</description></item>
      <item><title>Hachís</title><link>{server.base}/n/hachis</link></item>
    </channel></rss>"""
    server.add("/rss", feed, content_type="application/rss+xml")
    server.add("/n/relojes", fixture_bytes("page-de-zoll.html"))
    server.add("/n/hachis", fixture_bytes("page-es-aduanas.html"))
    source = make_source("undated", "feed", server.url("/rss"))
    out = run_source(sqlite_engine, source, settings)
    assert {d.published for d in out.documents} == {"2026-03-10", "2026-03-12"}
    assert out.state.high_water == "2026-03-12T00:00:00+00:00"
    server.log.clear()
    again = run_source(sqlite_engine, source, settings, known_urls={d.url for d in out.documents})
    assert again.documents == [] and server.paths() == ["/rss"]
    backfill = collect(source, SourceState("undated"), settings=settings, since=date(2026, 3, 11),
                       until=date(2026, 3, 31))
    assert [d.title for d in backfill.documents] == ["Hachís"]


def test_html_entities_in_a_feed_are_tolerated(server, settings, make_source):
    feed = f"""<?xml version="1.0"?><rss version="2.0"><channel><title>Douane&nbsp;news</title>
      <item><title>Saisie&nbsp;record</title><link>{server.base}/p</link>
      <pubDate>Wed, 22 Apr 2026 10:00:00 +0000</pubDate></item></channel></rss>"""
    server.add("/rss", feed, content_type="application/rss+xml")
    server.add("/p", "<html><body><p>Les douaniers ont saisi 2 tonnes de cocaïne au port.</p></body></html>")
    out = collect(make_source("d", "feed", server.url("/rss")), SourceState("d"), settings=settings)
    assert len(out.documents) == 1 and out.documents[0].title.startswith("Saisie")


@pytest.mark.parametrize("case", ["huge_feed", "huge_item", "redirected_feed", "flaky_feed", "text_plain_feed"])
def test_misbehaving_server_through_collect(case, newsroom, settings, engine, make_source, run_source, state_row,
                                            fetch_log_row):
    """Each misbehaviour: what collect returns or raises, and what the warehouse state tables then hold.
    (Timeouts, 500s, invalid XML, 304s, non-UTF-8 pages and SSRF have their own tests above.)"""
    settings = settings.model_copy(update={"http_max_bytes": 50_000})
    feed_url = newsroom.url("/rss/news")
    if case == "huge_feed":
        newsroom.add("/rss/news", stream=3_000_000, content_type="application/rss+xml")
    elif case == "huge_item":
        newsroom.add(COCAINE, b"<p>" + b"x" * 80_000 + b"</p>")
    elif case == "redirected_feed":
        # the feed moved and its old address now redirects to an HTML page
        newsroom.add("/rss/news", status=301, headers={"Location": TABAC})
    elif case == "flaky_feed":
        body = newsroom.routes["/rss/news"].body
        newsroom.add("/rss/news", [(502, b"bad gateway", {}), (200, body, {})], content_type="application/rss+xml")
    elif case == "text_plain_feed":
        newsroom.routes["/rss/news"].content_type = "text/plain; charset=utf-8"
    out = run_source(engine, make_source("harbour", "feed", feed_url), settings)
    row = state_row(engine, "harbour")
    if case == "huge_feed":
        assert isinstance(out, SourceError) and "too large" in out.reason
        assert row["state"] == "failing" and row["high_water"] is None and "too large" in row["last_error"]
        assert fetch_log_row(engine, feed_url) is None  # nothing archived of an aborted body
        return
    if case == "redirected_feed":
        assert isinstance(out, SourceError) and "not a feed" in out.reason and row["state"] == "failing"
        return
    assert isinstance(out, Collected) and row["state"] == "ok"
    if case == "huge_item":
        assert [d.url for d in out.documents] == [newsroom.url(TABAC)]
        assert "too large" in out.failures[0].reason and out.failures[0].url == newsroom.url(COCAINE)
        assert row["high_water"] == "2026-04-20T23:01:00+00:00"  # held below the failed, newer item
    else:
        assert len(out.documents) == 2 and row["high_water"] == "2026-04-22T20:15:00+00:00"
        assert fetch_log_row(engine, feed_url)["status"] == 200
        if case == "flaky_feed":
            assert out.requests == 4 and newsroom.hits("/rss/news") == 2


def test_redirected_feed_is_followed(newsroom, settings, engine, make_source, run_source, fetch_log_row):
    body = newsroom.routes["/rss/news"].body
    newsroom.add("/rss/news", status=301, headers={"Location": "/rss/v2/news"})
    newsroom.add("/rss/v2/news", body, content_type="application/rss+xml")
    out = run_source(engine, make_source("harbour", "feed", newsroom.url("/rss/news")), settings)
    assert len(out.documents) == 2 and out.requests == 4
    assert fetch_log_row(engine, newsroom.url("/rss/news"))["status"] == 200  # logged under the configured URL


def test_permanent_item_failure_does_not_hold_the_mark(newsroom, settings, make_source):
    """The older item fails: a PDF is not retried (the mark moves to the newer item); a 500 is (the mark stays)."""
    source = make_source("harbour", "feed", newsroom.url("/rss/news"))
    newsroom.add(TABAC, b"%PDF-1.4 ...", content_type="application/pdf")
    out = collect(source, SourceState("harbour"), settings=settings)
    assert "unsupported content type 'application/pdf'" in out.failures[0].reason
    assert out.state.high_water == "2026-04-22T20:15:00+00:00"
    newsroom.add(TABAC, b"busy", status=500)
    out = collect(source, SourceState("harbour", high_water="2026-04-01T00:00:00+00:00"), settings=settings)
    assert "HTTP 500" in out.failures[0].reason and len(out.documents) == 1
    assert out.state.high_water == "2026-04-01T00:00:00+00:00"
