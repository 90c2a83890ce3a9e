"""The idempotent loader: each load() call (a batch of documents) is one transaction that upserts the documents' rows,
replaces their figures as a whole and brings their quarantine rows up to date. Loading the same documents twice, or from two processes at once, ends
with exactly one copy of each figure.

How concurrent loads stay exact: the first statement of a batch's transaction is the upsert of its `document`
rows, in id order. On PostgreSQL that takes the row locks (always in the same order, so two batches sharing documents
cannot deadlock), so a second loader of the same document waits there until the first commits, then (READ COMMITTED: every statement sees the latest commits) deletes the figures the first one inserted
and inserts its own. On SQLite the transaction starts with BEGIN IMMEDIATE, so writers queue on the database lock
(WAL mode and the busy timeout of `make_engine`). Figure ids are hashes of the natural key, so even a stray
duplicate collides on the primary key instead of doubling a figure.

Quarantine rows of a loaded document: the rows passed in now are upserted (first_seen kept, last_seen updated)
and the document's other quarantine rows are deleted (`cleared`): they no longer fail. So pass all quarantine
records of a document (every stage) together with it.
"""
from __future__ import annotations

import hashlib
import json
import math
import re
from collections.abc import Callable, Iterable
from contextlib import contextmanager
from dataclasses import dataclass, fields
from datetime import UTC, date, datetime

import pandas as pd
import pandera.pandas as pa
from sqlalchemy import Engine, bindparam, text

from schemas.figures import FigureRowSchema
from seizure_stats.model import CATEGORIES, METRICS, QUALIFIERS, Document, Figure
from seizure_stats.process import ProcessId, is_gone
from seizure_stats.process import current as current_process
from seizure_stats.validation import QuarantineRecord
from seizure_stats.warehouse.storable import needs_cleaning, storable

FIGURE_COLUMNS = (
    "id", "document_id", "source", "metric", "value", "unit", "qualifier", "object", "category", "country",
    "period_start", "period_end", "quote", "char_start", "char_end", "flags", "extractor_version", "run_id",
    "loaded_at", "cluster_key", "year", "reasons",
)
DOCUMENT_COLUMNS = (
    "id", "source", "kind", "url", "canonical_url", "partition_key", "title", "published", "language", "country",
    "operation", "period_start", "period_end", "content", "http_headers", "fetched_at", "extractor_version",
    "run_id", "loaded_at", "feed_published",
)
QUARANTINE_COLUMNS = (
    "id", "stage", "source", "document_id", "check_name", "reason", "record", "run_id", "first_seen", "last_seen",
)
DATE_COLUMNS = {"published", "period_start", "period_end", "feed_published"}
TIMESTAMP_COLUMNS = {"fetched_at", "loaded_at", "first_seen", "last_seen", "updated_at", "started", "finished"}
_CONVERTED = frozenset(DATE_COLUMNS | TIMESTAMP_COLUMNS)
#: On PostgreSQL, a batch with at least this many figures is written with COPY.
COPY_THRESHOLD = 50


@dataclass
class LoadStats:
    documents: int = 0
    new_documents: int = 0  # documents not in the warehouse before (by content hash): what moves last_new_document
    figures: int = 0
    quarantined: int = 0
    cleared: int = 0

    def as_dict(self) -> dict:
        return {f.name: getattr(self, f.name) for f in fields(self)}


# ---- keys ----------------------------------------------------------------------------------------------------

def _h(*parts) -> str:
    return hashlib.sha256("\x1f".join("" if p is None else str(p) for p in parts).encode("utf-8")).hexdigest()[:32]


def figure_id(document_id: str, fig: Figure) -> str:
    """Hash of the natural key: document, metric, unit, value, category, country, object, start offset."""
    return _h(document_id, fig.metric, fig.unit, repr(float(fig.value)), fig.category, fig.country, fig.object,
              fig.start)


