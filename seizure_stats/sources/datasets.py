'''Structured datasets (CSV, JSON, XLSX) mapped DECLARATIVELY into figure records: the sources file says which
columns become which figure fields; no dataset has code of its own. One document per partition (e.g. one
month, or one country-year), so a newer version of a file replaces each partition's figures as a whole.

Keys of a `dataset` source (the [[source]] table):

    format       = "csv" | "json" | "xlsx"    default: from the URL's suffix, then the content type
    link_pattern = 'regex'          the URL is a page: take the link matching it (the newest, see `pick`)
    pick         = "max" | "first" | "last"   which matching link (default "max": the greatest URL, which is
                                    the newest when URLs carry a date such as /2025-06/)
    sheet        = "Export"         xlsx: the sheet (default: the first)
    header_row   = 2                1-based row of the header (rows above it, such as a title, are skipped)
    delimiter    = ","              csv
    encoding     = "utf-8"          csv: default detected (UTF-8, BOM, else cp1252...)
    records_path = "data.rows"      json: where the list of row objects is (default: the top level)

and its [source.mapping] table:

    schema       = "CbpDrugSeizures"   pandera schema of the raw rows in `schemas.datasets`: its columns are
                                       the expected header, its checks quarantine bad rows
    columns      = [..]                the expected header when there is no schema class
    category     = "drugs"             constant category of every figure
    country      = "US"                constant ISO 3166-1 alpha-2 ...
    country      = { column = "msCode", codes = "iso3" }   ... or from a column (codes: iso2 | iso3 | name)
    object       = "firearm"           constant object ...
    object       = { column = "Drug Type", case = "lower", strip = "*", replace = { "Khat (Catha Edulis)" = "khat" } }
                                       ... or from a column: `replace` (raw value -> value) first, then `strip`
                                       (characters, default "*"), then `case` (lower | upper | title | none)
    qualifier    = "exact"
    partition    = ["period"]          what one document stands for: "period", "country" (the ISO2 code) or a
                                       column name (its raw value); joined with "/" -> "2025-04", "2022/AFG"
    group_by     = ["Category"]        aggregate rows per partition x period x country x object x these
                                       columns (omit: one set of figures per row)
    quote_columns = [..]               the columns a quote renders (default: all)
    revise       = true                a changed file re-emits every partition (rolling files revise past
                                       months); false: only partitions ending after the high-water mark

    [source.mapping.period]
    kind  = "fiscal_month" | "month" | "year"
    year  = "FY"                       column; its leading 4 digits are the year ("2025 (FYTD)" -> 2025)
    month = "Month (abbv)"             column: JAN..DEC, January.., or 1..12
    fiscal_start_month = 10            fiscal_month: months from this one on belong to calendar year FY-1
                                       (the U.S. federal FY starts in October)
    fiscal_year_named_by = "end"       "end" (U.S.: FY 2025 = Oct 2024..Sep 2025) or "start"

    [[source.mapping.figures]]         one table per figure a row (or group) yields
    metric    = "mass"                 a metric of the figure contract
    unit      = "kg"
    column    = "Sum Qty (lbs)"        the value column (not needed for aggregate = "count")
    scale     = 0.45359237             multiply (pounds -> kg)
    aggregate = "sum" | "count_distinct" | "count"   with group_by (default "sum")
    empty     = "quarantine" | "skip" | "zero"       an empty value cell (default "quarantine")
    zero      = "skip" | "keep"        a value (or group total) of 0: no figure (default), or a figure of 0
    object / category                  override the mapping-level ones for this figure

Bad rows never become silent wrong numbers: a row failing a schema check or the mapping (unknown month,
negative or non-numeric quantity, unknown country code) goes to `Plan.quarantine` as
{stage: "dataset", source, check, reason, record, partition, document_id}; with group_by, a group that lost a
row to quarantine is withheld as a whole (check `group_has_quarantined_rows`) instead of being under-counted.
A changed header (missing or unexpected columns) fails the whole source with SourceError.

A document's text is the rendering of its source rows ("column: value; ..." one row a line); a figure's quote
is its row, or for a group the common values, the aggregate ("Count of Event: sum of 23 rows = 160") and the
rows (up to 12). Figures have no start/end offsets.

Scheduled run: nothing when the file's content hash equals the one saved in the state; otherwise the
partitions (all of them with revise = true). Backfill: the partitions whose period overlaps [since, until].'''
from __future__ import annotations

