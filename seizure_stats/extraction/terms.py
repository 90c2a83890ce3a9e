"""The lexicon terms of a text (nouns and adjectives that say what is counted and its category), found once per
document: in compounding languages also as the end of a long word ("Kokainfunde"), and without the cover load of a
shipment ("containers declared as frozen fish")."""
from __future__ import annotations

import re

from seizure_stats.extraction.lexicon import Language, Term, country_of, term_of

_LONG_WORD = re.compile(r"\w{8,}")
_SPACES = re.compile(r"\s*")  # what str.lstrip() strips, read in place rather than from a copy of the rest
_COVER_PHRASE = re.compile(r"[^\W\d_]+(?:[ \u00a0'’-]+[^\W\d_]+){0,3}")


def _verb_in_lower_case(lang: Language, word: str) -> bool:
    """In a language whose nouns are capitalised, a noun written in lower case that is also a stop word is that
    word ("waren": were, not "Waren": goods)."""
    return lang.nouns_capitalised and word[:1].islower() and lang.stop_re.fullmatch(word) is not None


def find_terms(text: str, lang: Language) -> list[tuple[int, int, Term]]:
    """Every lexicon term of a text, in order; in compounding languages also as the end of a long word."""
    found = [(m.start(), m.end(), term_of(lang, m)) for m in lang.term_re.finditer(text)
             if not _verb_in_lower_case(lang, m.group(0))]
    if lang.cover_re is not None:
        found = _drop_cover_load(text, lang, found)
    if lang.suffix_re is None:
        return found
    starts = {a for a, _, _ in found}
    extra = []
    for w in _LONG_WORD.finditer(text):
        if w.start() in starts:
            continue
        word = w.group(0)
        m = lang.term_re.match_end(word, 1, len(word) - 2)  # the longest end of the word that is a term
        if m and not country_of(lang, word):  # "Namibier" is a Namibian, no kind of beer
            term = term_of(lang, m)
            if lang.nouns_capitalised and word[0].islower() and (term.metric or term.object) \
                    and text[w.start() - 1:w.start()] not in ("-", "\u00ad"):  # not the rest of "Can-nabispflanzen"
                continue  # "gefunden", "ebenfalls", "einreisen": a word in lower case is no noun, nor a compound of one
            if term.metric and term.category is None:
                # "Bargeldaufgriffe", "Waffenfunde": a category noun at the start of the compound gives its category
                first = _compound_modifier(lang, word[:m.start()])
                if first is not None:
                    term = Term(term.pattern, term.metric, term.object, first)
            extra.append((w.start(), w.end(), term))
        elif m is None and lang.compound_head_re is not None:
            head = lang.compound_head_re.search(word, 3)
            first = _compound_modifier(lang, word[:head.start()]) if head else None
            if first is not None:  # "Zigarettenschmuggel", "Arzneimittelgesetz": a head of no kind, its first part's
                extra.append((w.start(), w.end(), Term(head.re.pattern, None, None, first)))
    if extra:
        found = sorted(found + extra, key=lambda t: t[0])
    return found


def _drop_cover_load(text: str, lang: Language, found: list[tuple[int, int, Term]]) -> list[tuple[int, int, Term]]:
    """"two containers declared as frozen fish": the goods named right after a cover word are the cover load, not
    what was seized; their terms give no category or object."""
    spans = []
    for m in lang.cover_re.finditer(text):
        p = _COVER_PHRASE.match(text, _SPACES.match(text, m.end()).end())
        if p:
            spans.append((m.end(), p.end()))
    if not spans:
        return found
    return [t for t in found if t[2].metric or not any(a <= t[0] < b for a, b in spans)]


def _compound_modifier(lang: Language, prefix: str) -> str | None:
    """The category of the first part of a compound ("Bargeld" in "Bargeldaufgriffe"), with a linking s allowed."""
    for cand in (prefix, prefix[:-1] if prefix.endswith("s") else None):
        if cand and len(cand) >= 3:
            m = lang.term_re.search(cand)
            if m and m.start() == 0 and m.end() == len(cand):
                return term_of(lang, m).category
    return None


def product_named_after(ctx, head: Term, terms: list[tuple[int, int, Term]]) -> tuple[int, Term, int] | None:
    """"4 439 unidades de produtos domésticos", "45 000 unités de cosmétiques", "300 items of clothing": the
    product of no kind right after a goods noun of no kind, behind "of" (two words may come between): the units
    counted are pieces of that product, so goods seized (and of the category "other" unless fakes are meant)."""
    if head.metric != "goods" or head.category:
        return None
    i = next(i for i, (_, _, t) in enumerate(terms) if t is head)
    if i + 1 >= len(terms):
        return None
    a, b, t = terms[i + 1]
    if t.object != "product" or t.category is not None or not ctx.of_between(terms[i][1], a):
        return None
    if t.metric == "goods" and not ctx.lang.of_re.fullmatch(ctx.text[terms[i][1]:a].strip(" \u00a0")):
        return None  # "10.000 Stück mit Cannabisöl versetzte Süßwaren": goods of no kind far on say nothing
    return a, t, b
