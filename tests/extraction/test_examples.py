"""Parametrised examples per language (see cases.py): each expected figure must be found."""
from __future__ import annotations

import pytest

from seizure_stats.extraction import extract
from tests.extraction.cases import CASES, NOTHING


def _matches(fig, want: dict) -> bool:
    for k, v in want.items():
        got = getattr(fig, k)
        if k == "value":
            if abs(got - v) > 0.005 * max(abs(got), abs(v)):
                return False
        elif got != v:
            return False
    return True


@pytest.mark.parametrize("language,text,expected", CASES, ids=[f"{c[0]}-{i}" for i, c in enumerate(CASES)])
def test_example(language, text, expected):
    result = extract(text, language=language)
    got = result.figures
    if expected == NOTHING:
        assert got == [], [(f.metric, f.value, text[f.start:f.end]) for f in got]
        return
    for want in expected:
        assert any(_matches(f, want) for f in got), (
            f"missing {want}; got {[(f.metric, f.value, f.unit, f.category, f.country, f.qualifier) for f in got]}")
    for f in got:
        assert text[f.start:f.end] and text[f.start:f.end] in f.quote


@pytest.mark.parametrize("language,text,expected", CASES, ids=[f"{c[0]}-{i}" for i, c in enumerate(CASES)])
def test_language_detected(language, text, expected):
    assert extract(text).language == language
