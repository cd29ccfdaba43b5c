-- A meter registered by its operator is known, with its key and rated power, before a household claims it:
-- until then it has no participant. rated_power_w is NULL for meters linked before operators registered them.
ALTER TABLE meter_key ADD COLUMN IF NOT EXISTS rated_power_w BIGINT;
ALTER TABLE meter_key ALTER COLUMN participant_id DROP NOT NULL;
