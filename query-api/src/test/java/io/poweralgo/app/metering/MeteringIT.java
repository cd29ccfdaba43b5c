package io.poweralgo.app.metering;

import com.fasterxml.jackson.databind.JsonNode;
import io.poweralgo.app.Api.Response;
import io.poweralgo.app.fixtures.MeteredPlatform;
import io.poweralgo.simulator.meter.MeterKey;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.StreamSupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Metering through the whole app and its embedded HiveMQ CE broker: readings published by a
 * gateway over MQTT become meter-hours that close on the next hour's first reading, every bad
 * input of the contract ends in the dead letters without stopping ingestion, and the HTTP
 * endpoint applies the same checks.
 */
class MeteringIT {

    @RegisterExtension
    static final MeteredPlatform platform = MeteredPlatform.withSettings("it-gateway", "poweralgo.metering.close-grace=6h");
    /** Two hours back, so that this hour and the next are both over; a long grace keeps deadlines out of the way. */
    static final Instant HOUR = Instant.now().truncatedTo(ChronoUnit.HOURS).minus(Duration.ofHours(2));

    @Test
    void readings_over_mqtt_make_an_hour_that_the_next_hours_first_reading_closes_and_a_late_one_adjusts() {
        MeterFixture meter = MeterFixture.linked(platform.api(), platform.admin(), "SM-A-" + System.nanoTime());
        publish(meter, meter.reading(HOUR.plus(minutes(10)), 1_000, 0, 1));
        publish(meter, meter.reading(HOUR.plus(minutes(30)), 1_500, 20, 2));
        publish(meter, meter.reading(HOUR.plus(minutes(50)), 2_100, 20, 3));
        publish(meter, meter.reading(HOUR.plus(minutes(65)), 2_400, 50, 4));

        // start: only readings after it, so the first one as is (estimated); end: 2,100 + 300·10/15 and 20 + 30·10/15
        await().untilAsserted(() -> {
            JsonNode hour = interval(meter, HOUR);
            assertThat(hour.get("status").asText()).isEqualTo("CLOSED");
            assertThat(hour.get("closedBy").asText()).isEqualTo("FOLLOWING_READING");
            assertThat(hour.get("importWh").asLong()).isEqualTo(1_300);
            assertThat(hour.get("exportWh").asLong()).isEqualTo(40);
            assertThat(hour.get("quality").asText()).isEqualTo("ESTIMATED");
            assertThat(hour.get("readingCount").asInt()).isEqualTo(3);
        });
        assertThat(interval(meter, HOUR.plus(Duration.ofHours(1))).get("readingCount").asInt()).isEqualTo(1);

        publish(meter, meter.reading(HOUR.plus(minutes(40)), 1_800, 20, 5));

        await().untilAsserted(() -> {
            JsonNode hour = interval(meter, HOUR);
            assertThat(hour.get("readingCount").asInt()).isEqualTo(4);
            assertThat(hour.get("adjustments").asInt()).isEqualTo(1);
            assertThat(hour.get("importWh").asLong()).isEqualTo(1_300);
        });
        assertThat(meter.recordedSeqs(platform.app(), HOUR)).containsExactlyInAnyOrder(1L, 2L, 3L, 5L);
    }

