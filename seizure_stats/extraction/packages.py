"""Goods in packages or pieces, counted with no verb that says what happened to them: packed goods, the weight of
each package, goods of a kind, packages of a product, pieces of the goods named before. Kept apart from
`rules/counted.py` because a container or goods noun far from its verb needs the words around it, not a verb, to
be counted as goods seized; `resolved_by_verb` asks these once the verb has said nothing."""
from __future__ import annotations

import re

from seizure_stats.extraction.candidate import Candidate, Near
from seizure_stats.extraction.context import Context, without_qualifier
from seizure_stats.extraction.evidence import figure_words, term_words
from seizure_stats.extraction.lexicon import UNIT_FACTORS, unit_of
from seizure_stats.extraction.reasons import quoted
from seizure_stats.extraction.goods_lists import list_of_goods_goes_on
from seizure_stats.extraction.terms import product_named_after

_WEIGHTS = {u for u, (base, _) in UNIT_FACTORS.items() if base == "kg"}


_WEIGHT_AFTER = re.compile(r"[ \u00a0]*(?:[^\W\d_]+[ \u00a0]+){0,3}(?=\d)")  # "con un total de 2.320 kilos"


_SPACES = re.compile(r"[ \u00a0]*")
_COMMA_GAP = re.compile(r"[ \u00a0]*,?")


def packed_words(ctx: Context, c: Candidate, near: Near) -> str | None:
    """The words that say goods were packed in the parcels or packages counted, or None: a packing word right before
    the number ("emballée dans 761 paquets", "verpakt in 14 pakketten"), goods of a kind and a place preposition
    ("la drogue dans 1023 paquets"), or a weight each package has ("30 pakketten van ongeveer 2 kilo"). Goods merely
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
    """"30 pakketten van ongeveer 2 kilo", "40 Pakete jeweils ca. 1 kg": the packages counted and "of" (or the
    language's words for each one's size) a weight (two words may come between)."""
    lang, s = ctx.lang, ctx.sents[c.sentence]
    end = next((b for _, b, t in near.terms if t is near.head), None)
    of = lang.of_re.match(ctx.text, _SPACES.match(ctx.text, end).end()) if end is not None else None
    if of is None and end is not None and lang.each_of_re is not None:
        # "40 Pakete jeweils ca. 950 Gramm", "25 tabletes, de cerca de 1 kg cada": the language's words
        # for the size of each, a comma allowed before them
        of = lang.each_of_re.match(ctx.text, _COMMA_GAP.match(ctx.text, end).end())
    gap = _WEIGHT_AFTER.match(ctx.text, of.end(), s.end) if of else None
    nums = [x for x in near.nums if gap and x.start == gap.end()]
    unit = lang.unit_re.match(ctx.text, nums[0].end, s.end) if nums else None
    if unit is None or unit_of(lang, unit) not in _WEIGHTS:
        return None
    return quoted(ctx.text[c.number.start:unit.end()])


def goods_of_a_kind(ctx: Context, c: Candidate, near: Near) -> str | None:
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
    named = goods_named_after(ctx, head, near.terms) or product_named_after(ctx, head, near.terms)
    if named:
        if named[1].category is None:
            c.because("metric", "units_of_a_product", f"{quoted(ctx.text[named[0]:named[2]])} -> items", add=True)
        return quoted(ctx.text[named[0]:named[2]])
    return _label_of_kind(ctx, c) or _goods_before_bracket(ctx, c) or _pieces_of_the_goods_before(ctx, c, near) \
        or _brand_of_the_goods_before(ctx, c, near)


_PRODUCT_WORD = re.compile(r"[ \u00a0]*([^\W\d_][\w'’-]{2,})")


def packages_of_a_product(ctx: Context, c: Candidate, near: Near) -> str | None:
    """"12 tonnes de riz, 3 200 cartons d'huile de moteur, ...", "3 tonnes of rice, 150 rolls of cable and ...":
    an item of a list of goods (the previous item goods counted or weighed, only a comma or a conjunction between)
    that counts packages or pieces "of" a noun the lexicon does not know (no function word, no number) counts
    units of a product, goods whatever their kind; the words, or None."""
    head, lang, text = near.head, ctx.lang, ctx.text
    if head is None or head.category or head.metric not in ("container", "goods") \
            or not list_of_goods_goes_on(ctx, c, near.previous):
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


_BRAND = re.compile(r"[ \u00a0]*([A-Z][\w'’-]+)")


def _brand_of_the_goods_before(ctx: Context, c: Candidate, near: Near) -> str | None:
    """"officers found 5000 packets of cigarettes. There were 1200 packets of Brand A; 800 packets of Brand B":
    packages "of" a name (a brand), counted after the same packages of goods of a kind in this sentence or the
    previous one, are those goods."""
    head = near.head
    if head is None or head.category or head.metric not in ("container", "goods") or ctx.lang.nouns_capitalised:
        return None
    end = next(b for _, b, t in near.terms if t is head)
    of = ctx.lang.of_re.match(ctx.text, _SPACES.match(ctx.text, end).end())
    brand = _BRAND.match(ctx.text, of.end(), near.limit) if of else None
    if brand is None or ctx.lang.function_re.fullmatch(brand.group(1).lower()) \
            or any(m.start <= brand.start(1) < m.end for m in ctx.mentions):
        return None  # "packets of The ...", "cartons of Nigeria": no brand
    earlier = ([near.previous] if near.previous is not None and near.previous.sentence == c.sentence else []) \
        + list(reversed(near.earlier))
    goods = next((e for e in earlier if e.object == head.object and e.category and e.metric == "items"), None)
    if goods is None:
        return None
    words = figure_words(ctx, goods)
    c.object, c.category = goods.object, goods.category
    c.because("category", "brand_of_the_goods_before", f"{quoted(brand.group(1))} of {words} -> {c.category}")
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


def goods_named_after(ctx: Context, head, terms):
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
