"""Shared pieces of the reliability tests: the local HTTP server of tests/sources (imported, not copied), a Prefect
harness (reused when tests/flows already started one in this session), full-table snapshots without times and
run ids, fresh PostgreSQL schemas, running the CLI in a subprocess, and stopping / restarting PostgreSQL."""
from __future__ import annotations

import contextlib
import os
import shutil
import subprocess
import sys
import time
import uuid
from pathlib import Path

import pytest
from sqlalchemy import create_engine, inspect, text

from tests.conftest import PG_ADMIN_URL, require_postgres
from tests.sources.conftest import Server

ROOT = Path(__file__).resolve().parents[2]
HERE = Path(__file__).resolve().parent
PYTHON = str(ROOT / ".venv" / "bin" / "python")

#: Columns that differ between two equal runs (times, run ids, HTTP metadata such as the Date header).
VOLATILE = {"loaded_at", "run_id", "fetched_at", "first_seen", "last_seen", "updated_at", "last_attempt",
            "last_success", "last_new_document", "first_success", "http_headers", "started", "finished"}
SNAPSHOT_TABLES = ("source", "document", "figure", "quarantine", "source_state")


def snapshot(url: str, tables=SNAPSHOT_TABLES) -> dict:
    """Every row of the warehouse tables, without the volatile columns, sorted: two equal runs give equal
    snapshots."""
    eng = create_engine(url)
    try:
        with eng.connect() as conn:
            out = {}
            names = set(inspect(conn).get_table_names())
            for t in tables:
                if t not in names:
                    out[t] = None
                    continue
                rows = conn.execute(text(f"SELECT * FROM {t}")).mappings().all()
                out[t] = sorted((tuple(sorted((k, _plain(v)) for k, v in r.items() if k not in VOLATILE))
                                 for r in rows), key=repr)
            return out
    finally:
        eng.dispose()


def _plain(v):
    if hasattr(v, "isoformat"):
        return str(v.isoformat())[:10] if type(v).__name__ == "date" else v.isoformat()
    if type(v).__name__ == "Decimal":
        return float(v)
    return v


def count(url: str, sql: str, **params):
    eng = create_engine(url)
    try:
        with eng.connect() as conn:
            return conn.execute(text(sql), params).scalar()
    finally:
        eng.dispose()


# ---- PostgreSQL ---------------------------------------------------------------------------------------------------

def new_pg_schema() -> tuple[str, str]:
    """(schema, URL selecting it) in the test database; drop it with drop_pg_schema."""
    require_postgres()
    schema = f"rel_{uuid.uuid4().hex[:10]}"
    admin = create_engine(PG_ADMIN_URL)
    with admin.begin() as conn:
        conn.execute(text(f'CREATE SCHEMA "{schema}"'))
    admin.dispose()
    sep = "&" if "?" in PG_ADMIN_URL else "?"
    return schema, f"{PG_ADMIN_URL}{sep}options=-csearch_path%3D{schema}"


def drop_pg_schema(schema: str) -> None:
    wait_pg_ready()
    admin = create_engine(PG_ADMIN_URL)
    try:
        with admin.begin() as conn:
            conn.execute(text(f'DROP SCHEMA IF EXISTS "{schema}" CASCADE'))
    finally:
        admin.dispose()


@pytest.fixture
def fresh_url(request, tmp_path):
    """fresh_url("sqlite" | "postgres") -> a new, empty warehouse URL (several per test if needed)."""
    schemas: list[str] = []

    def make(kind: str) -> str:
        if kind == "sqlite":
            return f"sqlite:///{tmp_path / f'w-{uuid.uuid4().hex[:6]}.db'}"
        schema, url = new_pg_schema()
        schemas.append(schema)
        return url

    yield make
    for s in schemas:
        drop_pg_schema(s)


def pg_cluster() -> str:
    versions = sorted(os.listdir("/etc/postgresql")) if os.path.isdir("/etc/postgresql") else []
    if not versions or not shutil.which("pg_ctlcluster"):
        pytest.skip("no local PostgreSQL cluster to stop and start")
    return versions[-1]


