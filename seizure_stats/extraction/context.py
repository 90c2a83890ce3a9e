"""The document context: what every rule reads about a document, worked out once before its numbers are read.

The text and its language data, sentences and paragraphs, the lexicon terms, the verbs of each sentence, the
country mentions (settled against the home country), the home country with the evidence that made it, the
source's currency, the document's period and dominant category. The look-ups here are pure: they answer the same
for every number, so rules can share them without importing each other.
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections import Counter
from functools import cached_property, lru_cache
from itertools import islice

from seizure_stats.extraction import country as country_evidence, document, money, world
from seizure_stats.extraction.candidate import Candidate
from seizure_stats.extraction.lexicon import Language, Term, every_language
from seizure_stats.extraction.reasons import quoted
from seizure_stats.extraction.terms import find_terms
from seizure_stats.extraction.text import Mention, Span, country_mentions, mark_nationalities, mark_origins

# a line break ends the words after a number, unless the sentence goes on in lower case on the next line (a text
# wrapped by hand: "40 million\ncigarettes seized")
HARD_STOP = re.compile(r"[,;:()\[\]\"«»“”!?|•]|\n(?![a-zà-öø-ÿ])|\.(?:\s|$)|\s[-–—]\s")
WORD = re.compile(r"[^\W\d_]+(?:[-'’][^\W\d_]+)*", re.UNICODE)
_PAREN = re.compile(r"\s*\((?:[^()]{0,40})\)")
_DIGIT = re.compile(r"\d")
_WORD_START = re.compile(r"(?<!\w)\w")
CURRENCY_END = re.compile(r"(?:[€$£¥]|US\$|\b[A-Z]{3})\s*$")  # a sign or ISO code ending a window
_BULLET = re.compile(r"\s*[•·▪‣◦*–—-]\s")
_LABEL_LINE = re.compile(r"\s*[^\W\d_][^\n:.]{0,40}:[ \u00a0]*\d[^\n]{0,30}$", re.MULTILINE)  # "Geld: 790 euro"
BULLET_ONLY = re.compile(r"\s*[•·▪‣◦*–—-]?\s*")  # nothing but a bullet mark: the start of a list item
_LEADING_SPACE = re.compile(r"[\s\u00a0]*")


_OF_GAP = re.compile(r"[ \u00a0]*(?:[^\W\d_]+[ \u00a0]+){0,2}")
_LIST_ITEMS = re.compile(r"(?:,[ \u00a0]+\d+(?:[.,]\d+)*)+")  # ", 80, 12" before the last pair of a list

_CAPITAL_WORD = re.compile(r"[^\W\d_][\w'’-]*")
# between a capitalised word and the next word of a name: a space, or a particle of a place name in any language
# ("Bureau of Customs", "Guardia di Finanza"): names keep the particles of their own language
_NAME_GAP = re.compile(rf"[ \u00a0]+(?:(?:{'|'.join(every_language('place_particles'))})[ \u00a0]+)?")


def _in_a_name(text: str, start: int, end: int, a: int, b: int) -> bool:
    """"the Inspection Terminal", "upon Joint Examination": in a language whose nouns take no capital, a verb or
    action noun written with a capital inside its sentence, a capitalised word right before or after it, is part of
    a name (a place, a unit, a procedure), no act done to what is counted; a headline written in capitals throughout
    keeps its verbs ("Customs Seize 2 Tonnes")."""
    if not text[a:a + 1].isupper() or not text[start:a].strip(" \u00a0\"“«'‘\n"):
        return False
    before = _CAPITAL_WORD.fullmatch(text, *_last_word(text, start, a)) if a > start else None
    gap = _NAME_GAP.match(text, b)
    after = _CAPITAL_WORD.match(text, gap.end()) if gap else None
    if not ((before and before.group(0)[0].isupper()) or (after and after.group(0)[0].isupper())):
        return False
    words = _CAPITAL_WORD.findall(text, start, end)
    return sum(w[0].isupper() for w in words) * 2 < len(words)


def _last_word(text: str, start: int, a: int) -> tuple[int, int]:
    """The span of the word right before position `a` (one space between), or an empty span."""
    end = a - 1 if a - 1 >= start and text[a - 1] in " \u00a0" else a
    i = end
    while i > start and (text[i - 1].isalpha() or text[i - 1] in "'’-"):
        i -= 1
    return (i, end) if i < end and end < a else (a, a)


class Context:
    def __init__(self, text: str, lang: Language, sents: list[Span], paras: list[Span], mentions: list[Mention],
                 terms: list[tuple[int, int, Term]], *, default_country: str | None,
                 home_reason: tuple[str, str] | None, currency: str | None, period: tuple[str | None, str | None],
                 reporting_country: str | None = None):
        self.text = text
        self.lang = lang
        self.sents = sents
        self.paras = paras
        self._para_starts = [p.start for p in paras]  # paragraph_of is asked per number
        self.mentions = mentions
        self.mention_starts = [m.start for m in mentions]
        self.default_country = default_country
        self.home_reason = home_reason  # the rule and evidence of default_country (reasons.py)
        # the national country the evidence named before a multi-country operation made the text international:
        # whose services report it ("die Aktion lag in Deutschland bei ZKA und BKA")
        self.reporting_country = reporting_country
        self.currency = currency  # what a bare "$" means, when the source says
        self.period = period  # the document's own period: a figure's unless its sentence names a year
        self.terms = terms
        self._term_starts = [t[0] for t in terms]
        self._verbs: dict[tuple[int, str], list[tuple[int, int]]] = {}  # (sentence, verb class) -> verbs
        self._terms: dict[int, list[tuple[int, int, Term]]] = {}
        self._years: dict[int, int | None] = {}
        self._signs: dict[int, re.Match | None] = {}  # number start -> the sign or word glued before it
        self._bullets: dict[int, bool] = {}  # sentence -> an item of a bulleted list of things seized
        self.doc_category, self.doc_theme = _dominant_kinds(terms)
        # the kind most of its words name, however small its share: fakes lead a release where any product may be one
        self.doc_leading = _category_share(terms)[0]

    # ---- words of the document ------------------------------------------------------------------------------
    def terms_in(self, a: int, b: int) -> list[tuple[int, int, Term]]:
        i = bisect_left(self._term_starts, a)
        out = []
        while i < len(self.terms) and self.terms[i][0] < b:
            if self.terms[i][1] <= b:
                out.append(self.terms[i])
            i += 1
        return out

    def sentence_terms(self, si: int) -> list[tuple[int, int, Term]]:
        if si not in self._terms:
            s = self.sents[si]
            self._terms[si] = self.terms_in(s.start, s.end)
        return self._terms[si]

    def sentence_verbs(self, si: int) -> dict[str, list[tuple[int, int]]]:
        return {cls: self.verbs_of(si, cls) for cls in self.lang.verb_re}

    def verbs_of(self, si: int, cls: str) -> list[tuple[int, int]]:
        """The verbs of class `cls` in sentence `si`. Each class is looked for only when a rule asks for it: most
        numbers need one or two of the classes."""
        key = (si, cls)
        if key not in self._verbs:
            rx = self.lang.verb_re.get(cls)
            s = self.sents[si]
            found = [(m.start() + s.start, m.end() + s.start) for m in rx.finditer(self.text[s.start:s.end])] \
                if rx else []
            if found and not self.lang.nouns_capitalised:
                found = [v for v in found if not _in_a_name(self.text, s.start, s.end, *v)]
            self._verbs[key] = found
        return self._verbs[key]

    def sentence_year(self, si: int) -> int | None:
        """The one year sentence `si` names (document.year_of_sentence), read once for all its numbers."""
        if si not in self._years:
            s = self.sents[si]
            self._years[si] = document.year_of_sentence(self.text[s.start:s.end], self.lang)
        return self._years[si]

    def glued_sign(self, n) -> re.Match | None:
        """The local sign or currency word right before number `n` (money.glued_sign), read once per number."""
        if n.start not in self._signs:
            self._signs[n.start] = money.glued_sign(self.text, n.start, self.lang.code)
        return self._signs[n.start]

    def before_amount(self, n, floor: int = 0) -> str:
        """The 40 characters before a number (from `floor` on), up to its currency sign or code: "around |P10",
        "mehr als |EUR 5", so that the words before an amount read as they would before a bare number."""
        m = self.glued_sign(n)
        sign_start = n.start - len(m.string) + m.start() if m else n.start
        return money.without_sign_or_code_end(CURRENCY_END, self.text[max(floor, n.start - 40):sign_start])

    def pair_unit(self, n) -> re.Match | None:
        """The unit after the pair `n` opens ("33 y 160 kilos"); none for a range ("20 to 30 kg": its upper bound)."""
        lang, text = self.lang, self.text
        items = _LIST_ITEMS.match(text, n.end)  # "170, 80 y 50 kilogramos": a list of three takes it too
        pm = lang.pair_after_re.match(text, items.end() if items else n.end) if lang.pair_after_re else None
        if pm is None or lang.range_opener_end_re.search(text[max(0, n.start - 30):n.start]):
            return None
        return lang.unit_re.match(text, pm.end())

    def of_between(self, end: int, start: int) -> bool:
        """Only "of" / "de" / "di" and at most two words between `end` and `start` ("cartons of assorted ...")."""
        gap = self.text[end:start].lstrip(" \u00a0")
        m = self.lang.of_re.match(gap)
        return bool(m and _OF_GAP.fullmatch(gap[m.end():]))

    def mentions_between(self, a: int, b: int) -> list[Mention]:
        """The country mentions that start in [a, b)."""
        return self.mentions[bisect_left(self.mention_starts, a):bisect_left(self.mention_starts, b)]

    def paragraph_of(self, pos: int) -> Span:
        return self.paras[max(0, bisect_right(self._para_starts, pos) - 1)]

    def in_seized_bullets(self, si: int) -> bool:
        """Sentence `si` is an item of a bulleted list whose opening line says what was seized ("ont permis la saisie
        de :" then "• 14 imprimantes 3D;"): its goods were seized, with no verb of their own."""
        if si not in self._bullets:
            self._bullets[si] = _seized_bullets(self, si)
        return self._bullets[si]

    @cached_property
    def has_seizure_verb(self) -> bool:
        rx = self.lang.verb_re.get("seize")
        return bool(rx and rx.search(self.text))

    @cached_property
    def american(self) -> bool:
        """An American text (a US source, or weights in pounds and no pound sterling): its "tons" are short tons."""
        if self.default_country == "US":
            return True
        return self.default_country in (None,) and "£" not in self.text \
            and "GBP" not in self.text and bool(self.lang.pounds_weight_re and self.lang.pounds_weight_re.search(self.text)) \
            and not any(m.code in world.tonne_countries() for m in self.mentions if not m.origin)

    # ---- around a number --------------------------------------------------------------------------------------
    def tail_terms(self, pos: int, limit: int) -> tuple[list[tuple[int, int, Term]], int]:
        """The terms right after a number (up to a stop word, a hard stop or six words), and where they end."""
        text = self.text
        m = _PAREN.match(text, pos, limit)
        pos = m.end() if m and _DIGIT.search(m.group(0)) else pos
        seg_end = limit
        hs = HARD_STOP.search(text, pos, limit)
        if hs and hs.start() > pos:
            seg_end = hs.start()
        elif hs and hs.start() == pos:
            seg_end = pos
        cop = self.lang.copula_article_re.match(text, pos, seg_end)  # "21 sono state le denunce": not the phrase's
        start = cop.end() if cop else pos
        seventh = next(islice(WORD.finditer(text, start, seg_end), 6, None), None)  # six words at most
        seg_end = seventh.start() if seventh else seg_end
        st = _stop_after(self, start, seg_end)
        if st is not None:
            seg_end = st
        return self.terms_in(pos, seg_end), seg_end

    def head_term(self, terms: list[tuple[int, int, Term]], pos: int) -> tuple[Term | None, list[Term]]:
        """The noun the number counts among the terms right after it (None when a preposition or a verb comes
        first: "365 en matière de contrefaçon", "four continents identified ... suspects")."""
        content = [(a, b, t) for a, b, t in terms if (t.metric or t.object) and not _person_adjective(self, a, b, t)]
        others = [t for _, _, t in terms]
        if not content:
            return None, others
        lead = self.text[pos:content[0][0]]
        stripped = lead.strip(" \u00a0")
        if stripped and not self.lang.copula_article_re.fullmatch(lead):
            fw = self.lang.function_re.match(stripped)
            if fw and not stripped.startswith("-", fw.end()) and not self.lang.of_re.match(stripped) \
                    and stripped.lower() not in self.lang.other_words:  # "50,000 more pills" counts pills
                return None, others  # "so-called" is an adjective, not the function word "so"
            if _verb_after_first_word(self.lang, lead):
                return None, others
        return _head_of(self, content)[2], others

    def bare(self, pos: int, limit: int) -> bool:
        """Nothing but punctuation or function words after the number: a list item or an ellipsis."""
        rest = self.text[pos:limit]
        m = _LEADING_SPACE.match(rest)
        rest = rest[m.end():]
        if not rest or rest[0] in ",;:()[].!?\"'«»“”-–—•/":
            return True
        return bool(self.lang.function_re.match(rest))

    def nearest_verb(self, c: Candidate, classes: tuple[str, ...], window: int = 90,
                     inside: tuple[int, int, int] | None = None) -> str | None:
        """The class of the verb nearest the number (before or after it) within `window` characters, leaving out
        the words of its noun phrase (`inside`: number end, noun start, noun end): "110 suspected offenders",
        "45 suspected drug traffickers" (but "9 arresti" is a noun and a verb at once)."""
        best, dist = None, None
        n = c.number
        after = inside[2] if inside else n.end  # a verb after the noun is measured from the noun's end
        for cls in classes:
            for a, b in self.verbs_of(c.sentence, cls):
                d = n.start - b if b <= n.start else a - max(n.end, min(after, a))
                if d < 0 or d > window or (inside and inside[0] <= a and (
                        b <= inside[1] or (a == inside[1] and b < inside[2]))):
                    continue
                if dist is None or d < dist:
                    best, dist = cls, d
        return best

    def verb_words(self, c: Candidate, cls: str) -> str:
        """The words of the verb of class `cls` nearest the number (the evidence of a resolution)."""
        n = c.number
        spans = self.verbs_of(c.sentence, cls)
        if not spans:
            return f"({cls} verb)"
        a, b = min(spans, key=lambda ab: n.start - ab[1] if ab[1] <= n.start else abs(ab[0] - n.end))
        return quoted(self.text[a:b])


def _head_of(ctx: Context, content: list[tuple[int, int, Term]]) -> tuple[int, int, Term]:
    """The head among the content terms after a number: the first, unless a later one heads the phrase."""
    head = content[0]
    coordinated = _coordinated_head(ctx, content)
    if coordinated is not None:
        head = coordinated
    elif ctx.lang.head_final and len(content) > 1 and content[1][0] - head[1] <= 1 and head[2].metric != "case":
        # adjacent nouns: the last one is the head ("drug mule couriers"); a case noun heads its own phrase
        # ("in 34 Fällen Betäubungsmittel sichergestellt", "in 8 gevallen drugs": the drugs are the verb's)
        head = content[1]
    elif len(content) > 1 and content[1][0] - head[1] <= 1 \
            and ctx.text[head[0]:head[1]].lower() in ctx.lang.other_words:
        head = content[1]  # "2 700 autres tortues", "trois autres saisies": "autres" (people alone) before a noun
    return head


def _person_adjective(ctx: Context, a: int, b: int, t: Term) -> bool:
    """"1096 verdächtige Heilmittelimporte", "zwölf beschuldigte Firmen": where every noun is written with a
    capital, a person word in lower case right before a capitalised word is an adjective of that word (suspect
    goods, firms), no person counted."""
    if not ctx.lang.nouns_capitalised or t.object != "person" or not ctx.text[a:a + 1].islower() \
            or (a > 0 and ctx.text[a - 1].isalpha()):
        return False
    m = _NEXT_WORD.match(ctx.text, b)
    return m is not None and m.group(1)[0].isupper()


def _coordinated_head(ctx: Context, content: list[tuple[int, int, Term]]):
    """"490 meth and precursor seizures", "cocaine and heroin dealers": in a head-final language, goods of a kind
    right after the number, a conjunction and one more modifier (a term or a word), then a noun of no kind of
    its own: the goods are modifiers both, the last noun is the head (not "3 guns and ammunition")."""
    if not ctx.lang.head_final or len(content) < 2:
        return None
    first, second = content[0], content[1]
    m = _CONJ_AND_WORD.fullmatch(ctx.text, first[1], second[0])
    if not first[2].category or m is None or not ctx.lang.conjunction_re.fullmatch(m.group(1)):
        return None
    if m.group(2) is None:  # "meth and precursor seizures": the modifier after the conjunction is a term
        head = content[2] if len(content) > 2 and content[2][0] - second[1] <= 1 else None
    else:  # "5 kilo vlees en andere producten": "other" opens a head of its own
        head = None if m.group(2).lower() in ctx.lang.other_words else second
    # a noun of events or people, of no kind of its own (goods after "and" are goods of their own)
    return head if head is not None and not head[2].category \
        and head[2].metric not in (None, "items", "goods", "container") else None


_NEXT_WORD = re.compile(r"[ \u00a0]+([^\W\d_][\w-]*)")
_CONJ_AND_WORD = re.compile(r"[ \u00a0]+([^\W\d_]+)[ \u00a0]+(?:([^\W\d_][\w-]*)[ \u00a0]+)?")
_CASH_GAP_STOP = re.compile(r"[;:()\[\]!?]|\.(?:\s|$)")


def money_carried(ctx: Context, c) -> bool:
    """"mehr als 30.000 Euro mit sich", "insgesamt 63.750 Euro versteckt", "carrying $12,000": an amount a person
    carried or hid, in a text about a seizure, is the money itself, found on them. A value word before it, or goods
    named between it and the carry word, make it the worth of goods hidden ("por valor de 2 millones escondida",
    "2 millions d'euros de cocaïne cachés"); before the amount, a noun counted after it is what was carried."""
    lang = ctx.lang
    if lang.carry_after_re is None or c.unit in ("count", "kg", "l") or not ctx.has_seizure_verb:
        return False
    s = ctx.sents[c.sentence]
    before = without_qualifier(lang, ctx.before_amount(c.number, s.start))
    if lang.value_weak_near_re and lang.value_weak_near_re.search(before):
        return False
    pos = c.end_pos or c.number.end
    m = lang.carry_after_re.match(ctx.text, pos)
    if m and m.end() <= s.end:  # "2 millions d'euros de cocaïne cachés": goods named between, their worth
        return not any(t.category for _, _, t in ctx.terms_in(pos, m.end()))
    if not lang.carry_before_re.search(before):
        return False
    head = ctx.head_term(ctx.tail_terms(pos, s.end)[0], pos)[0]
    return head is None or head.category == "cash"


_LABEL_COLON = re.compile(r"[ \u00a0\t]*:[ \u00a0\t]*")


def cash_named_before(ctx: Context, c) -> str | None:
    """"l'importo di denaro proveniente dal traffico, pari a 92'000 franchi e a 235'000 euro": money named as such
    (a cash word) before the amount in its clause, no verb between, is money found; the cash words, or None."""
    s, n = ctx.sents[c.sentence], c.number
    cash = [(a, b) for a, b, t in ctx.terms_in(max(s.start, n.start - 90), n.start) if t.category == "cash"]
    if not cash:
        return None
    a, b = cash[-1]
    words = len(WORD.findall(ctx.text, b, n.start))
    if _LABEL_COLON.fullmatch(ctx.text, b, n.start):
        return ctx.text[a:b]  # "Argent : 6506 Euro", "Bargeld: 1.200 Euro": a results line's label
    if _CASH_GAP_STOP.search(ctx.text, b, n.start) or not 1 < words <= 12:
        return None  # one word between is a denomination ("faux billets de 100 dollars", "banconote da 50 euro")
    if any(b <= v < n.start for vs in ctx.sentence_verbs(c.sentence).values() for v, _ in vs):
        return None
    return ctx.text[a:b]


def _seized_bullets(ctx: Context, si: int) -> bool:
    j = si
    while j >= 0 and (_BULLET.match(ctx.text, ctx.sents[j].start) or _LABEL_LINE.match(ctx.text, ctx.sents[j].start)):
        j -= 1  # "• 14 imprimantes 3D;", or a results line "Geld: 790 euro"
    if j == si or j < 0:
        return False
    s = ctx.sents[j]
    intro = ctx.text[s.start:s.end].rstrip()
    rx = ctx.lang.verb_re.get("seize")
    return intro.endswith(":") and (bool(rx and rx.search(intro)) or any(
        t.metric == "seizures" for _, _, t in ctx.sentence_terms(j)))


def _stop_after(ctx: Context, start: int, end: int) -> int | None:
    """Where the first stop word after a number is. Where every noun is capitalised, a capitalised stop word that
    the lexicon also knows as a noun is that noun ("130.000 gefälschte Waren": goods, not "waren")."""
    text, lang = ctx.text, ctx.lang
    st = lang.stop_re.search(text, start, end)
    if st is None or not lang.nouns_capitalised:
        return st.start() if st is not None else None
    nouns = [(a, b) for a, b, _ in ctx.terms_in(start, end)]
    while st is not None and text[st.start()].isupper() and st.start() > start \
            and any(a <= st.start() < b for a, b in nouns):
        st = lang.stop_re.search(text, st.end(), end)
    return st.start() if st is not None else None


def _verb_after_first_word(lang: Language, lead: str) -> bool:
    """A verb after the first word of `lead` (anywhere when it has none). A verb opens a word (every verb list
    starts at a word start with a word character): when no word opens after the first one ("3 kg of cocaine"),
    none does, and the verb lists are not read."""
    first_word = WORD.search(lead)
    if first_word is not None and not _WORD_START.search(lead, first_word.start() + 1):
        return False
    return any(first_word is None or m.start() > first_word.start()
               for rx in lang.verb_re.values() for m in rx.finditer(lead))


_LIST_GAP = re.compile(r"[^;:.()\[\]!?\d]{0,60}")  # words of a list item: no number, bracket or clause mark


def next_list_item(ctx: Context, start: int, end: int) -> bool:
    """Only the words of a list item, then a comma or a conjunction, between `start` (the end of the previous item)
    and `end` (the next number): "12 rifles and 29 magazines", "4745 i reati, 1572 quelli scoperti"."""
    gap = ctx.text[start:end]
    conj = ctx.lang.conjunction_re
    return _LIST_GAP.fullmatch(gap) is not None and (
        gap.rstrip(" \u00a0").endswith(",") or (conj is not None and ends_with(conj, gap)))


def without_qualifier(lang: Language, before: str) -> str:
    """`before` (text ending right before a number) without the qualifier word that ends it ("de más de", "près
    de", "oltre"): the words before the qualifier are what the rules read."""
    q = lang.qualifier_re.search(before)
    return before[:q.start()] if q else before


def ends_with(rx: re.Pattern, s: str) -> bool:
    """`s` ends with a match of `rx` (trailing spaces aside)."""
    m = None
    for m in rx.finditer(s):
        pass
    return m is not None and not s[m.end():].strip()


def _dominant_kinds(terms: list[tuple[int, int, Term]]) -> tuple[str | None, str | None]:
    """The dominant category of the text, and the one kind the whole release is about. The money found beside the
    goods is often their proceeds ("2 kg of cocaine and 15,000 euros in cash"): when all the goods are of one kind,
    it does not keep that kind from being the release's. (Discounting the money from the dominant share alone made
    releases about cash and tobacco alike read as tobacco ones.)"""
    cat, share, beside_cash = _category_share(terms)
    one_kind = beside_cash >= 0.9
    return (cat if share >= 0.6 or one_kind else None), (cat if share > 2 / 3 or one_kind else None)


def _category_share(terms: list[tuple[int, int, Term]]) -> tuple[str | None, float, float]:
    """The category most of the document's category words name, its share of them (nouns and the words of the title
    and lead weigh more), and its share of the words of goods, money left out; no category under two words' weight."""
    counts: Counter = Counter()
    for a, _, t in terms:
        if t.category:
            w = 2 if a < 200 else 1
            counts[t.category] += w if (t.object or t.metric) else w / 2  # nouns weigh more than adjectives
    total = sum(counts.values())
    if total < 2:
        return None, 0.0, 0.0
    cat, n = counts.most_common(1)[0]
    goods = total - counts["cash"] if cat != "cash" else total
    return cat, n / total, n / goods


# ---- building it --------------------------------------------------------------------------------------------
def build_context(text: str, lang: Language, sents: list[Span], paras: list[Span], *, title: str | None,
                  url: str | None, country_hint: str | None, currency: str | None,
                  period: tuple[str | None, str | None]) -> Context:
    """The context of a document: its terms, its country mentions and its home country (weighed from the
    evidence, see country.py; the source's own country when given)."""
    terms = _settle_kinds(find_terms(text, lang), sents)
    mentions, nat, why_nat, lone = _places(text, lang, sents, terms, title, url, country_hint)
    reporting = lone  # an account of an operation across countries naming one country only: its own
    if nat and _countries_took_part(text, terms, lang, sents, mentions):
        nat, reporting = None, nat  # "22 member states took part": a multi-country operation
    home_reason = None
    if country_hint:
        home_reason = ("source_country", "given by the source")
    elif nat:
        home_reason = ("towns_decide" if why_nat.startswith(_TOWN_WHY)
                       else "translated_service" if why_nat.startswith(_TRANSLATED_WHY)
                       else "local_officers" if _OFFICERS_WHY in why_nat else "home_country", why_nat)
    return Context(text, lang, sents, paras, mentions, terms, default_country=country_hint or nat,
                   home_reason=home_reason, currency=currency, period=period, reporting_country=reporting)


def _settle_kinds(terms: list[tuple[int, int, Term]], sents: list[Span]) -> list[tuple[int, int, Term]]:
    """A word of two kinds ("cartouches": cartons of cigarettes or rounds of ammunition, "tobacco|weapons" in the
    language file) is of the kind another word of its sentence names ("14 fusils de chasse, 115 cartouches"), else
    of the kind the words of the whole text name most ("56 000 comprimés de diazépam" in a release about medicines
    sold online, "drugs|medicines": medicines), else of the first (its usual sense)."""
    if not any(t.category and "|" in t.category for _, _, t in terms):
        return terms
    starts = [x.start for x in sents]
    in_text = Counter(t.category for _, _, t in terms if t.category and "|" not in t.category)
    out = []
    for a, b, t in terms:
        if t.category and "|" in t.category:
            kinds = t.category.split("|")
            s = sents[max(0, bisect_right(starts, a) - 1)] if sents else None
            named = {u.category for x, _, u in terms if s and s.start <= x < s.end and u is not t and u.category}
            most = max(kinds, key=lambda k: (in_text[k], -kinds.index(k)))
            t = Term(t.pattern, t.metric, t.object, next((k for k in kinds if k in named), most))
        out.append((a, b, t))
    return out


def _places(text: str, lang: Language, sents: list[Span], terms, title: str | None, url: str | None,
            country_hint: str | None) -> tuple[list[Mention], str | None, str, str | None]:
    """The country mentions of the text, its home country as weighed from them, the evidence for it, and the one
    country an international text names (country.lone_country), if any."""
    links = _related_links(text, lang) + _brand_lists(text, lang)
    mentions = _outside(country_mentions(text, lang, sents), links)
    mark_nationalities(text, mentions, terms, lang)
    for m in mentions:
        if m.code and (text[m.end:m.end + 1] in "$" or money.currency_word_at(text, m.end, lang.code)
                       or _currency_word_before(text, m.start, lang)):
            m.origin = True  # "Swiss francs", "Hong Kong dollars", "dollars américains": a currency, not a place
    title_end = len(title) if title and text.lstrip().startswith(title) else 0
    gazetteer, international_body = country_evidence.world_mentions(text, mentions)
    gazetteer = _outside(gazetteer, links)
    mark_origins(text, lang, gazetteer)
    for m in mentions + gazetteer:
        if m.kind == "agency":
            m.origin = False  # "sequestrati dalla Guardia di Finanza": an agency acts, it is no origin
    if international_body:
        _mark_dateline(text, mentions + gazetteer, title_end)
    mentions = country_evidence.defined_acronyms(text, sorted(mentions + gazetteer, key=lambda m: m.start))
    country_evidence.capitalised_services(text, mentions, lang.capitalised_services)
    country_evidence.national_agencies(text, mentions, lang.service_re, tuple(lang.list_conjunctions))
    country_evidence.mark_partners(text, mentions, lang.partner_re, _partner_gap(lang))
    evidence = country_evidence.clues(text, mentions, title_end, url)
    evidence += country_evidence.usage_clues(text, lang.country_words_re)
    evidence += country_evidence.currency_clues(text, lang)
    article_end = lang.article_end_re if lang.nouns_capitalised else None
    town_text = _blanked(text, links)  # the towns of a linked article or of a brand's name say nothing of this one
    if not country_hint:
        evidence += country_evidence.town_clues(town_text, article_end, lang.officers_re)
    international = international_body or lang.international_re.search(text) is not None
    ambiguous = [m for m in mentions if m.code is None and m.candidates]
    nat, _ = country_evidence.home_country(evidence, ambiguous, international)
    town_why = ""
    if not international and not country_hint and not any(c.kind != "region" for c in evidence):
        # only small towns say where, perhaps with a shared agency name ("politie" in Lommel): the towns first
        by_town, town_why = country_evidence.town_country(town_text, ambiguous, article_end)
        nat = by_town or nat
    elif nat is None and not international and not country_hint:
        nat, town_why = _towns_decide(town_text, evidence, ambiguous, article_end)
    abroad = None if international or country_hint else country_evidence.translated_service(evidence, nat)
    if abroad is not None:
        for mt in mentions:
            if mt.kind == "agency" and mt.code == nat:
                mt.code = abroad  # "la Questura fiumana": the local service, named as at home
        town_why = _TRANSLATED_WHY + country_evidence.evidence_of(abroad, evidence, ambiguous, text) + \
            f", agencies named as in {nat}"
        nat = abroad
    mentions = country_evidence.settle(mentions, country_hint or nat)
    shared = lang.shared_places
    if nat and shared:
        # "Cartagena" is in Spain and in Colombia: a place that several countries have is in the text's own country
        for mt in mentions:
            codes = shared.get(text[mt.start:mt.end])
            if codes and nat in codes:
                mt.code = nat
    why = town_why or (country_evidence.evidence_of(nat, evidence, ambiguous, text) if nat and not country_hint else "")
    lone = country_evidence.lone_country(evidence) if international and nat is None and not country_hint else None
    return mentions, nat, why, lone


def _related_links(text: str, lang: Language) -> list[tuple[int, int]]:
    """The lines that link to another article ("Lea también: ... una banda con base en Lima", "Lire aussi :
    ..."): the places they name are that article's, no evidence of this one's country."""
    rx = lang.related_link_re
    return [m.span() for m in rx.finditer(text)] if rx is not None else []


_BRAND_LIST = re.compile(r"(?:[ \u00a0]+[^\s()\d.;:]{1,20}){0,4}[ \u00a0]*\(([^()\n]{1,160})\)")


def _brand_lists(text: str, lang: Language) -> list[tuple[int, int]]:
    """The brackets that list brands right after a brand word ("marche estere (Regina, Manchester)",
    "brands (Paris, Manchester)"): those names are brands, no places."""
    rx = lang.brand_re
    if rx is None:
        return []
    out = []
    for m in rx.finditer(text):
        if (m.start() and text[m.start() - 1].isalnum()) or text[m.end():m.end() + 1].isalnum():
            continue  # a brand word, not a piece of a longer one ("marchese")
        b = _BRAND_LIST.match(text, m.end())
        if b:
            out.append(b.span(1))
    return out


def _partner_gap(lang: Language) -> re.Pattern:
    """What parts two partner services of a list in a language (country.partner_list_gap), built once."""
    return _partner_gap_of(lang.code, lang.definite_articles + tuple(sorted(lang.articles)), tuple(lang.list_conjunctions))


@lru_cache(maxsize=8)
def _partner_gap_of(code: str, articles: tuple[str, ...], conjunctions: tuple[str, ...]) -> re.Pattern:
    return country_evidence.partner_list_gap(articles, conjunctions)


def _blanked(text: str, spans: list[tuple[int, int]]) -> str:
    """`text` with `spans` blanked out (as many spaces), so the words in them are found nowhere."""
    for a, b in spans:
        text = text[:a] + " " * (b - a) + text[b:]
    return text


def _outside(mentions: list[Mention], spans: list[tuple[int, int]]) -> list[Mention]:
    """The mentions that are in none of `spans`."""
    if not spans:
        return mentions
    return [m for m in mentions if not any(a <= m.start < b for a, b in spans)]


def _towns_decide(text: str, evidence: list, ambiguous: list[Mention], article_end: re.Pattern | None
                  ) -> tuple[str | None, str]:
    """The evidence leaves the country open (origins, drivers' nationalities, a neighbour named in passing): the
    small towns the text names are weighed with it (rule `towns_decide`), as a city of the main table would be."""
    towns = [t for t in country_evidence.town_clues(text, article_end)
             if not any(c.kind == "officers" and c.words.endswith(t.words) for c in evidence)]
    if not towns:
        return None, ""
    nat, _ = country_evidence.home_country(evidence + towns, ambiguous, False)
    if nat is None or not any(c.code == nat for c in towns):
        return None, ""
    return nat, _TOWN_WHY + country_evidence.evidence_of(nat, evidence + towns, ambiguous, text)


_TOWN_WHY = "with its towns: "
_TRANSLATED_WHY = "its places, its services named in the text's language: "
_OFFICERS_WHY = 'officers "'  # the evidence of a town's officers at work (country.town_clues)


_DATELINE = re.compile(r"(?:[ \u00a0]*\([^()\n]{1,40}\))*[ \u00a0]*[-–—][ \u00a0]")  # "LA VALLETTA (MALTA) (ANSA) – "


def _mark_dateline(text: str, mentions: list[Mention], title_end: int) -> None:
    """"The Hague - Over 800 criminals were arrested...": where an international body's release was written opens
    its text; it says nothing of where the goods were seized. (A national release's dateline is its home, and kept:
    a country's own name opening the text, "Togo - ...", is a national news agency's, not an international body's.)"""
    start = len(text) - len(text[title_end:].lstrip())
    for m in mentions:
        if m.start == start and _DATELINE.match(text, m.end) and (m.kind or m.adjective):
            m.origin = True


_LAST_WORD = re.compile(r"([^\W\d_]{4,})[ \u00a0]+$")  # "dollars américains"; not "le" (a leone sign)


def _currency_word_before(text: str, start: int, lang: Language) -> bool:
    m = _LAST_WORD.search(text, max(0, start - 24), start)
    return bool(m) and money.currency_word_at(text, m.start(1), lang.code)


def _countries_took_part(text: str, terms: list[tuple[int, int, Term]], lang: Language, sents: list[Span],
                         mentions: list[Mention]) -> bool:
    for a, _, t in terms:
        if t.metric == "participating_countries":
            before = text[max(0, a - 25):a]
            m = re.search(r"(\d+)\s*(?:\w+\s+)?$", before)
            num_start = a - len(before) + m.start(1) if m else a
            if m and int(m.group(1)) >= 3 and not people_of_countries(text, terms, num_start, lang) \
                    and _countries_act(text, lang, sents, mentions, num_start):
                return True
    return False


def _countries_act(text: str, lang: Language, sents: list[Span], mentions: list[Mention], num_start: int) -> bool:
    """The counted countries act together: their services right before the number ("Ermittler aus 100 Ländern",
    "experts des douanes de 15 États", "police forces of 30 countries") or an operation or international
    cooperation in the sentence ("Operation Pangea ran in 115 countries", "22 countries took part"). Not the
    countries goods came from ("seizures from 21 different countries") nor those that signed a convention ("a cui
    aderiscono 183 Paesi"): a national release that counts those stays national."""
    if lang.officers_re.search(text, max(0, num_start - 50), num_start) or any(
            m.kind == "agency" and num_start - 50 <= m.start < num_start for m in mentions):
        return True
    s = next((s for s in sents if s.start <= num_start < s.end), None)
    if s is None:
        return False
    return any(True for _ in lang.operation_re.finditer(text, s.start, s.end)) \
        or lang.international_re.search(text[s.start:s.end]) is not None


def people_of_countries(text: str, terms: list[tuple[int, int, Term]], num_start: int, lang: Language) -> bool:
    """"Tatverdächtige aus 31 Nationen", "suspects from 12 countries": the countries people come from (their
    nationalities), not countries taking part. Officers from many countries do take part ("Ermittler aus 100
    Ländern"): the lexicon's person terms are the people acted on; officer words are not among them."""
    before = [(a, b, t) for a, b, t in terms if b <= num_start and num_start - b <= 30]
    if not before or before[-1][2].object != "person" or lang.officers_re.search(text, before[-1][0], before[-1][1]):
        return False
    gap = text[before[-1][1]:num_start]
    cue = next(iter(lang.origin_re.finditer(gap)), None)
    return cue is not None and len(WORD.findall(gap)) <= 3
