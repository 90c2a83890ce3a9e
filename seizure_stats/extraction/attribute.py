"""Attribution: what each number of a document counts (metric, unit, object, category, country, qualifier)."""
from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter
from dataclasses import dataclass, field

from seizure_stats.extraction import money
from seizure_stats.extraction.lexicon import UNIT_FACTORS, Language, Term, currency_of, term_of, unit_of
from seizure_stats.extraction.numbers import Number
from seizure_stats.extraction.reasons import Reason, quoted
from seizure_stats.extraction.text import Mention, Span

HARD_STOP = re.compile(r"[,;:()\[\]\"«»“”!?|•\n]|\.(?:\s|$)|\s[-–—]\s")
WORD = re.compile(r"[^\W\d_]+(?:[-'’][^\W\d_]+)*", re.UNICODE)
NULL_CATEGORY_METRICS = {"arrests", "suspects", "participating_countries", "cases_opened", "checks", "websites"}
VERB_CHOICES = {
    "person": ("arrest", "identify"),
    "container": ("seize", "check"),
    "goods": ("seize", "check", "detect"),
    "case": ("open", "seize", "detect"),
}
VERB_TO_METRIC = {
    "person": {"arrest": "arrests", "identify": "suspects"},
    "container": {"seize": "items", "check": "checks"},
    "goods": {"seize": "items", "check": "checks", "detect": "items"},
    "case": {"open": "cases_opened", "seize": "seizures", "detect": "detections"},
}
_POUNDS_WEIGHT = re.compile(r"\d[\d,.]*[ \u00a0]*(?:lbs?|pounds)\b(?! sterling)", re.IGNORECASE)
_TONNE_COUNTRIES = {"GB", "IE", "AU", "NZ", "CA", "IN", "ZA"}  # where a "ton" is metric (or the long ton)
_THOUSANDS = re.compile(r"[.,]000(?!\d)")
_MONEY_THOUSANDS = re.compile(r"[.,]\d{3}$")
_COMPOUND_NEXT = re.compile(r"[ \u00a0]+(?:(?:et|and|y|e|und|en|i)[ \u00a0]+)?(\d{1,3})(?![\d.,])")
_TIME_OR_DATE_AFTER = re.compile(r"\s*(?:[:h]\d\d|/\d|\.\d{1,2}\.|-\d{1,2}-|[.,]\d+[.,]\d+)")
_ORDINAL_AFTER = re.compile(r"(?:º|ª|°|\.(?=\s*[a-zäöüß]))")
_CURRENCY_END = re.compile(r"(?:[€$£¥]|\b[A-Z]{3}|US\$)\s*$")
_CODE_BEFORE = re.compile(r"[A-Za-z]-\s*$|#\s*$|\d[ \u00a0]*[-–/]\s*$")
_PAREN = re.compile(r"\s*\((?:[^()]{0,40})\)")
_CURRENCY_END_Q = re.compile(r"[€$£¥]\s*$|(?:[A-Z]{3}|US\$)\s*$")
_SPACES = re.compile(r"[ \u00a0]+")
# a capitalised first name and surname (or initial), then the comma or bracket that sets an age off
_NAME_BEFORE = re.compile(r"(?<![\w.])(?P<name>[A-ZÀ-Ý][\w'’-]+[ \u00a0]+(?:[A-ZÀ-Ý][\w'’-]*[ \u00a0]+)?"
                          r"[A-ZÀ-Ý][\w'’-]*\.?)[ \u00a0]*(?P<open>[,(])[ \u00a0]*$")
_AGE_CLOSE = {",": re.compile(r"[ \u00a0]*(?:,|;|\.(?!\d)|$)"), "(": re.compile(r"[ \u00a0]*\)")}


