"""pandera schemas of the figure stages.

- `FigureSchema`: one row per figure record as extraction (or a dataset mapping) produced it, with the columns of
  its document it is checked against (`document_id`, `source`, `kind`, `text`). Checks on one figure.
- `DocumentFiguresSchema`: the same rows, checked across the figures of one document (parts vs totals,
  restatements, duplicates). Run on the figures that passed the quarantine-level checks of `FigureSchema`. Its
  checks are `document_problems`, a pure function of one document's figures (and text) that the validation stage
  calls per document directly: nothing is cached between calls, so batches validated at once on several threads
  cannot exchange rows.
- `FigureRowSchema`: the rows the loader writes to the `figure` table.

Every check has a name a person can read in a quarantine row or a figure's flags; whether a failure quarantines the
figure or only flags it is decided in `seizure_stats.validation` (see its docstring for the table).
The checks use no database and no network: `now` (for `period_not_in_future`) is given by `figure_schema(now)`.
"""
from __future__ import annotations

import math
import re
from datetime import date

import pandas as pd
import pandera.pandas as pa
import pycountry
from pandera.typing import Series

from seizure_stats.model import CATEGORIES, METRICS, QUALIFIERS

# ISO 3166-1 alpha-2 codes, plus XK (Kosovo), the user-assigned code the EU and most agencies use.
COUNTRY_CODES = frozenset(c.alpha_2 for c in pycountry.countries) | {"XK"}
CURRENCY_CODES = frozenset(c.alpha_3 for c in pycountry.currencies)

#: The unit each metric must have; `value` takes an ISO 4217 currency code instead.
UNIT_OF_METRIC = {m: "count" for m in METRICS} | {"mass": "kg", "volume": "l", "value": None}

#: Largest plausible value of one figure, per metric (kg for mass, litres for volume, currency units for value).
#: Chosen an order of magnitude or more above the largest real figures we know of (world annual cocaine seizures are
#: about 2 000 t = 2e6 kg; EU annual cigarette seizures about 5e9 sticks), so that only parsing errors (a year
#: read as a quantity, "million" applied twice, a phone number) are caught.
PLAUSIBLE_MAX = {
    "seizures": 1e7,
    "items": 1e11,
    "mass": 1e8,
    "volume": 1e9,
    "value": 1e12,
    "detections": 1e8,
    "cases_opened": 1e7,
    "suspects": 1e7,
    "arrests": 1e7,
    "participating_countries": 250,
    "checks": 1e10,
    "websites": 1e8,
}
#: Currencies whose unit is worth less than a US cent: their bound is multiplied by 10 000.
HIGH_NOMINAL_CURRENCIES = frozenset({
    "IDR", "VND", "IRR", "LAK", "UZS", "KRW", "COP", "PYG", "LBP", "GNF", "UGX", "MGA", "SLL", "SLE", "KHR",
    "MMK", "TZS", "IQD", "SYP", "STD", "STN", "VES", "BIF", "CDF", "MNT", "RWF", "KPW", "SOS", "CLP", "HUF",
})

#: Relative tolerance when comparing two values of the same figure (the contract's matching tolerance).
TOLERANCE = 0.005
#: An "approximate" figure agrees with an exact one within 10 % or within half its own rounding step
#: ("rund 2 000" vs 2 320: step 1 000, |2 000 - 2 320| = 320 <= 500).
APPROX_RELATIVE = 0.10

_DIGIT = re.compile(r"\d")
_SPACE = re.compile(r"\s+")


def plausible_max(metric: str, unit: str) -> float:
    bound = PLAUSIBLE_MAX.get(metric, math.inf)
    if metric == "value" and unit in HIGH_NOMINAL_CURRENCIES:
        bound *= 10_000
    return bound


def unit_ok(metric, unit) -> bool:
    if not isinstance(metric, str) or not isinstance(unit, str) or metric not in UNIT_OF_METRIC:
        return False
    expected = UNIT_OF_METRIC[metric]
    return unit in CURRENCY_CODES if expected is None else unit == expected


