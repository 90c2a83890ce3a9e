"""Shared pieces of the pipeline benchmarks (benchmarks/pipeline.py, rerun.py, load.py). Not a test.

- `document(i)`: a deterministic press release in one of seven languages (en, fr, de, es, it, nl, pt) built
  from template sentences with figures (seizures, kg of cocaine, cigarettes, arrests, countries).
- `serve(n, sources)`: a threaded http.server on 127.0.0.1 in its own process (so that it does not compete for
  the benchmark's GIL) serving one RSS feed per source and one HTML page per document, with ETag and
  Last-Modified (conditional GETs answered 304); GET /_stats returns its request counters, /_reset zeroes them,
  /_latest?k=K makes the feeds list only their newest K items from then on (K=0: all).
- `bench_env(...)`: the SEIZURE_STATS_* / PREFECT_* environment of a run (a fresh data dir, a SQLite file or
  a fresh PostgreSQL schema) and `write_sources(...)` the sources file.
- `StageTimer`: wraps the plain stage functions (fetch, extract, validate, load) to sum their time.
"""
from __future__ import annotations

import json
import os
import random
import resource
import socket
import statistics
import subprocess
import sys
import threading
import time
import uuid
from contextlib import contextmanager
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from xml.sax.saxutils import escape

ROOT = Path(__file__).resolve().parents[1]
PG_ADMIN_URL = os.environ.get("SEIZURE_STATS_TEST_PG", "postgresql+psycopg://postgres@127.0.0.1:5432/test")
LANGS = ("en", "fr", "de", "es", "it", "nl", "pt")
SOURCE_COUNTRY = {"en": "GB", "fr": "FR", "de": "DE", "es": "ES", "it": "IT", "nl": "NL", "pt": "PT"}
BASE_DATE = datetime(2023, 1, 1, 8, 0, tzinfo=UTC)

PREFECT_ENV = {
    "PREFECT_HOME": str(ROOT / "data" / "prefect-bench"),
    "PREFECT_SERVER_ANALYTICS_ENABLED": "false",
    "PREFECT_LOGGING_LEVEL": "WARNING",
    "PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS": "120",  # the first start in a new home migrates its db
}
for _k, _v in PREFECT_ENV.items():
    os.environ.setdefault(_k, _v)

