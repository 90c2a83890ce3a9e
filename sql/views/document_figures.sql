-- Every figure with the document that states it: the drill-down from a reconciled claim (join on cluster_key)
-- to each source's words (quote, offsets in the document text) and its URL, and why the extractor read them so
-- (reasons: the named rules and their evidence, see seizure_stats/extraction/reasons.py).
CREATE VIEW document_figures AS
SELECT f.id AS figure_id, fc.claim_key AS cluster_key, f.document_id, d.source, COALESCE(s.authority, 'press') AS authority,
       d.title, d.url, d.published, d.language, d.operation,
       f.metric, f.value, f.unit, f.qualifier, f.object, f.category, f.country,
       f.period_start, f.period_end, f.year, f.quote, f.char_start, f.char_end, f.flags, f.reasons,
       f.extractor_version, f.run_id, f.loaded_at
FROM figure_claims fc
JOIN figure f ON f.id = fc.figure_id
JOIN document d ON d.id = f.document_id
LEFT JOIN source s ON s.name = f.source
