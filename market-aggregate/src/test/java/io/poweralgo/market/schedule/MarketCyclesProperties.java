package io.poweralgo.market.schedule;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MarketCyclesProperties {

    private static final Instant ANCHOR = Instant.parse("2026-11-24T00:00:00Z");
    private final RoundMarketCycles rounds = new RoundMarketCycles(1_286, 50_000_000, ANCHOR, Duration.ofMillis(2_800));

    @Property
    void hourlyCycleContainsItsInstant(@ForAll @LongRange(min = 0, max = 4_000_000_000L) long epochSecond) {
        HourlyMarketCycles hours = new HourlyMarketCycles();
        Instant instant = Instant.ofEpochSecond(epochSecond);
        long cycle = hours.cycleAt(instant);

        assertThat(hours.start(cycle)).isBeforeOrEqualTo(instant);
        assertThat(hours.end(cycle)).isAfter(instant).isEqualTo(hours.start(cycle + 1));
        assertThat(Duration.between(hours.start(cycle), hours.end(cycle))).isEqualTo(Duration.ofHours(1));
    }

    @Property
    void roundCycleKCoversRoundsKRToNextKR(@ForAll @LongRange(min = 0, max = 100_000_000) long offsetMillis) {
        Instant instant = ANCHOR.plusMillis(offsetMillis);
        long cycle = rounds.cycleAt(instant);

        assertThat(rounds.roundAt(instant)).isBetween(cycle * 1_286, (cycle + 1) * 1_286 - 1);
        assertThat(rounds.start(cycle)).isBefore(rounds.end(cycle));
        assertThat(rounds.end(cycle)).isEqualTo(rounds.start(cycle + 1));
        assertThat(rounds.start(cycle).getEpochSecond() % 60).isZero();
    }

    @Property
    void roundCycleStartsNeverDrift(@ForAll @LongRange(min = 38_000, max = 40_000) long cycle) {
        assertThat(rounds.start(cycle)).isEqualTo(
                new RoundMarketCycles(1_286, 50_000_000, ANCHOR, Duration.ofMillis(2_800)).start(cycle));
    }

    @Test
    void cycles_shorter_than_a_minute_are_refused() {
        assertThatThrownBy(() -> new RoundMarketCycles(10, 0, ANCHOR, Duration.ofSeconds(3)))
                .hasMessageContaining("shorter than a minute");
    }
}
