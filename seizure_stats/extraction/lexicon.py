"""Per-language knowledge, loaded once per process from `languages/<lang>.yaml` and compiled into regexes.

Adding a language is a data change: drop a new YAML file next to the others (its keys are declared, with their
types, by `LanguageFile`; an undeclared key is an error) and it is picked up by `available_languages()`. Country names come from babel's CLDR
territory names for the language (every territory, not only the ones a corpus happens to use); the YAML
file adds adjectives, alternative names, places and agencies.
"""
from __future__ import annotations

import difflib
import re
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Literal

import yaml
from pydantic import BaseModel, ConfigDict, ValidationError

from seizure_stats.extraction import world
from seizure_stats.extraction.fastre import AnyOf, Prefiltered, Remembered, WordStartIndex

from seizure_stats.model import CATEGORIES, METRICS
from seizure_stats.yamlfile import load_unique

LANG_DIR = Path(__file__).with_name("languages")
_LANG_DIR_AT_IMPORT = LANG_DIR

# metric placeholders resolved from the verbs around the number
RESOLVED_METRICS = ("person", "container", "case", "goods")
VERB_CLASSES = ("seize", "arrest", "check", "identify", "close", "open", "detect")
UNIT_FACTORS = {"kg": ("kg", 1.0), "g": ("kg", 0.001), "mg": ("kg", 1e-6), "t": ("kg", 1000.0),
                "lb": ("kg", 0.45359237), "short_ton": ("kg", 907.18474), "q": ("kg", 100.0), "hg": ("kg", 0.1), "dag": ("kg", 0.01), "oz": ("kg", 0.028349523125),
                "l": ("l", 1.0), "hl": ("l", 100.0), "cl": ("l", 0.01), "ml": ("l", 0.001),
                "gal": ("l", 3.785411784)}  # the US gallon, the one of the Americas (fuel, precursors)

# universal currency signs and the ISO codes commonly met in seizure news (adjacent to a number only)
CURRENCY_SIGNS = {"€": "EUR", "£": "GBP", "¥": "JPY", "₹": "INR", "₽": "RUB", "₺": "TRY", "₩": "KRW",
                  "US$": "USD", "U.S.$": "USD", "US $": "USD", "R$": "BRL", "C$": "CAD", "CA$": "CAD",
                  "A$": "AUD", "AU$": "AUD", "HK$": "HKD", "NZ$": "NZD", "S$": "SGD", "MX$": "MXN"}
CURRENCY_CODES = ("EUR", "USD", "GBP", "CHF", "JPY", "CNY", "RMB", "INR", "RUB", "TRY", "KRW", "BRL", "CAD",
                  "AUD", "HKD", "NZD", "SGD", "MXN", "SEK", "NOK", "DKK", "PLN", "CZK", "HUF", "RON", "BGN",
                  "ZAR", "AED", "SAR", "MAD", "NGN", "COP", "ARS", "CLP", "PEN", "THB", "MYR", "IDR", "PHP",
                  "VND", "UAH", "ILS", "EGP", "KES", "GHS", "XOF", "XAF", "PKR", "BDT", "LKR")


@lru_cache(maxsize=1)
def _other_codes() -> str:
    """Every other code of a currency in use, matched in capitals only ("386.820 CVE", "TND 5 millions")."""
    return "|".join(sorted(world.currency_codes() - set(CURRENCY_CODES)))


class _Keys(BaseModel):
    """A mapping of a language file whose keys are all declared: an undeclared key is an error, not a no-op."""
    model_config = ConfigDict(extra="forbid")


class NumberWords(_Keys):
    units: dict[str, float] = {}
    hundreds: dict[str, float] = {}
    scales: dict[str, float] = {}
    connectors: list[str] = []
    articles: list[str] = []


class Verbs(_Keys):
    seize: list[str] = []
    arrest: list[str] = []
    check: list[str] = []
    identify: list[str] = []
    close: list[str] = []
    open: list[str] = []
    detect: list[str] = []
    arrest_after: list[str] = []


class Qualifiers(_Keys):
    exact: list[str] = []
    at_least: list[str] = []
    at_most: list[str] = []
    approximate: list[str] = []


class Countries(_Keys):
    names: dict[str, list[str]] = {}
    adjectives: dict[str, list[str]] = {}
    places: dict[str, list[str]] = {}


class Operation(_Keys):
    words: list[str]
    lead: list[str] = []


class LanguageFile(_Keys):
    """Every key a language file may have, with its type; `languages/README.md` says what each one means.

    Patterns are strings (Python regular expressions); the loader compiles them once into `Language`."""
    language: str
    decimal: Literal[".", ","]
    head_final: bool = False
    compound_words: bool = False
    compound_numbers: bool = False
    adjectives_case_sensitive: bool = False
    nouns_capitalised: bool = False
    verb_final: bool = False
    number_words: NumberWords
    scales: dict[str, float]
    term_suffix: str = ""
    unit_fillers: list[str] = []
    units: dict[str, list[str]]
    short_ton: str | None = None
    currencies: dict[str, list[str]]
    qualifiers: Qualifiers
    terms: list[list[str | None]]
    verbs: Verbs
    function_words: list[str]
    stop_words: list[str]
    of_words: list[str]
    skip_after: list[str]
    skip_before: list[str]
    comparatives: list[str]
    total_words: list[str]
    origin_cues: list[str]
    regions: list[str]
    international: list[str]
    countries: Countries
    cldr_locales: list[str] = []
    shared_places: dict[str, list[str]] = {}
    country_words: dict[str, list[str]] = {}
    capitalised_services: dict[str, list[str]] = {}
    operation: Operation
    year_prepositions: list[str]
    year_comparisons: list[str] = []
    last_year: list[str] = []
    this_year: list[str] = []
    months: dict[str, int] = {}
    year_parts: dict[str, list[int]] = {}
    first_months: list[str] = []
    value_words: str | None = None
    value_weak: str | None = None
    conjunctions: list[str] = []
    binding_words: list[str] = []
    place_prepositions: list[str] = []
    definite_articles: list[str] = []
    conversion_words: list[str] = []
    list_words: list[str] = []
    suspect_stems: list[str] = []
    passive_auxiliaries: list[str] = []
    pair_words: list[str] = []
    pair_range_words: list[str] = []
    pair_articles: list[str] = []
    operation_not_first: list[str] = []
    list_determiners: list[str] = []
    breakdown_words: list[str] = []
    half_words: list[str] = []
    quarter_words: list[str] = []
    milligram_words: list[str] = []
    variation_words: list[str] = []
    smuggle_verbs: list[str] = []
    smuggle_after: list[str] = []
    smuggle_attempts: list[str] = []
    cover_words: list[str] = []
    load_words: list[str] = []
    limit_words: list[str] = []
    comparison_words: list[str] = []
    previous_year: list[str] = []
    then_words: list[str] = []
    target_words: list[str] = []
    hypothetical_words: list[str] = []
    hypothetical_after: list[str] = []
    unit_joiners: list[str] = []
    compound_heads: list[str] = []
    abbreviations: list[str] = []
    ordinal_suffixes: list[str] = []
    date_range_words: list[str] = []
    date_of_words: list[str] = []
    name_particles: list[str] = []
    value_links: list[str] = []
    currency_links: list[str] = []
    list_conjunctions: list[str] = []
    unambiguous_short_scales: list[str] = []
    tonne_like_scales: list[str] = []
    and_words: list[str] = []
    seizure_links: list[str] = []
    officer_words: list[str] = []
    possessive_words: list[str] = []
    service_nouns: list[str] = []
    range_openers: list[str] = []
    closed_categories: list[Literal[CATEGORIES]] = []
    half_after: list[str] = []
    one_of_words: list[str] = []
    count_marks: list[str] = []
    both_words: list[str] = []
    river_words: list[str] = []
    day_words: list[str] = []
    border_words: list[str] = []
    relative_pronouns: list[str] = []
    partner_words: list[str] = []
    money_sum_words: list[str] = []
    carry_words: list[str] = []
    tax_words: list[str] = []
    contents_words: list[str] = []
    seized_whole_words: list[str] = []
    original_price_words: list[str] = []
    related_link_words: list[str] = []
    brand_words: list[str] = []
    bank_account_words: list[str] = []
    partitive_words: list[str] = []
    times_acted_words: list[str] = []
    packed_words: list[str] = []
    packing_prepositions: list[str] = []
    each_of_words: list[str] = []
    dead_words: list[str] = []
    vague_words: list[str] = []
    penalty_after: list[str] = []
    owed_words: list[str] = []
    crime_after: list[str] = []
    one_person_words: list[str] = []
    negation_words: list[str] = []
    other_words: list[str] = []
    country_genitive: list[str] = []
    euro_words: list[str] = []
    place_particles: list[str] = []
    pounds_weight: str | None = None


