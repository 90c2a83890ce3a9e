"""Warehouse-level quality: is the warehouse as right as the extractor on the same documents?

    .venv/bin/python benchmarks/warehouse_quality.py [--gold ../shared/eval/dev] [--keep DIR] [--show-misses]

1. serves the labelled documents with `<eval>/e2e/serve.py --gold GOLD` on 127.0.0.1 (RSS feed + HTML article
   pages with page furniture), as its own process;
2. runs `seizure-stats run` (the Prefect ingest flow, as users run it) with a sources file holding one feed source
   pointing at its /rss.xml, into a fresh SQLite warehouse;
3. scores the loaded figures: `<eval>/e2e/wh2pred.py` + `<eval>/score.py --pred`;
4. scores the extractor alone on the labelled texts: `score.py --cmd 'seizure-stats extract --json {files}'`;
5. lists every quarantined figure that matches a gold figure (value, metric, unit, category, country as the
   scorer matches them): a true figure quarantined is a bug of the check that quarantined it.

Prints both F1 lines and the list; exits 1 when the warehouse F1 is below the extractor's or a required true
figure is quarantined. Needs the evaluation folder (default: ../shared/eval next to the project); not a unit test.
"""
from __future__ import annotations

import argparse
import json
import os
import re
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_EVAL = ROOT.parent / "shared" / "eval"
F1_LINE = re.compile(r"figures\s+precision ([\d.]+)\s+recall ([\d.]+)\s+F1 ([\d.]+)")


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_for(url: str, timeout: float = 20.0) -> None:
    end = time.monotonic() + timeout
    while True:
        try:
            with urllib.request.urlopen(url, timeout=2) as r:
                r.read()
            return
        except OSError:
            if time.monotonic() > end:
                raise
            time.sleep(0.2)


def score(eval_dir: Path, gold: Path, *, pred: Path | None = None, cmd: str | None = None,
          show_misses: bool = False) -> tuple[dict, str]:
    args = [sys.executable, str(eval_dir / "score.py"), "--gold", str(gold)]
    args += ["--pred", str(pred)] if pred else ["--cmd", cmd]
    if show_misses:
        args.append("--show-misses")
    else:
        args.append("--quiet")
    out = subprocess.run(args, capture_output=True, text=True, cwd=ROOT, check=True).stdout
    m = F1_LINE.search(out)
    return {"precision": float(m.group(1)), "recall": float(m.group(2)), "f1": float(m.group(3))}, out


