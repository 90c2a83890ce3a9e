"""What a number counts: the noun right after it (or just before a bare one), an arrest participle, goods listed
after a seizure verb or valued; a person, container, case or goods noun is resolved by its verb into a metric
("12 persons arrested" -> arrests, "3 containers seized" -> items)."""
from __future__ import annotations

import re

from seizure_stats.extraction.candidate import Candidate, Near
from seizure_stats.extraction.context import BULLET_ONLY, Context, ends_with, next_list_item, people_of_countries, without_qualifier
from seizure_stats.extraction.evidence import category_words, figure_words, term_words
from seizure_stats.extraction.lexicon import UNIT_FACTORS, unit_of
from seizure_stats.extraction.nationality import nationality_right_after
from seizure_stats.extraction.reasons import quoted
from seizure_stats.extraction.terms import product_named_after
from seizure_stats.extraction.verbs import resolve

QUANTITIES = ("mass", "volume", "value")
_WEIGHTS = {u for u, (base, _) in UNIT_FACTORS.items() if base == "kg"}
_PAREN_AFTER = re.compile(r"[ \u00a0]*\([^()]{0,40}\)")
_LIST_OPENER = re.compile(r"(?:[,;:]|\s[-–•]|^)\s*(?:\w+\s+){0,1}$")
_NOUN_AFTER = re.compile(r"[ \u00a0]+[^\W\d_]{3,}")
# the participle closing the clause: the sentence ends, or (after a participle's ending -t / -en) a comma or an
# "und" opens the next clause
_CLOSING_PARTICIPLE = re.compile(r"[ \u00a0]+(?:[a-zäöüß][\w-]*[ \u00a0]*[.!]?\s*$"
                                 r"|[a-zäöüß][\w-]*(?:t|en)(?:[ \u00a0]*,|[ \u00a0]+und[ \u00a0]))")
_IN_BRACKETS = re.compile(r"[ \u00a0]*\)")
_FEW_WORDS = re.compile(r"[ \u00a0]*(?:[^\W\d_][\w'’-]*[ \u00a0]*){0,2}")  # "présumées", "van het merk"


def read_after(ctx: Context, c: Candidate, near: Near) -> bool:
    """Reads the words after the number, up to the next number (a figure in parentheses aside): the terms, the
    noun it counts, whether nothing is said at all."""
    s = ctx.sents[c.sentence]
    pos = c.end_pos
    paren = _PAREN_AFTER.match(ctx.text[pos:s.end])
    after_paren = pos + paren.end() if paren and re.search(r"\d", paren.group(0)) else pos
    nxt = [x for x in near.nums if x.start >= after_paren]
    near.limit = min(nxt[0].start if nxt else s.end, s.end)
    near.terms, near.seg_end = ctx.tail_terms(pos, near.limit)
    near.head, near.others = ctx.head_term(near.terms, pos)
    if near.head is not None and near.head.metric == "arrests" and _heads_the_next(ctx, c, near):
        near.head = None
    near.bare = ctx.bare(pos, near.limit)
    return True


_OF_GAP = re.compile(r"[ \u00a0]+")


def _heads_the_next(ctx: Context, c: Candidate, near: Near) -> bool:
    """"45 raids led to the arrest of 52 suspects", "30 perquisizioni hanno portato all'arresto di 12
    persone": a noun of arrest some words after a number, then "of" and the next number, counts that next number;
    the first one counts something else (right after it, "3 arrests of 12 people" is not this)."""
    head = next(((a, b) for a, b, t in near.terms if t is near.head), None)
    if head is None or not re.search(r"[^\W\d_]", ctx.text[c.end_pos:head[0]]):
        return False
    of = ctx.lang.of_re.match(ctx.text, _OF_GAP.match(ctx.text, head[1]).end()) \
        if _OF_GAP.match(ctx.text, head[1]) else None
    return of is not None and any(x.start > c.number.start and _OF_GAP.fullmatch(ctx.text, of.end(), x.start)
                                  for x in near.nums)


def arrest_participle(ctx: Context, c: Candidate, near: Near) -> bool:
    """"23 held", "12 arrested": an arrest participle right after the number."""
    rx = ctx.lang.arrest_after_re
    if c.metric is None and near.head is None and rx and rx.match(ctx.text, c.end_pos):
        c.metric, c.object = "arrests", "person"
        c.because("metric", "arrest_participle", f"{quoted(rx.match(ctx.text, c.end_pos).group(0))} -> arrests")
    return True


def noun_of_quantity(ctx: Context, c: Candidate, near: Near) -> bool:
    """"3 kg of cocaine", "€2 million in cash": the noun after a quantity is what it is of."""
    if c.metric in QUANTITIES and near.head is not None:
        c.object = near.head.object
        c.category = near.head.category
        _head_category(ctx, c, near)
    return True


def noun_after(ctx: Context, c: Candidate, near: Near) -> bool:
    """"2 320 saisies", "505 colis": the noun right after a count says what it counts."""
    head = near.head
    if c.metric is None and head is not None:
        c.object = head.object
        c.category = head.category
        c.metric = head.metric or "items"
        c.because("metric", "term_after_number", f"{term_words(ctx, head, near.terms)} -> {c.metric}")
        _head_category(ctx, c, near)
    return True


def nationalities_counted(ctx: Context, c: Candidate, near: Near) -> bool:
    """"Tatverdächtige aus 31 Nationen": how many countries people come from is no figure."""
    return not (c.metric == "participating_countries" and people_of_countries(
        ctx.text, ctx.sentence_terms(c.sentence), c.number.start, ctx.lang))


def nationality_noun(ctx: Context, c: Candidate, near: Near) -> bool:
    """"19 Malgaches", "three Nigerians", "cuatro colombianos": a count whose noun is a nationality counts people
    (what was done to them is for their verb to say)."""
    if c.metric is not None or near.head is not None or c.unit != "count":
        return True
    m = nationality_right_after(ctx, c)
    if m is None:
        return True  # glued ("5Dutch") or an adjective of a noun the lexicon does not know ("3 Dutch ships")
    if _breakdown_of_people(ctx, c):
        c.because("metric", "nationality_breakdown", f"{quoted(ctx.text[m.start:m.end])} -> no figure")
        return False
    c.metric, c.object = "person", "person"
    c.because("metric", "nationality_noun", f"{quoted(ctx.text[m.start:m.end])} -> person")
    return True


