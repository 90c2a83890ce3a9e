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