@dataclass
class Candidate:
    number: Number
    sentence: int
    metric: str | None = None
    value: float = 0.0
    unit: str = "count"
    object: str | None = None
    category: str | None = None
    resolved_from: str | None = None  # person / container / ...
    qualifier: str = "exact"
    country: str | None = None
    bare: bool = False
    end_pos: int = 0
    extra_categories: list[str] = field(default_factory=list)
    part: bool = False  # a part of a total ("of which 400 ...")
    reasons: list[Reason] = field(default_factory=list)  # the named rules that decided it (reasons.py)

    def because(self, what: str, rule: str, evidence: str = "", *, add: bool = False) -> None:
        """Record that `rule` decided `what` (metric / unit / category / country); it replaces what an earlier rule
        said of the same field unless `add` (a rule that refines the previous one: a verb resolving a noun)."""
        if not add:
            self.reasons = [r for r in self.reasons if r.field != what]
        self.reasons.append(Reason(what, rule, evidence))


class Attributor:
    def __init__(self, text: str, lang: Language, sents: list[Span], paras: list[Span],
                 mentions: list[Mention], default_country: str | None, n_countries: int,
                 currency: str | None, terms: list | None = None):
        self.text = text
        self.lang = lang
        self.sents = sents
        self.paras = paras
        self.mentions = mentions
        self.default_country = default_country
        self._mention_starts = [m.start for m in mentions]
        self.n_countries = n_countries
        # countries named as places (not nationalities): several of them make a "total" a multi-country one
        self.n_located = len({m.code for m in mentions if m.code and not m.origin and not m.adjective})
        self.currency = currency
        self.home_reason: tuple[str, str] | None = None  # the rule and evidence of default_country (reasons.py)
        self._all_terms = find_terms(text, lang) if terms is None else terms
        self._term_starts = [t[0] for t in self._all_terms]
        self._verbs: dict[int, dict[str, list[tuple[int, int]]]] = {}
        self._terms: dict[int, list[tuple[int, int, Term]]] = {}
        self.doc_category = self._dominant_category()
        self.absorbed: set[int] = set()  # numbers read as the second half of a quantity ("2 tonnes 282 kg")

    # ---- lexicon look-ups -------------------------------------------------------------------------------
    def terms_in(self, a: int, b: int) -> list[tuple[int, int, Term]]:
        i = bisect_left(self._term_starts, a)
        out = []
        while i < len(self._all_terms) and self._all_terms[i][0] < b:
            if self._all_terms[i][1] <= b:
                out.append(self._all_terms[i])
            i += 1
        return out

    def sentence_terms(self, si: int) -> list[tuple[int, int, Term]]:
        if si not in self._terms:
            s = self.sents[si]
            self._terms[si] = self.terms_in(s.start, s.end)
        return self._terms[si]

    def sentence_verbs(self, si: int) -> dict[str, list[tuple[int, int]]]:
        if si not in self._verbs:
            s = self.sents[si]
            chunk = self.text[s.start:s.end]
            self._verbs[si] = {cls: [(m.start() + s.start, m.end() + s.start) for m in rx.finditer(chunk)]
                               for cls, rx in self.lang.verb_re.items()}
        return self._verbs[si]

    def _dominant_category(self) -> str | None:
        counts: Counter = Counter()
        for a, _, t in self._all_terms:
            if t.category:
                w = 2 if a < 200 else 1
                counts[t.category] += w if (t.object or t.metric) else w / 2  # nouns weigh more than adjectives
        total = sum(counts.values())
        if total < 2:
            return None
        cat, n = counts.most_common(1)[0]
        return cat if n / total >= 0.6 else None

    def has_seizure_verb(self) -> bool:
        if not hasattr(self, "_has_seize"):
            rx = self.lang.verb_re.get("seize")
            self._has_seize = bool(rx and rx.search(self.text))
        return self._has_seize

    # ---- the number itself -----------------------------------------------------------------------------
    def measure(self, c: Candidate) -> int:
        """Unit, currency and value; returns the position after the number and its unit."""
        n, text, lang = c.number, self.text, self.lang
        pos = n.end
        value = n.value
        cur = None
        why: tuple[str, str] = ("no_unit", "")  # the unit's rule and its words (reasons.py)
        before = text[max(0, n.start - 6):n.start]
        cm = lang.currency_before_re.search(before)
        if cm:
            if cm.group("sign"):
                sign = cm.group("sign")
                cur = {"$": None}.get(sign, None) if sign == "$" else _sign_code(sign)
                why = ("currency_sign", quoted(sign))
                if cur is None:
                    cur = self.dollar()
                    why = ("dollar_sign", f"{quoted(sign)} {self._dollar_why()}")
            elif cm.group("code"):
                cur = cm.group("code").upper().replace("RMB", "CNY")
                why = ("currency_code", quoted(cm.group("code")))
            else:
                cur = "EUR"
                why = ("currency_word", quoted(cm.group(0)))
        else:
            cur = money.before(text, n.start, lang.code, self.default_country)  # "R10,800", "Ksh 281", "N4.4bn"
            if cur:
                w = re.search(r"\S+[ \u00a0\u202f]?$", text[max(0, n.start - 40):n.start])
                why = ("local_currency", f"{quoted(w.group(0) if w else '')} in {self.default_country or '?'}")
        unit = None
        if cur is None:
            um = lang.unit_re.match(text, pos)
            if um:
                unit = unit_of(lang, um)
                why = ("unit_word", quoted(um.group(0)))
                pos = um.end()
                if unit == "t" and self._short_ton(um.group(0)):
                    unit = "short_ton"
            else:
                am = lang.currency_after_re.match(text, pos)
                local = money.after(text, pos, lang.code, self.default_country)
                if local and (not am or local[1] > am.end()):
                    why = ("local_currency", f"{quoted(text[pos:local[1]])} in {self.default_country or '?'}")
                    cur, pos = local  # "milliards de DA", "dollars canadiens", "francs CFA"
                elif am:
                    cur = currency_of(lang, am)
                    why = ("currency_word", quoted(am.group(0)))
                    if cur == "$":
                        cur = self.dollar()
                        why = ("dollar_sign", f"{quoted(am.group(0))} {self._dollar_why()}")
                    elif local:
                        cur = local[0]  # "rupees" in a Sri Lankan text, "pesos" in a Colombian one
                        why = ("local_currency", f"{quoted(am.group(0))} in {self.default_country or '?'}")
                    pos = am.end()
                elif n.scaled and self._worth_before(n.start):
                    cur = money.home_currency(self.default_country)  # "le sigarette valevano 2 milioni"
                    why = ("home_currency", f"value word before a scaled amount, home {self.default_country}")
        else:
            # "€ 3,5 Mio. Euro" - swallow a repeated currency word
            am = lang.currency_after_re.match(text, pos)
            if am:
                pos = am.end()
        if n.ambiguous is not None:
            digits = text[n.start:n.end]
            if _THOUSANDS.search(digits) or (unit is None and cur is None and not n.scaled) or (
                    cur is not None and not n.scaled and _MONEY_THOUSANDS.search(digits)):
                # "R31,500": an amount of money has cents, not three decimals
                value = n.ambiguous
        if unit:
            base, factor = UNIT_FACTORS[unit]
            c.unit = base
            c.metric = "mass" if base == "kg" else "volume"
            c.because("metric", "unit_word", f"{why[1]} -> {c.metric}")
            value = value * factor
            more = self._smaller_unit_after(pos, base, factor)
            if more:  # "2 tonnes 282 kg", "126 kilos 188 gramos": one quantity in two units
                value, pos = value + more[0], more[1]
        elif cur:
            c.unit = cur
            c.metric = "value"
            c.because("metric", "currency", f"{why[0]} -> value")
        c.because("unit", why[0], f"{why[1]} -> {c.unit}".lstrip())
        c.value = round(value, 6)
        return pos

    def category_of_valued_goods(self, start: int) -> str | None:
        """The category of the goods a value word follows ("pangolin scales worth", "le cannabis, d'une valeur de")."""
        weak = self.lang.value_weak_word_re
        if not weak:
            return None
        window = self.text[max(0, start - 90):start]
        m = None
        for m in weak.finditer(window):
            pass
        if m is None or len(WORD.findall(window[m.end():])) > 4:
            return None
        at = start - len(window) + m.start()
        goods = [t for a, b, t in self.terms_in(at - 40, at) if t.category and (t.object or t.metric)
                 and len(WORD.findall(self.text[b:at])) <= 3]
        return goods[-1].category if goods else None

    def _worth_before(self, start: int) -> bool:
        """A value word ends right before the number ("worth", "valevano", "d'une valeur de", "avaliada em")."""
        rx = self.lang.worth_before_re
        return bool(rx) and bool(rx.search(self.text[max(0, start - 40):start]))

    def _smaller_unit_after(self, pos: int, base: str, factor: float) -> tuple[float, int] | None:
        m = _COMPOUND_NEXT.match(self.text, pos)
        if not m:
            return None
        um = self.lang.unit_re.match(self.text, m.end())
        if not um:
            return None
        base2, factor2 = UNIT_FACTORS[unit_of(self.lang, um)]
        if base2 != base or factor2 >= factor or float(m.group(1)) * factor2 >= factor:
            return None
        self.absorbed.add(m.start(1))
        return float(m.group(1)) * factor2, um.end()

    def _short_ton(self, unit_text: str) -> bool:
        """"3 tons" in an American text (a US source, or weights in pounds and no pound sterling): short tons."""
        rx = self.lang.short_ton_re
        if not rx or not rx.fullmatch(unit_text):
            return False
        if not hasattr(self, "_american"):
            if self.default_country == "US":
                self._american = True
            else:
                self._american = self.default_country in (None,) and "£" not in self.text \
                    and "GBP" not in self.text and bool(_POUNDS_WEIGHT.search(self.text)) \
                    and not any(m.code in _TONNE_COUNTRIES for m in self.mentions if not m.origin)
        return self._american

    def _dollar_why(self) -> str:
        return "(source currency)" if self.currency else f"in {self.default_country or 'unknown country'}"

    def dollar(self) -> str:
        """What a bare "$" means: the source's currency, else the home country's ("$" is the peso in Bogotá)."""
        if self.currency:
            return self.currency
        return money.dollar(self.default_country)

    def skip(self, c: Candidate, pos: int) -> bool:
        """Dates, years, percentages, ages, times, ordinals, article numbers, phone numbers, differences."""
        n, text, lang = c.number, self.text, self.lang
        s = self.sents[c.sentence]
        before = text[max(s.start, n.start - 40):n.start]
        after = text[n.end:min(s.end, n.end + 40)]
        if c.unit == "count":
            if lang.skip_after_re.match(text, n.end):
                return True
            if _TIME_OR_DATE_AFTER.match(after) \
                    or _ORDINAL_AFTER.match(after):
                return True
            if n.plain_digits and len(n.plain_digits) == 4 and 1900 <= n.value <= 2100 and not n.scaled:
                return True
            if n.plain_digits and n.plain_digits.startswith("0") and len(n.plain_digits) > 1:
                return True
        # "de 33 e 51 anos", "between 20 and 30 years": the first number of a skipped pair
        pm = lang.pair_after_re.match(
                      text[n.end:n.end + 30])
        if pm and c.unit == "count" and not n.scaled and lang.skip_after_re.match(text, n.end + pm.end()):
            return True
        if pos != n.end and lang.skip_after_re.match(text, pos) and not lang.of_re.match(text[pos:].lstrip()):
            return True
        before_nc = _CURRENCY_END.sub("", before)
        if lang.skip_before_re.search(before_nc):
            return True
        # "aged 41 and 56", "entre os 29 e os 47 anos": the second number of a skipped pair
        pair = lang.pair_before_re.search(
                         before_nc)
        if pair and lang.skip_before_re.search(before_nc[:pair.start()]):
            return True
        if _CODE_BEFORE.search(before):
            return True
        if self._age_after_name(n, before, after):
            return True
        if lang._month_after.match(after):
            return True
        if n.value <= 31 and not n.scaled and lang._month_before.search(before):
            return True
        # date ranges "du 5 au 12 octobre", "9 – 16 June"
        if n.value <= 31 and lang._date_range.match(after):
            return True
        if lang.comparative_re.match(text, pos):
            return True
        return False

    def _age_after_name(self, n: Number, before: str, after: str) -> bool:
        """"Samuel Adjei, 23, and Kofi Mensah, 22", "Jan V. (34)": a two-digit number set off right after a
        person's name is an age. A country or place before it is a breakdown ("Germany (47)"), not a name."""
        if n.scaled or not n.plain_digits or not 10 <= n.value <= 99:
            return False
        m = _NAME_BEFORE.search(before)
        if not m or not _AGE_CLOSE.get(m.group("open")).match(after):
            return False
        name_end = n.start - len(before) + m.end("name")
        i = bisect_left(self._mention_starts, name_end - len(m.group("name")))
        return not any(x.start < name_end for x in self.mentions[i:i + 2])

    # ---- what it counts ----------------------------------------------------------------------------------
    def tail_terms(self, pos: int, limit: int) -> tuple[list[tuple[int, int, Term]], int]:
        text = self.text
        m = _PAREN.match(text[pos:limit])
        if m and re.search(r"\d", m.group(0)):
            pos += m.end()
        seg_end = limit
        hs = HARD_STOP.search(text, pos, limit)
        if hs and hs.start() > pos:
            seg_end = hs.start()
        elif hs and hs.start() == pos:
            seg_end = pos
        words = list(WORD.finditer(text, pos, seg_end))
        if len(words) > 6:
            seg_end = words[6].start()
        st = self.lang.stop_re.search(text, pos, seg_end)
        if st:
            seg_end = st.start()
        return self.terms_in(pos, seg_end), seg_end

    def head_term(self, terms: list[tuple[int, int, Term]], pos: int) -> tuple[Term | None, list[Term]]:
        """The noun the number counts among the terms right after it (None when a preposition or a verb comes
        first: "365 en matière de contrefaçon", "four continents identified ... suspects")."""
        content = [(a, b, t) for a, b, t in terms if t.metric or t.object]
        others = [t for _, _, t in terms]
        if not content:
            return None, others
        text = self.text
        lead = text[pos:content[0][0]]
        stripped = lead.strip(" \u00a0")
        if stripped:
            if self.lang.function_re.match(stripped) and not self.lang.of_re.match(stripped):
                return None, others
            verbs = [m for rx in self.lang.verb_re.values() for m in rx.finditer(lead)]
            first_word = WORD.search(lead)
            if any(first_word is None or m.start() > first_word.start() for m in verbs):
                return None, others
        head = content[0]
        if self.lang.head_final and len(content) > 1 and content[1][0] - head[1] <= 1:
            head = content[1]  # adjacent nouns: the last one is the head ("drug mule couriers")
        return head[2], others

    def nearest_verb(self, c: Candidate, classes: tuple[str, ...], window: int = 90) -> str | None:
        verbs = self.sentence_verbs(c.sentence)
        best, dist = None, None
        n = c.number
        for cls in classes:
            for a, b in verbs.get(cls, []):
                d = n.start - b if b <= n.start else a - n.end
                if d < 0 or d > window:
                    continue
                if dist is None or d < dist:
                    best, dist = cls, d
        return best

    def resolve(self, c: Candidate, kind: str) -> str | None:
        cls = None
        if c.bare:
            # "500 suspects were identified and 190 of them arrested": the verb after a bare number is its own
            verbs = self.sentence_verbs(c.sentence)
            after = [(a, k) for k in VERB_CHOICES[kind] for a, _ in verbs.get(k, [])
                     if c.number.end <= a <= c.number.end + 40]
            if after:
                cls = min(after)[1]
        cls = cls or self.nearest_verb(c, VERB_CHOICES[kind])
        cases = [a for a, _, t in self.sentence_terms(c.sentence) if t.metric == "cases_opened"]
        if cls is None and kind == "person" and cases and self.nearest_verb(c, ("open",), window=120) and not any(
                re.search(r"\d\S*\s*(?:\w+\s+)?$", self.text[max(0, a - 20):a]) for a in cases):
            # "proceedings were opened against five travellers" (unless the proceedings are counted themselves)
            c.because("metric", "proceedings_against", f"{self._verb_words(c, 'open')} -> cases_opened", add=True)
            return "cases_opened"
        if cls is None:
            if kind == "person":
                cls = self.nearest_verb(c, VERB_CHOICES[kind], window=400)
                if cls is None:
                    if c.object == "person" and self._suspect_word(c):
                        c.because("metric", "suspect_word", "-> suspects", add=True)
                        return "suspects"
                    return None
            elif kind == "case":
                c.because("metric", "case_without_verb", "-> cases_opened", add=True)
                return "cases_opened"
            else:
                return None
        metric = VERB_TO_METRIC[kind].get(cls)
        if metric:
            c.because("metric", "verb_resolves", f"{self._verb_words(c, cls)}: {kind} -> {metric}", add=True)
        return metric

    def _verb_words(self, c: Candidate, cls: str) -> str:
        """The words of the verb of class `cls` nearest the number (the evidence of a resolution)."""
        n = c.number
        spans = self.sentence_verbs(c.sentence).get(cls, [])
        if not spans:
            return f"({cls} verb)"
        a, b = min(spans, key=lambda ab: n.start - ab[1] if ab[1] <= n.start else abs(ab[0] - n.end))
        return quoted(self.text[a:b])

    def _suspect_word(self, c: Candidate) -> bool:
        after = self.text[c.number.end:c.number.end + 40].lower()
        return bool(self.lang.suspect_after_re.match(after))

    def qualifier(self, n: Number) -> str:
        before = self.text[max(0, n.start - 40):n.start]
        before = _CURRENCY_END_Q.sub("", before)
        m = self.lang.qualifier_re.search(before)
        if m:
            return self.lang._qualifier_kinds[int(m.lastgroup[1:])]
        return "exact"

    # ---- where ----------------------------------------------------------------------------------------------
    def country(self, c: Candidate, numbers_in_sentence: list[Number]) -> str | None:
        if c.metric == "participating_countries":
            c.because("country", "participating_countries")
            return None
        text = self.text
        s = self.sents[c.sentence]
        n = c.number
        lo, hi = bisect_left(self._mention_starts, s.start), bisect_left(self._mention_starts, s.end)
        in_sentence = self.mentions[lo:hi]
        ms = [m for m in in_sentence if not m.origin]
        named_here = {m.code for m in ms if m.code and not m.adjective}
        if (len(named_here) >= 2 or self.default_country is None) and self.lang.total_re.search(text[s.start:s.end]):
            # a total across countries; a part of it may name its own ("23 arrests, of which 14 in Italy")
            own = self._own_place(c, in_sentence, numbers_in_sentence) if c.part else None
            if own is None:
                said = quoted(self.lang.total_re.search(text[s.start:s.end]).group(0))
                c.because("country", "total_across_countries",
                          f"{said}, {'countries named: ' + ', '.join(sorted(named_here)) if named_here else 'no home country'}")
            return own
        # bound mentions: "Germany (47)", "l'Italie avec 460"
        bound: dict[int, Mention] = {}
        for m in in_sentence:
            nxt = [x for x in numbers_in_sentence if x.start >= m.end]
            if not nxt:
                continue
            x = nxt[0]
            gap = text[m.end:x.start]
            if (not m.origin and self.lang.binding_gap_re.fullmatch(gap) and len(gap) < 14) or (
                    # "Italy 460 and Ireland 304": a country right before a number of an elliptical list
                    not m.origin and m.code and _SPACES.fullmatch(gap) and not _year_like(x)
                    and not self._ends_list(m)):
                bound[id(m)] = x
                if x is n:
                    return self._mentioned(c, "bound_mention", m)
        free = [m for m in ms if id(m) not in bound]
        nxt_num = [x for x in numbers_in_sentence if x.start > n.end]
        limit = nxt_num[0].start if nxt_num else s.end
        prev_ = [m for m in free if m.end <= n.start]
        follow = [m for m in free if n.end <= m.start < limit]
        if follow and nxt_num:
            # "Belgian customs seized 505 parcels, Italy reported 460 seizures": a country that opens the next clause
            # is the subject of the next number, not where this one was (and so is any mention after it)
            opener = next((i for i, m in enumerate(follow) if self._opens_next_clause(n, m, nxt_num[0])), None)
            if opener is not None:
                follow = follow[:opener]
        if follow and prev_ and self._closes_previous_clause(prev_[-1], n, numbers_in_sentence):
            prev_ = []  # "5 in Italy and 7 in Spain": Italy is the place of 5
        if follow and len({m.code for m in follow}) > 1:
            c.because("country", "mixed_countries_after", ", ".join(quoted(text[m.start:m.end]) for m in follow))
            return None
        if follow and (not prev_ or follow[0].start - n.end < n.start - prev_[-1].end):
            return self._mentioned(c, "mention_after", follow[0])  # "17 suspects were arrested, 12 of them in Belgium"
        cands = []
        if prev_:
            # "National authorities in Europe, South America, Asia, and the United States have seized ...": a list
            group = [prev_[-1]]
            for m in reversed(prev_[:-1]):
                if self.lang.list_gap_re.fullmatch(text[m.end:group[-1].start]):
                    group.append(m)
                else:
                    break
            if len({m.code for m in group}) > 1:
                c.because("country", "country_list", ", ".join(quoted(text[m.start:m.end]) for m in reversed(group)))
                return None
            cands.append((n.start - prev_[-1].end, 0, prev_[-1]))
        if follow:
            cands.append((follow[0].start - n.end, 1, follow[0]))
        if cands:
            best = min(cands, key=lambda x: (x[0], x[1]))
            return self._mentioned(c, "mention_after" if best[1] else "mention_before", best[2])
        # carried over from the paragraph ("En France, ... . 85 000 unités ...") in a multi-country text
        if self.default_country:
            rule, evidence = self.home_reason or ("home_country", "")
            c.because("country", rule, f"{evidence} -> {self.default_country}".lstrip())
            return self.default_country
        p = self.paras[_index(self.paras, s.start)]
        lo = bisect_left(self._mention_starts, p.start)
        earlier = [m for m in self.mentions[lo:bisect_left(self._mention_starts, s.start)] if not m.origin]
        if earlier:
            return self._mentioned(c, "paragraph_mention", earlier[-1])
        c.because("country", "no_country")
        return self.default_country

    def _mentioned(self, c: Candidate, rule: str, m: Mention) -> str | None:
        """`m`'s country, recorded as the figure's reason."""
        kind = m.kind if m.kind in ("agency", "place") else "mention"
        c.because("country", rule, f"{kind} {quoted(self.text[m.start:m.end])} -> {m.code or 'none'}")
        return m.code

    def _own_place(self, c: Candidate, in_sentence: list[Mention], numbers: list[Number]) -> str | None:
        """A country right after the number, behind at most a preposition: "14 in Italia", "12 en France"."""
        n = c.number
        nxt = [x for x in numbers if x.start > n.end]
        limit = nxt[0].start if nxt else self.sents[c.sentence].end
        for m in in_sentence:
            if m.start < c.end_pos or m.start >= limit:
                continue
            if m.code and not m.origin and not m.adjective \
                    and re.fullmatch(r"[ \u00a0]+(?:[^\W\d_]+[ \u00a0]+)?", self.text[c.end_pos:m.start]):
                return self._mentioned(c, "own_place", m)
            break
        return None

    def _ends_list(self, m: Mention) -> bool:
        """"in the Netherlands and Belgium 11 suspects": the last country of a list, not one of its own."""
        i = bisect_left(self._mention_starts, m.start)
        return i > 0 and bool(self.lang.list_gap_re.fullmatch(self.text[self.mentions[i - 1].end:m.start]))

    def _closes_previous_clause(self, m: Mention, n: Number, numbers: list[Number]) -> bool:
        if not any(x.end <= m.start for x in numbers):
            return False
        gap = self.text[m.end:n.start]
        if not re.fullmatch(r"[\s,;]*", gap):
            gap = re.sub(r"^[\s,;]+", "", gap)
            cm = self.lang.conjunction_re.match(gap) if self.lang.conjunction_re else None
            return bool(cm) and not gap[cm.end():].strip()
        return "," in gap or ";" in gap

    def _opens_next_clause(self, n: Number, m: Mention, x: Number) -> bool:
        """`m` comes after a clause break ("," / "and") following `n` and is the subject of the next number `x`
        ("..., Italy reported 460", "... et l'Irlande en compte 304")."""
        text, lang = self.text, self.lang
        before = text[n.end:m.start]
        before = lang.article_end_re.sub("", before)
        opened = lang.place_prep_end_re.sub("", before)  # "..., mentre in Spagna ...", "... and in Spain ..."
        explicit = opened != before and bool(lang.conjunction_re) and _ends_with(lang.conjunction_re, opened)
        if not (re.search(r"[,;]\s*$", before) or (lang.conjunction_re and _ends_with(lang.conjunction_re, before))
                or explicit):
            return False
        gap = text[m.end:x.start]
        for o in self.mentions:  # the subject may be an agency ("in Spagna la Guardia Civil ne ha sequestrati 2 milioni")
            if m.end < o.start and o.end <= x.start and o.code == m.code:
                gap = gap.replace(text[o.start:o.end], " ")
        if re.search(r"[,;:.()\[\]!?]", gap) or len(WORD.findall(gap)) > (5 if explicit else 3):
            return False
        if lang.conjunction_re and lang.conjunction_re.search(gap):
            return False  # "in Spain and 300 in Portugal": the country closes this figure's clause
        return True