REQUIRED_KEYS = tuple(k for k, f in LanguageFile.model_fields.items() if f.is_required())


def declared_keys() -> list[str]:
    """Every top-level key a language file may have."""
    return list(LanguageFile.model_fields)


class LanguageFileError(ValueError):
    """A language file that does not fit `LanguageFile`; the message names the file and the key."""


def _unknown_keys(data: dict, model: type[BaseModel], path: str) -> list[str]:
    """'<path>: unknown key X (closest valid key: Y)' for each undeclared key, nested mappings included."""
    out = []
    if not isinstance(data, dict):
        return out
    fields = model.model_fields
    for key, value in data.items():
        if key not in fields:
            close = difflib.get_close_matches(str(key), list(fields), n=1, cutoff=0.0)
            hint = f" (closest valid key: {close[0]})" if close else ""
            out.append(f"{path}: unknown key {key!r}{hint}")
            continue
        sub = fields[key].annotation
        if isinstance(sub, type) and issubclass(sub, _Keys):
            out += _unknown_keys(value, sub, f"{path}.{key}")
    return out


def parse(data: dict, source: str) -> LanguageFile:
    """The declared content of one language file; raises `LanguageFileError` naming `source` and the key."""
    if not isinstance(data, dict):
        raise LanguageFileError(f"{source}: not a mapping of keys")
    unknown = _unknown_keys(data, LanguageFile, source)
    if unknown:
        raise LanguageFileError("; ".join(unknown))
    try:
        return LanguageFile.model_validate(data)
    except ValidationError as e:
        msgs = [f"{source}: key {'.'.join(map(str, err['loc']))}: {err['msg']}" for err in e.errors()]
        raise LanguageFileError("; ".join(msgs)) from None


def _alt(patterns, *, sort=True) -> str:
    items = [p for p in patterns if p]
    if sort:
        items = sorted(set(items), key=lambda s: (-len(s), s))
    return "|".join(f"(?:{p})" for p in items)


def _longest_first(pattern: str) -> str:
    """"(?:cannabis|cannabis plants?)" -> "(?:cannabis plants?|cannabis)": a regex alternation takes the first
    alternative that matches, not the longest."""
    if not (pattern.startswith("(?:") and pattern.endswith(")")):
        return pattern
    body, depth, parts, cur = pattern[3:-1], 0, [], ""
    i = 0
    while i < len(body):
        ch = body[i]
        if ch == "\\":
            cur += body[i:i + 2]
            i += 2
            continue
        if ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
            if depth < 0:
                return pattern  # the outer group closes early: "(?:a)|(?:b)"
        if ch == "|" and depth == 0:
            parts.append(cur)
            cur = ""
        else:
            cur += ch
        i += 1
    parts.append(cur)
    if depth != 0 or len(parts) < 2:
        return pattern
    return "(?:" + "|".join(sorted(parts, key=len, reverse=True)) + ")"


def _lit(words) -> list[str]:
    return [re.escape(w) for w in words]


@dataclass
class Term:
    pattern: str
    metric: str | None
    object: str | None
    category: str | None


