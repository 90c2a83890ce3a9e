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
        m = _bare_term(text, c)
        if m is None:
            return True
    c.metric = None
    c.because("metric", "earlier_year", repr(text[n.start:m.end()].strip()))
    return False


def _bare_term(text: str, c: Candidate) -> re.Match | None:
    """"de l'héroïne (412 kilos, contre 60)", "1,200 seizures, up from 950.": a number with no unit or noun of its
    own that closes its clause right after the word of comparison is the other term of the comparison, the earlier
    period's figure of the same quantity (figures.md: earlier-year comparisons are optional or not labelled)."""
    if c.unit != "count" or (c.end_pos and c.end_pos != c.number.end):
        return None
    return _BARE_END.match(text, c.number.end)


# what closes the clause of a bare number: a bracket, a semicolon, a comma or full stop that is no decimal mark
_BARE_END = re.compile(r"[ \u00a0]*(?:[)\];]|[.,](?!\d)|$)")


def previous_year(ctx: Context, c: Candidate, near: Near) -> bool:
    """"Im Vorjahr waren es 80 Millionen", "het jaar ervoor, toen 20.000 kilo", "l'anno precedente (4100 invii)":
    a number whose clause says the year before the reported one (the language's `previous_year`), right before it
    or right after it, set against a figure of the same unit just stated (in its sentence or the one before), is
    that year's figure, no figure. Without such a figure the phrase may date the text's own results (an annual
    review that says "im Vorjahr" of the year it reports), and they stay."""
    lang, text, n = ctx.lang, ctx.text, c.number
    rx = lang.previous_year_re
    earlier = near.previous or near.carried
    if rx is None or earlier is None or earlier.unit != c.unit or earlier.metric is None:
        return True
    if _itself_compared(ctx, earlier):
        return True
    start = max(ctx.sents[c.sentence].start, n.start - 60)
    if earlier.sentence == c.sentence:
        start = max(start, earlier.end_pos or earlier.number.end)
    found = None
    for m in rx.finditer(text, start, n.start):
        found = m
    if found is not None and not lang.then_gap_re.fullmatch(without_qualifier(lang, text[found.end():n.start])):
        found = None
    if found is None and earlier.sentence == c.sentence:
        found = _previous_year_after(rx, text, c.end_pos or n.end, near.limit or len(text))
    if found is None:
        return True
    c.metric = None
    c.because("metric", "previous_year", repr(found.group(0)))
    return False


def _itself_compared(ctx: Context, earlier: Candidate) -> bool:
    """The earlier figure is the previous year's itself (the phrase dates both) or the term of a comparison ("nach
    2,4 Millionen im Jahr 2016 im Vorjahr 2,9 Millionen"): then the phrase may say the reported year, and stays."""
    lang, text, e = ctx.lang, ctx.text, earlier.number
    start = ctx.sents[earlier.sentence].start
    if lang.previous_year_re.search(text, start, e.start):
        return True
    before = without_qualifier(lang, text[max(start, e.start - 40):e.start])
    return lang.comparison_end_re is not None and lang.comparison_end_re.search(before) is not None


def _previous_year_after(rx: re.Pattern, text: str, pos: int, limit: int) -> re.Match | None:
    """The phrase right after the number (and its unit), ending its clause: "(22,6 the year before)"."""
    m = _SPACES.match(text, pos)
    found = rx.match(text, m.end())
    if found is None or found.end() > limit + 40:
        return None
    return found if _CLAUSE_OR_END.match(text, found.end()) else None


_SPACES = re.compile(r"[ \u00a0]*")
_CLAUSE_OR_END = re.compile(r"[ \u00a0]*(?:[,;:.()\[\]]|$)")


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


# what ends a clause around a number: a semicolon, a colon, a bracket, a comma that is no decimal mark
_CLAUSE_END = re.compile(r"[;:()\[\]]|,(?!\d)")
_DIGIT = re.compile(r"\d")


def hypothetical(ctx: Context, c: Candidate, near: Near) -> bool:
    """"the plants could have yielded 130 kg", "le trafic porterait sur 50 tonnes", "se evitó que cinco millones de
    dosis llegaran", "dan zou de staat 8,5 miljoen zijn misgelopen", "... gewonnen werden können": a number in the
    clause of a conditional or counterfactual (the language's `hypothetical_words` before it, `hypothetical_after`
    after it) tells what would be, not what was seized (figures.md: amounts only planned are no figures). A verb of
    seizure or arrest between the two keeps it: "zou 5 kilo zijn gevonden" hedges a real find. An amount of money
    with a word of worth in its clause is a street value said in the conditional ("would fetch"), kept."""
    lang, text, n = ctx.lang, ctx.text, c.number
    if lang.hypothetical_re is None and lang.hypothetical_after_re is None:
        return True
    s = ctx.sents[c.sentence]
    start, end = s.start, s.end
    for m in _CLAUSE_END.finditer(text, s.start, n.start):
        start = m.end()
    after = c.end_pos or n.end
    m = _CLAUSE_END.search(text, after, s.end)
    if m is not None:
        end = m.start()
    found = _hypothetical_span(lang, text, start, n.start, after, end)
    if found is None:
        return True
    a, b = found
    verbs_end = end if b == n.start else b  # a word before: its verb may close the clause ("zou 5 kilo hebben gevonden")
    if any(lang.verb_re[v].search(text, a, verbs_end) for v in ("seize", "arrest") if lang.verb_re.get(v) is not None):
        return True
    if c.unit not in (None, "count", "kg", "l") and any(
            rx is not None and rx.search(text, start, end) for rx in (lang.value_words_re, lang.value_weak_re)):
        return True
    c.metric = None
    c.because("metric", "hypothetical", repr(text[min(a, n.start):max(b, n.end)].strip()))
    return False


def _hypothetical_span(lang, text: str, start: int, pos: int, after: int, end: int) -> tuple[int, int] | None:
    """The span from a conditional word before the number (in its clause) to the number, or from the number to a
    conditional word after it; None when the clause has neither."""
    last = None
    if lang.hypothetical_re is not None:
        for last in lang.hypothetical_re.finditer(text, start, pos):
            pass
    if last is not None:
        return last.start(), pos
    m = lang.hypothetical_after_re.search(text, after, end) if lang.hypothetical_after_re is not None else None
    if m is None or _DIGIT.search(text, after, m.start()):
        return None  # "aus 5000 Pflanzen hätten 130 kg gewonnen werden können": the nearer number is the one
    return after, m.end()
