"""Validation: the figures of each document are checked one by one (`schemas.figures.FigureSchema`) and against
each other (`schemas.figures.DocumentFiguresSchema`). A failure either quarantines the figure (it is not loaded; a
quarantine row says which check failed and why) or loads it with the check's name in `Figure.flags`. Nothing is
dropped without a trace: every figure that is not returned is in the quarantine list.

| check | on failure | why |
|---|---|---|
| `metric_in_vocabulary` | quarantine | a metric outside the contract cannot be aggregated |
| `unit_matches_metric` | quarantine | mass in kg, volume in l, value in an ISO 4217 currency, all else count: a wrong unit mixes incomparable numbers |
| `qualifier_in_vocabulary` | quarantine | exact / at_least / at_most / approximate only |
| `category_in_vocabulary` | quarantine | category outside the contract (null is allowed) |
| `value_positive` | quarantine | zero, negative, missing or non-finite value: a parsing error |
| `value_plausible` | quarantine | above the metric's bound (`schemas.figures.PLAUSIBLE_MAX`, e.g. 1e8 kg): a year or phone number read as a quantity |
| `country_is_iso_alpha2` | quarantine | country must be an ISO 3166-1 alpha-2 code (or XK) or null |
| `period_is_iso_date` | quarantine | period_start / period_end must be ISO dates (YYYY-MM-DD) |
| `period_order` | quarantine | period_start after period_end |
| `period_not_in_future` | quarantine | a period starting after the validation date |
| `quote_not_empty` | quarantine | a text figure without the words that back it cannot be checked by an analyst |
| `offsets_inside_text` | quarantine | offsets outside the document text: the figure does not come from this text |
| `duplicate_figure` | quarantine (the repeats; the first is loaded) | the same figure at the same place twice would be counted twice |
| `restatement_disagrees` | quarantine (the qualified figure; the exact one is loaded) | "more than 3 000" next to an exact 2 320 of the same specific object, in the same or the next sentence (or title against body), values within a rounding factor, and the qualified one not a total of several exact ones: it can only be one claim, so the qualified one is wrong. On the dev set this quarantines no labelled true figure (benchmarks/warehouse_quality.py) |
| `restatement_uncertain` | warning flag | the same contradiction when the object is coarse or missing, or the figures are sentences apart: perhaps another claim (a regional total beside one seizure), so loaded and flagged |
| `count_is_integer` | warning flag | 2.5 arrests: probably a scale word applied to a count; loaded, flagged |
| `offsets_present` | warning flag | a text figure without offsets is loaded but cannot be highlighted in its text |
| `quote_contains_number` | warning flag | the quote does not contain the number's own text: weak evidence |
| `quote_in_text` | warning flag | the quote is not verbatim in the document text |
| `part_exceeds_total` | warning flag (on the parts and the total) | a per-category (or per-country) figure above the total, or the parts summing above it; which one is wrong is unknown, so both are loaded and flagged |
| `published_is_iso_date`, `document_period_is_iso_date`, `document_period_order` | quarantine row for the document; the bad field is set to null and the document is loaded | a bad document date must not block its figures |
| `published_conflict`, `period_after_published` | a row for the document (a flag: nothing is nulled, the document and its figures load) | the text's own date differs from its feed's by more than a day (the text's wins), or the text's seizure dates are after its publication date |

Dataset figures (kind "dataset") have no text: the quote and offset checks do not apply to them.
Checks across figures run only on the figures that passed the quarantine-level checks on their own, and compare
figures making the same claim: same metric, unit, object, category, country and period (a figure without a
period takes its document's). Parts and totals: same metric, unit and period (and object for items), category
(or country) null for the total.
"""
from __future__ import annotations

import dataclasses
import math
from dataclasses import dataclass, field
from datetime import UTC, date, datetime

import pandas as pd
import pandera.pandas as pa

from schemas.figures import (
    CROSS_CHECKS,
    FigureSchema,
    document_problems,
    figure_schema,
    is_iso_date,
    number_text,
    plausible_max,
)
from schemas.figures import records as figure_records
from seizure_stats.model import CATEGORIES, METRICS, QUALIFIERS, Document, Figure

STAGE = "validate"

QUARANTINE = "quarantine"
WARNING = "warning"

