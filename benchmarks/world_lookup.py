"""Cost of the world-knowledge lookups (agencies, places, currency, URL) the extractor adds per document.

    .venv/bin/python benchmarks/world_lookup.py [--dev ../shared/eval/dev] [--rounds 20]

Prints the one-time load of each table and the CPU time per document of find_agencies + find_places (each
round adds a space to every text so that the per-document token cache cannot serve a repeat). The extractor's
budget is 300 documents per CPU-second, i.e. 3.3 ms per document for everything. With the dev set at hand it
also prints how often a naive vote of the evidence (URL 3, each agency 2, each place 1, split among a name's
candidates, weak and international hits left out) names the labelled majority country: a yardstick for the
evidence itself, not for the extractor, which weighs it its own way. Not a test.
"""
from __future__ import annotations

import argparse
import json
import os
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from seizure_stats.extraction import world  # noqa: E402


def _synthetic() -> list[str]:
    """Texts written for this benchmark when no dev set is at hand (~2-5 KB, a few names each)."""
    base = ("Officers of the customs service inspected containers at the port after a risk analysis. "
            "The shipment had left Guayaquil three weeks earlier and was declared as fresh fruit. ")
    names = " The DIAN, the Guardia Civil and Border Force exchanged information; the cargo reached Antwerp. "
    return [(base * (8 + i % 20)) + names for i in range(50)]


def naive_vote(text: str, url: str | None) -> str | None:
    votes: dict[str, float] = {}
    cc = world.country_of_url(url or "")
    if cc:
        votes[cc] = 3.0
    for weight, hits in ((2.0, world.find_agencies(text)), (1.0, world.find_places(text))):
        for h in hits:
            if h.weak or h.international or not h.countries:
                continue
            for c in h.countries:
                votes[c] = votes.get(c, 0.0) + weight / len(h.countries)
    return max(votes, key=votes.get) if votes else None


def agreement(dev: Path) -> tuple[int, int]:
    """(documents whose vote is the labelled majority country, documents with a labelled country)."""
    from collections import Counter
    agree = total = 0
    for p in sorted(dev.glob("*.json")):
        doc = json.loads(p.read_text(encoding="utf-8"))
        gold = Counter(f["country"] for f in doc.get("figures", []) if isinstance(f.get("country"), str))
        if gold:
            total += 1
            agree += naive_vote(doc["text"], doc.get("source")) == gold.most_common(1)[0][0]
    return agree, total


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--dev", type=Path, default=ROOT.parent / "shared" / "eval" / "dev")
    ap.add_argument("--rounds", type=int, default=20)
    args = ap.parse_args()
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {sorted(os.sched_getaffinity(0))[0]})  # one core
    texts = [json.loads(p.read_text(encoding="utf-8"))["text"] for p in sorted(args.dev.glob("*.json"))]
    source = f"{len(texts)} dev texts" if texts else "50 synthetic texts"
    texts = texts or _synthetic()

    import tracemalloc
    loads = {}
    for name, fn in (("agencies", world._agency_index), ("places", world._place_index),
                     ("currencies", world._currency_tables), ("domains", world._domains)):
        t0 = time.perf_counter()
        fn()
        loads[name] = time.perf_counter() - t0
    # memory: the same loads again under tracemalloc (which slows them down, hence not timed)
    tables = (world._agency_index, world._place_index, world._places_config, world._currency_tables, world._domains)
    for fn in tables:
        fn.cache_clear()
    tracemalloc.start()
    for fn in (world._agency_index, world._place_index, world._currency_tables, world._domains):
        fn()
    table_mib = tracemalloc.get_traced_memory()[0] / 2 ** 20
    tracemalloc.stop()

    hits = 0
    rounds = []
    for r in range(args.rounds):
        pad = " " * r
        c0 = time.process_time()
        for text in texts:
            t = text + pad
            hits += len(world.find_agencies(t)) + len(world.find_places(t))
        rounds.append(time.process_time() - c0)
    cpu = sum(rounds)
    best = min(rounds) / len(texts)
    n = args.rounds * len(texts)

    for cc in ("CO", "SN", "IN", None):       # first calls load babel's territory data
        world.currency_for("$", cc, "es")
    c1 = time.process_time()
    for _ in range(args.rounds):
        for cc in ("CO", "SN", "IN", None):
            world.currency_for("$", cc, "es")
            world.country_of_url("https://www.example.gov.co/news")
    other = (time.process_time() - c1) / (args.rounds * 4) * 1e6

    rows = [
        ("texts", source),
        ("mean characters / text", f"{sum(map(len, texts)) / len(texts):,.0f}"),
        *((f"load {k} (s)", f"{v:.3f}") for k, v in loads.items()),
        ("load total (s)", f"{sum(loads.values()):.3f}"),
        ("memory held by the loaded tables (MiB, tracemalloc)", f"{table_mib:.1f}"),
        ("agencies + places per document (ms CPU)", f"{cpu / n * 1000:.3f}"),
        ("the same, best round (a loaded machine disturbs it less)", f"{best * 1000:.3f}"),
        ("documents / CPU-s (lookups alone)", f"{n / cpu:,.0f}"),
        ("share of the 3.3 ms budget", f"{cpu / n / (1 / 300):.0%}"),
        ("hits / document", f"{hits / n:.1f}"),
        ("one currency_for + one country_of_url (µs)", f"{other:.1f}"),
    ]
    if args.dev.is_dir():
        agree, total = agreement(args.dev)
        rows.append(("naive evidence vote = labelled country", f"{agree}/{total} documents"))
    width = max(len(k) for k, _ in rows)
    for k, v in rows:
        print(f"{k:<{width}}  {v}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
