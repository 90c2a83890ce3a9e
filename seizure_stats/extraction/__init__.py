"""Text -> figure records (see shared/contract/figures.md). The one entry point is `extract`."""
from __future__ import annotations

from seizure_stats.model import Extraction

EXTRACTOR_VERSION = "0.0.1"


def extract(text: str, *, language: str | None = None, country: str | None = None,
            title: str | None = None, published: str | None = None) -> Extraction:
    """Every figure `text` states. `language` / `country` are the source's defaults (detected when None);
    `title` and `published` come from the feed or page when known."""
    raise NotImplementedError
