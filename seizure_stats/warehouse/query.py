"""Read-only queries of the warehouse, for analysts (`seizure-stats query`, `quarantine`, `export`, `report`).

Whatever SQL it is given, a query cannot change the warehouse nor act on the database server:
1. PostgreSQL: the connection logs in as the reader role (settings.reader_role, created and granted by
   `migrate`: LOGIN, no superuser, SELECT on the warehouse's tables and views only), never as the warehouse URL's
   user; a separate login and not SET ROLE, because a session whose login user is a superuser can SET ROLE back
   (`set_config('role', ...)`). Server functions reserved to superusers (lo_export, pg_read_file, pg_ls_dir,
   pg_stat_reset, pg_terminate_backend of another role's session) are refused to it. Transactions are read-only,
   each statement runs under `statement_timeout` (settings.query_timeout) set in its own transaction, and
   advisory locks it took are released before the connection is reused.
   SQLite: the file is opened read-only (`mode=ro`: nothing, not even a journal-mode switch, can be written),
   `PRAGMA query_only=ON`, an authorizer refuses everything but reading (ATTACH, PRAGMA assignments, ...), and a
   progress handler interrupts a statement past the time limit (a runaway recursive CTE).
2. One statement only (SQLite's driver refuses several; on PostgreSQL the statement is prepared).
3. The statement must start with SELECT, WITH, VALUES, TABLE, EXPLAIN or SHOW (or PRAGMA on SQLite), and the
   transaction is rolled back at the end.
"""
from __future__ import annotations

import csv
import io
import json
import re
import sqlite3
from dataclasses import dataclass
from datetime import UTC, date, datetime
from decimal import Decimal
from pathlib import Path

from sqlalchemy import Engine, inspect
from sqlalchemy.engine import make_url

from seizure_stats.warehouse.db import make_engine
from seizure_stats.warehouse.query_errors import driver_message, refused_statement

READ_KEYWORDS = {"select", "with", "values", "table", "explain", "show"}
_IDENT = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")
_COMMENT = re.compile(r"^\s*(--[^\n]*\n|/\*.*?\*/)", re.DOTALL)
_SEVERAL_HINTS = ("one statement at a time", "multiple commands")
_READ_ONLY_HINTS = ("readonly", "read-only", "read only", "not authorized", "query_only")


class QueryError(Exception):
    """A query that failed; the message is meant for the person who typed it."""


class ReadOnlyViolation(QueryError):
    pass


_ALLOWED_SQLITE = {sqlite3.SQLITE_READ, sqlite3.SQLITE_SELECT, sqlite3.SQLITE_FUNCTION, sqlite3.SQLITE_RECURSIVE,
                   sqlite3.SQLITE_TRANSACTION}


def _sqlite_authorizer(action, arg1, arg2, _db, _trigger):
    if action in _ALLOWED_SQLITE:
        return sqlite3.SQLITE_OK
    if action == sqlite3.SQLITE_PRAGMA and arg2 is None:  # reading a pragma; assigning one is refused
        return sqlite3.SQLITE_OK
    return sqlite3.SQLITE_DENY


def reader_url(url: str) -> str:
    """The URL reads connect with on PostgreSQL: settings.reader_url, else the warehouse URL with its user replaced
    by the reader role and no password (trust, peer or a .pgpass entry)."""
    from seizure_stats.settings import get_settings

    settings = get_settings()
    if settings.reader_url:
        return settings.reader_url
    return make_url(url).set(username=settings.reader_role, password=None).render_as_string(hide_password=False)


def _sqlite_read_only(path: str, timeout: float):
    def connect():
        conn = sqlite3.connect(f"{Path(path).resolve().as_uri()}?mode=ro", uri=True, timeout=timeout,
                               check_same_thread=False)
        conn.execute("PRAGMA query_only=ON")
        # reads the file's header now: a file that is not a database fails at connect (`open_read_only` says so,
        # exit 3), not at the first query
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        conn.set_authorizer(_sqlite_authorizer)
        return conn
    return connect


def read_only_engine(url: str) -> Engine:
    """An engine that can only read (see the module docstring). A SQLite file that does not exist is an error
    (reading must not create an empty warehouse)."""
    from sqlalchemy import create_engine

    if url.startswith("sqlite"):
        path = make_url(url).database
        if not path or path == ":memory:":
            return make_engine(url, read_only=True)
        if not Path(path).exists():
            raise QueryError(f"no warehouse at {path}: run the pipeline first (seizure-stats run)")
        return create_engine("sqlite://", creator=_sqlite_read_only(path, 30.0))
    from seizure_stats.warehouse.db import grant_reader

    writer = make_engine(url)
    try:  # best effort: a warehouse migrated before the reader role existed gets it now
        grant_reader(writer)
    except Exception:  # noqa: BLE001 - unreachable: the reader's own connection says so below
        pass
    finally:
        writer.dispose()
    reader = reader_url(url)
    own = make_url(reader).query.get("options", "")
    own = " ".join(own) if isinstance(own, tuple) else own
    # connect_args' options replace the URL's own (a search_path): both are passed
    return create_engine(reader, pool_pre_ping=True,
                         connect_args={"options": f"{own} -c default_transaction_read_only=on".strip()})


