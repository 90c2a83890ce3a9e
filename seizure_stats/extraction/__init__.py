"""Text -> figure records (see shared/contract/figures.md). The one entry point is `extract`.

Pipeline: language (py3langid restricted to the languages that have a data file) -> sentences and
paragraphs -> numbers (numbers.py) -> for each number: unit / currency, skip rules (dates, years, percentages,
ages...), the noun it counts (terms of the language file, right after it, inherited from the previous figure
of a list, or before it), verbs that resolve people / containers / cases, category, country, qualifier
(attribute.py) -> document fields (document.py).

Lists and totals: a bare number that continues a list inherits what the figure before it counts, in the same
sentence ("Belgium seized 505 parcels, Italy 460") or, after a country, in the next one ("L'Italie en compte 460"),
with its own country and, for quantities, the unit; the parts of a total ("612 offences, of which 400 ...",
"794 constatations : 365 ...") take the total's metric and their own category. Amounts smuggled are not seized.
Speed: word lists are matched through fastre (candidate positions found by the regex engine from the first
characters of the words), language detection reads 300 characters when that is enough.
"""
from __future__ import annotations

import re
from bisect import bisect_right
from pathlib import Path
from functools import lru_cache

from seizure_stats.extraction import country as _country_rules, document, money
from seizure_stats.extraction.attribute import HARD_STOP, NULL_CATEGORY_METRICS, WORD, Attributor, Candidate, find_terms
from seizure_stats.extraction.lexicon import available_languages, load
from seizure_stats.extraction.numbers import find_numbers
from seizure_stats.extraction.plausible import plausible
from seizure_stats.extraction.reasons import FIELDS, quoted
from seizure_stats.extraction.text import country_mentions, mark_nationalities, mark_origins, paragraphs, sentences
from seizure_stats.model import Extraction, Figure

EXTRACTOR_VERSION = "0.29.0"
MAX_CHARS = 2_000_000  # longer texts are cut (a figure table is never that long)
_PAREN_AFTER = re.compile(r"[ \u00a0]*\([^()]{0,40}\)")
_LEADING_SPACE = re.compile(r"[\s\u00a0]*")


@lru_cache(maxsize=1)
def _identifier():
    from py3langid.langid import MODEL_DIR, MODEL_FILE, LanguageIdentifier
    ident = LanguageIdentifier.from_modelpath(Path(MODEL_DIR) / MODEL_FILE, norm_probs=True)
    ident.set_languages(available_languages())
    return ident


_DIGITS = re.compile(r"\d+")


def detect_language(text: str) -> str:
    """The language of the first 700 characters; the first 300 when they already leave no doubt (the model
    reads byte by byte in Python: the shorter sample is most of the saving)."""
    if len(text) > 300:
        sample = _DIGITS.sub(" ", text[:300]).strip()
        if len(sample) >= 3:
            lang, conf = _identifier().classify(sample)
            if conf >= 0.999:
                return lang
    sample = _DIGITS.sub(" ", text[:700]).strip()
    if len(sample) < 3:
        return "en"
    lang, _ = _identifier().classify(sample)
    return lang


