"""Which country a document is about: weighed from evidence, never from its language.

French is written in Dakar, Tunis, Brussels, Geneva and Montreal; Spanish in Bogotá and Lima; English in Lagos,
Nairobi, Mumbai and Manila. So the home country of a release comes from what it names and where it was found:
the source's own country (a hint from the sources file or `--country`), the country-code domain of its URL,
the national agencies it names (DIAN, NDLEA, Guardia di Finanza), its places (Mombasa, Tanger Med) and its
country names. A name that several countries share (Valencia, "Policía Nacional") is settled by the rest of
the evidence. With no evidence the home country stays unknown rather than guessed.
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache

from seizure_stats.extraction import world
from seizure_stats.extraction.lexicon import currency_of, every_language
from seizure_stats.extraction.reasons import quoted
from seizure_stats.extraction.text import Mention

# how much one clue weighs: a named national agency or the site's own domain says more than a city in passing
WEIGHTS = {"url": 3.0, "agency": 3.0, "place": 1.0, "name": 1.0, "region": 0.5, "partner": 0.5, "town": 1.0, "officers": 1.0,
           "usage": 1.0, "currency": 1.0}
TITLE_BONUS = 1.0
REGION = "*"        # a clue for a region or group of countries rather than one country
SHARE = 0.6          # the leading country's share of the evidence that makes it the home country
DOMINANT = 4         # or, among many countries named in passing, at least this many times the next one's evidence
SHARE_INTERNATIONAL = 0.75
SHARE_AGENCY = 0.35  # enough when the leader is the only country whose agency or web domain is in evidence


@lru_cache(maxsize=4)
def _named_after_re(particles: tuple[str, ...]) -> re.Pattern:
    """A particle and a capital after a place name: "Porto de Santos", "Port of Spain". The particles of every
    language file (`every_language`): a place keeps the particles of its own language, whatever the text's."""
    alternatives = "|".join(particles) or "(?!x)x"
    return re.compile(rf"[ \u00a0]+(?:{alternatives})[ \u00a0]+[A-ZÀ-Ý]")


@dataclass(frozen=True)
class Clue:
    """One piece of evidence for a country, kept so a figure can say why it is where it is."""
    code: str
    kind: str      # url | agency | place | name | region | partner
    words: str
    weight: float


def world_mentions(text: str, mentions: list[Mention]) -> tuple[list[Mention], bool]:
    """Agencies and places of the world gazetteer as mentions (those the language file already found are kept);
    and whether an international body (Europol, OLAF, WCO) is named. Ambiguous names keep their candidates."""
    taken = bytearray(len(text) + 1)
    for m in mentions:
        taken[m.start:m.end] = b"\x01" * (m.end - m.start)
    by_span = {(m.start, m.end): m for m in mentions}
    out: list[Mention] = []
    international = False
    bodies = []
    for kind, hits in (("agency", world.find_agencies(text)), ("place", world.find_places(text))):
        for h in hits:
            if h.international:
                international = True
                bodies.append(h)
                # "Organisation Internationale de Police Criminelle", "Organisation mondiale des douanes": the region
                # word inside the body's name is part of the name, no region where a figure is
                for m in [m for m in mentions if m.code is None and not m.candidates and (
                        h.start <= m.start and m.end <= h.end or _NAME_BEFORE_ACRONYM.fullmatch(text, m.end, h.start))]:
                    mentions.remove(m)  # or a region word of the long name before its acronym: "Polícia Internacional (Interpol)"
                continue
            known = by_span.get((h.start, h.end))
            if known is not None and h.countries:
                # the language file knows the name too: the world says what kind it is and every country it may be
                known.kind = kind
                if len(h.countries) > 1 and known.code in h.countries:
                    known.code, known.candidates = None, h.countries
                continue
            if not h.countries or h.weak:
                continue
            if taken.find(1, h.start, h.end) >= 0:
                inside = [m for m in mentions if h.start <= m.start and m.end <= h.end]
                if not inside or taken.find(1, h.start, h.end) < inside[0].start or any(
                        m.start < h.start < m.end or m.start < h.end < m.end for m in mentions):
                    continue
                # "Autoridade Tributária de Moçambique" is one agency, not "AT" and a country name
                for m in inside:
                    mentions.remove(m)
            if kind == "place" and _named_after_re(every_language("place_particles")).match(text, h.end):
                continue  # "Porto de Santos", "Puerto de Manzanillo": a common noun naming the next place
            if kind == "place" and _capital_only_by_position(text, h):
                continue  # "Dabei konnten ...": a word capitalised because it opens a sentence
            taken[h.start:h.end] = b"\x01" * (h.end - h.start)
            code = h.countries[0] if len(h.countries) == 1 else None
            out.append(Mention(h.start, h.end, code, kind=kind, candidates=h.countries))
    out += _capitals_dateline(text, taken)
    if bodies:
        _mark_seats(text, bodies, out)
    return out, international


