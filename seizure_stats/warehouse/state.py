"""Incremental state of the sources (`source_state`) and the conditional-GET cache (`fetch_log`).

The source layer never writes `source_state` itself: `collect` returns the state to save, and the caller
calls `save_state` only after the documents are loaded (or `record_failure` when the source failed), so the
high-water mark never advances past something that was not loaded. All SQL is SQLAlchemy Core and runs on
SQLite and PostgreSQL (upserts through the dialect's insert().on_conflict_do_update)."""
from __future__ import annotations

from datetime import UTC, date, datetime
from typing import TYPE_CHECKING

from sqlalchemy import Column, DateTime, Engine, Integer, MetaData, Table, Text, func, select

if TYPE_CHECKING:
    from seizure_stats.sources import SourceState
    from seizure_stats.sources.config import SourceConfig

_meta = MetaData()
source_state_table = Table(
    "source_state", _meta,
    Column("source", Text, primary_key=True),
    Column("high_water", Text),
    Column("etag", Text),
    Column("last_modified", Text),
    Column("last_attempt", DateTime),
    Column("last_success", DateTime),
    Column("last_new_document", DateTime),
    Column("last_error", Text),
    Column("state", Text),
    Column("content_hash", Text),
    Column("consecutive_failures", Integer),
    Column("first_success", DateTime),
    Column("settled", Text),
)
fetch_log_table = Table(
    "fetch_log", _meta,
    Column("url", Text, primary_key=True),
    Column("content_hash", Text),
    Column("etag", Text),
    Column("last_modified", Text),
    Column("status", Integer),
    Column("fetched_at", DateTime),
    Column("http_headers", Text),
)


def _utcnow() -> datetime:
    return datetime.now(UTC).replace(tzinfo=None, microsecond=0)


def _to_dt(value: str | datetime | None) -> datetime | None:
    """ISO string or datetime -> naive UTC datetime (the TIMESTAMP columns hold UTC without zone)."""
    if value is None or value == "":
        return None
    if isinstance(value, str):
        value = datetime.fromisoformat(value.replace("Z", "+00:00"))
    if value.tzinfo is not None:
        value = value.astimezone(UTC).replace(tzinfo=None)
    return value


def _to_iso(value: datetime | str | None) -> str | None:
    if value is None:
        return None
    if isinstance(value, str):
        value = datetime.fromisoformat(value)
    if value.tzinfo is None:
        value = value.replace(tzinfo=UTC)
    return value.astimezone(UTC).replace(microsecond=0).isoformat()


def _insert_for(engine: Engine):
    """The dialect's insert(), which has on_conflict_do_update."""
    if engine.dialect.name == "postgresql":
        from sqlalchemy.dialects.postgresql import insert
    elif engine.dialect.name == "sqlite":
        from sqlalchemy.dialects.sqlite import insert
    else:  # pragma: no cover - only the two supported backends
        raise NotImplementedError(engine.dialect.name)
    return insert


def _upsert(engine: Engine, table: Table, values: dict, update: dict, conn=None) -> None:
    insert = _insert_for(engine)
    pk = [c.name for c in table.primary_key.columns]
    stmt = insert(table).values(**values).on_conflict_do_update(index_elements=pk, set_=update)
    if conn is not None:
        conn.execute(stmt)
    else:
        with engine.begin() as c:
            c.execute(stmt)


def load_state(engine: Engine, source_name: str) -> SourceState:
    """The saved state of a source, or an empty one (first run: no high-water mark)."""
    from seizure_stats.sources import SourceState

    with engine.connect() as conn:
        row = conn.execute(select(source_state_table).where(source_state_table.c.source == source_name)).first()
    if row is None:
        return SourceState(source=source_name)
    m = row._mapping
    return SourceState(source=source_name, high_water=m["high_water"], etag=m["etag"],
                       last_modified=m["last_modified"], last_success=_to_iso(m["last_success"]),
                       last_new_document=_to_iso(m["last_new_document"]), last_error=m["last_error"],
                       content_hash=m["content_hash"], settled=m["settled"])


