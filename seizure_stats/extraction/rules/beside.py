"""Numbers said beside the figures of a text that are no result of its own: another year's figure set against the
one just stated ("64,2 tonnes, contre 51,8 en 2019") and a goal or target ("el objetivo del año es decomisar
mercancía por 40 millones"). figures.md makes earlier-year comparisons and targets optional or not labelled,
never required: dropping them costs nothing, stating them as results of the wrong kind costs precision."""
from __future__ import annotations

import re

from seizure_stats.extraction.candidate import Candidate, Near
from seizure_stats.extraction.context import Context, without_qualifier

_CLAUSE_MARK = re.compile(r"[,;:()\[\]]")


def earlier_year(ctx: Context, c: Candidate, near: Near) -> bool:
    """"Les douaniers ont saisi 64,2 tonnes, contre 51,8 en 2019", "3,5 Tonnen nach 2,1 im Vorjahr", "52 kg
    against 70 in 2021": a number right after a word of comparison (the language's `comparison_words`, a
    qualifier allowed between), after a figure of its sentence, and followed (its unit aside) by a year or by last
    year, is that year's figure set against the one reported: no figure of the text's period."""
    lang, text, n = ctx.lang, ctx.text, c.number
    previous = near.previous
    if lang.comparison_end_re is None or previous is None or previous.sentence != c.sentence:
        return True
    before = without_qualifier(lang, text[max(previous.end_pos, n.start - 40):n.start])
    if not lang.comparison_end_re.search(before):
        return True
    m = lang.earlier_year_re.match(text, c.end_pos or n.end)
    if m is None or _CLAUSE_MARK.search(m.group(0)):
        return True
    c.metric = None
    c.because("metric", "earlier_year", repr(text[n.start:m.end()].strip()))
    return False


def target(ctx: Context, c: Candidate, near: Near) -> bool:
    """"El objetivo del año es decomisar mercancía por 40 millones de dólares", "the target is to seize 5
    tonnes": a number later in the clause of a goal word (the language's `target_words`; no comma, semicolon or
    colon between) is what is aimed at, not a result."""
    rx, n, text = ctx.lang.target_re, c.number, ctx.text
    if rx is None:
        return True
    s = ctx.sents[c.sentence]
    start = max(s.start, n.start - 150)
    for m in _CLAUSE_MARK.finditer(text, start, n.start):
        start = m.end()
    found = rx.search(text, start, n.start)
    if found is None:
        return True
    c.metric = None
    c.because("metric", "target", repr(found.group(0)))
    return False
