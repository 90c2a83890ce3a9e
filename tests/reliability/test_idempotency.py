"""Running anything twice equals running it once: ingest, a backfill over a date range, a backfill from the archive
(the flows on the Prefect harness), compared on full table snapshots without times and run ids."""
from __future__ import annotations

import pprint
from datetime import date

import pytest

from tests.reliability.conftest import differences, snapshot


def same(a: dict, b: dict) -> bool:
    assert a == b, pprint.pformat(differences(a, b), width=200)
    return True


@pytest.mark.timeout(180)
@pytest.mark.parametrize("backend", ["sqlite", "postgres"])
def test_every_flow_twice_equals_once(backend, examples, fresh_url, use_warehouse):
    from flows.backfill import backfill
    from flows.ingest import ingest

    url = fresh_url(backend)
    use_warehouse(url, examples / "sources.toml")

    assert ingest()["failed_sources"] == []
    once = snapshot(url)
    assert len(once["document"]) >= 8 and len(once["figure"]) > 20 and len(once["source_state"]) == 3
    assert ingest()["failed_sources"] == []
    assert same(snapshot(url), once)

    summary = backfill(since=date(2019, 1, 1), until=date(2019, 12, 31))
    assert summary["failed_sources"] == [] and summary["documents"] >= 2  # the two Postbox II bulletins at least
    after_range = snapshot(url)
    assert same(after_range, once)  # re-loading what is already there changes nothing, the marks included
    backfill(since=date(2019, 1, 1), until=date(2019, 12, 31))
    assert same(snapshot(url), after_range)

    summary = backfill(from_archive=True)
    assert summary["failed_sources"] == [] and summary["documents"] >= 7
    after_archive = snapshot(url)
    assert same(after_archive, once)
    backfill(from_archive=True)
    assert same(snapshot(url), after_archive)
