"""What one source has that is new (scheduled run) or falls in a date range (backfill), in three steps so that a
run never holds more than a batch of texts: `plan` reads the source's index (feed, listing page, folder) and
selects the items to fetch; `fetch_batch` turns a batch of items into documents; `settle` gives the state to
save once every batch is loaded. `collect` does the three at once.

Kinds and their keys in the sources file (besides name, kind, url, language, country, ...):

feed      RSS 2.0 or Atom. `urls` (list: more feeds of the same source, e.g. the same newsroom on two hosts),
          `dedupe_pattern` (regex on the canonical link; group 1 is the dedup key, e.g. '-(\\d+)$' for
          Mynewsdesk slugs), `include` / `exclude` (regex on title + summary, case-insensitive),
          `max_items` (newest first). Each item's link is followed and its main text extracted.
page      One page: a new document when its main text changed.
listing   A listing page: `link_pattern` (regex, required) selects the article links, `max_items` (default 50),
          `dedupe_pattern`, `include` / `exclude` as for feeds.
files     A local file or folder (recursively *.txt, *.md, *.html, *.htm); `glob` (default '**/*') narrows it.
          A symbolic link leading out of the folder is refused (an item failure) unless `follow_symlinks = true`.
          A file is new when modified after the mark; its published date (and the backfill range) is the
          date in its HTML metadata, else its modification date. A file source is never fetched over HTTP.
dataset   CSV, JSON or XLSX mapped declaratively into figures: see `seizure_stats.sources.datasets`.

Incrementality: a feed item or file is new when its date (UTC) is after `state.high_water` and its canonical
URL is not in `known_urls`; an undated item (and every listing link) is new when its URL is not in
`known_urls`, and a listing page's date, once fetched, must be after the mark too. A page is new when its main
text differs from the one last loaded (`state.content_hash`); a dataset when its file's content hash does.
A feed or listing whose fingerprint (index bodies + options) is the one a scheduled run handled entirely,
leaving nothing to retry (`state.settled`), is not parsed again: nothing in it can be new.
The returned high-water mark never passes the oldest item that failed transiently (5xx, 429, 404, timeout,
connection error), so such a page is tried again next run, as long as the feed lists it; a page that cannot
become a document (unsupported content type, no text, refused link, too large) is reported and not retried. A backfill (`since` / `until`) takes what is dated in [since, until] and leaves the high-water
mark as it was. Links found in remote content that point to file://, loopback or private addresses are refused
unless the source sets `allow_private` (the configured URLs' own origins are trusted)."""
from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import replace
from datetime import UTC, date, datetime
from pathlib import Path
from urllib.parse import unquote, urljoin, urlsplit

from seizure_stats.model import Document
from seizure_stats.settings import Settings
from seizure_stats.sources import Batch, Collected, Failure, Fetched, Plan, SourceConfig, SourceError, SourceState
from seizure_stats.sources.feeds import FeedError, FeedItem, parse_datetime, parse_feed, utc_key
from seizure_stats.sources.http import FetchResult, HttpClient, HttpError, canonical_url, origin
from seizure_stats.sources.text import decode, extract_page

FEED_ACCEPT = "application/rss+xml, application/atom+xml, application/xml;q=0.9, text/xml;q=0.9, */*;q=0.5"
HTML_ACCEPT = "text/html, application/xhtml+xml;q=0.9, text/plain;q=0.5, */*;q=0.1"
TEXT_SUFFIXES = (".txt", ".md", ".markdown", ".html", ".htm")
HTML_TYPES = ("text/html", "application/xhtml+xml", "application/xml", "text/xml", "")
KnownUrls = set[str] | Callable[[list[str]], set[str]] | None
"""What the warehouse already has: a set of URLs, or a function of candidate URLs returning those it has."""


def plan(source: SourceConfig, state: SourceState, *, settings: Settings, http: HttpClient | None = None,
         since: date | None = None, until: date | None = None,
         known_urls: KnownUrls = None) -> Plan:
    """Read a source's index and decide what to fetch. Raises SourceError when the source as a whole fails.
    `known_urls` may be a function of the index's own links, returning those the warehouse already has: it is
    asked only when the index has to be read item by item, and only about that index's links."""
    with _client(http, settings) as client:
        ctx = _Context(source=source, state=state, http=client, since=since, until=until, known=known_urls)
        with _counted(ctx):
            if source.kind == "feed":
                _plan_feed(ctx)
            elif source.kind == "page":
                _plan_page(ctx)
            elif source.kind == "listing":
                _plan_listing(ctx)
            elif source.kind == "files":
                _plan_files(ctx)
            elif source.kind == "dataset":
                from seizure_stats.sources.datasets import collect_dataset

                collect_dataset(ctx)
            else:
                raise SourceError(source.name, f"unknown kind {source.kind!r}")
    return ctx.out


