"""Links in remote content to file://, loopback or private addresses are not followed unless the source allows it
(SSRF); scraped markup reaches the warehouse as text and the HTML report only escaped (XSS)."""
from __future__ import annotations

import contextlib
import io

import pytest

from tests.reliability.conftest import count
from tests.sources.conftest import Server, _make_source

DATE = "Wed, 22 Apr 2026 10:00:00 +0000"


@pytest.fixture
def internal():
    """A second server on loopback: the 'internal service' a hostile feed points at."""
    s = Server()
    s.add("/admin", "<html><body><p>Customs seized 99 kg of internal secrets.</p></body></html>")
    yield s
    s.close()


def hostile_feed(server, internal) -> str:
    links = [
        "file:///etc/passwd",
        f"{internal.base}/admin",                                  # loopback, another port
        f"http://localhost:{internal.port}/admin",
        f"http://[::1]:{internal.port}/admin",
        "http://10.0.0.7/internal",                                # private range
        "http://169.254.169.254/latest/meta-data/",                # link-local (cloud metadata)
        "http://0.0.0.0:{}/admin".format(internal.port),
        f"{server.base}/jump",                                     # the feed's own origin, redirecting inside
    ]
    items = "".join(f"<item><title>t{i}</title><link>{u}</link><pubDate>{DATE}</pubDate></item>"
                    for i, u in enumerate(links))
    server.add("/jump", status=302, headers={"Location": f"{internal.base}/admin"})
    return server.add("/rss", f'<?xml version="1.0"?><rss version="2.0"><channel><title>t</title>{items}'
                              f"</channel></rss>", content_type="application/rss+xml")


@pytest.mark.timeout(60)
def test_links_to_private_addresses_are_not_followed(server, internal, tmp_path):
    from seizure_stats.settings import Settings

    settings = Settings(data_dir=tmp_path / "data", http_timeout=2.0, http_retries=0)
    feed = hostile_feed(server, internal)
    from seizure_stats.sources import SourceState
    from seizure_stats.sources.collect import collect

    out = collect(_make_source("remote", "feed", feed), SourceState("remote"), settings=settings)
    assert out.documents == []
    assert internal.paths() == []  # the internal service was never contacted
    assert len(out.failures) == 8 and all("refused" in f.reason for f in out.failures), out.failures
    assert server.paths() == ["/rss", "/jump"]  # only the trusted origin, whose redirect inward was refused

    # the same feed from a source that explicitly allows private addresses: followed
    allowed = collect(_make_source("lan", "feed", feed, allow_private=True), SourceState("lan"), settings=settings)
    assert internal.hits("/admin") >= 1
    assert any("internal secrets" in (d.text or "") for d in allowed.documents)


XSS_TITLE = "<script>alert(1)</script> Customs seize cocaine"
XSS_IMG = '<img src=x onerror=alert(2)>'


@pytest.mark.timeout(120)
@pytest.mark.parametrize("backend", ["sqlite", "postgres"])
def test_scraped_markup_reaches_the_report_escaped(backend, server, tmp_path, fresh_url):
    import html

    from seizure_stats import pipeline
    from seizure_stats.cli import main
    from seizure_stats.settings import Settings
    from seizure_stats.warehouse.db import make_engine, migrate

    page = (f"<html><head><title>{html.escape(XSS_TITLE)}</title></head><body><article>"
            f"<h1>{html.escape(XSS_TITLE)}</h1>"
            f"<p>Customs officers in Belgium seized 350 kg of cocaine {html.escape(XSS_IMG)} at the port of "
            f"Antwerp on Monday.</p><p>Seven people were arrested {html.escape('<script>alert(3)</script>')} "
            f"after the checks.</p></article></body></html>")
    server.add("/release.html", page)
    url = fresh_url(backend)
    engine = make_engine(url)
    migrate(engine)
    settings = Settings(data_dir=tmp_path / "data", http_timeout=5.0, http_retries=0)
    source = _make_source("xss-page", "page", server.url("/release.html"), allow_private=True, language="en",
                          country="BE")
    collected = pipeline.fetch(source, settings=settings, engine=engine)
    docs = pipeline.extract_documents(collected.documents, source)
    report = pipeline.validate_and_load(docs, engine=engine, source=source.name, run_id="xss")
    assert report.documents == 1 and report.figures >= 1
    # the markup is in the warehouse, as text
    assert count(url, "SELECT COUNT(*) FROM document WHERE title LIKE '%<script>alert(1)</script>%'") == 1
    assert count(url, "SELECT COUNT(*) FROM document WHERE content LIKE '%<img src=x onerror=alert(2)>%'") == 1
    assert count(url, "SELECT COUNT(*) FROM figure WHERE quote LIKE '%<img src=x onerror=alert(2)>%'") >= 1
    engine.dispose()

    out = tmp_path / "report.html"
    with contextlib.redirect_stdout(io.StringIO()):
        assert main(["report", "-o", str(out), "--url", url]) == 0
    text = out.read_text(encoding="utf-8")
    assert "<script" not in text.lower() and "<img" not in text.lower() and "onerror=alert(2)>" not in text
    assert html.escape(XSS_IMG) in text                 # shown, as text, in the quote
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in text  # the title, as text
