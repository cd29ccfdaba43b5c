-- Command-side claims that make e-mail addresses and meters unique across Participant aggregates.
-- Written in the same transaction as the events that claim them.
CREATE TABLE participant_email_claim (
    email          VARCHAR(254) NOT NULL PRIMARY KEY,
    participant_id VARCHAR(64)  NOT NULL,
    claimed_at     TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE TABLE meter_claim (
    meter_id       VARCHAR(64) NOT NULL PRIMARY KEY,
    participant_id VARCHAR(64) NOT NULL,
    claimed_at     TIMESTAMP WITH TIME ZONE NOT NULL
);
