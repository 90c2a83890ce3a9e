"""The one HTTP client of the source layer: a requests Session with timeouts, retries with backoff on 5xx,
429 and connection errors, the settings' User-Agent, a maximum response size (streamed, aborted beyond it),
bounded redirects checked hop by hop against the SSRF guard, conditional GET (ETag / If-Modified-Since)
backed by the `fetch_log` table, a semaphore per host, and an archive of every fetched body by content hash.

A 304 is answered from the archive: the caller gets the same body as last time (flagged `not_modified`), so
a load that failed after a fetch never loses a document, and an unchanged page still costs one request."""
from __future__ import annotations

import email.utils
import ipaddress
import json
import mimetypes
import os
import re
import socket
import threading
import time
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Protocol
from urllib.parse import parse_qsl, unquote, urlencode, urljoin, urlsplit, urlunsplit

import requests

from seizure_stats.model import content_hash
from seizure_stats.settings import Settings
from seizure_stats.sources.text import charset_from_content_type

RETRY_STATUS = frozenset({429, 500, 502, 503, 504})
REDIRECT_STATUS = frozenset({301, 302, 303, 307, 308})
MAX_REDIRECTS = 5
TRACKING_PARAMS = frozenset({
    "fbclid", "gclid", "dclid", "gbraid", "wbraid", "msclkid", "yclid", "twclid", "igshid", "mc_cid", "mc_eid",
    "_hsenc", "_hsmi", "mkt_tok", "ref_src", "spm", "at_medium", "at_campaign", "at_source", "at_content",
    "at_term", "_ga", "_gl", "oly_enc_id", "oly_anon_id", "vero_id", "wt_mc", "wt.mc_id", "cmpid",
})
KEPT_HEADERS = ("content-type", "content-length", "etag", "last-modified", "date", "content-language",
                "content-location", "cache-control")


class HttpError(Exception):
    """One URL could not be fetched (after retries where that makes sense)."""

    def __init__(self, url: str, reason: str, status: int | None = None, *, transient: bool | None = None):
        super().__init__(f"{url}: {reason}")
        self.url = url
        self.reason = reason
        self.status = status
        if transient is None:  # worth trying again next run: server errors, rate limits, not-yet-published pages
            transient = status is not None and (status >= 500 or status in (404, 408, 425, 429))
        self.transient = transient


class Cache(Protocol):
    def get(self, url: str) -> dict | None: ...
    def put(self, url: str, **fields) -> None: ...


def canonical_url(url: str) -> str:
    """The URL used as identity: lower-case scheme and host, no default port, no fragment, no tracking
    parameters (utm_*, fbclid, gclid...), the remaining query parameters kept in their order."""
    url = url.strip()
    parts = urlsplit(url)
    scheme = parts.scheme.lower()
    if scheme == "file":
        return urlunsplit(("file", "", parts.path, "", ""))
    host = (parts.hostname or "").lower().rstrip(".")
    if ":" in host:  # IPv6 literal
        host = f"[{host}]"
    port = parts.port
    netloc = host if port is None or (scheme, port) in (("http", 80), ("https", 443)) else f"{host}:{port}"
    if parts.username:
        netloc = f"{parts.username}@{netloc}"
    query = [(k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True)
             if not k.lower().startswith("utm_") and k.lower() not in TRACKING_PARAMS]
    path = parts.path or "/"
    return urlunsplit((scheme, netloc, path, urlencode(query, doseq=True), ""))


def origin(url: str) -> str:
    parts = urlsplit(url)
    if parts.scheme.lower() == "file":
        return "file://"
    c = urlsplit(canonical_url(url))
    return f"{c.scheme}://{c.netloc}"


def _address_is_private(host: str) -> bool:
    try:
        ips = [ipaddress.ip_address(host.strip("[]"))]
    except ValueError:
        if host in ("localhost", "localhost.localdomain") or host.endswith(".localhost"):
            return True
        try:
            infos = socket.getaddrinfo(host, None)
        except (socket.gaierror, UnicodeError, OSError):
            return False  # unresolvable: the request itself will fail
        ips = [ipaddress.ip_address(info[4][0].split("%")[0]) for info in infos]
    for ip in ips:
        if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped:
            ip = ip.ipv4_mapped
        if (ip.is_private or ip.is_loopback or ip.is_link_local or ip.is_reserved or ip.is_multicast
                or ip.is_unspecified):
            return True
    return False