def extract(text: str, *, language: str | None = None, country: str | None = None, url: str | None = None,
            title: str | None = None, published: str | None = None, currency: str | None = None) -> Extraction:
    """Every figure `text` states. `language` / `country` are the source's (detected / weighed from the text when
    None); `url` is where the text was found (its country-code domain is evidence of the country); `title` and
    `published` come from the feed or page when known; `currency` is what a bare "$" means."""
    country_hint = country.upper() if country else None
    if not isinstance(text, str):
        text = str(text or "")
    original = text[:MAX_CHARS]
    # line breaks normalised without changing the length: offsets stay those of the caller's text
    text = original.replace("\r\n", " \n").replace("\r", "\n")
    langs = available_languages()
    lang_code = language.lower()[:2] if language and language.lower()[:2] in langs else detect_language(text)
    lang = load(lang_code)
    title = title or document.guess_title(text)
    published = published or document.find_published(text, lang)
    result = Extraction(language=lang_code, title=title, published=published)
    if not text.strip():
        return result
    sents = sentences(text)
    paras = paragraphs(text)
    result.operation = document.find_operation(text, lang)
    result.period_start, result.period_end = document.find_period(text, lang, sents, title, published)
    mentions = country_mentions(text, lang, sents)
    terms = find_terms(text, lang)
    mark_nationalities(text, mentions, terms, lang)
    for m in mentions:
        if m.code and (text[m.end:m.end + 1] in "$" or money.currency_word_at(text, m.end, lang_code)):
            m.origin = True  # "Swiss francs", "Hong Kong dollars": a currency, not a place
    title_end = len(title) if title and text.lstrip().startswith(title) else 0
    gazetteer, international_body = _country_rules.world_mentions(text, mentions)
    mark_origins(text, lang, gazetteer)
    mentions = _country_rules.defined_acronyms(text, sorted(mentions + gazetteer, key=lambda m: m.start))
    _country_rules.national_agencies(text, mentions)
    evidence = _country_rules.clues(text, mentions, title_end, url)
    international = international_body or lang.international_re.search(text) is not None
    ambiguous = [m for m in mentions if m.code is None and m.candidates]
    nat, n_countries = _country_rules.home_country(evidence, ambiguous, international)
    mentions = _country_rules.settle(mentions, country_hint or nat)
    shared = lang.shared_places
    if nat and shared:
        # "Cartagena" is in Spain and in Colombia: a place that several countries have is in the text's own country
        for mt in mentions:
            codes = shared.get(text[mt.start:mt.end])
            if codes and nat in codes:
                mt.code = nat
    att = Attributor(text, lang, sents, paras, mentions, None, n_countries, currency, terms)
    if nat and _countries_took_part(att):
        nat = None  # "22 member states took part": a multi-country operation
    default_country = country_hint or nat
    att.default_country = default_country
    if country_hint:
        att.home_reason = ("source_country", "given by the source")
    elif nat:
        att.home_reason = ("home_country", _country_rules.evidence_of(nat, evidence, ambiguous, text))
    numbers = find_numbers(text, lang, default_country)
    by_sentence: dict[int, list] = {}
    starts = [x.start for x in sents]
    for n in numbers:
        by_sentence.setdefault(max(0, bisect_right(starts, n.start) - 1), []).append(n)
    figures: list[Figure] = []
    seen: dict = {}  # record key -> the first figure with it
    last_of: dict[int, Candidate] = {}  # the last figure of each sentence
    for si, nums in sorted(by_sentence.items()):
        previous: Candidate | None = None
        total: Candidate | None = None  # "612 offences, of which ...": the total being broken down
        parts = 0.0
        carried = last_of.get(si - 1)
        for n in nums:
            c = Candidate(number=n, sentence=si)
            c.sentence = si
            part_of = total if total is not None and n.value * _factor(total) + parts <= total.value * 1.001 else None
            fig = _attribute(att, c, nums, previous, result, carried=carried, part_of=part_of)
            if c.metric:
                previous = c
                if fig is not None:
                    last_of[si] = c
                if part_of is not None and c.part:
                    parts += c.value
                elif fig is not None and _opens_breakdown(att, c, nums):
                    total, parts = c, 0.0
            if fig is None:
                continue
            key = (fig.metric, round(fig.value, 6), fig.unit, fig.category, fig.country)
            if key in seen:
                first = seen[key]
                if first.qualifier == "exact" and fig.qualifier != "exact":
                    # "Police seize 1.3 tonnes" (title) and "seized about 1.3 tonnes": the figure is approximate
                    first.qualifier = fig.qualifier
                continue
            if _restated(fig, figures):
                continue
            seen[key] = fig
            figures.append(fig)
    if text is not original and "\r" in original:  # quotes verbatim from the caller's text
        for f in figures:
            at = text.find(f.quote, max(0, (f.end or 0) - len(f.quote)))
            if 0 <= at <= (f.start or 0):
                f.quote = original[at:at + len(f.quote)]
    result.figures = figures
    return result


