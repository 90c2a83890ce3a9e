-- Totals per metric, unit and year across every country and category, on the reconciled claims: the numbers of
-- the report's charts over time. Within one operation or document a stated total is used instead of its parts,
-- never added to them: first an all-category figure instead of its per-category parts (scope_country_totals),
-- then a figure about several countries (country NULL) instead of its per-country parts (as
-- figures_by_category_year); without a stated total, the parts are added. figures / documents count the raw figures.
CREATE VIEW figures_by_year AS
WITH per_scope AS (
    SELECT scope, metric, unit, year,
           CASE WHEN SUM(CASE WHEN country IS NULL THEN 1 ELSE 0 END) > 0
                THEN SUM(CASE WHEN country IS NULL THEN total ELSE 0 END)
                ELSE SUM(total) END AS total
    FROM scope_country_totals
    GROUP BY scope, metric, unit, year
),
totals AS (
    SELECT metric, unit, year, SUM(total) AS total
    FROM per_scope
    GROUP BY metric, unit, year
),
counts AS (
    SELECT metric, unit, year, COUNT(*) AS figures, COUNT(DISTINCT document_id) AS documents
    FROM figure
    GROUP BY metric, unit, year
)
SELECT t.metric, t.unit, t.year, t.total, c.figures, c.documents
FROM totals t
JOIN counts c
  ON c.metric = t.metric AND c.unit = t.unit AND COALESCE(c.year, -1) = COALESCE(t.year, -1)
