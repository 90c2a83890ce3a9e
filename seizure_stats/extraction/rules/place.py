"""The country of a figure. In order: a count of countries has none; a total over several countries named in
its sentence has none (a part of it may name its own, "14 in Italia"); a country bound to the number ("Germany
(47)", "l'Italie avec 460", "Italy 460"); the nearest country of its clause, after or before it (none when several
are listed); else the document's home country; with none, the last country named earlier in the paragraph."""
from __future__ import annotations

import re
from bisect import bisect_left

from seizure_stats.extraction import country as country_evidence, world
from seizure_stats.extraction.candidate import Candidate, Near
from seizure_stats.extraction.context import WORD, Context, ends_with
from seizure_stats.extraction.numbers import Number
from seizure_stats.extraction.reasons import quoted
from seizure_stats.extraction.text import Mention, Span

_SPACES = re.compile(r"[ \u00a0]+")


# what a country named near the number decides; in a national release it gives way to the home country
_NEARBY = frozenset({"bound_mention", "mention_before", "mention_after", "paragraph_mention", "mixed_countries_after",
                     "country_list"})


def country(ctx: Context, c: Candidate, near: Near) -> bool:
    """The country of the figure, by the first of the rules of this module that says (see its docstring)."""
    c.country = _where(ctx, c, near.nums)
    home = ctx.default_country
    said = next((r for r in reversed(c.reasons) if r.field == "country"), None)
    served = _served_there(ctx, c.country or (c.located_by.code if c.located_by else None), c)
    if served and c.country is None:
        c.country = served  # "in Frankreich, nahe der spanischen Grenze ... die französischen Strafverfolger"
        c.because("country", "served_there", f"{said.evidence} -> {served}")
    elif served and home and c.country == served and said is not None and said.rule in _NEARBY:
        c.because("country", "served_there", f"{said.evidence}: its services at work in the paragraph")
    elif home and c.country and c.country == world.served_by(home) and said is not None and said.rule in _NEARBY \
            and c.located_by is not None and c.located_by.kind == "agency":
        # "les douanes françaises" in a release about Guadeloupe, "de Marechaussee" in one about Bonaire
        c.because("country", "served_territory", f"{said.evidence} serving {home}")
        c.country = home
    elif home and c.country != home and said is not None and said.rule in _NEARBY \
            and not _stands(ctx, c.located_by, said.rule) and not served:
        # a national agency's release is about its own country: the country named near a figure is where the goods
        # came from, went to, or who carried them far more often than where they were seized
        c.because("country", "national_release", f"{said.evidence} in a release of {home}")
        c.country = home
    return True


def _stands(ctx: Context, m: Mention | None, rule: str) -> bool:
    """What a national release's home country does not override: a foreign agency that acted ("the Spanish
    Guardia Civil seized"), a named region ("38 persons across Europe and South America": several countries), a
    country bound to its number ("Poland 410 and Austria 95") or the subject of its clause ("Poland reported 410")."""
    if m is None:
        return False
    if rule in ("mixed_countries_after", "country_list"):  # several countries: only a region among them stands
        return _named_region(ctx, m)
    if (m.kind == "agency" and not m.partner) or (_named_region(ctx, m) and not _in_aside(ctx, m)):
        return True
    if m.kind == "place" and _opening_place_phrase(ctx, m):
        return True
    if ctx.text[m.start:m.end].lower() not in ctx.lang.country_map:
        return False
    return rule == "bound_mention" or _opens_clause(ctx, m)


_PHRASE_CLOSE = re.compile(r"(?:[ \u00a0]+[^\W\d_]+){0,2}[ \u00a0]*,")
_PHRASE_WORDS = 6


def _opening_place_phrase(ctx: Context, m: Mention) -> bool:
    """A place in the phrase that opens its sentence, closed by a comma ("Dans le port belge d'Anvers,
    ...", "In Rotterdam harbour, ...", "Im Hafen von Hamburg, ..."): the sentence is set there, so a national
    release's home country does not take it over."""
    s = next((s for s in ctx.sents if s.start <= m.start < s.end), None)
    if s is None:
        return False
    words = WORD.findall(ctx.text[s.start:m.start])
    return bool(words) and len(words) <= _PHRASE_WORDS and ctx.lang.place_prep_end_re.match(words[0]) is not None \
        and not re.search(r"[,;:()]", ctx.text[s.start:m.start]) and _PHRASE_CLOSE.match(ctx.text, m.end) is not None