def relation_names(engine: Engine) -> list[str]:
    insp = inspect(engine)
    return sorted(set(insp.get_table_names()) | set(insp.get_view_names()))


def to_sql(query: str, engine: Engine | None = None) -> str:
    """A bare view or table name means SELECT * FROM it."""
    q = query.strip().rstrip(";").strip()
    if _IDENT.match(q):
        if engine is not None and q not in relation_names(engine):
            views = view_names(engine)
            raise QueryError(f"no view or table named {q!r}; " + (f"views: {', '.join(views)}" if views else
                             "the warehouse has no views (is it migrated? run the pipeline first)"))
        return f"SELECT * FROM {q}"
    return q


def view_names(engine: Engine) -> list[str]:
    return sorted(inspect(engine).get_view_names())


def _first_keyword(sql: str) -> str:
    s = sql
    while True:
        m = _COMMENT.match(s)
        if not m:
            break
        s = s[m.end():]
    m = re.match(r"\s*\(*\s*([A-Za-z]+)", s)
    return m.group(1).lower() if m else ""


def _explain(err: Exception) -> str:
    msg = str(getattr(err, "orig", None) or err).strip().splitlines()[0] if str(err).strip() else type(err).__name__
    return msg


class QueryTimeout(QueryError):
    pass


def reader_connection(engine: Engine):
    """A connection, or a QueryError saying why not (on PostgreSQL: as the reader role, see `reader_url`)."""
    from sqlalchemy.exc import DBAPIError

    try:
        return engine.connect()
    except DBAPIError as e:
        reason = _explain(e)
        if engine.dialect.name == "postgresql":
            raise QueryError(f"cannot connect as the read-only role {engine.url.username!r} ({reason}); the "
                             f"warehouse's migrate creates it where the user may, else give its credentials in "
                             f"SEIZURE_STATS_READER_URL") from e
        raise QueryError(f"cannot open the warehouse read-only ({reason})") from e


def run_query(engine: Engine, query: str, *, limit: int | None = None, params: dict | None = None,
              timeout: float | None = None) -> tuple[list[str], list[tuple]]:
    """Run one read-only statement within `timeout` seconds (default settings.query_timeout); returns (column
    names, rows). Raises QueryError / ReadOnlyViolation / QueryTimeout."""
    import time

    from seizure_stats.settings import get_settings

    timeout = get_settings().query_timeout if timeout is None else timeout
    sql = to_sql(query, engine)
    keyword = _first_keyword(sql)
    allowed = READ_KEYWORDS | ({"pragma"} if engine.dialect.name == "sqlite" else set())
    if keyword not in allowed:
        write, message = refused_statement(keyword, allowed)
        raise (ReadOnlyViolation if write else QueryError)(message)
    with reader_connection(engine) as conn:
        raw = conn.connection.driver_connection
        pg = engine.dialect.name == "postgresql"
        if not pg:
            deadline = time.monotonic() + timeout
            raw.set_progress_handler(lambda: 1 if time.monotonic() > deadline else 0, 10_000)
        else:
            raw.rollback()
            with raw.cursor() as setup:  # SET LOCAL: for this transaction only, whatever the statement sets
                setup.execute(f"SET LOCAL statement_timeout = {max(1, int(timeout * 1000))}")
        cur = raw.cursor()
        try:
            if pg:
                cur.execute(sql, params or None, prepare=True)
            else:
                cur.execute(sql, params or ())
            columns = [d[0] for d in cur.description] if cur.description else []
            rows = [tuple(r) for r in (cur.fetchmany(limit) if limit is not None else cur.fetchall())] \
                if cur.description else []
        except Exception as e:
            text = driver_message(e, sql)
            if "statement timeout" in text.lower() or ("interrupted" in text.lower() and not pg):
                raise QueryTimeout(f"stopped: the query ran longer than the limit of {timeout:g} s "
                                   f"(SEIZURE_STATS_QUERY_TIMEOUT)") from e
            if any(h in text.lower() for h in _SEVERAL_HINTS):
                raise ReadOnlyViolation(f"refused: one statement at a time, the warehouse is read-only here "
                                        f"({text})") from e
            if any(h in text.lower() for h in _READ_ONLY_HINTS):
                raise ReadOnlyViolation(f"refused: the warehouse is opened read-only ({text})") from e
            raise QueryError(text) from e
        finally:
            cur.close()
            raw.rollback()
            if pg:  # a session-level advisory lock taken by the statement must not outlive it
                with raw.cursor() as cleanup:
                    cleanup.execute("SELECT pg_advisory_unlock_all()")
                raw.rollback()
            else:
                raw.set_progress_handler(None, 0)
    return columns, rows