#: check name -> what a failure does (the table above).
SEVERITY: dict[str, str] = {
    "metric_in_vocabulary": QUARANTINE,
    "unit_matches_metric": QUARANTINE,
    "qualifier_in_vocabulary": QUARANTINE,
    "category_in_vocabulary": QUARANTINE,
    "value_positive": QUARANTINE,
    "value_plausible": QUARANTINE,
    "country_is_iso_alpha2": QUARANTINE,
    "period_is_iso_date": QUARANTINE,
    "period_order": QUARANTINE,
    "period_not_in_future": QUARANTINE,
    "quote_not_empty": QUARANTINE,
    "offsets_inside_text": QUARANTINE,
    "duplicate_figure": QUARANTINE,
    "restatement_disagrees": QUARANTINE,
    "restatement_uncertain": WARNING,
    "count_is_integer": WARNING,
    "offsets_present": WARNING,
    "quote_contains_number": WARNING,
    "quote_in_text": WARNING,
    "part_exceeds_total": WARNING,
}


@dataclass
class QuarantineRecord:
    """A record that did not pass a check: where it comes from, which check, why (in words), and the record."""

    stage: str
    source: str
    document_id: str | None
    check: str
    reason: str
    record: dict = field(default_factory=dict)
    partition: str | None = None  # dataset records: the partition key of the document (document_id is its hash)

    def as_dict(self) -> dict:
        return dataclasses.asdict(self)

    @classmethod
    def from_dict(cls, d: dict) -> QuarantineRecord:
        """From a dict with at least stage, source, check, reason; unknown keys are ignored."""
        known = {f.name for f in dataclasses.fields(cls)}
        return cls(**{k: v for k, v in d.items() if k in known})


@dataclass
class Validated:
    documents: list[Document]
    quarantine: list[QuarantineRecord]

    @property
    def figures(self) -> int:
        return sum(len(d.figures) for d in self.documents)


def _s(v) -> str | None:
    if v is None or (isinstance(v, float) and math.isnan(v)):
        return None
    return str(v)


def _num(v) -> float:
    try:
        return float(v)
    except (TypeError, ValueError):
        return math.nan


def _int(v) -> int | None:
    if isinstance(v, bool) or v is None:
        return None
    if isinstance(v, int):
        return v
    try:
        f = float(v)
    except (TypeError, ValueError):
        return None
    return int(f) if math.isfinite(f) and f == int(f) else None


def figure_frame(documents: list[Document]) -> pd.DataFrame:
    """One row per figure of the documents, with the columns of `FigureSchema`."""
    cols: dict[str, list] = {c: [] for c in FigureSchema.to_schema().columns}
    for doc in documents:
        for fig in doc.figures:
            cols[FigureSchema.document_id].append(doc.id)
            cols[FigureSchema.source].append(doc.source)
            cols[FigureSchema.kind].append(doc.kind)
            cols[FigureSchema.text].append(doc.text if doc.kind == "text" else None)
            cols[FigureSchema.metric].append(_s(fig.metric))
            cols[FigureSchema.value].append(_num(fig.value))
            cols[FigureSchema.unit].append(_s(fig.unit))
            cols[FigureSchema.object].append(_s(fig.object))
            cols[FigureSchema.category].append(_s(fig.category))
            cols[FigureSchema.country].append(_s(fig.country))
            cols[FigureSchema.qualifier].append(_s(fig.qualifier))
            # the period a figure covers: its own, else its document's (the contract's rule, and the loader's)
            cols[FigureSchema.period_start].append(_s(fig.period_start or doc.period_start))
            cols[FigureSchema.period_end].append(_s(fig.period_end or doc.period_end))
            cols[FigureSchema.quote].append(_s(fig.quote))
            cols[FigureSchema.start].append(_int(fig.start))
            cols[FigureSchema.end].append(_int(fig.end))
    data = {}
    for name, values in cols.items():
        if name == FigureSchema.text:
            data[name] = pd.Series(values, dtype=object)
        elif name == FigureSchema.value:
            data[name] = pd.Series(values, dtype="float64")
        elif name in (FigureSchema.start, FigureSchema.end):
            data[name] = pd.Series(values, dtype="Int64")
        else:
            data[name] = pd.Series(values, dtype="str")
    return pd.DataFrame(data)


