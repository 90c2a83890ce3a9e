"""Structured datasets mapped declaratively (the three TOML snippets in tests/fixtures/sources/)."""
from __future__ import annotations

import csv
import io
import json
import tomllib
from datetime import date
from pathlib import Path

import pytest

from seizure_stats.sources import Collected, SourceError, SourceState
from seizure_stats.sources.collect import collect
from seizure_stats.sources.config import parse_sources

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "sources"
SHARED = Path(__file__).resolve().parents[2].parent / "shared" / "feeds"
LBS = 0.45359237


def mapped_source(name: str, url: str, **overrides):
    """The source of a fixture TOML snippet, pointed at `url`."""
    data = tomllib.loads((FIXTURES / f"{name}.toml").read_text(encoding="utf-8"))
    table = data["source"][0]
    table["url"] = url
    for key, value in overrides.items():
        if value is None:
            table.pop(key, None)
        else:
            table[key] = value
    return parse_sources(data, FIXTURES)[0]


def drugs_csv() -> bytes:
    return (FIXTURES / "cbp-drugs-excerpt.csv").read_bytes()


def rows_of(data: bytes) -> list[dict]:
    return list(csv.DictReader(io.StringIO(data.decode("utf-8"))))


@pytest.fixture
def cbp_portal(server):
    """A document page linking two monthly editions of the drug CSV; the newest is served."""
    server.add("/document/stats/nationwide-drug-seizures", """<html><body><ul>
      <li><a href="/sites/default/files/2025-05/nationwide-drugs-fy22-fy25-apr.csv">April</a></li>
      <li><a href="/sites/default/files/2025-06/nationwide-drugs-fy22-fy25-may.csv">May</a></li>
      <li><a href="/sites/default/files/assets/other.pdf">notes</a></li></ul></body></html>""")
    server.add("/sites/default/files/2025-06/nationwide-drugs-fy22-fy25-may.csv", drugs_csv(),
               content_type="text/csv", etag='"may"')
    return server


def test_cbp_drugs_mapping(cbp_portal, settings, engine, run_source, state_row):
    source = mapped_source("cbp-drug-seizures", cbp_portal.url("/document/stats/nationwide-drug-seizures"))
    out = run_source(engine, source, settings)
    assert isinstance(out, Collected) and not out.failures and not out.quarantine
    assert "/sites/default/files/2025-05/nationwide-drugs-fy22-fy25-apr.csv" not in cbp_portal.paths()
    docs = {d.partition: d for d in out.documents}
    # FY 2025 OCT and DEC are calendar 2024; FY 2024 AUG is August 2024; FY 2025 APR is April 2025
    assert set(docs) == {"2024-08", "2024-10", "2024-12", "2025-04"}
    dec = docs["2024-12"]
    assert dec.kind == "dataset" and dec.period_start == "2024-12-01" and dec.period_end == "2024-12-31"
    assert dec.country == "US" and dec.id.startswith("ds-") and dec.url.endswith("-may.csv")
    assert all(f.start is None and f.end is None for f in dec.figures)
    rows = [r for r in rows_of(drugs_csv()) if r["FY"] == "2025 (FYTD)" and r["Month (abbv)"] == "DEC"]
    cocaine = [r for r in rows if r["Drug Type"] == "Cocaine"]
    figs = {(f.metric, f.object): f for f in dec.figures}
    seiz = figs[("seizures", "cocaine")]
    assert seiz.value == sum(int(r["Count of Event"]) for r in cocaine) and seiz.unit == "count"
    mass = figs[("mass", "cocaine")]
    assert mass.unit == "kg" and mass.value == pytest.approx(sum(float(r["Sum Qty (lbs)"]) for r in cocaine) * LBS)
    assert mass.category == "drugs" and mass.country == "US"
    assert mass.period_start == "2024-12-01" and mass.period_end == "2024-12-31"
    assert "Drug Type: Cocaine" in mass.quote and "Sum Qty (lbs)" in mass.quote
    assert ("mass", "other drugs") in figs  # "Other Drugs**" cleaned
    assert {f.object for f in dec.figures} == {r["Drug Type"].rstrip("*").lower() for r in rows}
    row = state_row(engine, source.name)
    assert row["high_water"] == "2025-04-30" and row["content_hash"] and row["etag"] == '"may"'


