-- Offers reserve funds too (their largest possible imbalance charge), so a reservation records the
-- order's side and the price per kWh its energy was reserved at: a bid's limit, or an offer's
-- retail price less feed-in tariff. Clearing keeps the filled energy at that same price.
ALTER TABLE funds_reservation RENAME COLUMN limit_price TO priced_at_per_kwh;
ALTER TABLE funds_reservation ADD COLUMN side VARCHAR(4) DEFAULT 'BUY' NOT NULL;