def is_iso_date(value) -> bool:
    if value is None or (isinstance(value, float) and math.isnan(value)) or value is pd.NA:
        return True
    try:
        date.fromisoformat(str(value))
        return len(str(value)) == 10
    except ValueError:
        return False


def _null(v) -> bool:
    return v is None or v is pd.NA or (isinstance(v, float) and math.isnan(v))


def _offsets(row) -> tuple[int, int] | None:
    """(start, end) when both are given, else None."""
    s, e = row["start"], row["end"]
    if _null(s) or _null(e):
        return None
    return int(s), int(e)


def offsets_inside(row) -> bool:
    if row["kind"] != "text":
        return True
    off = _offsets(row)
    if off is None:
        return True  # missing offsets are `offsets_present`'s business
    text = row["text"]
    if not isinstance(text, str):
        return True  # a text document given without its text: nothing to check the offsets against
    start, end = off
    return 0 <= start < end <= len(text)


def number_text(row) -> str | None:
    """The number's own text (text[start:end]) when the offsets are usable."""
    off = _offsets(row)
    text = row["text"]
    if off is None or not isinstance(text, str):
        return None
    start, end = off
    if not 0 <= start < end <= len(text):
        return None
    return text[start:end]


def _norm(s: str) -> str:
    return _SPACE.sub(" ", s).strip()


def quote_contains_number(row) -> bool:
    if row["kind"] != "text":
        return True
    quote = row["quote"] if isinstance(row["quote"], str) else ""
    num = number_text(row)
    if num is not None:
        return _norm(num) in _norm(quote)
    return bool(_DIGIT.search(quote))


def quote_in_text(row) -> bool:
    if row["kind"] != "text":
        return True
    quote, text = row["quote"], row["text"]
    if not isinstance(quote, str) or not quote.strip() or not isinstance(text, str):
        return True  # an empty quote is `quote_not_empty`'s business
    return _norm(quote) in _norm(text)


def records(df: pd.DataFrame, columns=None) -> list[dict]:
    """Rows as dicts, faster than DataFrame.to_dict("records") (which converts every cell)."""
    cols = list(columns or df.columns)
    values = [df[c].tolist() for c in cols]
    return [dict(zip(cols, row, strict=True)) for row in zip(*values, strict=True)] if cols else []


_TEXT_COLUMNS = ("kind", "text", "quote", "start", "end")


def _rowwise(df: pd.DataFrame, fn) -> pd.Series:
    return pd.Series([bool(fn(r)) for r in records(df, _TEXT_COLUMNS)], index=df.index, dtype=bool)


class _FigureColumns(pa.DataFrameModel):
    """The columns of a figure record that both stages check. Nullable, so that every failure is reported by a
    named check (not by pandera's generic `not_nullable`)."""

    document_id: Series[str] = pa.Field(nullable=True)
    metric: Series[str] = pa.Field(nullable=True)
    value: Series[float] = pa.Field(nullable=True)
    unit: Series[str] = pa.Field(nullable=True)
    object: Series[str] = pa.Field(nullable=True)
    category: Series[str] = pa.Field(nullable=True)
    country: Series[str] = pa.Field(nullable=True)
    qualifier: Series[str] = pa.Field(nullable=True)
    period_start: Series[str] = pa.Field(nullable=True)
    period_end: Series[str] = pa.Field(nullable=True)
    start: Series[pd.Int64Dtype] = pa.Field(nullable=True)
    end: Series[pd.Int64Dtype] = pa.Field(nullable=True)

    class Config:
        strict = False
        coerce = False


