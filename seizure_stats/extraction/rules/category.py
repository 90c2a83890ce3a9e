"""The category of a figure (drugs, tobacco, cash ...) when the noun it counts gave none: the kinds named after
the number, the goods a value is of, money seized itself, the nearest category word, the document's dominant
category. Counts of people, checks, cases, websites and countries have none. Each rule below decides only while
the category is still open, in the order the pass lists them."""
from __future__ import annotations

import re

from seizure_stats.extraction.candidate import Candidate, Near
from seizure_stats.extraction.context import (BULLET_ONLY, HARD_STOP, WORD, Context, cash_named_before, money_carried,
                                              without_qualifier)
from seizure_stats.extraction.evidence import category_words, figure_words
from seizure_stats.extraction.reasons import quoted
from seizure_stats.extraction.terms import product_named_after

NULL_CATEGORY_METRICS = {"arrests", "suspects", "participating_countries", "cases_opened", "checks", "websites"}


def read_kinds_after(ctx: Context, c: Candidate, near: Near) -> bool:
    """The categories named after the number; "91 500 saisies de stupéfiants, de contrefaçons et de tabacs": the
    list of kinds goes on after the comma."""
    others = near.others
    if near.head is not None and near.head.category is None:
        others = _same_item(ctx, near)
    near.cats = [t.category for t in others if t.category and (t.object or t.metric)] \
        or [t.category for t in others if t.category]
    if near.cats and near.head is not None and near.head.category is None:
        near.listed = _listed_kinds(ctx, near.seg_end, near.limit)
        near.cats += near.listed
    return True


def _same_item(ctx: Context, near: Near) -> list:
    """The terms that still describe the counted noun: "tres teléfonos y dinero en efectivo" lists the cash as
    another item, while "5 paquetes de cocaína y heroína" names what the packages hold before its "and"."""
    head_end = next((b for _, b, t in near.terms if t is near.head), None)
    if head_end is None:
        return near.others
    rx = ctx.lang.conjunction_re
    kept = [t for a, _, t in near.terms if t in near.others and (a < head_end or not rx.search(ctx.text, head_end, a))]
    return kept if any(t is near.head for t in kept) else near.others


def none_for_counts_of_people(ctx: Context, c: Candidate, near: Near) -> bool:
    """Arrests, suspects, checks, cases, websites and countries have no category (checks and cases of a release
    about one kind take that kind: see enforcement_of_the_theme)."""
    if c.metric in ("arrests", "suspects") and (_crime_of_a_kind(ctx, c, near) or _crime_after_the_verb(ctx, c)):
        return True
    if c.metric in ("arrests", "suspects") and near.head is not None and near.head.object == "person" \
            and near.head.category:
        # "arrestati 12 narcotrafficanti", "drie drugsdealers opgepakt": people named by their trade
        c.category = near.head.category
        c.because("category", "trade_of_the_people", f"people of the {c.category} trade")
        return True
    if c.metric in ("arrests", "suspects") and _people_of_the_goods_before(ctx, c, near):
        return True
    prev = near.previous  # "9 por tenencia de armas y 6 por robo": people counted by crime, the rest of no kind
    by_crime = prev is not None and prev.sentence == c.sentence and prev.metric in ("arrests", "suspects")
    if c.metric in ("arrests", "suspects") and ctx.doc_theme is not None and not by_crime and any(
            t.category == ctx.doc_theme for _, _, t in ctx.sentence_terms(c.sentence)):
        # "35 detenidos" beside the cannabis of a release whose seizures are all cannabis: held for those goods (the
        # arrests of a yearly report on all crime, in a sentence naming no goods, stay of no kind)
        c.category = ctx.doc_theme
        c.because("category", "people_of_the_theme", f"{c.metric} in a release about {c.category}")
        return True
    if c.metric in NULL_CATEGORY_METRICS:
        c.category = None
        c.because("category", "no_category", f"for {c.metric}")
    return True


def _people_of_the_goods_before(ctx: Context, c: Candidate, near: Near) -> bool:
    """"sequestrate 115 tonnellate di sigarette e denunciate 40 persone", "de las que 12 fueron detenidas": people
    counted right after the goods seized in their own sentence (a sentence naming no other kind), or a part of the
    people counted before them ("of whom", "di cui"), are held for those goods: they take their kind."""
    prev = near.previous
    if prev is None or prev.sentence != c.sentence or not prev.category or prev.category == "other":
        return False
    words = f"{figure_words(ctx, prev)} -> {prev.category}"
    if prev.metric in ("arrests", "suspects"):
        if not ctx.lang.breakdown_re.search(ctx.text, prev.end_pos, c.number.start):
            return False
        c.because("category", "part_of_the_people", words)
    elif prev.metric in ("items", "mass", "volume"):
        if {t.category for _, _, t in ctx.sentence_terms(c.sentence) if t.category} != {prev.category}:
            return False
        c.because("category", "people_of_the_goods", words)
    else:
        return False
    c.category = prev.category
    return True


def _crime_of_a_kind(ctx: Context, c: Candidate, near: Near) -> bool:
    """"45 por tráfico de droga, 10 por posse de arma": a breakdown of arrests by crime says which goods each count
    of people is about; a crime of no kind of goods ("por furto", "for drink-driving") leaves none."""
    rx = ctx.lang.crime_after_re
    m = rx.match(ctx.text, c.end_pos) if rx else None
    if m is None:
        return False
    end = min(near.limit or len(ctx.text), m.end() + 40)
    for a, b, t in ctx.sentence_terms(c.sentence):
        if c.end_pos <= a < end and b > m.end() - 3 and t.category:  # "tráfico de droga" is one term
            c.category = t.category
            c.because("category", "crime_of_a_kind", f"{quoted(ctx.text[c.end_pos:m.end()].strip())} {t.category}")
            return True
    return False


_DIGIT_OR_BREAK = re.compile(r"[\d;:()]")


