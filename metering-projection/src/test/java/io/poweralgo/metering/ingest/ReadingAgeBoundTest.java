package io.poweralgo.metering.ingest;

import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ReadingAgeBoundTest {

    private static final Duration CLOSE_GRACE = Duration.ofMinutes(15);
    private static final Duration SETTLEMENT_GRACE = Duration.ofMinutes(20);

    @Test
    void the_settlement_window_is_the_hour_and_the_longer_grace() {
        assertThat(ReadingAgeBound.settlementWindow(CLOSE_GRACE, SETTLEMENT_GRACE)).isEqualTo(Duration.ofMinutes(80));
    }

    @Test
    void a_bound_shorter_than_the_settlement_window_is_refused_at_start() {
        assertThatThrownBy(() -> ReadingAgeBound.validated(Duration.ofMinutes(79), CLOSE_GRACE, SETTLEMENT_GRACE))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("shorter than the settlement window PT1H20M");
        assertThat(ReadingAgeBound.validated(Duration.ofHours(24), CLOSE_GRACE, SETTLEMENT_GRACE)).isEqualTo(Duration.ofHours(24));
    }
}