def quarantine_id(q: QuarantineRecord) -> str:
    # a figure's reasons explain it and are stored in the record, but are not what it is: rewording them
    # keeps the quarantine row (and its first_seen)
    record = {k: v for k, v in q.record.items() if k != "reasons"} if isinstance(q.record, dict) else q.record
    return _h(q.stage, q.source, q.document_id, q.check, json.dumps(record, sort_keys=True, default=str))


def scope(doc: Document) -> str:
    op = (doc.operation or "").strip().lower()
    return f"op:{op}" if op else f"doc:{doc.id}"


# Metrics whose object is implied (a person, a case, a country): sources name it differently ("case",
# "investigation", "file"), so it is left out of the claim. For seizures, items, mass... the object is the claim.
IMPLIED_OBJECT = frozenset({"arrests", "suspects", "cases_opened", "participating_countries"})


def cluster_key(doc: Document, fig: Figure, period_start: str | None, period_end: str | None) -> str:
    """The claim a figure makes, equal for every source stating it (see migration 0002)."""
    obj = "" if fig.metric in IMPLIED_OBJECT else fig.object or ""
    return "|".join([scope(doc), fig.metric, fig.unit, obj, fig.category or "", fig.country or "",
                     period_start or "", period_end or ""])


def figure_year(period_start: str | None, period_end: str | None, published: str | None) -> int | None:
    """The calendar year a figure covers: its period's year when the period lies in one year (None when it spans
    several); without a period, the year the document was published."""
    if period_start and period_end:
        return int(period_start[:4]) if period_start[:4] == period_end[:4] else None
    if period_start or period_end:
        return int((period_start or period_end)[:4])
    if published and len(published) >= 4 and published[:4].isdigit():
        return int(published[:4])
    return None


# ---- adapting values to the backend ----------------------------------------------------------------------------

def _now() -> datetime:
    return datetime.now(UTC).replace(tzinfo=None)


def _parse_timestamp(s: str) -> datetime | None:
    """ISO 8601 (with Z or an offset) or an HTTP date; None when it is neither."""
    try:
        return datetime.fromisoformat(s.strip().replace("Z", "+00:00"))
    except ValueError:
        pass
    try:
        from email.utils import parsedate_to_datetime

        return parsedate_to_datetime(s)
    except (TypeError, ValueError, IndexError):
        return None


class _Adapter:
    """SQLite gets ISO strings for dates and timestamps; PostgreSQL gets date / datetime objects."""

    def __init__(self, engine: Engine) -> None:
        self.pg = engine.dialect.name == "postgresql"

    def value(self, column: str, v):
        if v is None:
            return None
        if column in DATE_COLUMNS:
            try:
                d = v if isinstance(v, date) else date.fromisoformat(str(v)[:10])
            except ValueError:
                return None  # validation quarantines a bad document date; an unvalidated one is not stored
            return d if self.pg else d.isoformat()
        if column in TIMESTAMP_COLUMNS:
            if isinstance(v, str):
                v = _parse_timestamp(v)
                if v is None:
                    return None
            if isinstance(v, datetime) and v.tzinfo is not None:
                v = v.astimezone(UTC).replace(tzinfo=None)
            return v if self.pg else v.isoformat(sep=" ")
        return v

    def row(self, row: dict) -> dict:
        out = dict(row)
        for k in _CONVERTED.intersection(row):  # dates and timestamps are adapted
            out[k] = self.value(k, row[k])
        for k, v in out.items():  # and text the warehouse cannot store is cleaned, the same on both backends
            if type(v) is str and ("\x00" in v or (not v.isascii() and needs_cleaning(v))):
                out[k] = storable(v)
        return out


@contextmanager
def transaction(engine: Engine):
    """One write transaction; on SQLite it takes the write lock first (BEGIN IMMEDIATE) so that two writers queue
    on the busy timeout instead of failing on a lock upgrade."""
    with engine.begin() as conn:
        if engine.dialect.name == "sqlite":
            conn.exec_driver_sql("BEGIN IMMEDIATE")
        yield conn


