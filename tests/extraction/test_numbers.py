"""Number parsing: separators, decimals, scale words, spelled-out numbers, offsets."""
from __future__ import annotations

import pytest

from seizure_stats.extraction.lexicon import load
from seizure_stats.extraction.numbers import find_numbers, parse_digits, parse_number_words


@pytest.mark.parametrize("lang,text,value", [
    ("fr", "2 320", 2320), ("fr", "2\u00a0320", 2320), ("fr", "2\u202f320", 2320), ("en", "2,320", 2320),
    ("de", "2.320", 2320), ("nl", "61.800", 61800), ("it", "4.300", 4300), ("es", "20.000", 20000),
    ("pt", "1.250.000", 1250000), ("de", "19,5", 19.5), ("en", "2.3", 2.3), ("de", "15'000", 15000),
    ("fr", "15’000", 15000), ("en", "1,234.5", 1234.5), ("de", "1.234,5", 1234.5), ("fr", "1 234,5", 1234.5),
    ("fr", "0.6", 0.6), ("en", "69, 354", 69354),
])
def test_digit_runs(lang, text, value):
    out = parse_digits(text, load(lang))
    assert len(out) == 1 and out[0][2] == pytest.approx(value)


def test_decimal_mark_followed_by_three_digits_is_ambiguous():
    (_, _, v, alt, _), = parse_digits("19,111", load("de"))
    assert v == pytest.approx(19.111) and alt == 19111


def test_phone_numbers_are_not_numbers():
    assert parse_digits("1800 295 295", load("en")) == []


def test_english_comma_with_two_digits_is_a_typo():
    assert parse_digits("26,00", load("en")) == []


@pytest.mark.parametrize("lang,text,value", [
    ("en", "1.5 million", 1.5e6), ("fr", "1,5 million", 1.5e6), ("de", "3,5 Mio.", 3.5e6), ("it", "100mila", 1e5),
    ("nl", "38 duizend", 38000), ("es", "10,3 millones", 10.3e6), ("pt", "25 mil", 25000), ("en", "$1.2M", 1.2e6),
    ("de", "1,4 Billionen", 1.4e12), ("en", "twelve", 12), ("fr", "deux mille", 2000),
    ("pt", "dois mil e trezentos", 2300), ("en", "twenty-two", 22), ("it", "duemilatrecento", 2300),
    ("de", "zweitausend", 2000), ("es", "doscientos cincuenta", 250), ("nl", "vijfentwintig", 25),
    ("fr", "un million", 1e6), ("en", "a ton", 1),
])
def test_find_numbers(lang, text, value):
    nums = find_numbers(text, load(lang))
    assert nums, text
    n = nums[0]
    assert n.value == pytest.approx(value)
    assert text[n.start:n.end].strip() != ""


def test_offsets_point_at_the_number():
    text = "Police seized 2 320 parcels and €3,5 Mio. in cash."
    nums = find_numbers(text, load("fr"))
    assert [text[n.start:n.end] for n in nums] == ["2 320", "3,5 Mio."]


def test_number_words_parser():
    assert parse_number_words("quatre-vingt-dix", load("fr")) == 90
    assert parse_number_words("one hundred and five thousand", load("en")) == 105000
