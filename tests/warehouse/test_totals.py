"""One aggregation behind the run summary, the report and the views (warehouse.totals): the numbers a person reads
in `seizure-stats run`'s summary and in the report's charts are the views' numbers; a stated total is never added to
its parts; figures with no country are labelled as such; every bar carries its value."""
from __future__ import annotations

import re
from collections import defaultdict
from datetime import date

import pytest

from seizure_stats.commands._flowrun import print_summary
from seizure_stats.model import Document
from seizure_stats.report import build_report, fmt_num
from seizure_stats.settings import get_settings
from seizure_stats.validation import validate
from seizure_stats.warehouse.loader import load
from seizure_stats.warehouse.totals import NO_COUNTRY
from tests.warehouse.conftest import SOURCES, fig_in, known_documents, rows

Y19 = {"period_start": "2019-01-01", "period_end": "2019-12-31"}


def doc_be() -> Document:
    """A stated total and its parts (the parts here add up to less than the total: other kinds not broken down)."""
    t = "In 2019 Belgian customs made 794 detections: 365 of drugs and 341 of tobacco."
    return Document(source="customs-fr", kind="text", url="https://douane.example/be-2019", text=t,
                    title="Detections 2019", published="2020-02-01", language="en", **Y19, figures=[
                        fig_in(t, "794", "detections", 794, "count", country="BE", **Y19),
                        fig_in(t, "365", "detections", 365, "count", country="BE", category="drugs", **Y19),
                        fig_in(t, "341", "detections", 341, "count", country="BE", category="tobacco", **Y19)])


def doc_multi() -> Document:
    """A figure about several countries at once (country null), the only seizures figure of its year."""
    t = "Across 20 countries, 5 000 seizures were made in 2019 during the joint action."
    return Document(source="press-a", kind="text", url="https://press-a.example/joint", text=t, title="Joint action",
                    published="2020-01-10", language="en", **Y19, figures=[
                        fig_in(t, "5 000", "seizures", 5000, "count", **Y19)])


@pytest.fixture
def loaded(engine):
    v = validate([*known_documents(), doc_be(), doc_multi()], now=date(2026, 1, 1))
    load(engine, v.documents, v.quarantine, run_id="r", extractor_version="t", sources=SOURCES)
    return engine


def view_by(engine, view: str, key: str) -> dict[tuple, float]:
    acc: dict[tuple, float] = defaultdict(float)
    for r in rows(engine, f"SELECT * FROM {view}"):
        acc[(r[key], r["metric"], r["unit"])] += float(r["total"])
    return dict(acc)


def test_summary_numbers_are_the_views(loaded, db_url, monkeypatch, capsys):
    monkeypatch.setenv("SEIZURE_STATS_DATABASE_URL", db_url)
    monkeypatch.setenv("COLUMNS", "200")
    get_settings.cache_clear()
    try:
        print_summary({"flow": "ingest", "run_id": "r", "documents": 0, "figures": 0, "quarantined": 0,
                       "sources": []})
    finally:
        get_settings.cache_clear()
    out = capsys.readouterr().out
    shown = {}
    for line in out.splitlines():
        cells = [c.strip() for c in line.strip("│┃ ").split("│")]
        if len(cells) == 5 and re.fullmatch(r"[\d,]+", cells[4]) and cells[3].isdigit():
            shown[(cells[0], cells[1], cells[2])] = float(cells[4].replace(",", ""))
    want = {(c if c is not None else NO_COUNTRY, m, u): round(v) for (c, m, u), v
            in view_by(loaded, "figures_by_country_year", "country").items()}
    assert shown == want
    assert shown[("BE", "detections", "count")] == 794  # not 794 + 365 + 341
    assert shown[(NO_COUNTRY, "seizures", "count")] == 5000
    assert "(all)" not in out


def chart_values(html: str, caption: str) -> dict[str, str]:
    m = re.search(rf"<figcaption>{re.escape(caption)}</figcaption>(.*?)</figure>", html, re.S)
    assert m, caption
    return dict(re.findall(r"<rect [^>]*><title>([^<]*): ([^<]*)</title></rect>", m.group(1)))


def test_report_numbers_are_the_views(loaded):
    html = build_report(loaded).replace("&#x27;", "'")
    by_country = view_by(loaded, "figures_by_country_year", "country")
    by_category = view_by(loaded, "figures_by_category_year", "category")
    by_year = {(str(r["year"]), r["metric"], r["unit"]): float(r["total"])
               for r in rows(loaded, "SELECT * FROM figures_by_year WHERE year IS NOT NULL")}
    for caption, view, metric, unit in (("Seizures by country", by_country, "seizures", "count"),
                                        ("Mass seized by country (kg)", by_country, "mass", "kg"),
                                        ("Seizures by category", by_category, "seizures", "count"),
                                        ("Mass seized by category (kg)", by_category, "mass", "kg"),
                                        ("Seizures per year", by_year, "seizures", "count"),
                                        ("Mass seized per year (kg)", by_year, "mass", "kg")):
        shown = chart_values(html, caption)
        want = {(k if k is not None else ("no country stated" if "country" in caption else "no single category")):
                fmt_num(v, unit) for (k, m, u), v in view.items() if m == metric and u == unit and v > 0}
        assert shown == want, caption
    # the 2019 seizures are a figure about several countries: shown per year as the country chart shows it
    assert chart_values(html, "Seizures per year")["2019"] == fmt_num(5000)
    assert chart_values(html, "Seizures by country")[NO_COUNTRY] == fmt_num(5000)


def test_every_bar_carries_its_value(loaded):
    html = build_report(loaded)
    for chart in re.findall(r'<figure class="chart">(.*?)</figure>', html, re.S):
        bars = re.findall(r"<rect [^>]*><title>[^<]*: ([^<]*)</title></rect>", chart)
        values = re.findall(r'class="val">([^<]*)</text>', chart)
        assert values == bars
