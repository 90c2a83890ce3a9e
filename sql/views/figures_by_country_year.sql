-- Totals per country (NULL = figures about several countries together), metric, unit and year, counted on the
-- reconciled claims (one value per cluster, so a figure repeated by several sources or restated in one document
-- counts once), adding up the totals of each operation or document (scope_country_totals: a stated total is used
-- instead of its per-category parts). figures / documents count the raw figures and their documents.
CREATE VIEW figures_by_country_year AS
WITH totals AS (
    SELECT country, metric, unit, year, SUM(total) AS total
    FROM scope_country_totals
    GROUP BY country, metric, unit, year
),
counts AS (
    SELECT country, metric, unit, year, COUNT(*) AS figures, COUNT(DISTINCT document_id) AS documents
    FROM figure
    GROUP BY country, metric, unit, year
)
SELECT t.country, t.metric, t.unit, t.year, t.total, c.figures, c.documents
FROM totals t
JOIN counts c
  ON COALESCE(c.country, '') = COALESCE(t.country, '') AND c.metric = t.metric AND c.unit = t.unit
 AND COALESCE(c.year, -1) = COALESCE(t.year, -1)