def _crime_after_the_verb(ctx: Context, c: Candidate) -> bool:
    """"60 pessoas foram presas por tráfico de drogas", "denunciato 11 venditori per contraffazione", "247 waren in
    het bezit van drugs": the crime the people are held for, named later in their own clause (after their noun
    and verb, no other number between), gives the kind of goods it names."""
    rx = ctx.lang.crime_after_re
    if rx is None:
        return False
    s = ctx.sents[c.sentence]
    limit = min(s.end, c.end_pos + 90)
    m = rx.search(ctx.text, c.end_pos, limit)
    if m is None or _DIGIT_OR_BREAK.search(ctx.text, c.end_pos, m.start()):
        return False
    for a, b, t in ctx.sentence_terms(c.sentence):
        if m.start() <= a < m.end() + 40 and b > m.end() - 3 and t.category and not _DIGIT_OR_BREAK.search(
                ctx.text, m.end(), a):
            c.category = t.category
            c.because("category", "crime_after_the_verb", f"{quoted(ctx.text[m.start():b].strip())} {t.category}")
            return True
    return False


ENFORCEMENT = ("checks", "cases_opened", "detections", "websites")
_GOODS_SENT = ("parcel", "package", "consignment")  # objects of the lexicon that hold goods sent


def enforcement_of_the_theme(ctx: Context, c: Candidate, near: Near) -> bool:
    """A release about one kind of goods (a food-safety campaign, a wildlife operation, a drug raid, an operation
    against medicines sold online) counts its inspections, offences found, cases opened and websites shut for that
    kind: "realizaron 438 inspecciones" in a release on protected species is a wildlife figure, "4 100 sites
    fermés" and "52 000 colis contrôlés" in one on medicines are medicines figures. People, premises and vehicles
    checked stay of no kind (a roadside control counts travellers, not goods); so do the figures of a release
    about several kinds."""
    if c.metric not in ENFORCEMENT or c.category is not None or c.no_kind:
        return True
    if ctx.doc_theme is None:
        return _cases_of_the_sentence(ctx, c)
    if c.resolved_from is not None and c.metric == "checks" and c.object not in _GOODS_SENT:
        return True  # "80 000 persons checked", "13 flats searched"
    c.category = ctx.doc_theme
    c.because("category", "theme_of_the_release", f"{c.metric} in a release about {c.category}")
    return True


def _cases_of_the_sentence(ctx: Context, c: Candidate) -> bool:
    """"85 Ermittlungsverfahren wegen Verstößen gegen das Arzneimittelgesetz", "in 10 000 procédures, 130 000
    contrefaçons saisies": in a release of several kinds, cases opened in a sentence naming one kind only are
    cases about that kind."""
    if c.metric != "cases_opened":
        return True
    kinds = {t.category for _, _, t in ctx.sentence_terms(c.sentence) if t.category}
    if len(kinds) == 1:
        c.category = kinds.pop()
        c.because("category", "cases_of_the_sentence", f"{c.metric} in a sentence about {c.category}")
    return True


def worth_of_goods_before(ctx: Context, c: Candidate, near: Near) -> bool:
    """"37 kg cocaïne. De straatwaarde hiervan bedraagt 2,6 miljoen euro", "130.000 gefälschte Waren beschlagnahmt.
    Der Wert der beschlagnahmten Gegenstände beträgt 38 Mio EUR": a worth whose own sentence names no kind of
    goods, told right after a sentence of the same paragraph about goods of one kind, is the worth of those goods."""
    if not _open(c) or c.metric != "value" or c.sentence == 0:
        return True
    s, prev = ctx.sents[c.sentence], ctx.sents[c.sentence - 1]
    # a value word ("Wert", "straatwaarde"), or the amount is no worth ("Arrestbeschlüsse in Höhe von 4,5 Millionen");
    # "De los zapatos de segunda mano se decomisaron bienes por 2 millones": a product of its own, named in its sentence
    if not _value_word_in(ctx, s.start, c.number.start) \
            or any(t.category or _product(t) or t.object == "vehicle" for _, _, t in ctx.sentence_terms(c.sentence)) \
            or ctx.paragraph_of(prev.start).start != ctx.paragraph_of(s.start).start:
        return True
    kinds = {t.category for _, _, t in ctx.sentence_terms(c.sentence - 1) if t.category}
    if len(kinds) == 1 and "cash" not in kinds:
        c.category = kinds.pop()
        c.because("category", "worth_of_goods_before", f"the goods of the sentence before -> {c.category}")
    return True


_VALUE_INSIDE: dict[str, re.Pattern] = {}


def _value_word_in(ctx: Context, a: int, b: int) -> bool:
    """A value word in text[a:b], also as the end of a compound ("straatwaarde", "Originalwert")."""
    weak = ctx.lang.value_weak_re
    if weak is None:
        return False
    if ctx.lang.code not in _VALUE_INSIDE:
        _VALUE_INSIDE[ctx.lang.code] = re.compile(weak.pattern.replace("(?<!\\w)", "", 1), weak.flags)
    return _VALUE_INSIDE[ctx.lang.code].search(ctx.text, a, b) is not None


def meat_of_wild_animals(ctx: Context, c: Candidate, near: Near) -> bool:
    """"drie kilo vlees, huiden en andere producten van beschermde dieren": meat of no animal named, in a sentence
    about protected species or a release about wildlife, is wildlife (bushmeat), not food. In a release mostly about
    food (olive oil, cheese, meat smuggled past a border, with some caviar) the meat stays food."""
    if c.category == "food" and c.object == "meat" and ctx.doc_category != "food" and (
            ctx.doc_theme == "wildlife" or any(t.category == "wildlife" for _, _, t in ctx.sentence_terms(c.sentence))):
        c.category = "wildlife"
        c.because("category", "meat_of_wild_animals", "meat in a text about protected species -> wildlife")
    return True


def kinds_named(ctx: Context, c: Candidate, near: Near) -> bool:
    """Money "in cash and a handgun" is about the first noun; a quantity of several kinds is "other"."""
    if _open(c) and near.cats and not _next_item_after_value(ctx, c, near):
        cats = near.cats
        c.category = cats[0] if len(set(cats)) == 1 or c.metric == "value" else "other"
        c.because("category", "listed_kinds" if near.listed and len(set(cats)) > 1 else "phrase_category",
                  f"{category_words(ctx, c.end_pos, near.limit)} -> {c.category}")
    return True


