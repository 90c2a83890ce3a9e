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
    if m is None or start == c.end_pos or (_content_word_after(ctx, m.end) and not _name_after(ctx, m)):
        return None
    return m


def _name_after(ctx: Context, m) -> bool:
    """"deux haïtiens Jean Pierre et ...", "dos colombianos Juan Pérez y ...": a nationality written in lower case,
    then a first name and a surname, names the people counted (a title's "3 Dutch Ships" is capitalised throughout;
    a German noun after its adjective, "200 spanische Strafverfolger", is one word)."""
    return ctx.text[m.start:m.start + 1].islower() and _FULL_NAME.match(ctx.text, m.end) is not None


_FULL_NAME = re.compile(r"[ \u00a0]+[A-ZÀ-Ý][a-zà-ÿ'’-]+[ \u00a0]+[A-ZÀ-Ý][\w'’-]+")


def _content_word_after(ctx: Context, pos: int) -> bool:
    """A word after `pos` that is no function word, stop word, conjunction or verb: a noun, most likely."""
    m = _NOUN_AFTER.match(ctx.text, pos)
    if not m:
        return False
    word, lang = m.group(0).strip(), ctx.lang
    return not (lang.function_re.match(word) or lang.stop_re.match(word) or lang.verb_any_re.match(word)
                or (lang.conjunction_re and lang.conjunction_re.match(word)))
