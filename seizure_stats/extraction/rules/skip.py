"""Numbers that are no figures whatever their words: dates, years, percentages, ages, times, ordinals, article
and phone numbers, codes, differences ("12 more than"), and numbers astride a sentence break."""
from __future__ import annotations

import re

from seizure_stats.extraction import money
from seizure_stats.extraction.candidate import Candidate, Near
from seizure_stats.extraction.context import CURRENCY_END, Context, next_list_item, without_qualifier

BULLET_MARK = re.compile(r"\s*[•·▪‣◦*–—-]\s*")  # a bullet mark, then the number: a list item

# a time, a date, or a phone number written in groups ("876-923-5729": no group of it counts anything)
_TIME_OR_DATE_AFTER = re.compile(r"\s*(?:[:h]\d\d|/\d|\.\d{1,2}\.|-\d{1,2}-|-\d{3,4}-\d|[.,]\d+[.,]\d+)")
_EARLIER_YEAR_LABEL = re.compile(r"\(\s*((?:19|20)\d\d)\s*:\s*$")
_WORD_AFTER = re.compile(r"\)?[ \u00a0]+[^\W\d_]")
_ORDINAL_AFTER = re.compile(r"(?:\.?[ºª]|°|\.(?=\s*[a-zäöüß]))")  # "1.º Interrogatório", "3ª"
_CODE_BEFORE = re.compile(r"[A-Za-z]-\s*$|#\s*$|\d[ \u00a0]*[-–/]\s*$")
_CODE_ENDS = ("-", "#", "–", "/")  # the last character before the spaces of every _CODE_BEFORE match
_DIGIT = re.compile(r"\d")
_SPACES_END = re.compile(r"[ \u00a0]*")
_BRACKETED = re.compile(r"[ \u00a0]*\([^()\n]{1,60}\)")  # a short aside in brackets right after an amount
# "auf der (B 83)", "op de A 12": a road's one capital letter right before its number (not opening a sentence:
# "A 15 detenidos se les ...")
_ROAD_BEFORE = re.compile(r"(?:\(|\w[ \u00a0]+|[,;][ \u00a0]*)[A-Z][ \u00a0]?$")

# a capitalised first name and surname (or initial), then the comma or bracket that sets an age off
_NAME_BEFORE = re.compile(r"(?<![\w.])(?P<name>[A-ZÀ-Ý][\w'’-]+[ \u00a0]+(?:[A-ZÀ-Ý][\w'’-]*[ \u00a0]+)?"
                          r"[A-ZÀ-Ý][\w'’-]*\.?)[ \u00a0]*(?P<open>[,(])[ \u00a0]*$")
# one capitalised first name inside a sentence (a lower-case word or a comma before it), then the bracket: "los hermanos Kevin (31)"
_ONE_NAME_BEFORE = re.compile(r"(?<=[a-zà-ÿ,][ \u00a0])(?P<name>[A-ZÀ-Ý][a-zà-ÿ'’-]+)[ \u00a0]*(?P<open>\()[ \u00a0]*$")
# a person's initials ("S.B. (46)", "J.-P. M., 52"): letters each closed by a full stop, then the age's mark
_INITIALS_BEFORE = re.compile(r"(?<![\w.])(?P<name>[A-Z]\.(?:[ \u00a0-]?[A-Z]\.){1,3})"
                              r"[ \u00a0]*(?P<open>[,(])[ \u00a0]*$")
_AGE_CLOSE = {",": re.compile(r"[ \u00a0]*(?:,|;|\.(?!\d)|$)"), "(": re.compile(r"[ \u00a0]*\)")}


def outside_its_sentence(ctx: Context, c: Candidate, near: Near) -> bool:
    """A number read across a sentence break belongs to no sentence's words."""
    s, n = ctx.sents[c.sentence], c.number
    return not (n.end > s.end or n.start < s.start)


