package io.poweralgo.app.trading;

import com.fasterxml.jackson.databind.JsonNode;
import io.poweralgo.app.Api;
import io.poweralgo.app.Api.Response;
import io.poweralgo.app.config.PlatformClock;
import io.poweralgo.app.fixtures.MeteredPlatform;
import io.poweralgo.simulator.meter.MeterKey;
import io.poweralgo.simulator.meter.ReadingPayload;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.awaitility.Awaitility.await;

/**
 * The agent trades for households on their standing preferences, end to end in one running application: a prosumer
 * with a PV surplus at midday and a consumer, each with a week of signed meter history, get automatic orders from
 * their meter history once the market's lead before gate closure begins; the market clears and settles. A third
 * household turns automatic trading off and its automatic order is cancelled.
 */
class AutomaticTradingIT {

    private static final String SEED = "automatic-trading-it";
    private static final String MICROGRID = "mg-1";
    private static final long MAX_BUY = 250_000;
    private static final long MIN_SELL = 120_000;
    /** The prosumer's panels export this at the delivery hour of day, the rest of the day it only draws. */
    private static final long MIDDAY_EXPORT_WH = 2_000;
    private static final long PROSUMER_IMPORT_WH = 200;
    private static final long CONSUMER_IMPORT_WH = 800;

    @RegisterExtension
    static final MeteredPlatform platform = MeteredPlatform.withSettings("automatic-trading-it",
            // a week of history is accepted; readings, not the grace deadlines, close the hours
            "poweralgo.metering.max-reading-age=10d", "poweralgo.metering.close-grace=6h",
            "poweralgo.settlement.grace=6h", "poweralgo.market.scheduler-interval=1s",
            "db-scheduler.polling-interval=1s", "poweralgo.trading.agent-interval=1s",
            // every weekday is a working day, whatever the date the test runs on
            "poweralgo.trading.holidays=");

