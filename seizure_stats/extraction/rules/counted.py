"""What a number counts: the noun right after it (or just before a bare one), an arrest participle, goods valued,
listed or found in packages counted, people counted by nationality or as "nine of them"; a person, container, case
or goods noun is resolved by its verb into a metric ("12 persons arrested" -> arrests, "3 containers seized" ->
items). Far from its verb, what a container or goods noun counts is asked of `goods_lists.py` (lists that go on)
and `packages.py` (packed goods, goods of a kind), kept apart from the rules."""
from __future__ import annotations

import re

from seizure_stats.extraction.candidate import Candidate, Near
from seizure_stats.extraction.context import BULLET_ONLY, Context, without_qualifier
from seizure_stats.extraction.evidence import category_words, figure_words, term_words
from seizure_stats.extraction.goods_lists import (IN_BRACKETS, bracketed_list_goes_on, checked_list_goes_on,
                                                  in_list_of_goods, in_seized_list, list_of_goods_goes_on,
                                                  seized_list_goes_on)
from seizure_stats.extraction.packages import goods_named_after, goods_of_a_kind, packages_of_a_product, packed_words
from seizure_stats.extraction.people import CLAUSE_END, FEW_WORDS, PEOPLE_VERBS, no_new_people, the_dead
from seizure_stats.extraction.reasons import quoted
from seizure_stats.extraction.verbs import resolve

QUANTITIES = ("mass", "volume", "value")


_PAREN_AFTER = re.compile(r"[ \u00a0]*\([^()]{0,40}\)")


# the participle closing the clause: the sentence ends, or (after a participle's ending -t / -en) a comma or an
# "und" opens the next clause
_CLOSING_PARTICIPLE = re.compile(r"[ \u00a0]+(?:[a-zäöüß][\w-]*[ \u00a0]*[.!]?\s*$"
                                 r"|[a-zäöüß][\w-]*(?:t|en)(?:[ \u00a0]*,|[ \u00a0]+und[ \u00a0]))")


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
    near.bare = ctx.bare(pos, near.limit) or _comparison_follows(ctx, pos, near.limit)
    return True


def _comparison_follows(ctx: Context, pos: int, limit: int) -> bool:
    """"Les saisies sont passées à 2 315 contre 1 870 en 2021", "stieg auf 2.315 gegenüber 1.870": nothing but a
    word of comparison between the number and the next one closes the number's clause as a full stop would; the
    number is bare (it counts the noun before it), the next one is the earlier period's (rule earlier_year)."""
    rx = ctx.lang.comparison_end_re
    if rx is None or limit <= pos:
        return False
    m = rx.search(ctx.text, pos, limit)
    return m is not None and not ctx.text[pos:m.start()].strip(" \u00a0,")


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


_ACTED_VERBS = ("seize", "detect", "identify", "open")
_ACTED_REACH = 80  # characters either side of the number where its verb or offence noun stands


def times_acted(ctx: Context, c: Candidate, near: Near) -> bool:
    """"Der Zoll wurde 660-mal fündig", "sono intervenute 156 volte ... per varie violazioni", "erstattete 185 Mal
    Anzeige": a count of times, not followed by a comparison ("3 keer meer", "40 times the duty"), beside a verb of
    finding, seizing, reporting or opening, or an offence noun, counts the offences the service found."""
    rx = ctx.lang.times_acted_re
    m = rx.match(ctx.text, c.number.end) if rx is not None and c.unit == "count" and c.metric is None else None
    if m is None:
        return True
    s = ctx.sents[c.sentence]
    a, b = max(s.start, c.number.start - _ACTED_REACH), min(s.end, m.end() + _ACTED_REACH)
    verbs = [(x, y) for k in _ACTED_VERBS for x, y in ctx.verbs_of(c.sentence, k) if a <= x and y <= b]
    nouns = [(x, y) for x, y, t in ctx.terms_in(a, b) if t.metric in ("detections", "cases_opened")]
    said = min(verbs + nouns, default=None, key=lambda v: abs(v[0] - c.number.start))
    if said is None:
        return True
    c.metric, c.object = "detections", "offence"
    if not any(t.category for _, _, t in ctx.sentence_terms(c.sentence)):
        c.no_kind = True  # "intervenute 156 volte per varie violazioni": offences of no kind named, not the theme's
    c.because("metric", "times_acted", f"{quoted(ctx.text[c.number.start:m.end()])} {quoted(ctx.text[said[0]:said[1]])} "
                                       f"-> detections")
    return True


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
    verbs = [v for cls in PEOPLE_VERBS for v, _ in ctx.verbs_of(c.sentence, cls)]
    for x, b, t in reversed(terms):
        if CLAUSE_END.search(ctx.text, b, n.start):
            return None
        if t.object == "person" and any(0 < v - b <= 2 for v in verbs):
            return t
    return None


