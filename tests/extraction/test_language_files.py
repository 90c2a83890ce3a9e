"""Integrity of the per-language data files: required keys, vocabularies, patterns, no duplicate keys."""
from __future__ import annotations

import pytest
import yaml

from seizure_stats.extraction.lexicon import LANG_DIR, available_languages, check_language_file, load
from seizure_stats.yamlfile import load_unique

SCOPE = {"en", "fr", "de", "it", "es", "nl", "pt"}


def test_all_languages_in_scope_have_a_file():
    assert SCOPE <= set(available_languages())


@pytest.mark.parametrize("code", available_languages())
def test_language_file_is_sound(code):
    assert check_language_file(code) == []


@pytest.mark.parametrize("code", available_languages())
def test_language_loads_with_country_names_for_every_territory(code):
    lang = load(code)
    codes = {v for v in lang.country_map.values() if v}
    assert len(codes) > 200  # CLDR names for (nearly) every country, not only the ones a corpus used


def test_duplicate_keys_are_rejected():
    with pytest.raises(yaml.constructor.ConstructorError):
        load_unique("a: 1\na: 2\n")


def test_checker_reports_bad_vocabulary(tmp_path, monkeypatch):
    import seizure_stats.extraction.lexicon as lex
    src = (LANG_DIR / "en.yaml").read_text(encoding="utf-8")
    bad = src.replace("- ['seizures?', seizures, null, null]", "- ['seizures?', seizure_count, null, drugz]")
    bad = bad.replace("language: en", "language: xx")
    (tmp_path / "xx.yaml").write_text(bad, encoding="utf-8")
    monkeypatch.setattr(lex, "LANG_DIR", tmp_path)
    problems = check_language_file("xx")
    assert any("unknown metric" in p for p in problems)
    assert any("unknown category" in p for p in problems)


# A made-up language (Esperanto, which no file covers): the smallest complete file. Adding a language is this file
# plus examples; nothing in Python names it.
TOY = """\
language: eo
decimal: ","
number_words:
  units: {unu: 1, du: 2, tri: 3, dek: 10}
  hundreds: {cent: 100}
  scales: {mil: 1000, miliono: 1000000}
  connectors: [kaj]
  articles: [unu]
scales: {mil: 1000, miliono: 1000000, milionoj: 1000000}
units:
  kg: ['kg', 'kilogramoj?n?']
  t: ['tunoj?n?']
currencies:
  EUR: ['eŭroj?n?']
qualifiers:
  at_least: ['almenaŭ', 'pli ol']
  approximate: ['ĉirkaŭ', 'proksimume']
terms:
  - ['kaptoj?n?', seizures, null, null]
  - ['arestoj?n?', arrests, person, null]
  - ['personoj?n?', person, person, null]
  - ['kokaino', null, cocaine, drugs]
  - ['cigaredoj?n?', goods, cigarettes, tobacco]
verbs:
  seize: ['konfiskis', 'kaptis', 'sekvestris']
  arrest: ['arestis', 'arestitaj']
  check: ['kontrolis']
  arrest_after: ['arestitaj']
function_words: ['kaj', 'aŭ', 'de', 'en', 'el']
stop_words: ['kiu', 'kiuj', 'estis']
of_words: ['da', 'de']
skip_after: ['jaroj', '%', 'procentoj']
skip_before: ['artikolo', 'aĝa']
comparatives: ['pli ol', 'malpli ol']
total_words: ['entute', 'sume']
origin_cues: ['el', 'devenanta el']
regions: ['Eŭropo', 'Afriko']
international: ['internacia']
countries:
  adjectives:
    DE: ['germana']
operation:
  words: ['operacio']
year_prepositions: ['en', 'dum']
"""


@pytest.fixture
def toy(tmp_path, monkeypatch):
    """Writes a language file into an empty folder and points the loader at it."""
    import seizure_stats.extraction.lexicon as lex

    def write(text: str = TOY, code: str = "eo"):
        (tmp_path / f"{code}.yaml").write_text(text, encoding="utf-8")
        monkeypatch.setattr(lex, "LANG_DIR", tmp_path)
        return lex
    yield write
    lex.load.cache_clear()  # the toy language must not outlive the test


def test_declared_keys_and_readme_agree():
    import re
    from seizure_stats.extraction.lexicon import declared_keys
    readme = (LANG_DIR / "README.md").read_text(encoding="utf-8")
    listed = set()
    for line in readme.splitlines():
        if line.startswith("| `"):
            listed |= set(re.findall(r"`([a-z_]+)`", line.split(" | ")[0]))
    assert listed == set(declared_keys())