def fetch_batch(source: SourceConfig, batch: Batch, *, settings: Settings, http: HttpClient | None = None) -> Fetched:
    """Fetch the items of one batch into documents (not extracted yet). Item failures are reported, not raised."""
    with _client(http, settings) as client:
        ctx = _Context(source=source, state=SourceState(source.name, high_water=batch.high_water), http=client,
                       since=batch.since, until=batch.until, known=None)
        ctx.out = Fetched(source=source.name)
        with _counted(ctx):
            if batch.follow == "files":
                _read_files(ctx, batch.items)
            else:
                _follow(ctx, batch.items, page_date_must_be_new=batch.follow == "listing")
    return ctx.out


@contextmanager
def _client(http: HttpClient | None, settings: Settings) -> Iterator[HttpClient]:
    """The caller's client, or one of our own, closed afterwards."""
    if http is not None:
        yield http
    else:
        with HttpClient(settings) as own:
            yield own


@contextmanager
def _counted(ctx: _Context) -> Iterator[None]:
    """Count in `ctx.out` the requests (and 304s) made inside the block."""
    requests, not_modified = ctx.http.requests, ctx.http.not_modified
    yield
    ctx.out.requests = ctx.http.requests - requests
    ctx.out.not_modified = ctx.http.not_modified - not_modified


def settle(plan: Plan, parts: list[Fetched]) -> SourceState:
    """The state to save once all of a plan's batches are loaded: the newest date loaded, held below the oldest
    item that failed transiently (tried again next run); the index is `settled` only when nothing waits."""
    state = replace(plan.state or SourceState(plan.source))
    failed = [*plan.failed, *(k for part in parts for k in part.failed)]
    if plan.since is None and plan.until is None:
        floor = min((k for k in failed if k), default=None)
        dated = [k for k in [*plan.dated, *(k for part in parts for k in part.dated)] if floor is None or k < floor]
        if dated and (state.high_water is None or max(dated) > state.high_water):
            state.high_water = max(dated)
        state.settled = plan.settled if not failed else None
    state.last_error = None
    return state


def collect(source: SourceConfig, state: SourceState, *, settings: Settings, http: HttpClient | None = None,
            since: date | None = None, until: date | None = None,
            known_urls: KnownUrls = None) -> Collected:
    """Everything new of one source at once (plan, then its items in one batch): for tests and small sources;
    the flows fetch a plan's items batch by batch instead."""
    with _client(http, settings) as client:
        planned = plan(source, state, settings=settings, http=client, since=since, until=until,
                       known_urls=known_urls)
        part = fetch_batch(source, Batch(source=source.name, follow=planned.follow, items=planned.items,
                                         high_water=state.high_water, since=since, until=until),
                           settings=settings, http=client)
    return Collected(source=source.name, documents=[*planned.documents, *part.documents],
                     state=settle(planned, [part]), failures=[*planned.failures, *part.failures],
                     requests=planned.requests + part.requests, not_modified=planned.not_modified + part.not_modified,
                     quarantine=planned.quarantine, skipped=planned.skipped + part.skipped)


def fingerprint(source: SourceConfig, content_hashes: list[str]) -> str:
    """What a feed or listing run depends on besides the warehouse: the index bodies and the source's options.
    When a run handled every item of this very index and left nothing to retry, the next run with the same
    fingerprint has nothing new to find in it, and skips reading it (a large feed costs seconds to parse)."""
    blob = json.dumps([source.kind, source.url, source.options, content_hashes], sort_keys=True, default=str)
    return hashlib.sha256(blob.encode()).hexdigest()