import calendar
import io
import json
import math
import re
from dataclasses import dataclass, field
from datetime import date
from urllib.parse import urlsplit

import pandas as pd

from seizure_stats.model import CATEGORIES, METRICS, Document, Figure
from seizure_stats.sources import Plan
from seizure_stats.sources.feeds import parse_datetime
from seizure_stats.sources.http import FetchResult, HttpError
from seizure_stats.sources.text import decode

MONTH_NUMBERS = {m: i for i, m in enumerate(
    ("JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"), start=1)}
MONTH_NUMBERS.update({calendar.month_name[i].upper(): i for i in range(1, 13)})
MONTH_NUMBERS.update({"SEPT": 9})
_NUMBER = re.compile(r"^-?\d+(\.\d+)?([eE][-+]?\d+)?$")
AGGREGATES = ("sum", "count_distinct", "count")
QUOTE_ROWS = 12


class MappingError(ValueError):
    """The mapping in the sources file is wrong (a configuration error, not a data error)."""


class RowError(ValueError):
    def __init__(self, check: str, reason: str):
        super().__init__(reason)
        self.check = check
        self.reason = reason


# -- reading ------------------------------------------------------------------------------------------------
def dataset_format(declared: str | None, url: str, content_type: str = "") -> str:
    if declared:
        fmt = declared.lower().lstrip(".")
    else:
        suffix = urlsplit(url).path.rsplit(".", 1)[-1].lower() if "." in urlsplit(url).path else ""
        fmt = suffix or {"text/csv": "csv", "application/json": "json"}.get(content_type, "")
        if not fmt and "spreadsheet" in content_type:
            fmt = "xlsx"
    fmt = {"xlsm": "xlsx", "jsonl": "json", "tsv": "csv", "txt": "csv"}.get(fmt, fmt)
    if fmt not in ("csv", "json", "xlsx"):
        raise MappingError(f"unknown dataset format {fmt or '(none)'!r}: set `format` to csv, json or xlsx")
    return fmt


def _cell_text(v) -> str | None:
    if v is None:
        return None
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, int):
        return str(v)
    if isinstance(v, float):
        if math.isnan(v):
            return None
        return str(int(v)) if v.is_integer() and abs(v) < 1e15 else repr(v)
    if hasattr(v, "isoformat"):
        return v.isoformat()
    text = str(v).strip()
    return text or None


@dataclass
class Limits:
    """Caps that keep a hostile or broken file from taking the machine: rows read, characters of one cell, and the
    uncompressed size of a workbook's parts (an XLSX is a zip: 1 MB can unpack to 1 GiB of whitespace)."""

    max_rows: int = 500_000
    max_cell_chars: int = 10_000
    max_unzipped_bytes: int = 200_000_000

    @classmethod
    def from_settings(cls, settings) -> Limits:
        return cls(settings.dataset_max_rows, settings.dataset_max_cell_chars, settings.dataset_max_unzipped_bytes)


@dataclass
class Table:
    """The raw rows of a dataset: `frame` (text cells, missing = NA), the file line / sheet row of each of its rows
    (`rows`), and the rows that could not be read at all (`bad`: row number, reason, raw cells), which are
    quarantined with their number instead of failing the dataset."""

    frame: pd.DataFrame
    rows: list[int]
    bad: list[tuple[int, str, list]] = field(default_factory=list)