_MARKS = ("high_water", "etag", "last_modified", "content_hash", "settled")


def save_state(engine: Engine, state: SourceState, *, new_documents: int, now: datetime | None = None,
               conn=None, keep_marks: bool = False) -> SourceState:
    """Record a successful run of a source, AFTER its documents were loaded. The high-water mark only moves
    forward (a backfill never moves it back); `last_new_document` moves when the run loaded something new.
    Pass `conn` to make it part of the caller's load transaction. `keep_marks` (a backfill): a row that exists
    when the write lands keeps its incremental marks, even one a scheduled run inserted after the backfill
    looked (PostgreSQL's row lock cannot cover a row that did not exist yet)."""
    now_dt = _to_dt(now) or _utcnow()
    t = source_state_table
    high_water = state.high_water
    query = select(t.c.high_water).where(t.c.source == state.source)
    if conn is not None:
        stored_hw = conn.execute(query).scalar()
    else:
        with engine.connect() as c:
            stored_hw = c.execute(query).scalar()
    if stored_hw and (not high_water or stored_hw > high_water):
        high_water = stored_hw
    values = {
        "source": state.source, "high_water": high_water, "etag": state.etag,
        "last_modified": state.last_modified, "content_hash": state.content_hash, "settled": state.settled,
        "last_attempt": now_dt, "last_success": now_dt, "last_error": None, "state": "ok",
        "consecutive_failures": 0, "first_success": now_dt,
        "last_new_document": now_dt if new_documents > 0 else _to_dt(state.last_new_document),
    }
    update = {k: v for k, v in values.items() if k != "source" and not (keep_marks and k in _MARKS)}
    update["first_success"] = func.coalesce(t.c.first_success, now_dt)
    if new_documents <= 0:
        update["last_new_document"] = func.coalesce(t.c.last_new_document, values["last_new_document"])
    _upsert(engine, t, values, update, conn)
    state.high_water = high_water
    state.last_success = _to_iso(now_dt)
    state.last_error = None
    if new_documents > 0:
        state.last_new_document = _to_iso(now_dt)
    return state


def record_failure(engine: Engine, source_name: str, reason: str, *, now: datetime | None = None) -> None:
    """Record that a source failed this run; its high-water mark and last success are left as they were."""
    now_dt = _to_dt(now) or _utcnow()
    t = source_state_table
    values = {"source": source_name, "last_attempt": now_dt, "last_error": reason[:2000], "state": "failing",
              "consecutive_failures": 1}
    update = {"last_attempt": now_dt, "last_error": reason[:2000], "state": "failing",
              "consecutive_failures": func.coalesce(t.c.consecutive_failures, 0) + 1}
    _upsert(engine, t, values, update)


def freshness(engine: Engine | None, sources: list[SourceConfig], now: datetime | None = None) -> list[dict]:
    """One row per configured source: last successful fetch, last new document and a state:
    `never` (no run recorded), `failing` (the last attempt failed), `stale` (nothing new for longer than the
    source's warn_after_days, counted from the first success when it never brought anything) or `ok`."""
    now_dt = _to_dt(now) or _utcnow()
    rows: dict[str, dict] = {}
    if engine is not None:  # None: no warehouse yet, every source is `never`
        with engine.connect() as conn:
            rows = {r._mapping["source"]: dict(r._mapping) for r in conn.execute(select(source_state_table))}
    out = []
    for s in sources:
        r = rows.get(s.name, {})
        last_success = _to_dt(r.get("last_success"))
        last_new = _to_dt(r.get("last_new_document"))
        last_attempt = _to_dt(r.get("last_attempt"))
        since_new = None
        reference = last_new or _to_dt(r.get("first_success"))
        if reference is not None:
            since_new = round((now_dt - reference).total_seconds() / 86400, 2)
        if not r:
            state = "never"
        elif r.get("last_error") and (last_success is None or (last_attempt and last_attempt > last_success)):
            state = "failing"
        elif s.warn_after_days is not None and (since_new is None or since_new > s.warn_after_days):
            state = "stale"
        else:
            state = "ok"
        stale = (s.warn_after_days is not None and (since_new is None or since_new > s.warn_after_days)
                 and state != "never")
        out.append({
            "source": s.name, "kind": s.kind, "enabled": s.enabled, "url": s.url,
            "last_success": _to_iso(last_success), "last_new_document": _to_iso(last_new),
            "last_attempt": _to_iso(last_attempt), "high_water": r.get("high_water"),
            "days_since_new": since_new, "warn_after_days": s.warn_after_days,
            "state": state, "stale": bool(stale), "last_error": r.get("last_error"),
            "consecutive_failures": r.get("consecutive_failures") or 0,
        })
    return out


