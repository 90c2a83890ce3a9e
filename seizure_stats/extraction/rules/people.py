"""People counted without a noun its verb resolves: by nationality ("19 Malgaches"), as "nine of them", "both",
"the two", a part of a count of people checked. Who they are (counted before, a breakdown, denied, dead) is asked of
`../people.py`."""
from __future__ import annotations

import re

from seizure_stats.extraction.candidate import Candidate, Near
from seizure_stats.extraction.context import Context, people_of_countries
from seizure_stats.extraction.nationality import nationality_right_after
from seizure_stats.extraction.people import CLAUSE_END, FEW_WORDS, PEOPLE_VERBS, breakdown_of_people, same_number
from seizure_stats.extraction.reasons import quoted


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
    if breakdown_of_people(ctx, c):
        c.because("metric", "nationality_breakdown", f"{quoted(ctx.text[m.start:m.end])} -> no figure")
        return False
    c.metric, c.object = "person", "person"
    c.because("metric", "nationality_noun", f"{quoted(ctx.text[m.start:m.end])} -> person")
    return True


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


_VERB_GAP = re.compile(r"(?:[ \u00a0]+[^\W\d_][\w'’-]*){0,2}[ \u00a0]+")


_FEW_PEOPLE = 20  # "the two", "i tre": a group named by its size alone is small


def the_ones_counted(ctx: Context, c: Candidate, near: Near) -> bool:
    """"the two were arrested", "i due sono stati arrestati", "les trois ont été interpellés", "os dois foram
    detidos": a small number after a definite article with no noun stands for people, and a verb of arrest at most
    two words after it says they were arrested, as with "both"; unless a sentence before counted as many people
    with a verb of arrest ("arrested two men ... the two were charged": the same people named again)."""
    if c.metric is not None or near.head is not None or not 1 < c.value <= _FEW_PEOPLE or c.value != int(c.value):
        return True
    s, lang = ctx.sents[c.sentence], ctx.lang
    if not lang.article_end_re.search(ctx.text, max(s.start, c.number.start - 8), c.number.start):
        return True
    verbs = [(a, b) for a, b in ctx.verbs_of(c.sentence, "arrest") if c.number.end <= a < c.number.end + 60]
    if not verbs or not _VERB_GAP.fullmatch(ctx.text, c.number.end, min(verbs)[0]) or _arrested_before(ctx, c):
        return True
    a, b = min(verbs)
    c.metric, c.object = "arrests", "person"
    said = f"{quoted(ctx.text[c.number.start:c.number.end])} {quoted(ctx.text[a:b])} -> arrests"
    c.because("metric", "the_ones_counted", said)
    return True


def _arrested_before(ctx: Context, c: Candidate) -> bool:
    """The same number of people counted (or named "the two") in an earlier sentence that has a verb of arrest:
    "the two" are those people again ("two men on board" only seen, then "the two were arrested", is the arrest's
    own count)."""
    rx = same_number(ctx.lang, c.value)
    for i in range(c.sentence):
        s = ctx.sents[i]
        if ctx.verbs_of(i, "arrest") and any(
                ctx.lang.article_end_re.search(ctx.text, max(s.start, m.start() - 8), m.start())
                or any(t.object == "person" for _, _, t in ctx.terms_in(m.end(), min(s.end, m.end() + 30)))
                for m in rx.finditer(ctx.text, s.start, s.end)):
            return True
    return False


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
