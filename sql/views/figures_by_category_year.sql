-- Totals per category (NULL = figures not about one category), metric, unit and year, across countries, on the
-- reconciled claims. Within one operation or document, a multi-country figure (country NULL) is used instead of
-- its per-country parts; without one, the parts are added. figures / documents count the raw figures.
CREATE VIEW figures_by_category_year AS
WITH per_scope AS (
    SELECT scope, category, metric, unit, year,
           CASE WHEN SUM(CASE WHEN country IS NULL THEN 1 ELSE 0 END) > 0
                THEN SUM(CASE WHEN country IS NULL THEN value ELSE 0 END)
                ELSE SUM(value) END AS total
    FROM reconciled_figures
    GROUP BY scope, category, metric, unit, year
),
totals AS (
    SELECT category, metric, unit, year, SUM(total) AS total
    FROM per_scope
    GROUP BY category, metric, unit, year
),
counts AS (
    SELECT category, metric, unit, year, COUNT(*) AS figures, COUNT(DISTINCT document_id) AS documents
    FROM figure
    GROUP BY category, metric, unit, year
)
SELECT t.category, t.metric, t.unit, t.year, t.total, c.figures, c.documents
FROM totals t
JOIN counts c
  ON COALESCE(c.category, '') = COALESCE(t.category, '') AND c.metric = t.metric AND c.unit = t.unit
 AND COALESCE(c.year, -1) = COALESCE(t.year, -1)