def _failures(schema, df: pd.DataFrame) -> dict[int, list[str]]:
    """Row index -> names of the checks it failed (in schema order, without repeats)."""
    if df.empty:
        return {}
    try:
        schema.validate(df, lazy=True)
    except pa.errors.SchemaErrors as err:
        out: dict[int, list[str]] = {}
        fc = err.failure_cases
        for idx, check in zip(fc["index"], fc["check"], strict=True):
            if idx is None or (isinstance(idx, float) and math.isnan(idx)):
                raise RuntimeError(f"validation could not run check {check!r}: {err}") from err
            names = out.setdefault(int(idx), [])
            if str(check) not in names:
                names.append(str(check))
        return out
    return {}


def _reason(check: str, r: dict, now: date) -> str:
    """A failure in words, with the values that failed."""
    m, u, v = r["metric"], r["unit"], r["value"]
    if check == "metric_in_vocabulary":
        return f"metric {m!r} is not one of {', '.join(METRICS)}"
    if check == "unit_matches_metric":
        want = {"mass": "kg", "volume": "l", "value": "an ISO 4217 currency code"}.get(m, "count")
        return f"unit {u!r} does not fit metric {m!r} (expected {want})"
    if check == "qualifier_in_vocabulary":
        return f"qualifier {r['qualifier']!r} is not one of {', '.join(QUALIFIERS)}"
    if check == "category_in_vocabulary":
        return f"category {r['category']!r} is not one of {', '.join(CATEGORIES)} (or null)"
    if check == "value_positive":
        return f"value {v!r} is not a positive finite number"
    if check == "value_plausible":
        return f"value {v:,.10g} {u} is above the plausible maximum for {m} ({plausible_max(m, u or ''):,.10g})"
    if check == "country_is_iso_alpha2":
        return f"country {r['country']!r} is not an ISO 3166-1 alpha-2 code"
    if check == "period_is_iso_date":
        return f"period {r['period_start']!r}..{r['period_end']!r} is not made of ISO dates (YYYY-MM-DD)"
    if check == "period_order":
        return f"period starts {r['period_start']} after it ends {r['period_end']}"
    if check == "period_not_in_future":
        return f"period starts {r['period_start']}, after the validation date {now.isoformat()}"
    if check == "quote_not_empty":
        return "the figure has no quote (the words of the document that state it)"
    if check == "offsets_inside_text":
        n = len(r["text"]) if isinstance(r["text"], str) else 0
        return f"offsets {r['start']}..{r['end']} are not inside the document text (length {n})"
    if check == "offsets_present":
        return "the figure has no character offsets in its document"
    if check == "quote_contains_number":
        num = number_text(r)
        what = f"the number's text {num!r}" if num is not None else "any digit"
        return f"the quote does not contain {what}"
    if check == "quote_in_text":
        return "the quote is not found verbatim in the document text"
    if check == "count_is_integer":
        return f"a count of {m} should be a whole number, got {v:,.10g}"
    return f"failed check {check}"


def _record(fig: Figure, doc: Document) -> dict:
    rec = fig.as_dict()
    rec["document_id"] = doc.id
    rec["source"] = doc.source
    return rec


def _date_conflicts(doc: Document) -> list[tuple[str, str]]:
    """The text's own dates won over the feed's (pipeline.extract_documents); where they disagree, say so."""
    out = []
    pub = doc.published if is_iso_date(doc.published) and doc.published else None
    feed = (doc.feed_published or "")[:10]
    if pub and is_iso_date(feed) and feed and abs((date.fromisoformat(pub) - date.fromisoformat(feed)).days) > 1:
        out.append(("published_conflict", f"the text is dated {pub}, its feed or page {feed}: the text's date is "
                                          f"kept, and its relative dates are resolved against it"))
    if pub and doc.period_start and is_iso_date(doc.period_start) and doc.period_start > pub:
        out.append(("period_after_published", f"the text's own dates ({doc.period_start}..{doc.period_end}) are "
                                              f"after its publication date {pub}: kept, the publication date may be "
                                              f"a re-publication"))
    return out