# ---- documents -------------------------------------------------------------------------------------------------
# Placeholders: {seizures} {kg} {cig} {arrests} {countries} {country} {month} {year}
TEMPLATES: dict[str, dict[str, list[str]]] = {
    "en": {
        "title": ["Customs seize {kg} kg of cocaine at the port", "{arrests} arrests after cigarette smuggling probe",
                  "Record year for customs: {seizures} seizures"],
        "body": [
            "Customs officers carried out {seizures} seizures in {month} {year}.",
            "In total {kg} kg of cocaine were found hidden in a container of bananas from {country}.",
            "Officers also seized {cig} cigarettes in a lorry at the border.",
            "Police arrested {arrests} people during the operation.",
            "The investigation involved {countries} countries and was coordinated by Europol.",
            "The cocaine would have been worth millions on the street, officials said.",
        ],
    },
    "fr": {
        "title": ["La douane saisit {kg} kg de cocaïne au port", "{arrests} interpellations dans une affaire de tabac",
                  "Bilan de la douane : {seizures} saisies"],
        "body": [
            "Les douaniers ont réalisé {seizures} saisies en {month} {year}.",
            "Au total, {kg} kg de cocaïne ont été découverts dans un conteneur de bananes en provenance de {country}.",
            "Les agents ont également saisi {cig} cigarettes de contrebande dans un camion.",
            "La police a procédé à {arrests} interpellations au cours de l'opération.",
            "L'enquête a mobilisé {countries} pays sous la coordination d'Europol.",
            "Le service rappelle que la contrebande finance la criminalité organisée.",
        ],
    },
    "de": {
        "title": ["Zoll stellt {kg} kg Kokain im Hafen sicher", "{arrests} Festnahmen nach Zigarettenschmuggel",
                  "Jahresbilanz des Zolls: {seizures} Sicherstellungen"],
        "body": [
            "Der Zoll führte im {month} {year} insgesamt {seizures} Sicherstellungen durch.",
            "Dabei wurden {kg} kg Kokain in einem Bananencontainer aus {country} entdeckt.",
            "Die Beamten stellten außerdem {cig} Zigaretten in einem Lastwagen sicher.",
            "Die Polizei nahm {arrests} Personen fest.",
            "An den Ermittlungen waren {countries} Länder beteiligt, koordiniert von Europol.",
            "Der Zoll weist darauf hin, dass Schmuggel die organisierte Kriminalität finanziert.",
        ],
    },
    "es": {
        "title": ["Aduanas incauta {kg} kg de cocaína en el puerto", "{arrests} detenidos por contrabando de tabaco",
                  "Balance de Aduanas: {seizures} aprehensiones"],
        "body": [
            "Los agentes de Aduanas realizaron {seizures} aprehensiones en {month} de {year}.",
            "En total se hallaron {kg} kg de cocaína ocultos en un contenedor de plátanos procedente de {country}.",
            "Los agentes también intervinieron {cig} cigarrillos en un camión.",
            "La policía detuvo a {arrests} personas durante la operación.",
            "En la investigación participaron {countries} países, con la coordinación de Europol.",
            "Aduanas recuerda que el contrabando financia la delincuencia organizada.",
        ],
    },
    "it": {
        "title": ["La dogana sequestra {kg} kg di cocaina al porto", "{arrests} arresti per contrabbando di sigarette",
                  "Bilancio delle dogane: {seizures} sequestri"],
        "body": [
            "I funzionari doganali hanno effettuato {seizures} sequestri nel {month} {year}.",
            "In totale sono stati trovati {kg} kg di cocaina nascosti in un container di banane proveniente da {country}.",
            "Sono state inoltre sequestrate {cig} sigarette in un camion.",
            "La polizia ha arrestato {arrests} persone durante l'operazione.",
            "All'indagine hanno partecipato {countries} paesi, con il coordinamento di Europol.",
            "L'Agenzia ricorda che il contrabbando finanzia la criminalità organizzata.",
        ],
    },
    "nl": {
        "title": ["Douane onderschept {kg} kilo cocaïne in de haven", "{arrests} aanhoudingen na sigarettensmokkel",
                  "Jaarcijfers douane: {seizures} inbeslagnames"],
        "body": [
            "De douane deed in {month} {year} {seizures} inbeslagnames.",
            "In totaal werd {kg} kilo cocaïne gevonden in een container met bananen uit {country}.",
            "Daarnaast namen douaniers {cig} sigaretten in beslag in een vrachtwagen.",
            "De politie hield {arrests} verdachten aan tijdens de operatie.",
            "Bij het onderzoek waren {countries} landen betrokken, gecoördineerd door Europol.",
            "De douane wijst erop dat smokkel de georganiseerde misdaad financiert.",
        ],
    },
    "pt": {
        "title": ["Alfândega apreende {kg} kg de cocaína no porto", "{arrests} detidos por contrabando de tabaco",
                  "Balanço da Alfândega: {seizures} apreensões"],
        "body": [
            "A Alfândega realizou {seizures} apreensões em {month} de {year}.",
            "No total foram encontrados {kg} kg de cocaína escondidos num contentor de bananas proveniente do {country}.",
            "Os inspetores apreenderam ainda {cig} cigarros num camião.",
            "A polícia deteve {arrests} pessoas durante a operação.",
            "A investigação envolveu {countries} países, com a coordenação da Europol.",
            "A Autoridade Tributária lembra que o contrabando financia o crime organizado.",
        ],
    },
}
MONTHS = {
    "en": ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
           "November", "December"],
    "fr": ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
           "novembre", "décembre"],
    "de": ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober",
           "November", "Dezember"],
    "es": ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre",
           "noviembre", "diciembre"],
    "it": ["gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto", "settembre", "ottobre",
           "novembre", "dicembre"],
    "nl": ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober",
           "november", "december"],
    "pt": ["janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto", "setembro", "outubro",
           "novembro", "dezembro"],
}
ORIGINS = {
    "en": ["Ecuador", "Colombia", "Brazil"], "fr": ["Équateur", "Colombie", "Brésil"],
    "de": ["Ecuador", "Kolumbien", "Brasilien"], "es": ["Ecuador", "Colombia", "Brasil"],
    "it": ["Ecuador", "Colombia", "Brasile"], "nl": ["Ecuador", "Colombia", "Brazilië"],
    "pt": ["Equador", "Colômbia", "Brasil"],
}
THOUSANDS = {"en": ",", "fr": "\u202f", "de": ".", "es": ".", "it": ".", "nl": ".", "pt": "."}