class FigureSchema(_FigureColumns):
    """A figure record and the document it comes from, checked on its own."""

    source: Series[str] = pa.Field(nullable=True)
    kind: Series[str] = pa.Field(nullable=True)             # "text" | "dataset"
    text: Series[object] = pa.Field(nullable=True)          # the document text (text documents)
    quote: Series[str] = pa.Field(nullable=True)

    @pa.check("metric", name="metric_in_vocabulary", ignore_na=False)
    def _metric(cls, s: Series[str]) -> Series[bool]:
        return s.isin(METRICS).fillna(False).astype(bool)

    @pa.check("category", name="category_in_vocabulary")
    def _category(cls, s: Series[str]) -> Series[bool]:
        return s.isin(CATEGORIES)

    @pa.check("qualifier", name="qualifier_in_vocabulary", ignore_na=False)
    def _qualifier(cls, s: Series[str]) -> Series[bool]:
        return s.isin(QUALIFIERS).fillna(False).astype(bool)

    @pa.check("value", name="value_positive", ignore_na=False)
    def _value_positive(cls, s: Series[float]) -> Series[bool]:
        v = pd.to_numeric(s, errors="coerce")
        return (v > 0).fillna(False).astype(bool) & v.apply(lambda x: not _null(x) and math.isfinite(x))

    @pa.check("country", name="country_is_iso_alpha2")
    def _country(cls, s: Series[str]) -> Series[bool]:
        return s.isin(COUNTRY_CODES)

    @pa.check("period_start", name="period_is_iso_date", ignore_na=False)
    def _period_start_date(cls, s: Series[str]) -> Series[bool]:
        return s.map(is_iso_date).astype(bool)

    @pa.check("period_end", name="period_is_iso_date", ignore_na=False)
    def _period_end_date(cls, s: Series[str]) -> Series[bool]:
        return s.map(is_iso_date).astype(bool)

    @pa.dataframe_check(name="unit_matches_metric", ignore_na=False)
    def _unit(cls, df: pd.DataFrame) -> Series[bool]:
        # a metric outside the vocabulary is reported by metric_in_vocabulary alone
        known = df["metric"].isin(METRICS).fillna(False).astype(bool)
        ok = [unit_ok(m, u) for m, u in zip(df["metric"], df["unit"], strict=True)]
        return ~known | pd.Series(ok, index=df.index, dtype=bool)

    @pa.dataframe_check(name="value_plausible", ignore_na=False)
    def _plausible(cls, df: pd.DataFrame) -> Series[bool]:
        out = []
        for m, u, v in zip(df["metric"], df["unit"], df["value"], strict=True):
            if _null(v) or not isinstance(m, str):
                out.append(True)  # value_positive / metric_in_vocabulary report these
                continue
            out.append(float(v) <= plausible_max(m, u if isinstance(u, str) else ""))
        return pd.Series(out, index=df.index, dtype=bool)

    @pa.dataframe_check(name="count_is_integer", ignore_na=False)
    def _integer(cls, df: pd.DataFrame) -> Series[bool]:
        out = []
        for u, v in zip(df["unit"], df["value"], strict=True):
            out.append(u != "count" or _null(v) or not math.isfinite(float(v)) or float(v) == round(float(v)))
        return pd.Series(out, index=df.index, dtype=bool)

    @pa.dataframe_check(name="period_order", ignore_na=False)
    def _period_order(cls, df: pd.DataFrame) -> Series[bool]:
        out = []
        for s, e in zip(df["period_start"], df["period_end"], strict=True):
            if _null(s) or _null(e) or not is_iso_date(s) or not is_iso_date(e):
                out.append(True)
            else:
                out.append(date.fromisoformat(s) <= date.fromisoformat(e))
        return pd.Series(out, index=df.index, dtype=bool)

    @pa.dataframe_check(name="quote_not_empty", ignore_na=False)
    def _quote_present(cls, df: pd.DataFrame) -> Series[bool]:
        return _rowwise(df, lambda r: r["kind"] != "text" or (isinstance(r["quote"], str) and r["quote"].strip()))

    @pa.dataframe_check(name="offsets_present", ignore_na=False)
    def _offsets_present(cls, df: pd.DataFrame) -> Series[bool]:
        return _rowwise(df, lambda r: r["kind"] != "text" or _offsets(r) is not None)

    @pa.dataframe_check(name="offsets_inside_text", ignore_na=False)
    def _offsets_inside(cls, df: pd.DataFrame) -> Series[bool]:
        return _rowwise(df, offsets_inside)

    @pa.dataframe_check(name="quote_contains_number", ignore_na=False)
    def _quote_number(cls, df: pd.DataFrame) -> Series[bool]:
        return _rowwise(df, quote_contains_number)

    @pa.dataframe_check(name="quote_in_text", ignore_na=False)
    def _quote_in_text(cls, df: pd.DataFrame) -> Series[bool]:
        return _rowwise(df, quote_in_text)


