"""The home country is weighed from evidence (agencies, places, names, the URL's domain), never from the language."""
from __future__ import annotations

import pytest

from seizure_stats.extraction import extract
from seizure_stats.extraction.country import Clue, home_country, settle
from seizure_stats.extraction.text import Mention


def clue(code, kind="name", weight=1.0):
    return Clue(code, kind, code, weight)


def test_no_evidence_no_country():
    assert home_country([], [], international=False) == (None, 0)


def test_a_national_agency_outweighs_a_neighbour_named_in_passing():
    found = [clue("SN", "agency", 3.0), clue("ML"), clue("SN", "place")]
    assert home_country(found, [], international=False) == ("SN", 2)


def test_an_even_split_decides_nothing():
    assert home_country([clue("BE"), clue("NL")], [], international=False)[0] is None


def test_an_international_body_needs_a_clear_majority():
    assert home_country([clue("IT", "agency", 3.0), clue("ES"), clue("FR")], [], international=True)[0] is None
    assert home_country([clue("IT", "agency", 3.0), clue("IT", "agency", 3.0), clue("ES")], [], international=True)[0] == "IT"


def test_an_ambiguous_name_votes_only_for_a_country_already_in_evidence():
    valencia = Mention(0, 8, None, kind="place", candidates=("ES", "VE"))
    assert home_country([clue("VE")], [valencia], international=False)[0] == "VE"
    assert home_country([], [valencia], international=False)[0] is None


def test_a_place_whose_largest_namesake_is_in_the_leading_country_votes_for_it_alone():
    # RCMP, British Columbia (CA 5) against the FBI and Los Angeles (US 4); "Vancouver" twice: CA's is the larger city
    found = [clue("CA", "agency", 3.0), clue("CA", "agency", 0.5), clue("CA", "agency", 0.5), clue("CA", "place"),
             clue("US", "agency", 3.0), clue("US", "place")]
    vancouver = Mention(0, 9, None, kind="place", candidates=("CA", "US"))
    assert home_country(found, [vancouver, vancouver], international=False)[0] == "CA"
    # the same place, when the smaller namesake's country leads, still votes for both: nothing is decided
    found_us = [clue("US", "agency", 3.0), clue("US", "agency", 0.5), clue("US", "place"), clue("CA", "agency", 3.0)]
    assert home_country(found_us, [vancouver, vancouver], international=False)[0] is None


def test_settle_gives_an_ambiguous_place_the_home_country_or_drops_it():
    shared = [Mention(0, 8, None, kind="place", candidates=("ES", "VE")), Mention(10, 15, "KE", kind="place")]
    assert [m.code for m in settle(list(shared), "VE")] == ["VE", "KE"]
    shared[0].code = None
    assert [m.code for m in settle(list(shared), "FR")] == ["KE"]


@pytest.mark.parametrize("text", [
    "Les douaniers ont saisi 2 tonnes de résine de cannabis lors d'un contrôle routier.",
    "Die Beamten stellten 40 Kilogramm Kokain sicher.",
    "Los agentes incautaron 300 kilos de cocaína en un contenedor.",
])
def test_the_language_alone_never_decides_the_country(text):
    figures = extract(text).figures
    assert figures and all(f.country is None for f in figures)


def test_the_source_country_and_the_url_domain_are_evidence():
    text = "Les douaniers ont saisi 2 tonnes de résine de cannabis lors d'un contrôle routier."
    assert {f.country for f in extract(text, country="sn").figures} == {"SN"}
    assert {f.country for f in extract(text, url="https://www.douanes.sn/communique/42").figures} == {"SN"}


def test_shared_names_alone_give_the_country_they_have_in_common():
    police = Mention(0, 5, None, kind="agency", candidates=("ES", "CO", "PE", "EC", "PY", "UY", "PA", "DO"))
    madrid = Mention(10, 16, None, kind="place", candidates=("ES", "CO"))
    assert home_country([], [police, madrid], international=False)[0] == "ES"
    assert home_country([], [police, police], international=False)[0] is None  # one name said twice
    judiciaria = Mention(0, 5, None, kind="agency", candidates=("PT", "CV", "GW", "MO", "ST"))
    assert home_country([], [judiciaria], international=False)[0] == "PT"
    assert home_country([], [judiciaria], international=True)[0] is None
    politie = Mention(0, 7, None, kind="agency", candidates=("NL", "BE", "SR", "CW", "AW", "SX", "BQ"))
    assert home_country([], [politie], international=False)[0] == "NL"  # seven share it: still the first


@pytest.mark.parametrize("lang, text, region, locates", [
    ("it", "zanne di elefante africano sequestrate in Europa", "africano", False),
    ("it", "zanne di elefante africano sequestrate in Europa", "Europa", True),
    ("fr", "la filière européenne de la cocaïne; saisies en Afrique", "européenne", False),
    ("fr", "la filière européenne de la cocaïne; saisies en Afrique", "Afrique", True),
])
def test_a_regions_adjective_says_what_kind_not_where(lang, text, region, locates):
    from seizure_stats.extraction.lexicon import load
    from seizure_stats.extraction.text import country_mentions, sentences
    found = {text[m.start:m.end]: m for m in country_mentions(text, load(lang), sentences(text))}
    assert found[region].code is None
    assert found[region].origin is (not locates)
