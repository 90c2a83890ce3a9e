"""Each check of the validation stage, on small hand-made records (no database)."""
from __future__ import annotations

from datetime import date

import pytest

from schemas.figures import FigureSchema, restatement_agrees
from seizure_stats.model import Document, Figure
from seizure_stats.validation import SEVERITY, QUARANTINE, WARNING, validate
from tests.warehouse.conftest import known_documents

TEXT = "In 2020 customs made 2 320 seizures and seized 500 kg of cocaine worth EUR 3 million."
NOW = date(2026, 1, 1)


def fig(metric="seizures", value=2320, unit="count", needle="2 320", **kw) -> Figure:
    start = TEXT.index(needle)
    kw.setdefault("quote", TEXT)
    return Figure(metric=metric, value=value, unit=unit, start=start, end=start + len(needle), **kw)


def doc(*figures: Figure, kind="text", text=TEXT, **kw) -> Document:
    if kind == "dataset":
        return Document(source="ds", kind="dataset", url=None, partition="p1", figures=list(figures), **kw)
    return Document(source="src", kind="text", url="https://x.example/a", text=text, figures=list(figures), **kw)


def run(*figures: Figure, **kw):
    v = validate([doc(*figures, **kw)], now=NOW)
    return v.documents[0].figures, v.quarantine


def quarantined_checks(*figures: Figure, **kw) -> set[str]:
    return {q.check for q in run(*figures, **kw)[1]}


def flags(*figures: Figure, **kw) -> list[list[str]]:
    return [f.flags for f in run(*figures, **kw)[0]]


def test_good_figure_passes_without_flags():
    kept, q = run(fig())
    assert q == [] and len(kept) == 1 and kept[0].flags == []


def test_known_documents_pass_cleanly():
    v = validate(known_documents(), now=NOW)
    assert v.quarantine == []
    assert all(f.flags == [] for d in v.documents for f in d.figures)
    assert v.figures == sum(len(d.figures) for d in known_documents())


@pytest.mark.parametrize("figure, check", [
    (fig(metric="seizure"), "metric_in_vocabulary"),
    (fig(metric=None), "metric_in_vocabulary"),
    (fig(metric="mass", value=500, unit="count", needle="500"), "unit_matches_metric"),
    (fig(metric="mass", value=500, unit="t", needle="500"), "unit_matches_metric"),
    (fig(metric="value", value=3e6, unit="EURO", needle="3"), "unit_matches_metric"),
    (fig(metric="volume", value=5, unit="kg", needle="500"), "unit_matches_metric"),
    (fig(metric="seizures", unit="EUR"), "unit_matches_metric"),
    (fig(qualifier="more_than"), "qualifier_in_vocabulary"),
    (fig(category="drug"), "category_in_vocabulary"),
    (fig(value=0), "value_positive"),
    (fig(value=-3), "value_positive"),
    (fig(value=float("nan")), "value_positive"),
    (fig(value="abc"), "value_positive"),
    (fig(metric="mass", value=1e12, unit="kg", needle="500"), "value_plausible"),
    (fig(metric="participating_countries", value=2020, needle="2020"), "value_plausible"),
    (fig(country="FRA"), "country_is_iso_alpha2"),
    (fig(country="fr"), "country_is_iso_alpha2"),
    (fig(country="UK"), "country_is_iso_alpha2"),
    (fig(period_start="2020-13-01", period_end="2020-12-31"), "period_is_iso_date"),
    (fig(period_start="2020", period_end="2020"), "period_is_iso_date"),
    (fig(period_start="2021-01-01", period_end="2020-12-31"), "period_order"),
    (fig(period_start="2027-01-01", period_end="2027-12-31"), "period_not_in_future"),
    (fig(quote=""), "quote_not_empty"),
    (Figure("seizures", 2320, "count", quote=TEXT, start=80, end=500), "offsets_inside_text"),
    (Figure("seizures", 2320, "count", quote=TEXT, start=30, end=20), "offsets_inside_text"),
    (Figure("seizures", 2320, "count", quote=TEXT, start=-1, end=3), "offsets_inside_text"),
])
def test_quarantine_checks(figure, check):
    assert SEVERITY[check] == QUARANTINE
    kept, q = run(figure)
    assert kept == []
    assert check in {r.check for r in q}
    r = next(r for r in q if r.check == check)
    assert r.stage == "validate" and r.source == "src" and r.document_id
    assert r.reason and r.reason != f"failed check {check}"  # a reason in words
    assert r.record["metric"] == figure.metric and r.record["quote"] == figure.quote


