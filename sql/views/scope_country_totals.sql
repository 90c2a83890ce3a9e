-- One total per operation or document (scope), country, metric, unit and year, on the reconciled claims: an
-- all-category figure is used instead of its per-category parts, so a document stating a total and its breakdown
-- is not counted twice; without one, the parts are added. The building block of figures_by_country_year and
-- figures_by_year, kept in one place so both count a scope the same way.
CREATE VIEW scope_country_totals AS
SELECT scope, country, metric, unit, year,
       CASE WHEN SUM(CASE WHEN category IS NULL THEN 1 ELSE 0 END) > 0
            THEN SUM(CASE WHEN category IS NULL THEN value ELSE 0 END)
            ELSE SUM(value) END AS total
FROM reconciled_figures
GROUP BY scope, country, metric, unit, year
