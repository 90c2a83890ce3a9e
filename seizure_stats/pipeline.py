"""The stages of one source's path, as plain functions: plan (read the index) -> per batch: fetch -> extract ->
validate -> load -> save the state. The Prefect flows call `plan`, `ingest_batch` and `save_progress` one per
task; tests and benchmarks call them directly. A batch's documents live only inside `ingest_batch`, so a run
holds at most one batch of texts per worker, whatever the number of documents."""
from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field
from datetime import date
from typing import TYPE_CHECKING

from sqlalchemy import Engine, select, text

from seizure_stats import faults
from seizure_stats.model import Document
from seizure_stats.settings import Settings
from seizure_stats.sources import Batch, Collected, Plan, SourceConfig, SourceState
from seizure_stats.warehouse.storable import needs_cleaning, storable

if TYPE_CHECKING:
    from seizure_stats.validation import QuarantineRecord
    from seizure_stats.warehouse.loader import LoadStats


@dataclass
class SourceReport:
    """What one source (or one batch of it) did in one run; the flows turn a list of these into the run summary
    and artifact. `dated` and `failed` are the high-water keys a batch fetched, for `settle`."""

    source: str
    documents: int = 0
    new_documents: int = 0  # of `documents`, those the warehouse did not hold before: what moves last_new_document
    figures: int = 0
    quarantined: int = 0
    requests: int = 0
    not_modified: int = 0
    failures: list[str] = field(default_factory=list)
    error: str | None = None
    quarantine_by_check: dict[str, int] = field(default_factory=dict)
    dated: list[str] = field(default_factory=list)
    failed: list[str | None] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return self.error is None

    def add(self, part: SourceReport) -> None:
        self.documents += part.documents
        self.new_documents += part.new_documents
        self.figures += part.figures
        self.quarantined += part.quarantined
        self.requests += part.requests
        self.not_modified += part.not_modified
        self.failures += part.failures
        self.dated += part.dated
        self.failed += part.failed
        for check, n in part.quarantine_by_check.items():
            self.quarantine_by_check[check] = self.quarantine_by_check.get(check, 0) + n


def plan(source: SourceConfig, *, settings: Settings, engine: Engine, since: date | None = None,
         until: date | None = None) -> Plan:
    """What one source has to fetch this run (all of [since, until] for a backfill). Raises SourceError when the
    source as a whole cannot be read; the caller records that and goes on with the other sources."""
    from seizure_stats.sources.collect import plan as plan_source
    from seizure_stats.sources.http import HttpClient
    from seizure_stats.warehouse.state import HttpCache, load_state

    import time

    deadline = time.time() + settings.source_budget  # the source's whole budget starts with its plan
    state = load_state(engine, source.name)
    backfill = since is not None or until is not None
    known = None if backfill else (lambda urls: known_urls(engine, source.name, urls))
    with HttpClient(settings=settings, cache=HttpCache(engine, buffered=True), deadline=deadline) as http:
        planned = plan_source(source, state, settings=settings, http=http, since=since, until=until,
                              known_urls=known)
    planned.deadline = deadline
    return planned


def archive_plan(engine: Engine, source: SourceConfig, *, since: date | None = None,
                 until: date | None = None) -> Plan:
    """A re-extraction without fetching (backfill --from-archive): the ids of the source's archived texts."""
    from sqlalchemy import MetaData, Table

    table = Table("document", MetaData(), autoload_with=engine)
    query = select(table.c.id).where(table.c.source == source.name, table.c.kind == "text")
    if since:
        query = query.where(table.c.published >= since.isoformat())
    if until:
        query = query.where(table.c.published <= until.isoformat())
    with engine.connect() as conn:
        ids = list(conn.execute(query.order_by(table.c.id)).scalars())
    return Plan(source=source.name, archived=ids, since=since, until=until)


