"""The reason for every figure: `extract --explain` shows, for each figure, the named rules that decided its metric,
unit, category and country with the words behind them; every rule recorded is declared in extraction/reasons.py."""
from __future__ import annotations

import ast
import json
from pathlib import Path

import pytest

from seizure_stats.cli import main
from seizure_stats.extraction import extract
from seizure_stats.extraction.reasons import FIELDS, RULES, parse

ROOT = Path(__file__).resolve().parents[2]
EXTRACTION = ROOT / "seizure_stats" / "extraction"
SEED_FR = ROOT / "examples" / "bulletins" / "2019-postbox-ii-fr.html"
SHARED_SEEDS = ROOT.parent / "shared" / "seeds"


def explained(capsys, *paths: Path, extra: tuple[str, ...] = ()) -> list[dict]:
    assert main(["extract", "--json", "--explain", *extra, *map(str, paths)]) == 0
    return [json.loads(line) for line in capsys.readouterr().out.splitlines()]


def figure(doc: dict, metric: str, value: float) -> dict:
    found = [f for f in doc["figures"] if f["metric"] == metric and f["value"] == value]
    assert len(found) == 1, (metric, value, [(f["metric"], f["value"]) for f in doc["figures"]])
    return found[0]


def test_seed_article_explains_every_figure(capsys):
    [doc] = explained(capsys, SEED_FR)
    assert len(doc["figures"]) >= 8
    for f in doc["figures"]:
        fields = [parse(r).field for r in f["reasons"]]
        assert set(fields) == set(FIELDS), f  # metric, unit, category and country: each has its rule
    seizures = figure(doc, "seizures", 2320)
    assert 'metric: term_after_number "saisies" -> seizures' in seizures["reasons"]
    assert "unit: no_unit -> count" in seizures["reasons"]
    # "Au total, ... 2 320 saisies" in a multi-country operation: a total with no country, and it says so
    [country] = [r for r in seizures["reasons"] if r.startswith("country: ")]
    assert country.startswith('country: total_across_countries "') and seizures["country"] is None
    belgium = figure(doc, "items", 505)
    assert 'country: mention_before mention "Belgique" -> BE' in belgium["reasons"]
    assert 'metric: verb_resolves "saisis": container -> items' in belgium["reasons"]
    italy = figure(doc, "items", 460)
    assert 'metric: list_continues_next_sentence "505 colis" -> items' in italy["reasons"]
    assert 'country: mention_before mention "Italie" -> IT' in italy["reasons"]
    counterfeit = figure(doc, "detections", 365)
    assert 'metric: part_of_total "794 constatations" -> detections' in counterfeit["reasons"]
    assert 'category: part_category "contrefaçons" -> counterfeit' in counterfeit["reasons"]


@pytest.mark.skipif(not SHARED_SEEDS.is_dir(), reason="shared/seeds is absent")
def test_shared_seed_article(capsys):
    seeds = sorted(SHARED_SEEDS.glob("*.txt"))
    [doc] = explained(capsys, seeds[0])
    seizures = figure(doc, "seizures", 2320)
    assert 'metric: term_after_number "saisies" -> seizures' in seizures["reasons"]
    assert any(r.startswith("country: ") for r in seizures["reasons"])
    assert 'country: mention_after mention "Belgique" -> BE' in figure(doc, "items", 505)["reasons"]


def test_explain_table_and_plain_json(capsys, tmp_path):
    assert main(["extract", "--explain", str(SEED_FR)]) == 0
    table = capsys.readouterr().out
    assert 'metric: term_after_number "saisies" -> seizures' in table
    assert main(["extract", "--json", str(SEED_FR)]) == 0  # without --explain the output is what it was
    doc = json.loads(capsys.readouterr().out)
    assert doc["figures"] and all("reasons" not in f for f in doc["figures"])
    assert main(["extract", str(SEED_FR)]) == 0
    assert "metric:" not in capsys.readouterr().out
    assert main(["extract", "--format", "csv", "--explain", str(SEED_FR)]) == 0
    import csv
    table = list(csv.DictReader(capsys.readouterr().out.splitlines()))
    [row] = [r for r in table if r["value"] == "2320"]
    assert row["reasons"].split("; ")[0] == 'metric: term_after_number "saisies" -> seizures'
    assert main(["extract", "--format", "csv", str(SEED_FR)]) == 0
    assert "reasons" not in capsys.readouterr().out.splitlines()[0]