class _Context:
    def __init__(self, *, source: SourceConfig, state: SourceState, http: HttpClient, since: date | None,
                 until: date | None, known: KnownUrls):
        self.source = source
        self.state = state
        self.http = http
        self.since = since
        self.until = until
        self._known = known
        self._canonical_known: set[str] | None = None
        self.trusted = tuple({origin(u) for u in [source.url, *source.options.get("urls", [])]})
        self.out: Plan | Fetched = Plan(source=source.name, state=replace(state), since=since, until=until)

    def look_up(self, urls: list[str]) -> None:
        """Learn which of an index's links the warehouse has already: one question about those links, not a read
        of every URL the source ever had."""
        found = self._known(urls) if callable(self._known) else self._known
        self._canonical_known = {canonical_url(u) for u in found or ()}

    @property
    def known(self) -> set[str]:
        """Canonical URLs already in the warehouse, among those looked up."""
        if self._canonical_known is None:
            self.look_up([])
        return self._canonical_known

    @property
    def backfill(self) -> bool:
        return self.since is not None or self.until is not None

    def in_range(self, d: date | None) -> bool:
        if d is None:
            return False
        return (self.since is None or d >= self.since) and (self.until is None or d <= self.until)

    def fail(self, url: str | None, reason: str) -> None:
        self.out.failures.append(Failure(source=self.source.name, url=url, reason=reason))

    def error(self, reason: str) -> SourceError:
        return SourceError(self.source.name, reason)

    def fetch_own(self, url: str, accept: str) -> FetchResult:
        """A URL the operator configured: its failure is the source's failure."""
        try:
            return self.http.fetch(url, allow_private=self.source.allow_private, trusted=self.trusted, accept=accept)
        except HttpError as e:
            raise self.error(f"{url} unreachable: {e.reason}") from e

    def is_new(self, key: str | None, canonical: str) -> bool:
        """Scheduled runs: newer than the high-water mark (ties: not known yet); undated: not known yet."""
        if canonical in self.known:
            return False
        hw = self.state.high_water
        if key is None or hw is None:
            return True
        return key > hw

    def filters(self) -> tuple[re.Pattern | None, re.Pattern | None]:
        opts = self.source.options
        try:
            inc = re.compile(opts["include"], re.I) if opts.get("include") else None
            exc = re.compile(opts["exclude"], re.I) if opts.get("exclude") else None
        except re.error as e:
            raise self.error(f"invalid include/exclude pattern: {e}") from e
        return inc, exc

    def finish(self, dated_keys: list[str], *, content_hash: str | None = None, etag: str | None = None,
               last_modified: str | None = None) -> Plan:
        """Record what the index gave towards the state to save (see `settle`)."""
        plan = self.out
        plan.dated += dated_keys
        if not self.backfill and content_hash is not None:
            plan.state.content_hash = content_hash
        if etag is not None or last_modified is not None:
            plan.state.etag, plan.state.last_modified = etag, last_modified
        return plan


# -- text documents ----------------------------------------------------------------------------------------
def _page_document(ctx: _Context, res: FetchResult, *, title: str | None = None,
                   published: datetime | date | None = None) -> tuple[Document | None, date | None, str | None]:
    """The document of a fetched page (None with a reason when it has no usable text)."""
    ctype = res.content_type
    if ctype.startswith("text/plain") or ctype == "text/markdown":
        text, page_title, page_date = decode(res.body, res.charset).strip(), None, None
    elif ctype in HTML_TYPES or ctype.startswith("text/"):
        page = extract_page(res.body, declared_charset=res.charset, url=res.final_url)
        text, page_title, page_date = page.text, page.title, page.date
    else:
        return None, None, f"unsupported content type {ctype!r}"
    if not text:
        return None, None, "no main text found in the page"
    when = published or parse_datetime(page_date)
    day = when.date() if isinstance(when, datetime) else when
    doc = Document(source=ctx.source.name, kind="text", url=res.canonical, text=text,
                   title=(title or page_title), published=day.isoformat() if day else None,
                   language=ctx.source.language, country=ctx.source.country, fetched_at=res.fetched_at,
                   http_headers=dict(res.headers))
    return doc, day, None


def _follow(ctx: _Context, items: list[FeedItem], *, page_date_must_be_new: bool = False) -> None:
    """Fetch the pages of selected items into `ctx.out` (a Fetched), with the high-water keys of the loaded and
    of the transiently failed ones. With `page_date_must_be_new` (listing links carry no date) a scheduled run
    also skips a page whose own date is not after the mark."""
    out, seen_ids = ctx.out, set()
    for item in items:
        try:
            res = ctx.http.fetch(item.canonical, allow_private=ctx.source.allow_private, trusted=ctx.trusted,
                                 accept=HTML_ACCEPT)
        except HttpError as e:
            ctx.fail(item.canonical, e.reason)
            if e.transient:  # tried again next run: the mark stays below it (until it leaves the feed)
                out.failed.append(item.sort_key)
            continue
        doc, day, reason = _page_document(ctx, res, title=item.title, published=item.published)
        if doc is None:  # a PDF, an image, an empty page: trying again would not help
            ctx.fail(item.canonical, reason)
            continue
        key = item.sort_key or utc_key(day)
        if ctx.backfill and not ctx.in_range(day):
            out.skipped += 1
            continue
        if (not ctx.backfill and page_date_must_be_new and key is not None
                and not ctx.is_new(key, item.canonical)):
            out.skipped += 1
            continue
        if doc.id in seen_ids:
            out.skipped += 1
            continue
        seen_ids.add(doc.id)
        out.documents.append(doc)
        if key:
            out.dated.append(key)


