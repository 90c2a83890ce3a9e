"""What a command checks before it starts anything: the sources file and the names given (before Prefect is
imported), and the warehouse database (before a query runs). Each problem is a `CommandError`: one line."""
from __future__ import annotations

import re
from pathlib import Path

from seizure_stats.commands._errors import USAGE, WAREHOUSE, CommandError, did_you_mean, one_line
from seizure_stats.commands._flowrun import check_warehouse, db_reason, shown_url

BACKENDS = ("sqlite", "postgresql")


def selected_sources(names: list[str] | None, sources_file: Path | None = None, *, every: bool = False,
                     mappings: bool = True) -> list:
    """The sources a run or backfill would read (`every`: all of the file, disabled ones too), with the whole
    sources file checked (every key of every source, dataset mappings included): a mistake there is found
    here, not in a task of a started flow. `mappings=False` skips the dataset mappings (for `sources`, which
    lists the sources without reading them)."""
    from seizure_stats.settings import get_settings
    from seizure_stats.sources.config import SourceConfigError, load_sources, select

    path = sources_file or get_settings().sources_file
    try:
        sources = load_sources(path)
    except SourceConfigError as e:
        raise CommandError(str(e), USAGE) from e
    try:
        chosen = sources if every else select(sources, names)
    except SourceConfigError as e:
        raise CommandError(f"--source: {e} ({path})", USAGE) from e
    if not chosen and not every:
        raise CommandError(f"{path}: no enabled source to read (add a [[source]] table, or name one with --source)")
    datasets = [s for s in sources if s.kind == "dataset"] if mappings else []
    if datasets:
        from seizure_stats.sources.datasets import Mapping, MappingError

        for s in datasets:
            try:
                Mapping.parse(s.options.get("mapping"), s.country)
            except MappingError as e:
                raise CommandError(f"{path}: source {s.name!r}: [source.mapping]: {one_line(e)}", USAGE) from e
    return chosen


def masked(url: str) -> str:
    """A URL that may not parse, with whatever stands where a password would be replaced by ***."""
    return re.sub(r"(://[^:/@]*:)[^@/]*@", r"\1***@", url)


def url_problem(url: str) -> str | None:
    """Why a warehouse URL is not one (malformed, another database, a missing driver), or None."""
    from sqlalchemy.engine import make_url
    from sqlalchemy.exc import ArgumentError

    try:
        parsed = make_url(url)
    except (ArgumentError, ValueError) as e:
        return (f"{masked(url)!r} is not a database URL ({one_line(e)}); write sqlite:///path/to/warehouse.db or "
                f"postgresql+psycopg://user@host:5432/database")
    backend = parsed.get_backend_name()
    if backend not in BACKENDS:
        return (f"{shown_url(url)}: the warehouse is SQLite or PostgreSQL, not {backend!r}"
                f"{did_you_mean(backend, BACKENDS)}")
    return None


def open_read_only(url: str):
    """A read-only engine on a warehouse that answers; else a one-line CommandError: exit 3 when the database is
    unreachable or not a database, 2 when the SQLite warehouse does not exist yet (nothing has been run)."""
    from sqlalchemy.engine import make_url

    from seizure_stats.warehouse.query import QueryError, read_only_engine

    problem = url_problem(url)
    if problem:
        raise CommandError(f"invalid warehouse database URL: {problem}", WAREHOUSE)
    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite":
        path = parsed.database
        if path and path != ":memory:" and not Path(path).exists():
            raise CommandError(f"no warehouse at {path}: run the pipeline first (seizure-stats run)", USAGE)
        if path and Path(path).is_dir():
            raise CommandError(f"cannot open the warehouse database {shown_url(url)}: {path} is a folder", WAREHOUSE)
    else:  # the driver's own connect timeout, not the read-only engine's (which waits as long as a query may)
        reason = check_warehouse(url)
        if reason:
            raise CommandError(f"cannot reach the warehouse database {shown_url(url)}: {reason}", WAREHOUSE)
    from sqlalchemy import text
    from sqlalchemy.exc import SQLAlchemyError

    try:
        engine = read_only_engine(url)
    except QueryError as e:
        raise CommandError(str(e), USAGE) from e
    if parsed.get_backend_name() != "sqlite":
        # the warehouse answered above, so a failure now is the reader role's login (settings: exit 2), named
        # with the role and SEIZURE_STATS_READER_URL
        from seizure_stats.warehouse.query import reader_connection

        try:
            reader_connection(engine).close()
        except QueryError as e:
            engine.dispose()
            raise CommandError(str(e), USAGE) from e
    try:
        with engine.connect() as conn:
            conn.execute(text("SELECT 1"))
    except (SQLAlchemyError, OSError) as e:
        engine.dispose()
        raise CommandError(f"cannot open the warehouse database {shown_url(url)}: {db_reason(e, url)}",
                           WAREHOUSE) from e
    return engine


def checked_warehouse_url() -> str:
    """The settings' warehouse URL, when it is one (whether it answers is checked by `run_flow`)."""
    from seizure_stats.settings import get_settings

    url = get_settings().url
    problem = url_problem(url)
    if problem:
        raise CommandError(f"invalid warehouse database URL (SEIZURE_STATS_DATABASE_URL): {problem}. "
                           f"Nothing was fetched or loaded", WAREHOUSE)
    return url


def writable_data_dir() -> Path:
    """The data folder (archive, Prefect home, SQLite file) exists or can be made, and can be written."""
    import os

    from seizure_stats.settings import get_settings

    data = get_settings().data_dir
    existing = next((p for p in (data, *data.absolute().parents) if p.exists()), Path("/"))
    if not existing.is_dir():
        raise CommandError(f"SEIZURE_STATS_DATA_DIR={data}: {existing} is a file, not a folder")
    if not os.access(existing, os.W_OK | os.X_OK):
        raise CommandError(f"SEIZURE_STATS_DATA_DIR={data}: {existing} is not writable")
    return data
