-- Named operations (Pangea, Opson, Postbox...): per operation, metric, unit, category and country, the sum of
-- the reconciled values over their periods / objects, how many sources and documents state them, and whether
-- any of its claims has sources that disagree.
CREATE VIEW figures_by_operation AS
SELECT MIN(operation) AS operation, metric, unit, category, country,
       SUM(value) AS value,
       MAX(sources) AS sources,
       CAST(SUM(figures) AS INTEGER) AS figures,
       MAX(documents) AS documents,
       MIN(min_value) AS min_value,
       MAX(max_value) AS max_value,
       MAX(disagreement) AS disagreement,
       MIN(first_published) AS first_published,
       MAX(last_published) AS last_published
FROM reconciled_figures
WHERE operation IS NOT NULL AND trim(operation) <> ''
GROUP BY scope, metric, unit, category, country