def _insert_sql(table: str, columns: Iterable[str], conflict: str | None = None, update: Iterable[str] = ()) -> str:
    cols = list(columns)
    sql = f"INSERT INTO {table} ({', '.join(cols)}) VALUES ({', '.join(':' + c for c in cols)})"
    if conflict:
        upd = list(update)
        sql += f" ON CONFLICT ({conflict}) " + (
            "DO UPDATE SET " + ", ".join(f"{c} = excluded.{c}" for c in upd) if upd else "DO NOTHING")
    return sql


DOCUMENT_UPSERT = _insert_sql("document", DOCUMENT_COLUMNS, "id", [c for c in DOCUMENT_COLUMNS if c != "id"])
FIGURE_INSERT = _insert_sql("figure", FIGURE_COLUMNS, "id", [c for c in FIGURE_COLUMNS if c != "id"])
QUARANTINE_UPSERT = _insert_sql("quarantine", QUARANTINE_COLUMNS, "id",
                                ["reason", "record", "run_id", "last_seen", "stage", "check_name"])


# ---- rows -----------------------------------------------------------------------------------------------------

def document_row(doc: Document, *, run_id: str, extractor_version: str, loaded_at: datetime) -> dict:
    return {
        "id": doc.id, "source": doc.source, "kind": doc.kind, "url": doc.url,
        "canonical_url": getattr(doc, "canonical_url", None) or doc.url,
        "partition_key": doc.partition, "title": doc.title, "published": doc.published,
        "language": doc.language, "country": doc.country, "operation": doc.operation,
        "period_start": doc.period_start, "period_end": doc.period_end, "content": doc.text,
        "http_headers": json.dumps(doc.http_headers or {}, sort_keys=True, default=str),
        "fetched_at": doc.fetched_at, "extractor_version": extractor_version, "run_id": run_id,
        "loaded_at": loaded_at, "feed_published": doc.feed_published,
    }


def figure_rows(doc: Document, *, run_id: str, extractor_version: str, loaded_at: datetime) -> list[dict]:
    rows: dict[str, dict] = {}
    for fig in doc.figures:
        ps = fig.period_start or doc.period_start
        pe = fig.period_end or doc.period_end
        fid = figure_id(doc.id, fig)
        rows.setdefault(fid, {  # the same natural key twice is one figure (validation quarantines the repeat)
            "id": fid, "document_id": doc.id, "source": doc.source, "metric": fig.metric,
            "value": float(fig.value), "unit": fig.unit, "qualifier": fig.qualifier or "exact",
            "object": fig.object, "category": fig.category, "country": fig.country,
            "period_start": ps, "period_end": pe, "quote": fig.quote or "",
            "char_start": fig.start, "char_end": fig.end,
            "flags": ",".join(fig.flags) if fig.flags else None,
            "reasons": "; ".join(fig.reasons) if fig.reasons else None,  # lines of extraction/reasons.py
            "extractor_version": extractor_version, "run_id": run_id, "loaded_at": loaded_at,
            "cluster_key": cluster_key(doc, fig, ps, pe), "year": figure_year(ps, pe, doc.published),
        })
    return list(rows.values())


def quarantine_row(q: QuarantineRecord, *, run_id: str, seen: datetime) -> dict:
    return {
        "id": quarantine_id(q), "stage": q.stage, "source": q.source, "document_id": q.document_id,
        "check_name": q.check, "reason": q.reason,
        "record": json.dumps(q.record, ensure_ascii=False, sort_keys=True, default=str),
        "run_id": run_id, "first_seen": seen, "last_seen": seen,
    }


_HEX32 = re.compile(r"[0-9a-f]{32}")
_METRICS, _QUALIFIERS, _CATEGORIES = frozenset(METRICS), frozenset(QUALIFIERS), frozenset(CATEGORIES)