def _attribute(att: Attributor, c: Candidate, nums, previous: Candidate | None, result: Extraction,
               carried: Candidate | None = None, part_of: Candidate | None = None) -> Figure | None:
    text, lang = att.text, att.lang
    s = att.sents[c.sentence]
    n = c.number
    if n.end > s.end or n.start < s.start or n.start in att.absorbed:
        return None
    pos = att.measure(c)
    c.end_pos = pos
    if att.skip(c, pos):
        c.metric = None
        return None
    if _conversion(att, c, previous):
        return None
    paren = _PAREN_AFTER.match(text[pos:s.end])
    after_paren = pos + paren.end() if paren and re.search(r"\d", paren.group(0)) else pos
    nxt = [x for x in nums if x.start >= after_paren]
    limit = min(nxt[0].start if nxt else s.end, s.end)
    terms, seg_end = att.tail_terms(pos, limit)
    head, others = att.head_term(terms, pos)
    # an arrest participle right after the number: "23 held", "12 arrested"
    if c.metric is None and head is None and lang.arrest_after_re and lang.arrest_after_re.match(text, pos):
        c.metric, c.object = "arrests", "person"
        c.because("metric", "arrest_participle", f"{quoted(lang.arrest_after_re.match(text, pos).group(0))} -> arrests")
    listed: list[str] = []
    cats = [t.category for t in others if t.category and (t.object or t.metric)] \
        or [t.category for t in others if t.category]
    if cats and head is not None and head.category is None:
        # "91 500 saisies de stupéfiants, de contrefaçons et de tabacs": the list of kinds goes on after the comma
        listed = _listed_kinds(att, seg_end, limit)
        cats += listed
    if part_of is not None and c.metric is None and c.unit == "count" and part_of.unit != c.unit and head is None \
            and _bare(att, pos, limit):
        # "300 chili di cocaina, di cui 200 in Calabria": the part is in the total's unit
        c.unit, c.value = part_of.unit, round(c.value * _factor(part_of), 6)
        c.because("unit", "part_in_total_unit", f"{_words(att, part_of)} -> {c.unit}")
    if part_of is not None and c.metric is None and part_of.unit == c.unit and c.value < part_of.value \
            and _plain_part(att, c, head, pos, limit, part_of):
        # a part of a total ("of which 400 involved counterfeits and 212 drugs"): what the total counts,
        # in the part's own category
        c.metric, c.object, c.resolved_from = part_of.metric, part_of.object, None
        c.part = True
        c.because("metric", "part_of_total", f"{_words(att, part_of)} -> {c.metric}")
        own = [t.category for _, _, t in att.terms_in(pos, limit) if t.category][:6]
        if part_of.category not in (None, "other"):
            # "1 840 colis de contrefaçons, dont 430 colis de bijoux": a kind of goods ("other") within a total of
            # one category stays in that category
            own = [x for x in own if x != "other"]
        c.category = (own[0] if len(set(own)) == 1 else "other") if own else part_of.category
        c.because("category", "part_category",
                  f"{_terms_words(att, pos, limit) if own else 'of ' + _words(att, part_of)} -> {c.category}")
        head, cats = None, []
    if c.metric in ("mass", "volume", "value"):
        if head is not None:
            c.object = head.object
            c.category = head.category
            _head_category(att, c, head, terms)
    elif c.metric is None:
        if head is not None:
            c.object = head.object
            c.category = head.category
            c.metric = head.metric or "items"
            c.because("metric", "term_after_number", f"{_term_words(att, head, terms)} -> {c.metric}")
            _head_category(att, c, head, terms)
        else:
            bare = _bare(att, pos, limit)
            if bare and previous is not None and previous.metric in ("mass", "volume") and c.unit == "count" \
                    and _country_right_before(att, c):
                # "l'Espagne 30 tonnes et le Portugal 4": the unit goes on too
                c.unit, c.value = previous.unit, round(c.value * _factor(previous), 6)
                c.because("unit", "unit_continues", f"{_words(att, previous)} -> {c.unit}")
            if bare and previous is not None and previous.metric and previous.unit == c.unit:
                c.metric = previous.resolved_from or previous.metric
                c.object, c.category = previous.object, previous.category
                c.resolved_from = previous.resolved_from
                c.bare = True
                c.because("metric", "list_continues", f"{_words(att, previous)} -> {c.metric}")
                c.because("category", "inherited_category", f"{_words(att, previous)} -> {c.category}")
                list_cats = [t.category for _, _, t in att.terms_in(pos, limit) if t.category][:6]
                if list_cats:
                    c.category = list_cats[0] if len(set(list_cats)) == 1 else "other"
                    c.because("category", "phrase_category", f"{_terms_words(att, pos, limit)} -> {c.category}")
            elif bare:
                h = _term_before(att, c)
                if h is None and carried is not None and carried.metric and carried.unit == c.unit \
                        and _country_subject(att, c):
                    # "... 505 parcels seized. Italy reported 460 and Ireland 304": the list goes on in a new sentence
                    c.metric, c.object, c.category = carried.metric, carried.object, carried.category
                    c.because("metric", "list_continues_next_sentence", f"{_words(att, carried)} -> {c.metric}")
                    c.because("category", "inherited_category", f"{_words(att, carried)} -> {c.category}")
                elif h is None:
                    return None
                else:
                    c.metric = h.metric or "items"
                    c.object, c.category = h.object, h.category
                    before = _term_words(att, h, att.terms_in(att.sents[c.sentence].start, c.number.start), last=True)
                    c.because("metric", "term_before_number", f"{before} -> {c.metric}")
                    if c.category:
                        c.because("category", "term_category", f"{before} -> {c.category}")
            elif _valued_goods(att, pos, limit):
                c.metric = "items"  # "960 designer belts valued at R960,000": goods counted, whatever they are
                c.because("metric", "valued_goods", "-> items")
            elif _listed_goods(att, c, pos, previous):
                c.metric = "items"  # "ont saisi 324 téléphones, 95 cartons d'alcool et 84 caisses de biscuits"
                c.because("metric", "listed_goods", "-> items")
            else:
                return None
    if c.metric in ("person", "container", "case", "goods"):
        kind = c.metric
        c.resolved_from = kind
        c.metric = att.resolve(c, kind)
        if c.metric is None and kind in ("container", "goods") and (
                _seized_list_goes_on(att, c, previous) or _in_seized_list(att, c, previous)):
            c.metric = "items"  # "... seized 3 kilos of cocaine, six firearms and 11 cars": far from the verb, in its list
            c.because("metric", "seized_list_goes_on",
                      f"{'after ' + _words(att, previous) if previous else 'after a seizure verb'} -> items", add=True)
        if c.metric is None:
            return None
    if c.metric == "items" and c.object is None and head is None and not cats:
        pass
    # category
    if c.metric in NULL_CATEGORY_METRICS:
        c.category = None
        c.because("category", "no_category", f"for {c.metric}")
    else:
        if c.category is None and cats:
            # money "in cash and a handgun" is about the first noun; a quantity of several kinds is "other"
            c.category = cats[0] if len(set(cats)) == 1 or c.metric == "value" else "other"
            c.because("category", "listed_kinds" if listed and len(set(cats)) > 1 else "phrase_category",
                      f"{_terms_words(att, pos, limit)} -> {c.category}")
        if c.category is None and c.metric == "value" and head is None:
            c.category = att.category_of_valued_goods(c.number.start)  # "Pangolin scales worth RM3.86 million"
            if c.category:
                c.because("category", "valued_goods_category", f"-> {c.category}")
        if c.category is None and c.metric == "value" and head is None and _seized_directly(att, c):
            c.category, c.object = "cash", "cash"  # "seized €7,500": money itself
            c.because("category", "money_seized", "-> cash")
        goods = _goods_outside_lexicon(att, c, head, terms, pos, limit) if c.category is None else None
        if c.category is None:
            c.category = _category_nearby(att, c, nums)
        if goods and c.category != "counterfeit" and att.doc_category != "counterfeit":
            c.category = "other"  # "300 packets of shirts" in a food release: not food
            c.because("category", "goods_outside_category", f"{quoted(goods)} -> other")
        elif c.category is None and c.metric in ("items", "mass", "volume", "value", "seizures"):
            c.category = att.doc_category
            if c.category:
                c.because("category", "dominant_category", f"of the document -> {c.category}")
        if c.category is None:
            c.because("category", "no_category", "nothing names a kind of goods")
    if c.metric == "websites" and not att.nearest_verb(c, ("close", "identify", "check", "seize"), window=80):
        return None
    if c.metric == "value" and not _seizure_context(att, c, nums):
        return None
    if c.metric in ("mass", "volume") and c.category is None and c.object is None and not _seizure_context(att, c, nums):
        return None
    if c.metric in ("mass", "volume", "items", "value") and _smuggled(att, c, nums):
        return None
    if not plausible(c.metric, c.value, c.unit):
        return None  # "1,4 Billionen Euro" of goods declared: not a seizure, whatever the words around it
    c.qualifier = att.qualifier(n)
    c.country = att.country(c, nums)
    ys = document.year_of_sentence(text[s.start:s.end], lang)
    ps, pe = (f"{ys:04d}-01-01", f"{ys:04d}-12-31") if ys else (result.period_start, result.period_end)
    return Figure(metric=c.metric, value=c.value, unit=c.unit, object=c.object, category=c.category,
                  country=c.country, qualifier=c.qualifier, period_start=ps, period_end=pe,
                  quote=text[s.start:s.end], start=n.start, end=n.end,
                  reasons=[str(r) for f in FIELDS for r in c.reasons if r.field == f])


