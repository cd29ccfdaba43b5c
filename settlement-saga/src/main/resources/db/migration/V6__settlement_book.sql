-- What a market's settlement waits for and settles on, kept beside its saga so that the saga's own
-- state stays small: with a thousand traders, the saga would otherwise rewrite all of this on each of
-- the thousand meter-hours it waits for. Written in the saga's transactions.
CREATE TABLE settlement_position (
    market_id      VARCHAR(100) NOT NULL,
    participant_id VARCHAR(64)  NOT NULL,
    side           VARCHAR(4)   NOT NULL,
    cleared_wh     BIGINT       NOT NULL,
    PRIMARY KEY (market_id, participant_id, side)
);

CREATE TABLE settlement_account (
    market_id      VARCHAR(100) NOT NULL,
    participant_id VARCHAR(64)  NOT NULL,
    address        VARCHAR(58)  NOT NULL,
    PRIMARY KEY (market_id, participant_id)
);

CREATE TABLE settlement_meter_hour (
    market_id      VARCHAR(100) NOT NULL,
    meter_hour     VARCHAR(120) NOT NULL,
    participant_id VARCHAR(64)  NOT NULL,
    meter_id       VARCHAR(64)  NOT NULL,
    hour_start     TIMESTAMP WITH TIME ZONE NOT NULL,
    closed         BOOLEAN      NOT NULL,
    import_wh      BIGINT       NOT NULL,
    export_wh      BIGINT       NOT NULL,
    quality        VARCHAR(20)  NOT NULL,
    PRIMARY KEY (market_id, meter_hour)
);