def _fmt(n: int, lang: str) -> str:
    return f"{n:,}".replace(",", THOUSANDS[lang])


def published(i: int) -> datetime:
    """Document i's publication time: 37 minutes apart (10,000 documents span about 257 days, all past)."""
    return BASE_DATE + timedelta(minutes=37 * i)


def document(i: int) -> dict:
    """Document i: language LANGS[i % 7], title, date and text (deterministic; values vary with i so that every
    text, hence every document id, is different)."""
    lang = LANGS[i % len(LANGS)]
    rng = random.Random(i)
    when = published(i)
    t = TEMPLATES[lang]
    values = {
        "seizures": _fmt(100 + (i * 7919) % 9000, lang), "kg": _fmt(rng.randint(5, 4000), lang),
        "cig": _fmt(rng.randint(2, 900) * 1000 + i % 1000, lang), "arrests": rng.randint(2, 60),
        "countries": rng.randint(3, 30), "country": rng.choice(ORIGINS[lang]),
        "month": MONTHS[lang][(when.month - 2) % 12], "year": when.year if when.month > 1 else when.year - 1,
    }
    body = list(t["body"])
    keep = [0, 1] + rng.sample(range(2, len(body)), k=3)
    paragraphs = [body[k].format(**values) for k in sorted(keep)]
    title = rng.choice(t["title"]).format(**values)
    return {"i": i, "lang": lang, "title": title, "published": when, "paragraphs": paragraphs,
            "text": "\n\n".join(paragraphs)}


def page_html(doc: dict) -> bytes:
    paras = "\n".join(f"<p>{escape(p)}</p>" for p in doc["paragraphs"])
    return (f"<!doctype html><html lang=\"{doc['lang']}\"><head><meta charset=\"utf-8\">"
            f"<title>{escape(doc['title'])}</title>"
            f"<meta property=\"article:published_time\" content=\"{doc['published'].isoformat()}\"></head>"
            f"<body><nav><a href=\"/\">Home</a> | <a href=\"/press\">Press</a></nav>"
            f"<article><h1>{escape(doc['title'])}</h1>\n{paras}\n</article>"
            f"<footer>Press office. All rights reserved.</footer></body></html>").encode("utf-8")


def feed_xml(base: str, source: int, n: int, sources: int, latest: int = 0) -> bytes:
    """The RSS feed of one source: all its documents, or only the newest `latest` ones (as real feeds do)."""
    items = []
    own = range(source, n, sources)
    for i in (own[-latest:] if latest else own):
        d = document(i)
        items.append(f"<item><title>{escape(d['title'])}</title><link>{base}/doc/{i}.html</link>"
                     f"<guid>{base}/doc/{i}.html</guid><pubDate>{format_datetime(d['published'], usegmt=True)}"
                     f"</pubDate><description>{escape(d['paragraphs'][0])}</description></item>")
    items.reverse()  # newest first, as feeds are
    return (f"<?xml version=\"1.0\" encoding=\"utf-8\"?><rss version=\"2.0\"><channel>"
            f"<title>Bench newsroom {LANGS[source % 7]}</title><link>{base}/</link>"
            f"<description>bench</description>{''.join(items)}</channel></rss>").encode("utf-8")


# ---- HTTP server (own process) ------------------------------------------------------------------------------------
LAST_MODIFIED = "Mon, 01 Jan 2024 00:00:00 GMT"


