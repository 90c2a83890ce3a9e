-- Warehouse version 5: the date a document's feed or page gave, kept when the text's own date replaced it as
-- `published` (the text's date wins; validation flags the conflict as `published_conflict`). Stored so that a
-- re-extraction from the archive (backfill --from-archive) sees the same conflict a fetch saw.
ALTER TABLE document ADD COLUMN feed_published DATE;