def noun_in_brackets(ctx: Context, c: Candidate, near: Near) -> bool:
    """"des contrefaçons présumées (188)", "hoverboards (3.919)": a number alone in brackets right after a noun
    counts that noun, whatever list it stands in."""
    n, text = c.number, ctx.text
    if c.metric is not None or near.head is not None or not IN_BRACKETS.match(text, c.end_pos) \
            or not text[:n.start].endswith("("):
        return True
    terms = [t for t in ctx.terms_in(max(ctx.sents[c.sentence].start, n.start - 60), n.start)
             if t[2].metric or t[2].object]
    if not terms or not FEW_WORDS.fullmatch(text[terms[-1][1]:n.start - 1]):
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


def resolved_by_verb(ctx: Context, c: Candidate, near: Near) -> bool:
    """A person, container, case or goods noun is what its verb makes it: arrested persons are arrests, checked
    containers are checks; far from its verb, a container or goods noun may be an item of a list of things
    seized. With no verb that says, the number is no figure."""
    if c.metric not in ("person", "container", "case", "goods"):
        return True
    kind = c.metric
    if kind == "person" and the_dead(ctx, c, near):
        return False  # "le persone decedute per overdose sono state sette", "three people died": no arrests
    c.resolved_from = kind
    head = next(((a, b) for a, b, t in near.terms if t is near.head), None) if near.head is not None else None
    # "110 suspected drug offenders": a participle before the noun, or opening it, describes it; it is not its verb
    c.metric = resolve(ctx, c, kind, inside=(c.number.end, *head) if head else None)
    if kind == "case" and c.metric == "detections" and c.reasons[-1].rule == "case_without_verb":
        _cases_without_verb(ctx, c, near)
    previous = near.previous
    if c.metric is None and kind in ("container", "goods") and (
            seized_list_goes_on(ctx, c, previous) or in_seized_list(ctx, c, previous)
            or list_of_goods_goes_on(ctx, c, previous, qualified=True) or bracketed_list_goes_on(ctx, c, previous)):
        c.metric = "items"  # "... seized 3 kilos of cocaine, six firearms and 11 cars": far from the verb, in its list
        c.because("metric", "seized_list_goes_on",
                  f"{'after ' + figure_words(ctx, previous) if previous else 'after a seizure verb'} -> items",
                  add=True)
    elif c.metric is None and kind == "container":
        checked_list_goes_on(ctx, c, previous)  # "checked 5,000 people, 600 vehicles, 120 parcels and 99 premises"
    both = ctx.lang.both_re
    if c.metric not in (None, "arrests") and both is not None and both.match(ctx.text, c.number.start):
        return False  # "both suspects are still held": people counted before; only their arrest is news
    if kind == "person" and no_new_people(ctx, c, head):
        return False
    if c.metric is None and kind in ("container", "goods"):
        noun = _seizure_noun_before(ctx, c)
        if noun:
            c.metric = "items"  # "el decomiso de más de 166 mil artículos", "the seizure of 300 parcels"
            c.because("metric", "seizure_noun_before", f"{noun} -> items", add=True)
    if c.metric is None and kind in ("container", "goods") and (ctx.has_seizure_verb or _arrested_with(ctx, c)):
        goods = goods_of_a_kind(ctx, c, near)
        if goods:
            c.metric = "items"  # "the boat carried 524 packages of cocaine", "it came to 569 cases of spirits"
            c.because("metric", "goods_of_a_kind", f"{goods} in a seizure text, no other verb -> items", add=True)
        else:
            packed = packed_words(ctx, c, near)
            if packed:
                c.metric = "items"  # "la drogue, emballée dans 761 paquets", "30 pakketten van ongeveer 2 kilo"
                c.because("metric", "packed_goods", f"{packed} in a seizure text -> items", add=True)
    if c.metric in (None, "items") and kind in ("container", "goods") and (ctx.has_seizure_verb or _arrested_with(ctx, c)) \
            and packages_of_a_product(ctx, c, near):
        c.metric = "items"  # "12 tonnes de riz, 3 200 cartons d'huile de moteur": (its reason gives it no kind)
    if c.metric == "checks" and kind == "container" and _packages_of_the_find(ctx, c, near):
        c.metric = "items"  # "inspected 15 boxes; inside, 324 phones": the boxes held the goods found
        c.because("metric", "packages_of_the_find", f"{c.value:g} {c.object} in a seizure text -> items", add=True)
    if c.metric == "items" and near.head is not None and near.head.object == "consignment":
        # "drie zendingen met cocaïne aangetroffen", "51 envois de stupéfiants saisis", "4 Sendungen mit Fälschungen":
        # each consignment seized, whichever rule made it goods seized, is a seizure
        c.metric = "seizures"
        c.because("metric", "seized_consignments", "-> seizures", add=True)
    return c.metric is not None


