package io.poweralgo.api.participant;

import io.poweralgo.api.grid.MeterId;

import io.poweralgo.api.rejection.InvalidValueException;
import org.junit.jupiter.api.Test;

import java.security.SecureRandom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MeterProvisioningValuesTest {

    private static final MeterId METER = new MeterId("SM-0001");

    @Test
    void a_claim_code_is_typed_back_in_any_case_with_blanks_or_dashes() {
        ClaimCode issued = ClaimCode.random(new SecureRandom());

        ClaimCode typed = new ClaimCode(" " + issued.printed().toLowerCase().replace("-", " ") + " ");

        assertThat(typed.hashFor(METER)).isEqualTo(issued.hashFor(METER));
        assertThat(issued.printed()).matches("[0-9A-Z]{4}(-[0-9A-Z]{4}){4}");
    }

    @Test
    void a_claim_code_never_shows_in_a_log_line() {
        ClaimCode code = new ClaimCode("ABCD-EFGH-JKMN-PQRS-TVWX");

        assertThat(code.toString()).doesNotContain("ABCD");
        assertThat(new ClaimMeter(new ParticipantId("alice"), METER, code).toString()).doesNotContain("ABCD");
    }

    @Test
    void the_same_code_on_two_meters_hashes_differently() {
        ClaimCode code = new ClaimCode("ABCD-EFGH-JKMN-PQRS-TVWX");

        assertThat(code.hashFor(METER)).isNotEqualTo(code.hashFor(new MeterId("SM-0002")));
    }

    @Test
    void a_claim_code_outside_the_alphabet_or_of_the_wrong_length_is_refused() {
        assertThatThrownBy(() -> new ClaimCode("ABCD-EFGH-JKMN-PQRS-TVWU"))
                .isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> new ClaimCode("ABCD-EFGH"))
                .isInstanceOf(InvalidValueException.class);
    }

    @Test
    void rated_power_is_positive_and_bounded() {
        assertThat(RatedPower.ofWatts(RatedPower.MAX_WATTS).watts()).isEqualTo(10_000_000);
        assertThatThrownBy(() -> RatedPower.ofWatts(0)).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> RatedPower.ofWatts(RatedPower.MAX_WATTS + 1)).isInstanceOf(InvalidValueException.class);
    }

    @Test
    void a_registration_keys_its_event_stream_apart_from_microgrids_and_markets() {
        assertThat(new MeterRegistrationId(new MeterId("mg-1")).toString()).isEqualTo("meter/mg-1");
    }
}
