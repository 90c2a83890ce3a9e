-- Version 2: what the views need to reconcile figures and to be fast.
-- figure.cluster_key: the claim a figure makes, the same for every source stating it:
--   scope | metric | unit | object | category | country | period_start | period_end
--   (the object is part of the claim: 500 kg of cocaine and 300 kg of heroin in one bulletin are two claims)
--   where scope is 'op:' + the operation name in lower case when the document names an operation, else
--   'doc:' + the document id. Set by the loader; back-filled here for rows loaded at version 1.
-- figure.year: the calendar year the figure covers (NULL when its period spans several years), set by the loader.

ALTER TABLE figure ADD COLUMN cluster_key TEXT;
ALTER TABLE figure ADD COLUMN year INTEGER;

UPDATE figure SET year = CAST(substr(CAST(period_start AS TEXT), 1, 4) AS INTEGER)
WHERE period_start IS NOT NULL
  AND (period_end IS NULL OR substr(CAST(period_start AS TEXT), 1, 4) = substr(CAST(period_end AS TEXT), 1, 4));

UPDATE figure SET cluster_key =
    (SELECT CASE WHEN d.operation IS NOT NULL AND trim(d.operation) <> '' THEN 'op:' || lower(trim(d.operation))
                 ELSE 'doc:' || d.id END
     FROM document d WHERE d.id = figure.document_id)
    || '|' || metric || '|' || unit
    || '|' || COALESCE(object, '')
    || '|' || COALESCE(category, '') || '|' || COALESCE(country, '')
    || '|' || COALESCE(CAST(period_start AS TEXT), '') || '|' || COALESCE(CAST(period_end AS TEXT), '')
WHERE cluster_key IS NULL;

CREATE INDEX figure_cluster ON figure (cluster_key);
CREATE INDEX figure_metric_unit_year ON figure (metric, unit, year);
CREATE INDEX figure_category_metric ON figure (category, metric);
CREATE INDEX quarantine_check ON quarantine (check_name);
CREATE INDEX quarantine_source ON quarantine (source);
CREATE INDEX document_operation ON document (operation);
