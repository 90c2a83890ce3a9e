"""One self-contained HTML page about the warehouse: charts drawn here as inline SVG (no JavaScript, no CDN, no
web font: it works offline and from a mail attachment), and tables linking every claim to its sources' URLs and
quotes. Everything that comes from the warehouse (titles, quotes, names, URLs) is escaped; only http(s) URLs
become links.

Numbers come from the views, through `warehouse.totals` (the aggregation the run summary uses too):
`figures_by_country_year`, `figures_by_category_year` and `figures_by_year` (reconciled: a figure repeated by
several sources counts once, a stated total is never added to its parts), `figures_by_operation`,
`reconciled_figures`, `document_figures`, `quarantine_by_check`. Every bar carries its value.
"""
from __future__ import annotations

import html
from collections import defaultdict
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import Engine

from seizure_stats.warehouse.query import run_query
from seizure_stats.warehouse.totals import series, totals_by, totals_by_year

PALETTE = ("#1f77b4", "#d62728", "#2ca02c", "#9467bd", "#ff7f0e", "#17becf", "#8c564b")


def esc(v) -> str:
    return html.escape("" if v is None else str(v), quote=True)


def safe_url(url) -> str | None:
    """Only http(s) URLs become links (no javascript:, data:, file:)."""
    if not isinstance(url, str):
        return None
    u = url.strip()
    return u if u.lower().startswith(("http://", "https://")) else None


def link(url, label) -> str:
    u = safe_url(url)
    if u is None:
        return esc(label)
    return f'<a href="{esc(u)}" rel="noopener noreferrer nofollow">{esc(label)}</a>'


def fmt_num(v, unit: str | None = None) -> str:
    if v is None:
        return ""
    v = float(v)
    s = f"{v:,.0f}" if abs(v) >= 100 or v == int(v) else f"{v:,.2f}".rstrip("0").rstrip(".")
    s = s.replace(",", "\u202f")  # narrow no-break space: 2 320, readable in every language
    return f"{s} {unit}" if unit and unit != "count" else s


def _records(engine: Engine, sql: str) -> list[dict]:
    columns, rows = run_query(engine, sql)
    return [dict(zip(columns, r, strict=True)) for r in rows]


# ---- charts ---------------------------------------------------------------------------------------------------

def bar_chart(items: list[tuple[str, float]], *, title: str, unit: str | None = None, color: str = PALETTE[0],
              width: int = 560) -> str:
    """A horizontal bar chart as inline SVG; items are (label, value), drawn in the given order."""
    items = [(lbl, float(v)) for lbl, v in items if v is not None and float(v) > 0]
    if not items:
        return f'<figure class="chart"><figcaption>{esc(title)}</figcaption><p class="empty">No data.</p></figure>'
    bar_h, gap, left, right, top = 20, 6, 150, 90, 8
    height = top + len(items) * (bar_h + gap)
    vmax = max(v for _, v in items)
    scale = (width - left - right) / vmax if vmax else 0
    parts = [f'<svg class="chart-svg" xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" '
             f'viewBox="0 0 {width} {height}" role="img" aria-label="{esc(title)}"><title>{esc(title)}</title>']
    for i, (label, v) in enumerate(items):
        y = top + i * (bar_h + gap)
        w = max(1.0, v * scale)
        short = label if len(label) <= 22 else label[:21] + "…"
        parts.append(
            f'<text x="{left - 6}" y="{y + bar_h * 0.72:.1f}" text-anchor="end" class="lbl">{esc(short)}</text>'
            f'<rect x="{left}" y="{y}" width="{w:.1f}" height="{bar_h}" fill="{color}">'
            f'<title>{esc(label)}: {esc(fmt_num(v, unit))}</title></rect>'
            f'<text x="{left + w + 4:.1f}" y="{y + bar_h * 0.72:.1f}" class="val">{esc(fmt_num(v, unit))}</text>')
    parts.append("</svg>")
    return f'<figure class="chart"><figcaption>{esc(title)}</figcaption>{"".join(parts)}</figure>'


