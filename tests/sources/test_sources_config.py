"""The sources file is checked whole: every sources file the project ships still loads, and each kind of
mistake is refused with the file, the source and the key named (the CLI side is in tests/test_cli_mistakes.py)."""
from __future__ import annotations

from pathlib import Path

import pytest

from seizure_stats.sources.config import SourceConfigError, check_url, load_sources, parse_sources

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.parametrize("path", [ROOT / "examples" / "sources.toml",
                                  *sorted((ROOT / "tests" / "fixtures" / "sources").glob("*.toml"))],
                         ids=lambda p: p.name)
def test_every_shipped_sources_file_loads(path):
    assert load_sources(path)


@pytest.mark.parametrize(("table", "words"), [
    ({"name": "a", "kind": "feed", "url": "f.xml", "warn_after_day": 3}, "did you mean 'warn_after_days'?"),
    ({"name": "a", "kind": "feed", "ulr": "f.xml"}, "found 'ulr'"),
    ({"name": "a", "kind": "atom", "url": "f.xml"}, "did you mean 'feed'?"),
    ({"name": "a", "kind": "feed", "url": "htp:/news.example.org/rss"}, "did you mean 'http'?"),
    ({"name": "a", "kind": "feed", "url": "f.xml", "urls": ["ftp://mirror.example.org/rss"]}, "scheme 'ftp'"),
    ({"name": "a", "kind": "page", "url": "f.html", "link_pattern": "x"}, "only listing/dataset sources take it"),
    ({"name": "a", "kind": "feed", "url": "f.xml", "enabled": "yes"}, "should be true or false"),
    ({"name": "a", "kind": "feed", "url": "f.xml", "max_items": 0}, "should be above 0"),
    ({"name": "a", "kind": "feed", "url": "f.xml", "authority": "agencies"}, "did you mean 'agency'?"),
    ({"name": "a", "kind": "feed", "url": "f.xml", "language": "French"}, "ISO 639-1"),
])
def test_a_mistake_names_the_file_source_and_key(table, words):
    with pytest.raises(SourceConfigError) as info:
        parse_sources({"source": [table]}, ROOT, origin="my.toml")
    message = str(info.value)
    assert message.startswith("my.toml: source #1 ('a'): ") and words in message, message
    assert "\n" not in message


def test_urls_and_paths():
    assert check_url("https://news.example.org/rss", "feed") is None
    assert check_url("feed.xml", "feed") is None and check_url("../inbox", "files") is None
    assert check_url("C:\\data\\inbox", "files") is None  # a Windows path, not a scheme
    assert "file://" in check_url("https://x.org/inbox", "files")
    assert "no host" in check_url("https:/x.org/rss", "feed")


def test_a_top_level_typo_is_named():
    with pytest.raises(SourceConfigError, match="unknown top-level key 'sources'.*did you mean 'source'"):
        parse_sources({"sources": [{}]}, ROOT)
