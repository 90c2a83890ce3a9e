-- One row per claim: the figures of every source that state the same thing (same operation, or same document
-- when no operation is named; same metric, unit, object, category, country and period) form a
-- cluster (figure.cluster_key, see migration 0002; an `items` count restated as `seizures` by another document of
-- the same operation joins that claim: figure_claims). The canonical value of a cluster is the value of its first
-- figure in this order:
--   1. source authority: an agency's own publication before the press (source.authority; unknown = press);
--   2. exact before qualified (at_least / at_most / approximate, i.e. rounded or bounded restatements);
--   3. most recently published document first (undated documents last), then most recently loaded;
--   4. figure id (only to make the choice deterministic).
-- disagreement = 1 when the exact values of the cluster differ by more than 0.5 %, when an "at least" value is
-- above the canonical value, an "at most" value below it, or an approximate value more than 10 % away from it.
CREATE VIEW reconciled_figures AS
WITH ranked AS (
    SELECT f.id, f.document_id, f.source, f.metric, f.value, f.unit, f.qualifier, f.object, f.category,
           f.country, f.period_start, f.period_end, f.year, f.quote, fc.claim_key AS cluster_key, f.flags,
           d.operation, d.published, d.title, d.url,
           COALESCE(s.authority, 'press') AS authority,
           ROW_NUMBER() OVER (
               PARTITION BY fc.claim_key
               ORDER BY CASE WHEN COALESCE(s.authority, 'press') = 'agency' THEN 0 ELSE 1 END,
                        CASE WHEN f.qualifier = 'exact' THEN 0 ELSE 1 END,
                        CASE WHEN d.published IS NULL THEN 1 ELSE 0 END,
                        d.published DESC,
                        f.loaded_at DESC,
                        f.id
           ) AS rank
    FROM figure_claims fc
    JOIN figure f ON f.id = fc.figure_id
    JOIN document d ON d.id = f.document_id
    LEFT JOIN source s ON s.name = f.source
),
stats AS (
    SELECT cluster_key,
           COUNT(*) AS figures,
           COUNT(DISTINCT document_id) AS documents,
           COUNT(DISTINCT source) AS sources,
           MIN(value) AS min_value,
           MAX(value) AS max_value,
           MIN(CASE WHEN qualifier = 'exact' THEN value END) AS exact_min,
           MAX(CASE WHEN qualifier = 'exact' THEN value END) AS exact_max,
           MAX(CASE WHEN qualifier = 'at_least' THEN value END) AS at_least_max,
           MIN(CASE WHEN qualifier = 'at_most' THEN value END) AS at_most_min,
           MIN(CASE WHEN qualifier = 'approximate' THEN value END) AS approximate_min,
           MAX(CASE WHEN qualifier = 'approximate' THEN value END) AS approximate_max,
           MIN(published) AS first_published,
           MAX(published) AS last_published
    FROM ranked
    GROUP BY cluster_key
)
SELECT c.cluster_key,
       CASE WHEN c.operation IS NOT NULL AND trim(c.operation) <> '' THEN 'op:' || lower(trim(c.operation))
            ELSE 'doc:' || c.document_id END AS scope,
       c.operation,
       c.metric, c.unit, c.object, c.category, c.country, c.period_start, c.period_end, c.year,
       c.value, c.qualifier,
       c.id AS figure_id, c.document_id, c.source, c.authority, c.published, c.title, c.url, c.quote,
       st.sources, st.documents, st.figures, st.min_value, st.max_value,
       CASE WHEN st.exact_max > st.exact_min * 1.005
              OR st.at_least_max > c.value * 1.005
              OR st.at_most_min < c.value * 0.995
              OR st.approximate_max > c.value * 1.1
              OR st.approximate_min < c.value * 0.9
            THEN 1 ELSE 0 END AS disagreement,
       st.first_published, st.last_published
FROM ranked c
JOIN stats st ON st.cluster_key = c.cluster_key
WHERE c.rank = 1
