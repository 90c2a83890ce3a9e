-- Named operations (Pangea, Opson, Postbox...): per operation, metric, unit, category and country, the sum of
-- the reconciled values over their periods / objects, how many sources and documents state them, and whether
-- any of its claims has sources that disagree. Documents naming the operation in other cases or spacing are the
-- same operation; its name is spelled as the most authoritative, then most recent, document spells it.
CREATE VIEW figures_by_operation AS
WITH spelled AS (
    SELECT 'op:' || lower(trim(d.operation)) AS scope, trim(d.operation) AS operation,
           ROW_NUMBER() OVER (
               PARTITION BY lower(trim(d.operation))
               ORDER BY CASE WHEN COALESCE(s.authority, 'press') = 'agency' THEN 0 ELSE 1 END,
                        CASE WHEN d.published IS NULL THEN 1 ELSE 0 END,
                        d.published DESC,
                        d.id
           ) AS rank
    FROM document d
    LEFT JOIN source s ON s.name = d.source
    WHERE d.operation IS NOT NULL AND trim(d.operation) <> ''
)
SELECT n.operation, r.metric, r.unit, r.category, r.country,
       SUM(r.value) AS value,
       MAX(r.sources) AS sources,
       CAST(SUM(r.figures) AS INTEGER) AS figures,
       MAX(r.documents) AS documents,
       MIN(r.min_value) AS min_value,
       MAX(r.max_value) AS max_value,
       MAX(r.disagreement) AS disagreement,
       MIN(r.first_published) AS first_published,
       MAX(r.last_published) AS last_published
FROM reconciled_figures r
JOIN spelled n ON n.scope = r.scope AND n.rank = 1
GROUP BY n.operation, r.metric, r.unit, r.category, r.country