def wait_pg_ready(timeout: float = 60.0) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if subprocess.run(["pg_isready", "-h", "127.0.0.1", "-p", "5432", "-q"], check=False).returncode == 0:
            return
        time.sleep(0.3)
    raise RuntimeError("PostgreSQL did not come back within 60 s")


def pg_stop() -> None:
    subprocess.run(["pg_ctlcluster", "--skip-systemctl-redirect", pg_cluster(), "main", "stop", "-m", "fast"],
                   check=True, capture_output=True, timeout=60)


def pg_start() -> None:
    subprocess.run(["pg_ctlcluster", "--skip-systemctl-redirect", pg_cluster(), "main", "start"],
                   check=False, capture_output=True, timeout=60)
    wait_pg_ready()


@contextlib.contextmanager
def pg_restarted_after():
    """Whatever the body does to the server, PostgreSQL is started again and ready when it ends."""
    try:
        yield
    finally:
        pg_start()


# ---- Prefect ------------------------------------------------------------------------------------------------------

@pytest.fixture(scope="session")
def harness():
    """The Prefect test harness; when tests/flows already runs one in this session it is reused (starting a second
    one inside the first is slow and pointless). Yields the API URL, so that subprocesses can use it too."""
    os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")
    from prefect.settings import PREFECT_API_URL

    if PREFECT_API_URL.value():
        yield PREFECT_API_URL.value()
        return
    from prefect.testing.utilities import prefect_test_harness

    with prefect_test_harness(server_startup_timeout=60):
        yield PREFECT_API_URL.value()


@pytest.fixture
def use_warehouse(monkeypatch, tmp_path, harness):
    """use_warehouse(url, sources_file) -> Settings of an in-process flow run on the harness."""
    from seizure_stats.settings import get_settings

    def configure(url: str, sources_file: Path, **env):
        monkeypatch.setenv("SEIZURE_STATS_DATABASE_URL", url)
        monkeypatch.setenv("SEIZURE_STATS_DATA_DIR", str(tmp_path / "data"))
        monkeypatch.setenv("SEIZURE_STATS_SOURCES_FILE", str(sources_file))
        for k, v in env.items():
            monkeypatch.setenv(f"SEIZURE_STATS_{k.upper()}", str(v))
        get_settings.cache_clear()
        return get_settings()

    yield configure
    get_settings.cache_clear()


def cli_env(tmp_path: Path, url: str, sources_file: Path, api_url: str | None = None, **extra) -> dict:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("SEIZURE_STATS_", "PREFECT_"))}
    env.update({
        "SEIZURE_STATS_DATABASE_URL": url, "SEIZURE_STATS_DATA_DIR": str(tmp_path / "data"),
        "SEIZURE_STATS_SOURCES_FILE": str(sources_file), "SEIZURE_STATS_PROGRESS": "plain",
        "PREFECT_HOME": str(ROOT / "data" / "prefect-rel"), "PREFECT_SERVER_ANALYTICS_ENABLED": "false",
        "PYTHONPATH": str(ROOT), "COLUMNS": "200",
    })
    if api_url:
        env["PREFECT_API_URL"] = api_url
    env.update({k: str(v) for k, v in extra.items()})
    return env


