"""Engines and schema versions. SQLite runs in WAL mode with a busy timeout so a scheduled run, a backfill and a
reader can share one file; PostgreSQL is used as it is."""
from __future__ import annotations

import re
from pathlib import Path

from sqlalchemy import Engine, create_engine, event, text

def _sql_folder() -> Path:
    """`sql/` of the checkout when running from one, else the copy shipped inside the installed package
    (`seizure_stats/sql/`, see setup.py), so that a worker installed from a wheel can migrate."""
    checkout = Path(__file__).resolve().parents[2] / "sql"
    if (checkout / "migrations").is_dir():
        return checkout
    return Path(__file__).resolve().parents[1] / "sql"


MIGRATIONS = _sql_folder() / "migrations"
VIEWS = _sql_folder() / "views"


def make_engine(url: str, *, busy_timeout_ms: int = 30_000, read_only: bool = False) -> Engine:
    if url.startswith("sqlite"):
        path = url.split("///", 1)[-1]
        if path and path != ":memory:":
            Path(path).parent.mkdir(parents=True, exist_ok=True)
        engine = create_engine(url, connect_args={"timeout": busy_timeout_ms / 1000})

        @event.listens_for(engine, "connect")
        def _pragmas(dbapi_conn, _record):
            cur = dbapi_conn.cursor()
            cur.execute(f"PRAGMA busy_timeout={int(busy_timeout_ms)}")
            _wal(cur, busy_timeout_ms)
            cur.execute("PRAGMA foreign_keys=ON")
            cur.execute("PRAGMA synchronous=NORMAL")
            if read_only:
                cur.execute("PRAGMA query_only=ON")
            cur.close()

        return engine
    connect_args = {}
    if read_only:  # keep the URL's own options (a search_path, say) and add read-only transactions
        from sqlalchemy.engine import make_url

        own = make_url(url).query.get("options", "")
        own = " ".join(own) if isinstance(own, tuple) else own
        connect_args["options"] = f"{own} -c default_transaction_read_only=on".strip()
    return create_engine(url, pool_pre_ping=True, connect_args=connect_args)


_engines: dict[tuple[str, bool], Engine] = {}


def get_engine(url: str, *, read_only: bool = False) -> Engine:
    """One engine (and connection pool) per URL and process, shared by the tasks of a run."""
    key = (url, read_only)
    if key not in _engines:
        _engines[key] = make_engine(url, read_only=read_only)
    return _engines[key]


def _wal(cur, busy_timeout_ms: int) -> None:
    """Switch the file to WAL (it stays so). Changing the journal mode needs an exclusive lock and SQLite does not
    wait for it on the busy timeout: when two processes open a new file at once (two `migrate`s), retry."""
    import sqlite3
    import time

    deadline = time.monotonic() + busy_timeout_ms / 1000
    delay = 0.01
    while True:
        mode = cur.execute("PRAGMA journal_mode").fetchone()
        if mode and str(mode[0]).lower() in ("wal", "memory"):
            return
        try:
            cur.execute("PRAGMA journal_mode=WAL")
            return
        except sqlite3.OperationalError as e:
            if "locked" not in str(e) or time.monotonic() > deadline:
                raise
            time.sleep(delay)
            delay = min(delay * 2, 0.2)


def migration_files(folder: Path = MIGRATIONS) -> list[tuple[int, Path]]:
    files = []
    for p in sorted(folder.glob("*.sql")):
        m = re.match(r"(\d+)_", p.name)
        if m:
            files.append((int(m.group(1)), p))
    return files


def split_statements(sql: str) -> list[str]:
    """Split a migration on semicolons that end a line; comments are dropped."""
    body = "\n".join(line for line in sql.splitlines() if not line.strip().startswith("--"))
    return [s.strip() for s in re.split(r";\s*(?:\n|$)", body) if s.strip()]


def _lock(conn, engine: Engine) -> None:
    """Serialise schema changes between processes: PostgreSQL takes a transaction-level advisory lock, SQLite
    takes the database write lock at once (BEGIN IMMEDIATE waits on the busy timeout instead of failing later on
    a read-to-write lock upgrade)."""
    if engine.dialect.name == "postgresql":
        conn.execute(text("SELECT pg_advisory_xact_lock(727274)"))
    elif engine.dialect.name == "sqlite":
        conn.exec_driver_sql("BEGIN IMMEDIATE")


def migrate(engine: Engine, folder: Path = MIGRATIONS, *, views: Path | None = VIEWS) -> list[int]:
    """Apply the migrations not yet applied, each in its own transaction, then re-create the views; returns the
    versions applied. Safe to call from two processes at once: each step holds the lock of `_lock`, and the version
    row tells the second process that the first did the work."""
    applied: list[int] = []
    with engine.begin() as conn:
        _lock(conn, engine)
        conn.execute(text("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER PRIMARY KEY, name TEXT, applied_at TIMESTAMP DEFAULT CURRENT_TIMESTAMP)"))
    for version, path in migration_files(folder):
        with engine.begin() as conn:
            _lock(conn, engine)
            done = conn.execute(text("SELECT 1 FROM schema_version WHERE version = :v"), {"v": version}).first()
            if done:
                continue
            for stmt in split_statements(path.read_text(encoding="utf-8")):
                conn.exec_driver_sql(stmt)
            conn.execute(text("INSERT INTO schema_version (version, name) VALUES (:v, :n)"), {"v": version, "n": path.name})
            applied.append(version)
    if views is not None and folder == MIGRATIONS:
        apply_views(engine, views)
    if engine.dialect.name == "postgresql" and folder == MIGRATIONS:
        grant_reader(engine)
    return applied


