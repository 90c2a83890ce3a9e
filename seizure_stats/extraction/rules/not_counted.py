"""Numbers that stand beside words which count nothing seized: a person's age set off after the noun that names
them ("a woman, 34, and a man, 27"), the digits of a name (a product, a model, a mission: "Tonic 150", "Kestrel 7",
"ZEPHYR 4"), and the staff of an operation ("a hundred police officers took part"). figures.md lists ages and
staff numbers among the numbers that are no figures; a number that belongs to a name is no quantity at all."""
from __future__ import annotations

import re

from seizure_stats.extraction.candidate import Candidate, Near
from seizure_stats.extraction.context import Context, without_qualifier
from seizure_stats.extraction.numbers import parse_number_words

# the age's opening mark right after the person noun: a comma or a bracket
_AGE_OPEN = re.compile(r"[ \u00a0]*(?P<open>[,(])[ \u00a0]*$")
# what closes an age: a comma, a semicolon, a full stop (not a decimal), a bracket, the end of the text
_AGE_END = re.compile(r"[ \u00a0]*(?:[,;)]|\.(?!\d)|$)")
_NEXT_WORD = re.compile(r"[ \u00a0]+([^\W\d_][\w'’-]*)")


def age_after_person(ctx: Context, c: Candidate, near: Near) -> bool:
    """"a woman, 34, and a man, 27, were arrested", "ein Mann (45)", "twee mannen van 41 en 52": a two-digit number
    set off right after a noun the lexicon counts people with (a comma or a bracket, or "of" and nothing counted
    after it), alone or with a second number paired to it, is the person's age (figures.md: ages are no
    figures). A bracket needs an indefinite article before the noun ("ein Mann (45)"): a plural noun with a
    bracket may give its count ("suspects (12)"). Two people named by their town ("twee Utrechters van 27 en
    44") are people too: the lexicon cannot list every town's inhabitants."""
    n, text, lang = c.number, ctx.text, ctx.lang
    if c.unit != "count" or n.scaled or n.words or not n.plain_digits or not 10 <= n.value <= 99:
        return True
    s = ctx.sents[c.sentence]
    people = [(a, b) for a, b, t in ctx.terms_in(max(s.start, n.start - 60), n.start) if t.metric == "person"]
    first = n.start
    pair = lang.pair_before_re.search(text, max(s.start, n.start - 20), n.start)
    if pair:  # the second age of a pair: read the words before the first
        first = pair.start()
    people = _inhabitants_before(ctx, c, first) or people  # people named by their town: nearest to the pair
    if not people:
        return True
    a, b = people[-1]
    gap = text[b:first]
    opened = _AGE_OPEN.fullmatch(gap)
    if opened and (not _ends_its_phrase(ctx, c, first)
                   or (opened.group("open") == "(" and not _indefinite_before(ctx, a))):
        return True
    if not opened and not (lang.of_re.fullmatch(gap.strip(" \u00a0")) and _counts_nothing_after(ctx, c, first)):
        return True
    c.metric = None
    c.because("metric", "age_after_person", f"{text[a:b]!r} then {text[b:n.end]!r}")
    return False


# a count in digits or words, then one capitalised word inside lower-case prose, then "of" and the pair
_COUNT_THEN_NAME = re.compile(r"(?<![\w.])(?P<count>\d{1,2}|[^\W\d_]+)[ \u00a0]+(?P<noun>[A-ZÀ-Ý][a-zà-ÿ'’-]+)"
                              r"(?P<gap>[ \u00a0]+[^\W\d_]+[ \u00a0]+)$")


def _inhabitants_before(ctx: Context, c: Candidate, first: int) -> list[tuple[int, int]]:
    """"twee Utrechters van 27 en 44", "deux Lyonnais de 24 et 31": people named by where they live (a
    capitalised noun the lexicon does not know, in a language whose nouns are lower case) after a count of two,
    then "of" and a pair of numbers: one age each. Returned as the span of the noun."""
    lang, text, n = ctx.lang, ctx.text, c.number
    if lang.nouns_capitalised or (first == n.start and not lang.pair_after_re.match(text, n.end)):
        return []  # a pair: the first number has its second after it, the second its first before
    m = _COUNT_THEN_NAME.search(text, max(0, first - 60), first)
    if m is None or not lang.of_re.fullmatch(m.group("gap").strip(" \u00a0")):
        return []
    count = m.group("count")
    return [(m.start("noun"), m.end("noun"))] if count == "2" or parse_number_words(count, lang) == 2 else []


