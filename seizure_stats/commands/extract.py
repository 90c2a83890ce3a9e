"""Extract the figures of text files and print them, without touching the warehouse. With --json (or
--format json), one JSON object per document and line (the format shared/eval/score.py reads); --format csv
gives one row per figure. Binary files (PDF, images, archives, office files) are refused, not read as text."""
from __future__ import annotations

import argparse
import csv
import json
import re
import sys
from dataclasses import asdict
from pathlib import Path

from seizure_stats.commands._args import wide_output
from seizure_stats.commands._errors import USAGE, CommandError, did_you_mean

HELP = "extract figures from text files (no warehouse); --json for one JSON line per document"
LANGUAGES = Path(__file__).resolve().parents[1] / "extraction" / "languages"
#: the first bytes of the binary formats people try first
MAGIC = {b"%PDF": "a PDF", b"PK\x03\x04": "a ZIP archive (or an office file: DOCX, XLSX, ODT)",
         b"\x89PNG": "a PNG image", b"GIF8": "a GIF image", b"\xff\xd8\xff": "a JPEG image",
         b"\x1f\x8b": "a gzip file", b"\xd0\xcf\x11\xe0": "an old office file (DOC, XLS)", b"\x7fELF": "a program"}
CSV_COLUMNS = ("document", "metric", "value", "unit", "qualifier", "category", "object", "country", "quote")


def add_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("files", nargs="+", type=Path, help="text, Markdown or HTML files")
    p.add_argument("--format", choices=("table", "csv", "json"), default="table",
                   help="table (default), csv (one row per figure) or json (one object per document and line)")
    p.add_argument("--json", action="store_const", const="json", dest="format", help="same as --format json")
    p.add_argument("--language", help="language of the files (ISO 639-1); detected when omitted")
    p.add_argument("--country", help="the source's country (ISO 3166-1 alpha-2); weighed from the text when omitted")
    p.add_argument("--explain", action="store_true",
                   help="show why each figure is what it is: the rules that decided its metric, unit, category and "
                        "country, with the words of the text behind them")
    p.add_argument("--url", help="where the text was found: its country-code domain (.sn, .com.br) is evidence of the country")


def binary_kind(data: bytes) -> str | None:
    """What a binary file is ("a PDF", ...), or None for text. Text has no NUL bytes and few control bytes."""
    for magic, kind in MAGIC.items():
        if data.startswith(magic):
            return kind
    head = data[:8192]
    if b"\x00" in head:
        return "a binary file"
    controls = sum(1 for b in head if b < 32 and b not in (9, 10, 12, 13, 27))
    return "a binary file" if head and controls / len(head) > 0.1 else None


def read_text(path: Path) -> str:
    data = path.read_bytes()
    kind = binary_kind(data)
    if kind:
        raise ValueError(f"{kind}, not text: extract reads text, Markdown or HTML files")
    if path.suffix.lower() in (".html", ".htm"):
        from seizure_stats.sources.text import html_to_text
        return html_to_text(data)
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace")


def check_arguments(args: argparse.Namespace) -> None:
    languages = sorted(p.stem for p in LANGUAGES.glob("*.yaml"))
    if args.language is not None and args.language not in languages:
        raise CommandError(f"--language {args.language!r} is not a language of the extractor"
                           f"{did_you_mean(args.language, languages)}; languages: {', '.join(languages)}")
    if args.country is not None and not re.fullmatch(r"[A-Z]{2}", args.country):
        hint = f" (did you mean {args.country.upper()!r}?)" if re.fullmatch(r"[a-z]{2}", args.country) else ""
        raise CommandError(f"--country {args.country!r} is not an ISO 3166-1 alpha-2 code such as 'FR'{hint}")


def run(args: argparse.Namespace) -> int:
    check_arguments(args)
    from seizure_stats.extraction import extract

    status, failed = 0, []
    explain = getattr(args, "explain", False)
    writer = None
    if args.format == "csv":
        writer = csv.writer(sys.stdout, lineterminator="\n")
        writer.writerow(CSV_COLUMNS + (("reasons",) if explain else ()))
    for path in args.files:
        try:
            text = read_text(path)
        except OSError as e:
            failed.append(f"{path}: {e.strerror or e}")
            continue
        except ValueError as e:
            failed.append(f"{path}: {e}")
            continue
        result = extract(text, language=args.language, country=args.country, url=args.url)
        if args.format == "json":
            record = {"document": str(path), **{k: v for k, v in asdict(result).items() if k != "figures"},
                      "figures": [_figure_record(f, explain) for f in result.figures]}
            print(json.dumps(record, ensure_ascii=False))
        elif writer is not None:
            for f in result.figures:
                writer.writerow([str(path), f.metric, plain_number(f.value), f.unit, f.qualifier, f.category or "",
                                 f.object or "", f.country or "", f.quote, *(["; ".join(f.reasons)] if explain else [])])
        else:
            print_table(path, result, explain=explain)
    if failed:
        if len(failed) == len(args.files):
            raise CommandError(failed[0] if len(failed) == 1 else f"{failed[0]} (and {len(failed) - 1} more)",
                               USAGE)
        sys.stderr.write(f"seizure-stats extract: {failed[0]}"
                         f"{f' (and {len(failed) - 1} more)' if len(failed) > 1 else ''}\n")
        status = USAGE
    return status


def plain_number(v: float) -> str:
    """A number as scripts read it: 10300000, 2.5 (no exponent, no grouping)."""
    return str(int(v)) if float(v).is_integer() else repr(float(v))


def _figure_record(f, explain: bool) -> dict:
    record = f.as_dict()
    if not explain:
        record.pop("reasons", None)  # the default output stays what score.py and scripts read
    return record


def print_table(path: Path, result, *, explain: bool = False) -> None:
    print(f"# {path}  language={result.language} operation={result.operation} "
          f"period={result.period_start}..{result.period_end}")
    rows = [(f.metric, f"{f.value:,.0f}" if float(f.value).is_integer() else f"{f.value:,}", f.unit, f.category or "-", f.country or "-",
             f.quote if wide_output() or len(f.quote) <= 80 else f.quote[:79] + "…") for f in result.figures]
    head = ("metric", "value", "unit", "category", "country", "quote")
    widths = [max(len(r[i]) for r in [head, *rows]) for i in range(len(head))]
    for n, r in enumerate([head, *rows]):
        cells = [c.rjust(w) if i == 1 else c.ljust(w) for i, (c, w) in enumerate(zip(r, widths, strict=True))]
        print("  " + "  ".join(cells).rstrip())
        if n == 0:
            print("  " + "  ".join("-" * w for w in widths))
        elif explain:  # the rules behind the figure, under it (extraction/reasons.py)
            for reason in result.figures[n - 1].reasons:
                print(f"      {reason}")
    print(f"  ({len(rows)} figure{'s' if len(rows) != 1 else ''})")