_SEAT_GAP = 60  # characters between a body's name and its seat, within one sentence


def _mark_seats(text: str, bodies: list, places: list[Mention]) -> None:
    """An international body's seat named after it in its sentence ("..., Europol said in The Hague", "Interpol,
    based in Lyon") is where it speaks from; it locates no figure and is no evidence of the text's country."""
    seats = world.international_seats()
    for m in places:
        if m.kind != "place":
            continue
        name = text[m.start:m.end]
        for h in bodies:  # the body first: "500 kg seized in The Hague, Europol said" keeps its place
            if name in seats.get(h.name, ()) and 0 <= m.start - h.end <= _SEAT_GAP \
                    and not _STOP.search(text, h.end, m.start):
                m.origin = True
                break


_STOP = re.compile(r"[.!?\n]")


# a run of capitalised words that opens a line, then a dash or a comma, perhaps after a bracket or two:
# "KRALENDIJK – Agenten ...", "MOMBASA, May 4 ...", "LA SPEZIA (SP) – I finanzieri ..."
_CAPITALS_DATELINE = re.compile(r"(?m)^[ \u00a0]*([A-ZÀ-ÖØ-Þ]{3,}(?:[ \u00a0'’-][A-ZÀ-ÖØ-Þ]{2,}){0,3})"
                                r"(?=(?:[ \u00a0]*\([^()\n]{1,40}\))*[ \u00a0]*[-–—,][ \u00a0])")
_DATELINE_LINES = 3  # a dateline opens the text, or its body after a title and a byline


def _capitals_dateline(text: str, taken: bytearray) -> list[Mention]:
    """A dateline written in capitals ("KRALENDIJK – ...", "MOMBASA, May 4 (Wire) – ..."): the town the
    report was written in, as it would be found written "Willemstad" (the gazetteer's places are case-sensitive).
    Only within the first lines, and only a name the gazetteer knows as a whole."""
    out: list[Mention] = []
    for m in _CAPITALS_DATELINE.finditer(text, 0, _lines_end(text, _DATELINE_LINES)):
        a, b = m.span(1)
        if taken.find(1, a, b) >= 0:
            continue
        name = re.sub(r"[^\W\d_]+", lambda w: w.group(0).capitalize(), m.group(1))
        hits = [h for h in world.find_places(name) if h.start == 0 and h.end == len(name) and h.countries and not h.weak]
        if hits:
            h = hits[0]
            out.append(Mention(a, b, h.countries[0] if len(h.countries) == 1 else None, kind="place",
                               candidates=h.countries))
    return out


def _lines_end(text: str, n: int) -> int:
    """Where the first `n` non-empty lines of `text` end."""
    pos = 0
    for _ in range(n):
        nl = text.find("\n", pos)
        if nl < 0:
            return len(text)
        pos = nl + 1
        while text.startswith("\n", pos):
            pos += 1
    return pos


_NAME_BEFORE_ACRONYM = re.compile(r"[ \u00a0]*\([ \u00a0]*")


