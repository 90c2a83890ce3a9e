"""What a number measures: a currency (sign, code, word, the local money of the home country), a unit of mass or
volume (with its factor to kg / l), or nothing (a count); and the same quantity said again in another unit."""
from __future__ import annotations

import re

from seizure_stats.extraction import money, world
from seizure_stats.extraction.candidate import Candidate, Near
from seizure_stats.extraction.context import Context
from seizure_stats.extraction.lexicon import CURRENCY_SIGNS, UNIT_FACTORS, currency_of, unit_of
from seizure_stats.extraction.numbers import Number, convention
from seizure_stats.extraction.reasons import quoted

_THOUSANDS = re.compile(r"[.,‚]000(?!\d)")
_MONEY_THOUSANDS = re.compile(r"[.,‚]\d{3}$")
# milligrams in any of the seven languages ("mg", "milligrams", "Milligramm", "miligramos", "milligrammi")
_SMALL_UNITS = frozenset({"g", "mg", "ml", "cl"})  # units of a thousandth or a hundredth of the base


def measure(ctx: Context, c: Candidate, near: Near) -> bool:
    """Unit, currency and value; what the number counts is read after them (from `c.end_pos`)."""
    n = c.number
    cur, why = _currency_before(ctx, n)
    unit, pos = None, n.end
    if cur is None:
        unit, cur, why, pos = _unit_or_currency_after(ctx, n, why)
    else:
        # "€ 3,5 Mio. Euro" - swallow a repeated currency word
        am = ctx.lang.currency_after_re.match(ctx.text, pos)
        if am:
            pos = am.end()
    value = c.written = _value(ctx, n, unit, cur)
    if unit is None and cur is None:
        elided = _unit_of_ellipsis(ctx, c, near.nums)
        if elided:  # "48 tonnes of hashish, 3 of cocaine and 4 of heroin"
            unit = elided[0]
            why = ("elided_unit", quoted(elided[1]))
    if unit is None and cur is None and n.scaled:
        elided_cur = _currency_of_previous_amount(ctx, n, near.nums)
        if elided_cur:  # "valued at 6 million francs, the truck at two million"
            cur, why = elided_cur
    if unit is None and cur is None:
        shared = _scale_of_pair(ctx, n, near.nums)
        if shared:  # "von 4,2 auf 6,8 Millionen Stück", "from 1.2 to 3 million euros": the scale goes with both
            value = value * shared[0]
            unit, cur, why = _unit_or_currency_after_scale(ctx, shared[1], why)
    if unit:
        base, factor = UNIT_FACTORS[unit]
        c.unit = base
        c.metric = "mass" if base == "kg" else "volume"
        c.because("metric", "unit_word", f"{why[1]} -> {c.metric}")
        value = value * factor
        more = _smaller_unit_after(ctx, pos, base, factor, near.nums)
        if more:  # "2 tonnes 282 kg", "126 kilos 188 gramos": one quantity in two units
            value, pos, c.absorbed = value + more[0], more[1], more[2]
            if more[0] < 0.001 and value < 1:  # grams and milligrams
                c.because("unit", "grams_and_milligrams", quoted(ctx.text[n.start:pos]), add=True)
        half = ctx.lang.half_after_re.match(ctx.text, pos) if ctx.lang.half_after_re else None
        if half:  # "ocho kilos y medio"
            value, pos = value + factor / 2, half.end()
    elif cur:
        c.unit = cur
        c.metric = "value"
        c.because("metric", "currency", f"{why[0]} -> value")
    c.because("unit", why[0], f"{why[1]} -> {c.unit}".lstrip())
    if n.form:  # the number was written in an unusual way ("7, 792 Kg", "En 2022,137 kilos")
        # the forms are spelt out so that test_reasons finds, in the source, each rule that records a reason
        c.because("unit", n.form if n.form in ("spaced_decimal", "stray_group_space", "year_glued", "written_convention", "quarter_of_unit",
                                                   "rounded_restatement")
                  else "unit_word", quoted(ctx.text[n.start:n.end]), add=True)
    c.value = round(value, 6)
    c.end_pos = pos
    return True


def conversion(ctx: Context, c: Candidate, near: Near) -> bool:
    """"2.3 tonnes (5,070 lbs)", "€26.7 million ($31 million)": the same quantity in another unit is no figure."""
    previous = near.previous
    if previous is None or c.metric not in ("mass", "volume", "value") or previous.metric != c.metric:
        return True
    gap = ctx.text[previous.number.end:c.number.start]
    if not ctx.lang.conversion_gap_re.fullmatch(gap):
        return True
    if c.metric == "value":
        return previous.unit == c.unit
    return abs(c.value - previous.value) > 0.2 * max(c.value, previous.value)


