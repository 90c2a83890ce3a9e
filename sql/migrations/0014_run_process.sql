-- The process that runs a flow run: a run row left 'running' by a killed process is closed by the next run on
-- the same host, whatever the orchestrator's own database says (numbered after issue 14, to stay clear of the
-- migrations other branches add).
ALTER TABLE run ADD COLUMN pid INTEGER;
ALTER TABLE run ADD COLUMN host TEXT;
ALTER TABLE run ADD COLUMN process_started DOUBLE PRECISION;