def _serve_forever(n: int, sources: int) -> None:
    stats = {"requests": 0, "conditional": 0, "status_200": 0, "status_304": 0, "status_404": 0, "bytes": 0}
    lock = threading.Lock()
    feeds: dict[int, bytes] = {}
    latest = [0]

    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def log_message(self, *args) -> None:
            pass

        def do_GET(self) -> None:
            path = self.path.split("?")[0]
            if path == "/_stats":
                return self._send(200, json.dumps(stats).encode(), "application/json", count=False)
            if path == "/_latest":  # from now on feeds list only the newest k items (0: all)
                latest[0] = int(self.path.split("k=")[-1])
                feeds.clear()
                return self._send(200, b"{}", "application/json", count=False)
            if path == "/_reset":
                with lock:
                    for k in stats:
                        stats[k] = 0
                return self._send(200, b"{}", "application/json", count=False)
            body, ctype, etag = None, "text/html; charset=utf-8", None
            if path.startswith("/feed/") and path.endswith(".xml"):
                s = int(path[6:-4])
                if 0 <= s < sources:
                    etag = f'"feed-{s}-{n}-{latest[0]}"'
                    if s not in feeds:
                        feeds[s] = feed_xml(f"http://127.0.0.1:{self.server.server_address[1]}", s, n, sources,
                                            latest[0])
                    body, ctype = feeds[s], "application/rss+xml; charset=utf-8"
            elif path.startswith("/doc/") and path.endswith(".html"):
                i = int(path[5:-5])
                if 0 <= i < n:
                    etag = f'"doc-{i}"'
                    body = page_html(document(i))
            conditional = bool(self.headers.get("If-None-Match") or self.headers.get("If-Modified-Since"))
            with lock:
                stats["requests"] += 1
                stats["conditional"] += conditional
            if body is None:
                return self._send(404, b"not found", "text/plain")
            if self.headers.get("If-None-Match") == etag:
                return self._send(304, b"", ctype, etag=etag)
            return self._send(200, body, ctype, etag=etag)

        def _send(self, status: int, body: bytes, ctype: str, *, etag: str | None = None, count: bool = True):
            if count:
                with lock:
                    stats[f"status_{status}"] = stats.get(f"status_{status}", 0) + 1
                    stats["bytes"] += len(body)
            self.send_response(status)
            self.send_header("Content-Type", ctype)
            if etag:
                self.send_header("ETag", etag)
                self.send_header("Last-Modified", LAST_MODIFIED)
            if status != 304:
                self.send_header("Content-Length", str(len(body)))
                self._headers_buffer.append(b"\r\n" + body)  # headers and body in one write (no Nagle stall)
                self.flush_headers()
            else:
                self.end_headers()

        def setup(self) -> None:
            super().setup()
            self.connection.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)

    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    httpd.daemon_threads = True
    print(httpd.server_address[1], flush=True)
    httpd.serve_forever()


@contextmanager
def serve(n: int, sources: int = 7):
    """Start the document server in its own process; yields its base URL."""
    proc = subprocess.Popen([sys.executable, str(Path(__file__).resolve()), "serve", str(n), str(sources)],
                            stdout=subprocess.PIPE, text=True)
    try:
        port = int(proc.stdout.readline())
        yield f"http://127.0.0.1:{port}"
    finally:
        proc.terminate()
        proc.wait(10)


def set_latest(base: str, k: int) -> None:
    import urllib.request

    urllib.request.urlopen(f"{base}/_latest?k={k}").read()


def server_stats(base: str, reset: bool = False) -> dict:
    import urllib.request

    with urllib.request.urlopen(f"{base}/_reset" if reset else f"{base}/_stats") as r:
        return json.loads(r.read())


# ---- environment ----------------------------------------------------------------------------------------------------
def write_sources(path: Path, base: str, sources: int = 7) -> Path:
    lines = []
    for s in range(sources):
        lang = LANGS[s % 7]
        lines += ["[[source]]", f'name = "bench-{s}-{lang}"', 'kind = "feed"', f'url = "{base}/feed/{s}.xml"',
                  f'language = "{lang}"', f'country = "{SOURCE_COUNTRY[lang]}"', 'authority = "agency"', ""]
    path.write_text("\n".join(lines), encoding="utf-8")
    return path


@contextmanager
def database(kind: str, workdir: Path):
    """A fresh warehouse URL: a SQLite file under workdir, or a new schema of the PostgreSQL test database
    (selected through search_path; dropped afterwards)."""
    if kind == "sqlite":
        yield f"sqlite:///{workdir / 'warehouse.db'}"
        return
    from sqlalchemy import create_engine, text

    schema = f"bench_{uuid.uuid4().hex[:10]}"
    admin = create_engine(PG_ADMIN_URL)
    with admin.begin() as conn:
        conn.execute(text(f'CREATE SCHEMA "{schema}"'))
    sep = "&" if "?" in PG_ADMIN_URL else "?"
    try:
        yield f"{PG_ADMIN_URL}{sep}options=-csearch_path%3D{schema}"
    finally:
        from seizure_stats.warehouse import db

        for eng in list(db._engines.values()):
            eng.dispose()
        db._engines.clear()
        with admin.begin() as conn:
            conn.execute(text(f'DROP SCHEMA "{schema}" CASCADE'))
        admin.dispose()


