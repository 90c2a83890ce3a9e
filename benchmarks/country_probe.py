"""Country probe: does the extractor place a document's figures in the right country?

The scored sets rarely test this on texts from little-covered countries, or on texts that never name their
country (only an agency, a town, a port or a currency tells it). eval/country-probe/ holds such real texts with
the expected country written down before the extractor was run on them. For each text (read with no hints, as
`seizure-stats extract FILE` reads it) the document's country is the most common non-null country of its
figures (none when no figure has one); it is right when it equals the expected (main) country. Not a test.

    PYTHONPATH=$PWD .venv/bin/python benchmarks/country_probe.py [DIR] [-q]
"""
from __future__ import annotations

import json
import sys
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from seizure_stats.extraction import extract  # noqa: E402


def document_country(text: str) -> str | None:
    """The most common non-null figure country (the earliest on a tie), or None."""
    counts = Counter(f.country for f in extract(text).figures if f.country)
    return counts.most_common(1)[0][0] if counts else None


def main() -> None:
    args = [a for a in sys.argv[1:] if not a.startswith("-")]
    quiet = "-q" in sys.argv
    folder = Path(args[0]) if args else ROOT / "eval" / "country-probe"
    right, seen = defaultdict(int), defaultdict(int)
    for path in sorted(folder.glob("*.json")):
        doc = json.loads(path.read_text(encoding="utf-8"))
        expected = doc["country"] if isinstance(doc["country"], list) else [doc["country"]]
        got = document_country(doc["text"])
        ok = got == expected[0]
        for key in ("all", doc["language"]):
            seen[key] += 1
            right[key] += ok
        if not quiet or not ok:
            print(f"{'ok ' if ok else 'BAD'} {doc['language']} expected {'/'.join(expected):6} got {got or '-':3} {doc['id']}")
    for key in ["all"] + sorted(k for k in seen if k != "all"):
        print(f"{key:4} {right[key]:3}/{seen[key]:<3} {right[key] / seen[key]:.3f}")


if __name__ == "__main__":
    main()
