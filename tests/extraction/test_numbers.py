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


@pytest.mark.parametrize("lang,text,found", [
    ("en", "In another raid,516 grams were found", ["516"]),       # a missing space after a comma
    ("fr", "De même,120 kg ont été saisis", ["120"]),
    ("en", "figures of 1,516 and 2022,137", ["1,516", "2022,137"]),  # digits on both sides: one number
    ("de", "Art.5 und Nr.3", []),                                 # a letter and a full stop: an abbreviation's number
])
def test_a_letter_and_a_comma_before_digits_is_a_missing_space(lang, text, found):
    assert [text[n.start:n.end] for n in find_numbers(text, load(lang))] == found


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


# ---- issue 12: number formats of countries, and a parser that never raises --------------------------------------
import math  # noqa: E402
import re  # noqa: E402
from decimal import Decimal  # noqa: E402

from babel import Locale  # noqa: E402
from babel.numbers import (  # noqa: E402
    format_compact_currency, format_compact_decimal, format_currency, format_decimal, get_currency_precision)
from hypothesis import HealthCheck, assume, example, given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

from seizure_stats.extraction import extract  # noqa: E402
from seizure_stats.extraction.numbers import DIGIT_RUN, convention, derive_number_formats  # noqa: E402


def read(text: str, lang: str, country: str | None = None) -> list[tuple[str, float]]:
    return [(text[n.start:n.end], n.value) for n in find_numbers(text, load(lang), country)]


@pytest.mark.parametrize("lang,country,text,written,value", [
    # apostrophes group digits: Swiss francs, and Colombian pesos with an apostrophe before the millions
    ("de", None, "Bussen von 1'200 Franken", "1'200", 1200),
    ("fr", None, "amende de 1’200 francs", "1’200", 1200),
    ("de", "CH", "Warenwert Fr. 23'450.75", "23'450.75", 23450.75),
    ("es", None, "billetes por $1'234.567 pesos", "1'234.567", 1234567),
    ("es", "CO", "avaluados en $3.125'400.010", "3.125'400.010", 3125400010),
    ("es", None, "un total de $7.080'500.000 en mercancía", "7.080'500.000", 7080500000),
    # Indian digit grouping, lakh and crore
    ("en", None, "a haul of 42,24,000 tablets", "42,24,000", 4224000),
    ("en", "IN", "fines of 1,00,000 rupees", "1,00,000", 100000),
    ("en", "IN", "gold worth Rs 3.5 crore was found", "3.5 crore", 35000000),
    ("en", None, "cash of 12 lakh rupees", "12 lakh", 1200000),
    ("en", None, "heroin worth Rs 1.2 lakh crore", "1.2 lakh crore", 1.2e12),
    # scale words glued to numbers, and currency letters typed before them
    ("en", None, "drugs worth ₦9.6bn destroyed", "9.6bn", 9.6e9),
    ("en", "NG", "cannabis valued at N9.6 billion", "9.6 billion", 9.6e9),
    ("en", "ZA", "fake watches worth R3,6 million", "3,6 million", 3.6e6),
    ("en", None, "goods worth ZAR 3,6 million", "3,6 million", 3.6e6),
    ("en", "PH", "sugar worth P12.75 million", "12.75 million", 12.75e6),
    ("en", None, "a fine of $2.5m was paid", "2.5m", 2.5e6),
    ("en", None, "trade worth 5bn a year", "5bn", 5e9),
    ("en", None, "losses of 1.2M to the treasury", "1.2M", 1.2e6),
    ("en", None, "a market of $3.1tn", "3.1tn", 3.1e12),
    # one mark and three digits before a scale word: a decimal in any language, unless it ends in zero
    ("fr", None, "des droits éludés de 1.041 milliard", "1.041 milliard", 1.041e9),
    ("en", None, "a seizure worth 2,375 million dollars", "2,375 million", 2.375e9),  # a comma: thousands
    ("es", None, "incautaron 2.375 millones de pesos", "2.375 millones", 2.375e6),
    ("es", None, "contrabando por 1.500 millones de pesos", "1.500 millones", 1.5e9),
    ("en", None, "a budget of £1,500 million", "1,500 million", 1.5e9),
    # exact decimal arithmetic with scale words
    ("it", None, "evasione per 8,2 miliardi di euro", "8,2 miliardi", 8200000000),
    ("de", None, "Schaden von 0,7 Mio. Euro", "0,7 Mio.", 700000),
    ("pt", None, "prejuízo de 1,1 milhões", "1,1 milhões", 1100000),
    # spaces of every width group thousands
    ("fr", None, "2\u2009320 colis", "2\u2009320", 2320),
    ("fr", None, "2\u202f320 colis", "2\u202f320", 2320),
    ("en", "ZA", "R250 000 in cash", "250 000", 250000),
    # the country decides what the language leaves open
    ("en", "ZA", "a load of 2,5 tonnes", "2,5", 2.5),
    # a point is neither the South African decimal nor its group (a space): it is the language's decimal
    ("en", "ZA", "found 6.945 kg of cocaine", "6.945", 6.945),
    ("es", "MX", "un cargamento de 1,250 kilos", "1,250", 1250),
    ("es", "MX", "aseguraron 3.5 toneladas", "3.5", 3.5),
    ("de", "CH", "es waren 1.5 Tonnen", "1.5", 1.5),
    ("fr", "CH", "saisie de 12'400 cigarettes", "12'400", 12400),
    # one mark for both thousands and cents; thousands in words before the hundreds in digits (Mexican press)
    ("es", None, "un decomiso valorado en US$ 48.310.25", "48.310.25", 48310.25),
    ("es", None, "con mil 275 kilos de marihuana", "mil 275", 1275),
    ("es", None, "unos 3 mil 40 cartuchos", "3 mil 40", 3040),
    ("en", "MY", "ivory worth RM1.25m", "1.25m", 1.25e6),
])
def test_hard_number_formats(lang, country, text, written, value):
    found = read(text, lang, country)
    assert (written, value) in [(w, v) for w, v in found], found
    assert [v for w, v in found if w == written] == [value]  # exactly: 8.2 x 1e9 is 8200000000, not 8199999999.999999