def _next_item_after_value(ctx: Context, c: Candidate, near: Near) -> bool:
    """"des vêtements d'une valeur de 3 millions de dinars et des cigarettes": a value whose amount follows a value
    word says what it is worth of the goods before that word; the kinds after an "and" are the next item's."""
    if c.metric != "value" or not ctx.lang.value_weak_end_re:
        return False
    first = next((a for a, _, t in near.terms if t.category), None)
    if first is None or not ctx.lang.conjunction_re.search(ctx.text, c.end_pos, first):
        return False
    before = without_qualifier(ctx.lang, ctx.before_amount(c.number, ctx.sents[c.sentence].start))
    return bool(ctx.lang.value_weak_end_re.search(before))


def valued_goods(ctx: Context, c: Candidate, near: Near) -> bool:
    """"Pangolin scales worth RM3.86 million": a value takes the category of the goods before its value word."""
    if _open(c) and c.metric == "value" and near.head is None:
        c.category = _category_of_valued_goods(ctx, c.number.start) or _goods_right_after(ctx, c)
        counted = _counted_goods_valued(ctx, c, near)
        if counted and c.category in (_MIXED, "other", None):
            c.category = counted.category
            c.because("category", "worth_of_counted_goods", f"{figure_words(ctx, counted)} -> {c.category}")
        elif c.category == _MIXED and _kind_named_after(ctx, c):  # "mercadorias avaliadas em R$ 78 milhões, entre elas cigarros"
            c.category, c.no_kind = None, True
            c.because("category", "value_of_mixed_goods", "goods of no kind named before the value word")
        elif c.category == _MIXED and ctx.doc_theme is None:
            c.category = "other"  # "marchandises d'une valeur de" in a release about several kinds
            c.because("category", "worth_of_mixed_goods", "goods of no kind valued, in a release of several kinds")
        elif c.category == _MIXED:  # "marchandises d'une valeur de" in a release about one kind: that kind
            c.category = ctx.doc_theme
            c.because("category", "mixed_goods_of_the_theme", f"goods of no kind valued -> {c.category}")
        elif c.category:
            c.because("category", "valued_goods_category", f"-> {c.category}")
    return True


def _counted_goods_valued(ctx: Context, c: Candidate, near: Near) -> Candidate | None:
    """"Counterfeit clothing: 96,000 items worth 2.4 million", "8000 pezzi per un valore di": the goods of no kind
    before the value word are the unit of the figure right before them, whose own words gave it a kind; the value is
    the worth of those goods, so of that kind (the bare "items" alone would make it goods of no kind, "other")."""
    prev, weak = near.previous, ctx.lang.value_weak_word_re
    if prev is None or weak is None or prev.sentence != c.sentence or prev.metric not in ("items", "mass", "volume") \
            or prev.category in (None, "other", "cash") or prev.part:
        return None
    m = weak.search(ctx.text, prev.end_pos, c.number.start)
    if m is None or len(WORD.findall(ctx.text[prev.end_pos:m.start()])) > 3 \
            or ctx.lang.conjunction_re.search(ctx.text, prev.end_pos, m.start()) \
            or any(t.category not in (None, prev.category) for _, _, t in ctx.terms_in(prev.end_pos, c.number.start)):
        return None
    return prev


def worth_of_all_seized(ctx: Context, c: Candidate, near: Near) -> bool:
    """"todo lo incautado tiene un valor total de 2 millones", "al het materiaal dat in beslag ging was 1 miljoen
    euro waard", "o total apreendido foi de R$ 5 milhões": a worth of all that was seized, named as one
    whole, is the worth of goods of several kinds ("other"), not the money or goods named nearest to it. A word of a
    kind between the whole and the amount ("the seizures of cocaine were worth") says which goods it is of; in a
    release that names one kind only (a cigarette operation), all that was seized is of that kind (rule dominant)."""
    rx = ctx.lang.seized_whole_re
    if rx is None or not _open(c) or c.metric != "value" or _one_kind_only(ctx):
        return True
    s = ctx.sents[c.sentence]
    for m in rx.finditer(ctx.text, s.start, s.end):
        a, b = (m.end(), c.number.start) if m.end() <= c.number.start else (c.end_pos, m.start())
        if a > b or any(t.category for _, _, t in ctx.terms_in(a, b)):
            continue
        c.category = "other"
        c.because("category", "worth_of_all_seized", f"{quoted(m.group(0))} -> other")
        return True
    return True


def _one_kind_only(ctx: Context) -> bool:
    """Every word of a kind in the text is of the release's one kind."""
    return ctx.doc_theme is not None and all(t.category in (None, ctx.doc_theme) for _, _, t in ctx.terms)


_MIXED = "mixed"  # what _category_of_valued_goods says of goods of no kind ("merchandise", "mercadorias")
_GAP_BREAK = re.compile(r"[\d,;:()]")


def _goods_right_after(ctx: Context, c: Candidate) -> str | None:
    """"seized R$ 2 billion in goods", "900 milhões de reais em mercadorias": an amount right before goods of no
    kind (a preposition, an adjective between, no "and") is their worth, not money seized: goods of no kind."""
    s = ctx.sents[c.sentence]
    after = ctx.terms_in(c.end_pos, s.end)
    if not after:
        return None
    a, _, t = after[0]
    gap = ctx.text[c.end_pos:a]
    if t.metric != "goods" or t.category or len(WORD.findall(gap)) > 2 or _GAP_BREAK.search(gap) \
            or ctx.lang.conjunction_re.search(gap):
        return None
    return _MIXED


def _kind_named_after(ctx: Context, c: Candidate) -> bool:
    """A kind named after the amount in its sentence: one part of the goods valued, which the nearest word would
    otherwise give the whole value."""
    return any(t.category for _, _, t in ctx.terms_in(c.end_pos, ctx.sents[c.sentence].end))


def worth_of_the_goods_between(ctx: Context, c: Candidate, near: Near) -> bool:
    """"cocaine valued at 3 million euros, and the boat carrying it at 2 million": an amount whose currency is
    left out (rule elided_currency) is the worth of the goods named between the previous amount and it, not money
    seized: a vehicle is "other", goods of a kind are of that kind."""
    if not _open(c) or not _elided_currency(c):
        return True
    p = near.previous
    if p is None:
        return True
    start = p.end_pos if p.metric == "value" else p.number.start
    named = [t for _, _, t in ctx.terms_in(start, c.number.start) if t.category or t.object == "vehicle"]
    if named:
        c.category = "other" if named[0].object == "vehicle" else named[0].category
        c.because("category", "worth_of_the_goods_between", f"-> {c.category}")
    return True


