"""A dataset document's `published` date is what the publisher says (the server's Last-Modified), never the
modification time of a local copy, which is the day of the checkout: a fresh clone must not date the CBP
excerpt today."""
from __future__ import annotations

import os
import shutil

from seizure_stats.sources import Collected
from tests.sources.test_sources_datasets import FIXTURES, drugs_csv, mapped_source


def test_a_local_dataset_file_has_no_published_date(tmp_path, settings, engine, run_source):
    copy = tmp_path / "drugs.csv"
    shutil.copy(FIXTURES / "cbp-drugs-excerpt.csv", copy)
    os.utime(copy)  # modified now, as by a checkout
    out = run_source(engine, mapped_source("cbp-drug-seizures", copy.as_uri(), link_pattern=None), settings)
    assert isinstance(out, Collected) and out.documents
    assert {d.published for d in out.documents} == {None}


def test_a_served_dataset_is_published_on_its_last_modified_day(server, settings, engine, run_source):
    url = server.add("/drugs.csv", drugs_csv(), content_type="text/csv",
                     headers={"Last-Modified": "Tue, 03 Jun 2025 10:00:00 GMT"})
    out = run_source(engine, mapped_source("cbp-drug-seizures", url, link_pattern=None), settings)
    assert isinstance(out, Collected) and out.documents
    assert {d.published for d in out.documents} == {"2025-06-03"}