_VALUE_IN_PARENS = re.compile(r"\d[^()\d.;]{1,60}\([ \u00a0]*(?:[^\w\s(]{1,3}|[A-Z][A-Za-z]{0,3}\$?)?[ \u00a0]*$")


_CLAUSE_PUNCT = re.compile(r"[,;:()\[\]\d]")


_GOODS_WORDS = re.compile(r"[ \u00a0]+((?:[^\W\d_]{3,}[ \u00a0]+){0,2}[^\W\d_]{3,})")
# kinds of goods whose words the language files list nearly in full: a noun they do not know is something else
# (phones, motorcycles in a drug release); foods, medicines, species and fakes have too many names to list
CLOSED_CATEGORIES = frozenset({"drugs", "tobacco", "alcohol", "weapons", "cash"})


def _goods_outside_lexicon(att: Attributor, c: Candidate, head, terms, pos: int, limit: int) -> str | None:
    """The words naming what is counted when they are not the release's main kind of goods: a product of no
    category ("shoes", "phones", "packets of shirts"), or a noun the lexicon does not know ("1 149 celulares") in
    a release about a kind whose words it knows."""
    if c.metric not in ("items", "mass", "volume"):
        return None
    text = att.text
    if head is not None:
        start, end = next((a, b) for a, b, t in terms if t is head)
        if _product(head):
            return text[start:end]
        if c.resolved_from != "container":
            return None
        named = [(a, b, t) for a, b, t in att.terms_in(end, att.sents[c.sentence].end) if t.category or t.object]
        if named:  # "12 valises contenant chacune 20 kg de cocaïne": the goods may come after the next number
            return text[named[0][0]:named[0][1]] if _product(named[0][2]) and _of_next(att, end, named[0][0]) \
                else None
        of = att.lang.of_re.match(text[end:limit].lstrip(" \u00a0"))
        pos = end + (len(text[end:limit]) - len(text[end:limit].lstrip(" \u00a0"))) + of.end() if of else limit
    elif c.unit != "count" or c.bare:
        return None
    m = _GOODS_WORDS.match(text, pos)
    if not m or m.end() > limit or att.doc_category not in CLOSED_CATEGORIES or att.terms_in(pos, limit) \
            or att.lang.function_re.match(m.group(1)) or att.lang.stop_re.match(m.group(1)):
        return None
    return m.group(1)