_LIST_OPENS = re.compile(r"[ \u00a0]*(?:[^\W\d_]+[ \u00a0]*)?[:,][^\d.;()]{0,60}")


def _of_a_nationality(ctx: Context, start: int, noun_end: int) -> bool:
    """A country's adjective between the number and its person noun ("drei polnische Staatsangehörige") or right
    after the noun ("dos ciudadanos chilenos")."""
    after = noun_end + len(ctx.text[noun_end:noun_end + 3]) - len(ctx.text[noun_end:noun_end + 3].lstrip(" \u00a0"))
    return any(m.adjective and (m.start < noun_end or (m.start == after and after > noun_end))
               for m in ctx.mentions_between(start, after + 1))


def _breakdown_of_people(ctx: Context, c: Candidate) -> bool:
    """"foram detidos quatro suspeitos: um senegalês, dois nigerinos e um guineense", "detuvieron a cuatro
    imputados, dos colombianos y dos ecuatorianos": people counted by nationality right after a colon or comma
    that follows a noun of people are a breakdown of them, no figure of their own (the contract never requires
    them); a count of its own ("19 Malgaches ont été arrêtés") stays one."""
    s = ctx.sents[c.sentence]
    people = [b for _, b, t in ctx.terms_in(max(s.start, c.number.start - 90), c.number.start) if t.object == "person"]
    return bool(people) and _LIST_OPENS.fullmatch(ctx.text, people[-1], c.number.start) is not None


_PEOPLE_VERBS = {"arrest": "arrests", "identify": "suspects"}
_CLAUSE_END = re.compile(r"[,;:()\d]")


def part_of_them(ctx: Context, c: Candidate, near: Near) -> bool:
    """"nine of them were arrested", "negen van hen werden aangehouden", "tre di loro sono stati denunciati": a
    number with a partitive pronoun and no noun counts people when a verb of arrest or identification follows in
    its own clause (the pronoun may stand for things: "five of them contained heroin" is no count of people)."""
    rx = ctx.lang.partitive_re
    m = rx.match(ctx.text, c.end_pos) if rx is not None and c.metric is None and near.head is None else None
    if m is None:
        return True
    s = ctx.sents[c.sentence]
    brk = _CLAUSE_END.search(ctx.text, m.end(), s.end)
    end = min(brk.start() if brk else s.end, m.end() + 80)
    said = _count_people_by_verb(ctx, c, m.end(), end)
    if said:
        c.because("metric", "part_of_them", said)
    return True


def both_of_them(ctx: Context, c: Candidate, near: Near) -> bool:
    """"both were arrested", "wurden die beiden vorläufig festgenommen", "ambos fueron detenidos": "both" standing
    alone, a verb of arrest two words after it at most, counts two people arrested (`numbers._both_numbers`)."""
    both = ctx.lang.both_re
    if c.metric is not None or near.head is not None or both is None or not both.match(ctx.text, c.number.start):
        return True
    s = ctx.sents[c.sentence]
    said = _count_people_by_verb(ctx, c, c.number.end, min(s.end, c.number.end + 60))
    if said and c.metric == "arrests":
        c.because("metric", "both_of_them", said)
    elif said:
        c.metric = c.object = None  # "both were identified": people known already, no count of their own
    return True


def part_of_a_count(ctx: Context, c: Candidate, near: Near) -> bool:
    """"141 van de 1 313 gecontroleerde mensen bleken in het bezit van drugs", "12 of the 400 travellers checked were
    arrested": a number, a partitive and a count of people counts those of the people whom a verb of arrest or
    identification after them describes (the participle before the people, "checked", is the larger count's)."""
    rx = ctx.lang.one_of_re
    m = rx.match(ctx.text, c.end_pos) if rx is not None and c.metric is None and near.head is None else None
    if m is None:
        return True
    whole = next((x for x in near.nums if x.start == m.end() - 1), None)
    if whole is None:
        return True
    s = ctx.sents[c.sentence]
    people = next(((a, b) for a, b, t in ctx.terms_in(whole.end, min(s.end, whole.end + 60))
                   if t.object == "person" and _FEW_WORDS.fullmatch(ctx.text, whole.end, a)), None)
    if people is None:
        return True
    brk = re.search(r"[,;:()]", ctx.text[people[1]:s.end])
    end = people[1] + brk.start() if brk else s.end
    said = _count_people_by_verb(ctx, c, people[1], end)
    if said:
        c.because("metric", "part_of_a_count", said)
    return True


def _count_people_by_verb(ctx: Context, c: Candidate, start: int, end: int) -> str | None:
    """The first verb of arrest or identification between `start` and `end` says what the people counted are;
    the words that said it, or None."""
    verbs = sorted((a, b, cls) for cls in _PEOPLE_VERBS for a, b in ctx.verbs_of(c.sentence, cls) if start <= a < end)
    if not verbs:
        return None
    a, b, cls = verbs[0]
    c.metric, c.object = _PEOPLE_VERBS[cls], "person"
    return f"{quoted(ctx.text[c.number.start:start])} {quoted(ctx.text[a:b])} -> {c.metric}"


def noun_before(ctx: Context, c: Candidate, near: Near) -> bool:
    """"cocaine seizures: 12": a bare number counts the noun just before it; so does a German number that only a
    participle follows ("Festnahmen wurden 2.351 durchgeführt")."""
    if c.metric is not None or near.head is not None or not (near.bare or _participle_closes(ctx, c)):
        return True
    h = _subject_described(ctx, c) or _term_before(ctx, c)
    if h is not None:
        c.metric = h.metric or "items"
        c.object, c.category = h.object, h.category
        before = term_words(ctx, h, ctx.terms_in(ctx.sents[c.sentence].start, c.number.start), last=True)
        events = [r for r in c.reasons if r.rule == "events_of_goods"]
        c.because("metric", "term_before_number", f"{before} -> {c.metric}")
        c.reasons.extend(events)
        if c.category:
            c.because("category", "term_category", f"{before} -> {c.category}")
    return True