def _ends_with(rx: re.Pattern, s: str) -> bool:
    m = None
    for m in rx.finditer(s):
        pass
    return bool(m) and not s[m.end():].strip()


def _year_like(x: Number) -> bool:
    return bool(x.plain_digits) and len(x.plain_digits) == 4 and 1900 <= x.value <= 2100


_LONG_WORD = re.compile(r"\w{8,}")


def find_terms(text: str, lang: Language) -> list[tuple[int, int, Term]]:
    """Every lexicon term of a text, in order; in compounding languages also as the end of a long word."""
    found = [(m.start(), m.end(), term_of(lang, m)) for m in lang.term_re.finditer(text)]
    if lang.cover_re is not None:
        found = _drop_cover_load(text, lang, found)
    if lang.suffix_re is None:
        return found
    starts = {a for a, _, _ in found}
    extra = []
    for w in _LONG_WORD.finditer(text):
        if w.start() in starts:
            continue
        word = w.group(0)
        m = lang.term_re.match_end(word, 1, len(word) - 2)  # the longest end of the word that is a term
        if m:
            term = term_of(lang, m)
            if term.metric and term.category is None:
                # "Bargeldaufgriffe", "Waffenfunde": a category noun at the start of the compound gives its category
                first = _compound_modifier(lang, word[:m.start()])
                if first is not None:
                    term = Term(term.pattern, term.metric, term.object, first)
            extra.append((w.start(), w.end(), term))
    if extra:
        found = sorted(found + extra, key=lambda t: t[0])
    return found


