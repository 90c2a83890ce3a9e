"""Sentences, paragraphs and country mentions of a document."""
from __future__ import annotations

import re
from functools import lru_cache
from bisect import bisect_right
from dataclasses import dataclass

from seizure_stats.extraction.lexicon import Language, country_of, every_language, every_month_name, is_adjective

# A sentence ends at closing punctuation before a capital, at line breaks unless a lower-case word goes on, and at
# "alimentare.In tutto" (a missing space). The pattern opens with the class of the character every end starts
# with, each alternative checking behind it which one it was: the regex engine then skips to those characters in
# C (an alternative opening with a look-behind was tried at every character).
_END = re.compile(r"[.!?…\n](?:(?<=[.!?…])[.!?…]*[\"'”»’)\]]*[ \t\u00a0]+(?=[\"'“«‘(\[]?[A-ZÀ-ÖØ-Þ0-9•*\-–])"
                  r"|(?<=\n)\n*(?![ \t]*[a-zà-öø-ÿ])"
                  r"|(?<=[a-zà-öø-ÿ]{3}[.!?])(?=[A-ZÀ-ÖØ-Þ][a-zà-öø-ÿ]))")


@lru_cache(maxsize=4)
def _abbreviation_re(abbreviations: tuple[str, ...]) -> re.Pattern:
    """A single letter, initials ("U.S"), or an abbreviation of any language file (`every_language`) ending the
    text: its full stop ends no sentence."""
    words = "|".join(abbreviations)
    return re.compile(r"(?:(?<![\w])[A-Za-z]|(?<![\w])(?:[A-Z]\.)+[A-Z]" + (rf"|\b(?:{words})" if words else "") + ")$")


_DAY_END = re.compile(r"(?<![\d.,])(?:[1-9]|[12]\d|3[01])$")


@lru_cache(maxsize=4)
def _month_re() -> re.Pattern:
    return re.compile(r"(?:" + "|".join(re.escape(n) for n in every_month_name()) + r")\.?(?!\w)", re.IGNORECASE)


@dataclass
class Span:
    start: int
    end: int


def sentences(text: str) -> list[Span]:
    out: list[Span] = []
    start = 0
    abbreviation = _abbreviation_re(every_language("abbreviations"))
    for m in _END.finditer(text):
        if m.group(0)[0] != "\n":
            head = text[max(0, m.start() - 12):m.start()]
            if abbreviation.search(head) and m.group(0).strip(" \t\u00a0") == ".":
                continue
            if m.group(0).strip(" \t\u00a0") == "." and _DAY_END.search(head) and _month_re().match(text, m.end()):
                continue  # "am 18. März": the full stop of a day's ordinal before its month
            cut = m.start() + len(m.group(0).rstrip(" \t\u00a0\n"))
        else:
            cut = m.start()
        _push(text, out, start, cut)
        start = m.end()
    _push(text, out, start, len(text))
    return out


def _push(text: str, out: list[Span], a: int, b: int) -> None:
    while a < b and text[a].isspace():
        a += 1
    while b > a and text[b - 1].isspace():
        b -= 1
    if b > a:
        out.append(Span(a, b))


def paragraphs(text: str) -> list[Span]:
    out: list[Span] = []
    start = 0
    for m in re.finditer(r"\n", text):
        _push(text, out, start, m.start())
        start = m.end()
    _push(text, out, start, len(text))
    return out


def index_of(spans: list[Span], pos: int) -> int:
    starts = [s.start for s in spans]
    return max(0, bisect_right(starts, pos) - 1)


WORDS = re.compile(r"\w+")


@dataclass
class Mention:
    start: int
    end: int
    code: str | None   # None: a region / several countries ("Europe", "member states")
    origin: bool = False
    adjective: bool = False
    kind: str = ""                  # agency / place when the world gazetteer found it
    candidates: tuple[str, ...] = ()  # every country a shared name may mean (Valencia: ES, VE)
    partner: bool = False           # an agency working beside the one that acts ("in coordination with the DEA")


_NATIONALITY_GAP = re.compile(r"[\s\u00a0-]+(?:[^\W\d_]+[\s\u00a0-]+)?")


# "les trois passagers, italiens, ont", "the drivers, both Dutch,": a nationality set off by commas after its
# noun, at most one short word (an article) between
_APPOSITION_GAP = re.compile(r"[ \u00a0]*,[ \u00a0]+(?:[^\W\d_]{1,4}[ \u00a0]+)?")
_APPOSITION_END = re.compile(r"[ \u00a0]*[,;.)]")


def _in_apposition(text: str, noun_end: int, mt) -> bool:
    """A country adjective in apposition to the noun before it, closed by a comma or the sentence's end: who the
    people were, not where."""
    return bool(_APPOSITION_GAP.fullmatch(text[noun_end:mt.start]) and _APPOSITION_END.match(text, mt.end))


