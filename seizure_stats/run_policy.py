"""The policy of one run over several sources, as plain code that knows nothing of Prefect (the flows wire it to
tasks; tests call it directly): which source failed and why, what state a source keeps, the run row, the summary,
and how the run as a whole ends.

- A source whose plan fails, whose batch fails, or whose state cannot be saved is failed with the first error;
  its state does not move and the failure is recorded in `source_state` (best effort: with the warehouse gone,
  the failure is in the summary and logs, and the unmoved state makes the next run catch up).
- A backfill records its success but never moves the marks a scheduled run keeps; a re-extraction from the
  archive saves no state at all.
- The run row is opened first, rows of earlier runs that are over are closed as `interrupted`, and the row is
  closed with the counts and every source's error.
- The run ends `failed` when every source failed (a Failed state in Prefect, so that automations fire), else
  `completed`; a partial failure is in the state's message and the summary artifact."""
from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date

from sqlalchemy import Engine

from seizure_stats import pipeline
from seizure_stats.pipeline import SourceReport
from seizure_stats.settings import Settings
from seizure_stats.sources import Plan, SourceConfig, SourceState
from seizure_stats.warehouse.db import get_engine, migrate, unreachable_reason


class SourcesFailed(Exception):
    """Every source of the run failed: the data of the Failed state, carrying the run's summary."""

    def __init__(self, message: str, summary: dict) -> None:
        super().__init__(message, summary)

    @property
    def summary(self) -> dict:
        return self.args[1]

    def __str__(self) -> str:
        return self.args[0]


@dataclass
class Run:
    flow: str
    run_id: str
    engine: Engine
    sources: list[SourceConfig]
    since: date | None = None
    until: date | None = None
    from_archive: bool = False
    logger: logging.Logger | logging.LoggerAdapter = field(default_factory=lambda: logging.getLogger(__name__))
    reports: dict[str, SourceReport] = field(default_factory=dict)
    warehouse_error: str | None = None

    @classmethod
    def begin(cls, flow: str, run_id: str, names: list[str] | None, *, settings: Settings,
              since: date | None = None, until: date | None = None, from_archive: bool = False,
              ended: Callable[[str], str | None] | None = None,
              logger: logging.Logger | logging.LoggerAdapter | None = None) -> Run:
        """Migrate, read the sources file, open the run row and close the rows of runs that are over."""
        from seizure_stats.sources.config import load_sources, select
        from seizure_stats.warehouse.loader import close_interrupted_runs, start_run, upsert_sources

        engine = get_engine(settings.url)
        migrate(engine)
        sources = select(load_sources(settings.sources_file), names)
        run = cls(flow, run_id, engine, sources, since, until, from_archive,
                  **({"logger": logger} if logger is not None else {}))
        start_run(engine, run_id, flow, {"sources": names, "since": since and since.isoformat(),
                                         "until": until and until.isoformat(), "from_archive": from_archive})
        try:
            closed = close_interrupted_runs(engine, ended, current=run_id)
            if closed:
                run.logger.warning("runs that ended without recording their end are now marked interrupted: %s",
                                   ", ".join(closed))
        except Exception as e:  # noqa: BLE001 - bookkeeping of past runs must not stop this one
            run.logger.warning("could not check for interrupted runs: %s", e)
        upsert_sources(engine, sources)
        return run

    @property
    def keep_marks(self) -> bool:
        """A backfill (a date range) records its success but leaves the marks of the scheduled runs alone."""
        return self.since is not None or self.until is not None

    def plan_failed(self, source: SourceConfig, error: BaseException) -> SourceReport:
        """The source as a whole could not be read (after its retries)."""
        reason = f"{type(error).__name__}: {error}"
        self.logger.error("source %s failed: %s", source.name, reason)
        self._note_down(error)
        self._record_failure(source.name, reason)
        self.reports[source.name] = SourceReport(source=source.name, error=reason)
        return self.reports[source.name]

    def batches_done(self, source: SourceConfig, plan: Plan, outcomes: list[SourceReport | BaseException]
                     ) -> SourceState | None:
        """Merge what the source's batches did (a report, or the exception a batch raised); returns the state to
        save, or None when none is to be saved (a batch failed: the source fails; or a re-extraction)."""
        report = SourceReport(source=source.name, requests=plan.requests, not_modified=plan.not_modified,
                              failures=[f"{f.url}: {f.reason}" for f in plan.failures])
        parts = [o for o in outcomes if isinstance(o, SourceReport)]
        for part in parts:
            report.add(part)
        self.reports[source.name] = report
        errors = [o for o in outcomes if isinstance(o, BaseException)]
        if report.failures:  # one line per source, however many items failed (a 60,000-item feed...)
            self.logger.warning("source %s: %s", source.name, failures_line(report.failures))
        if errors:
            self.source_failed(source, errors[0])
            return None
        if self.from_archive:
            return None
        return pipeline.settle(plan, parts)

    def source_failed(self, source: SourceConfig, error: BaseException) -> None:
        """A batch or the saving of the state failed: the source fails, its state does not move."""
        report = self.reports.setdefault(source.name, SourceReport(source=source.name))
        down = self._note_down(error)
        report.error = f"warehouse unreachable: {down}" if down else f"{type(error).__name__}: {error}"
        self.logger.error("source %s failed while loading: %s", source.name, report.error)
        self._record_failure(source.name, report.error)

    def finish(self) -> dict:
        """Close the run row and return the summary (also when the warehouse is gone: then it says so)."""
        from seizure_stats.warehouse.loader import finish_run

        reports = [self.reports.get(s.name) or SourceReport(source=s.name) for s in self.sources]
        summary = summarize(self.flow, self.run_id, reports, _freshness(self.engine, self.sources))
        try:
            finish_run(self.engine, self.run_id, "failed" if summary["failed_sources"] else "completed",
                       {k: summary[k] for k in ("documents", "figures", "quarantined")},
                       {r.source: r.error for r in reports if r.error})
        except Exception as e:
            if self._note_down(e) is None:
                raise
            self.logger.error("could not record the end of the run: the warehouse is unreachable (%s)",
                              self.warehouse_error)
        gone = _sqlite_file_gone(self.engine)
        if gone:  # writes went to an unlinked file: nothing of this run is in the warehouse any more
            self.warehouse_error = f"the SQLite file {gone} was deleted during the run; what it loaded is lost"
            self.logger.error("%s", self.warehouse_error)
        summary["warehouse_error"] = self.warehouse_error
        return summary

    def _note_down(self, error: BaseException) -> str | None:
        down = unreachable_reason(error)
        if down:
            self.warehouse_error = down
        return down

    def _record_failure(self, name: str, reason: str) -> None:
        try:
            pipeline.record_failure(self.engine, name, reason)
        except Exception as e:
            if self._note_down(e) is None:
                raise
            self.logger.error("could not record the failure of %s: the warehouse is unreachable (%s)", name,
                              self.warehouse_error)


