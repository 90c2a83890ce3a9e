"""The named rules of attribution, one module per concern; `extraction/compose.py` applies them in order.

A rule is `rule(ctx, c, near) -> bool`: it reads the document context (context.py), the candidate number and
what is near it in its sentence (candidate.py), writes what it decides on the candidate with the reason
(`c.because(field, rule, evidence)`, see reasons.py), and returns False when the number is no figure. Most rules
state first when they apply (a metric still open, a bare number, a total being broken down). Rules never import
each other: what several need lives in context.py, candidate.py or evidence.py.

- skip.py       numbers that are no figures: dates, years, ages, codes, percentages ...
- not_counted.py  numbers beside words that count nothing seized: ages after a noun of people, the digits of a
                name, the staff of an operation
- beside.py     numbers said beside the figures: another year's figure set against one, a goal or target
- unit.py       what a number measures: currency, unit of mass or volume, or a count; conversions
- counted.py    what is counted: the noun after or before the number; persons / containers / cases resolved by
                their verb (which verb: ../verbs.py)
                (lists that go on: ../goods_lists.py; packed goods, goods of a kind: ../packages.py)
- people.py     people counted with no noun a verb resolves: nationalities, "nine of them", "both", "the two"
                (who they are: counted before, a breakdown, denied, dead: ../people.py)
- breakdown.py  lists and breakdowns: a list that goes on, the parts of a total
- category.py   the category when the counted noun gives none
- kind_words.py  categories a word beside the goods says: the worth of fakes at the originals' price
- seized.py     figures of seizures only: a value or quantity in a seizure context, not smuggled, plausible
- qualifier.py  exact, approximate, at least, at most
- place.py      the country of a figure
- period.py     the period of a figure
"""