_ASIDE_STOP = re.compile(r"[,.;:!?()\n\d]")  # what ends an aside: a comma opens or closes it, nothing else may be in it
_ASIDE_AFTER = re.compile(r"[^,.;:!?()\n\d]{0,60},")


def _in_aside(ctx: Context, m: Mention) -> bool:
    """A region inside commas with no number ("6.6 tonnes of cocaine, the drug most used in Europe, were seized",
    "le khat, une herbe prisée en Afrique de l'Est, ..."): it describes the goods, not where a national release's
    figure was seized."""
    text = ctx.text
    stop = None
    for stop in _ASIDE_STOP.finditer(text, max(0, m.start - 141), m.start):
        pass  # the last one before the region (a window of 141 characters: linear, once per region)
    return stop is not None and stop.group() == "," and m.start - stop.end() >= 3 \
        and bool(_ASIDE_AFTER.match(text, m.end))


def _opens_clause(ctx: Context, m: Mention) -> bool:
    """A country name that opens a clause is its subject: "..., Poland reported 410", "e la Polonia ne ha 95"."""
    lang = ctx.lang
    before = lang.article_end_re.sub("", ctx.text[max(0, m.start - 40):m.start]).rstrip(" \u00a0")
    if lang.conjunction_re is not None:
        before = re.sub(rf"(?:{lang.conjunction_re.pattern})$", "", before, flags=re.IGNORECASE).rstrip(" \u00a0")
    return before == "" or before[-1] in ",;:.\n" or before[-1].isdigit()  # "120 y Portugal de 80"


def _named_region(ctx: Context, m: Mention) -> bool:
    """"Europe", "South America", "the Member States"; not an adjective ("international", "africana"), nor a word
    of a longer name ("Aeroporto Internacional")."""
    before = WORD.findall(ctx.text[max(0, m.start - 30):m.start])
    return m.code is None and not m.candidates and ctx.text[m.start].isupper() \
        and not (before and before[-1][0].isupper() and ctx.text[m.start - 1] == " ")


def _where(ctx: Context, c: Candidate, numbers: list[Number]) -> str | None:
    if c.metric == "participating_countries":
        c.because("country", "participating_countries")
        return None
    s = ctx.sents[c.sentence]
    in_sentence = ctx.mentions_between(s.start, s.end)
    named_here = {m.code for m in in_sentence if not m.origin and m.code and not m.adjective and not m.partner}
    if (len(named_here) >= 2 or ctx.default_country is None) and ctx.lang.total_re.search(ctx.text[s.start:s.end]):
        return _total_across_countries(ctx, c, s, in_sentence, named_here, numbers)
    bound, own = _bound_mentions(ctx, c, in_sentence, numbers)
    if own is not None:
        return _mentioned(c, "bound_mention", own, ctx.text)
    free = [m for m in in_sentence if not m.origin and not m.partner and id(m) not in bound]
    decided, code = _nearest_in_clause(ctx, c, free, numbers)
    if decided:
        return code
    return _outside_the_sentence(ctx, c, s)


def _total_across_countries(ctx: Context, c: Candidate, s: Span, in_sentence: list[Mention], named_here: set,
                            numbers: list[Number]) -> str | None:
    """A total across countries; a part of it may name its own ("23 arrests, of which 14 in Italy")."""
    own = _own_place(ctx, c, in_sentence, numbers) if c.part else None
    if own is None:
        said = quoted(ctx.lang.total_re.search(ctx.text[s.start:s.end]).group(0))
        c.because("country", "total_across_countries",
                  f"{said}, {'countries named: ' + ', '.join(sorted(named_here)) if named_here else 'no home country'}")
    return own


def _bound_mentions(ctx: Context, c: Candidate, in_sentence: list[Mention], numbers: list[Number]
                    ) -> tuple[set[int], Mention | None]:
    """The mentions bound to the number after them ("Germany (47)", "l'Italie avec 460"), and the one bound to
    this number, if any (then the others are not looked at)."""
    text = ctx.text
    bound: set[int] = set()
    for m in in_sentence:
        if m.partner:
            continue  # "in Zusammenarbeit mit dem Zollfahndungsamt 20 Kilogramm": a partner locates nothing
        nxt = [x for x in numbers if x.start >= m.end]
        if not nxt:
            continue
        x = nxt[0]
        gap = text[m.end:x.start]
        if (not m.origin and ctx.lang.binding_gap_re.fullmatch(gap) and len(gap) < 14) or (
                # "Italy 460 and Ireland 304": a country right before a number of an elliptical list
                not m.origin and m.code and _SPACES.fullmatch(gap) and not _year_like(x)
                and not _ends_list(ctx, m)):
            bound.add(id(m))
            if x is c.number:
                return bound, m
    return bound, None


