package io.poweralgo.metering.interval;

import io.poweralgo.api.metering.Registers;

import java.time.Duration;

/**
 * Whether a meter could have measured the energy between two of its readings: neither register
 * may grow by more than the meter's maximum power over the time between them. The limit is
 * rounded up to the Wh, because registers are whole Wh read down: two readings of a meter running
 * exactly at its maximum power may differ by up to ⌈P·t⌉ Wh, never more. The arithmetic is exact
 * in {@code long}s: power is at most {@value #MAX_POWER_W} W, and a limit of
 * {@link Registers#LIMIT_WH} or more, which no register difference reaches, is not computed.
 */
public final class Plausibility {

    /** 1 GW, far above any metered connection, so that power times a second's nanoseconds fits in a long. */
    public static final long MAX_POWER_W = 1_000_000_000L;
    private static final long SECONDS_PER_HOUR = 3_600;
    private static final long NANOS_PER_SECOND = 1_000_000_000L;
    private static final long LIMIT_WATT_SECONDS = Registers.LIMIT_WH * SECONDS_PER_HOUR;

    private Plausibility() {
    }

    /**
     * @param earlier    the meter's reading before {@code later} (a reading at the same instant or
     *                   after it leaves no time, so any growth is implausible)
     * @param maxPowerW  the meter's rated power in W, positive
     * @return true when neither register grew by more than {@link #maxEnergyWh} over the time
     *         between them; a register that fell is not this rule's concern (REGISTER_DECREASED)
     */
    public static boolean plausible(Registers earlier, Registers later, long maxPowerW) {
        long limit = maxEnergyWh(maxPowerW, Duration.between(earlier.at(), later.at()));
        return later.importWh() - earlier.importWh() <= limit && later.exportWh() - earlier.exportWh() <= limit;
    }

    /**
     * ⌈maxPowerW · elapsed / 1 h⌉ Wh, exactly; 0 for no or negative time; {@link Registers#LIMIT_WH}
     * when power and time are so large that the product is beyond it.
     */
    public static long maxEnergyWh(long maxPowerW, Duration elapsed) {
        if (maxPowerW <= 0 || maxPowerW > MAX_POWER_W) {
            throw new IllegalArgumentException("maximum power must lie in 1.." + MAX_POWER_W + " W, was " + maxPowerW);
        }
        if (elapsed.isNegative() || elapsed.isZero()) {
            return 0;
        }
        long seconds = elapsed.getSeconds();
        if (seconds > LIMIT_WATT_SECONDS / maxPowerW) {
            return Registers.LIMIT_WH;
        }
        long wattSeconds = maxPowerW * seconds;
        long restWattNanos = wattSeconds % SECONDS_PER_HOUR * NANOS_PER_SECOND + maxPowerW * elapsed.getNano();
        long wattNanosPerWh = SECONDS_PER_HOUR * NANOS_PER_SECOND;
        long restWh = restWattNanos / wattNanosPerWh + (restWattNanos % wattNanosPerWh == 0 ? 0 : 1);
        return wattSeconds / SECONDS_PER_HOUR + restWh;
    }

    /** Why {@link #plausible} refused, for the dead letter. */
    public static String explain(Registers earlier, Registers later, long maxPowerW) {
        Duration elapsed = Duration.between(earlier.at(), later.at());
        return "registers " + later.importWh() + "/" + later.exportWh() + " Wh at " + later.at() + " grew from "
                + earlier.importWh() + "/" + earlier.exportWh() + " Wh at " + earlier.at() + " by more than "
                + maxEnergyWh(maxPowerW, elapsed) + " Wh, the most " + maxPowerW + " W deliver in " + elapsed;
    }
}