def test_negative_runs_give_no_number():
    assert read("a change of -1200", "en") == [] and read("variation de \u22121 200", "fr") == []


@pytest.mark.parametrize("run", ["1.2.3.4", "1.234,567,890", "1'23'4", "12'34", "1,2,3", "1.23.456", "9" * 40,
                                 "12.345.6", "1'234'56,7", "0'000.1",
                                 "1.23.45", "1'234'56"])
@pytest.mark.parametrize("lang", ["en", "fr", "de", "es"])
def test_garbage_runs_are_rejected(run, lang):
    assert DIGIT_RUN.fullmatch(run)  # one run for the parser, which must say no, not guess or raise
    for country in (None, "CH", "IN", "CO"):
        assert parse_digits(run, load(lang), country) == []


def test_roads_are_not_amounts_even_in_the_currencys_country():
    assert read("on the N2 near exit R61", "en", "ZA") == []


def test_letters_glued_before_digits_that_name_no_currency_give_no_number():
    assert read("a COVID19 test on A4 paper, form XB12.5", "en") == []
    assert read("valued at R45,553,400", "en") == []  # rand are known only with the country (or the currency data)
    assert read("valued at R45,553,400", "en", "ZA") == [("45,553,400", 45553400)]


def test_colombian_amount_no_longer_stops_extraction():
    text = "La Policía incautó mercancía avaluada en $3.125'400.010 y otros $1'234.567 en efectivo en Cali."
    result = extract(text, language="es")  # raised ValueError before
    assert all(f.value != 3.1254 for f in result.figures)