def not_a_figure(ctx: Context, c: Candidate, near: Near) -> bool:
    """Dates, years, percentages, ages, times, ordinals, article numbers, phone numbers, differences; and zero
    ("zero tolerance", "cero incautaciones"): nothing seized is no amount of it."""
    if c.number.value == 0 or _count_only(ctx, c, near) or _skipped_by_its_words(ctx, c) or _another_years_figure(ctx, c, near):
        c.metric = None
        return False
    return True


def lower_bound_of_range(ctx: Context, c: Candidate, near: Near) -> bool:
    """"between 20 and 30 kg", "tra i 9 e i 32 milioni di euro", "entre 50 y 80 mil euros": a range is one figure,
    read as its upper bound (the contract matches either); its lower bound is no figure of its own."""
    lang, text, n = ctx.lang, ctx.text, c.number
    if lang.pair_after_re is None or not lang.range_opener_end_re.search(text[max(0, n.start - 30):n.start]):
        return True
    if not any(lang.pair_after_re.match(text, pos) for pos in {n.end, c.end_pos or n.end}):
        return True  # "between 20 kg and 30 kg" pairs after the unit
    c.metric = None
    c.because("metric", "lower_bound_of_range", "the upper bound stands for the range")
    return False


def varying_sizes(ctx: Context, c: Candidate, near: Near) -> bool:
    """"De zendingen variëren in gewicht van 10 tot 30 kilo", "the shipments vary from 5 to 40 kg": the sizes a
    verb of variation describes (typical shipments, packages of various weights) are no amount seized."""
    rx = ctx.lang.variation_re
    if rx is None or c.metric is None:
        return True
    s, n = ctx.sents[c.sentence], c.number
    if not rx.search(ctx.text, max(s.start, n.start - 60), n.start):
        return True
    c.metric = None
    c.because("metric", "varying_sizes", "a verb of variation before the number")
    return False


# inside brackets: a few words, no digit, no clause mark, before the number ("(rispetto ai ", "(furono ", "(")
_BRACKET_LEAD = re.compile(r"\(([^\W\d_]+[ \u00a0'’]+){0,4}$")
# after it, up to the closing bracket: a few words and at most a year ("nel 2016)", "l'anno prima)", ")")
_BRACKET_TAIL = re.compile(r"[ \u00a0]*(?:[^\W\d_]+[ \u00a0'’]*|(?:19|20)\d\d[ \u00a0]*){0,5}\)")
_PHRASE_GAP = re.compile(r"[^\W\d_]*(?:[ \u00a0'’]+[^\W\d_]+){0,5}[ \u00a0]*")


def _another_years_figure(ctx: Context, c: Candidate, near: Near) -> bool:
    """"75 chili di marijuana (130 nel 2016)", "38 chili di hashish (11)", "1'880 (1'525 l'anno prima)": a number
    alone in brackets right after a figure and its noun phrase, with no words that count anything else beside it
    (at most a year or a word of comparison), is the same figure in another year, not one of its own. A money
    amount or another unit in brackets is another figure ("25 kg (2,8 milliards de francs CFA)", "5.892 unidades
    (2 toneladas)")."""
    previous, n, text = near.previous, c.number, ctx.text
    if previous is None or previous.sentence != c.sentence or c.unit not in ("count", previous.unit) \
            or "(" not in text[max(0, n.start - 30):n.start]:
        return False
    lead = _BRACKET_LEAD.search(text, max(previous.end_pos, n.start - 30), n.start)
    tail = _BRACKET_TAIL.match(text, c.end_pos)
    if lead is None or tail is None or not _PHRASE_GAP.fullmatch(text, previous.end_pos, lead.start()):
        return False
    kinds = [t for _, _, t in ctx.terms_in(previous.end_pos, lead.start()) if t.category and t.object]
    if kinds and kinds[-1].object != previous.object:
        return False  # "410 kilos were heroin, after cannabis (1 720 kilos)": other goods, another item
    inside = (lead.start(), tail.end())
    return not ctx.mentions_between(*inside) and not any(
        t.metric or t.object or t.category for _, _, t in ctx.terms_in(*inside))


