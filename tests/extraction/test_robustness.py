"""Bad input: empty, binary junk, huge, mixed languages, no figures; and offsets/quotes for any text."""
from __future__ import annotations

import os
import time

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from seizure_stats.extraction import EXTRACTOR_VERSION, extract
from seizure_stats.model import CATEGORIES, METRICS, QUALIFIERS


def _sound(text, result):
    for f in result.figures:
        assert 0 <= f.start < f.end <= len(text)
        assert text[f.start:f.end] in f.quote
        assert f.quote in text
        assert f.metric in METRICS and f.qualifier in QUALIFIERS
        assert f.category is None or f.category in CATEGORIES


def test_version():
    assert EXTRACTOR_VERSION


def test_empty():
    for text in ("", "   ", "\n\n"):
        r = extract(text)
        assert r.figures == []


def test_binary_junk():
    junk = os.urandom(20000).decode("latin-1")
    r = extract(junk)
    _sound(junk, r)


def test_no_figures():
    text = "The minister thanked the officers for their work.\nLe ministre a remercié les douaniers."
    assert extract(text).figures == []


def test_mixed_languages():
    text = ("La douane a saisi 1 200 colis en France et interpellé trois personnes. Les douaniers ont aussi "
            "découvert 2,5 tonnes de cocaïne.\nCustoms seized 2.3 tonnes of cocaine in Antwerp.\n"
            "Der Zoll stellte 52 Waffen sicher.")
    r = extract(text)
    _sound(text, r)
    assert r.language == "fr"
    assert any(f.value == 2500 and f.unit == "kg" for f in r.figures)
    assert any(f.value == 1200 for f in r.figures)


def test_five_megabytes():
    block = "Officers seized 1,250 kg of cannabis and arrested 12 people in Spain. Nothing else happened here. "
    text = block * (5_000_000 // len(block))
    t = time.perf_counter()
    r = extract(text)
    assert time.perf_counter() - t < 120
    _sound(text, r)
    assert len(r.figures) == 2  # a figure stated many times is reported once


def test_arguments_override():
    r = extract("Seizures: 2,320 were made.", language="en", country="be", title="T", published="2020-01-01")
    assert r.language == "en" and r.title == "T" and r.published == "2020-01-01"


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(max_size=400))
def test_any_text_gives_sound_records(text):
    _sound(text, extract(text))


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(["seized", "2 320", "1,5", "million", "tonnes", "of", "cocaine", "€", "$", "(", ")",
                                 "arrested", "people", "in", "France", "2019", "12%", ".", ",", "\n", "deux", "mille",
                                 "kg", "\u00a0", "\u202f", "Mio.", "100mila", "colis", "saisis"]), max_size=40))
def test_figure_like_text_gives_sound_records(words):
    text = " ".join(words)
    _sound(text, extract(text))
