"""A second ingest run with nothing new: how long it takes and which HTTP requests it makes.

    .venv/bin/python benchmarks/rerun.py [--n 1000 10000] [--db sqlite postgresql]

The N documents of benchmarks/_common.py (7 RSS feeds + N pages on a local server, each with an ETag) are first
ingested by the real flow (flows.ingest.ingest); then the server's counters are reset and the same ingest runs
again (`flow rerun`), and once more through the plain stage functions (`plain rerun`: what the flow's tasks do, without
Prefect). Expected: one conditional request per feed (answered 304), no page fetched, nothing loaded.
Then (--latest K) the feeds switch to listing only their newest K items, as real newsroom feeds do while the archive
keeps growing: one run sees the changed feeds (a 200 per feed, no page), the next ones get 304s again.
The Prefect API server (ephemeral, started by the first flow run) is not part of the timings. Not a test.
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


def child(db: str, base: str, workdir: Path, sources: int, latest: int) -> dict:
    sources_file = c.write_sources(workdir / "sources.toml", base, sources)
    out = {"labels": ["first"]}
    with c.database(db, workdir) as url:
        c.configure(url, workdir / "data", sources_file)
        from flows.ingest import ingest
        from pipeline import plain_run
        from prefect import flow

        flow(name="bench-warmup")(lambda: 1)()  # starts the ephemeral Prefect API server, outside the timings
        t0 = time.perf_counter()
        first = ingest()
        out["first"] = {"wall": time.perf_counter() - t0, "documents": first["documents"],
                        "server": c.server_stats(base)}
        runs = [("flow rerun", ingest), ("plain rerun", plain_run)]
        if latest:
            runs += [(f"latest {latest}: flow rerun (feeds changed)", ingest),
                     (f"latest {latest}: flow rerun", ingest), (f"latest {latest}: plain rerun", plain_run)]
        for label, run in runs:
            if label.startswith("latest") and "changed" in label:
                c.set_latest(base, latest)
            c.server_stats(base, reset=True)
            t0 = time.perf_counter()
            summary = run()
            wall = time.perf_counter() - t0
            out["labels"].append(label)
            out[label] = {"wall": wall, "documents": summary["documents"],
                          "client_requests": sum(r["requests"] for r in summary["sources"]),
                          "server": c.server_stats(base)}
    return out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--n", type=int, nargs="+", default=[1000])
    ap.add_argument("--db", nargs="+", default=["sqlite", "postgresql"], choices=["sqlite", "postgresql"])
    ap.add_argument("--sources", type=int, default=7)
    ap.add_argument("--latest", type=int, default=50,
                    help="then make the feeds list only their newest K items (as real feeds do) and run again; 0: skip")
    ap.add_argument("--child", nargs=3, metavar=("DB", "BASE", "WORKDIR"), help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.child:
        db, base, workdir = args.child
        print(json.dumps(child(db, base, Path(workdir), args.sources, args.latest)))
        return 0
    rows = []
    for n in args.n:
        for db in args.db:
            with c.serve(n, args.sources) as base, tempfile.TemporaryDirectory(prefix="bench-rerun-") as tmp:
                r = c.run_child(Path(__file__), ["--sources", str(args.sources), "--latest", str(args.latest),
                                                          "--child", db, base, tmp])
            for label in r["labels"]:
                x = r[label]
                s = x["server"]
                rows.append([n, db, label, f"{x['wall']:.2f}", x["documents"], s["requests"], s["conditional"],
                             s.get("status_304", 0), s.get("status_200", 0), f"{s['bytes'] / 1e6:.2f}"])
            print(f"# n={n} {db}: rerun {r['flow rerun']['wall']:.2f} s", file=sys.stderr, flush=True)
    print(c.table(["N", "db", "run", "wall s", "documents loaded", "HTTP requests", "conditional", "304", "200",
                   "MB downloaded"], rows))
    return 0


if __name__ == "__main__":
    sys.exit(main())