def _elided_currency(c: Candidate) -> bool:
    return any(r.rule == "elided_currency" for r in c.reasons)


def money_seized(ctx: Context, c: Candidate, near: Near) -> bool:
    """"seized €7,500": money itself is cash; so is an amount listed among the goods seized ("112 kilos of
    cannabis, 3 cars and 71,000 euros")."""
    if _elided_currency(c):
        return True
    if _open(c) and c.metric == "value" and near.head is None and (
            _seized_directly(ctx, c) or _listed_with_goods(ctx, c, near) or _sum_of_money(ctx, c)
            or (ctx.has_seizure_verb and cash_named_before(ctx, c))):
        c.category, c.object = "cash", "cash"
        c.because("category", "money_seized", "-> cash")
    elif _open(c) and c.metric == "value" and money_carried(ctx, c):
        c.category, c.object = "cash", "cash"
        c.because("category", "money_carried", "-> cash")
    return True


def _sum_of_money(ctx: Context, c: Candidate) -> bool:
    """"une somme de Rs 75 000", "a sum of $2,000": money named a sum is the money itself, in a seizure text."""
    rx = ctx.lang.money_sum_re
    return bool(rx and ctx.has_seizure_verb and rx.search(ctx.before_amount(c.number, ctx.sents[c.sentence].start)))


def _listed_with_goods(ctx: Context, c: Candidate, near: Near) -> bool:
    """After a comma or an "and", in a sentence whose seizure verb (or previous seized quantity) comes first, with
    no word of value between them ("se ha decomisado cocaína, marihuana, 53.000 euros y dos armas")."""
    s = ctx.sents[c.sentence]
    previous = near.previous
    seize = ctx.lang.verb_re.get("seize")
    listed = previous is not None and previous.sentence == c.sentence and (
        previous.metric in ("items", "mass", "volume") or previous.category == "cash")  # "45 mil dólares y 65 mil pesos"
    if listed:
        start = previous.end_pos
    else:
        verbs = list(seize.finditer(ctx.text, s.start, c.number.start)) if seize else []
        if not verbs:
            return False
        start = verbs[-1].end()
    before = ctx.before_amount(c.number, start)  # text[origin:...] up to the amount's sign
    origin = max(start, c.number.start - 40)
    sep = _list_separator(ctx, before)
    if sep is None:
        return False
    goods_before = any(t.category for _, _, t in ctx.terms_in(max(start, origin + sep - 30), origin + sep))
    weak = ctx.lang.value_weak_re
    return (listed or goods_before) and not (weak and weak.search(ctx.text, start, c.number.start)) \
        and ctx.has_seizure_verb


def vehicles(ctx: Context, c: Candidate, near: Near) -> bool:
    """"five cars", "drie voertuigen": vehicles and boats seized are "other", not the kind of goods they carried nor
    the release's main kind (a kind named in their own phrase, "13 drug smuggling vessels", decided before)."""
    if _open(c) and c.metric == "items" and c.object == "vehicle":
        c.category = "other"
        c.because("category", "vehicles_other", "-> other")
    return True


def goods_counted_before(ctx: Context, c: Candidate, near: Near) -> bool:
    """"Plus de 400 000 articles contrefaits ont été saisis. Parmi eux, 90 000 articles de sport et ...": goods
    of no kind counted by the same noun as the previous sentence's last figure, with no kind named in their own
    sentence, go on counting the same goods (a breakdown, a detail): they take that figure's category."""
    head, carried = near.head, near.carried
    if not _open(c) or c.metric != "items" or head is None or head.metric != "goods" or head.category \
            or carried is None or carried.metric != "items" or not carried.category \
            or not (carried.object or "").endswith(head.object or "-"):  # "articles contrefaits", then "articles"
        return True
    if any(t.category for _, _, t in ctx.sentence_terms(c.sentence)):
        return True
    c.category = carried.category
    c.because("category", "goods_counted_before", f"{figure_words(ctx, carried)} -> {c.category}")
    return True


def goods_of_no_kind(ctx: Context, c: Candidate, near: Near) -> bool:
    """Goods the lexicon gives no kind are "other", not the release's main kind nor a kind named nearby: a product
    of no category ("shoes", "phones", "packets of shirts"), or a noun the lexicon does not know ("1 149
    celulares") in a release about a kind whose words it knows. Counterfeiting is the exception: any product can be
    fake."""
    if not _open(c):
        return True
    goods = _goods_outside_lexicon(ctx, c, near)
    if goods and ctx.doc_category != "counterfeit" and _nearest(ctx, c, near)[0] != "counterfeit":
        c.category = "other"
        c.because("category", "goods_outside_category", f"{quoted(goods)} -> other")
    return True


def weight_of_mixed_goods(ctx: Context, c: Candidate, near: Near) -> bool:
    """"three tonnes of merchandise", "12 toneladas de mercadorias": a weight or volume of goods of no kind, with no
    kind named after it in its sentence, in a release about several kinds, is of goods of several kinds ("other"),
    as their worth is (rule valued_goods); not the release's main kind. In a release about one kind, rule dominant
    gives it that kind."""
    if not _open(c) or c.metric not in ("mass", "volume") or ctx.doc_theme is not None:
        return True
    if _goods_right_after(ctx, c) != _MIXED or _kind_named_after(ctx, c):
        return True
    c.category = "other"
    c.because("category", "weight_of_mixed_goods", "a weight of goods of no kind, in a release of several kinds")
    return True


def goods_of_the_pair(ctx: Context, c: Candidate, near: Near) -> bool:
    """"33 y 160 kilos de cocaína": the first number of a pair is of the goods named after the second."""
    if not _open(c) or not any(r.rule == "shared_unit" for r in c.reasons):
        return True
    um = ctx.pair_unit(c.number)
    if um is None:
        return True
    s = ctx.sents[c.sentence]
    goods = [(a, b, t) for a, b, t in ctx.terms_in(um.end(), s.end) if t.category][:1]
    if goods and ctx.of_between(um.end(), goods[0][0]):
        c.category = goods[0][2].category
        c.because("category", "goods_of_the_pair", f"{quoted(ctx.text[goods[0][0]:goods[0][1]])} -> {c.category}")
    return True