def run_cli(args: list[str], env: dict, *, timeout: float = 120, cwd: Path | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([PYTHON, "-m", "seizure_stats.cli", *args], env=env, capture_output=True, text=True,
                          timeout=timeout, cwd=cwd or ROOT, check=False)


# ---- HTTP ---------------------------------------------------------------------------------------------------------

@pytest.fixture
def server():
    s = Server()
    yield s
    s.close()


def write_sources(path: Path, tables: list[dict]) -> Path:
    """A sources file from dicts (strings, bools, numbers and one level of sub-tables)."""
    def val(v):
        if isinstance(v, bool):
            return "true" if v else "false"
        if isinstance(v, int | float):
            return str(v)
        if isinstance(v, list):
            return "[" + ", ".join(val(x) for x in v) + "]"
        return '"' + str(v).replace("\\", "\\\\").replace('"', '\\"') + '"'

    lines = []
    for t in tables:
        lines.append("[[source]]")
        lines += [f"{k} = {val(v)}" for k, v in t.items() if not isinstance(v, dict)]
        for k, v in t.items():
            if isinstance(v, dict):
                lines.append(f"[source.{k}]")
                lines += [f"{kk} = {val(vv)}" for kk, vv in v.items()]
        lines.append("")
    path.write_text("\n".join(lines), encoding="utf-8")
    return path


def rss(base: str, items: list[tuple[str, str, str]]) -> bytes:
    """An RSS 2.0 feed of (path or absolute link, title, RFC 822 date) items."""
    body = "".join(
        f"<item><title>{t}</title><link>{p if '://' in p else base + p}</link><guid>{p if '://' in p else base + p}"
        f"</guid><pubDate>{d}</pubDate></item>" for p, t, d in items)
    return (f'<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>T</title>'
            f"<link>{base}/</link><description>d</description>{body}</channel></rss>").encode("utf-8")


def bulletin(title: str, n: int, country: str = "France") -> bytes:
    return (f"<html lang='en'><head><title>{title}</title></head><body><article><h1>{title}</h1>"
            f"<p>Customs officers in {country} seized {n} kg of cocaine hidden in banana crates at the port. "
            f"{n % 17 + 2} people were arrested after the checks.</p>"
            f"<p>The investigation continues under the authority of the prosecutor.</p></article></body></html>"
            ).encode("utf-8")


sys.path.insert(0, str(ROOT))


BULLETINS = [  # the example bulletins, with the dates of examples/feed.xml
    ("2022-zoll-bilanz-de.html", "Zoll zieht Bilanz", "Tue, 18 Apr 2023 10:00:00 +0200"),
    ("2019-postbox-ii-en.html", "Operation Postbox II", "Fri, 21 Jun 2019 09:30:00 +0200"),
    ("2019-postbox-ii-fr.html", "Postbox II : les douanes", "Thu, 20 Jun 2019 14:00:00 +0200"),
    ("2013-warehouse-en.html", "Joint customs operation WAREHOUSE", "Wed, 12 Mar 2014 11:00:00 +0100"),
    ("2010-pangea-iii-fr.html", "Pangea III", "Thu, 14 Oct 2010 10:00:00 +0200"),
]


def serve_bulletins(server, prefix: str = "/news", *, delay: float = 0.0, only: list[str] | None = None) -> str:
    """The example bulletins as an RSS feed and pages on the test server; returns the feed URL."""
    items = []
    for name, title, date in BULLETINS:
        if only is not None and name not in only:
            continue
        server.add(f"{prefix}/{name}", (ROOT / "examples" / "bulletins" / name).read_bytes(), delay=delay)
        items.append((f"{prefix}/{name}", title, date))
    return server.add(f"{prefix}/feed.xml", rss(server.base, items), content_type="application/rss+xml")


def differences(a: dict, b: dict) -> dict:
    """Per table, the rows only in a and the rows only in b (for assertion messages)."""
    out = {}
    for t in sorted(set(a) | set(b)):
        ra, rb = set(a.get(t) or []), set(b.get(t) or [])
        if ra != rb:
            out[t] = {"only_first": sorted(ra - rb, key=repr)[:5], "only_second": sorted(rb - ra, key=repr)[:5]}
    return out


@pytest.fixture
def fast_retries(monkeypatch):
    """No waits between task retries, for tests whose sources fail on purpose. The plan task has no retries any
    more (the HTTP client's are the only layer); kept so that a task given retries again stays fast in tests."""
    import flows.tasks

    monkeypatch.setattr(flows.tasks, "plan", flows.tasks.plan.with_options(retry_delay_seconds=0))


def rows(url: str, sql: str) -> list[dict]:
    """The rows of one query on a warehouse URL, as dicts (a fresh engine each time: tests compare runs)."""
    eng = create_engine(url)
    try:
        with eng.connect() as conn:
            return [dict(r) for r in conn.execute(text(sql)).mappings()]
    finally:
        eng.dispose()