def _load_scorer(eval_dir: Path):
    import importlib.util

    spec = importlib.util.spec_from_file_location("eval_score", eval_dir / "score.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def quarantined_true(eval_dir: Path, gold: Path, pred_with_q: Path) -> list[dict]:
    """Quarantined figures that equal a gold figure not already matched by a loaded figure."""
    scorer = _load_scorer(eval_dir)
    golds = scorer.load_gold(gold)
    out = []
    for line in pred_with_q.read_text(encoding="utf-8").splitlines():
        doc = json.loads(line)
        g = golds.get(doc["document"])
        if g is None:
            continue
        loaded = [f for f in doc["figures"] if not f.get("quarantined")]
        free = [x for x in g["figures"] if not any(scorer.figure_matches(x, f) for f in loaded)]
        for f in doc["figures"]:
            if not f.get("quarantined"):
                continue
            hit = next((x for x in free if scorer.figure_matches(x, f)), None)
            if hit is not None:
                out.append({"document": doc["document"], "check": f["quarantined"], "optional": bool(hit.get("optional")),
                            **{k: f.get(k) for k in ("metric", "value", "unit", "qualifier", "object", "category",
                                                     "country")}})
    return out


def servable(gold: Path, workdir: Path) -> Path:
    """The served copy of the gold: serve.py puts `title` in the feed and fails on a null one (held-out texts
    whose page showed no title), so those get the text's first line, which the article page shows as its title."""
    docs = {p.name: json.loads(p.read_text(encoding="utf-8")) for p in sorted(gold.glob("*.json"))}
    if all(isinstance(d.get("title"), str) for d in docs.values()):
        return gold
    out = workdir / "served"
    out.mkdir(exist_ok=True)
    for name, d in docs.items():
        if not isinstance(d.get("title"), str):
            d["title"] = next((line.strip() for line in d["text"].splitlines() if line.strip()), "")
        (out / name).write_text(json.dumps(d, ensure_ascii=False), encoding="utf-8")
    return out


def run(gold: Path, eval_dir: Path, workdir: Path, show_misses: bool) -> dict:
    port = free_port()
    served = servable(gold, workdir)
    server = subprocess.Popen([sys.executable, str(eval_dir / "e2e" / "serve.py"), "--gold", str(served),
                               "--port", str(port)], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        base = f"http://127.0.0.1:{port}"
        wait_for(f"{base}/rss.xml")
        sources = workdir / "sources.toml"
        sources.write_text(f'[[source]]\nname = "newsroom"\nkind = "feed"\nurl = "{base}/rss.xml"\n'
                           'allow_private = true\nauthority = "agency"\n', encoding="utf-8")
        data = workdir / "data"
        env = {**os.environ, "SEIZURE_STATS_DATA_DIR": str(data), "SEIZURE_STATS_SOURCES_FILE": str(sources),
               "SEIZURE_STATS_DATABASE_URL": f"sqlite:///{data / 'warehouse.db'}", "SEIZURE_STATS_PROGRESS": "plain",
               "PREFECT_HOME": str(workdir / "prefect"), "PREFECT_SERVER_ANALYTICS_ENABLED": "false"}
        t0 = time.perf_counter()
        proc = subprocess.run([str(ROOT / ".venv" / "bin" / "seizure-stats"), "run"], env=env, cwd=ROOT,
                              capture_output=True, text=True)
        wall = time.perf_counter() - t0
        if proc.returncode != 0:
            sys.stderr.write(proc.stdout[-3000:] + proc.stderr[-3000:])
            raise SystemExit(f"seizure-stats run exited {proc.returncode}")
    finally:
        server.terminate()
        server.wait(10)
    db = data / "warehouse.db"
    pred, pred_q = workdir / "pred.jsonl", workdir / "pred_q.jsonl"
    wh2pred = eval_dir / "e2e" / "wh2pred.py"
    subprocess.run([sys.executable, str(wh2pred), str(db), str(pred)], check=True, capture_output=True)
    subprocess.run([sys.executable, str(wh2pred), str(db), str(pred_q), "--with-quarantine"], check=True,
                   capture_output=True)
    warehouse, wh_out = score(eval_dir, gold, pred=pred, show_misses=show_misses)
    extractor, ex_out = score(eval_dir, gold, cmd=".venv/bin/seizure-stats extract --json {files}",
                              show_misses=show_misses)
    import sqlite3

    con = sqlite3.connect(db)
    by_check = dict(con.execute("SELECT check_name, count(*) FROM quarantine WHERE stage = 'validate' "
                                "GROUP BY check_name").fetchall())
    flags = con.execute("SELECT flags, count(*) FROM figure WHERE flags IS NOT NULL AND flags != '' "
                        "AND flags != '[]' GROUP BY flags").fetchall()
    con.close()
    return {"warehouse": warehouse, "extractor": extractor, "run_seconds": round(wall, 1),
            "quarantine_by_check": by_check, "flags": dict(flags),
            "true_quarantined": quarantined_true(eval_dir, gold, pred_q),
            "_outputs": (wh_out, ex_out)}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--eval", type=Path, default=DEFAULT_EVAL, help="the evaluation folder (score.py, e2e/)")
    ap.add_argument("--gold", type=Path, default=None, help="labelled documents (default: EVAL/dev)")
    ap.add_argument("--keep", type=Path, default=None, help="work in this folder and keep the warehouse")
    ap.add_argument("--show-misses", action="store_true", help="print both scorers' per-document misses")
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args()
    gold = (args.gold or args.eval / "dev").resolve()
    if not (args.eval / "score.py").exists() or not gold.is_dir():
        print(f"no evaluation folder at {args.eval}", file=sys.stderr)
        return 2
    with tempfile.TemporaryDirectory() as tmp:
        workdir = args.keep or Path(tmp)
        workdir.mkdir(parents=True, exist_ok=True)
        result = run(gold, args.eval.resolve(), workdir.resolve(), args.show_misses)
    wh_out, ex_out = result.pop("_outputs")
    if args.show_misses:
        print("== warehouse ==\n" + wh_out + "\n== extractor ==\n" + ex_out)
    if args.json:
        print(json.dumps(result, indent=1))
    else:
        for name in ("warehouse", "extractor"):
            s = result[name]
            print(f"{name:10} precision {s['precision']:.3f}  recall {s['recall']:.3f}  F1 {s['f1']:.3f}")
        print(f"run {result['run_seconds']} s; quarantined by check: {result['quarantine_by_check']}")
        print(f"flags on loaded figures: {result['flags']}")
        print(f"true figures quarantined: {len(result['true_quarantined'])}")
        for q in result["true_quarantined"]:
            print("   ", json.dumps(q, ensure_ascii=False))
    bad = [q for q in result["true_quarantined"] if not q["optional"]]
    return 1 if bad or result["warehouse"]["f1"] < result["extractor"]["f1"] else 0


if __name__ == "__main__":
    sys.exit(main())
