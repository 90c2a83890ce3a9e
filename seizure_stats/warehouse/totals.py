"""The one aggregation behind the run summary, the report and the views: every total shown to a person is read
from the views `figures_by_country_year`, `figures_by_category_year` and `figures_by_year` (reconciled claims,
a stated total used instead of its parts, never added to them), summed over years where a table has no year.
Figures with no country (about several countries, or none stated) are labelled `NO_COUNTRY`; figures of no
single category `NO_CATEGORY`: never "(all)", which would read as a total of the rows above."""
from __future__ import annotations

from collections import defaultdict

from sqlalchemy import Engine

from seizure_stats.warehouse.query import run_query

NO_COUNTRY = "no country stated"
NO_CATEGORY = "no single category"

_LABEL = {"country": NO_COUNTRY, "category": NO_CATEGORY}
_VIEW = {"country": "figures_by_country_year", "category": "figures_by_category_year"}


def _rows(engine: Engine, sql: str) -> list[dict]:
    columns, rows = run_query(engine, sql)
    return [dict(zip(columns, r, strict=True)) for r in rows]


def totals_by(engine: Engine, key: str) -> list[dict]:
    """Per `key` ("country" or "category"), metric and unit: the total over every year, with the number of figures
    and the label a person reads. Sorted by metric, unit, then the largest total first."""
    acc: dict[tuple, dict] = {}
    for r in _rows(engine, f"SELECT * FROM {_VIEW[key]}"):
        k = (r[key], r["metric"], r["unit"])
        cell = acc.setdefault(k, {key: r[key], "label": r[key] if r[key] is not None else _LABEL[key],
                                  "metric": r["metric"], "unit": r["unit"], "total": 0.0, "figures": 0})
        cell["total"] += float(r["total"] or 0)
        cell["figures"] += int(r["figures"] or 0)
    return sorted(acc.values(), key=lambda c: (c["metric"], c["unit"], -c["total"], c["label"]))


def totals_by_year(engine: Engine) -> list[dict]:
    """Per metric, unit and year (`figures_by_year`), years without a known year left out."""
    rows = _rows(engine, "SELECT metric, unit, year, total, figures FROM figures_by_year WHERE year IS NOT NULL")
    return sorted(({**r, "total": float(r["total"] or 0)} for r in rows),
                  key=lambda r: (r["metric"], r["unit"], int(r["year"])))


def series(rows: list[dict], label: str, *, metric: str, unit: str) -> list[tuple[str, float]]:
    """(label, total) pairs of one metric and unit, in the rows' order."""
    out: dict[str, float] = defaultdict(float)
    for r in rows:
        if r["metric"] == metric and r["unit"] == unit:
            out[str(r[label])] += r["total"]
    return list(out.items())
