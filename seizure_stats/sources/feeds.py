"""RSS 2.0 / Atom feeds: a defusedxml pass first (no DTD entities, no external entities, well-formed XML or a
clear error), then feedparser for the many dialects. The feed's own <language> is not trusted (Mynewsdesk
says `sv` on English feeds): documents take the language of the source configuration."""
from __future__ import annotations

import email.utils
import re
from dataclasses import dataclass
from datetime import UTC, date, datetime
from urllib.parse import urljoin
from xml.etree.ElementTree import ParseError

import defusedxml.ElementTree as SafeET
import feedparser
from defusedxml import DefusedXmlException

from seizure_stats.sources.http import canonical_url

_HTML_START = re.compile(rb"^\s*(<!--.*?-->\s*)*<(!doctype\s+html|html)[\s>]", re.I | re.S)


class FeedError(ValueError):
    pass


@dataclass
class FeedItem:
    link: str
    canonical: str
    key: str                       # dedup key: canonical URL, or the part `dedupe_pattern` captures
    guid: str | None
    title: str | None
    summary: str | None
    published: datetime | None     # aware datetime, as written in the feed (local offset kept)

    @property
    def sort_key(self) -> str | None:
        return utc_key(self.published)


def utc_key(dt: datetime | date | None) -> str | None:
    """The high-water form of a date: ISO datetime in UTC (a bare date counts as its midnight UTC)."""
    if dt is None:
        return None
    if not isinstance(dt, datetime):
        dt = datetime(dt.year, dt.month, dt.day, tzinfo=UTC)
    if dt.tzinfo is None:
        dt = dt.replace(tzinfo=UTC)
    return dt.astimezone(UTC).replace(microsecond=0).isoformat()


def parse_datetime(value: str | None) -> datetime | None:
    """RFC 822 (RSS), RFC 3339 / ISO 8601 (Atom, page metadata) and a few other forms (via feedparser)."""
    if not value or not str(value).strip():
        return None
    value = str(value).strip()
    try:
        dt = email.utils.parsedate_to_datetime(value)
        if dt is not None:
            return dt if dt.tzinfo else dt.replace(tzinfo=UTC)
    except (TypeError, ValueError, IndexError):
        pass
    try:
        dt = datetime.fromisoformat(value.replace("Z", "+00:00"))
        return dt if dt.tzinfo else dt.replace(tzinfo=UTC)
    except ValueError:
        pass
    try:
        st = feedparser.datetimes._parse_date(value)
    except Exception:  # noqa: BLE001
        st = None
    if st:
        return datetime(*st[:6], tzinfo=UTC)
    return None


def check_xml(body: bytes) -> None:
    """Refuse what is not a safe, well-formed XML document (billion laughs, external entities, HTML, junk)."""
    if not body.strip():
        raise FeedError("empty response")
    if _HTML_START.match(body[:2048]):
        raise FeedError("not a feed: the response is an HTML page")
    try:
        root = SafeET.fromstring(body, forbid_dtd=False, forbid_entities=True, forbid_external=True)
    except DefusedXmlException as e:
        raise FeedError(f"unsafe XML refused ({type(e).__name__})") from e
    except ParseError as e:
        if "undefined entity" in str(e):
            return  # HTML entities such as &nbsp; in a feed: feedparser's loose parser reads those
        raise FeedError(f"malformed XML ({e})") from e
    tag = root.tag.rsplit("}", 1)[-1].lower()
    if tag not in ("rss", "feed", "rdf"):
        raise FeedError(f"not an RSS or Atom feed (root element <{tag}>)")


def parse_feed(body: bytes, url: str, *, dedupe_pattern: str | None = None) -> list[FeedItem]:
    """The items of a feed, newest first when dated. Raises FeedError for an unsafe or malformed feed."""
    check_xml(body)
    # feedparser resolves relative links itself but mangles file:/// bases into file://host: resolve those here
    headers = {"content-type": "application/xml"}
    if not url.startswith("file:"):
        headers["content-location"] = url
    parsed = feedparser.parse(body, response_headers=headers, sanitize_html=True, resolve_relative_uris=True)
    if not parsed.get("version") or (parsed.get("bozo") and not parsed.entries and not parsed.feed.get("title")):
        raise FeedError("not an RSS or Atom feed (feedparser found no feed version)")
    pattern = re.compile(dedupe_pattern) if dedupe_pattern else None
    items: list[FeedItem] = []
    for entry in parsed.entries:
        link = entry.get("link") or ""
        if not link:
            for alt in entry.get("links", []):
                if alt.get("href") and alt.get("rel", "alternate") == "alternate":
                    link = alt["href"]
                    break
        guid = entry.get("id") or None
        if not link and guid and guid.startswith(("http://", "https://")):
            link = guid
        if not link:
            continue
        link = urljoin(url, link)
        canon = canonical_url(link)
        key = canon
        if pattern is not None:
            m = pattern.search(canon)
            if m:
                key = m.group(1) if m.groups() else m.group(0)
        published = None
        for field in ("published", "updated", "created", "dc_date"):
            published = parse_datetime(entry.get(field))
            if published:
                break
        title = " ".join((entry.get("title") or "").split()) or None
        summary = entry.get("summary") or None
        items.append(FeedItem(link=link, canonical=canon, key=key, guid=canonical_url(guid) if guid and "://" in guid else guid,
                              title=title, summary=summary, published=published))
    return items