def _count_only(ctx: Context, c: Candidate, near: Near) -> bool:
    """What only a bare count can be: "2019", "9:30", "3.", "07", "15 %" (a unit or currency rules them out)."""
    n, text = c.number, ctx.text
    if c.unit != "count":
        return False
    if not n.scaled and n.value != int(n.value) and (n.ambiguous is None or n.ambiguous != int(n.ambiguous)) \
            and ctx.bare(n.end, ctx.sents[c.sentence].end) and not _after_a_quantity(c, near):
        return True  # "calibres 9mm et 5,56", "am Mittwoch (11.1.)": a bare count with decimals counts nothing
    if ctx.lang.skip_after_re.match(text, n.end) and not any(r.rule == "times_acted" for r in c.reasons):
        return True  # "3 times", "20 years"; but "660-mal fündig": times a service found something (times_acted)
    after = text[n.end:min(ctx.sents[c.sentence].end, n.end + 40)]
    if _TIME_OR_DATE_AFTER.match(after) or _ORDINAL_AFTER.match(after):
        return True
    if n.value == 1 and ctx.lang.one_of_re and ctx.lang.one_of_re.match(text, n.end):
        return True  # "one of the largest seizures": a member of a group
    if n.plain_digits and len(n.plain_digits) == 4 and 1900 <= n.value <= 2100 and not n.scaled:
        return not (_list_of_counts_goes_on(ctx, c, near) or _bullet_count(ctx, c) or _counts_right_after(ctx, c))
    # a code ("0800", "007"); but "03 suspects", "(06)": a count some releases pad to two digits
    return bool(n.plain_digits and n.plain_digits.startswith("0") and len(n.plain_digits) > 1) \
        and not (len(n.plain_digits) == 2 and _WORD_AFTER.match(after))


def _after_a_quantity(c: Candidate, near: Near) -> bool:
    """"Spain seized 3 tonnes, Italy 2 and Greece 1.5": a bare number after a quantity of its sentence may take its
    unit (rule unit_continues)."""
    p = near.previous
    return p is not None and p.sentence == c.sentence and p.unit != "count"


def _bullet_count(ctx: Context, c: Candidate) -> bool:
    """"- 1800 codeine tablets;": a four-digit number opening a bulleted item, the noun it counts right after it
    (goods words may come between), is a count, not a year."""
    s = ctx.sents[c.sentence]
    if not BULLET_MARK.fullmatch(ctx.text, s.start, c.number.start):
        return False
    terms, _ = ctx.tail_terms(c.number.end, s.end)
    return ctx.head_term(terms, c.number.end)[0] is not None


_YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")
_SPACE_ONLY = re.compile(r"[ \u00a0]*")
_COUNTED_KINDS = ("person", "container", "goods", "arrests", "items")


_LAST_WORD = re.compile(r"([^\W\d_]+['’]?)[ \u00a0]*$")


def _of_before(lang, before: str) -> bool:
    """"the first half of 2025", "van 2023": an "of" word right before the number."""
    last = _LAST_WORD.search(before)
    return bool(last and lang.of_re.fullmatch(last.group(1)))


def _counts_right_after(ctx: Context, c: Candidate) -> bool:
    """"e 1909 arrestati", "con 2065 persone denunciate", "2000 unités de cartouches ont été saisies", "1958 i
    documenti falsificati": a four-digit number followed at once (a definite article aside) by people, goods or an
    arrest participle counts them. A year is read with a preposition, an article or another year before it ("in
    2019", "the 2019 seizures", "of 2025", "between 2019 and 2021"), or with other words before its noun."""
    lang, text, n = ctx.lang, ctx.text, c.number
    s = ctx.sents[c.sentence]
    before = text[max(s.start, n.start - 30):n.start]
    if not before.strip() or _DIGIT.search(before[-4:]) or _YEAR.search(before[-14:]) \
            or lang.year_prep_re.search(before) or lang.article_end_re.search(before) \
            or lang.place_prep_end_re.search(before) or _of_before(lang, before):
        return False
    if lang.arrest_after_re and lang.arrest_after_re.match(text, n.end):
        return True
    art = lang.copula_article_re.match(text, n.end) if lang.copula_article_re else None
    pos = art.end() if art else n.end
    terms, _ = ctx.tail_terms(pos, s.end)
    if not terms or not _SPACE_ONLY.fullmatch(text, pos, terms[0][0]):
        return False
    head = ctx.head_term(terms, pos)[0]
    return head is terms[0][2] and (head.metric in _COUNTED_KINDS or (head.metric is None and head.object is not None))


