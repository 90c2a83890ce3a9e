"""Plain records passed between the stages. Every stage takes and returns these (or DataFrames with the same
columns), so each stage can be tested without Prefect, a database or the network."""
from __future__ import annotations

import hashlib
from dataclasses import asdict, dataclass, field
from datetime import date, datetime

METRICS = (
    "seizures", "items", "mass", "volume", "value", "detections", "cases_opened",
    "suspects", "arrests", "participating_countries", "checks", "websites",
)
CATEGORIES = (
    "counterfeit", "drugs", "tobacco", "alcohol", "medicines", "wildlife", "weapons",
    "cash", "food", "cultural_goods", "other",
)
QUALIFIERS = ("exact", "at_least", "at_most", "approximate")
COUNT_UNITS = ("count",)
MASS_UNITS = ("kg",)
VOLUME_UNITS = ("l",)


@dataclass
class Figure:
    """One number a document states, with what it counts and the words behind it (see shared/contract)."""

    metric: str
    value: float
    unit: str
    object: str | None = None
    category: str | None = None
    country: str | None = None
    qualifier: str = "exact"
    period_start: str | None = None
    period_end: str | None = None
    quote: str = ""
    start: int | None = None
    end: int | None = None
    flags: list[str] = field(default_factory=list)  # named warnings set by validation (loaded, not rejected)
    # why the extractor decided its metric, unit, category and country: "<field>: <rule> <evidence>" lines, rules
    # named in extraction/reasons.py (not part of what the figure is: two figures differing only here are equal)
    reasons: list[str] = field(default_factory=list, compare=False)

    def as_dict(self) -> dict:
        return asdict(self)


@dataclass
class Extraction:
    """What the extractor makes of one text: document-level fields and its figures."""

    language: str | None = None
    title: str | None = None
    published: str | None = None
    operation: str | None = None
    period_start: str | None = None
    period_end: str | None = None
    figures: list[Figure] = field(default_factory=list)


@dataclass
class Document:
    """A unit of loading: its figures are replaced as a whole. A fetched text (press release, bulletin) or
    one partition of a structured dataset (for instance one month of a CBP file)."""

    source: str
    kind: str  # "text" | "dataset"
    url: str | None
    text: str | None = None
    title: str | None = None
    published: str | None = None
    language: str | None = None
    country: str | None = None
    operation: str | None = None
    period_start: str | None = None
    period_end: str | None = None
    fetched_at: str | None = None
    http_headers: dict = field(default_factory=dict)
    partition: str | None = None  # for datasets: the key of the slice this document stands for
    figures: list[Figure] = field(default_factory=list)
    id: str = ""
    feed_published: str | None = None  # the date the feed or page gave, when the text's own date replaced it

    def __post_init__(self) -> None:
        if not self.id:
            self.id = document_id(self)


def content_hash(text: str | bytes) -> str:
    # surrogatepass: a text with a lone surrogate still has an identity (the loader stores it cleaned)
    data = text.encode("utf-8", "surrogatepass") if isinstance(text, str) else text
    return hashlib.sha256(data).hexdigest()


def document_id(doc: Document) -> str:
    """Identity: a text document is its content; a dataset slice is its source and partition key."""
    if doc.kind == "dataset":
        return "ds-" + content_hash(f"{doc.source}\x1f{doc.partition}")[:24]
    return content_hash(doc.text or "")[:32]


def iso(d: date | datetime | str | None) -> str | None:
    if d is None or isinstance(d, str):
        return d
    return d.isoformat()