_SENTENCE_START = re.compile(r"(?:^|[.!?:;»”\"]\s+|\n\s*)$")


def _capital_only_by_position(text: str, h) -> bool:
    """A one-word place name that opens a sentence, is followed by a lower-case word and appears nowhere else:
    its capital letter may be the sentence's, not a name's."""
    if " " in h.text or not _SENTENCE_START.search(text[max(0, h.start - 3):h.start]):
        return False
    if not re.match(r"\s+[a-zà-ÿ]", text[h.end:h.end + 3]):
        return False
    return text.count(h.text) == 1


_DEFINED = re.compile(r"[ \u00a0]*\([ \u00a0]*([A-Z][A-Za-z&]{1,9})[ \u00a0]*\)")


def defined_acronyms(text: str, mentions: list[Mention]) -> list[Mention]:
    """"Autoridade Tributária de Moçambique (AT)": the acronym a text defines stands for that agency wherever it
    comes back, whatever another country's agency of the same letters ("AT" is also Portugal's). Returns the
    mentions, with the acronym's other occurrences pointing at the defined agency."""
    defined: dict[str, Mention] = {}
    for m in mentions:
        d = _DEFINED.match(text, m.end)
        if d and (m.code or m.candidates) and not m.origin and m.kind == "agency":
            defined.setdefault(d.group(1), m)  # an agency's acronym; not "Convenzione di Washington (CITES)"
    if not defined:
        return mentions
    out = [m for m in mentions if text[m.start:m.end] not in defined]
    rx = re.compile(r"(?<![\w-])(?:" + "|".join(re.escape(a) for a in defined) + r")(?![\w-])")
    for hit in rx.finditer(text):
        src = defined[hit.group(0)]
        out.append(Mention(hit.start(), hit.end(), src.code, kind=src.kind, candidates=src.candidates))
    return sorted(out, key=lambda m: m.start)


def capitalised_services(text: str, mentions: list[Mention], services: dict[str, tuple[str, ...]]) -> None:
    """"heeft de Douane ... onderschept": a service's common noun written with a capital inside a sentence, opening
    no longer name ("de Douane Brasschaat", "FOD Financiën Douane en Accijnzen"), is the proper name of the service
    of a few countries only (the language file's `capitalised_services`): the shared name's candidates narrow to
    them. Where the word or its article opens a sentence its capital says little: it is left shared."""
    if not services:
        return
    for m in mentions:
        codes = services.get(text[m.start:m.end]) if m.kind == "agency" and m.code is None else None
        if not codes or _SENTENCE_START.search(text[max(0, m.start - 3):m.start]) or _NAME_NEXT.match(text, m.end) \
                or _NAME_BEFORE.search(text, max(0, m.start - 40), m.start):
            continue  # "Toeslagen en Douane"; "De Douane heeft ...", whose capitals may be the sentence's
        m.candidates = tuple(c for c in m.candidates if c in codes) or codes


_NAME_NEXT = re.compile(r"[ \u00a0]+[A-ZÀ-Ý]")  # "Douane Brasschaat"
_NAME_BEFORE = re.compile(r"(?<![\w-])[A-ZÀ-Ý][\w-]*[ \u00a0]+(?:[^\W\d_]{1,3}[ \u00a0]+)?$")  # "Toeslagen en Douane"


_NEXT_TO = re.compile(r"[ \u00a0]+(?:[^\W\d_]+[ \u00a0]+)?")
_OF_COUNTRY = re.compile(r"[ \u00a0]+[^\W\d_]{1,4}(?:[ \u00a0]+[^\W\d_]{1,3})?[ \u00a0]+")  # "de", "of the", "della"


