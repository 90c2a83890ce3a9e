-- Source layer, version 4: `settled` is the fingerprint of a feed or listing (its bodies and the source's
-- options) that a scheduled run handled entirely, with no item left to retry. The next run that reads the same
-- index (a 304 included) knows there is nothing new in it and does not parse it again.
ALTER TABLE source_state ADD COLUMN settled TEXT;
