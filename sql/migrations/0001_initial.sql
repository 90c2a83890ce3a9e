-- The warehouse, version 1. Portable SQL: the same file runs on SQLite and PostgreSQL.
-- Keys are natural or content hashes (text), so every load is an upsert and a re-run equals one run.

CREATE TABLE source (
    name            TEXT PRIMARY KEY,
    kind            TEXT NOT NULL,
    url             TEXT,
    language        TEXT,
    country         TEXT,
    authority       TEXT NOT NULL DEFAULT 'press',   -- 'agency' | 'press'
    updated_at      TIMESTAMP
);

-- A unit of loading: a fetched text, or one partition of a structured dataset.
CREATE TABLE document (
    id              TEXT PRIMARY KEY,                -- content hash (text) / hash of source + partition (dataset)
    source          TEXT NOT NULL,
    kind            TEXT NOT NULL,                   -- 'text' | 'dataset'
    url             TEXT,
    canonical_url   TEXT,
    partition_key   TEXT,
    title           TEXT,
    published       DATE,
    language        TEXT,
    country         TEXT,
    operation       TEXT,
    period_start    DATE,
    period_end      DATE,
    content         TEXT,
    http_headers    TEXT,                            -- JSON
    fetched_at      TIMESTAMP,
    extractor_version TEXT,
    run_id          TEXT,
    loaded_at       TIMESTAMP
);
CREATE INDEX document_source ON document (source);
CREATE INDEX document_canonical_url ON document (canonical_url);

-- The fact table: one number a document states.
CREATE TABLE figure (
    id              TEXT PRIMARY KEY,                -- hash of document + position + metric (natural key)
    document_id     TEXT NOT NULL REFERENCES document (id) ON DELETE CASCADE,
    source          TEXT NOT NULL,
    metric          TEXT NOT NULL,
    value           DOUBLE PRECISION NOT NULL,
    unit            TEXT NOT NULL,
    qualifier       TEXT NOT NULL DEFAULT 'exact',
    object          TEXT,
    category        TEXT,
    country         TEXT,
    period_start    DATE,
    period_end      DATE,
    quote           TEXT NOT NULL,
    char_start      INTEGER,
    char_end        INTEGER,
    flags           TEXT,                            -- named warnings, comma separated
    extractor_version TEXT,
    run_id          TEXT,
    loaded_at       TIMESTAMP
);
CREATE INDEX figure_document ON figure (document_id);
CREATE INDEX figure_country_metric ON figure (country, metric);

-- What failed validation, with its reason; cleared when a later load of the same document passes.
CREATE TABLE quarantine (
    id              TEXT PRIMARY KEY,                -- hash of stage + source + document + check + record
    stage           TEXT NOT NULL,
    source          TEXT NOT NULL,
    document_id     TEXT,
    check_name      TEXT NOT NULL,
    reason          TEXT NOT NULL,
    record          TEXT NOT NULL,                   -- JSON
    run_id          TEXT,
    first_seen      TIMESTAMP NOT NULL,
    last_seen       TIMESTAMP NOT NULL
);
CREATE INDEX quarantine_document ON quarantine (document_id);

-- Incremental state per source: advances only after a successful load.
CREATE TABLE source_state (
    source          TEXT PRIMARY KEY,
    high_water      TEXT,                            -- newest item date (or dataset period) loaded
    etag            TEXT,
    last_modified   TEXT,
    last_attempt    TIMESTAMP,
    last_success    TIMESTAMP,
    last_new_document TIMESTAMP,
    last_error      TEXT,
    state           TEXT                             -- 'ok' | 'failing' | 'stale'
);

-- Conditional GET per URL and the archive of fetched bytes (stored on disk by content hash).
CREATE TABLE fetch_log (
    url             TEXT PRIMARY KEY,                -- canonical URL
    content_hash    TEXT,
    etag            TEXT,
    last_modified   TEXT,
    status          INTEGER,
    fetched_at      TIMESTAMP,
    http_headers    TEXT
);

CREATE TABLE run (
    id              TEXT PRIMARY KEY,                -- Prefect flow run id (or a uuid outside Prefect)
    flow            TEXT NOT NULL,
    parameters      TEXT,                            -- JSON
    started         TIMESTAMP NOT NULL,
    finished        TIMESTAMP,
    status          TEXT,
    documents       INTEGER,
    figures         INTEGER,
    quarantined     INTEGER,
    failures        TEXT                             -- JSON: source -> reason
);
