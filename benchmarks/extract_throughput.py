"""Throughput of the figure extractor alone, on one core: the dev texts repeated to ~5,000 documents.

    .venv/bin/python benchmarks/extract_throughput.py [--docs 5000] [--dev ../shared/eval/dev] [--traced 300]

Prints a table (documents/s, characters/s, figures, peak memory; documents per CPU-second over the whole run and
as the best of a few short rounds, which a loaded machine disturbs less). Target: >= 300 documents per CPU-second.
Not a test.
"""
from __future__ import annotations

import argparse
import json
import os
import resource
import sys
import time
import tracemalloc
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from seizure_stats.extraction import EXTRACTOR_VERSION, extract  # noqa: E402


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--docs", type=int, default=5000)
    ap.add_argument("--dev", type=Path, default=ROOT.parent / "shared" / "eval" / "dev")
    ap.add_argument("--rounds", type=int, default=7, help="rounds of the dev texts x10 for the best-of CPU figure")
    ap.add_argument("--traced", type=int, default=None,
                    help="documents of the pass under tracemalloc, for peak memory (default: all); tracing slows the "
                         "extractor ~15x, so a few hundred keep a run short on a shared machine")
    args = ap.parse_args()
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {sorted(os.sched_getaffinity(0))[0]})  # one core
    texts = [json.loads(p.read_text(encoding="utf-8"))["text"] for p in sorted(args.dev.glob("*.json"))]
    if not texts:
        print(f"no dev texts in {args.dev}", file=sys.stderr)
        return 2
    docs = (texts * (args.docs // len(texts) + 1))[:args.docs]
    t0 = time.perf_counter()
    extract(texts[0])  # loading: language model, language files
    load_s = time.perf_counter() - t0
    traced = docs[:args.traced] if args.traced else docs
    tracemalloc.start()
    t0 = time.perf_counter()
    figures = 0
    for text in traced:
        figures += len(extract(text).figures)
    elapsed = time.perf_counter() - t0
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    # without tracemalloc's overhead; CPU time too, which a busy machine disturbs less than wall time
    t1, c1 = time.perf_counter(), time.process_time()
    for text in docs:
        extract(text)
    plain = len(docs) / (time.perf_counter() - t1)
    cpu = len(docs) / (time.process_time() - c1)
    # a loaded machine slows some rounds down: the best of several short rounds is the steadier figure
    chunk = docs[:max(1, min(len(docs), len(texts) * 10))]
    best = float("inf")
    for _ in range(args.rounds):
        c2 = time.process_time()
        for text in chunk:
            extract(text)
        best = min(best, time.process_time() - c2)
    cpu_best = len(chunk) / best if best > 0 else float("nan")
    chars = sum(len(t) for t in docs)
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    rows = [
        ("extractor version", EXTRACTOR_VERSION),
        ("documents", f"{len(docs)}"),
        ("mean characters / document", f"{chars / len(docs):,.0f}"),
        ("first call (loading)", f"{load_s:.2f} s"),
        (f"documents / s (traced, {len(traced)})", f"{len(traced) / elapsed:,.0f}"),
        ("documents / s (untraced, wall)", f"{plain:,.0f}"),
        ("documents / CPU-s (untraced)", f"{cpu:,.0f}"),
        (f"documents / CPU-s (best of {args.rounds} rounds)", f"{cpu_best:,.0f}"),
        ("characters / s (traced)", f"{sum(len(t) for t in traced) / elapsed:,.0f}"),
        (f"figures (traced pass, {len(traced)} documents)", f"{figures}"),
        ("peak traced memory", f"{peak / 2**20:.1f} MiB"),
        ("max RSS", f"{rss:.0f} MiB"),
    ]
    w = max(len(k) for k, _ in rows)
    print(f"{'measure':{w}}  value")
    print(f"{'-' * w}  {'-' * 12}")
    for k, v in rows:
        print(f"{k:{w}}  {v}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