def ingest_batch(batch: Batch, source: SourceConfig, *, settings: Settings, engine: Engine,
                 run_id: str) -> SourceReport:
    """One batch from start to end: fetch its items, extract, validate, load (one transaction)."""
    from seizure_stats.sources.collect import fetch_batch
    from seizure_stats.sources.http import HttpClient
    from seizure_stats.warehouse.state import HttpCache

    documents = list(batch.documents)
    fetched = None
    if batch.items:
        cache = HttpCache(engine, buffered=True)
        cache.prefetch(item.canonical for item in batch.items)
        with HttpClient(settings=settings, cache=cache, deadline=batch.deadline) as http:
            fetched = fetch_batch(source, batch, settings=settings, http=http)
        documents += fetched.documents
    if batch.archived:
        documents += archived_documents(engine, source, ids=batch.archived)
    failures: list = []
    extracted = extract_documents(documents, source, failures)
    report = validate_and_load(extracted, engine=engine, source=source.name, run_id=run_id,
                               extra_quarantine=list(batch.quarantine) + failures)
    if fetched is not None:
        report.requests, report.not_modified = fetched.requests, fetched.not_modified
        report.failures = [f"{f.url}: {f.reason}" for f in fetched.failures]
        report.dated, report.failed = fetched.dated, fetched.failed
    return report


def settle(plan: Plan, reports: list[SourceReport]) -> SourceState:
    """The state to save once every batch of `plan` is loaded."""
    from seizure_stats.sources import Fetched
    from seizure_stats.sources.collect import settle as settle_plan

    return settle_plan(plan, [Fetched(source=plan.source, dated=r.dated, failed=r.failed) for r in reports])


def fetch(source: SourceConfig, *, settings: Settings, engine: Engine,
          since: date | None = None, until: date | None = None) -> Collected:
    """Everything new of one source in one go (plan and all its items): for tests and small tools."""
    from seizure_stats.sources.collect import collect
    from seizure_stats.sources.http import HttpClient
    from seizure_stats.warehouse.state import HttpCache, load_state

    state = load_state(engine, source.name)
    backfill = since is not None or until is not None
    known = None if backfill else (lambda urls: known_urls(engine, source.name, urls))
    with HttpClient(settings=settings, cache=HttpCache(engine)) as http:
        return collect(source, state, settings=settings, http=http, since=since, until=until, known_urls=known)


def known_urls(engine: Engine, source: str, candidates: list[str] | None = None) -> set[str]:
    """URLs of the documents a source already has in the warehouse (among `candidates` when given): a scheduled
    run does not fetch them again. Asking about a feed's own links keeps a run's cost independent of the archive's
    size."""
    query = "SELECT url FROM document WHERE source = :s AND url IS NOT NULL"
    with engine.connect() as conn:
        if candidates is None:
            return {r[0] for r in conn.execute(text(query), {"s": source})}
        found: set[str] = set()
        unique = list(dict.fromkeys(candidates))
        for i in range(0, len(unique), 500):
            chunk = {f"u{n}": u for n, u in enumerate(unique[i:i + 500])}
            where = f" AND url IN ({', '.join(':' + k for k in chunk)})"
            found.update(r[0] for r in conn.execute(text(query + where), {"s": source, **chunk}))
        return found


def document_failure(stage: str, doc: Document, error: BaseException) -> QuarantineRecord:
    """The quarantine row of a document that raised in `stage`: the exception's type and message and the extractor
    version, so that a fix can be checked against it and `backfill --from-archive` re-processes it."""
    from seizure_stats.extraction import EXTRACTOR_VERSION
    from seizure_stats.validation import QuarantineRecord

    message = " ".join(str(error).split())[:500]
    return QuarantineRecord(
        stage, doc.source, doc.id, f"{stage}_failed", f"{type(error).__name__}: {message}",
        {"stage": stage, "exception": type(error).__name__, "message": message, "extractor_version": EXTRACTOR_VERSION,
         "url": doc.url, "title": storable(doc.title) if doc.title else doc.title})


