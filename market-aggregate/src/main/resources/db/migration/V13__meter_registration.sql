-- Meters as their operators provisioned them, read by the Participant aggregate when a household claims one.
-- Only a hash of each claim code is kept. Written in the same transaction as MeterRegistered; failed_claims
-- is counted in a transaction of its own, since the refusal of a wrong code rolls the command's back.
-- claim_code_used: the meter was linked since its code was issued, so the code claims it no more.
CREATE TABLE meter_registration (
    meter_id        VARCHAR(64)  NOT NULL PRIMARY KEY,
    public_key      VARCHAR(64)  NOT NULL,
    rated_power_w   BIGINT       NOT NULL,
    claim_code_hash CHAR(64)     NOT NULL,
    failed_claims   INTEGER      NOT NULL,
    claim_code_used BOOLEAN      NOT NULL,
    registered_by   VARCHAR(255) NOT NULL,
    registered_at   TIMESTAMP WITH TIME ZONE NOT NULL
);
