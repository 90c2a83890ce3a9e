"""A warehouse built at schema version 1, with rows, upgraded by migrate(): the rows survive, the new columns are
back-filled and the new objects (indexes, views) exist. On both backends."""
from __future__ import annotations

import shutil

from sqlalchemy import inspect, text

from seizure_stats.warehouse.db import MIGRATIONS, current_version, make_engine, migrate, migration_files, view_files
from tests.warehouse.conftest import rows


def test_upgrade_from_version_1_keeps_rows(db_url, tmp_path):
    v1 = tmp_path / "v1"
    v1.mkdir()
    first = migration_files()[0][1]
    shutil.copy(first, v1 / first.name)
    engine = make_engine(db_url)
    try:
        assert migrate(engine, v1) == [1]
        assert current_version(engine) == 1
        assert "cluster_key" not in {c["name"] for c in inspect(engine).get_columns("figure")}
        with engine.begin() as conn:
            conn.execute(text("INSERT INTO source (name, kind, url, authority) VALUES ('customs', 'feed', 'u', 'agency')"))
            conn.execute(text(
                "INSERT INTO document (id, source, kind, url, title, published, operation) "
                "VALUES ('d1', 'customs', 'text', 'https://x.example/1', 'T', '2019-05-02', ' Opson VIII ')"))
            conn.execute(text(
                "INSERT INTO document (id, source, kind, url, title, published) "
                "VALUES ('d2', 'customs', 'text', 'https://x.example/2', 'U', '2018-01-01')"))
            conn.execute(text(
                "INSERT INTO figure (id, document_id, source, metric, value, unit, qualifier, category, country, "
                "period_start, period_end, quote) VALUES "
                "('f1', 'd1', 'customs', 'mass', 1500, 'kg', 'exact', 'food', 'FR', '2019-01-01', '2019-12-31', "
                "'1 500 kg'), "
                "('f2', 'd2', 'customs', 'items', 12, 'count', 'exact', NULL, NULL, '2017-06-01', '2018-05-31', "
                "'12 parcels')"))
            conn.execute(text("UPDATE figure SET object = 'parcel' WHERE id = 'f2'"))
            conn.execute(text(
                "INSERT INTO quarantine (id, stage, source, document_id, check_name, reason, record, first_seen, "
                "last_seen) VALUES ('q1', 'validate', 'customs', 'd1', 'value_plausible', 'r', '{}', "
                "'2019-05-02 10:00:00', '2019-05-02 10:00:00')"))

        applied = migrate(engine)
        assert applied == [v for v, _ in migration_files() if v > 1]
        assert current_version(engine) == max(v for v, _ in migration_files())

        figs = {r["id"]: r for r in rows(engine, "SELECT id, value, cluster_key, year FROM figure")}
        assert figs["f1"]["value"] == 1500 and figs["f1"]["year"] == 2019
        assert figs["f1"]["cluster_key"] == "op:opson viii|mass|kg||food|FR|2019-01-01|2019-12-31"
        assert figs["f2"]["year"] is None  # spans two years
        assert figs["f2"]["cluster_key"] == "doc:d2|items|count|parcel|||2017-06-01|2018-05-31"
        assert rows(engine, "SELECT COUNT(*) AS n FROM document")[0]["n"] == 2
        assert rows(engine, "SELECT first_seen FROM quarantine")[0]["first_seen"] is not None

        insp = inspect(engine)
        assert {"figure_cluster", "figure_metric_unit_year"} <= {i["name"] for i in insp.get_indexes("figure")}
        assert {"quarantine_check"} <= {i["name"] for i in insp.get_indexes("quarantine")}
        assert {n for n, _ in view_files()} <= set(insp.get_view_names())
        rec = rows(engine, "SELECT operation, value, authority FROM reconciled_figures WHERE metric = 'mass'")
        assert rec == [{"operation": " Opson VIII ", "value": 1500.0, "authority": "agency"}]
        assert migrate(engine) == []
    finally:
        engine.dispose()


def test_migrations_folder_is_the_default():
    assert migration_files()[0][1].parent == MIGRATIONS
    assert any(p.name.startswith("0002_") for _, p in migration_files())
