"""A real HTTP server on 127.0.0.1 (threading http.server, port 0) that serves fixture feeds, pages and
datasets and misbehaves on demand, plus settings and a helper running a source the way the flows do."""
from __future__ import annotations

import threading
import time
from dataclasses import dataclass, field
from datetime import date
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "sources"
SHARED = Path(__file__).resolve().parents[2].parent / "shared"


@dataclass
class Route:
    body: bytes | list = b""           # a list: one response per request (status, body, headers), last one repeats
    status: int = 200
    content_type: str = "text/html; charset=utf-8"
    headers: dict = field(default_factory=dict)
    etag: str | None = None
    last_modified: str | None = None
    delay: float = 0.0
    stream: int = 0                    # > 0: send this many bytes in chunks, with no Content-Length


class Server:
    def __init__(self) -> None:
        self.routes: dict[str, Route] = {}
        self.log: list[tuple[str, dict]] = []
        self.active = 0
        self.max_active = 0
        self._lock = threading.Lock()
        server = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, *args) -> None:  # quiet
                pass

            def do_GET(self) -> None:
                server._handle(self)

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.httpd.daemon_threads = True
        self.port = self.httpd.server_address[1]
        self.base = f"http://127.0.0.1:{self.port}"
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)
        self.thread.start()

    def url(self, path: str) -> str:
        return self.base + path

    def add(self, path: str, body: bytes | str | list = b"", **kw) -> str:
        if isinstance(body, str):
            body = body.encode("utf-8")
        self.routes[path] = Route(body=body, **kw)
        return self.url(path)

    def hits(self, path: str) -> int:
        return sum(1 for p, _ in self.log if p == path or p.split("?")[0] == path)

    def paths(self) -> list[str]:
        return [p for p, _ in self.log]

    def _handle(self, h: BaseHTTPRequestHandler) -> None:
        path = h.path
        with self._lock:
            self.log.append((path, dict(h.headers)))
            self.active += 1
            self.max_active = max(self.max_active, self.active)
        try:
            route = self.routes.get(path) or self.routes.get(path.split("?")[0])
            if route is None:
                self._send(h, 404, b"not found", {"Content-Type": "text/plain"})
                return
            if route.delay:
                time.sleep(route.delay)
            status, body, headers = route.status, route.body, {"Content-Type": route.content_type, **route.headers}
            if isinstance(body, list):
                n = self.hits(path) - 1
                status, body, extra = body[min(n, len(body) - 1)]
                headers.update(extra)
            if route.etag:
                headers["ETag"] = route.etag
                if h.headers.get("If-None-Match") == route.etag:
                    self._send(h, 304, b"", headers)
                    return
            if route.last_modified:
                headers["Last-Modified"] = route.last_modified
                if h.headers.get("If-Modified-Since") == route.last_modified and not route.etag:
                    self._send(h, 304, b"", headers)
                    return
            if route.stream:
                h.send_response(status)
                for k, v in headers.items():
                    h.send_header(k, v)
                h.send_header("Connection", "close")
                h.end_headers()
                chunk = b"x" * 65536
                sent = 0
                try:
                    while sent < route.stream:
                        h.wfile.write(chunk)
                        sent += len(chunk)
                except (BrokenPipeError, ConnectionResetError):
                    pass
                h.close_connection = True
                return
            self._send(h, status, body, headers)
        finally:
            with self._lock:
                self.active -= 1

    @staticmethod
    def _send(h: BaseHTTPRequestHandler, status: int, body: bytes, headers: dict) -> None:
        try:
            h.send_response(status)
            for k, v in headers.items():
                h.send_header(k, v)
            if status != 304:
                h.send_header("Content-Length", str(len(body)))
            h.end_headers()
            if status != 304 and body:
                h.wfile.write(body)
        except (BrokenPipeError, ConnectionResetError):
            pass

    def close(self) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()


@pytest.fixture
def server():
    s = Server()
    yield s
    s.close()


@pytest.fixture
def settings(tmp_path):
    from seizure_stats.settings import Settings

    return Settings(data_dir=tmp_path / "data", http_timeout=2.0, http_retries=2, http_backoff=0.01,
                    http_max_bytes=2_000_000, http_per_host=4, user_agent="seizure-stats-test/1.0")


@pytest.fixture
def sqlite_engine(tmp_path):
    """A migrated SQLite warehouse, for tests that need a warehouse but not both backends."""
    from seizure_stats.warehouse.db import make_engine, migrate

    eng = make_engine(f"sqlite:///{tmp_path / 'sources.db'}")
    migrate(eng)
    yield eng
    eng.dispose()


def _make_source(name: str, kind: str, url: str, **kw):
    from seizure_stats.sources.config import parse_sources

    table = {"name": name, "kind": kind, "url": url, **kw}
    return parse_sources({"source": [table]}, FIXTURES)[0]


def _run_source(engine, source, settings, *, since: date | None = None, until: date | None = None,
               known_urls: set[str] | None = None):
    """What a flow does with one source: load its state, collect, then save the state (as if the documents were
    loaded) or record the failure. Returns the Collected, or the SourceError raised."""
    from seizure_stats.sources import SourceError
    from seizure_stats.sources.collect import collect
    from seizure_stats.sources.http import HttpClient
    from seizure_stats.warehouse.state import HttpCache, load_state, record_failure, save_state

    state = load_state(engine, source.name)
    with HttpClient(settings, HttpCache(engine)) as http:
        try:
            out = collect(source, state, settings=settings, http=http, since=since, until=until,
                          known_urls=known_urls)
        except SourceError as e:
            record_failure(engine, source.name, str(e))
            return e
    save_state(engine, out.state, new_documents=len(out.documents))
    return out


def _state_row(engine, name: str) -> dict | None:
    from sqlalchemy import text

    with engine.connect() as conn:
        row = conn.execute(text("SELECT * FROM source_state WHERE source = :s"), {"s": name}).first()
    return dict(row._mapping) if row else None


def _fetch_log_row(engine, url: str) -> dict | None:
    from sqlalchemy import text

    with engine.connect() as conn:
        row = conn.execute(text("SELECT * FROM fetch_log WHERE url = :u"), {"u": url}).first()
    return dict(row._mapping) if row else None


@pytest.fixture
def make_source():
    """make_source(name, kind, url, **table) -> SourceConfig, parsed like a [[source]] table."""
    return _make_source


@pytest.fixture
def run_source():
    return _run_source


@pytest.fixture
def state_row():
    return _state_row


@pytest.fixture
def fetch_log_row():
    return _fetch_log_row


def _fixture(name: str, base: str = "") -> bytes:
    return (FIXTURES / name).read_text(encoding="utf-8").replace("{BASE}", base).encode("utf-8")


@pytest.fixture
def fixture_bytes():
    """fixture_bytes(name, base="") -> the fixture file with {BASE} replaced by the server address."""
    return _fixture


@pytest.fixture
def newsroom(server):
    """The test server serving the RSS newsroom: the feed and the pages of its two items."""
    server.add("/rss/news", _fixture("rss-news.xml", server.base), content_type="application/rss+xml; charset=utf-8")
    server.add("/news/officers-seize-cocaine-hidden-in-banana-crates-500101", _fixture("page-en-cocaine.html"))
    server.add("/news/saisie-de-cigarettes-de-contrebande-500099", _fixture("page-fr-tabac.html"))
    return server
