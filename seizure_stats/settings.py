"""The one settings object. Everything that differs between a laptop, CI and production is read from the
environment (prefix ``SEIZURE_STATS_``) so that no path or URL is hard-coded in the code."""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import Literal

from pydantic import NonNegativeInt, PositiveFloat, PositiveInt
from pydantic_settings import BaseSettings, SettingsConfigDict


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="SEIZURE_STATS_", extra="ignore")

    data_dir: Path = Path("data")
    database_url: str = ""  # default: SQLite file in data_dir (see `url`)
    sources_file: Path = Path("examples/sources.toml")
    archive_dir: Path | None = None  # default: data_dir / "archive"

    user_agent: str = "seizure-stats/0.1 (+https://github.com/seizure-stats/seizure-stats; open-data ETL)"
    http_timeout: PositiveFloat = 20.0
    http_retries: NonNegativeInt = 3
    http_backoff: float = 0.5
    http_max_bytes: PositiveInt = 20_000_000
    http_per_host: PositiveInt = 2

    sqlite_busy_timeout_ms: int = 30_000
    batch_size: PositiveInt = 200
    progress: Literal["auto", "rich", "plain"] = "auto"

    task_runner: Literal["threads", "dask"] = "threads"
    task_workers: PositiveInt = 4          # threads, or local Dask worker processes
    dask_address: str | None = None  # an existing Dask scheduler (scale-out over several machines)

    @property
    def url(self) -> str:
        """SQLAlchemy URL of the warehouse; a SQLite file under data_dir unless one is given."""
        return self.database_url or f"sqlite:///{(self.data_dir / 'warehouse.db').as_posix()}"

    @property
    def archive(self) -> Path:
        return self.archive_dir or self.data_dir / "archive"


@lru_cache(maxsize=1)
def get_settings() -> Settings:
    return Settings()
