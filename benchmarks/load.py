"""Rows per second through the loader (seizure_stats.warehouse.loader.load) into SQLite and PostgreSQL.

    .venv/bin/python benchmarks/load.py [--rows 20000] [--figures-per-doc 5 50] [--batch 200] [--db sqlite postgresql]
                                        [--repeat 3]

Synthetic validated documents (text + figures with quotes and offsets, as the extractor makes them) are loaded in
batches of --batch documents (as the flow's load task does) into a fresh warehouse: a SQLite file, or a fresh
schema of the PostgreSQL test database (dropped afterwards). Two passes per configuration: `first` (new documents)
and `reload` (the same documents again: every figure replaced, the idempotent path). A figure row is one row of
the `figure` table; documents/s counts the `document` rows. Medians of --repeat runs. Not a test.
"""
from __future__ import annotations

import argparse
import random
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import _common as c

METRICS = [("seizures", "count", None, None), ("mass", "kg", "cocaine", "drugs"),
           ("items", "count", "cigarette", "tobacco"), ("arrests", "count", "person", None),
           ("participating_countries", "count", "country", None)]


def documents(n_docs: int, per_doc: int, seed: int = 0) -> list:
    from seizure_stats.model import Document, Figure

    rng = random.Random(seed)
    out = []
    for d in range(n_docs):
        sentences, figs, pos = [], [], 0
        for k in range(per_doc):
            metric, unit, obj, cat = METRICS[k % len(METRICS)]
            value = rng.randint(2, 90000) + k
            s = f"Officers reported {value} {obj or metric} in case {d}-{k} at the border."
            start = pos + s.index(str(value))
            figs.append(Figure(metric=metric, value=float(value), unit=unit, object=obj, category=cat,
                               country="FR", quote=s, start=start, end=start + len(str(value))))
            sentences.append(s)
            pos += len(s) + 1
        text = " ".join(sentences)
        out.append(Document(source="bench-load", kind="text", url=f"http://127.0.0.1/doc/{seed}/{d}", text=text,
                            title=f"Bulletin {d}", published="2024-03-01", language="en", country="FR",
                            fetched_at="2024-03-01T10:00:00+00:00", figures=figs))
    return out


def run(db: str, rows: int, per_doc: int, batch: int) -> dict:
    from seizure_stats.warehouse import loader
    from seizure_stats.warehouse.db import make_engine, migrate

    docs = documents(max(1, rows // per_doc), per_doc)
    out = {}
    with tempfile.TemporaryDirectory(prefix="bench-load-") as tmp, c.database(db, Path(tmp)) as url:
        engine = make_engine(url)
        migrate(engine)
        for label in ("first", "reload"):
            t0 = time.perf_counter()
            figures = 0
            for i in range(0, len(docs), batch):
                stats = loader.load(engine, docs[i:i + batch], [], run_id=f"bench-{label}", extractor_version="bench")
                figures += stats.figures
            elapsed = time.perf_counter() - t0
            out[label] = (elapsed, figures, len(docs))
        engine.dispose()
    return out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--rows", type=int, default=20000)
    ap.add_argument("--figures-per-doc", type=int, nargs="+", default=[5, 50])
    ap.add_argument("--batch", type=int, default=200, help="documents per load() call (Settings.batch_size)")
    ap.add_argument("--db", nargs="+", default=["sqlite", "postgresql"], choices=["sqlite", "postgresql"])
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args()
    table = []
    for db in args.db:
        for per_doc in args.figures_per_doc:
            runs = [run(db, args.rows, per_doc, args.batch) for _ in range(args.repeat)]
            for label in ("first", "reload"):
                secs = c.median([r[label][0] for r in runs])
                figures, ndocs = runs[0][label][1], runs[0][label][2]
                table.append([db, per_doc, label, ndocs, figures, f"{secs:.2f}", f"{figures / secs:,.0f}",
                              f"{ndocs / secs:,.0f}", len(runs)])
                print(f"# {db} {per_doc}/doc {label}: {secs:.2f} s", file=sys.stderr, flush=True)
    print(c.table(["db", "figures/doc", "pass", "documents", "figure rows", "seconds", "rows/s", "documents/s",
                   "runs"], table))
    return 0


if __name__ == "__main__":
    sys.exit(main())