    @Test
    void the_agent_trades_for_households_from_their_meter_history_and_the_market_clears_and_settles() {
        Api api = platform.api();
        String admin = platform.admin();
        Response tariffs = api.put("/api/admin/microgrids/" + MICROGRID + "/tariffs", admin,
                Map.of("gridRetailPricePerKwh", 300_000, "feedInTariffPerKwh", 80_000));
        assertThat(tariffs.status()).as(tariffs.raw()).isEqualTo(200);
        Household prosumer = Household.withMeter(api, admin, "PROSUMER");
        Household consumer = Household.withMeter(api, admin, "CONSUMER");
        Household switching = Household.withoutMeter(api, admin, "CONSUMER");

        // a Wednesday's midday hour, so that the week before holds five working days; then into its lead
        PlatformClock clock = platform.app().bean(PlatformClock.class);
        Instant delivery = clock.instant().atOffset(ZoneOffset.UTC).plusDays(1)
                                .with(TemporalAdjusters.next(DayOfWeek.WEDNESDAY)).withHour(11)
                                .truncatedTo(ChronoUnit.HOURS).toInstant();
        Instant gateClosure = delivery.minus(Duration.ofMinutes(5));
        clock.advance(Duration.between(clock.instant(), gateClosure.minus(Duration.ofMinutes(14))));
        String market = MICROGRID + ":" + delivery.toString().replace(":00Z", "Z");
        await().atMost(Duration.ofSeconds(30)).until(() -> api.get("/api/markets/" + market, admin).status() == 200);

        String gateway = api.devToken("gateway-auto", "METER_GATEWAY");
        long seq = 1;
        Instant origin = delivery.minus(Duration.ofDays(7));
        for (Instant at = origin; at.isBefore(delivery); at = at.plus(Duration.ofHours(1))) {
            prosumer.postReading(api, gateway, origin, at, seq);
            consumer.postReading(api, gateway, origin, at, seq);
            seq++;
        }
        prosumer.setPreferences(api, Map.of("autoTrading", false, "maxBuyPricePerKwh", MAX_BUY,
                "minSellPricePerKwh", MIN_SELL, "pvPeakKw", 6.0));
        consumer.setPreferences(api, Map.of("autoTrading", false, "maxBuyPricePerKwh", MAX_BUY));
        JsonNode prosumerHour = await().atMost(Duration.ofSeconds(60)).until(() -> prosumer.forecastAt(api, delivery),
                hour -> hour != null && "METER_HISTORY".equals(hour.get("source").asText()));
        JsonNode consumerHour = await().atMost(Duration.ofSeconds(60)).until(() -> consumer.forecastAt(api, delivery),
                hour -> hour != null && "METER_HISTORY".equals(hour.get("source").asText()));
        assertThat(prosumerHour.get("marketId").asText()).isEqualTo(market);
        assertThat(prosumerHour.get("exportWh").asLong()).isCloseTo(MIDDAY_EXPORT_WH, within(20L));
        assertThat(consumerHour.get("importWh").asLong()).isCloseTo(CONSUMER_IMPORT_WH, within(20L));
        assertThat(prosumerHour.get("order").isNull()).isTrue();
        assertThat(prosumerHour.get("reason").asText()).isEqualTo("AUTO_TRADING_OFF");

        prosumer.setPreferences(api, Map.of("autoTrading", true, "maxBuyPricePerKwh", MAX_BUY,
                "minSellPricePerKwh", MIN_SELL, "pvPeakKw", 6.0));
        consumer.setPreferences(api, Map.of("autoTrading", true, "maxBuyPricePerKwh", MAX_BUY));
        switching.setPreferences(api, Map.of("autoTrading", true, "maxBuyPricePerKwh", MAX_BUY, "annualConsumptionKwh", 3_500));

        JsonNode offer = prosumer.awaitOrder(api, delivery, "OPEN");
        JsonNode bid = consumer.awaitOrder(api, delivery, "OPEN");
        JsonNode switchingHour = switching.forecastAt(api, delivery);
        assertThat(switchingHour.get("source").asText()).isEqualTo("STANDARD_PROFILE");
        switching.awaitOrder(api, delivery, "OPEN");
        assertThat(offer.get("side").asText()).isEqualTo("SELL");
        assertThat(offer.get("limitPricePerKwh").asLong()).isEqualTo(MIN_SELL);
        assertThat(offer.get("quantityWh").asLong())
                .isEqualTo(prosumerHour.get("exportWh").asLong() - prosumerHour.get("importWh").asLong());
        assertThat(bid.get("side").asText()).isEqualTo("BUY");
        assertThat(bid.get("limitPricePerKwh").asLong()).isEqualTo(MAX_BUY);
        assertThat(bid.get("quantityWh").asLong())
                .isEqualTo(consumerHour.get("importWh").asLong() - consumerHour.get("exportWh").asLong());
        for (Household household : new Household[] {prosumer, consumer, switching}) {
            JsonNode order = household.onlyOrder(api);
            assertThat(order.get("source").asText()).isEqualTo("AUTOMATIC");
            assertThat(order.get("clientOrderId").asText()).isEqualTo("auto:" + market);
        }

        switching.setPreferences(api, Map.of("autoTrading", false, "maxBuyPricePerKwh", MAX_BUY, "annualConsumptionKwh", 3_500));
        switching.awaitOrder(api, delivery, "CANCELLED");
        assertThat(switching.forecastAt(api, delivery).get("reason").asText()).isEqualTo("AUTO_TRADING_OFF");

        Response again = api.post("/api/dev/markets/" + market + "/trading-agent", admin, "");
        assertThat(again.status()).as(again.raw()).isEqualTo(200);
        assertThat(again.text("marketId")).isEqualTo(market);
        assertThat(again.body().get("placed").asInt()).isZero();
        assertThat(again.body().get("amended").asInt()).isZero();
        assertThat(again.body().get("cancelled").asInt()).isZero();
        assertThat(again.body().get("unchanged").asInt()).isEqualTo(2);

        Response closed = api.post("/api/dev/markets/" + market + "/close-gate", admin, "");
        assertThat(closed.text("state")).as(closed.raw()).isEqualTo("CLEARED");
        JsonNode cleared = await().until(() -> api.get("/api/markets/" + market, admin).body(),
                body -> body.hasNonNull("clearedVolumeWh"));
        assertThat(cleared.get("clearedVolumeWh").asLong()).isEqualTo(bid.get("quantityWh").asLong());
        Response notOpen = api.post("/api/dev/markets/" + market + "/trading-agent", admin, "");
        assertThat(notOpen.status()).isEqualTo(409);
        assertThat(notOpen.contentType()).startsWith("application/problem+json");
        assertThat(notOpen.text("code")).isEqualTo("MARKET_NOT_OPEN");

        clock.advance(Duration.between(clock.instant(), delivery.plus(Duration.ofMinutes(70))));
        prosumer.postReading(api, gateway, origin, delivery, seq);
        consumer.postReading(api, gateway, origin, delivery, seq);
        prosumer.postReading(api, gateway, origin, delivery.plus(Duration.ofHours(1)), seq + 1);
        consumer.postReading(api, gateway, origin, delivery.plus(Duration.ofHours(1)), seq + 1);
        await().atMost(Duration.ofSeconds(90)).until(() -> api.get("/api/markets/" + market, admin).body(),
                body -> "SETTLED".equals(body.get("state").asText()));
        long traded = bid.get("quantityWh").asLong();
        JsonNode filledBid = consumer.onlyOrder(api);
        assertThat(filledBid.get("status").asText()).isEqualTo("FILLED");
        assertThat(filledBid.get("clearedWh").asLong()).isEqualTo(traded);
        JsonNode filledOffer = prosumer.onlyOrder(api);
        assertThat(filledOffer.get("status").asText()).isEqualTo("PARTIALLY_FILLED");
        assertThat(filledOffer.get("clearedWh").asLong()).isEqualTo(traded);

        JsonNode statement = consumer.awaitStatement(api, delivery);
        assertThat(statement.get("marketId").asText()).isEqualTo(market);
        assertThat(statement.get("clearedWh").asLong()).isEqualTo(traded);
        assertThat(statement.get("orders")).hasSize(1);
        JsonNode statedOrder = statement.get("orders").get(0);
        assertThat(statedOrder.get("orderId").asText()).isEqualTo(filledBid.get("orderId").asText());
        assertThat(statedOrder.get("source").asText()).isEqualTo("AUTOMATIC");
        assertThat(statedOrder.get("clientOrderId").asText()).isEqualTo("auto:" + market);
        assertThat(statedOrder.get("clearedWh").asLong()).isEqualTo(traded);
        assertThat(statedOrder.get("status").asText()).isEqualTo("FILLED");
    }