def _frame(header: list, rows: list[tuple[int, list]], limits: Limits | None = None) -> Table:
    limits = limits or Limits()
    names = [(_cell_text(h) or "") for h in header]
    while names and names[-1] == "":  # trailing unnamed columns (a spreadsheet's formatting) are not the header
        names.pop()
    width = len(names)
    data, numbers, bad = [], [], []
    for number, raw in rows:
        cells = [_cell_text(c) for c in raw]
        if not any(c is not None for c in cells):
            continue
        extra = [c for c in cells[width:] if c is not None]
        long = next((c for c in cells if c is not None and len(c) > limits.max_cell_chars), None)
        if extra:
            bad.append((number, f"{len(cells) - cells[::-1].index(extra[-1])} cells where the header has {width}",
                        cells[:width + len(extra)]))
            continue
        if long is not None:
            bad.append((number, f"a cell of {len(long)} characters (more than {limits.max_cell_chars})",
                        [c[:200] if c else c for c in cells[:width]]))
            continue
        data.append((cells + [None] * width)[:width])
        numbers.append(number)
    return Table(pd.DataFrame(data, columns=names, dtype="str"), numbers, bad)


def _csv_rows(text: str, delimiter: str, header_row: int, limits: Limits) -> tuple[list, list[tuple[int, list]]]:
    import csv

    csv.field_size_limit(max(limits.max_cell_chars * 4, 131_072))
    reader = csv.reader(io.StringIO(text), delimiter=delimiter)
    header: list | None = None
    rows: list[tuple[int, list]] = []
    while True:
        try:
            raw = next(reader)
        except StopIteration:
            break
        except csv.Error as e:  # a row the CSV reader cannot parse (a field over the size limit, a stray NUL)
            rows.append((reader.line_num, [f"\x00unreadable: {e}"]))
            continue
        if header is None:
            if reader.line_num >= header_row and raw:
                header = raw
            continue
        if not raw:
            continue
        if len(rows) >= limits.max_rows:
            raise ValueError(f"more than {limits.max_rows} rows (SEIZURE_STATS_DATASET_MAX_ROWS)")
        rows.append((reader.line_num, raw))
    return header or [], rows


def read_table(body: bytes, fmt: str, options: dict, limits: Limits | None = None) -> Table:
    """The raw rows of a dataset as text cells (missing = NA), the header as written (stripped), with the row
    number of each row and the rows that could not be read (see `Table`)."""
    limits = limits or Limits()
    header_row = int(options.get("header_row", 1))
    if fmt == "csv":
        text = body.decode(options["encoding"]) if options.get("encoding") else decode(body)
        if text.startswith("\ufeff"):
            text = text[1:]
        header, rows = _csv_rows(text, options.get("delimiter", ","), header_row, limits)
        header = [str(c).strip() for c in header]
        unreadable = [(n, r[0][len("\x00unreadable: "):], []) for n, r in rows
                      if len(r) == 1 and r[0] and r[0].startswith("\x00unreadable: ")]
        table = _frame(header, [(n, r) for n, r in rows if not (len(r) == 1 and r[0] and r[0].startswith(
            "\x00unreadable: "))], limits)
        table.bad = sorted(table.bad + unreadable)
        for c in table.frame.columns:
            table.frame[c] = table.frame[c].str.strip().replace("", pd.NA)
        return table
    if fmt == "json":
        data = json.loads(decode(body))
        for part in filter(None, str(options.get("records_path", "")).split(".")):
            data = data[part]
        if not isinstance(data, list) or not all(isinstance(r, dict) for r in data):
            raise ValueError("JSON dataset: expected a list of objects (set `records_path`)")
        if len(data) > limits.max_rows:
            raise ValueError(f"more than {limits.max_rows} rows (SEIZURE_STATS_DATASET_MAX_ROWS)")
        header: list = []
        for r in data:
            header += [k for k in r if k not in header]
        return _frame(header, [(i + 1, [r.get(k) for k in header]) for i, r in enumerate(data)], limits)
    # xlsx, streamed: openpyxl's read-only mode parses the sheet row by row (its XML through defusedxml)
    import zipfile

    import openpyxl

    try:
        unzipped = sum(info.file_size for info in zipfile.ZipFile(io.BytesIO(body)).infolist())
    except zipfile.BadZipFile as e:
        raise ValueError(f"not an XLSX workbook ({e})") from e
    if unzipped > limits.max_unzipped_bytes:
        raise ValueError(f"the workbook unpacks to {unzipped} bytes, more than {limits.max_unzipped_bytes} "
                         f"(SEIZURE_STATS_DATASET_MAX_UNZIPPED_BYTES)")
    wb = openpyxl.load_workbook(io.BytesIO(body), read_only=True, data_only=True)
    try:
        ws = wb[options["sheet"]] if options.get("sheet") else wb.worksheets[0]
        ws.reset_dimensions()  # dataUNODC exports declare a wrong <dimension ref="A1"/>
        header = None
        rows: list[tuple[int, list]] = []
        for number, raw in enumerate(ws.iter_rows(values_only=True), 1):
            if number < header_row:
                continue
            if number == header_row:
                header = list(raw)
                continue
            if len(rows) >= limits.max_rows:
                raise ValueError(f"more than {limits.max_rows} rows (SEIZURE_STATS_DATASET_MAX_ROWS)")
            rows.append((number, list(raw)))
    finally:
        wb.close()
    if header is None:
        raise ValueError(f"the sheet has fewer than {header_row} rows, no header at row {header_row}")
    return _frame(header, rows, limits)


