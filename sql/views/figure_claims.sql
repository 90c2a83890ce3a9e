-- The claim each figure belongs to (reconciled_figures groups by it, document_figures drills down by it): its
-- cluster_key (migration 0002: scope, metric, unit, object, category, country, period), except that an `items`
-- count of a named operation that another document of the same operation states as `seizures` (value within
-- 0.5 %, same category, country and period: "460 colis saisis" in the French release, "460 seizures" in the English
-- one) joins that seizures claim: the same fact in two languages, one parcel per seizure. Only across documents (one
-- document stating both states two facts), only within a named operation (elsewhere equal values are a
-- coincidence), and only items against seizures: other metrics keep the contract's matching rule, where the metric
-- tells two facts apart.
CREATE VIEW figure_claims AS
WITH restated AS (
    SELECT i.id, MIN(s.cluster_key) AS claim_key
    FROM figure i
    JOIN document di ON di.id = i.document_id
    JOIN figure s ON s.metric = 'seizures' AND s.unit = 'count'
                 AND s.value BETWEEN i.value * 0.995 AND i.value * 1.005
    JOIN document ds ON ds.id = s.document_id
    WHERE i.metric = 'items' AND i.unit = 'count'
      AND s.document_id <> i.document_id
      AND di.operation IS NOT NULL AND trim(di.operation) <> ''
      AND lower(trim(ds.operation)) = lower(trim(di.operation))
      AND (s.category = i.category OR (s.category IS NULL AND i.category IS NULL))
      AND (s.country = i.country OR (s.country IS NULL AND i.country IS NULL))
      AND (s.period_start = i.period_start OR (s.period_start IS NULL AND i.period_start IS NULL))
      AND (s.period_end = i.period_end OR (s.period_end IS NULL AND i.period_end IS NULL))
    GROUP BY i.id
)
SELECT f.id AS figure_id, COALESCE(r.claim_key, f.cluster_key) AS claim_key
FROM figure f
LEFT JOIN restated r ON r.id = f.id
