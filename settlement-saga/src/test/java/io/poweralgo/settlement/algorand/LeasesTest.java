package io.poweralgo.settlement.algorand;

import io.poweralgo.ledger.signing.Leases;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

import static org.assertj.core.api.Assertions.assertThat;

class LeasesTest {

    @Test
    void a_lease_is_the_sha256_of_its_purpose_joined_by_bars_as_settlements_and_onboarding_have_always_derived_it()
            throws Exception {
        byte[] expected = MessageDigest.getInstance("SHA-256")
                                       .digest("poweralgo-settlement|mg-1:2026-11-24T13:00Z|2|7".getBytes(StandardCharsets.UTF_8));

        assertThat(GroupTransactions.lease("mg-1:2026-11-24T13:00Z", 2, 7)).isEqualTo(expected).hasSize(32);
        assertThat(Leases.of("poweralgo-onboarding", "p-1", "fund")).isEqualTo(MessageDigest.getInstance("SHA-256")
                .digest("poweralgo-onboarding|p-1|fund".getBytes(StandardCharsets.UTF_8)));
    }
}