def test_no_country_keeps_the_language_convention():
    assert read("2,320 kg", "en") == [("2,320", 2320)]
    assert read("2,320 kg", "en", "GB") == [("2,320", 2320)]
    assert read("2,320 kg", "en", "IT") == [("2,320", 2320)]  # English about Italy writes English numbers
    (n,) = find_numbers("2,320 kg", load("en"), "ZA")
    assert (n.value, n.ambiguous) == (2.32, 2320)  # South African English: a decimal comma; thousands the other reading


def test_conventions_come_from_cldr():
    formats = derive_number_formats()
    assert "CLDR" in formats["source"]
    t = formats["territories"]
    assert t["IN"]["indian"] and not t["FR"]["indian"]
    assert t["CH"]["languages"]["fr"]["group"] == "'" and t["CH"]["languages"]["de"]["decimal"] == "."
    assert t["ZA"]["languages"]["en"]["decimal"] == ","
    assert t["MX"]["languages"]["es"]["decimal"] == "." and t["CO"]["languages"]["es"]["decimal"] == ","
    assert "en" not in t["IT"].get("languages", {})  # English is not official in Italy
    assert "R" in t["ZA"]["currency_letters"] and "N" in t["NG"]["currency_letters"]


def test_shipped_number_formats_match_cldr():
    """The data file is generated: it must equal what the installed babel derives (regenerate it otherwise)."""
    import yaml
    from seizure_stats.extraction.numbers import _FORMATS_FILE
    assert yaml.safe_load(_FORMATS_FILE.read_text(encoding="utf-8")) == derive_number_formats()


def test_convention_of_language_and_country():
    assert convention(load("fr"), "CH").group == "'"
    assert convention(load("en"), "ZA").decimal == ","
    assert convention(load("en"), "IN").indian
    assert convention(load("es"), "MX").decimal == "." and convention(load("es")).decimal == ","
    assert convention(load("en"), "XX") == convention(load("en"))  # unknown territory: the language's


# ---- properties: real-world formats of many CLDR locales read back ---------------------------------------------
LOCALES = ["de_CH", "fr_CH", "it_CH", "en_IN", "es_CO", "es_MX", "pt_BR", "en_ZA", "fr_FR", "fr_BE", "nl_NL",
           "nl_BE", "it_IT", "de_AT", "de_DE", "en_NG", "en_GB", "en_US", "es_ES", "es_AR", "es_PE", "pt_PT",
           "fr_CA", "fr_SN", "en_KE", "en_PH", "en_AU", "de_LI", "fr_MA"]


def cldr_decimal(value, locale: str, **kw) -> str:
    """babel's format_decimal; babel drops an apostrophe group symbol (it reads it as a pattern quote), so for those
    locales the same pattern is applied with placeholders and the CLDR symbols put back."""
    loc = Locale.parse(locale)
    sym = loc.number_symbols["latn"]
    if sym["group"] not in ("'", "’"):
        return format_decimal(value, locale=locale, **kw)
    text = format_decimal(value, locale="en_US", **kw)
    return text.translate(str.maketrans({",": sym["group"], ".": sym["decimal"]}))


def territory(locale: str) -> str:
    return locale.split("_")[1]


def values_read(text: str, locale: str) -> list[float]:
    lang = locale.split("_")[0]
    return [n.value for n in find_numbers(text, load(lang), territory(locale))]


AMOUNTS = st.one_of(
    st.integers(min_value=0, max_value=10**12),
    st.decimals(min_value=0, max_value=10**9, places=2, allow_nan=False, allow_infinity=False),
    st.decimals(min_value=0, max_value=10**6, places=1, allow_nan=False, allow_infinity=False),
)


def exact(value) -> float:
    return float(Decimal(str(value)))