def national_agencies(text: str, mentions: list[Mention], service_re: re.Pattern, and_words: tuple[str, ...] = ()
                      ) -> None:
    """A generic agency word beside a country adjective is that country's agency ("la douane sénégalaise",
    "De Belgische douane", "douanes ivoiriennes"), and so is one followed by the name of one of its countries
    ("Polícia Judiciária de Cabo Verde", "la Policía Nacional del Perú"): the pair weighs as a named national
    agency. So is a service's common noun of the language (`service_re`) beside an adjective ("the Albanian
    police", "la polizia albanese")."""
    generic = [m for m in mentions if m.kind == "agency" and m.code is None and m.candidates]
    for adj in (m for m in mentions if m.code and m.adjective):
        if _beside_service(text, adj, service_re):
            adj.kind, adj.origin = "agency", False  # "sequestrati dalla polizia albanese": an agent, no origin
    for adj in (m for m in mentions if m.code and not m.origin and (m.adjective or not m.kind) and m.kind != "agency"):
        for g in generic:
            if adj.code not in g.candidates:
                continue
            if (adj.adjective and (_NEXT_TO.fullmatch(text[g.end:adj.start]) or _NEXT_TO.fullmatch(text[adj.end:g.start]))) \
                    or (not adj.adjective and _OF_COUNTRY.fullmatch(text[g.end:adj.start])):
                adj.kind = "agency"
                break
    _shared_service_noun(text, mentions, and_words)


@lru_cache(maxsize=8)
def _and_gap_re(and_words: tuple[str, ...]) -> re.Pattern:
    return re.compile(rf"[ \u00a0]+(?:{'|'.join(map(re.escape, and_words)) or '(?!x)x'})[ \u00a0]+", re.IGNORECASE)


def _shared_service_noun(text: str, mentions: list[Mention], and_words: tuple[str, ...]) -> None:
    """Two country adjectives sharing one service noun ("de Nederlandse en Belgische douane", "the French and
    Spanish police"): the first is that country's agency as much as the second, not a country named in passing."""
    gap = _and_gap_re(and_words)
    for adj, nxt in zip(mentions, mentions[1:]):
        if adj.code and adj.adjective and adj.kind != "agency" and nxt.kind == "agency" and nxt.code \
                and nxt.code != adj.code and not nxt.partner and gap.fullmatch(text, adj.end, nxt.start) \
                and (nxt.adjective or " " in text[nxt.start:nxt.end]):
            adj.kind, adj.origin = "agency", False


def _beside_service(text: str, adj: Mention, service_re: re.Pattern) -> bool:
    """A service noun right before the adjective ("la polizia albanese") or right after it ("die albanische
    Polizei"), one word apart at most."""
    after = next((x for x in service_re.finditer(text, adj.end, adj.end + 40)), None)
    if after is not None and _NEXT_TO.fullmatch(text, adj.end, after.start()):
        return True
    return any(_NEXT_TO.fullmatch(text, x.end(), adj.start) for x in service_re.finditer(text, max(0, adj.start - 50), adj.start))


def mark_partners(text: str, mentions: list[Mention], partner_re: re.Pattern | None,
                  list_gap: re.Pattern | None = None) -> None:
    """An agency right after a partner word ("en coordinación con la DEA", "com a cooperação da Polícia Federal do
    Brasil", "in Zusammenarbeit mit dem Zollfahndungsamt") works beside the service that acts: it is marked a
    partner, which weighs half a name in the text's country and locates no figure of the release. So is a country
    or its adjective right after one ("in samenwerking met België", "samen met de Belgische minister")."""
    if partner_re is None:
        return
    last: Mention | None = None
    partner: Mention | None = None  # the last partner named: a list of partners goes on after it
    for m in mentions:
        if partner is not None and (m.code or m.candidates) and list_gap is not None \
                and list_gap.fullmatch(text, partner.end, m.start):
            m.partner = True  # "zusammen mit dem Zoll, der Polizei Vorarlberg und der Finanzpolizei"
        if m.kind != "agency":
            if m.code and not m.origin and partner_re.search(text, max(0, m.start - 60), m.start):
                m.partner = True  # "samen met de Belgische minister", "in Zusammenarbeit mit Frankreich"
            partner = m if m.partner else partner
            continue
        unit = _unit_name_start(text, m.start)
        if partner_re.search(text, max(0, m.start - 60), m.start) or (
                unit < m.start and partner_re.search(text, max(0, unit - 60), unit)) or (
                last is not None and last.partner and _ACRONYM_AFTER.fullmatch(text, last.end, m.start)) or (
                last is not None and last.partner and m.adjective and _SPACES.fullmatch(text, last.end, m.start)):
            # and its acronym right after it: "la Oficina Federal de Investigación (FBI)"; its country's
            # adjective: "da Polícia Judiciária Portuguesa"
            m.partner = True
        last = m
        partner = m if m.partner else partner


