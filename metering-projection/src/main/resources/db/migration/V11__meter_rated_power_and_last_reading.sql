-- Plausibility of meter readings (issue 16): the meter's rated power (null: poweralgo.metering.default-max-power-w),
-- provisioned by operators, and its latest accepted reading in any hour, written with that reading.
ALTER TABLE meter_key ADD COLUMN rated_power_w BIGINT;
ALTER TABLE meter_key ADD COLUMN last_reading_second BIGINT;
ALTER TABLE meter_key ADD COLUMN last_reading_nano INTEGER;
ALTER TABLE meter_key ADD COLUMN last_import_wh BIGINT;
ALTER TABLE meter_key ADD COLUMN last_export_wh BIGINT;