def _check_document(doc: Document) -> tuple[Document, list[QuarantineRecord]]:
    """Document-level dates: a bad one is quarantined and set to null so the figures still load."""
    problems: list[tuple[str, str]] = []
    changes: dict = {}
    if not is_iso_date(doc.published):
        problems.append(("published_is_iso_date", f"published date {doc.published!r} is not an ISO date"))
        changes["published"] = None
    bad_period = [f for f in ("period_start", "period_end") if not is_iso_date(getattr(doc, f))]
    if bad_period:
        problems.append(("document_period_is_iso_date",
                         f"document period {doc.period_start!r}..{doc.period_end!r} is not made of ISO dates"))
        changes.update({f: None for f in ("period_start", "period_end")})
    elif doc.period_start and doc.period_end and doc.period_start > doc.period_end:
        problems.append(("document_period_order",
                         f"document period starts {doc.period_start} after it ends {doc.period_end}"))
        changes.update({"period_start": None, "period_end": None})
    record = {k: v for k, v in dataclasses.asdict(doc).items() if k not in ("text", "figures", "http_headers")}
    out = [QuarantineRecord(STAGE, doc.source, doc.id, check, reason, record) for check, reason in problems]
    # date conflicts keep only the dates in their record: a re-extraction from the archive (which knows no fetch
    # time or page language) gives the same row, so a backfill equals one run
    dates = {k: getattr(doc, k) for k in ("url", "title", "published", "feed_published", "period_start",
                                          "period_end")}
    out += [QuarantineRecord(STAGE, doc.source, doc.id, check, reason, dates)
            for check, reason in _date_conflicts(doc if not changes else dataclasses.replace(doc, **changes))]
    if not out:
        return doc, []
    return dataclasses.replace(doc, **changes), out


def validate(documents: list[Document], *, now: date | datetime | None = None) -> Validated:
    """Check every figure of every document; return the documents with the figures that pass (warnings in
    `Figure.flags`) and a quarantine record per failed quarantine-level check."""
    if now is None:
        now = datetime.now(UTC).date()
    elif isinstance(now, datetime):
        now = now.date()

    quarantine: list[QuarantineRecord] = []
    checked_docs = []
    for doc in documents:
        doc, problems = _check_document(doc)
        checked_docs.append(doc)
        quarantine.extend(problems)

    df = figure_frame(checked_docs)
    refs = [(d, f) for d, doc in enumerate(checked_docs) for f in range(len(doc.figures))]
    failed = _failures(figure_schema(now), df)
    records = figure_records(df)

    # which checks each row failed, with the reason
    failures: dict[int, list[tuple[str, str]]] = {}
    for idx, checks in failed.items():
        failures[idx] = [(c, _reason(c, records[idx], now)) for c in checks]

    passed = [i for i in range(len(df)) if not any(SEVERITY.get(c, QUARANTINE) == QUARANTINE
                                                   for c, _ in failures.get(i, []))]
    # across figures: one pure call per document, on its figures that passed the quarantine-level checks alone
    rows_of: list[list[tuple[int, dict]]] = [[] for _ in checked_docs]
    for i in passed:
        rows_of[refs[i][0]].append((i, records[i]))
    for d, doc in enumerate(checked_docs):
        rows = rows_of[d]
        if len(rows) < 2:
            continue
        found = document_problems(rows, text=doc.text if doc.kind == "text" else None, title=doc.title)
        for check in CROSS_CHECKS:
            for idx, why in found[check].items():
                failures.setdefault(idx, []).append((check, why))

    kept: list[list[Figure]] = [[] for _ in checked_docs]
    for i, (d, f) in enumerate(refs):
        doc, fig = checked_docs[d], checked_docs[d].figures[f]
        fails = failures.get(i, [])
        hard = [(c, why) for c, why in fails if SEVERITY.get(c, QUARANTINE) == QUARANTINE]
        if hard:
            rec = _record(fig, doc)
            quarantine.extend(QuarantineRecord(STAGE, doc.source, doc.id, c, why, rec) for c, why in hard)
            continue
        flags = list(fig.flags)
        flags.extend(c for c, _ in fails if c not in flags)
        kept[d].append(dataclasses.replace(fig, flags=flags))

    out_docs = [dataclasses.replace(doc, figures=kept[d]) for d, doc in enumerate(checked_docs)]
    return Validated(documents=out_docs, quarantine=quarantine)