def test_value_currency_and_high_nominal_bounds():
    assert quarantined_checks(fig(metric="value", value=3e6, unit="EUR", needle="3")) == set()
    assert quarantined_checks(fig(metric="value", value=5e12, unit="EUR", needle="3")) == {"value_plausible"}
    assert quarantined_checks(fig(metric="value", value=5e12, unit="IDR", needle="3")) == set()
    assert quarantined_checks(fig(metric="volume", value=12000, unit="l", needle="500")) == set()


def test_period_ending_after_now_is_fine_and_xk_is_a_country():
    assert quarantined_checks(fig(period_start="2025-06-01", period_end="2026-12-31", country="XK")) == set()


@pytest.mark.parametrize("figure, check", [
    (fig(metric="arrests", value=2.5), "count_is_integer"),
    (Figure("seizures", 2320, "count", quote=TEXT), "offsets_present"),
    (fig(quote="customs made seizures"), "quote_contains_number"),
    (fig(quote="this sentence 2 320 is not in the text"), "quote_in_text"),
])
def test_warning_checks_load_with_flag(figure, check):
    assert SEVERITY[check] == WARNING
    kept, q = run(figure)
    assert q == []
    assert kept[0].flags == [check] or check in kept[0].flags


def test_existing_flags_are_kept():
    kept, _ = run(fig(flags=["from_table"], metric="arrests", value=2.5))
    assert kept[0].flags == ["from_table", "count_is_integer"]


def test_quote_contains_number_without_offsets_needs_a_digit():
    kept, _ = run(Figure("seizures", 2320, "count", quote="two thousand seizures"))
    assert "quote_contains_number" in kept[0].flags and "offsets_present" in kept[0].flags


def test_dataset_figures_skip_text_checks():
    kept, q = run(Figure("seizures", 10, "count", quote=""), kind="dataset")
    assert q == [] and kept[0].flags == []


def test_several_failures_give_one_record_each():
    q = run(fig(metric="mass", value=1e12, unit="count", country="FRA", needle="500"))[1]
    assert {r.check for r in q} == {"unit_matches_metric", "value_plausible", "country_is_iso_alpha2"}


# ---- across the figures of a document ---------------------------------------------------------------------

def test_restatement_agreeing_is_loaded():
    exact = fig()
    restated = fig(value=2300, qualifier="at_least")
    kept, q = run(exact, restated)
    assert q == [] and len(kept) == 2


def test_restatement_disagreeing_is_quarantined():
    exact = fig(object="cocaine")
    restated = fig(value=3000, qualifier="at_least", object="cocaine")
    kept, q = run(exact, restated)
    assert [f.value for f in kept] == [2320]
    assert [r.check for r in q] == ["restatement_disagrees"]
    assert "3,000" in q[0].reason and "2,320" in q[0].reason


# A headline and a body about one operation, then an unrelated regional total several sentences later.
RTEXT = ("Customs seize more than 3 000 kg of cocaine in the port\n"
         "Customs officers found 2 320 kg of cocaine in a container on Monday. The drugs were hidden in bananas. "
         "Two men were arrested. The investigation goes on. Other ports are checked. "
         "This year about 4 000 kg of drugs were seized in the region. "
         "In all, more than 126 million cigarettes were seized: 10 million in May, 30 million in June and 86 million "
         "in July.")


def rfig(value, needle, qualifier="exact", object="cocaine", metric="mass", unit="kg", category="drugs", **kw):
    start = RTEXT.index(needle)
    return Figure(metric=metric, value=value, unit=unit, qualifier=qualifier, object=object, category=category,
                  quote=needle, start=start, end=start + len(needle), **kw)


def rrun(*figures):
    v = validate([doc(*figures, text=RTEXT, title=RTEXT.split("\n")[0])], now=NOW)
    return v.documents[0].figures, v.quarantine


def test_title_restating_the_body_wrongly_is_quarantined():
    kept, q = rrun(rfig(2320, "2 320"), rfig(3000, "3 000", "at_least"))
    assert [f.value for f in kept] == [2320] and [r.check for r in q] == ["restatement_disagrees"]
    assert "3,000" in q[0].reason and "2,320" in q[0].reason