def partner_list_gap(articles, conjunctions) -> re.Pattern:
    """What parts two partners of a list: a comma or a conjunction, perhaps an article ("dem Bundeskriminalamt,
    der Schweizer ...", "la DEA y la Policía ..."); nothing but a space (an adjective and its agency); or a place
    particle (a service and its country: "la Policía Federal de Brasil")."""
    arts = "|".join(sorted(articles, key=len, reverse=True)) or "(?!x)x"  # patterns of the language file
    conj = "|".join(sorted(map(re.escape, conjunctions), key=len, reverse=True)) or "(?!x)x"
    of = "|".join(sorted(map(re.escape, every_language("place_particles")), key=len, reverse=True)) or "(?!x)x"
    return re.compile(rf"[ \u00a0]+(?:(?:{of})[ \u00a0]+)?|[ \u00a0]*(?:,|[ \u00a0](?:{conj}))[ \u00a0]+"
                      rf"(?:(?:{arts})(?:[ \u00a0]+|(?<=['’])))?", re.IGNORECASE)


_ACRONYM_AFTER = re.compile(r"[ \u00a0]*\(")
_SPACES = re.compile(r"[ \u00a0]+")
_UNIT_WORD = re.compile(r"(?<![\w'’-])(?:[A-ZÀ-Ý][\w-]*|[^\W\d_]{1,3})['’]?[ \u00a0]+$")


def _unit_name_start(text: str, pos: int) -> int:
    """Where the name of a unit right before an agency begins ("com a Unidade de Combate ao Tráfico da
    Polícia Judiciária", "with the Serious Crime Unit of the Police"): capitalised words and short particles,
    eight at most, opened by a capitalised word. A partner word before the unit makes the agency a partner."""
    start, i = pos, pos
    for _ in range(8):
        w = _UNIT_WORD.search(text, max(0, i - 40), i)
        if w is None:
            break
        i = w.start()
        if text[i].isupper():
            start = i
    return start


def clues(text: str, mentions: list[Mention], title_end: int, url: str | None) -> list[Clue]:
    found: list[Clue] = []
    cc = world.country_of_url(url) if url else None
    if cc:
        found.append(Clue(cc, "url", url, WEIGHTS["url"]))
    seen_agencies: set[str] = set()
    for m in mentions:
        if m.origin:
            continue
        if not m.code:
            if not m.candidates and text[m.start].isupper():  # "the EU", "Member States": about a region
                found.append(Clue(REGION, "region", text[m.start:m.end], WEIGHTS["region"]))
            continue
        words = text[m.start:m.end]
        kind = "partner" if m.partner else m.kind if m.kind in WEIGHTS else "name"
        weight = WEIGHTS[kind]  # a partner service ("in coordination with the DEA") is named, it does not speak
        if kind == "agency":
            if words in seen_agencies:
                weight = 0.5  # a second mention of the same agency adds little
            seen_agencies.add(words)
        if m.start < title_end:
            weight += TITLE_BONUS
        found.append(Clue(m.code, kind, words, weight))
    return found