def figure_schema(now: date) -> pa.DataFrameSchema:
    """`FigureSchema` plus `period_not_in_future`: a period may not start after `now` (a period that ends after
    it, "since January" in a year-to-date bulletin, is fine)."""

    def not_future(s: pd.Series) -> pd.Series:
        return s.map(lambda v: _null(v) or not is_iso_date(v) or date.fromisoformat(v) <= now).astype(bool)

    schema = FigureSchema.to_schema()
    col = schema.columns[FigureSchema.period_start]
    checks = [*col.checks, pa.Check(not_future, name="period_not_in_future", ignore_na=False)]
    return schema.update_column(FigureSchema.period_start, checks=checks)


# ---- across the figures of one document ---------------------------------------------------------------------

def _bounds(value: float, qualifier: str) -> tuple[float, float]:
    """What a qualified figure says about the true value: (lowest, highest)."""
    if qualifier == "at_least":
        return value, math.inf
    if qualifier == "at_most":
        return 0.0, value
    if qualifier == "approximate":
        return value * (1 - APPROX_RELATIVE), value * (1 + APPROX_RELATIVE)
    return value, value


def restatement_agrees(qualified: float, qualifier: str, exact: float) -> bool:
    """Does a qualified figure agree with the exact one it restates? "more than 2 300" vs 2 320: yes;
    "more than 3 000" vs 2 320: no; "up to 2 000" vs 2 320: no; "rund 2 000" vs 2 320: yes (rounded)."""
    if qualifier == "at_least":
        return qualified <= exact * (1 + TOLERANCE)
    if qualifier == "at_most":
        return qualified >= exact * (1 - TOLERANCE)
    if qualifier == "approximate":
        step = 10 ** math.floor(math.log10(qualified)) if qualified > 0 else 0
        return abs(qualified - exact) <= max(APPROX_RELATIVE * exact, step / 2)
    return abs(qualified - exact) <= TOLERANCE * max(abs(qualified), abs(exact))


def _key(r: dict, *fields: str) -> tuple:
    return tuple(None if _null(r[f]) else r[f] for f in fields)


def _fmt(v: float) -> str:
    return f"{v:,.10g}"


#: Columns of a figure record the cross-figure checks read.
CROSS_COLUMNS = ("document_id", "metric", "value", "unit", "object", "category", "country", "qualifier",
                 "period_start", "period_end", "start", "end")

#: Two values can state one fact rounded only when the larger is at most this many times the smaller: "more than
#: 3 000" and 2 320 can be one claim (1.3x), "more than 1 000 arrests" and 23 arrests cannot (43x), nor 1.4 t in a
#: title and 800 kg in the body (1.75x: another quantity). Measured on the dev set (benchmarks/warehouse_quality.py):
#: every labelled true figure the old check quarantined was more than 1.5x away from the exact figure it was held
#: against, or was the total of several exact figures.
ROUNDING_FACTOR = 1.5

#: Objects too coarse to say that two figures count the same thing: "wildlife" may be pangolin scales in one
#: sentence and ivory in the next, "drug" cocaine or cannabis. A category name is coarse too.
COARSE_OBJECTS = frozenset({
    "drug", "drugs", "product", "products", "goods", "contraband", "counterfeit product", "wildlife", "medicine",
    "weapon", "tobacco", "alcohol", "food", "cash", "item", "package", "parcel", "consignment", "shipment",
}) | frozenset(CATEGORIES)


