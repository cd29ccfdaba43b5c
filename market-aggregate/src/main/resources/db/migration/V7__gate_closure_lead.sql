-- Each microgrid may set its own gate-closure lead; NULL keeps the platform default
-- (poweralgo.market.gate-closure-lead).
ALTER TABLE microgrid_rules ADD COLUMN gate_closure_lead_minutes BIGINT;
