"""The one pass over a document's numbers: each number of each sentence goes through the named rules (rules/) in
the order of `STEPS`; a rule returning False ends it (no figure). The pass keeps what goes from one number to the
next: the previous figure of the sentence (a list goes on), the last figure of the previous sentence, the total
being broken down ("612 offences, of which ..."), numbers already read as part of another ("2 tonnes 282 kg");
and it keeps one figure per fact (the same number said again adds nothing)."""
from __future__ import annotations

from bisect import bisect_right

from seizure_stats.extraction.candidate import Candidate, Near
from seizure_stats.extraction.context import Context
from seizure_stats.extraction.numbers import Number
from seizure_stats.extraction.reasons import FIELDS
from seizure_stats.extraction.rules import (beside, breakdown, category, counted, kind_words, not_counted, people, period,
                                            place, qualifier, seized, skip, unit)
from seizure_stats.model import Figure

STEPS = (
    skip.outside_its_sentence,
    unit.measure,
    counted.times_acted,
    skip.not_a_figure,
    skip.lower_bound_of_range,
    skip.varying_sizes,
    skip.weight_of_each,
    not_counted.age_after_person,
    not_counted.staff_count,
    not_counted.legal_limit,
    beside.earlier_year,
    beside.previous_year,
    beside.target,
    beside.hypothetical,
    unit.conversion,
    # what is counted
    counted.read_after,
    not_counted.part_of_a_name,
    not_counted.capitalised_number_word,
    counted.arrest_participle,
    category.read_kinds_after,
    breakdown.part_in_total_unit,
    breakdown.part_of_total,
    counted.noun_of_quantity,
    breakdown.goods_parts_in_unit,
    counted.noun_after,
    people.nationalities_counted,
    people.nationality_noun,
    people.part_of_them,
    people.both_of_them,
    people.the_ones_counted,
    people.part_of_a_count,
    breakdown.places_in_brackets,
    counted.noun_in_brackets,
    breakdown.unit_continues,
    breakdown.list_continues,
    counted.noun_before,
    breakdown.list_continues_next_sentence,
    breakdown.part_of_previous_sentence,
    counted.valued_goods,
    counted.listed_goods,
    counted.contents_of_packages,
    counted.something_counted,
    counted.resolved_by_verb,
    not_counted.countries_referred_to,
    # category, while it is open
    category.none_for_counts_of_people,
    kind_words.worth_of_the_originals,
    kind_words.brand_of_the_goods,
    category.kinds_named,
    category.value_of_several_kinds,
    category.worth_of_all_seized,
    category.valued_goods,
    category.worth_of_the_goods_between,
    kind_words.money_before_goods,
    kind_words.money_in_accounts,
    category.money_seized,
    category.vehicles,
    category.goods_counted_before,
    category.goods_of_no_kind,
    category.goods_of_the_pair,
    category.weight_of_mixed_goods,
    category.goods_after_the_next_count,
    category.nearest_term,
    category.worth_of_goods_before,
    category.finds_of_the_sentence,
    category.goods_of_the_sentence_before,
    category.dominant,
    category.enforcement_of_the_theme,
    category.meat_of_wild_animals,
    category.worth_of_mixed_goods,
    category.unknown,
    category.contents_of_the_cover,
    # seizures only
    seized.websites_acted_on,
    seized.value_of_a_seizure,
    seized.quantity_of_a_seizure,
    seized.not_smuggled,
    not_counted.cover_load,
    not_counted.goods_in_containers,
    seized.plausible_size,
    # the rest of the record
    qualifier.qualifier,
    place.country,
    period.of_sentence,
)


