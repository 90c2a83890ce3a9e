"""The warehouse keeps why each figure is what it is (figure.reasons, migration 0006) and document_figures shows it,
on SQLite and PostgreSQL, through both insert paths (row inserts and PostgreSQL's COPY); reloading changes nothing."""
from __future__ import annotations

from datetime import date
from pathlib import Path

from seizure_stats.extraction import EXTRACTOR_VERSION, extract
from seizure_stats.extraction.reasons import RULES, parse
from seizure_stats.model import Document, Figure
from seizure_stats.sources.text import html_to_text
from seizure_stats.validation import validate
from seizure_stats.warehouse.db import current_version
from seizure_stats.warehouse.loader import COPY_THRESHOLD, load
from tests.warehouse.conftest import rows, scalar

ROOT = Path(__file__).resolve().parents[2]
NOW = date(2026, 1, 1)


def postbox_document() -> Document:
    text = html_to_text((ROOT / "examples" / "bulletins" / "2019-postbox-ii-fr.html").read_bytes())
    ex = extract(text, language="fr")
    return Document(source="olaf-fr", kind="text", url="https://olaf.example/postbox-ii", text=text, title=ex.title,
                    published="2019-06-01", language="fr", operation=ex.operation, period_start=ex.period_start,
                    period_end=ex.period_end, figures=ex.figures)


def load_twice(engine, documents: list[Document]) -> list[dict]:
    snapshots = []
    for run in ("r1", "r2"):
        v = validate(documents, now=NOW)
        load(engine, v.documents, v.quarantine, run_id=run, extractor_version=EXTRACTOR_VERSION)
        snapshots.append(rows(engine, "SELECT id, metric, value, country, reasons FROM figure ORDER BY id"))
    assert snapshots[0] == snapshots[1]  # reloading leaves the warehouse as one load did
    return snapshots[1]


def test_migration_adds_the_column(engine):
    assert current_version(engine) >= 6
    assert rows(engine, "SELECT reasons FROM figure") == []


def test_extracted_figures_carry_their_reasons_into_document_figures(engine):
    doc = postbox_document()
    loaded = load_twice(engine, [doc])
    assert len(loaded) == len(doc.figures) and all(r["reasons"] for r in loaded)
    [r] = rows(engine, "SELECT metric, country, reasons FROM document_figures WHERE value = 2320")
    assert r["metric"] == "seizures"
    lines = r["reasons"].split("; ")
    assert 'metric: term_after_number "saisies" -> seizures' in lines
    assert any(x.startswith("country: total_across_countries") for x in lines)
    [r] = rows(engine, "SELECT country, reasons FROM document_figures WHERE value = 505")
    assert r["country"] == "BE" and 'country: mention_before mention "Belgique" -> BE' in r["reasons"].split("; ")
    for stored in scalar_list(engine, "SELECT reasons FROM document_figures"):
        assert all(parse(x).rule in RULES for x in stored.split("; "))


def scalar_list(engine, sql: str) -> list:
    return [next(iter(r.values())) for r in rows(engine, sql)]


def test_many_figures_with_reasons_and_figures_without(engine):
    """More than COPY_THRESHOLD figures (PostgreSQL writes them with COPY), some with reasons and some without
    (a dataset's figures have none: NULL)."""
    p = {"period_start": "2022-01-01", "period_end": "2022-01-31"}
    figs = [Figure("seizures", i + 1, "count", category="drugs", country="US", object=f"lot-{i}", quote="row",
                   reasons=["metric: term_after_number \"seizures\" -> seizures", "country: source_country -> US"]
                   if i % 2 else [], **p)
            for i in range(COPY_THRESHOLD + 10)]
    d = Document(source="cbp", kind="dataset", url=None, partition="2022-01", figures=figs, **p)
    loaded = load_twice(engine, [d])
    assert len(loaded) == COPY_THRESHOLD + 10
    with_reasons = {int(r["value"]): r["reasons"] for r in loaded}
    assert with_reasons[2] == 'metric: term_after_number "seizures" -> seizures; country: source_country -> US'
    assert with_reasons[1] is None
    assert scalar(engine, "SELECT COUNT(*) FROM document_figures WHERE reasons IS NOT NULL") == (COPY_THRESHOLD + 10) // 2


def test_a_quarantined_figure_keeps_its_reasons(engine):
    """A quarantine row can be traced to the rule behind the figure; its identity does not depend on the wording."""
    import json

    text = "Customs seized 120 trillion kg of cocaine in Rotterdam."
    why = ['metric: unit_word "kg" -> mass', 'country: mention_after mention "Rotterdam" -> NL']
    bad = Figure("mass", 1.2e14, "kg", category="drugs", country="NL", quote=text, start=15, end=26, reasons=why)
    d = Document(source="press", kind="text", url="https://press.example/1", text=text, language="en",
                 published="2025-01-01", figures=[bad])
    v = validate([d], now=NOW)
    load(engine, v.documents, v.quarantine, run_id="r1", extractor_version="t")
    [q] = rows(engine, "SELECT id, check_name, record FROM quarantine")
    assert q["check_name"] == "value_plausible"
    assert json.loads(q["record"])["reasons"] == why
    reworded = Document(**{**d.__dict__, "figures": [Figure(**{**bad.__dict__, "reasons": ["metric: x"]})]})
    v = validate([reworded], now=NOW)
    load(engine, v.documents, v.quarantine, run_id="r2", extractor_version="t")
    [q2] = rows(engine, "SELECT id, check_name FROM quarantine")
    assert (q2["id"], q2["check_name"]) == (q["id"], q["check_name"])
