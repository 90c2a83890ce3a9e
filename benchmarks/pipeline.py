"""End-to-end throughput of the ingest flow, against the same work done by the plain stage functions.

    .venv/bin/python benchmarks/pipeline.py [--n 1000 10000] [--db sqlite postgresql] [--repeat 1]

N documents in seven languages (benchmarks/_common.py) are served by a local HTTP server (own process, 127.0.0.1)
as 7 RSS feeds (one source per language) + one HTML page each, and ingested into a fresh warehouse
(SQLite file, or a fresh PostgreSQL schema dropped afterwards):

- `flow`: flows.ingest.ingest() as `seizure-stats run` calls it (Prefect 3, ephemeral API server started before
  the clock starts, settings from SEIZURE_STATS_* env vars; sources fetched in parallel by the thread runner);
- `flow1`: the same with SEIZURE_STATS_TASK_WORKERS=1 (one task at a time: the Prefect overhead alone);
- `plain`: the same stages called in a loop without Prefect: pipeline.plan, then pipeline.ingest_batch per batch
  of Settings.batch_size (fetch the pages -> extract_documents -> validate_and_load), then settle + save_progress.

Every run is a fresh interpreter, so `peak RSS` is that run's own maximum resident memory. Stage times are the
summed wall time inside pipeline.plan and collect.fetch_batch (HTTP + page text + archive), pipeline.extract_documents,
validation.validate and loader.load; with several sources in parallel threads they can add up to more than the
wall time. Prefect overhead = (flow wall - plain wall) / plain wall. Not a test.
"""
from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import _common as c


def child(mode: str, db: str, base: str, workdir: Path, sources: int) -> dict:
    sources_file = c.write_sources(workdir / "sources.toml", base, sources)
    with c.database(db, workdir) as url:
        c.configure(url, workdir / "data", sources_file, **({"task_workers": 1} if mode == "flow1" else {}))
        startup = 0.0
        if mode != "plain":
            from prefect import flow

            from flows.ingest import ingest

            @flow(name="bench-warmup")
            def warmup() -> int:
                return 1

            t0 = time.perf_counter()
            warmup()  # starts the ephemeral Prefect API server: not part of the measured run
            startup = time.perf_counter() - t0
        rss_before = c.max_rss_mib()
        with c.StageTimer() as timer:
            t0 = time.perf_counter()
            summary = plain_run() if mode == "plain" else ingest()
            wall = time.perf_counter() - t0
    rows = summary["sources"]
    return {"mode": mode, "db": db, "wall": wall, "startup": startup, "stages": timer.seconds,
            "documents": summary["documents"], "figures": summary["figures"], "quarantined": summary["quarantined"],
            "requests": sum(r["requests"] for r in rows), "failed": summary["failed_sources"],
            "rss_before": rss_before, "rss": c.max_rss_mib()}


