"""The views on SQLite and PostgreSQL, with the known documents of conftest.py and the numbers worked out by hand.

Clusters (claims) of the known data:
  Pangea XIV (documents A customs-fr/agency, B press-a, E press-b; B writes the operation in lower case):
    seizures FR           A 2320 exact, B "more than 2 300"   -> 2320 (agency), agree
    seizures FR medicines A 1500; seizures FR counterfeit A 800
    mass FR drugs         A 500 (agency), B 550 (press, newer) -> 500, disagree
    arrests FR            B 25 (2021-06-03), E 30 (2021-06-02) -> 25 (both press: most recent), disagree
    checks FR             B "about 100", E 98 exact            -> 98 (exact first), agree (within 10 %)
  C (press-b, no operation, 2020): arrests GB 12, mass GB tobacco 1000, mass GB drugs 200
  D (cbp dataset, 2022-01): seizures US drugs 10, mass US drugs 300.5
"""
from __future__ import annotations

from datetime import date

import pytest

from seizure_stats.validation import QuarantineRecord, validate
from seizure_stats.warehouse.db import apply_views, view_files
from seizure_stats.warehouse.loader import load
from tests.warehouse.conftest import SOURCES, known_documents, rows, scalar


@pytest.fixture
def loaded(engine):
    v = validate(known_documents(), now=date(2026, 1, 1))
    bad = [QuarantineRecord("validate", "press-a", "doc-x", "value_plausible", "too big", {"value": 1e13}),
           QuarantineRecord("validate", "press-a", "doc-y", "value_plausible", "much too big", {"value": 1e14}),
           QuarantineRecord("extract", "press-b", "doc-z", "no_figures", "nothing found", {})]
    load(engine, v.documents, v.quarantine + bad, run_id="r1", extractor_version="t", sources=SOURCES)
    return engine


def norm(rs: list[dict], keys: tuple[str, ...]) -> set[tuple]:
    out = set()
    for r in rs:
        t = []
        for k in keys:
            v = r[k]
            t.append(float(v) if isinstance(v, float | int) and not isinstance(v, bool) and k in
                     ("total", "value", "min_value", "max_value") else v)
        out.add(tuple(t))
    return out


def test_all_views_exist(engine):
    names = [n for n, _ in view_files()]
    assert set(names) == {"reconciled_figures", "figures_by_country_year", "figures_by_category_year",
                          "figures_by_operation", "document_figures", "quarantine_by_check", "figures_by_year", "figure_claims",
                          "scope_country_totals"}
    assert names.index("reconciled_figures") < names.index("scope_country_totals") \
        < min(names.index("figures_by_country_year"), names.index("figures_by_year"))
    for n in names:
        assert rows(engine, f"SELECT * FROM {n}") == []
    assert apply_views(engine) == []  # unchanged definitions: nothing dropped, nothing re-created
    assert apply_views(engine, force=True) == names  # re-creating is harmless
    with engine.begin() as conn:
        conn.exec_driver_sql("DROP VIEW quarantine_by_check")
    assert apply_views(engine) == names  # a missing view is re-created
    assert rows(engine, "SELECT * FROM quarantine_by_check") == []


def test_changed_view_definition_is_reapplied(engine, tmp_path):
    import shutil

    from seizure_stats.warehouse.db import VIEWS

    folder = tmp_path / "views"
    shutil.copytree(VIEWS, folder)
    (folder / "quarantine_by_check.sql").unlink()
    extra = "CREATE VIEW figure_count AS SELECT COUNT(*) AS n FROM figure\n"
    (folder / "figure_count.sql").write_text(extra)
    assert "figure_count" in apply_views(engine, folder)
    assert rows(engine, "SELECT n FROM figure_count") == [{"n": 0}]
    from sqlalchemy import inspect

    assert "quarantine_by_check" not in inspect(engine).get_view_names()  # its file is gone: dropped
    assert apply_views(engine, folder) == []
    assert "quarantine_by_check" in apply_views(engine)  # back to the repository's views
    assert "figure_count" not in inspect(engine).get_view_names()