@dataclass(eq=False)
class Language:
    code: str
    data: dict
    decimal: str = "."
    terms: list[Term] = field(default_factory=list)
    # compiled
    term_re: WordStartIndex = None
    suffix_re: re.Pattern | None = None
    verb_re: dict[str, re.Pattern] = field(default_factory=dict)
    verb_any_re: re.Pattern = None
    scale_re: re.Pattern = None
    scales: dict[str, float] = field(default_factory=dict)
    unit_re: re.Pattern = None
    unit_map: dict[str, str] = field(default_factory=dict)
    currency_after_re: re.Pattern = None
    currency_before_re: re.Pattern = None
    currency_words_re: re.Pattern | None = None  # the language's currency words alone, anywhere (country evidence)
    currency_map: dict[str, str] = field(default_factory=dict)
    qualifier_before_re: re.Pattern = None
    qualifier_after_re: re.Pattern = None
    qualifier_map: list[tuple[re.Pattern, str]] = field(default_factory=list)
    function_re: re.Pattern = None
    stop_re: re.Pattern = None
    of_re: re.Pattern = None
    skip_after_re: re.Pattern = None
    skip_before_re: re.Pattern = None
    comparative_re: re.Pattern = None
    total_re: re.Pattern = None
    origin_re: WordStartIndex = None
    region_re: WordStartIndex = None
    international_re: WordStartIndex = None
    country_re: WordStartIndex = None
    qualifier_re: re.Pattern = None
    country_ci_re: re.Pattern = None
    country_map: dict[str, str | None] = field(default_factory=dict)
    operation_re: re.Pattern = None
    year_prep_re: re.Pattern = None
    month_map: dict[str, int] = field(default_factory=dict)
    month_re: str = ""
    numword_re: re.Pattern = None
    numwords: dict[str, tuple[str, float]] = field(default_factory=dict)
    morpheme_re: re.Pattern = None
    articles: set[str] = field(default_factory=set)
    unit_fillers_re: str = ""
    compound: bool = False
    range_re: re.Pattern = None
    arrest_after_re: re.Pattern = None
    adjectives_case_sensitive: bool = False
    conjunction_re: re.Pattern = None   # a clause starts after it ("..., and Italy 460")
    breakdown_re: re.Pattern = None     # "of which", "dont", "davon": the parts of a total follow
    smuggle_re: re.Pattern | None = None        # "smuggled 3 tonnes": an amount smuggled, not seized
    smuggle_after_re: re.Pattern | None = None  # "4 Tonnen ... geschmuggelt"
    attempt_re: re.Pattern | None = None        # "tried to smuggle": an attempt, mostly one that failed
    cover_re: Prefiltered | None = None  # "declared as frozen fish": the goods named next are the cover load
    load_re: re.Pattern | None = None  # "hidden in a cargo of": the amount next is the cover load's (ends there)
    limit_re: re.Pattern | None = None  # "the permitted quantity", "erlaubte Menge": a legal limit, no figure
    comparison_end_re: re.Pattern | None = None  # "..., against " right before a number: another year's may follow
    earlier_year_re: re.Pattern | None = None  # " in 2021", " im Vorjahr" right after that number
    compared_number_re: re.Pattern | None = None  # "against 1,870 " right before "in 2021": that year is compared
    previous_year_re: re.Pattern | None = None  # "the year before", "l'anno precedente": the reported year's previous
    then_gap_re: re.Pattern | None = None  # ", then " between that phrase and the earlier figure
    target_re: re.Pattern | None = None  # "the target", "la meta": the numbers of its clause are a goal
    hypothetical_re: re.Pattern | None = None  # "could have yielded", "porterait sur": what would be, no result
    hypothetical_after_re: re.Pattern | None = None  # "... gewonnen werden können" after the number
    compound_head_re: re.Pattern | None = None  # "Zigarettenschmuggel": a head that takes its first part's kind
    spec: LanguageFile | None = None  # the file as declared and type-checked
    binding_gap_re: re.Pattern | None = None  # "Germany (47)", "l'Italie avec 460": a place bound to its number
    operation_not_first: frozenset[str] = frozenset()  # "operation in Spain": not a name
    pair_after_re: re.Pattern | None = None   # " and 30" after the first number of a pair
    pair_before_re: re.Pattern | None = None  # "41 and " before the second number of a pair
    auxiliary_re: re.Pattern | None = None  # "was ", "ont été ": optional, at the start of the text after an amount
    suspect_after_re: re.Pattern | None = None  # "12 suspects", "3 Tatverdächtige" (on lower-cased text)
    list_gap_re: re.Pattern | None = None  # between two items of a list ("France, Italy and the Netherlands")
    conversion_gap_re: re.Pattern | None = None  # "2.3 tonnes (about 5,070 lbs)": between a quantity and itself
    article_end_re: re.Pattern | None = None  # a definite article ending the text ("... and the")
    definite_articles: tuple[str, ...] = ()   # their patterns ("der", "l['’]"): a list of agencies goes on after one
    copula_article_re: re.Pattern | None = None  # "500 le violazioni": a definite article between number and noun
    compound_next_re: re.Pattern | None = None  # " et 282" after "2 tonnes": the smaller unit's number
    officers_re: re.Pattern | None = None  # "spanische Strafverfolger": officer words beside a country adjective
    possessive_end_re: re.Pattern | None = None  # "mit seinen", "with its": a possessive right before a number
    service_re: re.Pattern | None = None  # "police", "Zoll": a service noun a country adjective makes national
    range_opener_end_re: re.Pattern | None = None  # "between" right before the first number of a range
    place_prep_end_re: re.Pattern | None = None  # "..., mentre in Spagna": a place preposition ending the text
    action_gap_re: re.Pattern | None = None  # "searches| of |five vehicles": a check or offence noun's preposition
    nouns_capitalised: bool = False  # every noun has a capital (de): one capitalised word is not yet a name
    verb_final: bool = False  # a participle closing a clause is the clause's verb, not a modifier of the noun before it
    head_final: bool = False  # adjacent nouns: the last one is the head ("drug mule couriers")
    shared_places: dict[str, list[str]] = field(default_factory=dict)  # "Cartagena" -> [CO, ES]
    capitalised_services: dict[str, tuple[str, ...]] = field(default_factory=dict)  # "Douane" -> (NL, AW, ...)
    country_words_re: list[tuple[str, re.Pattern]] = field(default_factory=list)  # "gsm" -> BE: a country's usage
    short_ton_re: re.Pattern | None = None  # "tons" that are US short tons in an American text (fullmatch)
    pounds_weight_re: re.Pattern | None = None  # "4,400 lbs": a weight in pounds, evidence of an American text
    half_re: Prefiltered | None = None  # "une demi-", "eine halbe": half of the unit or scale that follows
    variation_re: Prefiltered | None = None  # "vary", "variëren": the sizes after it are no amount seized
    quarter_re: Prefiltered | None = None  # "ein Viertel", "un quart de": a quarter of the unit that follows
    milligram_re: re.Pattern | None = None  # "650mg" right after "04g and": the end of an amount in grams (match)
    year_prepositions: list[str] = field(default_factory=list)
    year_comparisons: list[str] = field(default_factory=list)
    last_year: list[str] = field(default_factory=list)
    this_year: list[str] = field(default_factory=list)
    year_parts: dict[str, tuple[int, int]] = field(default_factory=dict)  # "first half" -> (1, 6)
    first_months: list[str] = field(default_factory=list)  # "first {n} months": months 1 to n
    # value words: a money amount that is a seizure figure ("street value"), or the value of goods ("worth")
    value_words_re: re.Pattern | None = None
    value_weak_re: re.Pattern | None = None         # "worth" anywhere
    value_weak_word_re: re.Pattern | None = None    # "worth" as a whole word
    worth_before_re: re.Pattern | None = None       # "worth" then up to three words right before a number
    value_weak_end_re: re.Pattern | None = None     # "worth (at|of|estimated...)" ending the text before an amount
    value_weak_near_re: re.Pattern | None = None    # "valued at R960,000": "valued" a few words before the amount
    valued_after_re: re.Pattern | None = None       # "708 cellphones valued at": up to four words, then "valued"
    # word lists the rules turn into their own patterns (see languages/README.md)
    ordinal_suffixes: list[str] = field(default_factory=list)   # "1er", "3rd"
    date_range_words: list[str] = field(default_factory=list)   # "du 5 au 12 octobre"
    date_of_words: list[str] = field(default_factory=list)      # "5 de junio del 2020"
    name_particles: list[str] = field(default_factory=list)     # "Tormenta del Desierto"
    list_conjunctions: list[str] = field(default_factory=list)  # "..., eine Maschinenpistole und 300 Schuss"
    and_words: list[str] = field(default_factory=list)          # "2 tonnes et 282 kg"
    seizure_links: list[str] = field(default_factory=list)      # "seizure of", "saisie de"
    officer_words: list[str] = field(default_factory=list)      # "Spanish officers", "agenti spagnoli"
    service_nouns: list[str] = field(default_factory=list)      # "the Albanian police", "la polizia albanese"
    other_words: list[str] = field(default_factory=list)        # "2 700 autres tortues": the noun after decides
    range_openers: list[str] = field(default_factory=list)      # "between 20 and 30 kg"
    closed_categories: frozenset[str] = frozenset()             # kinds whose words the file lists in full
    currency_links: list[str] = field(default_factory=list)     # "millions of dollars"
    unambiguous_short_scales: frozenset[str] = frozenset()      # "5bn": a scale even without a currency
    tonne_like_scales: frozenset[str] = frozenset()             # "3 Tn": tonnes even when capitalised
    # derived while loading, read by the lexicon's own helpers and by the rules
    _unit_keys: list[str] = field(default_factory=list, repr=False)
    _cur_words: list[tuple[str, str]] = field(default_factory=list, repr=False)
    qualifier_kinds: list[str] = field(default_factory=list, repr=False)
    _country_patterns: list[tuple[re.Pattern, str | None]] = field(default_factory=list, repr=False)
    _country_cache: dict[str, str | None] = field(default_factory=dict, repr=False)
    _adjective_re: re.Pattern | None = field(default=None, repr=False)
    operation_lead_re: re.Pattern | None = field(default=None, repr=False)
    month_after_re: re.Pattern | None = field(default=None, repr=False)
    month_before_re: Prefiltered | None = field(default=None, repr=False)
    date_range_re: re.Pattern | None = field(default=None, repr=False)
    seized_after_item_re: re.Pattern | None = field(default=None, repr=False)
    half_after_re: re.Pattern | None = field(default=None, repr=False)
    one_of_re: re.Pattern | None = field(default=None, repr=False)
    count_mark_re: Prefiltered | None = field(default=None, repr=False)
    both_re: Prefiltered | None = field(default=None, repr=False)
    negation_end_re: re.Pattern | None = field(default=None, repr=False)  # "were not" ending the text before a verb
    river_re: re.Pattern | None = field(default=None, repr=False)
    border_re: re.Pattern | None = field(default=None, repr=False)  # "at the Belgian border": a neighbour
    relative_re: re.Pattern | None = field(default=None, repr=False)  # ", which": a relative clause opens
    partner_re: re.Pattern | None = field(default=None, repr=False)  # "in coordination with" ending the text before an agency
    list_sep_end_re: re.Pattern | None = field(default=None, repr=False)
    money_sum_re: re.Pattern | None = field(default=None, repr=False)  # "une somme de" ending the text before an amount
    carry_before_re: re.Pattern | None = field(default=None, repr=False)  # "carrying", "llevaba consigo" before an amount
    carry_after_re: re.Pattern | None = field(default=None, repr=False)  # "mit sich", "on him", "versteckt" after it
    contents_re: re.Pattern | None = field(default=None, repr=False)  # "containing", "contenant": goods inside
    tax_re: re.Pattern | None = field(default=None, repr=False)  # "duties", "droits et taxes", "accise" in a sentence
    seized_whole_re: re.Pattern | None = field(default=None, repr=False)  # "lo incautado", "the total seized"
    original_price_re: re.Pattern | None = field(default=None, repr=False)  # "Originalpreis", "had they been genuine"
    related_link_re: re.Pattern | None = field(default=None, repr=False)  # "(Read more: ...)", "Lire aussi :"
    brand_re: re.Pattern | None = field(default=None, repr=False)  # "marchio", "Marken": a brand, not said to be fake
    bank_account_re: re.Pattern | None = field(default=None, repr=False)  # "bank accounts", "cuentas bancarias"
    partitive_re: re.Pattern | None = field(default=None, repr=False)  # "nine of them", "negen van hen"
    times_acted_re: re.Pattern | None = field(default=None, repr=False)  # "660-mal fündig", "156 volte"
    packed_re: re.Pattern | None = field(default=None, repr=False)  # "packed in", "emballée dans"
    packing_prep_end_re: re.Pattern | None = field(default=None, repr=False)  # "among", "dans" ending the text
    # "bags of (cocaine of) 16 kilos": a package noun's end up to a weight each package has
    each_of_re: re.Pattern | None = field(default=None, repr=False)
    dead_re: re.Pattern | None = field(default=None, repr=False)  # "died", "decedute"
    vague_re: re.Pattern | None = field(default=None, repr=False)  # "several" ending the text before "thousand"
    penalty_after_re: re.Pattern | None = field(default=None, repr=False)  # "euro di sanzioni", "d'amende"
    owed_re: re.Pattern | None = field(default=None, repr=False)  # "fines", "Geldstrafen", "budget", "presupuesto"
    crime_after_re: re.Pattern | None = field(default=None, repr=False)  # "45 por tráfico de", "12 for possession of"
    conversion_word_re: re.Pattern | None = field(default=None, repr=False)  # "soit", "about"
    one_person_re: Prefiltered | None = field(default=None, repr=False)  # "One person was arrested"
    weekday_bracket_re: Prefiltered | None = field(default=None, repr=False)
    day_set_off_re: Prefiltered | None = field(default=None, repr=False)
    _connectors: re.Pattern | None = field(default=None, repr=False)