def _rows_fit(flat: list[dict]) -> bool:
    """Fast path of `_check_rows` (pandera costs ~0.1 ms a row): True only when every row certainly passes
    `FigureRowSchema` (the same checks, in plain Python, at least as strict); any doubt goes through pandera."""
    ids = set()
    for r in flat:
        v = r["value"]
        if not (type(v) is float and v > 0 and r["metric"] in _METRICS and r["qualifier"] in _QUALIFIERS
                and (r["category"] is None or r["category"] in _CATEGORIES)
                and isinstance(r["id"], str) and _HEX32.fullmatch(r["id"]) and r["id"] not in ids):
            return False
        for c in ("document_id", "source", "unit", "quote", "cluster_key"):
            if not isinstance(r[c], str):
                return False
        for c in ("object", "country", "period_start", "period_end", "flags", "reasons"):
            if r[c] is not None and not isinstance(r[c], str):
                return False
        for c in ("char_start", "char_end", "year"):
            if r[c] is not None and type(r[c]) is not int:
                return False
        ids.add(r["id"])
    return True


def _check_rows(doc_rows: dict[str, list[dict]], documents: dict[str, Document]) -> list[QuarantineRecord]:
    """Rows that do not fit the figure table (`FigureRowSchema`) are moved to quarantine (stage "load") instead of
    failing the whole load: this only happens when load() is given figures that were not validated."""
    flat = [r for rows in doc_rows.values() for r in rows]
    if not flat or _rows_fit(flat):
        return []
    df = pd.DataFrame(flat)
    for c in ("char_start", "char_end", "year"):
        df[c] = pd.array([None if v is None or (isinstance(v, float) and math.isnan(v)) else int(v)
                          for v in df[c]], dtype="Int64")
    df["value"] = pd.to_numeric(df["value"], errors="coerce").astype("float64")
    for c in ("id", "document_id", "source", "metric", "unit", "qualifier", "object", "category", "country",
              "period_start", "period_end", "quote", "flags", "reasons", "cluster_key"):
        df[c] = pd.Series([None if v is None or (isinstance(v, float) and math.isnan(v)) else str(v)
                           for v in (r[c] for r in flat)], dtype="str")
    try:
        FigureRowSchema.validate(df, lazy=True)
        return []
    except pa.errors.SchemaErrors as err:
        bad: dict[int, list[str]] = {}
        for idx, check in zip(err.failure_cases["index"], err.failure_cases["check"], strict=True):
            if idx is not None and not (isinstance(idx, float) and math.isnan(idx)):
                bad.setdefault(int(idx), []).append(str(check))
    out = []
    for idx in sorted(bad):
        row = flat[idx]
        for rows in doc_rows.values():
            if row in rows:
                rows.remove(row)
        doc = documents[row["document_id"]]
        record = {k: v for k, v in row.items() if k not in ("loaded_at",)}
        for check in dict.fromkeys(bad[idx]):
            out.append(QuarantineRecord("load", doc.source, doc.id, f"figure_row:{check}",
                                        f"the figure does not fit the figure table: failed {check}", record))
    return out


def _chunks(items: list, size: int = 500) -> list[list]:
    return [items[i:i + size] for i in range(0, len(items), size)]


def _copy_figures(conn, rows: list[dict]) -> None:
    """PostgreSQL fast path: COPY the batch's figures (their documents' old ones were deleted in this transaction)."""
    raw = conn.connection.driver_connection
    with raw.cursor() as cur:
        with cur.copy(f"COPY figure ({', '.join(FIGURE_COLUMNS)}) FROM STDIN") as copy:
            for r in rows:
                copy.write_row([r[c] for c in FIGURE_COLUMNS])


# ---- public ---------------------------------------------------------------------------------------------------