@pytest.mark.parametrize("why, qualified", [
    ("no object", rfig(3000, "3 000", "at_least", object=None)),
    ("coarse object", rfig(3000, "3 000", "at_least", object="drug")),
    ("sentences apart", rfig(3000, "4 000", "approximate")),
])
def test_an_uncertain_contradiction_is_flagged_not_quarantined(why, qualified):
    exact = rfig(2320, "2 320", object=qualified.object if why != "sentences apart" else "cocaine")
    kept, q = rrun(exact, qualified)
    assert q == [], why
    assert [f.flags for f in kept] == [[], ["restatement_uncertain"]], why


def test_values_beyond_a_rounding_factor_are_other_claims():
    # a regional annual value beside one seizure: 4 000 vs 2 320 is 1.7x, not a rounding
    kept, q = rrun(rfig(2320, "2 320", object="drug"), rfig(4000, "4 000", "approximate", object="drug"))
    assert q == [] and [f.flags for f in kept] == [[], []]


def test_a_total_is_never_held_against_its_own_parts():
    c = {"metric": "items", "unit": "count", "object": "cigarette", "category": "tobacco"}
    parts = [rfig(10e6, "10 million", **c), rfig(30e6, "30 million", **c), rfig(86e6, "86 million", **c)]
    kept, q = rrun(rfig(126e6, "126 million", "at_least", **c), *parts)
    assert q == [] and all("restatement_uncertain" not in f.flags for f in kept) and len(kept) == 4


def test_restatement_only_compares_the_same_claim():
    other_country = fig(value=3000, qualifier="at_least", country="DE")
    assert run(fig(country="FR"), other_country)[1] == []


@pytest.mark.parametrize("q, qualifier, exact, ok", [
    (2300, "at_least", 2320, True), (3000, "at_least", 2320, False),
    (2500, "at_most", 2320, True), (2000, "at_most", 2320, False),
    (2000, "approximate", 2320, True), (2300, "approximate", 2320, True), (3000, "approximate", 2320, False),
])
def test_restatement_rule(q, qualifier, exact, ok):
    assert restatement_agrees(q, qualifier, exact) is ok


def test_part_exceeding_total_is_flagged_on_part_and_total():
    total = fig(country="FR")
    part = fig(value=3100, category="drugs", country="FR")
    kept, q = run(total, part)
    assert q == []
    assert [f.flags for f in kept] == [["part_exceeds_total"], ["part_exceeds_total"]]


def test_parts_summing_above_total_are_flagged():
    total = fig(country="FR")
    a = fig(value=1500, category="drugs", country="FR")
    b = fig(value=1000, category="tobacco", country="FR")
    kept, _ = run(total, a, b)
    assert all(f.flags == ["part_exceeds_total"] for f in kept)


def test_parts_within_total_and_at_least_total_are_fine():
    assert flags(fig(country="FR"), fig(value=1500, category="drugs", country="FR"),
                 fig(value=800, category="tobacco", country="FR")) == [[], [], []]
    # "more than 2 000 seizures, 2 320 of them drugs": the total is a lower bound
    assert flags(fig(value=2000, qualifier="at_least"), fig(value=2320, category="drugs")) == [[], []]


def test_country_part_exceeding_multi_country_total():
    total = fig(value=1000)  # country null: across countries
    part = fig(value=2320, country="FR")
    assert flags(total, part) == [["part_exceeds_total"], ["part_exceeds_total"]]


def test_items_with_other_objects_are_not_parts():
    parcels = fig(metric="items", value=505, object="parcel", needle="2 320")
    cigarettes = fig(metric="items", value=1_200_000, object="cigarette", category="tobacco", needle="2 320")
    assert flags(parcels, cigarettes) == [[], []]


def test_duplicate_figure_is_quarantined_once():
    kept, q = run(fig(), fig())
    assert len(kept) == 1 and [r.check for r in q] == ["duplicate_figure"]


def test_cross_checks_ignore_quarantined_figures():
    # the bad-unit figure is quarantined for its unit; it is not also compared with the total
    kept, q = run(fig(country="FR"), fig(value=9999, unit="kg", category="drugs", country="FR"))
    assert {r.check for r in q} == {"unit_matches_metric"} and kept[0].flags == []


def test_document_dates_are_checked_and_nulled():
    v = validate([doc(fig(), published="01/02/2021", period_start="2021-02-01", period_end="2021-01-01")], now=NOW)
    assert {q.check for q in v.quarantine} == {"published_is_iso_date", "document_period_order"}
    d = v.documents[0]
    assert d.published is None and d.period_start is None and len(d.figures) == 1


