"""Dates: the text's own dates win over the feed's, a conflict is flagged, relative dates resolve against the
document's date, and an undated document leaves them unresolved (pipeline.extract_documents + validation)."""
from __future__ import annotations

from datetime import date

from seizure_stats.model import Document
from seizure_stats.pipeline import extract_documents
from seizure_stats.sources.config import SourceConfig
from seizure_stats.validation import validate

SOURCE = SourceConfig(name="news", kind="feed", url="https://x.example/rss", language="en")
NOW = date(2026, 1, 1)

DATED = ("Customs seize cocaine at the port\n12 March 2019\n"
         "Customs officers seized 500 kg of cocaine in a container. Last year they seized 2 000 kg of cocaine.\n")
UNDATED = ("Customs seize cocaine at the port\n"
           "Customs officers seized 500 kg of cocaine in a container. Last year they seized 2 000 kg of cocaine.\n")
SEIZED_ON = ("Officers seize heroin at the airport\nBorder agency\nPress office\nAirport news\n"
             "On Friday (14/06/2019) officers seized 12 kg of heroin in a suitcase.\n")


def run(text: str, feed_date: str | None) -> tuple[Document, set[str]]:
    doc = Document(source="news", kind="text", url="https://x.example/a", text=text, published=feed_date)
    [doc] = extract_documents([doc], SOURCE)
    v = validate([doc], now=NOW)
    return v.documents[0], {q.check for q in v.quarantine}


def test_the_texts_date_wins_over_the_feeds_and_the_conflict_is_flagged():
    doc, checks = run(DATED, "2024-01-01")
    assert doc.published == "2019-03-12"
    assert doc.period_start == "2018-01-01" and doc.period_end == "2018-12-31"  # "last year" of the text's date
    assert "published_conflict" in checks
    assert doc.figures  # a flag, not a quarantine: the figures load


def test_agreeing_dates_are_not_a_conflict():
    doc, checks = run(DATED, "2019-03-12")
    assert doc.published == "2019-03-12" and checks == set()


def test_a_text_without_a_date_takes_the_feeds():
    doc, checks = run(UNDATED, "2021-05-04")
    assert doc.published == "2021-05-04" and (doc.period_start, doc.period_end) == ("2020-01-01", "2020-12-31")
    assert checks == set()


def test_an_undated_document_leaves_relative_dates_unresolved():
    doc, _ = run(UNDATED, None)
    assert doc.published is None and doc.period_start is None and doc.period_end is None
    assert all(f.period_start is None for f in doc.figures)


def test_explicit_dates_after_the_feeds_date_are_kept_and_flagged():
    doc, checks = run(SEIZED_ON, "2019-01-01")
    assert doc.published == "2019-01-01"  # no dateline of its own: the feed's
    assert (doc.period_start, doc.period_end) == ("2019-06-14", "2019-06-14")
    assert "period_after_published" in checks and doc.figures


def test_a_range_without_its_year_takes_the_year_the_text_states_before_the_feeds():
    text = ("Operation Harbour 2019 results\n"
            "During Operation Harbour, from 5 to 12 October, customs officers seized 40 kg of cocaine.\n")
    doc, _ = run(text, "2024-01-01")
    assert (doc.period_start, doc.period_end) == ("2019-10-05", "2019-10-12")
    undated_year, _ = run(text.replace(" 2019", ""), "2024-01-01")
    assert (undated_year.period_start, undated_year.period_end) == ("2024-10-05", "2024-10-12")


def test_this_year_resolves_against_the_documents_date_and_not_without_one():
    """A language's `this_year` phrases date the document by its own date, and an undated one stays undated."""
    import dataclasses

    from seizure_stats.extraction.document import find_period
    from seizure_stats.extraction.lexicon import load
    from seizure_stats.extraction.text import sentences

    en = load("en")
    text = "Customs seized 3 tonnes of cocaine this year, officials said.\nThe drugs were hidden in fruit."
    assert find_period(text, en, sentences(text), None, "2021-09-01") == ("2021-01-01", "2021-12-31")
    assert find_period(text, en, sentences(text), None, None) == (None, None)
    without = dataclasses.replace(en, this_year=[])
    assert find_period(text, without, sentences(text), None, "2021-09-01") == (None, None)  # no phrase, no guess


def test_a_last_year_that_is_only_compared_with_does_not_date_the_document():
    compared = ("Customs seize more cocaine\n"
                "In the first months customs seized 2 000 kg of cocaine, compared with the same period last year "
                "(1 500 kg).\n")
    doc, _ = run(compared, "2021-07-01")
    assert (doc.period_start, doc.period_end) == (None, None)  # not the whole of 2020
    doc, _ = run(UNDATED, "2021-07-01")
    assert (doc.period_start, doc.period_end) == ("2020-01-01", "2020-12-31")
    stated = "Customs seize cocaine\nCustoms seized more than 2 000 kg of cocaine last year.\n"
    doc, _ = run(stated, "2021-07-01")
    assert (doc.period_start, doc.period_end) == ("2020-01-01", "2020-12-31")


def test_the_feeds_date_is_kept_for_a_re_extraction_from_the_archive(engine):
    """backfill --from-archive re-extracts stored texts: the feed's date is stored with the document, so the same
    conflict row comes back and the warehouse equals one run."""
    from seizure_stats.pipeline import archived_documents
    from seizure_stats.warehouse.loader import load
    from tests.warehouse.conftest import rows

    doc = Document(source="news", kind="text", url="https://x.example/a", text=DATED, published="2024-01-01")
    [doc] = extract_documents([doc], SOURCE)
    v = validate([doc], now=NOW)
    load(engine, v.documents, v.quarantine, run_id="r1", extractor_version="t")
    first = rows(engine, "SELECT id, check_name FROM quarantine")
    [again] = extract_documents(archived_documents(engine, SOURCE, ids=[doc.id]), SOURCE)
    assert again.published == "2019-03-12" and again.feed_published == "2024-01-01"
    v = validate([again], now=NOW)
    load(engine, v.documents, v.quarantine, run_id="r2", extractor_version="t")
    assert rows(engine, "SELECT id, check_name FROM quarantine") == first
    assert [r["check_name"] for r in first] == ["published_conflict"]
