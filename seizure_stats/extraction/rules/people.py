"""People counted: a count whose noun is a nationality, "nine of them", "both", "12 of the 400 travellers"; and the
people who are no news (counted before, a breakdown by nationality, denied) or no arrests at all (the dead). Kept
apart from `counted.py` because who the people are is a question of its own: the verb that resolves them is asked
there, these rules say whether there is anyone new to resolve."""
from __future__ import annotations

import re

from seizure_stats.extraction.candidate import Candidate, Near
from seizure_stats.extraction.context import Context, people_of_countries
from seizure_stats.extraction.nationality import nationality_right_after
from seizure_stats.extraction.reasons import quoted

FEW_WORDS = re.compile(r"[ \u00a0]*(?:[^\W\d_][\w'’-]*[ \u00a0]*){0,2}")  # "présumées", "van het merk"


def nationalities_counted(ctx: Context, c: Candidate, near: Near) -> bool:
    """"Tatverdächtige aus 31 Nationen": how many countries people come from is no figure."""
    return not (c.metric == "participating_countries" and people_of_countries(
        ctx.text, ctx.sentence_terms(c.sentence), c.number.start, ctx.lang))


def nationality_noun(ctx: Context, c: Candidate, near: Near) -> bool:
    """"19 Malgaches", "three Nigerians", "cuatro colombianos": a count whose noun is a nationality counts people
    (what was done to them is for their verb to say)."""
    if c.metric is not None or near.head is not None or c.unit != "count":
        return True
    m = nationality_right_after(ctx, c)
    if m is None:
        return True  # glued ("5Dutch") or an adjective of a noun the lexicon does not know ("3 Dutch ships")
    if _breakdown_of_people(ctx, c):
        c.because("metric", "nationality_breakdown", f"{quoted(ctx.text[m.start:m.end])} -> no figure")
        return False
    c.metric, c.object = "person", "person"
    c.because("metric", "nationality_noun", f"{quoted(ctx.text[m.start:m.end])} -> person")
    return True


_LIST_OPENS = re.compile(r"[ \u00a0]*(?:[^\W\d_]+[ \u00a0]*)?[:,][^\d.;()]{0,60}")


def _of_a_nationality(ctx: Context, start: int, noun_end: int) -> bool:
    """A country's adjective between the number and its person noun ("drei polnische Staatsangehörige") or right
    after the noun ("dos ciudadanos chilenos")."""
    after = noun_end + len(ctx.text[noun_end:noun_end + 3]) - len(ctx.text[noun_end:noun_end + 3].lstrip(" \u00a0"))
    return any(m.adjective and (m.start < noun_end or (m.start == after and after > noun_end))
               for m in ctx.mentions_between(start, after + 1))


def _breakdown_of_people(ctx: Context, c: Candidate) -> bool:
    """"foram detidos quatro suspeitos: um senegalês, dois nigerinos e um guineense", "detuvieron a cuatro
    imputados, dos colombianos y dos ecuatorianos": people counted by nationality right after a colon or comma
    that follows a noun of people are a breakdown of them, no figure of their own (the contract never requires
    them); a count of its own ("19 Malgaches ont été arrêtés") stays one."""
    s = ctx.sents[c.sentence]
    people = [b for _, b, t in ctx.terms_in(max(s.start, c.number.start - 90), c.number.start) if t.object == "person"]
    return bool(people) and _LIST_OPENS.fullmatch(ctx.text, people[-1], c.number.start) is not None


PEOPLE_VERBS = {"arrest": "arrests", "identify": "suspects"}


CLAUSE_END = re.compile(r"[,;:()\d]")


def part_of_them(ctx: Context, c: Candidate, near: Near) -> bool:
    """"nine of them were arrested", "negen van hen werden aangehouden", "tre di loro sono stati denunciati": a
    number with a partitive pronoun and no noun counts people when a verb of arrest or identification follows in
    its own clause (the pronoun may stand for things: "five of them contained heroin" is no count of people)."""
    rx = ctx.lang.partitive_re
    m = rx.match(ctx.text, c.end_pos) if rx is not None and c.metric is None and near.head is None else None
    if m is None:
        return True
    s = ctx.sents[c.sentence]
    brk = CLAUSE_END.search(ctx.text, m.end(), s.end)
    end = min(brk.start() if brk else s.end, m.end() + 80)
    said = _count_people_by_verb(ctx, c, m.end(), end)
    if said:
        c.because("metric", "part_of_them", said)
    return True


def both_of_them(ctx: Context, c: Candidate, near: Near) -> bool:
    """"both were arrested", "wurden die beiden vorläufig festgenommen", "ambos fueron detenidos": "both" standing
    alone, a verb of arrest two words after it at most, counts two people arrested (`numbers._both_numbers`)."""
    both = ctx.lang.both_re
    if c.metric is not None or near.head is not None or both is None or not both.match(ctx.text, c.number.start):
        return True
    s = ctx.sents[c.sentence]
    said = _count_people_by_verb(ctx, c, c.number.end, min(s.end, c.number.end + 60))
    if said and c.metric == "arrests":
        c.because("metric", "both_of_them", said)
    elif said:
        c.metric = c.object = None  # "both were identified": people known already, no count of their own
    return True