def _list_of_counts_goes_on(ctx: Context, c: Candidate, near: Near) -> bool:
    """"4745 i reati denunciati, 1572 quelli scoperti, 150 gli arresti, 2046 i denunciati": a four-digit number
    that comes next in a list of counts of its sentence (a comma or a conjunction before it, no preposition) and
    names what it counts right after it, a definite article aside, is a count, not a year."""
    previous = near.previous
    if previous is None or previous.sentence != c.sentence or previous.unit != "count" or previous.metric is None:
        return False
    if not next_list_item(ctx, previous.end_pos, c.number.start):
        return False
    lang = ctx.lang
    art = lang.copula_article_re.match(ctx.text, c.number.end) if lang.copula_article_re else None
    pos = art.end() if art else c.number.end
    terms, _ = ctx.tail_terms(pos, ctx.sents[c.sentence].end)
    return bool(art) or ctx.head_term(terms, c.number.end)[0] is not None


def _skipped_by_its_words(ctx: Context, c: Candidate) -> bool:
    n, text, lang, pos = c.number, ctx.text, ctx.lang, c.end_pos
    s = ctx.sents[c.sentence]
    before = text[max(s.start, n.start - 40):n.start]
    after = text[n.end:min(s.end, n.end + 40)]
    # "de 33 e 51 anos", "between 20 and 30 years": the first number of a skipped pair
    pm = lang.pair_after_re.match(text[n.end:n.end + 30])
    if pm and c.unit == "count" and not n.scaled and lang.skip_after_re.match(text, n.end + pm.end()):
        return True
    # "12 000 comprimés par jour", "$7.000 el kilo" (a price per unit: money with its sign before is checked here)
    per = lang.skip_after_re.match(text, pos) if pos != n.end or c.unit != "count" else None
    if per is None and c.unit != "count":
        per = _per_unit_after_brackets(ctx, c, pos)
    if per and (not lang.of_re.match(text[pos:].lstrip()) or lang.of_re.match(per.group(0).lstrip(" \u00a0-"))):
        return True  # a skip phrase that takes the goods in ("50 kilos de chanvre chacun": each) skips them too
    if n.words and lang.vague_re and lang.vague_re.search(before):
        return True  # "mehrere tausend Franken", "several thousand dollars": no number is stated
    if c.unit not in ("count", "kg", "l") and lang.penalty_after_re and lang.penalty_after_re.match(text, pos):
        return True  # "423mila euro di sanzioni pecuniarie", "5 000 euros d'amende": a fine
    if c.unit not in ("count", "kg", "l") and _owed_or_spent(ctx, c, pos):
        return True
    before_nc = money.without_sign_or_code_end(CURRENCY_END, before)
    if lang.skip_before_re.search(before_nc) or _vehicle_class(ctx, c):
        return True
    unqualified = without_qualifier(ctx.lang, before_nc)  # "zu je rund 1.100 Gramm", "à raison de près de 2 kg chacun"
    if unqualified != before_nc and lang.skip_before_re.search(unqualified):
        return True
    if lang.count_mark_re and lang.count_mark_re.search(before) and not _counts_a_known_noun(ctx, c):
        return True  # "legge n. 689", "Ufficio n. 2": an identifier; "n. 45 persone" is a count
    # "aged 41 and 56", "entre os 29 e os 47 anos": the second number of a skipped pair (a pair opens with digits:
    # a window without any is not searched)
    pair = lang.pair_before_re.search(before_nc) if _DIGIT.search(before_nc) else None
    if pair and _skipped_pair(ctx, c, before_nc[:pair.start()], before_nc[pair.start():]):
        return True
    if c.unit == "count" and not n.scaled and _ROAD_BEFORE.search(before):
        return True
    if (before.rstrip()[-1:] in _CODE_ENDS and _CODE_BEFORE.search(before) and not _measured_after_dash(c, before)) \
            or lang.month_after_re.match(after) or _age_after_name(ctx, n, before, after):
        return True
    label = _EARLIER_YEAR_LABEL.search(before) if "(" in before else None
    if label and re.search(r"\d", before[max(0, label.start() - 30):label.start()]):
        return True  # "231 Kilogramm (2015: 7,9 Kilogramm)": another year's figure beside the one reported
    if n.value <= 31 and not n.scaled and lang.weekday_bracket_re.search(before):
        return True  # "na segunda-feira (17)": the day of the month
    if n.value <= 31 and not n.scaled and not n.words and _DAY_CLOSED.match(after) \
            and lang.day_set_off_re.search(before):
        return True  # "nesta quarta-feira,16, durante", "ontem, dia 7, no": a day of the month, set off
    if n.value <= 31 and not n.scaled and not n.words and lang.month_before_re.search(before) and c.unit == "count":
        return True  # "April 4", "am 3. März": a day is written in digits ("im April vier Kuriere" counts couriers);
        # a weight or volume is no day of the month ("el 9 de septiembre 25 kilos")
    # date ranges "du 5 au 12 octobre", "9 – 16 June"
    if n.value <= 31 and lang.date_range_re.match(after):
        return True
    return bool(lang.comparative_re.match(text, pos))


