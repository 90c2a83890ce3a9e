"""What analysts and scripts read is the same whichever backend holds the warehouse: one way to write a time,
typed dates in Parquet, and tables that are not cut when the output is a file or a pipe."""
from __future__ import annotations

import json
from datetime import date, datetime

import pandas as pd
import pyarrow.parquet as pq
import pytest

from seizure_stats.cli import main
from seizure_stats.sources import SourceState
from seizure_stats.warehouse.query import format_rows
from seizure_stats.warehouse.state import save_state
from tests.warehouse.test_query import url  # noqa: F401 - the loaded warehouse on both backends


def cli(capsys, *argv) -> tuple[int, str, str]:
    code = main(list(argv))
    out = capsys.readouterr()
    return code, out.out, out.err


@pytest.mark.parametrize("moment", [datetime(2024, 5, 1, 12, 0, 0), datetime(2024, 5, 1, 12, 0, 0, 250000)])
def test_one_time_format_on_both_backends(url, engine, capsys, moment):  # noqa: F811
    save_state(engine, SourceState("harbour"), new_documents=1, now=moment)
    expected = moment.strftime("%Y-%m-%d %H:%M:%S") + (".250000" if moment.microsecond else "")
    sql = "SELECT last_success, last_new_document FROM source_state WHERE source = 'harbour'"
    code, out, _ = cli(capsys, "query", sql, "--url", url, "--format", "json")
    assert code == 0 and json.loads(out) == [{"last_success": expected, "last_new_document": expected}]
    code, out, _ = cli(capsys, "query", sql, "--url", url, "--format", "csv")
    assert out.splitlines()[1] == f"{expected},{expected}"
    code, out, _ = cli(capsys, "query", sql, "--url", url)
    assert out.splitlines()[2].split("  ")[0] == expected


def test_parquet_dates_are_typed_on_both_backends(url, capsys, tmp_path):  # noqa: F811
    code, _, err = cli(capsys, "export", "--url", url, "--format", "parquet", "--out", str(tmp_path))
    assert code == 0, err
    schema = pq.read_schema(tmp_path / "figure.parquet")
    assert str(schema.field("period_start").type) == "date32[day]"
    assert str(schema.field("loaded_at").type).startswith("timestamp")
    figures = pd.read_parquet(tmp_path / "figure.parquet")
    assert all(isinstance(v, date) for v in figures["period_start"].dropna())
    published = pq.read_schema(tmp_path / "document_figures.parquet").field("published").type
    assert str(published) == "date32[day]"
    code, _, _ = cli(capsys, "export", "--url", url, "--format", "csv", "--out", str(tmp_path / "csv"))
    csv_dates = pd.read_csv(tmp_path / "csv" / "figure.csv")["period_start"].dropna()
    assert csv_dates.str.fullmatch(r"\d{4}-\d{2}-\d{2}").all()


def test_tables_are_not_cut_when_the_output_is_not_a_terminal(url, capsys):  # noqa: F811
    long = "x" * 150
    code, out, _ = cli(capsys, "query", f"SELECT '{long}' AS quote", "--url", url)
    assert code == 0 and long in out  # capsys is not a terminal
    table = format_rows(["quote"], [(long,)], max_width=60)
    assert long not in table and "x" * 59 + "…" in table


def test_report_into_a_folder(url, capsys, tmp_path):  # noqa: F811
    code, out, err = cli(capsys, "report", "-o", str(tmp_path), "--url", url)
    assert code == 0, err
    assert out.strip() == str(tmp_path / "report.html") and (tmp_path / "report.html").stat().st_size > 1000


@pytest.mark.parametrize(("sql", "words"), [
    ("SELECT metric FROM figure WHER value > 1", "syntax error"),
    ("SELEC * FROM figure", "syntax error at position 1: 'SELEC' is not an SQL keyword (did you mean SELECT?)"),
    ("DELETE FROM figure", "refused: DELETE would change the warehouse"),
])
def test_query_errors_name_the_real_problem(url, capsys, sql, words):  # noqa: F811
    code, out, err = cli(capsys, "query", sql, "--url", url)
    assert code == 2 and out == "" and words in err and len(err.splitlines()) == 1, err
    if "WHER" in sql:  # the position of the error, as the backend gives it
        assert "position 32" in err, err