def _subject_described(ctx: Context, c: Candidate):
    """"Le persone denunciate per reati contro la legge sugli stupefacenti sono state 1482": a number right after
    the auxiliary counts the people its clause opens with, when an arrest or identification participle describes
    them (the goods of the complement after it are no subject); the person term, or None."""
    s, n = ctx.sents[c.sentence], c.number
    a = max(s.start, n.start - 120)
    terms = ctx.terms_in(a, n.start)
    if not terms or not ctx.lang.auxiliary_re.fullmatch(ctx.text, terms[-1][1], n.start) \
            or not ctx.text[terms[-1][1]:n.start].strip():
        return None
    verbs = [v for cls in _PEOPLE_VERBS for v, _ in ctx.verbs_of(c.sentence, cls)]
    for x, b, t in reversed(terms):
        if _CLAUSE_END.search(ctx.text, b, n.start):
            return None
        if t.object == "person" and any(0 < v - b <= 2 for v in verbs):
            return t
    return None


def noun_in_brackets(ctx: Context, c: Candidate, near: Near) -> bool:
    """"des contrefaçons présumées (188)", "hoverboards (3.919)": a number alone in brackets right after a noun
    counts that noun, whatever list it stands in."""
    n, text = c.number, ctx.text
    if c.metric is not None or near.head is not None or not _IN_BRACKETS.match(text, c.end_pos) \
            or not text[:n.start].endswith("("):
        return True
    terms = [t for t in ctx.terms_in(max(ctx.sents[c.sentence].start, n.start - 60), n.start)
             if t[2].metric or t[2].object]
    if not terms or not _FEW_WORDS.fullmatch(text[terms[-1][1]:n.start - 1]):
        return True
    h = terms[-1][2]
    c.metric = h.metric or "items"
    c.object, c.category = h.object, h.category
    c.because("metric", "term_before_brackets", f"{quoted(text[terms[-1][0]:terms[-1][1]])} -> {c.metric}")
    if c.category:
        c.because("category", "term_category", f"{quoted(text[terms[-1][0]:terms[-1][1]])} -> {c.category}")
    return True


def _participle_closes(ctx: Context, c: Candidate) -> bool:
    """Only a lower-case word (the participle closing the clause) between the number and the end of its sentence
    or the next clause ("Anzeigen wurden 35.445 registriert und damit ..."), in a language whose nouns are
    capitalised."""
    s = ctx.sents[c.sentence]
    return ctx.lang.nouns_capitalised and _CLOSING_PARTICIPLE.match(ctx.text[:s.end], c.end_pos) is not None


def valued_goods(ctx: Context, c: Candidate, near: Near) -> bool:
    """"960 designer belts valued at R960,000": goods counted, whatever they are; so are containers valued in a list
    of goods valued ("..., 400 sling bags valued at R360,000"): the bags are goods themselves, not packaging."""
    rx = ctx.lang.valued_after_re
    previous = near.previous
    counted = (c.metric is None and near.head is None) or (
        c.metric in ("container", "goods") and previous is not None and previous.sentence == c.sentence
        and previous.metric in ("items", "value"))
    if counted and not near.bare and rx and ctx.has_seizure_verb and rx.match(ctx.text[c.end_pos:near.limit]):
        c.metric = "items"
        c.because("metric", "valued_goods", "-> items")
    return True


def listed_goods(ctx: Context, c: Candidate, near: Near) -> bool:
    """"ont saisi 324 téléphones, 95 cartons d'alcool et 84 caisses de biscuits": an item of a list of things
    seized, whatever the lexicon knows of its noun; so is the count opening an item of a bulleted list of things
    seized ("• 14 imprimantes 3D")."""
    if c.metric is None and near.head is None and not near.bare and _listed_goods(ctx, c, near.previous):
        c.metric = "items"
        c.because("metric", "listed_goods", "-> items")
    elif c.metric is None and near.head is None and not near.bare and ctx.in_seized_bullets(c.sentence) \
            and BULLET_ONLY.fullmatch(ctx.text, ctx.sents[c.sentence].start, c.number.start):
        c.metric = "items"
        c.because("metric", "seized_bullets", "-> items")
    return True


_COUNTED_BEFORE = re.compile(r"\d[\d.,'\u00a0 ]*[ \u00a0]+$")


def contents_of_packages(ctx: Context, c: Candidate, near: Near) -> bool:
    """"45 colis contenant 71 pointeurs laser", "6 cajas con 1149 celulares", "12 parcels containing 300 watches":
    a count right after packages counted and the word of their contents counts the things found in them, whatever
    the lexicon knows of its noun (in a text about seizures)."""
    if c.metric is not None or near.head is not None or near.bare or not ctx.has_seizure_verb:
        return True
    s = ctx.sents[c.sentence]
    base = max(s.start, c.number.start - 50)
    packs = [(a, b) for a, b, t in ctx.terms_in(base, c.number.start) if t.metric == "container"]
    if not packs or not _COUNTED_BEFORE.search(ctx.text, max(s.start, packs[-1][0] - 20), packs[-1][0]):
        return True
    gap = ctx.text[packs[-1][1]:c.number.start].strip(" \u00a0")
    if gap and ctx.lang.of_re.fullmatch(gap):
        c.metric = "items"
        c.because("metric", "contents_of_packages", f"{quoted(ctx.text[packs[-1][0]:c.number.start].strip())} -> items")
    return True


def something_counted(ctx: Context, c: Candidate, near: Near) -> bool:
    """A number that no rule above says counts something is no figure."""
    return c.metric is not None