def _select(ctx: _Context, items: list[FeedItem], limit: int | None) -> list[FeedItem]:
    inc, exc = ctx.filters()
    by_key: dict[str, FeedItem] = {}
    for item in items:
        if item.key in by_key:  # the same release on two hosts / twice in the feed
            ctx.out.skipped += 1
            continue
        by_key[item.key] = item
    ctx.look_up([u for item in by_key.values() for u in (item.canonical, item.guid) if u])
    selected = []
    for item in by_key.values():
        words = f"{item.title or ''} {item.summary or ''}"
        if (inc and not inc.search(words)) or (exc and exc.search(words)):
            ctx.out.skipped += 1
            continue
        if item.canonical in ctx.known or (item.guid and item.guid in ctx.known):
            ctx.out.skipped += 1
            if item.sort_key:  # loaded before (by a backfill, say): the mark may move past it
                ctx.out.dated.append(item.sort_key)
            continue
        if ctx.backfill:
            if item.published is not None and not ctx.in_range(item.published.date()):
                ctx.out.skipped += 1
                continue
        elif not ctx.is_new(item.sort_key, item.canonical):
            ctx.out.skipped += 1
            continue
        selected.append(item)
    selected.sort(key=lambda i: i.sort_key or "", reverse=True)
    if limit:
        ctx.out.skipped += max(0, len(selected) - int(limit))
        selected = selected[: int(limit)]
    return selected


def _settled(ctx: _Context, indexes: list[FetchResult]) -> bool:
    """Note the index's fingerprint; True when a scheduled run already handled this very index entirely."""
    ctx.out.settled = fingerprint(ctx.source, [r.content_hash for r in indexes])
    if not ctx.backfill and ctx.state.settled == ctx.out.settled:
        ctx.out.skipped += 1
        return True
    return False


def _plan_feed(ctx: _Context) -> None:
    results = [ctx.fetch_own(url, FEED_ACCEPT) for url in [ctx.source.url, *ctx.source.options.get("urls", [])]]
    ctx.finish([], etag=results[0].headers.get("etag"), last_modified=results[0].headers.get("last-modified"))
    if _settled(ctx, results):
        return
    items: list[FeedItem] = []
    for res in results:
        try:
            items += parse_feed(res.body, res.final_url, dedupe_pattern=ctx.source.options.get("dedupe_pattern"))
        except FeedError as e:
            raise ctx.error(f"feed {res.url}: {e}") from e
        except re.error as e:
            raise ctx.error(f"invalid dedupe_pattern: {e}") from e
    ctx.out.items = _select(ctx, items, ctx.source.options.get("max_items"))


def _plan_page(ctx: _Context) -> None:
    res = ctx.fetch_own(ctx.source.url, HTML_ACCEPT)
    doc, day, reason = _page_document(ctx, res)
    if doc is None:
        raise ctx.error(f"{ctx.source.url}: {reason}")
    keys = [utc_key(day)] if day else []
    if ctx.backfill:
        if ctx.in_range(day):
            ctx.out.documents.append(doc)
        else:
            ctx.out.skipped += 1
    elif doc.id == ctx.state.content_hash:
        ctx.out.skipped += 1
    else:
        ctx.out.documents.append(doc)
    ctx.finish(keys if ctx.out.documents else [], content_hash=doc.id,
               etag=res.headers.get("etag"), last_modified=res.headers.get("last-modified"))


_HREF = re.compile(r"""<a\b[^>]*?\bhref\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))""", re.I)
_BASE = re.compile(r"""<base\b[^>]*?\bhref\s*=\s*["']?([^"'\s>]+)""", re.I)


def page_links(body: bytes, base_url: str, charset: str | None = None) -> list[str]:
    """Absolute links of an HTML page in document order (duplicates removed)."""
    import html as html_lib

    markup = decode(body, charset)
    m = _BASE.search(markup)
    base = urljoin(base_url, m.group(1)) if m else base_url
    seen, out = set(), []
    for g1, g2, g3 in _HREF.findall(markup):
        href = html_lib.unescape((g1 or g2 or g3).strip())
        if not href or href.startswith(("#", "javascript:", "mailto:", "tel:", "data:")):
            continue
        absolute = urljoin(base, href)
        if absolute not in seen:
            seen.add(absolute)
            out.append(absolute)
    return out