def _ends_its_phrase(ctx: Context, c: Candidate, first: int) -> bool:
    """Nothing counted after the number (or the pair it closes): a closing mark comes next."""
    text, n, lang = ctx.text, c.number, ctx.lang
    end = n.end
    paired = lang.pair_after_re.match(text, end) if first == n.start else None
    if paired:
        end = paired.end()
    return bool(_AGE_END.match(text, end))


def _counts_nothing_after(ctx: Context, c: Candidate, first: int) -> bool:
    """No noun of the lexicon right after the number (or the pair it closes): "two men of 36 and 61 were held"
    gives ages, "a group of 45 people" a count."""
    text, n, lang = ctx.text, c.number, ctx.lang
    end = n.end
    paired = lang.pair_after_re.match(text, end) if first == n.start else None
    if paired:
        end = paired.end()
    word = _NEXT_WORD.match(text, end)
    if word is None:
        return True
    nxt = ctx.terms_in(word.start(1), word.end(1) + 40)
    return not (nxt and nxt[0][0] == word.start(1) and (nxt[0][2].metric or nxt[0][2].object))


def _indefinite_before(ctx: Context, pos: int) -> bool:
    """An indefinite article ("a", "ein", "une", "een") among the two words before `pos`."""
    words = re.findall(r"[^\W\d_]+", ctx.text[max(0, pos - 25):pos].lower())[-2:]
    return any(w in ctx.lang.articles for w in words)


# a capitalised word (letters, digits or hyphens after its capital) right before the number, one space between
_NAME_WORD = re.compile(r"(?<![\w.'’-])(?P<word>[A-ZÀ-Ý][\w-]*)[ \u00a0]$")
_SENTENCE_LEAD = re.compile(r"[\s\"'«“(\[•*–—-]*$")


def part_of_a_name(ctx: Context, c: Candidate, near: Near) -> bool:
    """"320 flacons de Vita Tonic Syrup 150", "modelo Kestrel 7", "(ZEPHYR 4)", "Flight 302": a bare number of
    digits right after a capitalised word inside its sentence, with nothing counted after it, is part of a name
    (a product, a model, a mission, a road marker), not a count. A place or a country before it binds it as a
    share ("Italy 460"), and a word of the lexicon is what it counts ("Cocaína 28"): neither is a name. Where every
    noun is capitalised (de), only an acronym is taken for a name."""
    n, text = c.number, ctx.text
    if c.unit != "count" or n.scaled or n.words or not n.plain_digits or near.head is not None:
        return True
    s = ctx.sents[c.sentence]
    m = _NAME_WORD.search(text, max(s.start, n.start - 40), n.start)
    if m is None or m.end() != n.start or _SENTENCE_LEAD.fullmatch(text, s.start, m.start()):
        return True
    a, b = m.span("word")
    if ctx.lang.nouns_capitalised and not m.group("word").isupper():
        return True  # German writes every noun with a capital: "im Folgejahr 45" counts; "(ZEPHYR 4)" names
    if any(x.end >= b - 1 for x in ctx.mentions_between(max(s.start, a - 40), n.start)):
        return True
    if any(True for _ in ctx.terms_in(a, b)) or _known_word(ctx, m.group("word")):
        return True
    if not ctx.bare(n.end, s.end):
        return True
    c.metric = None
    c.because("metric", "part_of_a_name", repr(text[a:n.end]))
    return False


_WORDS = re.compile(r"[^\W\d_]{4,}")
_WORD_OR_COMMA_END = re.compile(r"(?:[^\W\d_]|,)[ \u00a0]+$")