def plain_run() -> dict:
    """What run_sources does, one source after the other, without Prefect."""
    from seizure_stats import pipeline
    from seizure_stats.settings import get_settings
    from seizure_stats.sources.config import load_sources
    from seizure_stats.warehouse.db import get_engine, migrate
    from seizure_stats.warehouse.loader import finish_run, start_run, upsert_sources

    settings = get_settings()
    engine = get_engine(settings.url)
    migrate(engine)
    sources = load_sources(settings.sources_file)
    run_id = f"plain-{time.time():.0f}"
    start_run(engine, run_id, "plain", {})
    upsert_sources(engine, sources)
    reports = []
    for source in sources:
        plan = pipeline.plan(source, settings=settings, engine=engine)
        report = pipeline.SourceReport(source=source.name, requests=plan.requests)
        parts = [pipeline.ingest_batch(batch, source, settings=settings, engine=engine, run_id=run_id)
                 for batch in plan.batches(settings.batch_size)]
        for part in parts:
            report.add(part)
        pipeline.save_progress(engine, pipeline.settle(plan, parts), report.new_documents)
        reports.append(report)
    finish_run(engine, run_id, "completed", {})
    return {"documents": sum(r.documents for r in reports), "figures": sum(r.figures for r in reports),
            "quarantined": sum(r.quarantined for r in reports), "failed_sources": [],
            "sources": [{"requests": r.requests} for r in reports]}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--n", type=int, nargs="+", default=[1000])
    ap.add_argument("--db", nargs="+", default=["sqlite", "postgresql"], choices=["sqlite", "postgresql"])
    ap.add_argument("--repeat", type=int, default=1, help="runs of each mode (the table shows medians)")
    ap.add_argument("--sources", type=int, default=7)
    ap.add_argument("--modes", nargs="+", default=["plain", "flow", "flow1"], choices=["plain", "flow", "flow1"],
                    help="flow: default task runner (4 threads); flow1: SEIZURE_STATS_TASK_WORKERS=1")
    ap.add_argument("--json", type=Path, help="also write the raw results here")
    ap.add_argument("--child", nargs=4, metavar=("MODE", "DB", "BASE", "WORKDIR"), help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.child:
        mode, db, base, workdir = args.child
        print(json.dumps(child(mode, db, base, Path(workdir), args.sources)))
        return 0

    results = []
    for n in args.n:
        for db in args.db:
            with c.serve(n, args.sources) as base:
                for rep in range(args.repeat):
                    for mode in (args.modes if rep % 2 == 0 else list(reversed(args.modes))):
                        with tempfile.TemporaryDirectory(prefix="bench-pipeline-") as tmp:
                            r = c.run_child(Path(__file__), ["--sources", str(args.sources),
                                                              "--child", mode, db, base, tmp])
                        r["n"] = n
                        results.append(r)
                        print(f"# n={n} {db} {mode}: {r['wall']:.1f} s, {r['documents']} documents, "
                              f"{r['figures']} figures, rss {r['rss']:.0f} MiB", file=sys.stderr, flush=True)
    if args.json:
        args.json.write_text(json.dumps(results, indent=1))
    print(report(results))
    return 0


def report(results: list[dict]) -> str:
    rows, ratio_rows = [], []
    keys = sorted({(r["n"], r["db"]) for r in results}, key=lambda k: (k[0], k[1] != "sqlite"))
    for n, db in keys:
        walls = {}
        for mode in ("plain", "flow", "flow1"):
            rs = [r for r in results if r["n"] == n and r["db"] == db and r["mode"] == mode]
            if not rs:
                continue
            wall = c.median([r["wall"] for r in rs])
            walls[mode] = wall
            st = {k: c.median([r["stages"][k] for r in rs]) for k in c.StageTimer.STAGES}
            rest = wall - sum(st.values())
            rows.append([n, db, mode, len(rs), rs[0]["documents"], rs[0]["figures"], f"{wall:.1f}",
                         f"{rs[0]['documents'] / wall:.0f}", *(f"{st[k]:.1f}" for k in c.StageTimer.STAGES),
                         f"{rest:.1f}", f"{c.median([r['rss'] for r in rs]):.0f}",
                         f"{c.median([r['startup'] for r in rs]):.1f}" if mode != "plain" else "-"])
        for mode in ("flow", "flow1"):
            if "plain" in walls and mode in walls:
                ratio_rows.append([n, db, mode, f"{walls['plain']:.1f}", f"{walls[mode]:.1f}",
                                   f"{walls[mode] / walls['plain']:.2f}",
                                   f"{100 * (walls[mode] - walls['plain']) / walls['plain']:+.0f} %"])
    out = c.table(["N", "db", "mode", "runs", "documents", "figures", "wall s", "docs/s", "fetch s", "extract s",
                   "validate s", "load s", "other s", "peak RSS MiB", "prefect start s"], rows)
    if ratio_rows:
        out += "\n\n" + c.table(["N", "db", "flow mode", "plain wall s", "flow wall s", "flow / plain",
                                 "Prefect overhead"],
                                ratio_rows)
    return out


if __name__ == "__main__":
    sys.exit(main())
