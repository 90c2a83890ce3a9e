"""Integrity of the per-language data files: required keys, vocabularies, patterns, no duplicate keys."""
from __future__ import annotations

import pytest
import yaml

from seizure_stats.extraction.lexicon import LANG_DIR, _UniqueKeyLoader, available_languages, check_language_file, load

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
        yaml.load("a: 1\na: 2\n", Loader=_UniqueKeyLoader)


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
