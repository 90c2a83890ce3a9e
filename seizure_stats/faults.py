"""A documented fault-injection hook, for tests and drills of the per-document isolation (README, Settings):
`SEIZURE_STATS_INJECT_FAULT=STAGE:MARKER` makes the stage (extract, validate or load) raise on any batch holding a
document whose text contains MARKER, exactly where a real failure of that stage would surface. Unset (the
default) it costs one attribute read per call."""
from __future__ import annotations

from collections.abc import Iterable

from seizure_stats.model import Document
from seizure_stats.settings import get_settings

STAGES = ("extract", "validate", "load")


class InjectedFault(RuntimeError):
    """Raised by `inject`; nothing else raises it."""


def inject(stage: str, documents: Iterable[Document]) -> None:
    spec = get_settings().inject_fault
    if not spec:
        return
    at, _, marker = spec.partition(":")
    if at != stage or not marker:
        return
    for doc in documents:
        if marker in (doc.text or ""):
            raise InjectedFault(f"fault injected at {stage} (SEIZURE_STATS_INJECT_FAULT)")
