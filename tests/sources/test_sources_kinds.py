"""The other text kinds: one page, a listing page with article links, local files and folders."""
from __future__ import annotations

import os
import time
from datetime import date, timedelta

import pytest

from seizure_stats.sources import SourceError, SourceState
from seizure_stats.sources.collect import collect
from seizure_stats.sources.text import html_to_text


def test_page_is_new_only_when_its_text_changes(server, settings, engine, make_source, run_source, fixture_bytes,
                                                state_row):
    server.add("/annual-report", fixture_bytes("page-de-zoll.html"))
    source = make_source("zoll", "page", server.url("/annual-report"), language="de", country="DE")
    first = run_source(engine, source, settings)
    [doc] = first.documents
    assert doc.title == "Zoll stellt gefälschte Markenuhren sicher" and doc.published == "2026-03-10"
    assert "310 gefälschte Armbanduhren" in doc.text and doc.language == "de" and doc.country == "DE"
    assert state_row(engine, "zoll")["content_hash"] == doc.id
    assert run_source(engine, source, settings).documents == []   # same text: nothing new
    server.add("/annual-report", fixture_bytes("page-de-zoll.html").replace(b"310", b"410"))
    [changed] = run_source(engine, source, settings).documents
    assert "410 gefälschte" in changed.text and changed.id != doc.id


def test_page_unreachable(server, settings, make_source):
    with pytest.raises(SourceError, match="'p'.*HTTP 404"):
        collect(make_source("p", "page", server.url("/gone")), SourceState("p"), settings=settings)


def test_listing(server, settings, engine, make_source, run_source, fixture_bytes):
    server.add("/prensa", """<html><body>
      <a href="/prensa/2026/hachis-camion.html?utm_source=home">Hachís</a>
      <a href="/prensa/2026/relojes.html">Relojes</a>
      <a href="/prensa/2026/roto.html">Roto</a>
      <a href="/contacto">Contacto</a><a href="mailto:x@example.org">mail</a>
      <a href="http://10.0.0.9/prensa/2026/interno.html">interno</a>
    </body></html>""")
    server.add("/prensa/2026/hachis-camion.html", fixture_bytes("page-es-aduanas.html"))
    server.add("/prensa/2026/relojes.html", fixture_bytes("page-de-zoll.html"))
    source = make_source("aduanas", "listing", server.url("/prensa"), language="es",
                         link_pattern=r"/prensa/\d{4}/")
    out = run_source(engine, source, settings)
    assert [d.url for d in out.documents] == [server.url("/prensa/2026/hachis-camion.html"),
                                             server.url("/prensa/2026/relojes.html")]
    assert out.documents[0].published == "2026-03-12" and "1 350 kilos de hachís" in out.documents[0].text
    reasons = {f.url: f.reason for f in out.failures}
    assert "404" in reasons[server.url("/prensa/2026/roto.html")]
    assert "refused" in reasons["http://10.0.0.9/prensa/2026/interno.html"]
    assert "/contacto" not in server.paths()
    # the next run, knowing the loaded URLs, fetches the listing and the failed link only
    server.log.clear()
    run_source(engine, source, settings, known_urls={d.url for d in out.documents})
    assert server.paths() == ["/prensa", "/prensa/2026/roto.html"]


def test_listing_needs_a_pattern(server, settings, make_source):
    server.add("/l", "<html></html>")
    with pytest.raises(SourceError, match="link_pattern"):
        collect(make_source("l", "listing", server.url("/l")), SourceState("l"), settings=settings)


def test_files_folder(tmp_path, settings, sqlite_engine, make_source, run_source, fixture_bytes):
    folder = tmp_path / "notes"
    (folder / "sub").mkdir(parents=True)
    (folder / "bilan.md").write_text("# Bilan annuel\n\nLa douane a saisi 12 tonnes de tabac en 2025.\n",
                                     encoding="utf-8")
    (folder / "sub" / "zoll.html").write_bytes(fixture_bytes("page-de-zoll.html"))
    (folder / "old.txt").write_bytes("Les agents ont saisi 300 kg de résine.".encode("cp1252"))
    (folder / "image.png").write_bytes(b"\x89PNG")
    old = time.time() - 86400 * 40
    os.utime(folder / "old.txt", (old, old))
    source = make_source("notes", "files", str(folder), language="fr")
    assert source.allow_private and source.url.startswith("file://")
    out = run_source(sqlite_engine, source, settings)
    docs = {d.url.rsplit("/", 1)[-1]: d for d in out.documents}
    assert set(docs) == {"bilan.md", "zoll.html", "old.txt"}
    assert docs["bilan.md"].title == "Bilan annuel" and "12 tonnes de tabac" in docs["bilan.md"].text
    assert docs["zoll.html"].published == "2026-03-10" and "Markenuhren" in docs["zoll.html"].text
    assert docs["old.txt"].text == "Les agents ont saisi 300 kg de résine."
    # a plain file's mtime is not its publication date: left to the text's dateline
    assert docs["old.txt"].published is None and docs["bilan.md"].published is None
    assert out.requests == 0
    # nothing changed: nothing new; a touched file comes again
    assert run_source(sqlite_engine, source, settings).documents == []
    time.sleep(1.1)
    (folder / "bilan.md").write_text("# Bilan annuel\n\nLa douane a saisi 13 tonnes de tabac en 2025.\n",
                                     encoding="utf-8")
    again = run_source(sqlite_engine, source, settings)
    assert [d.url.rsplit("/", 1)[-1] for d in again.documents] == ["bilan.md"]
    # backfill by date
    day = date.fromtimestamp(old)
    past = collect(source, SourceState("notes"), settings=settings, since=day - timedelta(days=1),
                   until=day + timedelta(days=1))
    assert [d.url.rsplit("/", 1)[-1] for d in past.documents] == ["old.txt"]