_DAY_CLOSED = re.compile(r"[ \u00a0]*(?:[,;)]|\.(?!\d)|$)")  # a day set off: a clause mark right after it
_REST_OF_BRACKET = re.compile(r"[^()\n]{0,40}\)")


def _per_unit_after_brackets(ctx: Context, c: Candidate, pos: int):
    """"1 000 000 FCFA (some 2 000 dollars) le kg": a price per unit with its conversion in brackets between; both
    the price before the brackets and the conversion inside them are read up to the words of "per unit" after."""
    text, lang, n = ctx.text, ctx.lang, c.number
    if text.startswith("(", _SPACES_END.match(text, pos).end()):
        aside = _BRACKETED.match(text, pos)
        return lang.skip_after_re.match(text, aside.end()) if aside else None
    close = _REST_OF_BRACKET.match(text, pos) if "(" in text[max(0, n.start - 40):n.start] else None
    return lang.skip_after_re.match(text, close.end()) if close else None


def _skipped_pair(ctx: Context, c: Candidate, lead: str, joint: str) -> bool:
    """The second number of a pair whose first a skip phrase ("each holding about 20 to 30 bricks",
    a qualifier between) or a month ("on March 5 and 7") makes no figure. Joined by "and" or a comma, a second
    number with its own goods is a new item ("calibre 12 e 30 quilos"); joined by "to", it closes the range."""
    lang = ctx.lang
    if lang.skip_before_re.search(lead) or lang.skip_before_re.search(without_qualifier(lang, lead)):
        listed = "," in joint or any(w in lang.and_words for w in re.findall(r"[^\W\d_]+", joint.lower()))
        return not (listed and _names_its_own_goods(ctx, c))
    n = c.number
    return c.unit == "count" and n.value <= 31 and not n.scaled and not n.words \
        and bool(lang.month_before_re.search(lead))


def _measured_after_dash(c: Candidate, before: str) -> bool:
    """"Trujillo -3 de mayo- 60 kilos": a weight or volume after a dash and a space is a table's next column
    (a date set off by dashes, then the quantity), not a code ("B-52", "Covid-19" stick to their letters)."""
    return c.unit in ("kg", "l") and before[-1:] in (" ", "\u00a0")


_LINK_AFTER = re.compile(r"[ \u00a0]*(?:[dl]['’][ \u00a0]*|[^\W\d_]{1,3}[ \u00a0]+)?")
_CLAUSE_MARK = re.compile(r"[;:)\[\]]")  # "(" may open a conversion: "2.000 millones de guaraníes (270.000 dólares)"


