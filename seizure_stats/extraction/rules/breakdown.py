"""Lists and breakdowns. A bare number that continues a list inherits what the figure before it counts, in the same
sentence ("Belgium seized 505 parcels, Italy 460") or, after a country, in the next one ("L'Italie en compte 460"),
with its own country and, for quantities, the unit; the parts of a total ("612 offences, of which 400 ...",
"794 constatations : 365 ...") take the total's metric and their own category."""
from __future__ import annotations

import re

from seizure_stats.extraction.candidate import Candidate, Near
from seizure_stats.extraction.context import WORD, Context, without_qualifier
from seizure_stats.extraction.evidence import category_words, figure_words
from seizure_stats.extraction.nationality import nationality_right_after
from seizure_stats.extraction.numbers import Number


def part_in_total_unit(ctx: Context, c: Candidate, near: Near) -> bool:
    """"300 chili di cocaina, di cui 200 in Calabria": a bare part is in the total's unit."""
    part_of = near.part_of
    if part_of is not None and c.metric is None and c.unit == "count" and part_of.unit != c.unit \
            and near.head is None and near.bare:
        c.unit, c.value = part_of.unit, round(c.value * part_of.factor(), 6)
        c.because("unit", "part_in_total_unit", f"{figure_words(ctx, part_of)} -> {c.unit}")
    return True


def part_of_total(ctx: Context, c: Candidate, near: Near) -> bool:
    """A part of a total ("of which 400 involved counterfeits and 212 drugs"): what the total counts, in the
    part's own category."""
    part_of, pos, limit = near.part_of, c.end_pos, near.limit
    if not (part_of is not None and c.metric is None and part_of.unit == c.unit and c.value < part_of.value
            and _plain_part(ctx, c, near.head, pos, limit, part_of)):
        return True
    if part_of.object == "person" and nationality_right_after(ctx, c):
        # "cinco suspeitos: dois brasileiros e três angolanos": a breakdown by nationality, never required
        c.because("metric", "nationality_breakdown", f"of {figure_words(ctx, part_of)} -> no figure")
        return False
    c.metric, c.object, c.resolved_from = part_of.metric, part_of.object, None
    c.part = True
    c.because("metric", "part_of_total", f"{figure_words(ctx, part_of)} -> {c.metric}")
    own = [t.category for _, _, t in ctx.terms_in(pos, limit) if t.category][:6]
    if part_of.category not in (None, "other"):
        # "1 840 colis de contrefaçons, dont 430 colis de bijoux": a kind of goods ("other") within a total of
        # one category stays in that category
        own = [x for x in own if x != "other"]
    c.category = (own[0] if len(set(own)) == 1 else "other") if own else part_of.category
    c.because("category", "part_category",
              f"{category_words(ctx, pos, limit) if own else 'of ' + figure_words(ctx, part_of)} -> {c.category}")
    near.head, near.cats = None, []
    return True


def unit_continues(ctx: Context, c: Candidate, near: Near) -> bool:
    """"l'Espagne 30 tonnes et le Portugal 4": after a country, a bare number is in the previous quantity's unit."""
    previous = near.previous
    if c.metric is None and near.head is None and near.bare and previous is not None \
            and previous.metric in ("mass", "volume") and c.unit == "count" and _country_right_before(ctx, c):
        c.unit, c.value = previous.unit, round(c.value * previous.factor(), 6)
        c.because("unit", "unit_continues", f"{figure_words(ctx, previous)} -> {c.unit}")
    return True


_NAME_BEFORE_BRACKET = re.compile(r"[A-ZÀ-Ý][\w'’.-]*[ \u00a0]*\($")
_CLOSING_BRACKET = re.compile(r"[ \u00a0]*\)")


def places_in_brackets(ctx: Context, c: Candidate, near: Near) -> bool:
    """"... 90.000 litros de gasóleo, apreendidos nas províncias do Huambo (50.000) e Bié (40.000)",
    "12 tonnes seized, in Antwerp (8) and Rotterdam (4)": a bare number alone in brackets right after a name (a
    place of the breakdown) is a share of the sentence's previous weight or volume, in its unit; no noun that
    counts something else comes between (the goods the quantity is of may)."""
    previous, n, text = near.previous, c.number, ctx.text
    if c.metric is not None or c.unit != "count" or n.scaled or previous is None \
            or previous.sentence != c.sentence or previous.metric not in ("mass", "volume") \
            or not _CLOSING_BRACKET.match(text, c.end_pos) \
            or not _NAME_BEFORE_BRACKET.search(text, max(previous.end_pos, n.start - 40), n.start):
        return True
    if any(t.metric for _, _, t in ctx.terms_in(previous.end_pos, n.start)):
        return True
    c.unit, c.value, c.metric = previous.unit, round(c.value * previous.factor(), 6), previous.metric
    c.object, c.category = previous.object, previous.category
    c.because("metric", "places_in_brackets", f"{figure_words(ctx, previous)} -> {c.metric}")
    c.because("unit", "places_in_brackets", f"{figure_words(ctx, previous)} -> {c.unit}")
    c.because("category", "inherited_category", f"{figure_words(ctx, previous)} -> {c.category}")
    return True