def _no_new_people(ctx: Context, c: Candidate, head: tuple[int, int] | None) -> bool:
    """People the text does not report as news: counted before, a breakdown by nationality, or denied."""
    if c.metric == "suspects" and _counted_again(ctx, c):
        return True  # "identificato i due italiani", "I quattro sospettati sono detenuti": people counted before
    if head is not None and _of_a_nationality(ctx, c.number.end, head[1]) and _breakdown_of_people(ctx, c):
        return True  # "tres personas, identificadas como dos ciudadanos chilenos y ...": a breakdown by nationality
    return c.metric in ("arrests", "suspects") and _denied(ctx, c)  # "three men were not arrested"


def resolved_by_verb(ctx: Context, c: Candidate, near: Near) -> bool:
    """A person, container, case or goods noun is what its verb makes it: arrested persons are arrests, checked
    containers are checks; far from its verb, a container or goods noun may be an item of a list of things
    seized. With no verb that says, the number is no figure."""
    if c.metric not in ("person", "container", "case", "goods"):
        return True
    kind = c.metric
    if kind == "person" and _the_dead(ctx, c, near):
        return False  # "le persone decedute per overdose sono state sette", "three people died": no arrests
    c.resolved_from = kind
    head = next(((a, b) for a, b, t in near.terms if t is near.head), None) if near.head is not None else None
    # "110 suspected drug offenders": a participle before the noun, or opening it, describes it; it is not its verb
    c.metric = resolve(ctx, c, kind, inside=(c.number.end, *head) if head else None)
    if kind == "case" and c.metric == "detections" and c.reasons[-1].rule == "case_without_verb" and near.cats:
        # "4939 Fälle von Zigarettenschmuggel", "1 200 cas de contrebande de tabac": cases that name the goods of
        # the offence, with no verb of opening, are offences of that kind found
        c.metric = "detections"
        c.because("metric", "case_of_a_kind", f"{category_words(ctx, c.end_pos, near.limit)} -> detections", add=True)
    previous = near.previous
    if c.metric is None and kind in ("container", "goods") and (
            _seized_list_goes_on(ctx, c, previous) or _in_seized_list(ctx, c, previous)
            or _list_of_goods_goes_on(ctx, c, previous, qualified=True) or _bracketed_list_goes_on(ctx, c, previous)):
        c.metric = "items"  # "... seized 3 kilos of cocaine, six firearms and 11 cars": far from the verb, in its list
        c.because("metric", "seized_list_goes_on",
                  f"{'after ' + figure_words(ctx, previous) if previous else 'after a seizure verb'} -> items",
                  add=True)
    elif c.metric is None and kind == "container":
        _checked_list_goes_on(ctx, c, previous)  # "checked 5,000 people, 600 vehicles, 120 parcels and 99 premises"
    both = ctx.lang.both_re
    if c.metric not in (None, "arrests") and both is not None and both.match(ctx.text, c.number.start):
        return False  # "both suspects are still held": people counted before; only their arrest is news
    if kind == "person" and _no_new_people(ctx, c, head):
        return False
    if c.metric is None and kind in ("container", "goods"):
        noun = _seizure_noun_before(ctx, c)
        if noun:
            c.metric = "items"  # "el decomiso de más de 166 mil artículos", "the seizure of 300 parcels"
            c.because("metric", "seizure_noun_before", f"{noun} -> items", add=True)
    if c.metric is None and kind in ("container", "goods") and (ctx.has_seizure_verb or _arrested_with(ctx, c)):
        goods = _goods_of_a_kind(ctx, c, near)
        if goods:
            c.metric = "items"  # "the boat carried 524 packages of cocaine", "it came to 569 cases of spirits"
            c.because("metric", "goods_of_a_kind", f"{goods} in a seizure text, no other verb -> items", add=True)
        else:
            packed = _packed(ctx, c, near)
            if packed:
                c.metric = "items"  # "la drogue, emballée dans 761 paquets", "14 pakketten van ongeveer 1 kilo"
                c.because("metric", "packed_goods", f"{packed} in a seizure text -> items", add=True)
    if c.metric in (None, "items") and kind in ("container", "goods") and (ctx.has_seizure_verb or _arrested_with(ctx, c)) \
            and _packages_of_a_product(ctx, c, near):
        c.metric = "items"  # "12 tonnes de riz, 3 200 cartons d'huile de moteur": (its reason gives it no kind)
    if c.metric == "items" and near.head is not None and near.head.object == "consignment":
        # "drie zendingen met cocaïne aangetroffen", "51 envois de stupéfiants saisis", "4 Sendungen mit Fälschungen":
        # each consignment seized, whichever rule made it goods seized, is a seizure
        c.metric = "seizures"
        c.because("metric", "seized_consignments", "-> seizures", add=True)
    return c.metric is not None


def _arrested_with(ctx: Context, c: Candidate) -> bool:
    """"two people arrested with 35 pieces of ivory", "detenidos con 58 fardos de hachís": goods counted in a
    sentence that tells of an arrest, in a text with no seizure verb at all, were taken with the people."""
    return bool(ctx.verbs_of(c.sentence, "arrest"))


_CLAUSE_MARK = re.compile(r"[,;:]")


def _denied(ctx: Context, c: Candidate) -> bool:
    """A verb of arrest or identification after the number, in its clause, that a negation comes right before
    ("were not identified", "non sono stati arrestati", "n'ont pas été interpellés")."""
    rx, s = ctx.lang.negation_end_re, ctx.sents[c.sentence]
    if rx is None:
        return False
    mark = _CLAUSE_MARK.search(ctx.text, c.number.end, s.end)
    end = mark.start() if mark else s.end
    return any(rx.search(ctx.text, max(c.number.end, a - 30), a) for cls in ("arrest", "identify")
               for a, _ in ctx.verbs_of(c.sentence, cls) if c.number.end <= a < end)


def _counted_again(ctx: Context, c: Candidate) -> bool:
    """"La polizia ha arrestato quattro persone ... I quattro sospettati sono detenuti": a count of people after a
    definite article, the same number of people counted earlier in the text, names those people again."""
    s, lang = ctx.sents[c.sentence], ctx.lang
    if not lang.article_end_re.search(ctx.text, max(s.start, c.number.start - 8), c.number.start) or c.value != int(c.value):
        return False
    forms = [str(int(c.value))] + [w for w, (_, v) in lang.numwords.items() if v == c.value]
    rx = re.compile(r"(?<![\w.,])(?:" + "|".join(map(re.escape, forms)) + r")(?![\w.,]\w)", re.IGNORECASE)
    return any(t.object == "person" for m in rx.finditer(ctx.text, 0, s.start)
               for _, _, t in ctx.terms_in(m.end(), min(len(ctx.text), m.end() + 30)))


