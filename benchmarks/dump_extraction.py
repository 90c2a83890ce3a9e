"""Every figure the extractor gives on the dev and held-out texts, all fields and reasons, as JSON lines: the
byte-identical check for changes that must not change the output (speed work, refactoring).

    PYTHONPATH=$PWD .venv/bin/python benchmarks/dump_extraction.py > /tmp/before.jsonl
    ... change ...
    PYTHONPATH=$PWD .venv/bin/python benchmarks/dump_extraction.py > /tmp/after.jsonl && cmp /tmp/before.jsonl /tmp/after.jsonl

Each text is read twice: as `seizure-stats extract FILE` reads it (no hints: what score.py measures) and with the
hints a pipeline run gives (the file's url, title, published date and language), so both paths are covered.
Not a test.
"""
from __future__ import annotations

import argparse
import json
import sys
from dataclasses import asdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from seizure_stats.extraction import extract  # noqa: E402

def default_sets() -> list[Path]:
    """The shared dev set and the held-out sets of the main checkout (a worktree may not carry eval/)."""
    shared = Path("/work/shared/eval/dev")
    main = Path("/work/main/eval")
    return [shared, *sorted(main.glob("heldout-real*"))]


def hints(doc: dict) -> dict:
    """What a pipeline run would pass: the source address (its first word: some carry a note), title, date."""
    source = (doc.get("source") or "").split()
    return {"url": source[0] if source and source[0].startswith("http") else None,
            "title": doc.get("title"), "published": doc.get("published"), "language": doc.get("language")}


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("folders", nargs="*", type=Path, help="folders of *.json texts (default: dev and held-out sets)")
    args = ap.parse_args()
    out = sys.stdout
    for folder in args.folders or default_sets():
        for path in sorted(folder.glob("*.json")):
            doc = json.loads(path.read_text(encoding="utf-8"))
            for mode, kwargs in (("cli", {}), ("hints", hints(doc))):
                result = extract(doc["text"], **kwargs)
                head = {k: v for k, v in asdict(result).items() if k != "figures"}
                out.write(json.dumps({"file": f"{folder.name}/{path.name}", "mode": mode, **head},
                                     ensure_ascii=False) + "\n")
                for f in result.figures:
                    out.write(json.dumps(f.as_dict(), ensure_ascii=False) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