def home_country(found: list[Clue], ambiguous: list[Mention], international: bool) -> tuple[str | None, int]:
    """The country of a national release (None for an international one or when nothing says), and how many
    countries the evidence names. Ambiguous names vote only for a country that other evidence already has."""
    found = served_territories(found)
    weights: Counter = Counter()
    for c in found:
        weights[c.code] += c.weight
    named = Counter(weights)
    for code in {c.code for c in found} - {c.code for c in found if c.kind != "partner"}:
        del named[code]  # a partner works beside the service that speaks: a shared name is not the partner's
    for m in ambiguous:
        # a shared name ("police judiciaire") is the service of the country the rest names far more than the
        # others it may mean; otherwise it may be any of them
        known = sorted((code for code in m.candidates if code in named), key=lambda code: -named[code])
        if len(known) > 1 and (named[known[0]] > 2 * named[known[1]] or (
                m.kind == "place" and m.candidates[0] == known[0] and named[known[0]] > named[known[1]])):
            known = known[:1]  # or a place whose largest namesake is in the country the rest names most (Vancouver)
        for code in known:
            weights[code] += WEIGHTS.get(m.kind, 1.0) / 2
    n = len(weights)
    if not weights:
        return (_shared_guess(ambiguous), 1) if ambiguous and not international else (None, 0)
    code, w = weights.most_common(1)[0]
    share = w / sum(weights.values())
    n -= REGION in weights
    if code == REGION:
        return None, n
    if international:
        # an international body is named: national only when one country clearly dominates
        return (code, n) if share >= SHARE_INTERNATIONAL and w >= 3 else (None, n)
    strong = any(c.code == code and c.kind in ("url", "agency") for c in found) or any(
        _only_candidate_in_evidence(m, code, weights) for m in ambiguous if m.kind == "agency")
    if share >= SHARE and (n <= 3 or strong):
        return code, n
    if w >= 3 and w >= DOMINANT * _runner_up(weights, code):
        return code, n  # named again and again, the other countries once each: origins, routes, nationalities
    if strong and share >= SHARE_AGENCY and not any(c.code != code and c.kind in ("url", "agency") for c in found):
        return code, n  # only one country's agency (or site) speaks: the countries it names are elsewhere

    return None, n


_WHERE_KINDS = ("place", "name", "town", "currency", "officers")


def translated_service(found: list[Clue], home: str | None) -> str | None:
    """The other country when `home` stands on its agencies' names alone and every place, town, country name and
    currency the text names (two different words at least, a place or town among them) is of one other country: a paper written
    abroad in the language of `home` gives the local service the name it would have there (the Questura of
    Rijeka in an Italian paper of Croatia, "la Policía Nacional" in Andorra). Rule `translated_service`."""
    if home is None or any(c.code == home and c.kind not in ("agency", "partner") for c in found):
        return None
    where = {(c.code, c.words.lower()) for c in found if c.kind in _WHERE_KINDS and c.code not in (home, REGION)}
    if len({code for code, _ in where}) != 1:
        return None
    code = next(iter(where))[0]
    if len(where) < 2 or not any(c.code == code and c.kind in ("place", "town") for c in found):
        return None
    return code


def lone_country(found: list[Clue]) -> str | None:
    """The only country an international text names, beside regions ("Operation Pangea ran in 103 countries ...
    seized in the north of Ireland"): too little to make it a national release, enough to make it the reporting
    country whose paragraphs that name no other place are its own (place rule `reporting_country`)."""
    codes = {c.code for c in found if c.code != REGION and c.kind != "partner"}
    return next(iter(codes)) if len(codes) == 1 else None


def served_territories(found: list[Clue]) -> list[Clue]:
    """"Guadeloupe" and "les douanes françaises", "Bonaire" and "de Koninklijke Marechaussee": a territory and the
    state whose services serve it (`world.served_by`) are one place's evidence, not two countries competing. Their
    clues count for the territory when it weighs at least half as much as the state (a text about it), for the
    state otherwise (a French text naming Guadeloupe in passing)."""
    weights: Counter = Counter()
    for c in found:
        weights[c.code] += c.weight
    into: dict[str, str] = {}
    for code in sorted(weights, key=lambda k: -weights[k]):  # the territory most named takes its state's clues
        state = world.served_by(code)
        if state in weights and state not in into:
            into[code] = into[state] = code if weights[code] >= weights[state] / 2 else state
    if not into:
        return found
    return [Clue(into.get(c.code, c.code), c.kind, c.words, c.weight) for c in found]


