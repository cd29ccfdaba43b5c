-- The app instances alive now, so that each can take its fair share of every event processor's
-- segments (SegmentBalancer): an instance refreshes its row every few seconds and deletes it when
-- it stops; a row not refreshed for three intervals belongs to an instance that died.
CREATE TABLE processor_instance (
    instance_id VARCHAR(200) NOT NULL PRIMARY KEY,
    seen_at     TIMESTAMP WITH TIME ZONE NOT NULL
);
