"""Who the people a number counts are: people named again (counted before), a breakdown of them by nationality,
people an arrest is denied of, the dead and harmed. Asked by the rules that resolve people (`rules/counted.py` for
a person noun its verb resolved, `rules/people.py` for people counted without one), which never import each other."""
from __future__ import annotations

import re

from seizure_stats.extraction.candidate import Candidate, Near
from seizure_stats.extraction.context import Context
from seizure_stats.extraction.lexicon import Language

FEW_WORDS = re.compile(r"[ \u00a0]*(?:[^\W\d_][\w'’-]*[ \u00a0]*){0,2}")  # "présumées", "van het merk"


_LIST_OPENS = re.compile(r"[ \u00a0]*(?:[^\W\d_]+[ \u00a0]*)?[:,][^\d.;()]{0,60}")


def of_a_nationality(ctx: Context, start: int, noun_end: int) -> bool:
    """A country's adjective between the number and its person noun ("drei polnische Staatsangehörige") or right
    after the noun ("dos ciudadanos chilenos")."""
    after = noun_end + len(ctx.text[noun_end:noun_end + 3]) - len(ctx.text[noun_end:noun_end + 3].lstrip(" \u00a0"))
    return any(m.adjective and (m.start < noun_end or (m.start == after and after > noun_end))
               for m in ctx.mentions_between(start, after + 1))


def breakdown_of_people(ctx: Context, c: Candidate) -> bool:
    """"foram detidos quatro suspeitos: um senegalês, dois nigerinos e um guineense", "detuvieron a cuatro
    imputados, dos colombianos y dos ecuatorianos": people counted by nationality right after a colon or comma
    that follows a noun of people are a breakdown of them, no figure of their own (the contract never requires
    them); a count of its own ("19 Malgaches ont été arrêtés") stays one."""
    s = ctx.sents[c.sentence]
    people = [b for _, b, t in ctx.terms_in(max(s.start, c.number.start - 90), c.number.start) if t.object == "person"]
    return bool(people) and _LIST_OPENS.fullmatch(ctx.text, people[-1], c.number.start) is not None


PEOPLE_VERBS = {"arrest": "arrests", "identify": "suspects"}


CLAUSE_END = re.compile(r"[,;:()\d]")


def no_new_people(ctx: Context, c: Candidate, head: tuple[int, int] | None) -> bool:
    """People the text does not report as news: counted before, a breakdown by nationality, or denied."""
    if c.metric == "suspects" and _counted_again(ctx, c):
        return True  # "identificato i due italiani", "I quattro sospettati sono detenuti": people counted before
    if head is not None and of_a_nationality(ctx, c.number.end, head[1]) and breakdown_of_people(ctx, c):
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
    return any(t.object == "person" for m in same_number(lang, c.value).finditer(ctx.text, 0, s.start)
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


def same_number(lang: Language, value: float) -> re.Pattern:
    """The number `value` written in digits or in the language's number words ("4", "quattro"): people counted
    again are named with the count they were first given, in either form."""
    forms = [str(int(value))] + [w for w, (_, v) in lang.numwords.items() if v == value]
    return re.compile(r"(?<![\w.,])(?:" + "|".join(map(re.escape, forms)) + r")(?![\w.,]\w)", re.IGNORECASE)