def test_cbp_drugs_second_run_and_new_version(cbp_portal, settings, engine, run_source):
    source = mapped_source("cbp-drug-seizures", cbp_portal.url("/document/stats/nationwide-drug-seizures"))
    run_source(engine, source, settings)
    again = run_source(engine, source, settings)
    assert again.documents == [] and again.not_modified == 1 and again.skipped == 4
    # a revised edition: one cocaine row of August 2024 changes; every partition comes again (revise = true)
    revised = drugs_csv().replace(b"2024,AUG,", b"2024,AUG,", 1)
    lines = revised.split(b"\r\n")
    i = next(n for n, line in enumerate(lines) if line.startswith(b"2024,AUG,") and b",Cocaine," in line)
    parts = lines[i].split(b",")
    parts[-2] = str(int(parts[-2]) + 5).encode()
    lines[i] = b",".join(parts)
    cbp_portal.add("/sites/default/files/2025-06/nationwide-drugs-fy22-fy25-may.csv", b"\r\n".join(lines),
                   content_type="text/csv", etag='"may-2"')
    third = run_source(engine, source, settings)
    assert len(third.documents) == 4
    aug = next(d for d in third.documents if d.partition == "2024-08")
    before = sum(int(r["Count of Event"]) for r in rows_of(drugs_csv())
                 if r["FY"] == "2024" and r["Month (abbv)"] == "AUG" and r["Drug Type"] == "Cocaine")
    assert next(f for f in aug.figures if f.metric == "seizures" and f.object == "cocaine").value == before + 5


def test_only_newer_partitions_without_revise(server, settings, sqlite_engine, run_source):
    path = "/drugs.csv"
    server.add(path, drugs_csv(), content_type="text/csv")
    source = mapped_source("cbp-drug-seizures", server.url(path), link_pattern=None)
    source.options["mapping"]["revise"] = False
    data = drugs_csv()
    head, *rows = data.split(b"\r\n")
    older = [r for r in rows if b",APR," not in r]
    server.add(path, b"\r\n".join([head, *older]), content_type="text/csv")
    first = run_source(sqlite_engine, source, settings)
    assert {d.partition for d in first.documents} == {"2024-08", "2024-10", "2024-12"}
    server.add(path, data, content_type="text/csv")
    second = run_source(sqlite_engine, source, settings)
    assert [d.partition for d in second.documents] == ["2025-04"]


def test_backfill_selects_partitions_and_keeps_the_mark(cbp_portal, settings, engine, run_source, state_row):
    source = mapped_source("cbp-drug-seizures", cbp_portal.url("/document/stats/nationwide-drug-seizures"))
    run_source(engine, source, settings)
    out = run_source(engine, source, settings, since=date(2024, 10, 15), until=date(2024, 12, 31))
    assert [d.partition for d in out.documents] == ["2024-10", "2024-12"]
    assert state_row(engine, source.name)["high_water"] == "2025-04-30"


def test_changed_header_is_a_source_error(server, settings, engine, run_source, state_row):
    data = drugs_csv().replace(b"Sum Qty (lbs)", b"Sum Qty (kg)", 1).replace(b"Land Filter,", b"", 1)
    server.add("/drugs.csv", data, content_type="text/csv")
    source = mapped_source("cbp-drug-seizures", server.url("/drugs.csv"), link_pattern=None)
    err = run_source(engine, source, settings)
    assert isinstance(err, SourceError) and err.source == "cbp-drug-seizures"
    assert "header changed" in err.reason
    assert "missing columns ['Land Filter', 'Sum Qty (lbs)']" in err.reason
    assert "unexpected columns ['Sum Qty (kg)']" in err.reason
    row = state_row(engine, "cbp-drug-seizures")
    assert row["state"] == "failing" and "Sum Qty (kg)" in row["last_error"] and row["content_hash"] is None