def _product(t) -> bool:
    """A kind of product the lexicon names but gives no category (shoes, phones, clothes)."""
    return t.metric is None and t.object == "product" and t.category is None


def _of_next(att: Attributor, end: int, start: int) -> bool:
    gap = att.text[end:start].lstrip(" \u00a0")
    m = att.lang.of_re.match(gap)
    return bool(m and _OF_GAP.fullmatch(gap[m.end():]))


def _smuggled(att: Attributor, c: Candidate, nums) -> bool:
    """"The gang smuggled 3 tonnes into Europe before police seized 400 kg": an amount smuggled (or that someone
    tried to smuggle), not seized - unless a seizure verb later in the sentence takes it up ("..., which customs
    seized")."""
    lang, text = att.lang, att.text
    s = att.sents[c.sentence]
    n = c.number
    governed = False
    if lang.smuggle_re is not None:
        a = max(s.start, n.start - 80)
        last = None
        for last in lang.smuggle_re.finditer(text, a, n.start):
            pass
        if last is not None:
            gap = text[last.end():n.start]
            seize = lang.verb_re.get("seize")
            governed = not _CLAUSE_PUNCT.search(gap) and len(WORD.findall(gap)) <= 3 \
                and not (seize and seize.search(gap))
    if not governed and lang.smuggle_after_re is not None:
        # verb-final: "hatte 4 Tonnen Kokain nach Europa geschmuggelt"
        m = lang.smuggle_after_re.search(text, c.end_pos, min(s.end, c.end_pos + 80))
        if m:
            gap = text[c.end_pos:m.start()]
            governed = not _CLAUSE_PUNCT.search(gap) and len(WORD.findall(gap)) <= 6 \
                and not any(rx.search(gap) for rx in lang.verb_re.values())
    if not governed:
        return False
    # a seizure verb after it that has no amount of its own refers back to it
    for cls in ("seize", "detect"):
        rx = lang.verb_re.get(cls)
        m = rx.search(text, c.end_pos, s.end) if rx else None
        if m and not any(x.start > m.end() for x in nums) and not any(c.end_pos <= x.start < m.start() for x in nums):
            return False
    return True


def _opens_breakdown(att: Attributor, c: Candidate, nums) -> bool:
    """"612 offences, of which 400 ...", "794 constatations : 365 ...": the numbers that follow are parts of `c`."""
    if c.metric in (None, "participating_countries", "value"):
        return False
    text = att.text
    s = att.sents[c.sentence]
    nxt = [x for x in nums if x.start >= c.end_pos]
    if not nxt:
        return False
    gap = text[c.end_pos:nxt[0].start]
    if len(gap) > 80 or ";" in gap:
        return False
    last = None
    for last in att.lang.breakdown_re.finditer(gap):
        pass
    if last is not None:
        rest = gap[last.end():]
        # "of which nearly 50,000", "dont 365"
        return not re.search(r"[,;:()]", rest) and len(WORD.findall(rest)) <= 2
    if re.fullmatch(r"[^,;:()\[\]]{0,50}:\s*", gap):
        # a colon: the parts must add up to no more than the total
        end = text.find(";", nxt[0].start, s.end)
        end = s.end if end < 0 else end
        parts = [x.value for x in nxt if x.start < end]
        return bool(parts) and all(v < c.value for v in parts) and sum(parts) <= c.value * 1.001
    return False


