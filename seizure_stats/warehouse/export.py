"""Export the figure table and every view to files analysts open in a spreadsheet, pandas or DuckDB."""
from __future__ import annotations

import re
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path

import pandas as pd
from sqlalchemy import Engine

from seizure_stats.warehouse.db import view_files
from seizure_stats.warehouse.query import run_query

TABLES = ("figure",)


def frame(engine: Engine, name: str) -> pd.DataFrame:
    columns, rows = run_query(engine, name)
    rows = [tuple(float(v) if isinstance(v, Decimal) else v for v in r) for r in rows]
    return pd.DataFrame.from_records(rows, columns=columns)


_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_TIMESTAMP = re.compile(r"^\d{4}-\d{2}-\d{2}[ T]\d{2}:\d{2}:\d{2}(\.\d{1,6})?$")


def _kind(v) -> str | None:
    if isinstance(v, datetime):
        return "timestamp"
    if isinstance(v, date):
        return "date"
    if isinstance(v, str):
        return "date" if _DATE.match(v) else "timestamp" if _TIMESTAMP.match(v) else None
    return None


def typed_dates(df: pd.DataFrame) -> pd.DataFrame:
    """Dates and times as typed columns, the same from both backends: PostgreSQL returns date and datetime
    objects, SQLite ISO text. A column whose every value is a date becomes dates (Parquet date32), one whose every
    value is a time becomes UTC-naive timestamps; anything else is left as it is."""
    out = df.copy()
    for c in out.columns:
        if not (out[c].dtype == object or pd.api.types.is_string_dtype(out[c])):
            continue
        values = out[c].dropna()
        kinds = {_kind(v) for v in values}
        if values.empty or len(kinds) != 1 or None in kinds:
            continue
        if kinds == {"date"}:
            out[c] = out[c].map(lambda v: v if v is None or isinstance(v, date) or v != v
                                else date.fromisoformat(v)).astype(object)
        else:
            out[c] = pd.to_datetime(out[c].map(lambda v: v.replace(tzinfo=None) if isinstance(v, datetime) else v),
                                    format="ISO8601")
    return out


def export(engine: Engine, out: str | Path, *, fmt: str = "csv") -> list[tuple[Path, int]]:
    """Write figure + every view of sql/views as `<name>.csv` or `<name>.parquet` in `out`; returns
    (path, rows) per file."""
    if fmt not in ("csv", "parquet"):
        raise ValueError(f"unknown format {fmt!r}: csv or parquet")
    out = Path(out)
    out.mkdir(parents=True, exist_ok=True)
    written = []
    for name in (*TABLES, *(n for n, _ in view_files())):
        df = frame(engine, name)
        path = out / f"{name}.{fmt}"
        tmp = path.with_suffix(path.suffix + ".tmp")
        df = typed_dates(df)
        if fmt == "csv":
            df.to_csv(tmp, index=False)
        else:
            df.to_parquet(tmp, index=False)
        tmp.replace(path)
        written.append((path, len(df)))
    return written