_DIGIT_SPACES_END = re.compile(r"\d[ \u00a0]+$")
_SPACE_END = re.compile(r"[ \u00a0]$")
_AGE_END = re.compile(r"(?<![\w.,])\d{1,3}[-‐]?[^\W\d_]+(?:[-‐][^\W\d_]+)*[ \u00a0]+$")  # a number fused with a word


_ARTICLE_END = re.compile(r"(?:^|[\s\u00a0(])([^\W\d_]+)[ \u00a0]+$")
_NOUN_USE = re.compile(r"[ \u00a0]*(?:[,.;:)!?]|$)")


def _counted(text: str, mt: Mention, lang: Language | None) -> bool:
    """"i due italiani", "three Nigerians": a country adjective right after a number is people counted; so is a
    nationality noun after an indefinite article that ends its phrase ("ein Kenianer.", "un sammarinese,")."""
    before = text[max(0, mt.start - 24):mt.start]
    if _DIGIT_SPACES_END.search(before) or _AGE_END.search(before):
        return True  # "three Nigerians", "ein 42-jähriger Deutscher", "un 35enne albanese", "a 40-year-old Briton"
    art = _ARTICLE_END.search(before)
    if lang and art and art.group(1).lower() in lang.articles and (
            _NOUN_USE.match(text, mt.end) or _conjunction_after(text, mt.end, lang)):
        return True
    return bool(lang and lang.numword_re and _SPACE_END.search(before)
                and any(m.end() == len(before.rstrip(" \u00a0")) for m in lang.numword_re.finditer(before.rstrip(" \u00a0"))))


def _conjunction_after(text: str, end: int, lang: Language) -> bool:
    m = WORDS.match(text, end + 1) if text[end:end + 1] in (" ", "\u00a0") else None
    return bool(m and m.group(0).lower() in lang.list_conjunctions)


def mark_nationalities(text: str, mentions: list[Mention], terms: list, lang: Language | None = None) -> None:
    """A country adjective beside a noun for people or goods is a nationality or an origin ("two Albanian
    nationals", "deux hommes belges", "chanvre indien", "Colombian cocaine"): it says who or what, not where,
    so it locates no figure. Beside an authority or a place ("Belgian customs", "ports espagnols") it does."""
    people = [(a, b) for a, b, t in terms if t.metric == "person" or t.object or t.category]
    starts = [a for a, _ in people]
    for mt in mentions:
        if not mt.adjective or mt.origin:
            continue
        i = bisect_right(starts, mt.end)
        after = i < len(people) and _NATIONALITY_GAP.fullmatch(text[mt.end:people[i][0]])
        before = i > 0 and people[i - 1][1] <= mt.start and (
            _NATIONALITY_GAP.fullmatch(text[people[i - 1][1]:mt.start]) or _in_apposition(text, people[i - 1][1], mt))
        inside = i > 0 and people[i - 1][0] <= mt.start and mt.end <= people[i - 1][1]  # "chanvre indien"
        if after or before or inside or _counted(text, mt, lang):
            mt.origin = True


def country_mentions(text: str, lang: Language, sents: list[Span]) -> list[Mention]:
    found: list[Mention] = []
    taken = bytearray(len(text) + 1)  # the characters a mention already covers

    def take(a, b):
        taken[a:b] = b"\x01" * (b - a)

    # a country's name that holds a region's ("South Africa", "Zuid-Afrikaanse", "África do Sul") is the country
    named = None
    for m in lang.region_re.finditer(text):
        if named is None:
            named = [x.span() for rx in (lang.country_re, lang.country_ci_re) if rx is not None for x in rx.finditer(text)]
        if any(a <= m.start() and m.end() <= b and b - a > m.end() - m.start() for a, b in named):
            continue
        # a region's adjective ("elefante africano", "le marché européen") says what kind, not where: a region
        # that locates a figure is named ("en Afrique", "in Europa"); so does a compound adjective of the Americas,
        # capitalised or not ("of Latin American descent", "het Zuid-Amerikaanse land")
        surface = m.group(0)
        found.append(Mention(m.start(), m.end(), None,
                             origin=surface[0].islower() or _AMERICAS_ADJECTIVE.search(surface) is not None))
        take(m.start(), m.end())
    for rx in (lang.country_re, lang.country_ci_re):
        if rx is None:
            continue
        for m in rx.finditer(text):
            if taken.find(1, m.start(), m.end()) < 0:
                code = country_of(lang, m.group(0))
                if code:
                    surface = m.group(0)
                    # "Svizzera", "Deutschland": the country's own name, even where an adjective pattern covers it
                    adjective = is_adjective(lang, surface) and surface.lower() not in lang.country_map
                    found.append(Mention(m.start(), m.end(), code, adjective=adjective))
                    take(m.start(), m.end())
    found.sort(key=lambda x: x.start)
    found = [m for m in found if not _person_name(text, m) and not _airline(text, m)]
    if lang.river_re is not None:
        found = [m for m in found if not _river(text, m, lang.river_re)]
    if lang.border_re is not None:
        for m in found:
            if m.code and _at_border(text, m, lang.border_re):
                m.origin = True  # "bij de Belgische grens", "la frontera con Bolivia": the neighbour across it
    mark_origins(text, lang, found)
    return found


