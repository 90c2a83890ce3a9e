"""Property: any unicode input gives figures whose offsets lie inside the text and whose quote contains
text[start:end], without exceptions.

tests/extraction/test_robustness.py already checks this for `st.text()` (no lone surrogates, no arguments) and for
figure words joined by single spaces. What it misses, covered here: figure words glued to arbitrary unicode
(lone surrogates, controls, NUL, combining marks, bidi overrides, zero-width and exotic spaces, other scripts'
digits) in any order, and the language / country / currency arguments of every supported language."""
from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from seizure_stats.extraction import extract
from seizure_stats.model import CATEGORIES, METRICS, QUALIFIERS

WORDS = ["seized", "saisi", "sichergestellt", "sequestrati", "incautados", "in beslag", "apreendidos", "2 320",
         "1,5", "1.250,75", "3 500", "½", "million", "Mio.", "milioni", "tonnes", "Tonnen", "kg", "g", "litres",
         "cigarettes", "cocaine", "Kokain", "€", "EUR", "$", "USD", "arrested", "personnes", "Festnahmen",
         "France", "Deutschland", "Italia", "2019", "last year", "12%", "(", ")", ".", ",", ";", "\n", "\n\n",
         "deux mille", "zwei", "Operation Pangea", "~", "about", "more than", "up to", "-", "–", "/"]
ODD = st.sampled_from(["\ud800", "\udfff", "\x00", "\x1b", "\u0301", "\u202e", "\u200b", "\u2060", "\ufeff",
                       "\u00a0", "\u202f", "\u2009", "\u3000", "\u0663", "\u096b", "\uff13", "\U0001f600",
                       "\r\n", "\r", "\u2028", "\u0085", "\t"])
ANY_CHAR = st.characters(codec=None, exclude_categories=())  # every code point, lone surrogates included
PIECE = st.one_of(st.sampled_from(WORDS), ODD, st.text(alphabet=ANY_CHAR, min_size=1, max_size=6))
SEP = st.sampled_from(["", " ", "  ", "\u00a0", "\n"])
LANGUAGES = [None, "en", "fr", "de", "it", "es", "nl", "pt"]


def sound(text: str, result) -> None:
    for f in result.figures:
        assert isinstance(f.start, int) and isinstance(f.end, int)
        assert 0 <= f.start < f.end <= len(text), (f.start, f.end, len(text))
        assert text[f.start:f.end] in f.quote
        assert f.quote in text
        assert f.metric in METRICS and f.qualifier in QUALIFIERS
        assert f.category is None or f.category in CATEGORIES
        assert f.value == f.value and f.value not in (float("inf"), float("-inf"))  # no NaN, no infinity


@pytest.mark.timeout(240)
@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(pieces=st.lists(st.tuples(PIECE, SEP), max_size=40), language=st.sampled_from(LANGUAGES),
       country=st.sampled_from([None, "FR", "DE", "us", "XX", ""]), currency=st.sampled_from([None, "EUR", "USD"]))
def test_figure_words_in_any_unicode_give_sound_records(pieces, language, country, currency):
    text = "".join(p + s for p, s in pieces)
    sound(text, extract(text, language=language, country=country, currency=currency))


@pytest.mark.timeout(240)
@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=st.text(alphabet=ANY_CHAR, max_size=300), language=st.sampled_from(LANGUAGES))
def test_any_code_points_with_a_language_give_sound_records(text, language):
    sound(text, extract(text, language=language))


@pytest.mark.parametrize("newline", ["\r\n", "\r", "\n"])
def test_offsets_and_quotes_hold_for_windows_and_old_mac_line_breaks(newline):
    """Found by the property above: CRLF was turned into LF before extraction, so every offset after a CRLF was off
    by one per line break (text[start:end] was not the number) and quotes spanning a line break were not in the
    text. Texts from mail inboxes and Windows files have CRLF line breaks."""
    text = newline.join(["Customs bulletin", "", "Customs seized 1 250 kg of cocaine in Antwerp.",
                         "Officers arrested 37 people in Belgium.", "seized", "cocaine 8"])
    figures = extract(text, language="en").figures
    assert {text[f.start:f.end] for f in figures} >= {"1 250", "37"}
    sound(text, extract(text, language="en"))