def test_bad_rows_are_quarantined_not_loaded(server, settings, make_source):
    head, *rows = drugs_csv().decode().split("\r\n")
    rows = [r for r in rows if r]
    bad = [
        rows[0].replace(",DEC,", ",DCE,"),                                   # unknown month
        rows[1].rsplit(",", 1)[0] + ",-3.5",                                  # negative quantity
        ",".join(rows[2].split(",")[:-2] + ["many", "1.0"]),                 # non-numeric count
    ]
    server.add("/drugs.csv", "\r\n".join([head, *bad, *rows[3:]]), content_type="text/csv")
    source = mapped_source("cbp-drug-seizures", server.url("/drugs.csv"), link_pattern=None)
    out = collect(source, SourceState(source.name), settings=settings)
    checks = {q["check"] for q in out.quarantine}
    assert {"month_is_known", "quantity_is_non_negative_number", "count_is_non_negative_integer"} <= checks
    assert "group_has_quarantined_rows" in checks  # the December groups of those drugs are withheld
    q = next(q for q in out.quarantine if q["check"] == "quantity_is_non_negative_number")
    assert q["stage"] == "dataset" and q["source"] == "cbp-drug-seizures" and q["record"]["Sum Qty (lbs)"] == "-3.5"
    assert q["record"]["_row"] == 3 and "-3.5" in q["reason"] and q["partition"] == "2024-12"
    withheld = {q["record"]["Drug Type"] for q in out.quarantine if q["check"] == "group_has_quarantined_rows"}
    dec = next(d for d in out.documents if d.partition == "2024-12")
    assert not withheld & {f.object.title() for f in dec.figures}
    assert all(f.value >= 0 for d in out.documents for f in d.figures)


def test_cbp_weapons_aggregation(server, settings, make_source):
    server.add("/weapons.csv", (FIXTURES / "cbp-weapons-excerpt.csv").read_bytes(), content_type="text/csv")
    source = mapped_source("cbp-weapons-seizures", server.url("/weapons.csv"), link_pattern=None)
    out = collect(source, SourceState(source.name), settings=settings)
    assert not out.quarantine and not out.failures
    docs = {d.partition: d for d in out.documents}
    balt = docs["2023-12/Baltimore Field Office"]  # FY 2024 DEC = December 2023
    figs = {(f.metric, f.object): f.value for f in balt.figures}
    assert figs[("seizures", "magazine")] == 2 and figs[("items", "magazine")] == 14   # events ...857 and ...612
    assert figs[("seizures", "handgun")] == 2 and figs[("items", "handgun")] == 7
    assert figs[("seizures", "ammunition")] == 1 and figs[("items", "ammunition")] == 140
    assert {f.category for f in balt.figures} == {"weapons"} and {f.unit for f in balt.figures} == {"count"}
    chicago = docs["2023-12/Chicago Field Office"]
    sil = {f.metric: f for f in chicago.figures if f.object == "silencer (muffler or sound moderator)"}
    assert sil["seizures"].value == 8 and sil["items"].value == 15
    assert "8 distinct in 8 rows" in sil["seizures"].quote
    assert "2024-04/Atlanta Field Office" in docs and "2023-10/Miami Field Office" in docs
    miami = {(f.metric, f.object): f.value for f in docs["2023-10/Miami Field Office"].figures}
    assert miami[("seizures", "handgun")] == 6 and miami[("items", "handgun")] == 148


def unodc_workbook(rows: list[list], header: list[str] | None = None) -> bytes:
    import openpyxl

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Export"
    ws.append(["Drug seizures, 2018-2022"])
    ws.append(header or ["Region", "SubRegion", "Country", "DrugGroup", "DrugSubGroup", "DrugName",
                         "Reference year", "Kilograms", "msCode"])
    for r in rows:
        ws.append(r)
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()


