"""Extract the figures of text files and print them, without touching the warehouse. With --json, one JSON
object per document and line (the format shared/eval/score.py reads)."""
from __future__ import annotations

import argparse
import json
import sys
from dataclasses import asdict
from pathlib import Path

HELP = "extract figures from text files (no warehouse); --json for one JSON line per document"


def add_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("files", nargs="+", type=Path, help="text, Markdown or HTML files")
    p.add_argument("--json", action="store_true", help="one JSON object per document and line")
    p.add_argument("--language", help="language of the files (ISO 639-1); detected when omitted")
    p.add_argument("--country", help="the source's country (ISO 3166-1 alpha-2); weighed from the text when omitted")
    p.add_argument("--explain", action="store_true",
                   help="show why each figure is what it is: the rules that decided its metric, unit, category and "
                        "country, with the words of the text behind them")
    p.add_argument("--url", help="where the text was found: its country-code domain (.sn, .com.br) is evidence of the country")


def read_text(path: Path) -> str:
    data = path.read_bytes()
    if path.suffix.lower() in (".html", ".htm"):
        from seizure_stats.sources.text import html_to_text  # noqa: PLC0415
        return html_to_text(data)
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace")


def run(args: argparse.Namespace) -> int:
    from seizure_stats.extraction import extract  # noqa: PLC0415

    status = 0
    explain = getattr(args, "explain", False)
    for path in args.files:
        try:
            text = read_text(path)
        except OSError as e:
            print(f"seizure-stats extract: {path}: {e.strerror or e}", file=sys.stderr)
            status = 1
            continue
        result = extract(text, language=args.language, country=args.country, url=args.url)
        record = {"document": str(path), **{k: v for k, v in asdict(result).items() if k != "figures"},
                  "figures": [_figure_record(f, explain) for f in result.figures]}
        if args.json:
            print(json.dumps(record, ensure_ascii=False))
        else:
            print(f"# {path}  language={result.language} operation={result.operation} "
                  f"period={result.period_start}..{result.period_end}")
            for f in result.figures:
                where = f" {f.country}" if f.country else ""
                print(f"  {f.metric:24} {f.value:>14,.6g} {f.unit:5} {f.category or '-':12}{where}  «{f.quote[:80]}»")
                if explain:
                    for reason in f.reasons:
                        print(f"      {reason}")
    return status


def _figure_record(f, explain: bool) -> dict:
    record = f.as_dict()
    if not explain:
        record.pop("reasons", None)  # the default output stays what score.py and scripts read
    return record
