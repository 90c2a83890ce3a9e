"""One Prefect test harness for the whole session (it takes ~10 s to start); each test gets its own warehouse
and its own copy of the example sources through the environment, as an operator would set them."""
from __future__ import annotations


import pytest



@pytest.fixture(scope="session")
def prefect_harness():
    from prefect.testing.utilities import prefect_test_harness

    with prefect_test_harness(server_startup_timeout=60):
        yield


@pytest.fixture
def configured(monkeypatch, tmp_path, examples, db_url, prefect_harness):
    """Settings pointing at a fresh warehouse (SQLite or PostgreSQL) and the copied sources file."""
    from seizure_stats.settings import get_settings

    monkeypatch.setenv("SEIZURE_STATS_DATABASE_URL", db_url)
    monkeypatch.setenv("SEIZURE_STATS_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("SEIZURE_STATS_SOURCES_FILE", str(examples / "sources.toml"))
    get_settings.cache_clear()
    yield get_settings()
    get_settings.cache_clear()