def _owed_or_spent(ctx: Context, c: Candidate, pos: int) -> bool:
    """"the duty and sales tax evaded came to $2.3 million", "Geldstrafen in Höhe von 5.000 Euro", "an extra
    $20 million over three years in the budget", "2 miljoen euro aan invoerrechten": money owed (taxes, duties,
    fines) or spent (budgets, funding) is no worth of goods seized (figures.md: fines are no figures, taxes are
    optional). The words name it right after the amount (a short link word between), or earlier in its clause with
    no word of worth nor seizure verb between ("tax officers seized cash of $5,000", "a retail value of €14,800"
    after duties are worths)."""
    lang, text, n = ctx.lang, ctx.text, c.number
    rxs = [rx for rx in (lang.tax_re, lang.owed_re) if rx is not None]
    link = _LINK_AFTER.match(text, pos).end()
    if any(rx.match(text, link) for rx in rxs):
        return True
    start = max(ctx.sents[c.sentence].start, n.start - 100)
    for m in _CLAUSE_MARK.finditer(text, start, n.start):
        start = m.end()
    last = max((m.end() for rx in rxs for m in rx.finditer(text, start, n.start)), default=None)
    if last is None:
        return False
    gap = text[last:n.start]
    acts = [lang.verb_re.get(k) for k in ("seize", "detect")] + [lang.value_weak_re]
    return not any(rx is not None and rx.search(gap) for rx in acts)


def _vehicle_class(ctx: Context, c: Candidate) -> bool:
    """"un camion de 38 tonnes", "un camión de 40 toneladas": a weight right after a vehicle and its "of", with no
    goods of its own after it, is the vehicle's class, not a quantity seized ("un camion de 5 tonnes de cigarettes"
    is)."""
    if c.unit != "kg" or c.metric != "mass":
        return False
    n, text = c.number, ctx.text
    s = ctx.sents[c.sentence]
    veh = [(a, b) for a, b, t in ctx.terms_in(max(s.start, n.start - 30), n.start) if t.object == "vehicle"]
    if not veh:
        return False
    gap = text[veh[-1][1]:n.start].strip(" \u00a0")
    of = ctx.lang.of_re.fullmatch(gap)
    return bool(of) and not ctx.lang.of_re.match(text[c.end_pos:].lstrip(" \u00a0"))


def _counts_a_known_noun(ctx: Context, c: Candidate) -> bool:
    """A unit, or a noun the lexicon knows, right after the number."""
    if c.unit != "count":
        return True
    terms, _ = ctx.tail_terms(c.end_pos, ctx.sents[c.sentence].end)
    return ctx.head_term(terms, c.end_pos)[0] is not None


def _names_its_own_goods(ctx: Context, c: Candidate) -> bool:
    """"calibre 12 e 30 quilos", "calibres 556, duas espingardas": a unit or a known noun of its own makes the
    number after a skipped one a new item of the list, not the second half of a pair ("aged 41 and 56"; money
    shares the pair's reason: "una multa di 800 e 1'500 franchi")."""
    if c.unit in ("kg", "l"):
        return True
    if c.unit != "count":
        return False
    terms, _ = ctx.tail_terms(c.number.end, ctx.sents[c.sentence].end)
    return ctx.head_term(terms, c.number.end)[0] is not None