def capitalised_number_word(ctx: Context, c: Candidate, near: Near) -> bool:
    """"made in Regions Four, Six and Ten", "la Brigata Tre", "Zona Cinco": a number written in words with a
    capital inside a sentence of lower-case prose is a name (a region, a unit, a district), not a count. Where
    every noun is capitalised (de) nothing is told by it, nor in a title-cased heading ("Police Seize Two
    Tonnes")."""
    n, text = c.number, ctx.text
    if not n.words or ctx.lang.nouns_capitalised or not text[n.start:n.start + 1].isupper():
        return True
    s = ctx.sents[c.sentence]
    lead = _WORD_OR_COMMA_END.search(text, max(s.start, n.start - 40), n.start)
    if lead is None:
        return True  # opening its sentence, a line or an item ("Accessoires : Huit chargeurs")
    words = _WORDS.findall(text, s.start, s.end)
    if len(words) < 8 or sum(w[0].isupper() for w in words) * 2 > len(words):
        return True  # a heading or a short line: capitals tell nothing
    c.metric = None
    c.because("metric", "capitalised_number_word", repr(text[n.start:n.end]))
    return False


def _known_word(ctx: Context, word: str) -> bool:
    """A month, a unit, a scale or a qualifier of the language: not the end of a name."""
    lang = ctx.lang
    return bool(lang.month_before_re.search(word) or lang.scale_re.fullmatch(word)
                or lang.qualifier_re.search(word + " ") or lang.place_prep_end_re.search(word))


def staff_count(ctx: Context, c: Candidate, near: Near) -> bool:
    """"honderd politiemensen waren betrokken", "200 agents ont participé", "500 officers took part": a count of
    the people who enforce the law (the language's `officer_words`, one adjective allowed between) is the staff
    of the operation (figures.md: staff numbers are no figures), unless a verb of arrest in its sentence says
    they were arrested themselves ("4 policías detenidos") and no possessive before the number makes them a
    service's own ("with its 300 officers")."""
    n, text, lang = c.number, ctx.text, ctx.lang
    m = lang.officers_re.match(text, n.end) if c.unit == "count" else None
    if m is None:
        return True
    words = text[n.end:m.end()].split()
    if len(words) > 1 and (lang.function_re.fullmatch(words[0]) or lang.of_re.fullmatch(words[0])
                           or lang.copula_article_re.fullmatch(" " + words[0] + " ")):
        return True  # "764 alle autorità sanitarie": reported to the authorities, not staff
    s = ctx.sents[c.sentence]
    arrest = lang.verb_re.get("arrest")
    own = lang.possessive_end_re is not None and lang.possessive_end_re.search(text, max(s.start, n.start - 20), n.start)
    if arrest is not None and not own and arrest.search(text, s.start, s.end):
        return True  # "4 policías detenidos"; but "mit seinen 350 Mitarbeitern": a service's own staff
    c.metric = None
    c.because("metric", "staff_count", repr(text[n.start:m.end()].strip()))
    return False


# what may stand between a limit word and the number it sets: a few words, no clause mark, no other number
_LIMIT_GAP = re.compile(r"[ \u00a0]*(?:[-–][ \u00a0]*)?(?:[^\W\d_][\w'’]*[ \u00a0]+){0,4}(?:[^\W\d_][\w'’]*)?[ \u00a0]*")


def legal_limit(ctx: Context, c: Candidate, near: Near) -> bool:
    """"mehr als die erlaubte Menge von 200 Stück", "il est interdit de rapporter plus de
    trois cartouches", "la soglia di 10.000 euro": a number a few words after a word of a legal limit or allowance (the
    language's `limit_words`), in its clause, is the limit the law sets, not an amount seized."""
    rx, n, text = ctx.lang.limit_re, c.number, ctx.text
    if rx is None:
        return True
    s = ctx.sents[c.sentence]
    last = None
    for last in rx.finditer(text, max(s.start, n.start - 70), n.start):
        pass
    if last is None or not _LIMIT_GAP.fullmatch(text, last.end(), n.start):
        return True
    c.metric = None
    c.because("metric", "legal_limit", repr(text[last.start():n.end]))
    return False