def column_chart(points: list[tuple[str, float]], *, title: str, unit: str | None = None, color: str = PALETTE[2],
                 width: int = 560, height: int = 220) -> str:
    """Vertical bars over time (labels are years), as inline SVG."""
    points = [(lbl, float(v)) for lbl, v in points if v is not None]
    if not points:
        return f'<figure class="chart"><figcaption>{esc(title)}</figcaption><p class="empty">No data.</p></figure>'
    left, bottom, top, right = 70, 24, 18, 10
    vmax = max(v for _, v in points) or 1.0
    slot = (width - left - right) / len(points)
    bw = max(4.0, slot * 0.7)
    plot_h = height - top - bottom
    parts = [f'<svg class="chart-svg" xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" '
             f'viewBox="0 0 {width} {height}" role="img" aria-label="{esc(title)}"><title>{esc(title)}</title>',
             f'<line x1="{left}" y1="{top + plot_h}" x2="{width - right}" y2="{top + plot_h}" stroke="#999"/>']
    for i, (label, v) in enumerate(points):
        h = max(1.0, v / vmax * plot_h) if v > 0 else 0
        x = left + i * slot + (slot - bw) / 2
        parts.append(
            f'<rect x="{x:.1f}" y="{top + plot_h - h:.1f}" width="{bw:.1f}" height="{h:.1f}" fill="{color}">'
            f'<title>{esc(label)}: {esc(fmt_num(v, unit))}</title></rect>'
            f'<text x="{x + bw / 2:.1f}" y="{top + plot_h - h - 3:.1f}" text-anchor="middle" class="val">'
            f'{esc(fmt_num(v, unit))}</text>'
            f'<text x="{x + bw / 2:.1f}" y="{height - 6}" text-anchor="middle" class="lbl">{esc(label)}</text>')
    parts.append("</svg>")
    return f'<figure class="chart"><figcaption>{esc(title)}</figcaption>{"".join(parts)}</figure>'


# ---- data -----------------------------------------------------------------------------------------------------

def _top(rows: list[dict], *, metric: str, unit: str, top: int = 15) -> list[tuple]:
    """(label, total) of one metric and unit from `totals.totals_by`, largest first."""
    items = series(rows, "label", metric=metric, unit=unit)
    return sorted(items, key=lambda kv: (-kv[1], kv[0]))[:top]


def _table(headers: list[str], body: list[list[str]], *, cls: str = "") -> str:
    head = "".join(f"<th>{esc(h)}</th>" for h in headers)
    rows = "".join("<tr>" + "".join(f"<td>{c}</td>" for c in r) + "</tr>" for r in body)
    if not body:
        rows = f'<tr><td colspan="{len(headers)}" class="empty">None.</td></tr>'
    return f'<table class="{cls}"><thead><tr>{head}</tr></thead><tbody>{rows}</tbody></table>'


CSS = """
body{font:14px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;margin:24px auto;max-width:1180px;
color:#222;padding:0 16px}
h1{font-size:24px;margin-bottom:4px}h2{font-size:18px;margin-top:32px;border-bottom:1px solid #ddd}
.meta{color:#666}.charts{display:flex;flex-wrap:wrap;gap:18px}.chart{margin:0;border:1px solid #eee;padding:8px}
figcaption{font-weight:600;margin-bottom:4px}.chart-svg .lbl,.chart-svg .val{font-size:11px;fill:#333}
table{border-collapse:collapse;width:100%;font-size:13px}th,td{border-bottom:1px solid #eee;padding:4px 6px;
text-align:left;vertical-align:top}th{background:#f6f6f6}td.num{text-align:right;white-space:nowrap}
.quote{color:#444;font-style:italic}.warn{color:#b00;font-weight:600}.empty{color:#888}
.kpi{display:flex;gap:24px;margin:12px 0}.kpi div{background:#f6f6f6;padding:8px 12px}.kpi b{font-size:18px;display:block}
"""