@settings(max_examples=600, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(value=AMOUNTS, locale=st.sampled_from(LOCALES))
@example(value=1234567, locale="de_CH").via("apostrophe groups")
@example(value=4224000, locale="en_IN").via("Indian groups")
@example(value=Decimal("2.32"), locale="en_ZA").via("decimal comma in English")
def test_cldr_decimals_read_back(value, locale):
    text = cldr_decimal(value, locale, decimal_quantization=False)
    want = exact(value)
    got = values_read(f"about {text} units", locale)
    assert got and math.isclose(got[0], want, rel_tol=1e-12), (text, got, want)


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(cents=st.integers(min_value=0, max_value=10**12), locale=st.sampled_from(LOCALES),
       currency=st.sampled_from(["EUR", "USD", "CHF", "INR", "ZAR", "NGN", "COP", "MXN", "BRL"]))
def test_cldr_currency_amounts_read_back(cents, locale, currency):
    value = (Decimal(cents) / 100).quantize(Decimal(1).scaleb(-get_currency_precision(currency)))  # COP: no cents
    text = format_currency(value, currency, locale=locale)
    if Locale.parse(locale).number_symbols["latn"]["group"] in ("'", "’"):
        # babel's Swiss output has the right layout but no group marks: put in CLDR's digits
        digits = cldr_decimal(value, locale, format="#,##0.00")
        text = re.sub(r"\d[\d.,'’]*", lambda m: digits, text, count=1)
    got = values_read(f"worth {text}.", locale)
    assert got and math.isclose(got[0], float(value), rel_tol=1e-12), (text, got, float(value))


# compact forms whose short words the language files know (pt_PT "mM", fr_CA "G", Indian "10L" are left out: a
# glued L is litres)
COMPACT_LOCALES = ["de_CH", "de_DE", "de_AT", "fr_FR", "fr_CH", "fr_BE", "en_GB", "en_US", "en_NG", "en_ZA",
                   "es_ES", "es_MX", "es_CO", "pt_BR", "it_IT", "nl_NL", "nl_BE"]


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(digits=st.integers(min_value=1, max_value=999), places=st.integers(min_value=0, max_value=2),
       power=st.sampled_from([6, 9]), locale=st.sampled_from(COMPACT_LOCALES), money=st.booleans())
def test_cldr_compact_numbers_read_back(digits, places, power, locale, money):
    value = Decimal(digits) / 10**places * 10**power
    assume(value >= 10**power)  # "100 k": thousands are written with a lone k, which the parser leaves alone
    if money:
        text = format_compact_currency(value, "USD", locale=locale, fraction_digits=2)
    else:
        text = format_compact_decimal(value, locale=locale, fraction_digits=2)
        assume(not re.search(r"\dm\b", text))  # British "1m" without money: one metre as well, left alone
    got = values_read(f"for {text} in all", locale)
    assert got and math.isclose(got[0], float(value), rel_tol=1e-12), (text, got, float(value))


RUN_ALPHABET = "0123456789.,'’ \u00a0\u202f\u2009-\u2212$€₦R"


@settings(max_examples=1500, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=st.text(alphabet=RUN_ALPHABET, max_size=40),
       lang=st.sampled_from(["en", "fr", "de", "it", "es", "nl", "pt"]),
       country=st.sampled_from([None, "CH", "IN", "ZA", "CO", "MX", "NG", "FR", "XX", ""]),
       scale=st.sampled_from(["", " million", "bn", " Mio.", " milliards", " crore", "m", " M"]))
def test_any_digits_and_separators_never_raise(text, lang, country, scale):
    text = text + scale
    for n in find_numbers(text, load(lang), country):
        assert 0 <= n.start < n.end <= len(text)
        assert math.isfinite(n.value) and n.value >= 0
    for m in DIGIT_RUN.finditer(text):
        for a, b, v, alt, _ in parse_digits(m.group(0), load(lang), country):
            assert 0 <= a < b <= len(m.group(0)) and math.isfinite(v) and (alt is None or math.isfinite(alt))
