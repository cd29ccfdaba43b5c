package io.poweralgo.metering.broker;

import org.junit.jupiter.api.Test;

import java.security.SecureRandom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PasswordHashTest {

    /** Written by Mosquitto 2.0.11: {@code mosquitto_passwd -c -b file gw-a gateway-a-test-password}. */
    private static final String MOSQUITTO_HASH =
            "$7$101$47GuihOR/RuvaIWQ$HCgnOxH4/0L3FFRRSc4qKU2YJcEn+1v5EAMh10WjlbKyj86TLI6JlK5fSlGH+qdbJ83+0LjdvgAkWsf077miXA==";

    @Test
    void a_hash_written_by_mosquitto_passwd_matches_its_password_only() {
        PasswordHash hash = PasswordHash.parse(MOSQUITTO_HASH);

        assertThat(hash.matches("gateway-a-test-password".toCharArray())).isTrue();
        assertThat(hash.matches("gateway-a-test-passwore".toCharArray())).isFalse();
        assertThat(hash.matches(new char[0])).isFalse();
        assertThat(hash).hasToString(MOSQUITTO_HASH);
    }

    @Test
    void a_new_hash_reads_back_as_the_same_password_with_its_own_salt() {
        SecureRandom random = new SecureRandom();
        PasswordHash first = PasswordHash.of("s3cret", 1_000, random);
        PasswordHash second = PasswordHash.of("s3cret", 1_000, random);

        assertThat(PasswordHash.parse(first.toString()).matches("s3cret".toCharArray())).isTrue();
        assertThat(first.toString()).startsWith("$7$1000$").isNotEqualTo(second.toString());
    }

    @Test
    void anything_but_a_pbkdf2_sha512_hash_with_a_real_work_factor_is_refused() {
        assertThatThrownBy(() -> PasswordHash.parse("plain-password")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> PasswordHash.parse("$6$101$47GuihOR/RuvaIWQ$" + "A".repeat(88)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> PasswordHash.parse(MOSQUITTO_HASH.replace("$7$101$", "$7$1$")))
                .hasMessageContaining("iterations");
        assertThatThrownBy(() -> PasswordHash.parse("$7$101$47GuihOR/RuvaIWQ$AAAA")).hasMessageContaining("hash of 64");
        assertThatThrownBy(() -> PasswordHash.parse(null)).isInstanceOf(IllegalArgumentException.class);
    }
}