_FEW_AFTER = re.compile(r"(?:[ \u00a0]+[^\W\d_][\w'’-]*){0,3}")


def _the_dead(ctx: Context, c: Candidate, near: Near) -> bool:
    """People counted who died or were harmed: a death or victim word between the number and its person noun, in
    the three words after the noun ("three people died", "sette persone morte"), or between a person noun before
    the number and the number ("le persone decedute per overdose sono state sette")."""
    rx, n, s = ctx.lang.dead_re, c.number, ctx.sents[c.sentence]
    if rx is None:
        return False
    head = next((b for _, b, t in near.terms if t is near.head), None) if near.head is not None else None
    if head is not None:
        return rx.search(ctx.text, n.end, _FEW_AFTER.match(ctx.text, head, s.end).end()) is not None
    people = [b for _, b, t in ctx.terms_in(max(s.start, n.start - 90), n.start) if t.object == "person"]
    return bool(people) and not _CLAUSE_END.search(ctx.text, people[-1], n.start) \
        and rx.search(ctx.text, people[-1], n.start) is not None


def _seizure_noun_before(ctx: Context, c: Candidate) -> str | None:
    """"el decomiso de más de 166 mil artículos", "la saisie de 200 colis": a seizure noun and "of" right before the
    number (a qualifier aside) say the things counted were seized; the words, or None."""
    n, lang = c.number, ctx.lang
    base = max(ctx.sents[c.sentence].start, n.start - 60)
    before = ctx.text[base:n.start]
    end = base + len(without_qualifier(ctx.lang, before))  # "de más de"
    nouns = [(a, b) for a, b, t in ctx.terms_in(base, end) if t.metric == "seizures"]
    if not nouns:
        return None
    gap = ctx.text[nouns[-1][1]:end].strip(" \u00a0")
    return quoted(ctx.text[nouns[-1][0]:end].strip()) if gap and lang.of_re.fullmatch(gap) else None


_WEIGHT_AFTER = re.compile(r"[ \u00a0]*(?:[^\W\d_]+[ \u00a0]+){0,3}(?=\d)")  # "con un total de 2.320 kilos"
_SPACES = re.compile(r"[ \u00a0]*")


def _packed(ctx: Context, c: Candidate, near: Near) -> str | None:
    """The words that say goods were packed in the parcels or packages counted, or None: a packing word right before
    the number ("emballée dans 761 paquets", "verpakt in 14 pakketten"), goods of a kind and a place preposition
    ("la drogue dans 1023 paquets"), or a weight each package has ("14 pakketten van ongeveer 1 kilo"). Goods merely
    packed in them make the count optional in the contract: counting them as items is safe, and they are often what
    the release reports."""
    head = near.head
    if head is None or head.object not in ("parcel", "package"):
        return None
    lang, n = ctx.lang, c.number
    base = max(ctx.sents[c.sentence].start, n.start - 60)
    before = without_qualifier(ctx.lang, ctx.text[base:n.start])  # "emballée dans près de 800 paquets"
    m = lang.packed_re.search(before) if lang.packed_re is not None else None
    if m and not before[m.end():].strip(" \u00a0"):
        return quoted(m.group(0).strip())
    prep = lang.place_prep_end_re.search(before)
    kinds = [(a, b, t) for a, b, t in ctx.terms_in(base, base + prep.start()) if t.category] if prep else []
    if kinds and _FEW_WORDS_ONLY.fullmatch(ctx.text, kinds[-1][1], base + prep.start()):
        # "la drogue dans 1023 paquets", "la marihuana iba en 21 fardos", "das Heroin lag in 12 Beuteln":
        # the packages hold those goods, whose kind they take
        words = quoted(ctx.text[kinds[-1][0]:n.start].strip())
        if c.category is None:
            c.category = kinds[-1][2].category
            c.because("category", "packed_goods", f"{words} -> {c.category}")
        return words
    return _weight_of_each(ctx, c, near)


_FEW_WORDS_ONLY = re.compile(r"(?:[ \u00a0]+[^\W\d_]+){0,3}[ \u00a0]*")  # words only: no number, no clause mark


def _weight_of_each(ctx: Context, c: Candidate, near: Near) -> str | None:
    """"14 pakketten van ongeveer 1 kilo": the packages counted and "of" a weight (two words may come between)."""
    lang, s = ctx.lang, ctx.sents[c.sentence]
    end = next((b for _, b, t in near.terms if t is near.head), None)
    of = lang.of_re.match(ctx.text, _SPACES.match(ctx.text, end).end()) if end is not None else None
    gap = _WEIGHT_AFTER.match(ctx.text, of.end(), s.end) if of else None
    nums = [x for x in near.nums if gap and x.start == gap.end()]
    unit = lang.unit_re.match(ctx.text, nums[0].end, s.end) if nums else None
    if unit is None or unit_of(lang, unit) not in _WEIGHTS:
        return None
    return quoted(ctx.text[c.number.start:unit.end()])


def _goods_of_a_kind(ctx: Context, c: Candidate, near: Near) -> str | None:
    """The words that give the counted things a kind of goods (the noun itself, or the goods named after a
    container: "packages of cocaine"), or None. In a text about seizures, goods of a kind counted with no verb that
    says otherwise are what was found (a count of things merely packed is optional in the contract)."""
    head = near.head
    if head is None:
        return None
    if head.category or head.object == "vehicle":  # vehicles are goods of their own kind ("other")
        return term_words(ctx, head, near.terms)
    kind = next(((a, b) for a, b, t in near.terms if t is head), None)
    before = [(a, b) for a, b, t in near.terms if t.category and not t.object and kind and b <= kind[0]]
    if before:  # "9 000 gefälschte Koffer", "300 counterfeit bags": a word of a kind describes the noun
        return quoted(ctx.text[before[-1][0]:kind[1]])
    named = _goods_named_after(ctx, head, near.terms) or product_named_after(ctx, head, near.terms)
    if named:
        if named[1].category is None:
            c.because("metric", "units_of_a_product", f"{quoted(ctx.text[named[0]:named[2]])} -> items", add=True)
        return quoted(ctx.text[named[0]:named[2]])
    return _label_of_kind(ctx, c) or _goods_before_bracket(ctx, c) or _pieces_of_the_goods_before(ctx, c, near)