UNODC_ROWS = [
    ["Asia", "Near and Middle East/ South-West Asia", "Afghanistan", "Opioids", "Opiates", "Heroin", 2022, 1250.5, "AFG"],
    ["Asia", "Near and Middle East/ South-West Asia", "Afghanistan", "Opioids", "Opiates", "Opium", 2022, 0, "AFG"],
    ["Asia", "Near and Middle East/ South-West Asia", "Afghanistan", "Cocaine-type", "Cocaine", "Cocaine hydrochloride", 2022, None, "AFG"],
    ["Africa", "East Africa", "Kenya", "Cannabis-type drugs (excluding synthetic cannabinoids)",
     "Cannabis herb (marijuana)", "Cannabis herb (marijuana)", 2021, 8474.41, "KEN"],
    ["Europe", "Southeast Europe", "Kosovo", "Cocaine-type", "Cocaine", "Cocaine hydrochloride", 2021, 3, "XKX"],
    ["Europe", "Nowhere", "Atlantis", "Opioids", "Opiates", "Heroin", 2021, 5, "ZZZ"],
    ["Africa", "East Africa", "Kenya", "Opioids", "Opiates", "Heroin", 2021, -2, "KEN"],
    ["Asia", "Near and Middle East/ South-West Asia", "Afghanistan", "Opioids", "Opiates", "Heroin", 2022, 49.5, "AFG"],
]