def _cases_without_verb(ctx: Context, c: Candidate, near: Near) -> None:
    """Cases no verb resolves: offences found (`case_without_verb`), of the kind they name ("4939 Fälle von
    Zigarettenschmuggel", "1 200 cas de contrebande de tabac": rule `case_of_a_kind`), or the seizures named just
    before them (rule `cases_after_seizures`)."""
    if near.cats:
        c.because("metric", "case_of_a_kind", f"{category_words(ctx, c.end_pos, near.limit)} -> detections", add=True)
        return
    seizures = _seizures_named_before(ctx, c)
    if seizures:
        c.metric = "seizures"  # "... ont permis plusieurs saisies. Cela représente 40 affaires"
        c.because("metric", "cases_after_seizures", f"{seizures} before -> seizures", add=True)
        if ctx.doc_theme is None:
            c.no_kind = True  # "of the 25 cases" after seizures of drugs and of arms: cases of every kind together


def _seizures_named_before(ctx: Context, c: Candidate) -> str | None:
    """"As apreensões de heroína subiram ... a GNR fez 12% dos casos (30)", "ont permis plusieurs saisies. Cela
    représente 40 affaires": cases no verb resolves, of no kind of their own, right after seizures were
    named (before the number in its sentence, or in the sentence before) are those seizures told as cases; the
    seizure words, or None."""
    s = ctx.sents[c.sentence]
    terms = [t for t in ctx.terms_in(s.start, c.number.start) if t[2].metric == "seizures"]
    if not terms and c.sentence > 0:
        terms = [t for t in ctx.sentence_terms(c.sentence - 1) if t[2].metric == "seizures"]
    return quoted(ctx.text[terms[-1][0]:terms[-1][1]]) if terms else None


_FEW_PACKAGES = 100  # more boxes or parcels than this checked are the service's controls, not one find's packaging
_PACKAGES = ("parcel", "package")


def _packages_of_the_find(ctx: Context, c: Candidate, near: Near) -> bool:
    """"agents inspected 15 cardboard boxes ... inside were 324 phones", "20 pallets of tobacco", "his two suitcases
    were inspected": a few boxes, parcels or suitcases that a verb of checking governs, in a text about seizures,
    are the packaging the goods were found in (the contract makes them items, optional), not a count of controls;
    vehicles and premises searched stay checks, and so do the many parcels of a service's controls."""
    head = near.head
    return head is not None and head.object in _PACKAGES and c.value < _FEW_PACKAGES and ctx.has_seizure_verb


def _arrested_with(ctx: Context, c: Candidate) -> bool:
    """"two people arrested with 35 pieces of ivory", "detenidos con 58 fardos de hachís": goods counted in a
    sentence that tells of an arrest, in a text with no seizure verb at all, were taken with the people."""
    return bool(ctx.verbs_of(c.sentence, "arrest"))


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


def _head_category(ctx: Context, c: Candidate, near: Near) -> None:
    """The kind of the noun counted is the figure's, unless goods named after it ("68 cartons of tramadol") say
    what the container held."""
    head = near.head
    if not head.category:
        return
    c.because("category", "term_category", f"{term_words(ctx, head, near.terms)} -> {head.category}")
    named = goods_named_after(ctx, head, near.terms)
    if named is not None and named[1].category != head.category:
        c.category = named[1].category  # "68 cartons of tramadol": the goods, not what cartons usually hold
        c.because("category", "goods_named_after", f"{quoted(ctx.text[named[0]:named[2]])} -> {c.category}")


def _term_before(ctx: Context, c: Candidate):
    """The noun a bare number counts, in the words before it back to a semicolon: people an arrest verb describes,
    events of goods, or else the last counted noun; None when there is none."""
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
    verbs = [v for cls in PEOPLE_VERBS for v, _ in ctx.verbs_of(c.sentence, cls)]
    last = terms[-1][0]
    for a, b, t in terms[:-1]:
        if t.object == "person" and any(b <= v < last for v in verbs) and not CLAUSE_END.search(ctx.text, b, last):
            return t
    return None


def listed_goods(ctx: Context, c: Candidate, near: Near) -> bool:
    """"ont saisi 324 téléphones, 95 cartons d'alcool et 84 caisses de biscuits": an item of a list of things
    seized, whatever the lexicon knows of its noun; so is the count opening an item of a bulleted list of things
    seized ("• 14 imprimantes 3D")."""
    if c.metric is None and near.head is None and not near.bare and in_list_of_goods(ctx, c, near.previous):
        c.metric = "items"
        c.because("metric", "listed_goods", "-> items")
    elif c.metric is None and near.head is None and not near.bare and ctx.in_seized_bullets(c.sentence) \
            and BULLET_ONLY.fullmatch(ctx.text, ctx.sents[c.sentence].start, c.number.start):
        c.metric = "items"
        c.because("metric", "seized_bullets", "-> items")
    return True