_PRODUCT_WORD = re.compile(r"[ \u00a0]*([^\W\d_][\w'’-]{2,})")


def _packages_of_a_product(ctx: Context, c: Candidate, near: Near) -> str | None:
    """"12 tonnes de riz, 3 200 cartons d'huile de moteur, ...", "3 tonnes of rice, 150 rolls of cable and ...":
    an item of a list of goods (the previous item goods counted or weighed, only a comma or a conjunction between)
    that counts packages or pieces "of" a noun the lexicon does not know (no function word, no number) counts
    units of a product, goods whatever their kind; the words, or None."""
    head, lang, text = near.head, ctx.lang, ctx.text
    if head is None or head.category or head.metric not in ("container", "goods") \
            or not _list_of_goods_goes_on(ctx, c, near.previous):
        return None
    end = next((b for _, b, t in near.terms if t is head), None)
    of = lang.of_re.match(text, _SPACES.match(text, end).end()) if end is not None else None
    word = _PRODUCT_WORD.match(text, of.end(), near.limit) if of else None
    if word is None or lang.function_re.fullmatch(word.group(1)) or lang.stop_re.fullmatch(word.group(1)) \
            or lang.verb_any_re.match(word.group(1)) or lang.qualifier_re.search(word.group(1)):
        return None
    if word.group(1)[0].isupper() and not word.group(1).isupper() and not lang.nouns_capitalised:
        return None  # "5000 packets of Winston": a brand of the goods counted before, not a product of its own
    words = quoted(text[c.number.start:word.end()])
    c.because("metric", "packages_of_a_product", f"{words} -> items", add=True)
    return words


def _pieces_of_the_goods_before(ctx: Context, c: Candidate, near: Near) -> str | None:
    """"450 Stangen Zigaretten - insgesamt 90.023 Stück", "12 cartons of cigarettes, 2,400 pieces in all": pieces
    with no kind of their own, counted after goods of a kind in the same sentence, are those goods."""
    previous, head = near.previous, near.head
    if head is None or head.object != "product" or head.category or previous is None \
            or previous.sentence != c.sentence or not previous.category or previous.metric != "items":
        return None
    head_end = next(b for _, b, t in near.terms if t is head)
    if ctx.lang.of_re.match(ctx.text[head_end:near.limit].lstrip(" \u00a0")):
        return None  # "20 mil unidades de celulares": pieces of goods of their own, the lexicon knows them or not
    words = figure_words(ctx, previous)
    c.object, c.category = previous.object, previous.category
    c.because("category", "inherited_category", f"{words} -> {c.category}")
    return words


def _goods_before_bracket(ctx: Context, c: Candidate) -> str | None:
    """"heroin (3,878 pellets)", "cocaïne (soit 355 boulettes)": a count in brackets right after goods of a kind
    (a conversion word aside) counts their pieces."""
    n = c.number
    opened = ctx.text.rfind("(", max(ctx.sents[c.sentence].start, n.start - 20), n.start)
    inside = ctx.text[opened + 1:n.start].strip(" \u00a0") if opened >= 0 else None
    if inside is None or (inside and not ctx.lang.conversion_word_re.fullmatch(inside)):
        return None
    kinds = [(a, b) for a, b, t in ctx.terms_in(max(ctx.sents[c.sentence].start, n.start - 40), opened) if t.category]
    if not kinds or ctx.text[kinds[-1][1]:opened].strip(" \u00a0"):
        return None
    return quoted(ctx.text[kinds[-1][0]:kinds[-1][1]])


def _label_of_kind(ctx: Context, c: Candidate) -> str | None:
    """"XTC: 171 stuks": in a results list, the label before the colon names the goods the pieces are."""
    s, n = ctx.sents[c.sentence], c.number
    before = ctx.text[s.start:n.start].rstrip(" \u00a0")
    if not before.endswith(":"):
        return None
    kinds = [(a, b) for a, b, t in ctx.terms_in(s.start, s.start + len(before) - 1) if t.category]
    return quoted(ctx.text[kinds[-1][0]:kinds[-1][1]]) if kinds else None


def _head_category(ctx: Context, c: Candidate, near: Near) -> None:
    head = near.head
    if not head.category:
        return
    c.because("category", "term_category", f"{term_words(ctx, head, near.terms)} -> {head.category}")
    named = _goods_named_after(ctx, head, near.terms)
    if named is not None and named[1].category != head.category:
        c.category = named[1].category  # "68 cartons of tramadol": the goods, not what cartons usually hold
        c.because("category", "goods_named_after", f"{quoted(ctx.text[named[0]:named[2]])} -> {c.category}")


_DESCRIBED = re.compile(r"[ \u00a0]+([a-zà-ÿ][\w'’-]{2,})(?=[ \u00a0])")  # "ladrillos compactos de", lower case


_TWO_WORDS = re.compile(r"(?:[ \u00a0]+([^\W\d_]+)){0,2}[ \u00a0]+")


def _pieces_of_kind(ctx: Context, head, end: int, start: int) -> bool:
    """"1.250 Stück angeblich gefälschte Sportschuhe", "800 stuks illegaal vuurwerk": pieces of no kind and,
    with no "of", at most two words that are no function word, stop word nor verb, then goods of a kind."""
    m = _TWO_WORDS.fullmatch(ctx.text, end, start)
    if head.metric != "goods" or head.category or m is None:
        return False
    lang = ctx.lang
    return not any(lang.function_re.fullmatch(w) or lang.stop_re.fullmatch(w) or lang.verb_any_re.match(w)
                   for w in re.findall(r"[^\W\d_]+", ctx.text[end:start]))