def test_every_key_of_the_shipped_files_is_declared():
    from seizure_stats.extraction.lexicon import declared_keys, read_raw
    used = set().union(*(read_raw(code) for code in available_languages()))
    assert used <= set(declared_keys())


@pytest.mark.parametrize("line, key, closest", [
    ("stop_word: ['kiu']\n", "stop_word", "stop_words"),
    ("value_weaks: 'valoro'\n", "value_weaks", "value_weak"),
])
def test_unknown_key_fails_loading_naming_file_key_and_closest(tmp_path, toy, line, key, closest):
    lex = toy(TOY + line)
    with pytest.raises(lex.LanguageFileError) as err:
        lex.load("eo")
    msg = str(err.value)
    assert str(tmp_path / "eo.yaml") in msg and repr(key) in msg and f"closest valid key: {closest}" in msg
    assert any(repr(key) in p and closest in p for p in check_language_file("eo"))


def test_unknown_nested_key_fails_loading(toy):
    lex = toy(TOY.replace("  seize: [", "  sieze: ["))
    with pytest.raises(lex.LanguageFileError, match=r"eo\.yaml\.verbs: unknown key 'sieze' \(closest valid key: seize\)"):
        lex.load("eo")


def test_wrongly_typed_key_fails_loading(toy):
    lex = toy(TOY.replace('decimal: ","', 'decimal: ";"'))
    with pytest.raises(lex.LanguageFileError, match=r"eo\.yaml: key decimal"):
        lex.load("eo")


def test_a_new_language_is_a_yaml_file(toy):
    from seizure_stats.extraction import extract
    toy()
    assert check_language_file("eo") == []
    assert available_languages() == ["eo"]
    res = extract("La doganistoj konfiskis 120 kilogramojn da kokaino en la haveno.", language="eo")
    got = {(f.metric, f.unit, f.value, f.category) for f in res.figures}
    assert got == {("mass", "kg", 120.0, "drugs")}
    res = extract("La polico arestis 14 personojn kaj konfiskis 2,5 tunojn da cigaredoj.", language="eo")
    got = {(f.metric, f.unit, f.value, f.category) for f in res.figures}
    assert got == {("arrests", "count", 14.0, "tobacco"), ("mass", "kg", 2500.0, "tobacco")}


def test_rules_read_language_data_through_declared_attributes():
    """`lang.data` is the raw file: a rule reading it bypasses the declared, compiled attributes (and a typo in its
    key would silently read nothing)."""
    import re
    from pathlib import Path
    import seizure_stats.extraction as pkg
    offenders = [f"{p.name}:{i}" for p in Path(pkg.__file__).parent.rglob("*.py") if p.name != "lexicon.py"
                 for i, line in enumerate(p.read_text(encoding="utf-8").splitlines(), 1)
                 if re.search(r"\blang\.data\b", line)]
    assert offenders == []


def test_word_lists_are_read_from_the_file(toy):
    """The small words of dates, lists and amounts come from the language file; a file without them still loads
    (the lists are optional and empty)."""
    lex = toy()
    assert lex.load("eo").list_conjunctions == [] and lex.load("eo").date_range_words == []
    lex.load.cache_clear()
    lex = toy(TOY + "list_conjunctions: ['kaj']\ndate_range_words: ['ĝis']\nunambiguous_short_scales: ['Mn']\n")
    lang = lex.load("eo")
    assert lang.list_conjunctions == ["kaj"] and lang.date_range_words == ["ĝis"]
    assert lang.unambiguous_short_scales == frozenset({"mn"})


def test_every_language_reads_declared_keys_only():
    from seizure_stats.extraction.lexicon import every_language
    assert "Mme" in every_language("abbreviations") and "z\\.B" in every_language("abbreviations")
    with pytest.raises(KeyError):
        every_language("abbreviation")


def test_no_rule_tests_the_language_code():
    """Behaviour differs by language through the language file, never through `lang.code == "de"`."""
    import re
    from pathlib import Path
    import seizure_stats.extraction as pkg
    offenders = [f"{p.name}:{i}" for p in Path(pkg.__file__).parent.rglob("*.py")
                 for i, line in enumerate(p.read_text(encoding="utf-8").splitlines(), 1)
                 if re.search(r"\b(?:lang|language)(?:\.code)?\s*[!=]=\s*['\"][a-z]{2}['\"]", line)]
    assert offenders == []