def upsert_sources(engine: Engine, sources: Iterable) -> int:
    """Write the `source` table from SourceConfig-like objects (name, kind, url, language, country, authority)."""
    ad = _Adapter(engine)
    now = _now()
    rows = [ad.row({"name": s.name, "kind": s.kind, "url": getattr(s, "url", None),
                    "language": getattr(s, "language", None), "country": getattr(s, "country", None),
                    "authority": getattr(s, "authority", None) or "press", "updated_at": now})
            for s in sources]
    if not rows:
        return 0
    sql = _insert_sql("source", ["name", "kind", "url", "language", "country", "authority", "updated_at"], "name",
                      ["kind", "url", "language", "country", "authority", "updated_at"])
    with transaction(engine) as conn:
        conn.execute(text(sql), rows)
    return len(rows)


def load(engine: Engine, documents: list[Document], quarantine: list[QuarantineRecord], *, run_id: str,
         extractor_version: str, sources: list | None = None) -> LoadStats:
    """Load validated documents and their quarantine records; one transaction for the batch."""
    stats = LoadStats()
    if sources:
        upsert_sources(engine, sources)
    ad = _Adapter(engine)
    loaded_at = _now()
    by_id: dict[str, Document] = {}
    for doc in documents:
        by_id[doc.id] = doc  # the same document twice: the last one wins (it would replace the first anyway)
    doc_rows = {d: figure_rows(doc, run_id=run_id, extractor_version=extractor_version, loaded_at=loaded_at)
                for d, doc in by_id.items()}
    quarantine = list(quarantine) + _check_rows(doc_rows, by_id)

    q_by_doc: dict[str | None, list[dict]] = {}
    for q in quarantine:
        q_by_doc.setdefault(q.document_id if q.document_id in by_id else None, []).append(
            quarantine_row(q, run_id=run_id, seen=loaded_at))

    # One transaction for the whole batch (a per-document transaction cost ~10 ms on PostgreSQL: 5 round trips and
    # a commit for 5 figures). Documents are upserted first, sorted by id: two loaders lock the rows they share in
    # the same order (no deadlock) and the second waits for the first before deleting and inserting figures.
    doc_ids = sorted(by_id)
    drows = [ad.row(document_row(by_id[d], run_id=run_id, extractor_version=extractor_version,
                                 loaded_at=loaded_at)) for d in doc_ids]
    frows = sorted((ad.row(r) for d in doc_ids for r in doc_rows[d]), key=lambda r: r["id"])
    qrows = sorted({r["id"]: ad.row(r) for d in doc_ids for r in q_by_doc.get(d, [])}.values(),
                   key=lambda r: r["id"])
    ids = bindparam("ids", expanding=True)
    if doc_ids:
        with transaction(engine) as conn:
            known: set[str] = set()
            for chunk in _chunks(doc_ids):  # before the upsert: a reloaded unchanged document is not new
                known.update(r[0] for r in conn.execute(text("SELECT id FROM document WHERE id IN :ids")
                                                        .bindparams(ids), {"ids": chunk}))
            new_documents = len(set(doc_ids) - known)
            conn.execute(text(DOCUMENT_UPSERT), drows)  # first: locks the document rows (see the module docstring)
            for chunk in _chunks(doc_ids):
                conn.execute(text("DELETE FROM figure WHERE document_id IN :ids").bindparams(ids), {"ids": chunk})
            if frows:
                if ad.pg and len(frows) >= COPY_THRESHOLD:
                    _copy_figures(conn, frows)
                else:
                    conn.execute(text(FIGURE_INSERT), frows)
            if qrows:
                conn.execute(text(QUARANTINE_UPSERT), qrows)
            keep = [r["id"] for r in qrows]
            for chunk in _chunks(doc_ids):
                if keep:
                    res = conn.execute(text("DELETE FROM quarantine WHERE document_id IN :ids AND id NOT IN :keep")
                                       .bindparams(ids, bindparam("keep", expanding=True)),
                                       {"ids": chunk, "keep": keep})
                else:
                    res = conn.execute(text("DELETE FROM quarantine WHERE document_id IN :ids").bindparams(ids),
                                       {"ids": chunk})
                stats.cleared += max(res.rowcount or 0, 0)
        stats.new_documents += new_documents
    stats.documents += len(doc_ids)
    stats.figures += len(frows)
    stats.quarantined += len(qrows)

    # sorted by id: two loaders upserting the same rows lock them in the same order (no deadlock on PostgreSQL)
    rest = sorted({r["id"]: ad.row(r) for r in q_by_doc.get(None, [])}.values(), key=lambda r: r["id"])
    if rest:  # records of documents not loaded here (a document that failed as a whole, a source-level failure)
        with transaction(engine) as conn:
            conn.execute(text(QUARANTINE_UPSERT), rest)
        stats.quarantined += len(rest)
    return stats


