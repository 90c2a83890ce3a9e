"""Categories said by the words beside the goods rather than by their noun: the worth of fakes told at the price of
the genuine goods they copy, a brand that names no fake, money that opens a list of goods found,
money in bank accounts. Each rule decides only while the category is still open, like those of category.py."""
from __future__ import annotations

import re

from seizure_stats.extraction.candidate import Candidate, Near
from seizure_stats.extraction.context import WORD, Context
from seizure_stats.extraction.reasons import quoted


def worth_of_the_originals(ctx: Context, c: Candidate, near: Near) -> bool:
    """"fake articles worth 38 million at the price of the genuine goods", "Gesamtwert der Originalwaren", "gemessen
    am Originalpreis": customs value seized fakes at what the originals would cost. A worth told so, in a sentence
    about fakes (or right after one, or in a release about fakes), is the worth of counterfeits: not money seized,
    nor goods of several kinds."""
    rx = ctx.lang.original_price_re
    if rx is None or c.metric != "value" or c.category is not None or c.no_kind:
        return True
    s = ctx.sents[c.sentence]
    before = [x.end for x in near.nums if x.end <= c.number.start]
    after = [x.start for x in near.nums if x.start >= c.end_pos]
    m = rx.search(ctx.text, max([s.start] + before), min([s.end] + after))
    if m is None or not _about_fakes(ctx, c):
        return True
    c.category = "counterfeit"
    c.because("category", "worth_of_the_originals", f"{quoted(m.group(0))} -> counterfeit")
    return True


def _about_fakes(ctx: Context, c: Candidate) -> bool:
    if ctx.doc_category == "counterfeit":
        return True
    for i in (c.sentence, c.sentence - 1):
        if i >= 0 and any(t.category == "counterfeit" for _, _, t in ctx.sentence_terms(i)):
            return True
    return False


def brand_of_the_goods(ctx: Context, c: Candidate, near: Near) -> bool:
    """"1.000 kg con marchio Winston", "cigarettes of various brands": a brand word ("marchio", "Marken", "marcas")
    names whose goods they are, it does not say they are fakes. When the only words of fakes after the number are
    such brand words and the sentence names goods of one other kind (cigarettes, spirits), the figure is of that
    kind; "marchi contraffatti", "gefälschte Marken" still say fakes."""
    rx = ctx.lang.brand_re
    if rx is None or c.category is not None or c.no_kind or not near.cats or set(near.cats) != {"counterfeit"}:
        return True
    fakes = [(a, b) for a, b, t in ctx.sentence_terms(c.sentence) if t.category == "counterfeit"]
    if not all(rx.fullmatch(ctx.text, a, b) for a, b in fakes):
        return True
    kinds = {t.category for _, _, t in ctx.sentence_terms(c.sentence) if t.category not in (None, "counterfeit")}
    if len(kinds) == 1:
        c.category = kinds.pop()
        words = ", ".join(quoted(ctx.text[a:b]) for a, b in fakes[:3])
        c.because("category", "brand_of_the_goods", f"{words} names a brand, of goods -> {c.category}")
    return True


_AND_GAPS: dict[str, re.Pattern] = {}


def money_before_goods(ctx: Context, c: Candidate, near: Near) -> bool:
    """"they found another 12,000 euros and 35 kilos of cocaine", "encontraron 8.000 euros, 2 kilos de hachís": an
    amount of money that opens a list of things found, after the verb of seizure and with no word of value before
    it, the next item a quantity of goods of a kind, is money found: cash, not the worth of those goods (a worth is
    told after them, "35 kilos worth ...")."""
    if c.metric != "value" or c.category is not None or c.no_kind or not ctx.lang.and_words:
        return True
    nxt = [x for x in near.nums if x.start >= c.end_pos]
    if not nxt or not _and_gap(ctx).fullmatch(ctx.text, c.end_pos, nxt[0].start):
        return True
    s = ctx.sents[c.sentence]
    seize, weak = ctx.lang.verb_re.get("seize"), ctx.lang.value_weak_re
    if seize is None or not seize.search(ctx.text, s.start, c.number.start) \
            or (weak and weak.search(ctx.text, s.start, c.number.start)):
        return True
    end = nxt[1].start if len(nxt) > 1 else s.end
    goods = [(a, t) for a, _, t in ctx.terms_in(nxt[0].end, end) if t.category not in (None, "cash")]
    if not goods or len(WORD.findall(ctx.text[nxt[0].end:goods[0][0]])) > 4:
        return True
    c.category, c.object = "cash", "cash"
    c.because("category", "money_before_goods", "an amount of money, then goods of a kind -> cash")
    return True


def _and_gap(ctx: Context) -> re.Pattern:
    """A comma or an "and" (one of them at least) between two items of a list."""
    code = ctx.lang.code
    if code not in _AND_GAPS:
        ands = "|".join(map(re.escape, ctx.lang.and_words))
        _AND_GAPS[code] = re.compile(rf"[ \u00a0]*(?:,[ \u00a0]*(?:(?:{ands})[ \u00a0]+)?|(?:{ands})[ \u00a0]+)", re.I)
    return _AND_GAPS[code]


def money_in_accounts(ctx: Context, c: Candidate, near: Near) -> bool:
    """"seven bank accounts holding more than 400,000 euros were frozen", "3 Mio. Euro auf Bankkonten": money held
    in bank accounts that were frozen or seized is money, cash, not the worth of goods. The account noun is in the
    amount's clause: after the number before it, or in the four words after it."""
    rx = ctx.lang.bank_account_re
    if rx is None or c.metric != "value" or c.category is not None or c.no_kind:
        return True
    s = ctx.sents[c.sentence]
    start = max([s.start] + [x.end for x in near.nums if x.end <= c.number.start])
    words = [w.end() for w, _ in zip(WORD.finditer(ctx.text, c.end_pos, s.end), range(5))]
    m = rx.search(ctx.text, start, c.number.start) or rx.search(ctx.text, c.end_pos, words[-1] if words else c.end_pos)
    if m is None:
        return True
    c.category, c.object = "cash", "cash"
    c.because("category", "money_in_accounts", f"{quoted(m.group(0))} -> cash")
    return True
