"""Datasets are read with caps and row by row: a malformed CSV row or an over-long cell is quarantined with its row
number while the other rows load (twice = once, on both backends); an XLSX that unpacks to more than the cap is
refused before it is parsed, in bounded memory and time; a file with more rows than the cap fails its source
alone, quickly, without reading the rest."""
from __future__ import annotations

import io
import json
import time
import tracemalloc
import zipfile

import openpyxl
import pytest

from seizure_stats.sources.datasets import Limits, read_table
from tests.reliability.conftest import rows, differences, snapshot

MAPPING = """
[source.mapping]
category = "drugs"
object = "cocaine"
country = "US"
[source.mapping.period]
kind = "month"
year = "Year"
month = "Month"
[[source.mapping.figures]]
metric = "mass"
unit = "kg"
column = "Kg"
"""


def dataset_sources(path, url: str, fmt: str, name: str = "ds") -> None:
    with open(path, "a", encoding="utf-8") as f:
        f.write(f'[[source]]\nname = "{name}"\nkind = "dataset"\nurl = "{url}"\nformat = "{fmt}"\n'
                f'allow_private = true\n{MAPPING}\n')


CSV = ("Year,Month,Kg\n"
       "2021,1,10\n"
       "2021,2,20\n"
       "2021,3,30,oops,extra\n"      # line 4: more fields than the header
       "2021,4,40\n"
       '2021,5,"' + "x" * 20_000 + '"\n'  # line 6: a cell longer than the cap
       "2021,6,60\n")


@pytest.mark.timeout(180)
@pytest.mark.parametrize("backend", ["sqlite", "postgres"])
def test_a_malformed_csv_row_is_quarantined_with_its_number_and_the_rest_loads(tmp_path, server, fresh_url,
                                                                               use_warehouse, backend):
    from flows.ingest import ingest

    url = fresh_url(backend)
    data = server.add("/data.csv", CSV.encode(), content_type="text/csv")
    sources = tmp_path / "sources.toml"
    dataset_sources(sources, data, "csv")
    use_warehouse(url, sources)

    summary = ingest()
    assert summary["failed_sources"] == [], summary["sources"]
    values = sorted(r["value"] for r in rows(url, "SELECT value FROM figure"))
    assert values == [10.0, 20.0, 40.0, 60.0]
    bad = rows(url, "SELECT check_name, reason, record FROM quarantine ORDER BY reason")
    assert [(r["check_name"], json.loads(r["record"])["_row"]) for r in bad] == [("row_unreadable", 4),
                                                                               ("row_unreadable", 6)]
    assert bad[0]["reason"] == "row 4: 5 cells where the header has 3"
    assert "20000 characters" in bad[1]["reason"]
    once = snapshot(url)
    assert ingest()["failed_sources"] == []
    assert differences(once, snapshot(url)) == {}


def workbook(n_rows: int) -> bytes:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["Year", "Month", "Kg"])
    for i in range(n_rows):
        ws.append([2021, i % 12 + 1, i + 1])
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()


def whitespace_bomb(padding: int) -> bytes:
    """A valid small workbook whose sheet XML carries `padding` bytes of whitespace (a few hundred KB zipped)."""
    src = zipfile.ZipFile(io.BytesIO(workbook(3)))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            body = src.read(info.filename)
            if info.filename == "xl/worksheets/sheet1.xml":
                head, tail = body.split(b"</sheetData>")
                with dst.open(info.filename, "w") as f:
                    f.write(head)
                    chunk = b" " * 1_000_000
                    for _ in range(padding // len(chunk)):
                        f.write(chunk)
                    f.write(b"</sheetData>" + tail)
            else:
                dst.writestr(info, body)
    return out.getvalue()


def test_an_xlsx_whitespace_bomb_is_refused_before_parsing_in_bounded_memory():
    bomb = whitespace_bomb(60_000_000)
    assert len(bomb) < 1_000_000
    tracemalloc.start()
    started = time.monotonic()
    try:
        with pytest.raises(ValueError, match="unpacks to .* more than 50000000"):
            read_table(bomb, "xlsx", {}, Limits(max_unzipped_bytes=50_000_000))
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert time.monotonic() - started < 5 and peak < 16_000_000, peak


def test_rows_beyond_the_cap_are_not_read():
    started = time.monotonic()
    with pytest.raises(ValueError, match="more than 1000 rows"):
        read_table(workbook(5000), "xlsx", {}, Limits(max_rows=1000))
    with pytest.raises(ValueError, match="more than 1000 rows"):
        read_table(("Year,Month,Kg\n" + "2021,1,5\n" * 5000).encode(), "csv", {}, Limits(max_rows=1000))
    assert time.monotonic() - started < 10
    table = read_table(workbook(20), "xlsx", {}, Limits(max_rows=1000))
    assert len(table.frame) == 20 and table.rows[:3] == [2, 3, 4]  # sheet row numbers


@pytest.mark.timeout(180)
def test_a_hostile_workbook_fails_its_source_alone(tmp_path, server, fresh_url, use_warehouse):
    from flows.ingest import ingest

    url = fresh_url("sqlite")
    sources = tmp_path / "sources.toml"
    dataset_sources(sources, server.add("/bomb.xlsx", whitespace_bomb(30_000_000)), "xlsx", "bomb")
    dataset_sources(sources, server.add("/many.xlsx", workbook(3000)), "xlsx", "many")
    dataset_sources(sources, server.add("/good.xlsx", workbook(12)), "xlsx", "good")
    use_warehouse(url, sources, dataset_max_unzipped_bytes=20_000_000, dataset_max_rows=1000)
    summary = ingest()
    errors = {r["source"]: r["error"] for r in summary["sources"]}
    assert summary["failed_sources"] == ["bomb", "many"]
    assert "unpacks to" in errors["bomb"] and "more than 1000 rows" in errors["many"]
    assert rows(url, "SELECT COUNT(*) AS n FROM figure WHERE source = 'good'") == [{"n": 12}]
