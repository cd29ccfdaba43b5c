-- Who held each meter when (issue 16): a reading belongs to the participant that held the meter when it was taken.
-- Link and unlink times are the times of the MeterLinked and MeterUnlinked events, so a replay gives the same rows.
CREATE TABLE meter_holding (
    meter_id         VARCHAR(64) NOT NULL,
    participant_id   VARCHAR(64) NOT NULL,
    public_key       VARCHAR(64) NOT NULL,
    linked_second    BIGINT      NOT NULL,
    linked_nano      INTEGER     NOT NULL,
    unlinked_second  BIGINT,
    unlinked_nano    INTEGER,
    PRIMARY KEY (meter_id, linked_second, linked_nano)
);
-- Meters linked before this table existed: held by their participant since ever; unlinked ones held by nobody now.
INSERT INTO meter_holding (meter_id, participant_id, public_key, linked_second, linked_nano, unlinked_second, unlinked_nano)
SELECT meter_id, participant_id, public_key, 0, 0, CASE WHEN linked THEN NULL ELSE 0 END, CASE WHEN linked THEN NULL ELSE 0 END
FROM meter_key;