@lru_cache(maxsize=1)
def _available() -> tuple[str, ...]:
    return tuple(sorted(p.stem for p in LANG_DIR.glob("*.yaml")))


def available_languages() -> list[str]:
    if LANG_DIR != _LANG_DIR_AT_IMPORT:  # tests point LANG_DIR elsewhere
        return sorted(p.stem for p in LANG_DIR.glob("*.yaml"))
    return list(_available())


def read_raw(code: str) -> dict:
    """The YAML file of one language, parsed with duplicate keys rejected."""
    text = (LANG_DIR / f"{code}.yaml").read_text(encoding="utf-8")
    return load_unique(text)


def every_language(key: str) -> tuple[str, ...]:
    """The words of `key` in every language file, longest first: for the rules that run before the language is
    known (sentences) or read names of any language (a Spanish port named in an English text)."""
    if key not in LanguageFile.model_fields:
        raise KeyError(key)
    return _every_language(LANG_DIR, key)


@lru_cache(maxsize=32)
def _every_language(folder: Path, key: str) -> tuple[str, ...]:
    words = {w for code in available_languages() for w in read_raw(code).get(key) or []}
    return tuple(sorted(words, key=lambda s: (-len(s), s)))


def every_month_name() -> tuple[str, ...]:
    """The month names of every language file (CLDR's and the file's own, lower case, longest first): for the
    sentence splitter, which runs before the language is known ("am 18. März": the day's full stop ends no
    sentence)."""
    return _every_month_name(LANG_DIR)


@lru_cache(maxsize=4)
def _every_month_name(folder: Path) -> tuple[str, ...]:
    names = {n for code in available_languages() for n in _months(code, read_raw(code).get("months"))}
    return tuple(sorted(names, key=lambda s: (-len(s), s)))


def _months(code: str, extra: dict | None) -> dict[str, int]:
    from babel import Locale
    loc = Locale.parse(code)
    out: dict[str, int] = {}
    for ctx in ("format", "stand-alone"):
        for width in ("wide", "abbreviated"):
            for num, name in loc.months[ctx][width].items():
                name = name.lower().rstrip(".")
                if len(name) >= 3:
                    out[name] = num
    for name, num in (extra or {}).items():
        out[str(name).lower()] = int(num)
    return out


def _country_names(code: str, spec: LanguageFile) -> tuple[dict[str, str | None], list[str], list[str]]:
    """CLDR names (case-sensitive) plus the YAML's adjectives / alternative names / places (case-insensitive
    unless the language says so). Returns map (lower-cased surface -> ISO code), sensitive patterns and
    insensitive patterns."""
    from babel import Locale
    import pycountry
    valid = {c.alpha_2 for c in pycountry.countries}
    mapping: dict[str, str | None] = {}
    sensitive: list[str] = []
    insensitive: list[str] = []
    names = list(Locale.parse(code).territories.items())
    for extra in spec.cldr_locales:
        names += list(Locale.parse(extra).territories.items())
    for terr, name in names:
        if terr not in valid:
            continue
        variants = {name}
        # "Congo (RDC)" -> also "Congo"; "Hong Kong R.A.S. ..." -> "Hong Kong"
        base = re.split(r"\s*[(,]", name)[0].strip()
        if len(base) >= 4:
            variants.add(base)
        # "Curacao", "Peru", "Sao Tome": the name typed without its accents, as keyboards and wires often write it
        variants |= {f for f in map(_unaccented, variants) if len(f) >= 4}
        # "Luxemburgs", "Deutschlands": a name with the language's genitive ending (none after a hissing sound)
        variants |= {v + e for v in variants for e in spec.country_genitive if v[-1] not in "sxzß"}
        for v in variants:
            mapping.setdefault(v.lower(), terr)
            sensitive.append(re.escape(v))
            if v.upper() != v:
                mapping.setdefault(v.upper().lower(), terr)
                sensitive.append(re.escape(v.upper()))
    for terr, forms in spec.countries.names.items():
        for f in forms:
            sensitive.append(f)
            mapping[f"re:{f}"] = terr
    for key in ("adjectives", "places"):
        for terr, forms in getattr(spec.countries, key).items():
            for f in forms:
                if key == "places" or spec.adjectives_case_sensitive:
                    sensitive.append(f)
                else:
                    insensitive.append(f)
                mapping[f"re:{f}"] = terr
    return mapping, sensitive, insensitive


def _unaccented(name: str) -> str:
    """The name without its diacritics ("Curaçao" -> "Curacao"); letters such as "ß" stay."""
    return "".join(ch for ch in unicodedata.normalize("NFKD", name) if not unicodedata.combining(ch))


_CI = re.IGNORECASE
_NEVER = "(?!x)x"  # a pattern that matches nothing: the alternation of an empty word list


@lru_cache(maxsize=None)
def load(code: str) -> Language:
    """The compiled knowledge of one language (cached: once per process). Read and type-check the file, then
    compile each concern's patterns in turn; every step only reads the file and what the steps before it set."""
    data = read_raw(code)
    spec = parse(data, str(LANG_DIR / f"{code}.yaml"))
    lang = Language(code=code, data=data, decimal=spec.decimal, spec=spec)
    _compile_clause_words(lang, spec)
    _compile_value_words(lang, spec)
    lang.compound = spec.compound_words
    lang.adjectives_case_sensitive = spec.adjectives_case_sensitive
    _compile_terms(lang, spec)
    _compile_verbs(lang, spec)
    _compile_scales_and_units(lang, spec)
    _compile_currencies(lang, spec)
    _compile_qualifiers(lang, spec)
    _compile_word_lists(lang, spec)
    _compile_places(lang, code, spec)
    _compile_clauses(lang, spec)
    _compile_dates(lang, code, spec)
    _compile_number_words(lang, spec)
    return lang


_WORD_LISTS = ("ordinal_suffixes", "date_range_words", "date_of_words", "name_particles", "list_conjunctions",
               "and_words", "seizure_links", "currency_links", "officer_words", "service_nouns",
               "range_openers", "other_words")