def goods_parts_in_unit(ctx: Context, c: Candidate, near: Near) -> bool:
    """"Quasi 100 i chili scovati: 81 di hashish, oltre 3 di coca": after a quantity and a colon, a number followed
    by "of" and goods of a kind is a part in the quantity's unit (and so is the next part of that list)."""
    previous = near.previous
    if c.metric is None and previous is not None and previous.metric in ("mass", "volume") and c.unit == "count" \
            and _goods_part_after_colon(ctx, c, previous):
        c.unit, c.value, c.metric = previous.unit, round(c.value * previous.factor(), 6), previous.metric
        c.because("metric", "goods_parts_in_unit", f"{figure_words(ctx, previous)} -> {c.metric}")
        c.because("unit", "goods_parts_in_unit", f"{figure_words(ctx, previous)} -> {c.unit}")
    return True


def _goods_part_after_colon(ctx: Context, c: Candidate, previous: Candidate) -> bool:
    continued = any(r.rule == "goods_parts_in_unit" for r in previous.reasons)
    if not (continued or ":" in ctx.text[previous.end_pos:c.number.start]):
        return False
    terms = [(a, t) for a, _, t in ctx.terms_in(c.end_pos, c.end_pos + 40) if t.category]
    return bool(terms) and ctx.of_between(c.end_pos, terms[0][0])


def list_continues(ctx: Context, c: Candidate, near: Near) -> bool:
    """"505 parcels, 460 ...": a bare number in the previous figure's unit counts what it counts, in the
    categories of its own words when it has some."""
    previous, pos, limit = near.previous, c.end_pos, near.limit
    if not (c.metric is None and near.head is None and near.bare and previous is not None and previous.metric
            and previous.unit == c.unit) or _own_noun_before(ctx, previous, c):
        return True
    c.metric = previous.resolved_from or previous.metric
    c.object, c.category = previous.object, previous.category
    c.resolved_from = previous.resolved_from
    c.bare = True
    c.because("metric", "list_continues", f"{figure_words(ctx, previous)} -> {c.metric}")
    c.because("category", "inherited_category", f"{figure_words(ctx, previous)} -> {c.category}")
    list_cats = [t.category for _, _, t in ctx.terms_in(pos, limit) if t.category][:6]
    if list_cats:
        c.category = list_cats[0] if len(set(list_cats)) == 1 else "other"
        c.because("category", "phrase_category", f"{category_words(ctx, pos, limit)} -> {c.category}")
    return True


def _own_noun_before(ctx: Context, previous: Candidate, c: Candidate) -> bool:
    """"... 393, le armi sequestrate 46": a noun of the lexicon after the last comma before the number names what
    it counts (a clause of its own), not the list's."""
    gap = ctx.text[previous.end_pos:c.number.start].rstrip(" \u00a0,:")  # "le persone arrestate, 210"
    cut = max(gap.rfind(","), gap.rfind(";"))
    if cut < 0:
        return False
    a = previous.end_pos + cut + 1
    return any(t.metric or t.object for _, _, t in ctx.terms_in(a, c.number.start))


def list_continues_next_sentence(ctx: Context, c: Candidate, near: Near) -> bool:
    """"... 505 parcels seized. Italy reported 460 and Ireland 304": the list goes on in a new sentence."""
    carried = near.carried
    if c.metric is None and near.head is None and near.bare and carried is not None and carried.metric \
            and carried.unit == c.unit and _country_subject(ctx, c):
        c.metric, c.object, c.category = carried.metric, carried.object, carried.category
        c.because("metric", "list_continues_next_sentence", f"{figure_words(ctx, carried)} -> {c.metric}")
        c.because("category", "inherited_category", f"{figure_words(ctx, carried)} -> {c.category}")
    return True


_LEAD_GAP = re.compile(r"[\s,:\u00a0]*")


def part_of_previous_sentence(ctx: Context, c: Candidate, near: Near) -> bool:
    """"... some 9,000 detections of drugs. Of them, over 4,200 involved cocaine", "3 Millionen
    Zigaretten. Rund 2 Millionen davon kamen ... aus Asien": a count with no noun of its own that a breakdown word
    opens its sentence with (or follows right after it) is a part of the previous sentence's count it does not
    exceed (people aside: their verbs say what they are), in the categories of its own words when it has some."""
    if c.metric is not None or near.head is not None or c.unit != "count" or not near.earlier or c.number.words:
        return True  # "Uno de ellos conducía ...": one of them spelled out points back, counts nothing
    total = next((e for e in reversed(near.earlier) if e.unit == "count" and e.metric and e.object != "person"
                  and c.value < e.value), None)
    if total is None or not _opened_by_breakdown(ctx, c):
        return True
    c.metric, c.object, c.category = total.metric, total.object, total.category
    c.because("metric", "part_of_previous_sentence", f"{figure_words(ctx, total)} -> {c.metric}")
    own = [t.category for _, _, t in ctx.terms_in(c.end_pos, near.limit) if t.category][:6]
    if own:
        c.category = own[0] if len(set(own)) == 1 else "other"
    c.because("category", "part_category",
              f"{category_words(ctx, c.end_pos, near.limit) if own else 'of ' + figure_words(ctx, total)} -> {c.category}")
    return True


