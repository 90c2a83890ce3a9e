-- The claim each figure belongs to (reconciled_figures groups by it, document_figures drills down by it): its
-- cluster_key (migration 0002: scope, metric, unit, object, category, country, period), except that an `items`
-- count of a named operation that another document of the same operation states as `seizures` (the same value,
-- category, country and period: "460 colis saisis" in the French release, "460 seizures" in the English one) joins
-- that seizures claim: the same fact in two languages, one parcel per seizure. Only across documents (one document
-- stating both states two facts), only within a named operation (elsewhere equal values are a coincidence), and
-- only items against seizures: other metrics keep the contract's matching rule, where the metric tells two facts
-- apart. Partitioned (one sort), not joined figure to figure: it costs one pass over the figures.
CREATE VIEW figure_claims AS
WITH candidates AS (
    SELECT f.id, f.document_id, f.metric, f.cluster_key, lower(trim(d.operation)) AS op, f.value,
           COALESCE(f.category, '') AS category, COALESCE(f.country, '') AS country,
           COALESCE(CAST(f.period_start AS TEXT), '') AS period_start,
           COALESCE(CAST(f.period_end AS TEXT), '') AS period_end
    FROM figure f
    JOIN document d ON d.id = f.document_id
    WHERE f.metric IN ('items', 'seizures') AND f.unit = 'count'
      AND d.operation IS NOT NULL AND trim(d.operation) <> ''
),
matched AS (
    SELECT id, metric, document_id, cluster_key,
           MIN(CASE WHEN metric = 'seizures' THEN cluster_key END)
               OVER (PARTITION BY op, value, category, country, period_start, period_end) AS seizures_key,
           MIN(CASE WHEN metric = 'seizures' THEN document_id END)
               OVER (PARTITION BY op, value, category, country, period_start, period_end) AS first_document,
           MAX(CASE WHEN metric = 'seizures' THEN document_id END)
               OVER (PARTITION BY op, value, category, country, period_start, period_end) AS last_document
    FROM candidates
)
SELECT id AS figure_id,
       CASE WHEN metric = 'items' AND seizures_key IS NOT NULL
                 AND NOT (first_document = document_id AND last_document = document_id)
            THEN seizures_key ELSE cluster_key END AS claim_key
FROM matched
UNION ALL
SELECT f.id AS figure_id, f.cluster_key AS claim_key
FROM figure f
JOIN document d ON d.id = f.document_id
WHERE NOT (f.metric IN ('items', 'seizures') AND f.unit = 'count'
           AND d.operation IS NOT NULL AND trim(d.operation) <> '')