def _goods_named_after(ctx: Context, head, terms):
    """The first term right after the counted noun, behind "of" / "de" / "di" and at most two more words; one
    lower-case word describing the noun may come before "of" ("35 bolsas negras de cocaína", "sacs
    plastiques de cannabis") when it is no function word, stop word nor verb."""
    i = next(i for i, (_, _, t) in enumerate(terms) if t is head)
    if i + 1 >= len(terms):
        return None
    a, b, t = terms[i + 1]
    if not t.category:
        return None
    if ctx.of_between(terms[i][1], a) or _pieces_of_kind(ctx, head, terms[i][1], a):
        return a, t, b
    lang, m = ctx.lang, _DESCRIBED.match(ctx.text, terms[i][1], a)
    if m is None or lang.function_re.fullmatch(m.group(1)) or lang.stop_re.fullmatch(m.group(1)) \
            or lang.of_re.fullmatch(m.group(1)) or lang.verb_any_re.match(m.group(1)):
        return None
    return (a, t, b) if ctx.of_between(m.end(), a) else None


def _term_before(ctx: Context, c: Candidate):
    s = ctx.sents[c.sentence]
    n = c.number
    a = max(s.start, n.start - 90)
    chunk = ctx.text[a:n.start]
    stop = chunk.rfind(";")
    if stop >= 0:
        a += stop + 1
    terms = [t for t in ctx.terms_in(a, n.start) if t[2].metric or t[2].object]
    if not terms:
        return None
    wide = [t for t in ctx.terms_in(max(s.start, n.start - 160), n.start) if t[2].metric or t[2].object]
    return _person_described(ctx, c, wide) or _events_of_goods(ctx, c, terms) or terms[-1][2]


_EVENT_METRICS = ("seizures", "detections", "checks", "cases_opened", "arrests")


def _events_of_goods(ctx: Context, c: Candidate, terms):
    """"Le nombre de saisies d'héroïne ... atteint 45", "seizures of heroin: 12": goods of a kind that
    "of" joins to a noun of events before them are that noun's complement; the events are what the bare number
    after them counts (rule `events_of_goods`); the events term, or None."""
    last = terms[-1]
    if not last[2].category or last[2].metric not in (None, "items"):
        return None
    for a, b, t in reversed(terms[:-1]):
        gap = ctx.text[b:last[0]].strip(" \u00a0")
        if t.metric in _EVENT_METRICS and gap and ctx.lang.of_re.fullmatch(gap):
            c.because("metric", "events_of_goods", f"{quoted(ctx.text[a:last[1]])} -> {t.metric}", add=True)
            return t
        if not (t.category and not ctx.text[b:last[0]].strip(" \u00a0,")):
            return None
        last = (a, b, t)
    return None


def _person_described(ctx: Context, c: Candidate, terms):
    """"aantal personen in bezit van drugs: 113", "persons arrested for cocaine: 5": in a label before a bare number,
    people that an arrest or identification verb describes are the counted head; the goods after the verb are
    only what the verb is about."""
    verbs = [v for cls in _PEOPLE_VERBS for v, _ in ctx.verbs_of(c.sentence, cls)]
    last = terms[-1][0]
    for a, b, t in terms[:-1]:
        if t.object == "person" and any(b <= v < last for v in verbs) and not _CLAUSE_END.search(ctx.text, b, last):
            return t
    return None


def _seized_list_goes_on(ctx: Context, c: Candidate, previous: Candidate | None) -> bool:
    """The number is the next item of a list of things seized in its sentence (the previous figure was seized and
    only commas, conjunctions and the previous item's words come between, no other verb)."""
    if previous is None or previous.metric not in ("items", "mass", "volume", "value") or previous.resolved_from:
        return False
    gap_start, gap_end = previous.number.end, c.number.start
    if re.search(r"[;:.()\[\]!?]", ctx.text[gap_start:gap_end]):
        return False
    verbs = ctx.sentence_verbs(c.sentence)
    if any(gap_start <= a < gap_end for k in verbs for a, _ in verbs[k]):
        return False
    return any(b <= previous.number.start for a, b in verbs.get("seize", []))


def _checked_list_goes_on(ctx: Context, c: Candidate, previous: Candidate | None) -> None:
    """The number is the next item of a list of people or things checked ("checked 5,000 people, 600 vehicles and
    99 premises"): the previous figure counts checks its verb resolved, and only commas, conjunctions and the
    previous item's words come between, no verb; far from the verb, the last items are checked too."""
    if previous is None or previous.sentence != c.sentence or previous.metric != "checks" \
            or previous.resolved_from not in ("container", "person"):
        return
    gap_start, gap_end = previous.number.end, c.number.start
    if re.search(r"[;:.()\[\]!?]", ctx.text[gap_start:gap_end]):
        return
    verbs = ctx.sentence_verbs(c.sentence)
    if not any(gap_start <= a < gap_end for k in verbs for a, _ in verbs[k]):
        c.metric = "checks"
        c.because("metric", "checked_list_goes_on", f"after {figure_words(ctx, previous)} -> checks", add=True)


def _in_seized_list(ctx: Context, c: Candidate, previous: Candidate | None) -> bool:
    """The number opens or continues a list after a seizure verb of its sentence ("seized: 3336 packets of shirts,
    2981 packets of t-shirts, ...")."""
    n = c.number
    s = ctx.sents[c.sentence]
    before = ctx.text[s.start:n.start]
    if not (_LIST_OPENER.search(before) or (ctx.lang.conjunction_re and ends_with(ctx.lang.conjunction_re, before))):
        return False
    seize = ctx.sentence_verbs(c.sentence).get("seize", [])
    other = [a for k, v in ctx.sentence_verbs(c.sentence).items() if k != "seize" for a, _ in v]
    last_seize = max((b for _, b in seize if b <= n.start), default=None)
    return last_seize is not None and not any(last_seize <= a < n.start for a in other) and (
        previous is None or previous.metric in ("items", "mass", "volume", "value"))