    @Test
    void every_bad_message_is_dead_lettered_with_its_reason_and_ingestion_goes_on() {
        Instant since = Instant.now().minusSeconds(1);
        MeterFixture meter = MeterFixture.linked(platform.api(), platform.admin(), "SM-B-" + System.nanoTime());
        MeterFixture unlinked = MeterFixture.linked(platform.api(), platform.admin(), "SM-U-" + System.nanoTime());
        assertThat(platform.api().delete("/api/participants/" + unlinked.participantId + "/meters/" + unlinked.meterId,
                unlinked.token).status()).isEqualTo(204);
        String unknownMeter = "SM-X-" + System.nanoTime();
        String unknownTopic = "poweralgo/meters/" + unknownMeter + "/readings";
        String unknownReading = meter.reading(HOUR.plus(minutes(5)), 1, 1, 1).replace(meter.meterId, unknownMeter);
        String valid = meter.reading(HOUR.plus(minutes(10)), 5_000, 0, 1);

        publish(meter, valid);
        platform.gateway().publish(meter.topic(), "{\"meterId\": oops").join();
        platform.gateway().publish(meter.topic(), valid.replaceFirst(",\"signature\":\"[^\"]*\"", "")).join();
        platform.gateway().publish(meter.topic(), valid.replace("}", ",\"padding\":\"" + "x".repeat(5_000) + "\"}")).join();
        platform.gateway().publish(unknownTopic, unknownReading).join();
        platform.gateway().publish(unlinked.topic(), unlinked.reading(HOUR.plus(minutes(10)), 1, 0, 1)).join();
        platform.gateway().publish(meter.topic(), meter.signedBy(MeterKey.derive("forger", "x"), HOUR.plus(minutes(20)), 5_100, 0, 2)).join();
        platform.gateway().publish(meter.topic(), meter.reading(HOUR.plus(minutes(20)), 4_999, 0, 3)).join();
        platform.gateway().publish(meter.topic(), meter.reading(HOUR.plus(minutes(22)), 9_000_000_000_000_000_000L, 0, 7)).join();
        platform.gateway().publish(meter.topic(), meter.reading(Instant.now().plus(minutes(10)), 6_000, 0, 4)).join();
        // 1 MWh in two minutes: 30 MW, beyond the 10 MW the fixture rates its meters at
        platform.gateway().publish(meter.topic(), meter.reading(HOUR.plus(minutes(12)), 1_005_000, 0, 8)).join();
        platform.gateway().publish(meter.topic(), meter.reading(Instant.now().minus(Duration.ofDays(3)), 1, 0, 9)).join();
        platform.gateway().publish(unlinked.topic(), meter.reading(HOUR.plus(minutes(25)), 5_200, 0, 5)).join();
        publish(meter, meter.reading(HOUR.plus(minutes(30)), 5_300, 0, 6));

        Map<String, JsonNode> byReason = new HashMap<>();
        await().untilAsserted(() -> {
            byReason.clear();
            JsonNode letters = platform.api().get("/api/regulator/meter-dead-letters?from=" + since, platform.regulator()).body();
            StreamSupport.stream(letters.spliterator(), false)
                         .filter(letter -> letter.get("source").asText().contains("/meters/SM-"))
                         .filter(letter -> letter.get("meterId").asText().equals(meter.meterId)
                                 || letter.get("meterId").asText().equals(unlinked.meterId)
                                 || letter.get("meterId").asText().equals(unknownMeter))
                         .forEach(letter -> byReason.put(letter.get("reason").asText(), letter));
            assertThat(byReason).containsOnlyKeys("MALFORMED_JSON", "MISSING_FIELD", "OVERSIZED_PAYLOAD", "UNKNOWN_METER",
                    "METER_NOT_LINKED", "BAD_SIGNATURE", "REGISTER_DECREASED", "FUTURE_TIMESTAMP", "TOPIC_MISMATCH",
                    "REGISTER_OUT_OF_RANGE", "IMPLAUSIBLE", "TOO_OLD");
        });
        assertThat(byReason.get("MALFORMED_JSON").get("payload").asText()).isEqualTo("{\"meterId\": oops");
        assertThat(byReason.get("MALFORMED_JSON").get("source").asText()).isEqualTo(meter.topic());
        assertThat(byReason.get("OVERSIZED_PAYLOAD").get("payloadTruncated").asBoolean()).isTrue();
        assertThat(byReason.get("OVERSIZED_PAYLOAD").get("payloadBytes").asInt()).isGreaterThan(5_000);
        assertThat(byReason.get("REGISTER_DECREASED").get("detail").asText()).contains("below 5000/0 Wh");
        assertThat(byReason.get("TOPIC_MISMATCH").get("source").asText()).isEqualTo(unlinked.topic());
        assertThat(byReason.get("REGISTER_OUT_OF_RANGE").get("detail").asText()).contains("importWh");
        assertThat(byReason.get("IMPLAUSIBLE").get("payload").asText()).contains("1005000");
        await().untilAsserted(() -> assertThat(interval(meter, HOUR).get("readingCount").asInt()).isEqualTo(2));
    }