def _currency_before(ctx: Context, n: Number) -> tuple[str | None, tuple[str, str]]:
    """A currency sign, code or word right before the number ("€", "US$", "EUR", "R10,800", "Ksh 281")."""
    text, lang = ctx.text, ctx.lang
    cur = None
    why = ("no_unit", "")  # the unit's rule and its words (reasons.py)
    cm = lang.currency_before_re.search(text[max(0, n.start - 6):n.start])
    if cm:
        if cm.group("sign"):
            sign = cm.group("sign")
            cur = None if sign == "$" else CURRENCY_SIGNS.get(sign)
            why = ("currency_sign", quoted(sign))
            home = ctx.default_country
            if cur and home and world.currency_for(sign, home, lang.code) not in (None, cur):
                cur = world.currency_for(sign, home, lang.code)  # "C$" in a Nicaraguan text is the córdoba
                why = ("local_currency", f"{quoted(sign)} in {home}")
            if cur is None:
                cur = _dollar(ctx)
                why = ("dollar_sign", f"{quoted(sign)} {_dollar_why(ctx)}")
        elif cm.group("code"):
            cur = cm.group("code").upper().replace("RMB", "CNY")
            why = ("currency_code", quoted(cm.group("code")))
        else:
            cur = "EUR"
            why = ("currency_word", quoted(cm.group(0)))
    else:
        cur = money.before(ctx.glued_sign(n), text, n.start, lang.code, ctx.default_country)  # "R10,800", "Ksh 281"
        if cur:
            w = re.search(r"\S+[ \u00a0\u202f]?$", text[max(0, n.start - 40):n.start])
            why = ("local_currency", f"{quoted(w.group(0) if w else '')} in {ctx.default_country or '?'}")
    return cur, why


def _unit_or_currency_after(ctx: Context, n: Number, why: tuple[str, str]
                            ) -> tuple[str | None, str | None, tuple[str, str], int]:
    """A unit or a currency word right after the number ("kg", "euros", "milliards de DA"); a scaled amount after
    a value word is money of the home country. Returns the unit, the currency, the rule and where they end."""
    text, lang, home = ctx.text, ctx.lang, ctx.default_country
    pos = n.end
    unit = cur = None
    um = lang.unit_re.match(text, pos)
    if um is None and lang.copula_article_re is not None:
        art = lang.copula_article_re.match(text, pos)  # "Quasi 100 i chili scovati", "oltre 200 sono stati i chili"
        um = lang.unit_re.match(text, art.end()) if art else None
    if um:
        unit = unit_of(lang, um)
        why = ("unit_word", quoted(um.group(0)))
        pos = um.end()
        if unit == "t" and _short_ton(ctx, um.group(0)):
            unit = "short_ton"
        return unit, cur, why, pos
    shared = _unit_of_pair(ctx, n)
    if shared:
        why = ("shared_unit", quoted(shared[1]))
        return shared[0], None, why, pos
    am = lang.currency_after_re.match(text, pos)
    local = money.after(text, pos, lang.code, home)
    if local and (not am or local[1] > am.end()):
        why = ("local_currency", f"{quoted(text[pos:local[1]])} in {home or '?'}")
        cur, pos = local  # "milliards de DA", "dollars canadiens", "francs CFA"
    elif am:
        cur = currency_of(lang, am)
        why = ("currency_word", quoted(am.group(0)))
        if cur == "$":
            cur = _dollar(ctx)
            why = ("dollar_sign", f"{quoted(am.group(0))} {_dollar_why(ctx)}")
        elif local:
            cur = local[0]  # "rupees" in a Sri Lankan text, "pesos" in a Colombian one
            why = ("local_currency", f"{quoted(am.group(0))} in {home or '?'}")
        pos = am.end()
    elif n.scaled and _worth_before(ctx, n.start):
        cur = money.home_currency(home)  # "le sigarette valevano 2 milioni"
        why = ("home_currency", f"value word before a scaled amount, home {home}")
    return unit, cur, why, pos


def _value(ctx: Context, n: Number, unit: str | None, cur: str | None) -> float:
    """"2,320" / "2.320": thousands for a count or a round amount; an amount of money has cents, not three
    decimals ("R31,500"); grams and millilitres are never written to a thousandth ("7,475 ml" in a Macau
    text is seven litres and a half, "2.770 grams" nearly three kilos)."""
    if n.ambiguous is not None:
        digits = ctx.text[n.start:n.end]
        if _THOUSANDS.search(digits) or (unit is None and cur is None and not n.scaled) or (
                unit in _SMALL_UNITS and not n.scaled) or (
                cur is not None and not n.scaled and _MONEY_THOUSANDS.search(digits)) or (
                not n.scaled and _points_group_in_language(ctx, digits, n.ambiguous, unit)):
            return n.ambiguous
    return n.value