# -- the mapping --------------------------------------------------------------------------------------------
@dataclass
class FigureSpec:
    metric: str
    unit: str
    column: str | None = None
    scale: float = 1.0
    aggregate: str = "sum"
    empty: str = "quarantine"
    zero: str = "skip"
    object: str | None = None
    category: str | None = None


@dataclass
class Mapping:
    figures: list[FigureSpec]
    period: dict
    schema: type | None = None
    columns: list[str] | None = None
    category: str | None = None
    country: str | dict | None = None
    object: str | dict | None = None
    qualifier: str = "exact"
    partition: list[str] = field(default_factory=lambda: ["period"])
    group_by: list[str] | None = None
    quote_columns: list[str] | None = None
    revise: bool = True

    @classmethod
    def parse(cls, raw: dict, default_country: str | None) -> Mapping:
        if not isinstance(raw, dict) or not raw:
            raise MappingError("a dataset source needs a [source.mapping] table")
        known = set(cls.__dataclass_fields__)
        unknown = set(raw) - known
        if unknown:
            raise MappingError(f"unknown mapping keys: {', '.join(sorted(unknown))}")
        figures = []
        for i, f in enumerate(raw.get("figures") or []):
            bad = set(f) - set(FigureSpec.__dataclass_fields__)
            if bad:
                raise MappingError(f"figures[{i}]: unknown keys {', '.join(sorted(bad))}")
            spec = FigureSpec(**f)
            if spec.metric not in METRICS:
                raise MappingError(f"figures[{i}]: metric {spec.metric!r} is not one of {', '.join(METRICS)}")
            if spec.aggregate not in AGGREGATES:
                raise MappingError(f"figures[{i}]: aggregate must be one of {', '.join(AGGREGATES)}")
            if spec.aggregate != "count" and not spec.column:
                raise MappingError(f"figures[{i}]: `column` is required")
            if spec.empty not in ("quarantine", "skip", "zero") or spec.zero not in ("keep", "skip"):
                raise MappingError(f"figures[{i}]: empty must be quarantine|skip|zero and zero keep|skip")
            figures.append(spec)
        if not figures:
            raise MappingError("the mapping has no [[source.mapping.figures]]")
        period = raw.get("period") or {}
        if period.get("kind") not in ("month", "fiscal_month", "year"):
            raise MappingError("[source.mapping.period] kind must be month, fiscal_month or year")
        if not period.get("year") or (period["kind"] != "year" and not period.get("month")):
            raise MappingError("[source.mapping.period] needs the `year` (and `month`) columns")
        schema = None
        if raw.get("schema"):
            from schemas.datasets import DATASET_SCHEMAS

            schema = DATASET_SCHEMAS.get(raw["schema"])
            if schema is None:
                raise MappingError(f"unknown schema {raw['schema']!r}; known: {', '.join(DATASET_SCHEMAS)}")
        category = raw.get("category")
        if category is not None and category not in CATEGORIES:
            raise MappingError(f"category {category!r} is not one of {', '.join(CATEGORIES)}")
        grouped = bool(raw.get("group_by"))
        if not grouped and any(f.aggregate != "sum" for f in figures):
            raise MappingError("aggregate = count / count_distinct needs `group_by`")
        return cls(figures=figures, period=period, schema=schema, columns=raw.get("columns"), category=category,
                   country=raw.get("country", default_country), object=raw.get("object"),
                   qualifier=raw.get("qualifier", "exact"), partition=list(raw.get("partition", ["period"])),
                   group_by=list(raw["group_by"]) if grouped else None, quote_columns=raw.get("quote_columns"),
                   revise=bool(raw.get("revise", True)))

    def expected_columns(self) -> list[str] | None:
        if self.schema is not None:
            from schemas.datasets import columns_of

            return columns_of(self.schema)
        return list(self.columns) if self.columns else None

    def used_columns(self) -> set[str]:
        cols = {self.period["year"], self.period.get("month")} | set(self.group_by or [])
        cols |= {p for p in self.partition if p not in ("period", "country")}
        for spec in (self.country, self.object, *(f.object for f in self.figures)):
            if isinstance(spec, dict):
                cols.add(spec.get("column"))
        cols |= {f.column for f in self.figures}
        return {c for c in cols if c}

    # -- per row -------------------------------------------------------------------------------------------
    def period_of(self, row: dict) -> tuple[str, date, date]:
        p = self.period
        raw_year = row.get(p["year"])
        m = re.match(r"^\s*(\d{4})", raw_year or "")
        if not m:
            raise RowError("year_is_plausible", f"{p['year']} {raw_year!r} has no 4-digit year")
        year = int(m.group(1))
        if p["kind"] == "year":
            return f"{year:04d}", date(year, 1, 1), date(year, 12, 31)
        raw_month = (row.get(p["month"]) or "").strip().upper().rstrip(".")
        month = MONTH_NUMBERS.get(raw_month)
        if month is None and raw_month.isdigit() and 1 <= int(raw_month) <= 12:
            month = int(raw_month)
        if month is None:
            raise RowError("month_is_known", f"{p['month']} {row.get(p['month'])!r} is not a month")
        if p["kind"] == "fiscal_month":
            start = int(p.get("fiscal_start_month", 10))
            if p.get("fiscal_year_named_by", "end") == "end":
                year = year - 1 if start > 1 and month >= start else year
            else:
                year = year if month >= start else year + 1
        last = calendar.monthrange(year, month)[1]
        return f"{year:04d}-{month:02d}", date(year, month, 1), date(year, month, last)

    def country_of(self, row: dict) -> str | None:
        spec = self.country
        if spec is None or isinstance(spec, str):
            return spec.upper() if spec else None
        raw = (row.get(spec["column"]) or "").strip()
        if not raw:
            raise RowError("country_code_known", f"{spec['column']} is empty")
        import pycountry

        codes = spec.get("codes", "iso2")
        try:
            if codes == "iso3":
                if raw.upper() == "XKX":
                    return "XK"
                c = pycountry.countries.get(alpha_3=raw.upper())
            elif codes == "iso2":
                c = pycountry.countries.get(alpha_2=raw.upper())
            else:
                c = pycountry.countries.lookup(raw)
        except LookupError:
            c = None
        if c is None:
            raise RowError("country_code_known", f"{spec['column']} {raw!r} is not a known {codes} country")
        return c.alpha_2

    @staticmethod
    def object_of(spec: str | dict | None, row: dict) -> str | None:
        if spec is None or isinstance(spec, str):
            return spec
        raw = row.get(spec["column"])
        if raw is None:
            return None
        value = spec.get("replace", {}).get(raw, raw)
        value = " ".join(value.strip(spec.get("strip", "*")).split())
        case = spec.get("case", "lower")
        value = {"lower": value.lower(), "upper": value.upper(), "title": value.title()}.get(case, value)
        return value or None

    @staticmethod
    def number(spec: FigureSpec, row: dict) -> float | None:
        """The value of one cell for one figure spec; None = no figure (empty cell skipped)."""
        raw = row.get(spec.column)
        if raw is None or not str(raw).strip():
            if spec.empty == "skip":
                return None
            if spec.empty == "zero":
                return 0.0
            raise RowError("value_is_present", f"{spec.column} is empty")
        text = str(raw).strip().replace("\u00a0", "")
        if not _NUMBER.match(text):
            raise RowError("value_is_number", f"{spec.column} {raw!r} is not a number")
        value = float(text)
        if value < 0:
            raise RowError("value_is_non_negative", f"{spec.column} {raw!r} is negative")
        return value