def test_unodc_workbook(server, settings, make_source):
    server.add("/unodc.xlsx", unodc_workbook(UNODC_ROWS),
               content_type="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
    source = mapped_source("unodc-drug-seizures", server.url("/unodc.xlsx"))
    out = collect(source, SourceState(source.name), settings=settings)
    docs = {d.partition: d for d in out.documents}
    assert set(docs) == {"2022/AFG", "2021/KEN", "2021/XKX"}
    afg = docs["2022/AFG"]
    assert afg.country == "AF" and afg.period_start == "2022-01-01" and afg.period_end == "2022-12-31"
    figs = {f.object: f for f in afg.figures}
    assert figs["heroin"].value == 1300 and figs["heroin"].unit == "kg" and figs["heroin"].metric == "mass"
    assert "sum of 2 rows = 1300" in figs["heroin"].quote                # two heroin rows of 2022/AFG
    assert "opium" not in figs                         # a reported zero is not a seizure figure (zero = "skip")
    assert "cocaine hydrochloride" not in figs         # an empty cell is not a figure
    assert "Kilograms: 0" in afg.text                  # both stay in the document text
    assert docs["2021/XKX"].figures[0].country == "XK"
    assert docs["2021/KEN"].figures[0].category == "drugs" and docs["2021/KEN"].figures[0].country == "KE"
    assert len(docs["2021/KEN"].figures) == 1          # the negative heroin row is quarantined
    checks = sorted(q["check"] for q in out.quarantine)
    assert checks == ["iso3_is_known", "kilograms_is_non_negative_number"]
    rows = {q["check"]: q["record"].get("_row") for q in out.quarantine}
    assert rows["iso3_is_known"] == 8 and rows["kilograms_is_non_negative_number"] == 9  # sheet rows


def test_unodc_header_change(server, settings, make_source):
    header = ["Region", "SubRegion", "Country", "DrugGroup", "DrugSubGroup", "DrugName", "Year", "Kilograms", "msCode"]
    server.add("/unodc.xlsx", unodc_workbook(UNODC_ROWS[:1], header))
    source = mapped_source("unodc-drug-seizures", server.url("/unodc.xlsx"))
    with pytest.raises(SourceError, match=r"missing columns \['Reference year'\]; unexpected columns \['Year'\]"):
        collect(source, SourceState(source.name), settings=settings)


def test_json_dataset_with_listed_columns(tmp_path, settings, make_source):
    path = tmp_path / "seizures.json"
    path.write_text(json.dumps({"data": {"rows": [
        {"year": 2023, "month": 3, "country": "FRA", "cigarettes": 1200000},
        {"year": 2023, "month": 4, "country": "FRA", "cigarettes": "900000"},
    ]}}), encoding="utf-8")
    source = make_source("tobacco", "dataset", str(path), records_path="data.rows", mapping={
        "columns": ["year", "month", "country", "cigarettes"], "category": "tobacco",
        "country": {"column": "country", "codes": "iso3"}, "object": "cigarette",
        "period": {"kind": "month", "year": "year", "month": "month"},
        "figures": [{"metric": "items", "unit": "count", "column": "cigarettes"}]})
    out = collect(source, SourceState("tobacco"), settings=settings)
    assert [(d.partition, d.figures[0].value, d.figures[0].country) for d in out.documents] == [
        ("2023-03", 1200000, "FR"), ("2023-04", 900000, "FR")]


def test_mapping_errors_are_source_errors(tmp_path, settings, make_source):
    path = tmp_path / "x.csv"
    path.write_text("a,b\n1,2\n", encoding="utf-8")
    bad = make_source("x", "dataset", str(path), mapping={"period": {"kind": "year", "year": "a"},
                                                            "figures": [{"metric": "weight", "unit": "kg", "column": "b"}]})
    with pytest.raises(SourceError, match="mapping: figures\\[0\\]: metric 'weight'"):
        collect(bad, SourceState("x"), settings=settings)
    none = make_source("y", "dataset", str(path))
    with pytest.raises(SourceError, match="needs a \\[source.mapping\\] table"):
        collect(none, SourceState("y"), settings=settings)


@pytest.mark.skipif(not SHARED.exists(), reason="shared/feeds not present")
def test_real_files_from_shared(settings):
    drugs = mapped_source("cbp-drug-seizures", str(SHARED / "cbp-drug-seizures" / "nationwide-drugs-fy22-fy25_head2000.csv"),
                          link_pattern=None)
    out = collect(drugs, SourceState(drugs.name), settings=settings)
    assert not out.quarantine and len(out.documents) == 10
    assert {d.partition for d in out.documents} >= {"2024-10", "2024-11", "2024-12", "2025-05", "2024-04", "2024-08"}
    weapons = mapped_source("cbp-weapons-seizures",
                            str(SHARED / "cbp-weapons-seizures" / "weapons-ammo-seizures-fy22-fy25_head2000.csv"),
                            link_pattern=None)
    out = collect(weapons, SourceState(weapons.name), settings=settings)
    assert not out.quarantine and out.documents
    total_items = sum(f.value for d in out.documents for f in d.figures if f.metric == "items")
    with open(SHARED / "cbp-weapons-seizures" / "weapons-ammo-seizures-fy22-fy25_head2000.csv", newline="") as fh:
        assert total_items == sum(float(r["Quantity Seized"]) for r in csv.DictReader(fh))
    unodc = mapped_source("unodc-drug-seizures", str(SHARED / "unodc-drug-seizures" / "7.1._Drug_seizures_2018-2022.xlsx"))
    out = collect(unodc, SourceState(unodc.name), settings=settings)
    assert not out.quarantine
    import pandas as pd

    raw = pd.read_excel(SHARED / "unodc-drug-seizures" / "7.1._Drug_seizures_2018-2022.xlsx", header=1)
    sums = raw.groupby(["msCode", "Reference year", "DrugName"])["Kilograms"].sum(min_count=1)
    expected = sums[sums > 0]
    assert sum(len(d.figures) for d in out.documents) == len(expected)   # one per country x year x drug, > 0
    ken = next(d for d in out.documents if d.partition == "2022/KEN")
    assert {f.object: f.value for f in ken.figures}["cannabis herb (marijuana)"] == 8474.41
    alb = {f.object: f.value for d in out.documents if d.partition == "2021/ALB" for f in d.figures}
    assert alb["methadone"] == pytest.approx(0.0844 + 0.0127)              # two rows of one drug are summed
