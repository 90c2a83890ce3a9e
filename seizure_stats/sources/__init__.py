"""Sources: what to fetch (config), and how each kind turns into documents (`collect`).

The records below are light; `collect`, `HttpClient` and `html_to_text` are imported lazily (they pull in
requests, feedparser, trafilatura and pandas) so that reading the sources file stays cheap."""
from __future__ import annotations

from dataclasses import dataclass, field
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


_LAZY = {
    "collect": "seizure_stats.sources.collect",
    "HttpClient": "seizure_stats.sources.http",
    "HttpError": "seizure_stats.sources.http",
    "canonical_url": "seizure_stats.sources.http",
    "html_to_text": "seizure_stats.sources.text",
}


def __getattr__(name: str) -> Any:
    if name in _LAZY:
        import importlib  # noqa: PLC0415

        return getattr(importlib.import_module(_LAZY[name]), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