def _compile_clause_words(lang: Language, spec: LanguageFile) -> None:
    """The small words around figures: pairs and lists of numbers, auxiliaries, suspects, lists of places,
    conversions, articles and prepositions, and the words that bind a place to its number."""
    lang.head_final = spec.head_final
    lang.nouns_capitalised = spec.nouns_capitalised
    lang.verb_final = spec.verb_final
    binding = "".join(f"{w}|" for w in spec.binding_words)
    lang.operation_not_first = frozenset(spec.operation_not_first)
    arts = "|".join(spec.pair_articles) or _NEVER
    lang.pair_after_re = re.compile(
        rf"\s*(?:{'|'.join(spec.pair_words + spec.pair_range_words + ['-', '–'])})\s*(?:(?:{arts})\s+)?\d+(?:[.,]\d+)*")
    lang.pair_before_re = re.compile(
        rf"(?:\d+\s*(?:{'|'.join(spec.pair_words + ['-', '–', ','])})\s*(?:(?:{arts})\s+)?)+$")
    lang.auxiliary_re = re.compile(rf"\s*(?:(?:{'|'.join(spec.passive_auxiliaries) or _NEVER})\s+)?")
    lang.suspect_after_re = re.compile(rf"\s*(?:\w+\s+)?(?:{'|'.join(spec.suspect_stems) or _NEVER})")
    lang.list_sep_end_re = re.compile(  # "..., 72.350 euros", "...; 72.350", "et de € 9'700", "oltre a circa 28'000"
        rf"(?:[,;]|(?<!\w)(?:{'|'.join(spec.conjunctions + spec.list_words) or _NEVER}))"
        rf"[ \u00a0]*(?:(?:{'|'.join(spec.list_determiners) or _NEVER})[ \u00a0]*)*$", _CI)
    lang.list_gap_re = re.compile(rf"[\s,]*(?:(?:{'|'.join(spec.list_words) or _NEVER})\s+)?"
                                  rf"(?:(?:{'|'.join(spec.list_determiners) or _NEVER})\s*)*")
    conv = "|".join(spec.conversion_words) or _NEVER
    lang.conversion_word_re = re.compile(rf"(?:{conv})", _CI)
    lang.conversion_gap_re = re.compile(
        rf"\s*[^\W\d]{{0,12}}\.?\s*[(\[]\s*(?:{conv})?\s*(?:[€$£¥]|[A-Z]{{3}}|US\$)?\s*$")
    lang.definite_articles = tuple(spec.definite_articles)
    lang.article_end_re = re.compile(
        rf"(?:(?<!\w)(?:{_alt(spec.definite_articles, sort=False) or _NEVER})\s*)$", _CI)
    ands = "|".join(map(re.escape, spec.and_words)) + "".join("|" + w for w in spec.unit_joiners) or _NEVER
    lang.compound_next_re = re.compile(rf"[ \u00a0]+(?:(?:{ands})[ \u00a0]+)?(\d{{1,3}})(?![\d.,])")
    officers = "|".join(map(re.escape, sorted(spec.officer_words, key=len, reverse=True))) or _NEVER
    lang.officers_re = re.compile(rf"[ \u00a0]+(?:[^\W\d_]+[ \u00a0]+)?(?:{officers})(?!\w)|(?<!\w)(?:{officers})[ \u00a0]+", _CI)
    lang.possessive_end_re = re.compile(rf"(?<!\w)(?:{_alt(spec.possessive_words)})[ \u00a0]+$", _CI) \
        if spec.possessive_words else None
    lang.service_re = re.compile(rf"(?<!\w)(?:{_alt(spec.service_nouns) or _NEVER})(?!\w)", _CI)
    lang.range_opener_end_re = re.compile(  # "between 20", "tra i 9" (an article before the bound)
        rf"(?<!\w)(?:{_alt(spec.range_openers) or _NEVER})\s+(?:(?:{arts})\s+)?$", _CI)
    lang.copula_article_re = re.compile(  # "Oltre 500 le violazioni", "21 sono state le denunce"
        rf"[ \u00a0]+(?:(?:{'|'.join(spec.passive_auxiliaries) or _NEVER})[ \u00a0]+)?"
        rf"(?:{_alt(spec.definite_articles, sort=False) or _NEVER})[ \u00a0]*", _CI)
    lang.place_prep_end_re = re.compile(rf"(?<!\w)(?:{_alt(spec.place_prepositions, sort=False) or _NEVER})\s*$", _CI)
    preps = _alt(spec.place_prepositions + spec.of_words) or _NEVER  # "huiszoekingen in", "searches of"
    lang.action_gap_re = re.compile(rf"[ \u00a0]+(?:[^\W\d_]+[ \u00a0]+){{0,4}}(?:{preps})[ \u00a0]+", _CI)
    lang.binding_gap_re = re.compile(rf"\s*(?:\(|:|{binding}[-–])\s*")
    lang.shared_places = spec.shared_places
    lang.capitalised_services = {w: tuple(codes) for w, codes in spec.capitalised_services.items()}
    lang.country_words_re = [(code, re.compile(rf"(?<!\w)(?:{_alt(words)})(?!\w)", _CI))
                             for code, words in spec.country_words.items() if words]
    lang.short_ton_re = re.compile(rf"[\s\u00a0]*(?:{spec.short_ton})", _CI) if spec.short_ton else None
    lang.pounds_weight_re = re.compile(rf"\d[\d,.]*[ \u00a0]*(?:{spec.pounds_weight})", _CI) if spec.pounds_weight else None
    halves = sorted(spec.half_words, key=len, reverse=True)
    lang.one_of_re = re.compile(rf"[ \u00a0]+(?:{_alt(spec.one_of_words)})[ \u00a0]+\w", _CI) if spec.one_of_words else None
    lang.half_after_re = re.compile(rf"[ \u00a0]+(?:{_alt(spec.half_after)})(?!\w)", _CI) if spec.half_after else None
    lang.count_mark_re = Prefiltered(re.compile(rf"(?<!\w)(?:{_alt(spec.count_marks)})[ \u00a0]*$", _CI)) \
        if spec.count_marks else None
    lang.negation_end_re = re.compile(  # "non sono stati", "were not", "n'ont pas été": a negation before a verb
        rf"(?<![\w'’])(?:{_alt(spec.negation_words)})(?![\w])(?:[ \u00a0]+[^\W\d_]+){{0,2}}[ \u00a0]*$", _CI) \
        if spec.negation_words else None
    lang.both_re = Prefiltered(re.compile(  # the word, and a definite article after it ("entrambi gli uomini")
        rf"(?<!\w)(?P<both>{_alt(spec.both_words)})[ \u00a0]+(?:(?:{_alt(spec.definite_articles, sort=False) or _NEVER})"
        rf"(?:(?<=['’])|[ \u00a0]+))?", _CI)) if spec.both_words else None
    lang.river_re = re.compile(  # "le fleuve Niger", "the Niger River": a river, not the country
        rf"(?<!\w)(?:{_alt(spec.river_words)})[ \u00a0]+$|^[ \u00a0-]+(?:{_alt(spec.river_words)})(?!\w)", _CI) \
        if spec.river_words else None
    defs = _alt(spec.definite_articles, sort=False) or _NEVER
    lang.border_re = re.compile(  # "la frontera con Bolivia", "die Schweizer Grenze": a neighbour, not where
        rf"(?<!\w)(?:{_alt(spec.border_words)})[ \u00a0]+(?:(?:{defs})(?:(?<=['’])|[ \u00a0]+))?$"
        rf"|^[ \u00a0]+(?:{_alt(spec.border_words)})(?!\w)", _CI) if spec.border_words else None
    lang.relative_re = re.compile(  # ", which were grown in Peru": a relative clause after the goods
        rf",[ \u00a0]*(?:{_alt(spec.relative_pronouns)})(?:(?<=['’])|(?!\w))", _CI) if spec.relative_pronouns else None
    lang.partner_re = re.compile(  # "en coordinación con la DEA", "com a cooperação da Polícia Federal do Brasil"
        rf"(?<!\w)(?:{_alt(spec.partner_words)})(?:(?<=['’])|[ \u00a0]+)(?:[^\W\d_]+['’]?[ \u00a0]*){{0,2}}$", _CI) \
        if spec.partner_words else None
    lang.money_sum_re = re.compile(rf"(?<!\w)(?:{_alt(spec.money_sum_words)})[ \u00a0]*$", _CI) \
        if spec.money_sum_words else None
    # up to two words between the carry word and the amount ("llevaba consigo", "transportait sur lui"); up to three
    # after it ("30.000 Euro in bar mit sich")
    lang.carry_before_re = re.compile(
        rf"(?<!\w)(?:{_alt(spec.carry_words)})(?:[ \u00a0]+[^\W\d_]+){{0,2}}[ \u00a0]*$", _CI) if spec.carry_words else None
    lang.carry_after_re = re.compile(
        rf"(?:[ \u00a0]+[^\W\d_]+){{0,3}}[ \u00a0]+(?:{_alt(spec.carry_words)})(?!\w)", _CI) if spec.carry_words else None
    lang.contents_re = re.compile(rf"(?<!\w)(?:{_alt(spec.contents_words)})(?!\w)", _CI) \
        if spec.contents_words else None
    lang.tax_re = re.compile(rf"(?<!\w)(?:{_alt(spec.tax_words)})(?!\w)", _CI) if spec.tax_words else None
    lang.seized_whole_re = re.compile(rf"(?<!\w)(?:{_alt(spec.seized_whole_words)})(?!\w)", _CI) \
        if spec.seized_whole_words else None
    lang.original_price_re = re.compile(rf"(?<!\w)(?:{_alt(spec.original_price_words)})(?!\w)", _CI) \
        if spec.original_price_words else None
    lang.brand_re = re.compile(rf"(?:{_alt(spec.brand_words)})", _CI) if spec.brand_words else None
    # a line opened by a link to another article ("(Read more: ...)", "[LEE: ...]", "RELACIONADAS ..."): to its end
    lang.related_link_re = re.compile(
        rf"^[ \t•*-]*(?:[(\[][ \t]*)?(?:{_alt(spec.related_link_words)})[ \t]*(?::|\.\.\.|…)[^\n]*", _CI | re.M) \
        if spec.related_link_words else None
    lang.bank_account_re = re.compile(rf"(?<!\w)(?:{_alt(spec.bank_account_words)})(?!\w)", _CI) \
        if spec.bank_account_words else None
    lang.partitive_re = re.compile(rf"[ \u00a0]+(?:{_alt(spec.partitive_words)})(?!\w)", _CI) \
        if spec.partitive_words else None
    lang.times_acted_re = re.compile(rf"[ \u00a0-]*(?:{_alt(spec.times_acted_words)})(?!\w)", _CI) \
        if spec.times_acted_words else None
    lang.packed_re = re.compile(rf"(?<!\w)(?:{_alt(spec.packed_words)})(?!\w)", _CI) if spec.packed_words else None
    lang.packing_prep_end_re = re.compile(rf"(?<!\w)(?:{_alt(spec.packing_prepositions)})[ \u00a0]*$", _CI) \
        if spec.packing_prepositions else None
    lang.each_of_re = re.compile(
        rf"[ \u00a0]*(?:(?:{_alt(spec.each_of_words)})[ \u00a0]+(?:[^\W\d_][\w'’-]*[ \u00a0]+){{1,3}})?"
        rf"(?:{_alt(spec.each_of_words)})(?:(?<=['’])|(?!\w))[ \u00a0]*", _CI) if spec.each_of_words else None
    lang.dead_re = re.compile(rf"(?<!\w)(?:{_alt(spec.dead_words)})(?!\w)", _CI) if spec.dead_words else None
    lang.vague_re = re.compile(rf"(?<!\w)(?:{_alt(spec.vague_words)})[ \u00a0]+$", _CI) if spec.vague_words else None
    lang.penalty_after_re = re.compile(rf"[ \u00a0]*(?:{_alt(spec.penalty_after)})(?!\w)", _CI) \
        if spec.penalty_after else None
    lang.owed_re = re.compile(rf"(?<!\w)(?:{_alt(spec.owed_words)})(?!\w)", _CI) if spec.owed_words else None
    lang.crime_after_re = re.compile(rf"(?:[ \u00a0]+[^\W\d_]+)?[ \u00a0]+(?:{_alt(spec.crime_after)})(?!\w)", _CI) \
        if spec.crime_after else None
    lang.one_person_re = Prefiltered(re.compile(rf"(?<![\w'’-])(?:{_alt(spec.one_person_words)})(?=[ \u00a0]+\w)", _CI)) \
        if spec.one_person_words else None
    lang.half_re = Prefiltered(re.compile(
        rf"(?<![\w'’-])(?:{'|'.join(f'(?:{w})' for w in halves)})(?:(?<=-)|(?!\w))", _CI)) if halves else None
    lang.variation_re = Prefiltered(re.compile(rf"(?<!\w)(?:{_alt(spec.variation_words)})(?!\w)", _CI)) \
        if spec.variation_words else None
    quarters = sorted(spec.quarter_words, key=len, reverse=True)
    lang.quarter_re = Prefiltered(re.compile(
        rf"(?<![\w'’-])(?:{'|'.join(f'(?:{w})' for w in quarters)})(?:(?<=['’])|(?!\w))", _CI)) if quarters else None
    lang.milligram_re = re.compile(rf"[ \u00a0]?(?:{_alt(spec.milligram_words)})(?!\w)", _CI) \
        if spec.milligram_words else None
    lang.year_prepositions = spec.year_prepositions
    lang.year_comparisons = spec.year_comparisons
    lang.last_year = spec.last_year
    lang.this_year = spec.this_year
    lang.year_parts = {k: (int(v[0]), int(v[1])) for k, v in spec.year_parts.items()}
    lang.first_months = spec.first_months
    for key in _WORD_LISTS:
        setattr(lang, key, getattr(spec, key))
    lang.unambiguous_short_scales = frozenset(w.lower() for w in spec.unambiguous_short_scales)
    lang.tonne_like_scales = frozenset(w.lower() for w in spec.tonne_like_scales)


