package io.poweralgo.api.participant;

import io.poweralgo.api.grid.MeterId;

import io.poweralgo.api.grid.MicrogridId;

import io.poweralgo.api.rejection.InvalidValueException;
import org.junit.jupiter.api.Test;

import java.util.Base64;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ValueTypesTest {

    @Test
    void email_is_kept_in_lower_case_so_uniqueness_ignores_case() {
        assertThat(new EmailAddress("  Alice@Example.ORG ").value()).isEqualTo("alice@example.org");
    }

    @Test
    void malformed_email_names_the_field() {
        assertThatThrownBy(() -> new EmailAddress("alice-at-example"))
                .isInstanceOfSatisfying(InvalidValueException.class,
                        e -> assertThat(e.valueName()).isEqualTo("email"));
    }

    @Test
    void display_name_refuses_control_bidirectional_and_zero_width_characters() {
        for (String bad : new String[] {"Alice\u0000", "Ali\u0007ce", "Alice\nBob", "\u202Eecila", "Alice\u202A",
                "\u2066Alice\u2069", "Al\u200Bice", "Al\u200Dice", "Alice\u200F"}) {
            assertThatThrownBy(() -> registration(bad))
                    .isInstanceOfSatisfying(InvalidValueException.class,
                            e -> assertThat(e.valueName()).isEqualTo("displayName"));
        }
    }

    @Test
    void display_name_keeps_letters_of_any_script() {
        assertThat(registration("  Zoë Ørsted – 東京 ").displayName()).isEqualTo("Zoë Ørsted – 東京");
    }

    @Test
    void meter_key_must_be_32_raw_bytes() {
        String key31 = Base64.getEncoder().encodeToString(new byte[31]);
        String key32 = Base64.getEncoder().encodeToString(new byte[32]);

        assertThat(new MeterPublicKey(key32).bytes()).hasSize(32);
        assertThatThrownBy(() -> new MeterPublicKey(key31)).hasMessageContaining("32-byte Ed25519");
        assertThatThrownBy(() -> new MeterPublicKey("not base64!")).hasMessageContaining("base64");
    }

    @Test
    void meter_id_cannot_hold_mqtt_topic_separators_or_wildcards() {
        assertThat(new MeterId("SM-0001:a").value()).isEqualTo("SM-0001:a");
        for (String bad : new String[] {"a/b", "a+", "#", ""}) {
            assertThatThrownBy(() -> new MeterId(bad)).isInstanceOf(InvalidValueException.class);
        }
    }

    @Test
    void microgrid_id_has_no_colon_because_market_ids_use_it() {
        assertThatThrownBy(() -> new MicrogridId("mg:1")).hasMessageContaining("microgridId");
    }

    @Test
    void kyc_country_must_be_iso_alpha2() {
        assertThat(new KycDocument(KycDocumentType.PASSPORT, " X123 ", "de").country()).isEqualTo("DE");
        assertThatThrownBy(() -> new KycDocument(KycDocumentType.PASSPORT, "X123", "XX"))
                .isInstanceOfSatisfying(InvalidValueException.class,
                        e -> assertThat(e.valueName()).isEqualTo("country"));
    }

    @Test
    void algorand_address_is_58_base32_characters() {
        String address = "A".repeat(58);
        assertThat(new AlgorandAddress(address).value()).isEqualTo(address);
        assertThatThrownBy(() -> new AlgorandAddress("a".repeat(58))).isInstanceOf(InvalidValueException.class);
    }

    @Test
    void display_name_is_trimmed_and_bounded() {
        var cmd = new RegisterParticipant(ParticipantId.random(), Role.CONSUMER, new MicrogridId("mg-1"),
                "  Bob  ", new EmailAddress("bob@example.org"));
        assertThat(cmd.displayName()).isEqualTo("Bob");
        assertThatThrownBy(() -> new RegisterParticipant(ParticipantId.random(), Role.CONSUMER,
                new MicrogridId("mg-1"), "x".repeat(101), new EmailAddress("bob@example.org")))
                .hasMessageContaining("displayName");
    }

    private static RegisterParticipant registration(String displayName) {
        return new RegisterParticipant(new ParticipantId("p-1"), Role.PROSUMER, new MicrogridId("mg-1"), displayName,
                new EmailAddress("alice@example.org"));
    }
}