def check_url_allowed(url: str, *, allow_private: bool, trusted: tuple[str, ...] = ()) -> None:
    """SSRF guard for links found in fetched content: file://, loopback, private, link-local and reserved
    addresses are refused unless the source allows them; the origins the operator configured are trusted."""
    parts = urlsplit(url)
    scheme = parts.scheme.lower()
    if scheme not in ("http", "https", "file"):
        raise HttpError(url, f"scheme '{scheme or '(none)'}' is not allowed")
    if allow_private or origin(url) in trusted:
        return
    if scheme == "file":
        raise HttpError(url, "refused: file:// link in remote content (source does not allow_private)")
    if not parts.hostname:
        raise HttpError(url, "no host")
    if _address_is_private(parts.hostname):
        raise HttpError(url, f"refused: {parts.hostname} is a loopback/private address (source does not allow_private)")


@dataclass
class FetchResult:
    url: str                 # as requested
    final_url: str           # after redirects
    canonical: str           # canonical form of final_url
    status: int
    body: bytes
    headers: dict = field(default_factory=dict)
    content_hash: str = ""
    fetched_at: str = ""
    not_modified: bool = False

    @property
    def content_type(self) -> str:
        return (self.headers.get("content-type") or "").split(";")[0].strip().lower()

    @property
    def charset(self) -> str | None:
        return charset_from_content_type(self.headers.get("content-type"))


def now_iso() -> str:
    return datetime.now(UTC).replace(microsecond=0).isoformat()


class Archive:
    """Fetched bodies on disk by content hash: archive/ab/abcdef..., written once."""

    def __init__(self, root: Path):
        self.root = Path(root)

    def path(self, digest: str) -> Path:
        return self.root / digest[:2] / digest

    def put(self, body: bytes) -> str:
        digest = content_hash(body)
        path = self.path(digest)
        if not path.exists():
            tmp = path.with_name(f".{digest}.{os.getpid()}.{threading.get_ident()}.tmp")
            try:
                tmp.write_bytes(body)
            except FileNotFoundError:  # first body in this folder (a mkdir on every put costs more than the write)
                path.parent.mkdir(parents=True, exist_ok=True)
                tmp.write_bytes(body)
            os.replace(tmp, path)
        return digest

    def get(self, digest: str | None) -> bytes | None:
        if not digest:
            return None
        try:
            return self.path(digest).read_bytes()
        except OSError:
            return None


_HOST_LOCK = threading.Lock()
_HOST_SEMAPHORES: dict[tuple[str, int], threading.BoundedSemaphore] = {}


def host_semaphore(url: str, limit: int) -> threading.BoundedSemaphore:
    """One semaphore per host (shared by every client of the process) bounding concurrent requests."""
    key = (urlsplit(url).hostname or "", max(1, limit))
    with _HOST_LOCK:
        sem = _HOST_SEMAPHORES.get(key)
        if sem is None:
            sem = _HOST_SEMAPHORES[key] = threading.BoundedSemaphore(key[1])
        return sem


