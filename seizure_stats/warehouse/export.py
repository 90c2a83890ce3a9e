"""Export the figure table and every view to files analysts open in a spreadsheet, pandas or DuckDB."""
from __future__ import annotations

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
        if fmt == "csv":
            df.to_csv(tmp, index=False)
        else:
            for c in df.columns:  # dates come as date objects from PostgreSQL, strings from SQLite: one type
                if df[c].dtype == object and df[c].map(lambda v: hasattr(v, "isoformat")).any():
                    df[c] = df[c].map(lambda v: v.isoformat() if hasattr(v, "isoformat") else v).astype("str")
            df.to_parquet(tmp, index=False)
        tmp.replace(path)
        written.append((path, len(df)))
    return written