def test_reconciled_figures(loaded):
    rs = rows(loaded, "SELECT * FROM reconciled_figures")
    assert len(rs) == 11
    keys = ("operation", "metric", "category", "country", "value", "qualifier", "source", "sources", "documents",
            "figures", "min_value", "max_value", "disagreement")
    got = {r for r in norm(rs, keys) if r[0] is not None}
    assert got == {
        ("Pangea XIV", "seizures", None, "FR", 2320.0, "exact", "customs-fr", 2, 2, 2, 2300.0, 2320.0, 0),
        ("Pangea XIV", "seizures", "medicines", "FR", 1500.0, "exact", "customs-fr", 1, 1, 1, 1500.0, 1500.0, 0),
        ("Pangea XIV", "seizures", "counterfeit", "FR", 800.0, "exact", "customs-fr", 1, 1, 1, 800.0, 800.0, 0),
        ("Pangea XIV", "mass", "drugs", "FR", 500.0, "exact", "customs-fr", 2, 2, 2, 500.0, 550.0, 1),
        ("pangea xiv", "arrests", None, "FR", 25.0, "exact", "press-a", 2, 2, 2, 25.0, 30.0, 1),
        ("Pangea XIV", "checks", None, "FR", 98.0, "exact", "press-b", 2, 2, 2, 98.0, 100.0, 0),
    }
    others = {r[1:] for r in norm(rs, keys) if r[0] is None}
    assert others == {
        ("arrests", None, "GB", 12.0, "exact", "press-b", 1, 1, 1, 12.0, 12.0, 0),
        ("mass", "tobacco", "GB", 1000.0, "exact", "press-b", 1, 1, 1, 1000.0, 1000.0, 0),
        ("mass", "drugs", "GB", 200.0, "exact", "press-b", 1, 1, 1, 200.0, 200.0, 0),
        ("seizures", "drugs", "US", 10.0, "exact", "cbp", 1, 1, 1, 10.0, 10.0, 0),
        ("mass", "drugs", "US", 300.5, "exact", "cbp", 1, 1, 1, 300.5, 300.5, 0),
    }
    mass = next(r for r in rs if r["metric"] == "mass" and r["country"] == "FR")
    assert mass["authority"] == "agency" and mass["quote"] == "Officers seized 500 kg of cocaine"
    assert mass["url"] == "https://douane.example/pangea-xiv" and mass["year"] == 2021


def test_drill_down_from_a_claim_to_every_quote(loaded):
    key = scalar(loaded, "SELECT cluster_key FROM reconciled_figures WHERE metric = 'mass' AND country = 'FR'")
    claims = rows(loaded, "SELECT source, authority, value, quote, url, title FROM document_figures "
                          "WHERE cluster_key = :k ORDER BY value", k=key)
    assert claims == [
        {"source": "customs-fr", "authority": "agency", "value": 500.0, "quote": "Officers seized 500 kg of cocaine",
         "url": "https://douane.example/pangea-xiv", "title": "Pangea XIV"},
        {"source": "press-a", "authority": "press", "value": 550.0, "quote": "Police seized 550 kg of cocaine",
         "url": "https://press-a.example/pangea", "title": "Pangea: 2 300 seizures"},
    ]
    assert scalar(loaded, "SELECT COUNT(*) FROM document_figures") == 15


def test_figures_by_country_year(loaded):
    rs = rows(loaded, "SELECT * FROM figures_by_country_year")
    assert norm(rs, ("country", "metric", "unit", "year", "total", "figures", "documents")) == {
        ("FR", "seizures", "count", 2021, 2320.0, 4, 2),  # the total, not total + its parts, not + the restatement
        ("FR", "mass", "kg", 2021, 500.0, 2, 2),
        ("FR", "arrests", "count", 2021, 25.0, 2, 2),
        ("FR", "checks", "count", 2021, 98.0, 2, 2),
        ("GB", "arrests", "count", 2020, 12.0, 1, 1),
        ("GB", "mass", "kg", 2020, 1200.0, 2, 1),  # no all-category figure: the parts are added
        ("US", "seizures", "count", 2022, 10.0, 1, 1),
        ("US", "mass", "kg", 2022, 300.5, 1, 1),
    }


def test_figures_by_category_year(loaded):
    rs = rows(loaded, "SELECT * FROM figures_by_category_year")
    assert norm(rs, ("category", "metric", "unit", "year", "total", "figures", "documents")) == {
        (None, "seizures", "count", 2021, 2320.0, 2, 2),
        ("medicines", "seizures", "count", 2021, 1500.0, 1, 1),
        ("counterfeit", "seizures", "count", 2021, 800.0, 1, 1),
        ("drugs", "mass", "kg", 2021, 500.0, 2, 2),
        (None, "arrests", "count", 2021, 25.0, 2, 2),
        (None, "checks", "count", 2021, 98.0, 2, 2),
        (None, "arrests", "count", 2020, 12.0, 1, 1),
        ("tobacco", "mass", "kg", 2020, 1000.0, 1, 1),
        ("drugs", "mass", "kg", 2020, 200.0, 1, 1),
        ("drugs", "seizures", "count", 2022, 10.0, 1, 1),
        ("drugs", "mass", "kg", 2022, 300.5, 1, 1),
    }


def test_figures_by_operation(loaded):
    rs = rows(loaded, "SELECT * FROM figures_by_operation")
    assert norm(rs, ("operation", "metric", "category", "country", "value", "sources", "figures", "documents",
                     "disagreement")) == {
        ("Pangea XIV", "seizures", None, "FR", 2320.0, 2, 2, 2, 0),
        ("Pangea XIV", "seizures", "medicines", "FR", 1500.0, 1, 1, 1, 0),
        ("Pangea XIV", "seizures", "counterfeit", "FR", 800.0, 1, 1, 1, 0),
        ("Pangea XIV", "mass", "drugs", "FR", 500.0, 2, 2, 2, 1),
        ("Pangea XIV", "arrests", None, "FR", 25.0, 2, 2, 2, 1),
        ("Pangea XIV", "checks", None, "FR", 98.0, 2, 2, 2, 0),
    }
    first = {str(r["first_published"]) for r in rs if r["metric"] == "arrests"}
    assert first == {"2021-06-02"}