def test_home_country_names_its_winning_clues(capsys, tmp_path):
    p = tmp_path / "es.txt"
    p.write_text("La Guardia Civil ha desarticulado una red de narcotraficantes. En un almacén los agentes se "
                 "incautaron de 120 kilos de cocaína.\n", encoding="utf-8")
    [doc] = explained(capsys, p)
    f = figure(doc, "mass", 120)
    assert 'country: home_country agency "Guardia Civil" -> ES' in f["reasons"]
    assert 'metric: unit_word "kilos" -> mass' in f["reasons"]
    assert 'category: term_category "cocaína" -> drugs' in f["reasons"]
    [doc] = explained(capsys, p, extra=("--country", "MX"))
    assert "country: source_country given by the source -> MX" in figure(doc, "mass", 120)["reasons"]


def test_local_currency_sign_says_its_country():
    text = ("Members of the South African Police Service seized counterfeit goods worth R960,000 in Durban, "
            "KwaZulu-Natal.")
    [f] = [f for f in extract(text, language="en").figures if f.metric == "value"]
    assert f.unit == "ZAR"
    assert 'unit: local_currency "R" in ZA -> ZAR' in f.reasons, f.reasons


def _corpus() -> list[str]:
    texts = [json.loads(p.read_text(encoding="utf-8"))["text"] for p in sorted((ROOT / "tests" / "gold").glob("*.json"))]
    texts += [p.read_text(encoding="utf-8") for p in sorted((ROOT / "examples" / "inbox").glob("*.txt"))]
    return texts


DEV = ROOT.parent / "shared" / "eval" / "dev"


@pytest.mark.skipif(not DEV.is_dir(), reason="shared/eval/dev is absent")
def test_every_figure_of_the_dev_texts_is_explained():
    """Real texts reach rules the made-up ones do not: each of their figures has a declared rule for each field."""
    texts = [json.loads(p.read_text(encoding="utf-8")) for p in sorted(DEV.glob("*.json"))]
    figures = [f for d in texts for f in extract(d["text"], language=d.get("language")).figures]
    assert len(figures) > 200
    for f in figures:
        assert {parse(x).field for x in f.reasons} == set(FIELDS), (f.quote, f.reasons)
        assert all(parse(x).rule in RULES for x in f.reasons), f.reasons


def test_every_recorded_rule_is_declared():
    seen: set[str] = set()
    n = 0
    for text in _corpus():
        for f in extract(text).figures:
            n += 1
            assert f.reasons, f
            for line in f.reasons:
                r = parse(line)
                assert r.field in FIELDS, line
                assert r.rule in RULES, line
                seen.add(r.rule)
            assert {parse(x).field for x in f.reasons} == set(FIELDS), (f.quote, f.reasons)
    assert n > 100 and len(seen) >= 15  # the corpus exercises most rules


def _rule_literals() -> set[str]:
    """Rule names written in the extractor's source: the second argument of `because(...)` and `_mentioned(...)`,
    the first element of the `why` / `home_reason` tuples."""
    found: set[str] = set()
    for path in EXTRACTION.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            expr = None
            if isinstance(node, ast.Call):
                name = getattr(node.func, "attr", None) or getattr(node.func, "id", None)
                if name in ("because", "_mentioned") and len(node.args) >= 2:
                    expr = node.args[1]
            elif isinstance(node, (ast.Assign, ast.AnnAssign)) and isinstance(node.value, ast.Tuple):
                targets = node.targets if isinstance(node, ast.Assign) else [node.target]
                if any(getattr(t, "id", None) in ("why", "home_reason") or getattr(t, "attr", None) == "home_reason"
                       for t in targets):
                    expr = node.value.elts[0]
            if expr is not None:
                found |= {c.value for c in ast.walk(expr) if isinstance(c, ast.Constant) and isinstance(c.value, str)}
    return found


def test_rules_in_the_source_are_the_declared_ones():
    written = _rule_literals()
    assert written, "no rule found in the source: the scan is broken"
    assert written <= set(RULES), written - set(RULES)
    assert set(RULES) <= written, set(RULES) - written  # a declared rule nothing records is stale
    assert all(RULES[r].strip() for r in RULES)
