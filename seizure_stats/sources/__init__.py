"""Sources: what to fetch (config), and how each kind turns into documents (`collect`).

The records below are light; `collect`, `HttpClient` and `html_to_text` are imported lazily (they pull in
requests, feedparser, trafilatura and pandas) so that reading the sources file stays cheap."""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import TYPE_CHECKING, Any

from seizure_stats.model import Document
from seizure_stats.sources.config import SourceConfig, load_sources, select  # noqa: F401

if TYPE_CHECKING:  # pragma: no cover
    from seizure_stats.sources.collect import collect  # noqa: F401
    from seizure_stats.sources.http import HttpClient  # noqa: F401


class SourceError(RuntimeError):
    """The whole source failed this run (feed unreachable after retries, malformed feed, dataset header
    changed...). The message names the source and the reason; the state must not advance."""

    def __init__(self, source: str, reason: str):
        super().__init__(f"source {source!r}: {reason}")
        self.source = source
        self.reason = reason


@dataclass
class SourceState:
    """Incremental state of one source, as kept in the `source_state` table."""

    source: str
    high_water: str | None = None     # ISO datetime of the newest item loaded (or dataset period)
    etag: str | None = None
    last_modified: str | None = None
    last_success: str | None = None
    last_new_document: str | None = None
    last_error: str | None = None
    content_hash: str | None = None   # hash of the body of the source's own URL last loaded (page, dataset)
    settled: str | None = None        # fingerprint of the feed / listing fully handled, nothing left to retry


@dataclass
class Failure:
    source: str
    url: str | None
    reason: str


@dataclass
class Collected:
    """What one source yielded in one run: new documents (text documents not yet extracted; dataset
    documents with their figures), the state to save once they are loaded, and what failed.

    `quarantine` holds dataset rows that failed a check, as {stage, source, check, reason, record}."""

    source: str
    documents: list[Document] = field(default_factory=list)
    state: SourceState | None = None
    failures: list[Failure] = field(default_factory=list)
    requests: int = 0
    not_modified: int = 0
    quarantine: list[dict] = field(default_factory=list)
    skipped: int = 0                  # items seen but not new (older than the high-water mark, known URL...)


@dataclass
class Plan:
    """A source's work for one run, decided from its index (feed, listing page, folder) before any article is
    fetched, so that a run holds URLs rather than texts: `items` are fetched a batch at a time (`Batch`), and
    `documents` are what a one-request source already yielded (a page; a dataset's partitions, with the
    `quarantine` records of its rejected rows). `settle` turns the plan and its batches' outcomes into the
    state to save once everything is loaded."""

    source: str
    follow: str = "pages"             # how `items` are fetched: pages, listing (page date must be new), files
    items: list = field(default_factory=list)
    documents: list[Document] = field(default_factory=list)
    quarantine: list[dict] = field(default_factory=list)
    state: SourceState | None = None  # the state read at the start, with the index's new validators
    dated: list[str] = field(default_factory=list)   # high-water keys counted without a fetch (known items...)
    failed: list[str | None] = field(default_factory=list)
    failures: list[Failure] = field(default_factory=list)
    requests: int = 0
    not_modified: int = 0
    skipped: int = 0
    since: date | None = None
    until: date | None = None
    settled: str | None = None        # fingerprint of the index as read (see collect.fingerprint)
    archived: list[str] = field(default_factory=list)  # ids of archived documents to re-extract
    deadline: float | None = None     # epoch seconds: the end of the source's time budget (HttpClient)

    def batches(self, size: int) -> list[Batch]:
        """Batches of at most `size` documents: the documents in hand, the items to fetch, the archived ids."""
        hw = self.state.high_water if self.state else None
        common = {"source": self.source, "follow": self.follow, "high_water": hw, "since": self.since,
                  "until": self.until, "deadline": self.deadline}
        out = [Batch(**common, documents=self.documents[i:i + size]) for i in range(0, len(self.documents), size)]
        out += [Batch(**common, items=self.items[i:i + size]) for i in range(0, len(self.items), size)]
        out += [Batch(**common, archived=self.archived[i:i + size]) for i in range(0, len(self.archived), size)]
        if self.quarantine:  # a dataset's rejected rows go with the batch holding their partition's document
            if not out:
                out = [Batch(**common)]
            where = {doc.id: b for b in out for doc in b.documents}
            for record in self.quarantine:
                where.get(record.get("document_id"), out[0]).quarantine.append(record)
        return out


@dataclass
class Batch:
    """One task's share of a plan; small enough to send to another process (Dask) as it is."""

    source: str
    follow: str = "pages"
    high_water: str | None = None
    since: date | None = None
    until: date | None = None
    items: list = field(default_factory=list)
    documents: list[Document] = field(default_factory=list)
    quarantine: list[dict] = field(default_factory=list)
    archived: list[str] = field(default_factory=list)
    deadline: float | None = None

    @property
    def backfill(self) -> bool:
        return self.since is not None or self.until is not None


@dataclass
class Fetched:
    """What fetching one batch's items gave: documents, item failures and the high-water keys of both."""

    source: str
    documents: list[Document] = field(default_factory=list)
    failures: list[Failure] = field(default_factory=list)
    dated: list[str] = field(default_factory=list)
    failed: list[str | None] = field(default_factory=list)   # keys of transient failures (None: undated)
    skipped: int = 0
    requests: int = 0
    not_modified: int = 0


_LAZY = {
    "collect": "seizure_stats.sources.collect",
    "HttpClient": "seizure_stats.sources.http",
    "HttpError": "seizure_stats.sources.http",
    "canonical_url": "seizure_stats.sources.http",
    "html_to_text": "seizure_stats.sources.text",
}


def __getattr__(name: str) -> Any:
    if name in _LAZY:
        import importlib

        return getattr(importlib.import_module(_LAZY[name]), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
