"""Parametrised examples per language (see cases.py), exact as price-parser's cases are: every expected figure
must be found, and every figure the extractor emits must be one of the expected (a one-to-one matching, so a
stray figure fails its example). Each example is named by its language and first words, so `pytest -k` picks
it and a failure says which sentence broke."""
from __future__ import annotations

import re
import unicodedata

import pytest

from seizure_stats.extraction import extract
from tests.extraction.cases import CASES, KNOWN_WRONG, NOTHING

_FIRST_WORDS = 6


def _words(text: str) -> list[str]:
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().lower()
    return re.findall(r"[a-z0-9]+", ascii_text)


def case_ids(cases) -> list[str]:
    """`<language>-<first words of the text>`, with more words where two examples begin alike: an id names its
    sentence, not its place in the list, so it survives examples being added or moved."""
    words = [[c[0], *_words(c[1])] for c in cases]
    n = [_FIRST_WORDS + 1] * len(words)
    while True:
        ids = ["-".join(w[:k]) for w, k in zip(words, n)]
        clash = [j for j, i in enumerate(ids) if ids.count(i) > 1]
        if not clash:
            return ids
        if all(n[j] >= len(words[j]) for j in clash):
            raise ValueError(f"examples with the same words: {sorted({ids[j] for j in clash})}")
        for j in clash:
            n[j] += 1


IDS = case_ids(CASES)


def _matches(fig, want: dict) -> bool:
    for k, v in want.items():
        if k == "optional":
            continue
        got = getattr(fig, k)
        if k == "value":
            if abs(got - v) > 0.005 * max(abs(got), abs(v)):
                return False
        elif got != v:
            return False
    return True


def _pairing(got: list, expected: list[dict]) -> dict[int, int]:
    """The largest one-to-one pairing expected index -> emitted index (augmenting paths: a greedy "first that
    fits" would let a loose expectation take the figure a stricter one needs)."""
    owner: dict[int, int] = {}  # emitted index -> expected index

    def place(w: int, seen: set[int]) -> bool:
        for g, fig in enumerate(got):
            if g not in seen and _matches(fig, expected[w]):
                seen.add(g)
                if g not in owner or place(owner[g], seen):
                    owner[g] = w
                    return True
        return False

    # required figures first: an augmenting path never unpairs an expectation, so an optional one cannot take
    # the figure a required one needs
    for w in sorted(range(len(expected)), key=lambda w: bool(expected[w].get("optional"))):
        place(w, set())
    return {w: g for g, w in owner.items()}


def _show(fig, text: str) -> str:
    return (f"{fig.metric} {fig.value:g} {fig.unit} category={fig.category} country={fig.country} "
            f"qualifier={fig.qualifier} from {text[fig.start:fig.end]!r}")


def _params() -> list:
    """The examples, those in KNOWN_WRONG marked as strict xfails."""
    return [pytest.param(*case, id=case_id, marks=[pytest.mark.xfail(strict=True, reason=KNOWN_WRONG[case_id])]
                         if case_id in KNOWN_WRONG else [])
            for case_id, case in zip(IDS, CASES)]


@pytest.mark.parametrize("language,text,expected", _params())
def test_example(language, text, expected):
    got = extract(text, language=language).figures
    for f in got:
        assert text[f.start:f.end] and text[f.start:f.end] in f.quote
    expected = [] if expected == NOTHING else expected
    pairs = _pairing(got, expected)
    missing = [w for i, w in enumerate(expected) if i not in pairs and not w.get("optional")]
    extra = [_show(f, text) for g, f in enumerate(got) if g not in pairs.values()]
    assert not missing and not extra, "\n".join(
        [*(f"missing: {w}" for w in missing), *(f"not expected: {e}" for e in extra),
         "emitted:", *(f"  {_show(f, text)}" for f in got)])


@pytest.mark.parametrize("language,text,expected", CASES, ids=IDS)
def test_language_detected(language, text, expected):
    assert extract(text).language == language


def test_known_wrong_names_examples():
    """A known-wrong id that names no example (its text was edited) would silently stop marking the bug."""
    assert set(KNOWN_WRONG) <= set(IDS), sorted(set(KNOWN_WRONG) - set(IDS))