def _nearest_in_clause(ctx: Context, c: Candidate, free: list[Mention], numbers: list[Number]
                       ) -> tuple[bool, str | None]:
    """The nearest country of the number's clause, after or before it; none (but decided) when several countries
    come after it or a list of them before it. (False, None) when the sentence names none."""
    text, n = ctx.text, c.number
    nxt_num = [x for x in numbers if x.start > n.end]
    limit = nxt_num[0].start if nxt_num else ctx.sents[c.sentence].end
    prev_ = [m for m in free if m.end <= n.start]
    follow = [m for m in free if n.end <= m.start < limit]
    if follow and nxt_num:
        # "Belgian customs seized 505 parcels, Italy reported 460 seizures": a country that opens the next clause
        # is the subject of the next number, not where this one was (and so is any mention after it)
        opener = next((i for i, m in enumerate(follow) if _opens_next_clause(ctx, n, m, nxt_num[0])), None)
        if opener is not None:
            follow = follow[:opener]
    if follow and (ctx.default_country or ctx.reporting_country):
        follow = _before_relative_clause(ctx, c, follow, limit)
    if follow and prev_ and _closes_previous_clause(ctx, prev_[-1], n, numbers):
        prev_ = []  # "5 in Italy and 7 in Spain": Italy is the place of 5
    if follow and len({m.code for m in follow}) > 1:
        c.because("country", "mixed_countries_after", ", ".join(quoted(text[m.start:m.end]) for m in follow))
        c.located_by = next((m for m in follow if _named_region(ctx, m)), follow[0])
        return True, None
    if follow and (not prev_ or follow[0].start - n.end < n.start - prev_[-1].end):
        # "17 suspects were arrested, 12 of them in Belgium"
        return True, _mentioned(c, "mention_after", follow[0], ctx.text)
    cands = []
    if prev_:
        # "National authorities in Europe, South America, Asia, and the United States have seized ...": a list
        group = [prev_[-1]]
        for m in reversed(prev_[:-1]):
            if ctx.lang.list_gap_re.fullmatch(text[m.end:group[-1].start]):
                group.append(m)
            else:
                break
        if len({m.code for m in group}) > 1:
            c.because("country", "country_list", ", ".join(quoted(text[m.start:m.end]) for m in reversed(group)))
            c.located_by = next((m for m in group if _named_region(ctx, m)), group[0])
            return True, None
        cands.append((n.start - prev_[-1].end, 0, prev_[-1]))
    if follow:
        cands.append((follow[0].start - n.end, 1, follow[0]))
    if cands:
        best = min(cands, key=lambda x: (x[0], x[1]))
        return True, _mentioned(c, "mention_after" if best[1] else "mention_before", best[2], ctx.text)
    return False, None


def _before_relative_clause(ctx: Context, c: Candidate, follow: list[Mention], limit: int) -> list[Mention]:
    """In a national release (or one country's account of an operation across countries), the countries of a
    relative clause after the number describe its goods ("5 800 kg of khat, which is grown in Kenya and Ethiopia",
    "470 birds, die in Afrika gevangen zijn"): they do not say where it was seized, and are dropped (the number
    keeps a country before it, or the home country). Unless the clause tells the seizure ("380 000 euros, which
    were found at a check in France"): then its country stands."""
    rx = ctx.lang.relative_re
    rel = rx.search(ctx.text, c.number.end, limit) if rx is not None else None
    if rel is None or any(rel.start() < v[0] for cls in _ACTS for v in ctx.verbs_of(c.sentence, cls)):
        return follow
    return [m for m in follow if m.start < rel.start()]


_ACTS = ("seize", "arrest", "check")  # what a relative clause that tells the seizure says


def _outside_the_sentence(ctx: Context, c: Candidate, s: Span) -> str | None:
    """The home country; with none, the last country named earlier in the paragraph ("En France, ... . 85 000
    unités ...") in a multi-country text."""
    if ctx.default_country:
        rule, evidence = ctx.home_reason or ("home_country", "")
        c.because("country", rule, f"{evidence} -> {ctx.default_country}".lstrip())
        return ctx.default_country
    p = ctx.paragraph_of(s.start)
    earlier = [m for m in ctx.mentions_between(p.start, s.start) if not m.origin]
    if earlier:
        return _mentioned(c, "paragraph_mention", earlier[-1], ctx.text)
    heading = _heading_mention(ctx, p)
    if heading is not None:
        return _mentioned(c, "heading_mention", heading, ctx.text)
    reported = _reporting_mention(ctx, p.start) if not _operation_wide(ctx, c, p.start, s.end) else None
    if reported is not None:
        return _mentioned(c, "reporting_country", reported, ctx.text)
    c.because("country", "no_country")
    return ctx.default_country


