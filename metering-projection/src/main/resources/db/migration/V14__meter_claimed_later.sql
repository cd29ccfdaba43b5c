-- A meter registered by its operator is known, with its key and rated power (V11), before a household claims it:
-- until then it has no participant.
ALTER TABLE meter_key ALTER COLUMN participant_id DROP NOT NULL;