def _opened_by_breakdown(ctx: Context, c: Candidate) -> bool:
    """The breakdown word opens the sentence right before the number ("Of them, over 4,200", "Di questi
    310"), or follows the number at the head of its sentence ("Rund 2 Millionen davon")."""
    s, rx = ctx.sents[c.sentence], ctx.lang.breakdown_re
    lead = without_qualifier(ctx.lang, ctx.text[s.start:c.number.start]).strip(" \u00a0\n,:")
    if lead and rx.fullmatch(lead):
        return True
    after = _LEAD_GAP.match(ctx.text, c.end_pos).end()
    m = rx.match(ctx.text, after)
    return m is not None and len(WORD.findall(without_qualifier(ctx.lang, ctx.text[s.start:c.number.start]))) <= 1


# ---- the pass keeps the open total of a sentence -------------------------------------------------------------
def part_of(total: Candidate | None, parts: float, n: Number) -> Candidate | None:
    """The total `n` may be a part of: the open one, while its parts so far and `n` do not exceed it."""
    if total is not None and n.value * total.factor() + parts <= total.value * 1.001:
        return total
    return None


_COLON_GAP = re.compile(r"[^,;:()\[\]]{0,50}:\s*")  # "794 constatations : 365 ..."


def opens_breakdown(ctx: Context, c: Candidate, nums: list[Number]) -> bool:
    """"612 offences, of which 400 ...", "794 constatations : 365 ...": the numbers that follow are parts of `c`."""
    if c.metric in (None, "participating_countries", "value"):
        return False
    text = ctx.text
    s = ctx.sents[c.sentence]
    start = _past_comparison(ctx, c, nums)
    nxt = [x for x in nums if x.start >= start]
    if not nxt:
        return False
    gap = text[start:nxt[0].start]
    if len(gap) > 80 or ";" in gap:
        return False
    last = None
    for last in ctx.lang.breakdown_re.finditer(gap):
        pass
    if last is not None:
        rest = gap[last.end():]
        # "of which nearly 50,000", "dont 365"
        return not re.search(r"[,;:()]", rest) and len(WORD.findall(rest)) <= 2
    if _COLON_GAP.fullmatch(gap):
        # a colon: the parts must add up to no more than the total
        end = text.find(";", nxt[0].start, s.end)
        end = s.end if end < 0 else end
        parts = [x.value for x in nxt if x.start < end]
        return bool(parts) and all(v < c.value for v in parts) and sum(parts) <= c.value * 1.001
    return False


def _past_comparison(ctx: Context, c: Candidate, nums: list[Number]) -> int:
    """"2 315 saisies contre 1 870 en 2021, dont 640 ...", "1,870 in 2021, of which 640": an earlier period's
    figure (a word of comparison and a number) and the year said after it stand between a total and its "of
    which"; the breakdown is read after them. Where the total's own words end, without them."""
    lang, text, pos = ctx.lang, ctx.text, c.end_pos
    nxt = [x for x in nums if x.start >= pos]
    rx = lang.comparison_end_re
    if nxt and rx is not None:
        m = rx.search(text, pos, nxt[0].start)
        if m is not None and not text[pos:m.start()].strip(" \u00a0,"):
            pos = nxt[0].end
    year = lang.earlier_year_re.match(text, pos) if lang.earlier_year_re is not None else None
    return year.end() if year is not None and not re.search(r"[,;:()]", year.group(0)) else pos


def _plain_part(ctx: Context, c: Candidate, head, pos: int, limit: int, total: Candidate) -> bool:
    """The part says nothing of its own about what it counts: no verb of its own ("of which 50,000 were
    seized"), no noun of another count metric ("of which 12 arrests")."""
    if head is not None and head.metric not in (None, "items", "goods", "container"):
        return head.metric == total.metric
    return not ctx.lang.verb_any_re.search(ctx.text[pos:limit])


def _country_right_before(ctx: Context, c: Candidate) -> bool:
    """"... et le Portugal 4": a country name just before the number."""
    s = ctx.sents[c.sentence]
    ms = [m for m in ctx.mentions if s.start <= m.start and m.end <= c.number.start and m.code and not m.origin]
    return bool(ms) and re.fullmatch(r"[ \u00a0]+", ctx.text[ms[-1].end:c.number.start]) is not None


def _country_subject(ctx: Context, c: Candidate) -> bool:
    """A country right before the number, as the subject of a short clause: "Italy reported 460",
    "L'Italie en compte 460", "Spanien meldete 120"."""
    s = ctx.sents[c.sentence]
    a = max(s.start, c.number.start - 40)
    ms = [m for m in ctx.mentions if a <= m.start and m.end <= c.number.start and m.code and not m.origin]
    if not ms:
        return False
    gap = ctx.text[ms[-1].end:c.number.start]
    return not re.search(r"[,;:.()\[\]!?\d]", gap) and len(WORD.findall(gap)) <= 3