_AND_GAPS: dict[str, re.Pattern] = {}
_CLAUSE_BREAK = re.compile(r"[,;:()]")


def goods_after_the_next_count(ctx: Context, c: Candidate, near: Near) -> bool:
    """"2,4 kg e 57 involucri di cocaina", "120 Kilogramm und 4.250 Stück anderer Tabakwaren": a weight or volume
    naming no goods of its own, joined by a plain "and" to a count whose goods of a kind follow it, is of those
    goods (the nearest word, before the weight, is often the previous item's: "una pistola, 1,9 kg e ...")."""
    if not _open(c) or c.metric not in ("mass", "volume") or near.head is not None or near.cats \
            or not ctx.lang.and_words:
        return True
    nxt = [x for x in near.nums if x.start >= c.end_pos]
    if ctx.lang.code not in _AND_GAPS:
        ands = "|".join(map(re.escape, ctx.lang.and_words))
        _AND_GAPS[ctx.lang.code] = re.compile(rf"[ \u00a0]+(?:{ands})[ \u00a0]+")
    if not nxt or not _AND_GAPS[ctx.lang.code].fullmatch(ctx.text, c.end_pos, nxt[0].start):
        return True
    end = nxt[1].start if len(nxt) > 1 else ctx.sents[c.sentence].end
    brk = _CLAUSE_BREAK.search(ctx.text, nxt[0].end, end)
    end = brk.start() if brk else end
    goods = [(a, b, t) for a, b, t in ctx.terms_in(nxt[0].end, end) if t.category]
    if goods and len(WORD.findall(ctx.text[nxt[0].end:goods[0][0]])) <= 4:
        a, b, t = goods[0]
        c.category = t.category
        c.because("category", "goods_after_the_next_count", f"{quoted(ctx.text[a:b])} -> {c.category}")
    return True


def _list_separator(ctx: Context, before: str) -> int | None:
    """Where the comma, semicolon or "and" ending `before` starts (the amount is the next item of a list), or None;
    a qualifier ("20 armas, más de 45 mil dólares") or an article ("et de € 9'700") may come between."""
    before = without_qualifier(ctx.lang, before)
    m = ctx.lang.list_sep_end_re.search(before, max(0, len(before) - 24))
    return m.start() if m else None


def value_of_several_kinds(ctx: Context, c: Candidate, near: Near) -> bool:
    """"Counterfeit goods and drugs with a combined value of R10 million": a value said of several kinds together
    is of none of them (the nearest word would give it the last kind named)."""
    if not _open(c) or c.metric != "value":
        return True
    s = ctx.sents[c.sentence]
    before = ctx.text[s.start:c.number.start]
    total = None
    for total in ctx.lang.total_re.finditer(before):
        pass
    kinds = {t.category for _, _, t in ctx.terms_in(s.start, s.start + total.start()) if t.category} \
        if total is not None else set()
    if len(kinds) > 1:
        c.category, c.no_kind = None, True
        c.because("category", "several_kinds", f"{quoted(total.group(0))} value of {', '.join(sorted(kinds))}")
        return True
    kinds, words = _kinds_listed_before_value_word(ctx, c, near)
    if len(kinds) > 1:  # "Bargeld, Suchtmittel sowie andere Gegenstände im Wert von 1,8 Millionen Euro"
        c.category, c.no_kind = None, True
        c.because("category", "several_kinds", f"{words} value of {', '.join(sorted(kinds))}")
        return True
    kinds = _kinds_after_leading_value(ctx, c)
    if len(kinds) > 1:  # "D'une valeur de 2 millions, il s'agit de cigarettes, de drogue et de sucre"
        c.category, c.no_kind = None, True
        c.because("category", "several_kinds", f"value of the goods listed after it: {', '.join(sorted(kinds))}")
    return True


def _kinds_after_leading_value(ctx: Context, c: Candidate) -> set[str]:
    """"Worth R2 million, the goods were cigarettes, cocaine and sugar": a value word opening the sentence, the
    amount right after it, then the goods it is worth listed: the kinds of that list (several: of no one kind)."""
    rx = ctx.lang.value_weak_end_re
    s = ctx.sents[c.sentence]
    before = without_qualifier(ctx.lang, ctx.before_amount(c.number, s.start))
    m = rx.search(before) if rx else None
    if m is None or ctx.terms_in(s.start, c.number.start):
        return set()
    word = ctx.lang.value_weak_word_re.search(ctx.text, s.start, c.number.start)
    if word is None or len(WORD.findall(ctx.text[s.start:word.start()])) > 2:
        return set()  # the value word opens the sentence ("D'une valeur de", "Worth", "Por un valor de")
    return {t.category for _, _, t in ctx.terms_in(c.end_pos, s.end) if t.category}


# between two goods of a list: a comma, up to three words ("und das", "sowie andere", "as well as", "with a
# street" before "value"), quotes around any of them; not a semicolon ("dentro una valigia; la merce, dal valore
# di": the case hid the goods)
_COMMA = re.compile("[,\u201a]")  # a comma, or the low quote some texts write for one
_ITEM_GAP = re.compile(r"[ \u00a0\"“”„'‘’«»]*,?[ \u00a0\"“”„'‘’«»]*(?:[^\W\d_]+[ \u00a0\"“”„'‘’«»]+){0,3}")


def _kinds_listed_before_value_word(ctx: Context, c: Candidate, near: Near) -> tuple[set[str], str]:
    """The kinds of the goods listed right before the value word of an amount ("cocaine, cash and jewellery worth
    ..."): the goods of the list, back from the value word, each item one to three words after the one before."""
    weak = ctx.lang.value_weak_word_re
    s = ctx.sents[c.sentence]
    window = ctx.text[max(s.start, c.number.start - 90):c.number.start]
    m = None
    for m in weak.finditer(window) if weak else ():
        pass
    if m is None or len(WORD.findall(window[m.end():])) > 4:
        return set(), ""
    at = c.number.start - len(window) + m.start()
    # the list starts after the number before it ("20.000 Euro an Bargeld, ein Fahrzeug im Wert von ...")
    start = max([s.start] + [x.end for x in near.nums if x.end <= at])
    goods = [(a, b, t) for a, b, t in ctx.terms_in(start, at) if t.object or t.metric]
    kinds: set[str] = set()
    end = at
    for a, b, t in reversed(goods):
        if not _ITEM_GAP.fullmatch(ctx.text, b, end) or (
                start > s.start and len(WORD.findall(ctx.text[start:a])) <= 2 and not _COMMA.search(ctx.text, start, a)):
            break  # "20.000 Euro an Bargeld, ein Fahrzeug im Wert von": the cash is the amount's before it
        if t.category or t.object == "vehicle":
            kinds.add(t.category or "other")
        end = a
    return kinds, quoted(ctx.text[end:goods[-1][1]] if goods else "")


