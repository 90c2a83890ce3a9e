"""Fixtures every test folder may use: a fresh warehouse on SQLite and on PostgreSQL (the `engine` fixture is
parametrised over both), and Prefect kept inside a temporary home."""
from __future__ import annotations

import os
import uuid
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
PG_ADMIN_URL = os.environ.get("SEIZURE_STATS_TEST_PG", "postgresql+psycopg://postgres@127.0.0.1:5432/test")

os.environ.setdefault("PREFECT_HOME", str(ROOT / "data" / "prefect-test"))
os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")
# Prefect makes its home with a plain mkdir (no parents): in a fresh clone `data/` is not there yet.
os.makedirs(os.environ["PREFECT_HOME"], exist_ok=True)


def postgres_available() -> bool:
    from sqlalchemy import create_engine, text

    try:
        eng = create_engine(PG_ADMIN_URL, connect_args={"connect_timeout": 3})
        with eng.connect() as conn:
            conn.execute(text("SELECT 1"))
        eng.dispose()
        return True
    except Exception:  # noqa: BLE001 - any failure to connect means the server is not there
        return False


def require_postgres() -> None:
    """CI sets SEIZURE_STATS_REQUIRE_POSTGRES=1: there a missing server is a failure, not a skip."""
    if postgres_available():
        return
    if os.environ.get("SEIZURE_STATS_REQUIRE_POSTGRES") == "1":
        pytest.fail(f"PostgreSQL is required here but not reachable at {PG_ADMIN_URL}")
    pytest.skip("PostgreSQL not reachable")


@pytest.fixture
def examples(tmp_path) -> Path:
    """A private copy of the example sources, so a test may edit them."""
    import shutil

    dest = tmp_path / "examples"
    shutil.copytree(ROOT / "examples", dest)
    return dest


@pytest.fixture
def sqlite_url(tmp_path) -> str:
    return f"sqlite:///{tmp_path / 'warehouse.db'}"


@pytest.fixture
def postgres_url():
    """A fresh schema in the test database, dropped afterwards; the URL selects it through search_path."""
    require_postgres()
    from sqlalchemy import create_engine, text

    schema = f"t_{uuid.uuid4().hex[:10]}"
    admin = create_engine(PG_ADMIN_URL)
    with admin.begin() as conn:
        conn.execute(text(f'CREATE SCHEMA "{schema}"'))
    sep = "&" if "?" in PG_ADMIN_URL else "?"
    yield f"{PG_ADMIN_URL}{sep}options=-csearch_path%3D{schema}"
    with admin.begin() as conn:
        conn.execute(text(f'DROP SCHEMA "{schema}" CASCADE'))
    admin.dispose()


@pytest.fixture(params=["sqlite", "postgres"])
def db_url(request) -> str:
    """The warehouse URL, once for SQLite and once for PostgreSQL."""
    return request.getfixturevalue(f"{request.param}_url")


@pytest.fixture
def engine(db_url):
    """A migrated warehouse on each backend."""
    from seizure_stats.warehouse.db import make_engine, migrate

    eng = make_engine(db_url)
    migrate(eng)
    yield eng
    eng.dispose()
