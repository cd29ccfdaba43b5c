package io.poweralgo.app;

import com.fasterxml.jackson.databind.JsonNode;
import io.poweralgo.api.market.MarketOpened;
import io.poweralgo.api.participant.ParticipantId;
import io.poweralgo.app.Api.Response;
import io.poweralgo.market.command.JdbcFundsReservations;
import io.poweralgo.market.schedule.MarketScheduler;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The hour-ahead market through the whole application over HTTP: the scheduler opens markets once
 * the microgrid has tariffs; orders go in, the gate closes, the market clears. Each test trades in
 * its own delivery hour, at least two hours ahead so that no gate closes during the run.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MarketApiIT {

    private static final String MG = "mg-1";

    @TempDir
    static Path dataDir;
    private final AtomicInteger nextHour = new AtomicInteger(2);
    private RunningApp app;
    private Api api;
    private String admin;
    private String prosumer;
    private String prosumerToken;
    private String consumer;
    private String consumerToken;

    @BeforeAll
    void start() {
        app = RunningApp.start(dataDir, "poweralgo.market.scheduler-interval=1s", "db-scheduler.polling-interval=1s",
                "poweralgo.algorand.onboarding-grant-micro=1000000");
        api = app.api();
        admin = api.devToken("admin-1", "ADMIN");
        Response tariffs = api.put("/api/admin/microgrids/" + MG + "/tariffs", admin,
                Map.of("gridRetailPricePerKwh", 300_000, "feedInTariffPerKwh", 80_000));
        assertThat(tariffs.status()).as(tariffs.raw()).isEqualTo(200);
        prosumer = approved("PROSUMER");
        prosumerToken = api.devToken(prosumer, "PROSUMER");
        consumer = approved("CONSUMER");
        consumerToken = api.devToken(consumer, "CONSUMER");
        // 24 markets, or 23 in the last minutes of an hour when the next hour's gate has closed
        await().atMost(Duration.ofSeconds(30))
               .untilAsserted(() -> assertThat(api.get("/api/markets?microgrid=" + MG, admin).body().size()).isGreaterThanOrEqualTo(23));
    }

    @AfterAll
    void stop() {
        app.close();
    }

    @Test
    void orders_clear_at_the_midpoint_of_the_marginal_pair() {
        String market = nextMarket();
        Response offer = order(market, "offers", prosumerToken, 1_500, 100_000, null);
        assertThat(offer.status()).as(offer.raw()).isEqualTo(201);
        Response bid = order(market, "bids", consumerToken, 2_000, 150_000, null);
        assertThat(bid.status()).as(bid.raw()).isEqualTo(201);
        assertThat(bid.text("source")).as("orders placed through the API are manual").isEqualTo("MANUAL");
        assertThat(offer.text("source")).isEqualTo("MANUAL");
        await().untilAsserted(() -> assertThat(api.get("/api/markets/" + market + "/orderbook", consumerToken).body()
                .at("/bids/0/quantityWh").asLong()).isEqualTo(2_000));

        Response closed = api.post("/api/dev/markets/" + market + "/close-gate", admin, "");
        assertThat(closed.text("state")).isEqualTo("CLEARED");

        await().untilAsserted(() -> {
            JsonNode cleared = api.get("/api/markets/" + market, consumerToken).body();
            // its settlement opens right after the clearing (and may end), and the market's document follows it
            assertThat(cleared.get("state").asText()).isIn("CLEARED", "SETTLING", "SETTLED");
            assertThat(cleared.get("clearingPricePerKwh").asLong()).isEqualTo(125_000);
            assertThat(cleared.get("clearedVolumeWh").asLong()).isEqualTo(1_500);
            assertThat(cleared.at("/demandCurve/0/cumulativeWh").asLong()).isEqualTo(2_000);
            assertThat(cleared.at("/supplyCurve/0/pricePerKwh").asLong()).isEqualTo(100_000);
        });
        await().untilAsserted(() -> assertThat(ordersOf(consumer, consumerToken, market))
                .extracting(o -> o.get("status").asText() + ":" + o.get("clearedWh").asLong())
                .containsExactly("PARTIALLY_FILLED:1500"));
        assertThat(ordersOf(consumer, consumerToken, market)).extracting(o -> o.get("source").asText())
                                                             .containsExactly("MANUAL");
    }

    @Test
    void schedulers_running_at_once_open_each_market_once() throws Exception {
        long deadlines = app.jdbc().queryForObject("SELECT count(*) FROM scheduled_tasks", Long.class);
        api.put("/api/admin/microgrids/mg-race/tariffs", admin,
                Map.of("gridRetailPricePerKwh", 300_000, "feedInTariffPerKwh", 80_000));
        // four runs at once, besides the application's own recurring one
        MarketScheduler scheduler = app.bean(MarketScheduler.class);
        ExecutorService instances = Executors.newFixedThreadPool(4);
        try {
            List<Future<Integer>> runs = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                runs.add(instances.submit(scheduler::openUpcomingMarkets));
            }
            for (Future<Integer> run : runs) {
                run.get(60, TimeUnit.SECONDS);
            }
        } finally {
            instances.shutdownNow();
        }

        long opened = app.jdbc().queryForObject("SELECT count(*) FROM domainevententry WHERE aggregateidentifier LIKE ?"
                + " AND payloadtype = ?", Long.class, "mg-race:%", MarketOpened.class.getName());
        assertThat(opened).isBetween(23L, 24L);
        assertThat(app.jdbc().queryForObject("SELECT count(DISTINCT aggregateidentifier) FROM domainevententry"
                + " WHERE aggregateidentifier LIKE ?", Long.class, "mg-race:%")).isEqualTo(opened);
        assertThat(app.jdbc().queryForObject("SELECT count(*) FROM scheduled_tasks", Long.class))
                .isEqualTo(deadlines + opened);
    }

    @Test
    void the_same_client_order_id_twice_is_one_order() {
        String market = nextMarket();
        long events = app.eventCount(market);
        Response first = order(market, "bids", consumerToken, 100, 100_000, "mobile-42");
        Response again = order(market, "bids", consumerToken, 100, 100_000, "mobile-42");

        assertThat(first.status()).isEqualTo(201);
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.text("orderId")).isEqualTo(first.text("orderId"));
        assertThat(app.eventCount(market)).isEqualTo(events + 1);
    }

    @Test
    void client_order_ids_of_automatic_trading_are_reserved_and_400() {
        String market = nextMarket();
        long events = app.eventCount(market);
        long reserved = reservedBy(consumer);

        Response response = order(market, "bids", consumerToken, 100, 100_000, "auto:" + market);

        assertProblem(response, 400, "CLIENT_ORDER_ID_RESERVED");
        assertThat(response.text("detail")).contains("auto:");
        assertThat(app.eventCount(market)).isEqualTo(events);
        assertThat(reservedBy(consumer)).isEqualTo(reserved);
    }

    @Test
    void market_not_open_is_409_with_its_state() {
        String market = nextMarket();
        long deadlines = app.jdbc().queryForObject("SELECT count(*) FROM scheduled_tasks WHERE task_name = 'AxonDeadline'",
                Long.class);
        api.post("/api/dev/markets/" + market + "/close-gate", admin, "");
        // closing one gate early cancels that market's gate-closure deadline and no other
        assertThat(app.jdbc().queryForObject("SELECT count(*) FROM scheduled_tasks WHERE task_name = 'AxonDeadline'",
                Long.class)).isEqualTo(deadlines - 1);
        long events = app.eventCount(market);

        Response response = order(market, "bids", consumerToken, 100, 100_000, null);

        assertProblem(response, 409, "MARKET_NOT_OPEN");
        assertThat(response.text("state")).isEqualTo("CLEARED");
        assertThat(app.eventCount(market)).isEqualTo(events);
    }

    @Test
    void participants_not_approved_or_suspended_are_403() {
        String market = nextMarket();
        String pending = api.register("CONSUMER", unique("pending"));
        assertProblem(order(market, "bids", api.devToken(pending, "CONSUMER"), 100, 100_000, null), 403, "NOT_APPROVED");

        String suspended = approved("PROSUMER");
        api.post("/api/admin/participants/" + suspended + "/suspend", admin, Map.of("reason", "meter tampering"));
        await().untilAsserted(() -> assertProblem(order(market, "offers", api.devToken(suspended, "PROSUMER"), 100,
                100_000, null), 403, "NOT_APPROVED"));
        assertThat(app.eventCount(market)).isOne();
    }

    @Test
    void consumer_offering_is_403_and_regulators_do_not_trade() {
        String market = nextMarket();
        assertProblem(order(market, "offers", consumerToken, 100, 100_000, null), 403, "CONSUMER_CANNOT_OFFER");
        assertProblem(order(market, "bids", api.devToken("regulator-1", "REGULATOR"), 100, 100_000, null), 403,
                "FORBIDDEN");
        assertThat(app.eventCount(market)).isOne();
    }

    @Test
    void bad_quantities_prices_and_markets_are_400_or_404() {
        String market = nextMarket();
        Response zero = order(market, "bids", consumerToken, 0, 100_000, null);
        assertProblem(zero, 400, "INVALID_REQUEST");
        assertThat(zero.body().at("/errors/0/field").asText()).isEqualTo("quantityWh");
        assertProblem(order(market, "bids", consumerToken, -5, 100_000, null), 400, "INVALID_REQUEST");
        assertProblem(order(market, "bids", consumerToken, 100, 79_999, null), 400, "PRICE_OUTSIDE_TARIFFS");
        assertProblem(order(market, "offers", prosumerToken, 100, 300_001, null), 400, "PRICE_OUTSIDE_TARIFFS");
        assertProblem(order(MG + ":2099-01-01T00:00Z", "bids", consumerToken, 100, 100_000, null), 404, "NOT_FOUND");
        Response malformed = order("no-such-market", "bids", consumerToken, 100, 100_000, null);
        assertProblem(malformed, 400, "INVALID_REQUEST");
        assertThat(malformed.body().at("/errors/0/field").asText()).isEqualTo("marketId");
        assertProblem(api.get("/api/markets/" + MG + ":2099-01-01T00:00Z", consumerToken), 404, "NOT_FOUND");
        assertThat(app.eventCount(market)).isOne();
    }

    @Test
    void quantities_above_the_largest_order_are_400_naming_the_field() {
        String market = nextMarket();
        String offer = order(market, "offers", prosumerToken, 1_000, 120_000, null).text("orderId");
        long events = app.eventCount(market);

        Response bid = order(market, "bids", consumerToken, 9_000_000_000_000_000_000L, 150_000, null);
        assertProblem(bid, 400, "INVALID_REQUEST");
        assertThat(bid.body().at("/errors/0/field").asText()).isEqualTo("quantityWh");
        assertProblem(order(market, "offers", prosumerToken, Long.MAX_VALUE, 100_000, null), 400, "INVALID_REQUEST");
        Response amendment = api.patch("/api/markets/" + market + "/orders/" + offer, prosumerToken,
                Map.of("quantityWh", 1_000_001, "limitPricePerKwh", 120_000));
        assertProblem(amendment, 400, "INVALID_REQUEST");
        assertThat(amendment.body().at("/errors/0/field").asText()).isEqualTo("quantityWh");
        assertThat(app.eventCount(market)).isEqualTo(events);
    }

    @Test
    void a_microgrids_own_largest_order_refuses_larger_orders_until_it_is_set_back() {
        String market = nextMarket();
        String buyerToken = api.devToken(approved("CONSUMER"), "CONSUMER");
        for (Object bad : new Object[] {0, -1, 1_000_000_001L}) {
            Response refused = api.put("/api/admin/microgrids/" + MG + "/max-order", admin, Map.of("maxOrderWh", bad));
            assertProblem(refused, 400, "INVALID_REQUEST");
            assertThat(refused.body().at("/errors/0/field").asText()).isEqualTo("maxOrderWh");
        }
        Response missing = api.put("/api/admin/microgrids/" + MG + "/max-order", admin, Map.of());
        assertProblem(missing, 400, "INVALID_REQUEST");
        assertThat(missing.body().at("/errors/0/field").asText()).isEqualTo("maxOrderWh");
        assertThat(microgridNamed(MG).get("maxOrderWh").isNull()).as("the platform default").isTrue();
        assertThat(order(market, "bids", buyerToken, 2_001, 80_000, null).status())
                .as("the refused values left the platform default").isEqualTo(201);
        assertProblem(api.put("/api/admin/microgrids/" + MG + "/max-order", buyerToken, Map.of("maxOrderWh", 2_000)),
                403, "FORBIDDEN");

        Response set = api.put("/api/admin/microgrids/" + MG + "/max-order", admin, Map.of("maxOrderWh", 2_000));
        try {
            assertThat(set.status()).as(set.raw()).isEqualTo(200);
            assertThat(set.text("microgridId")).isEqualTo(MG);
            assertThat(set.body().get("maxOrderWh").asLong()).isEqualTo(2_000);
            long events = app.eventCount(market);
            Response tooLarge = order(market, "bids", buyerToken, 2_001, 80_000, null);
            assertProblem(tooLarge, 400, "INVALID_REQUEST");
            assertThat(tooLarge.body().at("/errors/0/field").asText()).isEqualTo("quantityWh");
            assertThat(app.eventCount(market)).isEqualTo(events);
            assertThat(order(market, "bids", buyerToken, 2_000, 80_000, null).status()).isEqualTo(201);
            await().untilAsserted(() -> assertThat(microgridNamed(MG).get("maxOrderWh").asLong()).isEqualTo(2_000));
        } finally {
            // the other tests trade in this microgrid at the platform default of 1 MWh
            api.put("/api/admin/microgrids/" + MG + "/max-order", admin, Map.of("maxOrderWh", 1_000_000));
        }
    }

    @Test
    void amending_or_cancelling_someone_elses_order_is_403() {
        String market = nextMarket();
        String offer = order(market, "offers", prosumerToken, 1_000, 120_000, null).text("orderId");
        long events = app.eventCount(market);

        assertProblem(api.patch("/api/markets/" + market + "/orders/" + offer, consumerToken,
                Map.of("quantityWh", 1, "limitPricePerKwh", 120_000)), 403, "NOT_YOUR_ORDER");
        assertProblem(api.delete("/api/markets/" + market + "/orders/" + offer, consumerToken), 403, "NOT_YOUR_ORDER");
        assertThat(app.eventCount(market)).isEqualTo(events);
    }

    @Test
    void owners_amend_and_cancel_their_orders() {
        String market = nextMarket();
        String bid = order(market, "bids", consumerToken, 1_000, 100_000, null).text("orderId");

        assertThat(api.patch("/api/markets/" + market + "/orders/" + bid, consumerToken,
                Map.of("quantityWh", 1_200, "limitPricePerKwh", 110_000)).status()).isEqualTo(200);
        await().untilAsserted(() -> assertThat(api.get("/api/markets/" + market + "/orderbook", consumerToken).body()
                .at("/bids/0/pricePerKwh").asLong()).isEqualTo(110_000));
        assertThat(api.delete("/api/markets/" + market + "/orders/" + bid, consumerToken).status()).isEqualTo(204);
        await().untilAsserted(() -> assertThat(ordersOf(consumer, consumerToken, market))
                .extracting(o -> o.get("status").asText()).containsExactly("CANCELLED"));
    }

    @Test
    void insufficient_funds_are_422_and_reserve_nothing() {
        // 10 kWh at 0.2 per kWh costs 2,000,000 micro-units; the starting balance is 1,000,000
        refusedForLackOfFunds(consumer, consumerToken, "bids", 10_000, 200_000);
    }

    @Test
    void an_offer_whose_largest_imbalance_charge_exceeds_the_balance_is_422_and_reserves_nothing() {
        // 5 kWh could cost 5 x (300,000 - 80,000) = 1,100,000 micro-units if not delivered; the balance is 1,000,000
        Response response = refusedForLackOfFunds(prosumer, prosumerToken, "offers", 5_000, 100_000);

        assertThat(response.body().at("/requiredMicro").asLong()).isEqualTo(1_100_000);
    }

    @Test
    void an_admin_sets_a_microgrid_s_site_and_the_microgrids_show_it() {
        // without tariffs, so that no markets open beside the other tests' ones
        String microgrid = "mg-site";
        assertThat(api.put("/api/admin/microgrids/" + microgrid + "/clearing-rules", admin,
                Map.of("mechanism", "PAY_AS_CLEAR", "priceRuleK", 0.5)).status()).isEqualTo(200);
        assertThat(await().atMost(Duration.ofSeconds(10)).until(() -> microgridNamed(microgrid), shown -> shown != null)
                          .get("site").isNull()).isTrue();

        Response set = api.put("/api/admin/microgrids/" + microgrid + "/site", admin,
                Map.of("latitude", 52.52, "longitude", 13.405, "timeZone", "Europe/Berlin"));

        assertThat(set.status()).as(set.raw()).isEqualTo(200);
        assertThat(set.text("microgridId")).isEqualTo(microgrid);
        assertThat(set.text("timeZone")).isEqualTo("Europe/Berlin");
        assertThat(set.body().get("latitude").asDouble()).isEqualTo(52.52);
        JsonNode site = await().atMost(Duration.ofSeconds(10))
                               .until(() -> microgridNamed(microgrid).get("site"), shown -> !shown.isNull());
        assertThat(site.get("latitude").asDouble()).isEqualTo(52.52);
        assertThat(site.get("longitude").asDouble()).isEqualTo(13.405);
        assertThat(site.get("timeZone").asText()).isEqualTo("Europe/Berlin");
    }

    @Test
    void a_bad_site_is_400_naming_the_field_and_sets_nothing() {
        String microgrid = "mg-bad-site";
        Map<String, Object> offTheEarth = Map.of("latitude", 91, "longitude", 13.405, "timeZone", "Europe/Berlin");
        Map<String, Object> unknownZone = Map.of("latitude", 52.52, "longitude", 13.405, "timeZone", "Europe/Atlantis");
        Map<String, Object> noZone = Map.of("latitude", 52.52, "longitude", 13.405);

        Response latitude = api.put("/api/admin/microgrids/" + microgrid + "/site", admin, offTheEarth);
        Response zone = api.put("/api/admin/microgrids/" + microgrid + "/site", admin, unknownZone);
        Response missing = api.put("/api/admin/microgrids/" + microgrid + "/site", admin, noZone);

        assertProblem(latitude, 400, "INVALID_REQUEST");
        assertThat(latitude.body().at("/errors/0/field").asText()).isEqualTo("latitude");
        assertProblem(zone, 400, "INVALID_REQUEST");
        assertThat(zone.body().at("/errors/0/field").asText()).isEqualTo("timeZone");
        assertProblem(missing, 400, "INVALID_REQUEST");
        assertThat(missing.body().at("/errors/0/field").asText()).isEqualTo("timeZone");
        assertProblem(api.put("/api/admin/microgrids/" + microgrid + "/site", consumerToken,
                Map.of("latitude", 52.52, "longitude", 13.405, "timeZone", "Europe/Berlin")), 403, "FORBIDDEN");
        assertThat(api.get("/api/admin/microgrids", admin).body().findValuesAsText("microgridId")).doesNotContain(microgrid);
    }

    /** The microgrid as GET /api/admin/microgrids shows it, or null before the read model has it. */
    private JsonNode microgridNamed(String microgrid) {
        for (JsonNode shown : api.get("/api/admin/microgrids", admin).body()) {
            if (shown.get("microgridId").asText().equals(microgrid)) {
                return shown;
            }
        }
        return null;
    }

    @Test
    void tariffs_are_validated_and_set_by_admins_only() {
        Response inverted = api.put("/api/admin/microgrids/mg-x/tariffs", admin,
                Map.of("gridRetailPricePerKwh", 80_000, "feedInTariffPerKwh", 90_000));
        assertProblem(inverted, 400, "INVALID_REQUEST");
        assertThat(inverted.body().at("/errors/0/field").asText()).isEqualTo("feedInTariffPerKwh");
        assertProblem(api.put("/api/admin/microgrids/mg-x/tariffs", consumerToken,
                Map.of("gridRetailPricePerKwh", 300_000, "feedInTariffPerKwh", 80_000)), 403, "FORBIDDEN");
        Response rules = api.put("/api/admin/microgrids/mg-x/clearing-rules", admin,
                Map.of("mechanism", "PAY_AS_BID", "priceRuleK", 0.25));
        assertThat(rules.status()).as(rules.raw()).isEqualTo(200);
        assertThat(rules.body().get("priceRuleK").decimalValue()).isEqualByComparingTo("0.25");
    }

    @Test
    @Timeout(60)
    void stream_pushes_gate_closure_and_clearing() throws Exception {
        String market = nextMarket();
        try (EventStream stream = EventStream.open(api, "/api/markets/stream", consumerToken)) {
            api.post("/api/dev/markets/" + market + "/close-gate", admin, "");

            await().untilAsserted(() -> assertThat(stream.lines())
                    .anyMatch(l -> l.contains(market) && l.contains("\"GATE_CLOSED\""))
                    .anyMatch(l -> l.contains(market) && l.contains("\"CLEARED\"")));
            assertThat(stream.lines()).anyMatch(l -> l.equals("event:market"));
        }
    }

    @Test
    @Timeout(90)
    void a_participant_s_stream_carries_its_own_orders_and_its_microgrid_s_markets_and_nobody_else_reads_it()
            throws Exception {
        String market = nextMarket();
        try (EventStream consumerStream = EventStream.open(api, "/api/participants/" + consumer + "/stream", consumerToken);
             EventStream prosumerStream = EventStream.open(api, "/api/participants/" + prosumer + "/stream", prosumerToken);
             EventStream forged = EventStream.open(api, "/api/participants/" + consumer + "/stream", prosumerToken)) {
            assertThat(api.get("/v3/api-docs", null).body().get("paths").has("/api/participants/{id}/stream")).isTrue();
            assertThat(consumerStream.status()).isEqualTo(200);
            assertThat(forged.status()).isEqualTo(403);
            assertThat(forged.contentType()).startsWith("application/problem+json");
            await().untilAsserted(() -> assertThat(String.join("", forged.lines())).contains("\"FORBIDDEN\""));

            Response bid = order(market, "bids", consumerToken, 1_000, 200_000, null);
            assertThat(bid.status()).as(bid.raw()).isEqualTo(201);
            String orderId = bid.text("orderId");
            api.post("/api/dev/markets/" + market + "/close-gate", admin, "");

            await().untilAsserted(() -> assertThat(consumerStream.lines())
                    .anyMatch(l -> l.contains(orderId) && l.contains("\"PLACED\"") && l.contains("\"quantityWh\":1000"))
                    .anyMatch(l -> l.contains(orderId) && l.contains("\"UNFILLED\""))
                    .anyMatch(l -> l.contains(market) && l.contains("\"CLEARED\"")));
            await().untilAsserted(() -> assertThat(prosumerStream.lines())
                    .anyMatch(l -> l.contains(market) && l.contains("\"CLEARED\"")));
            assertThat(prosumerStream.lines()).noneMatch(l -> l.contains(orderId));
            assertThat(consumerStream.lines()).contains("event:order", "event:market");
        }
    }

    @Test
    @Timeout(90)
    void a_kyc_decision_reaches_only_its_participant_s_stream() throws Exception {
        String applicant = api.register("PROSUMER", unique("applicant"));
        String applicantToken = api.devToken(applicant, "PROSUMER");
        api.verifyEmailAsDev(applicant, admin);
        api.post("/api/participants/" + applicant + "/kyc", applicantToken, Api.PASSPORT);
        awaitAccount(applicant, applicantToken);
        try (EventStream own = EventStream.open(api, "/api/participants/" + applicant + "/stream", applicantToken);
             EventStream other = EventStream.open(api, "/api/participants/" + consumer + "/stream", consumerToken)) {
            Response approved = api.post("/api/admin/participants/" + applicant + "/kyc/approve", admin, "");
            assertThat(approved.status()).as(approved.raw()).isEqualTo(200);

            await().untilAsserted(() -> assertThat(own.lines())
                    .anyMatch(l -> l.contains(applicant) && l.contains("\"APPROVED\"")));
            assertThat(own.lines()).contains("event:kyc");
            assertThat(other.lines()).noneMatch(l -> l.contains(applicant));
        }
    }

    @Test
    @Timeout(60)
    void a_participant_holds_at_most_four_streams_at_once_and_the_fifth_is_429() throws Exception {
        String household = approved("CONSUMER");
        String token = api.devToken(household, "CONSUMER");
        awaitAccount(household, token);
        List<EventStream> streams = new ArrayList<>();
        try {
            for (int i = 0; i < 4; i++) {
                streams.add(EventStream.open(api, "/api/participants/" + household + "/stream", token));
            }
            assertThat(streams).allSatisfy(stream -> assertThat(stream.status()).isEqualTo(200));
            try (EventStream fifth = EventStream.open(api, "/api/participants/" + household + "/stream", token)) {
                assertThat(fifth.status()).isEqualTo(429);
                await().untilAsserted(() -> assertThat(String.join("", fifth.lines())).contains("\"STREAM_CLIENTS_EXCEEDED\""));
            }
        } finally {
            for (EventStream stream : streams) {
                stream.close();
            }
        }
    }

    private Response order(String market, String side, String token, long wh, long price, String clientOrderId) {
        Map<String, Object> body = new java.util.HashMap<>(Map.of("quantityWh", wh, "limitPricePerKwh", price));
        if (clientOrderId != null) {
            body.put("clientOrderId", clientOrderId);
        }
        return api.post("/api/markets/" + market + "/" + side, token, body);
    }

    /**
     * The trader's order for the next market is refused as 422 INSUFFICIENT_FUNDS, and nothing is
     * reserved nor written to the market's events; answers the refusal.
     */
    private Response refusedForLackOfFunds(String trader, String token, String side, long wh, long price) {
        String market = nextMarket();
        long reserved = reservedBy(trader);
        long events = app.eventCount(market);

        Response response = order(market, side, token, wh, price, null);

        assertProblem(response, 422, "INSUFFICIENT_FUNDS");
        assertThat(reservedBy(trader)).isEqualTo(reserved);
        assertThat(app.eventCount(market)).isEqualTo(events);
        return response;
    }

    private String nextMarket() {
        Instant start = Instant.now().truncatedTo(ChronoUnit.HOURS).plus(Duration.ofHours(nextHour.getAndIncrement()));
        return MG + ":" + start.toString().replace(":00Z", "Z");
    }

    private List<JsonNode> ordersOf(String participant, String token, String market) {
        List<JsonNode> orders = new ArrayList<>();
        api.get("/api/participants/" + participant + "/orders", token).body().forEach(o -> {
            if (o.get("marketId").asText().equals(market)) {
                orders.add(o);
            }
        });
        return orders;
    }

    private long reservedBy(String participant) {
        return app.bean(JdbcFundsReservations.class).reservedBy(new ParticipantId(participant));
    }

    /** A stream is opened for a participant the participants' read model already shows. */
    private void awaitAccount(String participant, String token) {
        await().untilAsserted(() -> assertThat(api.get("/api/participants/" + participant, token).status()).isEqualTo(200));
    }

    private String approved(String role) {
        return api.approvedParticipant(role, unique(role.toLowerCase()), admin);
    }

    private static String unique(String name) {
        return name + "-" + java.util.UUID.randomUUID() + "@example.org";
    }

    private static void assertProblem(Response response, int status, String code) {
        assertThat(response.status()).as(response.raw()).isEqualTo(status);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.text("code")).isEqualTo(code);
    }
}