def town_country(text: str, ambiguous: list[Mention], article_end: re.Pattern | None = None
                 ) -> tuple[str | None, str]:
    """The last resort of a text that names no country, no agency and no city of the main table: the small towns
    it names ("Tessenderlo", with "Limburg" that Belgium and the Netherlands share), the leading country's
    weighing twice any other's. A text with no evidence at all would have no country: a town is better than that."""
    votes: Counter = Counter()
    names: dict[str, list[str]] = {}
    for h in world.find_towns(text):
        if len(h.countries) == 1 and not _capital_only_by_position(text, h) and not _after_article(text, h, article_end):
            votes[h.countries[0]] += 1
            names.setdefault(h.countries[0], []).append(h.text)
    for m in ambiguous:
        for code in m.candidates:
            if code in votes:
                votes[code] += 0.5
    if not votes:
        return None, ""
    code, w = votes.most_common(1)[0]
    if w < 2 * _runner_up(votes, code):
        return None, ""
    return code, ", ".join(f"town {quoted(t)}" for t in dict.fromkeys(names[code]))


def town_clues(text: str, article_end: re.Pattern | None = None, officers_re: re.Pattern | None = None
               ) -> list[Clue]:
    """The small towns a text names, one clue per town of a single country: weighed with the rest of the evidence
    when that leaves the country open ("les douaniers de Millau" in a text that names Spain as an origin, France in
    passing and Dutch drivers). A town said again adds nothing: a dateline repeats its town. With `officers_re`,
    only the towns whose officers act ("les douaniers de Millau", "Zöllner in Kreuzlingen", "officers at the
    Narbonne toll"): a local service at work says where the text is, whatever else it names (rule `local_officers`)."""
    found: dict[str, Clue] = {}
    for h in world.find_towns(text):
        if len(h.countries) == 1 and not _capital_only_by_position(text, h) and not _after_article(text, h, article_end):
            if officers_re is None:
                found.setdefault(h.text, Clue(h.countries[0], "town", h.text, WEIGHTS["town"]))
                continue
            x = officers_before(text, h.start, officers_re)
            if x is not None:
                found.setdefault(h.text, Clue(h.countries[0], "officers", text[x.start():h.end].strip(),
                                              WEIGHTS["officers"]))
    return list(found.values())


def usage_clues(text: str, country_words: list[tuple[str, re.Pattern]]) -> list[Clue]:
    """Words of the language that one country's speakers use and the others' do not (Belgian Dutch "gsm",
    "nummerplaat", "gerechtelijk aangehouden"; Austrian "Jänner"): a text about "de douane" that names no agency of
    its own and no city of the main table is still placed. One clue per word, however often it is said."""
    found: dict[str, Clue] = {}
    for code, rx in country_words:
        for hit in rx.finditer(text):
            found.setdefault(hit.group().lower(), Clue(code, "usage", hit.group(), WEIGHTS["usage"]))
    return list(found.values())


def officers_before(text: str, start: int, officers_re: re.Pattern) -> re.Match | None:
    """The officer words right before a place ("les douaniers de Millau", "douanerechercheurs op Guadeloupe"):
    officers at work there."""
    return next((x for x in officers_re.finditer(text, max(0, start - 40), start)
                 if _LOCAL_GAP.fullmatch(text, x.end(), start)), None)


def currency_clues(text: str, lang) -> list[Clue]:
    """Amounts in a country's own money ("19mila kune", "5 000 dirhams", "Ksh 520,000" aside from the codes): cash
    and values are counted where the money is spent, one clue per currency, weighed as a place named in passing.
    Not the currencies held and carried far abroad (dollars, euros, yen: world `country_of_currency`)."""
    found: dict[str, Clue] = {}
    if lang.currency_words_re is None:
        return []
    for hit in lang.currency_words_re.finditer(text):
        iso = currency_of(lang, hit)
        cc = world.country_of_currency(iso)
        if cc and iso not in found and _AMOUNT_BEFORE.search(text, max(0, hit.start() - 14), hit.start()):
            found[iso] = Clue(cc, "currency", hit.group(0), WEIGHTS["currency"])
    return list(found.values())