def cross_figure_problems(df: pd.DataFrame) -> dict[str, dict]:
    """`document_problems` over a frame holding the figures of one or more documents (grouped by document_id;
    the `text` column, when there, gives the positions). Pure: the same frame always gives the same answer, and
    nothing is kept between calls, so frames validated on several threads at once cannot see each other."""
    problems: dict[str, dict] = {name: {} for name in CROSS_CHECKS}
    if df.empty:
        return problems
    texts = df["text"].tolist() if "text" in df.columns else [None] * len(df)
    by_doc: dict = {}
    for (i, r), text in zip(zip(df.index, records(df, CROSS_COLUMNS), strict=True), texts, strict=True):
        by_doc.setdefault(r["document_id"], ([], text))[0].append((i, r))
    for rows, text in by_doc.values():
        for check, found in document_problems(rows, text=text if isinstance(text, str) else None).items():
            problems[check].update(found)
    return problems


#: The checks across the figures of one document, in the order they run (a figure quarantined by one is not
#: compared by the next).
CROSS_CHECKS = ("duplicate_figure", "restatement_disagrees", "restatement_uncertain", "part_exceeds_total")


def document_problems(rows: list[tuple[object, dict]], *, text: str | None = None,
                      title: str | None = None) -> dict[str, dict]:
    """Problems between the figures of ONE document: {check: {row key: reason}}. `rows` are (key, record) pairs
    with the `CROSS_COLUMNS`; `text` (and `title`) place each figure in a sentence.

    - duplicate_figure: the same figure (metric, value, unit, object, category, country, period, offsets) twice;
      the first is kept.
    - restatement_disagrees: a qualified figure that contradicts an exact figure it can only be a restatement of:
      same metric, unit, category, country, period and the same specific object (`COARSE_OBJECTS` are not), in
      the title and the body or in the same or adjacent sentences, values within `ROUNDING_FACTOR`, and the
      qualified figure is not a total of several exact ones (it does not agree with their sum).
    - restatement_uncertain: the same contradiction when one of place or object is not certain (a coarse or
      missing object, sentences far apart, no offsets): flagged, not quarantined.
    - part_exceeds_total: a per-category figure above the all-category figure of the same metric / unit / country
      (or the categories together above it); a per-country figure above the multi-country (country null) figure.
      Reported on the part(s) and on the total.
    """
    problems: dict[str, dict] = {name: {} for name in CROSS_CHECKS}
    if not rows:
        return problems
    _duplicates(rows, problems["duplicate_figure"])
    live = [(i, r) for i, r in rows if i not in problems["duplicate_figure"]]
    _restatements(live, _Places(text, title), problems["restatement_disagrees"], problems["restatement_uncertain"])
    live = [(i, r) for i, r in live if i not in problems["restatement_disagrees"]]
    _parts(live, problems["part_exceeds_total"])
    return problems


class _Places:
    """Where a figure stands in its document: the title, or the index of its sentence in the body."""

    def __init__(self, text: str | None, title: str | None) -> None:
        self.text, self.title = text, title
        self._split: tuple | None = None  # (sentences, title end), computed on the first question only

    def of(self, r: dict):
        off = _offsets(r)
        if not self.text or off is None:
            return None
        if self._split is None:
            from seizure_stats.extraction.text import sentences

            self._split = (sentences(self.text), _title_end(self.text, self.title))
        sents, title_end = self._split
        if not sents:
            return None
        if off[0] < title_end:
            return "title"
        from seizure_stats.extraction.text import index_of

        return index_of(sents, off[0])

    @staticmethod
    def near(a, b) -> bool:
        """Title against body, or the same or adjacent sentences of the body."""
        if a is None or b is None:
            return False
        if a == "title" or b == "title":
            return a != b
        return abs(a - b) <= 1


def _title_end(text: str, title: str | None) -> int:
    """End of the title when the text starts with it (pages and files carry their headline as the first line)."""
    lead = len(text) - len(text.lstrip())
    if title and text[lead:].startswith(title.strip()):
        return lead + len(title.strip())
    first = text[lead:].split("\n", 1)
    if len(first) == 2 and 3 <= len(first[0].strip()) <= 200 and not first[0].rstrip().endswith((".", ":", ";", ",")):
        return lead + len(first[0])
    return 0