_ROLE = re.compile(r"^[a-z_][a-z0-9_]{0,62}$")


def grant_reader(engine: Engine, role: str | None = None) -> bool:
    """PostgreSQL: the role reads go through (settings.reader_role) exists, may log in, and can SELECT every table
    and view of the warehouse's schema and nothing else. Re-run after every migrate because re-created views lose
    their grants. Returns False when the connected user may not create the role or grant (then reading needs a
    reader the administrator made, given by SEIZURE_STATS_READER_URL)."""
    from sqlalchemy.exc import DBAPIError

    from seizure_stats.settings import get_settings

    role = role or get_settings().reader_role
    if not _ROLE.match(role):
        raise ValueError(f"reader_role {role!r} is not a plain lower-case PostgreSQL name")
    block = f"""DO $$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '{role}') THEN
    BEGIN
      CREATE ROLE "{role}" LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOINHERIT NOREPLICATION NOBYPASSRLS;
    EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL;
    END;
  END IF;
  EXECUTE 'GRANT USAGE ON SCHEMA ' || quote_ident(current_schema()) || ' TO "{role}"';
  EXECUTE 'GRANT SELECT ON ALL TABLES IN SCHEMA ' || quote_ident(current_schema()) || ' TO "{role}"';
END $$"""
    try:
        with engine.begin() as conn:
            _lock(conn, engine)  # concurrent GRANTs on one object fail with "tuple concurrently updated"
            conn.exec_driver_sql(block)
    except DBAPIError as e:
        if unreachable_reason(e) is not None:
            raise
        return False
    return True


_CREATE_VIEW = re.compile(r"CREATE\s+VIEW\s+(\w+)", re.IGNORECASE)


def view_files(folder: Path = VIEWS) -> list[tuple[str, str]]:
    """(view name, CREATE VIEW statement) per file of sql/views, ordered so that a view comes after the views it
    reads."""
    found: dict[str, str] = {}
    for p in sorted(folder.glob("*.sql")):
        stmts = split_statements(p.read_text(encoding="utf-8"))
        if len(stmts) != 1 or not _CREATE_VIEW.match(stmts[0]):
            raise ValueError(f"{p}: a view file holds exactly one CREATE VIEW statement")
        found[_CREATE_VIEW.match(stmts[0]).group(1)] = stmts[0]
    ordered: list[str] = []

    def visit(name: str, path: tuple[str, ...] = ()) -> None:
        if name in ordered:
            return
        if name in path:
            raise ValueError(f"views depend on each other in a circle: {' -> '.join((*path, name))}")
        body = found[name].split(" AS ", 1)[-1] if " AS " in found[name] else found[name]
        for other in found:
            if other != name and re.search(rf"\b{other}\b", _CREATE_VIEW.sub("", body)):
                visit(other, (*path, name))
        ordered.append(name)

    for name in found:
        visit(name)
    return [(n, found[n]) for n in ordered]


def apply_views(engine: Engine, folder: Path = VIEWS, *, force: bool = False) -> list[str]:
    """Re-create the views of sql/views in one transaction when their definitions changed (or one is missing, or
    `force`); returns the names re-created, in creation order ([] when nothing changed). The digests of the
    definitions applied are kept in `view_definition`, so the frequent call from migrate() neither drops views
    under readers' feet nor waits for their locks. A view whose file was removed is dropped."""
    import hashlib

    from sqlalchemy import inspect

    views = view_files(folder)
    digests = {n: hashlib.sha256(stmt.encode("utf-8")).hexdigest()[:32] for n, stmt in views}
    with engine.begin() as conn:
        _lock(conn, engine)
        conn.execute(text("CREATE TABLE IF NOT EXISTS view_definition (name TEXT PRIMARY KEY, digest TEXT NOT NULL)"))
        stored = {r[0]: r[1] for r in conn.execute(text("SELECT name, digest FROM view_definition"))}
        existing = set(inspect(conn).get_view_names())
        if not force and stored == digests and set(digests) <= existing:
            return []
        cascade = " CASCADE" if engine.dialect.name == "postgresql" else ""
        for name in [n for n in stored if n not in digests]:
            conn.exec_driver_sql(f"DROP VIEW IF EXISTS {name}{cascade}")
        for name, _ in reversed(views):
            conn.exec_driver_sql(f"DROP VIEW IF EXISTS {name}{cascade}")
        for _, stmt in views:
            conn.exec_driver_sql(stmt)
        conn.execute(text("DELETE FROM view_definition"))
        if digests:
            conn.execute(text("INSERT INTO view_definition (name, digest) VALUES (:n, :d)"),
                         [{"n": n, "d": d} for n, d in digests.items()])
    return [n for n, _ in views]


def current_version(engine: Engine) -> int:
    with engine.connect() as conn:
        try:
            return conn.execute(text("SELECT COALESCE(MAX(version), 0) FROM schema_version")).scalar_one()
        except Exception:  # noqa: BLE001 - no table yet: each backend raises its own error class
            return 0


def unreachable_reason(error: BaseException) -> str | None:
    """The driver's one-line reason when `error` is the warehouse itself failing (server gone, connection lost,
    database locked or unopenable), None when it is about the data of one statement. Per-document isolation
    retries a document alone only in the second case: the first would fail every document the same way."""
    from sqlalchemy.exc import DBAPIError, InterfaceError, OperationalError

    if not (isinstance(error, OperationalError | InterfaceError)
            or (isinstance(error, DBAPIError) and error.connection_invalidated)):
        return None
    orig = getattr(error, "orig", None) or error
    lines = [line.strip() for line in str(orig).splitlines() if line.strip()]
    return lines[0] if lines else type(orig).__name__
