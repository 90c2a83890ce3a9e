"""One number on its way to a figure: what the rules decided about it (`Candidate`) and what surrounds it in its
sentence (`Near`). The rules (rules/) read both and write their decisions on the candidate, each with its reason."""
from __future__ import annotations

from dataclasses import dataclass, field

from seizure_stats.extraction.lexicon import Term
from seizure_stats.extraction.numbers import Number
from seizure_stats.extraction.reasons import Reason
from seizure_stats.extraction.text import Mention


@dataclass
class Candidate:
    number: Number
    sentence: int
    metric: str | None = None
    value: float = 0.0
    unit: str = "count"
    object: str | None = None
    category: str | None = None
    no_kind: bool = False  # a rule decided the figure is of no one kind of goods (its category stays empty)
    resolved_from: str | None = None  # person / container / ...
    qualifier: str = "exact"
    country: str | None = None
    period_start: str | None = None
    period_end: str | None = None
    bare: bool = False
    end_pos: int = 0  # after the number and its unit
    absorbed: int | None = None  # the start of a number read as part of this one ("2 tonnes 282 kg")
    part: bool = False  # a part of a total ("of which 400 ...")
    written: float | None = None  # the reading of the number the value was made of (see rules/unit.py _value)
    located_by: Mention | None = None  # the country mention that gave its country, if one did
    reasons: list[Reason] = field(default_factory=list)  # the named rules that decided it (reasons.py)

    def because(self, what: str, rule: str, evidence: str = "", *, add: bool = False) -> None:
        """Record that `rule` decided `what` (metric / unit / category / country); it replaces what an earlier rule
        said of the same field unless `add` (a rule that refines the previous one: a verb resolving a noun)."""
        if not add:
            self.reasons = [r for r in self.reasons if r.field != what]
        self.reasons.append(Reason(what, rule, evidence))

    def factor(self) -> float:
        """What one of the figure's written units is in its record unit (1000 for "30 tonnes")."""
        written = self.written or self.number.value  # the reading of "1.800" the value was made of
        if self.unit == "count" or not written:
            return 1.0
        return self.value / written


@dataclass
class Near:
    """What surrounds a number in its sentence. The pass gives the first five; the reading steps
    `rules.counted.read_after` and `rules.category.read_kinds_after` fill the rest once, so that every later rule
    sees the same noun and categories (a part of a total drops them: its own words decide)."""
    nums: list[Number]  # the numbers of the sentence
    previous: Candidate | None = None  # the sentence's previous figure: a list may go on
    carried: Candidate | None = None  # the previous sentence's last figure: a list may go on after a country
    part_of: Candidate | None = None  # the total this number may be a part of ("612 offences, of which 400")
    earlier: list[Candidate] = field(default_factory=list)  # the previous sentence's figures ("Of these, 400 ...")
    limit: int = 0  # where the number's words end: the next number or the end of the sentence
    terms: list[tuple[int, int, Term]] = field(default_factory=list)  # the terms right after the number
    seg_end: int = 0  # the end of the words right after the number (a stop word, a comma, six words)
    head: Term | None = None  # the noun the number counts
    others: list[Term] = field(default_factory=list)  # every term right after it
    bare: bool = False  # nothing but punctuation or function words after it: a list item or an ellipsis
    cats: list[str] = field(default_factory=list)  # the categories named after it
    listed: list[str] = field(default_factory=list)  # the categories of a list of kinds after a comma
