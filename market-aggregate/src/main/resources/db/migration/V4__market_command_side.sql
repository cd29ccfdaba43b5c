-- Command-side tables of the market, kept in the same transaction as the events that feed them
-- (subscribing processing group "command-side"): who may trade, each microgrid's market rules,
-- which markets exist, and the funds reserved by open bids.
CREATE TABLE trader (
    participant_id VARCHAR(64) NOT NULL PRIMARY KEY,
    role           VARCHAR(20) NOT NULL,
    microgrid_id   VARCHAR(64) NOT NULL,
    status         VARCHAR(20) NOT NULL
);

CREATE TABLE microgrid_rules (
    microgrid_id      VARCHAR(64) NOT NULL PRIMARY KEY,
    grid_retail_price BIGINT,
    feed_in_tariff    BIGINT,
    mechanism         VARCHAR(20) NOT NULL,
    k_ppm             BIGINT      NOT NULL
);

CREATE TABLE market_calendar (
    market_id      VARCHAR(100) NOT NULL PRIMARY KEY,
    microgrid_id   VARCHAR(64)  NOT NULL,
    delivery_start TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE TABLE funds_reservation (
    market_id      VARCHAR(100) NOT NULL,
    order_id       VARCHAR(64)  NOT NULL,
    participant_id VARCHAR(64)  NOT NULL,
    limit_price    BIGINT       NOT NULL,
    amount_micro   BIGINT       NOT NULL,
    PRIMARY KEY (market_id, order_id)
);
CREATE INDEX funds_reservation_participant ON funds_reservation (participant_id);