def _plain_part(att: Attributor, c: Candidate, head, pos: int, limit: int, total: Candidate) -> bool:
    """The part says nothing of its own about what it counts: no verb of its own ("of which 50,000 were
    seized"), no noun of another count metric ("of which 12 arrests")."""
    if head is not None and head.metric not in (None, "items", "goods", "container"):
        return head.metric == total.metric
    chunk = att.text[pos:limit]
    if att.lang.verb_any_re.search(chunk):
        return False
    return True


def _factor(c: Candidate) -> float:
    """What one of the figure's written units is in its record unit (1000 for "30 tonnes")."""
    if c.unit == "count" or not c.number.value:
        return 1.0
    return c.value / c.number.value


def _country_right_before(att: Attributor, c: Candidate) -> bool:
    """"... et le Portugal 4": a country name just before the number."""
    s = att.sents[c.sentence]
    ms = [m for m in att.mentions if s.start <= m.start and m.end <= c.number.start and m.code and not m.origin]
    return bool(ms) and re.fullmatch(r"[ \u00a0]+", att.text[ms[-1].end:c.number.start]) is not None


def _country_subject(att: Attributor, c: Candidate) -> bool:
    """A country right before the number, as the subject of a short clause: "Italy reported 460",
    "L'Italie en compte 460", "Spanien meldete 120"."""
    s = att.sents[c.sentence]
    a = max(s.start, c.number.start - 40)
    ms = [m for m in att.mentions if a <= m.start and m.end <= c.number.start and m.code and not m.origin]
    if not ms:
        return False
    gap = att.text[ms[-1].end:c.number.start]
    return not re.search(r"[,;:.()\[\]!?\d]", gap) and len(WORD.findall(gap)) <= 3


def _seized_directly(att: Attributor, c: Candidate) -> bool:
    s = att.sents[c.sentence]
    before = att.text[max(s.start, c.number.start - 40):c.number.start]
    before = re.sub(r"(?:[€$£¥]|US\$|\b[A-Z]{3})\s*$", "", before)
    q = att.lang.qualifier_re.search(before)
    if q:
        before = before[:q.start()]
    rx = att.lang.verb_re.get("seize")
    if not rx:
        return False
    if att.lang.value_weak_end_re and att.lang.value_weak_end_re.search(before):
        return False  # "a ton of cocaine worth £100 million was seized": the value of the goods, not money
    # "45 000 euros saisis", "€2,000 was seized"
    after = att.text[c.end_pos:min(s.end, c.end_pos + 40)]
    m = att.lang.auxiliary_re.match(after)
    if rx.match(after, m.end()):
        return True
    last = None
    for m in rx.finditer(before):
        last = m
    return bool(last) and re.fullmatch(r"\s*(?:(?:de|of|d['’]|di|von|van|da|do|aan)\s*)?", before[last.end():]) is not None


def _countries_took_part(att: Attributor) -> bool:
    for a, _, t in att._all_terms:
        if t.metric == "participating_countries":
            before = att.text[max(0, a - 25):a]
            m = re.search(r"(\d+)\s*(?:\w+\s+)?$", before)
            if m and int(m.group(1)) >= 3:
                return True
    return False


def _conversion(att: Attributor, c: Candidate, previous: Candidate | None) -> bool:
    """"2.3 tonnes (5,070 lbs)", "€26.7 million ($31 million)": the same quantity in another unit."""
    if previous is None or c.metric not in ("mass", "volume", "value") or previous.metric != c.metric:
        return False
    gap = att.text[previous.number.end:c.number.start]
    if not att.lang.conversion_gap_re.fullmatch(gap):
        return False
    if c.metric == "value":
        return previous.unit != c.unit
    return abs(c.value - previous.value) <= 0.2 * max(c.value, previous.value)


def _restated(fig: Figure, figures: list[Figure]) -> bool:
    """The same number said again with less said about it (no country / no category)."""
    for f in figures:
        same_metric = f.metric == fig.metric or {f.metric, fig.metric} == {"seizures", "items"}
        if same_metric and f.unit == fig.unit and abs(f.value - fig.value) <= 1e-9 * max(1.0, abs(f.value)):
            if (fig.country is None or fig.country == f.country) and (fig.category is None or fig.category == f.category):
                return True
    return False


def _bare(att: Attributor, pos: int, limit: int) -> bool:
    """Nothing but punctuation or function words after the number: a list item or an ellipsis."""
    rest = att.text[pos:limit]
    m = _LEADING_SPACE.match(rest)
    rest = rest[m.end():]
    if not rest or rest[0] in ",;:()[].!?\"'«»“”-–—•/":
        return True
    return bool(att.lang.function_re.match(rest))


