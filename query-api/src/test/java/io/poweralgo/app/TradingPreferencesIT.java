package io.poweralgo.app;

import com.fasterxml.jackson.databind.JsonNode;
import io.poweralgo.app.Api.Response;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A household's trading preferences through the whole application over HTTP: set and read back, only by the
 * household itself, and every bad input answered with problem+json and a code while nothing is written.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TradingPreferencesIT {

    /** retail 300 000, feed-in 80 000 micro-units per kWh */
    private static final Map<String, Object> TARIFFS = Map.of("gridRetailPricePerKwh", 300_000, "feedInTariffPerKwh", 80_000);
    private static final Map<String, Object> PROSUMER_PREFERENCES = Map.of("autoTrading", true,
            "maxBuyPricePerKwh", 250_000, "minSellPricePerKwh", 120_000, "annualConsumptionKwh", 3_500, "pvPeakKw", 6.0);

    @TempDir
    static Path dataDir;
    private RunningApp app;
    private Api api;
    private String admin;

    @BeforeAll
    void start() {
        app = RunningApp.start(dataDir);
        api = app.api();
        admin = api.devToken("admin-1", "ADMIN");
        Response tariffs = api.put("/api/admin/microgrids/mg-1/tariffs", admin, TARIFFS);
        assertThat(tariffs.status()).as(tariffs.raw()).isEqualTo(200);
    }

    @AfterAll
    void stop() {
        app.close();
    }

    @Test
    void a_prosumer_sets_its_preferences_and_reads_them_back_as_do_admins_and_regulators() {
        String id = approved("PROSUMER");
        String token = api.devToken(id, "PROSUMER");
        assertThat(api.get(path(id), token).status()).isEqualTo(404);
        assertThat(api.get(path(id), token).text("code")).isEqualTo("TRADING_PREFERENCES_NOT_SET");

        Response set = api.put(path(id), token, PROSUMER_PREFERENCES);

        assertThat(set.status()).as(set.raw()).isEqualTo(200);
        assertThat(set.body().get("pvPeakKw").decimalValue()).isEqualByComparingTo("6");
        await().untilAsserted(() -> assertThat(api.get(path(id), token).status()).isEqualTo(200));
        JsonNode read = api.get(path(id), token).body();
        assertThat(read.get("autoTrading").asBoolean()).isTrue();
        assertThat(read.get("maxBuyPricePerKwh").asLong()).isEqualTo(250_000);
        assertThat(read.get("minSellPricePerKwh").asLong()).isEqualTo(120_000);
        assertThat(read.get("annualConsumptionKwh").asLong()).isEqualTo(3_500);
        assertThat(read.get("pvPeakKw").decimalValue()).isEqualByComparingTo("6");
        assertThat(read.get("updatedBy").asText()).isEqualTo(id);
        assertThat(read.get("updatedAt").asText()).isNotBlank();
        assertThat(read.has("forecast")).as("the forecast is served from the next version on").isFalse();
        assertThat(api.get(path(id), admin).body()).isEqualTo(read);
        assertThat(api.get(path(id), api.devToken("regulator-1", "REGULATOR")).body()).isEqualTo(read);

        Response again = api.put(path(id), token, PROSUMER_PREFERENCES);
        assertThat(again.status()).isEqualTo(200);
        Response off = api.put(path(id), token, Map.of("autoTrading", false, "maxBuyPricePerKwh", 250_000,
                "pvPeakKw", new BigDecimal("6.5")));
        assertThat(off.status()).as(off.raw()).isEqualTo(200);
        await().untilAsserted(() -> {
            JsonNode now = api.get(path(id), token).body();
            assertThat(now.get("autoTrading").asBoolean()).isFalse();
            assertThat(now.get("pvPeakKw").decimalValue()).isEqualByComparingTo("6.5");
            assertThat(now.has("minSellPricePerKwh")).isFalse();
            assertThat(now.has("annualConsumptionKwh")).isFalse();
        });
    }

    @Test
    void nobody_sets_or_reads_another_households_preferences() {
        String id = approved("CONSUMER");
        String other = approved("CONSUMER");
        String otherToken = api.devToken(other, "CONSUMER");
        long events = app.eventCount(id);
        Map<String, Object> buyer = Map.of("autoTrading", true, "maxBuyPricePerKwh", 250_000);

        Response byOther = api.put(path(id), otherToken, buyer);
        Response byAdmin = api.put(path(id), admin, buyer);

        assertForbidden(byOther);
        assertForbidden(byAdmin);
        assertForbidden(api.get(path(id), otherToken));
        assertThat(app.eventCount(id)).isEqualTo(events);
        assertThat(api.get(path(id), admin).status()).isEqualTo(404);
    }

    @Test
    void bad_input_is_refused_with_a_code_and_writes_nothing() {
        String prosumer = approved("PROSUMER");
        String prosumerToken = api.devToken(prosumer, "PROSUMER");
        String consumer = approved("CONSUMER");
        String consumerToken = api.devToken(consumer, "CONSUMER");
        assertThat(api.put(path(prosumer), prosumerToken, PROSUMER_PREFERENCES).status()).isEqualTo(200);
        assertThat(api.put(path(consumer), consumerToken, Map.of("autoTrading", true, "maxBuyPricePerKwh", 200_000))
                      .status()).isEqualTo(200);
        await().untilAsserted(() -> {
            assertThat(api.get(path(prosumer), prosumerToken).status()).isEqualTo(200);
            assertThat(api.get(path(consumer), consumerToken).status()).isEqualTo(200);
        });
        JsonNode prosumerBefore = api.get(path(prosumer), prosumerToken).body();
        JsonNode consumerBefore = api.get(path(consumer), consumerToken).body();
        long prosumerEvents = app.eventCount(prosumer);
        long consumerEvents = app.eventCount(consumer);

        assertRefused(api.put(path(prosumer), prosumerToken, prosumer(Map.of("maxBuyPricePerKwh", 300_001))),
                "PRICE_OUTSIDE_TARIFFS");
        assertRefused(api.put(path(prosumer), prosumerToken, prosumer(Map.of("minSellPricePerKwh", 79_999))),
                "PRICE_OUTSIDE_TARIFFS");
        assertRefused(api.put(path(prosumer), prosumerToken, prosumer(Map.of("maxBuyPricePerKwh", -1))),
                "INVALID_REQUEST", "maxBuyPricePerKwh");
        assertRefused(api.put(path(prosumer), prosumerToken, prosumer(Map.of("annualConsumptionKwh", -3_500))),
                "INVALID_REQUEST", "annualConsumptionKwh");
        assertRefused(api.put(path(prosumer), prosumerToken, prosumer(Map.of("annualConsumptionKwh", 35_000_000))),
                "INVALID_REQUEST", "annualConsumptionKwh");
        assertRefused(api.put(path(prosumer), prosumerToken, prosumer(Map.of("pvPeakKw", -6))),
                "INVALID_REQUEST", "pvPeakKw");
        assertRefused(api.put(path(prosumer), prosumerToken, prosumer(Map.of("pvPeakKw", 6_000))),
                "INVALID_REQUEST", "pvPeakKw");
        assertRefused(api.put(path(prosumer), prosumerToken, prosumer(Map.of("pvPeakKw", new BigDecimal("6.0005")))),
                "INVALID_REQUEST", "pvPeakKw");
        assertRefused(api.put(path(prosumer), prosumerToken, prosumer(Map.of("pvPeakKw", "six"))),
                "INVALID_REQUEST", "pvPeakKw");
        assertRefused(api.put(path(consumer), consumerToken, Map.of("autoTrading", true, "maxBuyPricePerKwh", 200_000,
                "minSellPricePerKwh", 120_000)), "CONSUMERS_ONLY_BUY");
        assertRefused(api.put(path(consumer), consumerToken, Map.of("autoTrading", true, "maxBuyPricePerKwh", 200_000,
                "pvPeakKw", 4)), "CONSUMERS_ONLY_BUY");
        assertRefused(api.put(path(consumer), consumerToken, Map.of("maxBuyPricePerKwh", 200_000)),
                "INVALID_REQUEST", "autoTrading");

        assertThat(app.eventCount(prosumer)).isEqualTo(prosumerEvents);
        assertThat(app.eventCount(consumer)).isEqualTo(consumerEvents);
        assertThat(api.get(path(prosumer), prosumerToken).body()).isEqualTo(prosumerBefore);
        assertThat(api.get(path(consumer), consumerToken).body()).isEqualTo(consumerBefore);
    }

    @Test
    void a_participant_awaiting_kyc_cannot_set_preferences() {
        String id = api.register("CONSUMER", unique());
        String token = api.devToken(id, "CONSUMER");

        assertRefused(api.put(path(id), token, Map.of("autoTrading", true, "maxBuyPricePerKwh", 200_000)),
                "NOT_APPROVED", 409);
    }

    private static Map<String, Object> prosumer(Map<String, Object> changed) {
        Map<String, Object> body = new HashMap<>(PROSUMER_PREFERENCES);
        body.putAll(changed);
        return body;
    }

    private String approved(String role) {
        return api.approvedParticipant(role, unique(), admin);
    }

    private static String unique() {
        return "prefs-" + UUID.randomUUID() + "@example.org";
    }

    private static String path(String participant) {
        return "/api/participants/" + participant + "/trading-preferences";
    }

    private static void assertForbidden(Response response) {
        assertThat(response.status()).as(response.raw()).isEqualTo(403);
        assertThat(response.contentType()).startsWith("application/problem+json");
    }

    private static void assertRefused(Response response, String code) {
        assertRefused(response, code, 400);
    }

    private static void assertRefused(Response response, String code, int status) {
        assertThat(response.status()).as(response.raw()).isEqualTo(status);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.text("code")).as(response.raw()).isEqualTo(code);
    }

    private static void assertRefused(Response response, String code, String field) {
        assertRefused(response, code);
        assertThat(response.body().findValuesAsText("field")).as(response.raw()).contains(field);
    }
}