def _age_after_name(ctx: Context, n, before: str, after: str) -> bool:
    """"Samuel Adjei, 23, and Kofi Mensah, 22", "Jan V. (34)", "K.L. (29)", "los hermanos Kevin (31)": a two-digit
    number set off right after a person's name or initials is an age. A country or place before it is a breakdown
    ("Germany (47)"), not a name (a place inside a name, "Luis Lima Ortega (25)", leaves it a name); so is a word the
    lexicon knows ("Cocaína (28)")."""
    if n.scaled or not n.plain_digits or not 10 <= n.value <= 99:
        return False
    at = n.start
    if ctx.text[n.start] == "(" and ctx.text[n.end - 1] == ")":  # "S.B. (46) aangehouden": read with its brackets
        before, after, at = before + "(", ")" + after, n.start + 1
    m = _NAME_BEFORE.search(before) or _INITIALS_BEFORE.search(before)
    one = None if m else _ONE_NAME_BEFORE.search(before)
    m = m or one
    if not m or not _AGE_CLOSE[m.group("open")].match(after):
        return False
    name_end = at - len(before) + m.end("name")
    last = len(m.group("name").rsplit(None, 1)[-1])
    if one is not None and any(True for _ in ctx.terms_in(name_end - last, name_end)):
        return False
    start = name_end - len(m.group("name"))
    return not any(x.end > name_end - last for x in ctx.mentions_between(start, name_end))


# the sizes listed before this one: numbers, each followed by a comma or a short word ("25, 30 e ")
_SIZES_LISTED = re.compile(r"(?:\d[\d.,]*[ \u00a0]*(?:,|[^\W\d_]{1,3}(?=[ \u00a0]))[ \u00a0]*)+$")
_FEW_WORDS_BETWEEN = re.compile(r"[ \u00a0]+(?:[^\W\d_][\w'’-]*[ \u00a0]+){0,2}")


def weight_of_each(ctx: Context, c: Candidate, near: Near) -> bool:
    """"72 bolsas de 16 kilos", "51 bags of 25 kg", "120 paquetes de cocaína de 2 kilos": a weight or volume "of"
    right after a count of more than one package is what each package holds; the amount seized is the count (or
    a total said elsewhere), so the weight is no figure. "2 maletas con 20 kilos" (containing) is a total."""
    rx = ctx.lang.each_of_re
    if c.unit not in ("kg", "l") or rx is None:
        return True
    n, text = c.number, ctx.text
    base = max(ctx.sents[c.sentence].start, n.start - 80)
    end = base + len(without_qualifier(ctx.lang, text[base:n.start]))
    packs = [(a, b) for a, b, t in ctx.terms_in(base, end)
             if t.metric == "container" and t.object in ("parcel", "package")]
    if not packs:
        return True
    listed = _SIZES_LISTED.search(text, packs[-1][1], end)  # "em bidões de 10, 20 e 50 litros": sizes listed
    if not rx.fullmatch(text, packs[-1][1], listed.start() if listed else end):
        return True
    count = next((x for x in reversed(near.nums) if x.end <= packs[-1][0]), None)
    if (count is None or count.value <= 1 or not _FEW_WORDS_BETWEEN.fullmatch(text, count.end, packs[-1][0])) \
            and not _several_before(ctx, packs[-1][0]) and not _packed_in_plural(ctx, packs[-1][0]):
        return True
    c.metric = None
    return False


def _several_before(ctx: Context, pos: int) -> bool:
    """"em vários sacos de 30 quilos", "in several bags of 25 kg": packages of an unstated number (the language's
    `vague_words` right before their noun) are more than one, and the weight after them is still each one's."""
    rx = ctx.lang.vague_re
    return rx is not None and rx.search(ctx.text, max(0, pos - 30), pos) is not None


_SHORT_WORD_END = re.compile(r"(?<!\w)([^\W\d_]{1,4})[ \u00a0]+$")


def _packed_in_plural(ctx: Context, pos: int) -> bool:
    """"acondicionado em recipientes de 25 litros", "stored in drums of 200 litres", "dans des bidons de 20
    litres": packages right after a preposition of place (a plural article allowed between, no number, no
    indefinite article: "en un bidón de 20 litros" is one package, its content the amount) are of an unstated
    number, and the weight or volume after them is each one's."""
    text, lang = ctx.text, ctx.lang
    lead = text[max(0, pos - 30):pos]
    short = _SHORT_WORD_END.search(lead)
    if short and not lang.place_prep_end_re.search(lead):
        if short.group(1).lower() in lang.articles:
            return False
        lead = lead[:short.start()]
    return bool(lang.place_prep_end_re.search(lead))