_COVER_PHRASE = re.compile(r"[^\W\d_]+(?:[ \u00a0'’-]+[^\W\d_]+){0,3}")


def _drop_cover_load(text: str, lang: Language, found: list[tuple[int, int, Term]]) -> list[tuple[int, int, Term]]:
    """"two containers declared as frozen fish": the goods named right after a cover word are the cover load, not
    what was seized; their terms give no category or object."""
    spans = []
    for m in lang.cover_re.finditer(text):
        p = _COVER_PHRASE.match(text, m.end() + len(text[m.end():]) - len(text[m.end():].lstrip()))
        if p:
            spans.append((m.end(), p.end()))
    if not spans:
        return found
    return [t for t in found if t[2].metric or not any(a <= t[0] < b for a, b in spans)]


def _compound_modifier(lang: Language, prefix: str) -> str | None:
    """The category of the first part of a compound ("Bargeld" in "Bargeldaufgriffe"), with a linking s allowed."""
    for cand in (prefix, prefix[:-1] if prefix.endswith("s") else None):
        if cand and len(cand) >= 3:
            m = lang.term_re.search(cand)
            if m and m.start() == 0 and m.end() == len(cand):
                return term_of(lang, m).category
    return None


def _index(spans: list[Span], pos: int) -> int:
    lo, hi = 0, len(spans) - 1
    while lo < hi:
        mid = (lo + hi + 1) // 2
        if spans[mid].start <= pos:
            lo = mid
        else:
            hi = mid - 1
    return lo


def _sign_code(sign: str) -> str | None:
    from seizure_stats.extraction.lexicon import CURRENCY_SIGNS
    return CURRENCY_SIGNS.get(sign)