_MOST_IN_ONE_TEXT = 100_000  # kg or l: more than a hundred tonnes read from "629.016 kilos" is a decimal misread


def _points_group_in_language(ctx: Context, digits: str, thousands: float, unit: str | None) -> bool:
    """"1.800 kg", "7.216 kilos" in a Honduran or Salvadoran text: the country writes a decimal point (CLDR), but a
    language of decimal commas groups thousands with the point, and three digits after it say it does; unless the
    thousands make hundreds of tonnes ("629.016 kilos" in a Peruvian text is the decimal)."""
    conv = convention(ctx.lang, ctx.default_country)
    if unit in UNIT_FACTORS and thousands * UNIT_FACTORS[unit][1] > _MOST_IN_ONE_TEXT:
        return False
    return ctx.lang.decimal == "," and conv.decimal == "." and conv.group == "," and "." in digits


def _worth_before(ctx: Context, start: int) -> bool:
    """A value word ends right before the number ("worth", "valevano", "d'une valeur de", "avaliada em")."""
    rx = ctx.lang.worth_before_re
    return bool(rx) and bool(rx.search(ctx.text[max(0, start - 40):start]))


def _smaller_unit_after(ctx: Context, pos: int, base: str, factor: float, numbers: list[Number]
                        ) -> tuple[float, int, int] | None:
    """The second half of a quantity in two units ("2 tonnes 282 kg", "quatre-vingt-treize tonnes sept cent
    soixante-quinze kilogrammes"): its value, where it ends and where its number starts."""
    m = ctx.lang.compound_next_re.match(ctx.text, pos)
    if m:
        value, start, end = float(m.group(1)), m.start(1), m.end()
    else:  # a number written in words
        x = next((x for x in numbers if x.start >= pos), None)
        gap = ctx.text[pos:x.start] if x is not None else ""
        if x is None or x.scaled or x.value >= 1000 or not ctx.lang.compound_next_re.fullmatch(gap + "0"):
            return None
        value, start, end = x.value, x.start, x.end
    um = ctx.lang.unit_re.match(ctx.text, end)
    if not um:
        rx = ctx.lang.milligram_re if factor == UNIT_FACTORS["g"][1] else None
        mg = rx.match(ctx.text, end) if rx is not None else None
        if mg is None:
            return None
        # "04g and 650mg": milligrams are no unit of a seized amount on their own (a dose), but they end one in
        # grams (rule `grams_and_milligrams`)
        return value * UNIT_FACTORS["mg"][1], mg.end(), start
    base2, factor2 = UNIT_FACTORS[unit_of(ctx.lang, um)]
    if base2 != base or factor2 >= factor or value * factor2 >= factor:
        return None
    return value * factor2, um.end(), start


def _short_ton(ctx: Context, unit_text: str) -> bool:
    """"3 tons" in an American text: short tons."""
    rx = ctx.lang.short_ton_re
    if not rx or not rx.fullmatch(unit_text):
        return False
    return ctx.american


def _dollar_why(ctx: Context) -> str:
    return "(source currency)" if ctx.currency else f"in {ctx.default_country or 'unknown country'}"


def _dollar(ctx: Context) -> str:
    """What a bare "$" means: the source's currency, else the home country's ("$" is the peso in Bogotá)."""
    if ctx.currency:
        return ctx.currency
    return money.dollar(ctx.default_country)


def _unit_of_pair(ctx: Context, n: Number) -> tuple[str, str] | None:
    """"33 y 160 kilos", "12 and 15 tonnes": the first number of a pair takes the unit written after the second.
    A year after its preposition ("180 toneladas em 2017 e 95 toneladas", "5 t in 2010 and 8 t") is the date of
    the figure before it, not a first quantity of the pair."""
    if _year_after_preposition(ctx, n):
        return None
    um = ctx.pair_unit(n)
    if um is None:
        return None
    unit = unit_of(ctx.lang, um)
    return ("short_ton" if unit == "t" and _short_ton(ctx, um.group(0)) else unit), um.group(0)


def _year_after_preposition(ctx: Context, n: Number) -> bool:
    """A plain four-digit year ("2018") right after a word that dates it ("em", "in", "nel", "en")."""
    if n.scaled or not n.plain_digits or len(n.plain_digits) != 4 or not 1900 <= n.value <= 2100:
        return False
    return bool(ctx.lang.year_prep_re.search(ctx.text, max(0, n.start - 25), n.start))


_SPACE = re.compile(r"[ \u00a0]+")
_LIST_END = re.compile(r"(?:,|;|\s\w{1,3})\s*$")  # a comma or a short conjunction ("e", "and", "en") ends the gap