def _term_before(att: Attributor, c: Candidate):
    s = att.sents[c.sentence]
    n = c.number
    a = max(s.start, n.start - 90)
    chunk = att.text[a:n.start]
    stop = chunk.rfind(";")
    if stop >= 0:
        a += stop + 1
    terms = [t for t in att.terms_in(a, n.start) if t[2].metric or t[2].object]
    return terms[-1][2] if terms else None


def _seized_list_goes_on(att: Attributor, c: Candidate, previous: Candidate | None) -> bool:
    """The number is the next item of a list of things seized in its sentence (the previous figure was seized and
    only commas, conjunctions and the previous item's words come between, no other verb)."""
    if previous is None or previous.metric not in ("items", "mass", "volume", "value") or previous.resolved_from:
        return False
    gap_start, gap_end = previous.number.end, c.number.start
    if re.search(r"[;:.()\[\]!?]", att.text[gap_start:gap_end]):
        return False
    verbs = att.sentence_verbs(c.sentence)
    if any(gap_start <= a < gap_end for k in verbs for a, _ in verbs[k]):
        return False
    return any(b <= previous.number.start for a, b in verbs.get("seize", []))


def _listed_kinds(att: Attributor, pos: int, limit: int) -> list[str]:
    """The categories of a list of kinds that goes on after a comma ("of drugs, counterfeits and tobacco"): pieces
    made of category nouns, partitive prepositions and conjunctions only; the list ends at a piece saying anything else."""
    text, lang = att.text, att.lang
    found: list[str] = []
    while pos < limit and text[pos] == ",":
        hs = HARD_STOP.search(text, pos + 1, limit)
        end = hs.start() if hs else limit
        terms = [(a, b, t) for a, b, t in att.terms_in(pos + 1, end) if t.category]
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


def _category_nearby(att: Attributor, c: Candidate, nums) -> str | None:
    n = c.number
    nxt = [x for x in nums if x.start > n.end]
    limit = nxt[0].start if nxt else att.sents[c.sentence].end
    best, dist = None, None
    for a, b, t in att.sentence_terms(c.sentence):
        if not t.category or a >= limit:
            continue
        d = n.start - b if b <= n.start else a - n.end
        if d < 0:
            continue
        if dist is None or d < dist:
            best, dist, words = t.category, d, att.text[a:b]
    if best is not None:
        c.because("category", "nearest_term", f"{quoted(words)} -> {best}")
    return best


def _words(att: Attributor, c: Candidate) -> str:
    """The words of another figure (a total, the previous item of a list), as evidence."""
    end = max(c.end_pos, c.number.end)
    nouns = att.terms_in(end, end + 40)
    if nouns and not att.text[end:nouns[0][0]].strip():
        end = nouns[0][1]  # the noun it counts: "505 colis"
    return quoted(att.text[c.number.start:end])


def _term_words(att: Attributor, term, spans, *, last: bool = False) -> str:
    """The words of the text that matched `term` among `spans` (terms as (start, end, Term))."""
    hits = [(a, b) for a, b, t in spans if t is term]
    if not hits:
        return quoted(term.pattern)
    a, b = hits[-1] if last else hits[0]
    return quoted(att.text[a:b])


def _terms_words(att: Attributor, pos: int, limit: int) -> str:
    """The category words after a number, as evidence of its category."""
    words = [att.text[a:b] for a, b, t in att.terms_in(pos, limit) if t.category][:6]
    return ", ".join(quoted(w) for w in words) or "(words after the number)"


def _head_category(att: Attributor, c: Candidate, head, terms) -> None:
    if not head.category:
        return
    c.because("category", "term_category", f"{_term_words(att, head, terms)} -> {head.category}")
    named = _goods_named_after(att, head, terms)
    if named is not None and named[1].category != head.category:
        c.category = named[1].category  # "68 cartons of tramadol": the goods, not what cartons usually hold
        c.because("category", "goods_named_after", f"{quoted(att.text[named[0]:named[2]])} -> {c.category}")


_OF_GAP = re.compile(r"[ \u00a0]*(?:[^\W\d_]+[ \u00a0]+){0,2}")


def _goods_named_after(att: Attributor, head, terms):
    """The first term right after the counted noun, behind "of" / "de" / "di" and at most one more word."""
    i = next(i for i, (_, _, t) in enumerate(terms) if t is head)
    if i + 1 >= len(terms):
        return None
    end, (a, b, t) = terms[i][1], terms[i + 1]
    gap = att.text[end:a].lstrip(" \u00a0")
    m = att.lang.of_re.match(gap)
    if not (t.category and m and _OF_GAP.fullmatch(gap[m.end():])):
        return None
    return a, t, b


