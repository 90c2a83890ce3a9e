"""Sources: what to fetch (config), and how each kind turns into documents (`collect`)."""
from __future__ import annotations

from dataclasses import dataclass, field

from seizure_stats.model import Document
from seizure_stats.sources.config import SourceConfig, load_sources, select  # noqa: F401


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


@dataclass
class Failure:
    source: str
    url: str | None
    reason: str


@dataclass
class Collected:
    """What one source yielded in one run: new documents (text documents not yet extracted; dataset
    documents with their figures), the state to save once they are loaded, and what failed."""

    source: str
    documents: list[Document] = field(default_factory=list)
    state: SourceState | None = None
    failures: list[Failure] = field(default_factory=list)
    requests: int = 0
    not_modified: int = 0