class HttpClient:
    """Fetches http(s):// and file:// URLs politely. Counters `requests` and `not_modified` count HTTP
    requests sent (retries included) and 304 answers."""

    def __init__(self, settings: Settings, cache: Cache | None = None, *, session: requests.Session | None = None,
                 archive: Path | None = None):
        self.settings = settings
        self.cache = cache
        self.archive = Archive(archive or settings.archive)
        self.session = session or requests.Session()
        self.session.headers["User-Agent"] = settings.user_agent
        self.session.headers.setdefault("Accept-Encoding", "gzip, deflate")
        self.session.max_redirects = MAX_REDIRECTS
        self.requests = 0
        self.not_modified = 0
        self._lock = threading.Lock()

    def close(self) -> None:
        """Also writes what a buffered cache still holds."""
        try:
            flush = getattr(self.cache, "flush", None)
            if flush is not None:
                flush()
        finally:
            self.session.close()

    def __enter__(self) -> HttpClient:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def _count(self, *, not_modified: bool = False) -> None:
        with self._lock:
            if not_modified:
                self.not_modified += 1
            else:
                self.requests += 1

    # -- public -------------------------------------------------------------------------------------------
    def fetch(self, url: str, *, allow_private: bool = False, trusted: tuple[str, ...] = (),
              conditional: bool = True, accept: str | None = None) -> FetchResult:
        """GET one URL (or read one file:// URL). Raises HttpError when it cannot be had."""
        check_url_allowed(url, allow_private=allow_private, trusted=trusted)
        if urlsplit(url).scheme.lower() == "file":
            return self._read_file(url)
        return self._get(url, allow_private=allow_private, trusted=trusted, conditional=conditional,
                         accept=accept)

    # -- files ----------------------------------------------------------------------------------------------
    def _read_file(self, url: str) -> FetchResult:
        path = Path(unquote(urlsplit(url).path))
        try:
            size = path.stat().st_size
            if size > self.settings.http_max_bytes:
                raise HttpError(url, f"file larger than {self.settings.http_max_bytes} bytes ({size})")
            body = path.read_bytes()
            mtime = datetime.fromtimestamp(path.stat().st_mtime, UTC).replace(microsecond=0)
        except OSError as e:
            raise HttpError(url, e.strerror or str(e)) from e
        ctype = mimetypes.guess_type(path.name)[0] or "application/octet-stream"
        headers = {"content-type": ctype, "content-length": str(len(body)),
                   "last-modified": email.utils.format_datetime(mtime, usegmt=True)}
        return self._store(url, url, 200, body, headers)

    # -- http -----------------------------------------------------------------------------------------------
    def _get(self, url: str, *, allow_private: bool, trusted: tuple[str, ...], conditional: bool,
             accept: str | None) -> FetchResult:
        key = canonical_url(url)
        cached = self.cache.get(key) if (self.cache is not None and conditional) else None
        headers: dict[str, str] = {}
        if accept:
            headers["Accept"] = accept
        archived = self.archive.get(cached.get("content_hash")) if cached else None
        if cached and archived is not None:
            if cached.get("etag"):
                headers["If-None-Match"] = cached["etag"]
            if cached.get("last_modified"):
                headers["If-Modified-Since"] = cached["last_modified"]
        current = url
        for _hop in range(MAX_REDIRECTS + 1):
            resp, slot = self._send(current, headers)
            try:
                if resp.status_code in REDIRECT_STATUS and resp.headers.get("Location"):
                    target = urljoin(current, resp.headers["Location"])
                    check_url_allowed(target, allow_private=allow_private, trusted=trusted)
                    if urlsplit(target).scheme.lower() == "file":
                        raise HttpError(url, "refused: redirect to a file:// URL")
                    current = target
                    continue
                if resp.status_code == 304:
                    if archived is None:
                        raise HttpError(url, "304 Not Modified without an archived copy", 304)
                    self._count(not_modified=True)
                    kept = {**json.loads(cached.get("http_headers") or "{}"), **_kept_headers(resp.headers)}
                    fetched = now_iso()
                    if self.cache is not None:
                        self.cache.put(key, content_hash=cached["content_hash"], etag=cached.get("etag"),
                                       last_modified=cached.get("last_modified"), status=304,
                                       fetched_at=fetched, http_headers=json.dumps(kept))
                    return FetchResult(url=url, final_url=current, canonical=canonical_url(current), status=304,
                                       body=archived, headers=kept, content_hash=cached["content_hash"],
                                       fetched_at=fetched, not_modified=True)
                if resp.status_code >= 400:
                    raise HttpError(url, f"HTTP {resp.status_code} {resp.reason or ''}".strip(), resp.status_code)
                body = self._read_body(url, resp)
                return self._store(url, current, resp.status_code, body, _kept_headers(resp.headers))
            finally:
                resp.close()
                slot.release()
        raise HttpError(url, f"more than {MAX_REDIRECTS} redirects")

    def _send(self, url: str, headers: dict) -> tuple[requests.Response, threading.BoundedSemaphore]:
        """One response (after retries), holding the host's semaphore: the caller releases it once the body
        is read, so the per-host limit bounds whole downloads, not only the time to the headers."""
        retries = max(0, self.settings.http_retries)
        slot = host_semaphore(url, self.settings.http_per_host)
        timeout = self.settings.http_timeout
        last: str = ""
        for attempt in range(retries + 1):
            if attempt:
                time.sleep(min(30.0, self.settings.http_backoff * 2 ** (attempt - 1)))
            self._count()
            slot.acquire()
            try:
                resp = self.session.get(url, headers=headers, timeout=(timeout, timeout), stream=True,
                                        allow_redirects=False)
            except requests.exceptions.Timeout:
                slot.release()
                last = f"timed out after {timeout:g}s"
                continue
            except requests.exceptions.ConnectionError as e:
                slot.release()
                last = f"connection failed ({_short(e)})"
                continue
            except requests.exceptions.RequestException as e:
                slot.release()
                raise HttpError(url, _short(e)) from e
            if resp.status_code in RETRY_STATUS and attempt == retries:
                status, reason = resp.status_code, resp.reason or ""
                resp.close()
                slot.release()
                raise HttpError(url, f"HTTP {status} {reason} (after {retries + 1} attempts)".replace("  ", " "), status)
            if resp.status_code in RETRY_STATUS:
                last = f"HTTP {resp.status_code}"
                retry_after = resp.headers.get("Retry-After", "")
                resp.close()
                slot.release()
                if retry_after.isdigit() and int(retry_after) <= 30:
                    time.sleep(int(retry_after))
                continue
            return resp, slot
        raise HttpError(url, f"{last} (after {retries + 1} attempt{'s' if retries else ''})", transient=True)

    def _read_body(self, url: str, resp: requests.Response) -> bytes:
        limit = self.settings.http_max_bytes
        declared = resp.headers.get("Content-Length", "")
        if declared.isdigit() and int(declared) > limit:
            raise HttpError(url, f"response too large: Content-Length {declared} > {limit} bytes")
        chunks: list[bytes] = []
        size = 0
        deadline = time.monotonic() + max(60.0, self.settings.http_timeout * 10)
        try:
            for chunk in resp.iter_content(chunk_size=65536):
                if time.monotonic() > deadline:
                    raise HttpError(url, "body download too slow, aborted", transient=True)
                size += len(chunk)
                if size > limit:
                    raise HttpError(url, f"response too large: more than {limit} bytes, aborted")
                chunks.append(chunk)
        except requests.exceptions.RequestException as e:
            raise HttpError(url, f"reading the body failed ({_short(e)})", transient=True) from e
        return b"".join(chunks)

    def _store(self, url: str, final_url: str, status: int, body: bytes, headers: dict) -> FetchResult:
        digest = self.archive.put(body)
        fetched = now_iso()
        if self.cache is not None:
            self.cache.put(canonical_url(url), content_hash=digest, etag=headers.get("etag"),
                           last_modified=headers.get("last-modified"), status=status, fetched_at=fetched,
                           http_headers=json.dumps(headers))
        return FetchResult(url=url, final_url=final_url, canonical=canonical_url(final_url), status=status,
                           body=body, headers=headers, content_hash=digest, fetched_at=fetched)


def _kept_headers(headers) -> dict:
    return {k: headers[k] for k in KEPT_HEADERS if headers.get(k)}


_ERRNO = re.compile(r"\[Errno -?\d+\] ([^'\"()\]]+)")


def _short(e: Exception) -> str:
    """The cause in a few words ("Connection refused", "Name or service not known") rather than urllib3's
    nested repr; otherwise the message, cut at a word boundary."""
    text = str(e)
    m = _ERRNO.search(text)
    if m:
        return m.group(1).strip().rstrip(".")
    return text if len(text) < 200 else text[:197].rsplit(" ", 1)[0] + " ..."