def _render(row: dict, columns: list[str]) -> str:
    return "; ".join(f"{c}: {row[c]}" for c in columns if row.get(c) is not None)


def _fmt(v: float) -> str:
    return str(int(v)) if float(v).is_integer() else f"{v:.10g}"


def _distinct_key(raw: str | None) -> str | None:
    if raw is None:
        return None
    text = raw.strip()
    return re.sub(r"\.0+$", "", text) if re.fullmatch(r"\d+\.0+", text) else text  # "3460425857.0" = "3460425857"


# -- the source ---------------------------------------------------------------------------------------------
def _fetch_dataset(ctx) -> FetchResult:
    from seizure_stats.sources.collect import HTML_ACCEPT, page_links

    opts = ctx.source.options
    if not opts.get("link_pattern"):
        return ctx.fetch_own(ctx.source.url, "text/csv, application/json, application/vnd.openxmlformats-officedocument.spreadsheetml.sheet, */*;q=0.5")
    page = ctx.fetch_own(ctx.source.url, HTML_ACCEPT)
    try:
        rx = re.compile(opts["link_pattern"])
    except re.error as e:
        raise ctx.error(f"invalid link_pattern: {e}") from e
    links = [u for u in page_links(page.body, page.final_url, page.charset) if rx.search(u)]
    if not links:
        raise ctx.error(f"no link matching {opts['link_pattern']!r} on {ctx.source.url}")
    pick = opts.get("pick", "max")
    url = {"first": links[0], "last": links[-1]}.get(pick) or max(links)
    try:
        return ctx.http.fetch(url, allow_private=ctx.source.allow_private, trusted=ctx.trusted, accept="*/*")
    except HttpError as e:
        raise ctx.error(f"dataset {url} unreachable: {e.reason}") from e