def nearest_term(ctx: Context, c: Candidate, near: Near) -> bool:
    """The nearest word with a category in the sentence, before the next number. In a release with a dominant kind,
    a word of another kind set apart from the number is not its goods (rule item_set_apart): "120 paquetes, un fusil
    y una radio" (after a comma, another item of the list), "les 40 autres kilos ont été trouvés dans un conteneur de
    bananes" (after the verb that found them, the cover load they were hidden in); the dominant kind decides. A count of
    cases or seizures is no item of a list: "in 69 cases officers found cash" found that kind."""
    if _open(c):
        category, words, span = _nearest_span(ctx, c, near)
        if category is not None and _among_products(ctx, c, span):
            c.category = "counterfeit" if ctx.doc_leading == "counterfeit" else "other"
            c.because("category", "one_of_many_products", f"{quoted(words)} is one of a list of products -> {c.category}")
        elif category is not None and ctx.doc_category not in (None, category) and _set_apart(ctx, c, span) \
                and c.metric not in ("seizures", "detections"):
            c.category = ctx.doc_category
            c.because("category", "item_set_apart", f"{quoted(words)} is another item's -> {c.category}")
        elif category is not None:
            c.category = category
            c.because("category", "nearest_term", f"{quoted(words)} -> {c.category}")
    return True


def _among_products(ctx: Context, c: Candidate, span: tuple[int, int]) -> bool:
    """"12 000 articles, dont des sacs, des ceintures, des montres et des médicaments": the word of a kind is
    one item of a list that names two products of no kind before it: the count is of all of them, goods of several
    kinds ("other"), or fakes of any kind in a release whose words name counterfeits most."""
    a, _ = span
    if a < c.end_pos or c.metric not in ("items", "mass", "volume", "value"):
        return False
    return sum(1 for _, _, t in ctx.terms_in(c.end_pos, a) if _product(t)) >= 2 and "," in ctx.text[c.end_pos:a]


def _set_apart(ctx: Context, c: Candidate, span: tuple[int, int]) -> bool:
    """A comma or a verb of seizure between the number and a word after it. A word before the number, even across a
    comma, is often the topic of its clause ("For explosives, there were six seizures"): not set apart."""
    a, b = span
    if b <= c.number.start:
        return False
    return "," in ctx.text[c.end_pos:a] or any(c.end_pos <= v < a for v, _ in ctx.verbs_of(c.sentence, "seize"))


def _nearest(ctx: Context, c: Candidate, near: Near) -> tuple[str | None, str]:
    best, words, _ = _nearest_span(ctx, c, near)
    return best, words


def _nearest_span(ctx: Context, c: Candidate, near: Near) -> tuple[str | None, str, tuple[int, int]]:
    n = c.number
    nxt = [x for x in near.nums if x.start > n.end]
    limit = nxt[0].start if nxt else ctx.sents[c.sentence].end
    best, dist, words, span = None, None, "", (0, 0)
    for a, b, t in ctx.sentence_terms(c.sentence):
        if not t.category or a >= limit:
            continue
        d = n.start - b if b <= n.start else a - n.end
        if d < 0:
            continue
        if dist is None or d < dist:
            best, dist, words, span = t.category, d, ctx.text[a:b], (a, b)
    return best, words, span


def finds_of_the_sentence(ctx: Context, c: Candidate, near: Near) -> bool:
    """"Bei den 240 Funden ging es um 9.000 gefälschte Uhren", "7 findings, in total: 3 kg of cannabis and 40 g
    of hashish": a count of seizures or finds naming no kind before the next number is about the goods its own
    sentence names, when they are of one kind only; not the release's main kind. Goods of several kinds leave it open."""
    if not _open(c) or c.metric not in ("seizures", "detections"):
        return True
    kinds = {t.category for _, _, t in ctx.sentence_terms(c.sentence) if t.category}
    if len(kinds) == 1 and _goods_counted_after(ctx, c, near):
        c.category = kinds.pop()
        c.because("category", "finds_of_the_sentence", f"{c.metric} in a sentence about {c.category}")
    return True


def _goods_counted_after(ctx: Context, c: Candidate, near: Near) -> bool:
    """A later number of the sentence counts goods of a kind, named within three words after it ("2 770 grams of
    cannabis"): the finds hold goods. A breakdown of offences by cause ("386 for speeding, 314 for driving with
    alcohol in the blood") names a kind of no goods found."""
    end = ctx.sents[c.sentence].end
    for x in near.nums:
        if x.start <= c.end_pos:
            continue
        for a, _, t in ctx.terms_in(x.end, min(end, x.end + 40)):
            if t.category and len(WORD.findall(ctx.text[x.end:a])) <= 3 and not _CLAUSE_BREAK.search(ctx.text, x.end, a):
                return True
    return False


_CARRIED_METRICS = ("items", "mass", "volume", "seizures", "detections")


def goods_of_the_sentence_before(ctx: Context, c: Candidate, near: Near) -> bool:
    """"Gefälschte Markenwaren wurden beschlagnahmt. In 812 Fällen ...", "30 jerricans of ethanol. The haul came to 900
    litres": a quantity or count of finds whose own sentence names no goods at all (no kind, no product, no vehicle)
    goes on about the goods of the sentence right before it in its paragraph, when those are of one kind only and
    no product of no kind is among them ("besides cigarettes, toys were found": the toys)."""
    if not _open(c) or c.metric not in _CARRIED_METRICS or c.sentence == 0:
        return True
    s, prev = ctx.sents[c.sentence], ctx.sents[c.sentence - 1]
    if any(t.category or _product(t) or t.object == "vehicle" for _, _, t in ctx.sentence_terms(c.sentence)) \
            or ctx.paragraph_of(prev.start).start != ctx.paragraph_of(s.start).start:
        return True
    before = ctx.sentence_terms(c.sentence - 1)
    kinds = {t.category for _, _, t in before if t.category}
    if len(kinds) == 1 and "cash" not in kinds and not any(_product(t) for _, _, t in before):
        c.category = kinds.pop()
        c.because("category", "goods_of_the_sentence_before", f"the goods of the sentence before -> {c.category}")
    return True