def _duplicates(rows, out: dict) -> None:
    seen: dict = {}
    for i, r in rows:
        k = (*_key(r, "metric", "unit", "object", "category", "country", "qualifier", "period_start", "period_end",
                   "start", "end"), round(float(r["value"]), 9))
        if k in seen:
            out[i] = f"the same figure ({r['metric']} {_fmt(r['value'])} {r['unit']}) is stated again at the same place"
        else:
            seen[k] = i


def _specific(obj) -> bool:
    return not _null(obj) and str(obj).strip().lower() not in COARSE_OBJECTS


def _within_rounding(a: float, b: float) -> bool:
    lo, hi = sorted((abs(a), abs(b)))
    return lo > 0 and hi <= lo * ROUNDING_FACTOR


def _restatements(rows, places: _Places, certain: dict, uncertain: dict) -> None:
    groups: dict = {}
    for i, r in rows:
        groups.setdefault((r["metric"], r["unit"], *_key(r, "category", "country", "period_start", "period_end")),
                          []).append((i, r))
    for members in groups.values():
        exact = [(i, r) for i, r in members if r["qualifier"] == "exact"]
        if not exact:
            continue
        for i, r in members:
            if r["qualifier"] == "exact":
                continue
            v, q = float(r["value"]), r["qualifier"]
            # exact figures that can name the same thing: the same object, or one of the two coarse or missing
            same = [(j, e) for j, e in exact
                    if not (_specific(r["object"]) and _specific(e["object"]) and r["object"] != e["object"])]
            parts = sum(float(e["value"]) for _, e in same)
            if len(same) > 1 and (v >= parts * (1 - TOLERANCE) or restatement_agrees(v, q, parts)):
                continue  # a total of its parts ("more than 126 million" = 10 + 30 + 86 million), never against them
            if any(restatement_agrees(v, q, float(e["value"])) for _, e in same):
                continue  # it restates one of them
            against = [(j, e) for j, e in same if _within_rounding(v, float(e["value"]))]
            if not against:
                continue  # another quantity, not a rounded restatement
            here = places.of(r)
            sure = [e for _, e in against if _specific(r["object"]) and r["object"] == e["object"]
                    and places.near(here, places.of(e))]
            words = {"at_least": "at least", "at_most": "at most", "approximate": "about"}[q]
            if sure:
                exacts = ", ".join(_fmt(float(e["value"])) for e in sure)
                certain[i] = (f"'{words} {_fmt(v)}' {r['metric']} ({r['unit']}) of {r['object']} contradicts the "
                              f"exact figure {exacts} stated for the same object/category/country/period close by "
                              f"in this document")
            else:
                exacts = ", ".join(_fmt(float(e["value"])) for _, e in against)
                uncertain[i] = (f"'{words} {_fmt(v)}' {r['metric']} ({r['unit']}) may contradict the exact figure "
                                f"{exacts} of the same category/country/period (not certain: object or place differ)")


