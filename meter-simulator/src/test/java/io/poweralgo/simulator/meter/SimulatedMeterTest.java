package io.poweralgo.simulator.meter;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.X509EncodedKeySpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class SimulatedMeterTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Instant MIDNIGHT = Instant.parse("2026-11-24T00:00:00Z");

    @Test
    void a_reading_is_the_contract_payload_signed_by_the_meter_key_as_the_jdk_verifies_it() throws Exception {
        MeterKey key = MeterKey.derive("test", "SIM-0001");
        SimulatedMeter meter = new SimulatedMeter("SIM-0001", key, HouseholdProfile.forMeter(0, true), MIDNIGHT, 1_000, 0);

        JsonNode reading = JSON.readTree(meter.readAt(MIDNIGHT.plus(Duration.ofMinutes(15))));

        assertThat(reading.get("meterId").asText()).isEqualTo("SIM-0001");
        assertThat(reading.get("timestamp").asText()).isEqualTo("2026-11-24T00:15:00Z");
        assertThat(reading.get("seq").asLong()).isEqualTo(1);
        String signed = "SIM-0001|2026-11-24T00:15:00Z|" + reading.get("importWh").asText() + "|"
                + reading.get("exportWh").asText() + "|1";
        Signature verifier = Signature.getInstance("Ed25519");
        verifier.initVerify(jdkKey(key.publicKeyBase64()));
        verifier.update(signed.getBytes(StandardCharsets.UTF_8));
        assertThat(verifier.verify(Base64.getDecoder().decode(reading.get("signature").asText()))).isTrue();
    }

    @Test
    void keys_follow_from_seed_and_meter_so_tests_and_demo_can_link_them_first() {
        assertThat(MeterKey.derive("demo", "SIM-0001").publicKeyBase64())
                .isEqualTo(MeterKey.derive("demo", "SIM-0001").publicKeyBase64())
                .isNotEqualTo(MeterKey.derive("demo", "SIM-0002").publicKeyBase64())
                .isNotEqualTo(MeterKey.derive("other", "SIM-0001").publicKeyBase64());
    }

    @Test
    void a_prosumer_exports_at_noon_and_imports_at_night_and_a_consumer_never_exports() throws Exception {
        SimulatedMeter prosumer = meter(0, true);
        SimulatedMeter consumer = meter(1, false);
        JsonNode night = readAt(prosumer, "03:00:00");
        JsonNode noon = readAt(prosumer, "12:00:00");

        assertThat(noon.get("exportWh").asLong()).isGreaterThan(night.get("exportWh").asLong());
        assertThat(readAt(consumer, "12:00:00").get("exportWh").asLong()).isZero();
        assertThat(readAt(consumer, "20:00:00").get("importWh").asLong()).isPositive();
    }

    /** Registers are cumulative: whatever the reading times, they never decrease, and sequence numbers count up. */
    @Property(tries = 100)
    void registersNeverDecreaseAndSequenceNumbersCountUp(@ForAll @Size(min = 1, max = 50) List<@IntRange(min = 0, max = 7_200) Integer> gapsSeconds,
                                                          @ForAll boolean prosumer) throws Exception {
        SimulatedMeter meter = meter(3, prosumer);
        Instant at = MIDNIGHT;
        long importWh = 0;
        long exportWh = 0;
        long seq = 0;
        for (int gap : gapsSeconds) {
            at = at.plusSeconds(gap);
            JsonNode reading = JSON.readTree(meter.readAt(at));
            assertThat(reading.get("importWh").asLong()).isGreaterThanOrEqualTo(importWh);
            assertThat(reading.get("exportWh").asLong()).isGreaterThanOrEqualTo(exportWh);
            assertThat(reading.get("seq").asLong()).isEqualTo(seq + 1);
            importWh = reading.get("importWh").asLong();
            exportWh = reading.get("exportWh").asLong();
            seq = reading.get("seq").asLong();
        }
    }

    private static SimulatedMeter meter(int index, boolean prosumer) {
        String id = "SIM-" + index;
        return new SimulatedMeter(id, MeterKey.derive("test", id), HouseholdProfile.forMeter(index, prosumer), MIDNIGHT, 0, 0);
    }

    private static JsonNode readAt(SimulatedMeter meter, String time) throws Exception {
        return JSON.readTree(meter.readAt(Instant.parse("2026-11-24T" + time + "Z")));
    }

    private static PublicKey jdkKey(String rawBase64) throws Exception {
        byte[] prefix = {0x30, 0x2a, 0x30, 0x05, 0x06, 0x03, 0x2b, 0x65, 0x70, 0x03, 0x21, 0x00};
        byte[] raw = Base64.getDecoder().decode(rawBase64);
        byte[] encoded = new byte[prefix.length + raw.length];
        System.arraycopy(prefix, 0, encoded, 0, prefix.length);
        System.arraycopy(raw, 0, encoded, prefix.length, raw.length);
        return KeyFactory.getInstance("Ed25519").generatePublic(new X509EncodedKeySpec(encoded));
    }
}
