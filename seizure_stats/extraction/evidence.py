"""The words of the text a rule quotes as its evidence (reasons.py): another figure's words, the words of a term,
the category words after a number."""
from __future__ import annotations

from seizure_stats.extraction.candidate import Candidate
from seizure_stats.extraction.context import Context
from seizure_stats.extraction.reasons import quoted


def figure_words(ctx: Context, c: Candidate) -> str:
    """The words of another figure (a total, the previous item of a list), as evidence."""
    end = max(c.end_pos, c.number.end)
    nouns = ctx.terms_in(end, end + 40)
    if nouns and not ctx.text[end:nouns[0][0]].strip():
        end = nouns[0][1]  # the noun it counts: "505 colis"
    return quoted(ctx.text[c.number.start:end])


def term_words(ctx: Context, term, spans, *, last: bool = False) -> str:
    """The words of the text that matched `term` among `spans` (terms as (start, end, Term))."""
    hits = [(a, b) for a, b, t in spans if t is term]
    if not hits:
        return quoted(term.pattern)
    a, b = hits[-1] if last else hits[0]
    return quoted(ctx.text[a:b])


def category_words(ctx: Context, pos: int, limit: int) -> str:
    """The category words after a number, as evidence of its category."""
    words = [ctx.text[a:b] for a, b, t in ctx.terms_in(pos, limit) if t.category][:6]
    return ", ".join(quoted(w) for w in words) or "(words after the number)"