@dataclass
class Result:
    columns: list[str]
    rows: list[tuple]

    def records(self) -> list[dict]:
        return [dict(zip(self.columns, r, strict=True)) for r in self.rows]


_TIMESTAMP_TEXT = re.compile(r"^\d{4}-\d{2}-\d{2}[ T]\d{2}:\d{2}:\d{2}(\.\d{1,6})?([+-]\d{2}:\d{2}|Z)?$")


def timestamp_text(v: datetime) -> str:
    """One way to write a time, whichever backend stored it: `YYYY-MM-DD HH:MM:SS[.ffffff]` in UTC (PostgreSQL
    returns datetimes, SQLite the text SQLAlchemy wrote, with or without zeros for microseconds)."""
    if v.tzinfo is not None:
        v = v.astimezone(UTC).replace(tzinfo=None)
    return v.strftime("%Y-%m-%d %H:%M:%S") + (f".{v.microsecond:06d}" if v.microsecond else "")


def _plain(v):
    if isinstance(v, Decimal):
        return float(v)
    if isinstance(v, datetime):
        return timestamp_text(v)
    if isinstance(v, date):
        return v.isoformat()
    if isinstance(v, str) and _TIMESTAMP_TEXT.match(v):
        return timestamp_text(datetime.fromisoformat(v.replace("Z", "+00:00")))
    return v


def format_rows(columns: list[str], rows: list[tuple], fmt: str = "table", *, max_width: int = 60) -> str:
    """Rows as an aligned text table, CSV or JSON (a list of objects). `max_width` cuts long cells of the table
    (0: never, for output that is not a terminal)."""
    rows = [tuple(_plain(v) for v in r) for r in rows]
    if fmt == "json":
        return json.dumps([dict(zip(columns, r, strict=True)) for r in rows], ensure_ascii=False, indent=1,
                          default=str) + "\n"
    if fmt == "csv":
        buf = io.StringIO()
        w = csv.writer(buf, lineterminator="\n")
        w.writerow(columns)
        w.writerows(["" if v is None else v for v in r] for r in rows)
        return buf.getvalue()

    def cell(v) -> str:
        if v is None:
            return ""
        if isinstance(v, float):
            s = f"{v:,.10g}" if abs(v) >= 1000 else f"{v:.10g}"
        else:
            s = str(v)
        s = s.replace("\n", " ")
        return s if not max_width or len(s) <= max_width else s[: max_width - 1] + "…"

    cells = [[cell(v) for v in r] for r in rows]
    widths = [max([len(c)] + [len(r[i]) for r in cells]) for i, c in enumerate(columns)]
    numeric = [all(isinstance(r[i], int | float) or r[i] is None for r in rows) and rows for i in range(len(columns))]
    lines = ["  ".join(c.ljust(w) for c, w in zip(columns, widths, strict=True)).rstrip(),
             "  ".join("-" * w for w in widths)]
    for r in cells:
        lines.append("  ".join((v.rjust(w) if numeric[i] else v.ljust(w))
                               for i, (v, w) in enumerate(zip(r, widths, strict=True))).rstrip())
    lines.append(f"({len(rows)} row{'s' if len(rows) != 1 else ''})")
    return "\n".join(lines) + "\n"


QUARANTINE_SQL = """SELECT check_name, stage, source, document_id, reason, record, first_seen, last_seen
FROM quarantine WHERE ({check} IS NULL OR check_name = {check}) AND ({source} IS NULL OR source = {source})
ORDER BY last_seen DESC, check_name, source, id"""


def quarantine_records(engine: Engine, *, check: str | None = None, source: str | None = None,
                       limit: int | None = None) -> tuple[list[str], list[tuple]]:
    """Quarantined records with their reason, newest first; `record` is shortened to the figure's key fields."""
    pg = engine.dialect.name == "postgresql"
    sql = QUARANTINE_SQL.format(check="CAST(%(check)s AS TEXT)" if pg else ":check",
                                source="CAST(%(source)s AS TEXT)" if pg else ":source")
    columns, rows = run_query(engine, sql, limit=limit, params={"check": check, "source": source})
    out = []
    for r in rows:
        d = dict(zip(columns, r, strict=True))
        try:
            rec = json.loads(d["record"])
            d["record"] = " ".join(str(rec.get(k)) for k in ("metric", "value", "unit", "category", "country")
                                   if rec.get(k) is not None) or d["record"]
        except (TypeError, ValueError):
            pass
        out.append(tuple(d.values()))
    return columns, out
