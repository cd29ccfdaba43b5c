-- Command-side view of linked meters, read by the MeterReading aggregate (valid on H2 and PostgreSQL).
CREATE TABLE meter_key (
    meter_id       VARCHAR(64)  NOT NULL PRIMARY KEY,
    participant_id VARCHAR(64)  NOT NULL,
    public_key     VARCHAR(64)  NOT NULL,
    linked         BOOLEAN      NOT NULL
);
