package io.poweralgo.metering.interval;

import io.poweralgo.api.metering.Registers;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;

import java.math.BigInteger;
import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The plausibility limit at its bounds: no time, time backwards, resets, registers near 10^15 Wh, years apart. */
class PlausibilityProperties {

    private static final Instant T0 = Instant.parse("2026-11-24T13:00:00Z");
    private static final long DEFAULT_W = 43_500;

    @Property
    void theLimitIsTheExactCeilingOfPowerTimesTimeBelowTheRegisterBound(
            @ForAll @LongRange(min = 1, max = Plausibility.MAX_POWER_W) long watts,
            @ForAll @LongRange(min = 0, max = 300L * 365 * 24 * 3600) long seconds,
            @ForAll @LongRange(min = 0, max = 999_999_999) long nanos) {
        BigInteger wattNanos = BigInteger.valueOf(watts)
                                         .multiply(BigInteger.valueOf(seconds).multiply(BigInteger.TEN.pow(9)).add(BigInteger.valueOf(nanos)));
        BigInteger[] quotient = wattNanos.divideAndRemainder(BigInteger.valueOf(3_600_000_000_000L));
        BigInteger ceiling = quotient[1].signum() == 0 ? quotient[0] : quotient[0].add(BigInteger.ONE);

        long limit = Plausibility.maxEnergyWh(watts, Duration.ofSeconds(seconds, nanos));

        if (ceiling.compareTo(BigInteger.valueOf(Registers.LIMIT_WH)) <= 0) {
            assertThat(limit).isEqualTo(ceiling.longValueExact());
        } else {
            assertThat(limit).isGreaterThanOrEqualTo(Registers.LIMIT_WH);
        }
    }

    @Property
    void growthUpToTheLimitIsPlausibleAndOneWhMoreIsNot(@ForAll @LongRange(min = 1, max = 10_000_000) long watts,
                                                          @ForAll @LongRange(min = 1, max = 7 * 24 * 3600) long seconds,
                                                          @ForAll @LongRange(min = 0, max = 900_000_000_000_000L) long start) {
        long limit = Plausibility.maxEnergyWh(watts, Duration.ofSeconds(seconds));
        Registers earlier = new Registers(T0, start, start);
        Instant later = T0.plusSeconds(seconds);

        assertThat(Plausibility.plausible(earlier, new Registers(later, start + limit, start), watts)).isTrue();
        assertThat(Plausibility.plausible(earlier, new Registers(later, start, start + limit), watts)).isTrue();
        assertThat(Plausibility.plausible(earlier, new Registers(later, start + limit + 1, start), watts)).isFalse();
        assertThat(Plausibility.plausible(earlier, new Registers(later, start, start + limit + 1), watts)).isFalse();
    }

    @Property
    void withoutElapsedTimeOnlyUnchangedOrFallingRegistersArePlausible(@ForAll @LongRange(min = 0, max = 1_000_000) long importWh,
                                                                        @ForAll @LongRange(min = -3600, max = 0) long seconds) {
        Registers earlier = new Registers(T0, 1_000_000, 1_000_000);
        Instant at = T0.plusSeconds(seconds);

        assertThat(Plausibility.plausible(earlier, new Registers(at, 1_000_000, 1_000_000), DEFAULT_W)).isTrue();
        assertThat(Plausibility.plausible(earlier, new Registers(at, importWh, 0), DEFAULT_W))
                .isEqualTo(importWh <= 1_000_000);
    }

    @Property
    void aRegisterResetIsNotThisRulesConcern(@ForAll @LongRange(min = 1, max = Registers.LIMIT_WH - 1) long before) {
        Registers earlier = new Registers(T0, before, before);

        assertThat(Plausibility.plausible(earlier, new Registers(T0.plusSeconds(1), 0, 0), DEFAULT_W)).isTrue();
    }

    @Example
    void registersNearTheirBoundOverCenturiesDoNotOverflow() {
        Registers empty = new Registers(Instant.parse("1970-01-01T00:00:00Z"), 0, 0);
        Registers full = new Registers(Instant.parse("2400-01-01T00:00:00Z"), Registers.LIMIT_WH - 1, Registers.LIMIT_WH - 1);

        assertThat(Plausibility.maxEnergyWh(Plausibility.MAX_POWER_W, Duration.ofSeconds(Long.MAX_VALUE)))
                .isEqualTo(Registers.LIMIT_WH);
        assertThatThrownBy(() -> Plausibility.maxEnergyWh(Plausibility.MAX_POWER_W + 1, Duration.ofSeconds(1)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(Plausibility.plausible(empty, full, DEFAULT_W)).isFalse();
        assertThat(Plausibility.plausible(empty, full, 1_000_000_000L)).isTrue();
    }

    @Example
    void sixtyThreeAmpsThreePhaseDeliverAtMost43500WhAnHour() {
        assertThat(Plausibility.maxEnergyWh(DEFAULT_W, Duration.ofHours(1))).isEqualTo(43_500);
        assertThat(Plausibility.maxEnergyWh(DEFAULT_W, Duration.ofSeconds(1))).isEqualTo(13);
        assertThat(Plausibility.maxEnergyWh(DEFAULT_W, Duration.ofNanos(1))).isEqualTo(1);
    }
}
