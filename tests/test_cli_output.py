"""Output for people and for scripts: `extract` prints a table with a header (or CSV / JSON lines), `sources`
has CSV and JSON as well as its table."""
from __future__ import annotations

import csv
import io
import json
from pathlib import Path

from seizure_stats.cli import main

ROOT = Path(__file__).resolve().parents[1]
BULLETIN = ROOT / "examples" / "inbox" / "2013-aduanas-tabaco-es.txt"


def run(capsys, *argv) -> tuple[int, str, str]:
    code = main([str(a) for a in argv])
    out = capsys.readouterr()
    return code, out.out, out.err


def test_extract_table_has_a_header_and_csv_json_agree(capsys):
    code, table, _ = run(capsys, "extract", BULLETIN)
    lines = table.splitlines()
    assert code == 0 and lines[0].startswith(f"# {BULLETIN}")
    assert lines[1].split() == ["metric", "value", "unit", "category", "country", "quote"]
    assert set(lines[2].replace(" ", "")) == {"-"}
    code, text, _ = run(capsys, "extract", BULLETIN, "--format", "csv")
    rows = list(csv.DictReader(io.StringIO(text)))
    code, jsonl, _ = run(capsys, "extract", BULLETIN, "--json")
    figures = json.loads(jsonl)["figures"]
    assert rows and [(r["metric"], float(r["value"])) for r in rows] == [(f["metric"], f["value"]) for f in figures]
    assert all("e+" not in r["value"] for r in rows)  # 10300000, not 1.03e+07
    assert f"{lines[-1]}" == f"  ({len(figures)} figures)"


def test_extract_refuses_a_binary_file_but_reads_the_others(capsys, tmp_path):
    pdf = tmp_path / "scan.pdf"
    pdf.write_bytes(b"%PDF-1.4\n7,000 kg\n")
    code, out, err = run(capsys, "extract", pdf, BULLETIN)
    assert code == 2 and "a PDF, not text" in err and len(err.splitlines()) == 1
    assert out.startswith(f"# {BULLETIN}") and "7,000" not in out


def test_sources_as_csv_and_json(capsys, tmp_path):
    url = f"sqlite:///{tmp_path / 'none.db'}"  # no warehouse yet: every source is `never`
    code, text, _ = run(capsys, "sources", "--sources-file", ROOT / "examples" / "sources.toml", "--url", url,
                        "--format", "csv")
    rows = list(csv.DictReader(io.StringIO(text)))
    assert code == 0 and [r["source"] for r in rows] == ["example-bulletins", "example-inbox",
                                                         "cbp-drug-seizures-sample"]
    assert {r["state"] for r in rows} == {"never"}
    code, text, _ = run(capsys, "sources", "--sources-file", ROOT / "examples" / "sources.toml", "--url", url,
                        "--format", "json")
    assert [r["source"] for r in json.loads(text)] == [r["source"] for r in rows]