def start_run(engine: Engine, run_id: str, flow: str, parameters: dict | None = None,
              process: ProcessId | None = None) -> None:
    """The run's row, `running`, with the process that runs it (this one unless given)."""
    process = process or current_process()
    ad = _Adapter(engine)
    row = ad.row({"id": run_id, "flow": flow, "parameters": json.dumps(parameters or {}, sort_keys=True, default=str),
                  "started": _now(), "status": "running", "pid": process.pid, "host": process.host,
                  "process_started": process.started})
    sql = _insert_sql("run", row.keys(), "id", ["flow", "parameters", "started", "status", "pid", "host",
                                                "process_started"])
    with transaction(engine) as conn:
        conn.execute(text(sql), row)
        conn.execute(text("UPDATE run SET finished = NULL, documents = NULL, figures = NULL, quarantined = NULL, "
                          "failures = NULL WHERE id = :id"), {"id": run_id})


def close_interrupted_runs(engine: Engine, ended: Callable[[str], str | None] | None = None, *,
                           current: str | None = None) -> list[str]:
    """Close the `running` rows of runs that are over: a run whose end could not be written (the warehouse was
    lost, the process killed) would otherwise stay `running` for ever. A run is over when its process is gone
    (same host, no process with its pid and start time: `seizure_stats.process.is_gone`), whatever the
    orchestrator says, or when `ended(run_id)` says how the orchestrator saw it end (e.g. "Crashed"; None while it
    runs or when it does not know the run). Returns the ids closed; each gets status `interrupted` and the reason
    under `failures`."""
    with engine.connect() as conn:
        rows = conn.execute(text("SELECT id, pid, host, process_started FROM run WHERE status = 'running'")).all()
    closed = []
    for run_id, pid, host, started in rows:
        if run_id == current:
            continue
        if is_gone(pid, host, started):
            reason = {"run": f"its process (pid {pid} on {host}) ended without recording the end of the run"}
        else:
            try:
                state = ended(run_id) if ended is not None else None
            except Exception:  # noqa: BLE001 - an orchestrator that cannot answer closes nothing
                state = None
            if state is None:
                continue
            reason = {"run": f"the run ended ({state}) without recording its end in the warehouse"}
        with transaction(engine) as conn:
            done = conn.execute(text("UPDATE run SET status = 'interrupted', finished = :finished, failures = :f "
                                     "WHERE id = :id AND status = 'running'"),
                                _Adapter(engine).row({"id": run_id, "finished": _now(), "f": json.dumps(reason)}))
        if done.rowcount:
            closed.append(run_id)
    return closed


def finish_run(engine: Engine, run_id: str, status: str, counts: LoadStats | dict | None = None,
               failures: dict | None = None) -> None:
    counts = counts.as_dict() if isinstance(counts, LoadStats) else dict(counts or {})
    ad = _Adapter(engine)
    now = _now()
    row = ad.row({"id": run_id, "flow": counts.pop("flow", "unknown"), "started": now, "finished": now,
                  "status": status, "documents": counts.get("documents"), "figures": counts.get("figures"),
                  "quarantined": counts.get("quarantined"),
                  "failures": json.dumps(failures or {}, sort_keys=True, default=str)})
    sql = _insert_sql("run", row.keys(), "id", ["finished", "status", "documents", "figures", "quarantined",
                                                "failures"])
    with transaction(engine) as conn:
        conn.execute(text(sql), row)