def _at_border(text: str, m: Mention, rx: re.Pattern) -> bool:
    """A country's name or adjective beside a border word ("die Schweizer Grenze", "la frontière avec l'Espagne")."""
    return rx.search(text[max(0, m.start - 24):m.start]) is not None or rx.match(text[m.end:m.end + 16]) is not None


def _river(text: str, m: Mention, rx: re.Pattern) -> bool:
    """A country's name next to a river word names the river ("río Uruguay", "the Niger River")."""
    return rx.search(text[max(0, m.start - 12):m.start]) is not None or rx.match(text[m.end:m.end + 12]) is not None


@lru_cache(maxsize=4)
def _cue_ends(text: str, lang: Language) -> list[int]:
    """Where the origin cues of a text end (read once per text: mentions are marked in two rounds)."""
    return sorted(c.end() for c in lang.origin_re.finditer(text))


_STOP_IN_GAP = re.compile(r"[.;:!?\n]")

_NAME_WORD = r"[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ]+"
# one or two capitalised words, then the initials of the surnames ("Michael P.R.", "Carlos Andrés G.", "Ana D.Ch.")
_NAME_THEN_INITIALS = re.compile(rf"(?:[ \u00a0]{_NAME_WORD}){{1,2}}[ \u00a0](?:[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ]?\.){{1,3}}"
                                 r"(?=[\s,;:)]|$)")


def _person_name(text: str, m: Mention) -> bool:
    """A country's name that is also a first name, followed by more names and the initials of a person's surnames
    ("Mauricio Michael P.R.", "Jordan Lee K."): a person named, not the country."""
    surface = text[m.start:m.end]
    return (not m.adjective and len(surface) > 2 and surface[0].isupper() and surface[1].islower()
            and _NAME_THEN_INITIALS.match(text, m.end) is not None)


_AMERICAS_ADJECTIVE = re.compile(r"[- ][Aa]m[eé]ri(?:can|cain|kaans|kan|can[oa])\w*$")


def _airline(text: str, m: Mention) -> bool:
    """A country's name or adjective inside an airline's name ("vol Air France", "Ethiopian Airlines", "Royal Air
    Maroc", "Aerolíneas Argentinas"): the carrier of a flight, not where the goods were seized."""
    return _AIRLINE_BEFORE.search(text, max(0, m.start - 14), m.start) is not None \
        or _AIRLINE_AFTER.match(text, m.end) is not None


_AIRLINE_BEFORE = re.compile(r"(?<![\w-])(?:Air|Aerol[ií]neas|Linhas A[ée]reas)[ \u00a0]+$")
_AIRLINE_AFTER = re.compile(r"[ \u00a0]+(?:Airlines|Airways|Air[ \u00a0]+Lines|Air[ \u00a0]+Cargo)(?!\w)")


# the share of one item of a list of origins, between it and the next: "Peru (3,400 kg), Chile ..."
_ITEM_SHARE = re.compile(r"[ \u00a0]*\([^()\n]{1,40}\)")


def mark_origins(text: str, lang: Language, found: list[Mention]) -> None:
    """Origin and destination mentions ("from Colombia", "en provenance du Maroc", "bound for Holyhead") do not
    say where the figure is; the cue is right before the mention, or the mention continues a list that started
    with one, each item perhaps with its share ("the countries of origin were Peru (3,400 kg), Chile (900 kg)")."""
    cue_ends = _cue_ends(text, lang)
    prev: Mention | None = None
    for mt in found:
        if mt.kind == "agency":
            continue  # an agency acts; it is no origin, nor does it carry a list of origins on
        i = bisect_right(cue_ends, mt.start) - 1
        if i >= 0:
            gap = text[cue_ends[i]:mt.start]
            if len(gap) <= 25 and len(WORDS.findall(gap)) <= 3 and not _STOP_IN_GAP.search(gap):
                mt.origin = True
        if not mt.origin and prev is not None and prev.origin:
            gap = text[prev.end:mt.start]
            share = _ITEM_SHARE.match(gap)
            if lang.list_gap_re.fullmatch(gap) or (share and lang.list_gap_re.fullmatch(gap, share.end())):
                mt.origin = True
        prev = mt