def collect_dataset(ctx) -> Plan:
    source = ctx.source
    try:
        mapping = Mapping.parse(source.options.get("mapping"), source.country)
    except MappingError as e:
        raise ctx.error(f"mapping: {e}") from e
    res = _fetch_dataset(ctx)
    try:
        fmt = dataset_format(source.options.get("format"), res.final_url, res.content_type)
        read = read_table(res.body, fmt, source.options, Limits.from_settings(ctx.http.settings))
        table = read.frame
    except MappingError as e:
        raise ctx.error(str(e)) from e
    except Exception as e:
        raise ctx.error(f"{res.final_url}: cannot read the dataset ({type(e).__name__}: {e})") from e
    columns = list(table.columns)
    expected = mapping.expected_columns()
    if expected is not None:
        missing = [c for c in expected if c not in columns]
        unexpected = [c for c in columns if c not in expected]
        if missing or unexpected:
            parts = []
            if missing:
                parts.append(f"missing columns {missing}")
            if unexpected:
                parts.append(f"unexpected columns {unexpected}")
            raise ctx.error(f"dataset header changed: {'; '.join(parts)} (expected {expected})")
    else:
        missing = sorted(mapping.used_columns() - set(columns))
        if missing:
            raise ctx.error(f"dataset header changed: missing columns {missing}")
    if table.empty and not read.bad:
        raise ctx.error(f"{res.final_url}: the dataset has no data rows")

    row_errors: dict[int, list[tuple[str, str]]] = {}
    if mapping.schema is not None:
        row_errors = _schema_errors(mapping.schema, table)

    quote_columns = mapping.quote_columns or columns
    records = table.astype(object).where(table.notna(), None).to_dict("records")

    groups: dict[tuple, dict] = {}
    tainted: dict[tuple, list[int]] = {}
    quarantine: list[dict] = []

    def quarantine_row(i: int, row: dict, check: str, reason: str, partition: str | None) -> None:
        quarantine.append({
            "stage": "dataset", "source": source.name, "check": check, "reason": reason,
            "record": {**row, "_row": read.rows[i]}, "partition": partition,
            "document_id": _doc_id(source.name, partition) if partition else None,
        })

    for i, row in enumerate(records):
        partition = key = None
        try:
            label, p_start, p_end = mapping.period_of(row)
            country = mapping.country_of(row)
            obj = Mapping.object_of(mapping.object, row)
            partition = "/".join(label if p == "period" else (country or "") if p == "country" else str(row.get(p))
                                 for p in mapping.partition)
            group_vals = tuple(row.get(c) for c in (mapping.group_by or []))
            key = (partition, label, country, obj, group_vals) if mapping.group_by else (partition, i)
            if i in row_errors:
                for check, reason in row_errors[i]:
                    quarantine_row(i, row, check, reason, partition)
                tainted.setdefault(key, []).append(read.rows[i])
                continue
            values = [Mapping.number(spec, row) if spec.aggregate != "count" else 1.0 for spec in mapping.figures]
        except RowError as e:
            if i in row_errors:
                for check, reason in row_errors[i]:
                    quarantine_row(i, row, check, reason, partition)
            else:
                quarantine_row(i, row, e.check, e.reason, partition)
            if key is not None:
                tainted.setdefault(key, []).append(read.rows[i])
            continue
        g = groups.setdefault(key, {"partition": partition, "label": label, "start": p_start, "end": p_end,
                                    "country": country, "object": obj, "rows": [], "values": []})
        g["rows"].append(row)
        g["values"].append(values)

    for number, reason, cells in read.bad:  # rows the file format itself could not give as a row of the header
        quarantine.append({
            "stage": "dataset", "source": source.name, "check": "row_unreadable", "reason": f"row {number}: {reason}",
            "record": {"_row": number, "cells": cells}, "partition": None, "document_id": None,
        })

    documents: dict[str, Document] = {}
    for key, g in groups.items():
        if mapping.group_by and key in tainted:
            quarantine.append({
                "stage": "dataset", "source": source.name, "check": "group_has_quarantined_rows",
                "reason": (f"{len(tainted[key])} row(s) of this group failed a check (rows {tainted[key][:10]}); "
                           "its figures are withheld rather than under-counted"),
                "record": {**dict(zip(mapping.group_by, key[4], strict=True)), "period": g["label"],
                           "rows": tainted[key]},
                "partition": g["partition"], "document_id": _doc_id(source.name, g["partition"]),
            })
            continue
        doc = documents.get(g["partition"])
        if doc is None:
            doc = documents[g["partition"]] = Document(
                source=source.name, kind="dataset", url=res.canonical, partition=g["partition"],
                title=f"{source.name} {g['partition']}", text="",
                published=_published(res), language=source.language, country=g["country"],
                period_start=g["start"].isoformat(), period_end=g["end"].isoformat(),
                fetched_at=res.fetched_at, http_headers=dict(res.headers))
        doc.period_start = min(doc.period_start, g["start"].isoformat())
        doc.period_end = max(doc.period_end, g["end"].isoformat())
        if doc.country != g["country"]:
            doc.country = source.country
        doc.text += "".join(_render(r, columns) + "\n" for r in g["rows"])
        doc.figures += _figures(mapping, g, quote_columns)

    docs = [d for d in documents.values() if d.figures]
    for d in docs:
        d.text = d.text.rstrip("\n")
    docs.sort(key=lambda d: (d.period_start or "", d.partition or ""))

    if ctx.backfill:
        wanted = [d for d in docs if _overlaps(d, ctx.since, ctx.until)]
    elif res.content_hash == ctx.state.content_hash:
        wanted = []  # the same file as the one last loaded
        quarantine = []
    elif mapping.revise or ctx.state.high_water is None:
        wanted = docs
    else:
        wanted = [d for d in docs if d.period_end > ctx.state.high_water[:10]]
    ctx.out.skipped += len(docs) - len(wanted)
    keep = {d.partition for d in wanted}
    ctx.out.documents.extend(wanted)
    ctx.out.quarantine.extend(q for q in quarantine if q["partition"] is None or q["partition"] in keep
                              or not ctx.backfill)
    return ctx.finish([d.period_end for d in wanted], content_hash=res.content_hash,
                      etag=res.headers.get("etag"), last_modified=res.headers.get("last-modified"))