def extract_documents(documents: list[Document], source: SourceConfig,
                      failures: list[QuarantineRecord] | None = None) -> list[Document]:
    """Fill each text document's figures and document-level fields; dataset documents pass through. A document
    whose extraction raises keeps no figures and gets a quarantine record in `failures` (when given; else the
    error propagates): it is still loaded, so that its text is archived and a re-extraction can reach it."""
    from seizure_stats.extraction import extract
    from seizure_stats.extraction.document import own_published

    out = []
    for doc in documents:
        if doc.kind != "text":
            out.append(doc)
            continue
        if doc.text and needs_cleaning(doc.text):  # before extraction: offsets then point into the stored text
            doc.text = storable(doc.text)
        try:
            faults.inject("extract", [doc])
            # the text's own date wins over the feed's; the feed's is kept for validation's conflict check
            own = own_published(doc.text or "", doc.language or source.language)
            if own and doc.published and own != doc.published[:10]:
                doc.feed_published = doc.published
            result = extract(doc.text or "", language=doc.language or source.language,
                             country=doc.country or source.country, url=doc.url, currency=source.currency,
                             title=doc.title, published=own or doc.published)
        except Exception as e:
            if failures is None:
                raise
            failures.append(document_failure("extract", doc, e))
            doc.figures = []
            out.append(doc)
            continue
        doc.language = result.language
        doc.title = doc.title or result.title
        doc.published = result.published
        doc.operation = result.operation
        doc.period_start, doc.period_end = result.period_start, result.period_end
        doc.figures = result.figures
        out.append(doc)
    return out


def document_flags(doc: Document) -> list[QuarantineRecord]:
    """Document-level flags derived from the stored text itself (so a re-extraction from the archive finds them
    again): U+FFFD in the text (invalid bytes replaced when decoding, NUL or lone surrogates cleaned), and a text
    longer than the extractor reads (its figures past the cut are missing). Loaded as quarantine rows of the
    document, which itself loads, like a bad publication date."""
    from seizure_stats.extraction import MAX_CHARS
    from seizure_stats.validation import QuarantineRecord

    if doc.kind != "text" or not doc.text:
        return []
    out = []
    replaced = doc.text.count("\ufffd")
    if replaced:
        out.append(QuarantineRecord("fetch", doc.source, doc.id, "text_has_replacement_characters",
                                    f"{replaced} character(s) could not be decoded or stored and were replaced "
                                    f"with U+FFFD", {"url": doc.url, "replaced": replaced}))
    if len(doc.text) > MAX_CHARS:
        out.append(QuarantineRecord("extract", doc.source, doc.id, "extraction_truncated",
                                    f"the text has {len(doc.text)} characters; extraction read the first "
                                    f"{MAX_CHARS}", {"url": doc.url, "characters": len(doc.text),
                                                     "read": MAX_CHARS}))
    return out


def validate_isolated(documents: list[Document]) -> tuple[list[Document], list[QuarantineRecord]]:
    """validate() on the batch; when it raises, on each document alone: one that still raises loads without its
    figures, with a `validate_failed` quarantine record."""
    from seizure_stats.validation import validate

    try:
        faults.inject("validate", documents)
        checked = validate(documents)
        return list(checked.documents), list(checked.quarantine)
    except Exception:  # noqa: BLE001 - find the document(s) that raise
        pass
    kept: list[Document] = []
    quarantine: list[QuarantineRecord] = []
    for doc in documents:
        try:
            faults.inject("validate", [doc])
            checked = validate([doc])
        except Exception as e:  # noqa: BLE001
            quarantine.append(document_failure("validate", doc, e))
            doc.figures = []
            kept.append(doc)
            continue
        kept += checked.documents
        quarantine += checked.quarantine
    return kept, quarantine


def load_isolated(engine: Engine, documents: list[Document], quarantine: list[QuarantineRecord], *, run_id: str,
                  extractor_version: str) -> tuple[LoadStats, list[QuarantineRecord]]:
    """load() of the whole batch in one transaction; when it fails for a reason of the data (not the warehouse
    being unreachable, which is raised), each document is loaded alone: one that still fails is loaded without its
    figures, or, failing that too, leaves only a `load_failed` quarantine record. The rest of the batch loads.
    Returns the counts and the `load_failed` records."""
    from seizure_stats.warehouse.db import unreachable_reason
    from seizure_stats.warehouse.loader import LoadStats, load

    try:
        faults.inject("load", documents)
        return load(engine, documents, quarantine, run_id=run_id, extractor_version=extractor_version), []
    except Exception as e:
        if unreachable_reason(e) is not None:
            raise
    by_doc: dict[str | None, list[QuarantineRecord]] = {}
    ids = {d.id for d in documents}
    for q in quarantine:
        by_doc.setdefault(q.document_id if q.document_id in ids else None, []).append(q)
    stats, failed = LoadStats(), []

    def add(part: LoadStats) -> None:
        for k, v in part.as_dict().items():
            setattr(stats, k, getattr(stats, k) + v)

    for doc in documents:
        own = by_doc.get(doc.id, [])
        try:
            faults.inject("load", [doc])
            add(load(engine, [doc], own, run_id=run_id, extractor_version=extractor_version))
            continue
        except Exception as e:
            if unreachable_reason(e) is not None:
                raise
            failure = document_failure("load", doc, e)
            failed.append(failure)
        bare = dataclasses.replace(doc, figures=[])
        try:
            add(load(engine, [bare], [failure], run_id=run_id, extractor_version=extractor_version))
        except Exception as e:
            if unreachable_reason(e) is not None:
                raise
            add(load(engine, [], [failure], run_id=run_id, extractor_version=extractor_version))
    if by_doc.get(None):
        add(load(engine, [], by_doc[None], run_id=run_id, extractor_version=extractor_version))
    return stats, failed