def _parts(rows, out: dict) -> None:
    for part_field, other_fields, label in (("category", ("country",), "category"),
                                            ("country", ("category",), "country")):
        groups: dict = {}
        for i, r in rows:
            obj = r["object"] if r["metric"] == "items" and not _null(r["object"]) else None
            k = (r["metric"], r["unit"], obj, *_key(r, *other_fields, "period_start", "period_end"))
            groups.setdefault(k, []).append((i, r))
        for members in groups.values():
            totals = [(i, r) for i, r in members if _null(r[part_field])]
            parts = [(i, r) for i, r in members if not _null(r[part_field])]
            if not totals or not parts:
                continue
            for ti, t in totals:
                t_high = _bounds(float(t["value"]), t["qualifier"])[1]
                if math.isinf(t_high):
                    continue
                limit = t_high * (1 + TOLERANCE)
                best: dict = {}  # per category / country: the largest lower bound stated
                for pi, p in parts:
                    low = _bounds(float(p["value"]), p["qualifier"])[0]
                    if low > limit:
                        out[pi] = (f"{p['metric']} for {label} {p[part_field]} ({_fmt(float(p['value']))} {p['unit']}) "
                                   f"exceeds the total of the document ({_fmt(float(t['value']))} {t['unit']})")
                        out.setdefault(ti, f"the total {_fmt(float(t['value']))} {t['unit']} is below the "
                                           f"{label} figure {_fmt(float(p['value']))}")
                    if low > best.get(p[part_field], (-1.0, None))[0]:
                        best[p[part_field]] = (low, pi)
                total_of_parts = sum(low for low, _ in best.values())
                if len(best) > 1 and total_of_parts > limit:
                    for _, pi in best.values():
                        out.setdefault(pi, f"the {label} figures add up to {_fmt(total_of_parts)} {t['unit']}, more "
                                           f"than the total {_fmt(float(t['value']))}")
                    out.setdefault(ti, f"the total {_fmt(float(t['value']))} {t['unit']} is below the sum of its "
                                       f"{label} figures ({_fmt(total_of_parts)})")


class DocumentFiguresSchema(_FigureColumns):
    """The figures of one or more documents, checked against each other (grouped by document_id)."""

    @pa.dataframe_check(name="duplicate_figure", ignore_na=False)
    def _dup(cls, df: pd.DataFrame) -> Series[bool]:
        bad = cross_figure_problems(df)["duplicate_figure"]
        return pd.Series([i not in bad for i in df.index], index=df.index, dtype=bool)

    @pa.dataframe_check(name="restatement_disagrees", ignore_na=False)
    def _restated(cls, df: pd.DataFrame) -> Series[bool]:
        bad = cross_figure_problems(df)["restatement_disagrees"]
        return pd.Series([i not in bad for i in df.index], index=df.index, dtype=bool)

    @pa.dataframe_check(name="restatement_uncertain", ignore_na=False)
    def _restated_maybe(cls, df: pd.DataFrame) -> Series[bool]:
        bad = cross_figure_problems(df)["restatement_uncertain"]
        return pd.Series([i not in bad for i in df.index], index=df.index, dtype=bool)

    @pa.dataframe_check(name="part_exceeds_total", ignore_na=False)
    def _parts(cls, df: pd.DataFrame) -> Series[bool]:
        bad = cross_figure_problems(df)["part_exceeds_total"]
        return pd.Series([i not in bad for i in df.index], index=df.index, dtype=bool)


_HEX_ID = r"^[0-9a-f]{32}$"


class FigureRowSchema(pa.DataFrameModel):
    """A row of the `figure` table, as the loader writes it."""

    id: Series[str] = pa.Field(str_matches=_HEX_ID, unique=True)
    document_id: Series[str]
    source: Series[str]
    metric: Series[str] = pa.Field(isin=list(METRICS))
    value: Series[float] = pa.Field(gt=0)
    unit: Series[str]
    qualifier: Series[str] = pa.Field(isin=list(QUALIFIERS))
    object: Series[str] = pa.Field(nullable=True)
    category: Series[str] = pa.Field(nullable=True, isin=list(CATEGORIES))
    country: Series[str] = pa.Field(nullable=True)
    period_start: Series[str] = pa.Field(nullable=True)
    period_end: Series[str] = pa.Field(nullable=True)
    quote: Series[str]
    char_start: Series[pd.Int64Dtype] = pa.Field(nullable=True)
    char_end: Series[pd.Int64Dtype] = pa.Field(nullable=True)
    flags: Series[str] = pa.Field(nullable=True)
    reasons: Series[str] = pa.Field(nullable=True)  # '; '-joined lines of seizure_stats/extraction/reasons.py
    year: Series[pd.Int64Dtype] = pa.Field(nullable=True)
    cluster_key: Series[str]

    class Config:
        strict = False