def _valued_goods(att: Attributor, pos: int, limit: int) -> bool:
    """A few words after the number, then its value: "708 cellphones valued at R4,775,000"."""
    rx = att.lang.valued_after_re
    return bool(rx) and att.has_seizure_verb() and bool(rx.match(att.text[pos:limit]))


_LIST_OPENER = re.compile(r"(?:[,;:]|\s[-–•]|^)\s*(?:\w+\s+){0,1}$")
_NOUN_AFTER = re.compile(r"[ \u00a0]+[^\W\d_]{3,}")


def _in_seized_list(att: Attributor, c: Candidate, previous: Candidate | None) -> bool:
    """The number opens or continues a list after a seizure verb of its sentence ("seized: 3336 packets of shirts,
    2981 packets of t-shirts, ...")."""
    n = c.number
    s = att.sents[c.sentence]
    before = att.text[s.start:n.start]
    if not (_LIST_OPENER.search(before) or (att.lang.conjunction_re and _ends_with_word(att.lang.conjunction_re, before))):
        return False
    seize = att.sentence_verbs(c.sentence).get("seize", [])
    other = [a for k, v in att.sentence_verbs(c.sentence).items() if k != "seize" for a, _ in v]
    last_seize = max((b for _, b in seize if b <= n.start), default=None)
    return last_seize is not None and not any(last_seize <= a < n.start for a in other) and (
        previous is None or previous.metric in ("items", "mass", "volume", "value"))


def _listed_goods(att: Attributor, c: Candidate, pos: int, previous: Candidate | None) -> bool:
    """An integer followed by a noun the lexicon does not know, as an item of a list of things seized: after a
    comma or a colon, with a seizure verb before it in the sentence and nothing else counted in between."""
    n = c.number
    if not n.integer_text or c.unit != "count" or not _NOUN_AFTER.match(att.text, pos):
        return False
    word = _NOUN_AFTER.match(att.text, pos).group(0).strip()
    if att.lang.function_re.match(word) or att.lang.stop_re.match(word) or att.lang.verb_any_re.match(word):
        return False
    s = att.sents[c.sentence]
    before = att.text[s.start:n.start]
    seize = att.sentence_verbs(c.sentence).get("seize", [])
    right_after_verb = any(_only_a_modifier(att, att.text[b:n.start]) for _, b in seize if b <= n.start)
    if not (right_after_verb or _LIST_OPENER.search(before)
            or (att.lang.conjunction_re and _ends_with_word(att.lang.conjunction_re, before))):
        return False
    return any(b <= n.start for _, b in seize) and (previous is None or previous.metric in ("items", "mass", "volume", "value"))


def _only_a_modifier(att: Attributor, gap: str) -> bool:
    """Nothing, or one word that is no preposition, between a verb and the number ("seized 324", "seized some
    324", not "seized in two ports")."""
    word = gap.strip(" \u00a0")
    if not word:
        return True
    return bool(re.fullmatch(r"[^\W\d_]+", word)) and not (att.lang.stop_re.match(word) or att.lang.of_re.match(word)
                                                           or att.lang.function_re.match(word))


def _ends_with_word(rx: re.Pattern, s: str) -> bool:
    m = None
    for m in rx.finditer(s):
        pass
    return m is not None and not s[m.end():].strip()


def _seizure_context(att: Attributor, c: Candidate, nums) -> bool:
    verbs = att.sentence_verbs(c.sentence)
    if verbs.get("seize") or verbs.get("detect"):
        return True
    if c.metric != "value" and any(t.category for _, _, t in att.sentence_terms(c.sentence)):
        return True
    if c.category == "cash" and any(verbs.get(k) for k in ("arrest", "check", "identify")):
        return True  # cash found on a person who was arrested / at a check
    s = att.sents[c.sentence]
    sentence = att.text[s.start:s.end]
    if att.lang.value_words_re and att.lang.value_words_re.search(sentence):
        return True
    if _VALUE_IN_PARENS.search(att.text[max(0, c.number.start - 80):c.number.start]):
        return True  # "25 kg de méthamphétamine (2,857 milliards de francs CFA)": the value of what precedes
    # "960 belts valued at R960,000, 52,000 pens valued at R104,000": each value bound to its goods, in a text
    # about a seizure
    near = att.lang.value_weak_near_re
    if near and att.has_seizure_verb() and near.search(att.text[max(0, c.number.start - 40):c.number.start]):
        return True
    # "The value of the goods is estimated at 4 million": a value said on its own, in a text about a seizure
    if att.lang.value_weak_re and att.lang.value_weak_re.search(sentence):
        others = [x for x in nums if x is not c.number and not x.words]
        return not others and att.has_seizure_verb()
    return False