def _compile_value_words(lang: Language, spec: LanguageFile) -> None:
    """"street value" (a money amount that is a seizure figure) and "worth" (the value of goods), in the places
    the rules look for them."""
    lang.value_words_re = re.compile(spec.value_words, _CI) if spec.value_words else None
    weak = spec.value_weak
    if not weak:
        return
    lang.value_weak_re = re.compile(rf"(?<!\w)(?:{weak})", _CI)
    lang.value_weak_word_re = re.compile(rf"(?<!\w)(?:{weak})(?!\w)", _CI)
    lang.worth_before_re = re.compile(rf"(?<!\w)(?:{weak})(?:[\s\u00a0]+\w+){{0,3}}[\s\u00a0]+$", _CI)
    lang.value_weak_end_re = re.compile(
        rf"(?<!\w)(?:{weak})(?:\s+(?:{_alt(spec.value_links) or _NEVER}))*\s*$", _CI)
    lang.value_weak_near_re = re.compile(rf"(?<!\w)(?:{weak})(?:\s+\w+){{0,3}}\s*\W{{0,4}}$", _CI)
    lang.valued_after_re = re.compile(rf"(?:[ \u00a0]+[^\W\d_][\w'’-]*){{1,4}}[ \u00a0]+(?:{weak})(?!\w)", _CI)


def _compile_terms(lang: Language, spec: LanguageFile) -> None:
    """One alternation with a named group per term, longest pattern first; for compounding languages also the
    term as the end of a long word ("Schmuggelzigaretten")."""
    for row in spec.terms:
        pat, metric, obj, cat = (list(row) + [None, None, None])[:4]
        lang.terms.append(Term(_longest_first(pat), metric, obj, cat))
    order = sorted(range(len(lang.terms)), key=lambda i: -len(lang.terms[i].pattern))
    suffix = spec.term_suffix
    lang.term_re = WordStartIndex([lang.terms[i].pattern for i in range(len(lang.terms))], _CI,
                                  lambda i, p: f"(?P<t{i}>(?:{p}){suffix}(?!\\w))", order=order)
    lang.suffix_re = re.compile(
        "(?:" + "|".join(f"(?P<t{i}>(?:{lang.terms[i].pattern}){suffix})" for i in order) + ")$", _CI) if lang.compound else None


def _compile_verbs(lang: Language, spec: LanguageFile) -> None:
    for cls in VERB_CLASSES:
        pats = getattr(spec.verbs, cls)
        if pats:
            lang.verb_re[cls] = Prefiltered(re.compile(rf"(?<!\w)(?:{_alt(pats)})(?:(?<=['’])|(?!\w))", _CI))
    lang.verb_any_re = Prefiltered(re.compile(
        "|".join(f"(?P<{cls}>(?<!\\w)(?:{_alt(getattr(spec.verbs, cls))})(?!\\w))"
                 for cls in VERB_CLASSES if getattr(spec.verbs, cls)), _CI))
    arrest_after = spec.verbs.arrest_after
    lang.arrest_after_re = re.compile(rf"\s*(?:{_alt(arrest_after)})(?!\w)", _CI) if arrest_after else None
    # "19 000 euros et six véhicules ont été saisis": the seizure verb after one more item of the subject
    ands = "|".join(map(re.escape, spec.and_words)) or _NEVER
    aux = "|".join(spec.passive_auxiliaries) or _NEVER
    lang.seized_after_item_re = re.compile(
        rf"\s*(?:{ands})\s+(?:[^\W_][\w'’-]*\s+){{1,3}}?(?:(?:{aux})\s+)?(?:[^\W\d_]+\s+)?"
        rf"(?:{_alt(spec.verbs.seize) or _NEVER})(?!\w)", _CI)


def _compile_scales_and_units(lang: Language, spec: LanguageFile) -> None:
    for word, mult in spec.scales.items():
        lang.scales[str(word).lower()] = float(mult)
    scale_pat = _alt(_lit(lang.scales))
    lang.scale_re = re.compile(rf"[ \u00a0\u202f]?(?:{scale_pat})(?:\.(?=\s|$)|(?![\w]))", _CI)
    for unit, forms in spec.units.items():
        for f in forms:
            lang.unit_map[f"re:{f}"] = unit
    fillers = spec.unit_fillers
    lang.unit_fillers_re = rf"(?:(?:{_alt(fillers)})\s+)?" if fillers else ""
    lang.unit_re = re.compile(
        rf"[ \u00a0\u202f]*{lang.unit_fillers_re}(?:"
        + "|".join(f"(?P<u{i}>{f})" for i, f in enumerate(k[3:] for k in lang.unit_map))
        # not "4 t-shirt", "5 kg-Blöcke" (each block's weight), "l'" eliding a word; a closing quote mark is no elision
        + r")(?!\w)(?!['’][^\W\d_])(?![-‐][^\W\d_])", _CI)
    lang._unit_keys = [lang.unit_map[k] for k in lang.unit_map]