_AMOUNT_BEFORE = re.compile(r"\d[^\W\d_]{0,8}[ \u00a0\u202f]*(?:[^\W\d_]{1,8}[ \u00a0\u202f]+)?$")  # "19mila ", "5 millions de "



# between an officer word and its town: at most two short words ("de", "d'", "at the", "in", "van")
_LOCAL_GAP = re.compile(r"[ \u00a0]*(?:[^\W\d_]{1,3}(?:['’]|[ \u00a0]+)){0,2}")


def _after_article(text: str, h, article_end: re.Pattern | None) -> bool:
    """"die Ware", "unter dem Boden": in a language that writes every noun with a capital (`article_end` is its
    definite articles, None in the others: "de Valence" is a preposition and a town), a small town's name right
    after an article is a common noun, not the town."""
    return article_end is not None and bool(article_end.search(text[max(0, h.start - 8):h.start]))


def _runner_up(weights: Counter, code: str) -> float:
    return max((v for k, v in weights.items() if k != code and k != REGION), default=0.0)


def _only_candidate_in_evidence(m: Mention, code: str, weights: Counter) -> bool:
    """"Zoll" is German, Austrian or Swiss; in a text whose other evidence names Austria and not the others, it is
    Austria's customs speaking, as strong a sign as a named national agency."""
    return code in m.candidates and not any(o in weights for o in m.candidates if o != code)


def evidence_of(code: str, found: list[Clue], ambiguous: list[Mention], text: str) -> str:
    """The clues that made `code` the home country, heaviest first, as a figure's reason
    ('agency "Guardia Civil", name "España"')."""
    mine = sorted((c for c in found if c.code == code), key=lambda c: -c.weight)
    seen, parts = set(), []
    for c in mine:
        if (c.kind, c.words) not in seen:
            seen.add((c.kind, c.words))
            parts.append(f"{c.kind} {quoted(c.words)}")
    if not parts:  # only names several countries share ("Policía Nacional", "Madrid")
        parts = [f'shared {m.kind or "name"} {quoted(text[m.start:m.end])}' for m in ambiguous if code in m.candidates]
    more = f" (+{len(parts) - 3} more)" if len(parts) > 3 else ""
    return ", ".join(parts[:3]) + more


_FEW = 7  # a shared agency name alone says its first (most likely) country when at most this many share it


def _shared_guess(ambiguous: list[Mention]) -> str | None:
    """Only names several countries share: the country most of them have in common ("Policía Nacional" and
    "Madrid" -> ES), ties to the one listed first (the most likely); one name alone only when it is an agency of
    at most `_FEW` countries ("Polícia Judiciária" -> PT): a national release always has a country."""
    votes: Counter = Counter()
    rank: dict[str, int] = {}
    for candidates in {m.candidates for m in ambiguous}:  # a name said twice is still one name
        for i, code in enumerate(candidates):
            votes[code] += 1
            rank[code] = min(rank.get(code, i), i)
    best = sorted(votes, key=lambda c: (-votes[c], rank[c]))[0]
    if votes[best] >= 2:
        return best
    agencies = [m for m in ambiguous if m.kind == "agency" and len(m.candidates) <= _FEW]
    return agencies[0].candidates[0] if agencies else None


def settle(mentions: list[Mention], home: str | None) -> list[Mention]:
    """Ambiguous mentions take the home country when it is one of theirs; the others say nothing certain and
    are dropped (a wrong country is worse than none)."""
    out = []
    for m in mentions:
        if m.code is None and m.candidates:
            if home in m.candidates:
                m.code = home
            else:
                continue
        out.append(m)
    return out