def configure(url: str, data_dir: Path, sources_file: Path, **extra) -> None:
    os.environ["SEIZURE_STATS_DATABASE_URL"] = url
    os.environ["SEIZURE_STATS_DATA_DIR"] = str(data_dir)
    os.environ["SEIZURE_STATS_SOURCES_FILE"] = str(sources_file)
    os.environ["SEIZURE_STATS_PROGRESS"] = "plain"
    os.environ["SEIZURE_STATS_HTTP_PER_HOST"] = os.environ.get("SEIZURE_STATS_HTTP_PER_HOST", "4")
    for k, v in extra.items():
        os.environ[f"SEIZURE_STATS_{k.upper()}"] = str(v)
    from seizure_stats.settings import get_settings

    get_settings.cache_clear()


# ---- measuring ----------------------------------------------------------------------------------------------------
class StageTimer:
    """Sums the wall time spent in each stage function (thread-safe: tasks run in threads). Patches the module
    attributes the flow tasks and pipeline.validate_and_load look up at call time."""

    STAGES = ("fetch", "extract", "validate", "load")

    def __init__(self) -> None:
        self.seconds = dict.fromkeys(self.STAGES, 0.0)
        self._lock = threading.Lock()
        self._undo: list = []

    def _wrap(self, module, name: str, stage: str) -> None:
        original = getattr(module, name)

        def timed(*a, **kw):
            t0 = time.perf_counter()
            try:
                return original(*a, **kw)
            finally:
                with self._lock:
                    self.seconds[stage] += time.perf_counter() - t0

        setattr(module, name, timed)
        self._undo.append((module, name, original))

    def __enter__(self) -> StageTimer:
        from seizure_stats import pipeline, validation
        from seizure_stats.warehouse import loader

        from seizure_stats.sources import collect

        self._wrap(pipeline, "plan", "fetch")
        self._wrap(collect, "fetch_batch", "fetch")
        self._wrap(pipeline, "extract_documents", "extract")
        self._wrap(validation, "validate", "validate")
        self._wrap(loader, "load", "load")
        return self

    def __exit__(self, *exc) -> None:
        for module, name, original in reversed(self._undo):
            setattr(module, name, original)

    @property
    def total(self) -> float:
        return sum(self.seconds.values())


def max_rss_mib() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def run_child(script: Path, args: list[str], env: dict | None = None, timeout: float = 3600) -> dict:
    """Run `script args` in a fresh interpreter (own peak memory); its last stdout line is a JSON result."""
    out = subprocess.run([sys.executable, str(script), *args], capture_output=True, text=True, timeout=timeout,
                         env={**os.environ, **(env or {})}, cwd=str(ROOT))
    if out.returncode != 0:
        sys.stderr.write(out.stdout[-3000:] + out.stderr[-5000:])
        raise RuntimeError(f"{script.name} {' '.join(args)} failed ({out.returncode})")
    return json.loads(out.stdout.strip().splitlines()[-1])


def median(xs: list[float]) -> float:
    return statistics.median(xs) if xs else float("nan")


def table(headers: list[str], rows: list[list]) -> str:
    cells = [[str(c) for c in r] for r in rows]
    widths = [max(len(h), *(len(r[k]) for r in cells)) if cells else len(h) for k, h in enumerate(headers)]
    lines = ["| " + " | ".join(h.ljust(w) for h, w in zip(headers, widths, strict=True)) + " |",
             "|" + "|".join("-" * (w + 2) for w in widths) + "|"]
    lines += ["| " + " | ".join(c.rjust(w) for c, w in zip(r, widths, strict=True)) + " |" for r in cells]
    return "\n".join(lines)


if __name__ == "__main__" and len(sys.argv) >= 2 and sys.argv[1] == "serve":
    _serve_forever(int(sys.argv[2]), int(sys.argv[3]))