def figures(ctx: Context, numbers: list[Number]) -> list[Figure]:
    """The figures of a document, in the order of its numbers."""
    by_sentence: dict[int, list[Number]] = {}
    starts = [x.start for x in ctx.sents]
    for n in numbers:
        by_sentence.setdefault(max(0, bisect_right(starts, n.start) - 1), []).append(n)
    found: list[Figure] = []
    seen: dict = {}  # record key -> the first figure with it
    last_of: dict[int, Candidate] = {}  # the last figure of each sentence
    all_of: dict[int, list[Candidate]] = {}  # every figure of each sentence
    absorbed: set[int] = set()  # numbers read as the second half of a quantity ("2 tonnes 282 kg")
    for si, nums in sorted(by_sentence.items()):
        previous: Candidate | None = None
        carried = last_of.get(si - 1)
        total: Candidate | None = None  # "612 offences, of which ...": the total being broken down
        parts = 0.0
        for n in nums:
            if n.start in absorbed:
                continue
            c = Candidate(number=n, sentence=si)
            near = Near(nums, previous, carried, part_of=breakdown.part_of(total, parts, n),
                        earlier=all_of.get(si - 1, []))
            fig = read(ctx, c, near)
            if c.absorbed is not None:
                absorbed.add(c.absorbed)
            if c.metric:
                previous = c
                if fig is not None:
                    last_of[si] = c
                    all_of.setdefault(si, []).append(c)
                if near.part_of is not None and c.part:
                    parts += c.value
                elif fig is not None and breakdown.opens_breakdown(ctx, c, nums):
                    total, parts = c, 0.0
            if fig is not None and _new(fig, found, seen):
                found.append(fig)
    return found


def read(ctx: Context, c: Candidate, near: Near) -> Figure | None:
    """The figure a number states, or None."""
    for step in STEPS:
        if not step(ctx, c, near):
            return None
    s, n = ctx.sents[c.sentence], c.number
    return Figure(metric=c.metric, value=c.value, unit=c.unit, object=c.object, category=c.category,
                  country=c.country, qualifier=c.qualifier, period_start=c.period_start, period_end=c.period_end,
                  quote=ctx.text[s.start:s.end], start=n.start, end=n.end,
                  reasons=[str(r) for f in FIELDS for r in c.reasons if r.field == f])


def _new(fig: Figure, found: list[Figure], seen: dict) -> bool:
    """Whether `fig` says something the figures found so far do not; a figure said again approximately makes the
    first one approximate ("Police seize 1.3 tonnes" in the title, "seized about 1.3 tonnes" in the text)."""
    key = (fig.metric, round(fig.value, 6), fig.unit, fig.category, fig.country)
    if key in seen:
        first = seen[key]
        if first.qualifier == "exact" and fig.qualifier != "exact":
            first.qualifier = fig.qualifier
        return False
    if _restated(fig, found) or _rounded_again(fig, found, seen):
        return False
    seen[key] = fig
    return True


def _rounded_again(fig: Figure, found: list[Figure], seen: dict) -> bool:
    """"près de 2576 kg" then "2575,35 kilogrammes", "casi mil cartones" then "999 cartones": a rounded figure first
    (a lead's summary), the same quantity written precisely after it (within half a per cent, which the gold counts
    as one figure): the precise writing takes the rounded one's place. A rounder number after a precise one is
    another figure ("231 kg" in all, then one seizure of "rund 230 kg")."""
    for i, f in enumerate(found):
        if (f.metric, f.unit, f.category, f.country) != (fig.metric, fig.unit, fig.category, fig.country) \
                or f.value == fig.value or abs(f.value - fig.value) > 0.005 * max(abs(f.value), abs(fig.value)):
            continue
        if _digits(fig.value) <= _digits(f.value):
            return False
        found[i] = fig
        seen.pop((f.metric, round(f.value, 6), f.unit, f.category, f.country), None)
        seen[(fig.metric, round(fig.value, 6), fig.unit, fig.category, fig.country)] = fig
        return True
    return False


def _digits(value: float) -> int:
    """Significant digits as written: 2576 has four, 2575.35 six, 1500000 two."""
    return len(f"{value:.6f}".rstrip("0").rstrip(".").replace(".", "").strip("0"))


def _restated(fig: Figure, figures: list[Figure]) -> bool:
    """The same number said again with less said about it (no country / no category)."""
    for f in figures:
        same_metric = f.metric == fig.metric or {f.metric, fig.metric} == {"seizures", "items"}
        if same_metric and f.unit == fig.unit and abs(f.value - fig.value) <= 1e-9 * max(1.0, abs(f.value)):
            if (fig.country is None or fig.country == f.country) and (fig.category is None or fig.category == f.category):
                return True
    return False
