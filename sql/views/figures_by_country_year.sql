-- Totals per country (NULL = figures about several countries together), metric, unit and year, counted on the
-- reconciled claims (one value per cluster, so a figure repeated by several sources or restated in one document
-- counts once). Within one operation or document, an all-category figure is used instead of its per-category
-- parts, so a document stating a total and its breakdown is not counted twice; without one, the parts are added.
-- figures / documents count the raw figures and their documents.
CREATE VIEW figures_by_country_year AS
WITH per_scope AS (
    SELECT scope, country, metric, unit, year,
           CASE WHEN SUM(CASE WHEN category IS NULL THEN 1 ELSE 0 END) > 0
                THEN SUM(CASE WHEN category IS NULL THEN value ELSE 0 END)
                ELSE SUM(value) END AS total
    FROM reconciled_figures
    GROUP BY scope, country, metric, unit, year
),
totals AS (
    SELECT country, metric, unit, year, SUM(total) AS total
    FROM per_scope
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