def _figures(mapping: Mapping, g: dict, quote_columns: list[str]) -> list[Figure]:
    rows = g["rows"]
    common = [c for c in quote_columns if all(r.get(c) == rows[0].get(c) for r in rows)]
    out = []
    for j, spec in enumerate(mapping.figures):
        vals = [v[j] for v in g["values"]]
        if spec.aggregate == "count":
            value, how = float(len(rows)), f"{len(rows)} rows"
        elif spec.aggregate == "count_distinct":
            distinct = {_distinct_key(r.get(spec.column)) for r in rows} - {None}
            value, how = float(len(distinct)), f"{spec.column}: {len(distinct)} distinct in {len(rows)} rows"
        else:
            present = [v for v in vals if v is not None]
            if not present:
                continue
            raw_total = math.fsum(present)
            value = raw_total * float(spec.scale)
            how = (f"{spec.column}: {_fmt(raw_total)}" if len(rows) == 1
                   else f"{spec.column}: sum of {len(present)} rows = {_fmt(raw_total)}")
        if value == 0 and spec.zero == "skip":
            continue
        value = round(value, 9)
        if len(rows) == 1:
            quote = _render(rows[0], quote_columns)
        else:
            listed = "\n".join(_render(r, [c for c in quote_columns if c not in common]) for r in rows[:QUOTE_ROWS])
            more = f"\n... and {len(rows) - QUOTE_ROWS} more rows" if len(rows) > QUOTE_ROWS else ""
            quote = f"{_render(rows[0], common)} | {how}\n{listed}{more}"
        out.append(Figure(metric=spec.metric, value=value, unit=spec.unit,
                          object=Mapping.object_of(spec.object, rows[0]) if spec.object else g["object"],
                          category=spec.category or mapping.category, country=g["country"],
                          qualifier=mapping.qualifier, period_start=g["start"].isoformat(),
                          period_end=g["end"].isoformat(), quote=quote))
    return out