def build_report(engine: Engine, *, title: str = "Seizure statistics", generated_at: datetime | None = None,
                 max_rows: int = 300) -> str:
    """The report as one HTML string."""
    generated_at = generated_at or datetime.now(UTC)
    by_country = totals_by(engine, "country")
    by_category = totals_by(engine, "category")
    by_year = totals_by_year(engine)
    operations = _records(engine, "SELECT * FROM figures_by_operation")
    # the claims listed: those whose sources disagree first, then the most repeated; only their figures are read
    order = "disagreement DESC, sources DESC, cluster_key"
    top = f"SELECT cluster_key FROM reconciled_figures ORDER BY {order} LIMIT {int(max_rows)}"
    reconciled = _records(engine, f"SELECT * FROM reconciled_figures ORDER BY {order} LIMIT {int(max_rows)}")
    n_claims = _records(engine, "SELECT COUNT(*) AS n FROM reconciled_figures")[0]["n"]
    claims = _records(engine, f"SELECT df.* FROM document_figures df JOIN ({top}) t ON t.cluster_key = df.cluster_key")
    quarantine = _records(engine, "SELECT * FROM quarantine_by_check ORDER BY records DESC, check_name")
    counts = _records(engine, "SELECT (SELECT COUNT(*) FROM document) AS documents, "
                              "(SELECT COUNT(*) FROM figure) AS figures, "
                              "(SELECT COUNT(DISTINCT source) FROM document) AS sources, "
                              "(SELECT COUNT(*) FROM quarantine) AS quarantined")[0]

    charts = [
        bar_chart(_top(by_country, metric="seizures", unit="count"), title="Seizures by country", color=PALETTE[0]),
        bar_chart(_top(by_country, metric="mass", unit="kg"), title="Mass seized by country (kg)", unit="kg",
                  color=PALETTE[1]),
        bar_chart(_top(by_category, metric="seizures", unit="count"), title="Seizures by category", color=PALETTE[3]),
        bar_chart(_top(by_category, metric="mass", unit="kg"), title="Mass seized by category (kg)", unit="kg",
                  color=PALETTE[4]),
        column_chart(series(by_year, "year", metric="seizures", unit="count"), title="Seizures per year"),
        column_chart(series(by_year, "year", metric="mass", unit="kg"), title="Mass seized per year (kg)", unit="kg",
                     color=PALETTE[5]),
    ]
    op_figures: dict[str, float] = defaultdict(float)
    for r in operations:
        op_figures[r["operation"]] += float(r["figures"] or 0)
    top_ops = sorted(op_figures.items(), key=lambda kv: (-kv[1], kv[0]))[:15]
    charts.append(bar_chart(top_ops, title="Top operations (figures reported)", color=PALETTE[6]))

    # operations table
    op_rows = []
    for r in sorted(operations, key=lambda r: (r["operation"], r["metric"], r["category"] or "", r["country"] or "")):
        op_rows.append([esc(r["operation"]), esc(r["metric"]), esc(r["category"] or "—"), esc(r["country"] or "—"),
                        f'<span class="num">{esc(fmt_num(r["value"], r["unit"]))}</span>', esc(r["sources"]),
                        '<span class="warn">yes</span>' if r["disagreement"] else "no"])

    # reconciled claims with their sources (drill-down)
    by_cluster: dict[str, list[dict]] = defaultdict(list)
    for c in claims:
        by_cluster[c["cluster_key"]].append(c)
    rec_rows = []
    for r in reconciled:
        what = " · ".join(esc(x) for x in (r["operation"], r["category"], r["country"], r["object"]) if x)
        sources = "<br>".join(
            f'{link(c["url"], c["title"] or c["source"])} ({esc(c["authority"])}): '
            f'<b>{esc(fmt_num(c["value"], c["unit"]))}</b> {esc(c["qualifier"])} '
            f'<span class="quote">“{esc(c["quote"])}”</span>'
            for c in sorted(by_cluster.get(r["cluster_key"], []), key=lambda c: (c["source"], c["figure_id"])))
        rec_rows.append([
            esc(r["metric"]), what or "—",
            f'{esc(r["period_start"] or "")}{"–" if r["period_start"] else ""}{esc(r["period_end"] or "")}',
            f'<span class="num">{esc(fmt_num(r["value"], r["unit"]))}</span>',
            esc(r["sources"]),
            '<span class="warn">yes</span>' if r["disagreement"] else "no",
            sources])

    q_rows = [[esc(r["check_name"]), esc(r["stage"]), esc(r["source"]), esc(r["records"]), esc(r["example_reason"])]
              for r in quarantine]

    kpi = "".join(f"<div><b>{esc(fmt_num(counts[k]))}</b>{esc(k)}</div>"
                  for k in ("sources", "documents", "figures", "quarantined"))
    more = (f'<p class="meta">Showing {max_rows} of {n_claims} claims; '
            f"<code>seizure-stats query reconciled_figures</code> lists them all.</p>"
            if n_claims > max_rows else "")
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
<title>{esc(title)}</title><style>{CSS}</style></head>
<body>
<h1>{esc(title)}</h1>
<p class="meta">Generated {esc(generated_at.strftime("%Y-%m-%d %H:%M UTC"))} from the seizure-stats warehouse.
Totals count each claim once (several sources stating the same figure are reconciled: agency before press, exact
before rounded, most recent first) and prefer a stated total over the sum of its parts.</p>
<div class="kpi">{kpi}</div>
<h2>Charts</h2>
<div class="charts">{"".join(charts)}</div>
<h2>Operations</h2>
{_table(["operation", "metric", "category", "country", "value", "sources", "sources disagree"], op_rows)}
<h2>Claims and their sources</h2>
<p class="meta">Each claim with its reconciled value and every source stating it, with the words quoted.</p>
{more}
{_table(["metric", "about", "period", "value", "sources", "disagree", "sources and quotes"], rec_rows, cls="claims")}
<h2>Quarantine</h2>
{_table(["check", "stage", "source", "records", "example reason"], q_rows)}
</body></html>
"""


def write_report(engine: Engine, path: str | Path, **kw) -> Path:
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(path.suffix + ".tmp")
    tmp.write_text(build_report(engine, **kw), encoding="utf-8")
    tmp.replace(path)
    return path