def _plan_listing(ctx: _Context) -> None:
    pattern = ctx.source.options.get("link_pattern")
    if not pattern:
        raise ctx.error("a listing source needs `link_pattern` (a regex selecting the article links)")
    try:
        rx = re.compile(pattern)
        dedupe = re.compile(ctx.source.options["dedupe_pattern"]) if ctx.source.options.get("dedupe_pattern") else None
    except re.error as e:
        raise ctx.error(f"invalid pattern: {e}") from e
    res = ctx.fetch_own(ctx.source.url, HTML_ACCEPT)
    if res.content_type not in HTML_TYPES and not res.content_type.startswith("text/"):
        raise ctx.error(f"{ctx.source.url}: listing is not an HTML page (content type {res.content_type!r})")
    if _settled(ctx, [res]):
        return
    items: list[FeedItem] = []
    for link in page_links(res.body, res.final_url, res.charset):
        if not rx.search(link):
            continue
        canon = canonical_url(link)
        key = canon
        if dedupe is not None and (m := dedupe.search(canon)):
            key = m.group(1) if m.groups() else m.group(0)
        items.append(FeedItem(link=link, canonical=canon, key=key, guid=None, title=None, summary=None,
                              published=None))
    ctx.out.follow = "listing"
    ctx.out.items = _select(ctx, items, int(ctx.source.options.get("max_items", 50)))


def _plan_files(ctx: _Context) -> None:
    """Files modified after the mark, as items dated by their modification time (which only orders them: a
    file's published date is the one in its HTML metadata or its text's dateline)."""
    parts = urlsplit(ctx.source.url)
    if parts.scheme != "file":
        raise ctx.error("a files source needs a local path (or a file:// URL)")
    root = Path(unquote(parts.path))
    if not root.exists():
        raise ctx.error(f"{root} does not exist")
    if root.is_dir():
        pattern = ctx.source.options.get("glob", "**/*")
        paths = sorted(p for p in root.glob(pattern) if p.is_file() and p.suffix.lower() in TEXT_SUFFIXES)
    else:
        paths = [root]
    if root.is_dir() and not ctx.source.options.get("follow_symlinks"):
        inside = root.resolve()
        for path in [p for p in paths if not p.resolve().is_relative_to(inside)]:
            ctx.fail(path.as_uri(), f"refused: a symbolic link out of the source's folder (to {path.resolve()}); "
                                    "set follow_symlinks = true on the source to allow it")
            paths.remove(path)
    ctx.out.follow = "files"
    urls = {path: path.resolve().as_uri() for path in paths}
    ctx.look_up([canonical_url(u) for u in urls.values()])
    for path in paths:
        url = urls[path]
        canon = canonical_url(url)
        if canon in ctx.known:
            ctx.out.skipped += 1
            continue
        mtime = datetime.fromtimestamp(path.stat().st_mtime, UTC).replace(microsecond=0)
        if not ctx.backfill and ctx.state.high_water and utc_key(mtime) <= ctx.state.high_water:
            ctx.out.skipped += 1  # not modified since the last run
            continue
        ctx.out.items.append(FeedItem(link=url, canonical=canon, key=canon, guid=None, title=None, summary=None,
                                      published=mtime))


def _read_files(ctx: _Context, items: list[FeedItem]) -> None:
    out, seen = ctx.out, set()
    for item in items:
        url, mtime = item.link, item.published
        try:
            res = ctx.http.fetch(url, allow_private=True, trusted=ctx.trusted)
        except HttpError as e:
            ctx.fail(url, e.reason)
            continue
        if url.lower().endswith((".html", ".htm")):
            page = extract_page(res.body, url=url)
            text, title, day = page.text, page.title, parse_datetime(page.date)
        else:
            text = decode(res.body).strip()
            first = next((line for line in text.splitlines() if line.strip()), "")
            title, day = first.lstrip("#").strip()[:300] or None, None
        if not text:
            ctx.fail(url, "empty file")
            continue
        # a file's mtime says when it was saved, not published: it only places the file in a backfill range,
        # and the extractor reads the publication date from the text's dateline
        published = day.date() if isinstance(day, datetime) else None
        if ctx.backfill and not ctx.in_range(published or mtime.date()):
            out.skipped += 1
            continue
        doc = Document(source=ctx.source.name, kind="text", url=item.canonical, text=text, title=title,
                       published=published.isoformat() if published else None, language=ctx.source.language,
                       country=ctx.source.country, fetched_at=res.fetched_at, http_headers=dict(res.headers))
        if doc.id in seen:
            out.skipped += 1
            continue
        seen.add(doc.id)
        out.documents.append(doc)
        out.dated.append(utc_key(mtime))