def cover_load(ctx: Context, c: Candidate, near: Near) -> bool:
    """"a droga seguia num carregamento de 40 toneladas de açúcar", "found in a shipment of 20 tonnes of
    bananas": a weight or volume right after a load the goods were hidden in (the language's `load_words`, a
    qualifier allowed between), of goods the lexicon names no object for or of another kind than the release's,
    is the cover load's, not the amount seized ("in a shipment of 300 kg of cocaine" names its goods and stays)."""
    rx, n = ctx.lang.load_re, c.number
    if rx is None or c.metric not in ("mass", "volume"):
        return True
    if c.object is not None and not (ctx.doc_category and c.category not in (None, ctx.doc_category)):
        return True  # goods named, of the release's kind
    s = ctx.sents[c.sentence]
    before = without_qualifier(ctx.lang, ctx.text[max(s.start, n.start - 60):n.start])
    m = rx.search(before)
    if m is None:
        return True
    c.metric = None
    c.because("metric", "cover_load", repr(m.group(0).strip()))
    return False


def countries_referred_to(ctx: Context, c: Candidate, near: Near) -> bool:
    """"a statement common to the two countries", "nei due paesi", "los cinco países megadiversos": a number of
    countries spelled out right after a definite article (or a preposition that holds one: "aux", "nei") points back
    at countries the text has named or describes a class of them; it does not count the countries taking part."""
    n, lang = c.number, ctx.lang
    if c.metric != "participating_countries" or not n.words:
        return True
    before = ctx.text[max(0, n.start - 12):n.start]
    m = lang.article_end_re.search(before) or _ARTICLED_PREP_END.search(before)  # not "in six countries"
    if m is None:
        return True
    c.metric = None
    c.because("metric", "countries_referred_to", repr(ctx.text[n.start - len(m.group(0).lstrip()):n.end]))
    return False


# prepositions with an article inside them ("nei", "negli", "aux", "dos", "nos", "das", "nas"): spelled the same in
# every text of their language, they end the words before a number whatever the language file lists
_ARTICLED_PREP_END = re.compile(r"(?<!\w)(?:nei|negli|dei|degli|ai|agli|aux|des|dos|das|nos|nas|aos|às|del)[ \u00a0]+$",
                                re.IGNORECASE)


# between the amount of the goods and the packing preposition: a few words, no number, no clause mark
_GOODS_WORDS = re.compile(r"[ \u00a0]*(?:[^\W\d_][\w'’.-]*[ \u00a0]+){0,8}")


def goods_in_containers(ctx: Context, c: Candidate, near: Near) -> bool:
    """"57 kg of heroin among 60 cartons of fruit", "7 litros de cocaína em oito garrafas de vinho", "210 kilos de
    cocaína preparados en diez sacos": a count of packages or parcels right after a packing preposition (the
    language's `packing_prepositions`), itself right after an amount of goods in the same clause, counts the
    packaging the goods were in. The contract makes such a count optional; read as items it takes the kind of the
    cover goods ("chicken pate", "wine") and is an error, so it is no figure. Words that say the goods were packed
    ("packed in", "suddivisi in") stay with rule packed_goods: such packages are the goods' own pieces."""
    rx, previous, head = ctx.lang.packing_prep_end_re, near.previous, near.head
    if rx is None or c.metric not in ("items", "checks") or head is None or previous is None \
            or previous.sentence != c.sentence or previous.metric not in ("mass", "volume") \
            or previous.end_pos > c.number.start or not _packaging(c, head, previous):
        return True
    between = without_qualifier(ctx.lang, ctx.text[previous.end_pos:c.number.start])
    m = rx.search(between)
    if m is None or not _GOODS_WORDS.fullmatch(between, 0, m.start()):
        return True
    if ctx.lang.packed_re is not None and ctx.lang.packed_re.search(between):
        return True  # "60 kg di hashish suddivisi in 120 panetti": pieces of the goods, rule packed_goods
    c.metric = None
    c.because("metric", "goods_in_containers", repr(between.strip()))
    return False


def _packaging(c: Candidate, head, previous: Candidate) -> bool:
    """A package or parcel noun, or goods of another kind than the amount before ("garrafas de vinho" after liquid
    cocaine): what the goods were packed in or hidden among."""
    if head.metric == "container":
        return head.object in ("package", "parcel")
    return bool(c.category and previous.category and c.category != previous.category)