def test_files_missing_path(tmp_path, settings, make_source):
    with pytest.raises(SourceError, match="does not exist"):
        collect(make_source("n", "files", str(tmp_path / "nope")), SourceState("n"), settings=settings)


def test_html_to_text_charsets_and_fallback():
    page = ('<html><head><meta charset="utf-8"><title>t</title></head><body><p>Les douaniers ont saisi 1\u00a0200 kg '
            'de café à Marseille – « record » ; la marchandise était dissimulée.</p></body></html>')
    assert "café à Marseille – « record »" in html_to_text(page.encode("cp1252"))          # wrong declaration
    assert "café à Marseille" in html_to_text(page.replace("utf-8", "iso-8859-1").encode("cp1252"))
    assert "café à Marseille" in html_to_text(page.replace('<meta charset="utf-8">', "").encode("cp1252"))
    assert "café à Marseille" in html_to_text(page.encode("utf-8"))
    assert "café" in html_to_text(page)                                                     # str input
    assert html_to_text(b"<html><body><table><tr><td>42 kg</td></tr></table></body></html>").strip("| ") == "42 kg"
    assert html_to_text(b"") == ""
    assert html_to_text("<div>Only a short line</div>") == "Only a short line"


def test_page_dates_come_from_metadata_only():
    from seizure_stats.sources.text import extract_page

    body = ("<html><body><article><p>Customs officers seized three kilograms of heroin at the port on a routine "
            "inspection of a container.</p></article><footer>Copyright 2019 Example Agency</footer></body></html>")
    assert extract_page(body).date is None
    dated = body.replace("<article>", '<article><time datetime="2024-03-12">12 March</time>')
    assert extract_page(dated).date == "2024-03-12"


def test_local_feed_with_relative_links(tmp_path, settings, make_source, fixture_bytes):
    (tmp_path / "bulletins").mkdir()
    (tmp_path / "bulletins" / "zoll.html").write_bytes(fixture_bytes("page-de-zoll.html"))
    (tmp_path / "feed.xml").write_text("""<?xml version="1.0"?><rss version="2.0"><channel><title>local</title>
      <item><title>Zoll</title><link>bulletins/zoll.html?utm_source=rss</link>
      <pubDate>Tue, 10 Mar 2026 10:00:00 +0100</pubDate></item></channel></rss>""", encoding="utf-8")
    source = make_source("local", "feed", "feed.xml")  # relative to the sources file's folder
    source.url = (tmp_path / "feed.xml").as_uri()
    out = collect(source, SourceState("local"), settings=settings)
    assert [d.url for d in out.documents] == [(tmp_path / "bulletins" / "zoll.html").as_uri()]
    assert out.requests == 0 and "310 gefälschte Armbanduhren" in out.documents[0].text


def test_items_already_loaded_move_the_mark_of_a_scheduled_run(tmp_path, settings, make_source, fixture_bytes):
    """A backfill loaded the item first: the scheduled run skips it as known and still moves its mark past it."""
    (tmp_path / "a.html").write_bytes(fixture_bytes("page-de-zoll.html"))
    (tmp_path / "feed.xml").write_text("""<?xml version="1.0"?><rss version="2.0"><channel><title>local</title>
      <item><title>Zoll</title><link>a.html</link>
      <pubDate>Tue, 10 Mar 2026 10:00:00 +0100</pubDate></item></channel></rss>""", encoding="utf-8")
    source = make_source("local", "feed", "feed.xml")
    source.url = (tmp_path / "feed.xml").as_uri()
    out = collect(source, SourceState("local"), settings=settings, known_urls={(tmp_path / "a.html").as_uri()})
    assert out.documents == [] and out.requests == 0
    assert out.state.high_water and out.state.high_water.startswith("2026-03-10")