def part_of_a_count(ctx: Context, c: Candidate, near: Near) -> bool:
    """"141 van de 1 313 gecontroleerde mensen bleken in het bezit van drugs", "12 of the 400 travellers checked were
    arrested": a number, a partitive and a count of people counts those of the people whom a verb of arrest or
    identification after them describes (the participle before the people, "checked", is the larger count's)."""
    rx = ctx.lang.one_of_re
    m = rx.match(ctx.text, c.end_pos) if rx is not None and c.metric is None and near.head is None else None
    if m is None:
        return True
    whole = next((x for x in near.nums if x.start == m.end() - 1), None)
    if whole is None:
        return True
    s = ctx.sents[c.sentence]
    people = next(((a, b) for a, b, t in ctx.terms_in(whole.end, min(s.end, whole.end + 60))
                   if t.object == "person" and FEW_WORDS.fullmatch(ctx.text, whole.end, a)), None)
    if people is None:
        return True
    brk = re.search(r"[,;:()]", ctx.text[people[1]:s.end])
    end = people[1] + brk.start() if brk else s.end
    said = _count_people_by_verb(ctx, c, people[1], end)
    if said:
        c.because("metric", "part_of_a_count", said)
    return True


def _count_people_by_verb(ctx: Context, c: Candidate, start: int, end: int) -> str | None:
    """The first verb of arrest or identification between `start` and `end` says what the people counted are;
    the words that said it, or None."""
    verbs = sorted((a, b, cls) for cls in PEOPLE_VERBS for a, b in ctx.verbs_of(c.sentence, cls) if start <= a < end)
    if not verbs:
        return None
    a, b, cls = verbs[0]
    c.metric, c.object = PEOPLE_VERBS[cls], "person"
    return f"{quoted(ctx.text[c.number.start:start])} {quoted(ctx.text[a:b])} -> {c.metric}"


def no_new_people(ctx: Context, c: Candidate, head: tuple[int, int] | None) -> bool:
    """People the text does not report as news: counted before, a breakdown by nationality, or denied."""
    if c.metric == "suspects" and _counted_again(ctx, c):
        return True  # "identificato i due italiani", "I quattro sospettati sono detenuti": people counted before
    if head is not None and _of_a_nationality(ctx, c.number.end, head[1]) and _breakdown_of_people(ctx, c):
        return True  # "tres personas, identificadas como dos ciudadanos chilenos y ...": a breakdown by nationality
    return c.metric in ("arrests", "suspects") and _denied(ctx, c)  # "three men were not arrested"


_CLAUSE_MARK = re.compile(r"[,;:]")


def _denied(ctx: Context, c: Candidate) -> bool:
    """A verb of arrest or identification after the number, in its clause, that a negation comes right before
    ("were not identified", "non sono stati arrestati", "n'ont pas été interpellés")."""
    rx, s = ctx.lang.negation_end_re, ctx.sents[c.sentence]
    if rx is None:
        return False
    mark = _CLAUSE_MARK.search(ctx.text, c.number.end, s.end)
    end = mark.start() if mark else s.end
    return any(rx.search(ctx.text, max(c.number.end, a - 30), a) for cls in ("arrest", "identify")
               for a, _ in ctx.verbs_of(c.sentence, cls) if c.number.end <= a < end)


def _counted_again(ctx: Context, c: Candidate) -> bool:
    """"La polizia ha arrestato quattro persone ... I quattro sospettati sono detenuti": a count of people after a
    definite article, the same number of people counted earlier in the text, names those people again."""
    s, lang = ctx.sents[c.sentence], ctx.lang
    if not lang.article_end_re.search(ctx.text, max(s.start, c.number.start - 8), c.number.start) or c.value != int(c.value):
        return False
    forms = [str(int(c.value))] + [w for w, (_, v) in lang.numwords.items() if v == c.value]
    rx = re.compile(r"(?<![\w.,])(?:" + "|".join(map(re.escape, forms)) + r")(?![\w.,]\w)", re.IGNORECASE)
    return any(t.object == "person" for m in rx.finditer(ctx.text, 0, s.start)
               for _, _, t in ctx.terms_in(m.end(), min(len(ctx.text), m.end() + 30)))


_FEW_AFTER = re.compile(r"(?:[ \u00a0]+[^\W\d_][\w'’-]*){0,3}")


def the_dead(ctx: Context, c: Candidate, near: Near) -> bool:
    """People counted who died or were harmed: a death or victim word between the number and its person noun, in
    the three words after the noun ("three people died", "sette persone morte"), or between a person noun before
    the number and the number ("le persone decedute per overdose sono state sette")."""
    rx, n, s = ctx.lang.dead_re, c.number, ctx.sents[c.sentence]
    if rx is None:
        return False
    head = next((b for _, b, t in near.terms if t is near.head), None) if near.head is not None else None
    if head is not None:
        return rx.search(ctx.text, n.end, _FEW_AFTER.match(ctx.text, head, s.end).end()) is not None
    people = [b for _, b, t in ctx.terms_in(max(s.start, n.start - 90), n.start) if t.object == "person"]
    return bool(people) and not CLAUSE_END.search(ctx.text, people[-1], n.start) \
        and rx.search(ctx.text, people[-1], n.start) is not None
