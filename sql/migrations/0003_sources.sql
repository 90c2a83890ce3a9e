-- Source layer, version 3: what the incremental fetch needs beyond schema v1.
-- content_hash: hash of the body of the source's own URL last loaded (a page, a dataset file), so an
-- unchanged page or file yields nothing new even after a 200; consecutive_failures: for the freshness report.
ALTER TABLE source_state ADD COLUMN content_hash TEXT;
ALTER TABLE source_state ADD COLUMN consecutive_failures INTEGER;
