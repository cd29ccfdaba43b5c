-- Each microgrid may set its own largest order; NULL keeps the platform default (poweralgo.market.max-order-wh).
ALTER TABLE microgrid_rules ADD COLUMN max_order_wh BIGINT;
