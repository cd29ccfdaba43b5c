-- Events an event processor could not handle and that would fail the same way at every attempt
-- (ParkingErrorHandler): the processor goes on past them, and operators see them here until they
-- evict them. One row per processor and event; parking the same event again refreshes its row.
CREATE TABLE parked_event (
    processor  VARCHAR(200)             NOT NULL,
    event_id   VARCHAR(200)             NOT NULL,
    event_type VARCHAR(500)             NOT NULL,
    market_id  VARCHAR(200),
    failure    VARCHAR(2000)            NOT NULL,
    parked_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (processor, event_id)
);