def dominant(ctx: Context, c: Candidate, near: Near) -> bool:
    """Goods, quantities and seizures with no category word near take the document's dominant category."""
    if _open(c) and c.metric in ("items", "mass", "volume", "value", "seizures"):
        c.category = ctx.doc_category
        if c.category:
            c.because("category", "dominant_category", f"of the document -> {c.category}")
    return True


def worth_of_mixed_goods(ctx: Context, c: Candidate, near: Near) -> bool:
    """"marchandises d'une valeur de 14 millions", "mercancía y vehículos por US$ 70 650", "goods worth R1m": a
    worth that no rule could give one kind (goods of no kind, several kinds lumped together, a whole operation's
    seizures) is the worth of goods of several kinds or of one the contract does not list: "other". Money itself
    has had its rule (cash) before. In a sentence about taxes or duties the amount is a loss to the treasury or
    stands beside one ("retail value of €14,800, a loss to the Exchequer of €11,600"): no category."""
    if c.metric == "value" and c.category is None and not _beside_taxes(ctx, c):
        c.category = "other"
        c.because("category", "worth_of_mixed_goods", "a worth of goods of no one kind -> other")
    return True


def _beside_taxes(ctx: Context, c: Candidate) -> bool:
    rx, s = ctx.lang.tax_re, ctx.sents[c.sentence]
    return bool(rx and rx.search(ctx.text, s.start, s.end))


def unknown(ctx: Context, c: Candidate, near: Near) -> bool:
    """Nothing names a kind of goods: the category stays empty, and the reason says so."""
    if _open(c):
        c.because("category", "no_category", "nothing names a kind of goods")
    return True


def contents_of_the_cover(ctx: Context, c: Candidate, near: Near) -> bool:
    """"six bottles of wine containing liquid cocaine", "40 cajas rellenas de cocaína": a count of containers or of
    cover goods whose own phrase goes on with a word putting goods inside them (`contents_words`) is a count of
    those goods' packaging (figures.md: packaging seized is items of the goods' category), not of the cover's kind
    nor "other". The contents must follow closely, in the same sentence, with no other amount before that word."""
    rx = ctx.lang.contents_re
    if rx is None or c.metric != "items" or c.category in ("cash", "weapons"):
        return True
    end = ctx.sents[c.sentence].end
    m = rx.search(ctx.text, c.end_pos, min(end, c.end_pos + 60))
    if m is None or _DIGIT.search(ctx.text, c.end_pos, m.start()):
        return True
    kinds = [t.category for _, _, t in ctx.terms_in(m.end(), min(end, m.end() + 60)) if t.category]
    if not kinds or kinds[0] == c.category:
        return True
    c.category = kinds[0]
    c.because("category", "contents_of_the_cover", f"{quoted(ctx.text[m.start():m.end()])} -> {c.category}")
    return True


_DIGIT = re.compile(r"\d")


_GOODS_WORDS = re.compile(r"[ \u00a0]+((?:[^\W\d_]{3,}[ \u00a0]+){0,2}[^\W\d_]{3,})")


def _goods_outside_lexicon(ctx: Context, c: Candidate, near: Near) -> str | None:
    """The words naming what is counted, when the lexicon gives them no kind."""
    if c.metric not in ("items", "mass", "volume"):
        return None
    text, head, pos, limit = ctx.text, near.head, c.end_pos, near.limit
    product = next((r.evidence for r in c.reasons if r.rule == "packages_of_a_product"), None)
    if product:  # "90 sacs de cyanure": the product named after the packages is of no kind
        return product.rsplit(" -> ", 1)[0].strip('"')
    if head is not None:
        start, end = next((a, b) for a, b, t in near.terms if t is head)
        if _product(head):
            return text[start:end]
        named = product_named_after(ctx, head, near.terms) if c.resolved_from == "goods" else None
        if named:
            return text[start:named[2]]  # "45 000 unités de cosmétiques": pieces of a product of no kind
        if c.resolved_from != "container":
            return None
        # "12 valises contenant chacune 20 kg de cocaïne": the goods may come after the next number
        named = [(a, b, t) for a, b, t in ctx.terms_in(end, ctx.sents[c.sentence].end) if t.category or t.object]
        if named:
            a, b, t = named[0]
            return text[a:b] if _product(t) and ctx.of_between(end, a) else None
        rest = text[end:limit].lstrip(" \u00a0")
        of = ctx.lang.of_re.match(rest)
        pos = limit - len(rest) + of.end() if of else limit
    elif c.unit != "count" or c.bare:
        return None
    m = _GOODS_WORDS.match(text, pos)
    # things counted inside packages ("45 colis contenant 71 pointeurs laser") are named by their own noun
    inside = any(r.rule == "contents_of_packages" for r in c.reasons)
    if not m or m.end() > limit or not (inside or ctx.doc_category in ctx.lang.closed_categories) \
            or ctx.terms_in(pos, limit) \
            or ctx.lang.function_re.match(m.group(1)) or ctx.lang.stop_re.match(m.group(1)) \
            or ctx.lang.conversion_word_re.fullmatch(m.group(1)) \
            or (m.group(1)[0].isupper() and not m.group(1).split()[0].isupper() and not ctx.lang.nouns_capitalised) \
            or (ctx.lang.numword_re and ctx.lang.numword_re.fullmatch(m.group(1).split()[0])):
        return None  # "pakketten van circa 1 kilo"; "2240 plaquettes dont une ...": a part counted, no goods;
        # "packets of Winston": a brand (a capital where nouns have none; not an acronym, "CPU") of the text's kind
    return m.group(1)


def _product(t) -> bool:
    """A kind of product the lexicon names but gives no category (shoes, phones, clothes)."""
    return t.metric is None and t.object == "product" and t.category is None


def _open(c: Candidate) -> bool:
    """No rule has decided the category yet, and the metric has one."""
    return c.category is None and not c.no_kind and c.metric not in NULL_CATEGORY_METRICS


