-- Source layer, version 3: what the incremental fetch needs beyond schema v1.
-- content_hash: hash of the body of the source's own URL last loaded (a page, a dataset file), so an
-- unchanged page or file yields nothing new even after a 200; consecutive_failures and first_success: for the
-- freshness report (a source that never brought anything new is stale warn_after_days after its first success).
ALTER TABLE source_state ADD COLUMN content_hash TEXT;
ALTER TABLE source_state ADD COLUMN consecutive_failures INTEGER;
ALTER TABLE source_state ADD COLUMN first_success TIMESTAMP;
