"""A count whose noun is a nationality ("three Nigerians", "cuatro colombianos"): people counted. Kept apart from
the rules because two of them ask it (a count of people, and a part of a total of people broken down by
nationality), and rules never import each other."""
from __future__ import annotations

import re

from seizure_stats.extraction.candidate import Candidate
from seizure_stats.extraction.context import Context

_NOUN_AFTER = re.compile(r"[ \u00a0]+[^\W\d_]{3,}")


def nationality_right_after(ctx: Context, c: Candidate):
    """The nationality (a country's adjective) that is the noun of the count ("three Nigerians"), or None: glued
    ("5Dutch") or an adjective of a noun the lexicon does not know ("3 Dutch ships") is none."""
    start = c.end_pos + len(ctx.text[c.end_pos:c.end_pos + 3]) - len(ctx.text[c.end_pos:c.end_pos + 3].lstrip(" \u00a0"))
    m = next((m for m in ctx.mentions_between(start, start + 1) if m.adjective and m.start == start), None)
    if m is None or start == c.end_pos or _content_word_after(ctx, m.end):
        return None
    return m


def _content_word_after(ctx: Context, pos: int) -> bool:
    """A word after `pos` that is no function word, stop word, conjunction or verb: a noun, most likely."""
    m = _NOUN_AFTER.match(ctx.text, pos)
    if not m:
        return False
    word, lang = m.group(0).strip(), ctx.lang
    return not (lang.function_re.match(word) or lang.stop_re.match(word) or lang.verb_any_re.match(word)
                or (lang.conjunction_re and lang.conjunction_re.match(word)))
