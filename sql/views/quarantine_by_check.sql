-- What failed validation, per check, stage and source: how many records and documents, when first and last seen,
-- and one example reason (the detail is in the quarantine table and `seizure-stats quarantine`).
CREATE VIEW quarantine_by_check AS
SELECT check_name, stage, source,
       COUNT(*) AS records,
       COUNT(DISTINCT document_id) AS documents,
       MIN(first_seen) AS first_seen,
       MAX(last_seen) AS last_seen,
       MIN(reason) AS example_reason
FROM quarantine
GROUP BY check_name, stage, source