def failures_line(failures: list[str]) -> str:
    """Item failures of one source as one line: the count, the commonest reasons, one example."""
    from collections import Counter

    reasons = Counter(f.split(": ", 1)[-1] for f in failures)
    common = ", ".join(f"{reason} ({n})" for reason, n in reasons.most_common(3))
    more = f", {len(reasons) - 3} other reasons" if len(reasons) > 3 else ""
    return f"{len(failures)} item(s) failed: {common}{more}; e.g. {failures[0]}"[:1000]


def outcome(summary: dict) -> tuple[str, str]:
    """How the run ends: ("failed", why) when every source failed (or there were sources and none loaded because
    the warehouse was lost), else ("completed", a message naming the failed sources if any)."""
    rows = summary["sources"]
    failed = summary["failed_sources"]
    if rows and len(failed) == len(rows):
        reasons = "; ".join(f"{r['source']}: {r['error']}" for r in rows)
        return "failed", f"every source failed ({len(rows)}): {reasons}"[:1000]
    if failed:
        return "completed", f"{len(failed)} of {len(rows)} sources failed: {', '.join(failed)}"
    return "completed", f"{len(rows)} sources loaded"


def _sqlite_file_gone(engine: Engine) -> str | None:
    import os

    path = engine.url.database if engine.dialect.name == "sqlite" else None
    return path if path and path != ":memory:" and not os.path.exists(path) else None


def _freshness(engine: Engine, sources: list[SourceConfig]) -> dict[str, dict]:
    """Each source's freshness after the run (stale: nothing new for longer than its warn_after_days)."""
    from seizure_stats.warehouse.state import freshness

    try:
        return {row["source"]: row for row in freshness(engine, sources)}
    except Exception:  # noqa: BLE001 - the warehouse may be gone; the summary is still worth publishing
        return {}


def summarize(flow_name: str, run_id: str, reports: list[SourceReport], fresh: dict[str, dict] | None = None) -> dict:
    fresh = fresh or {}
    rows = [{"source": r.source, "status": "failed" if r.error else "ok", "documents": r.documents,
             "figures": r.figures, "quarantined": r.quarantined, "requests": r.requests,
             "not_modified": r.not_modified, "item_failures": len(r.failures),
             "quarantine_by_check": ", ".join(f"{k}: {v}" for k, v in sorted(r.quarantine_by_check.items())),
             "freshness": fresh.get(r.source, {}).get("state", ""),
             "last_new_document": fresh.get(r.source, {}).get("last_new_document") or "",
             "error": r.error or ""} for r in reports]
    return {
        "flow": flow_name,
        "run_id": run_id,
        "documents": sum(r.documents for r in reports),
        "figures": sum(r.figures for r in reports),
        "quarantined": sum(r.quarantined for r in reports),
        "failed_sources": [r.source for r in reports if r.error],
        "stale_sources": [name for name, row in fresh.items() if row.get("stale")],
        "sources": rows,
    }