def _schema_errors(schema, table: pd.DataFrame) -> dict[int, list[tuple[str, str]]]:
    import pandera.errors

    from schemas.datasets import CHECK_REASONS

    out: dict[int, list[tuple[str, str]]] = {}
    try:
        schema.validate(table, lazy=True)
    except pandera.errors.SchemaErrors as e:
        for fc in e.failure_cases.to_dict("records"):
            idx = fc.get("index")
            if idx is None or (isinstance(idx, float) and math.isnan(idx)):
                continue
            check = str(fc.get("check"))
            name = "not_nullable" if check.startswith("not_nullable") else check
            column = fc.get("column")
            reason = f"{column} {fc.get('failure_case')!r}: {CHECK_REASONS.get(name, name)}"
            out.setdefault(int(idx), []).append((name, reason))
    return out


def _doc_id(source: str, partition: str) -> str:
    return Document(source=source, kind="dataset", url=None, partition=partition).id


def _published(res: FetchResult) -> str | None:
    """The day a server says the file last changed. A local file's modification time is when this copy was
    made (a checkout, a download), not a publication date: no date rather than today's."""
    if res.final_url.lower().startswith("file:"):
        return None
    dt = parse_datetime(res.headers.get("last-modified"))
    return dt.date().isoformat() if dt else None


def _overlaps(doc: Document, since: date | None, until: date | None) -> bool:
    start, end = date.fromisoformat(doc.period_start), date.fromisoformat(doc.period_end)
    return (since is None or end >= since) and (until is None or start <= until)
