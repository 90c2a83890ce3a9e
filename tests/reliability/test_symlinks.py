"""A `files` source does not follow a symbolic link out of its folder (a link to a system file was loaded) unless
the source sets follow_symlinks; the refusal is an item failure naming the link, and the other files load."""
from __future__ import annotations

import pytest

from tests.reliability.conftest import count, write_sources


@pytest.mark.timeout(120)
def test_symlinks_out_of_a_files_folder_are_refused_unless_allowed(tmp_path, fresh_url, use_warehouse):
    from flows.ingest import ingest

    outside = tmp_path / "outside"
    outside.mkdir()
    (outside / "secret.txt").write_text("Customs seized 999 kg of cocaine in a secret place.", encoding="utf-8")
    inbox = tmp_path / "inbox"
    (inbox / "sub").mkdir(parents=True)
    (inbox / "a.txt").write_text("Customs seized 120 kg of cocaine in Antwerp.", encoding="utf-8")
    (inbox / "link.txt").symlink_to(outside / "secret.txt")
    (inbox / "sub" / "inside.txt").write_text("Customs seized 7 kg of heroin in Ghent.", encoding="utf-8")
    (inbox / "alias.txt").symlink_to(inbox / "sub" / "inside.txt")  # a link inside the folder is fine
    url = fresh_url("sqlite")
    sources = write_sources(tmp_path / "sources.toml", [{"name": "inbox", "kind": "files", "url": str(inbox)}])
    use_warehouse(url, sources)

    summary = ingest()
    assert summary["failed_sources"] == []
    row = summary["sources"][0]
    assert row["item_failures"] == 1
    assert count(url, "SELECT COUNT(*) FROM document WHERE content LIKE '%secret%'") == 0
    assert count(url, "SELECT COUNT(*) FROM figure WHERE value IN (120, 7)") == 2

    allowed = write_sources(tmp_path / "allowed.toml", [
        {"name": "inbox", "kind": "files", "url": str(inbox), "follow_symlinks": True}])
    use_warehouse(url, allowed)
    from flows.backfill import backfill

    from datetime import date, timedelta

    summary = backfill(sources=["inbox"], since=date(2000, 1, 1), until=date.today() + timedelta(days=1))
    assert summary["sources"][0]["item_failures"] == 0
    assert count(url, "SELECT COUNT(*) FROM document WHERE content LIKE '%secret%'") == 1


def test_the_refusal_names_the_link(tmp_path):
    from seizure_stats import pipeline
    from seizure_stats.settings import Settings
    from seizure_stats.sources.config import load_sources
    from seizure_stats.warehouse.db import make_engine, migrate

    (tmp_path / "inbox").mkdir()
    (tmp_path / "inbox" / "passwd.txt").symlink_to("/etc/passwd")
    sources = write_sources(tmp_path / "s.toml", [{"name": "inbox", "kind": "files", "url": str(tmp_path / "inbox")}])
    settings = Settings(database_url=f"sqlite:///{tmp_path / 'w.db'}", data_dir=tmp_path / "data")
    engine = make_engine(settings.url)
    migrate(engine)
    plan = pipeline.plan(load_sources(sources)[0], settings=settings, engine=engine)
    assert plan.items == []
    (failure,) = plan.failures
    assert failure.url.endswith("/inbox/passwd.txt") and "symbolic link out of the source's folder" in failure.reason