def _operation_wide(ctx: Context, c: Candidate, a: int, b: int) -> bool:
    """The words of the whole operation near the figure: a region named in its paragraph; a region, a word of the
    world ("weltweit", "internationale") or of a total in its sentence; or the count of the countries that took
    part."""
    if any(m.code is None and not m.candidates and not m.origin for m in ctx.mentions_between(a, b)):
        return True
    s = ctx.sents[c.sentence]
    said, lang = ctx.text[s.start:s.end], ctx.lang
    if any(rx is not None and rx.search(said) for rx in (lang.region_re, lang.international_re, lang.total_re)):
        return True  # "in the whole of this international operation", "worldwide", "in total"
    return any(t.metric == "participating_countries" and _COUNT_BEFORE.search(ctx.text, max(0, at - 25), at)
               for at, _, t in ctx.sentence_terms(c.sentence))


# a count right before the word of countries ("in 81 Ländern", "103 participating countries"); "procedentes de los
# países de Holanda y Portugal" names where the goods came from, no operation across countries
_COUNT_BEFORE = re.compile(r"\d[ \u00a0]*(?:[^\W\d_]+[ \u00a0]+)?$")


def _reporting_mention(ctx: Context, before: int) -> Mention | None:
    """A multi-country operation told by one country's source (`ctx.reporting_country`): a paragraph that names no
    country goes on with the last one named before it when that is the reporting country ("In Spain the Guardia
    Civil arrested seven people." then "The officers also seized 420 000 pills."); a region or another country
    named last ("worldwide", "in Italy") leaves it open, as the totals of the whole operation are."""
    if ctx.reporting_country is None:
        return None
    i = bisect_left(ctx.mention_starts, before)
    for m in reversed(ctx.mentions[:i]):
        if m.code is None and not m.candidates and ctx.lang.international_re.search(ctx.text[m.start:m.end]):
            return None  # "393 arrests worldwide": the results of the whole operation follow
        if m.origin or m.partner or m.adjective:
            continue
        return m if m.code == ctx.reporting_country else None
    return None


_LIST_LINE = re.compile(r"[^\n]{1,80}")
_HEADING = re.compile(r"[^\n.;]{1,80}:")


def _heading_mention(ctx: Context, p: Span) -> Mention | None:
    """"Results in Belgium:" then lines of figures ("checked vehicles: 737", "Cocaine: 27,7 g"): a list line
    has the country of the heading it sits under, across headings that name none ("Seizures:"), or of the prose
    paragraph whose colon opens the list; a line of prose ends the search."""
    text, pos = ctx.text, p.start
    if not _LIST_LINE.fullmatch(text[p.start:p.end].strip()):
        return None
    while pos > 0:
        prev = ctx.paragraph_of(pos - 1)
        if prev.start >= pos:
            return None
        line = text[prev.start:prev.end].strip()
        heading = _HEADING.fullmatch(line) is not None
        if heading or line.endswith(":"):  # a heading, or prose whose last sentence opens the list ("These included:")
            named = [m for m in ctx.mentions_between(prev.start, prev.end) if not m.origin and m.code]
            if named:
                return named[0] if len({m.code for m in named}) == 1 else None
            if not heading:
                return None  # prose that names no country ends the search, as any prose line does
        elif not _LIST_LINE.fullmatch(line) or line[-1:] in ".!?":
            return None
        pos = prev.start
    return None


def _mentioned(c: Candidate, rule: str, m: Mention, text: str) -> str | None:
    """`m`'s country, recorded as the figure's reason."""
    kind = m.kind if m.kind in ("agency", "place") else "mention"
    c.because("country", rule, f"{kind} {quoted(text[m.start:m.end])} -> {m.code or 'none'}")
    c.located_by = m
    return m.code


def _own_place(ctx: Context, c: Candidate, in_sentence: list[Mention], numbers: list[Number]) -> str | None:
    """A country right after the number, behind at most a preposition: "14 in Italia", "12 en France"."""
    n = c.number
    nxt = [x for x in numbers if x.start > n.end]
    limit = nxt[0].start if nxt else ctx.sents[c.sentence].end
    for m in in_sentence:
        if m.start < c.end_pos or m.start >= limit:
            continue
        if m.code and not m.origin and not m.adjective \
                and re.fullmatch(r"[ \u00a0]+(?:[^\W\d_]+[ \u00a0]+)?", ctx.text[c.end_pos:m.start]):
            return _mentioned(c, "own_place", m, ctx.text)
        break
    return None


