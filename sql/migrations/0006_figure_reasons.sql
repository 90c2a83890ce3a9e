-- Figure layer, version 6: why the extractor decided each figure's metric, unit, category and country, as
-- '; '-joined lines "<field>: <rule> <evidence>" (rules named in seizure_stats/extraction/reasons.py), so a
-- quarantine row or an odd total can be traced to the rule behind it. NULL for figures of datasets and for
-- figures loaded before this column existed (re-extracting a document fills it).
ALTER TABLE figure ADD COLUMN reasons TEXT;