def _compile_currencies(lang: Language, spec: LanguageFile) -> None:
    """Currency words after the number (per language) and the universal signs and codes."""
    cur_words = []
    for iso, forms in spec.currencies.items():
        for f in forms:
            cur_words.append((f, iso))
    lang._cur_words = cur_words
    words = "|".join(f"(?P<c{i}>{f})" for i, (f, _) in enumerate(cur_words))
    lang.currency_words_re = re.compile(rf"(?<![\w-])(?:{words})(?![\w-])", _CI) if cur_words else None
    lang.currency_after_re = re.compile(
        rf"[ \u00a0\u202f]*(?:(?:{_alt(spec.currency_links, sort=False) or _NEVER})\s*)?(?:"
        + "|".join(f"(?P<c{i}>{f})" for i, (f, _) in enumerate(cur_words))
        + "|" + "|".join(f"(?P<s{i}>{re.escape(s)})" for i, s in enumerate(_SIGNS_SORTED))
        + r"|(?P<code>" + "|".join(CURRENCY_CODES) + r"|(?-i:" + _other_codes() + r"))(?![A-Za-z]))(?![\w])", _CI)
    lang.currency_before_re = re.compile(
        r"(?:(?P<sign>" + _alt(_lit(_SIGNS_SORTED)) + r"|\$)|(?<![A-Za-z])(?P<code>"
        + "|".join(CURRENCY_CODES) + "|" + _other_codes() + r")|(?P<euro>(?i:" + (_alt(spec.euro_words) or _NEVER)
        + r")))[ \u00a0\u202f]*$")


def _compile_qualifiers(lang: Language, spec: LanguageFile) -> None:
    quals = [(f, q) for q, forms in spec.qualifiers if forms for f in forms]
    quals.sort(key=lambda x: -len(x[0]))
    lang.qualifier_kinds = [q for _, q in quals]
    lang.qualifier_re = Remembered(Prefiltered(re.compile(
        "(?<!\\w)(?:" + "|".join(f"(?P<q{i}>{f})" for i, (f, _) in enumerate(quals)) + ")\\s*$", _CI)))


def _word_index(words: list[str]) -> WordStartIndex:
    """Whole words or phrases, longest first, searched through their first letters."""
    return WordStartIndex(sorted(set(words), key=lambda x: (-len(x), x)), _CI,
                          lambda i, p: f"(?:{p})(?:(?<=['’])|(?!\\w))")


def _compile_word_lists(lang: Language, spec: LanguageFile) -> None:
    """Function and stop words, the words that make a number no figure, totals, and origin, region and
    international cues."""
    lang.function_re = re.compile(rf"(?:{_alt(spec.function_words)})(?:(?<=['’])|(?!\w))", _CI)
    lang.stop_re = re.compile(rf"(?<!\w)(?:{_alt(spec.stop_words)})(?:(?<=['’])|(?!\w))", _CI)
    lang.of_re = re.compile(rf"(?<!\w)(?:{_alt(spec.of_words)})(?:(?<=['’])|(?!\w))", _CI)
    lang.skip_after_re = re.compile(rf"[\s\-\u00a0\u202f]*(?:{_alt(spec.skip_after)})(?:(?<=['’])|(?!\w))", _CI)
    # searched as a yes / no test (a number right after "article", "aged"...)
    lang.skip_before_re = AnyOf(sorted(set(spec.skip_before), key=lambda s: (-len(s), s)), _CI,
                                lambda body: rf"(?<!\w)(?:{body})[\s\u00a0]*$")
    lang.comparative_re = re.compile(rf"\s*(?:{_alt(spec.comparatives)})(?!\w)", _CI)
    lang.total_re = Prefiltered(re.compile(rf"(?<!\w)(?:{_alt(spec.total_words)})(?:(?<=['’])|(?!\w))", _CI))
    lang.origin_re = _word_index(spec.origin_cues)
    lang.region_re = _word_index(spec.regions)
    lang.international_re = _word_index(spec.international)
    lang.closed_categories = frozenset(spec.closed_categories)


def _compile_places(lang: Language, code: str, spec: LanguageFile) -> None:
    """Country names (CLDR's, case-sensitive) and the file's adjectives, alternative names and places."""
    mapping, sensitive, insensitive = _country_names(code, spec)
    lang.country_map = mapping
    sens = sorted(set(sensitive), key=lambda x: (-len(x), x))
    lang.country_re = WordStartIndex(sens, 0, lambda i, p: f"(?:{p})(?!\\w|-\\w)")
    lang.country_ci_re = WordStartIndex(sorted(set(insensitive), key=lambda x: (-len(x), x)), _CI,
                                        lambda i, p: f"(?:{p})(?!\\w|-\\w)") if insensitive else None
    lang._country_patterns = [(re.compile(rf"(?:{k[3:]})$", _CI if k[3:] in insensitive else 0), v)
                              for k, v in mapping.items() if k.startswith("re:")]
    adjectives = spec.countries.adjectives
    lang._adjective_re = re.compile(
        "(?:" + "|".join(f"(?:{f})" for forms in adjectives.values() for f in forms)
        + ")$", _CI) if adjectives else None


def _optional_words_re(words: list[str] | None, wrap=lambda rx: rx):
    """A whole-word alternation of an optional list, None when the language has none."""
    return wrap(re.compile(rf"(?<!\w)(?:{_alt(words)})(?!\w)", _CI)) if words else None


def _compile_clauses(lang: Language, spec: LanguageFile) -> None:
    """Conjunctions and breakdowns that start a clause or a list of parts, smuggling and cover-load words, and
    operation names."""
    lang.conjunction_re = re.compile(rf"(?<!\w)(?:{_alt(spec.conjunctions or [_NEVER])})(?!\w)", _CI)
    lang.breakdown_re = re.compile(rf"(?<!\w)(?:{_alt(spec.breakdown_words or [_NEVER])})(?!\w)", _CI)
    lang.smuggle_re = _optional_words_re(spec.smuggle_verbs, Prefiltered)
    lang.smuggle_after_re = _optional_words_re(spec.smuggle_after, Prefiltered)
    lang.attempt_re = _optional_words_re(spec.smuggle_attempts)
    lang.cover_re = _optional_words_re(spec.cover_words, Prefiltered)
    lang.load_re = re.compile(rf"(?<!\w)(?:{_alt(spec.load_words)})[ \u00a0]*$", _CI) if spec.load_words else None
    lang.limit_re = _optional_words_re(spec.limit_words)
    _compile_comparisons(lang, spec)
    lang.compound_head_re = re.compile(rf"(?:{_alt(spec.compound_heads)})$", _CI) if spec.compound_heads else None
    op = spec.operation
    lang.operation_re = Prefiltered(re.compile(rf"(?<!\w)(?:{_alt(op.words)})(?!\w)", _CI))
    lang.operation_lead_re = re.compile(rf"(?:{_alt(op.lead or [_NEVER])})\s*", _CI)


def _compile_comparisons(lang: Language, spec: LanguageFile) -> None:
    """"..., contre 89,5 en 2021", "against 70 the previous year": the words that set another year's number
    against a figure just stated, and the year (or last year) said right after that number; and the words of a
    goal or target whose clause states no result."""
    lang.comparison_end_re = re.compile(rf"(?<!\w)(?:{_alt(spec.comparison_words)})[ \u00a0]*$", _CI) \
        if spec.comparison_words else None
    lang.compared_number_re = re.compile(
        rf"(?<!\w)(?:{_alt(spec.comparison_words)})[ \u00a0]+\d[\d.,'’ \u00a0]*(?:[^\W\d_]+\.?[ \u00a0]+){{0,2}}$",
        _CI) if spec.comparison_words else None
    last = _alt((spec.last_year + spec.previous_year) or [_NEVER])
    if spec.previous_year:
        lang.previous_year_re = re.compile(rf"(?<!\w)(?:{_alt(spec.previous_year)})(?!\w)", _CI)
        then = _alt(spec.then_words or [_NEVER])
        lang.then_gap_re = re.compile(
            rf"(?:[^,;:()\[\]\d]*|[ \u00a0]*\([ \u00a0]*|[ \u00a0]*,[ \u00a0]*(?:(?:{then})(?!\w)[^,;:()\[\]\d]*)?)", _CI)
    lang.earlier_year_re = re.compile(
        rf"[ \u00a0]*(?:(?:[^\W\d_]{{1,5}}['’]?[ \u00a0]*){{0,3}}(?:19|20)\d\d(?!\d)|(?:{last})(?!\w))", _CI)
    lang.target_re = _optional_words_re(spec.target_words)
    lang.hypothetical_re = _optional_words_re(spec.hypothetical_words)
    lang.hypothetical_after_re = _optional_words_re(spec.hypothetical_after)


