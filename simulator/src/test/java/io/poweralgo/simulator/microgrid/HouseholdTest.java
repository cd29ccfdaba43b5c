package io.poweralgo.simulator.microgrid;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.poweralgo.forecast.model.PvModel;
import io.poweralgo.simulator.meter.MeterKey;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.X509EncodedKeySpec;
import java.time.Instant;
import java.util.Base64;

import static org.assertj.core.api.Assertions.assertThat;

class HouseholdTest {

    private static final Instant JUNE_NOON = Instant.parse("2026-06-15T10:00:00Z");
    private static final Instant JUNE_NIGHT = Instant.parse("2026-06-15T01:00:00Z");

    @Test
    void a_prosumer_exports_at_a_sunny_noon_and_imports_at_night_never_both_in_one_hour() {
        Household prosumer = household(new PvModel(51.0, 10.0, 6.0, 1));

        Household.HourEnergy noon = prosumer.energyIn(JUNE_NOON);
        Household.HourEnergy night = prosumer.energyIn(JUNE_NIGHT);

        assertThat(night.exportWh()).isZero();
        assertThat(night.importWh()).isPositive();
        assertThat(noon.importWh() == 0 || noon.exportWh() == 0).isTrue();
        assertThat(household(null).energyIn(JUNE_NOON).exportWh()).isZero();
    }

    @Test
    void readings_carry_growing_registers_and_a_signature_the_meter_key_verifies() throws Exception {
        Household household = household(null);
        JsonNode first = new ObjectMapper().readTree(household.readingAfter(JUNE_NIGHT, 0, 0));
        JsonNode second = new ObjectMapper().readTree(household.readingAfter(JUNE_NOON, 250, 0));

        assertThat(second.get("importWh").asLong()).isEqualTo(first.get("importWh").asLong() + 250);
        assertThat(second.get("seq").asLong()).isEqualTo(2);
        String signed = String.join("|", second.get("meterId").asText(), second.get("timestamp").asText(),
                second.get("importWh").asText(), second.get("exportWh").asText(), second.get("seq").asText());
        Signature ed25519 = Signature.getInstance("Ed25519");
        ed25519.initVerify(publicKey(MeterKey.derive("seed", "SIM-T-0001").publicKeyBase64()));
        ed25519.update(signed.getBytes(StandardCharsets.UTF_8));
        assertThat(ed25519.verify(Base64.getDecoder().decode(second.get("signature").asText()))).isTrue();
    }

    private static Household household(PvModel pv) {
        return new Household("Test", pv == null ? "CONSUMER" : "PROSUMER", "p-1", "token", "SIM-T-0001",
                MeterKey.derive("seed", "SIM-T-0001"), false, 3_500, pv);
    }

    /** The raw 32-byte Ed25519 key inside the X.509 prefix the JDK expects. */
    private static PublicKey publicKey(String rawBase64) throws Exception {
        byte[] raw = Base64.getDecoder().decode(rawBase64);
        byte[] prefix = Base64.getDecoder().decode("MCowBQYDK2VwAyEA");
        byte[] encoded = new byte[prefix.length + raw.length];
        System.arraycopy(prefix, 0, encoded, 0, prefix.length);
        System.arraycopy(raw, 0, encoded, prefix.length, raw.length);
        return KeyFactory.getInstance("Ed25519").generatePublic(new X509EncodedKeySpec(encoded));
    }
}
