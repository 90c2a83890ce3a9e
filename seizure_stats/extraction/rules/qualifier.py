"""Whether a figure is exact, approximate, a minimum or a maximum: the qualifier word right before the number
("environ", "mehr als", "up to"), a currency sign between them aside."""
from __future__ import annotations

from seizure_stats.extraction.candidate import Candidate, Near
from seizure_stats.extraction.context import Context


def qualifier(ctx: Context, c: Candidate, near: Near) -> bool:
    """The qualifier word nearest before the number decides; with none the figure is exact."""
    before = ctx.before_amount(c.number)
    m = ctx.lang.qualifier_re.search(before)
    c.qualifier = ctx.lang.qualifier_kinds[int(m.lastgroup[1:])] if m else "exact"
    return True