def _listed_kinds(ctx: Context, pos: int, limit: int) -> list[str]:
    """The categories of a list of kinds that goes on after a comma ("of drugs, counterfeits and tobacco"): pieces
    made of category nouns, partitive prepositions and conjunctions only; the list ends at a piece saying anything else."""
    text, lang = ctx.text, ctx.lang
    found: list[str] = []
    while pos < limit and text[pos] == ",":
        hs = HARD_STOP.search(text, pos + 1, limit)
        end = hs.start() if hs else limit
        terms = [(a, b, t) for a, b, t in ctx.terms_in(pos + 1, end) if t.category]
        if not terms or any(t.metric for _, _, t in terms):
            break  # the list has ended (", soit une hausse de 12 %")
        rest, last = [], pos + 1
        for a, b, _ in terms:
            rest.append(text[last:a])
            last = b
        rest.append(text[last:end])
        if not all(lang.of_re.fullmatch(w.group(0)) or lang.conjunction_re.fullmatch(w.group(0))
                   for w in WORD.finditer(" ".join(rest))):
            break
        found += [t.category for _, _, t in terms]
        if not hs or text[hs.start()] != ",":
            break
        pos = hs.start()
    return found


def _category_of_valued_goods(ctx: Context, start: int) -> str | None:
    """The category of the goods a value word follows ("pangolin scales worth", "le cannabis, d'une valeur de")."""
    weak = ctx.lang.value_weak_word_re
    if not weak:
        return None
    window = ctx.text[max(0, start - 90):start]
    m = None
    for m in weak.finditer(window):
        pass
    if m is None or len(WORD.findall(window[m.end():])) > 4:
        return None
    at = start - len(window) + m.start()
    goods = [(a, t) for a, b, t in ctx.terms_in(at - 40, at)
             if (t.category or _product(t) or t.metric == "goods" or t.object == "vehicle") and (t.object or t.metric)
             and len(WORD.findall(ctx.text[b:at])) <= 3]
    if not goods:
        return None
    a, last = goods[-1]
    if last.category:
        return last.category
    if last.object == "vehicle":
        return "other"  # a vehicle valued is goods of its own kind
    if _product(last):
        # "des téléphones et accessoires d'une valeur de 2 millions": products of no kind are "other" (a kind named
        # further on is another item's), unless a word of their own phrase gives one ("des montres contrefaites");
        # any product can be fake, so not in a release about counterfeits
        own = [t.category for _, _, t in ctx.terms_in(max(0, a - 12), at) if t.category]
        return own[-1] if own else None if ctx.doc_category == "counterfeit" else "other"
    # goods of no kind ("merchandise worth", "mercadorias avaliadas em") are a value of several kinds: a kind
    # named after the amount is one part of them
    return _MIXED


def _seized_directly(ctx: Context, c: Candidate) -> bool:
    s = ctx.sents[c.sentence]
    lang = ctx.lang
    before = without_qualifier(ctx.lang, ctx.before_amount(c.number, s.start))
    if BULLET_ONLY.fullmatch(before) and ctx.in_seized_bullets(c.sentence):
        return True  # "• Plus de 3500$;" in a list of what was seized
    rx = lang.verb_re.get("seize")
    if not rx:
        return False
    if lang.value_weak_end_re and lang.value_weak_end_re.search(before):
        return False  # "a ton of cocaine worth £100 million was seized": the value of the goods, not money
    # "45 000 euros saisis", "€2,000 was seized"
    after = ctx.text[c.end_pos:min(s.end, c.end_pos + 40)]
    if lang.value_weak_word_re and lang.value_weak_word_re.match(after.lstrip(" \u00a0")):
        return False  # "seized P10 million worth of shabu": the worth of goods
    m = lang.auxiliary_re.match(after)
    if rx.match(after, m.end()) or lang.seized_after_item_re.match(ctx.text, c.end_pos, min(s.end, c.end_pos + 70)):
        return True
    last = None
    # read on to the sentence's end: a split verb looks ahead for its particle ("nam ... in beslag")
    for m in rx.finditer(ctx.text[max(s.start, c.number.start - 40):s.end]):
        if m.end() <= len(before):
            last = m
    if lang.verb_final and _verb_closes_list(ctx, c, rx, s.end):
        return True
    if last is None:
        return False
    if lang.verb_final and (_CLAUSE_TAIL.fullmatch(ctx.text, c.end_pos, s.end) or _particle_then_place(ctx, c, s.end)) \
            and "," not in before[last.end():]:
        return True  # "trof de politie 12.000 euro aan": a split verb whose particle closes the clause right after it
    links = "|".join(lang.seizure_links) or "(?!x)x"
    return re.fullmatch(rf"\s*(?:(?:{links})\s*)?", before[last.end():]) is not None


def _verb_closes_list(ctx: Context, c: Candidate, rx: re.Pattern, end: int) -> bool:
    """"heeft de FIOD 44.000 euro, een kluis en een auto meegenomen": in a verb-final clause the amount opens a list
    of things (no other number) that the seizure participle closing the sentence takes."""
    tail = ctx.text[c.end_pos:end]
    if not tail.lstrip(" \u00a0").startswith(",") or re.search(r"[\d;:()]", tail) or len(WORD.findall(tail)) > 10:
        return False
    last = None
    for last in rx.finditer(tail):
        pass
    return last is not None and not tail[last.end():].strip(" \u00a0.!?\n")


_CLAUSE_TAIL = re.compile(r"[ \u00a0]+(?:[^\W\d_]+[ \u00a0]*){1,2}[.;!?]?\s*")
_PARTICLE = re.compile(r"[ \u00a0]+[^\W\d_]+[ \u00a0]+([^\W\d_]+)[ \u00a0]")
_PLACE_TAIL = re.compile(r"[^\d,;:()]{0,60}[.;!?]?\s*")


def _particle_then_place(ctx: Context, c: Candidate, end: int) -> bool:
    """"trof de douane 3.000 euro aan in de koffer van een reiziger": the particle of a split verb, then only a phrase of place
    (a place preposition first, no number nor clause mark) to the end of the sentence."""
    m = _PARTICLE.match(ctx.text, c.end_pos, end)
    return m is not None and ctx.lang.place_prep_end_re.match(m.group(1)) is not None \
        and _PLACE_TAIL.fullmatch(ctx.text, m.end(), end) is not None