    @Test
    void gateways_without_mqtt_post_the_same_payload_and_get_the_same_checks() {
        MeterFixture meter = MeterFixture.linked(platform.api(), platform.admin(), "SM-H-" + System.nanoTime());
        String gatewayToken = platform.api().devToken("gateway-7", "METER_GATEWAY");
        String reading = meter.reading(HOUR.plus(minutes(15)), 700, 30, 1);

        Response recorded = platform.api().post("/api/meter-readings", gatewayToken, reading);
        assertThat(recorded.status()).as(recorded.raw()).isEqualTo(202);
        assertThat(recorded.text("outcome")).isEqualTo("RECORDED");
        assertThat(platform.api().post("/api/meter-readings", gatewayToken, reading).text("outcome")).isEqualTo("DUPLICATE");

        Response forged = platform.api().post("/api/meter-readings", gatewayToken,
                meter.signedBy(MeterKey.derive("forger", "y"), HOUR.plus(minutes(20)), 800, 30, 2));
        assertThat(forged.status()).isEqualTo(422);
        assertThat(forged.contentType()).startsWith("application/problem+json");
        assertThat(forged.text("code")).isEqualTo("BAD_SIGNATURE");
        assertThat(platform.api().post("/api/meter-readings", gatewayToken, "x".repeat(5_000)).status()).isEqualTo(413);
        assertThat(platform.api().post("/api/meter-readings", gatewayToken, "{").text("code")).isEqualTo("MALFORMED_JSON");
        Response outOfRange = platform.api().post("/api/meter-readings", gatewayToken,
                meter.reading(HOUR.plus(minutes(25)), 9_000_000_000_000_000_000L, 30, 3));
        assertThat(outOfRange.status()).isEqualTo(400);
        assertThat(outOfRange.text("code")).isEqualTo("REGISTER_OUT_OF_RANGE");
        assertThat(platform.api().post("/api/meter-readings", null, reading).status()).isEqualTo(401);
        assertThat(platform.api().post("/api/meter-readings", meter.token, reading).status()).isEqualTo(403);

        await().untilAsserted(() -> assertThat(interval(meter, HOUR).get("readingCount").asInt()).isEqualTo(1));
        assertThat(platform.api().get(meter.intervalsPath(HOUR, HOUR.plusSeconds(3600)), platform.api().devToken("stranger", "CONSUMER")).status())
                .isEqualTo(403);
        assertThat(platform.api().get("/api/regulator/meter-dead-letters?from=" + HOUR, meter.token).status()).isEqualTo(403);
        assertThat(platform.api().get(meter.intervalsPath(HOUR.plusSeconds(3600), HOUR), meter.token).text("code"))
                .isEqualTo("INVALID_REQUEST");
    }

    @Test
    void after_an_unlink_and_a_link_to_someone_else_the_next_reading_goes_to_the_new_holders_hour() {
        MeterFixture alice = MeterFixture.linked(platform.api(), platform.admin(), "SM-R-" + System.nanoTime());
        Instant whileAliceHeldIt = Instant.now();
        publish(alice, alice.reading(whileAliceHeldIt, 1_000, 0, 1));
        await().until(() -> alice.recordedSeqs(platform.app(), whileAliceHeldIt.truncatedTo(ChronoUnit.HOURS)).size() == 1);
        assertThat(platform.api().delete("/api/participants/" + alice.participantId + "/meters/" + alice.meterId, alice.token).status())
                .isEqualTo(204);
        MeterFixture bob = MeterFixture.linkedAgain(platform.api(), platform.admin(), alice.meterId);
        Instant whileBobHoldsIt = Instant.now();
        publish(bob, bob.reading(whileBobHoldsIt, 1_001, 0, 2));

        await().untilAsserted(() -> assertThat(readingsOf(bob, whileBobHoldsIt)).isEqualTo(1));
        assertThat(readingsOf(alice, whileAliceHeldIt)).isEqualTo(1);
    }

    private static int readingsOf(MeterFixture holder, Instant at) {
        Instant hour = at.truncatedTo(ChronoUnit.HOURS);
        Response response = platform.api().get(holder.intervalsPath(hour, hour.plus(Duration.ofHours(1))), holder.token);
        assertThat(response.status()).as(response.raw()).isEqualTo(200);
        return StreamSupport.stream(response.body().spliterator(), false).mapToInt(hourOf -> hourOf.get("readingCount").asInt())
                            .sum();
    }

    private static void publish(MeterFixture meter, String payload) {
        platform.gateway().publish(meter.topic(), payload).join();
    }

    private static JsonNode interval(MeterFixture meter, Instant hour) {
        Response response = platform.api().get(meter.intervalsPath(hour, hour.plus(Duration.ofHours(1))), meter.token);
        assertThat(response.status()).as(response.raw()).isEqualTo(200);
        assertThat(response.body()).hasSize(1);
        return response.body().get(0);
    }

    private static Duration minutes(long minutes) {
        return Duration.ofMinutes(minutes);
    }
}
