"""Whether a figure is exact, approximate, a minimum or a maximum: the qualifier word right before the number
("environ", "mehr als", "up to"), a currency sign between them aside."""
from __future__ import annotations

import re

from seizure_stats.extraction import money
from seizure_stats.extraction.candidate import Candidate, Near
from seizure_stats.extraction.context import Context

_CURRENCY_END = re.compile(r"[€$£¥]\s*$|(?:[A-Z]{3}|US\$)\s*$")


def qualifier(ctx: Context, c: Candidate, near: Near) -> bool:
    """The qualifier word nearest before the number decides; with none the figure is exact."""
    n = c.number
    before = money.without_sign_or_code_end(_CURRENCY_END, ctx.text[max(0, n.start - 40):n.start])
    m = ctx.lang.qualifier_re.search(before)
    c.qualifier = ctx.lang.qualifier_kinds[int(m.lastgroup[1:])] if m else "exact"
    return True