class HttpCache:
    """Conditional-GET memory over `fetch_log`: per canonical URL the ETag, Last-Modified and the content
    hash of the archived body.

    `buffered`: writes wait for `flush()` (the HttpClient flushes when closed), and `prefetch(urls)` reads a
    batch's rows in one query: two statements per batch of pages instead of a read and a write transaction per
    page. A buffer lost with its process only costs the next run a full download instead of a 304."""

    def __init__(self, engine: Engine, *, buffered: bool = False):
        self.engine = engine
        self.buffered = buffered
        self._known: dict[str, dict | None] = {}
        self._pending: dict[str, dict] = {}

    def prefetch(self, urls) -> None:
        urls = [u for u in dict.fromkeys(urls) if u not in self._known]
        for i in range(0, len(urls), 500):
            chunk = urls[i:i + 500]
            with self.engine.connect() as conn:
                rows = conn.execute(select(fetch_log_table).where(fetch_log_table.c.url.in_(chunk))).all()
            self._known.update(dict.fromkeys(chunk))
            self._known.update({row.url: self._as_dict(row) for row in rows})

    def get(self, url: str) -> dict | None:
        if url in self._pending:
            return {**self._pending[url], "fetched_at": _to_iso(self._pending[url]["fetched_at"])}
        if url in self._known:
            return self._known[url]
        with self.engine.connect() as conn:
            row = conn.execute(select(fetch_log_table).where(fetch_log_table.c.url == url)).first()
        return None if row is None else self._as_dict(row)

    @staticmethod
    def _as_dict(row) -> dict:
        d = dict(row._mapping)
        d["fetched_at"] = _to_iso(d["fetched_at"])
        return d

    def put(self, url: str, *, content_hash: str | None = None, etag: str | None = None,
            last_modified: str | None = None, status: int | None = None, fetched_at: str | datetime | None = None,
            http_headers: str | None = None) -> None:
        values = {"url": url, "content_hash": content_hash, "etag": etag, "last_modified": last_modified,
                  "status": status, "fetched_at": _to_dt(fetched_at) or _utcnow(), "http_headers": http_headers}
        if self.buffered:
            self._pending[url] = values
            return
        _upsert(self.engine, fetch_log_table, values, {k: v for k, v in values.items() if k != "url"})

    def flush(self) -> None:
        """Write the buffered rows in one transaction."""
        if not self._pending:
            return
        rows, self._pending = list(self._pending.values()), {}
        insert = _insert_for(self.engine)
        stmt = insert(fetch_log_table)
        stmt = stmt.on_conflict_do_update(index_elements=["url"],
                                          set_={c: stmt.excluded[c] for c in rows[0] if c != "url"})
        with self.engine.begin() as conn:
            conn.execute(stmt, rows)
        self._known.update({r["url"]: {**r, "fetched_at": _to_iso(r["fetched_at"])} for r in rows})


def as_date(value: str | date | None) -> date | None:
    if value is None or isinstance(value, date):
        return value
    return date.fromisoformat(value[:10])
