"""Read-only queries of the warehouse, for analysts (`seizure-stats query`, `quarantine`, `export`, `report`).

Whatever SQL it is given, a query cannot change the warehouse; four locks, each enough on its own for the common
cases:
1. the engine is read-only: SQLite `PRAGMA query_only=ON` (make_engine), PostgreSQL
   `default_transaction_read_only=on` (set again on every connection, see `read_only_engine`);
2. on SQLite an authorizer refuses everything but reading (no ATTACH / DETACH, no PRAGMA assignment, no
   CREATE TEMP ...);
3. one statement only (SQLite's driver refuses several; on PostgreSQL the statement is prepared, which refuses
   "SELECT 1; DELETE ...");
4. the statement must start with SELECT, WITH, VALUES, TABLE, EXPLAIN or SHOW (or PRAGMA on SQLite), and the
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

from sqlalchemy import Engine, event, inspect
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


def _sqlite_authorizer(action, arg1, arg2, _db, _trigger):  # noqa: ANN001
    if action in _ALLOWED_SQLITE:
        return sqlite3.SQLITE_OK
    if action == sqlite3.SQLITE_PRAGMA and arg2 is None:  # reading a pragma; assigning one is refused
        return sqlite3.SQLITE_OK
    return sqlite3.SQLITE_DENY


def read_only_engine(url: str) -> Engine:
    """An engine that can only read (see the module docstring). A SQLite file that does not exist is an error
    (reading must not create an empty warehouse)."""
    if url.startswith("sqlite"):
        path = make_url(url).database
        if path and path != ":memory:" and not Path(path).exists():
            raise QueryError(f"no warehouse at {path}: run the pipeline first (seizure-stats run)")
        engine = make_engine(url, read_only=True)

        @event.listens_for(engine, "connect")
        def _authorize(dbapi_conn, _record):  # noqa: ANN001  (runs after make_engine's pragmas)
            dbapi_conn.set_authorizer(_sqlite_authorizer)

        return engine
    # make_engine(read_only=True) passes its own `options`, which replaces an `options` of the URL (a search_path):
    # keep the URL's and make the session read-only on connect instead.
    has_options = "options" in make_url(url).query
    engine = make_engine(url) if has_options else make_engine(url, read_only=True)

    @event.listens_for(engine, "connect")
    def _read_only(dbapi_conn, _record):  # noqa: ANN001
        with dbapi_conn.cursor() as cur:
            cur.execute("SET SESSION CHARACTERISTICS AS TRANSACTION READ ONLY")
        dbapi_conn.commit()

    return engine


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


def run_query(engine: Engine, query: str, *, limit: int | None = None, params: dict | None = None
              ) -> tuple[list[str], list[tuple]]:
    """Run one read-only statement; returns (column names, rows). Raises QueryError / ReadOnlyViolation."""
    sql = to_sql(query, engine)
    keyword = _first_keyword(sql)
    allowed = READ_KEYWORDS | ({"pragma"} if engine.dialect.name == "sqlite" else set())
    if keyword not in allowed:
        write, message = refused_statement(keyword, allowed)
        raise (ReadOnlyViolation if write else QueryError)(message)
    with engine.connect() as conn:
        raw = conn.connection.driver_connection
        cur = raw.cursor()
        try:
            if engine.dialect.name == "postgresql":
                cur.execute(sql, params or None, prepare=True)
            else:
                cur.execute(sql, params or ())
            columns = [d[0] for d in cur.description] if cur.description else []
            rows = [tuple(r) for r in (cur.fetchmany(limit) if limit is not None else cur.fetchall())] \
                if cur.description else []
        except Exception as e:  # noqa: BLE001 (any driver error becomes a message)
            text = driver_message(e, sql)
            if any(h in text.lower() for h in _SEVERAL_HINTS):
                raise ReadOnlyViolation(f"refused: one statement at a time, the warehouse is read-only here "
                                        f"({text})") from e
            if any(h in text.lower() for h in _READ_ONLY_HINTS):
                raise ReadOnlyViolation(f"refused: the warehouse is opened read-only ({text})") from e
            raise QueryError(text) from e
        finally:
            cur.close()
            raw.rollback()
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