    @Test
    void running_the_agent_in_an_unknown_market_is_not_found() {
        Response unknown = platform.api().post("/api/dev/markets/mg-1:2020-01-01T00:00Z/trading-agent", platform.admin(), "");

        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.contentType()).startsWith("application/problem+json");
    }

    /** An approved household, with a meter whose readings repeat the same day every day, or without a meter. */
    private record Household(String id, String token, String meterId, boolean prosumer) {

        static Household withMeter(Api api, String admin, String role) {
            Household household = withoutMeter(api, admin, role);
            String meterId = "SM-AUTO-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
            api.provisionAndClaim(household.id, household.token, api.devToken("operator", "METER_OPERATOR"), meterId,
                    MeterKey.derive(SEED, meterId).publicKeyBase64());
            return new Household(household.id, household.token, meterId, household.prosumer);
        }

        static Household withoutMeter(Api api, String admin, String role) {
            String id = api.approvedParticipant(role, "auto-" + UUID.randomUUID() + "@example.org", admin);
            return new Household(id, api.devToken(id, role), null, "PROSUMER".equals(role));
        }

        /** The registers at {@code at}: what the household drew and fed in each hour since {@code origin}. */
        void postReading(Api api, String gateway, Instant origin, Instant at, long seq) {
            long importWh = 0;
            long exportWh = 0;
            for (Instant hour = origin; hour.isBefore(at); hour = hour.plus(Duration.ofHours(1))) {
                importWh += prosumer ? PROSUMER_IMPORT_WH : CONSUMER_IMPORT_WH;
                exportWh += prosumer && hour.atOffset(ZoneOffset.UTC).getHour() == 11 ? MIDDAY_EXPORT_WH : 0;
            }
            String payload = ReadingPayload.signed(MeterKey.derive(SEED, meterId), meterId, at.toString(), importWh,
                    exportWh, seq);
            Response posted = api.post("/api/meter-readings", gateway, payload);
            assertThat(posted.status()).as(posted.raw()).isEqualTo(202);
        }

        void setPreferences(Api api, Map<String, ?> preferences) {
            Response set = api.put("/api/participants/" + id + "/trading-preferences", token, preferences);
            assertThat(set.status()).as(set.raw()).isEqualTo(200);
        }

        JsonNode forecastAt(Api api, Instant deliveryStart) {
            Response read = api.get("/api/participants/" + id + "/trading-preferences", token);
            if (read.status() != 200) {
                return null;
            }
            for (JsonNode hour : read.body().get("forecast")) {
                if (Instant.parse(hour.get("deliveryStart").asText()).equals(deliveryStart)) {
                    return hour;
                }
            }
            return null;
        }

        /** The household's one order, as its order list shows it. */
        JsonNode onlyOrder(Api api) {
            JsonNode orders = api.get("/api/participants/" + id + "/orders", token).body();
            assertThat(orders).as(orders.toString()).hasSize(1);
            return orders.get(0);
        }

        /** The household's statement of the delivery hour's market once its settlement is recorded. */
        JsonNode awaitStatement(Api api, Instant deliveryStart) {
            String path = "/api/participants/" + id + "/statements?from=" + deliveryStart + "&to="
                    + deliveryStart.plus(Duration.ofHours(1));
            return await().atMost(Duration.ofSeconds(60)).until(() -> api.get(path, token).body(),
                    statements -> statements.size() == 1 && "SETTLED".equals(statements.at("/0/settlementState").asText()))
                          .get(0);
        }

        /** The agent's order in the delivery hour's market once it has this status, as the forecast view shows it. */
        JsonNode awaitOrder(Api api, Instant deliveryStart, String status) {
            return await().atMost(Duration.ofSeconds(60)).until(() -> {
                JsonNode hour = forecastAt(api, deliveryStart);
                return hour == null ? null : hour.get("order");
            }, order -> order != null && !order.isNull() && status.equals(order.get("status").asText()));
        }
    }
}
