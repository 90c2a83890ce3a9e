"""The period of a figure: the year its sentence names (only one), else the document's period."""
from __future__ import annotations

from seizure_stats.extraction.candidate import Candidate, Near
from seizure_stats.extraction.context import Context


def of_sentence(ctx: Context, c: Candidate, near: Near) -> bool:
    """A year named alone in the sentence is the figure's period ("in 2022, customs seized ...")."""
    ys = ctx.sentence_year(c.sentence)
    c.period_start, c.period_end = (f"{ys:04d}-01-01", f"{ys:04d}-12-31") if ys else ctx.period
    return True