def _of_goods_after(ctx: Context, c: Candidate, x: Number) -> bool:
    """The number is followed by nothing but "of" and a kind of goods ("3 di cocaina", "two of heroin")."""
    text, lang = ctx.text, ctx.lang
    sp = _SPACE.match(text, x.end)
    om = lang.of_re.match(text, sp.end()) if sp else None
    if om is None:
        return False
    sp2 = _SPACE.match(text, om.end())
    at = sp2.end() if sp2 else om.end()
    return any(a == at and t.category and not t.metric for a, _, t in ctx.sentence_terms(c.sentence))


def _unit_of_ellipsis(ctx: Context, c: Candidate, nums: list[Number]) -> tuple[str, str] | None:
    """"48 tonnellate di hashish, 3 di cocaina e 4 di eroina", "two tonnes of cannabis and one of heroin": a bare
    number followed by "of" and a kind of goods, in a list that a quantity with its unit opened, is a quantity in
    that unit (the unit word is left out, not the goods counted). Returns the unit and its word."""
    text, lang, n = ctx.text, ctx.lang, c.number
    if n.scaled or _collective_numeral(ctx, n) or not _of_goods_after(ctx, c, n):
        return None
    end = n.start
    for x in sorted((x for x in nums if x.end <= n.start), key=lambda x: -x.start):
        gap = text[x.end:end]
        if len(gap) > 80 or not _LIST_END.search(gap) or any(ch in gap for ch in ".:()"):
            return None
        um = lang.unit_re.match(text, x.end)
        if um is not None:
            unit = unit_of(lang, um)
            return ("short_ton" if unit == "t" and _short_ton(ctx, um.group(0)) else unit), um.group(0)
        if not _of_goods_after(ctx, c, x):
            return None
        end = x.start
    return None


def _currency_of_previous_amount(ctx: Context, n: Number, nums: list[Number]) -> tuple[str, tuple[str, str]] | None:
    """"la marchandise est estimée à 6 millions de francs CFA, le camion à deux millions", "avaliada em R$ 3
    milhões e os dois barcos em 2 milhões": a bare scaled amount (nothing counted after it) in a sentence that
    values goods, after an amount of money in the same sentence (a count or two between), is money in that
    currency (the currency is left out)."""
    weak = ctx.lang.value_weak_re
    if weak is None or not ctx.bare(n.end, n.end + 30):
        return None
    for x in [x for x in nums if x.end <= n.start][-3:][::-1]:
        cur, _ = _currency_before(ctx, x)
        if cur is None:
            unit, cur, _, _ = _unit_or_currency_after(ctx, x, ("", ""))
            if unit is not None:
                return None  # "3 kg ... 2 millions": not a sentence of amounts of money
        if cur is not None:
            if not weak.search(ctx.text, max(0, x.start - 120), x.start):
                return None
            why = ("elided_currency", f"{quoted(ctx.text[x.start:x.end])} -> {cur}")
            return cur, why
    return None


def _collective_numeral(ctx: Context, n: Number) -> bool:
    """"una decina di pane", "une dizaine de", "a dozen": a spelled-out number with its indefinite article is a
    collective numeral whose "of" names what it counts; it leaves out no unit."""
    if not n.words:
        return False
    first = ctx.text[n.start:n.end].split(maxsplit=1)[0].lower()
    return first in ctx.lang.articles


def _scale_of_pair(ctx: Context, n: Number, nums: list[Number]) -> tuple[float, int] | None:
    """"von 4,2 auf 6,8 Millionen", "2 or 3 million": the first number of a pair takes the scale written after
    the second (not the first bound of a range after "between", read as its upper bound). Returns the factor and
    where the second number's scale ends."""
    lang, text = ctx.lang, ctx.text
    if n.scaled or lang.pair_after_re is None:
        return None
    pm = lang.pair_after_re.match(text, n.end)
    if pm is None or lang.range_opener_end_re.search(text[max(0, n.start - 30):n.start]):
        return None
    x = next((x for x in nums if n.end < x.start < pm.end() <= x.end), None)
    if x is None or not x.scaled:
        return None
    word = _SCALE_WORD.search(text, x.start, x.end)
    factor = lang.scales.get(word.group(0).lower()) if word else None
    return (factor, x.end) if factor else None


_SCALE_WORD = re.compile(r"[^\W\d_]+\.?$")


def _unit_or_currency_after_scale(ctx: Context, pos: int, why: tuple[str, str]
                                  ) -> tuple[str | None, str | None, tuple[str, str]]:
    """The unit or currency word after the pair's shared scale ("6,8 Millionen Euro"), as after a number."""
    text, lang = ctx.text, ctx.lang
    um = lang.unit_re.match(text, pos)
    if um:
        return unit_of(lang, um), None, ("shared_unit", quoted(um.group(0)))
    am = lang.currency_after_re.match(text, pos)
    if am and currency_of(lang, am) != "$":
        return None, currency_of(lang, am), ("shared_unit", quoted(am.group(0)))
    return None, None, why
