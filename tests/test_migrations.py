from sqlalchemy import inspect

from seizure_stats.warehouse.db import current_version, migrate, migration_files, split_statements


def test_migrate_creates_tables_once(engine):
    tables = set(inspect(engine).get_table_names())
    assert {"document", "figure", "quarantine", "source_state", "run", "source"} <= tables
    assert current_version(engine) == max(v for v, _ in migration_files())
    assert migrate(engine) == []  # a second call applies nothing


def test_split_statements_ignores_comments():
    sql = "-- a; comment\nCREATE TABLE a (x INT);\nCREATE TABLE b (y TEXT);\n"
    assert split_statements(sql) == ["CREATE TABLE a (x INT)", "CREATE TABLE b (y TEXT)"]


def test_read_only_postgres_engine_keeps_the_url_options(postgres_url):
    import pytest
    from sqlalchemy import text
    from sqlalchemy.exc import DBAPIError

    from seizure_stats.warehouse.db import make_engine

    migrate(make_engine(postgres_url))
    schema = postgres_url.rsplit("%3D", 1)[1]
    ro = make_engine(postgres_url, read_only=True)
    with ro.connect() as conn:
        assert schema in conn.execute(text("SHOW search_path")).scalar_one()
        with pytest.raises(DBAPIError, match="read-only"):
            conn.execute(text("INSERT INTO run (id, flow, started) VALUES ('x', 'f', CURRENT_TIMESTAMP)"))
    ro.dispose()