def test_quarantine_by_check(loaded):
    rs = rows(loaded, "SELECT * FROM quarantine_by_check ORDER BY check_name")
    assert [(r["check_name"], r["stage"], r["source"], r["records"], r["documents"], r["example_reason"])
            for r in rs] == [("no_figures", "extract", "press-b", 1, 1, "nothing found"),
                             ("value_plausible", "validate", "press-a", 2, 2, "much too big")]


def test_reconciled_view_follows_a_reload(loaded):
    """Reloading the agency's document with a corrected value changes the canonical value at once."""
    a = known_documents()[0]
    a.figures[3].value = 520
    v = validate([a], now=date(2026, 1, 1))
    load(loaded, v.documents, v.quarantine, run_id="r2", extractor_version="t")
    assert scalar(loaded, "SELECT value FROM reconciled_figures WHERE metric = 'mass' AND country = 'FR'") == 520
    assert scalar(loaded, "SELECT COUNT(*) FROM figure") == 15


def test_different_objects_are_different_claims(engine):
    """A bulletin with 500 kg of cocaine and 300 kg of heroin: two claims, added in the totals."""
    from seizure_stats.model import Document, Figure

    p = {"period_start": "2025-04-01", "period_end": "2025-04-30"}
    d = Document(source="cbp", kind="dataset", url=None, partition="2025-04", country="US", **p, figures=[
        Figure("mass", 500, "kg", object="cocaine", category="drugs", country="US", quote="row 1", **p),
        Figure("mass", 300, "kg", object="heroin", category="drugs", country="US", quote="row 2", **p)])
    v = validate([d], now=date(2026, 1, 1))
    assert v.quarantine == []
    load(engine, v.documents, [], run_id="r", extractor_version="t")
    assert scalar(engine, "SELECT COUNT(*) FROM reconciled_figures") == 2
    assert scalar(engine, "SELECT SUM(disagreement) FROM reconciled_figures") == 0
    assert rows(engine, "SELECT total FROM figures_by_country_year") == [{"total": 800.0}]


def _postbox(language: str, text_: str, needle: str, metric: str, operation: str, obj: str | None,
             source: str = "customs-fr", **extra_figures):
    from seizure_stats.model import Document
    from tests.warehouse.conftest import fig_in

    p = {"period_start": "2019-03-01", "period_end": "2019-03-31"}
    return Document(source=source, kind="text", url=f"https://douane.example/postbox-{language}", text=text_,
                    title=f"Postbox II ({language})", published="2019-04-02", language=language, operation=operation,
                    **p, figures=[fig_in(text_, needle, metric, 460, "count", object=obj, country="IT", **p)])


def test_items_and_seizures_of_one_operation_are_one_claim_across_languages(engine):
    fr = _postbox("fr", "Opération Postbox II : l'Italie compte 460 colis saisis.", "460", "items", "Postbox II",
                  "parcel")
    en = _postbox("en", "Operation Postbox II: Italy reported 460 seizures.", "460", "seizures", "postbox ii", None,
                  source="press-a")
    v = validate([fr, en], now=date(2026, 1, 1))
    load(engine, v.documents, v.quarantine, run_id="r", extractor_version="t", sources=SOURCES)
    claims = rows(engine, "SELECT metric, value, sources, documents, disagreement, cluster_key FROM reconciled_figures")
    assert len(claims) == 1 and claims[0]["sources"] == 2 and claims[0]["disagreement"] == 0
    quotes = rows(engine, "SELECT language FROM document_figures WHERE cluster_key = :k ORDER BY language",
                  k=claims[0]["cluster_key"])
    assert quotes == [{"language": "en"}, {"language": "fr"}]
    assert rows(engine, "SELECT country, total FROM figures_by_country_year") == [{"country": "IT", "total": 460.0}]


@pytest.mark.parametrize("change", ["other operation", "other value", "no operation", "items both"])
def test_items_and_seizures_stay_apart_otherwise(engine, change):
    fr = _postbox("fr", "Opération Postbox II : l'Italie compte 460 colis saisis.", "460", "items", "Postbox II",
                  "parcel")
    en_op = {"other operation": "Postbox III", "no operation": None}.get(change, "Postbox II")
    en = _postbox("en", "Operation Postbox II: Italy reported 460 seizures.", "460",
                  "items" if change == "items both" else "seizures", en_op, "parcel" if change == "items both" else None)
    if change == "no operation":
        fr.operation = None
    if change == "other value":
        en.figures[0].value = 470
    v = validate([fr, en], now=date(2026, 1, 1))
    load(engine, v.documents, v.quarantine, run_id="r", extractor_version="t", sources=SOURCES)
    expected = 1 if change == "items both" else 2  # two items figures of one operation were one claim already
    assert scalar(engine, "SELECT COUNT(*) FROM reconciled_figures") == expected