def _listed_goods(ctx: Context, c: Candidate, previous: Candidate | None) -> bool:
    """An integer followed by a noun the lexicon does not know, as an item of a list of things seized: after a
    comma or a colon, with a seizure verb before it in the sentence and nothing else counted in between."""
    n, pos, lang = c.number, c.end_pos, ctx.lang
    if not n.integer_text or c.unit != "count" or not _NOUN_AFTER.match(ctx.text, pos):
        return False
    word = _NOUN_AFTER.match(ctx.text, pos).group(0).strip()
    if lang.function_re.match(word) or lang.stop_re.match(word) or lang.verb_any_re.match(word):
        return False
    if _list_of_goods_goes_on(ctx, c, previous) or _seized_participle_closes(ctx, c):
        return True
    s = ctx.sents[c.sentence]
    before = ctx.text[s.start:n.start]
    seize = ctx.verbs_of(c.sentence, "seize")
    right_after_verb = any(_only_a_modifier(ctx, ctx.text[b:n.start]) or _seizure_link(lang, ctx.text[b:n.start])
                           for _, b in seize if b <= n.start)
    if not (right_after_verb or _LIST_OPENER.search(before)
            or (lang.conjunction_re and ends_with(lang.conjunction_re, before))):
        return False
    return any(b <= n.start for _, b in seize) and (previous is None or previous.metric in ("items", "mass", "volume", "value"))


_NOUN_PHRASES = [re.compile(rf"(?:[ \u00a0]+[^\W\d_][\w'’-]*){{{k}}}[ \u00a0]+") for k in (1, 2, 3)]
_PHRASE_END = re.compile(r"[ \u00a0]*(?:[;,.:]|$)")


def _seized_participle_closes(ctx: Context, c: Candidate) -> bool:
    """"233 attrezzi da pesca sequestrati;": a seizure participle after a noun phrase of one to three words closes
    the clause of the number (the goods it counts were seized, whatever the lexicon knows of them); not in a
    language whose clause ends with its verb, nor after a pronoun."""
    lang = ctx.lang
    rx = lang.verb_re.get("seize")
    s = ctx.sents[c.sentence]
    first = _NOUN_AFTER.match(ctx.text, c.end_pos)
    if lang.verb_final or not rx or not first or lang.function_re.match(first.group(0).strip()) \
            or lang.stop_re.match(first.group(0).strip()):
        return False  # "im Rahmen von zwei Operationen sichergestellt", "1572 quelli scoperti"
    for words in _NOUN_PHRASES:
        m = words.match(ctx.text, c.end_pos, s.end)
        v = rx.match(ctx.text, m.end(), s.end) if m else None
        if v and _PHRASE_END.match(ctx.text, v.end(), s.end):
            return True
    return False


def _list_of_goods_goes_on(ctx: Context, c: Candidate, previous: Candidate | None, qualified: bool = False) -> bool:
    """"two revolvers, 11 pistols, 12 rifles and 29 magazines", "1382 hennepplanten, 42.564 hennepstekken": the
    next item of a list whose previous item is goods of a kind counted or weighed, whatever verb the list has; only
    the previous item's words and a comma or a conjunction come between, no verb."""
    if previous is None or previous.sentence != c.sentence or previous.metric not in ("items", "mass", "volume") \
            or previous.resolved_from in ("person", "case") or not (previous.category or previous.object):
        return False
    gap_start, n = previous.end_pos, c.number
    # `qualified`: a qualifier may open the item ("1200kg, 80 litres, and more than 15,000 items")
    gap_end = gap_start + len(without_qualifier(ctx.lang, ctx.text[gap_start:n.start])) if qualified else n.start
    if not next_list_item(ctx, gap_start, gap_end):
        return False
    verbs = ctx.sentence_verbs(c.sentence)
    return not any(gap_start <= a < n.start for k in verbs for a, _ in verbs[k])


_BRACKET_ITEM = re.compile(r"[ \u00a0]*\)[ \u00a0]*,?[^\d();:.!?\[\]]{2,80}\([ \u00a0]*")


def _bracketed_list_goes_on(ctx: Context, c: Candidate, previous: Candidate | None) -> bool:
    """"fake watches (2 400 pieces), sunglasses of a brand (1 150), drones (87)": a number alone in
    brackets after the words of a list item, the previous item's number in brackets too, goods of a kind counted or
    weighed; no verb between."""
    n, text = c.number, ctx.text
    if previous is None or previous.sentence != c.sentence or previous.metric not in ("items", "mass", "volume") \
            or previous.resolved_from in ("person", "case") or not (previous.category or previous.object) \
            or not _IN_BRACKETS.match(text, c.end_pos) or not text[:previous.number.start].rstrip(" \u00a0").endswith("("):
        return False
    close = text.find(")", previous.number.end, n.start)
    if close < 0 or not _BRACKET_ITEM.fullmatch(text, close, n.start):
        return False
    gap = text[close:n.start]
    if not (gap.lstrip(" \u00a0)").startswith(",") or (ctx.lang.conjunction_re and ctx.lang.conjunction_re.search(gap))):
        return False
    verbs = ctx.sentence_verbs(c.sentence)
    return not any(close <= a < n.start for k in verbs for a, _ in verbs[k])


def _seizure_link(lang, gap: str) -> bool:
    """Only a seizure link between a seizure noun and the number ("il sequestro di 40 reti", "the seizure of 40 nets")."""
    gap = gap.strip(" \u00a0")
    return bool(gap) and any(re.fullmatch(p, gap, re.IGNORECASE) for p in lang.seizure_links)


def _only_a_modifier(ctx: Context, gap: str) -> bool:
    """Nothing, or one word that is no preposition, between a verb and the number ("seized 324", "seized some
    324", not "seized in two ports")."""
    word = gap.strip(" \u00a0")
    if not word:
        return True
    lang = ctx.lang
    return bool(re.fullmatch(r"[^\W\d_]+", word)) and not (lang.stop_re.match(word) or lang.of_re.match(word)
                                                           or lang.function_re.match(word))