def _compile_dates(lang: Language, code: str, spec: LanguageFile) -> None:
    """Month names (CLDR's plus the file's) and the patterns of days, months and ranges of days."""
    lang.year_prep_re = re.compile(rf"(?<!\w)(?:{_alt(spec.year_prepositions)})\s+$", _CI)
    lang.month_map = _months(code, spec.months)
    lang.month_re = _alt(_lit(lang.month_map))
    mon = lang.month_re
    ordinal = _alt(spec.ordinal_suffixes) or _NEVER
    of = _alt(spec.date_of_words) or _NEVER
    to = _alt(spec.date_range_words) or _NEVER
    lang.month_after_re = re.compile(rf"\s*(?:\.|º|{ordinal})?\s*(?:(?:{of})\s+)?(?:{mon})\.?(?!\w)", _CI)
    lang.month_before_re = Prefiltered(re.compile(rf"(?<!\w)(?:{mon})\.?\s*$", _CI))
    lang.date_range_re = re.compile(
        rf"\s*(?:\.|{ordinal})?\s*(?:-|–|{to})\s*\d{{1,2}}\.?\s*(?:(?:{of})\s+)?(?:{mon})(?!\w)", _CI)
    lang.weekday_bracket_re = Prefiltered(re.compile(rf"(?<!\w)(?:{_alt(_lit(_weekdays(code)))})\s*\(\s*$", _CI))
    # "quarta-feira,16,", "el día 7,": a weekday or the word for day, then a day set off by a comma after it
    days = _alt(_lit(_weekdays(code)) + list(spec.day_words))
    lang.day_set_off_re = Prefiltered(re.compile(rf"(?<!\w)(?:{days})[ \u00a0]*[,(]?[ \u00a0]*$", _CI))


def _weekdays(code: str) -> list[str]:
    """CLDR's day names ("segunda-feira" and the "segunda" the press also writes): "na segunda-feira (17)" is a date."""
    from babel import Locale
    names = {d.lower() for d in Locale.parse(code).days["format"]["wide"].values()}
    return sorted(names | {d.split("-")[0] for d in names})


def _compile_number_words(lang: Language, spec: LanguageFile) -> None:
    """Numbers written in words: the morphemes, their connectors ("vingt-et-un", "dreiundzwanzig") and the
    indefinite articles that read as one."""
    nw = spec.number_words
    for kind in ("units", "hundreds", "scales"):
        for w, v in getattr(nw, kind).items():
            lang.numwords[str(w).lower()] = (kind, float(v))
    lang.articles = {str(a).lower() for a in nw.articles}
    morph = _alt(_lit(lang.numwords))
    conn = _alt(nw.connectors or [_NEVER])
    lang.morpheme_re = re.compile(rf"{morph}|{conn}", _CI)
    if spec.compound_numbers:
        # a compound ends with a number, never with a connector: Dutch "honderden", "duizenden" (hundreds,
        # thousands) are no numbers
        word = rf"(?:(?:{morph})(?:{conn})?)*(?:{morph})"
    else:
        word = rf"(?:{morph})"
    # "quatre- vingt": a hyphen that a line break or a typo left a space after still joins the words
    lang.numword_re = Prefiltered(re.compile(
        rf"(?<![\w-])(?:{word})(?:(?:[\s\u00a0]+|-[ \u00a0]?)(?:(?:{conn})[\s\u00a0]+)?(?:{word}))*(?![\w])", _CI))
    lang._connectors = re.compile(rf"^(?:{conn})$", _CI)


_SIGNS_SORTED = sorted(CURRENCY_SIGNS, key=len, reverse=True) + ["$"]


def unit_of(lang: Language, m: re.Match) -> str:
    return lang._unit_keys[int(m.lastgroup[1:])]


def currency_of(lang: Language, m: re.Match) -> str | None:
    g = m.lastgroup
    if g == "code":
        code = m.group("code").upper()
        return "CNY" if code == "RMB" else code
    if g.startswith("c"):
        return lang._cur_words[int(g[1:])][1]
    sign = _SIGNS_SORTED[int(g[1:])]
    return CURRENCY_SIGNS.get(sign, "$")


def country_of(lang: Language, surface: str) -> str | None:
    """ISO code of a matched country surface form."""
    cache = lang._country_cache
    if surface not in cache:
        cache[surface] = _country_of(lang, surface)
    return cache[surface]


def _country_of(lang: Language, surface: str) -> str | None:
    low = surface.lower()
    if low in lang.country_map:
        return lang.country_map[low]
    for rx, code in lang._country_patterns:
        if rx.match(surface):
            return code
    return None


@lru_cache(maxsize=4096)
def is_adjective(lang: Language, surface: str) -> bool:
    """Whether a country mention is one of the language's country adjectives (kept for the words met most: the
    pattern is an alternation of every adjective, ~2.5 µs a try)."""
    return bool(lang._adjective_re and lang._adjective_re.match(surface))


def term_of(lang: Language, m: re.Match) -> Term:
    return lang.terms[int(m.lastgroup[1:])]


def check_language_file(code: str) -> list[str]:
    """Problems of one language file (empty when it is sound): keys, vocabularies, regexes."""
    try:
        data = read_raw(code)
    except yaml.YAMLError as e:
        return [f"{code}: {e}"]
    if not isinstance(data, dict):
        return [f"{code}: not a mapping of keys"]
    path = str(LANG_DIR / f"{code}.yaml")
    problems = _unknown_keys(data, LanguageFile, path)
    problems += [f"{code}: missing key {k}" for k in REQUIRED_KEYS if k not in data]
    if problems:
        return problems
    try:
        parse(data, path)
    except LanguageFileError as e:
        return [str(e)]
    problems = _vocabulary_problems(code, data) + _pattern_problems(code, data)
    if not problems:
        try:
            load.__wrapped__(code)
        except Exception as e:  # noqa: BLE001
            problems.append(f"{code}: does not compile as a whole: {e}")
    return problems


def _term_problems(code: str, terms: list) -> list[str]:
    """A term row is a pattern and what it says: a known metric, object or category."""
    problems = []
    for row in terms:
        if not isinstance(row, list) or not 2 <= len(row) <= 4:
            problems.append(f"{code}: bad term row {row!r}")
            continue
        pat, metric, obj, cat = (list(row) + [None, None, None])[:4]
        if metric is not None and metric not in METRICS and metric not in RESOLVED_METRICS:
            problems.append(f"{code}: term {pat!r} has unknown metric {metric!r}")
        if cat is not None and not all(k in CATEGORIES for k in str(cat).split("|")):  # "tobacco|weapons": see context.py
            problems.append(f"{code}: term {pat!r} has unknown category {cat!r}")
        if metric is None and obj is None and cat is None:
            problems.append(f"{code}: term {pat!r} says nothing")
    return problems


def _vocabulary_problems(code: str, data: dict) -> list[str]:
    """Names the extractor knows: the language code, metrics and categories of terms, verb classes, qualifiers,
    units, country and currency codes."""
    problems = []
    if data["language"] != code:
        problems.append(f"{code}: language field is {data['language']!r}")
    problems += _term_problems(code, data["terms"])
    problems += [f"{code}: unknown verb class {cls}" for cls in data["verbs"]
                 if cls not in VERB_CLASSES and cls != "arrest_after"]
    problems += [f"{code}: unknown qualifier {q}" for q in data["qualifiers"]
                 if q not in ("exact", "at_least", "at_most", "approximate")]
    problems += [f"{code}: unknown unit {unit}" for unit in data["units"] if unit not in UNIT_FACTORS]
    import pycountry
    valid = {c.alpha_2 for c in pycountry.countries}
    for key in ("names", "adjectives", "places"):
        for terr in (data["countries"].get(key) or {}):
            if terr not in valid:
                problems.append(f"{code}: unknown country code {terr} in countries.{key}")
    problems += [f"{code}: bad currency code {iso}" for iso in data["currencies"]
                 if not re.fullmatch(r"[A-Z]{3}", str(iso))]
    return problems


# the keys that hold literal words, codes or locale names; every other string of a language file is a pattern
LITERAL_KEYS = frozenset({"language", "decimal", "number_words", "scales", "months", "cldr_locales", "shared_places",
                          "capitalised_services",
                          "operation_not_first", "unambiguous_short_scales", "tonne_like_scales"})


def _strings(obj, path):
    """(path, string) for every string in nested mappings and lists."""
    if isinstance(obj, dict):
        for k, v in obj.items():
            yield from _strings(v, f"{path}.{k}")
    elif isinstance(obj, list):
        for i, v in enumerate(obj):
            yield from _strings(v, f"{path}[{i}]")
    elif isinstance(obj, str):
        yield path, obj


def _pattern_problems(code: str, data: dict) -> list[str]:
    problems = []
    for path, s in _strings({k: v for k, v in data.items() if k not in LITERAL_KEYS}, code):
        try:
            re.compile(s)
        except re.error as e:
            problems.append(f"{path}: pattern {s!r} does not compile: {e}")
    return problems