def _ends_list(ctx: Context, m: Mention) -> bool:
    """"in the Netherlands and Belgium 11 suspects": the last country of a list, not one of its own."""
    i = bisect_left(ctx.mention_starts, m.start)
    return i > 0 and bool(ctx.lang.list_gap_re.fullmatch(ctx.text[ctx.mentions[i - 1].end:m.start]))


def _closes_previous_clause(ctx: Context, m: Mention, n: Number, numbers: list[Number]) -> bool:
    if not any(x.end <= m.start for x in numbers):
        return False
    gap = ctx.text[m.end:n.start]
    if not re.fullmatch(r"[\s,;]*", gap):
        gap = re.sub(r"^[\s,;]+", "", gap)
        cm = ctx.lang.conjunction_re.match(gap) if ctx.lang.conjunction_re else None
        return bool(cm) and not gap[cm.end():].strip()
    return "," in gap or ";" in gap


def _opens_next_clause(ctx: Context, n: Number, m: Mention, x: Number) -> bool:
    """`m` comes after a clause break ("," / "and") following `n` and is the subject of the next number `x`
    ("..., Italy reported 460", "... et l'Irlande en compte 304")."""
    text, lang = ctx.text, ctx.lang
    before = text[n.end:m.start]
    before = lang.article_end_re.sub("", before)
    opened = lang.place_prep_end_re.sub("", before)  # "..., mentre in Spagna ...", "... and in Spain ..."
    explicit = opened != before and bool(lang.conjunction_re) and ends_with(lang.conjunction_re, opened)
    if not (re.search(r"[,;]\s*$", before) or (lang.conjunction_re and ends_with(lang.conjunction_re, before))
            or explicit):
        return False
    gap = text[m.end:x.start]
    for o in ctx.mentions:  # the subject may be an agency ("in Spagna la Guardia Civil ne ha sequestrati 2 milioni")
        if m.end < o.start and o.end <= x.start and o.code == m.code:
            gap = gap.replace(text[o.start:o.end], " ")
    if re.search(r"[,;:.()\[\]!?]", gap) or len(WORD.findall(gap)) > (5 if explicit else 3):
        return False
    if lang.conjunction_re and lang.conjunction_re.search(gap):
        return False  # "in Spain and 300 in Portugal": the country closes this figure's clause
    return True


def _year_like(x: Number) -> bool:
    return bool(x.plain_digits) and len(x.plain_digits) == 4 and 1900 <= x.value <= 2100


def _served_there(ctx: Context, code: str | None, c: Candidate) -> str | None:
    """`code` when that country has its own service acting in the paragraph ("200 Spanish officers searched 13
    flats in Marbella", "... in Frankreich. Die Spur der französischen Strafverfolger ..."): the place stands."""
    if code is None or code == ctx.default_country or code == world.served_by(ctx.default_country):
        return None  # its own services, or those of the state that serves the territory it is about
    p = ctx.paragraph_of(c.number.start)
    return code if any(m.code == code and not m.partner and (m.kind == "agency" or (m.adjective and _beside_officers(ctx, m)))
                       or _officers_there(ctx, m, code) for m in ctx.mentions_between(p.start, p.end)) else None


def _officers_there(ctx: Context, m: Mention, code: str) -> bool:
    """"douanerechercheurs op Guadeloupe", "les douaniers de Cayenne": officers at work in a place of `code` (or of
    a territory that `code` serves) in the paragraph (rule `served_there`): the figure is theirs, not the home's."""
    if not m.code or m.origin or m.adjective or m.partner or code not in (m.code, world.served_by(m.code)):
        return False
    x = country_evidence.officers_before(ctx.text, m.start, ctx.lang.officers_re)
    partner = ctx.lang.partner_re  # "in collaborazione con la polizia slovena": partners, not the seizers
    return x is not None and not (partner is not None and partner.search(ctx.text, max(0, x.start() - 60), x.end()))


def _beside_officers(ctx: Context, m: Mention) -> bool:
    """"200 spanische Strafverfolger", "agenti spagnoli": that country's service acted, not a nationality."""
    rx, text = ctx.lang.officers_re, ctx.text
    return bool(rx.match(text, m.end) or any(x.end() == m.start for x in rx.finditer(text, max(0, m.start - 40), m.start)))