def validate_and_load(documents: list[Document], *, engine: Engine, source: str, run_id: str,
                      extra_quarantine: list | None = None) -> SourceReport:
    """Validate, then load the batch in one transaction, isolating the documents that raise (see
    `validate_isolated`, `load_isolated`). Returns the counts for the summary."""
    from seizure_stats.extraction import EXTRACTOR_VERSION
    from seizure_stats.validation import QuarantineRecord

    checked, quarantine = validate_isolated(documents)
    quarantine += [flag for doc in checked for flag in document_flags(doc)]
    quarantine += [q if isinstance(q, QuarantineRecord) else QuarantineRecord.from_dict(q)
                   for q in extra_quarantine or []]
    stats, failed = load_isolated(engine, checked, quarantine, run_id=run_id, extractor_version=EXTRACTOR_VERSION)
    report = SourceReport(source=source, documents=stats.documents, new_documents=stats.new_documents,
                          figures=stats.figures, quarantined=len(quarantine) + len(failed))
    for q in quarantine + failed:
        report.quarantine_by_check[q.check] = report.quarantine_by_check.get(q.check, 0) + 1
    return report


def save_progress(engine: Engine, state: SourceState | Collected | None, new_documents: int, *,
                  keep_marks: bool = False) -> None:
    """Advance the source's state; called only once its documents are loaded.

    `keep_marks` (a backfill): record the success but leave the incremental marks (high-water mark, ETag /
    Last-Modified, content hash) as they are in the table now, re-read under the write lock: the state the backfill
    read when it started may be older than what a scheduled run saved meanwhile, and must not overwrite it."""
    from seizure_stats.warehouse.state import save_state, source_state_table

    if isinstance(state, Collected):
        state = state.state
    if state is None:
        return
    if not keep_marks:
        save_state(engine, state, new_documents=new_documents)
        return
    from seizure_stats.warehouse.loader import transaction

    t = source_state_table
    with transaction(engine) as conn:  # BEGIN IMMEDIATE on SQLite; the row lock below on PostgreSQL
        row = conn.execute(select(t).where(t.c.source == state.source).with_for_update()).first()
        if row is not None:
            state.high_water, state.etag = row.high_water, row.etag
            state.last_modified, state.content_hash = row.last_modified, row.content_hash
            state.settled = row.settled
        save_state(engine, state, new_documents=new_documents, conn=conn, keep_marks=True)


def record_failure(engine: Engine, source: str, reason: str) -> None:
    from seizure_stats.warehouse.state import record_failure as _record

    _record(engine, source, reason)


def archived_documents(engine: Engine, source: SourceConfig, *, ids: list[str]) -> list[Document]:
    """Archived text documents by id, read again for re-extraction."""
    from sqlalchemy import MetaData, Table

    table = Table("document", MetaData(), autoload_with=engine)
    query = select(table).where(table.c.source == source.name, table.c.id.in_(ids))
    with engine.connect() as conn:
        rows = conn.execute(query.order_by(table.c.id)).mappings().all()
    return [Document(source=r["source"], kind="text", url=r["url"], text=r["content"], title=r["title"],
                     published=str(r["published"]) if r["published"] else None, language=source.language,
                     country=source.country, fetched_at=str(r["fetched_at"]) if r["fetched_at"] else None,
                     id=r["id"], feed_published=str(r["feed_published"]) if r.get("feed_published") else None)
            for r in rows]


def batches(items: list, size: int) -> list[list]:
    return [items[i:i + size] for i in range(0, len(items), size)] or [[]]