def test_nothing_is_dropped_silently():
    figures = [fig(object="cocaine"), fig(metric="bad"), fig(value=3000, qualifier="at_least", object="cocaine"),
               fig(object="cocaine"), fig(metric="arrests", value=2.5)]
    v = validate([doc(*figures)], now=NOW)
    kept = len(v.documents[0].figures)
    quarantined_figures = {(q.record["metric"], q.record["value"], q.record["qualifier"]) for q in v.quarantine}
    assert kept + len(v.quarantine) == len(figures) and len(quarantined_figures) == 3


def test_input_documents_are_not_modified():
    d = doc(fig(metric="arrests", value=2.5), fig(metric="bad"))
    validate([d], now=NOW)
    assert len(d.figures) == 2 and d.figures[0].flags == []


def test_column_names_come_from_the_schema():
    assert FigureSchema.metric == "metric" and FigureSchema.period_start == "period_start"


def test_empty_input():
    v = validate([], now=NOW)
    assert v.documents == [] and v.quarantine == []
    v = validate([doc()], now=NOW)
    assert v.documents[0].figures == [] and v.quarantine == []


def test_consecutive_validations_do_not_share_results():
    c = {"object": "cocaine"}
    assert [r.check for r in run(fig(**c), fig(value=3000, qualifier="at_least", **c))[1]] == ["restatement_disagrees"]
    assert run(fig(**c), fig(value=2300, qualifier="at_least", **c))[1] == []
    assert [r.check for r in run(fig(**c), fig(value=3000, qualifier="at_least", **c))[1]] == ["restatement_disagrees"]


def test_dataset_quarantine_dicts_become_records():
    from seizure_stats.validation import QuarantineRecord

    q = {"stage": "dataset", "source": "cbp", "check": "quantity_is_number", "reason": "'abc' is not a number",
         "record": {"_row": 7}, "partition": "2022-01", "document_id": "ds-1", "unknown": 1}
    r = QuarantineRecord.from_dict(q)
    assert (r.stage, r.document_id, r.partition, r.record) == ("dataset", "ds-1", "2022-01", {"_row": 7})
    assert QuarantineRecord(**{k: v for k, v in q.items() if k != "unknown"}).partition == "2022-01"


def test_a_figure_without_period_takes_its_documents_for_the_cross_checks():
    dated = fig(period_start="2020-01-01", period_end="2020-12-31", object="cocaine")
    undated = fig(value=3000, qualifier="at_least", object="cocaine")
    q = run(dated, undated, period_start="2020-01-01", period_end="2020-12-31")[1]
    assert [r.check for r in q] == ["restatement_disagrees"]
    other_year = fig(value=3000, qualifier="at_least", period_start="2019-01-01", period_end="2019-12-31",
                     object="cocaine")
    assert run(dated, other_year, period_start="2020-01-01", period_end="2020-12-31")[1] == []


def test_restatement_needs_the_same_object():
    cocaine = fig(metric="mass", value=8400, unit="kg", needle="500", category="drugs", object="cannabis")
    about = fig(metric="mass", value=15000, unit="kg", needle="500", category="drugs", object="cocaine",
                qualifier="approximate")
    assert run(cocaine, about)[1] == []


def test_text_document_without_its_text_is_not_quarantined_for_offsets():
    kept, q = run(fig(), text=None)
    assert q == [] and len(kept) == 1


def test_batches_validated_concurrently_equal_one_at_a_time():
    """The cross-figure checks keep nothing between calls: 40 different batches validated on 8 threads at once give
    exactly what each gives alone (a shared cache once handed one batch another's row indices)."""
    from concurrent.futures import ThreadPoolExecutor

    def batch(k: int) -> list[Document]:
        c = {"object": "cocaine"}
        figures = [fig(**c), fig(value=3000 + k, qualifier="at_least", **c)] if k % 2 else [fig(**c)]
        figures += [fig(metric="mass", value=500 + j, unit="kg", needle="500", country="FR") for j in range(k % 5)]
        figures += [fig(), fig()] if k % 3 == 0 else []
        return [doc(*figures), doc(fig(country="FR"), fig(value=3100 + k, category="drugs", country="FR"))]

    def outcome(k: int):
        v = validate(batch(k), now=NOW)
        return ([[(f.value, tuple(f.flags)) for f in d.figures] for d in v.documents],
                sorted((q.check, q.record["value"]) for q in v.quarantine))

    alone = [outcome(k) for k in range(40)]
    with ThreadPoolExecutor(max_workers=8) as pool:
        together = list(pool.map(outcome, list(range(40)) * 3))
    assert together == alone * 3
    assert {c for _, qs in alone for c, _ in qs} == {"restatement_disagrees", "duplicate_figure"}
